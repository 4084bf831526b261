#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Diagnostic messages are interpolated strings with their own handler (Diagnostics/MessageText.cs), which needs
// this attribute; netstandard2.0 lacks it.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerAttribute : Attribute
{
}
#endif
