"""Import of WinFormEx II mailbox messages from a folder (C360-WFX-1; keeps working after
activation, C360-ACT-3).

Each ``*.json`` file in the import folder is one message (format: ``docs/winformex-message.md``).
Per file:

1. a file that is still being written (changed in the last seconds, or named ``….part.json`` /
   ``….tmp.json``), or that cannot be opened yet (Windows locks a file its writer holds), is left
   where it is for the next run;
2. it is read with a size limit and parsed strictly; the repairer is found by the message's
   ``mailbox`` (the repairer's external reference, or its Claims360 Carrosserie Id);
3. it is stored through the *same* importer and queue rules as a Claims360 assignment
   (:class:`AssignmentImporter` with ``source=winformex``, ``informex_queueing`` deciding between
   dossier and Wachtrij), in one transaction, under the repairer's sync lease so that it never
   races a Claims360 sync of the same repairer;
4. the file moves to ``verwerkt/``; a file that can never be imported (not a message, unknown
   mailbox, too big) moves to ``fout/`` with ``<name>.fout.txt`` beside it holding the Dutch reason.

Nothing is ever lost: a file is only moved, never deleted or overwritten, and a file whose
import failed for a passing reason (the database unreachable) stays in place. A crash between the
commit and the move is harmless: the next run imports the same file again, which changes nothing
(the import is idempotent), and moves it then. Two PCs importing the same folder are safe for the
same reason; the second finds the file gone and says so.

File names from the folder are never used to build any path other than the file's new place
inside ``verwerkt/`` or ``fout/`` (one path component, as the folder listed it).
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from planmanager_desktop.domain.claims360_config import normalise_carrosserie_id
from planmanager_desktop.domain.errors import DomainError
from planmanager_desktop.domain.winformex_message import (
    MAX_MESSAGE_BYTES,
    MessageError,
    WinFormExMessage,
    parse_message,
)
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import (
    Assignment,
    AssignmentSource,
    Claims360Config,
    Dossier,
    QueueState,
    Repairer,
)
from planmanager_desktop.persistence.settings import WINFORMEX_IMPORT_FOLDER, SettingsStore
from planmanager_desktop.sync.assignment_import import AssignmentImporter
from planmanager_desktop.sync.lease import SyncLease, holder_host

log = logging.getLogger(__name__)

PROCESSED_DIR = "verwerkt"
FAILED_DIR = "fout"
REASON_SUFFIX = ".fout.txt"
#: A file changed less than this many seconds ago may still be being written.
SETTLE_SECONDS = 2.0
_TEMPORARY_MARKERS = (".part", ".tmp", ".partial", ".crdownload")


class WinFormExImportError(DomainError):
    """The import folder itself is missing, unset or unusable; ``str()`` is Dutch."""


class FileOutcome(StrEnum):
    IMPORTED = "imported"  # a new assignment: into a dossier or the Wachtrij
    UPDATED = "updated"  # a newer version of a known assignment
    UNCHANGED = "unchanged"  # already known in this (or a newer) version
    SKIPPED = "skipped"  # left in the folder for the next run
    FAILED = "failed"  # not imported; moved to fout/ (or left in place when that failed too)


#: Dutch words for the command line and the WinFormEx page.
OUTCOME_LABELS: dict[FileOutcome, str] = {
    FileOutcome.IMPORTED: "geïmporteerd",
    FileOutcome.UPDATED: "bijgewerkt",
    FileOutcome.UNCHANGED: "ongewijzigd",
    FileOutcome.SKIPPED: "overgeslagen",
    FileOutcome.FAILED: "fout",
}


@dataclass(frozen=True)
class FileResult:
    name: str
    outcome: FileOutcome
    message: str  # Dutch: what happened to the file and, on error, why and what to do
    number: str | None = None
    repairer_name: str | None = None
    queued: bool = False
    dossier_number: str | None = None
    #: Where the file went (inside verwerkt/ or fout/); None when it stayed in the folder.
    moved_to: Path | None = None

    @property
    def failed(self) -> bool:
        return self.outcome is FileOutcome.FAILED

    def describe(self) -> str:
        """One Dutch line: ``naam.json: geïmporteerd — …``."""
        return f"{self.name}: {OUTCOME_LABELS[self.outcome]} — {self.message}"


@dataclass(frozen=True)
class ImportReport:
    folder: Path
    results: tuple[FileResult, ...]

    @property
    def ok(self) -> bool:
        return not any(r.failed for r in self.results)

    def count(self, outcome: FileOutcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    def summary(self) -> str:
        if not self.results:
            return f"Geen WinFormEx-berichten in {self.folder}."
        parts = [
            f"{self.count(outcome)} {OUTCOME_LABELS[outcome]}"
            for outcome in FileOutcome
            if self.count(outcome)
        ]
        return f"WinFormEx-import uit {self.folder}: " + ", ".join(parts) + "."


class _Refused(Exception):
    """This file can never be imported as it is: it goes to fout/ with this Dutch reason."""


class _LeaveForLater(Exception):
    """Not now (still being written, locked, repairer busy): the file stays for the next run."""


class WinFormExImportService:
    """Imports the message files of one folder; runs on the database thread (never the GUI's)."""

    def __init__(
        self,
        database: Database,
        settings: SettingsStore,
        importer: AssignmentImporter,
        lease: SyncLease,
        *,
        settle_seconds: float = SETTLE_SECONDS,
        max_bytes: int = MAX_MESSAGE_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._database = database
        self._settings = settings
        self._importer = importer
        self._lease = lease
        self._settle_seconds = settle_seconds
        self._max_bytes = max_bytes
        self._clock = clock

    # The folder ------------------------------------------------------------------------------

    def resolve_folder(self, folder: str | os.PathLike[str] | None = None) -> Path:
        """``folder`` (this PC's mapping, e.g. ``--folder``) wins over the database setting."""
        raw = os.fspath(folder) if folder is not None else self._settings.winformex_import_folder
        if not raw:
            raise WinFormExImportError(
                "Er is geen WinFormEx-importmap ingesteld. Laat de helpdesk ze instellen "
                f"('planmanager-desktop admin settings set {WINFORMEX_IMPORT_FOLDER} PAD') of geef "
                "de map op met --folder."
            )
        path = Path(raw).expanduser().absolute()
        if not path.is_dir():
            raise WinFormExImportError(
                f"De WinFormEx-importmap {path} bestaat niet of is vanaf deze pc niet bereikbaar. "
                "Controleer de netwerkverbinding of de instelling "
                f"{WINFORMEX_IMPORT_FOLDER} (een andere pc kan de map anders zien: gebruik dan --folder)."
            )
        return path

    # The run ---------------------------------------------------------------------------------

    def import_folder(self, folder: str | os.PathLike[str] | None = None) -> ImportReport:
        root = self.resolve_folder(folder)
        processed, failed = root / PROCESSED_DIR, root / FAILED_DIR
        try:
            processed.mkdir(exist_ok=True)
            failed.mkdir(exist_ok=True)
        except OSError as exc:
            raise WinFormExImportError(
                f"PlanManager kan de mappen {PROCESSED_DIR} en {FAILED_DIR} niet aanmaken in {root} "
                f"({exc.strerror or type(exc).__name__}). Controleer de schrijfrechten op de map."
            ) from None
        queueing = self._settings.informex_queueing
        results = [self._import_entry(entry, processed, failed, queueing) for entry in self._candidates(root)]
        report = ImportReport(folder=root, results=tuple(results))
        log.info("WinFormEx-import: %s", report.summary())
        return report

    @staticmethod
    def _candidates(root: Path) -> list[os.DirEntry[str]]:
        """The ``*.json`` entries of the folder itself (not its subfolders), oldest first."""
        entries: list[tuple[float, str, os.DirEntry[str]]] = []
        with os.scandir(root) as scan:
            for entry in scan:
                name = entry.name
                if not name.lower().endswith(".json") or name.startswith((".", "~")):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        continue
                    mtime = entry.stat(follow_symlinks=False).st_mtime
                except OSError:
                    mtime = 0.0
                entries.append((mtime, name, entry))
        entries.sort(key=lambda item: (item[0], item[1]))
        return [entry for _, _, entry in entries]

    def _import_entry(
        self, entry: os.DirEntry[str], processed: Path, failed: Path, queueing: bool
    ) -> FileResult:
        name = entry.name
        path = Path(entry.path)
        try:
            message = self._read(entry)
            repairer = self._repairer_for(message.mailbox)
        except _LeaveForLater as exc:
            return FileResult(name, FileOutcome.SKIPPED, str(exc))
        except _Refused as exc:
            return self._refuse(path, failed, str(exc))
        except MessageError as exc:
            return self._refuse(path, failed, str(exc))
        try:
            result = self._store(name, message, repairer, queueing)
        except _LeaveForLater as exc:
            return FileResult(name, FileOutcome.SKIPPED, str(exc), message.assignment.number, repairer.name)
        except Exception as exc:  # the database: a passing problem, not the file's fault
            log.exception("WinFormEx-import van %s mislukt", name)
            return FileResult(
                name,
                FileOutcome.FAILED,
                f"Databasefout ({type(exc).__name__}); er is niets van dit bestand bewaard. Het "
                "bestand blijft in de importmap en wordt bij de volgende import opnieuw geprobeerd.",
                message.assignment.number,
                repairer.name,
            )
        return self._move_processed(path, processed, result)

    # Reading ---------------------------------------------------------------------------------

    def _read(self, entry: os.DirEntry[str]) -> WinFormExMessage:
        name = entry.name
        lowered = name.lower()
        if any(marker in lowered for marker in _TEMPORARY_MARKERS):
            raise _LeaveForLater("het bestand wordt nog geschreven (tijdelijke naam).")
        try:
            info = entry.stat(follow_symlinks=False)
        except FileNotFoundError:
            raise _LeaveForLater(
                "het bestand is intussen verdwenen (door een andere pc verwerkt?)."
            ) from None
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
            raise _Refused(
                "Dit is geen gewoon bestand (een snelkoppeling of apparaat) en wordt niet gelezen."
            )
        if self._clock() - info.st_mtime < self._settle_seconds:
            raise _LeaveForLater("het bestand wordt nog geschreven; de volgende import neemt het mee.")
        if info.st_size > self._max_bytes:
            raise _Refused(self._too_big())
        try:
            with open(entry.path, "rb") as handle:
                body = handle.read(self._max_bytes + 1)
        except FileNotFoundError:
            raise _LeaveForLater(
                "het bestand is intussen verdwenen (door een andere pc verwerkt?)."
            ) from None
        except OSError as exc:  # on Windows: still open in the program that writes it
            raise _LeaveForLater(
                f"het bestand kan nu niet gelezen worden ({exc.strerror or type(exc).__name__}); "
                "de volgende import probeert het opnieuw."
            ) from None
        if len(body) > self._max_bytes:
            raise _Refused(self._too_big())
        return parse_message(body)

    def _too_big(self) -> str:
        limit = self._max_bytes / (1024 * 1024)
        return f"Het bestand is groter dan {limit:g} MB: dat is geen WinFormEx-bericht."

    @staticmethod
    def _repairer_for(mailbox: str) -> Repairer:
        repairer = find_repairer_by_mailbox(mailbox)
        if repairer is None:
            raise _Refused(
                f"Geen hersteller heeft Informex-postbusnummer {mailbox} als externe referentie "
                "(of als Carrosserie Id). Vul bij de juiste hersteller de externe referentie in "
                "(tabblad Herstellers) en zet dit bestand daarna terug in de importmap."
            )
        return repairer

    # Storing ---------------------------------------------------------------------------------

    def _store(self, name: str, message: WinFormExMessage, repairer: Repairer, queueing: bool) -> FileResult:
        item = message.assignment
        attempt = self._lease.acquire(repairer.id)
        if not attempt.acquired:
            who = holder_host(attempt.other_holder or "") or "een andere pc"
            raise _LeaveForLater(
                f"hersteller {repairer.name} wordt nu gesynchroniseerd door {who}; de volgende "
                "import neemt dit bestand mee."
            )
        try:
            counts = self._importer.store_page(
                repairer.id, [item], queueing=queueing, lease=self._lease, source=AssignmentSource.WINFORMEX
            )
        finally:
            try:
                self._lease.release(repairer.id)
            except Exception:  # it expires by itself; the import itself is what matters
                log.warning("lease van hersteller %s niet vrijgegeven", repairer.id, exc_info=True)
        row = Assignment.get_or_none(
            (Assignment.repairer == repairer.id) & (Assignment.number == item.number)
        )
        queued = row is not None and row.queue_state == QueueState.QUEUED.value
        dossier_number = None
        if row is not None and row.dossier_id is not None:
            dossier = Dossier.get_or_none(Dossier.id == row.dossier_id)
            dossier_number = dossier.number if dossier is not None else None
        where = "in de wachtrij" if queued else (f"dossier {dossier_number}" if dossier_number else "")
        label = f"opdracht {item.number} van {repairer.name}" + (f", {where}" if where else "")
        if counts.new:
            outcome, text = FileOutcome.IMPORTED, f"nieuwe {label}."
        elif counts.changed:
            outcome, text = FileOutcome.UPDATED, f"{label} bijgewerkt."
        else:
            outcome, text = FileOutcome.UNCHANGED, f"{label} was al in deze of een nieuwere versie bekend."
        return FileResult(name, outcome, text, item.number, repairer.name, queued, dossier_number)

    # Moving ----------------------------------------------------------------------------------

    def _move_processed(self, path: Path, processed: Path, result: FileResult) -> FileResult:
        try:
            target = move_into(path, processed)
        except FileNotFoundError:
            return replace(
                result, message=result.message + " (Het bestand was al weg: verwerkt door een andere pc.)"
            )
        except OSError as exc:
            return replace(
                result,
                outcome=FileOutcome.FAILED,
                message=result.message
                + f" Maar het bestand kon niet naar {PROCESSED_DIR}/ verplaatst worden "
                f"({exc.strerror or type(exc).__name__}); controleer de schrijfrechten op de map. "
                "De volgende import leest het opnieuw (dat verandert niets).",
            )
        return replace(result, moved_to=target)

    def _refuse(self, path: Path, failed: Path, reason: str) -> FileResult:
        name = path.name
        try:
            target = move_into(path, failed)
        except FileNotFoundError:
            return FileResult(name, FileOutcome.SKIPPED, "het bestand is intussen verdwenen.")
        except OSError as exc:
            return FileResult(
                name,
                FileOutcome.FAILED,
                f"{reason} Het bestand kon niet naar {FAILED_DIR}/ verplaatst worden "
                f"({exc.strerror or type(exc).__name__}) en blijft in de importmap.",
            )
        try:
            write_reason(target, name, reason, self._clock())
        except OSError:
            log.warning("reden bij %s niet geschreven", target, exc_info=True)
        return FileResult(
            name, FileOutcome.FAILED, f"{reason} (Verplaatst naar {FAILED_DIR}/.)", moved_to=target
        )


def find_repairer_by_mailbox(mailbox: str) -> Repairer | None:
    """The repairer whose Informex mailbox this is: its external reference, as typed or
    normalised (a VAT number in any notation), else its Claims360 Carrosserie Id."""
    wanted = mailbox.strip()
    exact: Repairer | None = Repairer.get_or_none(Repairer.external_reference == wanted)
    if exact is not None:
        return exact
    key = _mailbox_key(wanted)
    matches: dict[int, Repairer] = {}
    for repairer in Repairer.select().where(Repairer.external_reference.is_null(False)):
        if _mailbox_key(repairer.external_reference or "") == key:
            matches[repairer.id] = repairer
    for config in Claims360Config.select(Claims360Config.repairer, Claims360Config.carrosserie_id):
        if _mailbox_key(config.carrosserie_id) == key:
            matches.setdefault(config.repairer_id, Repairer.get_by_id(config.repairer_id))
    if len(matches) == 1:
        return next(iter(matches.values()))
    return None  # none, or ambiguous: never guess whose assignment it is


def _mailbox_key(value: str) -> str:
    try:
        return normalise_carrosserie_id(value)
    except DomainError:
        return value.strip()


def move_into(source: Path, folder: Path) -> Path:
    """Move ``source`` into ``folder`` under its own name (one component), never overwriting:
    a name already there gets ``-2``, ``-3``, … Returns the new path."""
    name = source.name
    if not name or name in (".", "..") or "/" in name or "\\" in name:
        raise OSError(f"ongeldige bestandsnaam {name!r}")
    stem, dot, suffix = name.rpartition(".")
    if not stem:
        stem, dot, suffix = name, "", ""
    for attempt in range(1, 1000):
        candidate = folder / (name if attempt == 1 else f"{stem}-{attempt}{dot}{suffix}")
        if candidate.exists() or Path(str(candidate) + REASON_SUFFIX).exists():
            continue
        try:
            os.rename(source, candidate)  # Windows refuses to overwrite; we checked first
        except FileExistsError:
            continue
        return candidate
    raise OSError("te veel bestanden met dezelfde naam")


def write_reason(target: Path, original_name: str, reason: str, now: float) -> Path:
    """``<file>.fout.txt`` beside a refused file: the Dutch reason and what to do."""
    reason_path = Path(str(target) + REASON_SUFFIX)
    when = datetime.fromtimestamp(now, UTC).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    text = (
        "PlanManager kon dit WinFormEx-bericht niet importeren.\n"
        f"Bestand: {original_name}\n"
        f"Tijdstip: {when}\n"
        f"Reden: {reason}\n"
        "\n"
        "Wat nu: verhelp de oorzaak en zet het bestand terug in de importmap; de volgende import\n"
        "leest het opnieuw. Er werd niets uit dit bestand in PlanManager bewaard.\n"
    )
    partial = Path(str(reason_path) + ".part")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, reason_path)
    return reason_path
