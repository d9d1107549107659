.PHONY: demo test lint format venv

venv:
	@scripts/bootstrap.sh

demo: venv
	.venv/bin/levelhead demo

test: venv
	scripts/test.sh

lint: venv
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy levelhead

format: venv
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .
