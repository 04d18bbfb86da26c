"""HeroViewer: offline reference of the Heroes of the Soviet Union linked to Tajikistan."""


def __getattr__(name: str) -> str:
    """``heroviewer.__version__``, read from pyproject.toml when first asked for: reading it at
    import cost every start-up 10-15 ms (pathlib and the file), for a value that only About
    and ``--version`` show."""
    if name == "__version__":
        from heroviewer.support.version import app_version

        globals()["__version__"] = version = app_version()
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
