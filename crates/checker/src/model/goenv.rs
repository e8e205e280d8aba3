//! Which variables Go reads (see `shared/go-semantics.md`); how it reads them is in
//! [`crate::gosem`].

/// Every environment variable the go command, the Go runtime or the official Go images read
/// (go1.27.3 `internal/cfg.KnownEnv`, `go help environment`, the runtime's variables).
pub const KNOWN_VARIABLES: &[&str] = &[
    "GCCGO",
    "GCCGOTOOLDIR",
    "GO111MODULE",
    "GO386",
    "GOAMD64",
    "GOARCH",
    "GOARM",
    "GOARM64",
    "GOAUTH",
    "GOBIN",
    "GOCACHE",
    "GOCACHEPROG",
    "GOCOVERDIR",
    "GODEBUG",
    "GOENV",
    "GOEXE",
    "GOEXPERIMENT",
    "GOFIPS140",
    "GOFLAGS",
    "GOGC",
    "GOGCCFLAGS",
    "GOHOSTARCH",
    "GOHOSTOS",
    "GOINSECURE",
    "GOMAXPROCS",
    "GOMEMLIMIT",
    "GOMIPS",
    "GOMIPS64",
    "GOMOD",
    "GOMODCACHE",
    "GONOPROXY",
    "GONOSUMDB",
    "GOOS",
    "GOPATH",
    "GOPPC64",
    "GOPRIVATE",
    "GOPROXY",
    "GORACE",
    "GORISCV64",
    "GOROOT",
    "GOROOT_FINAL",
    "GOSUMDB",
    "GOTELEMETRY",
    "GOTELEMETRYDIR",
    "GOTMPDIR",
    "GOTOOLCHAIN",
    "GOTOOLDIR",
    "GOTRACEBACK",
    "GOVCS",
    "GOVERSION",
    "GOWASM",
    "GOWORK",
    "GO_EXTLINK_ENABLED",
];

/// Variables Go only reports (`go env`), never reads: setting them does nothing, and a build
/// argument like `GO_VERSION` is not a misspelling of `GOVERSION`.
pub const REPORTED_ONLY: &[&str] = &[
    "GCCGOTOOLDIR",
    "GOEXE",
    "GOGCCFLAGS",
    "GOHOSTARCH",
    "GOHOSTOS",
    "GOMOD",
    "GOROOT_FINAL",
    // set with `go telemetry on|off|local`; the environment variable is not read
    "GOTELEMETRY",
    "GOTELEMETRYDIR",
    "GOTOOLDIR",
    "GOVERSION",
];

/// Names that look like Go settings, are widely copied, and do nothing, with what was meant.
pub const NOT_GO_VARIABLES: &[(&str, &str, &str)] = &[
    (
        "GONOSUMCHECK",
        "GONOSUMDB",
        "no Go release has ever read it (it is copied from blog posts and generated configs)",
    ),
    (
        "GONOVERIFY",
        "GONOSUMDB",
        "it existed only in a pre-release prototype of the Go 1.13 checksum database",
    ),
    (
        "GOPROXY_URL",
        "GOPROXY",
        "Go reads the proxy list from GOPROXY",
    ),
    (
        "GOSUMDB_URL",
        "GOSUMDB",
        "the checksum database and its URL are both given in GOSUMDB",
    ),
    (
        "GOPRIVATE_HOSTS",
        "GOPRIVATE",
        "private module patterns go in GOPRIVATE",
    ),
];

pub fn is_known(name: &str) -> bool {
    KNOWN_VARIABLES.contains(&name)
}

pub use crate::gosem::proxy::{DEFAULT_PROXY_HOST, ProxyEntry, ProxyKind, ProxyList, url_host};
