#!/usr/bin/env bash
# Regenerates src/main/resources/about/third-party-licenses.txt from `mvn dependency:list` (runtime scope:
# exactly what the shaded jar bundles) and the <licenses> of each library's POM (see gen-licenses.py).
# Run it after changing dependencies in pom.xml, and commit the result.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
repo="$(cd "$root" && mvn -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null \
        | sed 's/\x1b\[[0-9;]*m//g' | tail -n 1 || true)"
[ -d "$repo" ] || repo="$HOME/.m2/repository"
(cd "$root" && mvn -q -B dependency:list -DincludeScope=runtime -DoutputFile="$list" >&2)
python3 "$root/installer/gen-licenses.py" "$list" "$root/src/main/resources/about/third-party-licenses.txt" "$repo"
