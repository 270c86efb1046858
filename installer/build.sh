#!/usr/bin/env bash
# Builds the Linux installers into target/installer/:
#   valuelens_<version>_amd64.deb   (installs to /opt/valuelens, menu entry, `valuelens` command on the PATH)
#   ValueLens/                      (app-image: unpack-and-run folder, bin/ValueLens and bin/valuelens-cli)
# Both carry their own jlink runtime (Java 17 + JavaFX 21), so users need no Java.
# Usage: installer/build.sh [--file-associations] [--skip-deb] [--skip-app-image]
# Needs: JDK 17+ with jpackage/jlink, Maven 3.8+, python3, fakeroot + dpkg-deb (for the .deb).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

assoc=false; deb=true; image=true
for arg in "$@"; do
    case "$arg" in
        --file-associations) assoc=true ;;
        --skip-deb) deb=false ;;
        --skip-app-image) image=false ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

start=$(date +%s)
vl_prepare
mapfile -t common < <(vl_common_jpackage_args)
here="$VL_ROOT/installer"
icon="$VL_ROOT/icons/png/valuelens-256.png"
cli=(--add-launcher "valuelens-cli=$here/linux/cli.properties")
assoc_args=()
if $assoc; then
    assoc_args=(--file-associations "$here/linux/file-assoc-csv.properties"
                --file-associations "$here/linux/file-assoc-xlsx.properties")
fi

if $image; then
    vl_log "jpackage --type app-image"
    rm -rf "$VL_OUT/ValueLens"
    jpackage --type app-image "${common[@]}" --icon "$icon" "${cli[@]}" --dest "$VL_OUT"
fi

# /usr/share/doc/valuelens/copyright in Debian's copyright format: the NOTICE and the bundled libraries with their
# licences (the About dialog's list) in the header, then ValueLens's own licence, Apache-2.0, in full.
# Continuation lines start with a space; an empty line is written " .".
deb_copyright() {
    local indent=(sed -e 's/[[:space:]]*$//' -e 's/^$/./' -e 's/^/ /')
    printf '%s\n' "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
        "Upstream-Name: ValueLens" "Comment: ValueLens's NOTICE, then the third-party software it bundles."
    "${indent[@]}" "$VL_ROOT/NOTICE"
    printf ' .\n Bundled libraries (groupId:artifactId, version, licence, licence URL):\n'
    grep -v '^#' "$VL_ROOT/src/main/resources/about/third-party-licenses.txt" | tr '\t' '|' | sed 's/|/  |  /g' \
        | "${indent[@]}"
    printf '\nFiles: *\nCopyright: 2026 ValueLens contributors\nLicense: Apache-2.0\n\nLicense: Apache-2.0\n'
    "${indent[@]}" "$VL_ROOT/LICENSE" | sed '1{/^ \.$/d}'
}

if $deb; then
    vl_log "jpackage --type deb"
    rm -f "$VL_OUT"/valuelens_*.deb
    deb_resources="$VL_OUT/deb-resources"
    rm -rf "$deb_resources" && cp -r "$here/linux/resources" "$deb_resources"
    deb_copyright > "$deb_resources/copyright"
    jpackage --type deb "${common[@]}" --icon "$icon" "${cli[@]}" "${assoc_args[@]}" \
        --resource-dir "$deb_resources" \
        --linux-package-name valuelens \
        --linux-package-deps libgtk-3-0 \
        --linux-menu-group "Office;Finance;" \
        --linux-app-category misc \
        --linux-shortcut \
        --dest "$VL_OUT"
fi

end=$(date +%s)
vl_log "done in $((end - start)) s:"
ls -la "$VL_OUT"/*.deb >&2 2>/dev/null || true
[ -d "$VL_OUT/ValueLens" ] && du -sh "$VL_OUT/ValueLens" >&2
exit 0
