//! Command-line interface.

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgMatches, Args, Parser, Subcommand, ValueEnum};

use crate::discover::ReadLimits;
use crate::runtime::Limits;

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

const CHECK_HELP: &str = "\
Files:
  Each directory PATH is walked respecting .gitignore, .ignore and git's excludes; hidden files
  are read, .git, vendor/ and node_modules/ are skipped. A file named as a PATH is always read.

Outputs:
  Each --output belongs to the --format just before it. A format without --output goes to
  standard output; only one may.

Exit status:
  0  no finding at or above --fail-on, and every input analysed
  1  findings at or above --fail-on (with --diff: something to fix)
  2  usage error, unreadable PATH, invalid configuration, or internal error
  3  no finding at or above --fail-on, but some input was skipped (too large, unreadable,
     binary, not a regular file...; each is reported with its reason), even with
     --fail-on never

Examples:
  goproxy-doctor check                                  the current directory
  goproxy-doctor check services/api deploy/prod.env     directories and files
  goproxy-doctor check --fail-on warning                fail on warnings too
  goproxy-doctor check --format sarif --output goproxy-doctor.sarif --category go-modules
  goproxy-doctor check --format text --format sarif --output results.sarif
  goproxy-doctor check --diff                           show the safe fixes as a diff
  goproxy-doctor check --fix --unsafe-fixes             apply every fix
  goproxy-doctor check --show-config                    the effective configuration

