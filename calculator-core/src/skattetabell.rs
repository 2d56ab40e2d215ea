//! Skatteverket-style monthly tables from the engine: one amount, or the whole set in the
//! official CSV layout so that it can be diffed against Skatteverket's file.

use rules::skattetabell::{self, Kolumn};
use rust_decimal::Decimal;

use crate::error::{InputError, InputErrors};

fn ruleset(year: i32) -> Result<&'static rules::Ruleset, InputErrors> {
    rules::ruleset(year).map_err(|e| InputError::new("year", e.to_string()).into())
}

/// The monthly withholding of table `tabell`, column `kolumn`, for a monthly income.
pub fn skattetabell_belopp(
    year: i32,
    tabell: u32,
    kolumn: u32,
    inkomst: Decimal,
) -> Result<Decimal, InputErrors> {
    let mut errs = Vec::new();
    let rs = ruleset(year);
    if let Err(e) = &rs {
        errs.extend(e.0.clone());
    }
    if !(skattetabell::TABELL_MIN..=skattetabell::TABELL_MAX).contains(&tabell) {
        errs.push(InputError::new(
            "table",
            format!(
                "tabell {tabell} finns inte; tillåtet: {}–{}",
                skattetabell::TABELL_MIN,
                skattetabell::TABELL_MAX
            ),
        ));
    }
    let kol = Kolumn::from_number(kolumn);
    if kol.is_none() {
        errs.push(InputError::new(
            "column",
            format!("kolumn {kolumn} finns inte; tillåtet: 1–6 (kolumn 7 är tom sedan 2024)"),
        ));
    }
    // The table is read in whole kronor (öre dropped), so 80 000,50 is still in the last row.
    if inkomst < Decimal::ZERO || inkomst.trunc() > Decimal::from(skattetabell::INKOMST_MAX) {
        errs.push(InputError::new(
            "income",
            format!(
                "{inkomst} kr är utanför intervallet 0–{} kr per månad (över det anger tabellerna en procentsats, som inte beräknas här)",
                skattetabell::INKOMST_MAX
            ),
        ));
    }
    if !errs.is_empty() {
        return Err(InputErrors(errs));
    }
    let kronor = inkomst.trunc();
    let kronor = u32::try_from(kronor.mantissa() / 10i128.pow(kronor.scale())).unwrap_or(0);
    Ok(match skattetabell::band_for(kronor) {
        Some((_, tom)) => skattetabell::cell(&ruleset(year)?.skatt, tabell, kol.unwrap(), tom),
        None => Decimal::ZERO,
    })
}

/// The whole set of tables 29–42, columns 1–6, in Skatteverket's CSV layout (the layout of
/// the official open-data file: `ar,antal_dgr,tabellnr,inkomst_from,inkomst_tom,kolumn1..7`,
/// kronor rows "30B" only, column 7 empty).
pub fn skattetabell_csv(year: i32) -> Result<String, InputErrors> {
    let rs = ruleset(year)?;
    let bands = skattetabell::inkomstband();
    let mut out = String::with_capacity(400_000);
    out.push_str("ar,antal_dgr,tabellnr,inkomst_from,inkomst_tom,kolumn1,kolumn2,kolumn3,kolumn4,kolumn5,kolumn6,kolumn7\n");
    for tabell in skattetabell::TABELL_MIN..=skattetabell::TABELL_MAX {
        for &(from, tom) in &bands {
            out.push_str(&format!("{year},30B,{tabell},{from},{tom}"));
            for kol in Kolumn::ALLA {
                let v = skattetabell::cell(&rs.skatt, tabell, kol, tom);
                out.push_str(&format!(",{v}"));
            }
            out.push_str(",\n");
        }
    }
    Ok(out)
}
