#!/usr/bin/env bash
# Acceptance check of the Linux package (run as root on Debian/Ubuntu; needs xvfb, x11-utils, imagemagick):
#   1. builds target/installer/valuelens_<version>-1_amd64.deb (or reuses it; --rebuild forces a build)
#   2. dpkg -i, checks /usr/share/doc/valuelens/copyright (Apache-2.0 text, bundled libraries), then starts the
#      installed desktop launcher under Xvfb, waits for its window and screenshots the screen into
#      docs/screenshots/installed-app.png
#   3. runs the command line from the installed launchers (--version, --help, and `import` of the bundled sample
#      when that command exists; extra import arguments: VL_IMPORT_ARGS)
#   4. dpkg -P, and checks that /opt/valuelens, /usr/bin/valuelens and the menu entry are gone
# Prints the package size, installed size and the build time. Exit code 0 only if every step passed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/target/installer"
shot="$root/docs/screenshots/installed-app.png"
prefix=/opt/valuelens
rebuild=false
[ "${1:-}" = "--rebuild" ] && rebuild=true

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (dpkg -i / dpkg -P)"

deb="$(ls "$out"/valuelens_*.deb 2>/dev/null | head -n 1 || true)"
build_time="(reused existing package)"
if $rebuild || [ -z "$deb" ]; then
    step "build the .deb"
    t0=$(date +%s)
    "$root/installer/build.sh" --skip-app-image
    build_time="$(( $(date +%s) - t0 )) s"
    deb="$(ls "$out"/valuelens_*.deb | head -n 1)"
fi

if dpkg -s valuelens >/dev/null 2>&1; then
    step "remove a previous installation"
    dpkg -P valuelens
fi

step "install $(basename "$deb")"
# missing dependencies (e.g. xdg-utils on a minimal system) leave the package unconfigured: let apt add them
dpkg -i "$deb" || apt-get install -f -y --no-install-recommends || true
[ "$(dpkg-query -W -f='${Status}' valuelens 2>/dev/null)" = "install ok installed" ] || fail "dpkg -i failed"
[ -x "$prefix/bin/ValueLens" ] || fail "launcher $prefix/bin/ValueLens missing"
[ -L /usr/bin/valuelens ] || fail "/usr/bin/valuelens link missing"
[ -f /usr/share/applications/valuelens-ValueLens.desktop ] || fail "menu entry missing"
grep -q '^Exec=/opt/valuelens/bin/ValueLens' /usr/share/applications/valuelens-ValueLens.desktop \
    || fail "menu entry does not start /opt/valuelens/bin/ValueLens"
unzip -l "$prefix/lib/app/valuelens.jar" sample/CDNOW_sample.txt >/dev/null || fail "bundled sample missing from the jar"
echo "bundled sample: $prefix/lib/app/valuelens.jar!/sample/CDNOW_sample.txt"
copyright=/usr/share/doc/valuelens/copyright
grep -q '^License: Apache-2.0' "$copyright" || fail "$copyright does not state License: Apache-2.0"
grep -q 'TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION' "$copyright" \
    || fail "$copyright lacks the Apache-2.0 text"
grep -q 'org.apache.xmlgraphics:batik-svggen' "$copyright" || fail "$copyright lacks the bundled libraries"
unzip -l "$prefix/lib/app/valuelens.jar" META-INF/LICENSE META-INF/NOTICE >/dev/null \
    || fail "LICENSE or NOTICE missing from the jar"
echo "licence: $copyright ($(wc -l < "$copyright") lines, Apache-2.0) and the jar's META-INF/LICENSE, NOTICE"
installed_kb="$(dpkg-query -W -f='${Installed-Size}' valuelens)"

# a throw-away home, so the check neither reads nor leaves user data
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CACHE_HOME="$home/.cache" XDG_DATA_HOME="$home/.local/share"
# Java takes user.home from the password database, not from $HOME: without this the app would read and rewrite
# root's own settings (and reopen its last workspace) in the screenshot
export JAVA_TOOL_OPTIONS="-Duser.home=$home"

step "start the installed desktop app under Xvfb"
mkdir -p "$(dirname "$shot")"
rm -f "$shot"
# inside Xvfb: start the launcher, wait (up to 60 s) for a mapped top-level window named ValueLens*, let it
# paint, screenshot, close the app
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    "$0/bin/ValueLens" > "$HOME/gui.log" 2>&1 &
    app=$!
    for i in $(seq 1 120); do
        if xwininfo -root -tree 2>/dev/null | grep -q "\"ValueLens"; then
            echo "window up after $((i / 2)) s"; sleep 14   # a first start paints white for several seconds
            import -window root "$1"
            break
        fi
        kill -0 $app 2>/dev/null || { echo "app exited early:"; cat "$HOME/gui.log"; exit 1; }
        sleep 0.5
    done
    kill $app 2>/dev/null; wait $app 2>/dev/null || true
    [ -f "$1" ] || { echo "no ValueLens window within 60 s:"; cat "$HOME/gui.log"; exit 1; }
' "$prefix" "$shot" || fail "desktop app did not show its window"
echo "screenshot: $shot ($(identify -format '%wx%h' "$shot"))"
grep -v -E '^\s*$' "$home/gui.log" | head -n 20 || true
! grep -q "Unsupported JavaFX configuration" "$home/gui.log" \
    || fail "JavaFX was loaded from the class path, not from the runtime image"

step "command line from the installed launchers"
"$prefix/bin/ValueLens" --version | tee "$home/version.txt"
grep -q "0\|[1-9]" "$home/version.txt" || fail "--version printed no version"
"$prefix/bin/ValueLens" --help > "$home/help.txt" || fail "ValueLens --help failed"
head -n 30 "$home/help.txt"
valuelens --version > /dev/null || fail "valuelens (PATH link to valuelens-cli) --version failed"
"$prefix/bin/valuelens-cli" > "$home/cli-noargs.txt" || fail "valuelens-cli without arguments failed"
grep -q -i "usage" "$home/cli-noargs.txt" || fail "valuelens-cli without arguments did not print the usage"
echo "valuelens-cli and /usr/bin/valuelens work"

if grep -q -E '^\s+import\b' "$home/help.txt"; then
    step "import the bundled sample"
    unzip -q -o -j "$prefix/lib/app/valuelens.jar" sample/CDNOW_sample.txt -d "$home"
    # shellcheck disable=SC2086
    valuelens import "$home/CDNOW_sample.txt" ${VL_IMPORT_ARGS:---no-header --customer 2 --date 3 --quantity 4 --amount 5} || fail "valuelens import of the sample failed"
else
    step "import: no such command yet, skipped"
fi

step "remove (dpkg -P)"
dpkg -P valuelens
left=""
for p in "$prefix" /usr/bin/valuelens /usr/share/applications/valuelens-ValueLens.desktop /usr/share/doc/valuelens; do
    if [ -e "$p" ] || [ -L "$p" ]; then left="$left $p"; fi
done
[ -z "$left" ] || fail "left behind after dpkg -P:$left"
echo "nothing left in $prefix, /usr/bin/valuelens or the menu"

step "summary"
printf 'package      %s  %.1f MB\n' "$(basename "$deb")" "$(echo "$(stat -c %s "$deb") / 1000000" | bc -l)"
printf 'installed    %.1f MB\n' "$(echo "$installed_kb / 1024" | bc -l)"
printf 'build time   %s\n' "$build_time"
echo "PASS"
