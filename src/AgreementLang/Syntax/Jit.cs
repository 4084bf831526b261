using System.Runtime.CompilerServices;

namespace AgreementLang.Syntax;

/// <summary>The hot paths of the parser (token primitives, combinators, scanning) are compiled fully optimised on
/// first call instead of going through the JIT's quick first tier. Inside the C# compiler every build is a fresh
/// process that parses a few hundred kilobytes and exits, mostly before tiered compilation has promoted anything,
/// and on a busy machine the background promotion is starved; those few dozen methods carry almost all of the
/// parse. The flag is <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name.</summary>
internal static class Jit
{
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
