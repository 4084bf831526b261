namespace AgreementLang.LanguageServer.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    public static readonly string Root = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string Find()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (File.Exists(System.IO.Path.Combine(dir, "AgreementLang.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("AgreementLang.sln not found above " + AppContext.BaseDirectory);
    }
}
