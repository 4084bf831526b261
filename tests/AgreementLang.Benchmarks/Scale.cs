using System.Diagnostics;
using System.Globalization;

namespace AgreementLang.Benchmarks;

/// <summary><c>scale [--agr PATH] [--runs R] [--commands check,build,report] N|DIR ...</c>: the whole <c>agr</c> process,
/// as a user waits for it, on generated zones of N members (<see cref="ZoneCorpus"/>, written to a temporary folder) or on
/// folders given: for each zone and command, one unmeasured run (the file cache and the runtime's files warm), then R
/// runs (default 5) taken in turns (check, build, report, check, …) so that the load of a shared machine falls on all
/// alike; the medians of wall-clock time, CPU time (user + system) and peak memory (maximum resident set), read with
/// <c>/usr/bin/time</c>. Then, for each command, how the medians grow from one zone to the next against the number of
/// agreements: a ratio near 1 per agreement is linear, one that grows with the zone is not.
///
/// <c>agr build</c> runs with <c>--force</c> (a zone of 200 members has offtake conflicts by construction, and a build
/// that refuses would time nothing); its output goes to a temporary folder, as does the report's page.
/// <c>scale stages DIR [RUNS]</c> and <c>scale stages-build DIR</c> time the stages inside one process instead
/// (<see cref="ScaleStages"/>). Runs the Release <c>agr.dll</c> beside the sources by default
/// (<c>dotnet build -c Release src/AgreementLang.Cli</c> first), or the program given with <c>--agr</c> (a published
/// <c>agr</c>, or another build's <c>agr.dll</c>).</summary>
public static class Scale
{
    public static void Run(string[] args)
    {
        if (args.Length > 2 && args[1] == "stages")
        {
            ScaleStages.Run(args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args.Length > 2 && args[1] == "stages-build")
        {
            ScaleStages.RunBuild(args[2]);
            return;
        }

        var agr = Path.Combine(Root(), "src", "AgreementLang.Cli", "bin", "Release", "net10.0", "agr.dll");
        var runs = 5;
        var commands = new[] { "check", "build", "report" };
        var zones = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--agr" when i + 1 < args.Length:
                    agr = Path.GetFullPath(args[++i]);
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--commands" when i + 1 < args.Length:
                    commands = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                default:
                    zones.Add(args[i]);
                    break;
            }
        }

        if (zones.Count == 0 || runs < 1 || commands.Any(c => c is not ("check" or "build" or "report")))
        {
            Console.Error.WriteLine("usage: scale [--agr PATH] [--runs R] [--commands check,build,report] N|DIR ...   (or: scale stages DIR [RUNS], scale stages-build DIR)");
            Environment.Exit(2);
        }

        if (!File.Exists(agr) || !File.Exists(Time))
        {
            Console.Error.WriteLine(File.Exists(Time) ? $"no {agr}: run 'dotnet build -c Release src/AgreementLang.Cli' first, or give --agr" : $"no {Time}: install GNU time");
            Environment.Exit(2);
        }

