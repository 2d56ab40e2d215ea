//! Properties of the plan's year-end (docs/pipeline.md, "The year-end"):
//! - a full calendar year of identical months with one payer: what the payer withholds by
//!   Skatteverket's monthly table differs from the final tax only by how the table is built
//!   (the top of the income band, a rounded rate, öre dropped), within the bound below;
//! - the same year's preliminary bostadsbidrag settles with nothing paid or paid back: the
//!   preliminary monthly amount is the yearly bidrag / 12 rounded down to hundreds (SFB 98 kap.
//!   4 §), so the final is higher by less than 12 × 100 = 1 200 kr, which 98 kap. 6 § andra
//!   stycket neither pays out nor reclaims;
//! - a year the plan does not cover whole, a year with two payers and no main one named, and
//!   sjukpenning's withholding are said to be so, never computed from a guess.

use calculator_core::plan::{
    Avdragsmetod, Avstamningsstatus, Bostadsbidragsutfall, PlanResultat, Skatteavstamning,
};
use calculator_core::{evaluate, parse_scenario, Decimal};
use rust_decimal_macros::dec;
use serde_json::{json, Value};

fn plan_of(v: &Value) -> PlanResultat {
    let s = parse_scenario(&v.to_string()).unwrap_or_else(|e| panic!("{e}\n{v}"));
    evaluate(&s)
        .unwrap_or_else(|e| panic!("{e}\n{v}"))
        .plan
        .expect("a plan")
}

/// Rates: real kommuner (a non-integer total, begravningsavgift not 1.16 %) or the rates the
/// table assumes (kommunal = table − 1.16, avgifter 1.16 %: SKV 433 §7).
fn satser() -> Vec<(Value, bool)> {
    let mut v: Vec<(Value, bool)> = ["Göteborg", "Malmö", "Umeå", "Stockholm"]
        .iter()
        .map(|k| (json!({ "kommun": k }), false))
        .collect();
    for tabell in [30, 33, 35] {
        v.push((
            json!({ "skattesats": { "kommunal_procent": Decimal::from(tabell) - dec!(1.16),
                                     "begravningsavgift_procent": 1.16 } }),
            true,
        ));
    }
    v
}

/// One adult, the whole of 2026, one kind of income every month.
fn steady_years() -> Vec<(Value, bool)> {
    let mut out = Vec::new();
    for (sats, exakt) in satser() {
        let mut add = |person: Value, household: Value| {
            let mut s = json!({
                "schema_version": 1, "year": 2026, "month": 1,
                "people": [person], "household": household,
                "plan": { "manader": 12, "forklaringar": false }
            });
            for (k, x) in sats.as_object().unwrap() {
                s[k] = x.clone();
            }
            out.push((s, exakt));
        };
        for (hours, wage) in [
            (8, 120),
            (15, 140),
            (20, 150),
            (30, 165),
            (40, 230),
            (40, 420),
        ] {
            // A young person alone (bostadsbidrag utan barn), a parent with a child.
            add(
                json!({ "birth_year": 2002, "birth_month": 1,
                        "job": { "hours_per_week": hours, "hourly_wage": wage } }),
                json!({ "boendekostnad_per_manad": 5200, "bostadsyta_kvm": 40 }),
            );
            add(
                json!({ "birth_year": 1988, "birth_month": 4,
                        "job": { "hours_per_week": hours, "hourly_wage": wage } }),
                json!({ "boendekostnad_per_manad": 8200, "bostadsyta_kvm": 70,
                        "children": [{ "age": 6, "birth_month": 1 }] }),
            );
        }
        for a_kassa in [6_000, 14_500, 23_100] {
            add(
                json!({ "birth_year": 1975, "income_per_month": { "annan_pensionsgrundande": a_kassa } }),
                json!({ "boendekostnad_per_manad": 9000, "children": [{ "age": 11, "birth_month": 1 }] }),
            );
        }
        add(
            json!({ "birth_year": 1990, "birth_month": 2,
                    "aktivitetsersattning": { "slag": "sjukersattning", "niva": "hel" } }),
            json!({ "boendekostnad_per_manad": 6500 }),
        );
    }
    out
}

