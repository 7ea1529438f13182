#!/usr/bin/env bash
# The main job: install what is missing, build the release app and serve it
# on http://127.0.0.1:${PORT:-8080}/ (loopback only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve-dist.mjs dist "${PORT:-8080}"
