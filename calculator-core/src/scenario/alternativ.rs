//! Alternatives to compare with today, and sweeps for charts.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Most alternatives besides today.
pub const MAX_ALTERNATIV: usize = 4;
/// Most points in a sweep.
pub const MAX_SWEEP_PUNKTER: usize = 401;

/// One alternative to compare: changes to the baseline as JSON merge patches (RFC 7396) of
/// individual people (by index) and of the household.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternativ {
    pub label: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub people: BTreeMap<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub household: Option<serde_json::Value>,
}

/// A sweep for charts: over working hours (at the job's hourly wage) or monthly salary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SweepSpec {
    /// Index of the person whose job varies.
    #[serde(default)]
    pub person: usize,
    /// `hours` (0–80 per week) or `monthly_salary`.
    pub over: SweepOver,
    pub from: Decimal,
    pub to: Decimal,
    pub step: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SweepOver {
    Hours,
    MonthlySalary,
}
