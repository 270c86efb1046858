#!/usr/bin/env bash
# Manual look (not run by .ci/run): the real app with GTK glass under Xvfb, in Traditional Chinese and Russian,
# opens the CDNOW sample and writes docs/screenshots/{start,overview,clv}-{zh-tw,ru}.png (window only).
# Needs xvfb, imagemagick (import) and xdotool; build first: mvn -q package -DskipTests.
# The same pictures come from Monocle snapshots with: mvn -B test -Dgroups=screenshots -Dtest=LanguageScreenshotsTest
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
out=docs/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache"

# language tag, file suffix, then window coordinates of: the CLV sidebar entry, the calibration-end field, Run
shoot() {
  local tag=$1 suffix=$2 navx=$3 navy=$4 calx=$5 caly=$6 runx=$7 runy=$8
  local home="$tmp/home-$suffix"
  mkdir -p "$home/.config/valuelens"
  printf 'language=%s\n' "$tag" > "$home/.config/valuelens/settings.properties"
  java -Xmx1g -Duser.home="$home" -jar target/valuelens.jar > "$tmp/app-$suffix.log" 2>&1 &
  local app=$!
  sleep 25
  local wid
  wid=$(xdotool search --name ValueLens | head -1)
  import -window "$wid" "$out/start-$suffix.png"
  xdotool mousemove --window "$wid" 480 320 click 1          # the sample card
  sleep 25
  import -window "$wid" "$out/overview-$suffix.png"
  xdotool mousemove --window "$wid" "$navx" "$navy" click 1
  sleep 8
  xdotool mousemove --window "$wid" "$calx" "$caly" click --repeat 3 1
  xdotool type --delay 50 "1997-09-30"
  xdotool mousemove --window "$wid" "$runx" "$runy" click 1
  sleep 40
  import -window "$wid" "$out/clv-$suffix.png"
  kill "$app"
}

shoot zh-TW zh-tw 97 284 995 211 1097 211
shoot ru ru 110 255 455 232 590 232
