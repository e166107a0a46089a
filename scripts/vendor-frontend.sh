#!/usr/bin/env bash
# Copies the pinned front-end packages (tools/frontend/package.json, exact versions, lock file) into
# src/KixWorks.Web/wwwroot/lib, each with its licence. No CDN: the app serves everything itself.
#   scripts/vendor-frontend.sh          refresh wwwroot/lib
#   scripts/vendor-frontend.sh --check  fail when wwwroot/lib differs from the pinned packages
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
(cd tools/frontend && npm ci --ignore-scripts --no-audit --no-fund --silent)
modules="$root/tools/frontend/node_modules"
target="$root/src/KixWorks.Web/wwwroot/lib"
if [ "${1:-}" = "--check" ]; then target=$(mktemp -d); fi

copy() { # package, file inside the package, destination folder name
  mkdir -p "$target/$3"
  cp "$modules/$1/$2" "$target/$3/"
  cp "$modules/$1/LICENSE.md" "$target/$3/LICENSE.md"
  printf '%s %s\n' "$1" "$(node -p "require('$modules/$1/package.json').version")" >> "$target/VERSIONS.txt"
}
rm -f "$target/VERSIONS.txt"
copy @utrecht/component-library-css dist/index.css utrecht
copy @nl-design-system-unstable/voorbeeld-design-tokens dist/theme.css voorbeeld-design-tokens

if [ "${1:-}" = "--check" ]; then
  diff -r "$target" "$root/src/KixWorks.Web/wwwroot/lib" >/dev/null || { echo "wwwroot/lib is out of date: run scripts/vendor-frontend.sh" >&2; exit 1; }
  rm -rf "$target"
  echo "wwwroot/lib matches the pinned packages."
fi
