#!/usr/bin/env bash
# Runs every test layer and prints a summary; exits non-zero if any layer failed.
#
#   1. setup                scripts/setup.sh (what the page needs) and scripts/setup-test.sh
#                           (Chromium, chromedriver, cargo-fuzz, cargo-deny), each only when missing
#   2. fmt, clippy          cargo fmt --check; cargo clippy --all-targets -D warnings (pinned toolchain)
#      native               cargo test --no-fail-fast (unit, integration and doc tests)
#      node                 node --test tests/node/ (www/markdown.js on tests/fixtures/markdown/, as tests/markdown.rs)
#      pathological         tests/pathological.rs optimised (perf profile): huge and odd inputs, cost at N and 4N
#      fuzz                 scripts/fuzz.sh: each cargo-fuzz target 60 s from the seed corpus
#      audit                scripts/audit.sh: cargo deny (licences, bans, sources; advisories
#                           when reachable) and npm audit (when its endpoint is reachable)
#   3. wasm in node         cargo test --target wasm32-unknown-unknown --test web
#   4. wasm in Chromium     the same with WASM_BINDGEN_USE_BROWSER=1 (headless, chromedriver)
#   5. release build        scripts/build-wasm.sh (www/pkg + dist/storylens.html)
#   6. end-to-end           node --test tests/e2e/ (the optimised build in Chromium)
#
# Layers 2–5 run even when an earlier one fails, so one run shows everything;
# layer 6 needs layer 5. Full logs: target/test-logs/. With CI set, cargo runs --locked.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

logs=target/test-logs
mkdir -p "$logs"
locked=()
[ -n "${CI:-}" ] && locked=(--locked)
began=$SECONDS
summary=()
failed=0

# summarise LOG: test counts from cargo ("test result: … N passed; N failed; N ignored")
# or node ("# pass N" / "# fail N"), or the .wasm size line of the build.
summarise() {
  awk '
    match($0, /[0-9]+ passed; [0-9]+ failed; [0-9]+ ignored/) {
      split(substr($0, RSTART, RLENGTH), n, /[^0-9]+/); p += n[1]; f += n[2]; i += n[3]; cargo = 1
    }
    /^# pass [0-9]+/ { np = $3; node = 1 }
    /^# fail [0-9]+/ { nf = $3 }
    /^build: .*storylens_bg\.wasm: / { sub(/^build: /, ""); size = $0 }
    /^summary: / { sub(/^summary: /, ""); note = $0 }
    /^error: could not compile/ { broken = 1 }
    END {
      if (broken) printf "did not compile%s", cargo ? sprintf(" (other targets: %d passed, %d failed)", p, f) : ""
      else if (cargo) printf "%d passed, %d failed, %d ignored", p, f, i
      else if (node) printf "%d passed, %d failed", np, nf
      else if (size) printf "%s", size
      else if (note) printf "%s", note
    }' "$1"
}

# step NAME LOGNAME COMMAND…: runs COMMAND with its output shown and logged, records the result.
step() {
  local name=$1 log="$logs/$2.log" t0=$SECONDS rc
  shift 2
  printf '\n==== %s\n' "$name"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local info
  info=$(summarise "$log")
  [ $rc -eq 0 ] || { failed=1; [ -n "$info" ] || info="exit $rc, see $log"; }
  summary+=("$(printf '%-5s %-28s %5ss  %s' "$([ $rc -eq 0 ] && echo PASS || echo FAIL)" "$name" $((SECONDS - t0)) "$info")")
  return $rc
}

print_summary() {
  printf '\n==== storylens test summary\n'
  printf '%s\n' "${summary[@]}"
  local total=$((SECONDS - began))
  if [ $failed -eq 0 ]; then
    printf 'ALL PASSED in %dm%02ds\n' $((total / 60)) $((total % 60))
  else
    printf 'FAILED (%dm%02ds); logs in %s/\n' $((total / 60)) $((total % 60)) "$logs"
  fi
}

if ! step "setup" setup bash -c 'bash scripts/setup.sh && bash scripts/setup-test.sh'; then
  print_summary
  exit 1
fi
chromedriver=$(python3 -c 'import tomllib; print(tomllib.load(open("wasm-pack.toml","rb"))["browser"]["chromedriver"])')

step "fmt: cargo fmt --check" fmt cargo fmt --check
step "clippy: -D warnings" clippy cargo clippy "${locked[@]}" --all-targets -- -D warnings
step "native: cargo test" native cargo test "${locked[@]}" --no-fail-fast
step "node: Markdown fixtures" node-markdown node --test tests/node/
step "pathological (optimised)" pathological \
  cargo test "${locked[@]}" --profile perf --test pathological -- --nocapture --test-threads=1
step "fuzz: analyze (60 s)" fuzz-analyze bash scripts/fuzz.sh analyze 60
step "fuzz: ingest (60 s)" fuzz-ingest bash scripts/fuzz.sh ingest 60
step "audit: cargo deny" audit-cargo bash scripts/audit.sh cargo
step "audit: npm audit" audit-npm bash scripts/audit.sh npm
step "wasm: node" wasm-node cargo test "${locked[@]}" --target wasm32-unknown-unknown --test web
step "wasm: headless Chromium" wasm-chromium \
  env WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$chromedriver" \
  cargo test "${locked[@]}" --target wasm32-unknown-unknown --test web
if step "release build + single file" build bash scripts/build-wasm.sh; then
  step "e2e: node --test tests/e2e" e2e node --test tests/e2e/
else
  failed=1
  summary+=("$(printf '%-5s %-28s %5s   %s' SKIP "e2e: node --test tests/e2e" - "needs the release build")")
fi

print_summary
exit $failed
