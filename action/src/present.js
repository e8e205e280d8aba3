// What the Action does with a report besides SARIF: which findings become annotations (GitHub
// shows at most 10 errors, 10 warnings and 10 notices per step), how the job summary fits into
// GitHub's 1 MiB limit, and the exit decision. The text itself is always rendered by the checker.

/** GitHub shows at most this many annotations of each kind per step. */
export const ANNOTATIONS_PER_KIND = 10;

/** GitHub refuses a step summary larger than this many bytes. */
export const SUMMARY_LIMIT = 1024 * 1024;

export const FAIL_ON = ["error", "warning", "note", "never"];

const RANK = { note: 0, warning: 1, error: 2 };

/** Counts by severity. */
export function counts(report) {
  const c = { errors: 0, warnings: 0, notes: 0 };
  for (const f of report.findings) {
    if (f.severity === "error") c.errors += 1;
    else if (f.severity === "warning") c.warnings += 1;
    else c.notes += 1;
  }
  return c;
}

/** Whether some finding is at or above `failOn` (never: no). */
export function fails(report, failOn) {
  if (failOn === "never") return false;
  const threshold = RANK[failOn];
  return report.findings.some((f) => RANK[f.severity] >= threshold);
}

/**
 * The annotations to emit, most severe first, as reports for the checker's `github` renderer:
 * the first 10 errors; then up to 10 warnings (input diagnostics first: they mean a file was not
 * fully read); then up to 10 notes. Also how many of each kind are left out.
 */
export function annotationBatches(report, limit = ANNOTATIONS_PER_KIND) {
  const of = (s) => report.findings.filter((f) => f.severity === s);
  const errors = of("error");
  const warnings = of("warning");
  const notes = of("note");
  const diagnostics = report.diagnostics.slice(0, limit);
  // When something is left out, one notice says so: it takes one of the notes' places.
  const leftOut =
    errors.length > limit || warnings.length + report.diagnostics.length > limit || notes.length > limit;
  const shown = {
    errors: errors.slice(0, limit),
    diagnostics,
    warnings: warnings.slice(0, limit - diagnostics.length),
    notes: notes.slice(0, leftOut ? limit - 1 : limit),
  };
  const batches = [
    { ...report, findings: shown.errors, diagnostics: [] },
    { ...report, findings: shown.warnings, diagnostics: shown.diagnostics },
    { ...report, findings: shown.notes, diagnostics: [] },
  ].filter((b) => b.findings.length + b.diagnostics.length > 0);
  const omitted = {
    errors: errors.length - shown.errors.length,
    warnings: warnings.length + report.diagnostics.length - shown.warnings.length - shown.diagnostics.length,
    notes: notes.length - shown.notes.length,
  };
  return { batches, omitted };
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 more errors and 1 more warning", or null when nothing was left out. */
export function describeOmitted(omitted) {
  const parts = [];
  if (omitted.errors) parts.push(plural(omitted.errors, "more error", "more errors"));
  if (omitted.warnings) parts.push(plural(omitted.warnings, "more warning", "more warnings"));
  if (omitted.notes) parts.push(plural(omitted.notes, "more note", "more notes"));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * `markdown` fitted into `budget` bytes: unchanged when it fits, otherwise cut after the last
 * whole line (a table row) that leaves room for a note saying how much was cut and where the
 * rest is. Returns `{ text, truncated, omittedLines }`.
 */
export function fitSummary(markdown, budget, where) {
  const bytes = Buffer.byteLength(markdown, "utf8");
  if (bytes <= budget) return { text: markdown, truncated: false, omittedLines: 0 };
  const lines = markdown.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const note = (n) =>
    `\n> **Summary truncated** at GitHub's 1 MiB limit: ${plural(n, "more line", "more lines")} of the report ${n === 1 ? "is" : "are"} not shown. ${where}\n`;
  // a cut inside a diagram must not leave its code fence or <details> open
  const CLOSERS = "```\n</details>\n";
  let used = 0;
  let kept = 0;
  while (kept < lines.length) {
    const size = Buffer.byteLength(lines[kept], "utf8") + 1;
    const n = lines.length - kept - 1;
    if (used + size + Buffer.byteLength(note(n) + CLOSERS, "utf8") > budget) break;
    used += size;
    kept += 1;
  }
  const omittedLines = lines.length - kept;
  let inFence = false;
  let openDetails = 0;
  for (const line of lines.slice(0, kept)) {
    if (line.startsWith("```")) inFence = !inFence;
    else if (!inFence && line.startsWith("<details>")) openDetails += 1;
    else if (!inFence && line.startsWith("</details>")) openDetails -= 1;
  }
  const closers = (inFence ? "```\n" : "") + (openDetails > 0 ? "</details>\n" : "");
  const text = lines.slice(0, kept).map((l) => `${l}\n`).join("") + closers + note(omittedLines);
  if (Buffer.byteLength(text, "utf8") > budget) return { text: "", truncated: true, omittedLines: lines.length };
  return { text, truncated: true, omittedLines };
}
