//! `goproxy-doctor`: the command-line host of the checker component.
//!
//! The host finds and reads files, runs the sandboxed checker (analysis and rendering happen
//! there), writes the outputs and sets the exit status. It prints only through [`output`].
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod check;
mod cli;
mod config;
mod connector;
mod discover;
mod engine_config;
mod fix;
mod live;
mod output;
mod policy;
mod rules;
mod runtime;
#[cfg(test)]
mod sandbox_tests;

/// Loopback servers shared with the integration tests.
#[cfg(test)]
#[path = "../tests/support/servers.rs"]
mod test_servers;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use cli::{Cli, Command};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExitStatus {
    /// Nothing at or above `--fail-on`.
    Success,
    /// Findings at or above `--fail-on`.
    Findings,
    /// A usage error, an unreadable path, or an internal error.
    Error,
    /// No finding at or above `--fail-on`, but some input was skipped (unreadable, too large,
    /// binary…): the run did not see everything.
    Skipped,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        match status {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::Findings => ExitCode::from(1),
            ExitStatus::Error => ExitCode::from(2),
            ExitStatus::Skipped => ExitCode::from(3),
        }
    }
}

fn main() -> ExitCode {
    // clap prints its own usage errors and exits with status 2.
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let status = run(&cli, &matches).unwrap_or_else(|message| {
        output::error(&message);
        ExitStatus::Error
    });
    status.into()
}

fn run(cli: &Cli, matches: &clap::ArgMatches) -> Result<ExitStatus, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    match &cli.command {
        Command::Check(args) => {
            let matches = matches
                .subcommand_matches("check")
                .ok_or("internal error: no matches for `check`")?;
            runtime.block_on(check::run(args, matches))
        }
        Command::Rules(args) => runtime.block_on(rules::run(args)),
    }
}
