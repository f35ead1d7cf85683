namespace Publish.Typesetting.Layout.Realize;

/// <summary>When the first <see cref="Requests"/> requests are set, <see cref="Share"/> of the body is (0–1).</summary>
internal readonly record struct ProgressMark(int Requests, double Share);
