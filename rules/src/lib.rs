//! Swedish tax and benefit law as code.
//!
//! Parameters are data (dated timelines in `params/`, each value with its legal reference,
//! source and verification date); the rules are small pure functions, one module per area of
//! law, in the order the paragraphs apply. No I/O, no wasm-specific code.

pub mod avrundning;
pub mod formaner;
mod inbyggt;
pub mod kontroll;
pub mod motor;
pub mod params;
pub mod ruleset;
pub mod skatt;
pub mod skattetabell;
pub mod trace;

pub use ruleset::{ruleset, supported_years, Kommun, Ruleset, RulesetError};
