using System.Text;
using AgreementLang.Cli;
using AgreementLang.Diagnostics;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Syntax;

/// <summary>Every limit is a diagnostic, tested at an extreme. Where the extreme could crash the process (memory,
/// stack) the real <c>agr</c> runs in a child process with a timeout, so a crash or a hang fails one test.</summary>
[Trait("Runs", "agr")]
public sealed class LimitTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agr-limits-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private Agr.ProcessResult Check(string name)
    {
        var result = Agr.Run(Timeout, _folder.FullName, "check", name);
        Assert.False(result.TimedOut, "agr check did not finish");
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Unhandled exception", result.Stderr);
        return result;
    }

    // ---- file size

    [Fact]
    public void A_file_of_more_than_32_Mi_characters_is_refused_with_AGR006_in_a_child_process()
    {
        WriteFile("big.agr", "// " + new string('x', Parser.MaxFileLength));
        var result = Check("big.agr");
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Assert.Contains("big.agr(1,1): error AGR006: the file has 33,554,435 characters, more than the limit of 33,554,432 characters", result.Stdout);
    }

    [Fact]
    public void A_file_of_a_gigabyte_is_refused_unread_with_its_size_in_bytes()
    {
        var path = Path.Combine(_folder.FullName, "huge.agr");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            // Sparse on Linux and macOS file systems: the test does not write a gigabyte.
            stream.SetLength(1L << 30);
        }

        var result = Check("huge.agr");
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Assert.Contains("huge.agr(1,1): error AGR006: the file has 1,073,741,824 bytes, more than the limit of 33,554,432 characters", result.Stdout);

        var fmt = Agr.Run(Timeout, _folder.FullName, "fmt", "huge.agr");
        Assert.Equal(ExitCodes.Errors, fmt.ExitCode);
        Assert.Contains("left unchanged: it is too large to be formatted", fmt.Stderr);
        Assert.Equal(1L << 30, new FileInfo(path).Length);
    }

    // ---- lines, identifiers and strings

    [Fact]
    public void A_ten_megabyte_line_with_a_megabyte_identifier_and_string_is_checked_quickly_and_messages_stay_short()
    {
        var name = new string('N', 1 << 20);
        var title = new string('t', 1 << 20);
        var text = new StringBuilder()
            .Append("agreement ").Append(name).Append(" \"").Append(title).Append("\" {\n")
            .Append("  kind bilateral\n  in force 2026-01-01\n  party US \"u\"\n")
            .Append("  floor ").Append(name).Append(" oxide at USD 1 per kg\n")
            .Append("  zone ").Append(name).Append('\n')
            .Append("  ").Append(name).Append(" clause\n")
            .Append("}\n")
            .Append("zone Z \"").Append(new string('z', 10 << 20)).Append("\" {\n}\n")
            .ToString();
        WriteFile("long.agr", text);
        var result = Check("long.agr");
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Assert.Contains($"error AGR010: line 1 has {text.IndexOf('\n'):N0} characters, more than the limit of 16,384", result.Stdout);
        Assert.Contains("error AGR103: 'NNNNN", result.Stdout);
        Assert.Contains("error AGR113: 'NNNN", result.Stdout);
        Assert.Contains("error AGR007: 'NNNN", result.Stdout);
        Assert.Contains("…", result.Stdout);
        Assert.All(result.Stdout.Split('\n'), line => Assert.True(line.Length < 1_000, "a message of " + line.Length + " characters"));
    }

    [Fact]
    public void Quoted_values_in_messages_are_cut_with_an_ellipsis()
    {
        var word = new string('x', 5_000);
        var diagnostic = Assert.Single(Parser.Parse("t.agr", word).Diagnostics);
        Assert.Equal("AGR007", diagnostic.Code);
        Assert.Contains("'" + new string('x', Diagnostic.MaxQuotedLength - 1) + "…'", diagnostic.Message);
        Assert.True(diagnostic.Message.Length < 300);
    }

    // ---- numbers

    [Fact]
    public void Amounts_beyond_the_decimal_range_are_AGR003()
    {
        // An amount holds 28 digits, whether before or after the point (a leading 0 counts), and a scale word may
        // not take it past 79,228,162,514,264,337,593,543,950,335.
        var cases = new (string Money, string? Problem)[]
        {
            ("USD 1234567890123456789012345678", null),
            ("USD 12345678901234567890123456789", "more digits than an amount can hold (28)"),
            ("USD 79,228,162,514,264,337,593,543,950,335", "more digits than an amount can hold (28)"),
            ("USD 9,999,999,999,999,999,999,999,999,999 billion", "beyond the range of decimal numbers"),
            ("USD 79228162514264337593544 million", "beyond the range of decimal numbers"),
            ("USD 79228162514264337593543 million", null),
            ("USD 79228162514264337 billion", null),
            ("USD 0." + new string('0', 26) + "1", null),
            ("USD 0." + new string('0', 27) + "1", "more digits than an amount can hold (28)"),
        };
        foreach (var (money, problem) in cases)
        {
            var document = Parser.Parse("t.agr", $"facility F \"f\" cap {money} {{\n}}");
            if (problem is null)
            {
                Assert.Empty(document.Diagnostics);
                continue;
            }

            var diagnostic = Assert.Single(document.Diagnostics);
            Assert.Equal("AGR003", diagnostic.Code);
            Assert.Contains(problem, diagnostic.Message);
        }
    }

    [Fact]
    public void A_number_of_a_million_digits_is_one_short_AGR003_in_a_child_process()
    {
        WriteFile("digits.agr", "facility F \"f\" cap USD " + new string('9', 1_000_000) + " {\n}\n" +
                                "agreement A \"a\" {\n  term " + new string('9', 1_000_000) + " years\n  in force " + new string('9', 27) + " days after notifications\n}\n");
        var result = Check("digits.agr");
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Assert.Contains("digits.agr(1,24): error AGR003: '999999999999", result.Stdout);
        Assert.Contains("digits.agr(4,8): error AGR003", result.Stdout);
        Assert.All(result.Stdout.Split('\n'), line => Assert.True(line.Length < 1_000));
    }

    [Fact]
    public void Whole_numbers_beyond_their_range_are_reported_not_overflowed()
    {
        var compilation = Agr.Compile("agreement A \"a\" {\n  kind bilateral\n  party US \"u\"\n  signed 2026-01-01\n" +
                                      "  in force 9999999999999999999999999999 days after notifications\n  term 99999999999 years\n" +
                                      "  withdrawal notice 10001 days\n}");
        Assert.Equal(new[] { "AGR117", "AGR117" }, compilation.Codes());
        var agreement = Assert.Single(compilation.Model.Agreements);
        Assert.Equal(new DateTime(2299, 10, 17), agreement.EffectiveFrom);
    }

    // ---- dates

    [Theory]
    [InlineData("0000-01-01", "the year must be between 0001 and 9999")]
    [InlineData("10000-01-01", "four, two and two digits")]
    [InlineData("2026-02-29", "February 2026 has no day 29")]
    [InlineData("2026-00-10", "there is no month 0")]
    [InlineData("9999-12-32", "December 9999 has no day 32")]
    [InlineData("2026-1-01", "four, two and two digits")]
    public void Dates_outside_the_calendar_are_AGR004(string date, string problem)
    {
        var diagnostic = Assert.Single(Parser.Parse("t.agr", $"agreement A \"a\" {{\n  signed {date}\n}}").Diagnostics);
        Assert.Equal("AGR004", diagnostic.Code);
        Assert.Contains(problem, diagnostic.Message);
    }

    /// <summary>Dates at the end of the calendar plus durations: every sum saturates at 9999-12-31 instead of
    /// throwing (signature on 9999-12-01 and entry into force 60 days after notifications used to crash).</summary>
    [Fact]
    public void Date_arithmetic_at_the_end_of_the_calendar_saturates_in_a_child_process()
    {
        WriteFile("end.agr", "producer P \"p\" in US {\n  capacity NdPr oxide 10 t per year from 9999-12-31\n}\n\n" +
                             "facility F \"f\" cap USD 1 from 9999-12-31 for 10000 years {\n}\n\n" +
                             "agreement A \"a\" {\n  kind bilateral\n  signed 9999-12-01\n  in force 60 days after notifications\n  term 10000 years\n" +
                             "  party US \"u\"\n  party JP \"j\"\n  financing loan from F to JP USD 1 for 10000 years\n" +
                             "  offtake P -> US 10% of NdPr oxide capacity for 10000 years\n" +
                             "  obligation JP \"x\" within 10000 years of signature\n  obligation US \"y\" within 10000 days of entry into force\n}\n\n" +
                             "amendment M \"m\" amends A from 0001-01-01 {\n  signed 0001-01-01\n  obligation JP \"z\" within 1 day of signature\n}\n");
        // The conflict checks rightly find deadlines outside the agreement's life; what matters is that every
        // date is computed (saturated at 9999-12-31) and nothing throws. The agreement's term saturates too: it
        // ends on 9999-12-31, the day it enters into force, so the deadline of "y" on that day is inside its life.
        var result = Check("end.agr");
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Assert.Contains("error AGR204: the deadline for JP to \"z\" is 0001-01-02 (1 day after signature of M), before A can enter into force, " +
                        "on 9999-12-31 at the earliest", result.Stdout);
        Assert.DoesNotContain("\"y\"", result.Stdout);

        var compilation = Agr.Compile(("end.agr", File.ReadAllText(Path.Combine(_folder.FullName, "end.agr"))));
        var agreement = Assert.Single(compilation.Model.Agreements);
        Assert.Equal(DateTime.MaxValue.Date, agreement.EffectiveFrom);
        Assert.Equal(DateTime.MaxValue.Date, agreement.EffectiveUntil);
    }

    // ---- nesting

    [Fact]
    public void A_hundred_thousand_nested_blocks_with_clauses_inside_give_one_AGR005_in_a_child_process()
    {
        var text = new StringBuilder("agreement A \"a\" {\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("floor NdPr oxide at reference price {\n");
        }

        WriteFile("deep.agr", text.ToString());
        var result = Check("deep.agr");
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Assert.Contains("error AGR005", result.Stdout);
    }

    // ---- too many problems

    [Fact]
    public void A_file_of_closing_braces_stops_at_a_thousand_syntax_errors()
    {
        var document = Parser.Parse("t.agr", string.Concat(Enumerable.Repeat("}\n", 100_000)));
        Assert.Equal(Parser.MaxDiagnostics + 1, document.Diagnostics.Count);
        Assert.All(document.Diagnostics.Take(Parser.MaxDiagnostics), d => Assert.Equal("AGR009", d.Code));
        var last = document.Diagnostics[^1];
        Assert.Equal("AGR012", last.Code);
        Assert.Equal("this file has more than 1,000 syntax errors; the rest of the file is not parsed", last.Message);
    }

    [Fact]
    public void A_32_Mi_file_of_closing_braces_is_checked_in_bounded_memory_in_a_child_process()
    {
        WriteFile("braces.agr", new string('}', Parser.MaxFileLength));
        var result = Check("braces.agr");
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Assert.Contains("error AGR012", result.Stdout);
        Assert.True(result.Stdout.Split('\n').Length < 1_100);
    }

    [Fact]
    public void The_binder_shows_at_most_a_thousand_problems_per_file_and_stops_suggesting_after_a_thousand()
    {
        var codes = string.Join(", ", Enumerable.Repeat("XX", 3_000));
        var compilation = Agr.Compile($"zone Z {{\n  members {codes}\n}}\n");
        Assert.Equal(Binder.MaxDiagnosticsPerFile + 1, compilation.Diagnostics.Count);
        Assert.Equal("AGR118", compilation.Diagnostics[^1].Code);
        Assert.Equal("this file has more than 1,000 problems of meaning; the others in this file are not shown", compilation.Diagnostics[^1].Message);

        var zones = string.Concat(Enumerable.Range(0, 1_500).Select(i => $"zone Z{i} {{\n}}\n"));
        string Uses(int from) => string.Concat(Enumerable.Range(from, 600).Select(i => $"stockpile S{i} \"s\" held by US zone Z{i}x {{\n}}\n"));
        var many = Agr.Compile(("zones.agr", zones), ("uses1.agr", Uses(0)), ("uses2.agr", Uses(600)));
        var unknown = many.Diagnostics.Where(d => d.Code == "AGR101").ToArray();
        Assert.Equal(1_000, unknown.Count(d => d.Message.Contains("did you mean")));
        Assert.Equal(1_200, unknown.Length);
    }
}
