from django.tasks import task

from . import services


@task()
def deliver_email(email_id: int) -> str:
    return services.deliver(email_id)


@task()
def sweep_outbox() -> int:
    return services.sweep()
