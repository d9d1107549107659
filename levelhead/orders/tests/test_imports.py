"""CSV import: all or nothing, errors by line and column, the file kept, the record whole."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import transaction

from levelhead.core.testing.cast import order_data
from levelhead.orders.imports import COLUMNS, import_orders
from levelhead.orders.models import (
    Customer,
    ImportRun,
    ImportStatus,
    Order,
    OrderItem,
    Shipment,
)
from levelhead.orders.services import create_order
from levelhead.records.models import Event
from levelhead.records.services import verify_all

HEADER = (
    "order_number,customer_name,customer_email,customer_phone,placed_at,status,currency,total,"
    "dispatch_by,item_sku,item_title,item_quantity,item_unit_price,carrier,tracking_number,"
    "tracking_url,external_id\n"
)
GOOD = HEADER + (
    "C100,Grace Hopper,grace@example.test,,2025-03-01 10:15,paid,GBP,42.50,2025-03-04,"
    "MUG-1,Mug,2,21.25,,,,shop-100\n"
    ",,,,,,,,,,,,,,,,\n"
    "C100,,,,,,,,,SAU-1,Saucer,1,0,,,,\n"
    "C101,Alan Turing,alan@example.test,+44 7700 900123,2025-03-02T09:00:00Z,dispatched,GBP,,,"
    "TP-1,Teapot,1,30.00,Royal Mail,RM123456789GB,https://track.example/RM123456789GB,\n"
)


def _orders(shop):
    return Order.objects.filter(shop=shop)


def test_a_good_file_creates_orders_items_shipments_and_events(cast):
    run = import_orders(cast.shop_a, GOOD.encode(), filename="march.csv", actor=cast.owner)
    assert run.status == ImportStatus.DONE, run.errors
    assert (run.rows, run.orders_created, run.orders_updated, run.shipments_added) == (3, 2, 0, 1)
    c100 = _orders(cast.shop_a).get(number="C100")
    assert c100.external_id == "shop-100" and c100.source == "csv"
    assert c100.placed_at == datetime(2025, 3, 1, 10, 15, tzinfo=UTC)  # London is UTC in March
    assert [i.title for i in c100.items.order_by("id")] == ["Mug", "Saucer"]
    c101 = _orders(cast.shop_a).get(number="C101")
    assert c101.total == Decimal("30.00")  # empty total: the sum of the items
    assert c101.status == "dispatched"
    shipment = Shipment.objects.get(order=c101)
    assert shipment.tracking_number == "RM123456789GB"
    assert c101.customer.identities.filter(kind="phone", value="+44 7700 900123").exists()
    kinds = list(
        Event.objects.filter(stream=f"order:{c101.pk}").order_by("seq").values_list("kind", "actor")
    )
    assert kinds == [
        ("order.created", f"user:{cast.owner.pk}"),
        ("shipment.added", f"user:{cast.owner.pk}"),
    ]
    assert verify_all()[1] is None
    assert run.file.read() == GOOD.encode()


def test_the_import_records_what_create_order_records(cast):
    """The bulk path must write the same event content as the one-by-one service."""
    import_orders(cast.shop_a, GOOD.encode())
    bulk = Event.objects.get(
        stream=f"order:{_orders(cast.shop_a).get(number='C100').pk}", kind="order.created"
    ).data
    with transaction.atomic():
        single = create_order(cast.shop_a, order_data("S1"))
    one = Event.objects.get(stream=f"order:{single.pk}", kind="order.created").data
    assert set(bulk) - {"import_run"} == set(one)


def test_customers_are_matched_by_email_as_the_services_do(cast):
    existing = cast.order_a.customer  # ada@example.test in shop A
    content = HEADER + (
        "D1,Ada L.,ADA@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n"
        "D2,New Person,new@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n"
        "D3,New Person,new@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n"
    )
    run = import_orders(cast.shop_a, content.encode())
    assert run.status == ImportStatus.DONE, run.errors
    orders = {o.number: o for o in _orders(cast.shop_a)}
    assert orders["D1"].customer_id == existing.pk
    assert orders["D2"].customer_id == orders["D3"].customer_id != existing.pk
    assert Customer.objects.filter(shop=cast.shop_a, email="new@example.test").count() == 1


def test_customers_are_matched_across_batches_of_one_import(cast, monkeypatch):
    """Identities are read once before the import writes; those a batch creates are known to
    the next batches: one customer per address or phone however the rows fall into batches."""
    from levelhead.orders import imports

    monkeypatch.setattr(imports, "BATCH", 2)
    existing = cast.order_a.customer
    content = HEADER + (
        "E1,New Person,new@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n"
        "E2,Caller,,+44 7700 900555,2025-03-01,paid,GBP,1,,,,,,,,,\n"
        "E3,New Person,new@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n"
        "E4,Caller,,+44 7700 900555,2025-03-01,paid,GBP,1,,,,,,,,,\n"
        "E5,Ada,ada@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n"
    )
    run = import_orders(cast.shop_a, content.encode())
    assert run.status == ImportStatus.DONE, run.errors
    orders = {o.number: o for o in _orders(cast.shop_a)}
    assert orders["E1"].customer_id == orders["E3"].customer_id
    assert orders["E2"].customer_id == orders["E4"].customer_id != orders["E1"].customer_id
    assert orders["E5"].customer_id == existing.pk
    assert Customer.objects.filter(shop=cast.shop_a).count() == 3


def test_broken_rows_are_reported_by_line_and_column_and_nothing_is_imported(cast):
    content = HEADER + (
        "E1,Grace,grace@example.test,,2025-03-01,paid,GBP,10,,,Mug,1,10,,,,\n"
        "E2,Bob,not-an-email,,yesterday,shipped,EURO,£5,,,Mug,zero,1.234,,,javascript:alert(1),\n"
        "E1,Grace,other@example.test,,,,,,,,,,,,,,\n"
        ",Nobody,,,,,,,,,,,,,,,\n"
    )
    events_before = Event.objects.count()
    run = import_orders(cast.shop_a, content.encode(), filename="bad.csv")
    assert run.status == ImportStatus.FAILED
    found = {(e["line"], e["column"]) for e in run.errors}
    assert {
        (3, "customer_email"),
        (3, "placed_at"),
        (3, "status"),
        (3, "currency"),
        (3, "total"),
        (3, "item_quantity"),
        (3, "item_unit_price"),
        (3, "tracking_url"),
        (4, "customer_email"),
        (5, "order_number"),
    } <= found
    assert run.error_count == len(run.errors)
    assert not _orders(cast.shop_a).filter(number__in=["E1", "E2"]).exists()
    assert not OrderItem.objects.filter(title="Mug").exists()
    # The failed run is on the record; nothing else was written.
    assert Event.objects.count() == events_before + 1
    assert Event.objects.latest("id").kind == "import.failed"
    assert run.file.read() == content.encode()  # the file is kept for inspection


def test_a_multiline_quoted_row_reports_its_first_line(cast):
    content = HEADER + (
        'F1,"Grace\nHopper",g@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n'
        "F2,Bad,b@example.test,,2025-13-01,paid,GBP,1,,,,,,,,,\n"
    )
    run = import_orders(cast.shop_a, content.encode())
    assert {(e["line"], e["column"]) for e in run.errors} == {
        (2, "customer_name"),
        (4, "placed_at"),
    }


def test_utf8_with_bom_semicolons_and_decimal_commas_import(cast):
    content = (
        "\ufefforder_number;customer_name;customer_email;placed_at;total;item_title;"
        "item_unit_price\r\n"
        "G1;Zoë Ångström;zoe@example.test;2025-03-01 12:00;12,50;Tasse à café;12,50\r\n"
    ).encode("utf-8")
    run = import_orders(cast.shop_a, content)
    assert run.status == ImportStatus.DONE, run.errors
    order = _orders(cast.shop_a).get(number="G1")
    assert order.customer.name == "Zoë Ångström"
    assert order.total == Decimal("12.50") and order.currency == cast.shop_a.currency
    assert order.items.get().title == "Tasse à café"


def test_a_file_that_is_not_utf8_is_refused_with_advice(cast):
    content = (HEADER + "H1,Zoë,z@example.test,,2025-03-01,paid,GBP,1,,,,,,,,,\n").encode("latin-1")
    run = import_orders(cast.shop_a, content)
    assert run.status == ImportStatus.FAILED
    assert "not UTF-8" in run.errors[0]["message"] and "line 2" in run.errors[0]["message"]


def test_unknown_and_missing_columns_are_named(cast):
    run = import_orders(cast.shop_a, b"order_numbr,custmer_email\nX,y@example.test\n")
    messages = " ".join(e["message"] for e in run.errors)
    assert "order_numbr" in messages and "custmer_email" in messages
    assert "missing" in messages
    assert run.status == ImportStatus.FAILED


def test_an_oversized_file_is_refused_before_anything_is_stored(cast, settings):
    settings.IMPORT_MAX_BYTES = 100
    from levelhead.core.errors import LevelheadError

    with pytest.raises(LevelheadError, match="limit"):
        import_orders(cast.shop_a, GOOD.encode())
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize(
    ("value", "column"),
    [
        ('=HYPERLINK("http://evil.test")', "order_number"),
        ("A/../../etc", "order_number"),
        ("x" * 301, "item_title"),
        ("Nul\x00byte", "item_title"),
        ("1e999999", "item_unit_price"),
        ("NaN", "item_unit_price"),
        ("-5", "item_unit_price"),
        ("9999-12-31T23:59:59-14:00", "placed_at"),
        ("javascript:alert(document.cookie)", "tracking_url"),
        ("99999999999999999999", "item_quantity"),
    ],
)
def test_hostile_values_are_refused_by_column(cast, value, column):
    row = {
        "order_number": "Z1",
        "customer_email": "z@example.test",
        "placed_at": "2025-03-01",
        "item_title": "Mug",
        "item_unit_price": "1",
        "item_quantity": "1",
        "tracking_url": "",
    }
    row[column] = value
    names = list(row)
    quoted = ",".join('"' + row[n].replace('"', '""') + '"' for n in names)
    run = import_orders(cast.shop_a, (",".join(names) + "\n" + quoted + "\n").encode())
    assert run.status == ImportStatus.FAILED
    assert column in {e["column"] for e in run.errors}, run.errors
    assert not _orders(cast.shop_a).filter(number="Z1").exists()


def test_html_in_values_is_stored_as_text(cast):
    content = HEADER + (
        'H2,"<script>alert(1)</script>",h@example.test,,2025-03-01,paid,GBP,1,,,'
        '"<img src=x onerror=alert(1)>",1,1,,,,\n'
    )
    run = import_orders(cast.shop_a, content.encode())
    assert run.status == ImportStatus.DONE
    order = _orders(cast.shop_a).get(number="H2")
    assert order.customer.name == "<script>alert(1)</script>"


def test_reimporting_the_same_file_changes_nothing(cast):
    import_orders(cast.shop_a, GOOD.encode())
    events = Event.objects.exclude(kind__startswith="import.").count()
    run = import_orders(cast.shop_a, GOOD.encode())
    assert run.status == ImportStatus.DONE
    assert (run.orders_created, run.orders_updated, run.shipments_added) == (0, 2, 0)
    assert _orders(cast.shop_a).filter(number__in=["C100", "C101"]).count() == 2
    assert Event.objects.exclude(kind__startswith="import.").count() == events


def test_a_later_status_for_an_existing_order_moves_through_the_steps(cast):
    content = HEADER + "A1001,,,,,delivered,,,,,,,,DPD,155,,\n"
    run = import_orders(cast.shop_a, content.encode())
    assert run.status == ImportStatus.DONE, run.errors
    order = Order.objects.get(pk=cast.order_a.pk)
    assert order.status == "delivered"
    steps = Event.objects.filter(stream=f"order:{order.pk}", kind="order.status_changed")
    assert [e.data["new"] for e in steps.order_by("seq")] == ["dispatched", "delivered"]
    assert verify_all()[1] is None


def test_an_impossible_status_for_an_existing_order_is_a_row_error(cast):
    from levelhead.orders.services import change_status

    change_status(cast.order_a, "cancelled")
    content = HEADER + "A1001,,,,,paid,,,,,,,,,,,\n"
    run = import_orders(cast.shop_a, content.encode())
    assert run.status == ImportStatus.FAILED
    assert run.errors[0]["line"] == 2 and run.errors[0]["column"] == "status"
    assert "cancelled" in run.errors[0]["message"]


def test_import_does_not_touch_another_shop(cast):
    content = HEADER + "B2001,,,,,delivered,,,,,,,,,,,\n"
    run = import_orders(cast.shop_a, content.encode())
    # Shop B's order number is unknown in shop A: without a customer it cannot be created.
    assert run.status == ImportStatus.FAILED
    assert Order.objects.get(pk=cast.order_b.pk).status == "paid"


def test_every_documented_column_is_accepted(cast):
    content = ",".join(COLUMNS) + "\n"
    run = import_orders(cast.shop_a, content.encode())
    assert run.errors == [{"line": 0, "column": "", "message": "The file has no orders in it."}]


def test_the_command_imports_and_exits_nonzero_on_errors(cast, tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_bytes(GOOD.encode())
    call_command("import_orders", cast.shop_a.slug, str(good))
    assert "2 orders created" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_bytes((HEADER + "Q1,,,,,,,,,,,,,,,,\n").encode())
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_orders", cast.shop_a.slug, str(bad))
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "Nothing imported" in err
