"""The inbound inputs' own index on shop goes: ``raw_status`` starts with the shop, and each
stored input wrote both."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_shop_response_targets"),
        ("conversations", "0006_case_queue_status_key"),
    ]

    operations = [
        migrations.AlterField(
            model_name="inboundraw",
            name="shop",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="accounts.shop",
            ),
        ),
    ]
