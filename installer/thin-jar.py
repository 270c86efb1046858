#!/usr/bin/env python3
"""Copies the shaded jar without its JavaFX classes and native libraries.

In the packaged app JavaFX lives in the jlink runtime as named modules (no "Unsupported JavaFX configuration"
warning, natives loaded from the runtime instead of being unpacked into the user's home), so the jar's own copy
would be dead weight (about 7 MB). Used by installer/lib.sh and installer/windows/build.ps1.

Usage: thin-jar.py SHADED_JAR OUT_JAR
"""
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
FX = ("javafx/", "com/sun/javafx/", "com/sun/glass/", "com/sun/prism/", "com/sun/scenario/",
      "com/sun/marlin/", "com/sun/pisces/", "com/sun/openpisces/", "com/sun/webkit/", "com/sun/media/jfxmedia",
      "com/sun/media/jfxmediaimpl")
NATIVE = (".so", ".dll", ".dylib")
kept = dropped = 0
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        name = info.filename
        if name.startswith(FX) or ("/" not in name and name.endswith(NATIVE)) or name.endswith("javafx.properties"):
            dropped += 1
            continue
        zout.writestr(info, zin.read(name))
        kept += 1
print(f"[installer] thin jar: kept {kept} entries, dropped {dropped} JavaFX entries", file=sys.stderr)
