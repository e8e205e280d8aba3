//! Env files: dotenv-style `.env`, `.env.*`, `*.env` (as Docker Compose and most dotenv
//! loaders read them) and direnv's `.envrc` (shell; only its `export NAME=value` lines are
//! settings). Comments, `export ` prefixes, single and double quotes, escapes in double
//! quotes, inline comments after unquoted values, duplicates (the last one wins).

use super::{Mapped, Problem, Range};

#[derive(Debug, Clone, Default)]
pub struct EnvFile {
    pub entries: Vec<Entry>,
}

/// One `NAME=value` line.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    pub name_range: Range,
    /// The value with quotes and escapes removed, mapped to the source.
    pub value: Mapped,
    /// The value as written (quotes included).
    pub raw_range: Range,
    /// The whole line including its terminator, for fixes that delete the entry.
    pub line_range: Range,
    /// The value refers to another variable (`$X`, `${X}`): its exact value is not known.
    pub dynamic: bool,
}

pub fn parse(text: &str, shell: bool, problems: &mut Vec<Problem>) -> EnvFile {
    let mut entries = Vec::new();
    let mut start = 0;
    let bytes = text.len();
    while start < bytes {
        let end = text[start..].find('\n').map_or(bytes, |i| start + i);
        let line_range = start..(end + 1).min(bytes);
        let line = text[start..end]
            .strip_suffix('\r')
            .unwrap_or(&text[start..end]);
        if let Some(entry) = parse_line(line, start, line_range, shell, problems) {
            entries.push(entry);
        }
        start = end + 1;
    }
    EnvFile { entries }
}

fn parse_line(
    line: &str,
    at: usize,
    line_range: Range,
    shell: bool,
    problems: &mut Vec<Problem>,
) -> Option<Entry> {
    let body = line.trim_start_matches(['\u{feff}', ' ', '\t']);
    if body.is_empty() || body.starts_with('#') {
        return None;
    }
    let mut off = at + (line.len() - body.len());
    let mut rest = body;
    if let Some(r) = rest
        .strip_prefix("export")
        .filter(|r| r.starts_with([' ', '\t']))
    {
        let trimmed = r.trim_start();
        off += rest.len() - trimmed.len();
        rest = trimmed;
    }
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    let after = &rest[name_len..];
    let Some(value_text) = after.strip_prefix('=') else {
        if !shell {
            let r = off..off + rest.len();
            problems.push(Problem::at(r, "not a `NAME=value` line: ignored"));
        }
        return None;
    };
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        if !shell {
            problems.push(Problem::at(
                off..off + rest.len(),
                "a variable name must start with a letter or `_`: line ignored",
            ));
        }
        return None;
    }
    let value_at = off + name_len + 1;
    let (value, raw_len, dynamic) = parse_value(value_text, value_at, shell, problems);
    Some(Entry {
        name: name.to_owned(),
        name_range: off..off + name_len,
        value,
        raw_range: value_at..value_at + raw_len,
        line_range,
        dynamic,
    })
}

/// Returns the value, the length of its raw text, and whether it references variables.
fn parse_value(
    text: &str,
    at: usize,
    shell: bool,
    problems: &mut Vec<Problem>,
) -> (Mapped, usize, bool) {
    let mut value = Mapped::new();
    let mut dynamic = false;
    match text.chars().next() {
        Some('\'') => match text[1..].find('\'') {
            Some(close) => {
                value.push_exact(&text[1..1 + close], at + 1);
                (value, close + 2, false)
            }
            None => {
                problems.push(Problem::at(at..at + 1, "unterminated single quote"));
                value.push_exact(&text[1..], at + 1);
                (value, text.len(), false)
            }
        },
        Some('"') => {
            let mut chars = text.char_indices().skip(1).peekable();
            while let Some((i, c)) = chars.next() {
                match c {
                    '"' => return (value, i + 1, dynamic),
                    '\\' => match chars.peek().copied() {
                        Some((j, n)) => {
                            chars.next();
                            let escaped = match n {
                                // dotenv loaders turn `\n` into a newline; a shell does not
                                'n' if !shell => "\n".to_owned(),
                                '"' | '\\' | '$' | '`' => n.to_string(),
                                other => format!("\\{other}"),
                            };
                            value.push_from(&escaped, at + i..at + j + n.len_utf8());
                        }
                        None => value.push_exact("\\", at + i),
                    },
                    '$' => {
                        dynamic |= starts_reference(&text[i + 1..]);
                        value.push_exact("$", at + i);
                    }
                    c => value.push_exact(c.encode_utf8(&mut [0; 4]), at + i),
                }
            }
            problems.push(Problem::at(at..at + 1, "unterminated double quote"));
            (value, text.len(), dynamic)
        }
        _ => {
            // unquoted: up to an inline comment (` #`), trailing white space trimmed
            let end = text
                .match_indices('#')
                .find(|&(i, _)| i > 0 && text[..i].ends_with([' ', '\t']))
                .map_or(text.len(), |(i, _)| i);
            let raw = text[..end].trim_end();
            let lead = raw.len() - raw.trim_start().len();
            let raw_t = raw.trim_start();
            value.push_exact(raw_t, at + lead);
            dynamic = raw_t
                .match_indices('$')
                .any(|(i, _)| starts_reference(&raw_t[i + 1..]));
            (value, raw.len(), dynamic)
        }
    }
}

fn starts_reference(after_dollar: &str) -> bool {
    after_dollar.starts_with(|c: char| c == '{' || c == '_' || c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(text: &str, shell: bool) -> Vec<(String, String, bool)> {
        let mut problems = Vec::new();
        let f = parse(text, shell, &mut problems);
        f.entries
            .into_iter()
            .map(|e| (e.name, e.value.as_str().to_owned(), e.dynamic))
            .collect()
    }

    #[test]
    fn forms() {
        let text = "# c\nA=1\nexport B=two words # comment\nC='x # y'\nD=\"q\\\"z\\n\"\nE=\nF=a#b\n  G = x\n";
        assert_eq!(
            entries(text, false),
            vec![
                ("A".into(), "1".into(), false),
                ("B".into(), "two words".into(), false),
                ("C".into(), "x # y".into(), false),
                ("D".into(), "q\"z\n".into(), false),
                ("E".into(), "".into(), false),
                ("F".into(), "a#b".into(), false),
            ]
        );
    }

    #[test]
    fn spans_are_exact() {
        let text = "export GOSUMDB=\"off\"\r\n";
        let mut problems = Vec::new();
        let f = parse(text, true, &mut problems);
        let e = &f.entries[0];
        assert_eq!(&text[e.name_range.clone()], "GOSUMDB");
        assert_eq!(&text[e.value.full_source_range().unwrap()], "off");
        assert_eq!(&text[e.raw_range.clone()], "\"off\"");
        assert_eq!(e.line_range, 0..text.len());
    }

    #[test]
    fn references_make_values_dynamic() {
        assert!(entries("A=$HOME/x\n", false)[0].2);
        assert!(entries("A=\"${X}\"\n", false)[0].2);
        assert!(!entries("A='$X'\n", false)[0].2);
        assert!(!entries("A=cost$5\n", false)[0].2);
    }

    #[test]
    fn envrc_ignores_shell_lines_and_env_reports_them() {
        assert_eq!(entries("use nix\nexport GOPRIVATE=x\n", true).len(), 1);
        let mut problems = Vec::new();
        parse("garbage line\n\"A=1\nB='open\n", false, &mut problems);
        assert_eq!(problems.len(), 3, "{problems:?}");
    }
}
