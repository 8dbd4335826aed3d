"""The settings screen."""

from .dialog import SettingsDialog

__all__ = ["SettingsDialog"]
