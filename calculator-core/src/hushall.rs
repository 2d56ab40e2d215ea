//! The household month's public names, where the CLI, the web app and the tests find them:
//! the result types and the evaluation (`crate::manad`, in named stages), and the scenario's
//! input blocks (`crate::scenario`).

pub use crate::manad::{
    alder_i_manad, evaluate_month, evaluate_month_with, Komponent, Manadsresultat, Regelnotis,
};
pub use crate::scenario::{
    AktivitetsersattningInput, AktivitetsstodForm, AktivitetsstodInput, Alternativ, BarnInput,
    ForsorjningsstodInput, HushallInput, JobbInput, JobbpremieInput, SjukpenningInput, SweepOver,
    SweepSpec,
};
