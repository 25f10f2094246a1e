#!/usr/bin/env bash
# Renders resources/icons/io.glossa.Glossa.svg to the hicolor PNG sizes the install ships
# (resources/icons/hicolor/NxN/io.glossa.Glossa.png). The PNGs are kept in the tree, so that a
# build needs no SVG renderer; run this after changing the SVG (needs Debian's librsvg2-bin,
# which scripts/setup.sh does not install for that reason).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" io.glossa.Glossa.svg -o "hicolor/${size}x${size}/io.glossa.Glossa.png"
done
