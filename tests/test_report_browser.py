"""The report in a real browser: Debian's Chromium, headless, driven by Selenium.

Selenium is pointed at ``/usr/bin/chromedriver`` and ``/usr/bin/chromium`` and told to stay
offline, so nothing is downloaded. ``scripts/setup --dev`` installs both (and ``.ci/run``
through it); without them these tests are skipped, saying so. A screenshot of each page type
is left in ``tests/artifacts/``; with ``NEWS_TRANSLATE_DOCS_SCREENSHOTS=1`` the index and the
article page are also copied to ``docs/`` for the README.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_project import LANGUAGES, PLANTED, active_entries, make_project, plant_wrong_name
from typer.testing import CliRunner

from translate.cli.app import app

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DOCS = Path(__file__).resolve().parents[1] / "docs"
#: Headless as root, and without the background traffic Chromium would start on its own.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--window-size=1400,1000",
)  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and DRIVER.exists()),
        reason=f"needs Debian's chromium and chromium-driver ({CHROMIUM}, {DRIVER}): "
        "run scripts/setup --dev",
    ),
]

webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium: scripts/setup --dev")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402


def invoke(root: Path, *args: str) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The project with a wrong name planted, its report written; and the planted line."""
    root = make_project(tmp_path_factory.mktemp("browser") / "project")
    _msgid, line = plant_wrong_name(root)
    invoke(root, "report", "--lang", ",".join(LANGUAGES))
    return root, line


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    os.environ["SE_OFFLINE"] = "1"  # Selenium Manager must not look anything up
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="news-translate-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(browser: WebDriver, root: Path, page: str) -> None:
    browser.get((root / "report" / page).as_uri())


def screenshot(browser: WebDriver, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / name))
    if os.environ.get("NEWS_TRANSLATE_DOCS_SCREENSHOTS") and name != "problems.png":
        DOCS.mkdir(exist_ok=True)
        shutil.copy(ARTIFACTS / name, DOCS / f"report-{name}")


def test_the_index_shows_the_counts_of_stats(project: tuple[Path, int], browser: WebDriver) -> None:
    root, _line = project
    records = json.loads(invoke(root, "stats", "--format", "json", "--lang", ",".join(LANGUAGES)))
    open_page(browser, root, "index.html")
    for language in LANGUAGES:
        mine = [r for r in records if r["language"] == language]
        row = browser.find_element(By.CSS_SELECTOR, f"table.summary tr#lang-{language}")
        for key in ("translated", "fuzzy", "untranslated", "translated_words", "fuzzy_words",
                    "untranslated_words"):  # fmt: skip
            shown = row.find_element(By.CSS_SELECTOR, f"td.{key}").text
            assert int(shown) == sum(r[key] for r in mine), (language, key)
        for record in mine:
            cell = browser.find_element(
                By.CSS_SELECTOR,
                f'td.cell[data-language="{language}"][data-article="{record["article"]}"]',
            )
            words = cell.find_element(By.CSS_SELECTOR, ".words").text
            assert words == (f"{record['translated_words']} / {record['fuzzy_words']} / "
                             f"{record['untranslated_words']} words")  # fmt: skip
            assert cell.get_attribute("data-translated") == str(record["translated"])
    link = browser.find_element(By.CSS_SELECTOR, 'td.cell[data-language="es"] a')
    link.click()
    assert browser.current_url.endswith("/es/000_ee7ec6d0624d94a0.html")


def test_an_article_page_has_a_row_per_po_entry(
    project: tuple[Path, int], browser: WebDriver
) -> None:
    root, _line = project
    for language in LANGUAGES:
        open_page(browser, root, f"{language}/{PLANTED[0]}.html")
        rows = browser.find_elements(By.CSS_SELECTOR, "table.article tr.entry")
        po = root / "locales" / language / f"{PLANTED[0]}.po"
        assert len(rows) == active_entries(po)
        assert all(row.is_displayed() for row in rows)


def test_a_planted_wrong_name_is_an_error_on_its_row_and_first_on_the_problems_page(
    project: tuple[Path, int], browser: WebDriver
) -> None:
    root, line = project
    language = PLANTED[1]
    open_page(browser, root, f"{language}/problems.html")
    screenshot(browser, "problems.png")
    first = browser.find_element(By.CSS_SELECTOR, "table.problems tbody tr")
    assert "error" in (first.get_attribute("class") or "").split()
    assert "po.wrong-name" in first.text
    first.find_element(By.CSS_SELECTOR, "a").click()
    assert browser.current_url.endswith(f"/{language}/{PLANTED[0]}.html#e{line}")
    row = browser.find_element(By.ID, f"e{line}")
    assert {"entry", "reviewed", "problem", "error"} <= set(
        (row.get_attribute("class") or "").split()
    )
    note = row.find_element(By.CSS_SELECTOR, "li.note.error")
    assert "po.wrong-name" in note.text and note.value_of_css_property("color") == (
        "rgba(161, 0, 0, 1)"
    )
    wrong = row.find_element(By.CSS_SELECTOR, "td.tgt mark.wrong")
    assert wrong.text == "Ereván"
    name = row.find_element(By.CSS_SELECTOR, "td.src mark.name")
    assert name.get_attribute("title")


def test_the_filters_hide_the_clean_rows_and_the_reviewed_ones(
    project: tuple[Path, int], browser: WebDriver
) -> None:
    root, line = project
    open_page(browser, root, f"{PLANTED[1]}/{PLANTED[0]}.html")
    screenshot(browser, "article.png")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.article tr.entry")
    clean = [r for r in rows if "problem" not in (r.get_attribute("class") or "").split()]
    assert clean and len(clean) < len(rows)
    browser.find_element(By.CSS_SELECTOR, 'label[for="show-problems"]').click()
    shown = [r for r in rows if r.is_displayed()]
    assert shown == [r for r in rows if r not in clean]
    assert f"e{line}" in {r.get_attribute("id") for r in shown}
    browser.find_element(By.CSS_SELECTOR, 'label[for="show-fuzzy"]').click()
    shown = [r for r in rows if r.is_displayed()]
    assert shown and all("fuzzy" in (r.get_attribute("class") or "").split() for r in shown)
    assert f"e{line}" not in {r.get_attribute("id") for r in shown}  # it is reviewed
    browser.find_element(By.CSS_SELECTOR, 'label[for="show-all"]').click()
    assert all(r.is_displayed() for r in rows)


def test_the_index_screenshot(project: tuple[Path, int], browser: WebDriver) -> None:
    root, _line = project
    open_page(browser, root, "index.html")
    screenshot(browser, "index.png")
    assert (ARTIFACTS / "index.png").stat().st_size > 10_000
