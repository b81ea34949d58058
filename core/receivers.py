"""Thin receivers of the project package: published content changed, so every
cache of it (core/pagecache.py) moves to a new version."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import pagecache


@receiver(page_published, dispatch_uid="core.purge_on_publish")
@receiver(page_unpublished, dispatch_uid="core.purge_on_unpublish")
@receiver(post_page_move, dispatch_uid="core.purge_on_move")
def purge_anonymous_pages(sender, **kwargs):
    # A course published, changed or withdrawn shows on the catalog and the
    # home page too: every cached page goes.
    pagecache.purge()


@receiver(post_save, dispatch_uid="core.purge_on_content_save")
def purge_on_content_save(sender, instance, raw=False, **kwargs):
    # Pages added or changed in code (add_child, save) rather than published
    # through the editing area; skills/receivers.py does the same for skills,
    # whose names show on pages. post_save is sent for the page's own
    # class only, hence no sender here; other saves cost one isinstance.
    if not raw and isinstance(instance, Page):
        pagecache.purge()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="core.purge_on_restriction_save")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="core.purge_on_restriction_delete")
@receiver(post_save, sender=Site, dispatch_uid="core.purge_on_site_save")
@receiver(post_delete, sender=Site, dispatch_uid="core.purge_on_site_delete")
def purge_on_access_change(sender, **kwargs):
    # A page made private must leave the cache for visitors at once, and a
    # route must not remember that no restriction applied.
    pagecache.purge()


@receiver(post_delete, sender=Page, dispatch_uid="core.purge_on_delete")
def purge_on_page_delete(sender, instance, **kwargs):
    # For Page only: a receiver for every model would turn off Django's fast
    # deletes everywhere (retention batches, erasure).
    pagecache.purge()
