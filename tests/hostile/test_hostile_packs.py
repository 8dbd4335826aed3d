"""Hostile content packs: each case is refused with the reason ``pack verify --json`` names, and
nothing is written outside a temporary folder (the user's data folder is as it was).

A pack is a zip from anywhere (a USB stick, a share, a download): its names may try to leave the
folder, its entries may be links or devices, its sizes and hashes may lie, and its signature may
belong to another manifest or to a key nobody here trusts.
"""

from __future__ import annotations

import hashlib
import json
import stat
import warnings
import zipfile
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core import paths
from facilitator.core.packs import archive, keys
from facilitator.core.packs.errors import REASONS, PackRefused
from facilitator.core.packs.store import import_pack
from facilitator.core.settings import Settings

MODULE = b"""---
id: kommune.kurs
title: Kommunens kursus
language: da
---

Et lille kursus til test.
"""
DECK = b"""---
id: kommune.kurs.deck
title: Velkommen
kind: deck
duration: 10
---

# Velkommen

Note:
Sig goddag.

---

# Farvel

Note:
Sig farvel.
"""
GOOD = {"content/kurs/module.md": MODULE, "content/kurs/01-deck.md": DECK}


def manifest(files: dict[str, bytes], **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "format": 1,
        "id": "kommune.test",
        "title": "Test",
        "version": 1,
        "publisher": "Kommunen",
        "created": "2026-12-06T10:00:00Z",
        "app": "facilitator test",
        "files": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(files.items())
        ],
        "modules": [{"id": "kommune.kurs", "version": 1, "file": "content/kurs/module.md"}],
        "items": [{"id": "kommune.kurs.deck", "version": 1, "file": "content/kurs/01-deck.md"}],
        "plans": [],
    }
    data.update(changes)
    return data


def as_bytes(data: dict[str, object]) -> bytes:
    return json.dumps(data, indent=2, sort_keys=True).encode("utf-8")


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def pack(
    tmp_path: Path,
    files: dict[str, bytes] | None = None,
    *,
    listed: dict[str, object] | None = None,
    extra: list[tuple[str | zipfile.ZipInfo, bytes]] = (),  # type: ignore[assignment]
    signature: bytes | None = None,
    name: str = "kommune.test-1.facpack",
) -> Path:
    files = GOOD if files is None else files
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        ("manifest.json", as_bytes(listed or manifest(files)))
    ]
    if signature is not None:
        entries.append(("signature", signature))
    entries += list(files.items()) + list(extra)
    return write_zip(tmp_path / name, entries)


