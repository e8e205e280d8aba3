//! The checker component in wasmtime: the embedded precompiled artifact, one engine and one
//! `InstancePre` per process, and one store with a memory cap and a deadline on every call.
//!
//! The component gets nothing it is not given: an empty WASI context (no environment, no
//! arguments, no files, no sockets, no name lookups; standard output is discarded and the last
//! 64 KiB of standard error are kept so that a crash can be explained) and an HTTP hook that
//! goes through [`Policy`]. What it can make the host hold is bounded too: its memory (the
//! limiter), its host resources ([`MAX_RESOURCES`] handles, header maps of at most
//! [`FIELD_SIZE_LIMIT`] bytes), random bytes per call ([`MAX_RANDOM_BYTES`]). The sandbox tests
//! (sandbox_tests.rs) run a hostile component against all of this. docs/limits.md lists the
//! limits.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Engine, ResourceLimiter, Store, StoreLimits, StoreLimitsBuilder, Trap};
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError};
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
    Applicability, Finding, Format, InputDiagnostic, Options, PlannedProbe, ProbeReport,
    RenderOptions, Report, RuleInfo, Severity, SourceFile,
};
#[cfg(test)]
pub(crate) use bindings::goproxy_doctor::checker::types::{Edit, Fix, Location, Span};
use bindings::{Checker as CheckerWorld, CheckerPre};

/// The checker precompiled by build.rs for this target.
static CHECKER_CWASM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/checker.cwasm"));

/// How often the epoch advances; deadlines are counted in these ticks.
const TICK: Duration = Duration::from_millis(10);

/// How much of the checker's standard error is kept: the end of it (a panic message is a few
/// hundred bytes, written last).
const STDERR_CAPACITY: usize = 64 << 10;

/// How many host resources (streams, pollables, requests, header maps, ...) the checker may
/// hold at once. `--live` with the most requests (1000) needs about 6 per request.
pub(crate) const MAX_RESOURCES: usize = 20_000;

/// The largest header map the checker may build (the probes send one short header).
pub(crate) const FIELD_SIZE_LIMIT: usize = 8 << 10;

/// The most random bytes one call may ask for (the checker needs none: std's hash seeds).
pub(crate) const MAX_RANDOM_BYTES: u64 = 1 << 20;

/// Resource limits of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// The checker's memory cap, in MiB.
    pub memory_mib: u64,
    /// How long each call into the checker may take.
    pub timeout: Duration,
}

impl Limits {
    pub(crate) const DEFAULT_MEMORY_MIB: u64 = 512;
    pub(crate) const DEFAULT_TIMEOUT_SECS: u64 = 60;

    fn memory_bytes(self) -> usize {
        usize::try_from(self.memory_mib.saturating_mul(1 << 20)).unwrap_or(usize::MAX)
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            memory_mib: Limits::DEFAULT_MEMORY_MIB,
            timeout: Duration::from_secs(Limits::DEFAULT_TIMEOUT_SECS),
        }
    }
}

struct HostState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    policy: Policy,
    limiter: Limiter,
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

/// [`StoreLimits`] that remembers whether it refused to grow a memory or a table, so that the
/// resulting trap can be reported as running out of memory.
struct Limiter {
    limits: StoreLimits,
    refused: bool,
}

impl ResourceLimiter for Limiter {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let verdict = self.limits.memory_growing(current, desired, maximum);
        self.refused |= !matches!(verdict, Ok(true));
        verdict
    }

    fn memory_grow_failed(&mut self, error: wasmtime::Error) -> wasmtime::Result<()> {
        self.refused = true;
        self.limits.memory_grow_failed(error)
    }

    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let verdict = self.limits.table_growing(current, desired, maximum);
        self.refused |= !matches!(verdict, Ok(true));
        verdict
    }

    fn table_grow_failed(&mut self, error: wasmtime::Error) -> wasmtime::Result<()> {
        self.refused = true;
        self.limits.table_grow_failed(error)
    }

    fn instances(&self) -> usize {
        self.limits.instances()
    }

    fn tables(&self) -> usize {
        self.limits.tables()
    }

    fn memories(&self) -> usize {
        self.limits.memories()
    }
}

/// One instance of the checker, with its store: ask it for its globs, analyse, then render as
/// many times as needed. Each call may take `limits.timeout`; the memory cap holds for the
/// whole session.
pub(crate) struct Session {
    store: Store<HostState>,
    checker: CheckerWorld,
    limits: Limits,
    stderr: StderrTail,
    _ticker: Ticker,
}

