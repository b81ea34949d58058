"""Runs tests/credentials/oracle.mjs: Digital Bazaar's credential libraries
verify what the product issued, independently of its own Python code.

The script's packages come from the same node_modules as the product's JSON-LD
contexts (``CREDENTIALS_CONTEXTS_DIR``, the checkout's by default: ``npm ci``).
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.conf import settings

SCRIPT = Path(__file__).with_name("oracle.mjs")


def needs(problem: str | None) -> None:
    """Like the browser tests without Chromium: skipped without Node.js or the
    npm packages, except in CI, where they must run."""
    if problem:
        if os.environ.get("CI"):
            pytest.fail(problem)
        pytest.skip(problem)


def oracle_problem() -> str | None:
    if shutil.which("node") is None:
        return "The credential oracle needs Node.js on PATH."
    if not (Path(settings.CREDENTIALS_CONTEXTS_DIR) / "@digitalbazaar" / "vc").is_dir():
        return "The credential oracle needs the npm packages: run `npm ci` in the checkout."
    return None


def oracle_verify(credential: dict, status_lists: dict | None = None) -> dict:
    """{"verified", "signature", "status": "revoked" | "valid" | None, "errors"}."""
    with tempfile.TemporaryDirectory() as folder:
        # The script resolves its packages from a node_modules beside it.
        shutil.copy(SCRIPT, Path(folder) / SCRIPT.name)
        (Path(folder) / "node_modules").symlink_to(Path(settings.CREDENTIALS_CONTEXTS_DIR))
        finished = subprocess.run(
            [shutil.which("node"), SCRIPT.name],
            input=json.dumps({"credential": credential, "statusLists": status_lists or {}}),
            capture_output=True,
            text=True,
            cwd=folder,
            timeout=60,
            check=False,
        )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout)
