//! A loop over the amounts path for `perf record` (docs/benchmarks.md): one household month
//! of the benchmark's household, many times.
fn main() {
    let text = include_str!("../benches/household.json");
    let mut s = calculator_core::parse_scenario(text).expect("the benchmark household");
    s.alternatives.clear();
    s.sweep = None;
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let mut sum = calculator_core::Decimal::ZERO;
    for _ in 0..n {
        sum += calculator_core::belopp(std::hint::black_box(&s))
            .expect("valid")
            .i_dag
            .disponibel_inkomst;
    }
    println!("{sum}");
}
