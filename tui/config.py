"""The user's settings and reading state, kept in one YAML file.

The file lives in ``config_dir()``: ``$GONGWEN_CONFIG_DIR`` if set (tests point it at a temporary
folder), else the platform's config folder (``$XDG_CONFIG_HOME/gongwen``, by default
``~/.config/gongwen``). It is written by gongwen but meant to be readable and editable::

    theme: gongwen-light
    lang: en
    max_bytes: 50000000
    outline_width: 36
    positions:
      /home/me/reports/fatou-2023.txt: 5120
    marks:
      /home/me/reports/fatou-2023.txt: {a: 0, b: 8804}

Nothing here is worth a failed start: a corrupt file, or a field of the wrong type, is
reported as a warning and ignored — and the file is then left exactly as it is, never
rewritten, until the user fixes it (the warning says so). A config folder that cannot be
written only means the reading position is not kept.

Several gongwen windows may run at once: each saves only what it changed (a reading position,
a mark, the theme) over what the file holds by then, under a lock, so none loses another's.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parser import DEFAULT_MAX_BYTES
from parser.yaml_io import read_settings_text
from tui.settings_cache import SettingsSyntaxError, decode_settings
from tui.strings import LANGUAGES, file_reason, t

CONFIG_DIR_ENV = "GONGWEN_CONFIG_DIR"
CONFIG_FILE_NAME = "config.yaml"
MAX_REPORTS = 200
"""How many reports' positions and marks are kept; the least recently read are dropped."""

MAX_OUTLINE_WIDTH = 1000
"""A remembered tree width beyond any terminal is a mistake in the file."""

_HEADER = "# gongwen settings and reading positions; safe to edit, rewritten on quit.\n"


