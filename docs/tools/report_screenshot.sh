#!/usr/bin/env bash
# Regenerates docs/report-screenshot.png: the HTML report of every fixture export under Fixtures/facebook
# and Fixtures/instagram, as headless Chromium shows it with the network unreachable.
# SWIFT_SCRATCH=DIR builds in DIR instead of .build.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch="${SWIFT_SCRATCH:-.build}"
swift build --scratch-path "$scratch" --product exposure >/dev/null
exposure="$(swift build --scratch-path "$scratch" --show-bin-path)/exposure"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for fixture in Fixtures/facebook/*/ Fixtures/instagram/*/; do
  mapfile -t parts < <(find "$fixture" -maxdepth 1 \( -name '*.zip' -o -mindepth 1 -type d \) | sort)
  "$exposure" scan --quiet --db "$work/exposure.sqlite" "${parts[@]}" >/dev/null
done
# Facts as a user in the EU who never objected would set them, so the verdicts are not all "unknown".
"$exposure" facts set --db "$work/exposure.sqlite" --region eu --adult --not-objected facebook --not-objected instagram >/dev/null
"$exposure" report --db "$work/exposure.sqlite" --html "$work/report.html" --embed-thumbnails
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
  --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND" --virtual-time-budget=5000 \
  --window-size=1280,1900 --screenshot="$PWD/docs/report-screenshot.png" "file://$work/report.html" 2>/dev/null
echo "Wrote docs/report-screenshot.png"
