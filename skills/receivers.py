"""Thin receivers: room made by a closed assignment lets a waiting one in."""

from django.dispatch import receiver

from courses.signals import assignment_closed
from skills import engine


@receiver(assignment_closed, dispatch_uid="skills.room_for_held")
def room_for_held(sender, assignment, **kwargs):
    # In the same transaction as the closing: the learner sees both at once.
    engine.held_release(user_ids=[assignment.user_id])
