//! Everything the CLI prints or writes. No other module prints.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{IsTerminal, Write};
use std::path::Path;

use goproxy_doctor_checker::redact::redact;

/// `goproxy-doctor: error: …` on standard error, credentials masked (an error may quote a
/// value: a URL, a line of the configuration).
pub(crate) fn error(message: &str) {
    eprintln!("goproxy-doctor: error: {}", redact(message));
}

/// `goproxy-doctor: warning: …` on standard error, credentials masked.
pub(crate) fn warning(message: &str) {
    eprintln!("goproxy-doctor: warning: {}", redact(message));
}

/// Write `text` to standard output. A closed pipe (`| head`) is not an error.
pub(crate) fn stdout(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(|e| format!("writing to standard output: {e}")),
    }
}

/// Write `text` to `path`, creating its directory; through a temporary file and a rename, so
/// that a reader never sees half a file.
pub(crate) fn file(path: &Path, text: &str) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("writing {}: {e}", path.display());
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.goproxy-doctor.tmp"));
    std::fs::write(&tmp, text).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(e)
    })
}

/// Replace the contents of an existing file in place (`--fix`), keeping its permissions;
/// through a temporary file and a rename like [`file`].
pub(crate) fn replace(path: &Path, contents: &[u8]) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("writing {}: {e}", path.display());
    let permissions = std::fs::metadata(path).map_err(fail)?.permissions();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.goproxy-doctor.tmp"));
    std::fs::write(&tmp, contents)
        .and_then(|()| std::fs::set_permissions(&tmp, permissions))
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            fail(e)
        })
}

/// A line on standard error (what `--fix` changed), credentials masked.
pub(crate) fn info(message: &str) {
    eprintln!("{}", redact(message));
}

/// Whether text on standard output should be coloured under `--color auto`: a terminal, and
/// NO_COLOR unset or empty; CLICOLOR_FORCE (not "0") forces colour.
pub(crate) fn stdout_wants_color() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    if set("CLICOLOR_FORCE") {
        return true;
    }
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
