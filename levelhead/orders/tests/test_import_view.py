"""The import page: owners upload, see the errors by line or what came in; others see nothing."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from levelhead.orders.models import ImportRun, Order

GOOD = (
    "order_number,customer_name,customer_email,placed_at,item_title,item_unit_price\n"
    "V1,Ida Noddack,ida@example.test,2025-03-01 10:00,Crucible,12.00\n"
)
BAD = (
    "order_number,customer_name,customer_email,placed_at,item_title,item_unit_price\n"
    "V2,Ida,<b>not-an-email</b>,2025-03-01,Crucible,12.00\n"
    "V3,Lise,lise@example.test,someday,Crucible,twelve\n"
)


def _upload(client, shop, content, name="orders.csv"):
    return client.post(
        reverse("order-import", args=[shop.slug]),
        {"file": SimpleUploadedFile(name, content.encode(), "text/csv")},
        follow=True,
    )


def test_owner_imports_a_file_and_sees_the_counts(client, cast):
    client.force_login(cast.owner)
    response = _upload(client, cast.shop_a, GOOD)
    assert response.status_code == 200
    assert b"Imported orders.csv" in response.content
    assert Order.objects.filter(shop=cast.shop_a, number="V1").exists()
    run = ImportRun.objects.get()
    assert run.created_by == cast.owner and run.via == "upload"


def test_errors_are_shown_in_a_table_by_line_and_nothing_is_imported(client, cast):
    client.force_login(cast.owner)
    response = _upload(client, cast.shop_a, BAD)
    page = response.content.decode()
    assert "Nothing was imported" in page
    assert '<td class="text-nowrap">2</td><td><code>customer_email</code>' in page
    assert "<code>placed_at</code>" in page and "<code>item_unit_price</code>" in page
    assert "<b>not-an-email</b>" not in page  # shown escaped
    assert "&lt;b&gt;not-an-email&lt;/b&gt;" in page
    assert not Order.objects.filter(number__in=["V2", "V3"]).exists()
    assert bytes(ImportRun.objects.get().file.read()) == BAD.encode()


def test_an_oversized_upload_is_refused_on_the_form(client, cast, settings):
    settings.IMPORT_MAX_BYTES = 50
    client.force_login(cast.owner)
    response = _upload(client, cast.shop_a, GOOD)
    assert response.status_code == 400
    assert b"the limit is" in response.content
    assert not ImportRun.objects.exists()


def test_an_agent_sees_the_page_but_cannot_import(client, cast):
    client.force_login(cast.agent)
    url = reverse("order-import", args=[cast.shop_a.slug])
    assert client.get(url).status_code == 200
    response = _upload(client, cast.shop_a, GOOD)
    assert response.status_code == 404
    assert not Order.objects.filter(number="V1").exists()


def test_another_shops_run_is_not_shown(client, cast):
    client.force_login(cast.outsider)
    _upload(client, cast.shop_b, BAD)
    run = ImportRun.objects.get()
    client.force_login(cast.owner)
    response = client.get(reverse("order-import", args=[cast.shop_a.slug]), {"run": run.pk})
    assert response.status_code == 200
    assert b"not-an-email" not in response.content


def test_the_nav_links_to_the_import_page(client, cast):
    client.force_login(cast.owner)
    response = client.get(reverse("order-list", args=[cast.shop_a.slug]))
    assert reverse("order-import", args=[cast.shop_a.slug]).encode() in response.content
