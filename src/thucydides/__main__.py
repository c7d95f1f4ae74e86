"""`python3 -m thucydides ...` is the `thucydides` command."""

import sys

from .cli import main

sys.exit(main())
