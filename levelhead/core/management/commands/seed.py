import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class Command(BaseCommand):
    help = (
        "Fill the database with many shops and orders for benchmarks (bulk inserts; the record's "
        "hash chain stays valid). Use a database of its own: the data is made up."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        from levelhead.core.bulk_seed import SEED_PASSWORD

        parser.add_argument("--shops", type=int, default=20, help="shops (default 20)")
        parser.add_argument("--orders", type=int, default=100_000, help="orders in all")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        parser.add_argument(
            "--password", default=SEED_PASSWORD, help="password of the owners owner1…ownerN"
        )

    def handle(self, *args: object, **options: object) -> None:
        from levelhead.core.bulk_seed import seed

        shops, orders = int(options["shops"]), int(options["orders"])  # type: ignore[call-overload]
        if shops < 1 or orders < 0:
            raise CommandError("--shops must be at least 1 and --orders at least 0")
        console = Console()
        started = time.monotonic()
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console) as progress:
            bar = progress.add_task(f"Seeding {shops} shops", total=orders)
            try:
                result = seed(
                    shops=shops,
                    orders=orders,
                    seed=int(options["seed"]),  # type: ignore[call-overload]
                    password=str(options["password"]),
                    on_progress=lambda n: progress.advance(bar, n),
                )
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
        seconds = time.monotonic() - started
        statuses = ", ".join(f"{k} {v:,}" for k, v in sorted(result.by_status.items()))
        console.print(
            f"Seeded {result.orders:,} orders in {seconds:.1f} s "
            f"({result.orders / max(seconds, 1e-9):,.0f} orders/s): {result.shops} shops, "
            f"{result.customers:,} customers ({result.identities:,} identities), "
            f"{result.items:,} items, {result.shipments:,} shipments, {result.events:,} events."
        )
        console.print(f"Statuses: {statuses}; late: {result.late:,}.")
        console.print(
            f"Log in as owner1 … owner{result.shops} (shop seed-shop-N) with password "
            f"[bold]{options['password']}[/bold]."
        )
