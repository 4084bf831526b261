using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AgreementLang.Tests.Infrastructure;

/// <summary>Golden files with Verify's naming: the expected text lives in <c>name.verified.ext</c>; on a
/// mismatch the actual text is written to <c>name.received.ext</c> and the test fails with a line diff.
/// Set AGR_UPDATE_BASELINES=1 to accept the actual text as the new expected text.</summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("AGR_UPDATE_BASELINES") is "1" or "true";

    /// <summary>Compares <paramref name="actual"/> with <paramref name="verifiedPath"/> (a path under the
    /// repository, e.g. <c>tests/AgreementLang.Tests/Baselines/x.verified.txt</c>).</summary>
    public static void AssertMatches(string verifiedPath, string actual)
    {
        var path = Path.Combine(Repository.Root, verifiedPath);
        actual = actual.Replace("\r\n", "\n");
        var receivedPath = ReceivedPath(path);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No verified file at {verifiedPath}; the actual text is in {receivedPath}. Run with AGR_UPDATE_BASELINES=1 to accept it."
            : $"{verifiedPath} differs from the actual text (written to {receivedPath}); run with AGR_UPDATE_BASELINES=1 to accept it.\n" +
              Diff(expected, actual);
        Assert.Fail(message);
    }

    /// <summary>A unified-style line diff: '-' expected, '+' actual, with two lines of context.</summary>
    public static string Diff(string expected, string actual)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var lines = model.Lines;
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2))
                .Any(k => lines[k].Type != ChangeType.Unchanged);
            if (!near)
            {
                continue;
            }

            var prefix = lines[i].Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            };
            builder.Append(prefix).AppendLine(lines[i].Text);
        }

        return builder.ToString();
    }

    private static string ReceivedPath(string verifiedPath) => verifiedPath.Replace(".verified.", ".received.");
}

/// <summary>Finds the repository root (the folder holding AgreementLang.sln) from the test's folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AgreementLang.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AgreementLang.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
