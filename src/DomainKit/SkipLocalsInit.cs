// Stack buffers (stackalloc) are scratch space written before they are read: not clearing them saves the time of
// zeroing hundreds of bytes on every escaped string or formatted number.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
