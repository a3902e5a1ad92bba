"""Repairers ("herstellers"): a database may hold several body shops."""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from planmanager_desktop.domain.errors import NotFoundError, ValidationError
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import Repairer


@dataclass(frozen=True)
class RepairerInput:
    name: str
    external_reference: str | None = None
    vat_number: str | None = None
    address: str | None = None


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


class RepairerService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self) -> list[Repairer]:
        return list(Repairer.select().order_by(peewee.fn.LOWER(Repairer.name)))

    def get(self, repairer_id: int) -> Repairer:
        repairer = Repairer.get_or_none(Repairer.id == repairer_id)
        if repairer is None:
            raise NotFoundError("Deze hersteller bestaat niet (meer).")
        return repairer

    def by_name(self, name: str) -> Repairer:
        """Exact name first, then case-insensitive: the helpdesk types names by hand."""
        wanted = name.strip()
        repairer = Repairer.get_or_none(Repairer.name == wanted)
        if repairer is None:
            matches = list(Repairer.select().where(peewee.fn.LOWER(Repairer.name) == wanted.lower()))
            if len(matches) == 1:
                repairer = matches[0]
        if repairer is None:
            known = ", ".join(r.name for r in self.list()) or "(geen)"
            raise NotFoundError(f"Onbekende hersteller {wanted!r}. Bekende herstellers: {known}.")
        return repairer

    def add(self, data: RepairerInput) -> Repairer:
        values = self._validated(data)
        with self._database.write():
            self._check_unique(values, None)
            repairer = Repairer.create(**values)
            audit.record("repairer.add", {"id": repairer.id, **values})
        return repairer

    def update(self, repairer_id: int, data: RepairerInput) -> Repairer:
        values = self._validated(data)
        with self._database.write():
            self.get(repairer_id)
            self._check_unique(values, repairer_id)
            Repairer.update(**values).where(Repairer.id == repairer_id).execute()
            audit.record("repairer.update", {"id": repairer_id, **values})
        return self.get(repairer_id)

    @staticmethod
    def _validated(data: RepairerInput) -> dict[str, str | None]:
        name = _clean(data.name)
        if not name:
            raise ValidationError("Geef de naam van de hersteller in.", field="name")
        if len(name) > 200:
            raise ValidationError("De naam mag hoogstens 200 tekens lang zijn.", field="name")
        ref = _clean(data.external_reference)
        if ref and len(ref) > 64:
            raise ValidationError(
                "De externe referentie mag hoogstens 64 tekens lang zijn.", field="external_reference"
            )
        return {
            "name": name,
            "external_reference": ref,
            "vat_number": _clean(data.vat_number),
            "address": _clean(data.address),
        }

    @staticmethod
    def _check_unique(values: dict[str, str | None], own_id: int | None) -> None:
        """A clear message instead of an IntegrityError; the constraint still guards races."""
        name = values["name"]
        assert name is not None
        clash = Repairer.select().where(peewee.fn.LOWER(Repairer.name) == name.lower())
        if own_id is not None:
            clash = clash.where(Repairer.id != own_id)
        if clash.exists():
            raise ValidationError(f"Er bestaat al een hersteller met de naam {name!r}.", field="name")
        ref = values["external_reference"]
        if ref:
            clash = Repairer.select().where(Repairer.external_reference == ref)
            if own_id is not None:
                clash = clash.where(Repairer.id != own_id)
            other = clash.first()
            if other is not None:
                raise ValidationError(
                    f"De externe referentie {ref} is al gekoppeld aan hersteller {other.name}.",
                    field="external_reference",
                )
