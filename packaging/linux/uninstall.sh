#!/bin/sh
# Remove HeroViewer installed by install.sh. The catalogue and its backups
# (~/.local/share/HeroViewer) are kept.
set -eu
app_id=io.github.heroviewer.HeroViewer
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$HOME/.local/bin/heroviewer" "$data_home/applications/$app_id.desktop" \
    "$data_home/metainfo/$app_id.metainfo.xml"
rm -f "$data_home"/icons/hicolor/*/apps/heroviewer.png "$data_home/icons/hicolor/scalable/apps/heroviewer.svg"
rm -rf "$HOME/.local/opt/heroviewer"
echo "HeroViewer is removed; your catalogue in $data_home/HeroViewer is kept."
