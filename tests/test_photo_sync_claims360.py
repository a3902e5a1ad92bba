# ruff: noqa: F811  (pytest fixtures imported from claims360_flow_support are parameters here)
"""Photos of linked Claims360 cases into their dossiers during the sync (C360-PHO-1, C360-PHO-3),
against the sandbox over HTTP on both databases, plus a respx stream without Content-Length."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import httpx
import pytest
import respx
from claims360_flow_support import Flow, files_named, flow, jpeg_bytes, sandbox_state  # noqa: F401

from planmanager_desktop.claims360.client import Claims360Http
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Assignment,
    Photo,
    PhotoSource,
    SkippedRemotePhoto,
    SyncState,
)
from planmanager_desktop.sync.assignment_import import PageCounts
from planmanager_desktop.sync.engine import SyncContext
from planmanager_desktop.sync.photo_import import skipped_photos


def _new_assignment(flow: Flow, plate: str) -> tuple[str, str]:
    _, data = flow.state.admin_upsert_assignment(flow.cid, {"vehicle": {"licensePlate": plate}})
    return data["number"], data["caseId"]


async def test_C360_PHO_1_photos_of_linked_cases_are_imported_once(flow: Flow) -> None:
    """C360-PHO-1: photos added in Claims360 arrive in the dossier during the sync, each once,
    as real images with thumbnails, under names the program chose; a second sync lists nothing."""
    a_number, a_case = _new_assignment(flow, "1-AAA-111")
    b_number, b_case = _new_assignment(flow, "1-BBB-222")
    _new_assignment(flow, "1-CCC-333")  # no photos
    flow.state.admin_add_photo(flow.cid, a_case, file_name="../../voorkant.jpg")
    flow.state.admin_add_photo(flow.cid, a_case, fmt="png")
    flow.state.admin_add_photo(flow.cid, b_case)
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    assert "3 foto's uit Claims360 binnengehaald" in result.message
    assert flow.requests("/photos", "GET") - flow.requests("/content") == 2  # two listings
    a = Assignment.get(Assignment.number == a_number)
    photos = list(Photo.select().where(Photo.dossier == a.dossier_id))
    assert len(photos) == 2 and {p.source for p in photos} == {PhotoSource.CLAIMS360.value}
    assert {p.content_type for p in photos} == {"image/jpeg", "image/png"}
    store = flow.services.photos.store
    for photo in photos:
        path = store.path(photo)
        assert path.parent == store.root and ".." not in photo.stored_name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == photo.sha256
        assert store.thumbnail(photo).exists()
    assert {p.original_name for p in photos} >= {"../../voorkant.jpg"}  # a label, never a path
    assert a.photos_known == a.photo_count == 2
    assert Assignment.get(Assignment.number == b_number).photos_known == 1
    assert files_named(store.root, ".part") == [] and files_named(store.root, ".download") == []

    flow.state.reset_request_counts()
    again = await flow.services.sync.sync_one(flow.repairer_id)
    assert again.ok and flow.state.request_counts()["total"] == 1  # the assignments page only
    assert Photo.select().count() == 3


async def test_C360_PHO_1_only_cases_whose_photo_count_changed_are_listed(flow: Flow) -> None:
    """C360-PHO-1: after one more photo on one case, only that case's photos are listed and only
    the new photo is downloaded."""
    cases = [_new_assignment(flow, f"1-DDD-{i:03d}")[1] for i in range(4)]
    for case in cases:
        flow.state.admin_add_photo(flow.cid, case)
    assert (await flow.services.sync.sync_one(flow.repairer_id)).ok
    flow.state.reset_request_counts()
    flow.state.admin_add_photo(flow.cid, cases[2])
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    routes = flow.state.request_counts()["byRoute"]
    listings = [r for r in routes if r.startswith("GET ") and r.endswith("/photos")]
    downloads = [r for r in routes if r.endswith("/content")]
    assert listings == [f"GET /v1/bodyshops/{flow.cid}/cases/{cases[2]}/photos"]
    assert len(downloads) == 1 and routes[downloads[0]] == 1
    assert Photo.select().count() == 5


async def test_C360_PHO_1_queued_assignments_are_not_listed(flow: Flow) -> None:
    """C360-PHO-1: only assignments linked to a dossier get their photos (not the Wachtrij)."""
    flow.services.settings.set("informex_queueing", "on")
    _, case = _new_assignment(flow, "1-EEE-555")
    flow.state.admin_add_photo(flow.cid, case)
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok and flow.requests("/photos") == 0 and Photo.select().count() == 0


async def test_C360_PHO_3_corrupt_jpeg_is_skipped_with_a_dutch_message_and_the_rest_goes_on(
    flow: Flow,
) -> None:
    """C360-PHO-3: a corrupt JPEG from the server is skipped with a Dutch sentence for the info
    panel; the other photos come in, the sync is OK, and the bad bytes are not fetched again."""
    number, case = _new_assignment(flow, "1-FFF-666")
    _, other_case = _new_assignment(flow, "1-GGG-777")
    good = jpeg_bytes()
    corrupt = good[: len(good) // 3]  # starts like a JPEG, cannot be decoded
    flow.state.admin_add_photo(flow.cid, case)
    flow.add_raw_photo(case, corrupt, "kapot.jpg")
    flow.state.admin_add_photo(flow.cid, other_case)
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    assert len(result.warnings) == 1 and "kapot.jpg" in result.warnings[0]
    assert "overgeslagen" in result.warnings[0] and "beschadigd" in result.warnings[0]
    state = SyncState.get(SyncState.repairer == flow.repairer_id)
    assert state.last_result == "ok" and "kapot.jpg" in (state.last_error or "")
    assert Photo.select().count() == 2
    dossier_id = Assignment.get(Assignment.number == number).dossier_id
    assert [s.reason for s in skipped_photos(dossier_id)] == [result.warnings[0]]
    assert Assignment.get(Assignment.number == number).photos_known == 2

    flow.state.admin_add_photo(flow.cid, case)
    flow.state.reset_request_counts()
    later = await flow.services.sync.sync_one(flow.repairer_id)
    assert later.ok and later.warnings == ()
    assert flow.requests("/content") == 1  # only the new photo, not the corrupt one again
    assert SyncState.get(SyncState.repairer == flow.repairer_id).last_error is None


async def test_C360_PHO_3_a_50_mb_body_is_refused_without_leaving_a_file(flow: Flow) -> None:
    """C360-PHO-3: a 50 MB "photo" (the listing lies that it is small) is refused during the
    download; no partial file stays behind; the other photo of the case comes in."""
    number, case = _new_assignment(flow, "1-HHH-888")
    huge = b"\xff\xd8\xff\xe0" + b"\0" * (50 * 1024 * 1024)
    flow.add_raw_photo(case, huge, "groot.jpg", listed_size=400_000)
    flow.state.admin_add_photo(flow.cid, case)
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    assert len(result.warnings) == 1 and "groot.jpg" in result.warnings[0] and "10 MB" in result.warnings[0]
    assert Photo.select().count() == 1
    root = flow.services.photos.store.root
    assert files_named(root, ".part") == [] and files_named(root, ".download") == []
    assert SkippedRemotePhoto.select().count() == 1
    assert Assignment.get(Assignment.number == number).photos_known == 2


async def test_C360_PHO_3_stream_without_content_length_is_cut_off_at_the_limit(
    flow: Flow, tmp_path: Path
) -> None:
    """C360-PHO-3 (respx): a body that announces no size is cut off while streaming once it
    passes the limit; the .part file is removed and the step records the skip."""
    dossier = flow.dossier()
    Assignment.create(
        repairer=flow.repairer_id,
        number="9000001",
        case_id="c-respx",
        photo_count=1,
        remote_created_at=utcnow(),
        remote_updated_at=utcnow(),
        dossier=dossier.id,
    )
    base = "https://claims360.test"
    sha = "ab" * 32

    def endless() -> object:
        yield b"\xff\xd8\xff\xe0"
        for _ in range(200):
            yield b"\0" * (256 * 1024)  # 50 MB in total, never announced

    with respx.mock(base_url=base, assert_all_called=False) as mock:
        mock.get(f"/v1/bodyshops/{flow.cid}/cases/c-respx/photos").respond(
            200,
            json={
                "items": [
                    {
                        "photoId": "p-x",
                        "fileName": "x.jpg",
                        "contentType": "image/jpeg",
                        "size": 1000,
                        "sha256": sha,
                        "takenAt": None,
                        "source": "expert",
                    }
                ]
            },
        )
        content = mock.get(f"/v1/bodyshops/{flow.cid}/cases/c-respx/photos/p-x/content").mock(
            return_value=httpx.Response(200, headers={"Content-Type": "image/jpeg"}, stream=_Stream(endless))
        )
        async with Claims360Http(base, rate_limit_per_second=None) as http:
            context = SyncContext(flow.repairer_id, http.client(flow.credentials), PageCounts())  # type: ignore[arg-type]
            await flow.services.photo_import.run(context)
    assert content.called
    assert len(context.warnings) == 1 and "10 MB" in context.warnings[0]
    assert flow.services.photo_import.last_counts.skipped == 1
    root = flow.services.photos.store.root
    assert files_named(root, ".part") == [] and files_named(root, ".download") == []
    assert Photo.select().count() == 0


class _Stream(httpx.AsyncByteStream):
    def __init__(self, chunks: object) -> None:
        self._chunks = chunks

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for chunk in self._chunks():  # type: ignore[operator]
            yield chunk


async def test_C360_PHO_3_a_disk_error_while_storing_fails_that_photo_for_now_not_for_good(
    flow: Flow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C360-PHO-3: when this PC's disk refuses a photo (full, gone), that is not the photo's fault:
    a Dutch warning, the rest of the sync goes on, nothing is remembered as refused, no file is
    left in the store, and the next sync fetches the photo again.

    The disk error is made by hand, so the check runs on a thread here, where it can be reached;
    the helper process runs the same function (``domain.photo_check``)."""
    from planmanager_desktop.domain import photo_check
    from planmanager_desktop.sync.photo_checker import PhotoChecker

    number, case = _new_assignment(flow, "1-HHH-888")
    _, other_case = _new_assignment(flow, "1-JJJ-999")
    flow.state.admin_add_photo(flow.cid, case)
    flow.state.admin_add_photo(flow.cid, other_case)
    real_adopt = photo_check.adopt_file
    failures = iter([True])

    def adopt_once_failing(store_root: Path, path: Path, extension: str) -> str:
        if next(failures, False):
            raise OSError(28, "No space left on device")
        return real_adopt(store_root, path, extension)

    monkeypatch.setattr(photo_check, "adopt_file", adopt_once_failing)
    checker = PhotoChecker(use_process=False)
    monkeypatch.setattr(flow.services.photo_import, "checker", checker)
    try:
        await _disk_error_then_retry(flow, number)
    finally:
        checker.close()


