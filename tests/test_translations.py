"""Languages through Qt's translation system: Dutch source, French and English translations.

* every message of every .ts file is translated (no unfinished or empty entries);
* the .ts files know every string of the .ui files and the Qt sources (lupdate finds nothing new);
* the committed .qm files are what lrelease makes of the .ts files;
* the program starts in the language saved for the user (QSettings, not the database).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import views_support
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planmanager_desktop.app import language as language_module
from planmanager_desktop.app.language import LanguagePreference, install_translators, remove_translators
from planmanager_desktop.app.resources import translations_dir
from planmanager_desktop.composition import Services
from planmanager_desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TS_FILES = sorted(translations_dir().glob("planmanager_*.ts"))

worker = views_support.worker


def test_there_is_a_french_and_an_english_translation() -> None:
    assert [p.name for p in TS_FILES] == ["planmanager_en.ts", "planmanager_fr_BE.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    untranslated = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not translation.text:
                untranslated.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert untranslated == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_files_know_every_source_string(ts: Path, tmp_path: Path) -> None:
    """A new self.tr("…") or .ui text without translation fails here: run scripts/compile-ui --lupdate."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = [
        str(p)
        for folder in ("ui", "planmanager_desktop/views", "planmanager_desktop/app")
        for p in sorted((ROOT / folder).rglob("*"))
        if p.suffix in (".ui", ".py") and "generated" not in p.parts
    ]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    test_every_message_is_translated(copy)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_committed_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), "run scripts/compile-ui"


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[object]]:
    translators: list[object] = []
    yield translators
    remove_translators(qapp, translators)  # type: ignore[arg-type]


def _main_window(qtbot: QtBot, services: Services, worker: object, tmp_path: Path) -> MainWindow:
    preference = LanguagePreference(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, worker, language=preference)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.dossier_page.model.loading)
    return window


@pytest.mark.parametrize(
    ("code", "titles"),
    [
        ("fr_BE", ["Dossiers", "File d'attente", "Réparateurs", "WinFormEx", "Paramètres"]),
        ("en", ["Files", "Queue", "Repairers", "WinFormEx", "Settings"]),
        ("nl_BE", ["Dossiers", "Wachtrij", "Herstellers", "WinFormEx", "Instellingen"]),
    ],
)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_program_starts_in_the_saved_language(
    qtbot: QtBot,
    qapp: QApplication,
    services: Services,
    worker: object,
    tmp_path: Path,
    installed: list[object],
    code: str,
    titles: list[str],
) -> None:
    saved = LanguagePreference(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    saved.set_language(code)
    installed.extend(install_translators(qapp, saved.language()))
    window = _main_window(qtbot, services, worker, tmp_path)
    assert window.tab_titles() == titles
    if code == "fr_BE":
        assert window.dossier_page.ui.newButton.text() == "Nouveau dossier"
        assert window.dossier_page.model.headerData(1, Qt.Orientation.Horizontal) == "Plaque"


def test_dutch_is_the_default_language(tmp_path: Path) -> None:
    preference = LanguagePreference(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    assert preference.language() == "nl_BE"


def test_language_is_a_per_user_qsettings_preference(tmp_path: Path) -> None:
    assert (language_module.ORGANISATION, language_module.APPLICATION) == ("InSyPro", "PlanManager Desktop")
    path = tmp_path / "user.ini"
    LanguagePreference(QSettings(str(path), QSettings.Format.IniFormat)).set_language("en")
    assert LanguagePreference(QSettings(str(path), QSettings.Format.IniFormat)).language() == "en"
    QSettings(str(path), QSettings.Format.IniFormat).setValue("ui/language", "klingon")
    assert LanguagePreference(QSettings(str(path), QSettings.Format.IniFormat)).language() == "nl_BE"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_choosing_a_language_in_instellingen_saves_it_for_the_next_start(
    qtbot: QtBot, services: Services, worker: object, tmp_path: Path
) -> None:
    window = _main_window(qtbot, services, worker, tmp_path)
    page = window.settings_page
    assert "volgende start" in page.ui.languageNote.text()
    with qtbot.waitSignal(page.language_chosen) as chosen:
        page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("fr_BE"))
    assert chosen.args == ["fr_BE"]
    assert page.ui.languageNote.text() == (
        "Bewaard. PlanManager gebruikt Français (Belgique) vanaf de volgende start."
    )
    stored = LanguagePreference(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    assert stored.language() == "fr_BE"
    assert window.tab_titles()[-1] == "Instellingen"  # this session stays Dutch


def test_literal_texts_go_through_calls_lupdate_can_see() -> None:
    """lupdate only finds ``self.tr("…")`` and ``translate("Context", "…")``: a literal handed to a
    wrapper of our own never reaches the .ts files and stays Dutch in French and English."""
    import re

    root = Path(__file__).resolve().parents[1] / "planmanager_desktop"
    wrapper_call = re.compile(r"\b_tr\(\s*[\"']")
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("views", "app")
        for path in (root / folder).rglob("*.py")
        if "generated" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if wrapper_call.search(line)
    ]
    assert offenders == []
