using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using AgreementLang.Text;

namespace AgreementLang.Tests.Properties;

/// <summary>A generated model, reproducible from its seed and size.</summary>
public sealed record ModelCase(int Seed, int Size);

/// <summary>An arbitrary text; printed with control characters escaped so a failure can be copied.</summary>
public sealed record TextCase(string Text)
{
    public override string ToString() => "\"" + Lexical.Printable(Text.Length > 2000 ? Text.Substring(0, 2000) + "…" : Text) + "\"";
}

/// <summary>An example file after <see cref="Count"/> random mutations drawn from <see cref="Seed"/>.</summary>
public sealed record MutationCase(string File, int Seed, int Count)
{
    public byte[] Bytes() => Inputs.Mutate(Inputs.Example(File), Seed, Count);
}

/// <summary>Inputs for the properties: arbitrary strings, token soups that look like agreements, and example
/// files broken in the ways files get broken (a flipped byte, a deleted range, a pasted line twice, a line cut
/// short, a stray character from another script or encoding).</summary>
internal static class Inputs
{
    public static readonly string[] ExampleFiles = Directory.EnumerateFiles(Repository.PathOf("examples"), "*.agr", SearchOption.AllDirectories)
        .Concat(Directory.EnumerateFiles(Repository.PathOf("tests/AgreementLang.Tests/Baselines/Files"), "*.agr"))
        .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, byte[]> Cache = ExampleFiles.ToDictionary(f => f, f => File.ReadAllBytes(Repository.PathOf(f)));

    public static byte[] Example(string file) => Cache[file];

    private static readonly string[] Fragments =
    {
        "agreement", "zone", "facility", "producer", "institution", "stockpile", "mineral", "tariff", "line", "amendment", "amends",
        "floor", "at", "reference", "price", "per", "kg", "t", "mtu", "LCE", "from", "until", "for", "years", "days", "months",
        "party", "kind", "bilateral", "signed", "in", "force", "on", "signature", "expires", "term", "indefinite", "enforced", "by",
        "adjustable", "imports", "non-members", "cap", "review", "quarterly", "->", "=", "+", "%", ",", "{", "}", "\"", "//",
        "US", "JP", "EU", "FORGE", "NdPr", "oxide", "metal", "Li", "carbonate", "USD", "EUR", "billion", "million", "110.00", "12,000",
        "0", "9999999999999999999999999999", "1,00,0", "2026-02-30", "2026-03-01", "9999-12-31", "0000-01-01", "2846.90", "40%",
        "obligation", "within", "of", "entry", "into", "financing", "loan", "to", "offtake", "capacity", "origin", "requires",
        "most", "favoured", "nation", "export", "duties", "no", "\"la République française\"", "\"日本語の義務\"", "\\\"",
        " ", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\u2028", "\u00A0", "\uFEFF", "\u0000", "\uD800", "\uDC00", "\U0001F30F",
        "｛", "\u202E", "\u0301", "é", "x", "_", "-", "--", ".", "0.5", "{{{{{{{{{{", "}}}}}}}}}}",
    };

