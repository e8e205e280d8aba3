//! `goproxy-doctor`: the command-line host of the checker component.
//!
//! The host finds and reads files, runs the sandboxed checker (analysis and rendering happen
//! there), writes the outputs and sets the exit status. It prints only through [`output`].
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod cli;
mod discover;
mod engine_config;
mod output;
mod policy;
mod runtime;

use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches};

use cli::{CheckArgs, Cli, ColorChoice, Command, FailOn, FormatArg, RulesArgs};
use discover::{Input, Selector};
use runtime::{
    Format, InputDiagnostic, Limits, Options, RenderOptions, Session, Severity, SourceFile,
};

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            output::error(&format!("cannot start the async runtime: {e}"));
            return ExitCode::from(2);
        }
    };
    let result = match &cli.command {
        Command::Check(args) => {
            let check_matches = matches.subcommand_matches("check").unwrap_or(&matches);
            runtime.block_on(check(args, check_matches))
        }
        Command::Rules(args) => runtime.block_on(rules(args)),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            output::error(&message);
            ExitCode::from(2)
        }
    }
}

async fn check(args: &CheckArgs, matches: &clap::ArgMatches) -> Result<ExitCode, String> {
    let outputs = cli::outputs(args, matches)?;
    let limits = Limits {
        memory_bytes: usize::try_from(args.max_memory_mb << 20).unwrap_or(usize::MAX),
        timeout: Duration::from_secs(args.timeout_secs),
    };
    let mut session = Session::start(limits, policy::Policy::deny_all()).await?;
    let selector = Selector::new(&session.relevant_files().await?)?;
    let inputs = discover::discover(
        &args.paths,
        &selector,
        args.max_file_size_mb.saturating_mul(1 << 20),
    )?;

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
    let mut report = session
        .analyze(
            &files,
            Options {
                no_ignores: args.no_ignores,
            },
        )
        .await?;
    report.diagnostics.extend(unreadable);

    for spec in &outputs {
        let to_terminal = spec.file.is_none() && spec.format == FormatArg::Text;
        let color = to_terminal
            && match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => output::auto_color(),
            };
        let options = RenderOptions {
            color,
            automation_id: args.category.clone(),
        };
        let text = session
            .render(&report, format(spec.format), &options)
            .await?;
        match &spec.file {
            Some(path) => output::file(path, &text)?,
            None => output::stdout(&text)?,
        }
    }
    let failing = report
        .findings
        .iter()
        .any(|f| at_or_above(f.severity, args.fail_on));
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

/// Whether a finding of `severity` fails the run under `--fail-on`.
fn at_or_above(severity: Severity, fail_on: FailOn) -> bool {
    let rank = |s: Severity| match s {
        Severity::Note => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    };
    match fail_on {
        FailOn::Never => false,
        FailOn::Note => rank(severity) >= 0,
        FailOn::Warning => rank(severity) >= 1,
        FailOn::Error => rank(severity) >= 2,
    }
}

async fn rules(args: &RulesArgs) -> Result<ExitCode, String> {
    let limits = Limits {
        memory_bytes: 256 << 20,
        timeout: Duration::from_secs(30),
    };
    let mut session = Session::start(limits, policy::Policy::deny_all()).await?;
    let rules = session.rules().await?;
    let Some(wanted) = &args.rule else {
        let width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
        let mut text = String::new();
        for r in &rules {
            let severity = match r.default_severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "note",
            };
            text.push_str(&format!(
                "{}  {:width$}  {:7}  {}\n",
                r.id, r.name, severity, r.short_description
            ));
        }
        output::stdout(&text)?;
        return Ok(ExitCode::SUCCESS);
    };
    match rules
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(wanted) || r.name.eq_ignore_ascii_case(wanted))
    {
        Some(rule) => {
            output::stdout(&format!("{}\n", rule.help_markdown.trim_end()))?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let close: Vec<String> = rules
                .iter()
                .filter(|r| {
                    let w = wanted.to_ascii_lowercase();
                    r.name.contains(&w)
                        || w.contains(&r.name)
                        || r.id.to_ascii_lowercase().starts_with(&w)
                })
                .map(|r| format!("{} {}", r.id, r.name))
                .collect();
            let hint = if close.is_empty() {
                "run `goproxy-doctor rules` for the list".to_owned()
            } else {
                format!("did you mean {}?", close.join(", or "))
            };
            Err(format!("no rule {wanted:?}: {hint}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_on_thresholds() {
        use FailOn::*;
        use Severity as S;
        assert!(at_or_above(S::Error, Error));
        assert!(!at_or_above(S::Warning, Error));
        assert!(at_or_above(S::Warning, Warning));
        assert!(!at_or_above(S::Note, Warning));
        assert!(at_or_above(S::Note, Note));
        assert!(!at_or_above(S::Error, Never));
    }
}
