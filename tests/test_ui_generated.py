"""The committed ``views/generated/ui_*.py`` modules are exactly what ``pyside6-uic`` makes of ``ui/``.

The program imports the generated code and never reads .ui files at run time, so a .ui edit that
was not recompiled (``scripts/compile-ui``) would silently not ship. This fails instead.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
GENERATED = ROOT / "planmanager_desktop" / "views" / "generated"
UIC = Path(sys.executable).parent / "pyside6-uic"


def test_there_are_designer_files() -> None:
    assert len(UI_FILES) >= 8


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_is_up_to_date(ui_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([str(UIC), str(ui_file), "-o", str(fresh)], check=True, capture_output=True)
    committed = GENERATED / fresh.name
    assert committed.is_file(), f"{committed.name} ontbreekt: run scripts/compile-ui"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        f"{committed.name} is verouderd ten opzichte van {ui_file.name}: run scripts/compile-ui"
    )


def test_no_orphan_generated_modules() -> None:
    """A generated module whose .ui was deleted is dead code that still gets imported."""
    expected = {f"ui_{p.stem}.py" for p in UI_FILES}
    present = {p.name for p in GENERATED.glob("ui_*.py")}
    assert present == expected
