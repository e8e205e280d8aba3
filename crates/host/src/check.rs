//! `goproxy-doctor check`: find and read the files the checker wants, analyse them in one
//! checker instance, render every requested format, write the outputs, and turn the findings
//! into an exit status.

use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::ArgMatches;

use crate::ExitStatus;
use crate::cli::{self, CheckArgs, ColorChoice, FailOn, FormatArg, OutputSpec};
use crate::config;
use crate::connector::Connector;
use crate::discover::{self, Input, Selector};
use crate::fix;
use crate::live;
use crate::output;
use crate::policy::Policy;
use crate::runtime::{
    Finding, Format, InputDiagnostic, Options, RenderOptions, Report, Session, Severity, SourceFile,
};

pub(crate) async fn run(args: &CheckArgs, matches: &ArgMatches) -> Result<ExitStatus, String> {
    let outputs = cli::outputs(args, matches)?;
    let mut phases = Phases::new();
    let mut session = Session::start(args.limits(), Policy::deny_all()).await?;
    phases.mark("instantiate");
    let selector = Selector::new(
        &session.relevant_files().await?,
        &session.presence_only_files().await?,
    )?;
    phases.mark("relevant-files");
    let inputs = discover::discover(&args.paths, &selector, args.read_limits())?;
    let (mut files, unreadable) = split(inputs);
    phases.mark("discover");
    let config = match config::locate(args)? {
        Some(path) => {
            let shown = discover::display_path(&path, &cwd()?);
            if !files.iter().any(|f| f.path == shown) {
                // read like any input (bounded, never a pipe), but a configuration that cannot
                // be read stops the run
                match discover::read(shown.clone(), &path, args.read_limits().file_size) {
                    Input::File { path, contents } => files.push(SourceFile { path, contents }),
                    Input::Unreadable { reason, .. } => {
                        return Err(format!("cannot read the configuration {shown}: {reason}"));
                    }
                }
            }
            Some(shown)
        }
        None => None,
    };
    let mut options = Options {
        no_ignores: args.no_ignores,
        public_proxy: args.public_proxy.clone(),
        public_sumdb: args.public_sumdb.clone(),
        proxy_env: Vec::new(),
        slow_ms: args.live_slow_ms.unwrap_or(0),
        max_probes: args.live_max_requests,
        config,
    };
    // An invalid configuration stops the run: checking with the wrong rules would mislead.
    // The checker reads only the configuration file here: copying every input into it twice
    // would cost as much as the analysis of a small repository.
    let config_file: Vec<SourceFile> = files
        .iter()
        .filter(|f| options.config.as_ref() == Some(&f.path))
        .cloned()
        .collect();
    let effective = session.show_config(&config_file, &options).await??;
    phases.mark("show-config");
    if args.show_config {
        output::stdout(&effective)?;
        return Ok(ExitStatus::Success);
    }
    if args.fix || args.diff {
        return fix_files(args, &mut session, files, unreadable, &options, &outputs).await;
    }
    let mut report = session.analyze(&files, options.clone()).await?;
    add_diagnostics(&mut report, unreadable);
    phases.mark("analyze");

    let mut live_error = None;
    if args.live {
        let plan = session.plan(&files, &options).await?;
        phases.mark("plan");
        let (approved, denied) = live::approve(plan, &args.live_deny);
        if args.plan {
            output::stdout(&live::describe(&approved, &denied))?;
            return Ok(ExitStatus::Success);
        }
        options.proxy_env = live::proxy_env();
        let connector = Arc::new(Connector::from_env()?);
        let origins = live::origins(&approved);
        let origins: Vec<&str> = origins.iter().map(String::as_str).collect();
        let timeout = Duration::from_secs(args.live_timeout_secs);
        let policy = Policy::live(
            &origins,
            args.live_max_requests as usize,
            (timeout / 2).min(live::MAX_PHASE_TIMEOUT),
            connector,
        );
        // A store of its own: a probe phase stopped by its deadline leaves the instance
        // unusable, and the analysis must still be rendered.
        let mut probing = Session::start(args.limits(), Policy::deny_all()).await?;
        phases.mark("instantiate-live");
        match probing
            .probe(&files, &approved, &options, policy, timeout)
            .await
        {
            Ok(probed) => {
                report.findings.extend(probed.findings);
                live::sort(&mut report.findings);
                report.probes = probed.results;
            }
            Err(e) => live_error = Some(e),
        }
        phases.mark("probe");
    }

    write_outputs(args, &mut session, &report, &outputs, &mut phases).await?;
    if args.timings {
        let bytes: usize = files.iter().map(|f| f.contents.len()).sum();
        output::info(&phases.line(files.len(), bytes, report.findings.len()));
    }
    if let Some(e) = live_error {
        // The static findings are written; the run still did not do what was asked.
        output::warning("the outputs above have the static findings only");
        return Err(e);
    }
    Ok(exit_status(&report, args.fail_on))
}

