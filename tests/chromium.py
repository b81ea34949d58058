"""Debian's Chromium, as every browser test starts it: no download, no calls out."""

import os
import shutil

PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def available() -> bool:
    return os.path.exists(PATH) or shutil.which(PATH) is not None


def missing_message() -> str:
    return (
        f"Browser tests need Chromium at {PATH}: install Debian's package with "
        "'sudo apt-get install chromium', or set CHROMIUM_PATH."
    )
