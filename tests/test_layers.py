"""The layers stay visible: only ``views`` and ``app`` may import Qt.

Checked on the source (every import statement, also inside functions), so a lazy import of
PySide6 deep in the sync engine fails here as surely as one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import planmanager_desktop

PACKAGE = Path(planmanager_desktop.__file__).parent
QT_ALLOWED = {"views", "app"}
QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_layers_do_not_import_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in QT_ALLOWED:
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{rel}: imports {name}")
    assert offenders == [], "Qt imported outside views/ and app/:\n" + "\n".join(offenders)


def test_persistence_does_not_import_upper_layers() -> None:
    """Persistence is the bottom layer: it must not reach up into domain, sync or the views."""
    upper = (
        "planmanager_desktop.domain",
        "planmanager_desktop.sync",
        "planmanager_desktop.views",
        "planmanager_desktop.app",
        "planmanager_desktop.cli",
        "planmanager_desktop.claims360",
    )
    offenders = [
        f"{path.name}: {name}"
        for path in (PACKAGE / "persistence").rglob("*.py")
        for name in _imports(path)
        if name.startswith(upper)
    ]
    assert offenders == []


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    """The scanner itself works: a lazy Qt import inside a function is found."""
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from PySide6.QtCore import QTimer\n", encoding="utf-8")
    assert _imports(module) == ["PySide6.QtCore"]
