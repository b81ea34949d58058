"""Thin receivers: room made by a closed assignment lets a waiting one in; the
taxonomy that migrations load is searchable; a skill's name shows on course
pages, so its change moves the pages' content version."""

from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.search.backends import get_search_backend
from wagtail.signals import published, unpublished

from core import pagecache
from courses.signals import assignment_closed
from skills import engine
from skills.models import Skill


@receiver(assignment_closed, dispatch_uid="skills.room_for_held")
def room_for_held(sender, assignment, **kwargs):
    # In the same transaction as the closing: the learner sees both at once.
    engine.held_release(user_ids=[assignment.user_id])


@receiver(post_migrate, dispatch_uid="skills.index_taxonomy")
def index_taxonomy(sender, app_config=None, using="default", **kwargs):
    """Skills loaded by a migration are written without the signals that index
    them, so the skill chooser's search would find none: index them after every
    migrate (a few hundred rows at most; adding twice replaces)."""
    if app_config is None or app_config.label != "skills":
        return
    skills = Skill.objects.using(using).all()
    if skills.exists():
        get_search_backend().add_bulk(Skill, skills)


@receiver(post_save, sender=Skill, dispatch_uid="skills.purge_on_skill_save")
@receiver(published, sender=Skill, dispatch_uid="skills.purge_on_skill_publish")
@receiver(unpublished, sender=Skill, dispatch_uid="skills.purge_on_skill_unpublish")
def purge_pages_showing_skill(sender, instance, raw=False, **kwargs):
    # Skill names show on course pages and in outlines.
    if not raw:
        pagecache.purge()
