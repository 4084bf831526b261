using System.Text;
using System.Text.RegularExpressions;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Baselines;

/// <summary>Bicep-style baselines: every .agr file under tests/AgreementLang.Tests/Baselines/Files and
/// examples/errors is compiled on its own, and the expected diagnostics are written under the source line they
/// point at in <c>name.diagnostics.verified.agr</c>. AGR_UPDATE_BASELINES=1 rewrites them; a failure prints a
/// line diff.</summary>
public sealed class BaselineTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "tests/AgreementLang.Tests/Baselines/Files", "examples/errors" })
        {
            foreach (var file in Directory.EnumerateFiles(Repository.PathOf(folder), "*.agr").Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith(".verified.agr", StringComparison.Ordinal) && !file.EndsWith(".received.agr", StringComparison.Ordinal))
                {
                    data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Diagnostics_match_the_baseline(string relativePath)
    {
        var (source, problem) = SourceLoader.Load(Path.GetFileName(relativePath), File.ReadAllBytes(Repository.PathOf(relativePath)));
        var compilation = Compilation.Create(new[] { source });
        var name = Path.GetFileNameWithoutExtension(relativePath);
        var folder = relativePath.StartsWith("examples/", StringComparison.Ordinal) ? "examples-errors/" : "";
        Golden.AssertMatches($"tests/AgreementLang.Tests/Baselines/Expected/{folder}{name}.diagnostics.verified.agr",
            Annotate(source, (problem is null ? compilation.Diagnostics : compilation.Diagnostics.Prepend(problem)).ToArray()));
    }

    /// <summary>The examples under examples/errors say in a leading comment which diagnostic each shows
    /// (<c>// expect AGR004 (...) at 7:10: ...</c>); the compiler must produce exactly those codes there.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Error_examples_produce_the_diagnostics_their_header_announces(string relativePath)
    {
        var (source, problem) = SourceLoader.Load(relativePath, File.ReadAllBytes(Repository.PathOf(relativePath)));
        var text = source.Text;
        var expected = Regex.Matches(text, @"^// expect (AGR\d{3}) \([^)]*\) at (\d+):(\d+)", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[1].Value} at {m.Groups[2].Value}:{m.Groups[3].Value}")
            .ToArray();
        if (expected.Length == 0)
        {
            Assert.DoesNotContain("examples/errors", relativePath);
            return;
        }

        var compilation = Compilation.Create(new[] { source });
        var actual = (problem is null ? compilation.Diagnostics : compilation.Diagnostics.Prepend(problem))
            .Select(d => $"{d.Code} at {d.Location.Start.Line}:{d.Location.Start.Column}")
            .ToArray();
        Assert.Equal(expected, actual);
    }

    public static string Annotate(SourceText source, IReadOnlyList<Diagnostic> diagnostics)
    {
        var byLine = diagnostics.GroupBy(d => d.Location.Start.Line).ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        for (var line = 1; line <= source.LineCount; line++)
        {
            builder.Append(source.GetLineText(line)).Append('\n');
            if (!byLine.TryGetValue(line, out var list))
            {
                continue;
            }

            foreach (var diagnostic in list)
            {
                var start = diagnostic.Location.Start;
                var end = diagnostic.Location.End;
                builder.Append("//@[").Append(start.Line).Append(':').Append(start.Column).Append('-')
                    .Append(end.Line).Append(':').Append(end.Column).Append(") ")
                    .Append(Diagnostic.SeverityText(diagnostic.Severity)).Append(' ')
                    .Append(diagnostic.Code).Append(": ").Append(diagnostic.Message).Append('\n');
                foreach (var related in diagnostic.Related)
                {
                    builder.Append("//@   note ").Append(related.Location).Append(": ").Append(related.Message).Append('\n');
                }
            }
        }

        return builder.ToString();
    }
}
