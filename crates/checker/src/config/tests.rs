use super::*;

fn load(text: &str) -> Result<Config, String> {
    Config::load(&SourceFile::new(
        "repo/.goproxy-doctor.toml".into(),
        text.as_bytes().to_vec(),
    ))
}

#[test]
fn full_configuration() {
    let c = load(
        r#"
private = ["git.corp.example", "github.com/acme-internal/"]
public-hosts = ["Go.Mirror.example"]
exclude = ["testdata/", "legacy/Dockerfile"]

[rules]
disable = ["GPD103", "unknown-go-variable"]
severity = { gpd201 = "warning", goproxy-dead-entry = "note" }

[[ignore]]
path = "deploy/Dockerfile:12"
rules = ["sumdb-disabled"]
reason = "vendored build"

[[ignore]]
path = "./ci/.env"
rules = ["GPD701"]

[live]
public-proxy = "https://mirror.example/"
slow-ms = 500
"#,
    )
    .unwrap();
    assert_eq!(c.private, ["git.corp.example", "github.com/acme-internal/"]);
    assert_eq!(c.public_hosts, ["go.mirror.example"]);
    assert_eq!(c.disable, ["GPD103", "GPD701"]);
    assert_eq!(c.severity.get("GPD201"), Some(&Severity::Warning));
    assert_eq!(c.severity.get("GPD103"), Some(&Severity::Note));
    assert_eq!(c.ignore[0].path, "repo/deploy/Dockerfile");
    assert_eq!(c.ignore[0].line, Some(12));
    assert_eq!(c.ignore[0].rules, ["GPD201"]);
    assert_eq!(c.ignore[1].path, "repo/ci/.env");
    assert_eq!(c.ignore[1].line, None);
    assert_eq!(c.public_proxy.as_deref(), Some("https://mirror.example"));
    assert_eq!(c.slow_ms, Some(500));
    assert!(c.excludes("repo/testdata/x/Dockerfile"));
    assert!(c.excludes("repo/legacy/Dockerfile"));
    assert!(!c.excludes("repo/Dockerfile"));
    assert!(
        !c.excludes("other/testdata/Dockerfile"),
        "outside the config's directory"
    );
    assert!(!c.enabled("GPD103"));
    assert!(c.enabled("GPD201"));
    let shown = c.to_toml();
    assert!(shown.contains("GPD201 = \"warning\"  # sumdb-disabled  # default: error"));
    assert!(shown.contains("path = \"repo/deploy/Dockerfile:12\""));
    assert!(shown.contains("public-proxy = \"https://mirror.example\""));
    // what it prints is valid TOML
    toml::from_str::<toml::Table>(&shown).unwrap();
}

#[test]
fn errors_name_the_position() {
    for (text, want) in [
        (
            "privat = []\n",
            "repo/.goproxy-doctor.toml:1:1: unknown field `privat`",
        ),
        (
            "[rules]\ndisable = [\"GPD999\"]\n",
            "repo/.goproxy-doctor.toml:2:12: unknown rule `GPD999`",
        ),
        (
            "[rules.severity]\nGPD201 = \"fatal\"\n",
            "repo/.goproxy-doctor.toml:2:10: unknown severity `fatal`",
        ),
        (
            "private = [\"a.com, b.com\"]\n",
            "repo/.goproxy-doctor.toml:1:12: `a.com, b.com` is not one module path pattern",
        ),
        (
            "private = [\"a[.com\"]\n",
            "repo/.goproxy-doctor.toml:1:12: `a[.com` is not a valid pattern",
        ),
        (
            "public-hosts = [\"https://x.com\"]\n",
            "repo/.goproxy-doctor.toml:1:17: `https://x.com` is not a host name",
        ),
        (
            "[[ignore]]\npath = \"Dockerfile:0\"\nrules = [\"GPD201\"]\n",
            "repo/.goproxy-doctor.toml:2:8: `0` is not a line number",
        ),
        (
            "[[ignore]]\npath = \"Dockerfile\"\nrules = []\n",
            "repo/.goproxy-doctor.toml:1:1: an ignore entry needs at least one rule",
        ),
        (
            "[[ignore]]\npath = \"Dockerfile\"\n",
            "repo/.goproxy-doctor.toml:1:1: missing field `rules`",
        ),
        (
            "[live]\npublic-proxy = \"proxy.golang.org\"\n",
            "repo/.goproxy-doctor.toml:2:16: `proxy.golang.org` is not an http(s) URL",
        ),
        (
            "exclude = [\"a[\"]\n",
            "repo/.goproxy-doctor.toml:1:12: invalid exclude pattern",
        ),
        (
            "private = \"a.com\"\n",
            "repo/.goproxy-doctor.toml:1:11: invalid type",
        ),
        ("private = [\n", "repo/.goproxy-doctor.toml:"),
    ] {
        let err = load(text).unwrap_err();
        assert!(err.starts_with(want), "{text:?}: {err}");
    }
}

#[test]
fn empty_file_is_the_defaults() {
    let c = load("# nothing yet\n").unwrap();
    assert!(c.private.is_empty() && c.disable.is_empty() && c.ignore.is_empty());
    assert!(!c.excludes("repo/Dockerfile"));
    assert!(
        c.to_toml()
            .contains("GPD201 = \"error\"  # sumdb-disabled\n")
    );
}
