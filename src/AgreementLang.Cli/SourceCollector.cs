using AgreementLang.Diagnostics;

namespace AgreementLang.Cli;

/// <summary>Expands the paths given on the command line into <c>.agr</c> sources (folders recursively), in a
/// stable order, and reads them as UTF-8.</summary>
public static class SourceCollector
{
    public sealed record Collected(IReadOnlyList<SourceText> Sources, IReadOnlyList<Diagnostic> EncodingProblems, IReadOnlyList<string> Errors);

    public static Collected Collect(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Normalise(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.agr", SearchOption.AllDirectories))
                {
                    if (!IsBuildOutput(file))
                    {
                        files.Add(Normalise(file));
                    }
                }
            }
            else
            {
                errors.Add($"agr: no such file or folder: '{path}'");
            }
        }

        var sources = new List<SourceText>();
        var problems = new List<Diagnostic>();
        foreach (var file in files)
        {
            try
            {
                var (text, problem) = SourceLoader.Load(file, File.ReadAllBytes(file));
                sources.Add(text);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"agr: cannot read '{file}': {e.Message}");
            }
        }

        return new Collected(sources, problems, errors);
    }

    private static string Normalise(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative.Replace('\\', '/');
    }

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Replace('\\', '/').Split('/');
        return parts.Any(p => p is "bin" or "obj");
    }
}
