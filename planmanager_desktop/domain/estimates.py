"""The estimate ("bestek") from Claims360: compare, accept, and the Wachtrij (C360-DOS-3, C360-SYNC-5).

"Dossier synchroniseren met Claims360" loads the current version of the case's estimate and shows
what would change against the dossier's current estimate (its latest :class:`EstimateVersion`):
version, date, lines added / removed / changed (matched on line number) and the totals old and
new. Money is :class:`~decimal.Decimal` from the JSON strings to the database and back; nothing is
ever a float. When an estimate's lines do not add up to its totals (sum of the amounts per kind
against parts / labour / paint / other, net = their sum, gross = net + vat, amount = quantity ×
unit price) the comparison *reports* it in ``issues``; nothing is silently corrected.

Accepting stores the version with its lines as a new :class:`EstimateVersion` (numbered 1, 2, …
per dossier, with Claims360's own number in ``remote_version``); earlier versions stay. Accepting
the same Claims360 version twice is a no-op (unique index on dossier + estimate + version).

The Wachtrij for estimates: with ``informex_queueing`` on, the sync stores each new estimate
version of a linked case as a :class:`PendingEstimate` (see :mod:`planmanager_desktop.sync.
estimate_check`), which a person accepts or rejects here. With queueing off nothing is accepted
automatically; the user accepts through the pop-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import peewee

from planmanager_desktop.claims360.errors import Claims360Error
from planmanager_desktop.claims360.models import Estimate, EstimateLine, parse_estimate
from planmanager_desktop.domain.claims360_clients import Claims360ActionError, Claims360Clients
from planmanager_desktop.domain.claims360_export import NotExportedError
from planmanager_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Dossier,
    EstimateVersion,
    PendingEstimate,
    QueueState,
)
from planmanager_desktop.persistence.models import EstimateLine as EstimateLineRow

CENT = Decimal("0.01")
KINDS = ("part", "labour", "paint", "other")
KIND_LABELS = {"part": "onderdelen", "labour": "arbeid", "paint": "lakwerk", "other": "overige"}
TOTAL_LABELS = {
    "parts": "onderdelen",
    "labour": "arbeid",
    "paint": "lakwerk",
    "other": "overige",
    "net": "netto",
    "vat": "btw",
    "gross": "bruto",
}
_TOTAL_OF_KIND = {"part": "parts", "labour": "labour", "paint": "paint", "other": "other"}


class NoEstimateError(DomainError):
    """Claims360 has no estimate for the dossier's case (yet)."""


# Values the pop-up shows ----------------------------------------------------------------------


@dataclass(frozen=True)
class LineData:
    line_no: int
    kind: str
    code: str | None
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal

    @classmethod
    def of_remote(cls, line: EstimateLine) -> LineData:
        return cls(
            line.line_no,
            line.kind,
            line.code,
            line.description,
            line.quantity,
            line.unit_price,
            line.amount,
        )

    @classmethod
    def of_row(cls, row: EstimateLineRow) -> LineData:
        return cls(
            row.line_no,
            row.kind,
            row.code,
            row.description,
            Decimal(row.quantity),
            Decimal(row.unit_price),
            Decimal(row.amount),
        )


@dataclass(frozen=True)
class Totals:
    parts: Decimal
    labour: Decimal
    paint: Decimal
    other: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal

    def as_dict(self) -> dict[str, Decimal]:
        return {
            "parts": self.parts,
            "labour": self.labour,
            "paint": self.paint,
            "other": self.other,
            "net": self.net,
            "vat": self.vat,
            "gross": self.gross,
        }


@dataclass(frozen=True)
class LineChange:
    line_no: int
    old: LineData
    new: LineData
    #: Which fields differ: kind, code, description, quantity, unit_price, amount.
    fields: tuple[str, ...]


@dataclass(frozen=True)
class TotalsIssue:
    """A place where an estimate does not add up; ``message`` is Dutch."""

    what: str  # "parts", "net", "gross", "line 3", …
    stated: Decimal
    computed: Decimal
    message: str


