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
pub(crate) struct Selector {
    names: GlobSet,
    paths: GlobSet,
}

impl Selector {
    pub(crate) fn new(globs: &[String]) -> Result<Selector, String> {
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
        Ok(Selector {
            names: build(names)?,
            paths: build(paths)?,
        })
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

/// Walk `roots` and read the selected files, sorted by the path shown to the checker and
/// deduplicated. A root that does not exist or cannot be listed is an error; a file that
/// cannot be read, is larger than `max_size` bytes, or a directory that cannot be listed is
/// reported as [`Input::Unreadable`], and the rest is still read.
pub(crate) fn discover(
    roots: &[PathBuf],
    selector: &Selector,
    max_size: u64,
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
    Ok(listed
        .into_iter()
        .map(|(shown, source)| match source {
            Ok(path) => read(shown, &path, max_size),
            Err(reason) => Input::Unreadable {
                path: shown,
                reason,
            },
        })
        .collect())
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
                    Ok(e) if is_file(&e) => {
                        let path = e.path();
                        let from_root = path.strip_prefix(root).unwrap_or(path);
                        let selected = selector.selects(&slash_path(from_root))
                            || (selector.has_path_globs()
                                && selector.selects(&display_path(path, cwd)));
                        if selected
                            && matches!(e.file_name().to_str(), Some("go.mod" | "go.work"))
                            && let Some(dir) = path.parent()
                            && dir.join("vendor/modules.txt").is_file()
                            && let Ok(mut found) = found.lock()
                        {
                            found.files.push(dir.join("vendor/modules.txt"));
                        }
                        selected.then(|| Ok(e.into_path()))
                    }
                    Ok(_) => None,
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

/// A regular file, or a symbolic link to one (symbolic links to directories are not followed).
fn is_file(entry: &ignore::DirEntry) -> bool {
    match entry.file_type() {
        Some(t) if t.is_file() => true,
        Some(t) if t.is_symlink() => std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file()),
        _ => false,
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

/// An I/O error in the lower-case style of the other messages.
fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
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

fn read(shown: String, path: &Path, max_size: u64) -> Input {
    let unreadable = |reason: String| Input::Unreadable {
        path: shown.clone(),
        reason,
    };
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => return unreadable("not a regular file".into()),
        Ok(m) if m.len() > max_size => {
            return unreadable(format!(
                "{} bytes, over the {} MiB limit (--max-file-size-mb)",
                m.len(),
                max_size >> 20
            ));
        }
        Err(e) => return unreadable(io_message(&e)),
        Ok(_) => {}
    }
    match std::fs::read(path) {
        Ok(contents) => Input::File {
            path: shown,
            contents,
        },
        Err(e) => unreadable(io_message(&e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selector() -> Selector {
        Selector::new(&[
            "Dockerfile".into(),
            "*.env".into(),
            ".env".into(),
            "/ci/*.yml".into(),
            ".github/workflows/*.yml".into(),
            "**/deploy/*.conf".into(),
        ])
        .unwrap()
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
    fn an_invalid_glob_is_an_error() {
        let e = Selector::new(&["a[".into()]).err().unwrap();
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
        let selector = Selector::new(&["go.mod".into()]).unwrap();
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
        std::os::unix::fs::symlink(root.join("missing"), root.join("dangling.env")).unwrap();
        assert_eq!(walked(root), ["Dockerfile", "elsewhere/Dockerfile"]);
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
        let inputs = discover(&roots, &selector(), 1 << 20).unwrap();
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
        let inputs = discover(&[dir.path().to_path_buf()], &selector(), 1 << 20).unwrap();
        assert!(
            matches!(&inputs[0], Input::File { contents, .. } if contents.starts_with(b"FROM")),
            "{inputs:?}"
        );
        assert!(
            matches!(&inputs[1], Input::Unreadable { reason, .. }
                if reason == "1200000 bytes, over the 1 MiB limit (--max-file-size-mb)"),
            "{inputs:?}"
        );
        let e = discover(&[dir.path().join("missing")], &selector(), 1 << 20).unwrap_err();
        assert!(e.ends_with("missing: no such file or directory"), "{e}");
    }

    #[test]
    fn invalid_utf8_is_read_as_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Dockerfile");
        std::fs::write(&path, b"FROM \xff\xfe\n").unwrap();
        let inputs = discover(&[path], &selector(), 1 << 20).unwrap();
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
