"""Validation messages next to the field they are about.

The services raise :class:`~planmanager_desktop.domain.errors.ValidationError` with a Dutch
message and the name of the wrong input (``field``); a form maps those names to its error labels
and input widgets. A message without a known field goes to the form's general error label.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from planmanager_desktop.views import styling


class FieldErrors:
    def __init__(
        self,
        fields: dict[str, tuple[QWidget, QLabel]],
        general: QLabel,
        tabs: QTabWidget | None = None,
    ) -> None:
        self._fields = fields
        self._general = general
        self._tabs = tabs
        for _, label in fields.values():
            styling.mark(label, "error")
        styling.mark(general, "error")
        self.clear()

    def clear(self) -> None:
        for _, label in self._fields.values():
            label.clear()
            label.hide()
        self._general.clear()

    def show(self, message: str, field: str | None = None) -> None:
        """Show ``message`` under ``field`` (or generally) and put the cursor in that field."""
        if field in self._fields:
            widget, label = self._fields[field]
            label.setText(message)
            label.show()
            self._reveal(widget)
            widget.setFocus()
        else:
            self._general.setText(message)

    def message(self, field: str | None) -> str:
        if field in self._fields:
            return self._fields[field][1].text()
        return self._general.text()

    def _reveal(self, widget: QWidget) -> None:
        """Switch to the tab that holds ``widget``: an error on a hidden tab is invisible."""
        if self._tabs is None:
            return
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            if page is widget or page.isAncestorOf(widget):
                self._tabs.setCurrentIndex(index)
                return