        var scratch = Directory.CreateTempSubdirectory("agr-scale-").FullName;
        try
        {
            Measure(agr, runs, commands, zones, scratch);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private const string Time = "/usr/bin/time";

    private sealed record Zone(string Name, string Folder, int Files, long Characters);

    private sealed record Figures(double Wall, double WallMin, double Cpu, double PeakMb);

    private static void Measure(string agr, int runs, IReadOnlyList<string> commands, IReadOnlyList<string> zones, string scratch)
    {
        var sets = zones.Select(z => Prepare(z, scratch)).ToArray();
        Console.WriteLine($"agr: {agr}");
        Console.WriteLine($"{Environment.ProcessorCount} processors; load average at start: {Load()}; {runs} measured runs of each, in turns, after one unmeasured");
        var results = new Dictionary<(string Zone, string Command), Figures>();
        foreach (var zone in sets)
        {
            Console.WriteLine($"{zone.Name}: {zone.Files:N0} files, {zone.Characters / 1e6:N1} M characters");
            var samples = commands.ToDictionary(c => c, _ => new List<(double Wall, double Cpu, double PeakMb)>());
            for (var run = 0; run <= runs; run++)
            {
                foreach (var command in commands)
                {
                    var sample = Once(agr, command, zone, scratch);
                    if (run > 0)
                    {
                        samples[command].Add(sample);
                    }
                }
            }

            foreach (var command in commands)
            {
                var s = samples[command];
                var figures = new Figures(Median(s.Select(x => x.Wall)), s.Min(x => x.Wall), Median(s.Select(x => x.Cpu)), Median(s.Select(x => x.PeakMb)));
                results[(zone.Name, command)] = figures;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  agr {command,-7} wall {figures.Wall,7:F2} s (min {figures.WallMin:F2})  CPU {figures.Cpu,7:F2} s  peak {figures.PeakMb,6:F0} MB"));
            }
        }

        Console.WriteLine($"load average at end: {Load()}");
        if (sets.Length < 2)
        {
            return;
        }

        Console.WriteLine("growth from one zone to the next (median against median; 1.00 per agreement is linear):");
        foreach (var command in commands)
        {
            for (var i = 1; i < sets.Length; i++)
            {
                var (a, b) = (results[(sets[i - 1].Name, command)], results[(sets[i].Name, command)]);
                var input = (double)sets[i].Characters / sets[i - 1].Characters;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  agr {command,-7} {sets[i - 1].Name} -> {sets[i].Name}: input x{input:F2}, wall x{b.Wall / a.Wall:F2}, CPU x{b.Cpu / a.Cpu:F2} " +
                    $"(CPU per input character x{b.Cpu / a.Cpu / input:F2}), peak memory x{b.PeakMb / a.PeakMb:F2}"));
            }
        }
    }

    /// <summary>A number of members is generated into the scratch folder; anything else is a folder of sources.</summary>
    private static Zone Prepare(string zone, string scratch)
    {
        string folder;
        string name;
        if (int.TryParse(zone, NumberStyles.None, CultureInfo.InvariantCulture, out var members))
        {
            folder = Path.Combine(scratch, "zone" + members);
            ZoneCorpus.Write(folder, ZoneCorpus.Files(members));
            name = $"zone {members} ({ZoneCorpus.Agreements(members):N0} agreements)";
        }
        else
        {
            folder = Path.GetFullPath(zone);
            name = zone;
        }

        var files = Directory.GetFiles(folder, "*.agr", SearchOption.AllDirectories);
        return new Zone(name, folder, files.Length, files.Sum(f => new FileInfo(f).Length));
    }

    /// <summary>One whole <c>agr</c> process under GNU time. Its exit code must be 0 or 1 (errors in the sources, which a
    /// zone of 200 members has): anything else means the figure would time a failure.</summary>
    private static (double Wall, double Cpu, double PeakMb) Once(string agr, string command, Zone zone, string scratch)
    {
        var figures = Path.Combine(scratch, "time.txt");
        var info = new ProcessStartInfo(Time) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", figures })
        {
            info.ArgumentList.Add(argument);
        }

        if (agr.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add("dotnet");
        }

        info.ArgumentList.Add(agr);
        info.ArgumentList.Add(command);
        info.ArgumentList.Add(zone.Folder);
        switch (command)
        {
            case "build":
                info.ArgumentList.Add("--force");
                info.ArgumentList.Add("--out");
                info.ArgumentList.Add(Path.Combine(scratch, "build"));
                break;
            case "report":
                info.ArgumentList.Add("--out");
                info.ArgumentList.Add(Path.Combine(scratch, "report.html"));
                break;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"agr {command} {zone.Folder} exited {process.ExitCode}: {error.Result}{output.Result}");
        }

        // The last line: earlier ones are what GNU time adds for a command that exits 1.
        var parts = File.ReadAllLines(figures).Last().Split(' ');
        var value = (int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        return (value(0), value(1) + value(2), value(3) / 1024);
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AgreementLang.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AgreementLang.sln not found above " + AppContext.BaseDirectory);
    }
}