impl Session {
    /// Load the embedded checker and instantiate it under `limits`, with `policy` deciding on
    /// every HTTP request it makes.
    pub(crate) async fn start(limits: Limits, policy: Policy) -> Result<Session, String> {
        Session::start_with(CHECKER_CWASM, limits, policy).await
    }

    /// [`Session::start`] with another precompiled component of the same world (the tests'
    /// hostile one); `cwasm` must come from build.rs like the checker's.
    pub(crate) async fn start_with(
        cwasm: &[u8],
        limits: Limits,
        policy: Policy,
    ) -> Result<Session, String> {
        let config = crate::engine_config::config(None)
            .map_err(|e| format!("configuring wasmtime: {e:#}"))?;
        let engine = Engine::new(&config).map_err(|e| format!("starting wasmtime: {e:#}"))?;
        let component = load_component(&engine, cwasm)?;
        let mut linker: Linker<HostState> = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_async(&mut linker)
            .map_err(|e| format!("linking WASI: {e:#}"))?;
        wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)
            .map_err(|e| format!("linking wasi:http: {e:#}"))?;
        let pre = linker
            .instantiate_pre(&component)
            .and_then(CheckerPre::new)
            .map_err(|e| format!("the embedded checker does not match this host: {e:#}"))?;

        let stderr = StderrTail::default();
        let mut wasi = WasiCtx::builder();
        // Standard output stays the default sink; no preopens, no environment, no arguments.
        wasi.stderr(stderr.clone())
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false)
            .max_random_size(MAX_RANDOM_BYTES);
        let mut http = WasiHttpCtx::new();
        http.set_field_size_limit(FIELD_SIZE_LIMIT);
        let mut table = ResourceTable::new();
        table.set_max_capacity(MAX_RESOURCES);
        let state = HostState {
            wasi: wasi.build(),
            http,
            table,
            policy,
            limiter: Limiter {
                limits: StoreLimitsBuilder::new()
                    .memory_size(limits.memory_bytes())
                    .instances(16)
                    .memories(4)
                    .tables(16)
                    .table_elements(1_000_000)
                    .trap_on_grow_failure(true)
                    .build(),
                refused: false,
            },
        };
        let mut store = Store::new(&engine, state);
        store.limiter(|s| &mut s.limiter);
        // What the checker returns (the report) may be as large as its memory, no larger.
        store.set_hostcall_fuel(limits.memory_bytes());
        let ticker = Ticker::start(&engine);
        arm(&mut store, limits);
        let outcome = deadline(limits, pre.instantiate_async(&mut store)).await;
        let checker = settle(&store, limits, &stderr, "starting up", outcome)?;
        Ok(Session {
            store,
            checker,
            limits,
            stderr,
            _ticker: ticker,
        })
    }

    pub(crate) async fn relevant_files(&mut self) -> Result<Vec<String>, String> {
        arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        let outcome = deadline(self.limits, api.call_relevant_files(&mut self.store)).await;
        self.settle("listing the files it reads", outcome)
    }

    pub(crate) async fn presence_only_files(&mut self) -> Result<Vec<String>, String> {
        arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        let outcome = deadline(self.limits, api.call_presence_only_files(&mut self.store)).await;
        self.settle("listing the files it needs only the presence of", outcome)
    }

    pub(crate) async fn rules(&mut self) -> Result<Vec<RuleInfo>, String> {
        arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        let outcome = deadline(self.limits, api.call_rules(&mut self.store)).await;
        self.settle("listing its rules", outcome)
    }

    pub(crate) async fn analyze(
        &mut self,
        files: &[SourceFile],
        options: Options,
    ) -> Result<Report, String> {
        arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        let call = api.call_analyze(&mut self.store, files, &options);
        let outcome = deadline(self.limits, call).await;
        self.settle("analysing the files", outcome)
    }

    pub(crate) async fn render(
        &mut self,
        report: &Report,
        format: Format,
        options: &RenderOptions,
    ) -> Result<String, String> {
        arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        let call = api.call_render(&mut self.store, report, format, options);
        let outcome = deadline(self.limits, call).await;
        self.settle("rendering the report", outcome)
    }

    /// The effective configuration as TOML, or the configuration file's error.
    pub(crate) async fn show_config(
        &mut self,
        files: &[SourceFile],
        options: &Options,
    ) -> Result<Result<String, String>, String> {
        arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_analyzer();
        let call = api.call_show_config(&mut self.store, files, options);
        let outcome = deadline(self.limits, call).await;
        self.settle("reading the configuration", outcome)
    }

    /// The probes `--live` would send, and why. Sends nothing.
    pub(crate) async fn plan(
        &mut self,
        files: &[SourceFile],
        options: &Options,
    ) -> Result<Vec<PlannedProbe>, String> {
        arm(&mut self.store, self.limits);
        let api = self.checker.goproxy_doctor_checker_live();
        let call = api.call_plan(&mut self.store, files, options);
        let outcome = deadline(self.limits, call).await;
        self.settle("planning the live checks", outcome)?
            .map_err(|e| format!("the checker could not plan the live checks: {e}"))
    }

    /// Send the approved probes under `policy`, within `timeout` for the whole phase.
    pub(crate) async fn probe(
        &mut self,
        files: &[SourceFile],
        approved: &[PlannedProbe],
        options: &Options,
        policy: Policy,
        timeout: Duration,
    ) -> Result<ProbeReport, String> {
        self.store.data_mut().policy = policy;
        let limits = Limits {
            timeout,
            ..self.limits
        };
        arm(&mut self.store, limits);
        let api = self.checker.goproxy_doctor_checker_live();
        let call = api.call_probe(&mut self.store, files, approved, options);
        let outcome = deadline(limits, call).await;
        // Whatever happened, nothing more may be sent.
        self.store.data_mut().policy = Policy::deny_all();
        match outcome {
            Err(_elapsed) => Err(format!(
                "the live checks did not finish within {} s; raise the bound with --live-timeout-secs",
                timeout.as_secs()
            )),
            outcome => self
                .settle("running the live checks", outcome)?
                .map_err(|e| format!("the live checks failed: {e}")),
        }
    }

    /// What the host kept of the checker's standard error.
    #[cfg(test)]
    pub(crate) fn stderr(&self) -> Vec<u8> {
        self.stderr.contents()
    }

    fn settle<T>(&self, step: &str, outcome: Outcome<T>) -> Result<T, String> {
        settle(&self.store, self.limits, &self.stderr, step, outcome)
    }
}

