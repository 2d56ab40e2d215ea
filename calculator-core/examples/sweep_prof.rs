//! Runs the benchmark household's sweep many times, for profiling (`perf record`).
fn main() {
    let s = calculator_core::parse_scenario(include_str!("../benches/household.json")).unwrap();
    let spec = calculator_core::hushall::SweepSpec {
        person: 0,
        over: calculator_core::hushall::SweepOver::Hours,
        from: 0.into(),
        to: 40.into(),
        step: rust_decimal::Decimal::new(5, 1),
    };
    let t = std::time::Instant::now();
    for _ in 0..200 {
        std::hint::black_box(calculator_core::jamforelse::sweep(&s, &spec).unwrap());
    }
    println!("{:?} per sweep", t.elapsed() / 200);
}
