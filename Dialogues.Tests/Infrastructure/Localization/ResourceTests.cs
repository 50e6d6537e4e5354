using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Dialogues.Tests.Infrastructure.Localization;

/// <summary>Every text exists in Bulgarian and English, with the same placeholders.</summary>
public partial class ResourceTests
{
    private static readonly string AppFolder = Support.SolutionFolder.Find("Dialogues.App");

    // MudBlazor supplies English itself; we only add Bulgarian.
    private static readonly string[] BulgarianOnly = ["MudBulgarian"];

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(AppFolder, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.EndsWith(".en.resx", StringComparison.Ordinal))
                     .Where(f => !BulgarianOnly.Contains(Path.GetFileNameWithoutExtension(f))))
        {
            data.Add(Path.GetRelativePath(AppFolder, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EnglishResource_HasEveryBulgarianKey_AndNoEmptyValues(string bulgarianFile)
    {
        var bulgarian = Read(Path.Combine(AppFolder, bulgarianFile));
        var english = Read(Path.Combine(AppFolder, bulgarianFile.Replace(".resx", ".en.resx")));

        Assert.Empty(bulgarian.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(bulgarian.Keys));
        Assert.DoesNotContain(bulgarian.Concat(english), e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Placeholders_AreTheSameInBothLanguages(string bulgarianFile)
    {
        var bulgarian = Read(Path.Combine(AppFolder, bulgarianFile));
        var english = Read(Path.Combine(AppFolder, bulgarianFile.Replace(".resx", ".en.resx")));

        foreach (var (key, value) in bulgarian)
        {
            Assert.True(Placeholders(value).SetEquals(Placeholders(english[key])), $"{bulgarianFile}: {key} has different placeholders");
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")!.Value);

    private static HashSet<string> Placeholders(string value) => PlaceholderPattern().Matches(value).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
