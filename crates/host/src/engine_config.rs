//! The wasmtime configuration shared by the runtime and by build.rs, which precompiles the
//! checker with it: a precompiled component only loads into an engine configured the same way.

/// How deep the checker's own stack may go.
pub(crate) const MAX_WASM_STACK: usize = 2 << 20;

/// The stack kept for the host functions the checker calls, on top of [`MAX_WASM_STACK`].
pub(crate) const HOST_STACK: usize = 2 << 20;

/// The engine configuration. `target` is set when precompiling, so that the artifact does not
/// depend on the CPU features of the machine that built it.
pub(crate) fn config(target: Option<&str>) -> wasmtime::Result<wasmtime::Config> {
    let mut c = wasmtime::Config::new();
    c.wasm_component_model(true);
    c.epoch_interruption(true);
    // The checker's stack may be 2 MiB deep. Calls run on a fiber of their own, which must
    // leave room for the host functions it calls and for handling the checker's stack overflow
    // (wasmtime: the host gets `async_stack_size - max_wasm_stack`). With the default fiber of
    // 2 MiB the host had none, and a checker recursing without end aborted the whole process
    // ("execution on async fiber has overflowed its stack") instead of trapping.
    c.max_wasm_stack(MAX_WASM_STACK);
    c.async_stack_size(MAX_WASM_STACK + HOST_STACK);
    if let Some(triple) = target {
        c.target(triple)?;
    }
    Ok(c)
}
