import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console
from rich.progress import Progress


class Command(BaseCommand):
    help = "Set up the demo (SQLite, three shops, ~200 orders) and run the server."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="seed, then exit")
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))

    def handle(self, *args: object, **options: object) -> None:
        from levelhead.core.demo import DEMO_PASSWORD, SHOPS, demo_exists, seed_demo

        console = Console()
        call_command("migrate", interactive=False, verbosity=0)
        if demo_exists():
            console.print("Demo data found: reusing it.")
        else:
            per_shop = 67
            with Progress(console=console, transient=False) as progress:
                bar = progress.add_task("Seeding demo shops and orders", total=per_shop * 3)
                seed_demo(per_shop, on_progress=lambda n: progress.advance(bar, n))
        port = options["port"]
        console.print(
            f"\n[bold]levelhead demo[/bold] — database {settings.DATABASES['default']['NAME']}"
        )
        console.print(
            f"Open http://127.0.0.1:{port}/ and log in with password "
            f"[bold]{DEMO_PASSWORD}[/bold] as:"
        )
        console.print("  admin   platform staff (the admin at /admin/)")
        for shop in SHOPS:
            console.print(f"  {shop.owner:<7} owner of {shop.name}")
        console.print(
            "  arjun   agent in Clay & Kiln and Papier Atelier;  jess  agent in Bright Socks Co."
        )
        console.print(f"Emails to customers are written to {settings.HOME / 'mail'}.\n")
        if not options["no_serve"]:
            call_command("serve", port=port)
