using Dialogues.Domain.Participants;
using Dialogues.Domain.ReferenceData;

namespace Dialogues.Tests.Domain.Participants;

/// <summary>The people domain tests act as: each call is a new person with an id of their own.</summary>
public static class People
{
    public static Actor Resident(string name = "Жител") => new(new UserId(Guid.NewGuid()), name, new HashSet<string> { Role.Resident }, null);

    /// <summary>An official of <paramref name="department"/>, or of a department of their own.</summary>
    public static Actor Official(DepartmentId? department = null, bool head = false) =>
        new(new UserId(Guid.NewGuid()), "Служител", new HashSet<string> { Role.Official }, department ?? new DepartmentId(Guid.NewGuid()), head);

    public static Actor Moderator() => new(new UserId(Guid.NewGuid()), "Модератор", new HashSet<string> { Role.Moderator }, null);

    public static Actor Administrator() => new(new UserId(Guid.NewGuid()), "Админ", new HashSet<string> { Role.Administrator }, null);
}
