#!/usr/bin/env bash
# Builds the macOS installers into target/installer/ (run on a Mac; not run on the Linux build machine):
#   ValueLens-<version>.dmg   drag-to-Applications disk image
#   ValueLens.app             app-image (bundle) with its own runtime
# Usage: installer/macos/build.sh [--file-associations] [--skip-dmg]
# Needs: JDK 17+ (full JDK with jpackage/jlink, e.g. Temurin 17), Maven 3.8+, python3 (preinstalled on macOS 12.3+
# only via the Xcode command line tools; the GitHub macos-latest runner has it).
# Unsigned: Gatekeeper asks the user to right-click > Open the first time. To sign and notarise, add
# --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." and run `xcrun notarytool` on the .dmg.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

assoc=false; dmg=true
for arg in "$@"; do
    case "$arg" in
        --file-associations) assoc=true ;;
        --skip-dmg) dmg=false ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

start=$(date +%s)
vl_prepare
common=()
while IFS= read -r line; do common+=("$line"); done < <(vl_common_jpackage_args)
here="$VL_ROOT/installer"
mac=(--icon "$VL_ROOT/icons/valuelens.icns"
     --mac-package-identifier org.valuelens.app
     --mac-package-name ValueLens
     --add-launcher "valuelens-cli=$here/macos/cli.properties")
assoc_args=()
if $assoc; then
    assoc_args=(--file-associations "$here/linux/file-assoc-csv.properties"
                --file-associations "$here/linux/file-assoc-xlsx.properties")
fi

vl_log "jpackage --type app-image"
rm -rf "$VL_OUT/ValueLens.app"
jpackage --type app-image "${common[@]}" "${mac[@]}" --dest "$VL_OUT"

if $dmg; then
    vl_log "jpackage --type dmg"
    rm -f "$VL_OUT"/ValueLens-*.dmg
    jpackage --type dmg "${common[@]}" "${mac[@]}" ${assoc_args[@]+"${assoc_args[@]}"} \
        --mac-app-category public.app-category.business --dest "$VL_OUT"
fi
vl_log "done in $(( $(date +%s) - start )) s"
ls -la "$VL_OUT" >&2