def config_dir() -> Path:
    """The folder holding gongwen's config file and the user's ``themes/``."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only paid for by the reader, never by the outline/grep path

    return Path(platformdirs.user_config_dir("gongwen", appauthor=False))


def config_path() -> Path:
    """The config file itself (it need not exist)."""
    return config_dir() / CONFIG_FILE_NAME


def user_themes_dir() -> Path:
    """Where the user may put their own ``*.yaml`` themes."""
    return config_dir() / "themes"


def report_key(path: str | Path) -> str:
    """The key a report's position and marks are stored under: its resolved absolute path, so
    the same file opened from different working directories shares its state."""
    return str(Path(path).expanduser().resolve())


@dataclass
class Config:
    """Settings (``theme``, ``lang``, ``max_bytes``, ``outline_width``) and per-report reading
    state.

    ``positions`` and ``marks`` are keyed by ``report_key(path)`` and ordered from least to most
    recently read; offsets are character offsets into the report's text.
    """

    theme: str | None = None
    lang: str | None = None
    positions: dict[str, int] = field(default_factory=dict)
    marks: dict[str, dict[str, int]] = field(default_factory=dict)
    max_bytes: int | None = None
    outline_width: int | None = None
    """Columns of the reader's section tree as last set with ``<``/``>``; None: the default."""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    """Keys this version does not know (written by a newer gongwen): kept, and saved back."""
    _max_bytes_overridden: bool = field(default=False, repr=False, compare=False)
    _saved_max_bytes: int | None = field(default=None, repr=False, compare=False)
    """The file's own limit while ``limit_size_for_this_run`` overrides it."""
    _loaded: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The file's content when it was read: what this run did not change is saved as the
    file holds it then, which another window may have changed."""
    keep_file: bool = field(default=False, repr=False, compare=False)
    """The file could not be read as it is: it must never be overwritten."""

    @property
    def size_limit(self) -> int:
        """The largest report file to open, in bytes: ``max_bytes`` or the default."""
        return self.max_bytes or DEFAULT_MAX_BYTES

    def limit_size_for_this_run(self, max_bytes: int) -> None:
        """Refuse files larger than ``max_bytes`` from now on, in this run only: the config
        file keeps the limit it had (a one-off ``--max-size`` is not remembered)."""
        if not self._max_bytes_overridden:
            self._saved_max_bytes, self._max_bytes_overridden = self.max_bytes, True
        self.max_bytes = max_bytes

    def position(self, path: str | Path) -> int | None:
        """The last reading position in ``path``, if it was read before."""
        return self.positions.get(report_key(path))

    def remember_position(self, path: str | Path, offset: int) -> None:
        """Record ``offset`` as the reading position in ``path``, the most recent report."""
        key = report_key(path)
        self.positions.pop(key, None)
        self.positions[key] = offset
        _keep_newest(self.positions, MAX_REPORTS)

    def report_marks(self, path: str | Path) -> dict[str, int]:
        """The marks set in ``path`` (letter -> offset); a copy."""
        return dict(self.marks.get(report_key(path), {}))

    def set_mark(self, path: str | Path, letter: str, offset: int) -> None:
        """Set mark ``letter`` in ``path`` to ``offset``."""
        key = report_key(path)
        marks = self.marks.pop(key, {})
        marks[letter] = offset
        self.marks[key] = marks
        _keep_newest(self.marks, MAX_REPORTS)

    def merged_over(self, current: Config) -> Config:
        """This run's changes (against what was read at the start) applied to ``current``,
        the config as the file holds it now; the reports read in this run are the most
        recent."""
        mine, loaded = self.to_mapping(), self._loaded
        merged = current.to_mapping()
        for name in ("theme", "lang", "max_bytes", "outline_width", *self.extra):
            if mine.get(name) != loaded.get(name):
                if mine.get(name) is None:
                    merged.pop(name, None)
                else:
                    merged[name] = mine[name]
        for name in ("positions", "marks"):
            entries, before = mine[name], loaded.get(name, {})
            for key, value in entries.items():
                if before.get(key) != value:
                    merged[name].pop(key, None)
                    merged[name][key] = value
        config, _ = config_from_mapping(merged)
        return config

    def to_mapping(self) -> dict[str, Any]:
        """The config as plain data for YAML, unset settings left out."""
        max_bytes = self._saved_max_bytes if self._max_bytes_overridden else self.max_bytes
        settings = {"theme": self.theme, "lang": self.lang, "max_bytes": max_bytes,
                    "outline_width": self.outline_width}
        data: dict[str, Any] = {
            name: value for name, value in settings.items() if value is not None
        }
        data.update(self.extra)
        data["positions"] = dict(self.positions)
        data["marks"] = {key: dict(marks) for key, marks in self.marks.items()}
        return data


def load_config() -> tuple[Config, str | None]:
    """Read the config file.

    Returns:
        The config (defaults if the file is missing or unreadable) and a one-line warning
        when something in the file was ignored; such a file is marked ``keep_file`` and is
        never overwritten. The warning is in the current UI language, so set the ``--lang``
        language first if one was given.
    """
    path = config_path()
    config, problem = _read_config(path)
    if problem is None:
        return config, None
    config.keep_file = True
    if isinstance(problem, list):
        return config, t("config.field_ignored", path=path, field=", ".join(problem))
    return config, t("config.ignored", path=path, error=problem)


def _read_config(path: Path) -> tuple[Config, str | list[str] | None]:
    """The config in ``path`` and what is wrong with it: None, why it cannot be read, or the
    fields that were dropped."""
    try:
        text = read_settings_text(path)
    except FileNotFoundError:
        return Config(), None
    except UnicodeDecodeError:
        return Config(), t("config.error.not_utf8")
    except OSError as error:
        return Config(), _reason(error)
    try:
        data = decode_settings(path, text)
    except SettingsSyntaxError as error:
        if error.line is None:
            return Config(), t("config.error.not_yaml")
        return Config(), t("config.error.not_yaml_at", line=error.line)
    if data is None:
        return Config(), None
    if not isinstance(data, dict):
        return Config(), t("config.error.not_mapping")
    config, bad_fields = config_from_mapping(data)
    config._loaded = config.to_mapping()
    return config, bad_fields or None


def config_from_mapping(data: dict[Any, Any]) -> tuple[Config, list[str]]:
    """Build a Config from decoded YAML, dropping each field that has the wrong type.

    Returns:
        The config and the names of the fields that were dropped.
    """
    config = Config()
    bad: list[str] = []
    for key, value in data.items():
        checked = _FIELD_CHECKS.get(key)
        if checked is None:
            config.extra[str(key)] = value
        elif value is None:
            continue
        elif (clean := checked(value)) is None:
            bad.append(str(key))
        else:
            setattr(config, key, clean)
    _keep_newest(config.positions, MAX_REPORTS)
    _keep_newest(config.marks, MAX_REPORTS)
    return config, bad


def save_config(config: Config) -> str | None:
    """Save what ``config`` changed since it was read over the file as it is now (another
    window may have saved since), atomically: a temporary file in the same folder, then a
    rename, so a crash or a full disk never leaves a half-written config behind. A file that
    could not be read (``keep_file``) is left as it is.

    Returns:
        None on success (or when the file is kept), else a one-line warning (the folder may
        be read-only; not fatal).
    """
    if config.keep_file:
        return None
    path = config_path()
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(path):
            current, problem = _read_config(path)
            if problem is not None:
                # Broken since this run read it (edited by hand meanwhile): keep the edit.
                return t("config.ignored", path=path, error=problem)
            merged = config.merged_over(current)
            import yaml  # on the way out only: the start reads the config's cached form

            text = _HEADER + yaml.safe_dump(
                merged.to_mapping(), allow_unicode=True, sort_keys=False,
                default_flow_style=False,
            )
            # mkstemp makes the file private (0600): the reading history is nobody else's.
            handle, temporary = tempfile.mkstemp(
                dir=path.parent, prefix=f".{CONFIG_FILE_NAME}.", suffix=".tmp"
            )
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        decode_settings(path, text)  # cached now, so that the next start need not parse it
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return t("config.not_saved", path=path, error=_reason(error, writing=True))
    config._loaded = merged.to_mapping()
    return None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s folder (where the platform has ``flock``), so two
    windows saving at once read and write in turn."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: saves are still atomic, only not merged in turn
        yield
        return
    # The folder itself is locked: no lock file is left lying beside the config.
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing releases the lock


def _reason(error: Exception, *, writing: bool = False) -> str:
    return file_reason(error, writing=writing) if isinstance(error, OSError) else str(error)


def _keep_newest(entries: dict[str, Any], limit: int) -> None:
    for key in list(entries)[: max(0, len(entries) - limit)]:
        del entries[key]


def _is_offset(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_theme(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _check_lang(value: Any) -> str | None:
    return value if value in LANGUAGES else None


def _check_max_bytes(value: Any) -> int | None:
    return value if _is_offset(value) and value > 0 else None


def _check_outline_width(value: Any) -> int | None:
    return value if _is_offset(value) and 0 < value <= MAX_OUTLINE_WIDTH else None


def _check_positions(value: Any) -> dict[str, int] | None:
    if not isinstance(value, dict):
        return None
    if not all(isinstance(key, str) and _is_offset(offset) for key, offset in value.items()):
        return None
    return dict(value)


def _check_marks(value: Any) -> dict[str, dict[str, int]] | None:
    if not isinstance(value, dict):
        return None
    marks: dict[str, dict[str, int]] = {}
    for key, letters in value.items():
        if not isinstance(key, str) or not isinstance(letters, dict):
            return None
        if not all(
            isinstance(letter, str) and len(letter) == 1 and _is_offset(offset)
            for letter, offset in letters.items()
        ):
            return None
        marks[key] = dict(letters)
    return marks


_FIELD_CHECKS = {
    "theme": _check_theme,
    "lang": _check_lang,
    "max_bytes": _check_max_bytes,
    "outline_width": _check_outline_width,
    "positions": _check_positions,
    "marks": _check_marks,
}
