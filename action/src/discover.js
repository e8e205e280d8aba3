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

/** The CLI's default --max-total-size-mb. */
export const MAX_TOTAL_SIZE = 32 * 1024 * 1024;

/** The CLI's default --max-files. */
export const MAX_FILES = 20_000;

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
  /** `presenceOnly`: globs of files passed to the checker unread, with empty contents. */
  constructor(globs, presenceOnly = []) {
    const split = (list) => {
      const names = [];
      const paths = [];
      for (const g of list) {
        const re = globToRegExp(g.replace(/^\/+/, ""));
        (g.includes("/") ? paths : names).push(re);
      }
      return [names, paths];
    };
    [this.names, this.paths] = split(globs);
    [this.presenceNames, this.presencePaths] = split(presenceOnly);
  }

  /** Whether only the presence of the file shown as `shown` matters (it is not read). */
  presenceOnly(shown) {
    const name = shown.slice(shown.lastIndexOf("/") + 1);
    return this.presenceNames.some((re) => re.test(name)) || this.presencePaths.some((re) => re.test(shown));
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
    case "EIO":
      return "input/output error";
    default:
      return String((err && err.message) || err);
  }
}

/** "a named pipe", "a socket", "a device"… (of an fs.Stats or an fs.Dirent). */
function specialKind(st) {
  if (st.isFIFO()) return "a named pipe";
  if (st.isSocket()) return "a socket";
  if (st.isBlockDevice() || st.isCharacterDevice()) return "a device";
  if (st.isDirectory()) return "a directory";
  return "a special file";
}

/** Why the symbolic link `full` cannot be followed (`err`: what stat said). */
function brokenLink(full, err) {
  if (err && err.code === "ENOENT") {
    let target = "";
    try {
      target = ` to ${fs.readlinkSync(full)}`;
    } catch {
      target = "";
    }
    return `dangling symbolic link${target}: its target does not exist`;
  }
  if (err && err.code === "ELOOP") return "symbolic link loop: not followed";
  return `symbolic link that cannot be followed: ${ioMessage(err)}`;
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

/**
 * What an entry is for the walk: "file" (a regular file or a link to one), "dir" (a directory
 * or a link to one, not followed), or `{ reason }`: anything else (a named pipe, a socket, a
 * dangling link or a loop), never opened and reported when selected.
 */
function kindOf(full, dirent) {
  if (dirent.isFile()) return "file";
  if (dirent.isDirectory()) return "dir";
  if (dirent.isSymbolicLink()) {
    let st;
    try {
      st = fs.statSync(full);
    } catch (err) {
      return { reason: brokenLink(full, err) };
    }
    if (st.isFile()) return "file";
    if (st.isDirectory()) return "dir";
    return { reason: `a symbolic link to ${specialKind(st)}, not to a regular file: not read` };
  }
  return { reason: `${specialKind(dirent)}, not a regular file: not read` };
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
      const kind = e.isDirectory() ? "dir" : kindOf(full, e);
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.includes(e.name)) continue;
        if (ignored(here, global, realFull, true)) continue;
        visit(full, realFull, here);
      } else if (kind !== "dir") {
        if (ignored(here, global, realFull, false)) continue;
        const fromRoot = slash(path.relative(absRoot, full));
        const selected =
          selector.selects(fromRoot) || (selector.hasPathGlobs() && selector.selects(displayPath(full, base)));
        if (selected && kind !== "file") {
          // named like a candidate but nothing to read: say why
          problems.push([full, kind.reason]);
        } else if (selected) {
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
export function discover(
  roots,
  selector,
  { base, maxSize = MAX_FILE_SIZE, maxTotal = MAX_TOTAL_SIZE, maxFiles = MAX_FILES, extra = [] },
) {
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
  const listed = found.filter(([shown], i) => i === 0 || found[i - 1][0] !== shown);
  const presence = listed.map(([shown]) => selector.presenceOnly(shown));
  const over = overBudget(listed, presence, { maxSize, maxTotal, maxFiles });
  const files = [];
  const unreadable = [];
  for (const [i, [shown, source]] of listed.entries()) {
    if (source.reason !== undefined || over[i] !== undefined) {
      unreadable.push({ path: shown, reason: source.reason ?? over[i] });
      continue;
    }
    const r = presence[i] ? present(source.file) : read(source.file, maxSize);
    if (r.contents) files.push({ path: shown, contents: r.contents });
    else unreadable.push({ path: shown, reason: r.reason });
  }
  return { files, unreadable };
}

/**
 * For each listed file, why it is not read although it could be (as the CLI): it would take the
 * inputs over the total size or the number of files. The smallest files are taken first, then
 * by path; a file whose size cannot be known, or over the size of one file, is left to read().
 */
function overBudget(listed, presence, { maxSize, maxTotal, maxFiles }) {
  const sized = [];
  for (const [i, [, source]] of listed.entries()) {
    if (source.file === undefined) continue;
    const st = fs.statSync(source.file, { throwIfNoEntry: false });
    // files passed unread count as empty
    const size = presence[i] ? 0 : st?.size;
    if (st && st.isFile() && size <= maxSize) sized.push([size, i]);
  }
  sized.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const over = [];
  let total = 0;
  let count = 0;
  for (const [size, i] of sized) {
    if (count >= maxFiles) {
      over[i] = `over the limit of ${maxFiles} files (--max-files): the smallest files were read`;
    } else if (total + size > maxTotal) {
      over[i] = `${size} bytes, over the ${Math.floor(maxTotal / 1048576)} MiB limit for all files together (--max-total-size-mb): the smallest files were read`;
    } else {
      total += size;
      count += 1;
    }
  }
  return over;
}

/** A file whose presence is all the checker needs: empty contents, unread, if it is a regular file. */
function present(file) {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st && st.isFile() ? { contents: new Uint8Array(0) } : read(file, 0);
}

/** Read one file as the CLI does: never a named pipe or a device, never over `maxSize`. */
function read(file, maxSize) {
  const tooBig = (size) => `${size} bytes, over the ${Math.floor(maxSize / 1048576)} MiB limit (--max-file-size-mb)`;
  let st;
  try {
    st = fs.statSync(file);
  } catch (err) {
    const link = fs.lstatSync(file, { throwIfNoEntry: false });
    return { reason: link && link.isSymbolicLink() ? brokenLink(file, err) : ioMessage(err) };
  }
  if (st.isDirectory()) return { reason: "a directory, not a regular file" };
  if (!st.isFile()) return { reason: `${specialKind(st)}, not a regular file: not read` };
  if (st.size > maxSize) return { reason: tooBig(st.size) };
  let contents;
  try {
    contents = fs.readFileSync(file);
  } catch (err) {
    return { reason: `reading failed: ${ioMessage(err)}` };
  }
  // it grew after its size was checked
  if (contents.length > maxSize) return { reason: tooBig(`more than ${maxSize}`) };
  return { contents };
}
