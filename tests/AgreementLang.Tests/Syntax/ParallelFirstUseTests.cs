using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using Xunit;

namespace AgreementLang.Tests.Syntax;

/// <summary>Each clause family's parsers are built on first use, and another part of the toolchain parses files in
/// parallel: files parsed on several threads at once in a process where nothing has been parsed yet must give the same
/// trees and diagnostics as one thread gives. The library is loaded afresh in a context of its own, so that its grammar
/// is unbuilt whatever other tests of this process have parsed.</summary>
public class ParallelFirstUseTests
{
    [Fact]
    public void Files_parsed_in_parallel_from_the_first_parse_the_same_as_one_by_one()
    {
        var files = Directory.GetFiles(Repository.PathOf("examples"), "*.agr", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(path => (Path: Path.GetFileName(path), Text: File.ReadAllText(path)))
            .Append((Path: "broken.agr", Text: "agreement X \"X\" {\n  floor NdPr oxide at USD 1 per kg {\n    review sometimes\n  }\n  offtake P -> Q 5%\n}\n"))
            .ToArray();
        var expected = files.Select(f => Fingerprint(Parser.Parse(f.Path, f.Text))).ToArray();
        Assert.Contains(expected, fingerprint => fingerprint.Contains("FloorClause", StringComparison.Ordinal) && fingerprint.Contains("NdPr", StringComparison.Ordinal));

        var parse = FreshParser();
        const int Threads = 8;
        var results = new string[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            // Each thread starts with a different file, so that different families are first built at the same time.
            var mine = new string[files.Length];
            for (var k = 0; k < files.Length; k++)
            {
                var i = (k + (t * files.Length / Threads)) % files.Length;
                mine[i] = Fingerprint(parse(files[i].Path, files[i].Text));
            }

            results[t] = mine;
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    /// <summary>Parser.Parse of a copy of the library loaded in a new context, in which nothing has been parsed.</summary>
    private static Func<string, string, object> FreshParser()
    {
        var folder = Path.GetDirectoryName(typeof(Parser).Assembly.Location)!;
        var context = new AssemblyLoadContext("fresh grammar " + Guid.NewGuid());
        context.Resolving += (c, name) =>
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? c.LoadFromAssemblyPath(path) : null;
        };
        var library = context.LoadFromAssemblyPath(typeof(Parser).Assembly.Location);
        Assert.NotSame(typeof(Parser).Assembly, library);
        return library.GetType(typeof(Parser).FullName!, throwOnError: true)!
            .GetMethod(nameof(Parser.Parse), [typeof(string), typeof(string)])!
            .CreateDelegate<Func<string, string, object>>();
    }

    /// <summary>The declarations as their records print themselves (every member, nested nodes and spans included), and
    /// the diagnostics: the same text whichever copy of the library made them.</summary>
    private static string Fingerprint(object document)
    {
        var type = document.GetType();
        var declarations = (IEnumerable)type.GetProperty("Declarations")!.GetValue(document)!;
        var diagnostics = (IEnumerable)type.GetProperty("Diagnostics")!.GetValue(document)!;
        var lines = new List<string>();
        foreach (var declaration in declarations)
        {
            lines.Add(declaration!.ToString()!);
            var clauses = (IEnumerable)declaration.GetType().GetProperty("Clauses")!.GetValue(declaration)!;
            lines.AddRange(clauses.Cast<object>().Select(c => "  " + c));
        }

        lines.AddRange(diagnostics.Cast<object>().Select(d => d.ToString()!));
        return string.Join("\n", lines);
    }
}
