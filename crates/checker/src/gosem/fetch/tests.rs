use super::*;

const P1: &str = "http://127.0.0.1:4001";
const P2: &str = "http://127.0.0.1:4002";

fn go() -> GoVersion {
    GoVersion::parse("1.27.3").unwrap()
}

fn env(pairs: &[(&str, &str)]) -> GoEnv {
    let mut e = GoEnv::new();
    for (k, v) in pairs {
        e.set_os(k, v);
    }
    e
}

/// A world: each proxy answers with its status; sumdb and direct fetches are unreachable
/// unless listed.
fn world<'a>(answers: &'a [(&'a str, Reply)]) -> impl Fn(&Endpoint) -> Reply + 'a {
    move |e: &Endpoint| {
        let key = match e {
            Endpoint::Proxy { base, .. } => base.clone(),
            Endpoint::SumdbSupported { proxy_base, .. } => format!("{proxy_base}/supported"),
            Endpoint::Sumdb { base } => base.clone(),
            Endpoint::Direct { module } => format!("direct:{module}"),
        };
        answers
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(Reply::Unreachable, |(_, r)| *r)
    }
}

fn proxy(b: &str) -> Endpoint {
    proxy_for(b, "example.com/m")
}

fn proxy_for(b: &str, module: &str) -> Endpoint {
    Endpoint::Proxy {
        base: b.into(),
        module: module.into(),
    }
}

fn class(p: &Prediction) -> Option<FailClass> {
    match &p.outcome {
        Outcome::Downloaded => None,
        Outcome::Failed { class, .. } => Some(*class),
    }
}

/// `mod_proxy_list.txt`: only 404/410 fall through after `,`; `|` falls through on anything.
#[test]
fn fallback_vectors() {
    let m = "example.com/m";
    let run = |goproxy: &str, answers: &[(&str, Reply)]| {
        let e = env(&[("GOPROXY", goproxy), ("GOSUMDB", "off")]);
        predict(&e, &go(), m, "v1.0.0", &world(answers))
    };
    let p = run(
        &format!("{P1},{P2}"),
        &[(P1, Reply::Status(404)), (P2, Reply::Ok)],
    );
    assert_eq!(p.contacts, [proxy(P1), proxy(P2)]);
    assert_eq!(p.outcome, Outcome::Downloaded);
    let p = run(
        &format!("{P1},{P2}"),
        &[(P1, Reply::Status(403)), (P2, Reply::Ok)],
    );
    assert_eq!(p.contacts, [proxy(P1)]);
    assert_eq!(class(&p), Some(FailClass::ProxyError));
    let p = run(
        &format!("{P1}|{P2}"),
        &[(P1, Reply::Status(500)), (P2, Reply::Ok)],
    );
    assert_eq!(p.outcome, Outcome::Downloaded);
    let p = run(
        &format!("{P1},{P2}"),
        &[(P1, Reply::Status(404)), (P2, Reply::Status(410))],
    );
    assert_eq!(class(&p), Some(FailClass::NotFound));
    assert!(matches!(&p.outcome, Outcome::Failed { message, .. } if message.contains("410")));
    let p = run(&format!("{P1},direct"), &[(P1, Reply::Unreachable)]);
    assert_eq!(
        p.contacts,
        [proxy(P1)],
        "a refused connection does not fall through `,`"
    );
    let p = run(&format!("{P1}|direct"), &[(P1, Reply::Unreachable)]);
    assert_eq!(
        p.contacts,
        [proxy(P1), Endpoint::Direct { module: m.into() }]
    );
    assert_eq!(class(&p), Some(FailClass::DirectError));
    let p = run("off", &[]);
    assert!(p.contacts.is_empty());
    assert_eq!(class(&p), Some(FailClass::LookupDisabled));
    let p = run(&format!("direct,{P1}"), &[(P1, Reply::Ok)]);
    assert_eq!(p.contacts, [Endpoint::Direct { module: m.into() }]);
    let p = run("athens", &[]);
    assert_eq!(class(&p), Some(FailClass::InvalidConfig));
}

/// §2.2: GONOPROXY/GOPRIVATE modules go direct even with GOPROXY=off; others never do.
#[test]
fn private_routing() {
    let m = "corp.example/team/mod";
    let e = env(&[("GOPROXY", "off"), ("GOPRIVATE", "corp.example")]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&[]));
    assert_eq!(p.contacts, [Endpoint::Direct { module: m.into() }]);
    assert_eq!(class(&p), Some(FailClass::DirectError));
    let e = env(&[
        ("GOPROXY", P1),
        ("GOPRIVATE", "corp.example"),
        ("GONOPROXY", "none"),
    ]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&[(P1, Reply::Ok)]));
    assert_eq!(
        p.contacts,
        [proxy_for(P1, m)],
        "GONOPROXY=none proxies everything"
    );
    assert_eq!(
        p.outcome,
        Outcome::Downloaded,
        "GONOSUMDB still defaults to GOPRIVATE"
    );
    let e = env(&[
        ("GOPROXY", P1),
        ("GOPRIVATE", "corp.example, other.example"),
    ]);
    let p = predict(
        &e,
        &go(),
        "other.example/x",
        "v1.0.0",
        &world(&[
            (P1, Reply::Ok),
            ("http://127.0.0.1:4001/supported", Reply::Status(404)),
        ]),
    );
    assert_eq!(
        p.contacts,
        [
            proxy_for(P1, "other.example/x"),
            Endpoint::SumdbSupported {
                proxy_base: P1.into(),
                name: "sum.golang.org".into()
            },
            Endpoint::Sumdb {
                base: "https://sum.golang.org".into()
            }
        ],
        "a space after the comma makes the second pattern match nothing"
    );
    assert_eq!(class(&p), Some(FailClass::ChecksumDb));
}

