"""PlanManager Desktop: repair planning for Belgian body shops, linked to Informex Claims360.

The package is layered so that the layers can be seen in the tree:

* ``persistence``  peewee models, the database proxy and migrations (no Qt)
* ``domain``       the rules of the trade: activation, dossiers, repairers (no Qt)
* ``claims360``    the HTTP client for the Claims360 contract (no Qt)
* ``sandbox``      a Starlette server that speaks the same contract (no Qt)
* ``sync``         the sync engine (no Qt)
* ``cli``          the command line (no Qt; it starts the GUI through ``app`` lazily)
* ``app``          the Qt application wiring and the composition root
* ``views``        Qt widgets and models
"""

__version__ = "0.1.0"
