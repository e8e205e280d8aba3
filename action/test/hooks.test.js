// .pre-commit-hooks.yaml: its `files` regex selects exactly what the checker's globs select.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { Selector } from "../src/discover.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** RELEVANT_GLOBS from the checker's source. */
function relevantGlobs() {
  const src = fs.readFileSync(path.join(root, "crates/checker/src/parse/mod.rs"), "utf8");
  const m = /pub const RELEVANT_GLOBS: &\[&str\] = &\[([\s\S]*?)\];/.exec(src);
  assert.ok(m, "RELEVANT_GLOBS in crates/checker/src/parse/mod.rs");
  return [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
}

function hooks() {
  const text = fs.readFileSync(path.join(root, ".pre-commit-hooks.yaml"), "utf8");
  return text
    .split(/^- /m)
    .slice(1)
    .map((block) => {
      const field = (name) => {
        const m = new RegExp(`^\\s*${name}: (.*)$`, "m").exec(block);
        return m ? m[1].replace(/^'(.*)'$/, "$1").replace(/^"(.*)"$/, "$1") : undefined;
      };
      return {
        id: field("id"),
        language: field("language"),
        entry: field("entry"),
        files: field("files"),
        passFilenames: field("pass_filenames"),
      };
    });
}

const SAMPLES = [
  "Dockerfile",
  "svc/Dockerfile",
  "Dockerfile.prod",
  "a/Dockerfile.dev.local",
  "api.Dockerfile",
  "x/api.dockerfile",
  "Containerfile",
  "Containerfile.ci",
  ".env",
  "deploy/.env",
  ".env.production",
  "prod.env",
  "a/b/.envrc",
  ".envrc.bak",
  "Dockerfile2",
  "Dockerfile.d/README.md",
  "README.md",
  "env",
  "my.env.txt",
  "dockerfile",
  "src/main.go",
  "go.mod",
  "svc/go.work",
  "go.sum",
  "go.env",
  "go.mod.bak",
  ".dockerignore",
  "api.Dockerfile.dockerignore",
  ".github/workflows/ci.yml",
  ".github/workflows/release.yaml",
  "sub/.github/workflows/ci.yml",
  ".github/ci.yml",
  "action.yml",
  ".gitlab-ci.yml",
  "ci/build.gitlab-ci.yml",
  "gitlab-ci.yml",
];

test("the hooks run `goproxy-doctor check` on the whole repository", () => {
  const hs = hooks();
  assert.deepEqual(
    hs.map((h) => [h.id, h.language]),
    [["goproxy-doctor", "system"]],
  );
  for (const h of hs) {
    assert.equal(h.entry, "goproxy-doctor check");
    assert.equal(h.passFilenames, "false");
  }
});

test("each hook's files regex selects what the checker's globs select", () => {
  const selector = new Selector(relevantGlobs());
  for (const h of hooks()) {
    const re = new RegExp(h.files);
    for (const p of SAMPLES) {
      assert.equal(re.test(p), selector.selects(p), `${h.id}: ${p}`);
    }
  }
  // the samples cover both answers
  assert.ok(SAMPLES.filter((p) => selector.selects(p)).length >= 10);
  assert.ok(SAMPLES.filter((p) => !selector.selects(p)).length >= 8);
});
