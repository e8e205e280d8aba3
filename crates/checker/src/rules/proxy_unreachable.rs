//! GPD801 proxy-unreachable: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD801",
    name: "proxy-unreachable",
    family: "live checks",
    severity: Severity::Error,
    security_severity: None,
    summary: "a GOPROXY entry in use cannot be reached: DNS failure, connection refused or timed out, or a server error",
    tags: &["live", "goproxy", "network"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, a GOPROXY entry that a go command of the repository uses and that does not answer: its name does not resolve, the connection is refused or times out, or it answers with a server error (5xx). The finding names the endpoint, the build context, the configuration line that made go use it, the failure class and the HTTP proxy the request went through.

## Why it matters
Go stops at the first proxy that fails with anything other than 404 or 410 when the entry is followed by `,` (the default list `https://proxy.golang.org,direct` included): the build fails with `dial tcp: lookup …` or `connection refused` before it reaches `direct`. In Docker the build network, DNS and HTTP proxy often differ from the laptop's.

## Example
```dockerfile
ENV GOPROXY=https://athens.internal.example,direct
RUN go mod download
```

## Use instead
```dockerfile
ENV GOPROXY=https://athens.internal.example|https://proxy.golang.org,direct
RUN go mod download
```

## Go behaviour
Requests go through HTTP_PROXY/HTTPS_PROXY/NO_PROXY as Go's `net/http` applies them (go-semantics §8). A failure other than 404/410 ends the walk of the GOPROXY list unless the entry is followed by `|` (§2.3).
"#,
};
