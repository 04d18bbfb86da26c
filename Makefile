# Two commands on a fresh machine with Python 3.11+ and make:
#   make run   - set everything up and start HeroViewer on the bundled catalogue
#   make test  - set everything up and run every test (lint included), Qt offscreen
#   make translations - gather the interface's strings into resources/translations/*.ts
#   make package       - build dist/heroviewer/ and dist/heroviewer-VERSION-linux-x86_64.tar.gz
#   make package-test  - build them, then test the frozen program as a new user would start it
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TRANSLATIONS := resources/translations
# Translation sources (.ts) are committed; their compiled .qm files are build products.
HEROVIEWER_TS := $(TRANSLATIONS)/heroviewer_ru.ts $(TRANSLATIONS)/heroviewer_tg.ts
QM := $(patsubst %.ts,%.qm,$(wildcard $(TRANSLATIONS)/*.ts))
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test lint format bench screenshots clean translations package package-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q src
	$(BIN)/pyside6-lrelease -silent $(TRANSLATIONS)/*.ts
	touch $(STAMP)

# Every string the code marks (tr, QCoreApplication.translate, QT_TRANSLATE_NOOP) into the .ts
# files, keeping their translations; strings gone from the code are dropped. No source lines are
# written, so a .ts changes only when a string does.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -sort-messages \
		$(sort $(shell find src/heroviewer -name '*.py')) -ts $(HEROVIEWER_TS)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

run: $(STAMP) $(QM)
	$(BIN)/python -m compileall -q src
	$(BIN)/heroviewer

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks data packaging
	$(BIN)/ruff format --check src tests benchmarks data packaging

# The PostgreSQL tests start a throw-away server (tests/postgres/cluster.py): its package is
# installed here when missing (as root with apt-get); elsewhere they are skipped, except in CI.
test: lint $(QM)
	-$(BIN)/python tests/postgres/cluster.py install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

package: $(PACKAGE_STAMP) $(QM)
	bash packaging/linux/install-tools.sh
	$(BIN)/python packaging/build.py

package-test: package
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m frozen tests/packaging

format: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks data packaging
	$(BIN)/ruff format src tests benchmarks data packaging

bench: $(STAMP) $(QM)
	bash benchmarks/install-display.sh
	$(BIN)/python -m compileall -q src
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/cards.py
	$(BIN)/python benchmarks/editing.py
	$(BIN)/python benchmarks/interchange.py
	$(BIN)/python benchmarks/language.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
