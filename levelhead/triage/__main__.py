"""``python -m levelhead.triage ...`` runs the triage command line."""

import sys

from levelhead.triage.cli import main

raise SystemExit(main(sys.argv[1:]))
