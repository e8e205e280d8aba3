//! The checker's output types. They mirror the `types` interface of `wit/checker.wit`
//! one to one; `component.rs` converts between the two.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub start_line: u32,
    pub start_column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub path: String,
    pub span: Span,
    pub label: String,
    /// The source lines the span touches, the first being `span.start_line`.
    #[serde(skip)]
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    Safe,
    Unsafe,
    DisplayOnly,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub path: String,
    pub span: Span,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub description: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub name: String,
    pub severity: Severity,
    pub message: String,
    pub primary: Location,
    pub related: Vec<Location>,
    pub help: Option<String>,
    pub fixes: Vec<Fix>,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputDiagnostic {
    pub path: String,
    pub message: String,
    pub skipped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub tool_version: String,
    pub files: Vec<String>,
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<InputDiagnostic>,
    pub routes: Vec<FetchRoute>,
    /// With `--live`: what each probe measured.
    pub probes: Vec<ProbeResult>,
}

/// What one live probe measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProbeResult {
    pub id: String,
    pub url: String,
    pub status: Option<u16>,
    pub failure: Option<String>,
    pub elapsed_ms: u64,
    pub via: Option<String>,
}

/// One entry of a GOPROXY list as Go walks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteHop {
    pub target: String,
    /// `404/410`, `any error`, or empty for the last entry.
    pub next_on: String,
}

/// How one build context fetches modules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FetchRoute {
    pub context: String,
    pub path: String,
    pub line: u32,
    pub go_release: Option<String>,
    pub direct_patterns: Vec<String>,
    pub hops: Vec<RouteHop>,
    pub proxy_error: Option<String>,
    pub checksum_db: String,
    pub no_checksum_patterns: Vec<String>,
    pub unknown: Vec<String>,
}

/// Metadata and documentation of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    pub id: String,
    pub name: String,
    pub family: String,
    pub default_severity: Severity,
    pub security_severity: Option<String>,
    pub short_description: String,
    pub full_description: String,
    pub help_markdown: String,
    pub tags: Vec<String>,
    pub precision: String,
    pub live: bool,
}

/// Sort findings by path, line, column, rule (then message, for a total order), drop exact
/// duplicates (one value reported from several build contexts), and give each a fingerprint.
///
/// The fingerprint hashes the rule, the path and the text of the flagged line (trimmed, its
/// credentials masked), plus the occurrence number of that triple, so it survives lines moving
/// up or down and is the same on every machine.
pub fn sort_and_fingerprint(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    findings.dedup_by(|a, b| order_key(a) == order_key(b));
    let mut seen: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
    for f in findings.iter_mut() {
        // the line as shown, credentials masked: a fingerprint must not let anyone test
        // guesses of a secret, and it survives the secret being rotated
        let line = crate::redact::redact(f.primary.lines.first().map_or("", |l| l.trim()));
        let mut h = Fnv64::new();
        for part in [f.rule.as_str(), f.primary.path.as_str(), line.as_str()] {
            h.write(part.as_bytes());
            h.write(&[0]);
        }
        let key = h.finish();
        let n = seen.entry(key).or_insert(0);
        *n += 1;
        f.fingerprint = format!("{key:016x}:{n}");
    }
}

fn order_key(f: &Finding) -> (&str, u32, u32, &str, u32, &str) {
    let p = &f.primary;
    (
        p.path.as_str(),
        p.span.start_line,
        p.span.start_column,
        f.rule.as_str(),
        p.span.end,
        f.message.as_str(),
    )
}

/// FNV-1a, 64 bit: tiny, stable across platforms and Rust versions (unlike `DefaultHasher`).
struct Fnv64(u64);

impl Fnv64 {
    fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
