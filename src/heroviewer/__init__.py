"""HeroViewer: offline reference of the Heroes of the Soviet Union linked to Tajikistan."""

__version__ = "0.1.0"
