// Finding the files to check, the way the CLI does (crates/host/src/discover.rs): walk the given
// paths respecting .gitignore, .ignore, .git/info/exclude and the global git excludes file; hidden
// files are candidates; `.git`, `vendor` and `node_modules` directories are never entered; keep
// the files the checker's globs select; read them as bytes. A file named explicitly is always
// read. Paths are shown relative to the base directory (the workspace) when under it, absolute
// otherwise, '/'-separated; the list is sorted by that path (bytewise, as Rust sorts strings) and
// deduplicated.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import ignore from "ignore";

/** Directories that never hold build configuration of the repository itself. */
export const SKIPPED_DIRS = [".git", "vendor", "node_modules"];

/** The CLI's default --max-file-size-mb. */
export const MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * A glob of the checker (gitignore-style, globset semantics with a literal separator) as a
 * regular expression over a '/'-separated path: `*` and `?` stay within one path element, `**`
 * crosses directories, `[...]` / `[!...]` are classes, `{a,b}` alternatives, `\` escapes.
 */
export function globToRegExp(glob) {
  let re = "";
  let i = 0;
  let braces = 0;
  const special = /[.+^$()|\\/[\]{}*?]/;
  while (i < glob.length) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const atStart = i === 0 || glob[i - 1] === "/";
        const atEnd = i + 2 === glob.length || glob[i + 2] === "/";
        if (atStart && atEnd) {
          if (i + 2 === glob.length) {
            re += ".*"; // `a/**`: everything below
          } else {
            re += "(?:.*/)?"; // `**/`: zero or more directories
            i += 1; // the '/'
          }
          i += 2;
          continue;
        }
        re += "[^/]*";
        i += 2;
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) throw new Error(`the checker asked for an invalid glob ${JSON.stringify(glob)}: unclosed character class`);
      let body = glob.slice(i + 1, close);
      let negate = false;
      if (body.startsWith("!") || body.startsWith("^")) {
        negate = true;
        body = body.slice(1);
      }
      body = body.replace(/[\\\]^]/g, "\\$&");
      re += negate ? `[^/${body}]` : `[${body}]`;
      i = close;
    } else if (c === "{") {
      braces += 1;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces -= 1;
      re += ")";
    } else if (c === "," && braces > 0) {
      re += "|";
    } else if (c === "\\" && i + 1 < glob.length) {
      i += 1;
      re += special.test(glob[i]) ? `\\${glob[i]}` : glob[i];
    } else {
      re += special.test(c) ? `\\${c}` : c;
    }
    i += 1;
  }
  if (braces > 0) throw new Error(`the checker asked for an invalid glob ${JSON.stringify(glob)}: unclosed alternation`);
  return new RegExp(`^${re}$`);
}

/**
 * Selects files by the checker's globs: a glob without `/` matches the file name at any depth;
 * one with `/` matches the whole relative path (a leading `/` only anchors).
 */
export class Selector {
  constructor(globs) {
    this.names = [];
    this.paths = [];
    for (const g of globs) {
      const re = globToRegExp(g.replace(/^\/+/, ""));
      (g.includes("/") ? this.paths : this.names).push(re);
    }
  }

  hasPathGlobs() {
    return this.paths.length > 0;
  }

  /** Whether the file at `relative` ('/'-separated, relative to a root) is selected. */
  selects(relative) {
    const name = relative.slice(relative.lastIndexOf("/") + 1);
    return this.names.some((re) => re.test(name)) || this.paths.some((re) => re.test(relative));
  }
}

/** Rust's `String` order: bytewise on UTF-8. */
export function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** An I/O error in the lower-case style of the CLI's messages. */
export function ioMessage(err) {
  switch (err && err.code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return String((err && err.message) || err);
  }
}

/** `p` with '/' separators. */
function slash(p) {
  return p.split(path.sep).join("/");
}

/**
 * The path shown to the checker: relative to `base` when under it, absolute otherwise;
 * '/'-separated, `.` and `..` resolved lexically.
 */