/// §4.3: the checksum database is reached through a proxy that supports it, else directly.
#[test]
fn sumdb_routes() {
    let m = "example.com/m";
    let sup = |b: &str| Endpoint::SumdbSupported {
        proxy_base: b.into(),
        name: "sum.golang.org".into(),
    };
    let e = env(&[("GOPROXY", &format!("{P1},{P2}"))]);
    let p = predict(
        &e,
        &go(),
        m,
        "v1.0.0",
        &world(&[
            (P1, Reply::Ok),
            ("http://127.0.0.1:4001/supported", Reply::Status(404)),
            ("http://127.0.0.1:4002/supported", Reply::Ok),
            ("http://127.0.0.1:4002/sumdb/sum.golang.org", Reply::Ok),
        ]),
    );
    assert_eq!(
        p.contacts,
        [
            proxy(P1),
            sup(P1),
            sup(P2),
            Endpoint::Sumdb {
                base: format!("{P2}/sumdb/sum.golang.org")
            }
        ]
    );
    assert_eq!(p.outcome, Outcome::Downloaded);
    // 500 on `supported` after `,`: the database is unavailable, no direct connection.
    let p = predict(
        &e,
        &go(),
        m,
        "v1.0.0",
        &world(&[
            (P1, Reply::Ok),
            ("http://127.0.0.1:4001/supported", Reply::Status(500)),
        ]),
    );
    assert_eq!(p.contacts, [proxy(P1), sup(P1)]);
    assert_eq!(class(&p), Some(FailClass::ChecksumDb));
    // an explicit URL bypasses the proxies
    let e = env(&[
        ("GOPROXY", P1),
        ("GOSUMDB", "sum.golang.org http://127.0.0.1:9"),
    ]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&[(P1, Reply::Ok)]));
    assert_eq!(
        p.contacts,
        [
            proxy(P1),
            Endpoint::Sumdb {
                base: "http://127.0.0.1:9".into()
            }
        ]
    );
    // GOSUMDB=OFF is not off
    let e = env(&[("GOPROXY", P1), ("GOSUMDB", "OFF")]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&[(P1, Reply::Ok)]));
    assert_eq!(class(&p), Some(FailClass::InvalidConfig));
    // GOINSECURE does not skip the checksum database
    let e = env(&[("GOPROXY", P1), ("GOINSECURE", "example.com")]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&[(P1, Reply::Ok)]));
    assert_eq!(class(&p), Some(FailClass::ChecksumDb));
}

