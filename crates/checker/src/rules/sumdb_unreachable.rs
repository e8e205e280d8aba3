//! GPD805 sumdb-unreachable: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD805",
    name: "sumdb-unreachable",
    family: "live checks",
    severity: Severity::Error,
    security_severity: None,
    summary: "the checksum database is reachable neither directly nor through a GOPROXY entry",
    tags: &["live", "checksum", "network"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, a build context whose checksum database answers neither directly (`https://sum.golang.org/latest`) nor through a GOPROXY entry (`<proxy>/sumdb/sum.golang.org/supported` answering 200).

## Why it matters
Every module version not yet in go.sum is verified against the database: the build fails with `verifying module: … dial tcp …`. Air-gapped builds behind a proxy that does not proxy the database hit this first.

## Example
```dockerfile
ENV GOPROXY=https://athens.internal.example
RUN go mod download
```

## Use instead
```dockerfile
ENV GOPROXY=https://athens.internal.example
ENV GOSUMDB="sum.golang.org https://athens.internal.example/sumdb/sum.golang.org"
RUN go mod download
```

## Go behaviour
Without an explicit GOSUMDB URL go asks each GOPROXY entry for `/sumdb/<name>/supported`; on 404/410 from all of them it connects to `https://<name>` directly (go-semantics §4.3).
"#,
};
