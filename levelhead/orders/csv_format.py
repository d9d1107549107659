"""The CSV import's columns, in their documented order (docs/import.md). Plain Python, so the
bench and other tools can write files without loading Django."""

COLUMNS = (
    "order_number",
    "customer_name",
    "customer_email",
    "customer_phone",
    "placed_at",
    "status",
    "currency",
    "total",
    "dispatch_by",
    "item_sku",
    "item_title",
    "item_quantity",
    "item_unit_price",
    "carrier",
    "tracking_number",
    "tracking_url",
    "external_id",
)
