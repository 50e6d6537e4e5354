namespace Dialogues.Domain.Community;

/// <summary>
/// The Bulgarian unified identification code (ЕИК, or БУЛСТАТ for bodies outside the commercial register): 9 digits,
/// or 13 for a branch, each ending in a check digit computed by the Registry Agency's published weights.
/// </summary>
public static class Eik
{
    private static readonly int[] NineFirst = [1, 2, 3, 4, 5, 6, 7, 8], NineSecond = [3, 4, 5, 6, 7, 8, 9, 10];
    private static readonly int[] ThirteenFirst = [2, 7, 3, 5], ThirteenSecond = [4, 9, 5, 7];

    /// <summary>The code as digits only (spaces and a "BG" VAT prefix dropped), or null when nothing was given.</summary>
    public static string? Normalize(string? value)
    {
        var text = (value ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (text.StartsWith("BG", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }
        return text.Length == 0 ? null : text;
    }

    public static bool IsValid(string digits)
    {
        if (digits.Length is not (9 or 13) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }
        var d = digits.Select(c => c - '0').ToArray();
        if (CheckDigit(d, 0, NineFirst, NineSecond) != d[8])
        {
            return false;
        }
        return digits.Length == 9 || CheckDigit(d, 8, ThirteenFirst, ThirteenSecond) == d[12];
    }

    /// <summary>The weighted sum modulo 11; a remainder of 10 is weighed again, and a second 10 counts as 0.</summary>
    private static int CheckDigit(int[] digits, int from, int[] first, int[] second)
    {
        var remainder = first.Select((weight, i) => weight * digits[from + i]).Sum() % 11;
        if (remainder == 10)
        {
            remainder = second.Select((weight, i) => weight * digits[from + i]).Sum() % 11;
        }
        return remainder == 10 ? 0 : remainder;
    }
}
