"""The bundled user guide: the same pages in every language, pictures that exist, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.guide import (
    LANGUAGES,
    PAGES,
    SCREENS,
    guide_dir,
    image_links,
    load_pages,
    search,
)

IMAGE_BUDGET = 150_000  # bytes a picture: the guide ships in every installation


def test_every_page_exists_in_every_language_and_nothing_else():
    for language in LANGUAGES:
        folder = guide_dir() / language
        assert sorted(p.stem for p in folder.glob("*.md")) == sorted(PAGES), language
        pages = load_pages(language)
        assert [p.slug for p in pages] == list(PAGES)
        assert all(p.path.parent == folder for p in pages), language  # no English stand-ins
        assert all(p.title and p.title != p.slug for p in pages), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_resolves_has_alt_text_and_is_small(language):
    used = 0
    for page in load_pages(language):
        for alt, target in image_links(page.text):
            picture = (page.path.parent / target).resolve()
            assert picture.is_file(), f"{page.path}: {target} does not exist"
            assert picture.is_relative_to(guide_dir().resolve()), f"{page.path}: {target}"
            assert len(alt.split()) >= 3, f"{page.path}: {target} needs alt text"
            assert picture.stat().st_size <= IMAGE_BUDGET, f"{picture} is too large"
            used += 1
    assert used >= 4  # screenshots of the library, planner, console, records and settings


def test_links_between_pages_and_anchors_of_screens_exist():
    import re

    for language in LANGUAGES:
        pages = {p.slug: p for p in load_pages(language)}
        for page in pages.values():
            for target in re.findall(r"\]\(([\w-]+)\.md(?:#[\w-]+)?\)", page.text):
                assert target in pages, f"{page.path}: link to {target}.md"
        for screen, (slug, anchor) in SCREENS.items():
            assert slug in pages, screen
            if anchor:
                assert f'<a name="{anchor}"></a>' in pages[slug].text, f"{language} {screen}"
        assert '<a name="keys"></a>' in pages["presenting"].text


def test_the_presenting_page_asks_for_both_key_tables():
    for language in LANGUAGES:
        text = next(p for p in load_pages(language) if p.slug == "presenting").text
        assert "<!-- keys: present -->" in text and "<!-- keys: app -->" in text, language


def test_search_finds_a_word_with_folded_letters_and_ranks_by_hits():
    pages = load_pages("da")
    hits = search(pages, "pseudonym")
    assert hits and hits[0].slug == "records"
    assert "pseudonym" in hits[0].snippet.casefold()
    # æ, ø, å may be written ae, oe, aa, as in the library's search.
    assert [h.slug for h in search(pages, "foelsomt")] == [h.slug for h in search(pages, "følsomt")]
    assert search(pages, "følsomt")
    # Every word must be on the page.
    assert search(pages, "pseudonym xylofon") == []
    assert search(pages, "   ") == []


def test_a_missing_page_is_taken_from_english(tmp_path: Path):
    for language in ("en", "da"):
        (tmp_path / language).mkdir()
    (tmp_path / "en" / "planning.md").write_text("# Planning\n\nText.\n", encoding="utf-8")
    (tmp_path / "da" / "records.md").write_bytes(b"\xff\xfe not utf-8")
    pages = load_pages("da", tmp_path)
    assert [(p.slug, p.title) for p in pages] == [("planning", "Planning")]
