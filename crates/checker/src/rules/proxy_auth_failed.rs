//! GPD806 proxy-auth-failed: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD806",
    name: "proxy-auth-failed",
    family: "live checks",
    severity: Severity::Error,
    security_severity: None,
    summary: "a proxy or VCS host answers 401 or 403: credentials missing or rejected",
    tags: &["live", "credentials"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, a GOPROXY entry or module host that answers 401, 403 or 407 to the request go would send.

## Why it matters
Go does not fall through on 401/403 with `,`: the build stops with `403 Forbidden`. Credentials come from `.netrc` or GOAUTH for go's own requests and from git's configuration for direct fetches; a Docker build usually has neither unless a secret mount provides them.

## Example
```dockerfile
ENV GOPROXY=https://goproxy.internal.example
RUN go mod download
```

## Use instead
```dockerfile
ENV GOPROXY=https://goproxy.internal.example
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
```

## Go behaviour
Only 404 and 410 let `,` fall through (go-semantics §2.3); go's HTTP requests take credentials from GOAUTH (default `netrc`) (§9.3).
"#,
};
