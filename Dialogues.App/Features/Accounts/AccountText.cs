namespace Dialogues.App.Features.Accounts;

/// <summary>Marker for AccountText.resx: sign-up, sign-in, profile and user administration.</summary>
public sealed class AccountText;
