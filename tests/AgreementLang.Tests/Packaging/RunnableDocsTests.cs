using System.Text;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Packaging;

/// <summary>Every fenced block of README.md and docs/*.md whose info string is <c>sh runnable</c> runs as written
/// and prints what its <c># …</c> lines say (the rules are in docs/testing.md, "Runnable examples").</summary>
[Trait("Runs", "agr")]
public sealed class RunnableDocsTests
{
    private const string Fence = "```sh runnable";
    private const string DotnetRun = "dotnet run --project src/AgreementLang.Cli --";

    public sealed record Command(int Line, string Text, List<string> Expected)
    {
        public int ExitCode { get; set; }
    }

    public static IEnumerable<object[]> Blocks()
    {
        foreach (var file in Documents())
        {
            var lines = File.ReadAllLines(Repository.PathOf(file));
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimEnd() == Fence)
                {
                    yield return new object[] { file, i + 1 };
                }
            }
        }
    }

    private static IEnumerable<string> Documents() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Repository.PathOf("docs"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => "docs/" + Path.GetFileName(f)));

    [Fact]
    public void README_and_cli_md_have_runnable_blocks()
    {
        var blocks = Blocks().Select(b => (string)b[0]).ToArray();
        Assert.True(blocks.Count(b => b == "README.md") >= 3, "README.md: " + blocks.Count(b => b == "README.md") + " runnable blocks");
        Assert.True(blocks.Count(b => b == "docs/cli.md") >= 2, "docs/cli.md: " + blocks.Count(b => b == "docs/cli.md") + " runnable blocks");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Runnable_block_prints_what_it_says(string file, int line)
    {
        var commands = Parse(File.ReadAllLines(Repository.PathOf(file)), line);
        Assert.NotEmpty(commands);
        var temp = Directory.CreateTempSubdirectory("agr-docs-");
        try
        {
            CopyDirectory(Repository.PathOf("examples"), Path.Combine(temp.FullName, "examples"));
            foreach (var command in commands)
            {
                var args = Arguments(command, file);
                var result = Agr.Run(TimeSpan.FromMinutes(2), temp.FullName, args);
                var where = $"{file}({command.Line}): {command.Text}";
                Assert.False(result.TimedOut, where + ": timed out");
                var actual = (result.Stdout + result.Stderr).Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
                Assert.True(Matches(command.Expected, 0, actual, 0),
                    where + "\nexpected:\n" + string.Join("\n", command.Expected) + "\nactual:\n" + string.Join("\n", actual));
                Assert.True(command.ExitCode == result.ExitCode, $"{where}: exit code {result.ExitCode}, documented {command.ExitCode}");
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_matcher_elides_lines_and_parts_of_lines()
    {
        Assert.True(Matches(["a", "…", "d"], 0, ["a", "b", "c", "d"], 0));
        Assert.True(Matches(["a…d"], 0, ["abcd"], 0));
        Assert.False(Matches(["a"], 0, ["a", "b"], 0));
        Assert.True(Matches(["a", "…"], 0, ["a", "b"], 0));
        Assert.False(Matches(["a…e"], 0, ["abcd"], 0));
    }

    private static List<Command> Parse(string[] lines, int fenceLine)
    {
        var commands = new List<Command>();
        for (var i = fenceLine; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith('#'))
            {
                Assert.True(commands.Count > 0, $"line {i + 1}: expected output before any command");
                var expected = text.Length > 1 && text[1] == ' ' ? text[2..] : text[1..];
                if (expected.StartsWith("(exit code ", StringComparison.Ordinal) && expected.EndsWith(')'))
                {
                    commands[^1].ExitCode = int.Parse(expected["(exit code ".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    commands[^1].Expected.Add(expected);
                }
            }
            else
            {
                commands.Add(new Command(i + 1, text, []));
            }
        }

        return commands;
    }

    /// <summary>The words of a command line as a POSIX shell splits them (quotes, a trailing comment), less the
    /// <c>agr</c> or <c>dotnet run … --</c> that names the program.</summary>
    private static string[] Arguments(Command command, string file)
    {
        var text = command.Text.StartsWith(DotnetRun + " ", StringComparison.Ordinal) ? "agr " + command.Text[(DotnetRun.Length + 1)..] : command.Text;
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (c is '|' or '>' or '<' or ';' or '&' or '$' or '`' or '*')
            {
                throw new InvalidOperationException($"{file}({command.Line}): a runnable command is one agr command, without shell syntax ('{c}')");
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        Assert.True(words.Count > 0 && words[0] == "agr", $"{file}({command.Line}): a runnable command starts with agr or '{DotnetRun}'");
        return words.Skip(1).ToArray();
    }

    /// <summary>Line by line, exactly; an expected line "…" stands for any number of lines, and "…" inside a line
    /// for any text.</summary>
    private static bool Matches(IReadOnlyList<string> expected, int i, IReadOnlyList<string> actual, int j)
    {
        if (i == expected.Count)
        {
            return j == actual.Count;
        }

        if (expected[i] == "…")
        {
            for (var k = j; k <= actual.Count; k++)
            {
                if (Matches(expected, i + 1, actual, k))
                {
                    return true;
                }
            }

            return false;
        }

        return j < actual.Count && LineMatches(expected[i], actual[j]) && Matches(expected, i + 1, actual, j + 1);
    }

    private static bool LineMatches(string expected, string actual)
    {
        var parts = expected.Split('…');
        if (parts.Length == 1)
        {
            return expected == actual;
        }

        if (!actual.StartsWith(parts[0], StringComparison.Ordinal) || actual.Length < parts[0].Length + parts[^1].Length
            || !actual.EndsWith(parts[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        var end = actual.Length - parts[^1].Length;
        for (var p = 1; p < parts.Length - 1; p++)
        {
            var found = actual.IndexOf(parts[p], at, StringComparison.Ordinal);
            if (found < 0 || found + parts[p].Length > end)
            {
                return false;
            }

            at = found + parts[p].Length;
        }

        return true;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyDirectory(directory, Path.Combine(to, name));
            }
        }
    }
}
