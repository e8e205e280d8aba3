//! Parsers: one module per input kind. They keep an exact source range for every value and
//! know nothing of rules or of Go's semantics.

pub mod dockerfile;
pub mod dockerignore;
pub mod envfile;
pub mod github_actions;
pub mod gitlab_ci;
pub mod goenvfile;
pub mod gomod;
mod mapped;
pub mod modpath;
pub mod shell;
pub mod shellword;
pub mod yaml;

pub use mapped::Mapped;

use crate::report::InputDiagnostic;
use crate::source::SourceFile;

/// A byte range in a source file.
pub type Range = std::ops::Range<usize>;

/// The files the checker reads, as gitignore-style globs (a glob without '/' matches the file
/// name at any depth).
pub const RELEVANT_GLOBS: &[&str] = &[
    "Dockerfile",
    "Dockerfile.*",
    "*.Dockerfile",
    "*.dockerfile",
    "Containerfile",
    "Containerfile.*",
    ".env",
    ".env.*",
    "*.env",
    ".envrc",
    "go.mod",
    "go.work",
    "go.sum",
    "go.env",
    ".dockerignore",
    "*.dockerignore",
    ".github/workflows/*.yml",
    ".github/workflows/*.yaml",
    "action.yml",
    "action.yaml",
    ".gitlab-ci.yml",
    "*.gitlab-ci.yml",
    "*.gitlab-ci.yaml",
    // credential files a whole-context COPY would put into an image (GPD405)
    ".netrc",
    "_netrc",
    ".git-credentials",
    "id_rsa",
    "id_dsa",
    "id_ecdsa",
    "id_ed25519",
    "*.pem",
    "*.key",
];

/// The relevant files whose contents the checker never looks at: only whether they exist
/// (go.sum for GPD404; credential files for GPD405, except `*.pem`/`*.key`, which count only
/// when they hold a private key). Hosts pass them unread, so that secrets never enter the
/// sandbox and a large go.sum costs nothing.
pub const PRESENCE_ONLY_GLOBS: &[&str] = &[
    "go.sum",
    ".netrc",
    "_netrc",
    ".git-credentials",
    "id_rsa",
    "id_dsa",
    "id_ecdsa",
    "id_ed25519",
];

/// What kind of input a file is, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Dockerfile,
    /// A dotenv-style file (`.env`, `*.env`) or a direnv `.envrc`.
    EnvFile,
    GoMod,
    GoWork,
    /// Present or absent is all that matters.
    GoSum,
    /// A file in the `go env -w` format: `go.env` (Dependabot reads one at the repository root).
    GoEnv,
    /// `.dockerignore` or `<Dockerfile>.dockerignore`.
    DockerIgnore,
    /// A GitHub Actions workflow or a composite action's `action.yml`.
    GithubActions,
    /// `.gitlab-ci.yml` (or an included `*.gitlab-ci.yml`).
    GitlabCi,
}

impl FileKind {
    pub fn detect(path: &str) -> Option<FileKind> {
        let name = path.rsplit('/').next().unwrap_or(path);
        match name {
            "go.mod" => return Some(FileKind::GoMod),
            "go.work" => return Some(FileKind::GoWork),
            "go.sum" => return Some(FileKind::GoSum),
            "go.env" => return Some(FileKind::GoEnv),
            _ => {}
        }
        if name.ends_with(".dockerignore") {
            return Some(FileKind::DockerIgnore);
        }
        if github_actions::applies_to(path) {
            return Some(FileKind::GithubActions);
        }
        if gitlab_ci::applies_to(path) {
            return Some(FileKind::GitlabCi);
        }
        let dockerfile = ["Dockerfile", "Containerfile"].iter().any(|base| {
            name == *base
                || name
                    .strip_prefix(base)
                    .is_some_and(|rest| rest.starts_with('.'))
        }) || name.ends_with(".Dockerfile")
            || name.ends_with(".dockerfile");
        if dockerfile {
            return Some(FileKind::Dockerfile);
        }
        if name == ".env" || name.starts_with(".env.") || name.ends_with(".env") || name == ".envrc"
        {
            return Some(FileKind::EnvFile);
        }
        None
    }
}

