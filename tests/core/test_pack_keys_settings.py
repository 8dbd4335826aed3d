"""Publisher keys, the settings that name them, and the folders offered for pack updates."""

from __future__ import annotations

import stat

from facilitator.cli import main
from facilitator.core.loader import Root, load_library
from facilitator.core.packs import keys
from facilitator.core.packs.export import export_pack
from facilitator.core.packs.store import import_pack, offers
from facilitator.core.settings import Settings

MODULE = "---\nid: kommune.kurs\ntitle: Kursus\n---\n\nEt kursus.\n"
DECK = "---\nid: kommune.kurs.deck\ntitle: Velkommen\nkind: deck\nduration: 5\n---\n\n# Hej\n"


def pack(tmp_path, folder, version):
    source = tmp_path / "source" / "kurs"
    source.mkdir(parents=True, exist_ok=True)
    (source / "module.md").write_text(MODULE, encoding="utf-8")
    (source / "01.md").write_text(DECK, encoding="utf-8")
    library = load_library([Root(source.parent)])
    out = folder / f"kommune.test-{version}.facpack"
    export_pack(library, ["kommune.kurs"], out, pack_id="kommune.test", version=version)
    return out


def test_keygen_writes_a_private_key_only_its_owner_reads_and_never_overwrites(tmp_path, capsys):
    assert main(["pack", "keygen", "-o", str(tmp_path / "k"), "--publisher", "Kommunen"]) == 0
    assert stat.S_IMODE((tmp_path / "k").stat().st_mode) == 0o600
    line = (tmp_path / "k.pub").read_text(encoding="utf-8")
    assert line.startswith("facilitator-ed25519 ") and line.strip().endswith("Kommunen")
    assert keys.parse_public_key(line) is not None
    before = (tmp_path / "k").read_bytes()
    assert main(["pack", "keygen", "-o", str(tmp_path / "k")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "k").read_bytes() == before


def test_a_trusted_publisher_that_is_no_key_is_reported_at_its_line(home, tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('language = "da"\ntrusted_publishers = ["not a key"]\n', encoding="utf-8")
    settings = Settings.load()
    assert settings.get("trusted_publishers") == []
    (problem,) = settings.site_problems()
    assert problem.line == 2 and "publisher keys" in str(problem.message)


def test_newer_versions_in_the_content_sources_are_offered_not_installed(home, tmp_path):
    import_pack(pack(tmp_path, tmp_path, 1), Settings.load(), confirm=lambda check: "once")
    source = tmp_path / "share"
    source.mkdir()
    pack(tmp_path, source, 2)
    pack(tmp_path, source, 1)
    (tmp_path / "site.toml").write_text(f'content_sources = ["{source}"]\n', encoding="utf-8")
    (offer,) = offers(Settings.load())
    assert (offer.id, offer.version, offer.installed_version) == ("kommune.test", 2, 1)
    assert offer.file.name == "kommune.test-2.facpack"
    from facilitator.core.packs.installed import installed

    assert installed()[0].version == 1  # offered, not installed


def test_a_cancelled_import_installs_nothing_and_leaves_no_temporary_folder(home, tmp_path):
    from facilitator.core import paths
    from facilitator.core.packs.errors import PackCancelled
    from facilitator.core.packs.installed import installed

    file = pack(tmp_path, tmp_path, 1)
    before = sorted(p.name for p in paths.data_dir().iterdir())
    try:
        import_pack(file, Settings.load(), confirm=lambda c: "once", cancelled=lambda: True)
    except PackCancelled:
        pass
    else:
        raise AssertionError("the import was not cancelled")
    assert installed() == [] and sorted(p.name for p in paths.data_dir().iterdir()) == before
