# Advocacy Desktop: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
# ui/ and the core modules that mark messages with QT_TRANSLATE_NOOP (one list, shared with
# tests/ui/test_ts_sync.py: advocacy_desktop/ui/i18n.py translation_sources)
TR_SOURCES = $(shell $(PY) -m advocacy_desktop.ui.i18n --sources)

.PHONY: run test lint translations lupdate benchmarks clean

run: $(STAMP) $(QM)
	$(VENV)/bin/advocacy-desktop

test: $(STAMP)-test $(QM)
	$(VENV)/bin/ruff check advocacy_desktop tests benchmarks
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)-test
	$(VENV)/bin/ruff check advocacy_desktop tests benchmarks

$(VENV)/bin/python:
	bash tools/system-deps.sh "$(PYTHON)"
	"$(PYTHON)" -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	touch $@

$(STAMP)-test: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test]'
	touch $@ $(STAMP)

# Refresh the .ts sources from the code (keeps existing translations), then compile .qm.
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(TR_SOURCES) -ts $(TS) -no-obsolete

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

benchmarks: $(STAMP)
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) benchmarks/import_bench.py

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache
