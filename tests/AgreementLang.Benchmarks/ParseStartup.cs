using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace AgreementLang.Benchmarks;

/// <summary><c>parse-startup PUBDIR [FILE] [RUNS]</c>: the parser's share of start-up. Each run is a fresh process
/// that loads the language library published in PUBDIR (<c>dotnet publish -c Release src/AgreementLang.Cli -o
/// PUBDIR</c>, ReadyToRun, as a user's <c>agr</c> runs it) and times its first <c>Parser.Parse</c> of FILE (by default
/// examples/forge/us-japan.agr), then a second parse of the same text: the difference is what building the grammar
/// and compiling what ReadyToRun left out costs. CPU time is the thread's own (clock_gettime), which other processes
/// on a busy machine do not inflate; the methods the JIT compiled during the parse are counted by the runtime
/// (<see cref="JitInfo"/>). Prints every run and the medians.</summary>
public static class ParseStartup
{
    private const int ClockThreadCpuTime = 3;

    public static void Run(string[] args)
    {
        if (args.Length > 1 && args[1] == "--child")
        {
            Child(args[2], args[3]);
            return;
        }

        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: parse-startup PUBDIR [FILE] [RUNS]");
            Environment.Exit(2);
            return;
        }

        var folder = Path.GetFullPath(args[1]);
        var file = Path.GetFullPath(args.Length > 2 ? args[2] : "examples/forge/us-japan.agr");
        var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 11;
        var rows = new List<double[]>();
        Console.WriteLine("first parse: CPU ms, wall ms, methods JIT-compiled, JIT ms | second parse: CPU ms");
        for (var run = 0; run < runs; run++)
        {
            var row = RunChild(folder, file);
            rows.Add(row);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,8:F2} {1,8:F2} {2,6:F0} {3,8:F2} | {4,8:F3}", row[0], row[1], row[2], row[3], row[4]));
        }

        double Median(int column)
        {
            var values = rows.Select(r => r[column]).OrderBy(v => v).ToList();
            return values[values.Count / 2];
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "median of {0}: first parse {1:F2} ms CPU ({2:F2} ms wall), {3:F0} methods JIT-compiled ({4:F2} ms); second parse {5:F3} ms CPU",
            runs, Median(0), Median(1), Median(2), Median(3), Median(4)));
    }

    private static double[] RunChild(string folder, string file)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ParseStartup).Assembly.Location);
        foreach (var argument in new[] { "parse-startup", "--child", folder, file })
        {
            start.ArgumentList.Add(argument);
        }

        // agr runs with invariant globalization; the child does too, so that no culture data is loaded that agr would not load.
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("the measuring process failed: " + output);
        }

        return output.Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>In the fresh process: loads the published library, reads the file, and times two parses.</summary>
    private static void Child(string folder, string file)
    {
        var context = new FolderContext(folder);
        var language = context.LoadFromAssemblyName(new AssemblyName("AgreementLang"));
        var parse = language.GetType("AgreementLang.Syntax.Parser", throwOnError: true)!
            .GetMethod("Parse", [typeof(string), typeof(string)])!
            .CreateDelegate<Func<string, string, object>>();
        var text = File.ReadAllText(file);

        var jitted = JitInfo.GetCompiledMethodCount(currentThread: true);
        var jitTime = JitInfo.GetCompilationTime(currentThread: true);
        var cpu = ThreadCpuNanoseconds();
        var wall = Stopwatch.GetTimestamp();
        GC.KeepAlive(parse(file, text));
        var firstCpu = (ThreadCpuNanoseconds() - cpu) / 1e6;
        var firstWall = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
        var firstJitted = JitInfo.GetCompiledMethodCount(currentThread: true) - jitted;
        var firstJitTime = (JitInfo.GetCompilationTime(currentThread: true) - jitTime).TotalMilliseconds;

        cpu = ThreadCpuNanoseconds();
        GC.KeepAlive(parse(file, text));
        var secondCpu = (ThreadCpuNanoseconds() - cpu) / 1e6;
        Console.WriteLine(string.Join(' ', new[] { firstCpu, firstWall, firstJitted, firstJitTime, secondCpu }
            .Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
    }

    private static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux() || clock_gettime(ClockThreadCpuTime, out var time) != 0)
        {
            return Stopwatch.GetTimestamp() * (1_000_000_000L / Stopwatch.Frequency);
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>Resolves the library and its dependencies (Sprache) from the published folder, so that their
    /// precompiled code is what runs.</summary>
    private sealed class FolderContext(string folder) : AssemblyLoadContext("published " + folder)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
