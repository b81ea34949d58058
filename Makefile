# Human Edge Academy. Needs only Python 3.11+ and make; everything else is
# installed into .venv by these targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Translation catalogs are compiled at install, in Python (Babel): no system tools.
# The interface's (locale/) and the course content's (content/locale/, docs/content.md).
MO := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po content/locale/*/LC_MESSAGES/content.po))

.DEFAULT_GOAL := help
.PHONY: help install run test lint format migrate seed worker beat web check-deploy bench messages screenshots clean

help:
	@echo "make run    install, migrate, seed the demo, start web + worker + beat at http://127.0.0.1:8000"
	@echo "make test   install the dev tools, run ruff and the whole pytest suite"
	@echo "make lint | format | migrate | seed | web | worker | beat | check-deploy | bench | messages | screenshots | clean"

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(INSTALLED): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

%.mo: %.po | $(INSTALLED)
	$(BIN)/pybabel compile --domain django --input-file $< --output-file $@

# Content is prose, not format strings: pybabel compile's check would read "19% of"
# as a placeholder, so Babel's own reader and writer compile these directly.
content/locale/%/LC_MESSAGES/content.mo: content/locale/%/LC_MESSAGES/content.po | $(INSTALLED)
	$(BIN)/python -c 'import sys; from babel.messages import mofile, pofile; \
		mofile.write_mo(open(sys.argv[2], "wb"), pofile.read_po(open(sys.argv[1], "rb")))' $< $@

# Node packages (package-lock.json): the H5P player and the JSON-LD contexts the
# site serves and reads, and the browser tests' tools. Without npm the rest works;
# H5P activities do not play and Open Badge credentials are not issued.
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund; \
	else echo "npm not found: install Node.js 20.18+ for H5P activities and Open Badges (docs/deployment.md)"; fi

install: $(INSTALLED) $(MO) node_modules/.package-lock.json

# Needs GNU gettext (apt-get install gettext): refresh the catalogs from the code,
# then content/'s from its YAML (a changed English text marks its translation fuzzy).
messages: install
	$(BIN)/python manage.py makemessages -l es -l fr --no-obsolete \
		--ignore=".venv/*" --ignore="node_modules/*" --ignore="var/*" --ignore="tests/*" --ignore="bench/*"
	$(BIN)/python manage.py content_messages

# The key pages of each role at 390 and 1366 px, into docs/screenshots/ (needs Chromium).
screenshots: install
	$(BIN)/python docs/screenshots.py

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	@echo "Starting web, worker and beat; Ctrl-C stops all three."
	$(BIN)/honcho start --procfile Procfile.dev

web: migrate
	$(BIN)/python manage.py runserver 127.0.0.1:8000

worker: install
	$(BIN)/celery -A config worker --loglevel INFO --queues default,exports

beat: install
	$(BIN)/celery -A config beat --loglevel INFO --scheduler django_celery_beat.schedulers:DatabaseScheduler

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest

check-deploy: install
	DJANGO_ENV=production \
	DJANGO_SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
	MFA_ENCRYPTION_KEYS="$$($(BIN)/python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')" \
	CREDENTIALS_SIGNING_KEY="$$(DJANGO_ENV=development $(BIN)/python manage.py credentials_key | sed -n 's/^CREDENTIALS_SIGNING_KEY=//p')" \
	DJANGO_ALLOWED_HOSTS=academy.example.com \
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/lms} \
	CELERY_BROKER_URL=$${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0} \
	EMAIL_URL=smtp+tls://mailer:secret@smtp.example.com:587 \
	CACHE_URL=$${CACHE_URL:-redis://127.0.0.1:6379/1} \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

# Needs PostgreSQL and Redis (BENCH_DATABASE_URL, BENCH_BROKER_URL to point elsewhere).
# Writes bench/results/*.json, pages.md and summary.md; fails when a target is missed.
bench: install
	$(BIN)/python bench/signals_bench.py \
		--database $${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/academy_bench} \
		--broker $${BENCH_BROKER_URL:-redis://127.0.0.1:6379/13}
	$(BIN)/python bench/export_bench.py \
		--database $${BENCH_EXPORT_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/academy_export_bench}
	$(BIN)/python bench/pages_bench.py \
		--database $${BENCH_PAGES_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/academy_pages_bench} \
		--redis $${BENCH_PAGES_REDIS_URL:-redis://127.0.0.1:6379/12}
	$(BIN)/python bench/summary.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
