use super::*;

fn words(c: &Command) -> Vec<&str> {
    c.words.iter().map(|w| w.text.as_str()).collect()
}

#[test]
fn splits_commands_and_joins() {
    let (cmds, err) =
        parse("cd /src && GOFLAGS=-mod=mod go build ./... ; echo done | tee log || true &");
    assert_eq!(err, None);
    assert_eq!(cmds.len(), 5);
    assert_eq!(words(&cmds[0]), ["cd", "/src"]);
    assert_eq!(cmds[0].join, Join::And);
    assert_eq!(cmds[1].assigns[0].name, "GOFLAGS");
    assert_eq!(cmds[1].assigns[0].value.text, "-mod=mod");
    assert_eq!(words(&cmds[1]), ["go", "build", "./..."]);
    assert_eq!(cmds[1].join, Join::Seq);
    assert_eq!(cmds[2].join, Join::Pipe);
    assert_eq!(cmds[3].join, Join::Or);
    assert_eq!(cmds[4].join, Join::Background);
}

#[test]
fn quotes_escapes_and_ranges() {
    let s = r#"export GOPRIVATE="corp.example/*" GONOSUMDB='a,b' X=a\ b"#;
    let (cmds, _) = parse(s);
    let w = &cmds[0].words;
    assert_eq!(w[1].text, "GOPRIVATE=corp.example/*");
    assert!(w[1].quoted);
    assert_eq!(&s[w[1].range.clone()], r#"GOPRIVATE="corp.example/*""#);
    assert_eq!(w[2].text, "GONOSUMDB=a,b");
    assert_eq!(w[3].text, "X=a b");
    let (cmds, _) = parse(r#"GOPROXY="$MIRROR,direct" go mod download"#);
    assert!(cmds[0].assigns[0].value.dynamic);
    let (cmds, _) = parse("GOPROXY='$NOT_EXPANDED' go env");
    assert!(!cmds[0].assigns[0].value.dynamic);
    assert_eq!(cmds[0].assigns[0].value.text, "$NOT_EXPANDED");
    let (cmds, _) = parse("X=\"\" go env");
    assert_eq!(cmds[0].assigns[0].value.text, "");
    assert!(cmds[0].assigns[0].value.quoted);
}

#[test]
fn continuations_comments_and_substitutions() {
    let s = "go mod download \\\n  && echo $(cat /run/secrets/token | tr -d '\\n') # comment ; not a command\nTOKEN=`cat x` go build";
    let (cmds, err) = parse(s);
    assert_eq!(err, None);
    assert_eq!(cmds.len(), 3);
    assert_eq!(words(&cmds[0]), ["go", "mod", "download"]);
    assert!(cmds[1].words[1].dynamic);
    assert_eq!(cmds[2].assigns[0].name, "TOKEN");
    assert!(cmds[2].assigns[0].value.dynamic);
}

#[test]
fn redirections_and_heredocs() {
    let s = "echo \"machine git.corp login x password $T\" > ~/.netrc\ncat <<EOF > /root/.gitconfig\n[url]\nEOF\ngo build 2>&1";
    let (cmds, err) = parse(s);
    assert_eq!(err, None);
    assert_eq!(cmds[0].redirects[0].op, ">");
    assert_eq!(cmds[0].redirects[0].target.text, "~/.netrc");
    assert_eq!(cmds[1].redirects.len(), 2);
    assert_eq!(
        words(&cmds[2]),
        ["go", "build"],
        "the heredoc body is not a command"
    );
}

#[test]
fn compound_commands_and_subshells() {
    let (cmds, _) =
        parse("if [ -f go.mod ]; then go mod download; fi\n(cd sub && go build)\ngo vet");
    let names: Vec<_> = cmds.iter().filter_map(Command::name).collect();
    assert_eq!(names, ["[", "go", "cd", "go", "go"]);
    assert_eq!(cmds[2].subshell_depth, 1);
    assert_eq!(cmds[4].subshell_depth, 0);
}

#[test]
fn unterminated_quotes_are_reported() {
    for s in [
        "echo 'abc",
        "echo \"abc",
        "echo $(ls",
        "echo `ls",
        "echo ${X",
    ] {
        let (_, err) = parse(s);
        assert!(err.is_some(), "{s}");
    }
}

#[test]
fn never_panics() {
    let base = "A=1 B='2' export C=\"$D\" && go env -w GOPROXY=x|| (cd a; go build) <<-E\n\tx\n\tE\n`x` $(y) ${z} \\";
    for cut in 0..=base.len() {
        if base.is_char_boundary(cut) {
            let _ = parse(&base[..cut]);
            let _ = parse(&base[cut..]);
        }
    }
}
