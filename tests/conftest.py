"""Test-wide settings: the extraction cache lives in a temporary directory.

No test reads or writes the user's real cache (``~/.cache/kjrel``): before
collection, ``KJREL_CACHE_DIR`` (inherited by every ``kjrel`` process a test
starts) is pointed at a fresh temporary directory, removed at the end.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_SAVED: dict[str, str | None] = {}


def pytest_configure(config: pytest.Config) -> None:
    for name in ("KJREL_CACHE_DIR", "KJREL_NO_CACHE"):
        _SAVED[name] = os.environ.pop(name, None)
    os.environ["KJREL_CACHE_DIR"] = tempfile.mkdtemp(prefix="kjrel-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("KJREL_CACHE_DIR", ""), ignore_errors=True)
    for name, value in _SAVED.items():
        if value is not None:
            os.environ[name] = value
