//! GitHub Actions workflow commands: one annotation per finding.
//! <https://docs.github.com/actions/reference/workflow-commands-for-github-actions>

use crate::report::{Report, Severity};

pub(super) fn render(report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&format!(
            "::warning file={},title={}::{}\n",
            property(&d.path),
            property("goproxy-doctor input"),
            data(&d.message)
        ));
    }
    for f in &report.findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let s = &f.primary.span;
        let mut props = format!(
            "file={},line={},endLine={}",
            property(&f.primary.path),
            s.start_line,
            s.end_line
        );
        if s.start_line == s.end_line {
            props.push_str(&format!(
                ",col={},endColumn={}",
                s.start_column, s.end_column
            ));
        }
        props.push_str(&format!(
            ",title={}",
            property(&format!("{} {}", f.rule, f.name))
        ));
        let mut message = f.message.clone();
        if let Some(help) = &f.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        out.push_str(&format!("::{command} {props}::{}\n", data(&message)));
    }
    out
}

/// Escaping of a command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a command's property values.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_only_for_single_line_spans() {
        let text = "FROM golang\nENV GOSUMDB \\\n    off\n";
        let report = crate::analyze(
            vec![("Dockerfile".into(), text.as_bytes().to_vec())],
            &crate::Options::default(),
        );
        let out = render(&report);
        assert!(
            out.starts_with(
                "::error file=Dockerfile,line=2,endLine=3,title=GPD201 sumdb-disabled::"
            ),
            "{out}"
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(data("50% a\r\nb"), "50%25 a%0D%0Ab");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
