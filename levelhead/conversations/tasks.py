from django.tasks import task

from . import ingest


@task()
def process_inbound() -> int:
    """Process every stored inbound input still waiting (``ingest.schedule_processing`` queues
    this; one waiting drain serves any number of new inputs)."""
    return ingest.process_pending()


@task()
def poll_mailboxes() -> dict[str, int]:
    """Poll every enabled shop mailbox once (``levelhead worker`` enqueues this periodically)."""
    from .channels.email_in.imap import poll_all

    results = poll_all()
    return {
        "mailboxes": len(results),
        "stored": sum(r.stored for r in results),
        "errors": sum(1 for r in results if r.error),
    }
