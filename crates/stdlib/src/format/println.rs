//! The print/println builtins' formats.
