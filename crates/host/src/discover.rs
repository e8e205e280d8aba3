//! Finding the files to check: walk the given paths (in parallel, respecting .gitignore,
//! .ignore and git's excludes; `.git`, `vendor/` and `node_modules/` are never entered), keep
//! the files the checker's globs select, and read them. A file named on the command line is
//! always read.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use globset::{GlobSet, GlobSetBuilder};
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
/// name at any depth, one with `/` matches the path from the walk root.
pub(crate) struct Selector {
    names: GlobSet,
    paths: GlobSet,
}

impl Selector {
    pub(crate) fn new(globs: &[String]) -> Result<Selector, String> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for g in globs {
            let anchored = g.trim_start_matches('/');
            let glob = globset::GlobBuilder::new(anchored)
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

    fn selects(&self, relative: &Path) -> bool {
        let name_matches = relative
            .file_name()
            .is_some_and(|n| self.names.is_match(Path::new(n)));
        name_matches || self.paths.is_match(relative)
    }
}

/// Walk `roots` and read the selected files, sorted by path. A root that does not exist is an
/// error; a file that cannot be read, or is larger than `max_size` bytes, is reported as
/// [`Input::Unreadable`] and the rest is still read.
pub(crate) fn discover(
    roots: &[PathBuf],
    selector: &Selector,
    max_size: u64,
) -> Result<Vec<Input>, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let mut found: Vec<PathBuf> = Vec::new();
    for root in roots {
        let meta = std::fs::metadata(root).map_err(|e| format!("{}: {e}", root.display()))?;
        if meta.is_file() {
            found.push(root.clone());
        } else {
            found.extend(walk(root, selector)?);
        }
    }
    let mut inputs: Vec<(String, PathBuf)> = found
        .into_iter()
        .map(|p| (display_path(&p, &cwd), p))
        .collect();
    inputs.sort();
    inputs.dedup_by(|a, b| a.0 == b.0);
    Ok(inputs
        .into_iter()
        .map(|(shown, path)| read(shown, &path, max_size))
        .collect())
}

fn walk(root: &Path, selector: &Selector) -> Result<Vec<PathBuf>, String> {
    let found = Mutex::new(Vec::new());
    let errors = Mutex::new(Vec::new());
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
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                        let relative = e.path().strip_prefix(root).unwrap_or(e.path());
                        if selector.selects(relative)
                            && let Ok(mut f) = found.lock()
                        {
                            f.push(e.into_path());
                        }
                    }
                    Ok(_) => {}
                    Err(err) => {
                        if let Ok(mut list) = errors.lock() {
                            list.push(err.to_string());
                        }
                    }
                }
                WalkState::Continue
            })
        });
    let errors = errors.into_inner().unwrap_or_default();
    // A walk error on the root itself means nothing could be read there.
    let found = found.into_inner().unwrap_or_default();
    if found.is_empty() && !errors.is_empty() && std::fs::read_dir(root).is_err() {
        return Err(format!("{}: {}", root.display(), errors.join("; ")));
    }
    Ok(found)
}

/// The path shown to the checker: relative to the current directory when under it,
/// '/'-separated, without a leading `./`.
fn display_path(path: &Path, cwd: &Path) -> String {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    match absolute.strip_prefix(cwd) {
        Ok(relative) => relative
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
        Err(_) => path.to_string_lossy().replace('\\', "/"),
    }
}

fn read(shown: String, path: &Path, max_size: u64) -> Input {
    let unreadable = |reason: String| Input::Unreadable {
        path: shown.clone(),
        reason,
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max_size => {
            return unreadable(format!(
                "{} bytes is over the {} MiB limit (--max-file-size-mb)",
                m.len(),
                max_size >> 20
            ));
        }
        Ok(m) if !m.is_file() => return unreadable("not a regular file".into()),
        Err(e) => return unreadable(e.to_string()),
        Ok(_) => {}
    }
    match std::fs::read(path) {
        Ok(contents) => Input::File {
            path: shown,
            contents,
        },
        Err(e) => unreadable(e.to_string()),
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
            "ci/*.yml".into(),
        ])
        .unwrap()
    }

    fn write(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    #[test]
    fn selects_by_name_at_any_depth_and_by_anchored_path() {
        let s = selector();
        assert!(s.selects(Path::new("Dockerfile")));
        assert!(s.selects(Path::new("a/b/Dockerfile")));
        assert!(s.selects(Path::new("deploy/prod.env")));
        assert!(s.selects(Path::new(".env")));
        assert!(s.selects(Path::new("ci/build.yml")));
        assert!(!s.selects(Path::new("x/ci/build.yml")));
        assert!(!s.selects(Path::new("Dockerfile.md/readme")));
    }

    #[test]
    fn walk_respects_gitignore_and_skips_vendor_node_modules_and_git() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in [
            "Dockerfile",
            ".env",
            "svc/Dockerfile",
            "vendor/x/Dockerfile",
            "node_modules/y/Dockerfile",
            ".git/Dockerfile",
            "ignored/Dockerfile",
            "notes.txt",
        ] {
            write(root, rel, "FROM x\n");
        }
        write(root, ".gitignore", "ignored/\n");
        let mut got: Vec<String> = walk(root, &selector())
            .unwrap()
            .into_iter()
            .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
            .collect();
        got.sort();
        assert_eq!(got, [".env", "Dockerfile", "svc/Dockerfile"]);
    }

    #[test]
    fn unreadable_and_oversized_files_are_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "Dockerfile", "FROM x\nENV A=1\n");
        let inputs = discover(&[dir.path().join("Dockerfile")], &selector(), 4).unwrap();
        assert!(
            matches!(&inputs[0], Input::Unreadable { reason, .. } if reason.contains("over the")),
            "{inputs:?}"
        );
        let inputs = discover(&[dir.path().to_path_buf()], &selector(), 1 << 20).unwrap();
        assert!(
            matches!(&inputs[0], Input::File { contents, .. } if contents.starts_with(b"FROM"))
        );
        assert!(discover(&[dir.path().join("missing")], &selector(), 1 << 20).is_err());
    }

    #[test]
    fn display_paths_are_relative_and_slash_separated() {
        let cwd = Path::new("/repo");
        assert_eq!(
            display_path(Path::new("./a/Dockerfile"), cwd),
            "a/Dockerfile"
        );
        assert_eq!(display_path(Path::new("/repo/b/.env"), cwd), "b/.env");
        assert_eq!(
            display_path(Path::new("/elsewhere/Dockerfile"), cwd),
            "/elsewhere/Dockerfile"
        );
    }
}
