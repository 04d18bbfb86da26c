#!/bin/sh
# Install HeroViewer for the current user: no administrator rights, nothing outside $HOME.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.heroviewer.HeroViewer
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/heroviewer

if [ "$here" != "$target" ]; then
    rm -rf "$target.new"
    mkdir -p "$HOME/.local/opt"
    cp -R "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
rm -f "$target/portable.ini"  # an installed program keeps its catalogue in the user's folder

mkdir -p "$HOME/.local/bin" "$data_home/applications" "$data_home/metainfo"
ln -sf "$target/heroviewer" "$HOME/.local/bin/heroviewer"
sed "s|^Exec=heroviewer|Exec=\"$target/heroviewer\"|" "$target/share/applications/$app_id.desktop" \
    > "$data_home/applications/$app_id.desktop"
cp "$target/share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/"
for icon in "$target"/share/icons/hicolor/*/apps/heroviewer.*; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$icon" "$data_home/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
echo "HeroViewer is installed in $target and in your applications menu."
