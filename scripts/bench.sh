#!/usr/bin/env bash
# The performance benchmark (issue #8); not part of scripts/test.sh.
#
#   1. peers            npm ci in bench/ (compromise, compromise-dates, wink-nlp + web model,
#                       chrono-node: benchmark-only, never imported by www/)
#   2. builds           native CLI (profile release-native) and the WebAssembly package
#   3. corpora          bench/corpora.py -> bench/out/corpora/*.json (see bench/README.md)
#   4. native           `storylens bench` per corpus (in-process timing, peak RSS)
#   5. browser          bench/browser.mjs: WASM and peers in headless Chromium, timed in the page
#   6. report           bench/report.mjs: prints the tables, writes bench/out/results.json
#
# Env: BENCH_RUNS (default 5), BENCH_CORPORA (comma list, default all),
#      BENCH_SMOKE=1 (example corpus only, 1 run: a quick check that the harness works),
#      BENCH_SKIP_BUILD=1 (use the existing builds).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf 'bench: %s\n' "$*" >&2; }

if [ -n "${BENCH_SMOKE:-}" ]; then
  export BENCH_RUNS=1 BENCH_CORPORA=example
fi
runs=${BENCH_RUNS:-5}

[ -d node_modules/playwright-core ] || { say "npm ci (root dev packages)"; npm ci --no-audit --no-fund >&2; }
if ! (cd bench && npm ls --depth=0 >/dev/null 2>&1); then
  say "npm ci in bench/ (peers)"
  (cd bench && npm ci --no-audit --no-fund >&2)
fi

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  say "cargo build --profile release-native (CLI)"
  cargo build -q --profile release-native --bin storylens
  say "scripts/build-wasm.sh"
  bash scripts/build-wasm.sh >&2
fi
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
cli="$target_dir/release-native/storylens"

mkdir -p bench/out
python3 bench/corpora.py >&2
node bench/bundle.mjs bench/out/wink.js winkNLP=wink-nlp winkModel=wink-eng-lite-web-model >&2

say "native: $cli bench ($runs runs per corpus)"
python3 - "$cli" "$runs" "${BENCH_CORPORA:-}" <<'PY'
import json, subprocess, sys
cli, runs, only = sys.argv[1], sys.argv[2], [c for c in sys.argv[3].split(",") if c]
index = json.load(open("bench/out/corpora/index.json"))
out = {}
for name, c in index.items():
    if only and name not in only:
        continue
    # One process per corpus, so peak RSS is that corpus's.
    r = subprocess.run([cli, "bench", "--input", c["file"], "--runs", runs], capture_output=True, text=True, check=True)
    out[name] = json.loads(r.stdout)
    print(f"bench: native {name}: {out[name]['total_ms']:.1f} ms, {c['bytes'] / 1e6 / (out[name]['total_ms'] / 1e3):.2f} MB/s, peak RSS {out[name]['peak_rss_kb'] / 1024:.1f} MiB", file=sys.stderr)
json.dump(out, open("bench/out/native.json", "w"), indent=2)
PY

say "browser: bench/browser.mjs"
node bench/browser.mjs bench/out/browser.json
node bench/report.mjs
say "wrote bench/out/results.json and bench/out/table.md"
