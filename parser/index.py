"""The persistent index of a collection: SQLite (WAL) in the user's cache folder, so that a
library of thousands of reports opens, searches and counts without parsing them again.

Per report file it keeps the path, size, mtime and the content's hash; per distinct content
(two copies of one report share it) the metadata, the outline, the folded text with its region
table (``parser.search.SearchIndex.regions``) and a full-text index.

Why FTS5 with the trigram tokenizer, ``detail=none``, contentless: a query term of three
characters or more becomes the AND of its trigrams, which narrows thousands of reports to the
candidates in well under a millisecond; a shorter term (``复议`` is two characters, and the
commonest words are) falls back to ``instr`` over the stored folded texts. Either way the
candidates are then searched exactly as ``gongwen grep`` searches (``SearchIndex.search`` over
the same folded text and regions), so counts never depend on the tokenizer. A jieba-token
index would need segmentation at build and query time and still a substring check; phrase
positions (``detail=full``) are not needed since every candidate is verified anyway.

Safe to share: two processes may refresh at once (SQLite's locking, ``BEGIN IMMEDIATE``, a
generous busy timeout; a content already stored by the other is skipped), and every batch
commits on its own, so an index killed mid-way is a smaller index, which the next refresh
completes. A file that is not a database, is damaged, or belongs to something else is set
aside and rebuilt, with one warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AnyStr

from parser.collection import ReportFile, place_in_collection
from parser.errors import LoadError
from parser.loading import DEFAULT_MAX_BYTES, load, read_bytes
from parser.query import Query
from parser.search import SearchIndex
from parser.workers import die_with_parent, forkable

SCHEMA_VERSION = 3
APPLICATION_ID = 0x67770B01
"""Marks the database as gongwen's (``PRAGMA application_id``)."""
DB_NAME = "index.sqlite3"
TRIGRAM = 3
HOLDERS_KEPT = 64
IN_PROCESS_MAX = 12
"""Up to this many reports to parse, starting worker processes costs more than it saves."""
COMMIT_EVERY = 1.0
"""Seconds between commits while refreshing: what a kill can lose."""

