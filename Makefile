# Two entry points for a fresh machine: `make run` and `make test`. Each builds .venv once with the
# machine's python3 and installs the project with the pinned versions in constraints.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/factpipe run seeds/

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) db/*.sqlite*