/// `--fix` / `--diff`: apply the fixes in memory; with `--fix` write the changed files and
/// report what is left, with `--diff` print the changes and write nothing.
async fn fix_files(
    args: &CheckArgs,
    session: &mut Session,
    files: Vec<SourceFile>,
    unreadable: Vec<InputDiagnostic>,
    options: &Options,
    outputs: &[OutputSpec],
) -> Result<ExitStatus, String> {
    if args.live {
        return Err(
            "--fix and --diff apply the static findings' fixes: run --live separately".into(),
        );
    }
    let before = files.clone();
    let fixed = fix::fix(session, files, options, args.unsafe_fixes).await?;
    if args.diff {
        output::stdout(&fix::diff(&before, &fixed.files))?;
        if !fixed.applied.is_empty() {
            output::info(&fix::summary(&fixed.applied, false));
        }
        // no report is written: say on standard error which files the diff could not cover
        let mut report = fixed.report;
        add_diagnostics(&mut report, unreadable);
        let skipped: Vec<&InputDiagnostic> =
            report.diagnostics.iter().filter(|d| d.skipped).collect();
        for d in &skipped {
            output::warning(&format!("{}: skipped: {}", d.path, d.message));
        }
        return Ok(if !fixed.applied.is_empty() {
            ExitStatus::Findings
        } else if !skipped.is_empty() {
            ExitStatus::Skipped
        } else {
            ExitStatus::Success
        });
    }
    for (old, new) in before.iter().zip(&fixed.files) {
        if old.contents != new.contents {
            output::replace(std::path::Path::new(&new.path), &new.contents)?;
        }
    }
    if !fixed.applied.is_empty() {
        output::info(&fix::summary(&fixed.applied, true));
    }
    let mut report = fixed.report;
    add_diagnostics(&mut report, unreadable);
    write_outputs(args, session, &report, outputs, &mut Phases::new()).await?;
    Ok(exit_status(&report, args.fail_on))
}

/// The wall-clock time of each phase of a run, for the hidden `--timings` (bench/run reads the
/// line to compare the component with the checker's native build).
struct Phases {
    started: Instant,
    last: Instant,
    done: Vec<(&'static str, Duration)>,
}

impl Phases {
    fn new() -> Phases {
        let now = Instant::now();
        Phases {
            started: now,
            last: now,
            done: Vec::new(),
        }
    }

    /// The phase `name` ends now (it began where the previous one ended).
    fn mark(&mut self, name: &'static str) {
        let now = Instant::now();
        self.done.push((name, now - self.last));
        self.last = now;
    }

