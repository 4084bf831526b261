using System.Reflection;

namespace AgreementLang.Trimming;

/// <summary>Why agr's reflection over its own types is safe in the native (trimmed, ahead-of-time compiled) build
/// of agr: the justification every such suppression gives, and the one fallback the native build needs.</summary>
internal static class NativeBuild
{
    public const string OwnTypes = "agr's assemblies are roots of its native build (TrimmerRootAssembly in src/AgreementLang.Cli), " +
                                   "so every member of their types is kept; this reflects over agr's own types only.";

    /// <summary>The order in which a type declares its properties: by metadata token where the runtime has one (the
    /// JIT-compiled runtime); the native runtime has none, and there reflection lists a type's own properties in
    /// the order of its metadata already, which ordering by a constant keeps (the sort is stable).</summary>
    public static int DeclarationOrder(MemberInfo member) =>
#if NET
        member.HasMetadataToken() ? member.MetadataToken : 0;
#else
        member.MetadataToken;
#endif
}
