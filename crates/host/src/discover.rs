//! Finding the files to check: walk the given paths (in parallel, respecting .gitignore,
//! .ignore and git's excludes; hidden files are candidates; `.git`, `vendor/` and
//! `node_modules/` are never entered), keep the files the checker's globs select (matched
//! against the path relative to the walked directory and, for globs with a `/`, also relative
//! to the current directory), and read them. A file named on the command line is always read.
//! `vendor/` is not walked, but the `vendor/modules.txt` beside a selected go.mod or go.work is
//! read: it tells the checker that go builds from `vendor/` by default.

use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use ignore::{WalkBuilder, WalkState};

/// Directories that never hold build configuration of the repository itself.
const SKIPPED_DIRS: &[&str] = &[".git", "vendor", "node_modules"];

/// A file read for the checker, or why it could not be.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Input {
    File { path: String, contents: Vec<u8> },
    Unreadable { path: String, reason: String },
}

/// Selects files by the checker's gitignore-style globs: a glob without `/` matches the file
/// name at any depth; one with `/` matches the whole relative path (a leading `/` only
/// anchors, `**` crosses directories, `*` does not).
/// Files matching the presence-only globs are passed to the checker unread, with empty
/// contents.
pub(crate) struct Selector {
    names: GlobSet,
    paths: GlobSet,
    presence_names: GlobSet,
    presence_paths: GlobSet,
}

/// The globs split into those matched against the file name and those against the path.
fn glob_sets(globs: &[String]) -> Result<(GlobSet, GlobSet), String> {
    let mut names = GlobSetBuilder::new();
    let mut paths = GlobSetBuilder::new();
    for g in globs {
        let glob = GlobBuilder::new(g.trim_start_matches('/'))
            .literal_separator(true)
            .build()
            .map_err(|e| format!("the checker asked for an invalid glob {g:?}: {e}"))?;
        if g.contains('/') {
            paths.add(glob);
        } else {
            names.add(glob);
        }
    }
    let build = |b: GlobSetBuilder| b.build().map_err(|e| format!("building globs: {e}"));
    Ok((build(names)?, build(paths)?))
}

impl Selector {
    pub(crate) fn new(globs: &[String], presence_only: &[String]) -> Result<Selector, String> {
        let (names, paths) = glob_sets(globs)?;
        let (presence_names, presence_paths) = glob_sets(presence_only)?;
        Ok(Selector {
            names,
            paths,
            presence_names,
            presence_paths,
        })
    }

    /// Whether only the presence of the file at `shown` (the path shown to the checker)
    /// matters, so that it is not read.
    fn presence_only(&self, shown: &str) -> bool {
        let name = shown.rsplit('/').next().unwrap_or(shown);
        self.presence_names.is_match(name) || self.presence_paths.is_match(shown)
    }

    /// Whether some glob has a `/`, so that where the path is relative to matters.
    fn has_path_globs(&self) -> bool {
        !self.paths.is_empty()
    }

    /// Whether the file at `relative` ('/'-separated, relative to a root) is selected.
    fn selects(&self, relative: &str) -> bool {
        let name = relative.rsplit('/').next().unwrap_or(relative);
        self.names.is_match(name) || self.paths.is_match(relative)
    }
}

/// How much is read for the checker, which holds every input at once (its memory is capped).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ReadLimits {
    /// Bytes of one file (`--max-file-size-mb`).
    pub file_size: u64,
    /// Bytes of all files together (`--max-total-size-mb`).
    pub total_size: u64,
    /// Number of files (`--max-files`).
    pub files: usize,
}

