using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace AgreementLang.Rendering.Templates;

/// <summary>Rendering a compiled template into a per-thread buffer.</summary>
public sealed partial class TemplateSet
{
    /// <summary>Renders a template; a runtime error (an unknown variable, a missing partial) is reported at
    /// the template's file and the line that names it.</summary>
    public string Render(string name, object context) => Render(name, context, static text => text.ToString());

    /// <summary>Renders a wording template to plain text.</summary>
    public string RenderText(string name, object context) => Render(name, context);

    /// <summary>Renders a template and hands its text to <paramref name="finish"/> while the text is still in the
    /// render buffer, so that a caller that reads or reshapes the text (parses it, normalises its lines) does not
    /// first copy all of it into a string of its own.</summary>
    internal T Render<T>(string name, object context, ReadRendered<T> finish)
    {
        var template = _compiled.TryGetValue(name, out var found) ? found : throw new ArgumentException("No template named " + name, nameof(name));
        // One buffer, and the writer over it, per thread, kept between calls: a draft renders sixteen templates,
        // and growing a fresh buffer for each was most of the rendering's allocation. Taken while in use, so that
        // a render inside a render (a helper that renders) gets a buffer of its own.
        var writer = t_writer ?? new StringWriter(new System.Text.StringBuilder(16 * 1024), System.Globalization.CultureInfo.InvariantCulture);
        t_writer = null;
        var buffer = writer.GetStringBuilder();
        buffer.Clear();
        try
        {
            try
            {
                template.Delegate(writer, context, null);
            }
            catch (Exception e) when (e is not TemplateException and not OutOfMemoryException)
            {
                // Whatever a compiled template throws (an undefined binding is not even a HandlebarsException) is
                // a fault of that template.
                throw Locate(template.File, template.Source, e);
            }

            // The buffer is one chunk unless a template wrote more than its capacity.
            var chunks = buffer.GetChunks();
            return chunks.MoveNext() && chunks.Current.Length == buffer.Length
                ? finish(chunks.Current.Span)
                : finish(buffer.ToString().AsSpan());
        }
        finally
        {
            if (buffer.Capacity <= 256 * 1024)
            {
                t_writer = writer;
            }
        }
    }

    [ThreadStatic]
    private static StringWriter? t_writer;

    /// <summary>What a caller of <see cref="Render{T}"/> makes of a template's text.</summary>
    internal delegate T ReadRendered<out T>(ReadOnlySpan<char> text);
}
