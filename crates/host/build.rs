//! Precompile `dist/checker.wasm` for the target, so the binary embeds native code for the
//! checker: no Cranelift at run time, no wasm toolchain needed to install, millisecond startup.
//!
//! The hostile test component (`tests/hostile/hostile.wasm`, see scripts/build-hostile.sh) is
//! precompiled the same way; only the unit tests (`src/sandbox_tests.rs`) include it.

#[path = "src/engine_config.rs"]
mod engine_config;

use std::path::PathBuf;

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let wasm_path = std::env::var_os("GOPROXY_DOCTOR_CHECKER_WASM")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../../dist/checker.wasm"));
    println!("cargo:rerun-if-changed={}", wasm_path.display());
    println!("cargo:rerun-if-env-changed=GOPROXY_DOCTOR_CHECKER_WASM");
    println!("cargo:rerun-if-changed=src/engine_config.rs");

    let wasm = std::fs::read(&wasm_path).map_err(|e| {
        format!(
            "cannot read the checker component {}: {e}\n\
             It is committed in dist/; rebuild it with scripts/build-checker.sh.",
            wasm_path.display()
        )
    })?;
    match wasm.get(..8) {
        Some(b"\0asm\x0d\x00\x01\x00") => {}
        Some([0, b'a', b's', b'm', ..]) => {
            return Err(format!(
                "{} is a core WebAssembly module, not a component: rebuild it with \
                 scripts/build-checker.sh (the wasm32-wasip2 target links a component)",
                wasm_path.display()
            ));
        }
        _ => {
            return Err(format!(
                "{} is not a WebAssembly component: rebuild it with scripts/build-checker.sh",
                wasm_path.display()
            ));
        }
    }
    let target = std::env::var("TARGET").map_err(|e| e.to_string())?;
    let config =
        engine_config::config(Some(&target)).map_err(|e| format!("engine for {target}: {e}"))?;
    let engine = wasmtime::Engine::new(&config).map_err(|e| e.to_string())?;
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    precompile(&engine, &wasm, &wasm_path, &out_dir.join("checker.cwasm"))?;

    let hostile_path = manifest.join("tests/hostile/hostile.wasm");
    println!("cargo:rerun-if-changed={}", hostile_path.display());
    let hostile = std::fs::read(&hostile_path).map_err(|e| {
        format!(
            "cannot read the hostile test component {}: {e}\n\
             It is committed; rebuild it with scripts/build-hostile.sh.",
            hostile_path.display()
        )
    })?;
    precompile(
        &engine,
        &hostile,
        &hostile_path,
        &out_dir.join("hostile.cwasm"),
    )
}

fn precompile(
    engine: &wasmtime::Engine,
    wasm: &[u8],
    path: &std::path::Path,
    out: &std::path::Path,
) -> Result<(), String> {
    let cwasm = engine
        .precompile_component(wasm)
        .map_err(|e| format!("precompiling {}: {e:#}", path.display()))?;
    std::fs::write(out, cwasm).map_err(|e| format!("writing {}: {e}", out.display()))
}
