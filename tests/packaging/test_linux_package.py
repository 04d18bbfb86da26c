"""The Linux package: the tarball, its README, the desktop files the validators accept, and the
installer for one user."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ElementTree

import pytest

from heroviewer import __version__
from tests.conftest import REPO
from tests.packaging.frozen import files_under, frozen_app, layout, new_user_env, run_frozen

pytestmark = pytest.mark.frozen

DESKTOP = f"share/applications/{layout.APP_ID}.desktop"
METAINFO = f"share/metainfo/{layout.APP_ID}.metainfo.xml"


def validator(name: str) -> str:
    """The Debian tool (make package-test installs it); in CI its absence is a failure."""
    found = shutil.which(name)
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed (packaging/linux/install-tools.sh)")
        pytest.skip(f"{name} is not installed")
    return found


def test_the_tarball_is_named_with_the_version_and_holds_the_program():
    frozen_app()
    tarball = REPO / "dist" / f"heroviewer-{__version__}-linux-x86_64.tar.gz"
    assert tarball.is_file()
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        readme = archive.extractfile("heroviewer/README.txt").read().decode()
        program = archive.getmember("heroviewer/heroviewer")
    assert {"heroviewer/install.sh", f"heroviewer/{DESKTOP}", "heroviewer/LICENSES"} <= names
    assert program.mode & 0o111
    assert f"HeroViewer {__version__}" in readme
    assert "heroviewer/install.sh" in readme  # how to install it for one user
    assert "portable.ini" in readme


def test_the_desktop_file_is_valid():
    result = subprocess.run(
        [validator("desktop-file-validate"), frozen_app() / DESKTOP], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_appstream_metainfo_is_valid_and_carries_the_version():
    metainfo = frozen_app() / METAINFO
    result = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", metainfo],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    component = ElementTree.parse(metainfo).getroot()
    assert component.find("releases/release").get("version") == __version__
    assert component.find("screenshots/screenshot/image") is not None
    assert component.findtext("project_license") == "MIT AND CC-BY-4.0 AND OFL-1.1"
    description = ElementTree.tostring(component.find("description"), encoding="unicode")
    assert "CC BY 4.0" in description and "Open Font License" in description


def test_install_for_one_user_adds_the_menu_entry_and_uninstall_keeps_the_catalogue(tmp_path):
    home = tmp_path / "home"
    env = new_user_env(home, tmp_path / "t", PATH="/usr/bin:/bin")
    unpacked = tmp_path / "Downloads" / "heroviewer"
    shutil.copytree(frozen_app(), unpacked, symlinks=True)
    installed = subprocess.run(
        ["sh", unpacked / "install.sh"], env=env, capture_output=True, text=True, timeout=120
    )
    assert installed.returncode == 0, installed.stderr
    program = home / ".local/opt/heroviewer/heroviewer"
    entry = home / ".local/share/applications" / f"{layout.APP_ID}.desktop"
    assert f'Exec="{program}"' in entry.read_text()
    assert (home / ".local/share/icons/hicolor/48x48/apps/heroviewer.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/heroviewer.svg").is_file()
    checked = run_frozen(home / ".local/bin/heroviewer", "check", env=env)
    assert checked.returncode == 0, checked.stderr
    catalogue = home / ".local/share/HeroViewer/catalogue.sqlite"
    assert catalogue.is_file()

    removed = subprocess.run(
        ["sh", program.parent / "uninstall.sh"], env=env, capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not entry.exists()
    assert not (home / ".local/bin/heroviewer").exists()
    assert catalogue.is_file()
    caches = {"icon-theme.cache", "mimeinfo.cache"}  # the desktop's own indexes, rebuilt
    left = [path for path in files_under(home / ".local") if path.name not in caches]
    assert all(path.is_relative_to(catalogue.parent) for path in left)
