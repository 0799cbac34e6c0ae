//! fmt's printf machinery.
