//! GPD802 tls-interception-suspected: a live rule (`--live`); its findings come from [`crate::live::evaluate`].

use super::Rule;
use crate::report::Severity;

pub(crate) static RULE: Rule = Rule {
    id: "GPD802",
    name: "tls-interception-suspected",
    family: "live checks",
    severity: Severity::Error,
    security_severity: None,
    summary: "the TLS certificate of a proxy, checksum database or VCS host is not trusted: a TLS-intercepting proxy or a missing CA",
    tags: &["live", "tls", "network"],
    precision: "high",
    check: super::live_only,
    docs: r#"Finds, with `--live`, an endpoint go would contact (a GOPROXY entry, the checksum database, a module host) whose TLS certificate is not trusted by the system trust store plus `SSL_CERT_FILE`/`SSL_CERT_DIR`, the roots go itself uses on Linux.

## Why it matters
Corporate networks often re-sign HTTPS traffic with their own CA. A laptop trusts that CA, a fresh `golang` image does not: every fetch fails with `x509: certificate signed by unknown authority`. Turning verification off (`GOINSECURE`, `GOFLAGS=-insecure`, `GOSUMDB=off`) is not the fix: it removes the protection the CA was meant to keep.

## Example
```dockerfile
FROM golang:1.23
RUN go mod download
```

## Use instead
```dockerfile
FROM golang:1.23
COPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
RUN update-ca-certificates
RUN go mod download
```

## Go behaviour
On Linux go's `crypto/x509` reads the system roots and honours `SSL_CERT_FILE` and `SSL_CERT_DIR`. GOINSECURE affects only direct fetches and never proxies or the checksum database (go-semantics §3.4).
"#,
};
