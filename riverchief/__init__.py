"""RiverChief (河长巡河): the core of the river/lake chief (河湖长制) application.

Nothing in this package imports Qt or ``ui``: the CLI, the tests and the benchmarks
drive it without a window.
"""

from importlib import metadata as _metadata


def _version() -> str:
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


__version__ = _version()
