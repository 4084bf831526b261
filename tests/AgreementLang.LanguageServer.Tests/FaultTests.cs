namespace AgreementLang.LanguageServer.Tests;

/// <summary>Documents of any content and requests that cannot be answered: the server answers each with a result or
/// an LSP error and is still serving afterwards.</summary>
public sealed class FaultTests
{
    [Theory]
    [InlineData("binary")]
    [InlineData("nested")]
    [InlineData("huge")]
    public async Task Any_content_is_diagnosed_without_crashing_or_hanging(string kind)
    {
        var text = kind switch
        {
            "binary" => new string(Enumerable.Range(0, 65_536).Select(i => (char)((i * 7919) % 0xD800)).ToArray()),
            "nested" => "zone Z {\n" + new string('{', 100_000) + new string('}', 100_000) + "\n}\n",
            _ => string.Concat(Enumerable.Repeat("// a line of fifty characters, padded to the length\n", 1_000_000)),
        };
        await using var client = await LspClient.StartAsync(null);
        var uri = "untitled:" + kind;
        await client.OpenAsync(uri, text);
        var published = await client.DiagnosticsAsync(uri);
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        // Binary text is not AgreementLang, the nesting is too deep, and 52 MB is over the parser's limit (AGR012).
        Assert.True(published.GetProperty("diagnostics").GetArrayLength() > 0);

        // Every request on it is answered, with a result or an error, and the server serves on.
        foreach (var method in new[] { "textDocument/hover", "textDocument/completion", "textDocument/definition" })
        {
            await client.RequestAsync(method, LspClient.At(uri, 0, 3));
        }

        await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } });
        await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        await AssertAliveAsync(client);
    }

    [Fact]
    public async Task Positions_past_the_end_unknown_documents_and_methods_get_answers()
    {
        var path = Repository.Path("examples", "forge", "us-japan.agr");
        var uri = LspClient.Uri(path);
        await using var client = await LspClient.StartAsync(Repository.Path("examples", "forge"));
        await client.OpenAsync(uri, File.ReadAllText(path));

        await client.RequestAsync("textDocument/hover", LspClient.At(uri, 100_000, 100_000));
        await client.RequestAsync("textDocument/completion", LspClient.At(uri, 5, 100_000));
        await client.RequestAsync("textDocument/definition", LspClient.At(uri, -1, -1));
        await client.EditAsync(uri, 2, 9_999, 0, 10_000, 5, "// appended past the end\n");

        var unknown = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/hover", LspClient.At("file:///nowhere/else.agr", 0, 0)));
        Assert.Equal(-32803, unknown.ErrorCode);
        var method = await Assert.ThrowsAsync<StreamJsonRpc.RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/noSuchThing", new { }));
        Assert.Equal(-32601, (int)method.ErrorCode);

        await AssertAliveAsync(client);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    private static async Task AssertAliveAsync(LspClient client)
    {
        var uri = "untitled:alive";
        await client.OpenAsync(uri, "zone Z \"alive\" {\n  members US, JP\n}\n");
        var hover = await client.RequestAsync("textDocument/hover", LspClient.At(uri, 1, 11));
        Assert.Contains("United States", hover.GetProperty("contents").GetProperty("value").GetString());
        Assert.False(client.HasExited, client.StandardError);
    }
}