/// Walk `roots` and read the selected files, sorted by the path shown to the checker and
/// deduplicated. A root that does not exist or cannot be listed is an error; a file that
/// cannot be read or is over a limit, or a directory that cannot be listed, is reported as
/// [`Input::Unreadable`], and the rest is still read. Over the total size or the number of
/// files, the smallest files are read first (then by path), so that as many as possible are.
pub(crate) fn discover(
    roots: &[PathBuf],
    selector: &Selector,
    limits: ReadLimits,
) -> Result<Vec<Input>, String> {
    let cwd = std::env::current_dir()
        .map_err(|e| format!("cannot read the current directory: {}", io_message(&e)))?;
    let mut found = Found::default();
    for root in roots {
        let meta = std::fs::metadata(root)
            .map_err(|e| format!("{}: {}", root.display(), io_message(&e)))?;
        if meta.is_dir() {
            std::fs::read_dir(root)
                .map_err(|e| format!("{}: {}", root.display(), io_message(&e)))?;
            found.merge(walk(root, &cwd, selector));
        } else {
            found.files.push(root.clone());
        }
    }
    let mut listed: Vec<(String, Result<PathBuf, String>)> = found
        .files
        .into_iter()
        .map(|path| (display_path(&path, &cwd), Ok(path)))
        .chain(
            found
                .problems
                .into_iter()
                .map(|(path, reason)| (display_path(&path, &cwd), Err(reason))),
        )
        .collect();
    listed.sort_by(|a, b| a.0.cmp(&b.0));
    listed.dedup_by(|a, b| a.0 == b.0);
    let presence: Vec<bool> = listed
        .iter()
        .map(|(shown, _)| selector.presence_only(shown))
        .collect();
    let over = over_budget(&listed, &presence, limits);
    Ok(listed
        .into_iter()
        .enumerate()
        .map(|(i, (shown, source))| match (source, over[i].clone()) {
            (Ok(_), Some(reason)) | (Err(reason), _) => Input::Unreadable {
                path: shown,
                reason,
            },
            (Ok(path), None) if presence[i] => present(shown, &path),
            (Ok(path), None) => read(shown, &path, limits.file_size),
        })
        .collect())
}

/// For each listed file, why it is not read although it could be: it would take the inputs
/// over the total size or the number of files. Smaller files are taken first; a file whose
/// size cannot be known, or that is over the size limit for one file, is left to `read`.
/// Files passed unread (`presence`) count as empty.
fn over_budget(
    listed: &[(String, Result<PathBuf, String>)],
    presence: &[bool],
    limits: ReadLimits,
) -> Vec<Option<String>> {
    let mut sized: Vec<(u64, usize)> = listed
        .iter()
        .enumerate()
        .filter_map(|(i, (_, source))| {
            let meta = std::fs::metadata(source.as_ref().ok()?).ok()?;
            let len = if presence[i] { 0 } else { meta.len() };
            (meta.is_file() && len <= limits.file_size).then_some((len, i))
        })
        .collect();
    sized.sort_unstable();
    let mut over = vec![None; listed.len()];
    let (mut total, mut count) = (0u64, 0usize);
    for (len, i) in sized {
        if count >= limits.files {
            over[i] = Some(format!(
                "over the limit of {} files (--max-files): the smallest files were read",
                limits.files
            ));
        } else if total.saturating_add(len) > limits.total_size {
            over[i] = Some(format!(
                "{len} bytes, over the {} MiB limit for all files together (--max-total-size-mb): the smallest files were read",
                limits.total_size >> 20
            ));
        } else {
            total += len;
            count += 1;
        }
    }
    over
}

/// What a walk found: selected files, and paths it could not read with the reason.
#[derive(Debug, Default)]
struct Found {
    files: Vec<PathBuf>,
    problems: Vec<(PathBuf, String)>,
}

impl Found {
    fn merge(&mut self, other: Found) {
        self.files.extend(other.files);
        self.problems.extend(other.problems);
    }
}

fn walk(root: &Path, cwd: &Path, selector: &Selector) -> Found {
    let found = Mutex::new(Found::default());
    WalkBuilder::new(root)
        .hidden(false)
        .require_git(false)
        .follow_links(false)
        .filter_entry(|e| {
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            !(is_dir && e.depth() > 0 && SKIPPED_DIRS.iter().any(|d| e.file_name() == *d))
        })
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                let outcome = match entry {
                    Ok(e) => {
                        let kind = kind(&e);
                        let path = e.path();
                        let selected = !matches!(kind, Kind::Directory) && {
                            let from_root = path.strip_prefix(root).unwrap_or(path);
                            selector.selects(&slash_path(from_root))
                                || (selector.has_path_globs()
                                    && selector.selects(&display_path(path, cwd)))
                        };
                        match kind {
                            _ if !selected => None,
                            Kind::File => {
                                if matches!(e.file_name().to_str(), Some("go.mod" | "go.work"))
                                    && let Some(dir) = path.parent()
                                    && dir.join("vendor/modules.txt").is_file()
                                    && let Ok(mut found) = found.lock()
                                {
                                    found.files.push(dir.join("vendor/modules.txt"));
                                }
                                Some(Ok(e.into_path()))
                            }
                            Kind::Directory => None,
                            // named like a candidate but nothing to read: say why
                            Kind::Other(reason) => Some(Err((e.into_path(), reason))),
                        }
                    }
                    Err(err) => Some(Err(problem(root, &err))),
                };
                if let Some(outcome) = outcome
                    && let Ok(mut found) = found.lock()
                {
                    match outcome {
                        Ok(path) => found.files.push(path),
                        Err(problem) => found.problems.push(problem),
                    }
                }
                WalkState::Continue
            })
        });
    found.into_inner().unwrap_or_default()
}

