using Dialogues.Domain.Acts;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Dialogues.App.Features.Acts;

public enum DiffKind
{
    Same,
    Added,
    Removed,
    Gap,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>A text field of the act, line by line, with a little unchanged context around each change.</summary>
public sealed record FieldDiff(string Field, IReadOnlyList<DiffLine> Lines);

/// <summary>One of the act's kinds or dates ("Consultation", "AdoptedOn" ...) that changed.</summary>
public sealed record FactChange(string Key, string Before, string After);

public sealed record RevisionChanges(ActRevision Revision, string ChangedBy, IReadOnlyList<FactChange> Facts, IReadOnlyList<FieldDiff> Texts);

/// <summary>What one revision of an act changed against the one before it.</summary>
public static class RevisionComparer
{
    private const int Context = 2;

    public static (IReadOnlyList<FactChange> Facts, IReadOnlyList<FieldDiff> Texts) Compare(ActRevision? before, ActRevision after)
    {
        var oldFacts = FactsOf(before?.Facts);
        var facts = FactsOf(after.Facts)
            .Where(f => oldFacts.GetValueOrDefault(f.Key) != f.Value)
            .Select(f => new FactChange(f.Key, oldFacts.GetValueOrDefault(f.Key, ""), f.Value))
            .ToList();
        var texts = new[]
            {
                ("Number", before?.Number, after.Number),
                ("Title", before?.Title, after.Title),
                ("Text", before?.Text, after.Text),
                ("Motives", before?.Motives, after.Motives),
                ("ImpactAssessment", before?.ImpactAssessment, after.ImpactAssessment),
            }
            .Where(t => (t.Item2 ?? "") != (t.Item3 ?? ""))
            .Select(t => new FieldDiff(t.Item1, Lines(t.Item2 ?? "", t.Item3 ?? "")))
            .ToList();
        return (facts, texts);
    }

    private static Dictionary<string, string> FactsOf(string? facts) =>
        (facts ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);

    private static List<DiffLine> Lines(string before, string after)
    {
        var diff = new InlineDiffBuilder(new Differ()).BuildDiffModel(before, after).Lines;
        var changed = diff.Select((line, i) => (line, i)).Where(x => x.line.Type is ChangeType.Inserted or ChangeType.Deleted).Select(x => x.i).ToList();
        var lines = new List<DiffLine>();
        var lastShown = -1;
        for (var i = 0; i < diff.Count; i++)
        {
            if (!changed.Any(c => Math.Abs(c - i) <= Context))
            {
                continue;
            }
            if (lastShown >= 0 && i > lastShown + 1 || lastShown < 0 && i > 0)
            {
                lines.Add(new DiffLine(DiffKind.Gap, "…"));
            }
            lines.Add(new DiffLine(diff[i].Type switch
            {
                ChangeType.Inserted => DiffKind.Added,
                ChangeType.Deleted => DiffKind.Removed,
                _ => DiffKind.Same,
            }, diff[i].Text));
            lastShown = i;
        }
        return lines;
    }
}
