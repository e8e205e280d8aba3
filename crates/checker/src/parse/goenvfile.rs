//! The go command's env file format (`cfg.readEnvFile`), as written by `go env -w` to the user
//! config file (`$XDG_CONFIG_HOME/go/env`, `~/.config/go/env`) and as shipped in
//! `$GOROOT/go.env`; a repository-root `go.env` is read the same way.
//!
//! Exactly Go's reading: the text is split on `\n`; a line is used only when it contains `=`
//! and its first byte is `A`–`Z`; the key is everything before the first `=` and the value
//! everything after it. Nothing is trimmed, unquoted or unescaped, and there are no inline
//! comments, so `GOPROXY = off` sets the variable `GOPROXY ` and `GOSUMDB=off\r` sets `off\r`.
//! In the user file the last occurrence of a key wins; in `$GOROOT/go.env` the first does.
//!
//! The reader never fails, so it reports no `Problem`s; lines a person probably meant
//! differently are listed as [`Oddity`]s for rules to judge.

use super::Range;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoEnvFile {
    /// Every line Go uses, in file order (duplicates included).
    pub entries: Vec<Entry>,
    /// Lines a linter may want to flag, in file order.
    pub oddities: Vec<Oddity>,
}

/// One `KEY=value` line as Go reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Everything before the first `=` (may end in spaces: then it is not the intended name).
    pub name: String,
    pub name_range: Range,
    /// Everything after the first `=` up to (not including) the `\n`; a `\r` is kept.
    pub value: String,
    pub value_range: Range,
    /// The whole line including its `\n`, for fixes that delete the entry.
    pub line_range: Range,
}

/// Something Go reads differently from what the line probably means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oddity {
    pub kind: OddityKind,
    /// The bytes concerned (the stray space, the quote pair, the `\r`, the `#…`, the line).
    pub range: Range,
    /// The line the oddity is on.
    pub line_range: Range,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OddityKind {
    /// White space right before the `=` (`GOPROXY = off`): the key Go sets contains it.
    KeyTrailingSpace,
    /// White space right after the `=`: it is part of the value.
    ValueLeadingSpace,
    /// The value is enclosed in `"…"` or `'…'`: the quotes are part of the value.
    QuotedValue,
    /// The line ends in `\r` (CRLF file): the `\r` is part of the value.
    TrailingCarriageReturn,
    /// A ` #` after the value: the comment is part of the value.
    InlineComment,
    /// A `key=value` line Go ignores because the key starts with a lower-case letter
    /// (`goproxy=off`, `export GOPROXY=off`).
    LowerCaseKey,
    /// Another line with `=` that Go ignores because it does not start with `A`–`Z` (leading
    /// white space, a BOM, a digit or punctuation). Lines starting with `#` are comments and are
    /// not reported.
    IgnoredLine,
}

/// Read an env file as the go command does.
pub fn parse(text: &str) -> GoEnvFile {
    let mut file = GoEnvFile::default();
    let mut start = 0;
    while start < text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line_range = start..(end + 1).min(text.len());
        read_line(&text[start..end], start, line_range, &mut file);
        start = end + 1;
    }
    file
}

