// Annotation selection, summary fitting and the fail-on decision.

import assert from "node:assert/strict";
import { test } from "node:test";

import { annotationBatches, counts, describeOmitted, fails, fitSummary } from "../src/present.js";

function finding(severity, i) {
  return { rule: "GPD000", severity, message: `${severity} ${i}` };
}

function report(errors, warnings, notes, diagnostics = 0) {
  const findings = [];
  // interleaved, as the checker orders by place, not severity
  const max = Math.max(errors, warnings, notes);
  for (let i = 0; i < max; i += 1) {
    if (i < notes) findings.push(finding("note", i));
    if (i < warnings) findings.push(finding("warning", i));
    if (i < errors) findings.push(finding("error", i));
  }
  const diags = Array.from({ length: diagnostics }, (_, i) => ({ path: `f${i}`, message: "m", skipped: true }));
  return { toolVersion: "0", files: [], findings, diagnostics: diags };
}

test("few findings: one batch per severity, most severe first, nothing left out", () => {
  const { batches, omitted } = annotationBatches(report(2, 3, 1, 1));
  assert.deepEqual(
    batches.map((b) => [b.findings.map((f) => f.severity), b.diagnostics.length]),
    [
      [["error", "error"], 0],
      [["warning", "warning", "warning"], 1],
      [["note"], 0],
    ],
  );
  assert.deepEqual(omitted, { errors: 0, warnings: 0, notes: 0 });
  assert.equal(describeOmitted(omitted), null);
});

test("at most 10 of each kind; diagnostics count as warnings; a notice takes a note's place", () => {
  const { batches, omitted } = annotationBatches(report(25, 12, 30, 3));
  assert.equal(batches[0].findings.length, 10);
  assert.deepEqual(
    batches[0].findings.map((f) => f.message),
    Array.from({ length: 10 }, (_, i) => `error ${i}`),
    "the first ten in the checker's order",
  );
  assert.equal(batches[1].diagnostics.length, 3);
  assert.equal(batches[1].findings.length, 7);
  assert.equal(batches[2].findings.length, 9);
  assert.deepEqual(omitted, { errors: 15, warnings: 5, notes: 21 });
  assert.equal(describeOmitted(omitted), "15 more errors, 5 more warnings and 21 more notes");
  assert.equal(describeOmitted({ errors: 1, warnings: 0, notes: 0 }), "1 more error");
  assert.equal(describeOmitted({ errors: 0, warnings: 1, notes: 2 }), "1 more warning and 2 more notes");
});

test("no notice needed: all ten notes shown", () => {
  const { batches, omitted } = annotationBatches(report(0, 0, 10));
  assert.equal(batches.length, 1);
  assert.equal(batches[0].findings.length, 10);
  assert.deepEqual(omitted, { errors: 0, warnings: 0, notes: 0 });
});

test("fail-on", () => {
  const cases = [
    [report(0, 0, 0), "note", false],
    [report(1, 0, 0), "error", true],
    [report(0, 1, 1), "error", false],
    [report(0, 1, 0), "warning", true],
    [report(0, 0, 1), "warning", false],
    [report(0, 0, 1), "note", true],
    [report(1, 1, 0), "never", false],
  ];
  for (const [r, failOn, expected] of cases) {
    assert.equal(fails(r, failOn), expected, `${JSON.stringify(counts(r))} fail-on ${failOn}`);
  }
});

test("a summary that fits is unchanged", () => {
  const md = "## t\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n";
  assert.deepEqual(fitSummary(md, Buffer.byteLength(md), "x"), { text: md, truncated: false, omittedLines: 0 });
});

test("a summary over the budget is cut at a line boundary, with a note, within the budget", () => {
  const rows = Array.from({ length: 1000 }, (_, i) => `| warning | \`.env:${i}:1\` | é message ${i} |`);
  const md = `## goproxy-doctor\n\n| Severity | Location | Message |\n| --- | --- | --- |\n${rows.join("\n")}\n`;
  for (const budget of [600, 5000, Buffer.byteLength(md) - 1]) {
    const { text, truncated, omittedLines } = fitSummary(md, budget, "See the SARIF file.");
    assert.ok(truncated);
    assert.ok(Buffer.byteLength(text) <= budget, `${Buffer.byteLength(text)} > ${budget}`);
    const [kept, note] = text.split("\n\n> **Summary truncated**");
    assert.ok(note, text);
    assert.ok(md.startsWith(`${kept}\n`), "what is kept is whole lines of the report");
    assert.equal(kept.split("\n").length + omittedLines, md.split("\n").length - 1);
    assert.match(note, new RegExp(`${omittedLines} more lines of the report are not shown\\. See the SARIF file\\.`));
  }
  assert.deepEqual(fitSummary(md, 10, "x"), { text: "", truncated: true, omittedLines: 1004 }, "no room even for the note");
});

test("a cut inside a diagram closes its code fence and <details>", () => {
  const diagram = (i) =>
    `<details><summary>Dockerfile:${i}</summary>\n\n\`\`\`mermaid\nflowchart LR\n${"  go --> h0[\"https://proxy.example\"]\n".repeat(20)}\`\`\`\n\n</details>\n`;
  const md = `## goproxy-doctor\n\n### How modules are fetched\n\n${Array.from({ length: 30 }, (_, i) => diagram(i)).join("\n")}`;
  for (const budget of [700, 1500, 4000, 9000]) {
    const { text, truncated } = fitSummary(md, budget, "x");
    assert.ok(truncated);
    assert.ok(Buffer.byteLength(text) <= budget);
    const body = text.split("\n> **Summary truncated**")[0];
    const fences = body.split("\n").filter((l) => l.startsWith("```")).length;
    assert.equal(fences % 2, 0, `an open code fence at ${budget}: ${body.slice(-200)}`);
    const opened = body.split("\n").filter((l) => l.startsWith("<details>")).length;
    const closed = body.split("\n").filter((l) => l.startsWith("</details>")).length;
    assert.equal(opened, closed, `an open <details> at ${budget}`);
  }
});
