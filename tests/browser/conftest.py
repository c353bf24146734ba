"""Browser tests: real headless Chromium (Debian's package) driven by Playwright, checked with axe.

Chromium comes from the machine (`make setup` installs Debian's package when it is missing);
Playwright never downloads a browser of its own. Under CI=true a missing browser fails the
run; elsewhere the browser tests are skipped with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("SCRUTINY_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"no browser at {CHROMIUM} (Debian's chromium package)"
    if not AXE.exists():
        return f"no axe-core at {AXE} (npm ci)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if problem := _missing():
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests cannot run: {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop; Django's async-safety check must not object.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


def axe_violations(page: Any) -> list[str]:
    """axe-core's violations on the page as loaded: rule id and the first offending node."""
    # A click on a link may have committed the next page without loading it yet: its document
    # has no head to take the script until it has loaded.
    page.wait_for_load_state("load")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run()).violations")
    return [f"{v['id']}: {v['nodes'][0]['html'] if v['nodes'] else ''}" for v in found]
