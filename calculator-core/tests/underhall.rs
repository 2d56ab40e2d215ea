//! Underhållsstöd entered for the household (`household.underhall_per_manad`): money to live
//! on in every month, with or without försörjningsstöd, and an income försörjningsstöd counts
//! in full (SoL 12 kap. 1 §; rules-benefits.md §9: "underhållsbidrag" is among the incomes
//! counted), so that with försörjningsstöd paid the household has the same money either way.

use calculator_core::{evaluate, parse_scenario, Decimal, KomponentId};

fn scenario(underhall: u32, fs: bool) -> calculator_core::Scenario {
    let fs = if fs {
        r#", "forsorjningsstod": {"jobbstimulans": {"manader_med_fs_i_folj": 0}}"#
    } else {
        ""
    };
    parse_scenario(&format!(
        r#"{{"schema_version": 1, "year": 2026, "month": 3, "kommun": "Göteborg",
            "people": [{{"birth_year": 1994, "income_per_month": {{"lon": 9000}}}}],
            "household": {{"boendekostnad_per_manad": 7000, "underhall_per_manad": {underhall},
                          "children": [{{"age": 6}}]{fs}}}}}"#
    ))
    .expect("a valid scenario")
}

#[test]
fn underhallsstod_is_money_to_live_on_without_forsorjningsstod() {
    let med = evaluate(&scenario(1823, false)).unwrap();
    let utan = evaluate(&scenario(0, false)).unwrap();
    let k = med
        .manad
        .komponent(KomponentId::Underhall, None)
        .expect("a component");
    assert_eq!(k.per_manad, Decimal::from(1823));
    assert!(utan.manad.komponent(KomponentId::Underhall, None).is_none());
    assert_eq!(
        med.manad.disponibel_inkomst - utan.manad.disponibel_inkomst,
        Decimal::from(1823)
    );
}

#[test]
fn forsorjningsstod_counts_underhallsstod_as_income_once() {
    let med = evaluate(&scenario(1823, true)).unwrap();
    let utan = evaluate(&scenario(0, true)).unwrap();
    let fs = |r: &calculator_core::ScenarioResult| r.manad.summa(KomponentId::Forsorjningsstod);
    // The household's need is not covered by 9 000 kr of wages: försörjningsstöd is paid in
    // both, and 1 823 kr less with the underhållsstöd counted.
    assert!(fs(&med) > Decimal::ZERO);
    assert_eq!(fs(&utan) - fs(&med), Decimal::from(1823));
    assert_eq!(med.manad.disponibel_inkomst, utan.manad.disponibel_inkomst);
}
