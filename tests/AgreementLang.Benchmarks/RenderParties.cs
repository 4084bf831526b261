using System.Diagnostics;
using System.Globalization;
using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary><c>render-parties [N...]</c>: what <c>agr render --format md</c> and <c>--format akn</c> cost for one
/// plurilateral agreement of N parties (default 2,000 and 10,000): compile, build the draft and render it, best of
/// three runs after a warm-up, in process CPU time. Akoma Ntoso marks every party's name in the preamble; that
/// search was cubic in the number of parties (800 parties 14 s, 2,000 over 120 s) and is now one pass, so the two
/// formats should cost about the same and grow linearly.</summary>
public static class RenderParties
{
    public static void Run(string[] args)
    {
        var counts = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : new[] { 2_000, 10_000 };
        var renderer = new DraftRenderer();
        Measure(renderer, Source(50), DraftFormat.Markdown);
        Measure(renderer, Source(50), DraftFormat.AkomaNtoso);
        Console.WriteLine("parties   source (chars)   render --format md   render --format akn   akn/md");
        foreach (var count in counts)
        {
            var source = Source(count);
            var md = Measure(renderer, source, DraftFormat.Markdown);
            var akn = Measure(renderer, source, DraftFormat.AkomaNtoso);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count,7:N0}   {source.Length,14:N0}   {md,16:F2} s   {akn,17:F2} s   {akn / md,6:F2}"));
        }
    }

    /// <summary>N institutions, and one plurilateral agreement among all of them.</summary>
    public static string Source(int parties)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parties; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"institution P{i:D5} \"Institution {i:D5}\" of US\n");
        }

        text.Append("\nagreement MANY-2026 \"Agreement among many\" {\n  kind plurilateral\n  signed 2026-02-04 at \"Geneva\"\n")
            .Append("  in force 60 days after notifications\n  term 10 years\n  withdrawal notice 6 months\n");
        for (var i = 0; i < parties; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  party P{i:D5} \"the Government of Party P{i:D5}\"\n");
        }

        return text.Append("}\n").ToString();
    }

    private static double Measure(DraftRenderer renderer, string source, DraftFormat format)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            var compilation = Compilation.Create(new[] { new SourceText("many.agr", source) });
            var agreement = compilation.Model.Agreements.Single();
            var bytes = renderer.Render(renderer.Build(compilation.Model, agreement), format);
            GC.KeepAlive(bytes);
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
        }

        return best;
    }
}
