"""The Wachtrij tab: what waits to be accepted, or a clear "nothing waits" text."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.persistence.models import Assignment
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_queue_page import Ui_QueuePage
from planmanager_desktop.views.queue_model import QueueModel, queued_assignments


class QueuePage(QWidget):
    """Signals: none of its own."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QueuePage()
        self.ui.setupUi(self)
        self._worker = worker
        styling.mark(self.ui.emptyLabel, "empty")
        styling.mark(self.ui.introLabel, "note")
        self.model = QueueModel(self)
        table = self.ui.queueTable
        table.setModel(self.model)
        styling.setup_table(table, (110, 110, 110, 170, 200, 190))
        self._show()
        self.reload()

    def reload(self) -> None:
        self._worker.submit(queued_assignments, self._loaded, owner=self)

    def _loaded(self, assignments: list[Assignment]) -> None:
        self.model.set_assignments(assignments)
        self._show()

    def _show(self) -> None:
        empty = self.model.rowCount() == 0
        self.ui.stack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.tablePage)
