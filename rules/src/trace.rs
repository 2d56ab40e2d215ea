//! The explanation trace: the kernel's (`motor::spar`), with the constructors of a
//! [`ParamUse`] for the tax year files' parameters.

pub use crate::motor::spar::{input, kr, kr_enhet, Enhet, Input, ParamUse, Step, Trace};
use crate::params::{Piecewise, Provenance, Scalar};

impl ParamUse {
    pub fn scalar(key: &str, s: &Scalar) -> Self {
        let value = match s.basis {
            Some(b) => format!("{} × {b:?}", s.value.normalize()).to_lowercase(),
            None => format!("{} {}", s.value.normalize(), s.provenance.unit),
        };
        Self::with(key, value, &s.provenance)
    }

    pub fn piecewise(key: &str, p: &Piecewise, applied: String) -> Self {
        Self::with(key, applied, &p.provenance)
    }

    fn with(key: &str, value: String, p: &Provenance) -> Self {
        ParamUse {
            key: key.to_string(),
            name: p.name.clone(),
            value,
            reference: p.reference.clone(),
            source: p.source.clone(),
            verified_on: p.verified_on.clone(),
        }
    }
}
