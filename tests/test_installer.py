"""The installer bundle starts and carries only what it needs (build_installer.spec).

Builds the PyInstaller one-folder bundle into a temporary folder, exactly as the Windows build does
(the spec is the same), then starts the windowed program with ``--smoke-test`` (it opens the main
window on a temporary database and exits 0) and the console program with a helpdesk command.
A missing icon, translation, Qt plugin or hidden import fails here instead of on a customer's PC.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = Path(sys.executable).with_name("pyinstaller")
NAME = "PlanManager Desktop"
CLI_NAME = "planmanager-desktop"

pytestmark = [pytest.mark.installer, pytest.mark.slow, pytest.mark.timeout(900)]

#: Qt that the program does not use and the bundle must not carry (C360: a lean installer).
EXCLUDED_QT = re.compile(
    r"(Qt6?(WebEngine|3D|Quick|Qml|Multimedia|Charts|DataVisualization|Pdf|Network|Designer|Sql|Test)"
    r"|/(qmltooling|sqldrivers|tls|networkinformation)/)"
)
EXCLUDED_PYTHON = ("tkinter", "_tkinter", "pytest", "_pytest", "mypy", "hypothesis", "unittest")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if not PYINSTALLER.exists():
        pytest.fail(f"PyInstaller ontbreekt: {PYINSTALLER} (pip install -e '.[dev]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            str(PYINSTALLER),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "build_installer.spec",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    yield work / "dist" / NAME


def _env(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PLANMANAGER_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The test suite's keyring backend (keyrings.alt) is a development package, not in the bundle;
    # keyring's own null backend stands in for the OS keyring of a real PC.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    env.pop("PYTHONPATH", None)  # the bundle must not lean on the checkout
    return env


def _program(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def test_bundle_smoke_test_opens_the_main_window(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(_program(bundle, NAME)), "--smoke-test"],
        cwd=tmp_path,  # not the repository: resources must come from the bundle
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_bundle_console_program_runs_helpdesk_commands(bundle: Path, tmp_path: Path) -> None:
    """C360-CLI on an installed PC: the console program prints what the windowed one cannot."""
    url = f"sqlite:///{tmp_path / 'pm.sqlite3'}"
    cli = str(_program(bundle, CLI_NAME))
    env = _env(tmp_path)
    migrate = subprocess.run(
        [cli, "admin", "migrate", "--database", url], env=env, capture_output=True, text=True, timeout=120
    )
    assert migrate.returncode == 0, migrate.stderr
    assert "schemaversie" in migrate.stdout
    activate = subprocess.run(
        [cli, "admin", "claims360", "activate", "--at", "2021-10-05", "--database", url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert activate.stdout == "Claims360 is actief op deze database sinds 05/10/2021.\n", activate.stderr
    bad = subprocess.run(
        [cli, "admin", "claims360", "activate", "--at", "gisteren", "--database", url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "ongeldige datum" in bad.stderr


def test_bundle_contains_its_resources(bundle: Path) -> None:
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    assert (internal / "resources" / "icons" / "planmanager.ico").is_file()
    assert (internal / "resources" / "icons" / "app.svg").is_file()
    assert (internal / "planmanager_desktop" / "sandbox" / "openapi.yaml").is_file()
    shipped_qm = sorted(p.name for p in (internal / "resources" / "translations").glob("*.qm"))
    expected_qm = sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))
    assert shipped_qm == expected_qm
    qt_translations = [p.name for p in internal.rglob("Qt/translations/*.qm")]
    assert all(re.fullmatch(r"(qt|qtbase)_(nl|fr|en)\.qm", name) for name in qt_translations), qt_translations


def test_bundle_has_no_unused_qt_or_development_packages(bundle: Path) -> None:
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    unwanted_qt = [f for f in files if EXCLUDED_QT.search(f)]
    assert unwanted_qt == []
    qt_python_modules = sorted(
        {m.group(1) for f in files if (m := re.search(r"PySide6/(Qt\w+)\.(abi3\.so|pyd)$", f))}
    )
    assert qt_python_modules == ["QtCore", "QtGui", "QtWidgets"]
    # Pure-Python modules live inside the PYZ archive, not as files: read its table of contents.
    from PyInstaller.archive.readers import ZlibArchiveReader

    pyz = next(bundle.parent.parent.glob("build/*/PYZ-*.pyz"))
    modules = set(ZlibArchiveReader(str(pyz)).toc)
    assert not {m for m in modules if m.split(".")[0] in EXCLUDED_PYTHON}
    assert {"planmanager_desktop.cli.main", "planmanager_desktop.app.application"} <= modules
