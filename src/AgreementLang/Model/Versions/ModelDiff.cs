using System.Collections.Immutable;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using AgreementLang.Text;
using AgreementLang.Trimming;

namespace AgreementLang.Model.Versions;

/// <summary>
/// The typed differences between two versions of a set (two negotiation rounds): declarations matched by name,
/// an agreement's terms matched by <see cref="AgreementTerm.Key"/> (the key an amendment replaces or removes by),
/// matched things compared field by field. Reflection over the records' data, as in <see cref="StructuralDump"/>,
/// so a field added to the model on another branch is compared without anyone remembering to. Places in the source
/// (a moved line, a comment) are never a change, and neither is the order of clauses, parties or list items: two
/// sets that <see cref="StructuralDump.Equal"/> calls equal have no change, and sets with no change differ at most
/// in order. Here so that the CLI, a protocol generator and the language server share one comparison.
/// </summary>
public static class ModelDiff
{
    /// <summary>Fields a diff leaves out: a zone's listings repeat its member lists with places.</summary>
    private static readonly HashSet<string> Repeated = new(StringComparer.Ordinal) { "Listings" };

    public static IReadOnlyList<ModelChange> Compare(AgreementSet before, AgreementSet after)
    {
        var changes = new List<ModelChange>();
        Declarations(changes, before.Zones, after.Zones, z => "zone " + z.Name);
        Declarations(changes, before.Facilities, after.Facilities, f => "facility " + f.Name);
        Declarations(changes, before.Producers, after.Producers, p => "producer " + p.Name);
        Declarations(changes, before.Institutions, after.Institutions, i => "institution " + i.Name);
        Declarations(changes, before.Stockpiles, after.Stockpiles, s => "stockpile " + s.Name);
        Declarations(changes, before.Minerals, after.Minerals, m => "mineral " + m.Code);
        Declarations(changes, before.Lines, after.Lines, l => "line " + l.Country + " " + l.Code);
        Declarations(changes, before.Agreements, after.Agreements, a => a.Name);
        Declarations(changes, before.Amendments, after.Amendments, a => a.Name);

        return changes;
    }

    private static void Declarations<T>(List<ModelChange> changes, ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> name)
        where T : class
    {
        var (pairs, removed) = Match(before, after, name);
        foreach (var (old, @new) in pairs)
        {
            var subject = name(@new);
            if (old is null)
            {
                changes.Add(new ModelChange(ChangeKind.Added, subject, subject, null, null, ValueText.Of(@new), null, null, LocationOf(@new)));
            }
            else
            {
                Record(changes, new Scope(subject, old, @new), subject, old, @new);
            }
        }

        foreach (var old in removed)
        {
            var subject = name(old);
            changes.Add(new ModelChange(ChangeKind.Removed, subject, subject, null, ValueText.Of(old), null, null, LocationOf(old), null));
        }
    }

    /// <summary>What a comparison needs of the declaration it is inside: its name, for grouping, and both versions,
    /// for the places of additions and removals and for the period a term inherits.</summary>
    private sealed record Scope(string Declaration, object Old, object New)
    {
        public Period OldPeriod => PeriodOf(Old);

        public Period NewPeriod => PeriodOf(New);

        private static Period PeriodOf(object container) => container switch
        {
            Agreement agreement => agreement.Period,
            Amendment amendment => new Period(amendment.From, null),
            _ => Period.Always,
        };
    }

