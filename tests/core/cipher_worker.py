"""Run by test_encrypt_sigkill.py and test_rekey_sigkill.py: fill a records file and its
backups, then turn encryption on (``on``), change the passphrase (``change``) or turn it off
(``off``), stopping (to be killed with SIGKILL) just before the Nth rename of the job.

    python cipher_worker.py PATH JOB N
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from pathlib import Path

from facilitator.core.store import cipher
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog

OLD = "kill nine passphrase"
NEW = "a new kill nine phrase"
ROWS = 100


def main(path: Path, job: str, stop_at: int) -> int:
    for day in (1, 2, 3):
        db = open_database(path, datetime(2026, 1, day))
        log = SessionLog(db)
        group = log.add_group(f"Hold {day}")
        for n in range(ROWS):
            log.add_participant(group, f"Pseudonym-{day}-{n}")
        db.close()
    if job != "on":
        cipher.turn_on(path, OLD)
    renames = 0
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        nonlocal renames
        if renames == stop_at:
            print(f"stopped {renames} {Path(str(dst)).name}", flush=True)
            time.sleep(600)
        renames += 1
        real_replace(src, dst)  # type: ignore[arg-type]

    cipher.os.replace = replace  # type: ignore[attr-defined]
    print("ready", flush=True)
    if job == "on":
        cipher.turn_on(path, OLD)
    elif job == "change":
        cipher.change_passphrase(path, OLD, NEW)
    else:
        cipher.turn_off(path, OLD)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
