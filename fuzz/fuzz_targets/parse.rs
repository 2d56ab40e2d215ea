//! Fuzz target `parse`: see calculator_fuzz::TARGETS and docs/fuzzing.md.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| calculator_fuzz::check_parse(data));