    /// <summary>Strings of every kind: FsCheck's own (any UTF-16, lone surrogates included) and token soups made
    /// of the language's words and its odd characters, which reach far deeper into the parser.</summary>
    public static Gen<TextCase> Texts()
    {
        var soup = Gen.Sized(size => Gen.Choose(0, 5 + (size * 3))
            .SelectMany(n => Gen.Elements(Fragments).ArrayOf(n))
            .Select(parts => string.Join(" ", parts)));
        var glued = Gen.Sized(size => Gen.Choose(0, 5 + (size * 3))
            .SelectMany(n => Gen.Elements(Fragments).ArrayOf(n))
            .Select(string.Concat));
        var chars = Gen.Sized(size => Gen.Choose(0, 4 + (size * 2))
            .SelectMany(n => Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf(n))
            .Select(a => new string(a)));
        return Gen.Frequency((3, soup), (2, glued), (1, chars), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))).Select(t => new TextCase(t));
    }

    public static Gen<MutationCase> Mutations() =>
        from file in Gen.Elements(ExampleFiles)
        from seed in Gen.Choose(0, int.MaxValue)
        from count in Gen.Choose(1, 6)
        select new MutationCase(file, seed, count);

    public static byte[] Mutate(byte[] original, int seed, int count)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(original);
        for (var m = 0; m < count; m++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(9))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 3:
                    LineOperation(bytes, random, duplicate: true);
                    break;
                case 4:
                    LineOperation(bytes, random, duplicate: false);
                    break;
                case 5:
                    // A raw byte that is not UTF-8 on its own (Latin-1 é, a continuation byte, an invalid lead).
                    bytes.Insert(at, new byte[] { 0xE9, 0x80, 0xC0, 0xFF, 0xF5 }[random.Next(5)]);
                    break;
                case 6:
                    var code = random.Next(0x80, 0x110000);
                    if (code is < 0xD800 or > 0xDFFF)
                    {
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(char.ConvertFromUtf32(code)));
                    }

                    break;
                case 7 when bytes.Count > 0:
                    // Cut the file short anywhere, as a crashed editor or a partial copy would.
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "{", "}", "\"", "\n", "//", "\r" }[random.Next(6)]));
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>Duplicates a whole line (a paste gone twice) or truncates one (its end deleted).</summary>
    private static void LineOperation(List<byte> bytes, Random random, bool duplicate)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        var line = random.Next(starts.Count);
        var start = starts[line];
        var end = line + 1 < starts.Count ? starts[line + 1] : bytes.Count;
        if (duplicate)
        {
            bytes.InsertRange(end, bytes.GetRange(start, end - start));
        }
        else if (end > start)
        {
            var cut = start + random.Next(end - start);
            var newline = end > 0 && bytes[end - 1] == (byte)'\n' ? 1 : 0;
            bytes.RemoveRange(cut, Math.Max(0, end - newline - cut));
        }
    }

    /// <summary>Changes only the layout of a text: runs of spaces and tabs between tokens (never inside a string or
    /// a comment) and indentation. Formatting must not be able to tell the difference.</summary>
    public static string Respace(string text, Random random)
    {
        var builder = new StringBuilder(text.Length * 2);
        var inString = false;
        var inComment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                inString = false;
                inComment = false;
                builder.Append(c);
                if (c == '\n' || (i + 1 < text.Length && text[i + 1] != '\n'))
                {
                    builder.Append(Whitespace(random, 0));
                }

                continue;
            }

            if (inString && c == '\\' && i + 1 < text.Length && (text[i + 1] == '"' || text[i + 1] == '\\'))
            {
                // An escape inside a string: both characters belong to the string.
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!inString && !inComment && c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                inComment = true;
            }
            else if (!inComment && c == '"')
            {
                inString = !inString;
            }

            if (!inString && !inComment && c == ' ')
            {
                builder.Append(Whitespace(random, 1));
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Whitespace(Random random, int min)
    {
        var n = min + random.Next(4);
        var builder = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            builder.Append(random.Next(3) == 0 ? '\t' : ' ');
        }

        return builder.ToString();
    }

    /// <summary>Adds blank lines and comments between lines and at their ends (outside strings, which cannot span lines).</summary>
    public static string Annotate(string text, Random random)
    {
        var lines = text.Split('\n');
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (random.Next(6) == 0)
            {
                builder.Append(new string('\n', 1 + random.Next(3)));
            }

            if (random.Next(6) == 0)
            {
                builder.Append("  // note ").Append(i).Append(" — «").Append("日本").Append("»\n");
            }

            builder.Append(lines[i]);
            if (lines[i].Trim().Length > 0 && random.Next(5) == 0)
            {
                builder.Append(" // trailing ").Append(i);
            }

            if (i + 1 < lines.Length)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Property (d): every diagnostic, and every related location, lies inside the text it points into,
    /// and maps to a line and column of that text.</summary>
    public static void AssertSpansInside(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            AssertInside(diagnostic.Location, diagnostic);
            foreach (var related in diagnostic.Related)
            {
                AssertInside(related.Location, diagnostic);
            }
        }
    }

    private static void AssertInside(Location location, Diagnostic diagnostic)
    {
        var span = location.Span;
        var length = location.Source.Length;
        if (span.Start < 0 || span.Length < 0 || span.End > length)
        {
            throw new Xunit.Sdk.XunitException($"{diagnostic.Code} has span {span} outside a text of {length} characters: {diagnostic}");
        }

        var start = location.Start;
        var end = location.End;
        if (start.Line < 1 || start.Column < 1 || start.Line > location.Source.LineCount || end.Line < start.Line ||
            (end.Line == start.Line && end.Column < start.Column))
        {
            throw new Xunit.Sdk.XunitException($"{diagnostic.Code} maps to {start}-{end}, outside the text's {location.Source.LineCount} lines: {diagnostic}");
        }
    }
}
