using System.Collections.Immutable;
using AgreementLang.Rendering.Templates;

namespace AgreementLang.Rendering.Tests;

/// <summary>Templates read agr's views through <see cref="ViewDescriptors"/> (the natively compiled agr cannot use
/// Handlebars' own accessors): properties of value and reference types, nested views, lists walked by <c>#each</c> with
/// <c>@index</c>, <c>@first</c> and <c>@last</c>, a list's <c>length</c>, its own properties (Length, Count, IsEmpty,
/// as Handlebars reads them) and an element by index, and an empty list
/// as false. The golden drafts run through the same descriptors; these pin the features a house style may use
/// that the default templates do not.</summary>
public sealed class ViewDescriptorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agr-views-");

    public sealed record Item(string Name, bool Flag, int Rank, Item? Next);

    public sealed record View(string Title, int Count, ImmutableArray<Item> Items, IReadOnlyList<string> Words, ImmutableArray<Item> None, List<int> Listed);

    private static readonly View Sample = new(
        "Floors", 2,
        [new Item("NdPr oxide", true, 1, new Item("Dy oxide", false, 3, null)), new Item("NdPr metal", false, 2, null)],
        ["shall", "may"],
        [],
        [1, 2, 3]);

    [Theory]
    [InlineData("{{Title}} {{Count}}", "Floors 2")]
    [InlineData("{{#each Items}}{{@index}}:{{Name}}={{Flag}}/{{Rank}}{{#if Next}}>{{Next.Name}}{{/if}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}};{{/each}}",
        "0:NdPr oxide=True/1>Dy oxide first;1:NdPr metal=False/2 last;")]
    [InlineData("{{Items.length}} {{Items.[1].Name}} {{Words.[0]}}", "2 NdPr metal shall")]
    [InlineData("{{#each Words}}[{{this}}]{{/each}}", "[shall][may]")]
    [InlineData("{{Items.Length}} {{Items.IsEmpty}} {{None.IsEmpty}} {{Listed.Count}}", "2 False True 3")]
    [InlineData("{{#if None}}some{{else}}none{{/if}} {{#each None}}x{{else}}empty{{/each}}", "none empty")]
    public void A_template_reads_views_through_agrs_own_descriptors(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    [Theory]
    [InlineData(typeof(View), true)]
    [InlineData(typeof(ImmutableArray<Item>), true)]
    [InlineData(typeof(List<string>), true)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(Dictionary<string, Item>), false)]
    [InlineData(typeof(DateOnly), false)]
    public void Agrs_views_and_every_list_are_described_dictionaries_and_framework_values_are_left_to_Handlebars(Type type, bool described)
    {
        Assert.Equal(described, ViewDescriptors.Instance.TryGetDescriptor(type, out _));
    }

    [Fact]
    public void An_unknown_property_is_still_an_error()
    {
        var error = Assert.ThrowsAny<Exception>(() => Render("{{Missing}}"));
        Assert.Contains("Missing", error.Message, StringComparison.Ordinal);
    }

    private string Render(string template)
    {
        const string name = "obligations.deadline.hbs";
        File.WriteAllText(Path.Combine(_folder.FullName, name), template);
        return TemplateSet.Load(_folder.FullName, [name]).RenderText(name, Sample);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
