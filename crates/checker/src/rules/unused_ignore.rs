use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD001",
    name: "unused-ignore",
    family: "suppressions",
    severity: Severity::Note,
    security_severity: None,
    summary: "an ignore comment or configured ignore that hides no finding",
    tags: &["suppression"],
    precision: "very-high",
    // reported by the suppression pass (`suppress.rs`), which knows what each ignore hid
    check: super::live_only,
    docs: r#"Finds a `goproxy-doctor: ignore[…]` comment, or an `[[ignore]]` entry of `.goproxy-doctor.toml`, that hides no finding: the problem was fixed, the comment is on the wrong line, or it names a rule that does not exist.

## Why it matters
A stale ignore is a trap: it silently hides the next real finding of that rule on that line, long
after the reason written next to it stopped being true. An ignore naming an unknown rule (a typo
such as `GPD2O1`) never hid anything, so the finding it was meant for is still reported and the
comment only misleads the reader.

## Example
```dockerfile
FROM golang:1.23
# goproxy-doctor: ignore[GPD201] private modules need it
ENV GOPRIVATE=git.example.com/team
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
ENV GOPRIVATE=git.example.com/team
RUN go mod download
```

## Fix safety
The fix removes the comment, or only the rules in it that hide nothing; it is safe: nothing that
is reported today changes. Ignores for live rules (GPD8xx) are only judged in a `--live` run, and
ignores for rules the configuration disables are never reported.

## Go behaviour
None: this rule is about goproxy-doctor's own suppressions. An ignore comment covers a finding
that starts on its own line (a trailing comment) or on the line after it, including the
continuation lines (`\`) of that instruction; `--no-ignores` shows everything they hide.
"#,
};
