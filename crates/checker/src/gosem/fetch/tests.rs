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
            Endpoint::Proxy { base } => base.clone(),
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
    Endpoint::Proxy { base: b.into() }
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
        predict(&e, &go(), m, &world(answers))
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
    let p = predict(&e, &go(), m, &world(&[]));
    assert_eq!(p.contacts, [Endpoint::Direct { module: m.into() }]);
    assert_eq!(class(&p), Some(FailClass::DirectError));
    let e = env(&[
        ("GOPROXY", P1),
        ("GOPRIVATE", "corp.example"),
        ("GONOPROXY", "none"),
    ]);
    let p = predict(&e, &go(), m, &world(&[(P1, Reply::Ok)]));
    assert_eq!(p.contacts, [proxy(P1)], "GONOPROXY=none proxies everything");
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
        &world(&[
            (P1, Reply::Ok),
            ("http://127.0.0.1:4001/supported", Reply::Status(404)),
        ]),
    );
    assert_eq!(
        p.contacts,
        [
            proxy(P1),
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
    let p = predict(&e, &go(), m, &world(&[(P1, Reply::Ok)]));
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
    let p = predict(&e, &go(), m, &world(&[(P1, Reply::Ok)]));
    assert_eq!(class(&p), Some(FailClass::InvalidConfig));
    // GOINSECURE does not skip the checksum database
    let e = env(&[("GOPROXY", P1), ("GOINSECURE", "example.com")]);
    let p = predict(&e, &go(), m, &world(&[(P1, Reply::Ok)]));
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
        let p = predict(&e, &go(), "example.com/m", &world(&[(P1, Reply::Ok)]));
        assert!(p.contacts.is_empty(), "{k}={v}");
        assert_eq!(class(&p), Some(FailClass::InvalidConfig), "{k}={v}");
    }
    // -mod=vendor does not concern `go mod download`
    let e = env(&[
        ("GOPROXY", P1),
        ("GOFLAGS", "-mod=vendor"),
        ("GOSUMDB", "off"),
    ]);
    let p = predict(&e, &go(), "example.com/m", &world(&[(P1, Reply::Ok)]));
    assert_eq!(p.outcome, Outcome::Downloaded);
}

#[test]
fn govcs_is_checked_before_the_network_for_static_hosts() {
    let e = env(&[
        ("GOPROXY", "direct"),
        ("GOPRIVATE", "github.com/acme"),
        ("GOVCS", "private:off"),
    ]);
    let p = predict(&e, &go(), "github.com/acme/private/sub", &world(&[]));
    assert!(p.contacts.is_empty());
    assert!(matches!(&p.outcome, Outcome::Failed { message, .. }
        if message.contains("GOVCS disallows using git for private github.com/acme/private")));
}

/// The empty user-file entry of Go ≥ 1.21.
#[test]
fn empty_goproxy_in_the_env_file() {
    let mut e = GoEnv::new();
    e.set_user_file("GOPROXY=\n");
    let p = predict(&e, &go(), "example.com/m", &world(&[]));
    assert!(
        matches!(&p.outcome, Outcome::Failed { class: FailClass::InvalidConfig, message }
        if message.contains("contains no entries"))
    );
    let p = predict(
        &e,
        &GoVersion::parse("1.19.8").unwrap(),
        "example.com/m",
        &world(&[]),
    );
    assert_eq!(p.contacts[0], proxy("https://proxy.golang.org"));
}
