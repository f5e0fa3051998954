"""Where a corpus keeps its manifest, and where the bundled seed corpus lives.

Standard library only: the command line's fast paths read these without
loading the models.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["MANIFEST_NAME", "bundled_seed_directory"]

MANIFEST_NAME = "manifest.toml"
"""The file name of the manifest inside a corpus directory."""


def bundled_seed_directory() -> Path | None:
    """Return the directory of the bundled seed corpus, or ``None`` if it is missing.

    In an installed wheel the seeds are package data (``kjrel/_seeds``); in
    a source checkout they are the repository's ``seeds/`` directory.
    """
    # The package's folder, not importlib.resources: importing that costs a warm start ~8 ms.
    package = Path(__file__).resolve().parent
    for candidate in (package / "_seeds", package.parent.parent / "seeds"):
        if (candidate / MANIFEST_NAME).is_file():
            return candidate
    return None
