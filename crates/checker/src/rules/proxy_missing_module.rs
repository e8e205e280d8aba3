//! GPD803 proxy-missing-module: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD803",
    name: "proxy-missing-module",
    family: "live checks",
    severity: Severity::Warning,
    security_severity: None,
    summary: "a GOPROXY entry answers 404 or 410 for a public requirement",
    tags: &["live", "goproxy"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, a public requirement that a GOPROXY entry in use says it does not have (404 or 410 for `@v/list`).

## Why it matters
Go then moves on to the next entry; when none is left, or the next is `off`, the build fails with `not found`. A private mirror without an upstream, or an allowlisting proxy, commonly misses new requirements.

## Example
```dockerfile
ENV GOPROXY=https://mirror.internal.example,off
```

## Use instead
```dockerfile
ENV GOPROXY=https://mirror.internal.example,https://proxy.golang.org,direct
```

## Go behaviour
404 and 410 are the only statuses after which `,` falls through to the next entry (go-semantics §2.3). The list request is `GET <proxy>/<escaped module>/@v/list`, upper case written `!x` (§2.4).
"#,
};
