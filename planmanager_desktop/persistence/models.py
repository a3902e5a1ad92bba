"""The PlanManager tables.

Every place where a duplicate would be a bug has a unique constraint, so that two PCs writing at
the same moment get an integrity error instead of a second assignment, dossier or photo.

The API keys of Claims360 are *not* here: only their salted fingerprints
(:class:`Claims360Config`); the keys themselves live in the OS keyring of each PC.
"""

from __future__ import annotations

from enum import StrEnum

import peewee

from planmanager_desktop.persistence.database import database_proxy
from planmanager_desktop.persistence.fields import DecimalTextField, UtcDateTimeField, utcnow


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class IdModel(BaseModel):
    """A table with an integer id (declared, so that type checkers know it)."""

    id = peewee.AutoField()


class DossierStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class AssignmentStatus(StrEnum):
    OPEN = "open"
    CANCELLED = "cancelled"
    CLOSED = "closed"


class QueueState(StrEnum):
    """Where an imported assignment or estimate stands with respect to the Wachtrij."""

    QUEUED = "queued"  # waits for a person (informex_queueing on)
    ACCEPTED = "accepted"  # a person accepted it into a dossier
    REJECTED = "rejected"  # a person rejected it (with a reason)
    AUTO = "auto"  # placed into a dossier without queueing


class AssignmentSource(StrEnum):
    CLAIMS360 = "claims360"
    WINFORMEX = "winformex"


class PhotoSource(StrEnum):
    LOCAL = "local"  # added in PlanManager from disk
    CLAIMS360 = "claims360"  # downloaded from a Claims360 case


class Repairer(IdModel):
    """A body shop ("hersteller"); one database may hold several."""

    name = peewee.CharField(max_length=200, unique=True)
    #: The Informex mailbox number ("postbus"), often the VAT number; pre-fills the Carrosserie Id.
    external_reference = peewee.CharField(max_length=64, null=True, unique=True)
    vat_number = peewee.CharField(max_length=32, null=True)
    address = peewee.CharField(max_length=300, null=True)
    created_at = UtcDateTimeField(default=utcnow)


class Customer(IdModel):
    name = peewee.CharField(max_length=200, index=True)
    phone = peewee.CharField(max_length=64, null=True)
    email = peewee.CharField(max_length=200, null=True)
    address = peewee.CharField(max_length=300, null=True)
    vat_number = peewee.CharField(max_length=32, null=True)
    created_at = UtcDateTimeField(default=utcnow)


class Vehicle(IdModel):
    #: Normalised plate (Belgian plates as ``1-ABC-123``); indexed for search and matching.
    license_plate = peewee.CharField(max_length=20, null=True, index=True)
    vin = peewee.CharField(max_length=17, null=True, index=True)
    make = peewee.CharField(max_length=80, null=True)
    model = peewee.CharField(max_length=120, null=True)
    first_registration = peewee.DateField(null=True)
    created_at = UtcDateTimeField(default=utcnow)


class Dossier(IdModel):
    """A repair file: vehicle, customer, repairer, photos, estimates."""

    # Foreign-key id accessors peewee adds (declared for type checkers).
    repairer_id: int
    customer_id: int | None
    vehicle_id: int | None

    number = peewee.CharField(max_length=32, unique=True)
    repairer = peewee.ForeignKeyField(Repairer, backref="dossiers", on_delete="RESTRICT")
    customer = peewee.ForeignKeyField(Customer, null=True, backref="dossiers", on_delete="SET NULL")
    vehicle = peewee.ForeignKeyField(Vehicle, null=True, backref="dossiers", on_delete="SET NULL")
    odometer_km = peewee.IntegerField(null=True)
    status = peewee.CharField(max_length=16, default=DossierStatus.OPEN.value, index=True)
    description = peewee.TextField(null=True)
    insurer_name = peewee.CharField(max_length=200, null=True)
    claim_number = peewee.CharField(max_length=64, null=True)
    created_at = UtcDateTimeField(default=utcnow, index=True)
    updated_at = UtcDateTimeField(default=utcnow)
    #: The Claims360 case this dossier is linked to (by export or by an imported assignment).
    c360_case_id = peewee.CharField(max_length=64, null=True)
    c360_case_number = peewee.CharField(max_length=32, null=True)
    c360_last_export_at = UtcDateTimeField(null=True)
    c360_estimate_id = peewee.CharField(max_length=64, null=True)
    #: Dossier sent to WinFormEx II before Claims360 replaced it.
    winformex_sent_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = (
            # One dossier per Claims360 case of a repairer.
            (("repairer", "c360_case_id"), True),
        )


