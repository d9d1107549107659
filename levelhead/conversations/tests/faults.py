"""Real failures for tests: the database itself refuses a write, so what our code does with a
failed write is tested without mocking any of it."""

from contextlib import contextmanager

from django.db import connection

from levelhead.records.models import Event


@contextmanager
def record_refused(kind):
    """The database refuses to store an event of ``kind`` (a real failure of the insert, made
    by a trigger that lives in the test's transaction and is rolled back with it)."""
    table = Event._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION lh_refuse_event() RETURNS trigger AS $$ BEGIN "
                "IF NEW.kind = TG_ARGV[0] THEN RAISE EXCEPTION 'record refused'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                f"CREATE TRIGGER lh_refuse BEFORE INSERT ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION lh_refuse_event('{kind}')"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER lh_refuse BEFORE INSERT ON {table} "
                f"WHEN NEW.kind = '{kind}' BEGIN SELECT RAISE(ABORT, 'record refused'); END"
            )
    yield
    with connection.cursor() as cursor:
        cursor.execute(
            f"DROP TRIGGER lh_refuse ON {table}"
            if connection.vendor == "postgresql"
            else "DROP TRIGGER lh_refuse"
        )
