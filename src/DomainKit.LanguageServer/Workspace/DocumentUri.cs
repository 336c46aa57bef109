namespace DomainKit.LanguageServer.Workspace;

/// <summary><c>file://</c> URIs as the client sends them ↔ the file paths the compiler reports.</summary>
internal static class DocumentUri
{
    public static string ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

    public static string FromPath(string path) =>
        System.IO.Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
