import pytest
from django.db import OperationalError, connection


@pytest.mark.django_db
def test_healthz_reports_database_and_broker_up(client):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_broker_is_down(client, monkeypatch):
    # Celery reads this variable before its settings; nothing listens on
    # port 1, so the check makes a real connection attempt that fails.
    monkeypatch.setenv("CELERY_BROKER_WRITE_URL", "redis://127.0.0.1:1/0")

    response = client.get("/healthz/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "broker": "unavailable"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    if connection.vendor == "postgresql":
        # Point the live connection at a port where no server listens.
        monkeypatch.setitem(connection.settings_dict, "PORT", 1)
        connection.close()
    else:
        # The in-memory SQLite test database cannot be taken away without
        # losing it, so the driver's failure is raised in its place.
        def refuse():
            raise OperationalError("unable to open database file")

        monkeypatch.setattr(connection, "ensure_connection", refuse)
    try:
        response = client.get("/healthz/")
    finally:
        monkeypatch.undo()
        connection.close()

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "broker": "ok"}


def test_healthz_only_answers_get(client):
    assert client.post("/healthz/").status_code == 405
