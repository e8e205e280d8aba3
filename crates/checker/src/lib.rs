//! The goproxy-doctor checker.
//!
//! Pipeline: [`parse`] each input into a syntax tree with exact spans, build the [`model`] (the
//! effective Go configuration of every build context, each value with where it was set), run the
//! [`rules`] over the model, and [`render`] the findings. The same code runs natively (tests,
//! benchmarks) and as the WebAssembly component the hosts embed (`component`, wasm32 only).

pub mod config;
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))] // native only: the fuzz targets and their corpus test
pub mod fuzzing;
pub mod gosem;
pub mod live;
pub mod model;
pub mod parse;
pub mod redact;
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
    /// The path, among the files, of the configuration file (`.goproxy-doctor.toml`).
    pub config: Option<String>,
}

impl Options {
    /// These options with the configuration file's `[live]` settings where the host gave none.
    pub fn with_config(&self, config: &config::Config) -> Options {
        let mut o = self.clone();
        if o.public_proxy.is_none() {
            o.public_proxy.clone_from(&config.public_proxy);
        }
        if o.public_sumdb.is_none() {
            o.public_sumdb.clone_from(&config.public_sumdb);
        }
        if o.slow_ms == 0 {
            o.slow_ms = config.slow_ms.unwrap_or(0);
        }
        o
    }
}

/// Globs of the relevant files whose presence is all the checker needs: hosts pass them with
/// empty contents, unread (see `presence-only-files` in wit/checker.wit).
pub fn presence_only_files() -> Vec<String> {
    parse::PRESENCE_ONLY_GLOBS
        .iter()
        .map(|g| (*g).to_owned())
        .collect()
}

/// Globs (gitignore syntax, relative to the repository root) of the files the checker reads.
pub fn relevant_files() -> Vec<String> {
    parse::RELEVANT_GLOBS
        .iter()
        .map(|g| (*g).to_owned())
        .collect()
}

/// The inputs of one run, read: sources (excluded paths left out), their syntax trees, the
/// configuration and the diagnostics so far.
pub(crate) struct Prepared {
    pub sources: Vec<SourceFile>,
    pub parsed: Vec<parse::Parsed>,
    pub config: config::Config,
    pub diagnostics: Vec<InputDiagnostic>,
}

impl Prepared {
    pub(crate) fn new(files: Vec<(String, Vec<u8>)>, options: &Options) -> Prepared {
        let mut diagnostics = Vec::new();
        let mut sources: Vec<SourceFile> = files
            .into_iter()
            .map(|(path, bytes)| SourceFile::new(path, bytes))
            .collect();
        // Files are known by index from here on (model, rules): put them in path order so that
        // nothing a report says (which go.mod files a message lists, which related locations
        // are shown first) depends on the order the host happened to read them in.
        sources.sort_by(|a, b| a.path.cmp(&b.path));
        let config = match &options.config {
            None => config::Config::default(),
            Some(path) => {
                match sources.iter().find(|s| &s.path == path) {
                    None => {
                        diagnostics.push(InputDiagnostic {
                        path: path.clone(),
                        message: "the configuration file was not among the inputs: the defaults apply".into(),
                        skipped: true,
                    });
                        config::Config::default()
                    }
                    Some(file) => config::Config::load(file).unwrap_or_else(|message| {
                        diagnostics.push(InputDiagnostic {
                            path: path.clone(),
                            message: format!("{message} (the configuration was not applied)"),
                            skipped: true,
                        });
                        config::Config::default()
                    }),
                }
            }
        };
        sources.retain(|s| options.config.as_ref() == Some(&s.path) || !config.excludes(&s.path));
        sources.retain(|file| match binary(file) {
            Some(at) => {
                diagnostics.push(InputDiagnostic {
                    path: file.path.clone(),
                    message: format!(
                        "binary file, not analysed: a NUL byte at {at} (no text configuration has one; a UTF-16 file has many, and neither Docker nor Go reads UTF-16)"
                    ),
                    skipped: true,
                });
                false
            }
            None => true,
        });
        for file in sources.iter().filter(|f| parsed_as_text(f)) {
            diagnostics.extend(encoding_diagnostics(file));
        }
        let parsed = parse::parse_all(&sources, &mut diagnostics);
        Prepared {
            sources,
            parsed,
            config,
            diagnostics,
        }
    }

    pub(crate) fn model(&self) -> model::Model<'_> {
        let mut model = model::Model::build(&self.sources, &self.parsed);
        model.config = self.config.clone();
        model
    }
}

/// Where (`line:column`) a file the checker would parse as text has a NUL byte: no text
/// configuration has one, so the file is binary (or in UTF-16) and is not analysed. Files read
/// only for their presence (go.sum, key files) may hold anything.
fn binary(file: &SourceFile) -> Option<String> {
    let at = file.text.find('\0').filter(|_| parsed_as_text(file))?;
    Some(file.position_of(at))
}

/// Whether the checker parses the file's text (not a file that matters by its presence or, like
/// a `*.pem`, only for a marker it may hold).
fn parsed_as_text(file: &SourceFile) -> bool {
    !matches!(
        parse::FileKind::detect(&file.path),
        None | Some(parse::FileKind::GoSum)
    )
}

