//! GPD808 slow-endpoint: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD808",
    name: "slow-endpoint",
    family: "live checks",
    severity: Severity::Note,
    security_severity: None,
    summary: "an endpoint go uses answers slower than the configured threshold",
    tags: &["live", "performance"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, an endpoint that took longer than the threshold (`--live-slow-ms`, default 2000 ms) to answer, with the measured times.

## Why it matters
A `go mod download` makes one or more requests per module: a slow proxy multiplies into minutes of build time, and timeouts in CI.

## Example
```dockerfile
ENV GOPROXY=https://far-away-mirror.example,direct
```

## Use instead
```dockerfile
ENV GOPROXY=https://mirror.nearby.example,direct
```

## Go behaviour
Go sends its requests one module at a time per proxy entry (go-semantics §2.4).
"#,
};
