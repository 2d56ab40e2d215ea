fn main() {
    let json = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    match calculator_core::calculate_json(&json) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("{e}"),
    }
}
