"""The committed ``views/generated/ui_*.py`` modules are exactly what ``pyside6-uic`` makes of ``ui/``.

The program imports the generated code and never reads .ui files at run time, so a .ui edit that
was not recompiled (``scripts/compile-ui``) would silently not ship. This fails instead.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
GENERATED = ROOT / "planmanager_desktop" / "views" / "generated"
UIC = Path(sys.executable).parent / "pyside6-uic"
#: The header names the uic release that wrote the file; a patch release of PySide6 changes that
#: comment and nothing else, so the comparison leaves it out.
_UIC_VERSION = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def _code(path: Path) -> str:
    return _UIC_VERSION.sub("## Created by: Qt User Interface Compiler", path.read_text(encoding="utf-8"))


def test_there_are_designer_files() -> None:
    assert len(UI_FILES) >= 8


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_is_up_to_date(ui_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([str(UIC), str(ui_file), "-o", str(fresh)], check=True, capture_output=True)
    committed = GENERATED / fresh.name
    assert committed.is_file(), f"{committed.name} ontbreekt: run scripts/compile-ui"
    assert _code(committed) == _code(fresh), (
        f"{committed.name} is verouderd ten opzichte van {ui_file.name}: run scripts/compile-ui"
    )


def test_the_version_comment_is_all_that_is_left_out(tmp_path: Path) -> None:
    """A real change to the generated code is still seen."""
    ui_file = UI_FILES[0]
    fresh = tmp_path / "fresh.py"
    subprocess.run([str(UIC), str(ui_file), "-o", str(fresh)], check=True, capture_output=True)
    text = fresh.read_text(encoding="utf-8")
    assert _UIC_VERSION.search(text), "the header format of uic changed"
    changed = tmp_path / "changed.py"
    changed.write_text(text.replace("setObjectName", "setObjectNam", 1), encoding="utf-8")
    assert _code(changed) != _code(fresh)


def test_no_orphan_generated_modules() -> None:
    """A generated module whose .ui was deleted is dead code that still gets imported."""
    expected = {f"ui_{p.stem}.py" for p in UI_FILES}
    present = {p.name for p in GENERATED.glob("ui_*.py")}
    assert present == expected
