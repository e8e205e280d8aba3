use super::*;

/// `text` with what `find` sees replaced by the mask.
fn r(text: &str) -> String {
    redact(text)
}

#[test]
fn url_user_information() {
    for (text, want) in [
        (
            "ENV GOPRIVATE=x git config --global url.\"https://x-access-token:s3cr3tPASSWORD42@github.com/\".insteadOf \"https://github.com/\"",
            "ENV GOPRIVATE=x git config --global url.\"https://x-access-token:xxxxx@github.com/\".insteadOf \"https://github.com/\"",
        ),
        // a token as the user name, alone or with GitHub's dummy password
        (
            "git config url.https://0123456789abcdef0123456789abcdef01234567@github.com/.insteadOf x",
            "git config url.https://xxxxx@github.com/.insteadOf x",
        ),
        (
            "https://ghp_0123456789abcdefghijKLMN:x-oauth-basic@github.com",
            "https://xxxxx:xxxxx@github.com",
        ),
        // a plain user name is kept, alone or with a password
        (
            "ssh://git@github.com/org/repo",
            "ssh://git@github.com/org/repo",
        ),
        (
            "https://oauth2:glpat-0123456789abcdefghij@gitlab.com",
            "https://oauth2:xxxxx@gitlab.com",
        ),
        ("https://me@host.example/x", "https://me@host.example/x"),
        // references stay visible
        (
            "https://x:${GITHUB_TOKEN}@github.com/",
            "https://x:${GITHUB_TOKEN}@github.com/",
        ),
        ("https://$TOKEN@github.com/", "https://$TOKEN@github.com/"),
        // not user information
        ("https://h.example/@v/list", "https://h.example/@v/list"),
        ("git@github.com:org/repo", "git@github.com:org/repo"),
        (
            "FROM golang:1.22@sha256:0123456789abcdef",
            "FROM golang:1.22@sha256:0123456789abcdef",
        ),
        ("«https://u:p4ss@h»", "«https://u:xxxxx@h»"),
        ("é://u:p@h", "é://u:p@h"),
    ] {
        assert_eq!(r(text), want, "{text}");
    }
}

#[test]
fn proxy_settings_hide_every_user_information() {
    for (text, want) in [
        (
            "GOPROXY=bob:pw1@athens.corp,direct",
            "GOPROXY=bob:xxxxx@athens.corp,direct",
        ),
        (
            "ENV GOPROXY=https://tok@proxy.corp|https://u:p@b.corp,off",
            "ENV GOPROXY=https://xxxxx@proxy.corp|https://u:xxxxx@b.corp,off",
        ),
        (
            "  HTTPS_PROXY: \"alice:hunter2@squid:3128\"",
            "  HTTPS_PROXY: \"alice:xxxxx@squid:3128\"",
        ),
        (
            "ENV HTTP_PROXY http://u:pw@proxy:3128",
            "ENV HTTP_PROXY http://u:xxxxx@proxy:3128",
        ),
        (
            "GOPROXY=https://proxy.golang.org,direct",
            "GOPROXY=https://proxy.golang.org,direct",
        ),
        (
            "GOSUMDB=\"sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 https://deploy@sum.corp\"",
            "GOSUMDB=\"sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 https://xxxxx@sum.corp\"",
        ),
        // a message quoting the assignment
        (
            "`GOPROXY=https://tok@a.corp` is never used",
            "`GOPROXY=https://xxxxx@a.corp` is never used",
        ),
    ] {
        assert_eq!(r(text), want, "{text}");
    }
}

#[test]
fn headers_netrc_tokens() {
    for (text, want) in [
        (
            "git config --global http.https://github.com/.extraheader \"AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0\"",
            "git config --global http.https://github.com/.extraheader \"AUTHORIZATION: basic xxxxx\"",
        ),
        (
            "curl -H 'Authorization: Bearer abc.def.ghi' https://x",
            "curl -H 'Authorization: Bearer xxxxx' https://x",
        ),
        (
            "Proxy-Authorization: Basic dXNlcjpwYXNz",
            "Proxy-Authorization: Basic xxxxx",
        ),
        ("PRIVATE-TOKEN: s3cr3t", "PRIVATE-TOKEN: xxxxx"),
        (
            "Authorization: Bearer $TOKEN",
            "Authorization: Bearer $TOKEN",
        ),
        (
            "GOAUTH=\"printf 'https://h\\n\\nAuthorization: Bearer b34rer\\n\\n'\"",
            "GOAUTH=\"printf 'https://h\\n\\nAuthorization: Bearer xxxxx\\n\\n'\"",
        ),
        (
            "RUN echo \"machine github.com login me password s3cr3tNETRC\" > /root/.netrc",
            "RUN echo \"machine github.com login me password xxxxx\" > /root/.netrc",
        ),
        (
            "printf 'machine a.example login u password p1\\nmachine b' > ~/.netrc",
            "printf 'machine a.example login u password xxxxx\\nmachine b' > ~/.netrc",
        ),
        ("    password hunter2", "    password xxxxx"),
        (
            "machine h login u password $NETRC_PASSWORD",
            "machine h login u password $NETRC_PASSWORD",
        ),
        (
            "machine <host> login <user> password <token>",
            "machine <host> login <user> password <token>",
        ),
        (
            "token ghp_0123456789abcdefghijKLMN done",
            "token xxxxx done",
        ),
        ("x=github_pat_11ABCDEFG0123456789_abcdefghij", "x=xxxxx"),
        ("key AKIAIOSFODNN7EXAMPLE.", "key xxxxx."),
        // too short, not at a word start, not a whole key id
        (
            "ghp_short xghp_0123456789abcdefghij AKIAIOSFODNN7EXAMPLEX",
            "ghp_short xghp_0123456789abcdefghij AKIAIOSFODNN7EXAMPLEX",
        ),
    ] {
        assert_eq!(r(text), want, "{text}");
    }
}

