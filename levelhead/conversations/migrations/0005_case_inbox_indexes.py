from django.db import migrations, models


class Migration(migrations.Migration):
    """The inbox index in each view's full order, and a partial index of the active cases."""

    dependencies = [
        ("conversations", "0004_raw_waiting_index"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="case", name="case_inbox"),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                fields=["shop", "status", "-priority", "due_at", "-updated_at"], name="case_inbox"
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                condition=models.Q(("status__in", ["open", "waiting", "escalated"])),
                fields=["shop", "assignee", "-priority", "due_at", "-updated_at"],
                include=["status"],
                name="case_queue",
            ),
        ),
    ]
