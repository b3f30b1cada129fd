#!/usr/bin/env bash
# The main job: install what is missing, build the WebAssembly package, and serve the
# page (www/) on http://127.0.0.1:$PORT/ (default 8000) until interrupted.
# The same page as one offline file is written to dist/storylens.html.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8000}"

bash scripts/setup.sh
bash scripts/build-wasm.sh

printf '\nstorylens: open http://127.0.0.1:%s/?example (the bundled example, analysed; http://127.0.0.1:%s/ starts empty)\n' "$port" "$port"
printf 'storylens: offline single file: %s/dist/storylens.html\n' "$PWD"
printf 'storylens: widget demo (an article page with two widgets): http://127.0.0.1:%s/widget/demo.html\n' "$port"
printf 'storylens: press Ctrl-C to stop\n\n'
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
