#!/usr/bin/env bash
# The Debian tools the packaging tests run: desktop-file-validate and appstreamcli.
set -euo pipefail
packages=()
command -v desktop-file-validate >/dev/null || packages+=(desktop-file-utils)
command -v appstreamcli >/dev/null || packages+=(appstream)
if [ ${#packages[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "install these Debian packages to validate the desktop files: ${packages[*]}" >&2
    exit 0
fi
apt-get update -q && apt-get install -y -q --no-install-recommends "${packages[@]}"