@dataclass(frozen=True)
class EstimateComparison:
    """What accepting ``estimate`` would change in the dossier (the pop-up, C360-DOS-3)."""

    dossier_id: int
    estimate: Estimate
    current_version: int | None  # the dossier's own number of its latest version
    current_remote_version: int | None
    current_date: datetime | None
    current_totals: Totals | None
    new_totals: Totals
    added: tuple[LineData, ...]
    removed: tuple[LineData, ...]
    changed: tuple[LineChange, ...]
    unchanged: int
    #: Where the new estimate's lines and totals disagree (reported, never corrected).
    issues: tuple[TotalsIssue, ...]
    #: This Claims360 version is already the dossier's (accepting it again changes nothing).
    already_accepted: bool

    @property
    def new_version(self) -> int:
        return self.estimate.version

    @property
    def new_date(self) -> datetime:
        return self.estimate.updated_at

    @property
    def totals_consistent(self) -> bool:
        return not self.issues

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.removed or self.changed) or self.current_totals != self.new_totals

    def totals_rows(self) -> list[tuple[str, Decimal | None, Decimal]]:
        """(Dutch label, old, new) per total, in the order the pop-up shows them."""
        old = self.current_totals.as_dict() if self.current_totals else {}
        return [(TOTAL_LABELS[k], old.get(k), v) for k, v in self.new_totals.as_dict().items()]


@dataclass(frozen=True)
class AcceptResult:
    version: EstimateVersion
    #: False when this Claims360 version was accepted before (nothing was stored).
    created: bool
    message: str  # Dutch


@dataclass(frozen=True)
class PendingEstimateEntry:
    """One estimate version in the Wachtrij."""

    id: int
    dossier_id: int
    dossier_number: str
    remote_estimate_id: str
    remote_version: int
    estimate_date: datetime | None
    detected_at: datetime
    gross: Decimal


# Pure functions -------------------------------------------------------------------------------


def totals_of(estimate: Estimate) -> Totals:
    t = estimate.totals
    return Totals(t.parts, t.labour, t.paint, t.other, t.net, t.vat, t.gross)


def check_totals(estimate: Estimate) -> tuple[TotalsIssue, ...]:
    """Every place where the lines and totals disagree; an empty tuple when they add up."""
    issues: list[TotalsIssue] = []
    seen: set[int] = set()
    sums = {kind: Decimal("0") for kind in KINDS}
    for line in estimate.lines:
        if line.line_no in seen:
            issues.append(
                TotalsIssue(
                    f"line {line.line_no}",
                    line.amount,
                    line.amount,
                    f"Regelnummer {line.line_no} komt meer dan eens voor in het bestek.",
                )
            )
        seen.add(line.line_no)
        sums[line.kind] += line.amount
        expected = (line.quantity * line.unit_price).quantize(CENT, ROUND_HALF_UP)
        if expected != line.amount.quantize(CENT, ROUND_HALF_UP):
            issues.append(
                TotalsIssue(
                    f"line {line.line_no}",
                    line.amount,
                    expected,
                    f"Regel {line.line_no} ({line.description}): bedrag {money(line.amount)} "
                    f"maar aantal × eenheidsprijs is {money(expected)}.",
                )
            )
    totals = estimate.totals
    stated_by_kind = {
        "part": totals.parts,
        "labour": totals.labour,
        "paint": totals.paint,
        "other": totals.other,
    }
    for kind in KINDS:
        if sums[kind] != stated_by_kind[kind]:
            issues.append(
                TotalsIssue(
                    _TOTAL_OF_KIND[kind],
                    stated_by_kind[kind],
                    sums[kind],
                    f"Totaal {KIND_LABELS[kind]} is {money(stated_by_kind[kind])}, maar de regels "
                    f"tellen op tot {money(sums[kind])}.",
                )
            )
    net = sum(sums.values(), Decimal("0"))
    if net != totals.net:
        issues.append(
            TotalsIssue(
                "net",
                totals.net,
                net,
                f"Netto totaal is {money(totals.net)}, maar de regels tellen op tot {money(net)}.",
            )
        )
    gross = totals.net + totals.vat
    if gross != totals.gross:
        issues.append(
            TotalsIssue(
                "gross",
                totals.gross,
                gross,
                f"Bruto totaal is {money(totals.gross)}, maar netto + btw is {money(gross)}.",
            )
        )
    return tuple(issues)


def money(value: Decimal) -> str:
    """``€ 1.234,50`` as a Belgian reads it."""
    quantized = value.quantize(CENT, ROUND_HALF_UP)
    sign = "-" if quantized < 0 else ""
    whole, _, cents = f"{abs(quantized):.2f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}€ {'.'.join(groups)},{cents}"


