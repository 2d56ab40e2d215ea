//! The tax rows of tests/oracle/worked_examples.csv: Skatteverket's SKV 433 2026 examples,
//! e-tjänst cases and "Belopp och procent" figures. The expected values are read from the
//! file by id; the inputs are the ones the row describes.

mod common;

use std::collections::HashMap;

use rules::skatt::grundavdrag::grundavdrag;
use rules::skatt::pensionsavgift::allman_pensionsavgift;
use rules::skatt::skattereduktion::{forvarvsinkomst, jobbskatteavdrag};
use rules::skatt::{slutlig_skatt, AlderVidAretsIngang, Inkomster, Skattesatser, SlutligSkatt};
use rules::trace::Trace;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// id → the `expected` column.
fn examples() -> HashMap<String, String> {
    column(4)
}

fn column(i: usize) -> HashMap<String, String> {
    let text = common::oracle("worked_examples.csv");
    text.lines()
        .skip(1)
        .map(common::csv_fields)
        .map(|f| (f[0].clone(), f[i].clone()))
        .collect()
}

fn expected(id: &str) -> Vec<Decimal> {
    let ex = examples();
    let raw = ex.get(id).unwrap_or_else(|| panic!("no example {id}"));
    // "25100 / 45600 / 17400", "643000; 660400; 760500", "GA 121200; BFI 118800; …"
    raw.split(['/', ';'])
        .map(|part| {
            let digits: String = part.chars().filter(|c| c.is_ascii_digit()).collect();
            digits.parse().unwrap_or_else(|_| panic!("{id}: {raw}"))
        })
        .collect()
}

fn one(id: &str) -> Decimal {
    let v = expected(id);
    assert_eq!(v.len(), 1, "{id}");
    v[0]
}

fn p(year: i32) -> &'static rules::params::SkatteParametrar {
    &rules::ruleset(year).unwrap().skatt
}

fn tax(year: i32, ink: Inkomster, kommunal: Decimal, begrav: Decimal, age: u32) -> SlutligSkatt {
    let satser = Skattesatser {
        kommunal,
        begravningsavgift: begrav,
        kyrkoavgift: Decimal::ZERO,
    };
    slutlig_skatt(
        p(year),
        &ink,
        &satser,
        AlderVidAretsIngang(age),
        &mut Trace::off(),
    )
}

fn lon(x: Decimal) -> Inkomster {
    Inkomster {
        lon: x,
        ..Default::default()
    }
}

#[test]
fn skv433_2026_grundavdrag() {
    let ga = |fi: Decimal, old: bool| grundavdrag(p(2026), fi, old, &mut Trace::off());
    assert_eq!(ga(dec!(120000), false), one("skv433-26-ga1"));
    assert_eq!(ga(dec!(324000), false), one("skv433-26-ga2"));
    assert_eq!(ga(dec!(90000), true), one("skv433-26-ga3"));
    assert_eq!(ga(dec!(200000), true), one("skv433-26-ga4"));
    assert_eq!(ga(dec!(390000), true), one("skv433-26-ga5"));
}

#[test]
fn skv433_2026_jobbskatteavdrag() {
    for (id, ai) in [
        ("skv433-26-jsa1", dec!(90000)),
        ("skv433-26-jsa2", dec!(240000)),
    ] {
        let ga = grundavdrag(p(2026), ai, false, &mut Trace::off());
        let jsa = jobbskatteavdrag(p(2026), ai, ga, dec!(32.84), &mut Trace::off());
        assert_eq!(jsa, one(id), "{id}");
    }
}

#[test]
fn skv433_2026_pensionsavgift_and_forvarvsinkomst() {
    let apa = allman_pensionsavgift(p(2026), &lon(dec!(181200)), &mut Trace::off());
    assert_eq!(apa, one("skv433-26-apa"));
    assert_eq!(
        forvarvsinkomst(p(2026), dec!(200000), &mut Trace::off()),
        one("skv433-26-forv")
    );
}

#[test]
fn skv433_2026_low_incomes_table_34() {
    // Table 34: kommunal 34 − 1.16 = 32.84 %, begravning + kyrka 1.16 %.
    let t = |x| tax(2026, lon(x), dec!(32.84), dec!(1.16), 40);
    assert_eq!(t(dec!(28000)).total_skatt, one("skv433-26-low1"));
    assert_eq!(t(dec!(55000)).total_skatt, one("skv433-26-low2"));
    let s = t(dec!(55000));
    assert_eq!(s.jobbskatteavdrag, one("skv433-26-jsacap"));
    // "JSA 9 592 kr men kan endast nyttja 6 019 kr": the entitlement before the cap.
    assert_eq!(s.jobbskatteavdrag_berattigat, dec!(9592));
}

