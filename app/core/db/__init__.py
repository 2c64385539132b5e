"""The encrypted database: engine, tables, schema versions and integrity checks."""
