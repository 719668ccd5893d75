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

import hashlib
import json
import os
import sqlite3
import threading
import time
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parser.collection import ReportFile, place_in_collection
from parser.loading import DEFAULT_MAX_BYTES, LoadError, load, read_bytes
from parser.query import Query
from parser.search import SearchIndex

SCHEMA_VERSION = 1
APPLICATION_ID = 0x67770B01
"""Marks the database as gongwen's (``PRAGMA application_id``)."""
DB_NAME = "index.sqlite3"
TRIGRAM = 3
IN_PROCESS_MAX = 12
"""Up to this many reports to parse, starting worker processes costs more than it saves."""
COMMIT_EVERY = 1.0
"""Seconds between commits while refreshing: what a kill can lose."""

ProgressCallback = Callable[[int, int], None]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS contents (
    id INTEGER PRIMARY KEY,
    hash TEXT UNIQUE NOT NULL,
    title TEXT, org TEXT, year INTEGER,
    chars INTEGER NOT NULL, headings INTEGER NOT NULL,
    outline TEXT NOT NULL,
    folded TEXT NOT NULL,
    regions BLOB NOT NULL
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
    title: str | None
    office: str | None
    """The office, normalised (``parser.orgs``), as shown: ``浙江省``."""
    office_key: str | None
    year: int | None
    chars: int
    headings: int


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


def content_hash(data: bytes) -> str:
    """The content's identity: two files with the same bytes are one content."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def extract(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Parse one report for the index (runs in a worker process): what the ``contents``
    table holds, or ``{"error": …}``."""
    try:
        document = load(path, max_bytes=max_bytes)
    except LoadError as error:
        return {"error": str(error)}
    except Exception as bug:  # noqa: BLE001 - a parser bug on one file: index the rest
        return {"error": f"{type(bug).__name__}: {bug}"}
    search_index = SearchIndex(document)
    regions = array("q", [value for region in search_index.regions() for value in region])
    outline = [
        [node.level, node.marker, node.title, node.line, node.kind] for node in document.nodes
    ]
    return {
        "title": document.meta.title,
        "org": document.meta.org,
        "year": document.meta.year,
        "chars": len(document.text),
        "headings": sum(1 for node in document.nodes if node.kind == "heading"),
        "outline": json.dumps(outline, ensure_ascii=False),
        "folded": search_index.folded,
        "regions": regions.tobytes(),
    }


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
        self._texts: dict[int, SearchIndex] = {}
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
        self.warning = f"the index at {self.path} was unusable ({problem}); rebuilt it"
        self._set_aside()
        db = self._connect()
        problem = self._check(db)
        if problem is not None:
            raise sqlite3.DatabaseError(problem)
        return db

    def _check(self, db: sqlite3.Connection) -> str | None:
        """Make ``db`` ready; None if it is, else why it is not gongwen's index."""
        db.execute("PRAGMA journal_mode = WAL")
        application, version = (
            db.execute("PRAGMA application_id").fetchone()[0],
            db.execute("PRAGMA user_version").fetchone()[0],
        )
        if application == APPLICATION_ID and version == SCHEMA_VERSION:
            db.execute("SELECT count(*) FROM reports WHERE rowid = 0").fetchone()
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
                for statement in _SCHEMA.split(";"):
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
            try:
                os.unlink(f"{self.path}{suffix}")
            except FileNotFoundError:
                pass

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
            except LoadError as error:
                errors[file] = str(error)
                continue
            by_hash.setdefault(digest, []).append(file)
        to_parse = [digest for digest in by_hash if digest not in known_hashes]
        total, done = len(to_parse), 0
        parsed = failed = 0
        batch = _Batch(self._db)
        with batch:
            for file, error in errors.items():
                batch.report(file, None, None, error, None)
                failed += 1
            for digest, files_of_hash in by_hash.items():
                if digest in known_hashes:
                    for file in files_of_hash:
                        batch.report(file, digest, self._content_id(digest), None, None)
            if progress:
                progress(0, total)
            for digest, record in self._extract(by_hash, to_parse, workers, max_bytes):
                error = record.get("error")
                content = None if error else batch.content(digest, record)
                for file in by_hash[digest]:
                    batch.report(file, digest, content, error, record)
                failed += bool(error)
                parsed += not error
                done += 1
                if progress:
                    progress(done, total)
        self._collect_garbage()
        reused = sum(len(by_hash[d]) for d in by_hash if d in known_hashes)
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

        # Forking is the only start that neither runs the program's main module again nor
        # imports the parser anew in each worker; it is safe only in a single-threaded process
        # (the library refreshes from a thread: there the reports are parsed in that thread).
        forkable = (
            "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
        )
        if workers <= 1 or len(jobs) <= IN_PROCESS_MAX or not forkable:
            for digest, path in jobs:
                yield digest, extract(path, max_bytes)
            return
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
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
                found.append(IndexedReport(
                    path, content, error, title, office, office_key, year, chars or 0,
                    headings or 0,
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
        found = self._texts.get(content)
        if found is None:
            self._load_texts([content])
            found = self._texts[content]
        return found

    def _load_texts(self, contents: list[int]) -> None:
        missing = [content for content in contents if content not in self._texts]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for content, folded, blob in self._db.execute(
                f"SELECT id, folded, regions FROM contents WHERE id IN ({marks})", chunk
            ):
                self._texts[content] = SearchIndex.from_regions(folded, _regions(blob))

    def counts(self, query: Query, contents: Iterable[int]) -> dict[int, int]:
        """Hits of ``query`` in each of ``contents`` that has any: exactly the hits
        ``parser.search.search`` finds in the report (the same rules as ``gongwen grep``)."""
        if query.is_empty or not query.required:
            return {}
        candidates = sorted(self.candidates(query, contents))
        self._load_texts(candidates)
        found: dict[int, int] = {}
        for content in candidates:
            hits = len(self._texts[content].search(query).hits)
            if hits:
                found[content] = hits
        return found

    def forget_texts(self) -> None:
        """Let go of the texts ``counts`` and ``search_index`` keep in memory."""
        self._texts.clear()


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
            "folded, regions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, record["title"], record["org"], record["year"], record["chars"],
             record["headings"], record["outline"], record["folded"], record["regions"]),
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
