#!/usr/bin/env bash
# Builds ../resources/static/css/rekrut.css from rekrut.scss and copies the DKFDS fonts and icons it refers to.
# Needs Node and the npm registry; run it after changing rekrut.scss or the DKFDS version in package.json, and
# commit the outputs (the app itself needs no Node).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts
static=../resources/static
npx sass --load-path=node_modules/dkfds/dist/scss --no-source-map --style=compressed rekrut.scss "$static/css/rekrut.css"
dist=node_modules/dkfds/dist
rm -rf "$static/dkfds" && mkdir -p "$static/dkfds/fonts/IBMPlexSans/complete/woff2" "$static/dkfds/img/svg-icons"
# only what the stylesheet refers to (the old Internet Explorer .eot left out)
grep -o 'url([^)]*)' "$static/css/rekrut.css" | sed -E 's/^url\(["]?\.\.\/dkfds\/([^")]*)["]?\)$/\1/' | sort -u |
  while read -r file; do
    case "$file" in
      fonts/*.woff2|fonts/*.woff|fonts/*.ttf|img/*) [ -f "$dist/$file" ] && mkdir -p "$static/dkfds/$(dirname "$file")" && cp "$dist/$file" "$static/dkfds/$file" ;;
    esac
  done
cp "$dist/LICENSE.md" "$static/dkfds/LICENSE.md"
echo "built $static/css/rekrut.css ($(wc -c < "$static/css/rekrut.css") bytes) and $(find "$static/dkfds" -type f | wc -l) asset files"
