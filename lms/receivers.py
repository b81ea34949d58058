"""Thin receivers of the project package."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from lms import pagecache


@receiver(page_published, dispatch_uid="lms.purge_on_publish")
@receiver(page_unpublished, dispatch_uid="lms.purge_on_unpublish")
@receiver(post_page_move, dispatch_uid="lms.purge_on_move")
def purge_anonymous_pages(sender, **kwargs):
    # A course published, changed or withdrawn shows on the catalog and the
    # home page too: every cached page goes.
    pagecache.purge()


@receiver(post_delete, sender=Page, dispatch_uid="lms.purge_on_delete")
def purge_on_page_delete(sender, instance, **kwargs):
    # For Page only: a receiver for every model would turn off Django's fast
    # deletes everywhere (retention batches, erasure).
    pagecache.purge()
