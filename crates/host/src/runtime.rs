//! The checker component in wasmtime: the embedded precompiled artifact, one engine and one
//! `InstancePre` per process, and a store with a memory cap and a deadline for every run.
//!
//! The component gets nothing it is not given: an empty WASI context (no environment, no
//! arguments, no files, no sockets, no name lookups) and an HTTP hook that goes through
//! [`Policy`].

use std::sync::Arc;
use std::time::{Duration, Instant};

use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Engine, Store, StoreLimits, StoreLimitsBuilder, Trap};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

use crate::policy::Policy;

mod bindings {
    wasmtime::component::bindgen!({
        path: "../../wit",
        world: "goproxy-doctor:checker/checker",
        exports: { default: async },
        with: {
            "wasi:http": wasmtime_wasi_http::p2::bindings::http,
            "wasi:io": wasmtime_wasi::p2::bindings::io,
            "wasi:clocks": wasmtime_wasi::p2::bindings::clocks,
        },
    });
}

pub(crate) use bindings::goproxy_doctor::checker::types::{
    Format, InputDiagnostic, Options, RenderOptions, Report, RuleInfo, Severity, SourceFile,
};
use bindings::{Checker as CheckerWorld, CheckerPre};

/// The checker precompiled by build.rs for this target.
static CHECKER_CWASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/checker.cwasm"));

/// How often the epoch advances; the deadline is counted in these ticks.
const TICK: Duration = Duration::from_millis(10);

/// Resource limits of one run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub memory_bytes: usize,
    pub timeout: Duration,
}

struct HostState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    policy: Policy,
    limits: StoreLimits,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for HostState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.policy,
        }
    }
}

/// One instance of the checker, with its store: analyze, then render as many times as needed.
/// Each call may take `limits.timeout`; the memory cap holds for the whole session.
pub(crate) struct Session {
    store: Store<HostState>,
    checker: CheckerWorld,
    limits: Limits,
    _ticker: Ticker,
}

impl Session {
    /// Load the embedded checker and instantiate it under `limits`.
    pub(crate) async fn start(limits: Limits, policy: Policy) -> Result<Session, String> {
        let config =
            crate::engine_config::config(None).map_err(|e| format!("configuring wasmtime: {e}"))?;
        let engine = Engine::new(&config).map_err(|e| format!("starting wasmtime: {e}"))?;
        let component = load_component(&engine)?;
        let mut linker: Linker<HostState> = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)
            .map_err(|e| format!("linking WASI: {e}"))?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)
            .map_err(|e| format!("linking wasi:http: {e}"))?;
        let pre = linker
            .instantiate_pre(&component)
            .and_then(CheckerPre::new)
            .map_err(|e| format!("the embedded checker does not match this host: {e}"))?;

        let mut wasi = WasiCtx::builder();
        wasi.allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        let state = HostState {
            wasi: wasi.build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            policy,
            limits: StoreLimitsBuilder::new()
                .memory_size(limits.memory_bytes)
                .instances(16)
                .memories(4)
                .tables(16)
                .table_elements(1_000_000)
                .trap_on_grow_failure(true)
                .build(),
        };
        let mut store = Store::new(&engine, state);
        store.limiter(|s| &mut s.limits);
        // the report the checker returns may be as large as its memory
        store.set_hostcall_fuel(limits.memory_bytes);
        let ticker = Ticker::start(&engine);
        let deadline = arm(&mut store, limits);
        let checker = within(deadline, limits, pre.instantiate_async(&mut store)).await?;
        Ok(Session {
            store,
            checker,
            limits,
            _ticker: ticker,
        })
    }

    pub(crate) async fn relevant_files(&mut self) -> Result<Vec<String>, String> {
        let deadline = arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        within(
            deadline,
            self.limits,
            api.call_relevant_files(&mut self.store),
        )
        .await
    }

    pub(crate) async fn rules(&mut self) -> Result<Vec<RuleInfo>, String> {
        let deadline = arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        within(deadline, self.limits, api.call_rules(&mut self.store)).await
    }

    pub(crate) async fn analyze(
        &mut self,
        files: &[SourceFile],
        options: Options,
    ) -> Result<Report, String> {
        let deadline = arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        within(
            deadline,
            self.limits,
            api.call_analyze(&mut self.store, files, options),
        )
        .await
    }

    pub(crate) async fn render(
        &mut self,
        report: &Report,
        format: Format,
        options: &RenderOptions,
    ) -> Result<String, String> {
        let deadline = arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        within(
            deadline,
            self.limits,
            api.call_render(&mut self.store, report, format, options),
        )
        .await
    }
}

fn load_component(engine: &Engine) -> Result<Component, String> {
    // SAFETY: the bytes were produced by `Engine::precompile_component` in build.rs, for this
    // target, with the same wasmtime version and configuration (src/engine_config.rs), and are
    // embedded in this binary: they are trusted exactly as much as the binary itself.
    #[allow(unsafe_code)]
    let component = unsafe { Component::deserialize(engine, CHECKER_CWASM) };
    component.map_err(|e| format!("loading the embedded checker: {e}"))
}

/// Give the next call `limits.timeout`, counted in epoch ticks (this stops CPU loops), and
/// return the wall-clock deadline for [`within`].
fn arm<T>(store: &mut Store<T>, limits: Limits) -> Instant {
    let ticks = (limits.timeout.as_millis() / TICK.as_millis()).max(1);
    store.set_epoch_deadline(u64::try_from(ticks).unwrap_or(u64::MAX));
    store.epoch_deadline_trap();
    Instant::now() + limits.timeout
}

/// Await a guest call, stopping it at `deadline` even when it is blocked in a host call.
async fn within<T>(
    deadline: Instant,
    limits: Limits,
    call: impl std::future::Future<Output = wasmtime::Result<T>>,
) -> Result<T, String> {
    let left = deadline.saturating_duration_since(Instant::now());
    match tokio::time::timeout(left, call).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(classify(&e, limits)),
        Err(_) => Err(timeout_message(limits)),
    }
}

fn timeout_message(limits: Limits) -> String {
    format!(
        "the checker did not finish within {} s (--timeout-secs); no output was written",
        limits.timeout.as_secs()
    )
}

/// Say why the guest stopped, in words a user can act on.
fn classify(e: &wasmtime::Error, limits: Limits) -> String {
    match e.downcast_ref::<Trap>() {
        Some(Trap::Interrupt) => timeout_message(limits),
        Some(Trap::UnreachableCodeReached) => format!(
            "the checker crashed (this is a bug in goproxy-doctor; please report it with the files that caused it): {e}"
        ),
        Some(trap) => format!("the checker stopped with a trap ({trap}): {e:?}"),
        None if format!("{e:?}").contains("forcing trap when growing memory") => format!(
            "the checker ran out of memory: it may use at most {} MiB (--max-memory-mb)",
            limits.memory_bytes >> 20
        ),
        None => format!("the checker failed: {e:?}"),
    }
}

/// Advances the engine's epoch every [`TICK`] until dropped.
struct Ticker {
    stop: Arc<std::sync::atomic::AtomicBool>,
}

impl Ticker {
    fn start(engine: &Engine) -> Ticker {
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let engine = engine.weak();
        let flag = Arc::clone(&stop);
        std::thread::spawn(move || {
            while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                match engine.upgrade() {
                    Some(e) => e.increment_epoch(),
                    None => break,
                }
                std::thread::sleep(TICK);
            }
        });
        Ticker { stop }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
