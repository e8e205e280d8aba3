use crate::{Finding, Options, analyze};

fn run(files: &[(&str, &str)], options: &Options) -> Vec<Finding> {
    analyze(
        files
            .iter()
            .map(|(p, t)| ((*p).to_owned(), t.as_bytes().to_vec()))
            .collect(),
        options,
    )
    .findings
}

fn rules(text: &str, no_ignores: bool) -> Vec<String> {
    run(
        &[("Dockerfile", text)],
        &Options {
            no_ignores,
            ..Options::default()
        },
    )
    .into_iter()
    .map(|f| f.rule)
    .collect()
}

#[test]
fn ignore_on_the_line_or_the_line_before_by_id_or_name() {
    let base = "FROM golang\nENV GOSUMDB=off\n";
    assert_eq!(rules(base, false), ["GPD201"]);
    let before = "FROM golang\n# goproxy-doctor: ignore[GPD201] vendored build, go.sum is complete\nENV GOSUMDB=off\n";
    assert!(rules(before, false).is_empty());
    assert_eq!(rules(before, true), ["GPD201"], "--no-ignores");
    // a Dockerfile has no end-of-line comments: this is part of the ENV line, not an ignore
    let trailing = "FROM golang\nENV GOSUMDB=off # goproxy-doctor: ignore[sumdb-disabled]\n";
    assert_eq!(rules(trailing, false), ["GPD201"]);
    let env = run(
        &[(
            ".env",
            "GOSUMDB=off # goproxy-doctor: ignore[sumdb-disabled]\n",
        )],
        &Options::default(),
    );
    assert!(env.is_empty(), "{env:?}");
    let lower = "FROM golang\n# goproxy-doctor: ignore[gpd201]\nENV GOSUMDB=off\n";
    assert!(rules(lower, false).is_empty());
    let not_a_comment = "FROM golang\nENV X=goproxy-doctor:ignore[GPD201] GOSUMDB=off\n";
    assert_eq!(rules(not_a_comment, false), ["GPD201"]);
}

#[test]
fn continuation_lines_of_the_next_instruction_are_covered() {
    let df = "FROM golang\n# goproxy-doctor: ignore[GPD201]\nENV GOPROXY=https://proxy.golang.org \\\n    GOSUMDB=off\nRUN go build\n";
    assert!(rules(df, false).is_empty());
    let df = "FROM golang\n# goproxy-doctor: ignore[GPD201]\nENV GOPROXY=https://proxy.golang.org\nENV GOSUMDB=off\n";
    let got = rules(df, false);
    assert!(
        got.contains(&"GPD201".to_owned()) && got.contains(&"GPD001".to_owned()),
        "{got:?}"
    );
}

#[test]
fn unused_ignores_are_reported_with_a_fix() {
    let df = "FROM golang\n# goproxy-doctor: ignore[GPD201, GPD103] go.sum is complete\nENV GOSUMDB=off\n";
    let f = run(&[("Dockerfile", df)], &Options::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].rule, "GPD001");
    assert_eq!(f[0].message, "this ignore of GPD103 hides no finding");
    assert_eq!(
        crate::rules::test_support::spanned(df, &f[0].primary),
        "GPD103"
    );
    assert_eq!(
        crate::rules::test_support::apply_fix(df, &f[0]),
        "FROM golang\n# goproxy-doctor: ignore[GPD201] go.sum is complete\nENV GOSUMDB=off\n"
    );

    // a whole comment on its own line: the line goes
    let df = "FROM golang\n# goproxy-doctor: ignore[sumdb-disabled] old\nENV GOPRIVATE=x.example\n";
    let f = run(&[("Dockerfile", df)], &Options::default());
    assert_eq!(
        f[0].message,
        "this ignore of GPD201 (`sumdb-disabled`) hides no finding"
    );
    assert_eq!(
        crate::rules::test_support::apply_fix(df, &f[0]),
        "FROM golang\nENV GOPRIVATE=x.example\n"
    );

    // a trailing comment: only the comment goes
    let env = "GOPRIVATE=x.example  # goproxy-doctor: ignore[GPD2O1]\n";
    let f = run(&[(".env", env)], &Options::default());
    assert_eq!(
        f[0].message,
        "`GPD2O1` names no rule, so this ignore hides nothing"
    );
    assert_eq!(
        crate::rules::test_support::apply_fix(env, &f[0]),
        "GOPRIVATE=x.example\n"
    );

    // live rules are not judged statically; --no-ignores reports nothing about ignores
    let df = "FROM golang\n# goproxy-doctor: ignore[GPD801]\nENV GOPROXY=https://p.example\n";
    assert!(rules(df, false).is_empty());
    let df = "FROM golang\n# goproxy-doctor: ignore[GPD103]\nENV GOPRIVATE=x.example\n";
    assert!(rules(df, true).is_empty());
}

