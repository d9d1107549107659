"""Indexes for the order list at 100,000 orders: a partial index for the "late" filter and count,
and (on PostgreSQL, where pg_trgm can be enabled) trigram indexes for searching customers."""

from django.db import migrations, models
from django.db.models import Q

TRGM = [
    "CREATE INDEX IF NOT EXISTS customer_name_trgm ON orders_customer "
    "USING gin (UPPER(name::text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS customer_email_trgm ON orders_customer "
    "USING gin (UPPER(email::text) gin_trgm_ops)",
]


def trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            return  # search still works, by scanning the shop's customers
        cursor.execute("SAVEPOINT trgm")
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception:
            # Without the right to create extensions, search stays correct, only slower.
            cursor.execute("ROLLBACK TO SAVEPOINT trgm")
            return
        for statement in TRGM:
            cursor.execute(statement)


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS customer_name_trgm")
            cursor.execute("DROP INDEX IF EXISTS customer_email_trgm")


class Migration(migrations.Migration):
    dependencies = [("orders", "0002_imports_and_webhooks")]

    operations = [
        migrations.AddIndex(
            model_name="order",
            index=models.Index(
                fields=["shop", "dispatch_by"],
                condition=Q(status__in=["placed", "paid", "processing"]),
                name="order_shop_late",
            ),
        ),
        migrations.RunPython(trigram_indexes, drop_trigram_indexes),
    ]
