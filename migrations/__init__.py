"""Alembic migrations, packaged with factpipe so `factpipe migrate` works from an installed copy."""
