using System.Text.RegularExpressions;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Architecture;

/// <summary>.ci/run runs the tests that start agr as a program a second time, against the installed natively compiled
/// agr (<c>AGR_EXECUTABLE</c>, filter <c>Runs=agr</c>). A test file that starts agr without the trait would be left
/// out of that run silently; this finds it.</summary>
public sealed class ProcessTraitTests
{
    [Fact]
    public void Every_test_class_that_starts_agr_carries_the_Runs_agr_trait()
    {
        var folder = Repository.PathOf("tests/AgreementLang.Tests");
        var missing = new List<string>();
        var found = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal) || relative == "Infrastructure/Agr.cs")
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (!Regex.IsMatch(text, @"\bAgr\.(Run|Start|RunUnprivileged)\("))
            {
                continue;
            }

            found++;
            if (!text.Contains("[Trait(\"Runs\", \"agr\")]", StringComparison.Ordinal))
            {
                missing.Add(relative);
            }
        }

        Assert.True(found >= 10, $"only {found} test files start agr: is the pattern still right?");
        Assert.True(missing.Count == 0, "start agr without [Trait(\"Runs\", \"agr\")]: " + string.Join(", ", missing));
    }
}
