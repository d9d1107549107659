"""PostgreSQL: an index for finding a shop's orders by the start of their number, whatever the
case, so the order search can ask first whether the words typed are an order number (and, most
often, skip that branch). Elsewhere the search works without it."""

from django.db import migrations

INDEX = (
    "CREATE INDEX IF NOT EXISTS order_number_prefix ON orders_order "
    "(shop_id, UPPER(number::text) text_pattern_ops)"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS order_number_prefix")


class Migration(migrations.Migration):
    dependencies = [("orders", "0003_fast_late_and_search")]

    operations = [migrations.RunPython(create, drop)]