Configuration (.goproxy-doctor.toml):
  private = [\"git.corp.example\"]         module patterns that are private (GOPRIVATE syntax)
  public-hosts = [\"go.mirror.example\"]   hosts that serve public modules
  exclude = [\"testdata/\"]                paths not checked (.dockerignore syntax)
  [rules]
  disable = [\"GPD106\"]                   rules that do not run (id or name)
  severity = { GPD303 = \"error\" }        severity remaps
  [[ignore]]
  path = \"deploy/Dockerfile:12\"          ignore findings by path or path:line
  rules = [\"GPD201\"]
  [live]
  public-proxy = \"https://proxy.golang.org\"";

const RULES_HELP: &str = "\
Examples:
  goproxy-doctor rules                  list the rules
  goproxy-doctor rules GPD201           show a rule's documentation (Markdown)
  goproxy-doctor rules sumdb-disabled   the same, by name";

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check Dockerfiles and env files for Go module-download mistakes
    #[command(after_help = CHECK_HELP)]
    Check(Box<CheckArgs>),
    /// List the rules, or show one rule's documentation
    #[command(after_help = RULES_HELP)]
    Rules(RulesArgs),
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Files and directories to check
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format; may be repeated, each with its own --output [default: text]
    #[arg(
        short,
        long,
        value_enum,
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    pub format: Vec<FormatArg>,

    /// Write the --format just before this option to FILE instead of standard output ("-" is
    /// standard output)
    #[arg(short, long, value_name = "FILE", help_heading = "Output")]
    pub output: Vec<PathBuf>,

    /// Exit with status 1 when a finding has this severity or a higher one
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = FailOn::Error, help_heading = "Output")]
    pub fail_on: FailOn,

    /// SARIF automationDetails.id: the code-scanning category of this analysis
    #[arg(long, value_name = "NAME", help_heading = "Output")]
    pub category: Option<String>,

    /// When to colour text on standard output (never in files); NO_COLOR and CLICOLOR_FORCE
    /// are honoured under `auto`
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, help_heading = "Output")]
    pub color: ColorChoice,

    /// Report findings even where an ignore comment or a configured ignore hides them
    #[arg(long)]
    pub no_ignores: bool,

    /// The configuration file [default: .goproxy-doctor.toml in the first directory PATH or
    /// the nearest parent directory that has one, up to the repository root]
    #[arg(long, value_name = "FILE", help_heading = "Configuration")]
    pub config: Option<PathBuf>,

    /// Print the effective configuration (defaults included) as TOML and exit
    #[arg(long, help_heading = "Configuration")]
    pub show_config: bool,

    /// Apply the safe fixes in place, then report what is left
    #[arg(long, help_heading = "Fixes")]
    pub fix: bool,

    /// With --fix or --diff: include the unsafe fixes (they change what the build does)
    #[arg(long, help_heading = "Fixes")]
    pub unsafe_fixes: bool,

    /// Print the fixes --fix would apply as a unified diff and change nothing (exit status 1
    /// when there is something to fix)
    #[arg(long, conflicts_with = "fix", help_heading = "Fixes")]
    pub diff: bool,

    /// Skip files larger than this, in MiB (each is reported as skipped, and the exit status is 3
    /// unless a finding fails the run)
    #[arg(long, value_name = "MIB", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..), help_heading = "Limits")]
    pub max_file_size_mb: u64,

    /// Skip files beyond this total size, in MiB, reading the smallest first (the checker may
    /// need ten times the size of its inputs in memory: raise --max-memory-mb with it)
    #[arg(long, value_name = "MIB", default_value_t = 32, value_parser = clap::value_parser!(u64).range(1..), help_heading = "Limits")]
    pub max_total_size_mb: u64,

    /// Skip files beyond this number, reading the smallest first (each file costs the analysis
    /// about half a millisecond: raise --timeout-secs with it)
    #[arg(long, value_name = "N", default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(1..), help_heading = "Limits")]
    pub max_files: u64,

    /// Memory the checker may use, in MiB
    #[arg(long, value_name = "MIB", default_value_t = Limits::DEFAULT_MEMORY_MIB, value_parser = clap::value_parser!(u64).range(1..=65536), help_heading = "Limits")]
    pub max_memory_mb: u64,

    /// Time each step of the checker (analysis, each rendering) may take, in seconds
    #[arg(long, value_name = "SECONDS", default_value_t = Limits::DEFAULT_TIMEOUT_SECS, value_parser = clap::value_parser!(u64).range(1..=86400), help_heading = "Limits")]
    pub timeout_secs: u64,

    /// Add network evidence: probe the proxies, checksum database and module hosts the go
    /// commands would contact, the way go reaches them (HTTP(S)_PROXY, NO_PROXY, system CAs
    /// plus SSL_CERT_FILE/SSL_CERT_DIR); only GET requests to the planned origins are allowed
    #[arg(long, help_heading = "Live checks")]
    pub live: bool,

    /// With --live: print the planned requests (each URL and why) and send nothing
    #[arg(long, requires = "live", help_heading = "Live checks")]
    pub plan: bool,

    /// With --live: never contact origins matching PATTERN (`host`, `*.example.com`,
    /// `https://host:port`); may be repeated
    #[arg(
        long,
        value_name = "PATTERN",
        requires = "live",
        help_heading = "Live checks"
    )]
    pub live_deny: Vec<String>,

    /// The public proxy asked whether it serves modules treated as private (GPD804)
    /// [default: `[live] public-proxy` of the configuration, else https://proxy.golang.org]
    #[arg(long, value_name = "URL", help_heading = "Live checks")]
    pub public_proxy: Option<String>,

    /// The public checksum database asked the same (GPD804) [default: `[live] public-sumdb`
    /// of the configuration, else https://sum.golang.org]
    #[arg(long, value_name = "URL", help_heading = "Live checks")]
    pub public_sumdb: Option<String>,

    /// Bound on the whole probe phase, in seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600), help_heading = "Live checks")]
    pub live_timeout_secs: u64,

    /// At most this many probes in the plan, and requests through the policy (each may follow
    /// up to 10 redirects within the plan's origins)
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=1000), help_heading = "Live checks")]
    pub live_max_requests: u32,

    /// Report endpoints slower than this, in milliseconds (GPD808) [default: `[live] slow-ms`
    /// of the configuration, else 2000]
    #[arg(long, value_name = "MS", value_parser = clap::value_parser!(u32).range(1..), help_heading = "Live checks")]
    pub live_slow_ms: Option<u32>,

    /// For developers (bench/run): print how long each phase took (starting the checker,
    /// discovery, analysis, rendering…) to standard error, as one `timings:` line
    #[arg(long, hide = true)]
    pub timings: bool,
}

impl CheckArgs {
    pub(crate) fn limits(&self) -> Limits {
        Limits {
            memory_mib: self.max_memory_mb,
            timeout: Duration::from_secs(self.timeout_secs),
        }
    }

