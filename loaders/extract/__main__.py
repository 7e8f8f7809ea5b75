"""``python -m loaders.extract extract|evaluate ...`` (also wired into ``python -m loaders``)."""

import sys

from loaders.extract.cli import main

if __name__ == "__main__":
    sys.exit(main())
