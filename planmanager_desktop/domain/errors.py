"""Errors the domain raises; each carries a Dutch message a user can act on."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the trade refused the request; ``str(error)`` is the Dutch message."""


class NotFoundError(DomainError):
    pass


class ValidationError(DomainError):
    """Bad input from a user or a file; ``field`` names the input that is wrong."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class WinFormExClosedError(DomainError):
    """C360-ACT-3: after activation nothing may be sent to WinFormEx II any more."""