async def _disk_error_then_retry(flow: Flow, number: str) -> None:
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    assert len(result.warnings) == 1 and "kon niet bewaard worden" in result.warnings[0]
    assert Photo.select().count() == 1
    assert SkippedRemotePhoto.select().count() == 0
    stored = [p for p in flow.services.photos.store.root.iterdir() if p.is_file()]
    assert len(stored) == 1

    await flow.services.sync.sync_one(flow.repairer_id)
    assert Photo.select().count() == 2
    assert Assignment.get(Assignment.number == number).photos_known == 1


async def test_C360_PHO_1_cases_that_finish_together_are_recorded_in_few_transactions(
    flow: Flow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C360-PHO-1: twelve cases with a photo each are recorded in fewer transactions than cases
    (at most eight cases to one), and every case's photos and ``photos_known`` are there."""
    from planmanager_desktop.sync.photo_import import PhotoImportStep, _CaseRecorder

    for index in range(12):
        _, case = _new_assignment(flow, f"1-KKK-{index:03d}")
        flow.state.admin_add_photo(flow.cid, case)
    transactions: list[int] = []
    real = PhotoImportStep._commit_cases

    def counting(self: PhotoImportStep, cases, counts) -> None:  # type: ignore[no-untyped-def]
        transactions.append(len(cases))
        real(self, cases, counts)

    monkeypatch.setattr(PhotoImportStep, "_commit_cases", counting)
    monkeypatch.setattr(_CaseRecorder, "MAX_WAIT", 60.0)  # the grouping, not the clock, decides
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    assert transactions == [8, 4]  # eight waiting go in; the last four when no case is busy
    assert Photo.select().count() == 12
    assert [a.photos_known for a in Assignment.select()] == [1] * 12


async def test_C360_PHO_1_a_failed_transaction_records_nothing_of_its_cases_and_leaves_no_files(
    flow: Flow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C360-PHO-1: when the database refuses the transaction of a group of cases, none of their
    photos is recorded, their files leave the store, the sync says so, and the next sync brings
    every photo in once."""
    import peewee

    from planmanager_desktop.sync import photo_import

    for index in range(3):
        _, case = _new_assignment(flow, f"1-LLL-{index:03d}")
        flow.state.admin_add_photo(flow.cid, case)
    real = photo_import.set_photos_known
    failures = iter([True])

    def failing_once(assignment_id: int, count: int) -> None:
        if next(failures, False):
            raise peewee.OperationalError("database is locked")
        real(assignment_id, count)

    monkeypatch.setattr(photo_import, "set_photos_known", failing_once)
    monkeypatch.setattr(photo_import._CaseRecorder, "MAX_WAIT", 60.0)  # one group, however slow
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert not result.ok and "Probeer later opnieuw" in result.message
    assert Photo.select().count() == 0  # the three cases went in one transaction
    assert [p for p in flow.services.photos.store.root.iterdir() if p.is_file()] == []

    again = await flow.services.sync.sync_one(flow.repairer_id)
    assert again.ok, again.message
    assert Photo.select().count() == 3
    assert [a.photos_known for a in Assignment.select()] == [1] * 3


async def test_C360_PHO_1_a_long_case_does_not_hold_up_the_recording_of_the_others(
    flow: Flow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C360-PHO-1: a finished case waits at most ``MAX_WAIT`` for others to join its transaction:
    a case still downloading (here: never finishing) does not keep it from the database."""
    from planmanager_desktop.sync.photo_import import (
        CaseTarget,
        PhotoImportCounts,
        _CaseBatch,
        _CaseRecorder,
        _Finished,
    )

    number, _ = _new_assignment(flow, "1-MMM-001")
    await flow.services.sync.sync_one(flow.repairer_id)
    assignment = Assignment.get(Assignment.number == number)
    target = CaseTarget(assignment.id, number, assignment.case_id, assignment.dossier_id, "PM-1", 3)
    monkeypatch.setattr(_CaseRecorder, "MAX_WAIT", 0.05)
    recorder = _CaseRecorder(flow.services.photo_import, 2, PhotoImportCounts())
    await asyncio.wait_for(recorder.record(_Finished(target, _CaseBatch(), 3)), 5)
    assert Assignment.get_by_id(assignment.id).photos_known == 3
