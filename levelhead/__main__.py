import sys

from levelhead.cli import main

sys.exit(main())
