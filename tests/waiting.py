import time

from django.db import OperationalError


def wait_for(condition, timeout: float = 30.0) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` seconds pass.

    On SQLite the test database is shared in memory with a worker thread, and a
    read while the worker writes fails at once with "table is locked" instead of
    waiting: that poll counts as "not yet". Any other database error is raised.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except OperationalError as error:
            if "locked" not in str(error):
                raise
        time.sleep(0.1)
    return False