#[test]
fn etjanst_2026_stockholm_wage_360000() {
    let s = tax(2026, lon(dec!(360000)), dec!(30.55), dec!(0.07), 40);
    assert_eq!(s.kommunal_skatt, one("etj-26-1"));
    assert_eq!(s.jobbskatteavdrag, one("etj-26-2"));
    assert_eq!(s.skattereduktion_allman_pensionsavgift, one("etj-26-3"));
    assert_eq!(s.skattereduktion_forvarvsinkomst, one("etj-26-4"));
    assert_eq!(s.beskattningsbar_forvarvsinkomst, one("etj-26-5"));
}

#[test]
fn etjanst_2026_pension_66_plus() {
    let ink = Inkomster {
        pension: dec!(240000),
        ..Default::default()
    };
    let s = tax(2026, ink, dec!(30.55), dec!(0.07), 70);
    let e = expected("etj-26-6");
    assert_eq!(
        [
            s.grundavdrag,
            s.beskattningsbar_forvarvsinkomst,
            s.kommunal_skatt,
            s.skattereduktion_forvarvsinkomst
        ],
        [e[0], e[1], e[2], e[3]]
    );
}

#[test]
fn etjanst_2026_statlig_skatt_and_goteborg_jsa() {
    assert_eq!(
        tax(2026, lon(dec!(720000)), dec!(30.55), dec!(0.07), 40).statlig_skatt,
        one("etj-26-7")
    );
    let s = tax(2026, lon(dec!(180000)), dec!(32.60), dec!(0.292), 40);
    assert_eq!(s.jobbskatteavdrag, one("etj-26-8"));
    // The row's note: "utrymme 11881 = 43814 − 12600 − 18625 − 708".
    assert_eq!(s.kommunal_skatt, dec!(43814));
    assert_eq!(s.allman_pensionsavgift, dec!(12600));
    assert_eq!(s.skattereduktion_forvarvsinkomst, dec!(708));
}

#[test]
fn belopp_2026_grundavdrag_range() {
    let ga = |fi: Decimal, old| grundavdrag(p(2026), fi, old, &mut Trace::off());
    let (low, max, min) = (
        ga(dec!(50000), false),
        ga(dec!(170000), false),
        ga(dec!(900000), false),
    );
    assert_eq!(vec![low, max, min], expected("bel-26-1"));
    // 66+: "vid låga inkomster" is the amount before the cap at the income itself
    // (1.11 pbb rounded up); then the plateau maximum and the floor at high incomes.
    let p26 = p(2026);
    let pbb = p26.prisbasbelopp.value;
    let low = rules::avrundning::uppat_hundratal(
        p26.grundavdrag.eval(dec!(10000), pbb) + p26.forhojt_grundavdrag.eval(dec!(10000), pbb),
    );
    assert_eq!(ga(dec!(10000), true), dec!(10000), "capped at the income");
    let (max, min) = (ga(dec!(600000), true), ga(dec!(2000000), true));
    assert_eq!(vec![low, max, min], expected("bel-26-2"));
}

/// Skiktgräns and brytpunkter: at the brytpunkt the taxable income equals the skiktgräns,
/// so the statlig skatt is 0 there and starts 100 kr later.
fn check_brytpunkter(year: i32, id: &str) {
    let e = expected(id);
    let (skiktgrans, under66, aldre) = (e[0], e[1], e[2]);
    assert_eq!(p(year).skiktgrans.value, skiktgrans, "{id}");
    for (fi, age) in [(under66, 40), (aldre, 70)] {
        let at = tax(year, lon(fi), dec!(32), dec!(0.3), age);
        assert_eq!(at.beskattningsbar_forvarvsinkomst, skiktgrans, "{id} {fi}");
        assert_eq!(at.statlig_skatt, Decimal::ZERO);
        let above = tax(year, lon(fi + dec!(100)), dec!(32), dec!(0.3), age);
        assert!(above.statlig_skatt > Decimal::ZERO, "{id} {fi}");
    }
}

#[test]
fn belopp_skiktgrans_and_brytpunkter_2024_2025_2026() {
    check_brytpunkter(2026, "bel-26-3");
    check_brytpunkter(2025, "bel-25-1");
    check_brytpunkter(2024, "bel-24-1");
}

#[test]
fn belopp_maximum_fees() {
    let e = expected("bel-26-4");
    let s = tax(2026, lon(dec!(2000000)), dec!(32), dec!(0.3), 40);
    assert_eq!(
        [s.allman_pensionsavgift, s.public_service_avgift],
        [e[0], e[1]]
    );
    let s = tax(2024, lon(dec!(2000000)), dec!(32), dec!(0.3), 40);
    assert_eq!(s.allman_pensionsavgift, one("bel-24-2"));
}

#[test]
fn table_number_rule() {
    // The row's inputs read "32.50 -> 32; 32.51 -> 33".
    let ex = column(3);
    for case in ex["tab-rule-1"].split(';') {
        let (rate, table) = case.split_once("->").unwrap();
        let rate: Decimal = rate.trim().parse().unwrap();
        let table: u32 = table.trim().parse().unwrap();
        assert_eq!(rules::skattetabell::tabellnummer(rate), table, "{case}");
    }
}
