using System.Runtime.CompilerServices;

namespace AgreementLang.Syntax;

/// <summary>The hot paths of the parser (token primitives, combinators, scanning) are compiled fully optimised on
/// first call instead of going through the JIT's quick first tier. Inside the C# compiler every build is a fresh
/// process that parses a few hundred kilobytes and exits, mostly before tiered compilation has promoted anything,
/// and on a busy machine the background promotion is starved; those few dozen methods carry almost all of the
/// parse. The flag is <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name. Only the
/// analyzer's netstandard2.0 build sets it (see below).</summary>
internal static class Jit
{
#if NETSTANDARD2_0
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
#else
    // The CLI is published ReadyToRun, and ReadyToRun leaves every AggressiveOptimization method out of its
    // precompiled code: each would be compiled by the JIT at every start, which costs the one-file check more than
    // it gains. Precompiled code is already optimised; tiering promotes the hot parts of long runs.
    public const MethodImplOptions Optimized = 0;
#endif
}
