"""``python -m planmanager_desktop`` is the same as the ``planmanager-desktop`` command."""

from planmanager_desktop.cli.main import main

raise SystemExit(main())
