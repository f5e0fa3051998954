"""Regenerate the tutorial's screenshots with headless Chromium.

Run from the repository root: ``python docs/make_screenshots.py``. Needs
Debian's ``chromium`` (``apt-get install chromium``). Writes
``docs/_static/article-page.png`` and ``docs/_static/report-index.png``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import kjrel
from kjrel.report import report_pages

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "docs" / "_static"


def shoot(page: Path, target: Path, width: int, height: int) -> None:
    browser = shutil.which("chromium") or "chromium"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--window-size={width},{height}", f"--screenshot={target}", page.as_uri()],
        check=True, capture_output=True,
    )
    print(target.relative_to(ROOT), target.stat().st_size, "bytes")


def main() -> None:
    corpus = kjrel.load(ROOT / "tests" / "articles")
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch)
        for name, text in report_pages(corpus, title="kjrel report: articles").items():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / name).write_text(text, encoding="utf-8")
        shoot(site / "articles" / "inv10_yoon_tokyo_2023.html", STATIC / "article-page.png",
              1150, 760)
        shoot(site / "index.html", STATIC / "report-index.png", 1150, 760)


if __name__ == "__main__":
    main()