fn load_component(engine: &Engine, cwasm: &[u8]) -> Result<Component, String> {
    // SAFETY: `Component::deserialize` trusts its input to be a well-formed artifact of this
    // wasmtime version. The embedded bytes were produced by `Engine::precompile_component` in
    // build.rs, with the same wasmtime version and the same configuration
    // (src/engine_config.rs), and are part of this binary: they are exactly as trusted as the
    // binary itself. Wasmtime still checks the version, the configuration and the target and
    // returns an error on a mismatch.
    #[allow(unsafe_code)]
    let component = unsafe { Component::deserialize(engine, cwasm) };
    component.map_err(|e| format!("loading the embedded checker: {e:#}"))
}

/// Give the next call `limits.timeout` in epoch ticks: this stops CPU-bound loops, which never
/// yield to the wall-clock timeout of [`deadline`].
fn arm<T>(store: &mut Store<T>, limits: Limits) {
    let ticks = (limits.timeout.as_millis() / TICK.as_millis()).max(1);
    store.set_epoch_deadline(u64::try_from(ticks).unwrap_or(u64::MAX));
    store.epoch_deadline_trap();
}

/// What a call into the checker came to: its result, or `Err` when the wall clock ran out.
type Outcome<T> = Result<wasmtime::Result<T>, tokio::time::error::Elapsed>;

/// Await a call into the checker for at most `limits.timeout`, even when it is blocked in a
/// host call (a CPU-bound loop is stopped by the epoch deadline instead, see [`arm`]).
async fn deadline<T>(
    limits: Limits,
    call: impl Future<Output = wasmtime::Result<T>>,
) -> Outcome<T> {
    tokio::time::timeout(limits.timeout, call).await
}

fn settle<T>(
    store: &Store<HostState>,
    limits: Limits,
    stderr: &StderrTail,
    step: &str,
    outcome: Outcome<T>,
) -> Result<T, String> {
    match outcome {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => Err(explain(&Failure {
            step,
            limits,
            error: Some(&error),
            memory_refused: store.data().limiter.refused,
            stderr: &String::from_utf8_lossy(&stderr.contents()),
        })),
        Err(_elapsed) => Err(explain(&Failure {
            step,
            limits,
            error: None,
            memory_refused: false,
            stderr: "",
        })),
    }
}

