#!/usr/bin/env bash
# Build the checker component and copy it to dist/checker.wasm.
#
# The build is reproducible: the guest profile (opt-level 3, LTO, one codegen unit, stripped,
# panic=abort) and path remapping keep machine-specific paths out of the binary, so the same
# sources and toolchain give the same bytes anywhere. CI rebuilds and compares (scripts/check-dist.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo_home=${CARGO_HOME:-$HOME/.cargo}
rustup target list --installed 2>/dev/null | grep -qx wasm32-wasip2 || rustup target add wasm32-wasip2
export CARGO_TARGET_WASM32_WASIP2_RUSTFLAGS="--remap-path-prefix=$root=/goproxy-doctor --remap-path-prefix=$cargo_home=/cargo"
export SOURCE_DATE_EPOCH=0
cargo build --locked -p goproxy-doctor-checker --target wasm32-wasip2 --profile guest
mkdir -p dist
cp "${CARGO_TARGET_DIR:-target}/wasm32-wasip2/guest/goproxy_doctor_checker.wasm" dist/checker.wasm
echo "dist/checker.wasm: $(wc -c < dist/checker.wasm) bytes"
