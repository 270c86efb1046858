#!/usr/bin/env python3
"""Write a macOS .icns from the PNG set (no png2icns needed).

An .icns file is the magic 'icns', the total length (big-endian u32), then chunks of
type (4 chars) + chunk length (u32, header included) + data. Since macOS 10.7 each chunk
below may hold plain PNG data. 16 px at 1x is scaled from ic11 by macOS (the icp4/icp5 PNG
chunks are not read everywhere, so they are left out).

Usage: make-icns.py PNG_DIR OUT.icns   (PNG_DIR holds valuelens-<size>.png)
"""
import struct
import sys
from pathlib import Path

# chunk type -> pixel size of the PNG it holds
CHUNKS = [
    ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),   # 1x sizes (ic10 = 512@2x)
    ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),      # @2x of 16, 32, 128, 256
]


def main(png_dir: str, out: str) -> None:
    body = b""
    for kind, size in CHUNKS:
        data = (Path(png_dir) / f"valuelens-{size}.png").read_bytes()
        if data[:8] != b"\x89PNG\r\n\x1a\n":
            raise SystemExit(f"not a PNG: size {size}")
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    Path(out).write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