/// What is odd about a file's encoding but does not stop its analysis: invalid UTF-8, and
/// carriage returns that end no line.
fn encoding_diagnostics(file: &SourceFile) -> Vec<InputDiagnostic> {
    let mut out = Vec::new();
    let mut add = |message: String| {
        out.push(InputDiagnostic {
            path: file.path.clone(),
            message,
            skipped: false,
        });
    };
    if let Some(at) = file.first_invalid() {
        add(format!(
            "{}: file is not valid UTF-8 (the first invalid byte is here): invalid bytes were read as U+FFFD and no fix is offered for it",
            file.position_of(at)
        ));
    }
    if let Some(at) = file.first_lone_cr() {
        let yaml = matches!(
            parse::FileKind::detect(&file.path),
            Some(parse::FileKind::GithubActions | parse::FileKind::GitlabCi)
        );
        let what = if yaml {
            "YAML ends a line there, but the lines and columns reported for this file count line feeds only"
        } else {
            "Docker, Go and the shell do not end a line there, and neither does this checker"
        };
        add(format!(
            "{}: a carriage return not followed by a line feed: {what}",
            file.position_of(at)
        ));
    }
    out
}

/// At most this many bytes of a diagnostic's message: a parser may quote a whole line, and a
/// line may be megabytes long.
const MAX_MESSAGE: usize = 1000;

fn shorten(message: &mut String) {
    if message.len() > MAX_MESSAGE {
        let mut cut = MAX_MESSAGE;
        while !message.is_char_boundary(cut) {
            cut -= 1;
        }
        let left = message.len() - cut;
        message.truncate(cut);
        message.push_str(&format!("… ({left} more bytes)"));
    }
}

/// The effective configuration for `files` as TOML (`check --show-config`), or the
/// configuration file's first error with its position.
pub fn show_config(files: Vec<(String, Vec<u8>)>, options: &Options) -> Result<String, String> {
    let Some(path) = &options.config else {
        return Ok(config::Config::default().to_toml());
    };
    let file = files
        .into_iter()
        .find(|(p, _)| p == path)
        .ok_or_else(|| format!("{path}: the configuration file was not among the inputs"))?;
    config::Config::load(&SourceFile::new(file.0, file.1))
        .map(|c| redact::redact(&c.to_toml()))
        .map_err(|e| redact::redact(&e))
}

/// Parse, model and lint `files`. Never panics on bad input: problems become diagnostics.
pub fn analyze(files: Vec<(String, Vec<u8>)>, options: &Options) -> Report {
    let Prepared {
        sources,
        parsed,
        config,
        mut diagnostics,
    } = Prepared::new(files, options);
    let mut model = model::Model::build(&sources, &parsed);
    model.config = config;
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
    suppress::apply(
        &sources,
        &model.config,
        options.no_ignores,
        true,
        &mut findings,
    );
    model.config.remap(&mut findings);
    report::sort_and_fingerprint(&mut findings);
    for d in &mut diagnostics {
        shorten(&mut d.message);
    }
    diagnostics.sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
    let mut paths: Vec<String> = sources.iter().map(|s| s.path.clone()).collect();
    paths.sort();
    let mut report = Report {
        tool_version: VERSION.to_owned(),
        files: paths,
        findings,
        diagnostics,
        routes,
        probes: Vec::new(),
    };
    // what the report says leaves the checker without credentials (source lines and fix
    // replacements keep them: renderers mask the lines, fixes must write the right bytes)
    redact::report(&mut report);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_parsed_as_text_get_encoding_diagnostics() {
        let report = analyze(
            vec![
                ("Dockerfile".into(), b"FROM golang:1.22\0\n".to_vec()),
                ("go.sum".into(), b"x v1 h1:\0\xff\n".to_vec()),
                (
                    "deploy/tls.key".into(),
                    b"0\x82\x04\xa4\x02\x01\0\xff".to_vec(),
                ),
                ("id_rsa".into(), Vec::new()),
            ],
            &Options::default(),
        );
        let seen: Vec<(&str, bool)> = report
            .diagnostics
            .iter()
            .map(|d| (d.path.as_str(), d.skipped))
            .collect();
        assert_eq!(seen, [("Dockerfile", true)], "{:?}", report.diagnostics);
        assert!(report.diagnostics[0].message.starts_with("binary file"));
    }

    /// Found by tests/properties.rs: GPD303 listed the go.mod/go.work files in input order.
    #[test]
    fn the_order_of_the_files_does_not_change_the_report() {
        let files = vec![
            (".env".to_owned(), b"GOPRIVATE=*.corp.example\n".to_vec()),
            ("go.mod".to_owned(), b"go 1.22\n".to_vec()),
            ("go.work".to_owned(), Vec::new()),
        ];
        let mut reversed = files.clone();
        reversed.reverse();
        let a = analyze(files, &Options::default());
        let b = analyze(reversed, &Options::default());
        let messages =
            |r: &Report| -> Vec<String> { r.findings.iter().map(|f| f.message.clone()).collect() };
        assert!(
            messages(&a).iter().any(|m| m.contains("(go.mod, go.work)")),
            "{:?}",
            messages(&a)
        );
        assert_eq!(messages(&a), messages(&b));
        assert_eq!(format!("{:?}", a.routes), format!("{:?}", b.routes));
    }
}
