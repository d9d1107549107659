import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser

from levelhead.accounts.models import Shop
from levelhead.core.errors import LevelheadError
from levelhead.orders.webhooks import SECRET_SOURCES, set_webhook_secret


class Command(BaseCommand):
    help = (
        "Set the signing secret of a shop's Shopify or WooCommerce webhooks, or of its inbound "
        "email endpoint (source email). The secret is read from standard input (so it stays out "
        "of the shell history)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("shop_slug")
        parser.add_argument("source", choices=sorted(SECRET_SOURCES))

    def handle(self, *args: object, **options: object) -> None:
        shop = Shop.objects.filter(slug=str(options["shop_slug"])).first()
        if shop is None:
            raise CommandError(f"No shop with the slug {options['shop_slug']!r}.")
        secret = sys.stdin.readline().strip()
        try:
            set_webhook_secret(shop, str(options["source"]), secret)
        except LevelheadError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(f"{options['source']} webhook secret set for {shop.slug}.")
