#!/usr/bin/env bash
# What a reviewer at addons.mozilla.org does: unpack the sources zip in an empty folder, install,
# build the Firefox zip from it, and compare with the zip we would upload, file by file.
# Usage: npm run zip && bash scripts/verify-sources-zip.sh
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(ls .output/*-sources.zip)
ours=$(ls .output/*-firefox.zip)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

unzip -q "$sources" -d "$scratch/src"
(
  cd "$scratch/src"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  npx wxt zip -b firefox --mv3 >/dev/null
)
unzip -q "$ours" -d "$scratch/ours"
unzip -q "$scratch"/src/.output/*-firefox.zip -d "$scratch/rebuilt"
if diff -r "$scratch/ours" "$scratch/rebuilt"; then
  echo "The Firefox zip rebuilt from $(basename "$sources") is identical, file by file ($(find "$scratch/ours" -type f | wc -l) files)."
else
  echo "The Firefox zip rebuilt from the sources differs from $(basename "$ours")." >&2
  exit 1
fi
