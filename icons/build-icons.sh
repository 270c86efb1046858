#!/usr/bin/env bash
# Regenerates every icon file from the SVG sources:
#   icons/png/valuelens-<size>.png  16 24 32 48 64 128 256 512 1024
#   icons/valuelens.ico             Windows, 16-256 (256 stored as PNG)
#   icons/valuelens.icns            macOS, PNG chunks 16-1024
#   src/main/resources/org/valuelens/icons/valuelens-<size>.png  window icons (16 32 48 64 128 256)
# 16-32 px come from valuelens-small.svg (no bars, heavier strokes) so they stay crisp.
# Needs: rsvg-convert (apt librsvg2-bin), python3; icotool (apt icoutils) or ImageMagick for the .ico.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
png="$here/png"
res="$root/src/main/resources/org/valuelens/icons"
mkdir -p "$png" "$res"

for size in 16 24 32 48 64 128 256 512 1024; do
    src="$here/valuelens.svg"
    if [ "$size" -le 32 ]; then src="$here/valuelens-small.svg"; fi
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$src" --output "$png/valuelens-$size.png"
done

ico_in=()
for size in 16 24 32 48 64 128; do ico_in+=("$png/valuelens-$size.png"); done
if command -v icotool >/dev/null; then
    icotool --create --output "$here/valuelens.ico" "${ico_in[@]}" --raw "$png/valuelens-256.png"
else
    convert "${ico_in[@]}" "$png/valuelens-256.png" "$here/valuelens.ico"
fi

python3 "$here/make-icns.py" "$png" "$here/valuelens.icns"

for size in 16 32 48 64 128 256; do cp "$png/valuelens-$size.png" "$res/"; done
echo "icons written to $png, $here/valuelens.ico, $here/valuelens.icns and $res"
