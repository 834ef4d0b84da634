"""imap cursor: UIDVALIDITY and the last UID stored per configured mailbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 23:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imap_cursor",
        sa.Column("mailbox_name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("folder", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("mailbox_name"),
    )


def downgrade() -> None:
    op.drop_table("imap_cursor")
