"""Screenshots of the key pages of each role, for the README and the docs:
``make screenshots``.

The demo is seeded into a temporary folder (SQLite and the embedded broker,
as ``make run`` does, so nothing of yours is touched), served by Django's
runserver, and opened in Debian's Chromium as a visitor, a learner, a manager,
an HR reporter and an L&D author. Each shot is written to docs/screenshots/ as
``<role>-<page>-<width>.png``, at 390 px (a phone) or 1366 px (a laptop),
reduced to a palette by Pillow to stay small. Run with the project's Python;
pytest does not collect it.
"""

import io
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import chromium  # noqa: E402  (the project's root, added above)

OUT = ROOT / "docs" / "screenshots"
PYTHON = ROOT / ".venv" / "bin" / "python"
PASSWORD = "human-edge-demo"
HEIGHTS = {390: 844, 1366: 900}
#: Variables that would point the instance at real services instead of the defaults.
SERVICE_VARIABLES = ("DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL", "EMAIL_URL", "DJANGO_ENV")

#: role: (e-mail, [(name, address, width)]). An address that does not start
#: with a slash is a page reached by a click, in ``special``.
SHOTS = {
    "visitor": (None, [("home", "/", 1366), ("home", "/", 390)]),
    "learner": (
        "learner@example.com",
        [
            ("dashboard", "/learning/", 1366),
            ("dashboard", "/learning/", 390),
            ("catalog", "/courses/", 1366),
            ("course", "/courses/how-ai-agents-work-and-fail/", 1366),
            (
                "lesson",
                "/courses/how-ai-agents-work-and-fail/what-an-ai-agent-is/the-parts-of-an-ai-agent/",
                390,
            ),
            ("why-assigned", "why", 390),
            ("my-skills", "/learning/skills/", 1366),
            ("quiz", "quiz", 390),
        ],
    ),
    "manager": ("manager@example.com", [("team", "/learning/team/", 1366)]),
    "hr": (
        "hr@example.com",
        [
            ("report", "/reports/?level=course#preview-heading", 1366),
            ("report", "/reports/", 390),
        ],
    ),
    "author": ("author@example.com", [("analytics", "/cms/analytics/", 1366)]),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict, *args: str) -> str:
    done = subprocess.run(
        [str(PYTHON), "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def sign_in(page, env: dict, email: str) -> None:
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("#id_password").press("Enter")
    if "/accounts/2fa/authenticate/" in page.url:  # staff pass a second factor
        page.locator("input[name=code]").fill(manage(env, "demo_code").strip())
        with page.expect_navigation():
            page.locator("input[name=code]").press("Enter")


def special(page, name: str) -> None:
    """Pages reached by a link or a form rather than a known address."""
    if name == "why":
        page.goto("/learning/")
        page.locator("a[href*='/learning/assignments/']").first.click()
    elif name == "quiz":
        page.goto("/courses/how-ai-agents-work-and-fail/")
        page.locator("form[action*='/assessments/'][action$='/start/'] button").last.click()
        page.wait_for_url("**/assessments/attempts/**")
    page.wait_for_load_state("networkidle")


def save(png: bytes, path: Path) -> None:
    """A palette of 256 colours: the site's flat colours survive, the file shrinks."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(path, optimize=True)


def shoot(base_url: str, env: dict) -> list[Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.PATH, args=chromium.ARGS)
        for role, (email, shots) in SHOTS.items():
            context = browser.new_context(base_url=base_url, color_scheme="light")
            page = context.new_page()
            page.set_default_timeout(30_000)
            if email:
                sign_in(page, env, email)
            for name, address, width in shots:
                page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
                if address.startswith("/"):
                    page.goto(address)
                    page.wait_for_load_state("networkidle")
                else:
                    special(page, address)
                path = OUT / f"{role}-{name}-{width}.png"
                save(page.screenshot(), path)
                written.append(path)
                print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB  {page.url}")
            context.close()
        browser.close()
    return written


def main() -> None:
    if not chromium.available():
        raise SystemExit(chromium.missing_message())
    with tempfile.TemporaryDirectory(prefix="academy-screenshots-") as folder:
        env = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
        env.update({"VAR_DIR": str(Path(folder) / "var"), "PYTHONUNBUFFERED": "1"})
        print("Seeding the demo in a temporary folder…")
        manage(env, "migrate", "--noinput")
        manage(env, "seed_demo")
        port = free_port()
        server = subprocess.Popen(
            [str(PYTHON), "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            for _attempt in range(300):
                try:
                    if requests.get(base_url + "/", timeout=5).status_code == 200:
                        break
                except requests.RequestException:
                    time.sleep(0.2)
            shoot(base_url, env)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
