#!/usr/bin/env bash
# Regenerates src/main/resources/about/third-party-licenses.txt (the About dialog's list) from
# `mvn dependency:list` (runtime scope: exactly what the shaded jar bundles) and the <licenses> of each library's
# POM, or of its parent POMs, in the local Maven repository. The same code (org.valuelens.build.LicenceCheck, in the
# test sources) checks those licences against the allow-list in every `mvn verify`. Run this after changing
# dependencies in pom.xml, and commit the result.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
list="$root/target/licences/runtime-dependencies.txt"
mkdir -p "$(dirname "$list")"
repo="$(cd "$root" && mvn -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null \
        | sed 's/\x1b\[[0-9;]*m//g' | tail -n 1 || true)"
[ -d "$repo" ] || repo="$HOME/.m2/repository"
(cd "$root" && mvn -q -B test-compile dependency:list -DincludeScope=runtime -DoutputFile="$list" >&2)
java -cp "$root/target/test-classes" org.valuelens.build.LicenceCheck "$list" "$repo" \
    "$root/src/main/resources/about/third-party-licenses.txt" --write
