//! fmt's rendering of leaf values.
