"""source file stats: size, mtime, ctime and inode of the file each source was read from

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 10:00:00.000000

A rerun compares a file's stat with these and skips it unopened when all four are equal.  Plain
ADD/DROP COLUMN, as in 0004: SQLite does both natively.  Rows loaded before have NULL stats, so
the next run reads and hashes their files once, as before, and fills them in.  `work_items`
carries the same columns, so a file's stat reaches the database only with the text it describes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("document_sources", "work_items")
COLUMNS = ("file_size", "file_mtime_ns", "file_ctime_ns", "file_inode")


def upgrade() -> None:
    for table in TABLES:
        for column in COLUMNS:
            op.add_column(table, sa.Column(column, sa.BigInteger(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        for column in reversed(COLUMNS):
            op.drop_column(table, column)