#[test]
fn startup_errors_stop_before_any_request() {
    for (k, v) in [
        ("GOFLAGS", "-typo"),
        ("GOFLAGS", "-mod mod"),
        ("GOTOOLCHAIN", "asdf"),
        ("GO111MODULE", "off"),
        ("GO111MODULE", "bogus"),
    ] {
        let e = env(&[("GOPROXY", P1), (k, v)]);
        let p = predict(
            &e,
            &go(),
            "example.com/m",
            "v1.0.0",
            &world(&[(P1, Reply::Ok)]),
        );
        assert!(p.contacts.is_empty(), "{k}={v}");
        assert_eq!(class(&p), Some(FailClass::InvalidConfig), "{k}={v}");
    }
    // -mod=vendor does not concern `go mod download`
    let e = env(&[
        ("GOPROXY", P1),
        ("GOFLAGS", "-mod=vendor"),
        ("GOSUMDB", "off"),
    ]);
    let p = predict(
        &e,
        &go(),
        "example.com/m",
        "v1.0.0",
        &world(&[(P1, Reply::Ok)]),
    );
    assert_eq!(p.outcome, Outcome::Downloaded);
}

#[test]
fn govcs_is_checked_before_the_network_for_static_hosts() {
    let e = env(&[
        ("GOPROXY", "direct"),
        ("GOPRIVATE", "github.com/acme"),
        ("GOVCS", "private:off"),
    ]);
    let p = predict(
        &e,
        &go(),
        "github.com/acme/private/sub",
        "v1.0.0",
        &world(&[]),
    );
    assert!(p.contacts.is_empty());
    assert!(matches!(&p.outcome, Outcome::Failed { message, .. }
        if message.contains("GOVCS disallows using git for private github.com/acme/private")));
}

/// The empty user-file entry of Go ≥ 1.21.
#[test]
fn empty_goproxy_in_the_env_file() {
    let mut e = GoEnv::new();
    e.set_user_file("GOPROXY=\n");
    let p = predict(&e, &go(), "example.com/m", "v1.0.0", &world(&[]));
    assert!(
        matches!(&p.outcome, Outcome::Failed { class: FailClass::InvalidConfig, message }
        if message.contains("contains no entries"))
    );
    let p = predict(
        &e,
        &GoVersion::parse("1.19.8").unwrap(),
        "example.com/m",
        "v1.0.0",
        &world(&[]),
    );
    assert_eq!(p.contacts[0], proxy("https://proxy.golang.org"));
}

/// Found by the differential tests: verification runs inside each hop's attempt, so `|` moves
/// on after a checksum failure (`,` does not).
#[test]
fn a_checksum_failure_falls_through_a_pipe() {
    let m = "example.com/m";
    let answers = [
        (P1, Reply::Ok),
        (P2, Reply::Ok),
        ("http://127.0.0.1:4001/supported", Reply::Status(404)),
        ("http://127.0.0.1:4002/supported", Reply::Status(404)),
    ];
    let e = env(&[("GOPROXY", &format!("{P1}|{P2}"))]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&answers));
    assert!(p.contacts.contains(&proxy(P2)), "{:?}", p.contacts);
    assert_eq!(class(&p), Some(FailClass::ChecksumDb));
    let e = env(&[("GOPROXY", &format!("{P1},{P2}"))]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&answers));
    assert!(!p.contacts.contains(&proxy(P2)));
    let e = env(&[("GOPROXY", &format!("{P1}|direct")), ("GOSUMDB", "bogus")]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&answers));
    assert!(p.contacts.contains(&Endpoint::Direct { module: m.into() }));
}