def diff_lines(
    old: list[LineData], new: list[LineData]
) -> tuple[tuple[LineData, ...], tuple[LineData, ...], tuple[LineChange, ...], int]:
    """(added, removed, changed, unchanged count), lines matched on their line number."""
    old_by_no = {line.line_no: line for line in old}
    new_by_no = {line.line_no: line for line in new}
    added = tuple(line for no, line in sorted(new_by_no.items()) if no not in old_by_no)
    removed = tuple(line for no, line in sorted(old_by_no.items()) if no not in new_by_no)
    changed: list[LineChange] = []
    unchanged = 0
    for no in sorted(set(old_by_no) & set(new_by_no)):
        before, after = old_by_no[no], new_by_no[no]
        fields = tuple(
            name
            for name in ("kind", "code", "description", "quantity", "unit_price", "amount")
            if getattr(before, name) != getattr(after, name)
        )
        if fields:
            changed.append(LineChange(no, before, after, fields))
        else:
            unchanged += 1
    return added, removed, tuple(changed), unchanged


def estimate_to_json(estimate: Estimate) -> str:
    """The estimate in the contract's own JSON shape (decimals as strings): ``parse_estimate``
    reads it back exactly."""
    t = estimate.totals
    return json.dumps(
        {
            "estimateId": estimate.estimate_id,
            "version": estimate.version,
            "updatedAt": estimate.updated_at.isoformat(),
            "currency": estimate.currency,
            "lines": [
                {
                    "lineNo": line.line_no,
                    "kind": line.kind,
                    "code": line.code,
                    "description": line.description,
                    "quantity": str(line.quantity),
                    "unitPrice": str(line.unit_price),
                    "amount": str(line.amount),
                }
                for line in estimate.lines
            ],
            "totals": {
                k: str(getattr(t, k)) for k in ("parts", "labour", "paint", "other", "net", "vat", "gross")
            },
        },
        sort_keys=True,
    )


def estimate_from_json(text: str) -> Estimate:
    return parse_estimate(json.loads(text))


# The service ----------------------------------------------------------------------------------


