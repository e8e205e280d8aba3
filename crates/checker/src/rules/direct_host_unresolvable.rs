//! GPD807 direct-host-unresolvable: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD807",
    name: "direct-host-unresolvable",
    family: "live checks",
    severity: Severity::Error,
    security_severity: None,
    summary: "a module fetched directly whose host or go-import meta tag cannot be resolved",
    tags: &["live", "direct", "network"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, a module go fetches `direct` (GONOPROXY/GOPRIVATE, or `GOPROXY=direct`) whose `https://<module>?go-get=1` page cannot be reached or carries no `go-import` meta tag for it.

## Why it matters
Direct mode starts by resolving the module path to a repository; without the meta tag go fails with `unrecognized import path` before any git command runs.

## Example
```dockerfile
ENV GOPRIVATE=git.internal.example
RUN go mod download
```

## Use instead
```dockerfile
ENV GOPRIVATE=git.internal.example
ENV GOPROXY=https://athens.internal.example,direct
RUN go mod download
```

## Go behaviour
Paths outside go's static table are resolved with `GET https://<path>?go-get=1` and a `<meta name="go-import">` tag in the page head (go-semantics §9.1).
"#,
};
