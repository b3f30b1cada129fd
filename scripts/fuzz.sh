#!/usr/bin/env bash
# Runs one cargo-fuzz (libFuzzer) target for a bounded time, from the committed seed corpus.
#
#   bash scripts/fuzz.sh TARGET [SECONDS]      TARGET: analyze | ingest (fuzz/fuzz_targets/)
#
# Stable Rust only is on these machines: cargo-fuzz needs nightly's -Z flags, which
# RUSTC_BOOTSTRAP=1 unlocks on stable. The build is optimised with debug assertions and
# AddressSanitizer (cargo fuzz's defaults with -O). New inputs the fuzzer finds go to
# fuzz/target/corpus-work/TARGET (not committed); the seeds in fuzz/corpus/TARGET stay as
# they are. A crash fails the run and leaves the input in fuzz/artifacts/TARGET/: copy it
# into fuzz/regressions/TARGET/, fix the bug, and `cargo test --test fuzz_regressions`
# replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target=${1:?usage: scripts/fuzz.sh analyze|ingest [SECONDS]}
seconds=${2:-60}
[ -f "fuzz/fuzz_targets/$target.rs" ] || { echo "fuzz: no target $target in fuzz/fuzz_targets/" >&2; exit 2; }
command -v cargo-fuzz >/dev/null || { echo "fuzz: cargo-fuzz is not installed (bash scripts/setup-test.sh installs it)" >&2; exit 2; }

work="fuzz/target/corpus-work/$target"
mkdir -p "$work" "fuzz/artifacts/$target"
export RUSTC_BOOTSTRAP=1
t0=$SECONDS
cargo fuzz build -O "$target"
build_s=$((SECONDS - t0))
log="fuzz/target/fuzz-$target.log"
set +e
# -max_len: inputs up to 64 KiB (whole-article size); -timeout: one input over 20 s is a
# hang (the pathological tests bound cost separately); -rss_limit_mb: a leak or blow-up.
cargo fuzz run -O "$target" "$work" "fuzz/corpus/$target" -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix="fuzz/artifacts/$target/" -print_final_stats=1 2>&1 | tee "$log" | grep -E '^#[0-9]+ +(INITED|DONE|pulse)|^==|^(SUMMARY|Done|INFO: (Loaded|seed|-max_len))|panicked|Test unit written|stat::'
rc=${PIPESTATUS[0]}
set -e
runs=$(awk '/^stat::number_of_executed_units/ {print $NF}' "$log" | tail -1)
corpus=$(find "$work" -type f | wc -l)
if [ "$rc" -ne 0 ]; then
  echo "fuzz: $target FAILED after $((SECONDS - t0 - build_s)) s (exit $rc); the input that broke it:"
  grep -E 'Test unit written to' "$log" || true
  echo "fuzz: copy it into fuzz/regressions/$target/ and fix; full log: $log"
  echo "summary: crash after ${runs:-?} inputs, see fuzz/artifacts/$target/"
  exit 1
fi
echo "fuzz: $target ${runs:-?} inputs in ${seconds} s, no crash (build ${build_s} s; seeds $(find "fuzz/corpus/$target" -type f | wc -l), work corpus $corpus)"
echo "summary: ${runs:-?} inputs in ${seconds} s, no crash"
