"""The bundle's entry script: the same ``facilitator`` command as ``pip install`` gives."""

from facilitator.cli import entry

if __name__ == "__main__":
    entry()
