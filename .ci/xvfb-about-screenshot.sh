#!/usr/bin/env bash
# Manual look (not run by .ci/run): the real app with GTK glass under Xvfb, in English, opens Help ▸ About
# ValueLens (its licence list expanded) and writes docs/screenshots/about-licence.png (the 1280×800 screen).
# Needs xvfb, imagemagick (import) and xdotool; build first: mvn -q package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache"
mkdir -p "$tmp/home/.config/valuelens"
printf 'language=en\n' > "$tmp/home/.config/valuelens/settings.properties"
java -Xmx1g -Duser.home="$tmp/home" -jar target/valuelens.jar > "$tmp/app.log" 2>&1 &
app=$!
wid=""
for _ in $(seq 1 60); do
  wid=$(xdotool search --name '^ValueLens$' 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  sleep 1
done
[ -n "$wid" ] || { echo "the ValueLens window did not appear" >&2; kill "$app"; exit 1; }
sleep 6
xdotool windowsize "$wid" 1280 800
sleep 3
xdotool mousemove 142 19 click 1     # Help
sleep 2
xdotool mousemove 192 124 click 1    # About ValueLens (third item, after Take the tour and Glossary)
sleep 4
# without a window manager the dialog may open partly off the screen: centre it over the main window
about=$(xdotool search --name '^About ValueLens$' 2>/dev/null | head -1 || true)
if [ -n "$about" ]; then
  eval "$(xdotool getwindowgeometry --shell "$about")"
  xdotool windowmove "$about" $(( (1280 - WIDTH) / 2 )) $(( (800 - HEIGHT) / 2 ))
  sleep 2
fi
import -window root docs/screenshots/about-licence.png
kill "$app"
