//! Benefits that interact with wages, one module per benefit, each reading its own
//! parameter file `rules/params/formaner/<area>.toml`.
//!
//! Benefit parameters are timelines, not yearly snapshots: amounts change on different days
//! (prisbasbelopp on 1 January, aktivitetsstöd on
//! 2025-10-01), so every value carries its own `from` date and legal reference, and a rule
//! asks for the value in force in the month it computes.

pub mod aktivitetsersattning;
pub mod aktivitetsstod;
pub mod arbete;
pub mod barnbidrag;
pub mod bostadsbidrag;
pub mod bostadstillagg;
pub mod forsorjningsstod;
pub mod jobbpremie;
pub mod sjukpenning;

pub use crate::motor::{Manad, OmradeMeta, Status, Tidslinje, Utfall, Varde};