/// What a walked entry is, for the walk.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    /// A regular file, or a symbolic link to one: read when selected.
    File,
    /// A directory (walked), or a symbolic link to one (not followed), even when named like a
    /// candidate (a directory `Dockerfile/`).
    Directory,
    /// Anything else (a named pipe, a socket, a device, a dangling symbolic link or a loop of
    /// them): never opened (a named pipe would block the walk); reported when selected.
    Other(String),
}

fn kind(entry: &ignore::DirEntry) -> Kind {
    match entry.file_type() {
        None => Kind::Directory, // standard input: never walked
        Some(t) if t.is_file() => Kind::File,
        Some(t) if t.is_dir() => Kind::Directory,
        Some(t) if t.is_symlink() => match std::fs::metadata(entry.path()) {
            Ok(m) if m.is_file() => Kind::File,
            Ok(m) if m.is_dir() => Kind::Directory,
            Ok(m) => Kind::Other(format!(
                "a symbolic link to {}, not to a regular file: not read",
                special_kind(&m.file_type())
            )),
            Err(e) => Kind::Other(broken_link(entry.path(), &e)),
        },
        Some(t) => Kind::Other(format!(
            "{}, not a regular file: not read",
            special_kind(&t)
        )),
    }
}

/// Why a symbolic link cannot be followed.
fn broken_link(path: &Path, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        let target = std::fs::read_link(path)
            .map(|t| format!(" to {}", t.display()))
            .unwrap_or_default();
        format!("dangling symbolic link{target}: its target does not exist")
    } else if link_loop(path) {
        "symbolic link loop: not followed".into()
    } else {
        format!("symbolic link that cannot be followed: {}", io_message(e))
    }
}

/// Whether following the symbolic link `path` (and the links it leads to) comes back to a link
/// already followed. (The error the system gives for a loop has no portable kind in std.)
fn link_loop(path: &Path) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut at = normalize(path);
    while let Ok(target) = std::fs::read_link(&at) {
        if !seen.insert(at.clone()) {
            return true;
        }
        at = normalize(&at.parent().unwrap_or(Path::new("")).join(target));
    }
    false
}

