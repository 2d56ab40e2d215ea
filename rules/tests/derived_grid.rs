//! Regression against tests/oracle/derived_model_annual_tax_grid.csv: an independent
//! reference computation (not official; its 2025/2026 parameters reproduce every official
//! table cell, its 2024 ones are unverified) of the annual tax by component for six income
//! kinds × 16 incomes × three years at the national average kommunal rate.

mod common;

use rules::skatt::{slutlig_skatt, AlderVidAretsIngang, Inkomster, Skattesatser};
use rules::trace::Trace;
use rust_decimal::Decimal;

#[test]
fn every_component_of_the_derived_grid() {
    let text = common::oracle("derived_model_annual_tax_grid.csv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let mut rows = 0;
    let mut bad = Vec::new();
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        let dec = |name: &str| -> Decimal { f[col(name)].parse().unwrap() };
        let year: i32 = f[col("year")].parse().unwrap();
        let rs = rules::ruleset(year).unwrap();
        let income = dec("annual_income");
        let mut ink = Inkomster::default();
        let kind = f[col("kind")];
        let aldre = kind.contains("66plus");
        match kind {
            "salary_under66" | "salary_66plus" => ink.lon = income,
            "pension_under66" | "pension_66plus" => ink.pension = income,
            "sick_activity_comp_under66" => ink.sjuk_aktivitetsersattning = income,
            "other_pensionable_benefit_under66" => ink.annan_pensionsgrundande = income,
            other => panic!("unknown kind {other}"),
        }
        let satser = Skattesatser {
            kommunal: dec("kommunal_rate_pct"),
            begravningsavgift: dec("begravning_rate_pct"),
            kyrkoavgift: Decimal::ZERO,
        };
        let alder = AlderVidAretsIngang(if aldre { 70 } else { 40 });
        let s = slutlig_skatt(&rs.skatt, &ink, &satser, alder, &mut Trace::off());
        let pairs = [
            ("grundavdrag", s.grundavdrag),
            ("beskattningsbar", s.beskattningsbar_forvarvsinkomst),
            ("kommunal_skatt", s.kommunal_skatt),
            ("statlig_skatt", s.statlig_skatt),
            ("begravningsavgift", s.begravningsavgift),
            ("allman_pensionsavgift", s.allman_pensionsavgift),
            ("red_jobbskatteavdrag", s.jobbskatteavdrag),
            (
                "red_sjuk_aktivitet",
                s.skattereduktion_sjuk_aktivitetsersattning,
            ),
            ("red_forvarvsinkomst", s.skattereduktion_forvarvsinkomst),
            ("public_service", s.public_service_avgift),
            ("total_tax", s.total_skatt),
            ("net_income", s.nettoinkomst),
        ];
        for (name, got) in pairs {
            if got != dec(name) {
                bad.push(format!(
                    "{year} {kind} {income}: {name} grid {} engine {got}",
                    dec(name)
                ));
            }
        }
        rows += 1;
    }
    assert_eq!(rows, 288);
    assert!(
        bad.is_empty(),
        "{} differences:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