/// The bound on |withheld − final| for a steady year (docs/decisions.md, "The year-end"):
/// - the table taxes the top of the income band: at most 12 × the band width (100 kr up to
///   20 000 kr a month, 200 kr above) of yearly income more, at a marginal rate that stays under
///   70 % (kommunal ≤ 35 % and statlig 20 %, each × 1.1 while the grundavdrag is phased out,
///   the fees and the allmän pensionsavgift where it is not reduced); floor to hundreds on
///   both sides adds at most 100 kr of income;
/// - the table's rate is the total rounded to a whole percent with 1.16 % of it as fees: the
///   taxes on the income differ by at most |table − total| ≤ 0.5 % of the year's income, and the
///   reductions that scale with the kommunal rate (jobbskatteavdrag, the sjuk- and
///   aktivitetsersättning reduction) by at most |table kommunal − real kommunal| of it;
/// - each month's cell drops its öre: less than 12 kr a year.
fn grans(
    ar_inkomst: Decimal,
    manad: Decimal,
    tabell_kommunal_diff: Decimal,
    exakt: bool,
) -> Decimal {
    let bredd = if manad <= dec!(20000) {
        dec!(100)
    } else {
        dec!(200)
    };
    let band = dec!(0.70) * (dec!(12) * bredd + dec!(100));
    let sats = if exakt {
        Decimal::ZERO
    } else {
        (dec!(0.005) + tabell_kommunal_diff.abs() / dec!(100)) * ar_inkomst
    };
    band + sats + dec!(12)
}

#[test]
fn a_steady_year_with_one_payer_settles_within_the_tables_rounding() {
    let mut n = 0;
    for (h, exakt) in steady_years() {
        let plan = plan_of(&h);
        let ar = &plan.spar[0].ar;
        assert_eq!(ar.len(), 1, "{h}");
        let a = &ar[0];
        assert!(a.hela_aret && a.saknade_manader.is_empty(), "{h}");
        let t: &Skatteavstamning = &a.skatt[0];
        if t.utbetalare.is_empty() {
            continue; // no income at all (0 hours): nothing withheld, nothing owed
        }
        assert_eq!(t.status, Avstamningsstatus::Beraknad, "{h}: {t:?}");
        assert_eq!(t.utbetalare.len(), 1, "{h}");
        let u = &t.utbetalare[0];
        assert_eq!(u.metod, Avdragsmetod::Skattetabell, "{h}");
        assert!(
            u.huvudinkomst && !t.antaganden.is_empty(),
            "{h}: the assumption is shown"
        );
        let avdragen = t.avdragen_skatt.unwrap();
        let slutlig = t.slutlig_skatt.unwrap();
        assert_eq!(t.skillnad, Some(slutlig - avdragen), "{h}");
        // The table's kommunal rate against the real one.
        let kommunal = match h.get("skattesats") {
            Some(s) => s["kommunal_procent"]
                .as_str()
                .map(|x| x.parse().unwrap())
                .unwrap_or_else(|| {
                    Decimal::try_from(s["kommunal_procent"].as_f64().unwrap()).unwrap()
                }),
            None => {
                let rs = rules::ruleset(2026).unwrap();
                rs.kommun(h["kommun"].as_str().unwrap())
                    .unwrap()
                    .kommunal_skattesats
            }
        };
        let tabell = Decimal::from(u.tabell.unwrap());
        let diff = (tabell - dec!(1.16)) - kommunal;
        let manad = u.inkomst_ar / dec!(12);
        let g = grans(u.inkomst_ar, manad, diff, exakt);
        let d = avdragen - slutlig;
        assert!(
            d.abs() <= g,
            "{h}: withheld {avdragen}, final {slutlig}, bound {g}"
        );
        if exakt {
            // With the table's own rates the table taxes at least the real income: it never
            // withholds less than the final tax, but for the öre each month drops.
            assert!(d > dec!(-12), "{h}: withheld {avdragen}, final {slutlig}");
        }
        // Bostadsbidrag: nothing paid out or back when the preliminary was paid.
        let b = &a.bostadsbidrag;
        match b.status {
            Avstamningsstatus::Beraknad => {
                let s = b.skillnad.unwrap();
                assert!(s >= Decimal::ZERO && s < dec!(1200), "{h}: {b:?}");
                assert!(
                    matches!(
                        b.utfall,
                        Some(
                            Bostadsbidragsutfall::IngenSkillnad
                                | Bostadsbidragsutfall::UnderBeloppsgrans
                        )
                    ),
                    "{h}: {b:?}"
                );
                assert_eq!(b.belopp, Some(Decimal::ZERO), "{h}");
                assert_eq!(b.preliminart_med_arets_inkomst, b.preliminart, "{h}");
                assert!(
                    b.atgarder.is_empty(),
                    "{h}: a steady year has no change to report"
                );
                n += 1;
            }
            Avstamningsstatus::EjAktuell => assert_eq!(b.preliminart, None, "{h}"),
            other => panic!("{h}: bostadsbidrag {other:?}: {b:?}"),
        }
    }
    // The households do reach bostadsbidrag, or the second half proves nothing.
    assert!(n >= 20, "only {n} years with bostadsbidrag");
}

