//! GPD804 private-module-public: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD804",
    name: "private-module-public",
    family: "live checks",
    severity: Severity::Error,
    security_severity: Some("8.1"),
    summary: "a module treated as private is served by the public proxy or known to the public checksum database: name collision or dependency confusion",
    tags: &["live", "supply-chain", "private"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, a requirement that the configuration treats as private (GOPRIVATE, GONOPROXY or GONOSUMDB match it) but that the public proxy serves (`@v/list` answers 200) or the public checksum database knows (`lookup` answers 200).

## Why it matters
Either the module is public after all and the private patterns are too broad, or someone published a module under your private path. A build that loses its GOPRIVATE setting (a Docker build without the ARG, a CI job without the variable) then silently fetches that public module instead of yours: dependency confusion.

## Example
```dockerfile
ENV GOPRIVATE=github.com/acme
RUN go mod download
```

## Use instead
```dockerfile
ENV GOPRIVATE=github.com/acme/internal-*
RUN go mod download
```

## Go behaviour
GOPRIVATE is the default of GONOPROXY and GONOSUMDB; matching paths are fetched directly and not looked up in the checksum database (go-semantics §3.1). Without the setting the same path goes to the public proxy.
"#,
};
