from __future__ import annotations

import json

import pytest

from facilitator.core import paths
from facilitator.core.settings import Settings


def test_defaults_then_site_then_user(tmp_path):
    shared = tmp_path / "delt"
    shared.mkdir()
    site = tmp_path / "site.toml"
    site.write_text(f'language = "nb"\ntheme = "dark"\ncontent_folders = ["{shared}"]\n')
    user = tmp_path / "user.json"
    user.write_text(json.dumps({"theme": "high-contrast"}))
    s = Settings.load(site, user)
    assert (s.get("language"), s.source("language")) == ("nb", "site")
    assert (s.get("theme"), s.source("theme")) == ("high-contrast", "user")
    assert (s.get("notes_font_size"), s.source("notes_font_size")) == (18, "default")
    assert s.content_folders() == [shared]
    assert s.problems == []


def test_locked_by_it_cannot_be_changed(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('locked = ["language"]\nlanguage = "da"\n')
    user = tmp_path / "user.json"
    user.write_text(json.dumps({"language": "en"}))
    s = Settings.load(site, user)
    assert s.get("language") == "da" and s.is_locked("language") and s.source("language") == "site"
    with pytest.raises(PermissionError):
        s.set("language", "nb")


def test_set_persists_and_bad_values_are_refused(tmp_path):
    user = tmp_path / "cfg" / "user.json"
    s = Settings.load(tmp_path / "none.toml", user)
    s.set("theme", "dark")
    assert Settings.load(tmp_path / "none.toml", user).get("theme") == "dark"
    with pytest.raises(ValueError, match="theme"):
        s.set("theme", "purple")


def test_bad_files_give_messages_with_lines_and_keep_the_file(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('language = "da"\ntheme = \n')
    user = tmp_path / "user.json"
    user.write_text('{"theme": "dark",\n "language": }')
    s = Settings.load(site, user)
    texts = [str(p) for p in s.problems]
    assert any(t.startswith(f"{site}:2:") for t in texts), texts
    assert any(t.startswith(f"{user}:2:") for t in texts), texts
    assert s.get("theme") == "light"
    assert (tmp_path / "user.broken.json").exists()


def test_unknown_and_wrong_typed_keys_are_reported(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('colour = "red"\nnotes_font_size = "big"\n')
    s = Settings.load(site, tmp_path / "u.json")
    assert [str(p) for p in s.problems] == [
        f"{site}:1: unknown setting 'colour'",
        f"{site}:2: 'notes_font_size' must be 8 to 72; ignored",
    ]


def test_paths_follow_facilitator_home(home):
    assert paths.data_dir() == home / "data"
    assert paths.log_dir() == home / "logs"
    assert paths.user_settings_file().parent == home / "config"
    assert paths.resource_path("fonts").parent.name == "resources"
    assert (paths.bundled_content_dir()).name == "content"


def test_locked_content_folders_ignore_the_users_additions(tmp_path):
    shared, own = tmp_path / "delt", tmp_path / "egne"
    shared.mkdir()
    own.mkdir()
    site = tmp_path / "site.toml"
    site.write_text(f'locked = ["content_folders"]\ncontent_folders = ["{shared}"]\n')
    user = tmp_path / "user.json"
    user.write_text(json.dumps({"content_folders": [str(own)]}))
    s = Settings.load(site, user)
    assert s.content_folders() == [shared]
    assert s.is_locked("content_folders")
