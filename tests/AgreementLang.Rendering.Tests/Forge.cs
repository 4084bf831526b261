using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>The forge examples, compiled once, with paths relative to the repository so that the source
/// locations in outputs are the same on every machine.</summary>
public static class Forge
{
    private static readonly Lazy<Compilation> LazyCompilation = new(() => Compile(Sources()));

    public static Compilation Compilation => LazyCompilation.Value;

    public static AgreementSet Model => Compilation.Model;

    public static IEnumerable<object[]> AgreementNames => Model.Agreements.Select(a => new object[] { a.Name });

    public static Agreement Agreement(string name) => Model.Agreements.Single(a => a.Name == name);

    public static List<SourceText> Sources() =>
        Directory.GetFiles(Repository.PathOf("examples/forge"), "*.agr")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceText("examples/forge/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    public static Compilation Compile(IEnumerable<SourceText> sources)
    {
        var compilation = Compilation.Create(sources);
        return compilation;
    }

    /// <summary>The main document part of a DOCX package, re-indented so that a diff is readable.</summary>
    public static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).ToString() + "\n";
    }

    public static string Utf8(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
}