class EstimateService:
    def __init__(self, database: Database, clients: Claims360Clients) -> None:
        self._database = database
        self._clients = clients

    # Reading (database work) -------------------------------------------------------------------
    def versions(self, dossier_id: int) -> list[EstimateVersion]:
        """Every version of the dossier's estimate, newest first (the Bestek tab)."""
        return list(
            EstimateVersion.select()
            .where(EstimateVersion.dossier == dossier_id)
            .order_by(EstimateVersion.version.desc())
        )

    def lines(self, version_id: int) -> list[EstimateLineRow]:
        return list(
            EstimateLineRow.select()
            .where(EstimateLineRow.estimate_version == version_id)
            .order_by(EstimateLineRow.line_no)
        )

    def current(self, dossier_id: int) -> EstimateVersion | None:
        version: EstimateVersion | None = (
            EstimateVersion.select()
            .where(EstimateVersion.dossier == dossier_id)
            .order_by(EstimateVersion.version.desc())
            .first()
        )
        return version

    def compare(self, dossier_id: int, estimate: Estimate) -> EstimateComparison:
        """What accepting ``estimate`` changes against the dossier's current version."""
        current = self.current(dossier_id)
        old_lines = [LineData.of_row(r) for r in self.lines(current.id)] if current else []
        new_lines = [LineData.of_remote(line) for line in estimate.lines]
        added, removed, changed, unchanged = diff_lines(old_lines, new_lines)
        already = (
            EstimateVersion.select()
            .where(
                (EstimateVersion.dossier == dossier_id)
                & (EstimateVersion.remote_estimate_id == estimate.estimate_id)
                & (EstimateVersion.remote_version == estimate.version)
            )
            .exists()
        )
        return EstimateComparison(
            dossier_id=dossier_id,
            estimate=estimate,
            current_version=current.version if current else None,
            current_remote_version=current.remote_version if current else None,
            current_date=current.estimate_date if current else None,
            current_totals=_row_totals(current) if current else None,
            new_totals=totals_of(estimate),
            added=added,
            removed=removed,
            changed=changed,
            unchanged=unchanged,
            issues=check_totals(estimate),
            already_accepted=bool(already),
        )

    # The pop-up (C360-DOS-3) -------------------------------------------------------------------
    async def load_current(self, dossier_id: int) -> EstimateComparison:
        """Fetch the case's current estimate and compare it with the dossier's.

        Raises :class:`NotExportedError` (no case), :class:`NoEstimateError`,
        :class:`~planmanager_desktop.domain.claims360_clients.NotConfiguredError` and
        :class:`Claims360ActionError`.
        """
        dossier = await self._clients.db(_dossier, dossier_id)
        if not dossier.c360_case_id:
            raise NotExportedError(
                "Dit dossier is niet gekoppeld aan Claims360; er is dus geen bestek op te halen."
            )
        client = await self._clients.for_repairer(dossier.repairer_id)
        try:
            estimate = await client.get_current_estimate(dossier.c360_case_id)
        except Claims360Error as exc:
            raise Claims360ActionError(exc.user_message, cause=exc, retry_safe=True) from None
        if estimate is None:
            raise NoEstimateError(
                "Claims360 heeft nog geen bestek voor dit dossier. Probeer het later opnieuw, "
                "wanneer de expert het bestek heeft opgemaakt."
            )
        await self._clients.db(_note_estimate_id, dossier_id, estimate.estimate_id)
        return await self._clients.db(self.compare, dossier_id, estimate)

    def accept(self, dossier_id: int, estimate: Estimate, *, accepted_by: str | None = None) -> AcceptResult:
        """Store ``estimate`` as the dossier's newest version (database work; a no-op when this
        Claims360 version was accepted before). Refuses an estimate with duplicate line numbers."""
        existing = _accepted(dossier_id, estimate)
        if existing is not None:
            return AcceptResult(
                existing,
                False,
                f"Versie {estimate.version} van het bestek werd al eerder overgenomen "
                f"(bestekversie {existing.version} van dit dossier).",
            )
        numbers = [line.line_no for line in estimate.lines]
        if len(numbers) != len(set(numbers)):
            raise ValidationError(
                "Dit bestek bevat regelnummers die meer dan eens voorkomen en kan niet "
                "overgenomen worden. Vraag de expert het bestek te verbeteren."
            )
        try:
            with self._database.write():
                if Dossier.get_or_none(Dossier.id == dossier_id) is None:
                    raise NotFoundError("Dit dossier bestaat niet (meer).")
                version = _store_version(dossier_id, estimate, accepted_by or audit.os_user())
                audit.record(
                    "estimate.accept",
                    {
                        "dossier": dossier_id,
                        "estimate": estimate.estimate_id,
                        "remoteVersion": estimate.version,
                        "version": version.version,
                    },
                )
        except peewee.IntegrityError:
            existing = _accepted(dossier_id, estimate)
            if existing is not None:  # another PC accepted the same version at the same moment
                return AcceptResult(existing, False, "Dit bestek werd intussen al overgenomen.")
            raise ValidationError(
                "Iemand anders voegde net een bestekversie toe aan dit dossier. Probeer opnieuw."
            ) from None
        return AcceptResult(
            version,
            True,
            f"Versie {estimate.version} van het bestek is overgenomen als bestekversie "
            f"{version.version}; de vorige versies blijven zichtbaar op het tabblad Bestek.",
        )

    async def accept_async(self, dossier_id: int, estimate: Estimate) -> AcceptResult:
        """:meth:`accept` on the database thread (for the pop-up's Accepteren button)."""
        return await self._clients.db(lambda: self.accept(dossier_id, estimate))

    # The Wachtrij (C360-SYNC-5) ----------------------------------------------------------------
    def waiting(self) -> list[PendingEstimateEntry]:
        rows = (
            PendingEstimate.select(PendingEstimate, Dossier)
            .join(Dossier)
            .where(PendingEstimate.queue_state == QueueState.QUEUED.value)
            .order_by(PendingEstimate.detected_at, PendingEstimate.id)
        )
        out: list[PendingEstimateEntry] = []
        for row in rows:
            estimate = estimate_from_json(row.payload)
            out.append(
                PendingEstimateEntry(
                    row.id,
                    row.dossier_id,
                    row.dossier.number,
                    row.remote_estimate_id,
                    row.remote_version,
                    row.estimate_date,
                    row.detected_at,
                    estimate.totals.gross,
                )
            )
        return out

    def queue(self, dossier_id: int, assignment_id: int | None, estimate: Estimate) -> bool:
        """Put an estimate version in the Wachtrij (the sync calls this); False when it was
        already there, decided, or accepted."""
        if _accepted(dossier_id, estimate) is not None:
            return False
        with self._database.write():
            inserted = (
                PendingEstimate.insert(
                    dossier=dossier_id,
                    assignment=assignment_id,
                    remote_estimate_id=estimate.estimate_id,
                    remote_version=estimate.version,
                    estimate_date=estimate.updated_at,
                    payload=estimate_to_json(estimate),
                )
                .on_conflict_ignore()
                .execute()
            )
        return bool(inserted)

    def pending_comparison(self, pending_id: int) -> EstimateComparison:
        row = self._pending(pending_id)
        return self.compare(row.dossier_id, estimate_from_json(row.payload))

    def accept_pending(self, pending_id: int) -> AcceptResult:
        row = self._pending(pending_id)
        with self._database.write():
            self._decide(row, QueueState.ACCEPTED)
            result = self.accept(row.dossier_id, estimate_from_json(row.payload))
        return result

    def reject_pending(self, pending_id: int, reason: str) -> None:
        reason = reason.strip()
        if not reason:
            raise ValidationError("Geef een reden op waarom u dit bestek weigert.", field="reason")
        row = self._pending(pending_id)
        with self._database.write():
            self._decide(row, QueueState.REJECTED, reason)
            audit.record(
                "estimate.reject",
                {"dossier": row.dossier_id, "remoteVersion": row.remote_version, "reason": reason},
            )

    @staticmethod
    def _pending(pending_id: int) -> PendingEstimate:
        row: PendingEstimate | None = PendingEstimate.get_or_none(PendingEstimate.id == pending_id)
        if row is None:
            raise NotFoundError("Dit bestek staat niet (meer) in de wachtrij.")
        return row

    @staticmethod
    def _decide(row: PendingEstimate, state: QueueState, reason: str | None = None) -> None:
        changed = (
            PendingEstimate.update(
                queue_state=state.value,
                decided_by=audit.os_user(),
                decided_at=utcnow(),
                reject_reason=reason,
            )
            .where((PendingEstimate.id == row.id) & (PendingEstimate.queue_state == QueueState.QUEUED.value))
            .execute()
        )
        if changed != 1:
            raise ValidationError("Dit bestek werd intussen al door iemand anders behandeld.")


