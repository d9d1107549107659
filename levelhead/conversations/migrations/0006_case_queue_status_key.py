from django.db import migrations, models


class Migration(migrations.Migration):
    """The active-cases index holds status as its last key rather than as an included column,
    which SQLite does not support (it warned on every command)."""

    dependencies = [
        ("conversations", "0005_case_inbox_indexes"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="case", name="case_queue"),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                condition=models.Q(("status__in", ["open", "waiting", "escalated"])),
                fields=["shop", "assignee", "-priority", "due_at", "-updated_at", "status"],
                name="case_queue",
            ),
        ),
    ]
