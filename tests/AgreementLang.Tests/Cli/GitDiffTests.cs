using System.Diagnostics;
using AgreementLang.Cli;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Cli;

/// <summary>Issue 16, point 1: <c>agr diff --git OLD..NEW [PATHS]</c> in a temporary repository holding the two rounds
/// of examples/versions as two tagged commits, with the work tree changed after both.</summary>
[Trait("Runs", "agr")]
public sealed class GitDiffTests : IDisposable
{
    private const string Round1 = "examples/versions/round-1";
    private const string Round2 = "examples/versions/round-2";

    private readonly string _repository = Directory.CreateTempSubdirectory("agr-git-").FullName;

    public GitDiffTests()
    {
        Git("init", "-q");
        Copy(Round1, "rounds");
        Git("add", "-A");
        Git("commit", "-q", "-m", "round 1");
        Git("tag", "v1");
        Copy(Round2, "rounds");
        Git("add", "-A");
        Git("commit", "-q", "-m", "round 2");
        Git("tag", "v2");

        // The work tree is neither round: the diff must read the commits, not the files on disk.
        File.WriteAllText(Path.Combine(_repository, "rounds", "us-japan.agr"), "this is not a valid file {");
        File.WriteAllText(Path.Combine(_repository, "rounds", "untracked.agr"), "zone U \"untracked\" { members US }\n");
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    private void Copy(string example, string folder)
    {
        Directory.CreateDirectory(Path.Combine(_repository, folder));
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf(example), "*.agr"))
        {
            File.Copy(file, Path.Combine(_repository, folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    private string Git(params string[] args)
    {
        var info = Agr.StartInfo(_repository, "git", new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false" }.Concat(args));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "git " + string.Join(" ", args) + " hung");
        Assert.True(process.ExitCode == 0, "git " + string.Join(" ", args) + ": " + error.Result);
        return output.Result;
    }

    private Agr.ProcessResult Diff(string directory, params string[] args) => Agr.Run(TimeSpan.FromMinutes(2), directory, ["diff", .. args]);

    [Fact]
    public void The_revisions_give_the_changes_of_the_folders_at_REV_colon_path()
    {
        var fromGit = Diff(_repository, "--git", "v1..v2");
        Assert.Equal("", fromGit.Stderr);
        Assert.Equal(ExitCodes.Errors, fromGit.ExitCode);

        var fromFolders = Agr.Run(TimeSpan.FromMinutes(2), Repository.Root, "diff", Round1, Round2);
        var expected = fromFolders.Stdout.Replace(Round1 + "/", "v1:rounds/").Replace(Round2 + "/", "v2:rounds/");
        Assert.Equal(expected, fromGit.Stdout);
        Assert.Contains("v2:rounds/us-japan.agr(24,3): changed: US-JP-2026 floor NdPr oxide: price USD 110.00/kg → USD 120.00/kg", fromGit.Stdout);
        Assert.Contains("v1:rounds/us-japan.agr(47,3): removed: US-JP-2026 most favoured nation JP on NdPr oxide tariff", fromGit.Stdout);
    }

    [Fact]
    public void Paths_limit_the_comparison_and_are_taken_from_the_current_folder()
    {
        var zoneOnly = Diff(_repository, "--git", "v1..v2", "rounds/zone.agr");
        Assert.Equal(ExitCodes.Errors, zoneOnly.ExitCode);
        Assert.All(zoneOnly.Stdout.TrimEnd().Split('\n').SkipLast(1), line => Assert.StartsWith("v2:rounds/zone.agr(", line));

        var inside = Diff(Path.Combine(_repository, "rounds"), "--git", "v1..v1", "vault.agr");
        Assert.Equal(ExitCodes.Success, inside.ExitCode);
        Assert.Equal("", inside.Stderr);

        var same = Diff(_repository, "--git", "v2..HEAD", "--show-layout");
        Assert.Equal(ExitCodes.Success, same.ExitCode);
    }

    [Fact]
    public void The_work_tree_index_and_HEAD_are_left_as_they_were()
    {
        var status = Git("status", "--porcelain");
        var head = Git("rev-parse", "HEAD");
        Assert.Equal(ExitCodes.Errors, Diff(_repository, "--git", "v1..v2").ExitCode);
        Assert.Equal(status, Git("status", "--porcelain"));
        Assert.Equal(head, Git("rev-parse", "HEAD"));
        Assert.Equal("this is not a valid file {", File.ReadAllText(Path.Combine(_repository, "rounds", "us-japan.agr")));
    }

    [Fact]
    public void An_unknown_revision_a_bad_range_or_no_repository_is_a_usage_error_with_a_message()
    {
        var unknown = Diff(_repository, "--git", "v1..v9");
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
        Assert.Contains("unknown revision 'v9'", unknown.Stderr);
        Assert.Equal("", unknown.Stdout);

        var option = Diff(_repository, "--git", "--output=x..v2");
        Assert.Equal(ExitCodes.Usage, option.ExitCode);

        foreach (var range in new[] { "v1", "v1..", "..v2", "v1...v2" })
        {
            var bad = Diff(_repository, "--git", range);
            Assert.Equal(ExitCodes.Usage, bad.ExitCode);
            Assert.Contains("OLD..NEW", bad.Stderr);
        }

        var nothing = Diff(_repository, "--git", "v1..v2", "no-such-folder");
        Assert.Equal(ExitCodes.Usage, nothing.ExitCode);
        Assert.Contains("no .agr file in v1 under no-such-folder", nothing.Stderr);

        var outside = Directory.CreateTempSubdirectory("agr-no-git-").FullName;
        try
        {
            var result = Diff(outside, "--git", "v1..v2");
            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("not inside a git repository", result.Stderr);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Without_git_on_the_PATH_the_message_says_so()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "dotnet")).First(File.Exists);
        var empty = Directory.CreateTempSubdirectory("agr-empty-path-").FullName;
        try
        {
            var info = Agr.StartInfo(_repository, dotnet, [Path.Combine(AppContext.BaseDirectory, "agr.dll"), "diff", "--git", "v1..v2"]);
            info.Environment["PATH"] = empty;
            info.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(dotnet);
            using var process = Process.Start(info)!;
            _ = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000));
            Assert.Equal(ExitCodes.Usage, process.ExitCode);
            Assert.Contains("git is not installed, or not on the PATH", error);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
