import subprocess
import sys


def test_triage_imports_no_django():
    code = (
        "import sys, levelhead.triage as t; t.analyze('where is my order'); "
        "t.check_reply('calm down'); "
        "bad = [m for m in sys.modules if m == 'django' or m.startswith('django.') "
        "or m.startswith('sklearn') or m == 'pickle' and False]; print(bad); assert not bad, bad"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout
