using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace AgreementLang.Rendering.Templates;

/// <summary>The Handlebars templates of the drafts: the embedded defaults, each replaceable by a file of the same
/// name in a house-style folder (<c>--templates DIR</c>). Every template is compiled when the set is loaded,
/// so a syntax error stops the run before anything is written, with the template's file and line.
/// Wording templates (<c>*.hbs</c> other than <c>draft.*</c>) write plain text; <c>draft.md.hbs</c> and
/// <c>draft.html.hbs</c> lay a draft out and escape all text for their format.</summary>
public sealed partial class TemplateSet
{
    public const string MarkdownLayout = "draft.md.hbs";
    public const string HtmlLayout = "draft.html.hbs";

    /// <summary>The zone report's layout (<c>agr report</c>); <c>report.css.hbs</c> and <c>report.js.hbs</c> are its
    /// style sheet and script, written as plain text.</summary>
    public const string ReportLayout = "report.html.hbs";
    public const string ReportStyle = "report.css.hbs";
    public const string ReportScript = "report.js.hbs";

    private const string ResourcePrefix = "AgreementLang.Rendering.Templates.";

    private static readonly Lazy<TemplateSet> LazyDefault = new(() => Load(null));

    private static readonly Lazy<TemplateSet> LazyReport = new(() => Load(null, ReportTemplates));

    /// <summary>The templates of the zone report; the report compiles only these (compiling a template is most of a
    /// cold run's cost, and the drafts' templates are many).</summary>
    public static readonly IReadOnlyList<string> ReportTemplates = [ReportLayout, ReportStyle, ReportScript];

    private readonly Dictionary<string, Compiled> _compiled;

    private TemplateSet(Dictionary<string, Compiled> compiled)
    {
        _compiled = compiled;
    }

    /// <summary>The embedded defaults, compiled once per process.</summary>
    public static TemplateSet Default => LazyDefault.Value;

    /// <summary>The embedded report templates only (<see cref="ReportTemplates"/>), compiled once per process.</summary>
    public static TemplateSet ReportDefault => LazyReport.Value;

    /// <summary>The names of every template, in a stable order.</summary>
    public static ImmutableArray<string> Names { get; } = typeof(TemplateSet).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n.Substring(ResourcePrefix.Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Where each template came from: the override's path or <c>(embedded)/name</c>.</summary>
    public IReadOnlyDictionary<string, string> Sources => _compiled.ToDictionary(p => p.Key, p => p.Value.File);

    /// <summary>The text of a default template.</summary>
    public static string DefaultText(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new ArgumentException("No default template named " + name, nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>Loads the defaults, replacing each by the file of the same name in <paramref name="overrides"/>.
    /// A <c>.hbs</c> file there that overrides nothing is an error too: a misspelt name would otherwise be
    /// silently ignored and the house style not applied.</summary>
    /// <exception cref="TemplateException">A template does not compile, or an override has no default.</exception>
    /// <exception cref="FileSystem.FileReadException">The folder or a template in it cannot be read, or a template
    /// is not a regular file (a FIFO, a dangling link).</exception>
    /// <param name="only">Compile only these templates (the others are still read and checked by name, so a
    /// misspelt override is reported whatever the command); null compiles every one.</param>
    public static TemplateSet Load(string? overrides, IReadOnlyCollection<string>? only = null)
    {
        var texts = Names.ToDictionary(n => n, n => (File: "(embedded)/" + n, Text: DefaultText(n)), StringComparer.Ordinal);
        if (overrides is not null)
        {
            foreach (var path in OverrideFiles(overrides))
            {
                var name = Path.GetFileName(path);
                if (!texts.ContainsKey(name))
                {
                    throw new TemplateException(path, 1, 1, "no default template is named '" + name + "'; the names are " + string.Join(", ", Names));
                }

                // Only a regular file is read (a FIFO would block for ever, a device never end), and only so much.
                var contents = FileSystem.RegularFile.Read(path, MaxTemplateBytes);
                if (contents.TooLarge)
                {
                    throw new FileSystem.FileReadException(path, $"it is larger than {MaxTemplateBytes / (1024 * 1024)} MiB, the limit for a template");
                }

                var bom = contents.Bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
                texts[name] = (path, System.Text.Encoding.UTF8.GetString(contents.Bytes, bom, contents.Bytes.Length - bom).Replace("\r\n", "\n"));
            }
        }

        // Handlebars.Net parses and compiles blocks recursively, and nested blocks cost it more than linear time:
        // a deep house template would overflow the stack (which no catch survives) or take minutes. The nesting
        // is checked by a linear scan before any template is compiled.
        if (only is not null)
        {
            texts = texts.Where(t => only.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        }

        foreach (var entry in texts.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (TooDeep(entry.Value.Text) is { } at)
            {
                var (line, column) = Position(entry.Value.Text, at);
                throw new TemplateException(entry.Value.File, line, column,
                    "blocks are nested more than " + MaxBlockDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " deep");
            }
        }

        // Compiling a template (expression trees, then IL) is most of a cold run's cost: compile them in
        // parallel, each in an environment of its own so that no compiler state is shared between threads.
        var compiled = new System.Collections.Concurrent.ConcurrentDictionary<string, Compiled>(StringComparer.Ordinal);
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, TemplateException>(StringComparer.Ordinal);
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = System.Environment.ProcessorCount }, entry =>
        {
            var (name, (file, source)) = (entry.Key, entry.Value);
            try
            {
                compiled[name] = new Compiled(file, source, Environment(name).Compile(new StringReader(source)));
            }
            catch (Exception e) when (e is HandlebarsException)
            {
                errors[name] = Locate(file, source, e);
            }
        });

        // The error reported is the same whatever the threads did: the first in name order.
        if (!errors.IsEmpty)
        {
            throw errors.OrderBy(e => e.Key, StringComparer.Ordinal).First().Value;
        }

        return new TemplateSet(new Dictionary<string, Compiled>(compiled, StringComparer.Ordinal));
    }

    /// <summary>The largest template file read from a house-style folder.</summary>
    public const int MaxTemplateBytes = 4 * 1024 * 1024;

    /// <summary>The <c>.hbs</c> entries of a house-style folder, in ordinal order.</summary>
    /// <exception cref="FileSystem.FileReadException">The folder is missing or cannot be read.</exception>
    private static string[] OverrideFiles(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                throw new FileSystem.FileReadException(folder, "no such folder");
            }

            return Directory.EnumerateFiles(folder, "*.hbs").Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is (IOException or UnauthorizedAccessException) and not FileSystem.FileReadException)
        {
            throw new FileSystem.FileReadException(folder, FileSystem.FolderWalker.Reason(e), e);
        }
    }

    /// <summary>Layouts escape for their format; wording templates write plain text that each writer escapes.
    /// An unknown variable is an error, never an empty string.</summary>
    private static IHandlebars Environment(string name)
    {
        var configuration = new HandlebarsConfiguration
        {
            NoEscape = name is not MarkdownLayout and not HtmlLayout and not ReportLayout,
            TextEncoder = name == MarkdownLayout ? new MarkdownEncoder() : new StrictHtmlEncoder(),
            ThrowOnUnresolvedBindingExpression = true,
        };
        configuration.ObjectDescriptorProviders.Add(ViewDescriptors.Instance);
        var environment = Handlebars.Create(configuration);
        if (name == MarkdownLayout)
        {
            MarkdownHelpers.Register(environment);
        }

        if (name == HtmlLayout)
        {
            HtmlHelpers.Register(environment);
        }

        if (name == ReportLayout)
        {
            Report.Html.SvgShapesHelper.Register(environment);
        }

        return environment;
    }

    /// <summary>Writes the default templates to a folder, as a starting point for a house style.</summary>
    public static IReadOnlyList<string> Export(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var name in Names)
        {
            var path = Path.Combine(folder, name);
            Output.AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(DefaultText(name)));
            written.Add(path);
        }

        return written;
    }

    private sealed record Compiled(string File, string Source, HandlebarsTemplate<TextWriter, object, object> Delegate);
}
