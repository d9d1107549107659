from django.tasks import task

from . import ingest


@task()
def process_inbound(raw_id: int) -> str:
    return str(ingest.process_raw(raw_id).status)
