"""`levelhead worker` through a database outage: it waits and carries on instead of exiting."""

import pytest
from django.db import OperationalError

from levelhead.core.management.commands import worker


def test_the_worker_waits_out_a_database_outage_and_catches_up(monkeypatch):
    runs: list[tuple[str, ...]] = []
    catch_ups: list[int] = []
    sleeps: list[float] = []

    def db_worker(*args):
        runs.append(args)
        if len(runs) < 3:
            raise OperationalError("connection refused")

    monkeypatch.setattr(worker, "call_command", db_worker)
    monkeypatch.setattr(worker, "_catch_up", lambda: catch_ups.append(1))
    monkeypatch.setattr(worker.time, "sleep", sleeps.append)
    worker._run_through_outages(["--queue-name", "*"], retry=True)
    assert len(runs) == 3 and len(catch_ups) == 3  # what the lost task left is put back
    assert sleeps == [1.0, 2.0]  # backing off


def test_a_batch_run_reports_the_outage_instead(monkeypatch):
    def db_worker(*args):
        raise OperationalError("connection refused")

    monkeypatch.setattr(worker, "call_command", db_worker)
    monkeypatch.setattr(worker, "_catch_up", lambda: None)
    with pytest.raises(OperationalError):
        worker._run_through_outages(["--batch"], retry=False)


def test_the_clock_logs_an_outage_once_and_the_recovery_once(monkeypatch, caplog):
    import threading

    calls = []
    stop = threading.Event()

    def look_for_inbound():
        calls.append(1)
        if len(calls) <= 5:
            raise OperationalError("connection refused")
        if len(calls) >= 8:
            stop.set()

    monkeypatch.setattr(worker.connections, "close_all", lambda: None)
    monkeypatch.setattr(worker, "close_old_connections", lambda: None)
    with caplog.at_level("WARNING", logger=worker.log.name):
        worker._clock([(0.001, look_for_inbound)], stop)
    assert len(calls) >= 8
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2, messages
    assert "unreachable" in messages[0] and "back" in messages[1]
