"""The demo's Claims360 keys, for a newcomer who tries "Claims360 Instellen" in the demo.

The keys belong to the local sandbox only (fake keys, regenerated when the demo folder is
removed); real keys are never shown anywhere in the program.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from planmanager_desktop.demo_claims360 import DemoOrganisation


class DemoKeysDialog(QDialog):
    """A table of the demo organisations; double-clicking a cell copies it to the clipboard."""

    def __init__(self, organisations: Sequence[DemoOrganisation], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demosleutels"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deze sleutels horen bij de lokale Claims360-sandbox van de demo. Kies op de "
                "Claims360-pagina een hersteller die nog niet ingesteld is en vul de sleutels van "
                "zijn organisatie in. Dubbelklik op een cel om ze te kopiëren."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(organisations), 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Organisatie"),
                self.tr("Carrosserie Id"),
                self.tr("Bodyshop Api Sleutel"),
                self.tr("PlanManager Api Sleutel"),
            ]
        )
        for row, org in enumerate(organisations):
            for column, value in enumerate(
                (org.name, org.carrosserie_id, org.bodyshop_key, org.planmanager_key)
            ):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.table.cellDoubleClicked.connect(self._copy)
        layout.addWidget(self.table)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(min(1100, self.table.horizontalHeader().length() + 60), 260)

    def _copy(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is None:
            return
        QGuiApplication.clipboard().setText(item.text())
        header = self.table.horizontalHeaderItem(column)
        self.status.setText(self.tr("Gekopieerd: %1").replace("%1", header.text() if header else ""))
