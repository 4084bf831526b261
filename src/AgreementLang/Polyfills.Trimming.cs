#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// The analyzer's netstandard2.0 build lacks the attribute with which the reflection over agr's own types tells the
// native (trimmed) build of agr why it is safe; only the net10.0 build is ever trimmed.
[AttributeUsage(AttributeTargets.All, Inherited = false, AllowMultiple = true)]
internal sealed class UnconditionalSuppressMessageAttribute(string category, string checkId) : Attribute
{
    public string Category { get; } = category;

    public string CheckId { get; } = checkId;

    public string? Justification { get; set; }
}
#endif