/// initBase ranks errors like TryProxies: a 500 from a `|` proxy's `supported` outranks later
/// 404s, so the database is unavailable; a `direct` entry outranks it and go connects directly.
#[test]
fn sumdb_discovery_ranks_errors() {
    let m = "example.com/m";
    let answers = [
        (P1, Reply::Ok),
        (P2, Reply::Ok),
        ("http://127.0.0.1:4001/supported", Reply::Status(500)),
        ("http://127.0.0.1:4002/supported", Reply::Status(404)),
    ];
    let e = env(&[("GOPROXY", &format!("{P1}|{P2}"))]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&answers));
    assert!(
        !p.contacts
            .iter()
            .any(|c| matches!(c, Endpoint::Sumdb { .. }))
    );
    assert_eq!(class(&p), Some(FailClass::ChecksumDb));
    let e = env(&[("GOPROXY", &format!("{P1}|direct"))]);
    let p = predict(&e, &go(), m, "v1.0.0", &world(&answers));
    assert!(p.contacts.contains(&Endpoint::Sumdb {
        base: "https://sum.golang.org".into()
    }));
}

#[test]
fn toolchain_switches_download_golang_org_toolchain() {
    let m = "example.com/m";
    for (gotoolchain, want) in [
        (
            "go1.99.0",
            "download go1.99.0 for linux/amd64: toolchain not available",
        ),
        (
            "go1.99.0+auto",
            "download go1.99.0 for linux/amd64: toolchain not available",
        ),
        (
            "go1.99",
            "invalid toolchain: go1.99 is a language version but not a toolchain version (go1.99.x)",
        ),
        ("go1.99.0+path", "cannot find \"go1.99.0\" in PATH"),
    ] {
        let e = env(&[("GOPROXY", P1), ("GOTOOLCHAIN", gotoolchain)]);
        let p = predict(&e, &go(), m, "v1.0.0", &world(&[(P1, Reply::Status(404))]));
        assert!(
            matches!(&p.outcome, Outcome::Failed { message, .. } if message == want),
            "{gotoolchain}: {:?}",
            p.outcome
        );
        if !gotoolchain.ends_with("+path") {
            assert_eq!(
                p.contacts,
                [proxy_for(P1, "golang.org/toolchain")],
                "{gotoolchain}"
            );
        }
    }
    // Go 1.19 does not know GOTOOLCHAIN
    let e = env(&[
        ("GOPROXY", P1),
        ("GOTOOLCHAIN", "go1.99.0"),
        ("GOSUMDB", "off"),
    ]);
    let p = predict(
        &e,
        &GoVersion::parse("1.19.8").unwrap(),
        m,
        "v1.0.0",
        &world(&[(P1, Reply::Ok)]),
    );
    assert_eq!(p.outcome, Outcome::Downloaded);
}

#[test]
fn invalid_paths_and_static_hosts_fail_before_the_network() {
    let e = env(&[("GOPROXY", "direct"), ("GOSUMDB", "off")]);
    let run = |m: &str, v: &str| predict(&e, &go(), m, v, &world(&[]));
    for m in ["localhost/x", "Example.com/x", "example.com/x~1"] {
        let p = run(m, "v1.0.0");
        assert_eq!(class(&p), Some(FailClass::InvalidModule), "{m}");
        assert!(p.contacts.is_empty());
    }
    for (m, want) in [
        ("github.com/acme", "invalid github.com import path"),
        (
            "github.com/acme/x.git",
            "invalid version control suffix in github.com/ path",
        ),
        ("example.net/x", "no modules on example.net"),
        ("rsc.io", "rsc.io is not a module"),
    ] {
        let p = run(m, "v1.0.0");
        assert!(p.contacts.is_empty(), "{m}");
        assert!(
            matches!(&p.outcome, Outcome::Failed { class: FailClass::DirectError, message } if message.contains(want)),
            "{m}: {:?}",
            p.outcome
        );
    }
    let e = env(&[("GOPROXY", P1), ("GOSUMDB", "off")]);
    let p = predict(
        &e,
        &go(),
        "example.com/m/v2",
        "v1.0.0",
        &world(&[(P1, Reply::Ok)]),
    );
    assert_eq!(p.contacts.len(), 1);
    assert!(
        matches!(&p.outcome, Outcome::Failed { class: FailClass::InvalidModule, message } if message.ends_with("invalid version: should be v2, not v1"))
    );
}
