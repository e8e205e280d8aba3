//! The goproxy-doctor checker.
//!
//! Pipeline: [`parse`] each input into a syntax tree with exact spans, build the [`model`] (the
//! effective Go configuration of every build context, each value with where it was set), run the
//! [`rules`] over the model, and [`render`] the findings. The same code runs natively (tests,
//! benchmarks) and as the WebAssembly component the hosts embed (`component`, wasm32 only).

pub mod config;
pub mod gosem;
pub mod live;
pub mod model;
pub mod parse;
pub mod render;
pub mod report;
pub mod rules;
pub mod source;
mod suppress;

#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code, unreachable_pub)] // generated bindings: the canonical ABI needs unsafe glue
mod component;

pub use report::{
    Applicability, Edit, Finding, Fix, InputDiagnostic, Location, Report, RuleInfo, Severity, Span,
};
pub use source::SourceFile;

/// The version every output names.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Options for one analysis.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Report what `goproxy-doctor: ignore[…]` comments would hide.
    pub no_ignores: bool,
    /// Live checks: the public GOPROXY asked about private modules (GPD804).
    pub public_proxy: Option<String>,
    /// Live checks: the public checksum database asked about private modules (GPD804).
    pub public_sumdb: Option<String>,
    /// Live checks: the host's proxy variables (HTTP_PROXY…), to name the proxy in the path.
    pub proxy_env: Vec<(String, String)>,
    /// Live checks: the GPD808 threshold in milliseconds (0: 2000).
    pub slow_ms: u32,
    /// Live checks: the plan's size limit (0: 64).
    pub max_probes: u32,
}

/// Globs (gitignore syntax, relative to the repository root) of the files the checker reads.
pub fn relevant_files() -> Vec<String> {
    parse::RELEVANT_GLOBS
        .iter()
        .map(|g| (*g).to_owned())
        .collect()
}

/// Parse, model and lint `files`. Never panics on bad input: problems become diagnostics.
pub fn analyze(files: Vec<(String, Vec<u8>)>, options: &Options) -> Report {
    let mut diagnostics = Vec::new();
    let sources: Vec<SourceFile> = files
        .into_iter()
        .map(|(path, bytes)| {
            let file = SourceFile::new(path, bytes);
            if file.lossy {
                diagnostics.push(InputDiagnostic {
                    path: file.path.clone(),
                    message: "file is not valid UTF-8: invalid bytes were read as U+FFFD and no fix is offered for it".into(),
                    skipped: false,
                });
            }
            file
        })
        .collect();
    let parsed = parse::parse_all(&sources, &mut diagnostics);
    let model = model::Model::build(&sources, &parsed);
    for (file, range, message) in &model.script_problems {
        let file = &sources[*file];
        let at = file.span(range.start, range.start);
        diagnostics.push(InputDiagnostic {
            path: file.path.clone(),
            message: format!("{}:{}: {message}", at.start_line, at.start_column),
            skipped: false,
        });
    }
    let mut findings = rules::run_all(&model);
    let routes = model.routes();
    if !options.no_ignores {
        suppress::apply(&sources, &mut findings);
    }
    report::sort_and_fingerprint(&mut findings);
    diagnostics.sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
    let mut paths: Vec<String> = sources.iter().map(|s| s.path.clone()).collect();
    paths.sort();
    Report {
        tool_version: VERSION.to_owned(),
        files: paths,
        findings,
        diagnostics,
        routes,
        probes: Vec::new(),
    }
}
