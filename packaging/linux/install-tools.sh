#!/usr/bin/env bash
# Debian packages `make package` needs: the X libraries Qt's xcb platform links (so PyInstaller
# bundles them, and the program starts on desktops that lack them) and the validators the
# packaging tests run (desktop-file-validate, appstreamcli).
set -euo pipefail
packages=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
    desktop-file-utils appstream)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "install these Debian packages before packaging: ${missing[*]}" >&2
    exit 0
fi
apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"
