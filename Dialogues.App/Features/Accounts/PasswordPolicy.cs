using System.Reflection;
using Dialogues.App.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dialogues.App.Features.Accounts;

/// <summary>
/// OWASP ASVS password rules: 10 to 128 characters, no composition rules, and nothing guessable —
/// not the account's email or display name, not a commonly used password.
/// </summary>
internal sealed class PasswordPolicy(IStringLocalizer<AccountText> text) : IPasswordValidator<AppUser>
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    // Shorter fragments (e.g. "ana") would refuse too many unrelated passwords.
    private const int ShortestPersonalFragment = 3;

    private static readonly HashSet<string> CommonPasswords = LoadCommonPasswords();

    // "          x" is ten characters long and as weak as "x".
    private const int MinDistinctCharacters = 5;

    // Words anyone guessing a password here tries first: the town, the platform, the municipality.
    private static readonly string[] ContextWords =
        ["botevgrad", "ботевград", "dialogues", "dialozi", "диалози", "obshtina", "община", "bulgaria", "българия", "parola", "парола", "password"];

    /// <summary>A context word padded with digits, years or punctuation ("botevgrad2026", "Диалози!!").</summary>
    private static bool IsOnlyContextAndFiller(string password)
    {
        var lower = password.ToLowerInvariant();
        var letters = new string(lower.Where(char.IsLetter).ToArray());
        return ContextWords.Any(word => letters == word || (letters.Length > 0 && word.StartsWith(letters, StringComparison.Ordinal) && letters.Length >= 5));
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length < MinLength)
        {
            errors.Add(Error("TooShort", MinLength));
        }
        if (password.Length > MaxLength)
        {
            errors.Add(Error("TooLong", MaxLength));
        }
        var localPart = user.Email?.Split('@')[0] ?? "";
        if (Contains(password, user.Email) || Contains(password, localPart) || localPart.Split(['.', '_', '-', '+']).Any(part => Contains(password, part)))
        {
            errors.Add(Error("ContainsEmail"));
        }
        if (Contains(password, user.DisplayName) || user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(part => Contains(password, part)))
        {
            errors.Add(Error("ContainsName"));
        }
        if (CommonPasswords.Contains(password.Trim().ToLowerInvariant()) || IsOnlyContextAndFiller(password))
        {
            errors.Add(Error("Common"));
        }
        if (password.Length >= MinLength && password.Where(c => !char.IsWhiteSpace(c)).Distinct().Count() < MinDistinctCharacters)
        {
            errors.Add(Error("TooSimple", MinDistinctCharacters));
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private IdentityError Error(string code, params object[] arguments) => new() { Code = "Password" + code, Description = text["Password." + code, arguments] };

    private static bool Contains(string password, string? fragment) =>
        fragment is { Length: >= ShortestPersonalFragment } && password.Contains(fragment, StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(PasswordPolicy).Namespace + ".CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }
        return set;
    }
}

/// <summary>Identity's own messages (duplicate email, bad token ...) in the reader's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<AccountText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Describe(nameof(DefaultError));
    public override IdentityError ConcurrencyFailure() => Describe(nameof(ConcurrencyFailure));
    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch));
    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken));
    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail));
    public override IdentityError InvalidUserName(string? userName) => Describe(nameof(InvalidEmail));
    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail));
    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateEmail));
    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort), length);
    public override IdentityError UserAlreadyHasPassword() => Describe(nameof(DefaultError));
    public override IdentityError UserLockoutNotEnabled() => Describe(nameof(DefaultError));

    private IdentityError Describe(string code, params object[] arguments) =>
        new() { Code = code, Description = text["Identity." + code, arguments] };
}
