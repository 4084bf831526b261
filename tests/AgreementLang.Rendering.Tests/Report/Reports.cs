using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Rendering.Tests.Report;

/// <summary>The reports of the examples, written once per test run by <c>agr report</c> (in process) into a folder
/// of their own.</summary>
public static class Reports
{
    /// <summary>Beside the test assembly, replaced on each run (nothing left in the temporary folder).</summary>
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "report-pages");

    private static readonly Dictionary<string, string> Written = new(StringComparer.Ordinal);

    /// <summary>Where the screenshots of each section are written, for a human to look at.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "report-screenshots");

    /// <summary>The path of the HTML report of <c>examples/NAME</c>.</summary>
    public static string Of(string example)
    {
        lock (Written)
        {
            if (!Written.TryGetValue(example, out var path))
            {
                path = Path.Combine(Folder, example + ".html");
                var (exit, _, err) = Agr.InProcess(null, "report", Repository.PathOf("examples/" + example), "--out", path);
                Assert.True(exit is 0 or 1 && File.Exists(path), "agr report exited " + exit + ": " + err);
                Written[example] = path;
            }

            return path;
        }
    }
}
