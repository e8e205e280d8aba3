//! Source files: lossless text, line index, and spans with line/column positions.

use crate::report::{Location, Span};

/// One input file as text, with a line index for turning byte offsets into positions.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Repository-relative, '/'-separated.
    pub path: String,
    /// The contents; invalid UTF-8 sequences are replaced by U+FFFD (see `lossy`).
    pub text: String,
    /// True when the bytes were not valid UTF-8, so offsets in `text` are not byte offsets of
    /// the file on disk (spans translate them back, see `replaced`) and no fix may be offered.
    pub lossy: bool,
    line_starts: Vec<u32>,
    /// For a lossy file, where each U+FFFD stands for invalid bytes: (offset in `text` just
    /// after the U+FFFD, offset in the file just after the bytes it replaced), in order.
    replaced: Vec<(u32, u32)>,
}

impl SourceFile {
    pub fn new(path: String, bytes: Vec<u8>) -> Self {
        let (text, replaced) = match String::from_utf8(bytes) {
            Ok(text) => (text, Vec::new()),
            Err(err) => decode_lossy(err.as_bytes()),
        };
        let lossy = !replaced.is_empty();
        let mut line_starts = vec![0u32];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| to_u32(i + 1)),
        );
        SourceFile {
            path,
            text,
            lossy,
            line_starts,
            replaced,
        }
    }

    /// The offset in the file on disk of offset `offset` of `text` (they differ after a U+FFFD
    /// that replaced invalid bytes; a U+FFFD itself maps to the first byte it replaced).
    fn file_offset(&self, offset: usize) -> usize {
        let offset = to_u32(offset);
        let before = self
            .replaced
            .partition_point(|&(text_end, _)| text_end <= offset);
        match before.checked_sub(1).map(|i| self.replaced[i]) {
            None => offset as usize,
            Some((text_end, file_end)) => (file_end + (offset - text_end)) as usize,
        }
    }

    /// The offset in `text` of offset `offset` of the file on disk: the inverse of the mapping
    /// spans use (an offset inside invalid bytes maps to their U+FFFD).
    pub fn text_offset(&self, offset: usize) -> usize {
        let offset = to_u32(offset);
        let before = self
            .replaced
            .partition_point(|&(_, file_end)| file_end <= offset);
        let text = match before.checked_sub(1).map(|i| self.replaced[i]) {
            None => offset as usize,
            Some((text_end, file_end)) => (text_end + (offset - file_end)) as usize,
        };
        // inside the invalid bytes of the next U+FFFD: that character
        match self.replaced.get(before) {
            Some(&(text_end, _)) if text >= text_end as usize - '\u{fffd}'.len_utf8() => {
                text_end as usize - '\u{fffd}'.len_utf8()
            }
            _ => text.min(self.text.len()),
        }
    }

    /// The offset in `text` of the first U+FFFD that stands for invalid bytes, if any.
    pub fn first_invalid(&self) -> Option<usize> {
        self.replaced
            .first()
            .map(|&(text_end, _)| text_end as usize - '\u{fffd}'.len_utf8())
    }

    /// The offset of the first carriage return not followed by a line feed, if any.
    pub fn first_lone_cr(&self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        bytes
            .iter()
            .enumerate()
            .find(|&(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
            .map(|(i, _)| i)
    }

    /// The 1-based line and column of byte `offset` of `text`, as `line:column`.
    pub fn position_of(&self, offset: usize) -> String {
        let s = self.span(offset, offset);
        format!("{}:{}", s.start_line, s.start_column)
    }

    /// The 0-based line containing byte `offset`.
    fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&to_u32(offset)) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The text of 0-based line `index`, without its line terminator.
    pub fn line_text(&self, index: usize) -> &str {
        let start = self.line_starts[index] as usize;
        let end = self
            .line_starts
            .get(index + 1)
            .map_or(self.text.len(), |&e| e as usize - 1);
        let line = &self.text[start..end];
        line.strip_suffix('\r').unwrap_or(line)
    }

    /// 1-based line and column (in Unicode scalar values, not counting a leading BOM) of `offset`.
    fn position(&self, offset: usize) -> (u32, u32) {
        let index = self.line_index(offset);
        let start = self.line_starts[index] as usize;
        let before = &self.text[start..offset];
        let before = if index == 0 {
            before.strip_prefix('\u{feff}').unwrap_or(before)
        } else {
            before
        };
        (to_u32(index + 1), to_u32(before.chars().count() + 1))
    }

    /// The span of bytes `start..end` of `text`, clamped to the file and to character
    /// boundaries. Its `start` and `end` are offsets in the file on disk (not in `text` when the
    /// file is lossy); lines and columns count the characters of `text`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = self.floor_char(start.min(self.text.len()));
        let end = self.floor_char(end.clamp(start, self.text.len()));
        let (start_line, start_column) = self.position(start);
        let (end_line, end_column) = self.position(end);
        Span {
            start: to_u32(self.file_offset(start)),
            end: to_u32(self.file_offset(end)),
            start_line,
            start_column,
            end_line,
            end_column,
        }
    }

    fn floor_char(&self, mut offset: usize) -> usize {
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// A location for bytes `start..end` with a label, carrying the lines it touches.
    pub fn location(&self, start: usize, end: usize, label: impl Into<String>) -> Location {
        let span = self.span(start, end);
        let first = span.start_line as usize - 1;
        // A span that ends at column 1 of a later line does not touch that line.
        let last = if span.end_line > span.start_line && span.end_column == 1 {
            span.end_line as usize - 2
        } else {
            span.end_line as usize - 1
        };
        Location {
            path: self.path.clone(),
            span,
            label: label.into(),
            lines: (first..=last)
                .map(|i| self.line_text(i).to_owned())
                .collect(),
        }
    }
}

