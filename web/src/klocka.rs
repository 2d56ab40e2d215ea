//! The device's clock, read here and nowhere else: the counselling view's start month and
//! the printout's date. A test (or anything else that must not depend on the day it runs)
//! gives a fixed date instead, through the app's `klocka` property.

/// A date of the calendar, as the browser's clock gives it in the device's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Datum {
    pub ar: i32,
    /// 1–12.
    pub manad: u32,
    /// 1–31.
    pub dag: u32,
}

/// Where today's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Klocka {
    /// The device's clock (the browser's `Date`).
    #[default]
    Enheten,
    /// A fixed date (tests).
    Fast(Datum),
}

impl Klocka {
    /// Today's date.
    pub fn idag(self) -> Datum {
        match self {
            Klocka::Enheten => enhetens_datum(),
            Klocka::Fast(d) => d,
        }
    }
}

// The browser's Date (no js-sys dependency for it).
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type Date;
    #[wasm_bindgen(constructor)]
    fn new() -> Date;
    #[wasm_bindgen(method, js_name = getDate)]
    fn get_date(this: &Date) -> u32;
    #[wasm_bindgen(method, js_name = getMonth)]
    fn get_month(this: &Date) -> u32;
    #[wasm_bindgen(method, js_name = getFullYear)]
    fn get_full_year(this: &Date) -> i32;
}

/// The only read of the device's clock.
fn enhetens_datum() -> Datum {
    let d = Date::new();
    Datum {
        ar: d.get_full_year(),
        // getMonth counts from 0.
        manad: d.get_month().min(11) + 1,
        dag: d.get_date(),
    }
}

/// The month a counselling session starts in on `idag`: this month, when the rules cover this
/// year (`ar`, the years offered); otherwise the same month of the newest year offered, so that
/// rules which change within a year apply as they would in this month.
pub fn startmanad(idag: Datum, ar: &[i32]) -> (i32, u32) {
    let year = if ar.contains(&idag.ar) {
        idag.ar
    } else {
        ar.iter().max().copied().unwrap_or(idag.ar)
    };
    (year, idag.manad)
}
