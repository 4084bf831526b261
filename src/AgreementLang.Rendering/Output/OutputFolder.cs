namespace AgreementLang.Rendering.Output;

/// <summary>Where generated files may go. An output folder that is itself a source folder, or holds sources
/// anywhere below it, is refused: a later run would read the outputs' neighbours as input, and a clean of the
/// output folder would delete the agreements themselves.</summary>
public static class OutputFolder
{
    /// <returns>Why the folder is refused, or null when it may be used.</returns>
    public static string? Refusal(string outputFolder, IEnumerable<string> inputs, IEnumerable<string> sourceFiles)
    {
        var output = Normalise(outputFolder);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input) && Normalise(input) == output)
            {
                return $"agr: the output folder '{outputFolder}' is a source folder; choose a folder of its own (e.g. --out out)";
            }
        }

        foreach (var source in sourceFiles)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(source));
            if (folder is not null && Normalise(folder) == output)
            {
                return $"agr: the output folder '{outputFolder}' holds the source '{source}'; choose a folder of its own (e.g. --out out)";
            }
        }

        if (Directory.Exists(output))
        {
            // Links are followed, each real folder once, so a link that loops ends; a folder that cannot be read
            // might hold sources, so it is reported rather than passed over.
            var walked = FileSystem.FolderWalker.Find([output], ".agr", stopAtFirst: true);
            if (walked.Files.Count > 0)
            {
                return $"agr: the output folder '{outputFolder}' contains sources ('{Path.GetRelativePath(output, walked.Files[0])}'); choose a folder of its own";
            }

            if (walked.Errors.Count > 0)
            {
                return walked.Errors[0];
            }
        }

        return null;
    }

    /// <summary>A file name for an agreement's output: its identifier, with anything a file system could
    /// misread replaced.</summary>
    public static string FileName(string agreementName, string extension) =>
        new string(agreementName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).TrimStart('.') + extension;

    private static string Normalise(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
