"""A screen that paints at once and computes what it shows in a worker thread (a diff, a
plan traced into a review): the wait and its progress are shown where the result will be
and on the status line, a failure says so there, and every key works meanwhile.

A screen says what to compute (``compute``, which may report progress), where the wait is
shown (``show_waiting``) and what to do with the result (``show_result``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from textual import on
from textual.message import Message
from textual.screen import Screen

from tui.strings import t
from tui.widgets.status_bar import StatusBar

R = TypeVar("R")


class Progress(Message):
    """How far the computation has got, in words."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class Failed(Message):
    """The computation raised ``error`` (its type and message)."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class Computed(Message):
    """The computation's result."""

    def __init__(self, result: Any) -> None:
        super().__init__()
        self.result = result


class ComputingScreen(Screen[None], Generic[R]):
    """A screen whose content is computed in a worker thread once it is mounted."""

    FAILED = ""
    """Catalogue key of the line shown when the computation fails (with ``{error}``)."""

    status: StatusBar
    result: R | None = None
    """The result, once computed."""

    def compute(self, progress: Callable[[str], None]) -> R:
        """Compute the result (in a worker thread), saying how far it got with ``progress``."""
        raise NotImplementedError

    def show_waiting(self, text: str) -> None:
        """Show ``text`` where the result will be."""
        raise NotImplementedError

    def show_result(self, result: R) -> None:
        """Show the result, once computed."""
        raise NotImplementedError

    def start_computing(self, waiting: str) -> None:
        """Show ``waiting`` and start computing."""
        self._wait(waiting)
        self.run_worker(self._compute, thread=True, exclusive=True, group="compute")

    def _compute(self) -> None:
        def progress(text: str) -> None:
            self.post_message(Progress(text))

        try:
            result = self.compute(progress)
        except Exception as error:  # noqa: BLE001 - a bug must not take the screen down
            self.post_message(Failed(f"{type(error).__name__}: {error}"))
            return
        self.post_message(Computed(result))

    def _wait(self, text: str) -> None:
        self.show_waiting(text)
        self.status.position = text

    @on(Progress)
    def _show_progress(self, message: Progress) -> None:
        if self.result is None:
            self._wait(message.text)

    @on(Failed)
    def _show_failure(self, message: Failed) -> None:
        self._wait(t(self.FAILED, error=message.error))

    @on(Computed)
    def _show_computed(self, message: Computed) -> None:
        self.result = message.result
        self.show_result(message.result)
