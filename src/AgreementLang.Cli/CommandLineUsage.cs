using System.CommandLine;
using System.Text.RegularExpressions;

namespace AgreementLang.Cli;

/// <summary>What System.CommandLine does not do for us: an unknown option or command is an error with a
/// did-you-mean ("unknown option '--fromat'; did you mean '--format'?"), never taken as a path; and
/// <c>--warnaserror</c> takes codes only, so that <c>--warnaserror examples</c> checks the folder examples.</summary>
public static class CommandLineUsage
{
    /// <summary>The first unknown option or command in <paramref name="args"/>, as a message, or null. Tokens after
    /// <c>--</c> are arguments; <c>-</c> is a path (standard input); a value that follows an option which takes one
    /// is not looked at.</summary>
    public static string? FindError(RootCommand root, IReadOnlyList<string> args)
    {
        Command command = root;
        var global = root.Options.ToList();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                return null;
            }

            if (token.Length > 1 && token[0] == '-')
            {
                var cut = token.IndexOfAny(new[] { '=', ':' });
                var name = cut > 0 ? token.Substring(0, cut) : token;
                var options = command.Options.Concat(global.Where(o => o.Recursive || command == root)).ToList();
                var option = options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
                if (option is null)
                {
                    var suggestion = Suggest(name, options.Where(o => !o.Hidden).Select(o => o.Name));
                    return $"unknown option '{name}'" +
                           (suggestion.Length > 0 ? suggestion : $"; run 'agr {(command == root ? "" : command.Name + " ")}--help' for the options");
                }

                if (cut < 0 && option.Arity.MaximumNumberOfValues > 0 && option.Arity.MinimumNumberOfValues > 0)
                {
                    i++;
                }

                continue;
            }

            if (command.Subcommands.FirstOrDefault(c => c.Name == token || c.Aliases.Contains(token)) is { } sub)
            {
                command = sub;
                continue;
            }

            if (command.Subcommands.Count > 0 && command.Arguments.Count == 0)
            {
                var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
                var suggestion = Suggest(token, names);
                return $"unknown command '{token}'" +
                       (suggestion.Length > 0 ? suggestion : $"; the commands are {string.Join(", ", names)}");
            }
        }

        return null;
    }

    private static readonly Regex Codes = new(@"^AGR[0-9]+([,;]AGR[0-9]+)*[,;]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Rewrites <c>--warnaserror</c> with the codes that follow it (<c>AGR301,AGR310</c> or
    /// <c>AGR301 AGR310</c>) into <c>--warnaserror=AGR301,AGR310</c>, and a bare one into <c>--warnaserror=*</c>.</summary>
    public static string[] Normalise(IReadOnlyList<string> args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                result.AddRange(args.Skip(i));
                break;
            }

            if (args[i] != CheckOptions.WarnAsErrorName)
            {
                result.Add(args[i]);
                continue;
            }

            var codes = new List<string>();
            while (i + 1 < args.Count && Codes.IsMatch(args[i + 1]))
            {
                codes.Add(args[++i].TrimEnd(',', ';'));
            }

            result.Add(CheckOptions.WarnAsErrorName + "=" + (codes.Count == 0 ? CheckOptions.AllWarnings : string.Join(",", codes)));
        }

        return result.ToArray();
    }

    /// <summary>"; did you mean 'X'?" for the closest candidate within a few edits, else "".</summary>
    public static string Suggest(string typed, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(typed.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, Math.Min(3, c.Name.TrimStart('-').Length / 3)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is null ? "" : $"; did you mean '{best.Name}'?";
    }

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and transpositions of two
    /// neighbours each count one ('fromat' is one edit from 'format').</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