/// One parsed input.
#[derive(Debug)]
pub enum Parsed {
    Dockerfile(dockerfile::Dockerfile),
    EnvFile(envfile::EnvFile),
    GoMod(Box<gomod::ModFile>),
    GoSum,
    GoEnv(goenvfile::GoEnvFile),
    DockerIgnore(dockerignore::DockerIgnore),
    GithubActions(Box<github_actions::Workflow>),
    GitlabCi(Box<gitlab_ci::Pipeline>),
    /// Not an input the checker reads (the host may pass any file named on the command line).
    Other,
}

/// Parse every file. Syntax problems become diagnostics; whatever could be read is kept.
pub fn parse_all(files: &[SourceFile], diagnostics: &mut Vec<InputDiagnostic>) -> Vec<Parsed> {
    files
        .iter()
        .map(|file| {
            let mut problems = Vec::new();
            let parsed = match FileKind::detect(&file.path) {
                Some(FileKind::Dockerfile) => {
                    Parsed::Dockerfile(dockerfile::parse(&file.text, &mut problems))
                }
                Some(FileKind::EnvFile) => Parsed::EnvFile(envfile::parse(
                    &file.text,
                    file.path.ends_with(".envrc"),
                    &mut problems,
                )),
                Some(FileKind::GoMod) => Parsed::GoMod(Box::new(gomod::parse(
                    &file.text,
                    gomod::ModKind::GoMod,
                    &mut problems,
                ))),
                Some(FileKind::GoWork) => Parsed::GoMod(Box::new(gomod::parse(
                    &file.text,
                    gomod::ModKind::GoWork,
                    &mut problems,
                ))),
                Some(FileKind::GoSum) => Parsed::GoSum,
                Some(FileKind::GoEnv) => Parsed::GoEnv(goenvfile::parse(&file.text)),
                Some(FileKind::DockerIgnore) => {
                    Parsed::DockerIgnore(dockerignore::parse(&file.text, &mut problems))
                }
                Some(FileKind::GithubActions) => Parsed::GithubActions(Box::new(
                    github_actions::parse(&file.text, &mut problems),
                )),
                Some(FileKind::GitlabCi) => {
                    Parsed::GitlabCi(Box::new(gitlab_ci::parse(&file.text, &mut problems)))
                }
                None => Parsed::Other,
            };
            diagnostics.extend(problems.into_iter().map(|p| InputDiagnostic {
                path: file.path.clone(),
                message: match p.range {
                    Some(r) => {
                        let s = file.span(r.start, r.end);
                        format!("{}:{}: {}", s.start_line, s.start_column, p.message)
                    }
                    None => p.message,
                },
                skipped: false,
            }));
            parsed
        })
        .collect()
}

/// A syntax problem found by a parser, at a place in the file when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    pub range: Option<Range>,
    pub message: String,
}

impl Problem {
    pub fn at(range: Range, message: impl Into<String>) -> Self {
        Problem {
            range: Some(range),
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presence_only_files_are_relevant_and_never_parsed() {
        for g in PRESENCE_ONLY_GLOBS {
            assert!(RELEVANT_GLOBS.contains(g), "{g}");
            assert!(
                matches!(FileKind::detect(g), None | Some(FileKind::GoSum)),
                "{g} is parsed, so its contents are needed"
            );
        }
    }

    #[test]
    fn detects_kinds_by_name() {
        for p in [
            "Dockerfile",
            "a/b/Dockerfile",
            "Dockerfile.dev",
            "build.Dockerfile",
            "x.dockerfile",
            "Containerfile",
        ] {
            assert_eq!(FileKind::detect(p), Some(FileKind::Dockerfile), "{p}");
        }
        for p in [".env", ".env.local", "prod.env", "x/.envrc"] {
            assert_eq!(FileKind::detect(p), Some(FileKind::EnvFile), "{p}");
        }
        assert_eq!(FileKind::detect("a/go.mod"), Some(FileKind::GoMod));
        assert_eq!(FileKind::detect("go.work"), Some(FileKind::GoWork));
        assert_eq!(FileKind::detect("go.env"), Some(FileKind::GoEnv));
        assert_eq!(
            FileKind::detect("Dockerfile.dockerignore"),
            Some(FileKind::DockerIgnore)
        );
        assert_eq!(
            FileKind::detect(".dockerignore"),
            Some(FileKind::DockerIgnore)
        );
        for p in ["go.mod.bak", "Dockerfiles", "README.md", "environment"] {
            assert_eq!(FileKind::detect(p), None, "{p}");
        }
    }
}
