"""Where the program keeps its files on this PC (platformdirs, per OS user)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "PlanManager Desktop"
APP_AUTHOR = "InSyPro"


def user_data_dir() -> Path:
    """The per-user data folder: ``%LOCALAPPDATA%\\InSyPro\\PlanManager Desktop`` on Windows."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "planmanager.sqlite3"


def demo_database_path() -> Path:
    """The demo has its own database file: it must never touch the user's real one."""
    return user_data_dir() / "demo" / "planmanager-demo.sqlite3"


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
