#!/usr/bin/env bash
# Builds the WebAssembly package into www/pkg and the offline page dist/storylens.html.
#
#   cargo build --lib --target wasm32-unknown-unknown  (profile from wasm-pack.toml)
#   wasm-bindgen --target web --out-dir www/pkg         (JS glue + TypeScript typings)
#   node_modules/.bin/wasm-opt -Oz                      (npm binaryen, never Debian's)
#   www/pkg/package.json                                (so www/pkg is an npm package)
#   scripts/vendor.mjs                                  (browser libraries → www/vendor/)
#   scripts/bundle-page.mjs                             (www/app.min.js, worker.min.js, style.min.css)
#   scripts/build-single.py                             (one HTML file that works from file://)
#   scripts/widget-size.mjs                             (the embeddable widget's gzipped size)
#   scripts/sizes.mjs                                   (module + page against the 300 KiB budget)
#
# No wasm-pack: it adds nothing here but a 3-minute install. Settings come from
# wasm-pack.toml; run scripts/setup.sh first (scripts/test.sh and serve.sh do).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'build: %s\n' "$*"; }
die() { printf 'build: ERROR: %s\n' "$*" >&2; exit 1; }

# Settings, as shell variables, from wasm-pack.toml.
eval "$(python3 - <<'EOF'
import shlex, tomllib
b = tomllib.load(open("wasm-pack.toml", "rb"))["build"]
print(f"bindgen_target={shlex.quote(b['target'])}")
print(f"profile={shlex.quote(b['profile'])}")
print(f"out_dir={shlex.quote(b['out-dir'])}")
print(f"opt_flags=({' '.join(shlex.quote(f) for f in b['wasm-opt'])})")
EOF
)"

want=$(awk '$0=="name = \"wasm-bindgen\"" {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
[ "$have" = "$want" ] || die "wasm-bindgen CLI is '${have:-missing}', Cargo.lock needs $want: run scripts/setup.sh"
wasm_opt=node_modules/.bin/wasm-opt
[ -x "$wasm_opt" ] || die "$wasm_opt missing: run scripts/setup.sh (npm ci)"

target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
profile_dir=$profile
[ "$profile" = "dev" ] && profile_dir=debug
raw_wasm="$target_dir/wasm32-unknown-unknown/$profile_dir/storylens.wasm"

say "cargo build --lib --target wasm32-unknown-unknown --profile $profile"
cargo build --lib --target wasm32-unknown-unknown --profile "$profile"

say "wasm-bindgen --target $bindgen_target --out-dir $out_dir"
rm -rf "$out_dir"
wasm-bindgen --target "$bindgen_target" --typescript --out-dir "$out_dir" "$raw_wasm"
wasm="$out_dir/storylens_bg.wasm"
before=$(wc -c <"$wasm")

say "wasm-opt ${opt_flags[*]} (binaryen $("$wasm_opt" --version | awk '{print $3}'))"
"$wasm_opt" "${opt_flags[@]}" "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"

# package.json for the generated package (what wasm-pack would write, plus "exports").
python3 - "$out_dir" <<'EOF'
import json, os, sys, tomllib
out = sys.argv[1]
pkg = tomllib.load(open("Cargo.toml", "rb"))["package"]
files = ["storylens_bg.wasm", "storylens.js", "storylens.d.ts", "storylens_bg.wasm.d.ts"]
missing = [f for f in files if not os.path.exists(os.path.join(out, f))]
if missing:
    sys.exit(f"build: ERROR: wasm-bindgen did not write {missing}")
manifest = {
    "name": pkg["name"],
    "version": pkg["version"],
    "description": pkg.get("description", ""),
    "license": pkg.get("license", ""),
    "repository": {"type": "git", "url": pkg["repository"]} if "repository" in pkg else None,
    "type": "module",
    "files": files,
    "module": "storylens.js",
    "types": "storylens.d.ts",
    "exports": {
        ".": {"types": "./storylens.d.ts", "default": "./storylens.js"},
        "./storylens_bg.wasm": "./storylens_bg.wasm",
    },
    "sideEffects": ["./snippets/*"],
}
manifest = {k: v for k, v in manifest.items() if v is not None}
with open(os.path.join(out, "package.json"), "w") as f:
    json.dump(manifest, f, indent=2)
    f.write("\n")
EOF

after=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
say "$wasm: $after bytes raw ($before before wasm-opt), $gz bytes gzip -9"

node scripts/vendor.mjs
node scripts/bundle-page.mjs
python3 scripts/build-single.py
node scripts/widget-size.mjs
node scripts/sizes.mjs
