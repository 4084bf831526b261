using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementLang.Rendering.Docx;

/// <summary>A law firm's Word document whose look the drafts take, as pandoc's <c>--reference-doc</c>: its styles
/// (styles.xml, with the theme its fonts may name), its list definitions (numbering.xml, which its styles may
/// use) and its page setup (the last section's page size, margins, header and footer distances). Its content,
/// headers and footers are not copied: the draft's text, header and footer are written in its Header and Footer
/// styles. Styles the draft needs and the reference lacks (Recital, Point, …) are added from the defaults, based
/// on the reference's Normal, so they take its font. A style is found by id or, failing that, by name, so a
/// reference saved by a German Word ("Überschrift 1", id "berschrift1", named "heading 1") works too.
///
/// Only XML text and the theme's bytes are kept, so one loaded reference serves any number of drafts.</summary>
public sealed class ReferenceDocument
{
    private readonly string _styles;
    private readonly string? _numbering;
    private readonly string? _section;
    private readonly byte[]? _theme;

    private ReferenceDocument(string styles, string? numbering, string? section, byte[]? theme)
    {
        _styles = styles;
        _numbering = numbering;
        _section = section;
        _theme = theme;
    }

    /// <summary>Reads a .docx; a missing file, or one that is not a Word document, is a
    /// <see cref="ReferenceDocumentException"/> with a one-line message.</summary>
    /// <summary>The largest reference document read: a house template is styles and a few pages.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static ReferenceDocument Load(string path)
    {
        // A regular file only, read up to a bound: a FIFO or a device named as the reference document would
        // otherwise block or fill the memory.
        FileSystem.RegularFile.Contents contents;
        try
        {
            contents = FileSystem.RegularFile.Read(path, MaxBytes);
        }
        catch (FileSystem.FileReadException e)
        {
            throw new ReferenceDocumentException($"cannot read reference document '{path}': {e.Reason}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ReferenceDocumentException($"cannot read reference document '{path}': {e.Message}", e);
        }

        if (contents.TooLarge)
        {
            throw new ReferenceDocumentException($"reference document '{path}' is larger than {MaxBytes / (1024 * 1024)} MB");
        }

        return Load(contents.Bytes, path);
    }

    public static ReferenceDocument Load(byte[] bytes, string name)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var main = document.MainDocumentPart ?? throw new ReferenceDocumentException($"reference document '{name}' has no main document part: it is not a Word document (.docx)");
            var styles = main.StyleDefinitionsPart?.Styles ?? DocxStyles.Default();
            var numbering = main.NumberingDefinitionsPart?.Numbering;
            var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
            byte[]? theme = null;
            if (main.ThemePart is { } themePart)
            {
                using var stream = themePart.GetStream(FileMode.Open, FileAccess.Read);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                theme = copy.ToArray();
            }

            return new ReferenceDocument(styles.OuterXml, numbering?.OuterXml, section?.OuterXml, theme);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or ArgumentException)
        {
            throw new ReferenceDocumentException($"reference document '{name}' is not a Word document (.docx): {OneLine(e.Message)}", e);
        }
    }

    /// <summary>The reference's styles, with those of <paramref name="defaults"/> it lacks; returns the id each
    /// default style id has in the result.</summary>
    internal Styles Styles(Styles defaults, out IReadOnlyDictionary<string, string> ids)
    {
        var styles = new Styles(_styles);
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }

            if (style.StyleName?.Val?.Value is { } styleName)
            {
                byName.TryAdd(styleName, style);
            }
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<Style>();
        foreach (var style in defaults.Elements<Style>())
        {
            var id = style.StyleId!.Value!;
            if (byId.ContainsKey(id))
            {
                map[id] = id;
            }
            else if (style.StyleName?.Val?.Value is { } styleName && byName.TryGetValue(styleName, out var named) && named.StyleId?.Value is { } namedId)
            {
                map[id] = namedId;
            }
            else
            {
                map[id] = id;
                missing.Add(style);
            }
        }

        foreach (var style in missing)
        {
            var copy = (Style)style.CloneNode(true);
            if (copy.BasedOn?.Val?.Value is { } basedOn && map.TryGetValue(basedOn, out var mapped))
            {
                copy.BasedOn.Val = mapped;
            }

            // The default Normal is the document default; the reference has its own.
            copy.Default = null;
            styles.Append(copy);
        }

        ids = map;
        return styles;
    }

    /// <summary>The reference's list definitions without picture bullets (whose images are not copied), or null.</summary>
    internal Numbering? Numbering()
    {
        if (_numbering is null)
        {
            return null;
        }

        var numbering = new Numbering(_numbering);
        foreach (var element in numbering.Descendants().Where(e => e is NumberingPictureBullet or LevelPictureBulletId).ToList())
        {
            element.Remove();
        }

        return numbering;
    }

    /// <summary>The reference's page setup without its header and footer references, or null.</summary>
    internal SectionProperties? Section()
    {
        if (_section is null)
        {
            return null;
        }

        var section = new SectionProperties(_section);
        foreach (var reference in section.Elements().Where(e => e is HeaderReference or FooterReference).ToList())
        {
            reference.Remove();
        }

        return section;
    }

    internal byte[]? Theme => _theme;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

/// <summary>A reference document that cannot be used; the message is one line, for the command line.</summary>
public sealed class ReferenceDocumentException(string message, Exception? inner = null) : Exception(message, inner);
