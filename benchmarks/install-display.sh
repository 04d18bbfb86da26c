#!/usr/bin/env bash
# Xvfb and the X libraries Qt's xcb platform needs, for measuring start-up on a real X display.
set -euo pipefail
packages=(xvfb libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "install these Debian packages to measure under Xvfb: ${missing[*]}" >&2
    exit 0
fi
apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"
