#!/usr/bin/env bash
# Validate SARIF files the way GitHub code scanning judges them: the Microsoft SARIF multitool
# with the SARIF and GitHub Advanced Security (GHAS) rules, errors and warnings.
#
#   scripts/validate-sarif.sh FILE...     exit 0 only when every file is clean
#   scripts/validate-sarif.sh --install   only install the validator
#
# The validator is npm's @microsoft/sarif-multitool (pinned below): its Linux package ships a
# self-contained x86-64 .NET binary, so no .NET runtime is needed. It is installed on first use
# into .cache/sarif-multitool (npm is the only requirement). We run it with invariant
# globalization, so it does not need libicu either.
#
# The multitool exits 0 even when it finds problems, so each file goes through three steps and
# fails on any problem found by any of them:
#   1. strict JSON parse (python3): the multitool silently accepts trailing garbage;
#   2. `Sarif.Multitool rewrite`: the SARIF SDK deserializes the log. The validator silently
#      reports NOTHING (and "success") for a log it cannot deserialize: an unknown enum value
#      (level, kind, columnKind, ...), a malformed date-time or GUID, a non-integer line number...;
#   3. `Sarif.Multitool validate --rule-kind "Sarif;Ghas" --level "Error;Warning"`, plus the
#      GitHub rules GH1002, GH1005 and GH1006 that 5.x ships disabled; its output log (itself a
#      SARIF log) is read and every error or warning result is printed.
# tests/sarif/README.md lists what the validator demands.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=5.7.0
prefix="$root/.cache/sarif-multitool"
pkg="$prefix/node_modules/@microsoft/sarif-multitool-linux"
tool="$pkg/Sarif.Multitool"
# Same results with or without ICU (checked); this way a machine without libicu works too.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

die() { echo "validate-sarif: $*" >&2; exit 1; }

install() {
  [ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] ||
    die "the SARIF multitool's npm package has a Linux binary for x86-64 only (this is $(uname -sm))"
  if [ -x "$tool" ] && grep -q "\"version\": \"$version\"" "$pkg/package.json" 2>/dev/null; then
    return
  fi
  command -v npm >/dev/null || die "npm is needed to install the SARIF multitool"
  echo "validate-sarif: installing @microsoft/sarif-multitool@$version into $prefix" >&2
  mkdir -p "$prefix"
  # Both packages exact: the wrapper only asks for the Linux binary as ^$version.
  npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error \
    "@microsoft/sarif-multitool@$version" "@microsoft/sarif-multitool-linux@$version" >&2 ||
    die "npm install of @microsoft/sarif-multitool@$version failed"
  [ -f "$tool" ] || die "npm installed no $tool"
  chmod u+x "$tool" # the package's postinstall does only this; npm may skip scripts
}

install
# It must run here, and be the pinned version (checked every time: a cache can be damaged, and
# then it is installed afresh once).
if ! out=$("$tool" --version 2>&1); then
  echo "validate-sarif: the cached SARIF multitool does not run; reinstalling it" >&2
  rm -rf "$prefix"
  install
  out=$("$tool" --version 2>&1) ||
    die "the SARIF multitool ($tool) does not run on this machine (exit $?):"$'\n'"$out"
fi
grep -q "^SARIF Multitool $version" <<<"$out" || die "expected SARIF Multitool $version, got: $out"
[ "${1:-}" = "--install" ] && exit 0
[ $# -gt 0 ] || { echo "usage: $0 FILE... | --install" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/config.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="GH1002.InlineThreadFlowLocations.Options">
    <Property Key="RuleEnabled" Value="Error" Type="Driver.RuleEnabledState" />
  </Properties>
  <Properties Key="GH1005.LocationsMustBeRelativeUrisOrFilePaths.Options">
    <Property Key="RuleEnabled" Value="Error" Type="Driver.RuleEnabledState" />
  </Properties>
  <Properties Key="GH1006.ProvideCheckoutPath.Options">
    <Property Key="RuleEnabled" Value="Error" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
XML

status=0
n=0
for file in "$@"; do
  n=$((n + 1))
  if [ ! -f "$file" ]; then
    echo "$file: no such file" >&2
    status=1
    continue
  fi
  # 1. strict JSON
  if ! python3 - "$file" <<'PY'
import json, sys
path = sys.argv[1]
def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise ValueError("duplicate key(s) " + ", ".join(map(repr, dup)))
    return dict(pairs)
try:
    with open(path, encoding="utf-8") as f:
        json.load(f, object_pairs_hook=no_duplicates)
except Exception as e:  # noqa: BLE001
    print(f"{path}: not valid JSON: {e}", file=sys.stderr)
    sys.exit(1)
PY
  then
    status=1
    continue
  fi
  # 2. the SARIF SDK can deserialize it
  if ! "$tool" rewrite "$file" --output "$work/$n.rewritten.sarif" --log ForceOverwrite >"$work/$n.rewrite.txt" 2>&1; then
    echo "$file: the SARIF SDK cannot read it (a value of the wrong type or outside its enum?):" >&2
    grep -m1 -E 'Exception|rror' "$work/$n.rewrite.txt" >&2 || tail -5 "$work/$n.rewrite.txt" >&2
    status=1
    continue
  fi
  # 3. validate
  log="$work/$n.validation.sarif"
  if ! "$tool" validate "$file" --output "$log" --log ForceOverwrite --config "$work/config.xml" \
    --rule-kind "Sarif;Ghas" --level "Error;Warning" >"$work/$n.validate.txt" 2>&1 || [ ! -s "$log" ]; then
    echo "$file: the validator failed:" >&2
    grep -E ' (error|warning) ' "$work/$n.validate.txt" >&2 || tail -20 "$work/$n.validate.txt" >&2
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

def render(run, result):
    """The validator's message: its rule's message string with the arguments filled in."""
    msg = result.get("message", {})
    if msg.get("text"):
        return msg["text"]
    args = [str(a) for a in msg.get("arguments", [])]
    for rule in run.get("tool", {}).get("driver", {}).get("rules", []):
        if rule.get("id") == result.get("ruleId"):
            template = rule.get("messageStrings", {}).get(msg.get("id", ""), {}).get("text")
            if template:
                for i, a in enumerate(args):
                    template = template.replace("{%d}" % i, a)
                return template
    return " / ".join(args)

problems = []
for run in runs:
    for inv in run.get("invocations", []):
        if inv.get("executionSuccessful") is False:
            problems.append(("TOOL", "", "the validator reports that its run did not succeed"))
        for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
            if n.get("level", "warning") in ("error", "warning"):
                problems.append(("TOOL", "", n.get("message", {}).get("text", "")))
    for r in run.get("results", []):
        level = r.get("level", "warning")  # SARIF's default level
        if level not in ("error", "warning"):
            continue
        where = ""
        for loc in r.get("locations", []):
            region = loc.get("physicalLocation", {}).get("region", {})
            if "startLine" in region:
                where = f"{region['startLine']}:{region.get('startColumn', 1)}"
                break
        problems.append((f"{level} {r.get('ruleId', '?')}", where, render(run, r)))
for what, where, text in problems:
    print(f"{path}{':' + where if where else ''}: {what}: {text}", file=sys.stderr)
if problems:
    print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
    sys.exit(1)
print(f"{path}: valid (SARIF and GitHub rules, no error or warning)")
PY
  then
    status=1
  fi
done
exit $status
