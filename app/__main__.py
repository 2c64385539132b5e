"""`python -m app` does what `tend` does."""

import sys

from app.main import main

sys.exit(main())