    /// <summary>Pairs the items of two lists by key, in order for repeated keys: every item of
    /// <paramref name="after"/> with its counterpart (null when added), and the items of <paramref name="before"/>
    /// left over (removed), in their order.</summary>
    private static (List<(T? Old, T New)> Pairs, List<T> Removed) Match<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key)
        where T : class
    {
        var queues = new Dictionary<string, Queue<T>>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            if (!queues.TryGetValue(key(item), out var queue))
            {
                queues[key(item)] = queue = new Queue<T>();
            }

            queue.Enqueue(item);
        }

        var matched = new HashSet<T>(ReferenceEqualityComparer<T>.Instance);
        var pairs = new List<(T? Old, T New)>();
        foreach (var item in after)
        {
            T? old = null;
            if (queues.TryGetValue(key(item), out var queue) && queue.Count > 0)
            {
                old = queue.Dequeue();
                matched.Add(old);
            }

            pairs.Add((old, item));
        }

        return (pairs, before.Where(b => !matched.Contains(b)).ToList());
    }

    /// <summary>Compares two versions of one record field by field.</summary>
    private static void Record(List<ModelChange> changes, Scope scope, string subject, object old, object @new)
    {
        foreach (var property in ValueText.Fields(@new.GetType()))
        {
            if (Repeated.Contains(property.Name))
            {
                continue;
            }

            var before = property.GetValue(old);
            var after = property.GetValue(@new);
            if (StructuralDump.Equal(before, after))
            {
                continue;
            }

            if (before is ImmutableArray<AgreementTerm> oldTerms && after is ImmutableArray<AgreementTerm> newTerms)
            {
                Terms.Compare(changes, scope, subject, oldTerms, newTerms);
            }
            else if (before is IEnumerable oldItems and not string && after is IEnumerable newItems and not string)
            {
                Items(changes, scope, subject + " " + ValueText.Item(property.Name), old, @new, oldItems.Cast<object>(), newItems.Cast<object>());
            }
            else
            {
                changes.Add(Field(scope, subject, property.Name, before, after,
                    FieldLocation(old, property.Name) ?? LocationOf(old), FieldLocation(@new, property.Name) ?? LocationOf(@new)));
            }
        }
    }

    /// <summary>A changed field; a text of several words gets a word diff.</summary>
    private static ModelChange Field(Scope scope, string subject, string name, object? before, object? after, Location? oldPlace, Location? newPlace)
    {
        var wordDiff = before is string x && after is string y && (x.IndexOf(' ') >= 0 || y.IndexOf(' ') >= 0) ? WordDiff.Of(x, y) : null;
        return new ModelChange(ChangeKind.Changed, scope.Declaration, subject, ValueText.Words(name), ValueText.Of(before), ValueText.Of(after), wordDiff,
            oldPlace ?? LocationOf(scope.Old), newPlace ?? LocationOf(scope.New));
    }

    /// <summary>The items of a list: codes (members, parties of a ban) by themselves, records (parties, reference
    /// prices, capacities…) by their first field.</summary>
    private static void Items(List<ModelChange> changes, Scope scope, string label, object oldOwner, object newOwner, IEnumerable<object> before, IEnumerable<object> after)
    {
        Func<object, string> key = item => item is string code ? code : ValueText.Of(ValueText.Fields(item.GetType())[0].GetValue(item));
        var (pairs, removed) = Match(before, after, key);
        foreach (var (old, @new) in pairs)
        {
            var subject = label + " " + key(@new);
            if (old is null)
            {
                changes.Add(new ModelChange(ChangeKind.Added, scope.Declaration, subject, null, null, ValueText.Of(@new), null, LocationOf(oldOwner), ItemLocation(newOwner, @new)));
            }
            else if (old is not string)
            {
                Record(changes, scope, subject, old, @new);
            }
        }

        foreach (var old in removed)
        {
            changes.Add(new ModelChange(ChangeKind.Removed, scope.Declaration, label + " " + key(old), null, ValueText.Of(old), null, null,
                ItemLocation(oldOwner, old), LocationOf(newOwner)));
        }
    }

    /// <summary>Where a list item is stated: its own place, a zone's listing of a code, else its owner's.</summary>
    private static Location? ItemLocation(object owner, object item) =>
        LocationOf(item) ??
        (owner is Zone zone && item is string code ? zone.Listings.FirstOrDefault(l => l.Code == code)?.Location : null) ??
        LocationOf(owner);

    /// <summary>Where an agreement states a field (its <see cref="AgreementClauses"/>), else null (the container's place is used).</summary>
    private static Location? FieldLocation(object record, string field)
    {
        if (record is not Agreement { Clauses: { } clauses })
        {
            return null;
        }

        var clause = field switch
        {
            "Place" => "Signed",
            "WithdrawalNotice" => "Withdrawal",
            _ => field,
        };
        return typeof(AgreementClauses).GetProperty(clause)?.GetValue(clauses) as Location;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = NativeBuild.OwnTypes)]
    internal static Location? LocationOf(object? record) =>
        record?.GetType().GetProperty("Location", BindingFlags.Public | BindingFlags.Instance)?.GetValue(record) as Location;

    private sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceEqualityComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>The terms of an agreement or amendment, matched by key.</summary>
    private static class Terms
    {
        public static void Compare(List<ModelChange> changes, Scope scope, string owner, ImmutableArray<AgreementTerm> before, ImmutableArray<AgreementTerm> after)
        {
            var (pairs, removed) = Match(before, after, t => t.Key);
            PairEditedObligations(pairs, removed);
            foreach (var (old, @new) in pairs)
            {
                if (old is null)
                {
                    changes.Add(new ModelChange(ChangeKind.Added, scope.Declaration, owner + " " + Clause(@new), null, null, ValueText.Of(@new), null,
                        LocationOf(scope.Old), @new.Location));
                }
                else
                {
                    Term(changes, scope, owner + " " + Clause(old), old, @new);
                }
            }

            foreach (var old in removed)
            {
                changes.Add(new ModelChange(ChangeKind.Removed, scope.Declaration, owner + " " + Clause(old), null, ValueText.Of(old), null, null,
                    old.Location, LocationOf(scope.New)));
            }
        }

        /// <summary>The clause as <c>remove</c> names it: the language's own key in its own words.</summary>
        private static string Clause(AgreementTerm term) => Removal.Of(term, term.Location).Clause;

        /// <summary>An obligation's key is its text, so an edited text leaves one removed and one added obligation;
        /// those of the same parties are taken, in order, as one obligation whose text changed (shown word by word).</summary>
        private static void PairEditedObligations(List<(AgreementTerm? Old, AgreementTerm New)> pairs, List<AgreementTerm> removed)
        {
            for (var i = 0; i < pairs.Count; i++)
            {
                if (pairs[i].Old is not null || pairs[i].New is not Obligation added)
                {
                    continue;
                }

                var parties = string.Join(",", added.Parties);
                var index = removed.FindIndex(r => r is Obligation o && string.Join(",", o.Parties) == parties);
                if (index >= 0)
                {
                    pairs[i] = (removed[index], added);
                    removed.RemoveAt(index);
                }
            }
        }

        private static void Term(List<ModelChange> changes, Scope scope, string subject, AgreementTerm old, AgreementTerm @new)
        {
            if (old.GetType() != @new.GetType())
            {
                // One key, two kinds (not produced by today's keys): the whole clause is replaced.
                changes.Add(new ModelChange(ChangeKind.Changed, scope.Declaration, subject, "clause", ValueText.Of(old), ValueText.Of(@new), null, old.Location, @new.Location));
                return;
            }

            foreach (var property in ValueText.Fields(@new.GetType()))
            {
                var before = property.GetValue(old);
                var after = property.GetValue(@new);
                if (Derived(property.Name, old, @new, scope, out var differs))
                {
                    if (differs)
                    {
                        changes.Add(Field(scope, subject, property.Name, before, after, old.Location, @new.Location));
                    }

                    continue;
                }

                if (!StructuralDump.Equal(before, after))
                {
                    changes.Add(Field(scope, subject, property.Name, before, after, old.Location, @new.Location));
                }
            }
        }

        /// <summary>Fields the binder computes from others: a term's period is the agreement's unless the clause
        /// states dates, and an obligation's due date follows from its deadline. A new entry into force moves them
        /// all, and that is one change (of the agreement), not one per clause. True when <paramref name="field"/> is
        /// such a field, with <paramref name="differs"/> saying whether the clause itself changed it.</summary>
        private static bool Derived(string field, AgreementTerm old, AgreementTerm @new, Scope scope, out bool differs)
        {
            differs = false;
            switch (field)
            {
                case "Period":
                    // A term with a duration ('for 10 years') has the period that duration gives, a tariff staged from a
                    // date starts then: the duration or the staging is compared, and reported, instead.
                    if ((Duration(old) is not null && Duration(@new) is not null) ||
                        (old is TariffCommitment x && @new is TariffCommitment y && !StructuralDump.Equal(x.Staging, y.Staging)))
                    {
                        return true;
                    }

                    differs = Relative(old.Period, scope.OldPeriod) != Relative(@new.Period, scope.NewPeriod);
                    return true;
                case "DueDate" when old is Obligation a && @new is Obligation b:
                    differs = a.Within is null && b.Within is null && a.DueDate != b.DueDate;
                    return true;
                default:
                    return false;
            }
        }

        [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = NativeBuild.OwnTypes)]
        private static object? Duration(AgreementTerm term) => term.GetType().GetProperty("For")?.GetValue(term);

        /// <summary>A period with each end that is the container's written as such.</summary>
        private static string Relative(Period period, Period container) =>
            (period.From == container.From ? "=" : period.From is { } from ? Dates.Iso(from) : "open") + ".." +
            (period.Until == container.Until ? "=" : period.Until is { } until ? Dates.Iso(until) : "open");
    }
}