fn read_line(line: &str, at: usize, line_range: Range, file: &mut GoEnvFile) {
    let odd = |kind, range: Range| Oddity {
        kind,
        range,
        line_range: line_range.clone(),
    };
    let Some(eq) = line.find('=') else {
        return;
    };
    if !line.as_bytes()[0].is_ascii_uppercase() {
        let body = line.trim_start_matches(['\u{feff}', ' ', '\t', '\r']);
        if line.as_bytes()[0].is_ascii_lowercase() {
            file.oddities
                .push(odd(OddityKind::LowerCaseKey, at..at + line.len()));
        } else if !body.starts_with('#') && !body.is_empty() {
            file.oddities
                .push(odd(OddityKind::IgnoredLine, at..at + line.len()));
        }
        return;
    }
    let name = &line[..eq];
    let value = &line[eq + 1..];
    let value_at = at + eq + 1;
    let trimmed_name = name.trim_end_matches([' ', '\t']);
    if trimmed_name.len() < name.len() {
        file.oddities.push(odd(
            OddityKind::KeyTrailingSpace,
            at + trimmed_name.len()..at + name.len(),
        ));
    }
    let lead = value.len() - value.trim_start_matches([' ', '\t']).len();
    if lead > 0 {
        file.oddities.push(odd(
            OddityKind::ValueLeadingSpace,
            value_at..value_at + lead,
        ));
    }
    let cr = value.ends_with('\r');
    let body = value.strip_suffix('\r').unwrap_or(value);
    let inner = body.trim_matches([' ', '\t']);
    let inner_at = value_at + (body.len() - body.trim_start_matches([' ', '\t']).len());
    if inner.len() >= 2
        && let Some(q) = inner.chars().next().filter(|c| matches!(c, '"' | '\''))
        && inner.ends_with(q)
    {
        file.oddities.push(odd(
            OddityKind::QuotedValue,
            inner_at..inner_at + inner.len(),
        ));
    }
    if let Some(hash) = body
        .match_indices('#')
        .map(|(i, _)| i)
        .find(|&i| i > 0 && body[..i].ends_with([' ', '\t']))
    {
        let ws = body[..hash].len() - body[..hash].trim_end_matches([' ', '\t']).len();
        file.oddities.push(odd(
            OddityKind::InlineComment,
            value_at + hash - ws..value_at + body.len(),
        ));
    }
    if cr {
        let r = value_at + value.len() - 1;
        file.oddities
            .push(odd(OddityKind::TrailingCarriageReturn, r..r + 1));
    }
    file.entries.push(Entry {
        name: name.to_owned(),
        name_range: at..at + eq,
        value: value.to_owned(),
        value_range: value_at..value_at + value.len(),
        line_range,
    });
}

impl GoEnvFile {
    /// The entry that sets `key` (compared byte for byte, as Go does): the last one, or the
    /// first one with `first_wins` (how `$GOROOT/go.env` is read).
    pub fn lookup(&self, key: &str, first_wins: bool) -> Option<&Entry> {
        let mut matching = self.entries.iter().filter(|e| e.name == key);
        if first_wins {
            matching.next()
        } else {
            matching.next_back()
        }
    }

