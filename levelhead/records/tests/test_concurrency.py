"""Parallel writers must never fork the chain (PostgreSQL: real concurrent transactions)."""

import threading

import pytest
from django.db import close_old_connections, connection, transaction

from levelhead.records.models import Event
from levelhead.records.services import append_event, verify_all


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_parallel_writers_do_not_fork_the_chain(cast):
    assert connection.vendor == "postgresql"
    writers, per_writer = 6, 15
    barrier = threading.Barrier(writers)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            barrier.wait()
            for i in range(per_writer):
                with transaction.atomic():
                    # Half the writers share one stream, so stream numbering is contended too.
                    stream = "order:shared" if n % 2 else f"order:w{n}"
                    append_event(
                        shop=cast.shop_a,
                        stream=stream,
                        kind="note.added",
                        data={"writer": n, "i": i},
                    )
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    shared = list(Event.objects.filter(stream="order:shared").values_list("seq", flat=True))
    assert sorted(shared) == list(range(1, 3 * per_writer + 1))
    checked, broken = verify_all()
    assert broken is None
    assert checked == Event.objects.count()
