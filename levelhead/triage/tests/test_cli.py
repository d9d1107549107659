import io
import json

from levelhead.triage.cli import main


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_analyze_json_argument():
    code, out, _ = run(["analyze", "--json", "I will sue you"])
    assert code == 0
    assert json.loads(out)["threats"] == ["legal"]


def test_analyze_table_from_stdin():
    code, out, _ = run(["analyze"], stdin="where is my parcel, you idiots")
    assert code == 0
    assert "not_received" in out and "abuse" in out


def test_analyze_csv_keeps_row_order(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text('id,text,other\n1,"I will sue you",x\n2,thanks!,y\n3,,z\n', encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    code, _, _ = run(["analyze", "--csv", str(src), "--out", str(dest)])
    assert code == 0
    rows = [json.loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    assert rows[0]["threats"] == ["legal"] and rows[1]["threats"] == []
    assert "empty text" in rows[2]["notes"]


def test_check_reply_csv(tmp_path):
    src = tmp_path / "drafts.csv"
    src.write_text("text\nCalm down.\nThanks for your order!\n", encoding="utf-8")
    dest = tmp_path / "out.jsonl"
    assert run(["check-reply", "--csv", str(src), "--out", str(dest)])[0] == 0
    rows = [json.loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["problems"][0]["kind"] == "condescension"
    assert rows[1]["problems"] == []


def test_check_reply_json():
    code, out, _ = run(["check-reply", "--json", "Are you stupid?"])
    assert code == 0 and json.loads(out)["block"] is True


def test_missing_text_column_is_a_clear_error(tmp_path):
    src = tmp_path / "bad.csv"
    src.write_text("id,message\n1,hi\n", encoding="utf-8")
    code, _, err = run(["analyze", "--csv", str(src), "--out", str(tmp_path / "o.jsonl")])
    assert code == 2
    assert "no 'text' column" in err


def test_unreadable_file_is_a_clear_error(tmp_path):
    code, _, err = run(
        ["analyze", "--csv", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "o")]
    )
    assert code == 2
    assert "cannot read" in err


def test_csv_without_out_is_an_error(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("text\nhi\n", encoding="utf-8")
    code, _, err = run(["analyze", "--csv", str(src)])
    assert code == 2 and "--out" in err


def test_devscore_prints_a_line_per_category_and_lists_misses():
    code, out, _err = run(["devscore", "dev5", "--misses"])
    assert code == 0
    lines = out.splitlines()
    legal = next(x for x in lines if x.startswith("threat:legal "))
    right, total = (int(v) for v in legal.split()[2].split("/"))
    assert 0 < right <= total
    assert any(x.startswith("draft_polite ") for x in lines)
    # The threat texts given a type other than their own are counted too (a recall line cannot
    # show them): a clean line over every threat text of the file.
    other = next(x for x in lines if x.startswith("threat:no_other_type "))
    assert other.split()[1] == "clean"
    assert int(other.split()[2].split("/")[1]) == sum(
        int(x.split()[2].split("/")[1]) for x in lines if x.startswith("threat:") and x != other
    )
    # Every text read wrong is listed once, with what the engine said of it.
    table = [x.split() for x in lines[2:] if x and not x.startswith(("#", "-"))]
    wrong = sum(int(t) - int(r) for r, t in (row[2].split("/") for row in table))
    listed = [x for x in lines if x.startswith("- ")]
    assert len(listed) == wrong
    assert all(" -> " in x for x in listed)


def test_devscore_refuses_the_held_out_file():
    code, _out, err = run(["devscore", "heldout"])
    assert code == 2
    assert "heldout.py is not a development file" in err
