import json
import sys

from django.core.management.base import BaseCommand, CommandError, CommandParser

from levelhead.records import chain
from levelhead.records.services import (
    check_export_against_record,
    export_stream,
    parse_export,
    parse_head,
    verify_all,
)


class Command(BaseCommand):
    help = "Verify the record's hash chain, or export one stream (an order or a case)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="check every event; exit 1 and name the first broken one")
        export = sub.add_parser("export", help="print one stream as verifiable JSON")
        export.add_argument("stream", help="e.g. order:42")
        check = sub.add_parser("verify-export", help="verify an exported stream file on its own")
        check.add_argument("path")
        check.add_argument(
            "--against-record",
            action="store_true",
            help="also compare it with this deployment's record (nothing left out at the end)",
        )

    def handle(self, *args: object, **options: object) -> None:
        action = options["action"]
        if action == "verify":
            checked, broken = verify_all()
            if broken:
                self.stderr.write(
                    f"BROKEN at event {broken.event_id} ({broken.stream}#{broken.seq}): "
                    f"{broken.reason}. {checked} events read."
                )
                sys.exit(1)
            self.stdout.write(f"OK: {checked} events verified; the chain is intact.")
        elif action == "export":
            self.stdout.write(json.dumps(export_stream(str(options["stream"])), indent=2))
        else:
            try:
                with open(str(options["path"]), encoding="utf-8") as fh:
                    document = json.load(fh)
                events = parse_export(document)
                head = parse_head(document)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise CommandError(f"cannot read the export: {exc}") from exc
            problem = chain.verify_stream(events, head)
            if problem:
                self.stderr.write(f"BROKEN at #{problem.position}: {problem.reason}")
                sys.exit(1)
            if options["against_record"]:
                result = check_export_against_record(document)
                if result.problem:
                    self.stderr.write(f"DIFFERS from the record: {result.problem}")
                    sys.exit(1)
                as_of = document["head"]["as_of_event"]
                self.stdout.write(
                    f"OK: {len(events)} events verified; the stream's whole record as of event "
                    f"{as_of}, with {result.later_events} written since."
                )
            elif head is None:
                self.stdout.write(
                    f"OK: {len(events)} events verified. The export names no head: events after "
                    "the last one cannot be ruled out."
                )
            else:
                self.stdout.write(
                    f"OK: {len(events)} events verified, ending at the head the export names."
                )
