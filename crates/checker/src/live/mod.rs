//! Live checks (`--live`): plan the requests the go commands of the repository would make,
//! send the ones the host approves, and turn the answers into findings (GPD801–GPD808).
//!
//! Planning ([`plan`]) is pure and deterministic: the same files and options give the same
//! probes with the same ids, so [`probe`] re-plans and matches the approved ids instead of
//! trusting what the host sends back. Evaluation ([`evaluate`]) is pure too: it takes each
//! probe's [`Answer`]; only the sending (`send`, wasm32 only) touches wasi:http.

mod evaluate;
mod plan;
#[cfg(target_arch = "wasm32")]
mod send;

pub use evaluate::evaluate;
pub use plan::{escape_path, plan_model};

use crate::redact;
use crate::report::{Location, ProbeResult};
use crate::{Finding, Options};

/// The public proxy GPD804 asks when none is configured.
pub const PUBLIC_PROXY: &str = "https://proxy.golang.org";
/// The public checksum database GPD804 asks when none is configured.
pub const PUBLIC_SUMDB: &str = "https://sum.golang.org";
/// The GPD808 threshold when none is configured.
pub const DEFAULT_SLOW_MS: u32 = 2000;
/// The plan's size limit when none is configured.
pub const DEFAULT_MAX_PROBES: u32 = 64;

/// One request of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// `probe-1`, `probe-2`… in plan order.
    pub id: String,
    pub method: String,
    pub url: String,
    /// What this request establishes, in words.
    pub reason: String,
    /// The configuration line that makes go contact this endpoint (or the go command, when a
    /// default applies).
    pub origin: Option<Location>,
    /// The go command that would contact it (the first one, when several do).
    pub command: Option<Location>,
    /// Where go runs, in words (`stage build, go mod download on line 7`).
    pub context: String,
    pub kind: Kind,
}

/// What a probe asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `<proxy>/<module>/@v/list` of a GOPROXY entry in use.
    ProxyList { proxy: String, module: String },
    /// `<proxy>/sumdb/<name>/supported`: does the proxy proxy the checksum database?
    SumdbSupported { proxy: String, name: String },
    /// The checksum database reached directly (`<base>/latest`).
    SumdbDirect { name: String, base: String },
    /// `https://<module>?go-get=1`: the go-import meta tag of a module fetched directly.
    GoImport { module: String },
    /// The public proxy asked for a module treated as private (GPD804).
    PublicProxy { module: String },
    /// The public checksum database asked for a module treated as private (GPD804).
    PublicSumdb { module: String, version: String },
}

/// How the failure of a request is classified (from the wasi:http error code the host's
/// connector returns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    Dns,
    Refused,
    ConnectTimeout,
    /// No answer in time (first byte or between bytes).
    ReadTimeout,
    TlsCertificate,
    Tls,
    /// The HTTP proxy refused or failed the CONNECT, or another protocol failure.
    Protocol,
    /// The host's policy refused the request (not in the approved plan, budget spent).
    Denied,
    Other,
}

impl Failure {
    pub fn describe(self) -> &'static str {
        match self {
            Failure::Dns => "the host name does not resolve (DNS failure)",
            Failure::Refused => "the connection was refused",
            Failure::ConnectTimeout => "the connection timed out",
            Failure::ReadTimeout => "no answer in time (read timeout)",
            Failure::TlsCertificate => "the TLS certificate is not trusted",
            Failure::Tls => "the TLS handshake failed",
            Failure::Protocol => "the HTTP exchange failed",
            Failure::Denied => "the request was not allowed by goproxy-doctor's policy",
            Failure::Other => "the request failed",
        }
    }
}

/// What came back for one probe.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Answer {
    /// The HTTP status, when an answer came.
    pub status: Option<u16>,
    /// Why no answer came.
    pub failure: Option<Failure>,
    /// The error as the host worded it.
    pub detail: String,
    /// The first 64 KiB of the body (go-import pages, @v/list).
    pub body: String,
    /// Timings the host measured (`dns`, `connect`, `tls`, `first-byte`; milliseconds).
    pub timings: Vec<(String, u64)>,
    /// The whole request in milliseconds (the host's measure when it gives one).
    pub elapsed_ms: u64,
    /// The HTTP proxy the host sent it through (`direct` for none), when it says.
    pub via: Option<String>,
}

/// Build the model of `files` and plan, as shown to people (`--plan`) and hosts: the URLs'
/// user information and every other credential masked ([`probe`] plans again and sends the
/// requests as Go would).
pub fn plan(files: Vec<(String, Vec<u8>)>, options: &Options) -> Vec<Probe> {
    let prepared = crate::Prepared::new(files, options);
    let model = prepared.model();
    let mut probes = plan_model(&model, &options.with_config(&prepared.config));
    for p in &mut probes {
        p.url = redact::redact_url(&p.url);
        p.reason = redact::redact(&p.reason);
        p.context = redact::redact(&p.context);
        for l in p.origin.iter_mut().chain(p.command.iter_mut()) {
            l.label = redact::redact(&l.label);
            l.lines = l.lines.iter().map(|line| redact::redact(line)).collect();
        }
    }
    probes
}

/// Send the approved probes of the plan of `files` and report what the answers show, and what
/// each probe measured.
#[cfg(target_arch = "wasm32")]
pub fn probe(
    files: Vec<(String, Vec<u8>)>,
    approved: &[String],
    options: &Options,
) -> (Vec<Finding>, Vec<ProbeResult>) {
    let prepared = crate::Prepared::new(files, options);
    let model = prepared.model();
    let options = options.with_config(&prepared.config);
    let probes: Vec<Probe> = plan_model(&model, &options)
        .into_iter()
        .filter(|p| approved.contains(&p.id))
        .collect();
    let answers = send::send_all(&probes);
    let pairs: Vec<(Probe, Answer)> = probes.into_iter().zip(answers).collect();
    let mut findings = evaluate(&pairs, &options);
    crate::suppress::apply(
        &prepared.sources,
        &prepared.config,
        options.no_ignores,
        false,
        &mut findings,
    );
    prepared.config.remap(&mut findings);
    findings.iter_mut().for_each(redact::finding);
    (findings, results(&pairs))
}

/// Never sent natively: the live checks need the component's wasi:http.
#[cfg(not(target_arch = "wasm32"))]
pub fn probe(
    _files: Vec<(String, Vec<u8>)>,
    _approved: &[String],
    _options: &Options,
) -> (Vec<Finding>, Vec<ProbeResult>) {
    (Vec::new(), Vec::new())
}

/// The measurements of answered probes, for the report.
pub fn results(pairs: &[(Probe, Answer)]) -> Vec<ProbeResult> {
    pairs
        .iter()
        .map(|(p, a)| ProbeResult {
            id: p.id.clone(),
            url: redact::redact_url(&p.url),
            status: a.status,
            failure: a.failure.map(|f| f.describe().to_owned()),
            elapsed_ms: a.elapsed_ms,
            via: a.via.as_deref().map(redact::redact_url),
        })
        .collect()
}
