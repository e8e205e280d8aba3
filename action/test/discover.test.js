// Discovery, the cases of crates/host/src/discover.rs's tests. (action.test.js also compares the
// Action with the CLI on the same trees.)

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

import { discover, displayPath, globToRegExp, Selector } from "../src/discover.js";

function selector() {
  return new Selector(["Dockerfile", "*.env", ".env", "/ci/*.yml", ".github/workflows/*.yml", "**/deploy/*.conf"]);
}

function tempdir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "gpd-discover-"));
}

function write(root, rel, text = "FROM x\n") {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}

/** The paths discover() reads under `root`, relative to it. */
function walked(root, sel = selector()) {
  const { files, unreadable } = discover(["."], sel, { base: root });
  assert.deepEqual(unreadable, []);
  return files.map((f) => f.path);
}

test("globs without a slash match names at any depth", () => {
  const s = selector();
  assert.ok(s.selects("Dockerfile"));
  assert.ok(s.selects("a/b/Dockerfile"));
  assert.ok(s.selects("deploy/prod.env"));
  assert.ok(s.selects(".env"));
  assert.ok(!s.selects("Dockerfile.md/readme"));
  assert.ok(!s.selects("Dockerfile2"));
});

test("globs with a slash match the relative path", () => {
  const s = selector();
  assert.ok(s.selects("ci/build.yml"));
  assert.ok(!s.selects("x/ci/build.yml"), "anchored");
  assert.ok(!s.selects("ci/sub/build.yml"), "* does not cross /");
  assert.ok(s.selects(".github/workflows/go.yml"));
  assert.ok(s.selects("deploy/a.conf"));
  assert.ok(s.selects("a/b/deploy/a.conf"), "** crosses directories");
});

test("the checker's globs", () => {
  const s = new Selector(["Dockerfile.*", "*.Dockerfile", "Containerfile", ".env.*", ".envrc"]);
  assert.ok(s.selects("svc/Dockerfile.prod"));
  assert.ok(s.selects("api.Dockerfile"));
  assert.ok(s.selects(".env.production"));
  assert.ok(!s.selects(".env"));
  assert.ok(!s.selects("Dockerfile"), "`.*` needs the dot");
  assert.ok(s.selects(".envrc"));
  assert.ok(!s.selects("Containerfile.txt/x"));
  assert.match("a.b", globToRegExp("{a,x}.[b-c]"));
  assert.doesNotMatch("a.d", globToRegExp("{a,x}.[b-c]"));
  assert.doesNotMatch("a/b", globToRegExp("a?b"));
  assert.match("a*b", globToRegExp("a\\*b"));
  assert.doesNotMatch("axb", globToRegExp("a\\*b"));
  assert.throws(() => globToRegExp("a["), /invalid glob "a\["/);
});

test("the walk respects ignore files and skips vendor, node_modules and .git", () => {
  const root = tempdir();
  for (const rel of [
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
  ]) {
    write(root, rel);
  }
  write(root, ".gitignore", "ignored/\n");
  write(root, ".ignore", "dot-ignored/\n");
  write(root, "svc/.gitignore", "local.env\n");
  assert.deepEqual(walked(root), [".env", ".github/workflows/go.yml", "Dockerfile", "svc/.hidden/Dockerfile", "svc/Dockerfile"]);
});

test(".ignore beats .gitignore, deeper beats shallower, and negations re-include", () => {
  const root = tempdir();
  for (const rel of ["a/keep.env", "a/drop.env", "b/x.env", "c/Dockerfile"]) write(root, rel);
  write(root, ".gitignore", "*.env\n");
  write(root, "a/.gitignore", "!keep.env\n");
  write(root, ".ignore", "!b/x.env\nc/\n");
  assert.deepEqual(walked(root), ["a/keep.env", "b/x.env"]);
});

test("ignore files in the parents of the walked directory apply", () => {
  const root = tempdir();
  write(root, ".gitignore", "skipped.env\n");
  write(root, "sub/skipped.env");
  write(root, "sub/kept.env");
  assert.deepEqual(walked(path.join(root, "sub")), ["kept.env"]);
});

test("symbolic links to files are read, to directories not followed", () => {
  const root = tempdir();
  write(root, "docker/prod");
  write(root, "elsewhere/Dockerfile");
  fs.symlinkSync(path.join(root, "docker/prod"), path.join(root, "Dockerfile"));
  fs.symlinkSync(path.join(root, "elsewhere"), path.join(root, "linked"));
  assert.deepEqual(walked(root), ["Dockerfile", "elsewhere/Dockerfile"]);
});

test("candidates that cannot be read are reported with their reason; directories named like them are walked", () => {
  const root = tempdir();
  write(root, "Dockerfile/Dockerfile"); // a directory named Dockerfile
  write(root, "go.mod/x.env", "A=1\n");
  fs.symlinkSync("missing.env", path.join(root, "dangling.env"));
  fs.symlinkSync("self.env", path.join(root, "self.env"));
  fs.symlinkSync("b.env", path.join(root, "a.env"));
  fs.symlinkSync("a.env", path.join(root, "b.env"));
  fs.symlinkSync("Dockerfile", path.join(root, "linked.env")); // to a directory: not followed
  assert.equal(spawnSync("mkfifo", [path.join(root, "pipe.env")]).status, 0);
  write(root, "notes/fifo-not-selected");
  const { files, unreadable } = discover(["."], selector(), { base: root });
  assert.deepEqual(
    files.map((f) => f.path),
    ["Dockerfile/Dockerfile", "go.mod/x.env"],
  );
  assert.deepEqual(unreadable, [
    { path: "a.env", reason: "symbolic link loop: not followed" },
    { path: "b.env", reason: "symbolic link loop: not followed" },
    { path: "dangling.env", reason: "dangling symbolic link to missing.env: its target does not exist" },
    { path: "pipe.env", reason: "a named pipe, not a regular file: not read" },
    { path: "self.env", reason: "symbolic link loop: not followed" },
  ]);
  // named on the command line: a pipe is not opened, a directory is walked
  const named = discover(["pipe.env", "Dockerfile"], selector(), { base: root });
  assert.deepEqual(named.unreadable, [{ path: "pipe.env", reason: "a named pipe, not a regular file: not read" }]);
  assert.deepEqual(
    named.files.map((f) => f.path),
    ["Dockerfile/Dockerfile"],
  );
});

test("files are sorted, deduplicated, and named files always read", () => {
  const root = tempdir();
  write(root, "b/Dockerfile", "FROM b\n");
  write(root, "a/Dockerfile", "FROM a\n");
  write(root, "notes.txt", "not selected by any glob\n");
  const { files } = discover(["b", ".", "a/Dockerfile", "notes.txt"], selector(), { base: root });
  assert.deepEqual(
    files.map((f) => f.path),
    ["a/Dockerfile", "b/Dockerfile", "notes.txt"],
  );
  assert.equal(files[0].contents.toString(), "FROM a\n");
});

test("unreadable and oversized files are reported, a missing root is an error", () => {
  const root = tempdir();
  write(root, "Dockerfile", "FROM x\nENV A=1\n");
  write(root, "big.env", "A=1\n".repeat(300_000));
  const { files, unreadable } = discover(["."], selector(), { base: root, maxSize: 1 << 20 });
  assert.deepEqual(
    files.map((f) => f.path),
    ["Dockerfile"],
  );
  assert.deepEqual(unreadable, [{ path: "big.env", reason: "1200000 bytes, over the 1 MiB limit (--max-file-size-mb)" }]);
  assert.throws(() => discover(["missing"], selector(), { base: root }), /^Error: missing: no such file or directory$/);
});

test("over the total size or the number of files, the smallest files are read", () => {
  const root = tempdir();
  write(root, "a.env", "A=1\n".repeat(100));
  write(root, "b.env", "A=1\n".repeat(10));
  write(root, "c.env", "A=1\n".repeat(50));
  write(root, "d.env", "A=1\n".repeat(50));
  const got = (opts) => {
    const { files, unreadable } = discover(["."], selector(), { base: root, maxSize: 1000, ...opts });
    return [files.map((f) => f.path), unreadable];
  };
  const budget = "bytes, over the 0 MiB limit for all files together (--max-total-size-mb): the smallest files were read";
  assert.deepEqual(got({ maxTotal: 439 }), [
    ["b.env", "c.env"],
    [
      { path: "a.env", reason: `400 ${budget}` },
      { path: "d.env", reason: `200 ${budget}` },
    ],
  ]);
  const files = "over the limit of 2 files (--max-files): the smallest files were read";
  assert.deepEqual(got({ maxFiles: 2 }), [
    ["b.env", "c.env"],
    [
      { path: "a.env", reason: files },
      { path: "d.env", reason: files },
    ],
  ]);
});

test("invalid UTF-8 is read as is", () => {
  const root = tempdir();
  fs.writeFileSync(path.join(root, "Dockerfile"), Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xff, 0xfe, 0x0a]));
  const { files } = discover(["Dockerfile"], selector(), { base: root });
  assert.deepEqual([...files[0].contents], [0x46, 0x52, 0x4f, 0x4d, 0x20, 0xff, 0xfe, 0x0a]);
});

test("display paths are relative, normalized and slash-separated", () => {
  const base = "/repo";
  assert.equal(displayPath("./a/Dockerfile", base), "a/Dockerfile");
  assert.equal(displayPath("/repo/b/.env", base), "b/.env");
  assert.equal(displayPath("a/../c/./Dockerfile", base), "c/Dockerfile");
  assert.equal(displayPath("/elsewhere/Dockerfile", base), "/elsewhere/Dockerfile");
  assert.equal(displayPath("../other/Dockerfile", base), "/other/Dockerfile");
  assert.equal(displayPath("..foo/Dockerfile", base), "..foo/Dockerfile");
});

test("presence-only files are passed unread, with empty contents, outside the limits", () => {
  const root = tempdir();
  write(root, "Dockerfile");
  write(root, "go.sum", "x v1.0.0 h1:abc=\n".repeat(100_000));
  write(root, "sub/go.sum/go.sum", "");
  const sel = new Selector(["Dockerfile", "go.sum"], ["go.sum"]);
  const { files, unreadable } = discover(["."], sel, { base: root, maxSize: 1 << 20, maxTotal: 1 << 20 });
  assert.deepEqual(unreadable, []);
  assert.deepEqual(
    files.map((f) => [f.path, f.contents.length]),
    [
      ["Dockerfile", 7],
      ["go.sum", 0],
      ["sub/go.sum/go.sum", 0],
    ],
  );
});
