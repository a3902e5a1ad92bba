# ruff: noqa: F811  (pytest fixtures imported from claims360_flow_support are parameters here)
"""The photo picker: send a dossier's photos to Claims360, never twice (C360-PHO-2), against the
sandbox over HTTP on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from claims360_flow_support import Flow, files_named, flow, jpeg_bytes, sandbox_state  # noqa: F401

from planmanager_desktop.claims360.client import MAX_PHOTO_BYTES
from planmanager_desktop.domain.claims360_export import NotExportedError
from planmanager_desktop.domain.photo_upload import UploadProgress, UploadStatus
from planmanager_desktop.persistence.models import Claims360Outbox, OutboxState, Photo


def _add_photo(flow: Flow, dossier_id: int, tmp_path: Path, name: str, data: bytes | None = None) -> Photo:
    path = tmp_path / name
    path.write_bytes(data if data is not None else jpeg_bytes())
    photo = flow.services.photos.add_from_file(dossier_id, path)
    assert photo is not None
    return photo


async def _exported(flow: Flow) -> tuple[int, str]:
    dossier = flow.dossier()
    return dossier.id, (await flow.services.claims360_export.export(dossier.id)).case_id


async def test_C360_PHO_2_picker_marks_sent_photos_and_uploads_with_progress(
    flow: Flow, tmp_path: Path
) -> None:
    """C360-PHO-2: the picker lists the photos, uploads the chosen ones with progress and a
    result each, marks them as sent, and a second send does not upload them again."""
    dossier = flow.dossier()
    first = _add_photo(flow, dossier.id, tmp_path, "voorkant.jpg")
    second = _add_photo(flow, dossier.id, tmp_path, "achterkant.png", _png())
    upload = flow.services.photo_upload
    with pytest.raises(NotExportedError):
        await upload.upload(dossier.id, [first.id])
    case_id = (await flow.services.claims360_export.export(dossier.id)).case_id
    picker = upload.picker(dossier.id)
    assert [(p.photo_id, p.in_claims360, p.too_large) for p in picker] == [
        (first.id, False, False),
        (second.id, False, False),
    ]
    seen: list[UploadProgress] = []
    results = await upload.upload(dossier.id, [first.id, second.id], progress=seen.append)
    assert [r.status for r in results] == [UploadStatus.SENT, UploadStatus.SENT]
    assert all(r.ok and r.remote_photo_id for r in results)
    assert [(p.photo_id, p.result is not None) for p in seen] == [
        (first.id, False),
        (first.id, True),
        (second.id, False),
        (second.id, True),
    ]
    assert seen[-1].fraction == 1.0
    assert len(flow.cases()[case_id].photos) == 2
    assert all(p.in_claims360 and p.sent_at for p in upload.picker(dossier.id))

    flow.state.reset_request_counts()
    again = await upload.upload(dossier.id, [first.id, second.id])
    assert [r.status for r in again] == [UploadStatus.ALREADY_IN_CLAIMS360] * 2
    assert flow.state.request_counts()["total"] == 0
    assert len(flow.cases()[case_id].photos) == 2

    # The photos this PC sent come back in the case's listing: the sync does not import them.
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok and flow.requests("/content") == 0
    assert Photo.select().count() == 2


async def test_C360_PHO_2_interrupted_upload_is_retried_with_the_same_key_no_duplicate(
    flow: Flow, tmp_path: Path
) -> None:
    """C360-PHO-2: the connection drops after Claims360 stored the photo (every attempt); the
    photo stays pending with a Dutch message; the retry uses the same Idempotency-Key: one photo
    on the case, no partial file anywhere."""
    dossier_id, case_id = await _exported(flow)
    photo = _add_photo(flow, dossier_id, tmp_path, "schade.jpg")
    flow.state.drop_connection(count=3, method="POST", path="/photos")
    (first,) = await flow.services.photo_upload.upload(dossier_id, [photo.id])
    assert first.status is UploadStatus.RETRY and first.can_retry and "niet dubbel" in first.message
    assert Photo.get_by_id(photo.id).sent_at is None
    assert flow.services.photo_upload.picker(dossier_id)[0].pending
    assert len(flow.cases()[case_id].photos) == 1  # it did arrive
    row = Claims360Outbox.get(Claims360Outbox.photo == photo.id)
    assert row.state == OutboxState.PENDING.value

    retried = await flow.services.photo_upload.upload_one(dossier_id, photo.id)
    assert retried.ok, retried.message
    assert len(flow.cases()[case_id].photos) == 1
    assert Claims360Outbox.select().where(Claims360Outbox.photo == photo.id).count() == 1
    assert Photo.get_by_id(photo.id).sent_at is not None
    assert files_named(flow.services.photos.store.root, ".part") == []


async def test_C360_PHO_2_bytes_already_on_the_case_are_not_stored_again(flow: Flow, tmp_path: Path) -> None:
    """C360-PHO-2: Claims360 answers 200 for bytes it already has (sha256): marked, not added."""
    dossier_id, case_id = await _exported(flow)
    data = jpeg_bytes()
    flow.state.add_photo(flow.cid, case_id, data, "door-iemand-anders.jpg")
    photo = _add_photo(flow, dossier_id, tmp_path, "zelfde.jpg", data)
    (result,) = await flow.services.photo_upload.upload(dossier_id, [photo.id])
    assert result.status is UploadStatus.ALREADY_IN_CLAIMS360 and "stond al" in result.message
    assert len(flow.cases()[case_id].photos) == 1
    assert Photo.get_by_id(photo.id).remote_photo_id == result.remote_photo_id


async def test_C360_PHO_2_photo_over_10_mb_is_refused_and_can_be_scaled_down(
    flow: Flow, tmp_path: Path
) -> None:
    """C360-PHO-2: a photo over 10 MB is not sent; the result offers to scale it down, and the
    scaled JPEG copy (under 10 MB, the original kept) is sent."""
    dossier_id, case_id = await _exported(flow)
    big = jpeg_bytes(3000, 2200, quality=100)
    assert len(big) > MAX_PHOTO_BYTES
    photo = _add_photo(flow, dossier_id, tmp_path, "groot.jpg", big)
    assert flow.services.photo_upload.picker(dossier_id)[0].too_large
    (result,) = await flow.services.photo_upload.upload(dossier_id, [photo.id])
    assert result.status is UploadStatus.TOO_LARGE and result.can_scale_down and "10 MB" in result.message
    assert (
        flow.requests("/photos", "POST") == 0
        and Claims360Outbox.select().where(Claims360Outbox.photo == photo.id).count() == 0
    )
    smaller = flow.services.photo_upload.scale_down(photo.id)
    assert smaller.id != photo.id and smaller.size <= MAX_PHOTO_BYTES and smaller.content_type == "image/jpeg"
    assert smaller.original_name == "groot (verkleind).jpg"
    (sent,) = await flow.services.photo_upload.upload(dossier_id, [smaller.id])
    assert sent.status is UploadStatus.SENT
    assert len(flow.cases()[case_id].photos) == 1
    assert Photo.select().where(Photo.dossier == dossier_id).count() == 2


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()
