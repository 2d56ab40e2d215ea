//! Prints how long the engine takes (not a test: nothing here can fail on speed).
//! Run with `cargo bench -p calculator-core` or `scripts/bench` (which adds bundle sizes).

use std::hint::black_box;
use std::time::{Duration, Instant};

use rules::skatt::{slutlig_skatt, AlderVidAretsIngang, Inkomster, Skattesatser};
use rules::trace::Trace;
use rust_decimal::Decimal;

/// Runs `f` repeatedly for about `budget` and returns the mean time per call.
fn time<T>(budget: Duration, mut f: impl FnMut() -> T) -> (Duration, u32) {
    // Warm up (parses the parameter files once, fills caches).
    black_box(f());
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < budget {
        black_box(f());
        n += 1;
    }
    (start.elapsed() / n.max(1), n)
}

fn fmt(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns < 10_000 {
        format!("{ns} ns")
    } else if ns < 10_000_000 {
        format!("{:.1} µs", ns as f64 / 1e3)
    } else {
        format!("{:.1} ms", ns as f64 / 1e6)
    }
}

/// A young person on aktivitetsersättning with a job offer, a child, rent and försörjningsstöd:
/// every rule of the pipeline runs.
const HOUSEHOLD: &str = include_str!("household.json");

fn main() {
    let p = &rules::ruleset(2026).unwrap().skatt;
    let satser = Skattesatser {
        kommunal: Decimal::new(3238, 2),
        begravningsavgift: Decimal::new(292, 3),
        kyrkoavgift: Decimal::ZERO,
    };
    let ink = Inkomster {
        lon: Decimal::from(300_000),
        sjuk_aktivitetsersattning: Decimal::from(60_000),
        ..Default::default()
    };
    let budget = Duration::from_secs(2);

    let (t, n) = time(budget, || {
        slutlig_skatt(
            p,
            black_box(&ink),
            &satser,
            AlderVidAretsIngang(40),
            &mut Trace::off(),
        )
    });
    println!(
        "final tax, one person-year, no trace:     {:>10}  ({n} runs)",
        fmt(t)
    );

    let (t, n) = time(budget, || {
        let mut tr = Trace::on();
        slutlig_skatt(
            p,
            black_box(&ink),
            &satser,
            AlderVidAretsIngang(40),
            &mut tr,
        );
        tr
    });
    println!(
        "final tax, one person-year, with trace:   {:>10}  ({n} runs)",
        fmt(t)
    );

    let json = r#"{"schema_version":1,"year":2026,"kommun":"Göteborg","people":[{"birth_year":1990,"income_per_month":{"lon":25000}}]}"#;
    let (t, n) = time(budget, || {
        calculator_core::calculate_json(black_box(json)).unwrap()
    });
    println!(
        "scenario JSON in → result JSON out:       {:>10}  ({n} runs)",
        fmt(t)
    );

    let household = calculator_core::parse_scenario(HOUSEHOLD).unwrap();
    let (t, n) = time(budget, || {
        calculator_core::evaluate(black_box(&household)).unwrap()
    });
    println!(
        "household month (AE + job + BT + barn + FS), full result: {:>10}  ({n} runs)",
        fmt(t)
    );

    let (t, n) = time(budget, || {
        calculator_core::evaluate_utan_forklaring(black_box(&household)).unwrap()
    });
    println!(
        "the same without explanations (evaluate_utan_forklaring): {:>10}  ({n} runs)",
        fmt(t)
    );
    let (t, n) = time(budget, || {
        calculator_core::forklaring(black_box(&household), None).unwrap()
    });
    println!(
        "one month's explanation when opened (forklaring):  {:>10}  ({n} runs)",
        fmt(t)
    );

    // The household without its alternatives: one month, the amounts path.
    let mut en_manad = household.clone();
    en_manad.alternatives.clear();
    en_manad.sweep = None;
    let (t, n) = time(budget, || {
        calculator_core::belopp(black_box(&en_manad)).unwrap()
    });
    println!(
        "household month, amounts only (belopp, one month): {:>10}  ({n} runs)",
        fmt(t)
    );
    let en_rad = serde_json::to_string(&en_manad).unwrap();
    let (t, n) = time(budget, || {
        let s = calculator_core::parse_scenario(black_box(&en_rad)).unwrap();
        serde_json::to_string(&calculator_core::belopp(&s).unwrap()).unwrap()
    });
    println!(
        "the same from JSON text to JSON text ({} B in):   {:>10}  ({n} runs)",
        en_rad.len(),
        fmt(t)
    );

    let spec = calculator_core::hushall::SweepSpec {
        person: 0,
        over: calculator_core::hushall::SweepOver::Hours,
        from: Decimal::ZERO,
        to: Decimal::from(40),
        step: Decimal::new(5, 1),
    };
    let (t, n) = time(budget, || {
        calculator_core::jamforelse::sweep(black_box(&household), &spec).unwrap()
    });
    println!(
        "sweep 0–40 h at 0.5 h (81 household months): {:>10}  ({n} runs); three scenarios: {}",
        fmt(t),
        fmt(t * 3)
    );

    // What one decimal operation costs: the floor under the amounts path, which does a few
    // hundred of them a month (docs/benchmarks.md, "The amounts path").
    let (a, b) = (Decimal::new(1_234_567, 2), Decimal::new(3_238, 4));
    let (t, n) = time(budget, || {
        let x = black_box(a) * black_box(b);
        let y = (x + black_box(a)) / Decimal::from(12);
        (y - black_box(b))
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    });
    println!(
        "rust_decimal: mul, add, div by 12, sub, round to öre: {:>10}  ({n} runs, {} an operation)",
        fmt(t),
        fmt(t / 5)
    );

    // The plan: 36 months from January 2025 (every month has rules: 2025–2027), today and
    // four alternatives with a stepped job, full explanations and without.
    let mut planen = household.clone();
    planen.year = 2025;
    planen.month = Some(1);
    planen.household.as_mut().unwrap().children[0].birth_month = Some(8);
    planen.alternatives = (1..=4)
        .map(|k| calculator_core::hushall::Alternativ {
            label: format!("{} timmar", 10 * k),
            people: [(
                "0".to_string(),
                serde_json::json!({"job": {"hours_per_week": 10 * k}}),
            )]
            .into_iter()
            .collect(),
            household: None,
        })
        .collect();
    let steg: Vec<_> = (0..4)
        .flat_map(|k| {
            [(1, 5), (4, 10 + 5 * k), (10, 20 + 5 * k)].map(|(fran, h)| {
                calculator_core::scenario::PlanSteg {
                    alternativ: Some(k),
                    person: 0,
                    fran_manad: fran,
                    hours_per_week: Decimal::from(h),
                    monthly_salary: None,
                }
            })
        })
        .collect();
    for forklaringar in [true, false] {
        planen.plan = Some(calculator_core::scenario::PlanSpec {
            manader: 36,
            steg: steg.clone(),
            personer: vec![],
            forklaringar,
        });
        let p = planen.plan.clone().unwrap();
        let r = calculator_core::plan::plan(&planen, &p).unwrap();
        let beraknade: usize = (r.spar.iter())
            .map(|s| s.manader.iter().filter(|m| m.resultat.is_some()).count())
            .sum();
        let handelser: usize = r.spar.iter().map(|s| s.handelser.len()).sum();
        let (t, n) = time(budget, || {
            calculator_core::plan::plan(black_box(&planen), &p).unwrap()
        });
        println!(
            "plan 36 months × (today + 4 alternatives), {} explanations ({beraknade} months computed, {handelser} events): {:>10}  ({n} runs)",
            if forklaringar { "with" } else { "without" },
            fmt(t)
        );
    }
    let json = serde_json::to_string(&calculator_core::evaluate(&planen).unwrap().plan).unwrap();
    println!(
        "  (its JSON without explanations: {} kB)",
        json.len() / 1000
    );

    // The map: one alternative, 0–40 h at 1 h × 110–210 kr at 10 kr (41 × 11 = 451 months).
    let mut kartan = planen.clone();
    kartan.plan = None;
    let spec = calculator_core::scenario::KartaSpec {
        alternativ: 1,
        person: 0,
        timmar: calculator_core::scenario::Intervall {
            fran: Decimal::ZERO,
            till: Decimal::from(40),
            steg: Decimal::ONE,
        },
        timlon: calculator_core::scenario::Intervall {
            fran: Decimal::from(110),
            till: Decimal::from(210),
            steg: Decimal::from(10),
        },
    };
    let (t, n) = time(budget, || {
        calculator_core::karta::karta(black_box(&kartan), &spec).unwrap()
    });
    println!(
        "map 0–40 h at 1 h × 110–210 kr at 10 kr (451 household months): {:>10}  ({n} runs, {} per cell)",
        fmt(t),
        fmt(t / 451)
    );

    let (t, n) = time(budget, || {
        calculator_core::skattetabell_csv(black_box(2026)).unwrap()
    });
    println!(
        "full table set 2026 (14 × 481 × 6 = 40 404 cells, CSV): {:>10}  ({n} runs, {} per cell)",
        fmt(t),
        fmt(t / 40_404)
    );
}
