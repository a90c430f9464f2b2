#!/usr/bin/env bash
# Profiles one operation of bench/profile.ts and prints the top self-time functions.
# Bundles with esbuild first (names and lines kept), so the profile names our functions.
# Usage: bench/profile.sh json-decode [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
op="${1:-json-decode}"
out="$(mktemp -d)"
node_modules/.bin/esbuild bench/profile.ts --bundle --platform=node --format=esm --outfile="$out/profile.mjs" --log-level=warning \
  --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
node --cpu-prof --cpu-prof-dir="$out" "$out/profile.mjs" "$op" "${2:-3}"
npx tsx bench/profile-top.ts "$(ls "$out"/*.cpuprofile | head -1)" "${3:-25}"