#[test]
fn a_year_partly_outside_the_plan_is_not_settled() {
    let plan = plan_of(&json!({
        "schema_version": 1, "year": 2026, "month": 7, "kommun": "Göteborg",
        "people": [{ "birth_year": 1980, "income_per_month": { "lon": 25000 } }],
        "plan": { "manader": 12, "forklaringar": false }
    }));
    let ar = &plan.spar[0].ar;
    assert_eq!(ar.iter().map(|a| a.ar).collect::<Vec<_>>(), [2026, 2027]);
    assert_eq!(ar[0].manader.len(), 6);
    assert_eq!(ar[0].saknade_manader[0], "2026-01");
    assert_eq!(
        ar[1].saknade_manader,
        ["2027-07", "2027-08", "2027-09", "2027-10", "2027-11", "2027-12"]
    );
    for a in ar {
        assert!(!a.hela_aret);
        assert_eq!(a.skatt[0].status, Avstamningsstatus::DelAvAr);
        assert_eq!(a.skatt[0].slutlig_skatt, None);
        assert_eq!(a.bostadsbidrag.status, Avstamningsstatus::DelAvAr);
    }
}

#[test]
fn two_payers_need_the_main_one_named() {
    let mut s = json!({
        "schema_version": 1, "year": 2026, "month": 1, "kommun": "Göteborg",
        "people": [{ "birth_year": 1980,
                     "income_per_month": { "lon": 25000, "annan_pensionsgrundande": 10000 } }],
        "plan": { "manader": 12, "forklaringar": false }
    });
    let t = &plan_of(&s).spar[0].ar[0].skatt[0];
    assert_eq!(t.status, Avstamningsstatus::BehoverUppgift);
    assert_eq!(t.saknas, ["plan.personer[0].huvudinkomst"]);
    assert!(t.avdragen_skatt.is_none() && t.skillnad.is_none());
    assert!(
        t.slutlig_skatt.is_some(),
        "the final tax is known either way"
    );
    // Named: the other pays 30 %; swapping which one is main changes the withholding.
    s["plan"]["personer"] = json!([{ "huvudinkomst": "lon" }]);
    let lon = plan_of(&s).spar[0].ar[0].skatt[0].clone();
    s["plan"]["personer"] = json!([{ "huvudinkomst": "annan_pensionsgrundande" }]);
    let ak = plan_of(&s).spar[0].ar[0].skatt[0].clone();
    assert_eq!(lon.status, Avstamningsstatus::Beraknad);
    assert_eq!(lon.utbetalare[1].avdragen_skatt, Some(dec!(36000.00)));
    assert_eq!(ak.utbetalare[0].metod, Avdragsmetod::Sidoinkomst30);
    assert_eq!(ak.utbetalare[0].avdragen_skatt, Some(dec!(90000.00)));
    assert_eq!(ak.utbetalare[1].kolumn, Some(5));
    assert_eq!(lon.slutlig_skatt, ak.slutlig_skatt);
    assert_ne!(lon.avdragen_skatt, ak.avdragen_skatt);
}

#[test]
fn sjukpenning_withholding_is_not_guessed() {
    let t = plan_of(&json!({
        "schema_version": 1, "year": 2026, "month": 1, "kommun": "Malmö",
        "people": [{ "birth_year": 1980, "income_per_month": { "sjukpenning": 15000 } }],
        "plan": { "manader": 12, "forklaringar": false }
    }))
    .spar[0]
        .ar[0]
        .skatt[0]
        .clone();
    assert_eq!(t.status, Avstamningsstatus::EjModellerad);
    assert_eq!(t.utbetalare[0].metod, Avdragsmetod::EjModellerad);
    assert!(t.avdragen_skatt.is_none() && t.skillnad.is_none() && t.utfall.is_none());
    assert!(t.slutlig_skatt.is_some());
}

#[test]
fn bostadsbidrag_from_2027_is_not_settled() {
    let b = plan_of(&json!({
        "schema_version": 1, "year": 2027, "month": 1, "kommun": "Malmö",
        "people": [{ "birth_year": 2004, "birth_month": 1 }],
        "household": { "boendekostnad_per_manad": 5000, "bostadsyta_kvm": 30 },
        "plan": { "manader": 12, "forklaringar": false }
    }))
    .spar[0]
        .ar[0]
        .bostadsbidrag
        .clone();
    assert_eq!(b.status, Avstamningsstatus::EjModellerad);
    assert_eq!(b.preliminart, Some(dec!(15600)));
    assert!(b.slutligt.is_none());
}
