#!/usr/bin/env bash
# Build the hostile test component (crates/host/tests/hostile) and copy it to
# crates/host/tests/hostile/hostile.wasm, which build.rs precompiles for the sandbox tests.
#
# Reproducible like scripts/build-checker.sh (same profile, same path remapping): CI rebuilds it
# and fails when the committed bytes differ.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo_home=${CARGO_HOME:-$HOME/.cargo}
rustup target list --installed 2>/dev/null | grep -qx wasm32-wasip2 || rustup target add wasm32-wasip2
export CARGO_TARGET_WASM32_WASIP2_RUSTFLAGS="--remap-path-prefix=$root=/goproxy-doctor --remap-path-prefix=$cargo_home=/cargo"
export SOURCE_DATE_EPOCH=0
manifest=crates/host/tests/hostile/Cargo.toml
target_dir=${CARGO_TARGET_DIR:-target}
cargo build --locked --manifest-path "$manifest" --target wasm32-wasip2 --profile guest --target-dir "$target_dir"
cp "$target_dir/wasm32-wasip2/guest/goproxy_doctor_hostile.wasm" crates/host/tests/hostile/hostile.wasm
echo "crates/host/tests/hostile/hostile.wasm: $(wc -c < crates/host/tests/hostile/hostile.wasm) bytes"