    /// `timings: instantiate 1.234 ms; discover 5.678 ms (3 files, 120 bytes); …; total … ms`.
    fn line(&self, files: usize, bytes: usize, findings: usize) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let mut parts: Vec<String> = self
            .done
            .iter()
            .map(|(name, d)| match *name {
                "discover" => format!("{name} {:.3} ms ({files} files, {bytes} bytes)", ms(*d)),
                "analyze" => format!("{name} {:.3} ms ({findings} findings)", ms(*d)),
                _ => format!("{name} {:.3} ms", ms(*d)),
            })
            .collect();
        parts.push(format!("total {:.3} ms", ms(self.last - self.started)));
        format!("timings: {}", parts.join("; "))
    }
}

fn cwd() -> Result<std::path::PathBuf, String> {
    std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))
}

/// Render every requested format, then write them all.
async fn write_outputs(
    args: &CheckArgs,
    session: &mut Session,
    report: &Report,
    outputs: &[OutputSpec],
    phases: &mut Phases,
) -> Result<(), String> {
    // Render everything before writing anything: a failure leaves no partial set of outputs.
    let mut rendered = Vec::with_capacity(outputs.len());
    for spec in outputs {
        let options = RenderOptions {
            color: colored(spec, args.color),
            automation_id: args.category.clone(),
        };
        let text = session
            .render(report, format(spec.format), &options)
            .await?;
        rendered.push((spec, text));
    }
    phases.mark("render");
    for (spec, text) in &rendered {
        match &spec.file {
            Some(path) => output::file(path, text)?,
            None => output::stdout(text)?,
        }
    }
    phases.mark("write");
    Ok(())
}

/// The files to analyse, and the diagnostics for those that could not be read.
fn split(inputs: Vec<Input>) -> (Vec<SourceFile>, Vec<InputDiagnostic>) {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for input in inputs {
        match input {
            Input::File { path, contents } => files.push(SourceFile { path, contents }),
            Input::Unreadable { path, reason } => unreadable.push(InputDiagnostic {
                path,
                message: reason,
                skipped: true,
            }),
        }
    }
    (files, unreadable)
}

/// Add the host's diagnostics to the checker's, in the checker's order (path, then message).
fn add_diagnostics(report: &mut Report, diagnostics: Vec<InputDiagnostic>) {
    report.diagnostics.extend(diagnostics);
    report
        .diagnostics
        .sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
}

/// Colour applies only to text on standard output, never to a file.
fn colored(spec: &OutputSpec, choice: ColorChoice) -> bool {
    spec.format == FormatArg::Text
        && spec.file.is_none()
        && match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => output::stdout_wants_color(),
        }
}

fn format(f: FormatArg) -> Format {
    match f {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Github => Format::Github,
        FormatArg::Markdown => Format::Markdown,
    }
}

/// [`ExitStatus::Findings`] when a finding is at or above `fail_on`; otherwise
/// [`ExitStatus::Skipped`] when some input was skipped (whatever `fail_on` says: a clean result
/// that did not see every file must not pass for a clean run).
fn exit_status(report: &Report, fail_on: FailOn) -> ExitStatus {
    let threshold = match fail_on {
        FailOn::Never => None,
        FailOn::Note => Some(Severity::Note),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Error => Some(Severity::Error),
    };
    let fails = |f: &Finding| threshold.is_some_and(|t| rank(f.severity) >= rank(t));
    if report.findings.iter().any(fails) {
        ExitStatus::Findings
    } else if report.diagnostics.iter().any(|d| d.skipped) {
        ExitStatus::Skipped
    } else {
        ExitStatus::Success
    }
}

