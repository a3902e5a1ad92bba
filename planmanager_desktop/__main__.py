"""``python -m planmanager_desktop`` is the same as the ``planmanager-desktop`` command.

Guarded, and with ``freeze_support``: the photo import's helper process is started with
``spawn``, which imports this module again in the helper (it must not start the program there)
and, in the Windows bundle, runs this same executable (``freeze_support`` makes it the helper).
"""

import multiprocessing

from planmanager_desktop.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