# Database helpers -----------------------------------------------------------------------------


def _dossier(dossier_id: int) -> Dossier:
    dossier: Dossier | None = Dossier.get_or_none(Dossier.id == dossier_id)
    if dossier is None:
        raise NotFoundError("Dit dossier bestaat niet (meer).")
    return dossier


def _note_estimate_id(dossier_id: int, estimate_id: str) -> None:
    Dossier.update(c360_estimate_id=estimate_id).where(
        (Dossier.id == dossier_id)
        & (Dossier.c360_estimate_id.is_null() | (Dossier.c360_estimate_id != estimate_id))
    ).execute()


def _accepted(dossier_id: int, estimate: Estimate) -> EstimateVersion | None:
    found: EstimateVersion | None = EstimateVersion.get_or_none(
        (EstimateVersion.dossier == dossier_id)
        & (EstimateVersion.remote_estimate_id == estimate.estimate_id)
        & (EstimateVersion.remote_version == estimate.version)
    )
    return found


def _row_totals(row: EstimateVersion) -> Totals:
    return Totals(
        Decimal(row.total_parts),
        Decimal(row.total_labour),
        Decimal(row.total_paint),
        Decimal(row.total_other),
        Decimal(row.total_net),
        Decimal(row.total_vat),
        Decimal(row.total_gross),
    )


def _store_version(dossier_id: int, estimate: Estimate, accepted_by: str) -> EstimateVersion:
    last = (
        EstimateVersion.select(peewee.fn.MAX(EstimateVersion.version))
        .where(EstimateVersion.dossier == dossier_id)
        .scalar()
    )
    t = estimate.totals
    version: EstimateVersion = EstimateVersion.create(
        dossier=dossier_id,
        version=int(last or 0) + 1,
        remote_estimate_id=estimate.estimate_id,
        remote_version=estimate.version,
        source="claims360",
        estimate_date=estimate.updated_at,
        currency=estimate.currency[:3],
        total_parts=t.parts,
        total_labour=t.labour,
        total_paint=t.paint,
        total_other=t.other,
        total_net=t.net,
        total_vat=t.vat,
        total_gross=t.gross,
        accepted_at=utcnow(),
        accepted_by=accepted_by[:120],
    )
    rows: list[dict[str, Any]] = [
        {
            "estimate_version": version.id,
            "line_no": line.line_no,
            "kind": line.kind,
            "code": line.code[:64] if line.code else None,
            "description": line.description[:300],
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "amount": line.amount,
        }
        for line in estimate.lines
    ]
    for start in range(0, len(rows), 100):
        EstimateLineRow.insert_many(rows[start : start + 100]).execute()
    Dossier.update(c360_estimate_id=estimate.estimate_id, updated_at=utcnow()).where(
        Dossier.id == dossier_id
    ).execute()
    return version
