from django.core.management.base import BaseCommand, CommandError, CommandParser

from levelhead.accounts.models import Shop
from levelhead.accounts.services import create_api_key


class Command(BaseCommand):
    help = "Create an API key for a shop and print its secret (shown this once only)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("shop_slug")
        parser.add_argument("name", help="what the key is for, e.g. 'Shopify bridge'")

    def handle(self, *args: object, **options: object) -> None:
        shop = Shop.objects.filter(slug=str(options["shop_slug"])).first()
        if shop is None:
            raise CommandError(f"No shop with the slug {options['shop_slug']!r}.")
        key, secret = create_api_key(shop, str(options["name"])[:80])
        self.stdout.write(f"API key {key.name!r} for {shop.slug} (prefix {key.prefix}):\n")
        self.stdout.write(f"    {secret}\n")
        self.stdout.write("Store it now: only its digest is kept, it cannot be shown again.")
