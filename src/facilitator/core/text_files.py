"""Writing a text file the app owns so that a crash leaves the old file or the new one, never half
of either: the text goes to a hidden temporary file in the same folder, which then replaces the
file in one rename."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    import tempfile  # here: settings and installed packs import this module at every start

    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
