"""Questions and messages from inside an asyncio task, without a nested event loop.

``QMessageBox.exec()`` inside a qasync task would start a second event loop in the middle of a
running one; :func:`ask` opens the box window-modally (``open()``) and awaits its answer on the
same loop instead. Cancelling the task closes the box.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def message_box(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str = "",
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A window-modal box that deletes itself when closed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


async def ask(box: QMessageBox) -> QMessageBox.StandardButton:
    """Open ``box`` and wait (on the running loop) for the button the user pressed."""
    future: asyncio.Future[QMessageBox.StandardButton] = asyncio.get_running_loop().create_future()

    def finished(_result: int) -> None:
        if not future.done():
            future.set_result(box.standardButton(box.clickedButton()))

    box.finished.connect(finished)
    box.open()
    try:
        return await future
    finally:
        if shiboken6.isValid(box) and box.isVisible():  # the task was cancelled: close the question
            box.close()
