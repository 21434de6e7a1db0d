"""Start RiverChief (河长巡河): ``python main.py [--db FILE]``."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
