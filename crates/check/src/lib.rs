//! The Go type checker: scopes, types, untyped constants, method sets, and Go's compile errors.
