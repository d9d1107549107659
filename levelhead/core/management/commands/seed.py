import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class Command(BaseCommand):
    help = (
        "Fill the database with many shops, orders, customer cases and messages for benchmarks "
        "(bulk inserts; the record's hash chain stays valid). Use a database of its own: the "
        "data is made up."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        from levelhead.core.bulk_seed import SEED_PASSWORD

        parser.add_argument("--shops", type=int, default=20, help="shops (default 20)")
        parser.add_argument("--orders", type=int, default=100_000, help="orders in all")
        parser.add_argument(
            "--cases", type=int, help="customer cases in all (default: half the orders; 0: none)"
        )
        parser.add_argument(
            "--messages", type=int, help="messages in all cases (default: five a case)"
        )
        parser.add_argument(
            "--add-cases",
            action="store_true",
            help="only add the cases to a database seeded without them",
        )
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        parser.add_argument(
            "--password", default=SEED_PASSWORD, help="password of owner1…ownerN and the agents"
        )

    def handle(self, *args: object, **options: Any) -> None:
        from levelhead.core.bulk_seed import (
            MESSAGES_PER_CASE,
            SeedResult,
            default_cases,
            seed,
            seed_cases,
            seeded_orders,
            seeded_shops,
        )

        shops, orders = int(options["shops"]), int(options["orders"])
        add_only = bool(options["add_cases"])
        if add_only:
            orders = seeded_orders()
        cases = default_cases(orders) if options["cases"] is None else int(options["cases"])
        messages = (
            MESSAGES_PER_CASE * cases if options["messages"] is None else int(options["messages"])
        )
        if shops < 1 or orders < 0 or cases < 0:
            raise CommandError("--shops must be at least 1, --orders and --cases at least 0")
        if messages < cases:
            raise CommandError("--messages must be at least --cases: a case has a message")
        password, rng_seed = str(options["password"]), int(options["seed"])
        console = Console()
        started = time.monotonic()
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console) as progress:
            bars = {}
            if not add_only:
                bars["orders"] = progress.add_task(f"Orders of {shops} shops", total=orders)
            bars["cases"] = progress.add_task(f"Cases ({messages:,} messages)", total=cases)

            def advance(kind: str, n: int) -> None:
                progress.advance(bars[kind], n)

            try:
                if add_only:
                    result = SeedResult()
                    result.cases = seed_cases(
                        seeded_shops(),
                        cases=cases,
                        messages=messages,
                        seed=rng_seed,
                        password=password,
                        on_progress=lambda n: advance("cases", n),
                    )
                else:
                    result = seed(
                        shops=shops,
                        orders=orders,
                        cases=cases,
                        messages=messages,
                        seed=rng_seed,
                        password=password,
                        on_progress=advance,
                    )
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
        seconds = time.monotonic() - started
        if not add_only:
            statuses = ", ".join(f"{k} {v:,}" for k, v in sorted(result.by_status.items()))
            console.print(
                f"Seeded {result.orders:,} orders: {result.shops} shops, "
                f"{result.customers:,} customers ({result.identities:,} identities), "
                f"{result.items:,} items, {result.shipments:,} shipments, "
                f"{result.outbound:,} emails sent, {result.events:,} events."
            )
            console.print(f"Statuses: {statuses}; late: {result.late:,}.")
        c = result.cases
        statuses = ", ".join(f"{k} {v:,}" for k, v in sorted(c.by_status.items()))
        console.print(
            f"Seeded {c.cases:,} cases with {c.messages:,} messages ({c.outbound:,} emails sent, "
            f"{c.events:,} events, {c.agents} agents). Statuses: {statuses or 'none'}."
        )
        made = result.orders + c.cases
        console.print(
            f"Took {seconds:.1f} s ({made / max(seconds, 1e-9):,.0f} orders and cases/s)."
        )
        console.print(
            f"Log in as owner1 … owner{len(seeded_shops())} (shop seed-shop-N), or as an agent "
            f"agentN-1, with password [bold]{password}[/bold]."
        )
