namespace Dialogues.App.Features.News;

/// <summary>Marker for NewsText.resx: news and articles.</summary>
public sealed class NewsText;
