"""The installed Qt bindings keep Python's reference counts right.

PySide6 6.12.0 on CPython 3.11 hands out ``None`` (from every void method such as
``QLabel.setText``) and ``True`` (from ``Signal.emit``) without a reference; each call lowers their
count by one and the program aborts with "Fatal Python error: none_dealloc" after a while of normal
use — a crash a short test run never reaches. pyproject pins ``PySide6-Essentials<6.12``; this test
fails when someone lifts the pin onto a broken release.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(object)


def test_void_methods_and_emit_keep_none_and_true_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        label.setText("x")
        timer.setInterval(5)
        emitter.fired.emit(None)
    # A little slack for unrelated references; the bug loses 200 or 400.
    assert sys.getrefcount(None) - none_before > -20
    assert sys.getrefcount(True) - true_before > -20
