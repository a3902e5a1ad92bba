"""Keep API keys out of every log record (C360-CFG-5).

The client itself never logs a key or a header. This module is the second line of defence, for
whatever else may log: httpx/httpcore at DEBUG, a library that dumps headers, an exception text
from a third party. Two things are redacted:

* every secret registered in a :class:`SecretRegistry` (the client registers the keys it is given);
* the value after any ``X-…-Api-Key`` header name in a header dump, registered or not.

Why a log-record factory as well as filters: a ``logging.Filter`` on a logger only sees records
logged on *that* logger, not those of its children (``httpcore.http11``) propagating through it,
and handlers added later (a log file, pytest's caplog) would carry no filter. Wrapping the record
factory redacts every record once, at birth, whoever logs it and wherever it goes. The filters
stay for records created by code that bypasses the factory (``logging.makeLogRecord``).
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any

MASK = "***"
_MIN_SECRET_LENGTH = 4  # shorter "secrets" would blank out ordinary words; real keys are long

_HEADER_DUMP = re.compile(
    r"(?i)(x-[a-z0-9-]*api-key)"  # the header name
    r"((?:['\"])?\s*[:=,]\s*b?['\"]?)"  # ': ' or "': '" or "', b'"
    r"([^\s'\",;)}\]]+)"  # the value
)


class SecretRegistry:
    """The strings that must never reach a log; thread-safe, ``repr`` shows only a count."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()
        self._pattern: re.Pattern[str] | None = None
        for secret in secrets:
            self.register(secret)

    def register(self, secret: str) -> None:
        if len(secret) < _MIN_SECRET_LENGTH or secret in self._secrets:
            return
        with self._lock:
            secrets = self._secrets | {secret}
            # Longest first, so that a key containing another key is masked whole.
            alternatives = sorted(secrets, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(s) for s in alternatives))
            self._secrets = secrets

    def __len__(self) -> int:
        return len(self._secrets)

    def __repr__(self) -> str:
        return f"SecretRegistry(<{len(self._secrets)} secrets>)"

    def redact(self, text: str) -> str:
        """``text`` with every registered secret and every API-key header value masked."""
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(MASK, text)
        return _HEADER_DUMP.sub(_mask_header_value, text)


def _mask_header_value(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2) + MASK


#: The registry the Claims360 client registers its keys in unless it is given another one.
DEFAULT_SECRETS = SecretRegistry()


def redact_record(record: logging.LogRecord, registry: SecretRegistry) -> None:
    """Rewrite ``record`` in place so that nothing in it (message, args, traceback) holds a secret.

    The message is formatted once and ``args`` cleared: an argument's ``str`` is where a key
    would hide (a header dict, a request object). A traceback is rendered to ``exc_text`` and
    redacted; when that changed anything, ``exc_info`` is dropped too, because the exception
    object itself holds the secret and any formatter would render it again.
    """
    if getattr(record, "_claims360_redacted", False):
        return
    try:
        message = record.getMessage()
    except Exception:  # a broken format string must not break logging
        message = f"{record.msg!s} {record.args!r}"
    record.msg = registry.redact(message)
    record.args = None
    if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
        record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
    if record.exc_text:
        redacted = registry.redact(record.exc_text)
        if redacted != record.exc_text:
            record.exc_info = None
        record.exc_text = redacted
    if record.stack_info:
        record.stack_info = registry.redact(record.stack_info)
    record._claims360_redacted = True


class RedactionFilter(logging.Filter):
    """A filter that lets every record through, redacted."""

    def __init__(self, registry: SecretRegistry) -> None:
        super().__init__()
        self.registry = registry

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record, self.registry)
        return True


_REDACTED_LOGGERS = ("", "httpx", "httpcore")


class RedactionInstallation:
    """What :func:`install_redaction` changed, so that tests can undo it."""

    def __init__(self, registry: SecretRegistry) -> None:
        self.registry = registry
        self.filter = RedactionFilter(registry)
        self._previous_factory: Callable[..., logging.LogRecord] | None = None
        self._handlers: list[logging.Handler] = []

    def _install(self) -> None:
        for name in _REDACTED_LOGGERS:
            logging.getLogger(name).addFilter(self.filter)
        for handler in logging.getLogger().handlers:
            handler.addFilter(self.filter)
            self._handlers.append(handler)
        previous = logging.getLogRecordFactory()
        registry = self.registry

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            redact_record(record, registry)
            return record

        self._previous_factory = previous
        logging.setLogRecordFactory(factory)

    def uninstall(self) -> None:
        for name in _REDACTED_LOGGERS:
            logging.getLogger(name).removeFilter(self.filter)
        for handler in self._handlers:
            handler.removeFilter(self.filter)
        self._handlers.clear()
        if self._previous_factory is not None:
            logging.setLogRecordFactory(self._previous_factory)
            self._previous_factory = None
        with _install_lock:
            if _installed.get(id(self.registry)) is self:
                del _installed[id(self.registry)]


_install_lock = threading.Lock()
_installed: dict[int, RedactionInstallation] = {}


def install_redaction(registry: SecretRegistry = DEFAULT_SECRETS) -> RedactionInstallation:
    """Redact ``registry``'s secrets from every log record of this process; idempotent."""
    with _install_lock:
        existing = _installed.get(id(registry))
        if existing is not None:
            return existing
        installation = RedactionInstallation(registry)
        installation._install()
        _installed[id(registry)] = installation
        return installation
