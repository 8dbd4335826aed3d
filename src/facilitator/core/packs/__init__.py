"""Content packs: one signed file that carries modules, items and plans from a publisher to many
machines, and updates that keep a trainer's own edits.

- ``archive``: opening a ``.facpack`` without trusting it (zip, names, sizes, hashes).
- ``manifest``: ``manifest.json``.
- ``keys``: publisher keys and signatures.
- ``export``: writing a pack from the library.
- ``store``: verifying, importing, listing and removing installed packs; update offers.
- ``merge``: three-way merges of a trainer's copies when their pack updates.

Kept free of Qt, like all of ``core``. Importing this package loads nothing heavy.
"""
