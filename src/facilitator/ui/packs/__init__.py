"""File > Export as pack… and File > Import pack…: thin screens over core.packs.

The main window makes one :class:`PackMenu` (a few lines there); everything else lives here.
"""

from __future__ import annotations

from .menu import PackMenu

__all__ = ["PackMenu"]