/// "a named pipe", "a socket", "a device"…
fn special_kind(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    if t.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

/// The path a walk error is about (the root when it does not say) and what went wrong.
fn problem(root: &Path, err: &ignore::Error) -> (PathBuf, String) {
    fn describe(err: &ignore::Error) -> (Option<&Path>, String) {
        match err {
            ignore::Error::WithPath { path, err } => (Some(path), describe(err).1),
            ignore::Error::WithDepth { err, .. } => describe(err),
            ignore::Error::WithLineNumber { line, err } => {
                let (path, message) = describe(err);
                (path, format!("line {line}: {message}"))
            }
            ignore::Error::Loop { child, .. } => {
                (Some(child), "symbolic link loop, not followed".into())
            }
            ignore::Error::Io(e) => (None, io_message(e)),
            ignore::Error::Partial(errors) => {
                let described: Vec<_> = errors.iter().map(describe).collect();
                let path = described.iter().find_map(|(p, _)| *p);
                let messages: Vec<String> = described.into_iter().map(|(_, m)| m).collect();
                (path, messages.join("; "))
            }
            other => (None, other.to_string()),
        }
    }
    let (path, message) = describe(err);
    (path.unwrap_or(root).to_path_buf(), message)
}

/// An I/O error in the lower-case style of the other messages, without "(os error N)".
fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            let text = match text.rfind(" (os error ") {
                Some(at) if text.ends_with(')') => &text[..at],
                _ => &text,
            };
            let mut chars = text.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// The path shown to the checker: relative to the current directory when under it, absolute
/// otherwise; '/'-separated, without `.` components, `..` resolved lexically.
pub(crate) fn display_path(path: &Path, cwd: &Path) -> String {
    let absolute = normalize(&cwd.join(path));
    match absolute.strip_prefix(cwd) {
        Ok(relative) => slash_path(relative),
        Err(_) => slash_path(&absolute),
    }
}

/// Resolve `.` and `..` without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push(c);
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` with '/' between its components.
fn slash_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.components() {
        match c {
            Component::RootDir => out.push('/'),
            Component::CurDir => {}
            other => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&os_str(other.as_os_str()));
            }
        }
    }
    out
}

fn os_str(s: &OsStr) -> String {
    s.to_string_lossy().into_owned()
}

/// A file whose presence is all the checker needs: passed with empty contents, unread, if it
/// is a regular file (a link to one included); anything else is reported as [`read`] does.
fn present(shown: String, path: &Path) -> Input {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => Input::File {
            path: shown,
            contents: Vec::new(),
        },
        _ => read(shown, path, 0),
    }
}

/// Read one file: never more than `max_size` bytes (a file that grows while it is read is
/// still cut off), and never a named pipe or a device (opening a pipe would block).
pub(crate) fn read(shown: String, path: &Path, max_size: u64) -> Input {
    let unreadable = |reason: String| Input::Unreadable {
        path: shown.clone(),
        reason,
    };
    let too_big = |size: String| {
        format!(
            "{size} bytes, over the {} MiB limit (--max-file-size-mb)",
            max_size >> 20
        )
    };
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return unreadable("a directory, not a regular file".into()),
        Ok(m) if !m.is_file() => {
            return unreadable(format!(
                "{}, not a regular file: not read",
                special_kind(&m.file_type())
            ));
        }
        Ok(m) if m.len() > max_size => return unreadable(too_big(m.len().to_string())),
        Err(e) if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) => {
            return unreadable(broken_link(path, &e));
        }
        Err(e) => return unreadable(io_message(&e)),
        Ok(_) => {}
    }
    let mut contents = Vec::new();
    let read = std::fs::File::open(path).and_then(|file| {
        use std::io::Read;
        file.take(max_size.saturating_add(1))
            .read_to_end(&mut contents)
    });
    match read {
        // it grew after its size was checked
        Ok(n) if n as u64 > max_size => unreadable(too_big(format!("more than {max_size}"))),
        Ok(_) => Input::File {
            path: shown,
            contents,
        },
        Err(e) => unreadable(format!("reading failed: {}", io_message(&e))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selector() -> Selector {
        Selector::new(
            &[
                "Dockerfile".into(),
                "*.env".into(),
                ".env".into(),
                "/ci/*.yml".into(),
                ".github/workflows/*.yml".into(),
                "**/deploy/*.conf".into(),
                "go.sum".into(),
            ],
            &["go.sum".into()],
        )
        .unwrap()
    }

    fn limits(file_size: u64) -> ReadLimits {
        ReadLimits {
            file_size,
            total_size: u64::MAX,
            files: usize::MAX,
        }
    }

    #[test]
    fn over_the_total_size_or_number_of_files_the_smallest_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "a.env", &"A=1\n".repeat(100)); // 400 bytes
        write(root, "b.env", &"A=1\n".repeat(10)); // 40 bytes
        write(root, "c.env", &"A=1\n".repeat(50)); // 200 bytes
        write(root, "d.env", &"A=1\n".repeat(50)); // 200 bytes
        write(root, "huge.env", &"A=1\n".repeat(1000)); // over the size of one file
        let read_with = |total_size, files| {
            let limits = ReadLimits {
                file_size: 1000,
                total_size,
                files,
            };
            let inputs = discover(&[root.to_path_buf()], &selector(), limits).unwrap();
            inputs
                .into_iter()
                .map(|i| match i {
                    Input::File { path, .. } => (file_name(&path), String::new()),
                    Input::Unreadable { path, reason } => (file_name(&path), reason),
                })
                .collect::<Vec<_>>()
        };
        let budget = "bytes, over the 0 MiB limit for all files together (--max-total-size-mb): the smallest files were read";
        let got = read_with(439, usize::MAX);
        assert_eq!(got[0], ("a.env".into(), format!("400 {budget}")));
        assert_eq!(got[1], ("b.env".into(), String::new()));
        assert_eq!(got[2], ("c.env".into(), String::new()));
        assert_eq!(
            got[3],
            ("d.env".into(), format!("200 {budget}")),
            "same size: by path"
        );
        assert!(
            got[4]
                .1
                .contains("over the 0 MiB limit (--max-file-size-mb)"),
            "{got:?}"
        );
        let got = read_with(u64::MAX, 2);
        let files = "over the limit of 2 files (--max-files): the smallest files were read";
        assert_eq!(got[0], ("a.env".into(), files.into()));
        assert_eq!(got[1], ("b.env".into(), String::new()));
        assert_eq!(got[2], ("c.env".into(), String::new()));
        assert_eq!(got[3], ("d.env".into(), files.into()));
    }

    fn file_name(path: &str) -> String {
        path.rsplit('/').next().unwrap().to_owned()
    }

    fn write(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// The paths `walk` selects under `root`, relative to it, sorted.
    fn walked(root: &Path) -> Vec<String> {
        let found = walk(root, Path::new("/nowhere"), &selector());
        assert!(found.problems.is_empty(), "{:?}", found.problems);
        let mut got: Vec<String> = found
            .files
            .iter()
            .map(|p| slash_path(p.strip_prefix(root).unwrap()))
            .collect();
        got.sort();
        got
    }

    #[test]
    fn globs_without_a_slash_match_names_at_any_depth() {
        let s = selector();
        assert!(s.selects("Dockerfile"));
        assert!(s.selects("a/b/Dockerfile"));
        assert!(s.selects("deploy/prod.env"));
        assert!(s.selects(".env"));
        assert!(!s.selects("Dockerfile.md/readme"));
        assert!(!s.selects("Dockerfile2"));
    }

    #[test]
    fn globs_with_a_slash_match_the_relative_path() {
        let s = selector();
        assert!(s.selects("ci/build.yml"));
        assert!(!s.selects("x/ci/build.yml"), "anchored");
        assert!(!s.selects("ci/sub/build.yml"), "* does not cross /");
        assert!(s.selects(".github/workflows/go.yml"));
        assert!(s.selects("deploy/a.conf"));
        assert!(s.selects("a/b/deploy/a.conf"), "** crosses directories");
    }

    #[test]
    fn presence_only_files_are_passed_unread_and_outside_the_limits() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "Dockerfile", "FROM x\n");
        write(root, "go.sum", &"x v1.0.0 h1:abc=\n".repeat(100_000)); // 1.7 MB
        write(root, "sub/go.sum/go.sum", ""); // a directory named go.sum is walked
        let limits = ReadLimits {
            file_size: 1 << 20,
            total_size: 1 << 20,
            files: 10,
        };
        let inputs = discover(&[root.to_path_buf()], &selector(), limits).unwrap();
        let files: Vec<(String, usize)> = inputs
            .iter()
            .map(|i| match i {
                Input::File { path, contents } => (path.clone(), contents.len()),
                Input::Unreadable { path, reason } => panic!("{path}: {reason}"),
            })
            .map(|(p, n)| {
                (
                    p.rsplit_once(&*slash_path(root))
                        .map_or(p.clone(), |(_, r)| r.trim_start_matches('/').to_owned()),
                    n,
                )
            })
            .collect();
        assert_eq!(
            files,
            [
                ("Dockerfile".into(), 7),
                ("go.sum".into(), 0),
                ("sub/go.sum/go.sum".into(), 0)
            ]
        );
    }

    #[test]
    fn an_invalid_glob_is_an_error() {
        let e = Selector::new(&["a[".into()], &[]).err().unwrap();
        assert!(e.contains("invalid glob \"a[\""), "{e}");
    }

    #[test]
    fn walk_respects_ignore_files_and_skips_vendor_node_modules_and_git() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in [
            "Dockerfile",
            ".env",
            ".github/workflows/go.yml",
            "svc/Dockerfile",
            "svc/.hidden/Dockerfile",
            "vendor/x/Dockerfile",
            "node_modules/y/Dockerfile",
            ".git/Dockerfile",
            "ignored/Dockerfile",
            "dot-ignored/Dockerfile",
            "svc/local.env",
            "notes.txt",
        ] {
            write(root, rel, "FROM x\n");
        }
        write(root, ".gitignore", "ignored/\n");
        write(root, ".ignore", "dot-ignored/\n");
        write(root, "svc/.gitignore", "local.env\n");
        assert_eq!(
            walked(root),
            [
                ".env",
                ".github/workflows/go.yml",
                "Dockerfile",
                "svc/.hidden/Dockerfile",
                "svc/Dockerfile"
            ]
        );
    }

    #[test]
    fn vendor_modules_txt_beside_a_go_mod_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "svc/go.mod", "module x\n");
        write(root, "svc/vendor/modules.txt", "# x v1.0.0\n");
        write(root, "svc/vendor/x/go.mod", "module x\n");
        write(root, "other/vendor/modules.txt", "# x v1.0.0\n");
        let selector = Selector::new(&["go.mod".into()], &[]).unwrap();
        let found = walk(root, root, &selector);
        let mut files: Vec<String> = found
            .files
            .iter()
            .map(|p| slash_path(p.strip_prefix(root).unwrap()))
            .collect();
        files.sort();
        assert_eq!(files, ["svc/go.mod", "svc/vendor/modules.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn walk_reads_symlinked_files_but_does_not_follow_symlinked_directories() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "docker/prod", "FROM x\n");
        write(root, "elsewhere/Dockerfile", "FROM x\n");
        std::os::unix::fs::symlink(root.join("docker/prod"), root.join("Dockerfile")).unwrap();
        std::os::unix::fs::symlink(root.join("elsewhere"), root.join("linked")).unwrap();
        assert_eq!(walked(root), ["Dockerfile", "elsewhere/Dockerfile"]);
    }

    #[cfg(unix)]
    #[test]
    fn candidates_that_are_no_regular_files_are_reported_and_never_opened() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "Dockerfile/Dockerfile", "FROM x\n"); // a directory named Dockerfile
        symlink("missing.env", root.join("dangling.env")).unwrap();
        symlink("self.env", root.join("self.env")).unwrap();
        symlink("b.env", root.join("a.env")).unwrap();
        symlink("a.env", root.join("b.env")).unwrap();
        symlink("Dockerfile", root.join("dir.env")).unwrap(); // to a directory: not followed
        symlink("/dev/null", root.join("null.env")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(root.join("pipe.env"))
            .status()
            .unwrap();
        assert!(fifo.success());
        let found = walk(root, Path::new("/nowhere"), &selector());
        let files: Vec<String> = found
            .files
            .iter()
            .map(|p| slash_path(p.strip_prefix(root).unwrap()))
            .collect();
        assert_eq!(files, ["Dockerfile/Dockerfile"]);
        let mut problems: Vec<(String, &str)> = found
            .problems
            .iter()
            .map(|(p, m)| (slash_path(p.strip_prefix(root).unwrap()), m.as_str()))
            .collect();
        problems.sort();
        let expected = [
            ("a.env", "symbolic link loop: not followed"),
            ("b.env", "symbolic link loop: not followed"),
            (
                "dangling.env",
                "dangling symbolic link to missing.env: its target does not exist",
            ),
            (
                "null.env",
                "a symbolic link to a device, not to a regular file: not read",
            ),
            ("pipe.env", "a named pipe, not a regular file: not read"),
            ("self.env", "symbolic link loop: not followed"),
        ]
        .map(|(p, m)| (p.to_owned(), m));
        assert_eq!(problems, expected);
        // named explicitly: never opened either
        for (name, reason) in [
            ("pipe.env", "a named pipe, not a regular file: not read"),
            ("null.env", "a device, not a regular file: not read"),
            ("self.env", "symbolic link loop: not followed"),
        ] {
            assert_eq!(
                read(name.into(), &root.join(name), 1 << 20),
                Input::Unreadable {
                    path: name.into(),
                    reason: reason.into()
                }
            );
        }
    }

    #[test]
    fn io_messages_are_lower_case_without_the_os_error_number() {
        let e = std::io::Error::from_raw_os_error(5);
        assert_eq!(io_message(&e), "input/output error");
        assert_eq!(
            io_message(&std::io::ErrorKind::NotFound.into()),
            "no such file or directory"
        );
    }

    #[test]
    fn files_are_sorted_deduplicated_and_named_files_always_read() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "b/Dockerfile", "FROM b\n");
        write(root, "a/Dockerfile", "FROM a\n");
        write(root, "notes.txt", "not selected by any glob\n");
        let roots = [
            root.join("b"),
            root.to_path_buf(),
            root.join("a/Dockerfile"),
            root.join("notes.txt"),
        ];
        let inputs = discover(&roots, &selector(), limits(1 << 20)).unwrap();
        let paths: Vec<&str> = inputs
            .iter()
            .map(|i| match i {
                Input::File { path, .. } | Input::Unreadable { path, .. } => path.as_str(),
            })
            .collect();
        let shown = |rel: &str| display_path(&root.join(rel), &std::env::current_dir().unwrap());
        let mut expected = vec![
            shown("a/Dockerfile"),
            shown("b/Dockerfile"),
            shown("notes.txt"),
        ];
        expected.sort();
        assert_eq!(paths, expected);
    }

    #[test]
    fn unreadable_and_oversized_files_are_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "Dockerfile", "FROM x\nENV A=1\n");
        write(dir.path(), "big.env", &"A=1\n".repeat(300_000));
        let inputs = discover(&[dir.path().to_path_buf()], &selector(), limits(1 << 20)).unwrap();
        assert!(
            matches!(&inputs[0], Input::File { contents, .. } if contents.starts_with(b"FROM")),
            "{inputs:?}"
        );
        assert!(
            matches!(&inputs[1], Input::Unreadable { reason, .. }
                if reason == "1200000 bytes, over the 1 MiB limit (--max-file-size-mb)"),
            "{inputs:?}"
        );
        let e = discover(&[dir.path().join("missing")], &selector(), limits(1 << 20)).unwrap_err();
        assert!(e.ends_with("missing: no such file or directory"), "{e}");
    }

    #[test]
    fn invalid_utf8_is_read_as_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Dockerfile");
        std::fs::write(&path, b"FROM \xff\xfe\n").unwrap();
        let inputs = discover(&[path], &selector(), limits(1 << 20)).unwrap();
        assert!(
            matches!(&inputs[0], Input::File { contents, .. } if contents == b"FROM \xff\xfe\n")
        );
    }

    #[test]
    fn walk_errors_name_their_path_and_cause() {
        let denied = ignore::Error::WithPath {
            path: PathBuf::from("repo/secret"),
            err: Box::new(ignore::Error::Io(
                std::io::ErrorKind::PermissionDenied.into(),
            )),
        };
        assert_eq!(
            problem(Path::new("repo"), &denied),
            (PathBuf::from("repo/secret"), "permission denied".into())
        );
        let bad_glob = ignore::Error::WithPath {
            path: PathBuf::from("repo/.gitignore"),
            err: Box::new(ignore::Error::WithLineNumber {
                line: 3,
                err: Box::new(ignore::Error::Io(std::io::Error::other("bad pattern"))),
            }),
        };
        assert_eq!(
            problem(Path::new("repo"), &bad_glob),
            (
                PathBuf::from("repo/.gitignore"),
                "line 3: bad pattern".into()
            )
        );
        let bare = ignore::Error::Io(std::io::ErrorKind::NotFound.into());
        assert_eq!(
            problem(Path::new("repo"), &bare),
            (PathBuf::from("repo"), "no such file or directory".into())
        );
    }

    #[test]
    fn display_paths_are_relative_normalized_and_slash_separated() {
        let cwd = Path::new("/repo");
        let shown = |p: &str| display_path(Path::new(p), cwd);
        assert_eq!(shown("./a/Dockerfile"), "a/Dockerfile");
        assert_eq!(shown("/repo/b/.env"), "b/.env");
        assert_eq!(shown("a/../c/./Dockerfile"), "c/Dockerfile");
        assert_eq!(shown("/elsewhere/Dockerfile"), "/elsewhere/Dockerfile");
        assert_eq!(shown("../other/Dockerfile"), "/other/Dockerfile");
    }
}