    /// The entries that lose to another entry for the same key (for a "duplicate" rule).
    pub fn shadowed(&self, first_wins: bool) -> Vec<&Entry> {
        self.entries
            .iter()
            .filter(|e| {
                self.lookup(&e.name, first_wins)
                    .is_some_and(|w| !std::ptr::eq(w, *e))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(f: &GoEnvFile) -> Vec<OddityKind> {
        f.oddities.iter().map(|o| o.kind).collect()
    }

    #[test]
    fn reads_exactly_like_go() {
        let text = "# comment\n\nGOPROXY=https://proxy.example,direct\nGOSUMDB=off # trailing\nGOPRIVATE=\"x\"\nGOFLAGS=-mod=mod\ngoproxy=off\n GOPROXY=off\nNOEQUALS\nGONOSUMDB=\nA==b\n";
        let f = parse(text);
        let got: Vec<(&str, &str)> = f
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e.value.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("GOPROXY", "https://proxy.example,direct"),
                ("GOSUMDB", "off # trailing"),
                ("GOPRIVATE", "\"x\""),
                ("GOFLAGS", "-mod=mod"),
                ("GONOSUMDB", ""),
                ("A", "=b"),
            ]
        );
        for e in &f.entries {
            assert_eq!(&text[e.name_range.clone()], e.name);
            assert_eq!(&text[e.value_range.clone()], e.value);
            assert!(text[e.line_range.clone()].ends_with('\n'));
        }
        assert_eq!(
            kinds(&f),
            vec![
                OddityKind::InlineComment,
                OddityKind::QuotedValue,
                OddityKind::LowerCaseKey,
                OddityKind::IgnoredLine,
            ]
        );
        assert_eq!(&text[f.oddities[0].range.clone()], " # trailing");
        assert_eq!(&text[f.oddities[1].range.clone()], "\"x\"");
        assert_eq!(&text[f.oddities[2].range.clone()], "goproxy=off");
        assert_eq!(&text[f.oddities[3].range.clone()], " GOPROXY=off");
        // a BOM hides the first line from Go; `export` makes the key lower-case
        let f = parse("\u{feff}GOPROXY=off\nexport GOSUMDB=off\n");
        assert!(f.entries.is_empty());
        assert_eq!(
            kinds(&f),
            vec![OddityKind::IgnoredLine, OddityKind::LowerCaseKey]
        );
    }

    #[test]
    fn spaces_and_carriage_returns_are_kept() {
        let text = "GOPROXY = off\r\nGOSUMDB=off\r\nGOPRIVATE='a'\r";
        let f = parse(text);
        assert_eq!(f.entries[0].name, "GOPROXY ");
        assert_eq!(f.entries[0].value, " off\r");
        assert_eq!(f.entries[1].value, "off\r");
        assert_eq!(f.entries[2].value, "'a'\r");
        assert!(f.lookup("GOPROXY", false).is_none());
        assert_eq!(
            kinds(&f),
            vec![
                OddityKind::KeyTrailingSpace,
                OddityKind::ValueLeadingSpace,
                OddityKind::TrailingCarriageReturn,
                OddityKind::TrailingCarriageReturn,
                OddityKind::QuotedValue,
                OddityKind::TrailingCarriageReturn,
            ]
        );
        assert_eq!(&text[f.oddities[0].range.clone()], " ");
        assert_eq!(&text[f.oddities[2].range.clone()], "\r");
        assert_eq!(&text[f.oddities[4].range.clone()], "'a'");
        assert_eq!(f.entries[2].line_range.end, text.len());
    }

    #[test]
    fn duplicates_last_or_first_wins() {
        let text = "GOPROXY=a\nGOSUMDB=x\nGOPROXY=b\n";
        let f = parse(text);
        assert_eq!(f.lookup("GOPROXY", false).unwrap().value, "b");
        assert_eq!(f.lookup("GOPROXY", true).unwrap().value, "a");
        assert_eq!(f.lookup("GOSUMDB", true).unwrap().value, "x");
        assert!(f.lookup("GOFLAGS", false).is_none());
        let lost: Vec<&str> = f.shadowed(false).iter().map(|e| e.value.as_str()).collect();
        assert_eq!(lost, vec!["a"]);
        let lost: Vec<&str> = f.shadowed(true).iter().map(|e| e.value.as_str()).collect();
        assert_eq!(lost, vec!["b"]);
    }

    #[test]
    fn official_go_env() {
        let text = "# This file contains the initial defaults for go command configuration.\n# Values set by 'go env -w' and written to the user's go/env file override these.\n\nGOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\n\nGOTOOLCHAIN=auto\n";
        let f = parse(text);
        assert_eq!(f.entries.len(), 3);
        assert!(f.oddities.is_empty());
        assert_eq!(f.lookup("GOTOOLCHAIN", true).unwrap().value, "auto");
    }

    #[test]
    fn never_panics_on_mutations() {
        let base = "\u{feff}GOPROXY=\"é\" # c\r\nA=\nb=1\n=x\nGOSUMDB = 'off'\n";
        for end in 0..=base.len() {
            if !base.is_char_boundary(end) {
                continue;
            }
            let text = &base[..end];
            let f = parse(text);
            for e in &f.entries {
                assert_eq!(&text[e.name_range.clone()], e.name);
                assert_eq!(&text[e.value_range.clone()], e.value);
            }
            for o in &f.oddities {
                assert!(o.range.end <= text.len() && text.is_char_boundary(o.range.start));
            }
        }
        for odd in ["=", "\n", "\r", "A", "a=", "Z=\r", "'", "\"\"", " #"] {
            let _ = parse(odd);
        }
    }
}
