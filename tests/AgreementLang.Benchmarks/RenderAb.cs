using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary><c>render-ab DIR_A DIR_B [both|build|layout] [seconds]</c>: renders the generated 1 KB agreement with
/// two builds of the toolchain in one process, alternating batches of 100 renders, and prints each build's
/// median and fastest batch and the median of the B/A ratios of neighbouring batches. On this machine the same
/// binary's median moves by half from one minute to the next with the host's load; two builds measured in
/// turn see the same load, so their ratio holds where two separate runs would not. Each folder is the output
/// of building this project from one commit (see docs/performance.md); the builds are loaded in contexts of
/// their own and called through their public API, so any commit with that API can be compared.</summary>
public static class RenderAb
{
    public static void Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: render-ab DIR_A DIR_B [both|build|layout] [seconds]");
            return;
        }

        var mode = args.Length > 3 ? args[3] : "both";
        var seconds = args.Length > 4 ? double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var renders = new[] { Prepare(args[1], mode), Prepare(args[2], mode) };

        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 4)
        {
            foreach (var render in renders)
            {
                render();
            }
        }

        var batches = new[] { new List<double>(), new List<double>() };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var side = 0; side < 2; side++)
            {
                var start = clock.Elapsed.TotalMicroseconds;
                for (var i = 0; i < 100; i++)
                {
                    renders[side]();
                }

                batches[side].Add((clock.Elapsed.TotalMicroseconds - start) / 100);
            }
        }

        var ratios = batches[1].Zip(batches[0], (b, a) => b / a).OrderBy(r => r).ToList();
        for (var side = 0; side < 2; side++)
        {
            var sorted = batches[side].OrderBy(t => t).ToList();
            Console.WriteLine($"{"AB"[side]} {mode}: median {sorted[sorted.Count / 2],6:F1} µs, fastest batch {sorted[0],6:F1} µs ({sorted.Count} batches of 100)");
        }

        Console.WriteLine($"B/A: median ratio {ratios[ratios.Count / 2]:F3} (quartiles {ratios[ratios.Count / 4]:F3}–{ratios[3 * ratios.Count / 4]:F3})");
    }

    /// <summary>One render of the generated agreement by the build in <paramref name="folder"/>, compiled to a
    /// delegate so that the call costs the same for both builds.</summary>
    private static Action Prepare(string folder, string mode)
    {
        var context = new FolderLoadContext(Path.GetFullPath(folder));
        var language = context.LoadFromAssemblyName(new AssemblyName("AgreementLang"));
        var rendering = context.LoadFromAssemblyName(new AssemblyName("AgreementLang.Rendering"));
        var sourceText = language.GetType("AgreementLang.Text.SourceText", throwOnError: true)!;
        var sources = Array.CreateInstance(sourceText, 2);
        sources.SetValue(Activator.CreateInstance(sourceText, "zone.agr", Corpus.Zone()), 0);
        sources.SetValue(Activator.CreateInstance(sourceText, "a00000.agr", Corpus.Agreement(0)), 1);

        var compilationType = language.GetType("AgreementLang.Compilation", throwOnError: true)!;
        var create = compilationType.GetMethods().Single(m => m.Name == "Create" && m.GetParameters()[0].ParameterType.IsAssignableFrom(sources.GetType()));
        var compilation = create.Invoke(null, [sources, null])!;
        var model = compilationType.GetProperty("Model")!.GetValue(compilation)!;
        var agreements = (System.Collections.IEnumerable)model.GetType().GetProperty("Agreements")!.GetValue(model)!;
        var agreement = agreements.Cast<object>().Single();

        var rendererType = rendering.GetType("AgreementLang.Rendering.DraftRenderer", throwOnError: true)!;
        // Its constructor's parameters are all optional (templates; later also Word options): pass null for each.
        var constructor = rendererType.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var renderer = constructor.Invoke(new object?[constructor.GetParameters().Length]);
        var build = rendererType.GetMethod("Build")!;
        var markdown = rendererType.GetMethod("Markdown")!;
        var self = Expression.Constant(renderer);
        var built = Expression.Call(self, build, Expression.Constant(model), Expression.Constant(agreement), Expression.Constant(null, build.GetParameters()[2].ParameterType));
        Expression body = mode switch
        {
            "build" => built,
            "layout" => Expression.Call(self, markdown, Expression.Constant(build.Invoke(renderer, [model, agreement, null]))),
            _ => Expression.Call(self, markdown, built),
        };
        return Expression.Lambda<Action>(body).Compile();
    }

    /// <summary>Resolves every assembly of a build from its folder, so that the two builds share nothing but the
    /// framework.</summary>
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext("build " + folder)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