/// Why a call into the checker did not return.
struct Failure<'a> {
    /// What the checker was doing ("analysing the files").
    step: &'a str,
    limits: Limits,
    /// None when the wall-clock deadline passed.
    error: Option<&'a wasmtime::Error>,
    /// Whether the store refused to grow a memory or a table.
    memory_refused: bool,
    /// What the checker wrote to standard error (a panic message).
    stderr: &'a str,
}

/// Say why the checker stopped, in words a user can act on.
fn explain(failure: &Failure<'_>) -> String {
    let Failure {
        step,
        limits,
        error,
        memory_refused,
        stderr,
    } = *failure;
    let timeout = || {
        format!(
            "the checker exceeded its {} s deadline while {step}; raise it with --timeout-secs",
            limits.timeout.as_secs()
        )
    };
    let Some(error) = error else {
        return timeout();
    };
    if memory_refused {
        return format!(
            "the checker ran out of memory (cap {} MiB) while {step}; raise the cap with --max-memory-mb",
            limits.memory_mib
        );
    }
    match error.downcast_ref::<Trap>() {
        Some(Trap::Interrupt) => timeout(),
        Some(trap) => {
            let panic = panic_message(stderr);
            let cause = if panic.is_empty() {
                trap.to_string()
            } else {
                panic
            };
            format!(
                "the checker crashed while {step}: {cause}\n\
                 This is a bug in goproxy-doctor: please report it, with the files that caused it if you can."
            )
        }
        None => {
            // A host call refused what the checker asked (a full resource table, an oversized
            // header map, ...). The wasm backtrace wasmtime wraps it in says nothing to a user.
            let backtrace = error
                .downcast_ref::<wasmtime::WasmBacktrace>()
                .map(ToString::to_string);
            let cause: Vec<String> = error
                .chain()
                .map(ToString::to_string)
                .filter(|m| Some(m) != backtrace.as_ref())
                .collect();
            format!("the checker failed while {step}: {}", cause.join(": "))
        }
    }
}