#[test]
fn yaml_and_go_mod_comments() {
    let wf = "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n      # goproxy-doctor: ignore[GPD201] mirror is internal\n      GOSUMDB: \"off\"\n    steps:\n      - run: go build\n";
    let f = run(&[(".github/workflows/ci.yml", wf)], &Options::default());
    assert!(f.iter().all(|f| f.rule != "GPD201"), "{f:?}");
    assert!(f.iter().all(|f| f.rule != "GPD001"), "{f:?}");
    let gomod = "module example.com/x\n\ngo 1.22\n// goproxy-doctor: ignore[GPD103]\nrequire golang.org/x/mod v0.1.0\n";
    let f = run(&[("go.mod", gomod)], &Options::default());
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].rule, "GPD001");
}

#[test]
fn configuration_ignores_disables_and_remaps() {
    let df =
        "FROM golang\nENV GOSUMDB=off\nENV GOPROXY=direct,https://proxy.golang.org\nRUN go build\n";
    let config = "[[ignore]]\npath = \"Dockerfile:2\"\nrules = [\"GPD201\"]\n\n[[ignore]]\npath = \"Dockerfile:9\"\nrules = [\"GPD201\"]\n\n[rules.severity]\ngoproxy-dead-entry = \"error\"\n";
    let options = Options {
        config: Some(".goproxy-doctor.toml".into()),
        ..Options::default()
    };
    let f = run(
        &[("Dockerfile", df), (".goproxy-doctor.toml", config)],
        &options,
    );
    let got: Vec<(&str, crate::Severity)> =
        f.iter().map(|f| (f.rule.as_str(), f.severity)).collect();
    assert_eq!(
        got,
        [
            ("GPD001", crate::Severity::Note),
            ("GPD103", crate::Severity::Error)
        ]
    );
    assert_eq!(
        f[0].message,
        "the configured ignore of GPD201 at `Dockerfile:9` hides no finding"
    );
    assert_eq!(f[0].primary.path, ".goproxy-doctor.toml");
    assert_eq!(f[0].primary.span.start_line, 5);

    let config = "[rules]\ndisable = [\"GPD103\", \"sumdb-disabled\"]\n";
    let f = run(
        &[("Dockerfile", df), (".goproxy-doctor.toml", config)],
        &options,
    );
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn excluded_paths_are_not_analysed_and_a_bad_config_is_a_diagnostic() {
    let options = Options {
        config: Some("repo/.goproxy-doctor.toml".into()),
        ..Options::default()
    };
    let files = |config: &str| {
        vec![
            (
                "repo/legacy/Dockerfile".to_owned(),
                b"FROM golang\nENV GOSUMDB=off\n".to_vec(),
            ),
            (
                "repo/Dockerfile".to_owned(),
                b"FROM golang\nENV GOSUMDB=off\n".to_vec(),
            ),
            (
                "repo/.goproxy-doctor.toml".to_owned(),
                config.as_bytes().to_vec(),
            ),
        ]
    };
    let r = analyze(files("exclude = [\"legacy\"]\n"), &options);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].primary.path, "repo/Dockerfile");
    assert!(!r.files.contains(&"repo/legacy/Dockerfile".to_owned()));

    let r = analyze(files("exclude = legacy\n"), &options);
    assert_eq!(r.findings.len(), 2, "the defaults apply");
    assert_eq!(r.diagnostics.len(), 1);
    assert!(r.diagnostics[0].skipped);
    assert!(
        r.diagnostics[0]
            .message
            .starts_with("repo/.goproxy-doctor.toml:1:11: "),
        "{}",
        r.diagnostics[0].message
    );
}
