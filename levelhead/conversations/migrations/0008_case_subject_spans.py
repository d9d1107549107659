"""Cases keep the abuse found in their subject, to mask it as their messages' abuse is masked;
the subjects of existing cases are read by the triage engine once, here."""

from django.db import migrations, models

BATCH = 2000


def read_existing_subjects(apps, schema_editor):
    from levelhead.conversations.analysis import subject_spans

    Case = apps.get_model("conversations", "Case")
    last = 0
    while True:
        batch = list(Case.objects.filter(pk__gt=last).exclude(subject="").order_by("pk")[:BATCH])
        if not batch:
            return
        last = batch[-1].pk
        marked = []
        for case, spans in zip(batch, subject_spans([c.subject for c in batch]), strict=True):
            if spans:
                case.subject_spans = spans
                marked.append(case)
        Case.objects.bulk_update(marked, ["subject_spans"])


class Migration(migrations.Migration):
    dependencies = [("conversations", "0007_raw_shop_index_dropped")]

    operations = [
        migrations.AddField(
            model_name="case",
            name="subject_spans",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.RunPython(read_existing_subjects, migrations.RunPython.noop),
    ]
