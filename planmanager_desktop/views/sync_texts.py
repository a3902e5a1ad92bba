"""The sentences the window shows about the sync: progress, results, the status bar, statuses.

One place, so the Claims360 page, the info panel, the status bar and the notification say the
same thing in the same words (and translate once).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planmanager_desktop.domain.claims360_config import LinkStatus
from planmanager_desktop.sync.engine import SyncOutcome, SyncProgress, SyncResult

_CONTEXT = "SyncTexts"

_STATUS = {
    LinkStatus.CONFIGURED: QT_TRANSLATE_NOOP("SyncTexts", "ingesteld"),
    LinkStatus.INCOMPLETE: QT_TRANSLATE_NOOP("SyncTexts", "onvolledig"),
    LinkStatus.KEYS_NOT_ON_THIS_PC: QT_TRANSLATE_NOOP("SyncTexts", "sleutels niet op deze pc"),
}
_OUTCOME = {
    SyncOutcome.OK.value: QT_TRANSLATE_NOOP("SyncTexts", "gelukt"),
    SyncOutcome.ERROR.value: QT_TRANSLATE_NOOP("SyncTexts", "mislukt"),
    SyncOutcome.SKIPPED.value: QT_TRANSLATE_NOOP("SyncTexts", "overgeslagen"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(status: LinkStatus) -> str:
    return _tr(_STATUS[status])


def outcome_label(outcome: str | None) -> str:
    if outcome is None:
        return ""
    source = _OUTCOME.get(outcome)
    return _tr(source) if source else outcome


def clock(value: dt.datetime | None) -> str:
    """14:05 — today's times need no date."""
    if value is None:
        return ""
    return value.astimezone().strftime("%H:%M")


def moment(value: dt.datetime | None) -> str:
    """14:05 today, else 02-04-2021 14:05."""
    if value is None:
        return ""
    local = value.astimezone()
    if local.date() == dt.date.today():
        return local.strftime("%H:%M")
    return local.strftime("%d-%m-%Y %H:%M")


def progress_text(progress: SyncProgress) -> str:
    """ "pagina 3 — 600 opdrachten" while a repairer's pages come in."""
    return QCoreApplication.translate("SyncTexts", "pagina {pages} — {count} opdrachten").format(
        pages=progress.pages, count=progress.assignments
    )


def counts_text(new: int, changed: int, unchanged: int) -> str:
    return QCoreApplication.translate(
        "SyncTexts", "{new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd"
    ).format(new=new, changed=changed, unchanged=unchanged)


def new_assignments_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("SyncTexts", "1 nieuwe opdracht")
    return QCoreApplication.translate("SyncTexts", "{count} nieuwe opdrachten").format(count=count)


def unreachable_text(retry_at: dt.datetime | None) -> str:
    if retry_at is None:
        return QCoreApplication.translate("SyncTexts", "Claims360 niet bereikbaar")
    return QCoreApplication.translate(
        "SyncTexts", "Claims360 niet bereikbaar — nieuwe poging om {time}"
    ).format(time=clock(retry_at))


def status_bar_summary(results: list[SyncResult], retry_at: dt.datetime | None = None) -> str:
    """ "Claims360: laatste synchronisatie 14:05 — 3 nieuwe opdrachten" after a round."""
    if not results:
        return QCoreApplication.translate(
            "SyncTexts", "Claims360: geen ingestelde herstellers om te synchroniseren op deze pc"
        )
    if all(r.unreachable for r in results):
        return unreachable_text(retry_at)
    finished = max(r.finished_at for r in results)
    new = sum(r.counts.new for r in results if r.ok)
    text = QCoreApplication.translate("SyncTexts", "Claims360: laatste synchronisatie {time}").format(
        time=clock(finished)
    )
    text += " — " + (
        new_assignments_text(new)
        if new
        else QCoreApplication.translate("SyncTexts", "geen nieuwe opdrachten")
    )
    failed = [r for r in results if r.outcome is SyncOutcome.ERROR]
    if failed:
        text += " — " + QCoreApplication.translate(
            "SyncTexts", "mislukt voor {names} (zie de Claims360-pagina)"
        ).format(names=", ".join(r.repairer_name for r in failed))
    return text
