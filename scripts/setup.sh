#!/usr/bin/env bash
# Installs what building and serving the page needs, and nothing more (the test-only
# tools are scripts/setup-test.sh's, which scripts/test.sh runs). Idempotent: every step
# checks first and says whether it did something or skipped. Safe to run on every build.
#
#   Rust toolchain           rustup, the version rust-toolchain.toml pins, with rustfmt and clippy
#   wasm32 target            rustup
#   wasm-bindgen-cli         cargo install --locked, at the version Cargo.lock pins
#   node_modules             npm ci, when it does not match package-lock.json (binaryen's
#                            wasm-opt, esbuild, the vendored browser libraries; never Debian's
#                            binaryen: its wasm-opt 108 breaks the module)
#
# Versions and paths come from wasm-pack.toml (our own file; wasm-pack ignores it).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }
# cfg SECTION KEY: one value from wasm-pack.toml.
cfg() { python3 -c 'import sys,tomllib; print(tomllib.load(open("wasm-pack.toml","rb"))[sys.argv[1]][sys.argv[2]])' "$1" "$2"; }

export PATH="$HOME/.cargo/bin:$PATH"
for tool in cargo rustup node npm python3; do
  command -v "$tool" >/dev/null || die "$tool is not installed (needs Rust via rustup, Node 20+, Python 3.11+)"
done
python3 -c 'import tomllib' 2>/dev/null || die "python3 has no tomllib (needs Python 3.11+)"

# 1. The pinned Rust toolchain (rust-toolchain.toml) with rustfmt and clippy, then the
#    WebAssembly target for it.
toolchain=$(python3 -c 'import tomllib; print(tomllib.load(open("rust-toolchain.toml","rb"))["toolchain"]["channel"])')
if rustup toolchain list | grep -q "^$toolchain-" && rustup component list --installed --toolchain "$toolchain" | grep -q '^rustfmt' \
   && rustup component list --installed --toolchain "$toolchain" | grep -q '^clippy'; then
  say "skip rustup: toolchain $toolchain with rustfmt and clippy is installed"
else
  say "installing rust toolchain $toolchain with rustfmt and clippy"
  rustup toolchain install "$toolchain" --profile minimal --component rustfmt --component clippy
fi
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "skip rustup: wasm32-unknown-unknown is installed"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, exactly the version of the wasm-bindgen crate in Cargo.lock
#    (a different CLI refuses the module: "different bindgen format").
want=$(awk '$0=="name = \"wasm-bindgen\"" {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
[ -n "$want" ] || die "Cargo.lock has no wasm-bindgen entry"
pinned=$(cfg tools wasm-bindgen-cli)
[ "$want" = "$pinned" ] || die "Cargo.lock has wasm-bindgen $want but wasm-pack.toml pins wasm-bindgen-cli $pinned; move them together"
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
have_runner=$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" = "$want" ] && [ "$have_runner" = "$want" ]; then
  say "skip cargo install: wasm-bindgen-cli $want is installed"
else
  say "installing wasm-bindgen-cli $want (found '${have:-none}'; takes ~3 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$want" --locked --force
fi

# 3. npm devDependencies (binaryen's wasm-opt, playwright-core). `npm ls` fails when
#    node_modules is missing or does not match package.json; the binaryen check catches
#    a lock file that moved away from the pin in wasm-pack.toml.
want_binaryen=$(cfg tools binaryen-npm)
have_binaryen=$(node -p 'require("./node_modules/binaryen/package.json").version' 2>/dev/null || true)
if [ -x node_modules/.bin/wasm-opt ] && [ "$have_binaryen" = "$want_binaryen" ] \
   && [ node_modules/.package-lock.json -nt package-lock.json ] && npm ls --depth=0 >/dev/null 2>&1; then
  say "skip npm ci: node_modules matches package-lock.json"
else
  say "running npm ci"
  npm ci --no-audit --no-fund
  have_binaryen=$(node -p 'require("./node_modules/binaryen/package.json").version')
  [ "$have_binaryen" = "$want_binaryen" ] || die "npm installed binaryen $have_binaryen, wasm-pack.toml pins $want_binaryen"
fi
if [ -e /usr/bin/wasm-opt ]; then
  say "note: /usr/bin/wasm-opt (Debian binaryen) exists; it is not used (it breaks the module), the scripts call node_modules/.bin/wasm-opt"
fi
say "ready to build the page (wasm-bindgen $want, binaryen $have_binaryen)"
