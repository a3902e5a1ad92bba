"""The program's log file: what the helpdesk reads when something went wrong.

One rotating file per OS user (``planmanager.log`` in the user's log folder). Every record passes
the redaction filter of the Claims360 client on its way to the file, so that an API key can never
end up there, whichever logger wrote it (C360-CFG-5).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from planmanager_desktop import paths
from planmanager_desktop.claims360.redaction import DEFAULT_SECRETS, RedactionFilter, SecretRegistry

LOG_FILE_NAME = "planmanager.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def configure_logging(
    log_dir: Path | None = None,
    *,
    level: int = logging.INFO,
    secrets: SecretRegistry = DEFAULT_SECRETS,
) -> Path:
    """Send the program's log records to the rotating file; returns its path. Idempotent."""
    folder = log_dir or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactionFilter(secrets))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # httpx logs every request at INFO; keep that for debugging sessions only.
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING))
    return path
