"""Facilitator: run training sessions on mental health, mentalization, resilience and coping."""

__version__ = "0.1.0"
