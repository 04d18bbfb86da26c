"""What the frozen build holds: read by heroviewer.spec, build.py and tests/packaging.

Kept apart from the spec so that the tests can check the installer script against the same
names the spec uses.
"""

from __future__ import annotations

from pathlib import Path

APP_ID = "io.github.heroviewer.HeroViewer"  # the .desktop file's and AppStream's name
APP_FOLDER = "heroviewer"  # dist/heroviewer/
INTERNAL = "_internal"  # PyInstaller's folder of libraries and data beside the program
BUNDLED = "heroviewer/bundled"  # where heroviewer.support.paths finds data/ and resources/

# Qt plugins the window needs: the platforms (X11, also under Wayland through XWayland; offscreen
# for screenshots; Windows), JPEG for portraits, ICO and SVG icons, the platform themes (native
# file dialogs), input methods (typing Cyrillic), printing.
QT_PLUGINS_KEPT = (
    "platforms/libqxcb",
    "platforms/libqoffscreen",
    "platforms/qwindows",
    "platforms/qoffscreen",
    "platformthemes/",
    "platforminputcontexts/",
    "xcbglintegrations/",
    "imageformats/libqjpeg",
    "imageformats/qjpeg",
    "imageformats/libqico",
    "imageformats/qico",
    "imageformats/libqsvg",
    "imageformats/qsvg",
    "iconengines/",
    "printsupport/",
    "styles/",
)
# Libraries left out of the folder (names as they start; PyInstaller finds them as dependencies):
# - Qt's, used only by plugins left out above (VNC, OpenGL, EGL, Wayland), and Windows' software
#   OpenGL: a window of widgets needs none of them;
# - the GTK stack of Qt's GTK theme plugin, and the CUPS stack of its printing plugin: each plugin
#   is of use only where the desktop has GTK or CUPS, and then the desktop's own libraries are
#   loaded (copies from the build machine beside a desktop's GTK are a known cause of crashes).
LIBRARIES_LEFT_OUT = (
    "libQt6Network",
    "libQt6OpenGL",
    "libQt6EglFS",
    "libQt6EglFs",
    "libQt6Wayland",
    "libQt6WlShell",
    "opengl32sw",
    # GTK
    "libatk-1.0.so",
    "libcairo-gobject.so",
    "libcairo.so",
    "libdatrie.so",
    "libfribidi.so",
    "libgdk_pixbuf-2.0.so",
    "libgio-2.0.so",
    "libgmodule-2.0.so",
    "libgobject-2.0.so",
    "libgraphite2.so",
    "libharfbuzz.so",  # Pillow keeps its own (libharfbuzz-<hash>)
    "libjpeg.so",  # likewise
    "libmount.so",
    "libblkid.so",
    "libselinux.so",
    "libpango-1.0.so",
    "libpangocairo-1.0.so",
    "libpangoft2-1.0.so",
    "libpixman-1.so",
    "libthai.so",
    # CUPS
    "libcups.so",
    "libavahi-client.so",
    "libavahi-common.so",
    "libcom_err.so",
    "libgmp.so",
    "libgnutls.so",
    "libgssapi_krb5.so",
    "libhogweed.so",
    "libidn2.so",
    "libk5crypto.so",
    "libkeyutils.so",
    "libkrb5.so",
    "libkrb5support.so",
    "libnettle.so",
    "libp11-kit.so",
    "libtasn1.so",
    "libunistring.so",
)
# Qt's own texts (buttons of standard dialogs, the print preview) in Russian; Qt has no Tajik.
QT_TRANSLATIONS_KEPT = ("qtbase_ru.qm",)

# Files of the source tree that are not shipped inside resources/.
_SKIPPED_SUFFIXES = (".ts", ".pro", ".ico")


WINDOW_PROGRAM = "heroviewer"  # on Windows the window has no console...
CONSOLE_PROGRAM = "heroviewer-cli"  # ...so the command line has a program of its own


def program_names(windows: bool) -> tuple[str, ...]:
    """The programs in dist/heroviewer/: the window (and, on Windows, the console command)."""
    if windows:
        return (f"{WINDOW_PROGRAM}.exe", f"{CONSOLE_PROGRAM}.exe")
    return (WINDOW_PROGRAM,)


def bundled_files(root: Path) -> list[tuple[str, str]]:
    """(source relative to the repository, folder inside _internal/) for every data file."""
    files = [
        ("data/heroes.json", f"{BUNDLED}/data"),
        ("data/news.json", f"{BUNDLED}/data"),
        ("pyproject.toml", BUNDLED),  # the version, see heroviewer.support.version
    ]
    for path in sorted((root / "resources").rglob("*")):
        if path.is_file() and path.suffix not in _SKIPPED_SUFFIXES:
            relative = path.relative_to(root)
            files.append((relative.as_posix(), f"{BUNDLED}/{relative.parent.as_posix()}"))
    # Alembic reads its migration scripts as files, not from PyInstaller's archive.
    migrations = root / "src" / "heroviewer" / "catalogue" / "migrations"
    for path in sorted(migrations.rglob("*.py")):
        relative = path.relative_to(root / "src")
        files.append((path.relative_to(root).as_posix(), relative.parent.as_posix()))
    return files
