"""The room check's lines in the user's language: one sentence for each ``Check.code``.

The checks (``core.roomcheck``) give a stable code and plain values; the words are here, each
written out as ``QCoreApplication.translate("RoomCheck", ...)``: lupdate reads the context only
at the call itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...core.roomcheck import Check


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def title(check_id: str) -> str:
    return {
        "screens": QCoreApplication.translate("RoomCheck", "Screens"),
        "legibility": QCoreApplication.translate("RoomCheck", "Legibility on the projector"),
        "keys": QCoreApplication.translate("RoomCheck", "Clicker keys"),
        "fonts": QCoreApplication.translate("RoomCheck", "Slide font"),
        "contacts": QCoreApplication.translate("RoomCheck", "Local help contacts"),
        "records": QCoreApplication.translate("RoomCheck", "Records"),
        "disk": QCoreApplication.translate("RoomCheck", "Free disk space"),
    }.get(check_id, check_id)


def status_word(status: str) -> str:
    return {
        "green": QCoreApplication.translate("RoomCheck", "OK"),
        "amber": QCoreApplication.translate("RoomCheck", "Check"),
        "red": QCoreApplication.translate("RoomCheck", "Problem"),
    }[status]


def number(value: float, decimals: int = 1) -> str:
    """A decimal number as the UI language writes it (7,2 in Danish and Norwegian)."""
    return QLocale().toString(float(value), "f", decimals)


def size(width: object, height: object) -> str:
    return f"{width}×{height}"


def action_name(action_id: str) -> str:
    from ..action_specs import plain, translate
    from ..present_actions import PRESENT_ACTIONS

    for spec in PRESENT_ACTIONS:
        if spec.id == action_id:
            return plain(translate(spec.text))
    return action_id


def sentence(check: Check) -> str:
    """The line's text in the user's language; the English message for a code not known here."""
    v = check.values
    code = check.code
    if code == "screens.none":
        return QCoreApplication.translate("RoomCheck", "No screen was found.")
    if code == "screens.mirrored":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "%1 and %2 show the same picture (mirrored): the participants would see the "
                "console and your notes. Set the display to extend instead of duplicate.",
            ),
            v["first"],
            v["second"],
        )
    if code == "screens.one":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "One screen (%1, %2): the slides fill it and C shows the console. Connect the "
                "projector and extend the display to see your notes.",
            ),
            v["name"],
            size(v["width"], v["height"]),
        )
    if code == "screens.wanted-missing":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "The projector chosen last time (%1) is not connected; "
                "%2 (%3) will show the slides.",
            ),
            v["wanted"],
            v["projector"],
            size(v["width"], v["height"]),
        )
    if code == "screens.ok":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck", "%1 screens; the slides go to %2 (%3), the console stays on the other."
            ),
            v["count"],
            v["projector"],
            size(v["width"], v["height"]),
        )
    if code == "legibility.contrast":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "The faintest text of this theme has a contrast of %1:1 (4.5:1 or more is easy "
                "to read). Choose the high-contrast theme.",
            ),
            number(v["contrast"]),
        )
    if code == "legibility.small":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "The smallest slide text is %1 px high on the projector: hard to read at the "
                "back. Use the projector's full resolution, or keep slides short.",
            ),
            round(v["smallest_px"]),
        )
    if code == "legibility.ok":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "The smallest slide text is %1 px high on the projector; contrast %2:1.",
            ),
            round(v["smallest_px"]),
            number(v["contrast"]),
        )
    if code == "keys.untested":
        return QCoreApplication.translate(
            "RoomCheck", "Not tested yet: click the key test and press each key of your clicker."
        )
    if code == "keys.partial":
        return _fill(
            QCoreApplication.translate("RoomCheck", "Recognised: %1. Not yet: %2."),
            ", ".join(action_name(a) for a in v["recognised"]),
            ", ".join(action_name(a) for a in v["missing"]),
        )
    if code == "keys.ok":
        return _fill(
            QCoreApplication.translate("RoomCheck", "Recognised: %1."),
            ", ".join(action_name(a) for a in v["recognised"]),
        )
    if code == "fonts.missing":
        return QCoreApplication.translate(
            "RoomCheck",
            "The slide font Lato is missing or cannot be loaded: slides use a system font and "
            "may not fit as planned. Reinstall Facilitator.",
        )
    if code == "fonts.partial":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "Lato is there, but %1 is missing: bold or italic text falls back to a system "
                "font. Reinstall Facilitator.",
            ),
            ", ".join(v["missing"]),
        )
    if code == "fonts.ok":
        return _fill(
            QCoreApplication.translate("RoomCheck", "Lato (%1 files) is installed for the slides."),
            len(v["present"]),
        )
    if code == "contacts.empty":
        return QCoreApplication.translate(
            "RoomCheck",
            "No local help contacts: the help slide (F11) shows only the national help lines. "
            "Fill them in under Settings, Where to get help.",
        )
    if code == "contacts.placeholder":
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "%1 of the local help contacts still look like a blank to fill in ([...], ____). "
                "Complete them under Settings, Where to get help.",
            ),
            v["placeholders"],
        )
    if code == "contacts.ok":
        count = v["count"]
        if count == 1:
            return QCoreApplication.translate("RoomCheck", "1 local help contact filled in.")
        return _fill(
            QCoreApplication.translate("RoomCheck", "%1 local help contacts filled in."), count
        )
    if code == "records.new":
        return _fill(
            QCoreApplication.translate("RoomCheck", "No records yet; they will be kept in %1."),
            v["path"],
        )
    if code == "records.ok":
        return _fill(
            QCoreApplication.translate("RoomCheck", "The records can be written (%1)."), v["path"]
        )
    if code == "records.locked":
        return QCoreApplication.translate(
            "RoomCheck",
            "The records are in use by another program (or another Facilitator). Close it and "
            "check again.",
        )
    if code in ("records.damaged", "records.empty"):
        return QCoreApplication.translate(
            "RoomCheck", "The records file is damaged. Restore a backup under File, Backups."
        )
    if code == "records.maybe-encrypted":
        return QCoreApplication.translate(
            "RoomCheck",
            "The records file cannot be read: it is damaged, or it is encrypted and "
            "facilitator-key.json was not copied with it. Open Facilitator: it offers the "
            "passphrase or a backup.",
        )
    if code == "records.newer":
        return QCoreApplication.translate(
            "RoomCheck", "The records were written by a newer Facilitator. Update Facilitator."
        )
    if code == "records.full":
        return QCoreApplication.translate(
            "RoomCheck", "The disk is full: sessions, notes and plans cannot be saved."
        )
    if code.startswith("records."):
        return _fill(
            QCoreApplication.translate(
                "RoomCheck",
                "The records cannot be written in %1: sessions, notes and plans will not be "
                "saved. Choose another data folder or ask your IT department.",
            ),
            v["path"],
        )
    if code in ("disk.full", "disk.low", "disk.ok"):
        free = v["free_mb"]
        amount = f"{number(free / 1024)} GB" if free >= 1024 else f"{free} MB"
        if code == "disk.full":
            text = QCoreApplication.translate(
                "RoomCheck",
                "Only %1 free: notes, backups and PDFs may not be saved. Free some space first.",
            )
        elif code == "disk.low":
            text = QCoreApplication.translate(
                "RoomCheck", "%1 free: enough for today, but little for backups and PDFs."
            )
        else:
            text = QCoreApplication.translate("RoomCheck", "%1 free on the disk with the records.")
        return _fill(text, amount)
    if code == "disk.unknown":
        return QCoreApplication.translate("RoomCheck", "The free disk space cannot be read.")
    return check.message
