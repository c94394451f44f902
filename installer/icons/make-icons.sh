#!/usr/bin/env bash
# Makes every installer icon from the two drawings in this folder (run again after changing one):
#   coplan.svg          -> coplan-<size>.png, coplan.png (256), coplan.ico, coplan.icns
#   coplan-package.svg  -> coplan-package.png (256), coplan-package.ico, coplan-package.icns
# Needs ImageMagick (convert) and python3; the results are committed, so a build does not need either.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

sizes=(16 24 32 48 64 128 256 512)

render() { # drawing size output
    convert -background none -density 384 "$1" -resize "$2x$2" -depth 8 "PNG32:$3"
}

# An .icns is a list of (type, length, PNG) entries; macOS reads PNG data for these types.
write_icns() { # output png16 png32 png64 png128 png256 png512
    python3 - "$@" <<'PY'
import struct, sys
out, *pngs = sys.argv[1:]
types = [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09"]
body = b""
for kind, name in zip(types, pngs):
    data = open(name, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for name in coplan coplan-package; do
    for size in "${sizes[@]}"; do
        render "$name.svg" "$size" "$work/$name-$size.png"
    done
    convert "$work/$name-16.png" "$work/$name-24.png" "$work/$name-32.png" "$work/$name-48.png" \
        "$work/$name-64.png" "$work/$name-128.png" "$work/$name-256.png" "$name.ico"
    write_icns "$name.icns" "$work/$name-16.png" "$work/$name-32.png" "$work/$name-64.png" \
        "$work/$name-128.png" "$work/$name-256.png" "$work/$name-512.png"
    cp "$work/$name-256.png" "$name.png"
done
# the application icon in every size a desktop's icon theme asks for
for size in "${sizes[@]}"; do
    cp "$work/coplan-$size.png" "coplan-$size.png"
done
