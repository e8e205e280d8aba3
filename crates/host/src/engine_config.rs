//! The wasmtime configuration shared by the runtime and by build.rs, which precompiles the
//! checker with it: a precompiled component only loads into an engine configured the same way.

/// The engine configuration. `target` is set when precompiling, so that the artifact does not
/// depend on the CPU features of the machine that built it.
pub(crate) fn config(target: Option<&str>) -> wasmtime::Result<wasmtime::Config> {
    let mut c = wasmtime::Config::new();
    c.wasm_component_model(true);
    c.epoch_interruption(true);
    c.max_wasm_stack(2 << 20);
    if let Some(triple) = target {
        c.target(triple)?;
    }
    Ok(c)
}
