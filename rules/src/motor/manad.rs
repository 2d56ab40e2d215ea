//! A calendar month, the unit every benefit is computed in.

use serde::{Deserialize, Serialize};

/// A calendar month: benefits are computed per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Manad {
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

impl Manad {
    pub fn new(year: i32, month: u32) -> Self {
        Manad { year, month }
    }
    /// The first day as `YYYY-MM-01`, for comparing with `from` dates.
    pub fn first_day(&self) -> String {
        format!("{:04}-{:02}-01", self.year, self.month)
    }
    /// Calendar days in the month (sjukpenning is paid for every day, SFB 28 kap. 3 §).
    pub fn dagar(&self) -> u32 {
        match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ => {
                let leap = (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0;
                if leap {
                    29
                } else {
                    28
                }
            }
        }
    }
}

impl std::fmt::Display for Manad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_month() {
        assert_eq!(Manad::new(2024, 2).dagar(), 29);
        assert_eq!(Manad::new(2026, 2).dagar(), 28);
        assert_eq!(Manad::new(2026, 4).dagar(), 30);
        assert_eq!(Manad::new(2026, 12).dagar(), 31);
    }
}