class DossierSequence(BaseModel):
    """The last dossier number handed out per year; one row locked per allocation."""

    year = peewee.IntegerField(primary_key=True)
    last = peewee.IntegerField(default=0)


class Photo(IdModel):
    """A photo of a dossier, stored in the data folder under a name the program chooses."""

    # Foreign-key id accessors peewee adds (declared for type checkers).
    dossier_id: int

    dossier = peewee.ForeignKeyField(Dossier, backref="photos", on_delete="CASCADE")
    #: Path relative to the photo store; never derived from a name that came from the network.
    stored_name = peewee.CharField(max_length=200, unique=True)
    original_name = peewee.CharField(max_length=255, null=True)
    content_type = peewee.CharField(max_length=64)
    size = peewee.BigIntegerField()
    sha256 = peewee.CharField(max_length=64)
    width = peewee.IntegerField(null=True)
    height = peewee.IntegerField(null=True)
    source = peewee.CharField(max_length=16, default=PhotoSource.LOCAL.value)
    remote_photo_id = peewee.CharField(max_length=64, null=True)
    taken_at = UtcDateTimeField(null=True)
    added_at = UtcDateTimeField(default=utcnow)
    #: When the photo was uploaded to Claims360 (None: never sent).
    sent_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = (
            (("dossier", "sha256"), True),  # the same bytes once per dossier
            (("dossier", "remote_photo_id"), True),  # a Claims360 photo once per dossier
        )


class EstimateVersion(IdModel):
    """One version of a dossier's estimate ("bestek"); earlier versions stay viewable."""

    # Foreign-key id accessors peewee adds (declared for type checkers).
    dossier_id: int

    dossier = peewee.ForeignKeyField(Dossier, backref="estimate_versions", on_delete="CASCADE")
    version = peewee.IntegerField()
    remote_estimate_id = peewee.CharField(max_length=64, null=True)
    source = peewee.CharField(max_length=16, default="local")
    estimate_date = UtcDateTimeField(null=True)
    currency = peewee.CharField(max_length=3, default="EUR")
    total_parts = DecimalTextField(default=0)
    total_labour = DecimalTextField(default=0)
    total_paint = DecimalTextField(default=0)
    total_other = DecimalTextField(default=0)
    total_net = DecimalTextField(default=0)
    total_vat = DecimalTextField(default=0)
    total_gross = DecimalTextField(default=0)
    accepted_at = UtcDateTimeField(default=utcnow)
    accepted_by = peewee.CharField(max_length=120, null=True)
    #: Claims360's own version number (``version`` numbers the dossier's versions 1, 2, …
    #: whatever their source, so a local version 1 and Claims360's version 1 can coexist).
    remote_version = peewee.IntegerField(null=True)

    class Meta:
        indexes = (
            (("dossier", "version"), True),
            # A Claims360 estimate version is accepted into a dossier once.
            (("dossier", "remote_estimate_id", "remote_version"), True),
        )


class EstimateLine(IdModel):
    # Foreign-key id accessors peewee adds (declared for type checkers).
    estimate_version_id: int
    estimate_version = peewee.ForeignKeyField(EstimateVersion, backref="lines", on_delete="CASCADE")
    line_no = peewee.IntegerField()
    kind = peewee.CharField(max_length=16)  # part, labour, paint, other
    code = peewee.CharField(max_length=64, null=True)
    description = peewee.CharField(max_length=300)
    quantity = DecimalTextField()
    unit_price = DecimalTextField()
    amount = DecimalTextField()

    class Meta:
        indexes = ((("estimate_version", "line_no"), True),)


