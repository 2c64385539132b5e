"""Alembic migrations for the vault schema. Revision ids are plain numbers in order."""
