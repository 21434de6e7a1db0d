"""RiverChief (河长巡河): the core of the river/lake chief (河湖长制) application.

Nothing in this package imports Qt or ``ui``: the CLI, the tests and the benchmarks
drive it without a window.
"""



def _version() -> str:
    from importlib import metadata as _metadata

    try:
        return _metadata.version("riverchief")
    except _metadata.PackageNotFoundError:  # running from a source tree, not installed
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            with pyproject.open("rb") as f:
                return str(tomllib.load(f)["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


_cached: str | None = None


def __getattr__(name: str) -> str:
    # Computed on first use: importlib.metadata costs ~20 ms, which start-up need not pay.
    global _cached
    if name == "__version__":
        if _cached is None:
            _cached = _version()
        return _cached
    raise AttributeError(name)
