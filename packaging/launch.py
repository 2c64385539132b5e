"""Entry script for the bundle: the same as `tend`."""

import sys

from app.main import main

sys.exit(main())
