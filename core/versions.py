"""Version counters in the cache: a cache of derived data keys its entries by
one, and moving the counter makes every entry stale at once."""

from django.core.cache import cache
from django.db import transaction


class CacheVersion:
    def __init__(self, key: str):
        self.key = key

    def current(self) -> int:
        version = cache.get(self.key)
        if version is None:
            cache.add(self.key, 1, timeout=None)
            version = cache.get(self.key, 1)
        return version

    def _bump(self) -> None:
        try:
            cache.incr(self.key)
        except ValueError:  # gone from the cache meanwhile
            cache.set(self.key, 2, timeout=None)

    def move(self) -> None:
        """Make every entry stale: at once, and again when the transaction
        commits, so that a request that read the old rows in between cannot keep
        them under the new version."""
        self._bump()
        transaction.on_commit(self._bump)
