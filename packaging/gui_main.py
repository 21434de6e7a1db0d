"""Entry point of the frozen executable ``riverchief-gui``.

``riverchief-gui [--db FILE]`` starts the app; ``riverchief-gui --cli NOUN VERB ...`` runs
the command line instead (the ``riverchief`` / ``riverchief.cmd`` wrapper beside it does
exactly that), so both share one executable and one archive. ``riverchief-gui
--self-check`` checks the bundle (see ``self_check.py``).
"""

import multiprocessing
import sys

from frozen_setup import attach_console, prepare

# A background task (ui/shell/jobs.py) and the demo's workers are spawned processes: in a
# frozen app they start this executable again, and this call runs them instead of the GUI.
multiprocessing.freeze_support()
prepare()

if len(sys.argv) > 1 and sys.argv[1] == "--cli":
    attach_console()
    from riverchief.cli import main as cli_main

    sys.exit(cli_main(sys.argv[2:]))

if len(sys.argv) > 1 and sys.argv[1] == "--self-check":
    attach_console()
    from self_check import run

    sys.exit(run())

from ui.app import main  # noqa: E402

sys.exit(main())
