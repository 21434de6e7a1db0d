import sys

from riverchief.cli import main

sys.exit(main())