ProgressCallback = Callable[[int, int], None]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS contents (
    id INTEGER PRIMARY KEY,
    hash TEXT UNIQUE NOT NULL,
    title TEXT, org TEXT, year INTEGER,
    chars INTEGER NOT NULL, headings INTEGER NOT NULL,
    outline TEXT NOT NULL,
    folded TEXT NOT NULL,
    regions BLOB NOT NULL,
    byte_bounds BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    hash TEXT,
    content INTEGER REFERENCES contents(id),
    error TEXT,
    office TEXT, office_key TEXT, year INTEGER
);
CREATE INDEX IF NOT EXISTS reports_content ON reports(content);
CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(
    folded, tokenize='trigram', detail=none, content=''
);
"""
_CACHE_TABLES = """
CREATE TABLE IF NOT EXISTS reuse (
    previous TEXT NOT NULL, current TEXT NOT NULL, parser TEXT NOT NULL,
    share REAL NOT NULL,
    PRIMARY KEY (previous, current, parser)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nearest (
    library TEXT NOT NULL, parser TEXT NOT NULL, found TEXT NOT NULL,
    PRIMARY KEY (library, parser)
)
"""
"""Figures derived from several contents, by their hashes and the parser that made them:
``reuse``, the share of ``current`` reused from ``previous`` (``parser.diff.reuse``);
``nearest``, each report's nearest of another office in a whole library (by a digest of its
contents and offices; ``parser.checks``). Made on every open, so that an index of this schema
built before them gains them."""
NEAREST_KEPT = 16
"""Libraries whose nearest reports are kept (the latest checked)."""


def cache_dir() -> Path:
    """Where gongwen keeps its index: ``GONGWEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/gongwen``,
    else ``~/.cache/gongwen``."""
    explicit = os.environ.get("GONGWEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gongwen"


@dataclass(frozen=True, slots=True)
class IndexedReport:
    """One report file as the index knows it."""

    path: Path
    """As walked or named on the command line."""
    content: int | None
    """The id of its content; None when it could not be read (``error``)."""
    error: str | None
    """Why it could not be read, in English."""
    title: str | None
    office: str | None
    """The office, normalised (``parser.orgs``), as shown: ``浙江省``."""
    office_key: str | None
    year: int | None
    chars: int
    headings: int
    failure: LoadError | None = None
    """The same as ``error`` with its code, when the file is not a readable report (an
    interface says it in its own language)."""


@dataclass(frozen=True, slots=True)
class Refresh:
    """What bringing the index up to date took."""

    parsed: int = 0
    """Reports read and parsed (new content)."""
    reused: int = 0
    """Changed or new files whose content the index already held (a copy, a touch)."""
    removed: int = 0
    failed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.parsed or self.reused or self.removed or self.failed)


class IndexUnavailable(Exception):
    """The index cannot be opened or written at all (a read-only cache folder)."""


def _key(path: Path) -> str:
    return os.path.abspath(path)


NOT_PARSING = frozenset(("index.py", "trend.py", "figure_table.py", "workers.py"))
"""Modules of the parser package that do not shape what the index stores."""


def parser_fingerprint() -> str:
    """What the stored contents were parsed with: a hash of the parser's own source and data.
    When it changes (a new gongwen), every content is parsed again."""
    digest = hashlib.blake2b(digest_size=8)
    package = Path(__file__).resolve().parent
    for source in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        if source.name in NOT_PARSING or not source.is_file():
            continue
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def content_hash(data: bytes) -> str:
    """The content's identity: two files with the same bytes are one content."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def extract(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Parse one report for the index (runs in a worker process): what the ``contents``
    table holds, or ``{"error": …}``."""
    try:
        document = load(path, max_bytes=max_bytes)
    except LoadError as error:
        return {"error": error.stored()}
    except Exception as bug:  # noqa: BLE001 - a parser bug on one file: index the rest
        return {"error": f"{type(bug).__name__}: {bug}"}
    search_index = SearchIndex(document)
    regions = array("q", [value for region in search_index.regions() for value in region])
    outline = [
        [node.level, node.marker, node.title, node.line, node.kind] for node in document.nodes
    ]
    return {
        "byte_bounds": _byte_bounds(search_index.folded, regions).tobytes(),
        "title": document.meta.title,
        "org": document.meta.org,
        "year": document.meta.year,
        "chars": len(document.text),
        "headings": sum(1 for node in document.nodes if node.kind == "heading"),
        "outline": json.dumps(outline, ensure_ascii=False),
        "folded": search_index.folded,
        "regions": regions.tobytes(),
    }


def _byte_bounds(folded: str, regions: array[int]) -> array[int]:
    """The region boundaries (starts but the first, distinct) as UTF-8 byte offsets, so that
    a term can be counted in the stored bytes without decoding them."""
    bounds = array("q")
    position = offset = 0
    for boundary in sorted(set(regions[1::4]) - {0}):
        offset += len(folded[position:boundary].encode("utf-8"))
        position = boundary
        bounds.append(offset)
    return bounds


def _regions(blob: bytes) -> list[tuple[int, int, int, int]]:
    values = array("q")
    values.frombytes(blob)
    return list(zip(values[0::4], values[1::4], values[2::4], values[3::4], strict=True))


def _trigram_match(term: str) -> str:
    grams = dict.fromkeys(term[i : i + TRIGRAM] for i in range(len(term) - TRIGRAM + 1))
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


class ReportIndex:
    """The index database. Open it, ``refresh`` it with the files of a walk, then ask it for
    ``reports`` and ``counts``."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else cache_dir()
        self.path = self.folder / DB_NAME
        self.warning: str | None = None
        """Set when the database found was unusable and has been rebuilt."""
        self._texts: dict[int, tuple[str | bytes, bytes, Sequence[int]]] = {}
        """Folded text, regions and boundaries of the contents read so far: UTF-8 bytes and
        byte offsets, or (``load_texts(as_text=True)``) text and character offsets."""
        self._search_indexes: dict[int, SearchIndex] = {}
        self._holders: dict[str, tuple[set[int], set[int]]] = {}
        """Lately counted single terms: the contents they were counted in, and those with
        hits (a term that holds one of them can only have hits in those)."""
        self._pairs: set[str] = set()
        """``boundary_pairs`` of every text read: a term holding none of them cannot cross a
        boundary anywhere, and is counted without looking at any."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except (OSError, sqlite3.Error) as error:
            raise IndexUnavailable(f"cannot use the index at {self.path}: {error}") from None

    # Opening ---------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 60000")
        return db

    def _open(self) -> sqlite3.Connection:
        db = self._connect()
        try:
            problem = self._check(db)
        except sqlite3.DatabaseError as error:
            problem = str(error)
        if problem is None:
            return db
        db.close()
        return self._recreate(problem)

    def _recreate(self, problem: str) -> sqlite3.Connection:
        self.warning = f"the index at {self.path} was unusable ({problem}); rebuilt it"
        self._set_aside()
        db = self._connect()
        problem_again = self._check(db)
        if problem_again is not None:
            raise sqlite3.DatabaseError(problem_again)
        return db

    def rebuild(self, problem: str) -> None:
        """Start again from an empty index (the database proved damaged: ``problem``)."""
        self._db.close()
        self.forget_texts()
        self._db = self._recreate(problem)

    def _check(self, db: sqlite3.Connection) -> str | None:
        """Make ``db`` ready; None if it is, else why it is not gongwen's index."""
        db.execute("PRAGMA journal_mode = WAL")
        application, version = (
            db.execute("PRAGMA application_id").fetchone()[0],
            db.execute("PRAGMA user_version").fetchone()[0],
        )
        if application == APPLICATION_ID and version == SCHEMA_VERSION:
            db.execute("SELECT count(*) FROM reports WHERE rowid = 0").fetchone()
            for statement in _CACHE_TABLES.split(";"):
                db.execute(statement)
            return None
        if application == 0 and version == 0:
            db.execute("BEGIN IMMEDIATE")
            try:
                tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                # Another process may have created it meanwhile: then it is ours.
                if db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
                    db.execute("COMMIT")
                    return self._check(db)
                if tables:
                    db.execute("ROLLBACK")
                    return "not gongwen's database"
                for statement in [*_SCHEMA.split(";"), *_CACHE_TABLES.split(";")]:
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            return None
        if application == APPLICATION_ID:
            return f"written by another version of gongwen (schema {version})"
        return "not gongwen's database"

    def _set_aside(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ReportIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Refreshing ------------------------------------------------------------------------------

    def stale(self, files: Iterable[ReportFile]) -> list[ReportFile]:
        """The files the index does not know as they are now (new, or size or mtime changed)."""
        known = {
            path: (size, mtime)
            for path, size, mtime in self._db.execute("SELECT path, size, mtime_ns FROM reports")
        }
        return [
            file for file in files if known.get(_key(file.path)) != (file.size, file.mtime_ns)
        ]

    def refresh(
        self,
        files: list[ReportFile],
        *,
        roots: Iterable[Path] = (),
        workers: int = 2,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: ProgressCallback | None = None,
    ) -> Refresh:
        """Bring the index up to date for ``files``: new and changed files are hashed, and
        contents the index lacks are parsed (in ``workers`` processes when there are many).
        Rows for files that were under a folder of ``roots`` and are gone are removed."""
        stale = self.stale(files)
        removed = self._forget_missing(files, roots)
        if self._parser_changed():
            stale = list(files)
        if not stale:
            if removed:
                self._collect_garbage()
            return Refresh(removed=removed)
        known_hashes = {h for (h,) in self._db.execute("SELECT hash FROM contents")}
        by_hash: dict[str, list[ReportFile]] = {}
        errors: dict[ReportFile, str] = {}
        for file in stale:
            try:
                digest = content_hash(read_bytes(file.path, max_bytes=max_bytes))
            except LoadError as unreadable:
                errors[file] = unreadable.stored()
                continue
            by_hash.setdefault(digest, []).append(file)
        to_parse = [digest for digest in by_hash if digest not in known_hashes]
        total, done = len(to_parse), 0
        parsed = failed = 0
        batch = _Batch(self._db)
        with batch:
            for file, message in errors.items():
                batch.report(file, None, None, message, None)
                failed += 1
            for digest, files_of_hash in by_hash.items():
                if digest in known_hashes:
                    for file in files_of_hash:
                        batch.report(file, digest, self._content_id(digest), None, None)
            if progress:
                progress(0, total)
            for digest, record in self._extract(by_hash, to_parse, workers, max_bytes):
                problem = record.get("error")
                content = None if problem else batch.content(digest, record)
                for file in by_hash[digest]:
                    batch.report(file, digest, content, problem, record)
                failed += bool(problem)
                parsed += not problem
                done += 1
                if progress:
                    progress(done, total)
        self._collect_garbage()
        reused = sum(len(files_of_hash) for files_of_hash in by_hash.values()) - parsed - (
            failed - len(errors))
        return Refresh(parsed=parsed, reused=reused, removed=removed, failed=failed)

    def _extract(
        self,
        by_hash: dict[str, list[ReportFile]],
        digests: list[str],
        workers: int,
        max_bytes: int,
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        jobs = [(digest, str(by_hash[digest][0].path)) for digest in digests]
        import multiprocessing

        # The library runs ``gongwen index`` as a child process instead (see there).
        if workers <= 1 or len(jobs) <= IN_PROCESS_MAX or not forkable():
            for digest, path in jobs:
                yield digest, extract(path, max_bytes)
            return
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                 initializer=die_with_parent) as pool:
            futures: dict[Future[dict[str, Any]], str] = {
                pool.submit(extract, path, max_bytes): digest for digest, path in jobs
            }
            try:
                for future in as_completed(futures):
                    yield futures[future], future.result()
            except BaseException:
                for future in futures:
                    future.cancel()
                raise

    def _parser_changed(self) -> bool:
        """Forget every content if it was parsed by another parser; True if so."""
        fingerprint = parser_fingerprint()
        row = self._db.execute("SELECT value FROM settings WHERE name = 'parser'").fetchone()
        if row is not None and row[0] == fingerprint:
            return False
        with _transaction(self._db):
            self._db.execute("DELETE FROM reports")
            self._db.execute("DELETE FROM contents")
            self._db.execute("INSERT INTO texts(texts) VALUES ('delete-all')")
            self._db.execute(
                "INSERT OR REPLACE INTO settings(name, value) VALUES ('parser', ?)",
                (fingerprint,),
            )
        self.forget_texts()
        return True

    def _content_id(self, digest: str) -> int | None:
        row = self._db.execute("SELECT id FROM contents WHERE hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    def _forget_missing(self, files: list[ReportFile], roots: Iterable[Path]) -> int:
        present = {_key(file.path) for file in files}
        gone: list[str] = []
        for root in roots:
            prefix = _key(root).rstrip(os.sep) + os.sep
            rows = self._db.execute(
                "SELECT path FROM reports WHERE substr(path, 1, ?) = ?", (len(prefix), prefix)
            )
            gone += [path for (path,) in rows if path not in present]
        if gone:
            with _transaction(self._db):
                self._db.executemany("DELETE FROM reports WHERE path = ?", [(p,) for p in gone])
        return len(gone)

    def _collect_garbage(self) -> None:
        """Drop contents no file has any more (from the full-text index too)."""
        with _transaction(self._db):
            orphans = self._db.execute(
                "SELECT id, folded FROM contents WHERE id NOT IN "
                "(SELECT content FROM reports WHERE content IS NOT NULL)"
            ).fetchall()
            for content, folded in orphans:
                self._db.execute(
                    "INSERT INTO texts(texts, rowid, folded) VALUES ('delete', ?, ?)",
                    (content, folded),
                )
                self._db.execute("DELETE FROM contents WHERE id = ?", (content,))
                self._texts.pop(content, None)
                self._search_indexes.pop(content, None)
            if orphans:
                self._holders.clear()  # an id may be given again to new content

    # Reading ---------------------------------------------------------------------------------

    def reports(self, paths: Iterable[Path]) -> list[IndexedReport]:
        """What the index holds for each of ``paths`` it knows, in their order."""
        rows = {
            row[0]: row
            for row in self._db.execute(
                "SELECT r.path, r.content, r.error, c.title, r.office, r.office_key, r.year, "
                "c.chars, c.headings FROM reports r LEFT JOIN contents c ON c.id = r.content"
            )
        }
        found: list[IndexedReport] = []
        for path in paths:
            row = rows.get(_key(path))
            if row is not None:
                _, content, error, title, office, office_key, year, chars, headings = row
                failure = LoadError.restored(error) if error else None
                found.append(IndexedReport(
                    path, content, str(failure) if failure else error, title, office,
                    office_key, year, chars or 0, headings or 0, failure,
                ))
        return found

    def outline(self, content: int) -> list[tuple[int, str, str, int, str]]:
        """``(level, marker, title, line, kind)`` of every node of a content, in order."""
        row = self._db.execute("SELECT outline FROM contents WHERE id = ?", (content,)).fetchone()
        return [tuple(node) for node in json.loads(row[0])] if row else []

    def candidates(self, query: Query, contents: Iterable[int] | None = None) -> set[int]:
        """The contents that hold every required clause of ``query`` somewhere (a superset
        of those it matches; ``counts`` verifies)."""
        allowed = None if contents is None else set(contents)
        result: set[int] | None = allowed
        for clause in query.required:
            ids: set[int] = set()
            for term in clause.alternatives:
                ids |= self._holding(term.text)
            result = ids if result is None else result & ids
            if not result:
                return set()
        return result or set()

    def _holding(self, term: str) -> set[int]:
        if len(term) >= TRIGRAM:
            sql, argument = "SELECT rowid FROM texts WHERE texts MATCH ?", _trigram_match(term)
        else:
            sql, argument = "SELECT id FROM contents WHERE instr(folded, ?) > 0", term
        return {content for (content,) in self._db.execute(sql, (argument,))}

    def search_index(self, content: int) -> SearchIndex:
        """A content's ``SearchIndex``, from the stored folded text and regions (kept)."""
        found = self._search_indexes.get(content)
        if found is None:
            self.load_texts([content])
            folded, blob, _ = self._texts[content]
            text = folded if isinstance(folded, str) else folded.decode("utf-8")
            found = self._search_indexes[content] = SearchIndex.from_regions(
                text, _regions(blob)
            )
        return found

    def load_texts(self, contents: list[int], *, as_text: bool = False) -> None:
        """Read the texts of ``contents`` into memory (``counts`` then reads none). As text
        (``as_text``) they take longer to read and count faster, for counting again and again
        (the library's filter); as UTF-8 bytes they are read several times faster (a command
        that counts once)."""
        missing = [
            content for content in contents
            if content not in self._texts
            or (as_text and not isinstance(self._texts[content][0], str))
        ]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for content, folded, blob, bounds in self._db.execute(
                "SELECT id, CAST(folded AS BLOB), regions, byte_bounds FROM contents "
                f"WHERE id IN ({marks})", chunk
            ):
                if as_text:
                    text = folded.decode("utf-8")
                    starts = sorted({start for _, start, _, _ in _regions(blob)} - {0})
                    self._texts[content] = (text, blob, starts)
                    self._pairs |= boundary_pairs(text, starts)
                else:
                    byte_bounds = _integers(bounds)
                    self._texts[content] = (folded, blob, byte_bounds)
                    self._pairs |= {pair.decode("utf-8")
                                    for pair in boundary_pairs(folded, byte_bounds)}

    def counts(self, query: Query, contents: Iterable[int]) -> dict[int, int]:
        """Hits of ``query`` in each of ``contents`` that has any: exactly the hits
        ``parser.search.search`` finds in the report (the same rules as ``gongwen grep``)."""
        if query.is_empty or not query.required:
            return {}
        contents = set(contents)
        term = single_term(query)
        earlier = self._holding_part_of(term) if term is not None else None
        if earlier is not None:
            # Typed a character more: of the reports counted before, only those with hits of
            # what was typed then can have hits now.
            counted_in, holders = earlier
            candidates = sorted((contents & holders) | (contents - counted_in))
        elif term is not None and len(term) < TRIGRAM and contents <= self._texts.keys():
            # Every text is in memory already: counting beats asking SQLite which hold it.
            candidates = sorted(contents)
        else:
            candidates = sorted(self.candidates(query, contents))
        self.load_texts(candidates)
        found: dict[int, int] = {}
        encoded = term.encode("utf-8") if term is not None else b""
        may_cross = term is not None and any(
            term[k - 1 : k + 1] in self._pairs for k in range(1, len(term))
        )
        for content in candidates:
            if term is not None:
                folded, _, bounds = self._texts[content]
                if isinstance(folded, str):
                    hits = (count_in_regions(folded, bounds, term) if may_cross
                            else folded.count(term))
                else:
                    hits = (count_in_regions(folded, bounds, encoded) if may_cross
                            else folded.count(encoded))
            else:
                hits = len(self.search_index(content).search(query).hits)
            if hits:
                found[content] = hits
        if term is not None:
            if len(self._holders) >= HOLDERS_KEPT:
                self._holders.pop(next(iter(self._holders)))
            self._holders[term] = (contents, set(found))
        return found

    def _holding_part_of(self, term: str) -> tuple[set[int], set[int]] | None:
        """Of the terms counted lately, the longest that ``term`` holds: the contents it was
        counted in and those with hits; None if there is none."""
        found = [earlier for earlier in self._holders if earlier in term]
        return self._holders[max(found, key=len)] if found else None

    # Cached figures ---------------------------------------------------------------------------

    def reuse_shares(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
        """The stored reuse shares of those ``(previous, current)`` content-hash pairs that
        this parser has computed before."""
        fingerprint = parser_fingerprint()
        found: dict[tuple[str, str], float] = {}
        # A cache that cannot be read is an empty one: the shares are computed again.
        with contextlib.suppress(sqlite3.Error):
            for previous, current in dict.fromkeys(pairs):
                row = self._db.execute(
                    "SELECT share FROM reuse WHERE previous = ? AND current = ? AND parser = ?",
                    (previous, current, fingerprint),
                ).fetchone()
                if row is not None:
                    found[(previous, current)] = row[0]
        return found

    def store_reuse_shares(self, shares: dict[tuple[str, str], float]) -> None:
        """Keep reuse shares for next time (and drop those another parser computed); a
        cache that cannot be written (a full disk, a lock held too long) is left as it is."""
        fingerprint = parser_fingerprint()
        with contextlib.suppress(sqlite3.Error), _transaction(self._db):
            self._db.execute("DELETE FROM reuse WHERE parser != ?", (fingerprint,))
            self._db.executemany(
                "INSERT OR REPLACE INTO reuse(previous, current, parser, share) "
                "VALUES (?, ?, ?, ?)",
                [(a, b, fingerprint, share) for (a, b), share in shares.items()],
            )

    def nearest_reports(self, library: str) -> list[tuple[int, float]] | None:
        """The nearest reports stored for ``library`` by this parser, or None."""
        with contextlib.suppress(sqlite3.Error):
            row = self._db.execute(
                "SELECT found FROM nearest WHERE library = ? AND parser = ?",
                (library, parser_fingerprint()),
            ).fetchone()
            if row is not None:
                return [(int(other), float(similarity))
                        for other, similarity in json.loads(row[0])]
        return None

    def store_nearest_reports(self, library: str, found: list[tuple[int, float]]) -> None:
        """Keep a library's nearest reports (those of the ``NEAREST_KEPT`` latest libraries,
        made by this parser)."""
        fingerprint = parser_fingerprint()
        with contextlib.suppress(sqlite3.Error), _transaction(self._db):
            self._db.execute("DELETE FROM nearest WHERE parser != ?", (fingerprint,))
            self._db.execute(
                "INSERT OR REPLACE INTO nearest(library, parser, found) VALUES (?, ?, ?)",
                (library, fingerprint, json.dumps(found)),
            )
            self._db.execute(
                "DELETE FROM nearest WHERE rowid NOT IN "
                "(SELECT rowid FROM nearest ORDER BY rowid DESC LIMIT ?)", (NEAREST_KEPT,))

    def forget_texts(self) -> None:
        """Let go of the texts ``counts`` and ``search_index`` keep in memory."""
        self._texts.clear()
        self._search_indexes.clear()
        self._pairs.clear()
        self._holders.clear()


def single_term(query: Query) -> str | None:
    """The term of a query that is one word alone (no alternatives, nothing excluded) and
    cannot overlap itself (``哈哈`` can): its hits are then simply its occurrences that lie
    within one region, which ``count_in_regions`` counts without a ``SearchIndex``."""
    if len(query.clauses) != 1 or query.excluded:
        return None
    (clause,) = query.clauses
    if len(clause.alternatives) != 1:
        return None
    term = clause.alternatives[0].text
    if any(term[:size] == term[-size:] for size in range(1, len(term))):
        return None
    return term


def count_in_regions(folded: AnyStr, boundaries: Sequence[int], term: AnyStr) -> int:
    """Occurrences of ``term`` (one that cannot overlap itself) in ``folded`` that cross none
    of the region ``boundaries`` (sorted, distinct): ``SearchIndex.search``'s hits for it.
    Text and character offsets, or UTF-8 and byte offsets (its characters never match
    inside one another)."""
    count = folded.count(term)
    size = len(term)
    if not count or size == 1:
        return count
    if count < len(boundaries):
        # Few occurrences: look at each (at most one boundary can fall inside it).
        crossing = 0
        position = folded.find(term)
        while position >= 0:
            after = bisect_right(boundaries, position)
            if after < len(boundaries) and boundaries[after] < position + size:
                crossing += 1
            position = folded.find(term, position + size)
        return count - crossing
    for boundary in boundaries:
        # At most one occurrence can straddle a boundary: two would overlap.
        if folded.find(term, max(0, boundary - size + 1), boundary + size - 1) >= 0:
            count -= 1
    return count


def boundary_pairs(folded: AnyStr, boundaries: Sequence[int]) -> set[AnyStr]:
    """The two characters either side of each boundary (text, or UTF-8 bytes): a term can
    straddle a boundary only if it holds one of these pairs."""
    if isinstance(folded, str):
        return {folded[max(0, boundary - 1) : boundary + 1] for boundary in boundaries}
    pairs = set()
    end = len(folded)
    for boundary in boundaries:
        start, stop = boundary - 1, boundary + 1
        while start > 0 and folded[start] & 0xC0 == 0x80:
            start -= 1
        while stop < end and folded[stop] & 0xC0 == 0x80:
            stop += 1
        pairs.add(folded[start:stop])
    return pairs


def _integers(blob: bytes) -> array[int]:
    values = array("q")
    values.frombytes(blob)
    return values


class _Batch:
    """Writes of one refresh, committed every ``COMMIT_EVERY`` seconds and at the end."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._since = 0.0

    def __enter__(self) -> _Batch:
        self._begin()
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if not self._db.in_transaction:
            return
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        self._since = time.monotonic()

    def _maybe_commit(self) -> None:
        if time.monotonic() - self._since >= COMMIT_EVERY:
            self._db.execute("COMMIT")
            self._begin()

    def content(self, digest: str, record: dict[str, Any]) -> int:
        """Store a parsed content (unless another process just did); its id."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO contents(hash, title, org, year, chars, headings, outline, "
            "folded, regions, byte_bounds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, record["title"], record["org"], record["year"], record["chars"],
             record["headings"], record["outline"], record["folded"], record["regions"],
             record["byte_bounds"]),
        )
        if cursor.rowcount:
            content = cursor.lastrowid
            self._db.execute(
                "INSERT INTO texts(rowid, folded) VALUES (?, ?)", (content, record["folded"])
            )
        else:
            content = self._db.execute(
                "SELECT id FROM contents WHERE hash = ?", (digest,)
            ).fetchone()[0]
        return int(content)  # type: ignore[arg-type]

    def report(
        self,
        file: ReportFile,
        digest: str | None,
        content: int | None,
        error: str | None,
        record: dict[str, Any] | None,
    ) -> None:
        """Store what is known of one file."""
        meta_org, meta_year = None, None
        if record is not None and not record.get("error"):
            meta_org, meta_year = record["org"], record["year"]
        elif content is not None:
            meta_org, meta_year = self._db.execute(
                "SELECT org, year FROM contents WHERE id = ?", (content,)
            ).fetchone()
        office, year = place_in_collection(file.path, meta_org, meta_year)
        self._db.execute(
            "INSERT OR REPLACE INTO reports(path, size, mtime_ns, hash, content, error, office, "
            "office_key, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (_key(file.path), file.size, file.mtime_ns, digest, content, error,
             office.name if office else None,
             f"{office.place}|{office.level}" if office else None, year),
        )
        self._maybe_commit()


class _transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *exc: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
