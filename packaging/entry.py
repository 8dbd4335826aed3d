"""The bundle's entry script: the same ``facilitator`` command as ``pip install`` gives."""

import sys

from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
