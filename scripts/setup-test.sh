#!/usr/bin/env bash
# Installs the tools only the tests need, after scripts/setup.sh (scripts/test.sh runs
# both; serving the page needs none of these). Idempotent, like setup.sh.
#
#   Chromium + chromedriver  Debian apt, only when missing (browser WASM tests, end-to-end tests)
#   cargo-fuzz, cargo-deny   cargo install --locked, at the versions wasm-pack.toml pins
#                            (cold: ~1.5 and ~6–13 minutes on 2 cores)
#
# Versions and paths come from wasm-pack.toml (our own file; wasm-pack ignores it).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup-test: %s\n' "$*"; }
die() { printf 'setup-test: ERROR: %s\n' "$*" >&2; exit 1; }
# cfg SECTION KEY: one value from wasm-pack.toml.
cfg() { python3 -c 'import sys,tomllib; print(tomllib.load(open("wasm-pack.toml","rb"))[sys.argv[1]][sys.argv[2]])' "$1" "$2"; }

export PATH="$HOME/.cargo/bin:$PATH"

# 1. Chromium and chromedriver (browser wasm tests and end-to-end tests).
chromium=$(cfg browser chromium)
chromedriver=$(cfg browser chromedriver)
if [ -x "$chromium" ] && [ -x "$chromedriver" ]; then
  say "skip apt: $chromium and $chromedriver are present"
else
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || die "$chromium or $chromedriver missing and there is no apt-get to install them"
  say "installing chromium chromium-driver with apt-get"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver
  [ -x "$chromium" ] && [ -x "$chromedriver" ] || die "apt installed chromium, but $chromium or $chromedriver is still missing"
fi
# The two must be the same major version or chromedriver refuses the browser.
# (Debian's /usr/bin/chromium wrapper prints a harmless shell warning on stderr; hide it.)
browser_major=$("$chromium" --version 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
driver_major=$("$chromedriver" --version 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
[ "$browser_major" = "$driver_major" ] || die "chromium ($browser_major) and chromedriver ($driver_major) differ; reinstall both with apt"
say "chromium $browser_major, chromedriver $driver_major"

# 2. cargo-fuzz (the fuzz steps; builds with RUSTC_BOOTSTRAP=1 on stable) and cargo-deny
#    (licences, bans, sources), from crates.io. Cold: ~1.5 min and ~6–13 min on 2 cores.
for tool in cargo-fuzz cargo-deny; do
  want_tool=$(cfg tools "$tool")
  have_tool=$("$tool" "${tool#cargo-}" --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have_tool" = "$want_tool" ]; then
    say "skip cargo install: $tool $want_tool is installed"
  else
    say "installing $tool $want_tool (found '${have_tool:-none}')"
    cargo install "$tool" --version "$want_tool" --locked --force
  fi
done
say "ready to test (chromium $browser_major, cargo-fuzz, cargo-deny)"
