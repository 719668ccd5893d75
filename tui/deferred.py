"""Command palette providers named, not imported: the palette module is loaded the first time
the palette opens, not on the way to the first screen."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.command import Provider


def palette_provider(name: str) -> Callable[[], type[Provider]]:
    """A ``COMMANDS`` entry for the provider class ``name`` of ``tui.palette``: Textual calls
    it when the palette opens, and it imports the class then."""

    def provider() -> type[Provider]:
        found: type[Provider] = getattr(import_module("tui.palette"), name)
        return found

    provider.__qualname__ = provider.__name__ = name
    return provider
