"""The few style rules on top of the platform style: error texts, the dossier header, the banner.

Kept in one place so every window looks the same; applied per top-level window (not to the
QApplication), so the windows look identical in tests, screenshots and the real program.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

STYLESHEET = """
QLabel[role="error"] { color: #b00020; }
QLabel[role="note"] { color: #5f6b7a; }
QLabel[role="warning"] { color: #8a4b00; }
QLabel[role="ok"] { color: #1e6b35; }
QLabel[role="empty"] { color: #5f6b7a; font-size: 11pt; padding: 24px; }
QLabel[role="title"] { font-size: 12pt; font-weight: bold; }
QFrame#headerFrame { background: #eef3fa; border: 1px solid #c9d8ec; border-radius: 4px; }
QLabel#numberValue { font-size: 15pt; font-weight: bold; color: #174a86; }
QLabel#statusValue { background: #1f5fa8; color: white; border-radius: 8px; padding: 1px 8px; }
QFrame#demoBanner { background: #fff4e0; border: 1px solid #f0b45a; border-radius: 4px; }
QLabel#demoTitleLabel { font-weight: bold; color: #8a4b00; }
"""


def apply(window: QWidget) -> None:
    window.setStyleSheet(STYLESHEET)


def mark(label: QLabel, role: str) -> None:
    """Give a label a role from :data:`STYLESHEET` (error, warning, ok, note, empty, title)."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


def setup_table(table: QTableView, widths: tuple[int, ...]) -> None:
    """Every list looks alike: left-aligned headers, start widths, rows with some air."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
