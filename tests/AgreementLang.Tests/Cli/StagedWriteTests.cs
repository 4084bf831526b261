using System.Security.Cryptography;
using AgreementLang.Rendering.Output;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Cli;

/// <summary>Outputs are staged (written to temporary files and flushed, many at once) and only then renamed into place
/// in order; drafts are rendered on every core. Neither may change what ends up on disk.</summary>
public sealed class StagedWriteTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("agr-staged-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_staged_file_leaves_its_target_as_it_was_until_committed_and_a_discarded_one_leaves_nothing()
    {
        var first = Path.Combine(_root.FullName, "a.md");
        var second = Path.Combine(_root.FullName, "b.md");
        File.WriteAllText(first, "old a");
        File.WriteAllText(second, "old b");

        var stagedFirst = AtomicFile.Stage(first, "new a"u8.ToArray());
        var stagedSecond = AtomicFile.Stage(second, "new b"u8.ToArray());
        Assert.Equal("old a", File.ReadAllText(first));
        Assert.Equal("old b", File.ReadAllText(second));
        Assert.Equal(2, Directory.GetFiles(_root.FullName, "*" + AtomicFile.TempSuffix).Length);

        Assert.True(AtomicFile.Commit(stagedFirst));
        AtomicFile.Discard(stagedFirst);
        AtomicFile.Discard(stagedSecond);
        Assert.Equal("new a", File.ReadAllText(first));
        Assert.Equal("old b", File.ReadAllText(second));
        Assert.Empty(Directory.GetFiles(_root.FullName, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public void A_build_rendered_on_every_core_writes_the_same_bytes_every_time_and_lists_them_in_order()
    {
        var sources = Path.Combine(_root.FullName, "zone");
        Directory.CreateDirectory(sources);
        foreach (var (path, text) in Benchmarks.ZoneCorpus.Files(8))
        {
            File.WriteAllText(Path.Combine(sources, Path.GetFileName(path)), text);
        }

        var runs = Enumerable.Range(0, 3).Select(run =>
        {
            var output = Path.Combine(_root.FullName, "out" + run);
            var (code, stdout, stderr) = Agr.InProcess(null, "build", sources, "--out", output);
            Assert.True(code == 0, stderr);
            var written = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Path.GetFileName(line)).ToArray();
            var hashes = Directory.GetFiles(output).Order(StringComparer.Ordinal)
                .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).ToArray();
            return (written, hashes);
        }).ToArray();

        // 28 agreements in four formats, and the schedules; listed as the agreements' names sort.
        Assert.Equal(28 * 4 + 3, runs[0].hashes.Length);
        var agreements = runs[0].written.Take(28 * 4).Select(name => name[..name.IndexOf('.')]).ToArray();
        Assert.Equal(agreements.Order(StringComparer.Ordinal), agreements);
        Assert.All(runs.Skip(1), run => Assert.Equal(runs[0].hashes, run.hashes));
        Assert.All(runs.Skip(1), run => Assert.Equal(runs[0].written, run.written));
    }
}
