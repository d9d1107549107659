from django.db import migrations

GENESIS = "0" * 64


def create_head(apps, schema_editor):
    apps.get_model("records", "ChainHead").objects.get_or_create(
        pk=1, defaults={"last_event_id": 0, "link": GENESIS}
    )


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]
    operations = [migrations.RunPython(create_head, migrations.RunPython.noop)]
