"""Build HeroViewer's frozen one-folder application and its package for this system.

Usage: python packaging/build.py [--skip-freeze]

Linux:   dist/heroviewer/ (with install.sh, the .desktop file, AppStream metainfo, icons) and
         dist/heroviewer-VERSION-linux-x86_64.tar.gz
Windows: dist/heroviewer/ and, when Inno Setup's compiler (iscc) is found,
         dist/heroviewer-VERSION-windows-setup.exe

The version comes from pyproject.toml. --skip-freeze reuses dist/heroviewer/ as built.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(ROOT / "src"))

from layout import APP_FOLDER, APP_ID  # noqa: E402

from heroviewer.support.version import version_in  # noqa: E402

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def project_version() -> str:
    found = version_in((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if not found:
        raise SystemExit("pyproject.toml: no version in [project]")
    return found


def freeze() -> Path:
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
            str(PACKAGING / "heroviewer.spec"),
        ],
        check=True,
    )  # fmt: skip
    return DIST / APP_FOLDER


def release_date() -> str:
    """Today, or the date reproducible builds fix with SOURCE_DATE_EPOCH."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else None
    return (moment.date() if moment else datetime.date.today()).isoformat()


def fill(template: Path, target: Path, version: str) -> None:
    text = template.read_text(encoding="utf-8")
    text = text.replace("@VERSION@", version).replace("@DATE@", release_date())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def add_licences(app: Path) -> None:
    licences = app / "LICENSES"
    licences.mkdir(exist_ok=True)
    shutil.copyfile(ROOT / "LICENSE", licences / "HeroViewer-MIT.txt")
    shutil.copyfile(ROOT / "data" / "LICENSE.txt", licences / "data-CC-BY-4.0.txt")
    shutil.copyfile(ROOT / "resources" / "fonts" / "OFL.txt", licences / "NotoSans-OFL.txt")
    shutil.copyfile(PACKAGING / "THIRD-PARTY.txt", licences / "THIRD-PARTY.txt")


def add_linux_files(app: Path, version: str) -> None:
    """The README, the installer for one user, and what desktops read from share/."""
    linux = PACKAGING / "linux"
    fill(linux / "README.txt", app / "README.txt", version)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copyfile(linux / script, app / script)
        (app / script).chmod(0o755)
    share = app / "share"
    desktop = f"{APP_ID}.desktop"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(linux / desktop, share / "applications" / desktop)
    metainfo = f"{APP_ID}.metainfo.xml"
    fill(linux / f"{metainfo}.in", share / "metainfo" / metainfo, version)
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"heroviewer-{size}.png", folder / "heroviewer.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons / "heroviewer.svg", scalable / "heroviewer.svg")


def tarball(app: Path, version: str) -> Path:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    out = DIST / f"heroviewer-{version}-linux-{machine}.tar.gz"
    partial = out.with_name(out.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(app, arcname=APP_FOLDER)
    partial.replace(out)
    return out


def windows_installer(version: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which(
        str(Path(os.environ.get("PROGRAMFILES(X86)", "C:/")) / "Inno Setup 6" / "ISCC.exe")
    )
    if not iscc:
        print("Inno Setup's iscc not found: dist/heroviewer/ built, no installer")
        return None
    script = PACKAGING / "windows" / "heroviewer.iss"
    subprocess.run([iscc, f"/DAppVersion={version}", str(script)], check=True)
    return DIST / f"heroviewer-{version}-windows-setup.exe"


def folder_size(folder: Path) -> int:
    """Bytes in the folder, counting links (PyInstaller makes a few) as links."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-freeze", action="store_true", help="reuse dist/heroviewer/")
    args = parser.parse_args()
    version = project_version()
    app = DIST / APP_FOLDER if args.skip_freeze else freeze()
    add_licences(app)
    print(f"{app}: {folder_size(app) / 1e6:.0f} MB")
    if sys.platform == "win32":
        windows_installer(version)
    else:
        add_linux_files(app, version)
        out = tarball(app, version)
        print(f"{out}: {out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