#[test]
fn values_of_secret_names() {
    for (text, want) in [
        (
            "ENV GITHUB_TOKEN=abc123 GOFLAGS=-mod=mod",
            "ENV GITHUB_TOKEN=xxxxx GOFLAGS=-mod=mod",
        ),
        ("ARG NPM_TOKEN=\"quoted value\"", "ARG NPM_TOKEN=\"xxxxx\""),
        (
            "ENV DB_PASSWORD s3cr3t with spaces",
            "ENV DB_PASSWORD xxxxx",
        ),
        (
            "docker build --build-arg API_KEY=k3y .",
            "docker build --build-arg API_KEY=xxxxx .",
        ),
        (
            "docker login --password s3cr3t --username me",
            "docker login --password xxxxx --username me",
        ),
        ("gh auth --with-token=abc", "gh auth --with-token=xxxxx"),
        (
            "      GITLAB_TOKEN: glpat-value",
            "      GITLAB_TOKEN: xxxxx",
        ),
        ("  - password: hunter2", "  - password: xxxxx"),
        (
            "{\"token\": \"abc\", \"user\": \"me\"}",
            "{\"token\": \"xxxxx\", \"user\": \"me\"}",
        ),
        ("token = \"abc\"", "token = \"xxxxx\""),
        // references, files, empty values and prose stay
        (
            "ENV GITHUB_TOKEN=$GITHUB_TOKEN",
            "ENV GITHUB_TOKEN=$GITHUB_TOKEN",
        ),
        ("ARG TOKEN=${TOKEN:?set it}", "ARG TOKEN=${TOKEN:?set it}"),
        (
            "  token: ${{ secrets.GITHUB_TOKEN }}",
            "  token: ${{ secrets.GITHUB_TOKEN }}",
        ),
        (
            "TOKEN=$(cat /run/secrets/token) go mod download",
            "TOKEN=$(cat /run/secrets/token) go mod download",
        ),
        (
            "GITHUB_TOKEN_FILE=/run/secrets/t",
            "GITHUB_TOKEN_FILE=/run/secrets/t",
        ),
        ("ARG GITHUB_TOKEN", "ARG GITHUB_TOKEN"),
        ("ARG GITHUB_TOKEN=", "ARG GITHUB_TOKEN="),
        (
            "read the token: it is in the vault",
            "read the token: it is in the vault",
        ),
        ("if [ \"$TOKEN\" == abc ]", "if [ \"$TOKEN\" == abc ]"),
        (
            "`GITHUB_TOKEN` is set to a literal",
            "`GITHUB_TOKEN` is set to a literal",
        ),
        ("GOAUTH=git GOPRIVATE=x", "GOAUTH=git GOPRIVATE=x"),
        (
            "docker build --secret id=netrc,src=$HOME/.netrc .",
            "docker build --secret id=netrc,src=$HOME/.netrc .",
        ),
    ] {
        assert_eq!(r(text), want, "{text}");
    }
}

#[test]
fn aws_key_ids_are_masked_but_are_no_credential_alone() {
    assert_eq!(token_in("AKIAIOSFODNN7EXAMPLE"), None);
    assert_eq!(
        token_in("AKIAIOSFODNN7EXAMPLE ghp_0123456789abcdefghij"),
        Some("a GitHub personal access token")
    );
    assert_eq!(r("id=AKIAIOSFODNN7EXAMPLE"), "id=xxxxx");
}

#[test]
fn names() {
    for n in [
        "GITHUB_TOKEN",
        "GH_TOKEN",
        "CI_JOB_TOKEN",
        "NPM_TOKEN",
        "DB_PASSWORD",
        "APP_SECRET",
        "AWS_SECRET_ACCESS_KEY",
        "token",
        "API_KEY",
        "api-token",
        "http.password",
    ] {
        assert!(is_secret_name(n), "{n}");
    }
    for n in [
        "GOPRIVATE",
        "GONOSUMDB",
        "GOAUTH",
        "GOPROXY",
        "GITHUB_TOKEN_FILE",
        "GOOGLE_APPLICATION_CREDENTIALS",
        "NETRC",
        "password-stdin",
        "KEY",
    ] {
        assert!(!is_secret_name(n), "{n}");
    }
}

