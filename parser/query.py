"""The filter's query language, parsed into frozen data.

- ``法治 复议`` — words separated by spaces must all occur (AND);
- ``复议|诉讼`` — either word (OR), binding tighter than the spaces;
- ``-信访`` — exclude what contains the word (``-复议|诉讼`` excludes either);
- ``"法治 政府"`` — an exact phrase, spaces, ``|`` and ``-`` included.

Every word is a plain substring: ``复议`` finds ``行政复议``. The query is folded like the text
(``parser.fold``), so ``，``/``,``, ``（``/``(``, full-width digits and letters, case, the
full-width space and ``｜`` all work, and ``“…”`` quotes a phrase like ``"…"``.

Parsing never fails; a query that makes no sense is read in the most useful way and the
reading is noted in ``Query.warnings`` for a UI to show:

- an unclosed ``"`` quotes to the end of the query, trailing spaces left out;
- a lone ``-``, an empty ``""`` and empty alternatives (``复议|``, ``|``) are ignored;
- a blank query has no clauses: ``Query.is_empty`` is true and it matches nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parser.fold import fold

_QUOTE = '"'
_OR = "|"
_NOT = "-"


@dataclass(frozen=True)
class Term:
    """One word or phrase to find, folded."""

    text: str
    phrase: bool = field(default=False, compare=False)
    """Written in quotes (it may then hold spaces, ``|`` and a leading ``-``). How the term
    was written, not what it matches: terms with the same text are equal."""

    def __str__(self) -> str:
        quoted = self.phrase or self.text.startswith(_NOT)
        return f'"{self.text}"' if quoted else self.text


@dataclass(frozen=True)
class Clause:
    """Alternatives of which one must occur — or, when ``negated``, none may."""

    alternatives: tuple[Term, ...]
    negated: bool = False

    def __str__(self) -> str:
        return (_NOT if self.negated else "") + _OR.join(map(str, self.alternatives))


@dataclass(frozen=True)
class Query:
    """A parsed query: every clause must hold (AND)."""

    clauses: tuple[Clause, ...] = ()
    source: str = ""
    """The query as typed."""
    warnings: tuple[str, ...] = ()
    """How a malformed query was read, one short sentence each."""

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to look for or to exclude."""
        return not self.clauses

    @property
    def required(self) -> tuple[Clause, ...]:
        """The clauses that must occur."""
        return tuple(clause for clause in self.clauses if not clause.negated)

    @property
    def excluded(self) -> tuple[Clause, ...]:
        """The clauses that must not occur."""
        return tuple(clause for clause in self.clauses if clause.negated)

    @property
    def terms(self) -> tuple[str, ...]:
        """Every distinct word or phrase that can produce a hit, in query order."""
        return tuple(
            dict.fromkeys(term.text for clause in self.required for term in clause.alternatives)
        )

    def __str__(self) -> str:
        """The query in canonical form; parsing it again gives the same clauses."""
        return " ".join(map(str, self.clauses))


def parse_query(source: str) -> Query:
    """Parse ``source`` into a ``Query``; never raises (see the module docstring).

    >>> str(parse_query('法治  复议|诉讼 -信访 "法治 政府'))
    '法治 复议|诉讼 -信访 "法治 政府"'
    """
    text = fold(source)
    warnings: list[str] = []
    clauses: list[Clause] = []
    # A token is a run of characters outside quotes up to whitespace; each piece is
    # (text, quoted) so that `|` and `-` are syntax only where they were not quoted.
    pieces: list[tuple[str, bool]] = []

    def end_token() -> None:
        clause = _clause(pieces, warnings) if pieces else None
        if clause is not None and clause not in clauses:
            clauses.append(clause)
        pieces.clear()

    position = 0
    while position < len(text):
        char = text[position]
        if char == _QUOTE:
            close = text.find(_QUOTE, position + 1)
            phrase = text[position + 1 : close]
            if close < 0:
                warnings.append("unclosed quote: the phrase runs to the end")
                # While a phrase is being typed, "法治 " should still find 法治.
                close = len(text)
                phrase = text[position + 1 :].rstrip()
            pieces.append((phrase, True))
            position = close + 1
        elif char.isspace():
            end_token()
            position += 1
        else:
            end = position
            while end < len(text) and text[end] != _QUOTE and not text[end].isspace():
                end += 1
            pieces.append((text[position:end], False))
            position = end
    end_token()
    return Query(clauses=tuple(clauses), source=source, warnings=tuple(warnings))


def _clause(pieces: list[tuple[str, bool]], warnings: list[str]) -> Clause | None:
    """Build a clause from one whitespace-separated token; None when nothing is left."""
    negated = False
    first, quoted = pieces[0]
    if not quoted and first.startswith(_NOT):
        negated = True
        pieces = [(first[len(_NOT) :], False), *pieces[1:]]
    # Split on unquoted `|`; quoted and unquoted pieces glued together form one term.
    alternatives: list[Term] = []
    current: list[str] = []
    phrase = False
    for piece, quoted in pieces:
        parts = [piece] if quoted else piece.split(_OR)
        for number, part in enumerate(parts):
            if number:
                _add_term(alternatives, "".join(current), phrase)
                current, phrase = [], False
            current.append(part)
            phrase = phrase or quoted
    _add_term(alternatives, "".join(current), phrase)
    if not alternatives:
        if negated:
            warnings.append("a '-' with no word after it is ignored")
        return None
    return Clause(alternatives=tuple(alternatives), negated=negated)


def _add_term(alternatives: list[Term], text: str, phrase: bool) -> None:
    if text and all(term.text != text for term in alternatives):
        alternatives.append(Term(text=text, phrase=phrase))