    /// `--max-file-size-mb`, `--max-total-size-mb` (in bytes) and `--max-files`.
    pub(crate) fn read_limits(&self) -> ReadLimits {
        ReadLimits {
            file_size: self.max_file_size_mb.saturating_mul(1 << 20),
            total_size: self.max_total_size_mb.saturating_mul(1 << 20),
            files: usize::try_from(self.max_files).unwrap_or(usize::MAX),
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct RulesArgs {
    /// A rule id (GPD201) or name (sumdb-disabled): print its documentation
    pub rule: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    /// For people: rustc-style, with the source lines
    Text,
    /// For scripts: every finding with its spans, fixes and fingerprint
    Json,
    /// SARIF 2.1.0, for GitHub code scanning
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// A summary for job summaries and pull-request comments
    Markdown,
}

impl FormatArg {
    /// The name as written on the command line.
    pub(crate) fn name(self) -> &'static str {
        match self {
            FormatArg::Text => "text",
            FormatArg::Json => "json",
            FormatArg::Sarif => "sarif",
            FormatArg::Github => "github",
            FormatArg::Markdown => "markdown",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    /// Fail on any finding
    Note,
    /// Fail on warnings and errors
    Warning,
    /// Fail on errors
    Error,
    /// Never fail on findings (status 3 still says an input was skipped)
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Only on a terminal, and not when NO_COLOR is set (CLICOLOR_FORCE forces it)
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
    if formats.is_empty() {
        return match files.first() {
            None => Ok(vec![OutputSpec {
                format: FormatArg::Text,
                file: None,
            }]),
            Some(file) => Err(format!(
                "--output {} needs a --format: say which, e.g. `--format sarif --output {0}`",
                file.display()
            )),
        };
    }
    let mut specs: Vec<OutputSpec> = formats
        .iter()
        .map(|&format| OutputSpec { format, file: None })
        .collect();
    for (file, &at) in files.iter().zip(file_at) {
        let owner = match format_at.iter().rposition(|&f| f < at) {
            Some(i) => i,
            None if specs.len() == 1 => 0,
            None => {
                return Err(format!(
                    "--output {} comes before any --format: put each --output right after the --format it belongs to",
                    file.display()
                ));
            }
        };
        if specs[owner].file.is_some() {
            return Err(format!(
                "two --output options follow one --format {}: give each output its own --format",
                specs[owner].format.name()
            ));
        }
        let file = Some(file.clone()).filter(|f| f.as_os_str() != "-");
        if let Some(path) = &file
            && specs.iter().any(|s| s.file.as_ref() == Some(path))
        {
            return Err(format!(
                "two formats are written to {}: give each its own file",
                path.display()
            ));
        }
        specs[owner].file = file;
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
        assert!(
            pair(&[], &[], &[p("r.txt")], &[2]).is_err(),
            "--output without any --format"
        );
        assert!(
            pair(&[Json, Sarif], &[2, 6], &[p("r"), p("r")], &[4, 8]).is_err(),
            "two formats into one file"
        );
    }

    #[test]
    fn limits_come_from_the_flags() {
        let limits = |args: &[&str]| {
            let cli = Cli::try_parse_from([&["goproxy-doctor", "check"][..], args].concat())?;
            let Command::Check(check) = cli.command else {
                unreachable!("parsed as check")
            };
            let read = check.read_limits();
            Ok::<_, clap::Error>((check.limits(), read.file_size, read.total_size, read.files))
        };
        assert_eq!(
            limits(&[]).unwrap(),
            (Limits::default(), 10 << 20, 32 << 20, 20_000)
        );
        assert_eq!(
            limits(&[
                "--max-memory-mb",
                "64",
                "--timeout-secs",
                "2",
                "--max-file-size-mb",
                "1",
                "--max-total-size-mb",
                "3",
                "--max-files",
                "7"
            ])
            .unwrap(),
            (
                Limits {
                    memory_mib: 64,
                    timeout: Duration::from_secs(2)
                },
                1 << 20,
                3 << 20,
                7
            )
        );
        for zero in [
            "--max-memory-mb",
            "--timeout-secs",
            "--max-file-size-mb",
            "--max-total-size-mb",
            "--max-files",
        ] {
            assert!(limits(&[zero, "0"]).is_err(), "{zero} 0");
        }
        assert!(limits(&["--max-memory-mb", "65537"]).is_err());
        assert!(limits(&["--timeout-secs", "86401"]).is_err());
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
