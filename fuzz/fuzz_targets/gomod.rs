#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| goproxy_doctor_checker::fuzzing::gomod(data));
