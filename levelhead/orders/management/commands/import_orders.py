import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from levelhead.accounts.models import Shop
from levelhead.core.errors import LevelheadError
from levelhead.orders.imports import check_size, import_orders
from levelhead.orders.models import ImportStatus


class Command(BaseCommand):
    help = (
        "Import orders from a CSV file into a shop (columns in docs/import.md). All or nothing: "
        "if any row is wrong, nothing is imported and every error is listed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("shop_slug")
        parser.add_argument("file", type=Path)

    def handle(self, *args: object, **options: object) -> None:
        slug, path = str(options["shop_slug"]), Path(str(options["file"]))
        shop = Shop.objects.filter(slug=slug).first()
        if shop is None:
            raise CommandError(f"No shop with the slug {slug!r}.")
        try:
            check_size(path.stat().st_size)
            content = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
        except LevelheadError as exc:
            raise CommandError(exc.message) from exc
        console = Console(stderr=True)  # the bar on stderr; the summary on stdout
        with Progress(
            TextColumn("[bold]Importing[/bold]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("orders"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as bar:
            task = bar.add_task("import", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            run = import_orders(shop, content, filename=path.name, via="cli", progress=progress)
        if run.status == ImportStatus.FAILED:
            self.stderr.write(
                f"Nothing imported: {run.error_count} error(s) in {path.name} "
                f"(import {run.pk}; the file is kept)."
            )
            for error in run.errors:
                where = f"line {error['line']}" if error["line"] else "file"
                column = f" [{error['column']}]" if error["column"] else ""
                self.stderr.write(f"  {where}{column}: {error['message']}")
            if run.error_count > len(run.errors):
                self.stderr.write(f"  … and {run.error_count - len(run.errors)} more")
            sys.exit(1)
        self.stdout.write(
            f"Imported {path.name} into {shop.slug}: {run.orders_created} orders created, "
            f"{run.orders_updated} updated, {run.shipments_added} shipments added "
            f"({run.rows} rows)."
        )
