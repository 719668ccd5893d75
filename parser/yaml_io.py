"""YAML reading for gongwen's data files: libyaml's C loader when PyYAML has it (several times
faster, and themes and the config are read before the first paint), else the pure-Python one."""

from __future__ import annotations

from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader; raises ``yaml.YAMLError`` on bad YAML."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader, C or Python
