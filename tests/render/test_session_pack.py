"""The session pack: every document of a plan at once, to a folder or to one combined PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.render.plan_pdf import Cancelled, export_plan_pdf
from facilitator.render.theme import THEMES

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])
PARENTS = LIBRARY.plan("skole.foraeldremoede")  # a parent meeting, with its invitation letter
NB_LESSON = LIBRARY.plan("livsmestring-nb.ungdomstrinn")  # a Bokmål lesson plan


def pages(pdf: Path) -> int:
    if not shutil.which("pdfinfo"):
        pytest.fail("pdfinfo (poppler-utils, in the README's test packages) is needed")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


def text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_folder_gets_one_pdf_a_part_in_printing_order(qapp, tmp_path):
    assert PARENTS is not None
    out = tmp_path / "pack"
    said = export_plan_pdf(PARENTS, LIBRARY, "all", out, THEMES["light"])
    names = sorted(p.name for p in out.iterdir())
    assert [name.split("-")[0] for name in names] == ["01", "02", "03", "04", "05", "06"]
    assert [name.rsplit("-", 1)[1] for name in names] == [
        "koereplan.pdf",
        "dias.pdf",
        "noter.pdf",
        "uddelingsark.pdf",
        "oevelseskort.pdf",
        "invitation.pdf",
    ]
    assert said.startswith("6 PDFs")
    files = sorted(out.iterdir())
    assert "Materialer" in text(files[0])  # the run sheet, in the plan's language
    assert pages(files[1]) == pages(files[2])  # a notes page for every slide
    invitation = text(files[5])
    assert "Invitation til forældremøde" in invitation
    # The invitation goes to the parents before the meeting: not among the handouts.
    assert "Invitation til forældremøde" not in text(files[3])


def test_a_pdf_name_gets_one_combined_file_with_every_part(qapp, tmp_path):
    folder = tmp_path / "parts"
    export_plan_pdf(PARENTS, LIBRARY, "all", folder, THEMES["light"])
    out = tmp_path / "alt.pdf"
    said = export_plan_pdf(PARENTS, LIBRARY, "all", out, THEMES["light"])
    assert said.startswith("one PDF")
    assert pages(out) == sum(pages(p) for p in folder.iterdir())
    combined = text(out)
    assert combined.index("Materialer") < combined.index("Invitation til forældremøde")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.pdf", "parts"]  # nothing else


def test_a_lesson_for_pupils_has_no_invitation_and_uses_its_own_language(qapp, tmp_path):
    assert NB_LESSON is not None and NB_LESSON.language == "nb"
    out = tmp_path / "pack"
    export_plan_pdf(NB_LESSON, LIBRARY, "all", out, THEMES["light"])
    names = [p.name for p in sorted(out.iterdir())]
    assert not any("invitasjon" in name or "invitation" in name for name in names)
    assert names[0].endswith("-kjoereplan.pdf") and names[3].endswith("-deltakerark.pdf")
    files = sorted(out.iterdir())
    assert "Materiell" in text(files[0])
    # The module holds a parent-meeting invitation; the pupils' handouts leave it out.
    assert any(i.id == "livsmestring-nb.foreldremote-invitasjon" for i in LIBRARY.items())
    assert "Invitasjon til foreldremøte" not in text(files[3])


def test_cancel_leaves_no_file_and_no_folder_behind(qapp, tmp_path):
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total // 2:  # half-way through the pack
            raise Cancelled()

    out = tmp_path / "new" / "pack"
    with pytest.raises(Cancelled):
        export_plan_pdf(PARENTS, LIBRARY, "all", out, THEMES["light"], progress)
    assert not (tmp_path / "new" / "pack").exists()
    assert len({total for _done, total in seen}) == 1  # one scale for the whole pack
    combined = tmp_path / "alt.pdf"
    with pytest.raises(Cancelled):
        export_plan_pdf(PARENTS, LIBRARY, "all", combined, THEMES["light"], progress)
    assert list(tmp_path.iterdir()) == []


def test_the_command_writes_a_folder_and_a_combined_pdf(qapp, tmp_path, home, capsys):
    folder = tmp_path / "pakke"
    assert (
        main(["export-pdf", "--plan", "skole.foraeldremoede", "--what", "all", "-o", str(folder)])
        == 0
    )
    assert len(list(folder.glob("*.pdf"))) == 6
    single = tmp_path / "pakke.pdf"
    assert (
        main(["export-pdf", "--plan", "skole.foraeldremoede", "--what", "all", "-o", str(single)])
        == 0
    )
    assert pages(single) == sum(pages(p) for p in folder.glob("*.pdf"))
    out = capsys.readouterr().out
    assert f"{folder}: 6 PDFs: run sheet, slides, notes pages" in out
    # A file where the folder should be: a clear message, no traceback.
    blocked = tmp_path / "blocked"
    blocked.write_text("", encoding="utf-8")
    assert (
        main(["export-pdf", "--plan", "skole.foraeldremoede", "--what", "all", "-o", str(blocked)])
        == 1
    )
    err = capsys.readouterr().err
    assert "blocked" in err and "not a folder" in err and "Traceback" not in err