class Assignment(IdModel):
    """An assignment ("opdracht") imported from Claims360 or WinFormEx II.

    Few indexes on purpose: a first sync inserts thousands of rows and every index is paid per
    row. Plate and customer are searched with ``LIKE '%…%'``, which no index serves.
    """

    # Foreign-key id accessors peewee adds (declared for type checkers).
    repairer_id: int
    dossier_id: int | None

    repairer = peewee.ForeignKeyField(Repairer, backref="assignments", on_delete="RESTRICT")
    number = peewee.CharField(max_length=32)
    source = peewee.CharField(max_length=16, default=AssignmentSource.CLAIMS360.value)
    case_id = peewee.CharField(max_length=64, null=True)
    status = peewee.CharField(max_length=16, default=AssignmentStatus.OPEN.value)
    complete = peewee.BooleanField(null=True)
    work = peewee.CharField(max_length=300, null=True)
    license_plate = peewee.CharField(max_length=20, null=True)
    vin = peewee.CharField(max_length=17, null=True)
    make = peewee.CharField(max_length=80, null=True)
    model = peewee.CharField(max_length=120, null=True)
    first_registration = peewee.DateField(null=True)
    odometer_km = peewee.IntegerField(null=True)
    customer_name = peewee.CharField(max_length=200, null=True)
    customer_phone = peewee.CharField(max_length=64, null=True)
    customer_email = peewee.CharField(max_length=200, null=True)
    insurer_name = peewee.CharField(max_length=200, null=True)
    claim_number = peewee.CharField(max_length=64, null=True)
    expert_name = peewee.CharField(max_length=200, null=True)
    smart_expertise = peewee.BooleanField(null=True)
    estimate_id = peewee.CharField(max_length=64, null=True)
    estimate_version = peewee.IntegerField(null=True)
    photo_count = peewee.IntegerField(null=True)
    #: Photos of the case that are known locally (compared with ``photo_count``).
    photos_known = peewee.IntegerField(default=0)
    remote_created_at = UtcDateTimeField()
    remote_updated_at = UtcDateTimeField()
    imported_at = UtcDateTimeField(default=utcnow, index=True)  # "Datum Import"
    updated_at = UtcDateTimeField(default=utcnow)
    dossier = peewee.ForeignKeyField(Dossier, null=True, backref="assignments", on_delete="SET NULL")
    queue_state = peewee.CharField(max_length=16, default=QueueState.AUTO.value, index=True)
    reject_reason = peewee.TextField(null=True)
    decided_by = peewee.CharField(max_length=120, null=True)
    decided_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("repairer", "number"), True),)


class OutboxKind(StrEnum):
    CREATE_CASE = "create_case"  # "Exporteren naar Claims360" (C360-DOS-1)
    PATCH_CASE = "patch_case"  # "Gegevens versturen naar Claims360" (C360-DOS-2)
    UPLOAD_PHOTO = "upload_photo"  # the photo picker (C360-PHO-2)


class OutboxState(StrEnum):
    PENDING = "pending"  # stored, maybe sent, no final answer yet: resume with the same key
    DONE = "done"  # Claims360 answered with success
    FAILED = "failed"  # Claims360 refused it for good (4xx): a new attempt gets a new key


class Claims360Outbox(IdModel):
    """A write to Claims360, stored (and committed) *before* it is sent.

    Its ``idempotency_key`` goes with every attempt, so a double click, a timeout after
    Claims360 already applied the write, or a crash and restart never creates a second case or
    photo: the pending row is resumed with the same key and the same body, and Claims360 replays
    its first answer. ``active_slot`` is set while the row is pending (``export:<dossier>``,
    ``patch:<dossier>``, ``photo:<photo>``) and cleared when it ends; its unique index allows one
    pending write per slot across every PC on the database.
    """

    # Foreign-key id accessors peewee adds (declared for type checkers).
    dossier_id: int
    photo_id: int | None

    dossier = peewee.ForeignKeyField(Dossier, backref="outbox", on_delete="CASCADE")
    photo = peewee.ForeignKeyField(Photo, null=True, backref="outbox", on_delete="CASCADE")
    kind = peewee.CharField(max_length=16, index=True)
    idempotency_key = peewee.CharField(max_length=64, unique=True)
    active_slot = peewee.CharField(max_length=64, null=True, unique=True)
    #: The request body as JSON (plate, km-stand, …): a resumed attempt sends exactly this.
    payload = peewee.TextField()
    state = peewee.CharField(max_length=16, default=OutboxState.PENDING.value, index=True)
    attempts = peewee.IntegerField(default=0)
    last_error = peewee.TextField(null=True)  # Dutch
    #: What Claims360 answered on success (JSON: caseId, number, photoId …).
    result = peewee.TextField(null=True)
    created_at = UtcDateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=120, null=True)
    finished_at = UtcDateTimeField(null=True)


