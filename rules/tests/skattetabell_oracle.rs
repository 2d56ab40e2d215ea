//! Every kronor cell of Skatteverket's official monthly tables (tables 29–42, columns 1–6,
//! incomes up to 80 000 kr) for 2025 and 2026 must come out of our engine exactly:
//! 2 × 14 × 481 × 6 = 80 808 cells. Source and provenance: tests/oracle/README.md.

use std::path::PathBuf;

use rules::skattetabell::{cell, inkomstband, Kolumn};

fn oracle(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/oracle")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn check_year(year: i32, file: &str) -> usize {
    let rs = rules::ruleset(year).unwrap();
    let text = oracle(file);
    let mut cells = 0;
    let mut mismatches = Vec::new();
    let bands = inkomstband();
    let mut rows_per_table = std::collections::BTreeMap::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f[0], year.to_string());
        if f[1] != "30B" {
            continue; // percentage rows above 80 000 kr
        }
        let tabell: u32 = f[2].parse().unwrap();
        let from: u32 = f[3].parse().unwrap();
        let tom: u32 = f[4].parse().unwrap();
        assert!(bands.contains(&(from, tom)), "unexpected band {from}-{tom}");
        *rows_per_table.entry(tabell).or_insert(0) += 1;
        for kol in Kolumn::ALLA {
            let expected: i64 = f[4 + kol.number() as usize].parse().unwrap();
            let got = cell(&rs.skatt, tabell, kol, tom);
            cells += 1;
            if got != rust_decimal::Decimal::from(expected) {
                mismatches.push(format!(
                    "{year} tabell {tabell} kolumn {} {from}-{tom}: official {expected}, engine {got}",
                    kol.number()
                ));
            }
        }
    }
    assert_eq!(rows_per_table.len(), 14, "tables 29–42");
    assert!(
        rows_per_table.values().all(|&n| n == 481),
        "481 bands per table"
    );
    assert!(
        mismatches.is_empty(),
        "{} of {cells} cells differ; first: {:#?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(20)]
    );
    cells
}

#[test]
fn every_cell_of_the_2025_tables() {
    assert_eq!(
        check_year(2025, "skattetabell_2025_manad_tab29-42.csv"),
        40_404
    );
}

#[test]
fn every_cell_of_the_2026_tables() {
    assert_eq!(
        check_year(2026, "skattetabell_2026_manad_tab29-42_30B.csv"),
        40_404
    );
}
