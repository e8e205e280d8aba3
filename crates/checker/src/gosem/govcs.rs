//! GOVCS (`vcs.parseGOVCS`, `allow`; go-semantics.md §5): which version control tools the go
//! command may run for a repository root in direct mode.

use super::pattern::match_prefix_patterns;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub pattern: String,
    pub vcs: Vec<String>,
}

/// Parse GOVCS; the error is Go's message.
pub fn parse(govcs: &str) -> Result<Vec<Rule>, String> {
    let s = govcs.trim();
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let mut rules: Vec<Rule> = Vec::new();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for item in s.split(',') {
        let item = item.trim();
        if item.is_empty() {
            return Err("empty entry in GOVCS".into());
        }
        let Some((pattern, list)) = item.split_once(':') else {
            return Err(format!(
                "malformed entry in GOVCS (missing colon): {}",
                super::url::go_quote(item)
            ));
        };
        let (pattern, list) = (pattern.trim(), list.trim());
        let q = super::url::go_quote(item);
        if pattern.is_empty() {
            return Err(format!("empty pattern in GOVCS: {q}"));
        }
        if list.is_empty() {
            return Err(format!("empty VCS list in GOVCS: {q}"));
        }
        if is_relative(pattern) {
            return Err(format!("relative pattern not allowed in GOVCS: {q}"));
        }
        if let Some((_, earlier)) = seen.iter().find(|(p, _)| *p == pattern) {
            return Err(format!(
                "unreachable pattern in GOVCS: {q} after {}",
                super::url::go_quote(earlier)
            ));
        }
        seen.push((pattern, item));
        let mut vcs = Vec::new();
        for name in list.split('|') {
            let name = name.trim();
            if name.is_empty() {
                return Err(format!("empty VCS name in GOVCS: {q}"));
            }
            vcs.push(name.to_owned());
        }
        rules.push(Rule {
            pattern: pattern.to_owned(),
            vcs,
        });
    }
    Ok(rules)
}

fn is_relative(p: &str) -> bool {
    p == "." || p == ".." || p.starts_with("./") || p.starts_with("../")
}

/// Whether `vcs` may be used for repository root `root` (`private`: matched by GOPRIVATE),
/// with Go's defaults `private:all,public:git|hg` appended to the user's rules.
pub fn allowed(rules: &[Rule], root: &str, private: bool, vcs: &str) -> bool {
    let defaults = [
        Rule {
            pattern: "private".into(),
            vcs: vec!["all".into()],
        },
        Rule {
            pattern: "public".into(),
            vcs: vec!["git".into(), "hg".into()],
        },
    ];
    rules
        .iter()
        .chain(defaults.iter())
        .find(|r| match r.pattern.as_str() {
            "private" => private,
            "public" => !private,
            p => match_prefix_patterns(p, root),
        })
        .is_some_and(|r| r.vcs.iter().any(|v| v == vcs || v == "all"))
}

/// The private/public decision GOVCS uses: GOPRIVATE (not GONOPROXY) against the repository root.
pub fn is_private(goprivate: &str, root: &str) -> bool {
    match_prefix_patterns(goprivate, root)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `TestGOVCSErrors` of cmd/go/internal/vcs.
    #[test]
    fn parse_errors() {
        let cases = [
            (",", "empty entry in GOVCS"),
            (",x", "empty entry in GOVCS"),
            (",x:git,", "empty entry in GOVCS"),
            ("x,", "malformed entry in GOVCS (missing colon): \"x\""),
            ("x:y,", "empty entry in GOVCS"),
            ("x", "malformed entry in GOVCS (missing colon): \"x\""),
            ("x:", "empty VCS list in GOVCS: \"x:\""),
            ("x:|", "empty VCS name in GOVCS: \"x:|\""),
            ("x:y|", "empty VCS name in GOVCS: \"x:y|\""),
            ("x:|y", "empty VCS name in GOVCS: \"x:|y\""),
            ("x:y,z:", "empty VCS list in GOVCS: \"z:\""),
            ("x:y,z:|", "empty VCS name in GOVCS: \"z:|\""),
            ("x:y,z:|w", "empty VCS name in GOVCS: \"z:|w\""),
            ("x:y,z:w|", "empty VCS name in GOVCS: \"z:w|\""),
            ("x:y,z:w||v", "empty VCS name in GOVCS: \"z:w||v\""),
            (
                "x:y,x:z",
                "unreachable pattern in GOVCS: \"x:z\" after \"x:y\"",
            ),
            (":git", "empty pattern in GOVCS: \":git\""),
            (
                "./x:git",
                "relative pattern not allowed in GOVCS: \"./x:git\"",
            ),
        ];
        for (govcs, want) in cases {
            assert_eq!(parse(govcs).unwrap_err(), want, "{govcs:?}");
        }
        assert_eq!(parse("  ").unwrap(), []);
        assert_eq!(
            parse(" github.com : git | hg ").unwrap(),
            [Rule {
                pattern: "github.com".into(),
                vcs: vec!["git".into(), "hg".into()]
            }]
        );
    }

    /// `TestGOVCS` decisions, with Go's appended defaults where the real command differs.
    #[test]
    fn allow_decisions() {
        let private = |p: &str| p.starts_with("is-private");
        let cases: &[(&str, &str, &str, bool)] = &[
            ("private:all", "is-public.com/foo", "zzz", false),
            ("private:all", "is-private.com/foo", "zzz", true),
            ("public:all", "is-public.com/foo", "zzz", true),
            // defaults appended: private:all
            ("public:all", "is-private.com/foo", "zzz", true),
            ("public:all,private:none", "is-public.com/foo", "zzz", true),
            (
                "public:all,private:none",
                "is-private.com/foo",
                "zzz",
                false,
            ),
            ("*:all", "is-public.com/foo", "zzz", true),
            ("golang.org:git", "golang.org/x/text", "zzz", false),
            ("golang.org:git", "golang.org/x/text", "git", true),
            ("golang.org:zzz", "golang.org/x/text", "zzz", true),
            ("golang.org:zzz", "golang.org/x/text", "git", false),
            ("golang.org:git|hg", "golang.org/x/text", "hg", true),
            ("golang.org:all", "golang.org/x/text", "zzz", true),
            (
                "other.xyz/p:none,golang.org/x:git",
                "other.xyz/p/x",
                "git",
                false,
            ),
            (
                "other.xyz/p:none,golang.org/x:git",
                "unexpected.com",
                "git",
                true,
            ),
            (
                "other.xyz/p:none,golang.org/x:git",
                "golang.org/x/text",
                "zzz",
                false,
            ),
            (
                "other.xyz/p:none,golang.org/x:git",
                "golang.org/x/text",
                "git",
                true,
            ),
            (
                "other.xyz/p:none,golang.org/x:all",
                "golang.org/y/text",
                "git",
                true,
            ),
            (
                "other.xyz/p:none,golang.org/x:all",
                "golang.org/y/text",
                "svn",
                false,
            ),
            ("", "rsc.io/nonexist.svn", "svn", false),
            ("", "rsc.io/nonexist.fossil", "fossil", false),
            ("public:hg", "rsc.io/nonexist.git", "git", false),
            ("*:none", "github.com/google/go-cmp", "git", false),
            (
                "github.com:svn|hg",
                "github.com/google/go-cmp",
                "git",
                false,
            ),
        ];
        for &(govcs, root, vcs, want) in cases {
            let rules = parse(govcs).unwrap();
            assert_eq!(
                allowed(&rules, root, private(root), vcs),
                want,
                "GOVCS={govcs:?} {root} {vcs}"
            );
        }
    }
}