export function displayPath(p, base) {
  const absolute = path.resolve(base, p);
  const rel = path.relative(base, absolute);
  if (rel === "") return "";
  if (rel.startsWith("..") && (rel === ".." || rel.startsWith(`..${path.sep}`))) return slash(absolute);
  if (path.isAbsolute(rel)) return slash(absolute);
  return slash(rel);
}

/** One ignore file, compiled, and the directory its patterns are relative to. */
function loadIgnoreFile(dir, file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null; // like the ignore crate: a missing or unreadable ignore file is no rule
  }
  return { dir, matcher: ignore({ allowRelativePaths: true }).add(text) };
}

/**
 * Whether one ignore file says anything about `absolute`: "ignore", "include" (a `!` pattern
 * matched last) or null.
 */
function verdict(rule, absolute, isDir) {
  const rel = slash(path.relative(rule.dir, absolute));
  if (rel === "" || rel.startsWith("..")) return null;
  const r = rule.matcher.test(isDir ? `${rel}/` : rel);
  if (r.ignored) return "ignore";
  if (r.unignored) return "include";
  return null;
}

/** The global git excludes file: core.excludesFile is not read, only its default location. */
function globalExcludes() {
  const xdg = process.env.XDG_CONFIG_HOME;
  const home = os.homedir();
  const file = xdg ? path.join(xdg, "git", "ignore") : home ? path.join(home, ".config", "git", "ignore") : null;
  if (!file) return null;
  // Patterns of the global file are relative to the root of the walk, like a .gitignore there.
  return file;
}

/** The git directory a `.git` entry points to (a directory, or a worktree's `gitdir:` file). */
function gitCommonDir(dotGit) {
  try {
    const st = fs.statSync(dotGit);
    if (st.isDirectory()) return dotGit;
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, "utf8"));
    if (!m) return null;
    const gitdir = path.resolve(path.dirname(dotGit), m[1]);
    try {
      const common = fs.readFileSync(path.join(gitdir, "commondir"), "utf8").trim();
      return path.resolve(gitdir, common);
    } catch {
      return gitdir;
    }
  } catch {
    return null;
  }
}

/** The ignore rules of one directory: its .ignore, .gitignore and (with .git) info/exclude. */
function rulesOf(dir) {
  const gitDir = fs.existsSync(path.join(dir, ".git")) ? gitCommonDir(path.join(dir, ".git")) : null;
  return {
    ignore: loadIgnoreFile(dir, path.join(dir, ".ignore")),
    gitignore: loadIgnoreFile(dir, path.join(dir, ".gitignore")),
    exclude: gitDir ? loadIgnoreFile(dir, path.join(gitDir, "info", "exclude")) : null,
  };
}

/**
 * Whether `absolute` is ignored, given the rules of its directories (deepest first). As in the
 * ignore crate: any .ignore match beats any .gitignore match, which beats .git/info/exclude,
 * which beats the global excludes; within a kind, the deepest directory that matches decides.
 */
function ignored(stack, global, absolute, isDir) {
  for (const kind of ["ignore", "gitignore", "exclude"]) {
    for (let i = stack.length - 1; i >= 0; i -= 1) {
      const rule = stack[i][kind];
      if (!rule) continue;
      const v = verdict(rule, absolute, isDir);
      if (v) return v === "ignore";
    }
  }
  if (global) {
    const v = verdict(global, absolute, isDir);
    if (v) return v === "ignore";
  }
  return false;
}

/** A regular file, or a symbolic link to one (links to directories are not followed). */
function isFile(full, dirent) {
  if (dirent.isFile()) return true;
  if (dirent.isSymbolicLink()) {
    try {
      return fs.statSync(full).isFile();
    } catch {
      return false;
    }
  }
  return false;
}

