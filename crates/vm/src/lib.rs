//! The compiler from checked Go to slot code, and the stackless machine that runs it: heap, GC, gas.
