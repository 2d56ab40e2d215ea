//! The engine's speed in the browser: prints figures, asserts nothing about time (ignored in
//! the test run; `scripts/bench` runs it with --include-ignored). Same household as the
//! native benchmark (calculator-core/benches/household.json).

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Mean milliseconds per call of `f` over `n` calls, after one warm-up call.
fn time<T>(n: u32, mut f: impl FnMut() -> T) -> f64 {
    std::hint::black_box(f());
    let t = now();
    for _ in 0..n {
        std::hint::black_box(f());
    }
    (now() - t) / f64::from(n)
}

#[wasm_bindgen_test]
#[ignore]
fn bench_engine_in_the_browser() {
    let s = calculator_core::parse_scenario(include_str!(
        "../../calculator-core/benches/household.json"
    ))
    .unwrap();
    let one = time(200, || calculator_core::evaluate(&s).unwrap());
    let spec = |hourly: u32| {
        let mut x = s.clone();
        x.people[0].job.as_mut().unwrap().hourly_wage = Some(hourly.into());
        (
            x,
            calculator_core::hushall::SweepSpec {
                person: 0,
                over: calculator_core::hushall::SweepOver::Hours,
                from: 0.into(),
                to: 40.into(),
                step: rust_decimal::Decimal::new(5, 1),
            },
        )
    };
    // Each twice, the figure the second time: the first runs of a function in a page are
    // slower while the browser's compiler tiers up.
    let mut en_manad = s.clone();
    en_manad.alternatives.clear();
    en_manad.sweep = None;
    let mut utan = 0.0;
    let mut belopp = 0.0;
    for _ in 0..2 {
        utan = time(2000, || {
            calculator_core::evaluate_utan_forklaring(&s).unwrap()
        });
        belopp = time(2000, || calculator_core::belopp(&en_manad).unwrap());
    }
    let three = [spec(125), spec(135), spec(160)];
    let sweeps = time(20, || {
        for (x, sp) in &three {
            std::hint::black_box(calculator_core::jamforelse::sweep(x, sp).unwrap());
        }
    });
    console_log!("BENCH wasm household month, full result with trace: {one:.3} ms");
    console_log!("BENCH wasm the same without explanations (what the cards use): {utan:.3} ms");
    console_log!("BENCH wasm household month, amounts only (belopp): {belopp:.4} ms");
    console_log!("BENCH wasm three sweeps 0–40 h at 0.5 h (243 months): {sweeps:.2} ms");
}

/// The plan and the map in the browser: the same plan and map as the native benchmark
/// (calculator-core/benches/engine.rs): 36 months from January 2025, today and four
/// alternatives with a three-step job, without explanations (what "Över tid" asks for), and
/// the map 0–40 h at 1 h × 110–210 kr at 10 kr.
#[wasm_bindgen_test]
#[ignore]
fn bench_plan_and_map_in_the_browser() {
    use rust_decimal::Decimal;
    let mut planen = calculator_core::parse_scenario(include_str!(
        "../../calculator-core/benches/household.json"
    ))
    .unwrap();
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
    let mut kartan = planen.clone();
    planen.plan = Some(calculator_core::scenario::PlanSpec {
        manader: 36,
        steg,
        personer: vec![],
        forklaringar: false,
    });
    let p = planen.plan.clone().unwrap();
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
    let (mut plan, mut karta) = (0.0, 0.0);
    for _ in 0..2 {
        plan = time(5, || calculator_core::plan::plan(&planen, &p).unwrap());
        karta = time(10, || {
            calculator_core::karta::karta(&kartan, &spec).unwrap()
        });
    }
    console_log!(
        "BENCH wasm plan 36 months × (today + 4 alternatives), without explanations: {plan:.1} ms"
    );
    console_log!(
        "BENCH wasm map 0–40 h at 1 h × 110–210 kr at 10 kr (451 household months): {karta:.1} ms"
    );
}
