"""The one SQLite database: plans, session log, attendance, notes, evaluations, mentors' progress.

``database.open_database`` opens (and migrates, after a backup) the file; ``backups`` keeps rotating
copies and restores them. sqlmodel is imported only here and only when the database is first
needed, so start-up does not pay for it.
"""
