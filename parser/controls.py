"""Control characters as a terminal may show them: visibly, never as themselves.

A report can carry terminal control sequences (web pages do: ``&#27;`` decodes to ESC), and
a terminal acts on them — it sets the window title, writes the clipboard, clears the
screen. Wherever report text is shown, a control character is shown by a visible stand-in
instead: C0 controls and DEL in caret notation, as ``cat -v`` does (ESC ``^[``, BEL ``^G``,
DEL ``^?``), C1 controls as their code point (``<U+009B>``). Tab and newline are layout,
not controls; the reading pane also draws the other whitespace controls as a blank.
"""

from __future__ import annotations

CONTROLS = frozenset(chr(code) for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)))
"""The C0 controls, DEL and the C1 controls."""


def control_form(character: str) -> str:
    """The visible stand-in for one control character (see the module docstring)."""
    code = ord(character)
    if code < 0x20 or code == 0x7F:
        return "^" + chr(code ^ 0x40)
    return f"<U+{code:04X}>"


SHOWN_CONTROLS = {character: control_form(character) for character in sorted(CONTROLS)
                  if not character.isspace()}
"""Each control character that is not whitespace, with the stand-in the reading pane and
the diff view draw for it (and that ``parser.wrap`` measures)."""
