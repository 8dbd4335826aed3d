"""The widgets: one sub-package per screen (``docs/architecture.md``)."""

from .. import pyside_setup  # noqa: F401  (first, before any module of ours that uses Qt)
