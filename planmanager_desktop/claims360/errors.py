"""Errors of the Claims360 client.

Every error carries two texts:

* ``user_message``: Dutch (nl-BE) for an office worker: what happened and what to do;
* ``str(error)``: a short technical summary for logs (status, path, reason).

Why the care about secrets: an error travels far (logs, dialogs, crash reports), so no error ever
holds an API key: not in ``str``, ``repr`` or ``args``, and the client raises them outside any
``except`` block so that no httpx exception (whose ``request`` carries the key headers) hangs on
as ``__cause__`` or ``__context__``. Texts that come from the server (``detail``) are scrubbed of
the caller's keys before they reach an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

KeyKind = Literal["bodyshop", "planmanager"]

_KEY_LABEL: dict[KeyKind, str] = {
    "bodyshop": "Bodyshop API sleutel",
    "planmanager": "PlanManager API sleutel",
}

# Dutch labels of the contract's fields, for validation messages a user can act on.
_FIELD_LABEL: dict[str, str] = {
    "licensePlate": "nummerplaat",
    "odometerKm": "km-stand",
    "externalReference": "dossiernummer",
    "file": "foto",
    "Idempotency-Key": "herhaalsleutel",
    "updatedSince": "datum vanaf",
    "cursor": "paginering",
    "limit": "aantal per pagina",
}


class Claims360Error(Exception):
    """Base of every error the Claims360 client raises."""

    default_user_message = (
        "Er ging iets mis in de koppeling met Claims360. Probeer het opnieuw; "
        "blijft het gebeuren, neem dan contact op met de helpdesk."
    )
    #: True when repeating the same request later may succeed (network, 5xx, 429).
    transient = False

    def __init__(
        self,
        technical: str,
        *,
        user_message: str | None = None,
        status: int | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(technical)
        self.technical = technical
        self.user_message = user_message or self.default_user_message
        self.status = status
        self.detail = detail

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.technical!r}, status={self.status!r})"


class KeyRefusedError(Claims360Error):
    """401: one of the two keys is missing, wrong or revoked; ``key`` says which (C360-CFG-7)."""

    def __init__(self, technical: str, *, key: KeyKind | None, detail: str | None = None) -> None:
        self.key: KeyKind | None = key
        if key is None:
            message = (
                "Claims360 weigert de API sleutels: ze zijn onjuist of ingetrokken. Kopieer beide "
                "sleutels opnieuw uit Claims360 (Mijn organisatie → API-sleutels)."
            )
        else:
            message = (
                f"Claims360 weigert de {_KEY_LABEL[key]}: die is onjuist of ingetrokken. "
                "Kopieer de sleutel opnieuw uit Claims360 (Mijn organisatie → API-sleutels)."
            )
        message += " Is de configuratie al bewaard, neem dan contact op met de helpdesk."
        super().__init__(technical, user_message=message, status=401, detail=detail)


class WrongOrganisationError(Claims360Error):
    """403: the keys belong to another organisation than the Carrosserie Id (C360-CFG-7)."""

    def __init__(self, technical: str, *, carrosserie_id: str, detail: str | None = None) -> None:
        self.carrosserie_id = carrosserie_id
        super().__init__(
            technical,
            user_message=(
                "De API sleutels horen bij een andere organisatie dan Carrosserie Id "
                f"{carrosserie_id}. Controleer of de Carrosserie Id (het Informex-postbusnummer) "
                "en de twee sleutels van dezelfde hersteller zijn."
            ),
            status=403,
            detail=detail,
        )


class NotFoundError(Claims360Error):
    """404: the assignment, case, estimate or photo does not exist (for this organisation)."""

    def __init__(self, technical: str, *, what: str, detail: str | None = None) -> None:
        self.what = what
        super().__init__(
            technical,
            user_message=(
                f"Claims360 vindt {what} niet. Het werd misschien verwijderd of hoort bij een "
                "andere hersteller. Vernieuw de gegevens en probeer opnieuw."
            ),
            status=404,
            detail=detail,
        )


class ValidationError(Claims360Error):
    """422: Claims360 refused the data; ``field_errors`` maps contract field → messages."""

    def __init__(
        self,
        technical: str,
        *,
        field_errors: Mapping[str, tuple[str, ...]] | None = None,
        detail: str | None = None,
    ) -> None:
        self.field_errors: dict[str, tuple[str, ...]] = dict(field_errors or {})
        parts = [
            f"{_FIELD_LABEL.get(name, name)}: {'; '.join(msgs)}" for name, msgs in self.field_errors.items()
        ]
        reason = ", ".join(parts) if parts else (detail or "ongeldige gegevens")
        super().__init__(
            technical,
            user_message=(
                f"Claims360 weigert de gegevens ({reason}). Verbeter de gegevens en probeer opnieuw."
            ),
            status=422,
            detail=detail,
        )


class RateLimitedError(Claims360Error):
    """429: more than the allowed requests per second for this bodyshop key."""

    transient = True

    def __init__(self, technical: str, *, retry_after: float | None, detail: str | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(
            technical,
            user_message=(
                "Claims360 krijgt te veel verzoeken voor deze hersteller en vraagt even te "
                "wachten. Er ging niets verloren; probeer het over een minuut opnieuw."
            ),
            status=429,
            detail=detail,
        )


class ServiceUnavailableError(Claims360Error):
    """5xx: Claims360 has a failure or is in maintenance (503)."""

    transient = True

    def __init__(
        self,
        technical: str,
        *,
        status: int,
        retry_after: float | None = None,
        detail: str | None = None,
    ) -> None:
        self.retry_after = retry_after
        if status == 503:
            message = (
                "Claims360 is tijdelijk niet beschikbaar (onderhoud). Er ging niets verloren; "
                "probeer het over enkele minuten opnieuw."
            )
        else:
            message = (
                f"Claims360 heeft een storing (foutcode {status}). Er ging niets verloren; "
                "probeer het over enkele minuten opnieuw."
            )
        super().__init__(technical, user_message=message, status=status, detail=detail)


class NetworkError(Claims360Error):
    """No (complete) answer: connection refused or dropped, DNS, TLS, timeouts."""

    transient = True
    default_user_message = (
        "PlanManager kan Claims360 niet bereiken. Controleer de internetverbinding (en een "
        "eventuele proxy of firewall) en probeer het opnieuw."
    )

    def __init__(
        self,
        technical: str,
        *,
        user_message: str | None = None,
        maybe_applied: bool = False,
        never_sent: bool = False,
    ) -> None:
        #: True for a write that may have reached Claims360 before the connection failed.
        self.maybe_applied = maybe_applied
        #: True when the request provably never left (connect failed): safe to repeat any call.
        self.never_sent = never_sent
        super().__init__(technical, user_message=user_message)


class DeadlineExceededError(NetworkError):
    """The whole operation (all attempts and waits) took longer than its deadline."""

    def __init__(self, technical: str, *, seconds: float, maybe_applied: bool = False) -> None:
        self.seconds = seconds
        super().__init__(
            technical,
            user_message=(
                f"Claims360 antwoordde niet binnen {seconds:.0f} seconden. Controleer de "
                "internetverbinding en probeer het later opnieuw."
            ),
            maybe_applied=maybe_applied,
        )


class ResponseError(Claims360Error):
    """Claims360 answered something this program cannot read (malformed, too big, wrong type)."""

    default_user_message = (
        "Claims360 stuurde een antwoord dat PlanManager niet kan lezen. Probeer het later "
        "opnieuw; blijft het gebeuren, neem dan contact op met de helpdesk."
    )

    def __init__(self, technical: str, *, status: int | None = None) -> None:
        super().__init__(technical, status=status)


#: The name the brief of the models uses; one class.
Claims360ResponseError = ResponseError


class PhotoIntegrityError(ResponseError):
    """A downloaded photo was too big, of a wrong type or did not match its sha256."""

    default_user_message = (
        "Een foto uit Claims360 kwam beschadigd of te groot aan en werd niet bewaard. De "
        "volgende synchronisatie probeert het opnieuw."
    )


class PayloadTooLargeError(Claims360Error):
    """413 (or refused before sending): the photo exceeds Claims360's limit."""

    def __init__(self, technical: str, *, limit_bytes: int | None = None) -> None:
        self.limit_bytes = limit_bytes
        limit = f"{limit_bytes // (1024 * 1024)} MB" if limit_bytes else "de toegelaten grootte"
        super().__init__(
            technical,
            user_message=(
                f"De foto is te groot: Claims360 aanvaardt foto's tot {limit}. Verklein de foto "
                "en probeer opnieuw."
            ),
            status=413,
        )


class UnsupportedMediaTypeError(Claims360Error):
    """415 (or refused before sending): not a JPEG or PNG."""

    def __init__(self, technical: str) -> None:
        super().__init__(
            technical,
            user_message=(
                "Claims360 aanvaardt alleen JPEG- en PNG-foto's. Bewaar de foto als JPEG of PNG "
                "en probeer opnieuw."
            ),
            status=415,
        )


class RequestRejectedError(Claims360Error):
    """Any other refusal (400, 405, 409, a redirect...): a fault this client cannot explain."""

    def __init__(self, technical: str, *, status: int, detail: str | None = None) -> None:
        super().__init__(
            technical,
            user_message=(
                f"Claims360 weigerde het verzoek (foutcode {status}). Probeer het opnieuw; "
                "blijft het gebeuren, neem dan contact op met de helpdesk."
            ),
            status=status,
            detail=detail,
        )


class InvalidCredentialsError(Claims360Error, ValueError):
    """Credentials that cannot even be sent (empty, or characters a header cannot hold)."""

    def __init__(self, technical: str, *, user_message: str) -> None:
        super().__init__(technical, user_message=user_message)
