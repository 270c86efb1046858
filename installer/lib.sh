# Shared steps of installer/build.sh (Linux) and installer/macos/build.sh (macOS). Source it; do not run it.
# After `vl_prepare`, these are set:
#   VL_ROOT     repository root            VL_VERSION  app version from pom.xml (e.g. 0.1.0)
#   VL_OUT      target/installer           VL_INPUT    folder holding the app jar for jpackage
#   VL_RUNTIME  jlink runtime image (Java + JavaFX modules; users need no Java)
set -euo pipefail

VL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VL_OUT="$VL_ROOT/target/installer"
VL_INPUT="$VL_OUT/input"
VL_RUNTIME="$VL_OUT/runtime"
VL_JAR="$VL_ROOT/target/valuelens.jar"

# JDK modules the app needs: `jdeps --ignore-missing-deps --multi-release 17 --print-module-deps
# target/valuelens.jar` (java.base, java.compiler, java.instrument, java.management, java.naming, java.scripting,
# java.security.jgss, java.sql, java.xml.crypto, jdk.jfr, jdk.net, jdk.unsupported, jdk.unsupported.desktop)
# plus what is only reached by reflection or service loading: jdk.charsets (GBK/Big5/Windows-125x decoding of
# imported files), jdk.localedata (number/date formats of non-English locales), jdk.crypto.ec, jdk.zipfs,
# java.net.http, java.prefs. JavaFX comes as real modules (javafx.controls, javafx.swing) from the OS-specific
# OpenJFX jars that Maven already downloaded.
VL_JDK_MODULES="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming"
VL_JDK_MODULES+=",java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,java.xml.crypto"
VL_JDK_MODULES+=",jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.net,jdk.unsupported"
VL_JDK_MODULES+=",jdk.unsupported.desktop,jdk.zipfs"
VL_FX_MODULES="javafx.controls,javafx.swing"

vl_log() { printf '[installer] %s\n' "$*" >&2; }

vl_version() {
    # the project's own <version> is the first one after <modelVersion> (the POM has no <parent>)
    sed -n '/<modelVersion>/,$ s:.*<version>\([^<]*\)</version>.*:\1:p' "$VL_ROOT/pom.xml" | head -n 1
}

# Builds target/valuelens.jar when it is missing or older than pom.xml or anything under src/main.
vl_build_jar() {
    local newer
    newer="$(find "$VL_ROOT/pom.xml" "$VL_ROOT/src/main" -type f -newer "$VL_JAR" 2>/dev/null | head -n 1 || true)"
    if [ ! -f "$VL_JAR" ] || [ -n "$newer" ]; then
        vl_log "building target/valuelens.jar (mvn package -DskipTests)"
        (cd "$VL_ROOT" && mvn -q -B -Dstyle.color=never package -DskipTests >&2)
    else
        vl_log "target/valuelens.jar is up to date"
    fi
}

# Prints the module path of this OS's OpenJFX jars (javafx-*-<classifier>.jar), taken from Maven's own
# dependency resolution so the versions always match the POM.
vl_javafx_module_path() {
    local cp_file="$VL_OUT/classpath.txt"
    (cd "$VL_ROOT" && mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$cp_file" >&2)
    tr ':;' '\n\n' < "$cp_file" | grep -E '/javafx-[a-z]+-[^/]*-(linux|mac|win)[a-z0-9-]*\.jar$' \
        | paste -sd "${VL_PATH_SEP:-:}" -
}

# Copies the shaded jar without its JavaFX classes and natives: in the packaged app JavaFX lives in the runtime
# image as named modules (no "Unsupported JavaFX configuration" warning, natives loaded from the runtime, not
# unpacked into the user's home), so the jar's copy would be dead weight.
vl_thin_jar() {
    rm -rf "$VL_INPUT" && mkdir -p "$VL_INPUT"
    python3 "$VL_ROOT/installer/thin-jar.py" "$VL_JAR" "$VL_INPUT/valuelens.jar"
}

# No --compress: the installers compress the files themselves (xz in the .deb), and xz packs the raw module image
# to 18 MB where jlink's zip-compressed one stays 39 MB; the installed runtime is about 117 MB instead of 68 MB but
# starts a little faster.
vl_runtime() {
    local fx_path
    fx_path="$(vl_javafx_module_path)"
    [ -n "$fx_path" ] || { vl_log "no OpenJFX platform jars found in the Maven class path"; exit 1; }
    rm -rf "$VL_RUNTIME"
    vl_log "jlink runtime: JDK modules + $VL_FX_MODULES"
    jlink --module-path "$fx_path" --add-modules "$VL_JDK_MODULES,$VL_FX_MODULES" \
        --strip-debug --no-header-files --no-man-pages --output "$VL_RUNTIME"
}

vl_prepare() {
    command -v jpackage >/dev/null || { vl_log "jpackage not found: use a full JDK 17+ (not a JRE)"; exit 1; }
    mkdir -p "$VL_OUT"
    VL_VERSION="$(vl_version)"
    vl_build_jar
    vl_thin_jar
    vl_runtime
}

# Common jpackage options for every OS. Add the OS-specific ones after these. The heap options keep the app under
# 1 GB resident, a 541,909-row .xlsx import included (ADR 0037; XlsxImportMemoryTest checks that this file, build.ps1
# and the README name the same ones). The copyright line names the licence
# (macOS shows it as the app's NSHumanReadableCopyright); the full LICENSE and NOTICE are inside the jar (META-INF).
vl_common_jpackage_args() {
    printf '%s\n' \
        --name ValueLens \
        --app-version "$VL_VERSION" \
        --vendor "ValueLens contributors" \
        --copyright "Copyright (c) 2026 ValueLens contributors. Licensed under the Apache License, Version 2.0." \
        --description "Customer-lifetime-value analysis: import, CLV models, segmentation, charts." \
        --input "$VL_INPUT" \
        --main-jar valuelens.jar \
        --main-class org.valuelens.Main \
        --runtime-image "$VL_RUNTIME" \
        --java-options "-Dvaluelens.packaged=true" \
        --java-options "-XX:+UseSerialGC" \
        --java-options "-Xmx2g"
}
