//! Command-line interface.

use std::path::PathBuf;

use clap::{ArgMatches, Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  goproxy-doctor check                                     check the current directory
  goproxy-doctor check services/api deploy/prod.env        check directories and files
  goproxy-doctor check --format sarif --output results.sarif
  goproxy-doctor check --format text --format sarif --output results.sarif
  goproxy-doctor rules                                     list the rules
  goproxy-doctor rules GPD201                              show a rule's documentation";

/// Finds the Go module-download mistakes that break builds in Docker and CI: GOPROXY lists Go
/// misreads, checksum verification turned off, variables Go never reads, and more.
#[derive(Debug, Parser)]
#[command(name = "goproxy-doctor", version, about, after_help = EXAMPLES, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check Dockerfiles and env files for Go module-download mistakes
    #[command(after_help = "\
Exit status: 0 when nothing is at or above --fail-on, 1 when something is, 2 on a usage or
internal error.

Each --output belongs to the --format just before it; a format without --output goes to standard
output (only one may). Files are found by walking the PATHs, respecting .gitignore; .git, vendor/
and node_modules/ are skipped; a file named as a PATH is always read.")]
    Check(CheckArgs),
    /// List the rules, or show one rule's documentation
    Rules(RulesArgs),
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Files and directories to check
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format; may be repeated, each with its own --output
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub format: Vec<FormatArg>,

    /// Write the preceding --format to FILE instead of standard output ("-" for standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: Vec<PathBuf>,

    /// Exit with status 1 when a finding has this severity or a higher one
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = FailOn::Error)]
    pub fail_on: FailOn,

    /// SARIF automationDetails.id: the code-scanning category of this analysis
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,

    /// Report findings even where a `goproxy-doctor: ignore[…]` comment hides them
    #[arg(long)]
    pub no_ignores: bool,

    /// Colour text output: auto (only on a terminal, and not when NO_COLOR is set), always, never
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Skip files larger than this many MiB (reported as skipped)
    #[arg(long, value_name = "MIB", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_file_size_mb: u64,

    /// Memory the checker may use, in MiB
    #[arg(long, value_name = "MIB", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..=65536))]
    pub max_memory_mb: u64,

    /// Time each step of the checker (analysis, each rendering) may take, in seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout_secs: u64,
}

#[derive(Debug, Args)]
pub(crate) struct RulesArgs {
    /// A rule id (GPD201) or name (sumdb-disabled): print its documentation
    pub rule: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    Text,
    Json,
    Sarif,
    Github,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub(crate) enum FailOn {
    Note,
    Warning,
    Error,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Where one format goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutputSpec {
    pub format: FormatArg,
    /// None: standard output.
    pub file: Option<PathBuf>,
}

/// Pair each `--output` with the `--format` just before it on the command line.
pub(crate) fn outputs(args: &CheckArgs, matches: &ArgMatches) -> Result<Vec<OutputSpec>, String> {
    let format_at: Vec<usize> = matches
        .indices_of("format")
        .map(Iterator::collect)
        .unwrap_or_default();
    let output_at: Vec<usize> = matches
        .indices_of("output")
        .map(Iterator::collect)
        .unwrap_or_default();
    pair(&args.format, &format_at, &args.output, &output_at)
}

fn pair(
    formats: &[FormatArg],
    format_at: &[usize],
    files: &[PathBuf],
    file_at: &[usize],
) -> Result<Vec<OutputSpec>, String> {
    let mut specs: Vec<OutputSpec> = if formats.is_empty() {
        vec![OutputSpec {
            format: FormatArg::Text,
            file: None,
        }]
    } else {
        formats
            .iter()
            .map(|&format| OutputSpec { format, file: None })
            .collect()
    };
    for (file, &at) in files.iter().zip(file_at) {
        let owner = match format_at.iter().rposition(|&f| f < at) {
            Some(i) => i,
            None if specs.len() == 1 => 0,
            None => {
                return Err(format!(
                    "--output {} comes before any --format: put each --output after the --format it belongs to",
                    file.display()
                ));
            }
        };
        if specs[owner].file.is_some() {
            return Err(format!(
                "two --output options follow one --format ({:?}); give each output its own --format",
                specs[owner].format
            ));
        }
        specs[owner].file = Some(file.clone()).filter(|f| f.as_os_str() != "-");
    }
    let to_stdout = specs.iter().filter(|s| s.file.is_none()).count();
    if to_stdout > 1 {
        return Err(
            "only one --format can go to standard output: give the others an --output FILE".into(),
        );
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use FormatArg::*;

    fn p(s: &str) -> PathBuf {
        PathBuf::from(s)
    }

    #[test]
    fn default_is_text_to_stdout() {
        assert_eq!(
            pair(&[], &[], &[], &[]).unwrap(),
            [OutputSpec {
                format: Text,
                file: None
            }]
        );
    }

    #[test]
    fn output_belongs_to_the_format_before_it() {
        // --format text --format sarif --output a.sarif
        let got = pair(&[Text, Sarif], &[2, 4], &[p("a.sarif")], &[6]).unwrap();
        assert_eq!(got[0].file, None);
        assert_eq!(got[1].file, Some(p("a.sarif")));
        // --format sarif --output a.sarif --format text
        let got = pair(&[Sarif, Text], &[2, 6], &[p("a.sarif")], &[4]).unwrap();
        assert_eq!(got[0].file, Some(p("a.sarif")));
        assert_eq!(got[1].file, None);
    }

    #[test]
    fn with_one_format_the_order_does_not_matter() {
        let got = pair(&[Json], &[4], &[p("r.json")], &[2]).unwrap();
        assert_eq!(
            got,
            [OutputSpec {
                format: Json,
                file: Some(p("r.json"))
            }]
        );
        // no --format at all: text to the file
        let got = pair(&[], &[], &[p("r.txt")], &[2]).unwrap();
        assert_eq!(
            got,
            [OutputSpec {
                format: Text,
                file: Some(p("r.txt"))
            }]
        );
        // "-" is standard output
        assert_eq!(pair(&[Json], &[2], &[p("-")], &[4]).unwrap()[0].file, None);
    }

    #[test]
    fn ambiguous_pairings_are_usage_errors() {
        assert!(
            pair(&[Text, Sarif], &[2, 4], &[], &[]).is_err(),
            "two to stdout"
        );
        assert!(
            pair(&[Text, Sarif], &[4, 6], &[p("x")], &[2]).is_err(),
            "output before any format"
        );
        assert!(
            pair(&[Sarif, Text], &[2, 8], &[p("x"), p("y")], &[4, 6]).is_err(),
            "two outputs for one format"
        );
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
