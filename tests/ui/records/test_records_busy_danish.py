"""A records screen that saves while the records are being re-encrypted says why in the UI's
language (not "something went wrong"), and what was typed stays on screen."""

from __future__ import annotations

from facilitator.ui.records.backups import DatabaseOpener
from facilitator.ui.records.store import RecordsStore


def test_saving_while_the_records_are_re_encrypted_is_said_in_danish(qapp, tmp_path, danish_ui):
    opener = DatabaseOpener(tmp_path / "facilitator.db")
    RecordsStore(opener).log.add_group("Hold A")
    opener.hold()  # a new passphrase is being put on the files
    store = RecordsStore(opener)
    said: list[str] = []
    store.failed.connect(said.append)
    done, _ = store.act("group", (), lambda: store.log.add_group("Hold B"))
    assert not done
    assert said == [
        "Ikke gemt: registreringerne er ved at blive krypteret igen. Prøv igen om et øjeblik. "
        "Det, du skrev, står stadig på skærmen."
    ]
    opener.release()
    opener.close()