/** Walk the directory `root`: the selected files, and the paths that could not be listed. */
function walk(root, base, selector) {
  const files = [];
  const problems = [];
  const absRoot = path.resolve(root);
  let real;
  try {
    real = fs.realpathSync(absRoot);
  } catch {
    real = absRoot;
  }
  // The rules of the root's parents, outermost first (the ignore crate reads them all the way up).
  const parents = [];
  for (let d = path.dirname(real); ; d = path.dirname(d)) {
    parents.unshift(d);
    if (path.dirname(d) === d) break;
  }
  const parentRules = parents.map((d) => rulesOf(d));
  const globalFile = globalExcludes();
  const global = globalFile ? loadIgnoreFile(real, globalFile) : null;

  // Depth-first; `stack` holds the rules of each directory from the filesystem root down.
  const visit = (dir, realDir, stack) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push([dir, ioMessage(err)]);
      return;
    }
    const here = [...stack, rulesOf(realDir)];
    entries.sort((a, b) => compareBytes(a.name, b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const realFull = path.join(realDir, e.name);
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.includes(e.name)) continue;
        if (ignored(here, global, realFull, true)) continue;
        visit(full, realFull, here);
      } else if (isFile(full, e)) {
        if (ignored(here, global, realFull, false)) continue;
        const fromRoot = slash(path.relative(absRoot, full));
        const selected =
          selector.selects(fromRoot) || (selector.hasPathGlobs() && selector.selects(displayPath(full, base)));
        if (selected) {
          files.push(full);
          // vendor/ is not walked, but its modules.txt says go builds from it by default
          if (e.name === "go.mod" || e.name === "go.work") {
            const modules = path.join(dir, "vendor", "modules.txt");
            let st = null;
            try {
              st = fs.statSync(modules);
            } catch {
              // no vendor directory
            }
            if (st && st.isFile()) files.push(modules);
          }
        }
      }
    }
  };
  visit(absRoot, real, parentRules);
  return { files, problems };
}

/**
 * Walk `roots` (resolved against `base`) and read the selected files. Returns
 * `{ files: [{path, contents}], unreadable: [{path, reason}] }`, sorted by path. A root that does
 * not exist or cannot be listed throws; an unreadable or oversized file is reported, and the
 * rest still read. `extra` are files that are always read (the config file).
 */
export function discover(roots, selector, { base, maxSize = MAX_FILE_SIZE, extra = [] }) {
  const found = [];
  for (const root of roots) {
    const abs = path.resolve(base, root);
    let st;
    try {
      st = fs.statSync(abs);
    } catch (err) {
      throw new Error(`${root}: ${ioMessage(err)}`);
    }
    if (st.isDirectory()) {
      try {
        fs.readdirSync(abs);
      } catch (err) {
        throw new Error(`${root}: ${ioMessage(err)}`);
      }
      const { files, problems } = walk(abs, base, selector);
      for (const f of files) found.push([displayPath(f, base), { file: f }]);
      for (const [p, reason] of problems) found.push([displayPath(p, base), { reason }]);
    } else {
      found.push([displayPath(abs, base), { file: abs }]);
    }
  }
  for (const f of extra) {
    const abs = path.resolve(base, f);
    found.push([displayPath(abs, base), { file: abs }]);
  }
  found.sort((a, b) => compareBytes(a[0], b[0]));
  const files = [];
  const unreadable = [];
  let last = null;
  for (const [shown, source] of found) {
    if (shown === last) continue;
    last = shown;
    if (source.reason !== undefined) {
      unreadable.push({ path: shown, reason: source.reason });
      continue;
    }
    const r = read(source.file, maxSize);
    if (r.contents) files.push({ path: shown, contents: r.contents });
    else unreadable.push({ path: shown, reason: r.reason });
  }
  return { files, unreadable };
}

function read(file, maxSize) {
  let st;
  try {
    st = fs.statSync(file);
  } catch (err) {
    return { reason: ioMessage(err) };
  }
  if (!st.isFile()) return { reason: "not a regular file" };
  if (st.size > maxSize) {
    return { reason: `${st.size} bytes, over the ${Math.floor(maxSize / 1048576)} MiB limit (--max-file-size-mb)` };
  }
  try {
    return { contents: fs.readFileSync(file) };
  } catch (err) {
    return { reason: ioMessage(err) };
  }
}
