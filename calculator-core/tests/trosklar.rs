//! Thresholds in words need thresholds as data: worked against the law for the commonest IPS
//! case, a young person on full aktivitetsersättning trying hours at 135 kr.
//!
//! SFB 36 kap. 9 § reduces the ersättning for work; the team's reading (docs/decisions.md and
//! docs/rules/aktivitetsersattning.md) counts the work as a share of full time (40 h) in
//! quarters, rounded up. With hel ersättning, so no working capacity assumed, any work at all
//! is a first quarter; more than 10 h a second, more than 20 h a third, more than 30 h the
//! fourth, and the ersättning ends. A quarter of the garantiersättning is about 2 700 kr a
//! month, far more than half an hour a week of wages (135 × 0.5 × 52 / 12 ≈ 293 kr), so each
//! step leaves less money to live on.

use calculator_core::{evaluate, parse_scenario, Decimal, KomponentId};

fn svep() -> calculator_core::jamforelse::SweepResultat {
    let s = parse_scenario(
        r#"{"schema_version": 1, "year": 2026, "month": 3, "kommun": "Stockholm",
            "people": [{"birth_year": 2002, "birth_month": 1,
                        "job": {"hours_per_week": 0, "hourly_wage": 135},
                        "aktivitetsersattning": {"slag": "aktivitetsersattning", "niva": "hel"}}],
            "household": {"boendekostnad_per_manad": 6000},
            "sweep": {"over": "hours", "from": 0, "to": 40, "step": 0.5}}"#,
    )
    .expect("a valid scenario");
    evaluate(&s).unwrap().sweep.expect("a sweep")
}

#[test]
fn full_aktivitetsersattning_steps_down_a_quarter_at_the_first_hour_and_after_10_20_and_30() {
    let t = svep().trosklar;
    let h = |x: &str| x.parse::<Decimal>().unwrap();
    let ae: Vec<(Decimal, Decimal)> = t
        .iter()
        .filter(|x| {
            x.steg_ner
                .iter()
                .any(|s| s.komponent == KomponentId::Aktivitetsersattning)
        })
        .map(|x| (x.fran_x, x.till_x))
        .collect();
    assert_eq!(
        ae,
        [("0", "0.5"), ("10", "10.5"), ("20", "20.5"), ("30", "30.5")].map(|(a, b)| (h(a), h(b)))
    );
    // Each step leaves less to live on; the last ends the ersättning.
    for x in t.iter().filter(|x| ae.contains(&(x.fran_x, x.till_x))) {
        assert!(x.mindre_kvar, "{x:?}");
        assert!(x.disponibel_forandring < Decimal::ZERO, "{x:?}");
    }
    let slut: Vec<_> = t
        .iter()
        .filter(|x| x.upphor.contains(&KomponentId::Aktivitetsersattning))
        .map(|x| x.fran_x)
        .collect();
    assert_eq!(slut, [h("30")]);
    // Bostadstillägget needs the ersättning (SFB 101 kap. 4 §): it ends with it.
    let sista = t.iter().find(|x| x.fran_x == h("30")).unwrap();
    assert!(
        sista.upphor.contains(&KomponentId::Bostadstillagg),
        "{sista:?}"
    );
}

#[test]
fn a_threshold_is_reported_exactly_where_the_money_to_live_on_falls() {
    let s = svep();
    for w in s.punkter.windows(2) {
        let faller = w[1].disponibel_inkomst < w[0].disponibel_inkomst;
        let rapporterad = s
            .trosklar
            .iter()
            .any(|t| t.fran_x == w[0].x && t.mindre_kvar);
        assert_eq!(faller, rapporterad, "{} → {}", w[0].x, w[1].x);
    }
}
