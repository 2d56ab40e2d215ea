//! The country-neutral kernel of the rules: calendar months, parameters as dated timelines,
//! piecewise schedules, the explanation trace, and a rule's outcome with its status. Nothing
//! here names a law; `formaner/` and `skatt/` hold the Swedish law and use these.

pub mod manad;
pub mod spar;
pub mod styckvis;
pub mod tidslinje;
pub mod utfall;

pub use manad::Manad;
pub use spar::{input, kr, kr_enhet, Enhet, Input, ParamUse, Step, Trace};
pub use styckvis::{Basis, Piece};
pub use tidslinje::{OmradeMeta, Tidslinje, Varde};
pub use utfall::{Status, Utfall};