/// The useful part of a Rust panic report on the checker's standard error: the location and
/// the message, on one line. What came before the last panic report is left out.
fn panic_message(stderr: &str) -> String {
    let report = stderr
        .rmatch_indices("thread '")
        .map(|(at, _)| at)
        .find(|&at| at == 0 || stderr[..at].ends_with('\n'))
        .map_or(stderr, |at| &stderr[at..]);
    report
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("note: run with `RUST_BACKTRACE"))
        .map(|l| {
            let l = l.strip_prefix("thread '<unnamed>' ").unwrap_or(l);
            // Recent Rust releases add the thread's id: `(1) panicked at …`.
            match l.strip_prefix('(').and_then(|r| r.split_once(") ")) {
                Some((id, rest)) if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) => {
                    rest
                }
                _ => l,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The checker's standard error: the last [`STDERR_CAPACITY`] bytes are kept, the rest is
/// dropped. Writes never fail (wasmtime's `MemoryOutputPipe` traps the guest once full, which
/// would turn a chatty checker into a crash and hide a panic message behind the noise).
#[derive(Clone, Default)]
struct StderrTail {
    buffer: Arc<Mutex<Vec<u8>>>,
}

impl StderrTail {
    fn contents(&self) -> Vec<u8> {
        let buffer = self.buffer.lock().unwrap_or_else(PoisonError::into_inner);
        buffer[buffer.len().saturating_sub(STDERR_CAPACITY)..].to_vec()
    }

    fn append(&self, bytes: &[u8]) {
        let mut buffer = self.buffer.lock().unwrap_or_else(PoisonError::into_inner);
        let bytes = &bytes[bytes.len().saturating_sub(STDERR_CAPACITY)..];
        buffer.extend_from_slice(bytes);
        // Trim in halves so that appending stays linear.
        if buffer.len() > 2 * STDERR_CAPACITY {
            let excess = buffer.len() - STDERR_CAPACITY;
            buffer.drain(..excess);
        }
    }
}

impl IsTerminal for StderrTail {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for StderrTail {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[wasmtime_wasi::async_trait]
impl OutputStream for StderrTail {
    fn write(&mut self, bytes: bytes::Bytes) -> Result<(), StreamError> {
        self.append(&bytes);
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }

    fn check_write(&mut self) -> Result<usize, StreamError> {
        Ok(STDERR_CAPACITY)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for StderrTail {
    async fn ready(&mut self) {}
}

impl tokio::io::AsyncWrite for StderrTail {
    fn poll_write(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
        bytes: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        self.append(bytes);
        std::task::Poll::Ready(Ok(bytes.len()))
    }

    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
}

/// Advances the engine's epoch every [`TICK`] until dropped.
struct Ticker {
    stop: Arc<AtomicBool>,
}

impl Ticker {
    fn start(engine: &Engine) -> Ticker {
        let stop = Arc::new(AtomicBool::new(false));
        let engine = engine.weak();
        let stopped = Arc::clone(&stop);
        std::thread::spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                match engine.upgrade() {
                    Some(engine) => engine.increment_epoch(),
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
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        memory_mib: 512,
        timeout: Duration::from_secs(60),
    };

    fn failure<'a>(error: Option<&'a wasmtime::Error>, stderr: &'a str) -> Failure<'a> {
        Failure {
            step: "analysing the files",
            limits: LIMITS,
            error,
            memory_refused: false,
            stderr,
        }
    }

    #[test]
    fn deadlines_are_reported_as_such() {
        let expected = "the checker exceeded its 60 s deadline while analysing the files; \
                        raise it with --timeout-secs";
        assert_eq!(explain(&failure(None, "")), expected);
        let interrupt = wasmtime::Error::new(Trap::Interrupt);
        assert_eq!(explain(&failure(Some(&interrupt), "")), expected);
    }

    #[test]
    fn refused_growth_is_running_out_of_memory() {
        let error = wasmtime::Error::msg("forcing trap when growing memory to 67174400 bytes");
        let message = explain(&Failure {
            memory_refused: true,
            ..failure(Some(&error), "")
        });
        assert_eq!(
            message,
            "the checker ran out of memory (cap 512 MiB) while analysing the files; \
             raise the cap with --max-memory-mb"
        );
    }

    #[test]
    fn a_trap_is_a_crash_with_the_panic_message_when_there_is_one() {
        let error = wasmtime::Error::new(Trap::UnreachableCodeReached);
        let stderr = "\nthread '<unnamed>' panicked at /goproxy-doctor/crates/checker/src/x.rs:3:5:\n\
                      index out of bounds\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        let message = explain(&failure(Some(&error), stderr));
        assert!(
            message.starts_with(
                "the checker crashed while analysing the files: panicked at \
                 /goproxy-doctor/crates/checker/src/x.rs:3:5: index out of bounds\n"
            ),
            "{message}"
        );
        // recent Rust releases name the thread's id too
        let stderr = "thread '<unnamed>' (1) panicked at src/x.rs:3:5:\nboom\n";
        let message = explain(&failure(Some(&error), stderr));
        assert!(
            message.starts_with(
                "the checker crashed while analysing the files: panicked at src/x.rs:3:5: boom\n"
            ),
            "{message}"
        );
        let message = explain(&failure(Some(&error), ""));
        assert!(
            message.starts_with("the checker crashed while analysing the files: wasm trap:"),
            "{message}"
        );
    }

    #[test]
    fn other_errors_keep_their_context() {
        let error = wasmtime::Error::msg("inner").context("outer");
        assert_eq!(
            explain(&failure(Some(&error), "")),
            "the checker failed while analysing the files: outer: inner"
        );
    }

    #[test]
    fn a_corrupt_artifact_is_an_error_not_a_crash() {
        let config = crate::engine_config::config(None).unwrap();
        let engine = Engine::new(&config).unwrap();
        let error = load_component(&engine, b"\x7fELF not really a component").unwrap_err();
        assert!(
            error.starts_with("loading the embedded checker: "),
            "{error}"
        );
    }

    #[tokio::test]
    async fn the_wall_clock_deadline_stops_a_blocked_call() {
        let limits = Limits {
            timeout: Duration::from_millis(20),
            ..LIMITS
        };
        let blocked = async {
            tokio::time::sleep(Duration::from_secs(10)).await;
            Ok(())
        };
        // It returns, and as a timeout (sandbox_tests.rs has a real component blocked in a host call).
        assert!(deadline(limits, blocked).await.is_err());
    }
}
