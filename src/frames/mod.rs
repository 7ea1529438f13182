//! Multi-year budget frames (budgetramar), their rules and the balance
//! requirement (balanskrav).