fn rank(severity: Severity) -> u8 {
    match severity {
        Severity::Note => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use std::process::ExitCode;

    use super::*;
    use crate::runtime::{Location, Span};

    fn finding(severity: Severity) -> Finding {
        let span = Span {
            start: 0,
            end: 1,
            start_line: 1,
            start_column: 1,
            end_line: 1,
            end_column: 2,
        };
        Finding {
            rule: "GPD000".into(),
            name: "test".into(),
            severity,
            message: "test".into(),
            primary: Location {
                path: "Dockerfile".into(),
                span,
                label: String::new(),
                lines: Vec::new(),
            },
            related: Vec::new(),
            help: None,
            fixes: Vec::new(),
            fingerprint: String::new(),
        }
    }

    fn report(findings: Vec<Finding>, diagnostics: Vec<InputDiagnostic>) -> Report {
        Report {
            tool_version: String::new(),
            files: Vec::new(),
            findings,
            diagnostics,
            routes: Vec::new(),
            probes: Vec::new(),
        }
    }

    fn diagnostic(skipped: bool) -> InputDiagnostic {
        InputDiagnostic {
            path: "big.env".into(),
            message: "too big".into(),
            skipped,
        }
    }

    #[test]
    fn exit_status_follows_fail_on() {
        use ExitStatus::{Findings, Success};
        use Severity::{Error, Note, Warning};
        let cases = [
            (vec![], FailOn::Note, Success),
            (vec![Error], FailOn::Error, Findings),
            (vec![Warning, Note], FailOn::Error, Success),
            (vec![Warning], FailOn::Warning, Findings),
            (vec![Note], FailOn::Warning, Success),
            (vec![Note], FailOn::Note, Findings),
            (vec![Error, Warning], FailOn::Never, Success),
        ];
        for (severities, fail_on, expected) in cases {
            let findings: Vec<Finding> = severities.iter().map(|&s| finding(s)).collect();
            assert_eq!(
                exit_status(&report(findings, vec![diagnostic(false)]), fail_on),
                expected,
                "{severities:?} --fail-on {fail_on:?}"
            );
        }
    }

    #[test]
    fn a_skipped_input_gives_status_3_unless_a_finding_fails_the_run() {
        use ExitStatus::{Findings, Skipped};
        use Severity::{Error, Warning};
        let cases = [
            (vec![], FailOn::Error, Skipped),
            (vec![Warning], FailOn::Error, Skipped),
            (vec![Error], FailOn::Error, Findings),
            (vec![Error], FailOn::Never, Skipped),
            (vec![], FailOn::Never, Skipped),
        ];
        for (severities, fail_on, expected) in cases {
            let findings: Vec<Finding> = severities.iter().map(|&s| finding(s)).collect();
            let r = report(findings, vec![diagnostic(false), diagnostic(true)]);
            assert_eq!(
                exit_status(&r, fail_on),
                expected,
                "{severities:?} --fail-on {fail_on:?}"
            );
        }
        assert_eq!(ExitCode::from(Skipped), ExitCode::from(3));
    }

    #[test]
    fn colour_only_for_text_on_standard_output() {
        let spec = |format, file: Option<&str>| OutputSpec {
            format,
            file: file.map(PathBuf::from),
        };
        assert!(colored(&spec(FormatArg::Text, None), ColorChoice::Always));
        assert!(!colored(&spec(FormatArg::Text, None), ColorChoice::Never));
        assert!(!colored(
            &spec(FormatArg::Text, Some("out.txt")),
            ColorChoice::Always
        ));
        assert!(!colored(&spec(FormatArg::Json, None), ColorChoice::Always));
    }

    #[test]
    fn unreadable_inputs_become_skipped_diagnostics_in_order() {
        let (files, unreadable) = split(vec![
            Input::File {
                path: "a/Dockerfile".into(),
                contents: b"FROM x".to_vec(),
            },
            Input::Unreadable {
                path: "b/.env".into(),
                reason: "permission denied".into(),
            },
        ]);
        assert_eq!(files.len(), 1);
        let mut report = report(
            Vec::new(),
            vec![InputDiagnostic {
                path: "c/Dockerfile".into(),
                message: "not valid UTF-8".into(),
                skipped: false,
            }],
        );
        add_diagnostics(&mut report, unreadable);
        let got: Vec<(&str, bool)> = report
            .diagnostics
            .iter()
            .map(|d| (d.path.as_str(), d.skipped))
            .collect();
        assert_eq!(got, [("b/.env", true), ("c/Dockerfile", false)]);
    }
}
