"""The journal page: the entry list, search, filters and the editor."""