def entry(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def set_flag(file: Path, name: str, bit: int) -> None:
    """Set a general-purpose flag bit of ``name`` in both of its headers (zipfile clears them)."""
    data = bytearray(file.read_bytes())
    encoded = name.encode("ascii")
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                data[start + flag_at] |= bit & 0xFF
                data[start + flag_at + 1] |= bit >> 8
            start += 4
    file.write_bytes(bytes(data))


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def isolated(home, tmp_path, monkeypatch):
    """A fresh user folder; the system's temporary folder is one of this test's own."""
    temp = tmp_path / "systemp"
    temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    # The app makes these folders at start, pack or no pack.
    paths.data_dir(), paths.config_dir(), paths.user_content_dir()
    return tmp_path


def verify_json(file: Path, capsys) -> dict:
    capsys.readouterr()
    code = main(["pack", "verify", str(file), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == {"verified": 0, "unverified": 3, "refused": 1}[report["status"]]
    return report


def refused(file: Path, reason: str, capsys, root: Path) -> PackRefused:
    """The pack is refused for ``reason`` by verify and by import, and leaves no file behind."""
    assert reason in REASONS
    before = tree(root)
    report = verify_json(file, capsys)
    assert report["status"] == "refused", report
    assert report["reason"] == reason, report
    assert report["message"]
    with pytest.raises(PackRefused) as caught:
        import_pack(file, Settings.load(), confirm=lambda check: "once")
    assert caught.value.reason == reason
    assert tree(root) == before  # nothing written outside a temporary folder, which is gone
    return caught.value


def test_a_good_pack_passes_every_check_and_installs(isolated, capsys):
    """The control: the same builder without a trick makes a pack that imports."""
    file = pack(isolated)
    report = verify_json(file, capsys)
    assert report["status"] == "unverified" and report["reason"] == "unsigned"
    result = import_pack(file, Settings.load(), confirm=lambda check: "once")
    assert result.installed_now and result.trust == "unsigned"


@pytest.mark.parametrize(
    "name",
    [
        "content/../../evil.md",  # zip slip with ../
        "../evil.md",
        "/tmp/evil.md",  # absolute
        "C:/evil.md",  # a drive letter
        "C:evil.md",
        "content\\..\\..\\evil.md",  # backslashes
        "content/kurs/con.md",  # a name Windows treats as a device
        "content/kurs/./x.md",
    ],
)
def test_names_that_leave_the_folder_are_refused(isolated, capsys, name):
    file = pack(isolated, extra=[(name, b"# evil\n")])
    refused(file, "unsafe-name", capsys, isolated)
    assert not (isolated / "evil.md").exists() and not Path("/tmp/evil.md").exists()


def test_a_manifest_path_that_leaves_the_folder_is_refused(isolated, capsys):
    files = dict(GOOD)
    listed = manifest(files)
    listed["files"].append({"path": "content/../evil.md", "size": 1, "sha256": "0" * 64})
    refused(pack(isolated, files, listed=listed), "unsafe-name", capsys, isolated)


def test_a_symbolic_link_in_the_zip_is_refused(isolated, capsys):
    link = entry("content/kurs/link.md", stat.S_IFLNK | 0o777)
    refused(pack(isolated, extra=[(link, b"/etc/passwd")]), "link", capsys, isolated)


@pytest.mark.parametrize("kind", [stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK])
def test_device_pipe_and_socket_entries_are_refused(isolated, capsys, kind):
    device = entry("content/kurs/dev.md", kind | 0o644)
    refused(pack(isolated, extra=[(device, b"")]), "special-file", capsys, isolated)


def test_a_name_twice_in_the_zip_is_refused(isolated, capsys):
    file = pack(isolated, extra=[("content/kurs/01-deck.md", b"# other\n")])
    refused(file, "duplicate-name", capsys, isolated)


@pytest.mark.parametrize(
    "other",
    ["content/kurs/01-DECK.md", "content/Kurs/01-deck.md"],
)
def test_names_that_differ_only_in_case_are_refused(isolated, capsys, other):
    refused(pack(isolated, extra=[(other, DECK)]), "name-collision", capsys, isolated)


def test_names_that_differ_only_in_unicode_normalisation_are_refused(isolated, capsys):
    composed, decomposed = "content/kurs/caf\u00e9.md", "content/kurs/cafe\u0301.md"
    file = pack(isolated, extra=[(composed, DECK), (decomposed, DECK)])
    refused(file, "name-collision", capsys, isolated)


def test_a_zip_bomb_by_ratio_is_refused_before_it_is_unpacked(isolated, capsys):
    zeros = b"\0" * (8 * 1024 * 1024)
    files = dict(GOOD, **{"content/kurs/bomb.png": zeros})
    refused(pack(isolated, files), "zip-bomb", capsys, isolated)


def test_files_that_add_up_past_the_total_limit_are_refused(isolated, capsys, monkeypatch):
    monkeypatch.setattr(archive, "LIMITS", archive.Limits(total_bytes=64 * 1024))
    noise = hashlib.sha256(b"x").digest() * 1500  # 48 KB that compresses poorly
    files = dict(GOOD, **{"content/kurs/a.png": noise, "content/kurs/b.png": noise[::-1]})
    refused(pack(isolated, files), "too-large", capsys, isolated)


def test_a_hundred_thousand_entries_are_refused(isolated, capsys):
    many = [(f"content/kurs/{n}.md", b"") for n in range(100_000)]
    file = write_zip(
        isolated / "many.facpack", [("manifest.json", as_bytes(manifest(GOOD)))] + many
    )
    refused(file, "too-many-entries", capsys, isolated)


def test_a_zip_inside_the_pack_is_refused(isolated, capsys):
    inner = isolated / "inner.zip"
    write_zip(inner, [("a.md", b"# a\n")])
    files = dict(GOOD, **{"content/kurs/more.zip": inner.read_bytes()})
    refused(pack(isolated, files), "nested-archive", capsys, isolated)


def test_a_zip_dressed_as_an_image_is_refused(isolated, capsys):
    inner = isolated / "inner.zip"
    write_zip(inner, [("a.md", b"# a\n")])
    files = dict(GOOD, **{"content/kurs/picture.png": inner.read_bytes()})
    refused(pack(isolated, files), "nested-archive", capsys, isolated)


@pytest.mark.parametrize("utf8_flag", [False, True])
def test_names_that_are_not_utf8_are_refused(isolated, capsys, utf8_flag):
    file = pack(isolated, extra=[("content/kurs/aQQb.md", b"# x\n")])
    if utf8_flag:
        set_flag(file, "content/kurs/aQQb.md", 0x800)
    file.write_bytes(file.read_bytes().replace(b"aQQb", b"a\xff\xfeb"))
    refused(file, "name-encoding", capsys, isolated)


def test_a_manifest_whose_hash_lies_is_refused(isolated, capsys):
    listed = manifest(GOOD)
    listed["files"][0]["sha256"] = hashlib.sha256(b"something else").hexdigest()
    refused(pack(isolated, listed=listed), "hash-mismatch", capsys, isolated)


def test_a_manifest_whose_size_lies_is_refused(isolated, capsys):
    listed = manifest(GOOD)
    listed["files"][1]["size"] += 1
    refused(pack(isolated, listed=listed), "size-mismatch", capsys, isolated)


def test_a_file_not_in_the_manifest_is_refused(isolated, capsys):
    file = pack(isolated, extra=[("content/kurs/02-extra.md", DECK.replace(b"deck\n", b"x\n"))])
    refused(file, "not-in-manifest", capsys, isolated)


def test_a_listed_file_missing_from_the_zip_is_refused(isolated, capsys):
    listed = manifest(dict(GOOD, **{"content/kurs/gone.md": b"# gone\n"}))
    refused(pack(isolated, listed=listed), "missing-file", capsys, isolated)


def test_a_signature_over_another_manifest_is_refused(isolated, capsys):
    keys.keygen(isolated / "key")
    other = as_bytes(manifest(GOOD, title="Another pack"))
    signature = keys.sign(other, isolated / "key")
    refused(pack(isolated, signature=signature), "bad-signature", capsys, isolated)


def test_a_valid_signature_by_an_untrusted_key_needs_a_yes(isolated, capsys):
    keys.keygen(isolated / "key")
    signature = keys.sign(as_bytes(manifest(GOOD)), isolated / "key")
    file = pack(isolated, signature=signature)
    report = verify_json(file, capsys)
    assert report["status"] == "unverified" and report["reason"] == "untrusted-key"
    before = tree(isolated)
    with pytest.raises(PackRefused) as caught:
        import_pack(file, Settings.load(), confirm=lambda check: "no")
    assert caught.value.reason == "not-confirmed" and tree(isolated) == before
    # Not interactive and no --yes: refused, and the message says how to go on.
    assert main(["pack", "import", str(file)]) == 1
    assert "--yes" in capsys.readouterr().err
    # Once IT lists the key, the same pack is verified.
    public = (isolated / "key.pub").read_text(encoding="utf-8").strip()
    site = Path(isolated / "site.toml")
    site.write_text(f'trusted_publishers = ["{public}"]\n', encoding="utf-8")
    assert verify_json(file, capsys)["status"] == "verified"


def test_unverified_packs_are_refused_when_it_locks_the_trusted_publishers(isolated, capsys):
    keys.keygen(isolated / "it-key")
    public = (isolated / "it-key.pub").read_text(encoding="utf-8").strip()
    (isolated / "site.toml").write_text(
        f'trusted_publishers = ["{public}"]\nlocked = ["trusted_publishers"]\n', encoding="utf-8"
    )
    file = pack(isolated)
    with pytest.raises(PackRefused) as caught:
        import_pack(file, Settings.load(), confirm=lambda check: "once")
    assert caught.value.reason == "unverified-locked"


def test_a_truncated_pack_is_refused(isolated, capsys):
    file = pack(isolated)
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
    refused(file, "not-a-pack", capsys, isolated)


def test_a_pack_id_of_the_bundled_library_is_refused(isolated, capsys):
    listed = manifest(GOOD, id="mentalisering")
    refused(pack(isolated, listed=listed), "id-collision", capsys, isolated)


def test_a_pack_from_a_newer_app_is_refused_with_that_reason(isolated, capsys):
    listed = manifest(GOOD, format=99)
    error = refused(pack(isolated, listed=listed), "format-too-new", capsys, isolated)
    assert "update Facilitator" in error.message


def test_content_that_fails_check_content_is_refused_with_the_list(isolated, capsys):
    broken = DECK.replace(b"title: Velkommen\n", b"").replace(b"duration: 10", b"duration: 0")
    files = dict(GOOD, **{"content/kurs/01-deck.md": broken})
    error = refused(pack(isolated, files), "content-problems", capsys, isolated)
    assert any("01-deck.md:" in p and "title" in p for p in error.problems), error.problems
    report = verify_json(pack(isolated, files, name="again.facpack"), capsys)
    assert any("01-deck.md" in p for p in report["problems"])


def test_an_encrypted_entry_is_refused(isolated, capsys):
    file = pack(isolated, extra=[("content/kurs/secret.md", b"# x\n")])
    set_flag(file, "content/kurs/secret.md", 0x1)
    refused(file, "encrypted", capsys, isolated)


def test_a_file_type_a_pack_does_not_carry_is_refused(isolated, capsys):
    files = dict(GOOD, **{"content/kurs/run.py": b"print('hi')\n"})
    refused(pack(isolated, files), "file-type", capsys, isolated)


@pytest.mark.parametrize("text", [b"", b"{not json", b"[]", b'{"format": 1}'])
def test_a_missing_or_broken_manifest_is_refused(isolated, capsys, text):
    file = write_zip(isolated / "bad.facpack", [("manifest.json", text), *GOOD.items()])
    refused(file, "bad-manifest", capsys, isolated)


def test_a_zip_without_a_manifest_is_not_a_pack(isolated, capsys):
    file = write_zip(isolated / "plain.facpack", list(GOOD.items()))
    refused(file, "bad-manifest", capsys, isolated)


def test_an_item_the_manifest_does_not_list_is_refused_naming_its_file(isolated, capsys):
    """The files are all listed and hashed, but one of them is an item the manifest's items
    leave out: refused as a content problem naming the file, not a crash."""
    extra = DECK.replace(b"id: kommune.kurs.deck", b"id: kommune.kurs.extra")
    files = {**GOOD, "content/kurs/02-extra.md": extra}
    error = refused(pack(isolated, files), "content-problems", capsys, isolated)
    assert any(
        "02-extra.md" in line and "item 'kommune.kurs.extra' is not in the manifest" in line
        for line in error.problems
    ), error.problems


# The "Not these versions" answers (declined-offers.json in the packs folder) -----------------

DECLINED_CASES = {
    "cut": b'{"kommune.kursus": 2',
    "not an object": b"[1, 2, 3]",
    "text, booleans and floats": b'{"a": "2", "b": true, "c": 2.5}',
    "nested a hundred thousand deep": b"[" * 100_000 + b"]" * 100_000,
    "not UTF-8": b"\xff\xfe{\x00",
    "two megabytes": b'{"a": 1, "pad": "' + b"x" * 2_000_000 + b'"}',
}


@pytest.mark.parametrize("case", list(DECLINED_CASES))
def test_a_damaged_declined_offers_file_declines_nothing(isolated, case):
    """Whatever is in the file, the start-up check gets an answer (at worst it offers again);
    it never raises in the thread that looks for newer packs."""
    from facilitator.core.packs.installed import packs_dir
    from facilitator.core.packs.store import DECLINED_FILE, declined

    folder = packs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DECLINED_FILE).write_bytes(DECLINED_CASES[case])
    found = declined()
    assert all(isinstance(v, int) and not isinstance(v, bool) for v in found.values())
    assert found in ({}, {"a": 1})
