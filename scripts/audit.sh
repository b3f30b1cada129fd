#!/usr/bin/env bash
# Audits the dependency trees.
#
#   bash scripts/audit.sh cargo   cargo deny: licences, bans and sources (offline; these fail
#                                 the run), then advisories (RustSec database from GitHub)
#   bash scripts/audit.sh npm     npm audit of package-lock.json (and bench/'s), against the
#                                 npm registry's advisory endpoint; high or critical fails
#
# This network reaches the package registries only. Where an advisory source cannot be
# reached, the step says so plainly and does not fail: an audit that could not run is
# reported as such, never as a pass.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

case "${1:-}" in
cargo)
  command -v cargo-deny >/dev/null || { echo "audit: cargo-deny is not installed (bash scripts/setup-test.sh installs it)" >&2; exit 2; }
  cargo deny --locked check licenses bans sources || exit 1
  out=$(timeout 120 cargo deny --locked check advisories 2>&1)
  rc=$?
  if [ $rc -eq 0 ]; then
    echo "$out" | tail -3
    echo "audit: advisories ok (RustSec database fetched)"
    echo "summary: licences, bans, sources, advisories ok"
  elif echo "$out" | grep -qE 'failed to fetch advisory database|Could not resolve host|unable to access|timed out|failed to open advisory database'; then
    echo "audit: ADVISORIES NOT CHECKED: the RustSec advisory database could not be fetched from GitHub (this network reaches only the package registries):"
    echo "$out" | grep -E 'ERROR|fatal' | head -3 | sed 's/^/audit:   /'
    echo "audit: licences, bans and sources were checked (above); run 'cargo deny check advisories' where GitHub is reachable"
    echo "summary: licences, bans, sources ok; advisories NOT CHECKED (database unreachable)"
  else
    echo "$out"
    echo "audit: cargo deny found advisories (above)"
    exit 1
  fi
  ;;
npm)
  status=0
  notrun=""
  for dir in . bench; do
    [ -f "$dir/package-lock.json" ] || continue
    out=$(cd "$dir" && timeout 120 npm audit --audit-level=high 2>&1)
    rc=$?
    if [ $rc -eq 0 ]; then
      echo "audit: npm audit ($dir): $(echo "$out" | grep -E 'found [0-9]+ vulnerabilit|vulnerabilit' | tail -1)"
    elif echo "$out" | grep -qE 'audit endpoint returned an error|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|405 Method Not Allowed'; then
      echo "audit: NPM AUDIT NOT RUN ($dir): the registry this network reaches does not serve npm's advisory endpoint:"
      notrun="$notrun $dir"
      echo "$out" | grep -E 'npm (warn|error) audit|endpoint' | head -2 | sed 's/^/audit:   /'
    else
      echo "$out"
      echo "audit: npm audit ($dir) reports high or critical vulnerabilities (above)"
      status=1
    fi
  done
  if [ $status -ne 0 ]; then
    echo "summary: high or critical vulnerabilities"
  elif [ -n "$notrun" ]; then
    echo "summary: NOT RUN (advisory endpoint unavailable) for:$notrun"
  else
    echo "summary: no high or critical vulnerabilities"
  fi
  exit $status
  ;;
*)
  echo "usage: scripts/audit.sh cargo|npm" >&2
  exit 2
  ;;
esac
