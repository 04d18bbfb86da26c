"""HeroViewer: offline reference of the Heroes of the Soviet Union linked to Tajikistan."""

from heroviewer.support.version import app_version

__version__ = app_version()
