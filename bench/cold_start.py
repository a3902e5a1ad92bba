"""``cold_start_s``: from launching ``planmanager-desktop`` to its main window being shown.

Starts the real program (``python -m planmanager_desktop --smoke-test``: a new SQLite database in
a temporary folder, the main window, then exit) offscreen, with the file cache warm (one
unmeasured start first). The clock runs from process launch until the first turn of the event
loop after ``MainWindow.show()``, signalled by the child on its standard output; the figure is the
median of the measured starts. Target: under 1.0 s. When it is slower, look at
``python -X importtime -m planmanager_desktop --smoke-test``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DESCRIPTION = "launch to shown main window, offscreen, warm cache (median of 5)"
RUNS = 5
ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import os, sys
from PySide6.QtCore import QTimer
import planmanager_desktop.views.main_window as main_window

_show = main_window.MainWindow.show

def show(self):
    _show(self)
    QTimer.singleShot(0, lambda: os.write(1, b"SHOWN\\n"))

main_window.MainWindow.show = show
from planmanager_desktop.cli.main import main
sys.exit(main(["--smoke-test"]))
"""


def _start(env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _CHILD], stdout=subprocess.PIPE, env=env, cwd=ROOT)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.stdout.read()
    code = child.wait(timeout=60)
    if line != b"SHOWN\n" or code != 0:
        raise RuntimeError(f"the program did not show its window (exit status {code})")
    return elapsed


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="planmanager-bench-") as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PLANMANAGER_")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(folder) / var.lower())
        _start(env)  # warm the file cache
        times = [_start(env) for _ in range(RUNS)]
    return {"cold_start_s": round(statistics.median(times), 4)}
