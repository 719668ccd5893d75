"""Where gongwen's bundled data lives: the sample reports (``seeds``) and the themes.

An installed wheel carries them inside the package, at ``tui/bundled/`` (pyproject.toml's
``force-include``); a source checkout or an editable install has them at the repository root.
Both are found relative to this file, so the current directory never matters.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED_DIR = _PACKAGE_DIR / "bundled"
_REPOSITORY_DIR = _PACKAGE_DIR.parent


def _data_dir(name: str) -> Path:
    """The packaged copy of data folder ``name`` if there is one, else the repository's."""
    bundled = _BUNDLED_DIR / name
    return bundled if bundled.is_dir() else _REPOSITORY_DIR / name


def seeds_dir() -> Path:
    """The folder holding the bundled sample reports."""
    return _data_dir("seeds")


def themes_dir() -> Path:
    """The folder holding the bundled ``*.yaml`` themes."""
    return _data_dir("themes")


def seed_paths() -> list[Path]:
    """The bundled sample reports (``*.txt``), sorted by name; empty if none are installed."""
    directory = seeds_dir()
    return sorted(directory.glob("*.txt")) if directory.is_dir() else []
