//! Inline suppressions: `# goproxy-doctor: ignore[GPD201] reason` (or `// …` in go.mod) on the
//! flagged line or on the line before it. Rule ids and rule names both work; several may be
//! listed, separated by commas.

use crate::report::Finding;
use crate::source::SourceFile;

/// One ignore comment.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Ignore {
    /// 1-based line of the comment.
    line: u32,
    rules: Vec<String>,
}

const MARKER: &str = "goproxy-doctor:";

/// The ignore comments of a file.
fn ignores(file: &SourceFile) -> Vec<Ignore> {
    let mut out = Vec::new();
    for (i, line) in file.text.lines().enumerate() {
        let Some(at) = line.find(MARKER) else {
            continue;
        };
        let before = line[..at].trim_end();
        if !(before.ends_with('#') || before.ends_with("//")) {
            continue;
        }
        let rest = line[at + MARKER.len()..].trim_start();
        let Some(list) = rest
            .strip_prefix("ignore[")
            .and_then(|r| r.split_once(']'))
            .map(|(l, _)| l)
        else {
            continue;
        };
        let rules = list
            .split(',')
            .map(|r| r.trim().to_ascii_lowercase())
            .filter(|r| !r.is_empty())
            .collect();
        out.push(Ignore {
            line: u32::try_from(i + 1).unwrap_or(u32::MAX),
            rules,
        });
    }
    out
}

/// Drop the findings an ignore comment covers.
pub(crate) fn apply(files: &[SourceFile], findings: &mut Vec<Finding>) {
    let by_path: std::collections::HashMap<&str, Vec<Ignore>> = files
        .iter()
        .filter(|f| f.text.contains(MARKER))
        .map(|f| (f.path.as_str(), ignores(f)))
        .collect();
    if by_path.is_empty() {
        return;
    }
    findings.retain(|f| {
        let Some(list) = by_path.get(f.primary.path.as_str()) else {
            return true;
        };
        let line = f.primary.span.start_line;
        !list.iter().any(|ig| {
            (ig.line == line || ig.line + 1 == line)
                && ig
                    .rules
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(&f.rule) || r == &f.name)
        })
    });
}

#[cfg(test)]
mod tests {
    use crate::{Options, analyze};

    fn rules(text: &str, no_ignores: bool) -> Vec<String> {
        analyze(
            vec![("Dockerfile".into(), text.as_bytes().to_vec())],
            &Options {
                no_ignores,
                ..Options::default()
            },
        )
        .findings
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
        let by_name = "FROM golang\n# goproxy-doctor: ignore[goproxy-dead-entry, sumdb-disabled]\nENV GOSUMDB=off\n";
        assert!(rules(by_name, false).is_empty());
        let other_rule = "FROM golang\n# goproxy-doctor: ignore[GPD103]\nENV GOSUMDB=off\n";
        assert_eq!(rules(other_rule, false), ["GPD201"]);
        let too_far = "FROM golang\n# goproxy-doctor: ignore[GPD201]\n\nENV GOSUMDB=off\n";
        assert_eq!(rules(too_far, false), ["GPD201"]);
        let not_a_comment = "FROM golang\nENV X=goproxy-doctor:ignore[GPD201] GOSUMDB=off\n";
        assert_eq!(rules(not_a_comment, false), ["GPD201"]);
    }
}
