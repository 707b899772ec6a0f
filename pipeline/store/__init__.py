"""The database side of the pipeline: schema, connections, migrations and the run lock.

Only the load stage and the read-only commands (`stats`, `eval` excluded) import this package.
"""
