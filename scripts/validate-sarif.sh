#!/usr/bin/env bash
# Validate SARIF files the way GitHub code scanning judges them: the Microsoft SARIF multitool
# with the SARIF and GitHub Advanced Security (GHAS) rules, errors and warnings.
#
#   scripts/validate-sarif.sh FILE...     exit 0 only when every file is clean
#   scripts/validate-sarif.sh --install   only install the validator
#
# The multitool exits 0 even when it finds problems, so this script reads its output log and
# fails on any result. The validator (npm @microsoft/sarif-multitool, a self-contained Linux
# binary; no .NET needed) is installed on first use into .cache/sarif-multitool.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=5.7.0
prefix="$root/.cache/sarif-multitool"
tool="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

install() {
  if [ -x "$tool" ] && grep -q "\"version\": \"$version\"" "$prefix/node_modules/@microsoft/sarif-multitool-linux/package.json" 2>/dev/null; then
    return
  fi
  echo "installing @microsoft/sarif-multitool@$version into $prefix" >&2
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error \
    "@microsoft/sarif-multitool@$version" >&2
  # npm may skip the package's postinstall (which only does this)
  chmod u+x "$tool"
  "$tool" --help >/dev/null 2>&1 || { echo "the SARIF multitool does not run on this machine" >&2; exit 1; }
}

install
[ "${1:-}" = "--install" ] && exit 0
[ $# -gt 0 ] || { echo "usage: $0 FILE... | --install" >&2; exit 2; }

status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for file in "$@"; do
  log="$work/$(basename "$file").validation.sarif"
  if ! "$tool" validate "$file" --output "$log" --rule-kind "Sarif;Ghas" --level "Error;Warning" >"$work/stdout" 2>&1; then
    echo "$file: the validator failed to run:" >&2
    cat "$work/stdout" >&2
    status=1
    continue
  fi
  if ! python3 - "$file" "$log" <<'PY'
import json, sys
path, log = sys.argv[1], sys.argv[2]
try:
    runs = json.load(open(log, encoding="utf-8-sig"))["runs"]
except Exception as e:  # noqa: BLE001
    print(f"{path}: cannot read the validator's log: {e}", file=sys.stderr)
    sys.exit(1)
problems = []

def render(run, result):
    """The validator's message: its rule's message string with the arguments filled in."""
    msg = result.get("message", {})
    if msg.get("text"):
        return msg["text"]
    args = msg.get("arguments", [])
    for rule in run.get("tool", {}).get("driver", {}).get("rules", []):
        if rule.get("id") == result.get("ruleId"):
            template = rule.get("messageStrings", {}).get(msg.get("id", ""), {}).get("text")
            if template:
                for i, a in enumerate(args):
                    template = template.replace("{%d}" % i, str(a))
                return template
    return " / ".join(args)

for run in runs:
    for note in run.get("invocations", []):
        for n in note.get("toolExecutionNotifications", []) + note.get("toolConfigurationNotifications", []):
            if n.get("level") == "error":
                problems.append(("TOOL", n.get("message", {}).get("text", ""), ""))
    for r in run.get("results", []):
        if r.get("level", "warning") not in ("error", "warning"):
            continue
        where = ""
        for loc in r.get("locations", []):
            region = loc.get("physicalLocation", {}).get("region", {})
            if "startLine" in region:
                where = f" (line {region['startLine']})"
        problems.append((r.get("ruleId", "?"), render(run, r), where))
for rule, text, where in problems:
    print(f"{path}: {rule}{where}: {text}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"{path}: valid (SARIF and GitHub rules, no error or warning)")
PY
  then
    status=1
  fi
done
exit $status
