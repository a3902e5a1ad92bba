"""A non-modal "3 nieuwe opdrachten" when the background sync brings in new work.

A dialog would interrupt whoever is typing a dossier; a message from the tray icon (Windows'
notification area) does not. Where there is no tray (some Linux desktops, the offscreen test
platform) a small toast appears in the window's upper right corner, beside the tabs (where it covers
no button), and disappears after a few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSystemTrayIcon, QTabWidget

from planmanager_desktop.app import resources

TOAST_MS = 6_000
_TOAST_STYLE = (
    "QLabel { background: #1f3f66; color: white; border-radius: 6px; padding: 10px 16px; font-weight: bold; }"
)


class Notifier(QObject):
    """Shows short notices without taking the focus.

    Signals:
        shown(str): a notice with this text was shown (tray or toast).
    """

    shown = Signal(str)

    def __init__(self, window: QMainWindow, *, use_tray: bool | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        if use_tray if use_tray is not None else QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(resources.app_icon(), self)
            self.tray.setToolTip(window.windowTitle() or "PlanManager")
            self.tray.messageClicked.connect(self._raise_window)
            self.tray.show()
        self.toast = QLabel(window)
        self.toast.setObjectName("toast")
        self.toast.setStyleSheet(_TOAST_STYLE)
        self.toast.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.toast.hide()
        self.toast_timer = QTimer(self)
        self.toast_timer.setSingleShot(True)
        self.toast_timer.setInterval(TOAST_MS)
        self.toast_timer.timeout.connect(self.toast.hide)
        window.installEventFilter(self)
        self.last_message = ""

    def notify(self, title: str, text: str) -> None:
        self.last_message = text
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, TOAST_MS)
        else:
            self.toast.setText(text)
            self.toast.adjustSize()
            self._place_toast()
            self.toast.show()
            self.toast.raise_()
            self.toast_timer.start()
        self.shown.emit(text)

    def _place_toast(self) -> None:
        window, toast = self._window, self.toast
        margin = 12
        top = margin
        if window.menuBar().isVisible():
            top += window.menuBar().height()
        tabs = window.findChild(QTabWidget)
        if tabs is not None and tabs.isVisible():
            # In the free space of the tab row: never over a banner or a page's buttons.
            top = tabs.mapTo(window, QPoint(0, 0)).y() + max(
                0, (tabs.tabBar().height() - toast.height()) // 2
            )
        toast.move(window.width() - toast.width() - margin, top)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.toast.isVisible():
            self._place_toast()
        return False

    def _raise_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