/// `bytes` as text with each maximal invalid sequence replaced by U+FFFD (as
/// `String::from_utf8_lossy` does), and where each replacement is (see `SourceFile::replaced`).
fn decode_lossy(bytes: &[u8]) -> (String, Vec<(u32, u32)>) {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut replaced = Vec::new();
    let mut consumed = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        consumed += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            text.push(char::REPLACEMENT_CHARACTER);
            consumed += chunk.invalid().len();
            replaced.push((to_u32(text.len()), to_u32(consumed)));
        }
    }
    (text, replaced)
}

/// Offsets are kept as u32 in the contract; inputs are far below 4 GiB (the host caps sizes).
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("f".into(), text.as_bytes().to_vec())
    }

    #[test]
    fn positions_count_characters_and_skip_bom() {
        let f = file("\u{feff}ENV A=é x\nB=2\r\nC");
        let s = f.span(3 + 6, 3 + 6 + 2); // "é"
        assert_eq!((s.start_line, s.start_column, s.end_column), (1, 7, 8));
        let s = f.span(f.text.find('C').unwrap(), f.text.len());
        assert_eq!(
            (s.start_line, s.start_column, s.end_line, s.end_column),
            (3, 1, 3, 2)
        );
        assert_eq!(f.line_text(1), "B=2");
    }

    #[test]
    fn location_lines_cover_the_span() {
        let f = file("a\nbc\nd\n");
        let loc = f.location(2, 5, "x");
        assert_eq!(loc.lines, vec!["bc".to_owned()]);
        let loc = f.location(0, 4, "x");
        assert_eq!(loc.lines, vec!["a".to_owned(), "bc".to_owned()]);
    }

    #[test]
    fn spans_of_a_lossy_file_are_byte_offsets_of_the_file() {
        // "é" in Latin-1 (one byte), a truncated 4-byte sequence (3 bytes), then ASCII
        let bytes = b"A=caf\xe9 B=\xf0\x9f\x98 C=1\nD=2\n".to_vec();
        let f = SourceFile::new("f".into(), bytes.clone());
        assert!(f.lossy);
        assert_eq!(f.text, "A=caf\u{fffd} B=\u{fffd} C=1\nD=2\n");
        let at = |needle: &str| f.text.find(needle).unwrap();
        for needle in ["C=1", "D=2", "B="] {
            let s = f.span(at(needle), at(needle) + needle.len());
            let original = &bytes[s.start as usize..s.end as usize];
            assert_eq!(original, needle.as_bytes(), "{needle}");
        }
        // a U+FFFD maps to the bytes it replaced, and counts as one column
        let s = f.span(at("\u{fffd} B"), at(" B"));
        assert_eq!((s.start, s.end), (5, 6));
        let s = f.span(at("C=1"), at("C=1"));
        assert_eq!((s.start_line, s.start_column), (1, 12));
        assert_eq!(f.first_invalid(), Some(5));
        assert_eq!(f.position_of(f.first_invalid().unwrap()), "1:6");
    }

    #[test]
    fn lone_carriage_returns_are_found() {
        assert_eq!(file("a\r\nb\r\n").first_lone_cr(), None);
        assert_eq!(file("a\r\nb\rc").first_lone_cr(), Some(4));
        assert_eq!(file("a\r").first_lone_cr(), Some(1));
    }

    #[test]
    fn file_and_text_offsets_map_both_ways() {
        let bytes = b"A\xff\xfeB\n\xe9t\xc3\xa9 \xf0\x9f".to_vec();
        let f = SourceFile::new("f".into(), bytes.clone());
        assert!(f.lossy);
        for t in (0..=f.text.len()).filter(|&t| f.text.is_char_boundary(t)) {
            assert_eq!(f.text_offset(f.file_offset(t)), t, "text offset {t}");
        }
        // each invalid byte here is a U+FFFD of its own
        assert_eq!(f.text_offset(2), 4);
        // inside the bytes one U+FFFD replaced (an incomplete 4-byte sequence): that U+FFFD
        assert_eq!(f.text_offset(11), f.text.len() - 3);
        assert_eq!(&f.text[f.text_offset(5)..], "\u{fffd}t\u{e9} \u{fffd}");
        assert_eq!(f.file_offset(f.text.len()), bytes.len());
        let valid = SourceFile::new("v".into(), b"ok\n".to_vec());
        assert_eq!(valid.text_offset(2), 2);
    }

    #[test]
    fn invalid_utf8_is_lossy_and_never_panics() {
        let f = SourceFile::new("f".into(), vec![b'A', 0xff, b'\n', b'B']);
        assert!(f.lossy);
        let s = f.span(100, 1000);
        assert_eq!(s.start_line, 2);
    }
}