class PendingEstimate(IdModel):
    """A Claims360 estimate version found by the sync, waiting in the Wachtrij (C360-SYNC-5).

    A table of its own rather than the queue columns of :class:`Assignment`: one assignment
    (one case) receives many estimate versions over time, each with its own decision, and the
    assignment's queue state says where the *assignment* went. The fetched estimate is kept as
    JSON, so the Wachtrij can show it and accepting it needs no network.
    """

    # Foreign-key id accessors peewee adds (declared for type checkers).
    dossier_id: int
    assignment_id: int | None

    dossier = peewee.ForeignKeyField(Dossier, backref="pending_estimates", on_delete="CASCADE")
    assignment = peewee.ForeignKeyField(
        Assignment, null=True, backref="pending_estimates", on_delete="SET NULL"
    )
    remote_estimate_id = peewee.CharField(max_length=64)
    remote_version = peewee.IntegerField()
    estimate_date = UtcDateTimeField(null=True)
    payload = peewee.TextField()  # the estimate as Claims360 sent it (JSON, decimals as text)
    queue_state = peewee.CharField(max_length=16, default=QueueState.QUEUED.value, index=True)
    detected_at = UtcDateTimeField(default=utcnow, index=True)
    reject_reason = peewee.TextField(null=True)
    decided_by = peewee.CharField(max_length=120, null=True)
    decided_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("dossier", "remote_estimate_id", "remote_version"), True),)


class SkippedRemotePhoto(IdModel):
    """A Claims360 photo that was refused (corrupt, too big, not an image) (C360-PHO-3).

    Kept so that the info panel can say which photo and why, and so that the same bytes are not
    downloaded again on every sync; a photo whose sha256 changes on the server is tried anew.
    """

    # Foreign-key id accessors peewee adds (declared for type checkers).
    dossier_id: int

    dossier = peewee.ForeignKeyField(Dossier, backref="skipped_remote_photos", on_delete="CASCADE")
    remote_photo_id = peewee.CharField(max_length=64)
    sha256 = peewee.CharField(max_length=64)
    reason = peewee.TextField()  # Dutch
    skipped_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("dossier", "remote_photo_id", "sha256"), True),)


class Claims360Config(IdModel):
    """The non-secret half of a repairer's Claims360 link; global for the whole database."""

    # Foreign-key id accessors peewee adds (declared for type checkers).
    repairer_id: int

    repairer = peewee.ForeignKeyField(Repairer, unique=True, backref="claims360_config", on_delete="CASCADE")
    carrosserie_id = peewee.CharField(max_length=64)
    #: Per-configuration random salt for the key fingerprints (hex).
    fingerprint_salt = peewee.CharField(max_length=64)
    bodyshop_key_fingerprint = peewee.CharField(max_length=128)
    planmanager_key_fingerprint = peewee.CharField(max_length=128)
    organisation_name = peewee.CharField(max_length=200, null=True)
    verified = peewee.BooleanField(default=False)  # False when saved while Claims360 was unreachable
    saved_by = peewee.CharField(max_length=120)
    saved_on_host = peewee.CharField(max_length=120, null=True)
    saved_at = UtcDateTimeField(default=utcnow)
    locked = peewee.BooleanField(default=True)


class Setting(BaseModel):
    """Database-wide settings (not per user): see :mod:`planmanager_desktop.persistence.settings`."""

    key = peewee.CharField(max_length=100, primary_key=True)
    value = peewee.TextField()
    updated_at = UtcDateTimeField(default=utcnow)
    updated_by = peewee.CharField(max_length=120, null=True)


class SyncState(IdModel):
    """Per repairer: the server watermark, the last result and the lease that serialises PCs."""

    # Foreign-key id accessors peewee adds (declared for type checkers).
    repairer_id: int

    repairer = peewee.ForeignKeyField(Repairer, unique=True, backref="sync_state", on_delete="CASCADE")
    #: The server's ``serverTime`` of the first page of the last complete listing.
    watermark = peewee.CharField(max_length=64, null=True)
    last_started_at = UtcDateTimeField(null=True)
    last_finished_at = UtcDateTimeField(null=True)
    last_result = peewee.CharField(max_length=16, null=True)  # ok, error, skipped
    last_error = peewee.TextField(null=True)  # Dutch, for the info panel
    last_new = peewee.IntegerField(default=0)
    last_changed = peewee.IntegerField(default=0)
    last_unchanged = peewee.IntegerField(default=0)
    lease_holder = peewee.CharField(max_length=200, null=True)
    lease_expires_at = UtcDateTimeField(null=True)


class AuditLog(IdModel):
    """Who did what to the database: every admin action, every configuration change."""

    at = UtcDateTimeField(default=utcnow, index=True)
    actor = peewee.CharField(max_length=120)
    host = peewee.CharField(max_length=120, null=True)
    action = peewee.CharField(max_length=80, index=True)
    details = peewee.TextField(null=True)  # JSON; never a secret


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Repairer,
    Customer,
    Vehicle,
    Dossier,
    DossierSequence,
    Photo,
    EstimateVersion,
    EstimateLine,
    Assignment,
    Claims360Config,
    Setting,
    SyncState,
    AuditLog,
    Claims360Outbox,
    PendingEstimate,
    SkippedRemotePhoto,
)
