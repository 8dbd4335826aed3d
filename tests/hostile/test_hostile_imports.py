"""Hostile decks to import (issue 12; docs/content-format.md, "Importing"): each is refused with
a message that names the file, or loses only the bad part with a reason in the report, and a
refused import writes nothing at all into the user's folder."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import sample_decks  # noqa: E402

from facilitator.cli import main  # noqa: E402
from facilitator.core import paths  # noqa: E402
from facilitator.core.importers import ImportRefused, guard, import_deck, read_deck  # noqa: E402
from facilitator.core.loader import load_item_file  # noqa: E402


def laughs() -> bytes:
    entities = ['<!ENTITY l0 "ha">'] + [
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)
    ]
    return f'<?xml version="1.0"?><!DOCTYPE d [{"".join(entities)}]><d>&l9;</d>'.encode()


def rezip(source: Path, target: Path, change: Callable[[zipfile.ZipFile], None]) -> Path:
    """A copy of the zip ``source`` with ``change`` adding to (or replacing in) it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        change(new)
        written = set(new.namelist())
        for entry in old.infolist():
            if entry.filename not in written:
                new.writestr(entry, old.read(entry.filename))
    return target


def pptx(tmp_path: Path) -> Path:
    return sample_decks.make_pptx(tmp_path / "good.pptx", slides=2, hidden=())


def odp(tmp_path: Path) -> Path:
    return sample_decks.make_odp(tmp_path / "good.odp", slides=2, hidden=())


