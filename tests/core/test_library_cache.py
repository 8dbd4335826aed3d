"""The library cache: the same library and the same problems as reading the files, always."""

from __future__ import annotations

import os

import pytest

from facilitator.core import library_cache, paths
from facilitator.core.library_cache import load_library_cached
from facilitator.core.loader import Root, load_library


def problems(library):
    return [(p.file, p.line, p.message, p.severity) for p in library.problems]


@pytest.fixture
def no_reading(monkeypatch):
    """Make reading the files fail, so a test can show a result came from the cache."""

    def refuse(roots, reference=None):
        raise AssertionError("the library was read, not taken from the cache")

    def switch_off() -> None:
        monkeypatch.setattr(library_cache, "load_library", refuse)

    return switch_off


def test_the_bundled_library_from_the_cache_is_the_library_read(tmp_path, no_reading):
    roots = [Root(paths.bundled_content_dir(), bundled=True), Root(tmp_path / "none")]
    cache = tmp_path / "library.cache"
    read = load_library(roots)
    assert load_library_cached(roots, cache) == read
    no_reading()
    cached = load_library_cached(roots, cache)
    assert cached == read
    assert problems(cached) == problems(read)
    assert len(cached.items()) > 200


BROKEN = {
    "m__broken.md": "---\nid: m.broken\ntitle: [oops\nkind: deck\n---\nx\n",
    "m__pic.md": "---\nid: m.pic\ntitle: Pic\nkind: deck\nduration: 5\n---\n![a](a.png)\n",
}


def test_problems_are_the_same_with_and_without_the_cache(make_library, tmp_path, no_reading):
    root = make_library(**BROKEN)
    cache = tmp_path / "library.cache"
    read = load_library([root])
    assert problems(read)  # the broken file and the missing picture
    load_library_cached([root], cache)
    no_reading()
    assert problems(load_library_cached([root], cache)) == problems(read)


def test_a_changed_or_added_file_is_read_again(make_library, tmp_path):
    root = make_library(**BROKEN)
    cache = tmp_path / "library.cache"
    before = load_library_cached([root], cache)
    assert any("a.png" in p.message for p in before.problems)
    (root / "m" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # the missing picture comes
    deck = root / "m" / "deck.md"
    deck.write_text(deck.read_text(encoding="utf-8").replace("Velkommen", "Hej"), "utf-8")
    after = load_library_cached([root], cache)
    assert after == load_library([root])
    assert not any("a.png" in p.message for p in after.problems)
    assert after.item("m.deck").slides[0].markdown.startswith("# Hej")


def test_a_touched_file_of_the_same_size_is_read_again(make_library, tmp_path):
    root = make_library()
    cache = tmp_path / "library.cache"
    load_library_cached([root], cache)
    deck = root / "m" / "deck.md"
    text = deck.read_text(encoding="utf-8")
    stat = deck.stat()
    deck.write_text(text.replace("Velkommen", "Velkomst"), "utf-8")  # same length
    os.utime(deck, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert "Velkomst" in load_library_cached([root], cache).item("m.deck").slides[0].markdown


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a cache at all", b"\x80\x05\x95garbage", "cut"],
    ids=["empty", "text", "bad pickle", "cut short"],
)
def test_a_damaged_cache_is_rebuilt_silently(make_library, tmp_path, capsys, damage):
    root = make_library(**BROKEN)
    cache = tmp_path / "library.cache"
    load_library_cached([root], cache)
    whole = cache.read_bytes()
    cache.write_bytes(whole[: len(whole) // 2] if damage == "cut" else damage)
    library = load_library_cached([root], cache)
    assert library == load_library([root])
    assert capsys.readouterr() == ("", "")
    assert cache.read_bytes() == whole  # written again, whole


def test_a_root_inside_a_module_is_never_cached(make_library, tmp_path):
    root = make_library()
    inner = root / "m" / "extra"
    inner.mkdir()
    cache = tmp_path / "library.cache"
    load_library_cached([Root(inner)], cache)
    assert not cache.exists()


def test_without_a_cache_folder_the_library_still_loads(make_library, tmp_path, monkeypatch):
    root = make_library(**BROKEN)
    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").write_text("a file where the cache folder should be", "utf-8")
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    library = load_library_cached([root])
    assert library == load_library([root])
    assert problems(library) == problems(load_library([root]))