#[test]
fn masking_keeps_offsets_pointing_at_the_same_text() {
    let text = "RUN git config url.\"https://x:s3cr3tPASSWORD42@github.com/\".insteadOf y\nENV A=1";
    let m = mask(text);
    assert_eq!(
        m.text,
        "RUN git config url.\"https://x:xxxxx@github.com/\".insteadOf y\nENV A=1"
    );
    // before the secret: unchanged; after it: shifted by the length difference
    assert_eq!(m.start(4), 4);
    let after = text.find("@github").unwrap_or(0);
    assert_eq!(&m.text[m.start(after)..m.start(after) + 7], "@github");
    let line2 = text.find("ENV A").unwrap_or(0);
    assert_eq!(&m.text[m.start(line2)..], "ENV A=1");
    // a span starting or ending inside the secret covers the whole mask
    let inside = text.find("cr3t").unwrap_or(0);
    assert_eq!(&m.text[m.start(inside)..m.end(inside + 2)], "xxxxx");
    // a span covering the whole URL still does
    let (s, e) = (text.find("https").unwrap_or(0), after + 11);
    assert_eq!(&m.text[m.start(s)..m.end(e)], "https://x:xxxxx@github.com");
    assert!(!mask("FROM golang:1.22").changed());
}

#[test]
fn masking_is_idempotent() {
    for text in [
        "https://u:xxxxx@h",
        "https://xxxxx@h",
        "GITHUB_TOKEN=xxxxx",
        "machine h login u password xxxxx",
        "Authorization: Bearer xxxxx",
    ] {
        assert_eq!(r(text), text);
    }
}

#[test]
fn url_lists_as_messages_show_them() {
    for (text, want) in [
        (
            "https://bob:pw@h.example/x",
            "https://bob:xxxxx@h.example/x",
        ),
        ("https://tok@h.example", "https://xxxxx@h.example"),
        ("bob:pw@h.example", "bob:xxxxx@h.example"),
        ("https://h.example/@v/list", "https://h.example/@v/list"),
        (
            "https://a.example|https://u:p@b.example,direct",
            "https://a.example|https://u:xxxxx@b.example,direct",
        ),
        (
            "parse \"https://u:p@[::1\": missing ']' in host",
            "parse \"https://u:xxxxx@[::1\": missing ']' in host",
        ),
        ("missing scheme: tok@host", "missing scheme: xxxxx@host"),
    ] {
        assert_eq!(redact_url_list(text), want, "{text}");
    }
}

#[test]
fn fixes_that_keep_a_secret_are_recognised() {
    let report = crate::analyze(
        vec![(
            "Dockerfile".into(),
            b"FROM golang:1.22\nENV GOPROXY=\"https://u:s3cr3tPASSWORD42@proxy.corp.example\"\nRUN go mod download\n".to_vec(),
        )],
        &crate::Options::default(),
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == "GPD105")
        .unwrap_or_else(|| panic!("{:#?}", report.findings));
    assert!(fix_carries_secret(
        f,
        "https://u:s3cr3tPASSWORD42@proxy.corp.example"
    ));
    assert!(fix_carries_secret(f, "s3cr3tPASSWORD42"));
    assert!(!fix_carries_secret(f, "https://proxy.corp.example"));
}

/// Fragments glued at random (fixed seed): `find` never panics, its ranges are sorted, apart
/// and on character boundaries, and every offset maps into the masked text. (Masking twice
/// may mask more in such junk, when a mask cut a reference's closing `}}`: never less.)
#[test]
fn any_text_is_handled() {
    const PARTS: &[&str] = &[
        "TOKEN=",
        "password ",
        "machine ",
        "https://",
        "u:",
        "@",
        "h",
        "é",
        "«",
        "\"",
        "'",
        "`",
        "${",
        "}",
        "$(",
        ")",
        "${{",
        "}}",
        "Authorization: ",
        "Bearer ",
        "\\n",
        "\n",
        " ",
        ":",
        "=",
        "--token",
        "ghp_",
        "0123456789abcdef",
        "AKIA",
        "GOPROXY=",
        ",",
        "|",
        "-",
        "ENV ",
        "  key: ",
        "x",
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..5000 {
        let n = (next() % 12) as usize;
        let text: String = (0..n)
            .map(|_| PARTS[(next() % PARTS.len() as u64) as usize])
            .collect();
        let found = find(&text);
        for w in found.windows(2) {
            assert!(w[0].end < w[1].start, "{text:?}: {found:?}");
        }
        for r in &found {
            assert!(
                text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                "{text:?}: {found:?}"
            );
        }
        let m = mask(&text);
        for o in 0..=text.len() {
            assert!(
                m.start(o) <= m.text.len() && m.end(o) <= m.text.len(),
                "{text:?}"
            );
        }
    }
}
