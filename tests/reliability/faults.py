"""Faults injected into real services: the database connection of the running
request terminated by PostgreSQL, from another connection."""

import time
from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection

needs_postgresql = pytest.mark.postgresql(
    reason="terminates the request's PostgreSQL backend (pg_terminate_backend)"
)


def _conninfo() -> dict:
    params = connection.settings_dict
    info = {"dbname": params["NAME"], "autocommit": True}
    for key, name in (("USER", "user"), ("PASSWORD", "password"), ("HOST", "host")):
        if params.get(key):
            info[name] = params[key]
    if params.get("PORT"):
        info["port"] = int(params["PORT"])
    return info


def terminate_backend(pid: int) -> None:
    """What a database restart or a failover does to one connection: PostgreSQL
    ends it. Returns once the backend is gone."""
    with psycopg.connect(**_conninfo()) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            row = other.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
            if row is None:
                return
            time.sleep(0.02)
    raise AssertionError(f"backend {pid} did not end")


def current_backend_pid() -> int:
    connection.ensure_connection()
    return connection.connection.info.backend_pid


@contextmanager
def database_dies_after(statement: str):
    """Terminate this thread's database connection right after the first SQL
    statement starting with ``statement`` has run (inside the request under
    test, typically between two writes of one transaction). Yields the list of
    statements it killed after, so a test can check the fault happened."""
    killed: list[str] = []

    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not killed and sql.lstrip().upper().startswith(statement.upper()):
            killed.append(sql)
            terminate_backend(context["connection"].connection.info.backend_pid)
        return result

    with connection.execute_wrapper(wrapper):
        yield killed
