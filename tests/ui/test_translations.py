"""Every user-visible string has its Danish and Norwegian text, and the shipped .qm are current."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[2] / "resources" / "translations"
_spec = importlib.util.spec_from_file_location("update_translations", HERE / "update.py")
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)


def test_every_string_has_danish_and_norwegian_text():
    missing = update.check()
    assert missing == [], f"{len(missing)} strings lack a translation:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("language", update.LANGUAGES)
def test_compiled_translations_are_current(tmp_path, language):
    shutil.copy(update.ts_file(language), update.ts_file(language, tmp_path))
    update.lrelease(tmp_path, (language,))
    fresh = update.ts_file(language, tmp_path).with_suffix(".qm").read_bytes()
    shipped = update.ts_file(language).with_suffix(".qm").read_bytes()
    assert fresh == shipped, "run: python resources/translations/update.py"


def test_every_string_has_a_context_the_app_looks_up():
    """A module-level tr() helper files strings under an empty context that Qt never finds."""
    import xml.etree.ElementTree as ET

    for language in update.LANGUAGES:
        names = [c.findtext("name") for c in ET.parse(update.ts_file(language)).iter("context")]
        assert all(names), f"{language}: strings without a context: use translate('Ctx', ...)"
