"""Persistence: peewee models behind a proxy chosen at start, migrations, settings, audit log.

Nothing in here imports Qt; the views reach the data through the domain services.
"""