def encrypted_pdf() -> bytes:
    """A tiny PDF whose pages are locked with a password no one knows."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    ident = b"<" + b"ab" * 16 + b">"
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R " % (len(objects) + 1)
    out += b"/ID [" + ident + b" " + ident + b"] >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    fragment: str


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    return make


def _bomb(tmp_path: Path) -> Path:
    def add(new: zipfile.ZipFile) -> None:
        new.writestr("ppt/media/zeros.bin", b"\0" * (20 * 1024 * 1024), zipfile.ZIP_DEFLATED)

    return rezip(pptx(tmp_path), tmp_path / "bomb.pptx", add)


def _entry(name: str, data: bytes, suffix: str = "pptx") -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        source = pptx(tmp_path) if suffix == "pptx" else odp(tmp_path)
        return rezip(source, tmp_path / f"bad.{suffix}", lambda new: new.writestr(name, data))

    return make


def _encrypted_entry(tmp_path: Path) -> Path:
    """A zip whose one part is marked as encrypted (Python's zipfile cannot write one)."""
    source = rezip(
        pptx(tmp_path), tmp_path / "locked.pptx", lambda new: new.writestr("ppt/x.xml", b"<x/>")
    )
    data = bytearray(source.read_bytes())
    name_at = data.index(b"ppt/x.xml", data.index(b"PK\x01\x02"))
    central = data.rindex(b"PK\x01\x02", 0, name_at)
    data[central + 8] |= 0x1
    source.write_bytes(bytes(data))
    return source


def _truncated(tmp_path: Path) -> Path:
    data = pptx(tmp_path).read_bytes()
    return _write("cut.pptx", data[: len(data) // 2])(tmp_path)


def _truncated_pdf(tmp_path: Path) -> Path:
    data = sample_decks.make_pdf(tmp_path / "whole.pdf", slides=2, pdfpc=False).read_bytes()
    return _write("cut.pdf", data[:600])(tmp_path)


def _ten_thousand(tmp_path: Path) -> Path:
    return _write("many.md", "\n---\n".join(f"# {n}" for n in range(10_000)))(tmp_path)


CASES = [
    Case("pptx-zip-bomb", _bomb, "zip bomb"),
    Case("pptx-path-traversal", _entry("../../evil.txt", b"x"), "unsafe name"),
    Case("pptx-absolute-path", _entry("/etc/evil.txt", b"x"), "unsafe name"),
    Case("pptx-entity-bomb", _entry("ppt/slides/slide1.xml", laughs()), "XML entities"),
    Case(
        "odp-external-entity",
        _entry(
            "content.xml",
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
            "odp",
        ),
        "XML entities",
    ),
    Case("pptx-broken-xml", _entry("ppt/slides/slide1.xml", b"<p:sld><unclosed>"), "not valid XML"),
    Case("pptx-encrypted-office", _write("secret.pptx", guard.OLE_MAGIC + b"\0" * 600), "password"),
    Case("pptx-encrypted-entry", _encrypted_entry, "password"),
    Case("pptx-random-bytes", _write("noise.pptx", bytes(range(256)) * 8), "damaged"),
    Case("pptx-truncated", _truncated, "damaged"),
    Case("pptx-empty", _write("empty.pptx", b""), "empty"),
    Case("odp-random-bytes", _write("noise.odp", b"PK\x03\x04 not really"), "damaged"),
    Case("pdf-not-a-pdf", _write("fake.pdf", "Just some text, not a PDF"), "not a PDF"),
    Case("pdf-truncated", _truncated_pdf, "damaged"),
    Case("pdf-encrypted", _write("locked.pdf", encrypted_pdf()), "password-protected"),
    Case("marp-ten-thousand-slides", _ten_thousand, "10000 slides"),
    Case("marp-not-utf8", _write("latin.md", "# Caf\xe9\n".encode("latin-1")), "line 1: not UTF-8"),
    Case(
        "marp-yaml-alias",
        _write("alias.md", "---\nmarp: true\na: &x [1]\nb: *x\n---\n# Hi\n"),
        "anchors",
    ),
    Case("markdown-too-large", _write("big.md", "# x\n" + "y" * (3 * 1024 * 1024)), "too large"),
    Case("unknown-kind", _write("deck.key", b"keynote"), "cannot import this kind"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_hostile_deck_is_refused_naming_the_file_and_nothing_is_written(home, tmp_path, case):
    source = case.make(tmp_path)
    content = paths.user_content_dir()
    with pytest.raises(ImportRefused) as refused:
        import_deck(source, content)
    message = str(refused.value)
    assert message.startswith(f"{source.name}: ")
    assert case.fragment in message
    assert list(content.rglob("*")) == []


def test_the_command_line_reports_a_refused_file_without_a_traceback(home, tmp_path, capsys):
    bad = _bomb(tmp_path)
    good = sample_decks.make_marp(tmp_path / "marp")
    assert main(["import", str(bad), str(good)]) == 1
    out, err = capsys.readouterr()
    assert "bomb.pptx: " in err and "Traceback" not in err
    assert "talk.md: imported as my-material.a-marp-talk" in out


def test_a_picture_that_is_not_a_picture_is_dropped_and_listed(home, tmp_path):
    from pptx import Presentation

    deck = Presentation(str(pptx(tmp_path)))
    deck.slides[1].shapes.add_picture(io.BytesIO(sample_decks.png()), 0, 0)
    deck.save(str(tmp_path / "pic.pptx"))

    def poison(new: zipfile.ZipFile) -> None:
        with zipfile.ZipFile(tmp_path / "pic.pptx") as old:
            (media,) = [n for n in old.namelist() if n.startswith("ppt/media/")]
        new.writestr(media, b"\x89PNG\r\n\x1a\n but then not a picture at all")

    source = rezip(tmp_path / "pic.pptx", tmp_path / "poisoned.pptx", poison)
    outcome = import_deck(source, paths.user_content_dir())
    (dropped,) = outcome.result.slides[1].report.as_dict()["dropped"]
    assert dropped.startswith("picture ") and "not a picture" in dropped
    assert not (outcome.written.file.parent / "images").exists()
    _, problems = load_item_file(outcome.written.file)
    assert [p for p in problems if p.severity == "error"] == []


def test_a_picture_claiming_a_billion_pixels_is_dropped_unread(home, tmp_path):
    import struct
    import zlib

    header = struct.pack(">IIBBBBB", 40_000, 40_000, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    huge = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
    huge += struct.pack(">I", zlib.crc32(chunk))
    data = b"IDAT" + zlib.compress(b"\0" * 64)
    huge += struct.pack(">I", len(data) - 4) + data + struct.pack(">I", zlib.crc32(data))
    folder = tmp_path / "deck"
    folder.mkdir()
    (folder / "huge.png").write_bytes(huge)
    (folder / "deck.md").write_text("# Big\n\n![](huge.png)\n", encoding="utf-8")
    result = read_deck(folder / "deck.md")
    assert result.images == {}
    assert "too large" in str(result.slides[0].report.dropped[0])


def test_a_huge_space_count_in_impress_text_does_not_fill_the_memory(home, tmp_path):
    from odf.opendocument import load

    source = odp(tmp_path)
    document = load(str(source))
    from odf.text import P, S

    paragraph = P(text="Before")
    paragraph.addElement(S(c=999_999_999))
    paragraph.addText("after")
    pages = document.presentation.getElementsByType(__import__("odf.draw").draw.Page)
    pages[0].getElementsByType(__import__("odf.draw").draw.TextBox)[0].addElement(paragraph)
    document.save(str(tmp_path / "spaces.odp"))
    result = read_deck(tmp_path / "spaces.odp")
    assert "Before" in result.slides[0].markdown and len(result.slides[0].markdown) < 1000


def test_a_broken_pdfpc_file_is_reported_and_the_pdf_still_imports(qapp, home, tmp_path):
    source = sample_decks.make_pdf(tmp_path / "talk.pdf", slides=2, pdfpc=False)
    source.with_suffix(".pdfpc").write_text('{"pages": [', encoding="utf-8")
    result = read_deck(source)
    assert len(result.slides) == 2 and all(not s.notes for s in result.slides)
    assert any("talk.pdfpc" in str(remark) for remark in result.remarks)


def test_a_failed_check_leaves_no_half_written_folder(home, tmp_path, monkeypatch):
    from facilitator.core.importers import writer
    from facilitator.core.model import Problem

    def broken(path, bundled=False):
        return None, [Problem(str(path), 1, "made to fail")]

    monkeypatch.setattr(writer, "load_item_file", broken)
    source = sample_decks.make_marp(tmp_path / "marp")
    with pytest.raises(ImportRefused, match="made to fail"):
        import_deck(source, paths.user_content_dir())
    module = paths.user_content_dir() / "my-material"
    assert sorted(p.name for p in module.iterdir()) == ["module.md"]


def test_the_json_report_of_a_refused_file_names_it(home, tmp_path, capsys):
    source = _write("fake.pdf", "no")(tmp_path)
    assert main(["import", "--json", str(source)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["failed"] == 1 and report["files"][0]["error"].startswith("fake.pdf: ")
