//! Shared by the property tests.
#![allow(dead_code)]

pub mod lagen;

use rust_decimal::Decimal;

/// xorshift64*: small, deterministic (a failure repeats), good enough to spread inputs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn chance(&mut self, in_n: u64) -> bool {
        self.below(in_n) == 0
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
    /// An amount in kronor and öre, often zero, mostly in the range people have.
    pub fn amount(&mut self) -> Decimal {
        match self.below(4) {
            0 => Decimal::ZERO,
            1 => Decimal::new(self.below(5_000_000) as i64, 2),
            2 => Decimal::from(self.below(80_001)),
            _ => Decimal::from(self.below(1_000_001)),
        }
    }
}
