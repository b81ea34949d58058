"""The learner's digest: at most one e-mail a day, about new assignments and due
dates coming up, in the learner's own language. Learners can turn it off."""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings as django_settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.i18n import translations_of
from courses.models import Assignment
from people.models import Profile
from skills.explanations import assignment_explanations
from skills.models import EngineSettings

ONE_A_DAY = timedelta(hours=23)


def _due(now, settings):
    soon = now + timedelta(days=settings.reminder_days_before_due)
    return Q(due_at__isnull=False, due_at__lte=soon, reminded_at__isnull=True) & (
        Q(snoozed_until__isnull=True) | Q(snoozed_until__lt=now)
    )


def digests_send(*, now=None) -> int:
    """Send today's digests; returns how many e-mails went out."""
    now = now or timezone.now()
    settings = EngineSettings.load()
    wanted = Assignment.objects.filter(
        Q(notified_at__isnull=True) | _due(now, settings),
        status=Assignment.Status.OPEN,
        user__is_active=True,
        user__profile__learning_emails=True,
    ).filter(
        Q(user__profile__last_digest_at__isnull=True)
        | Q(user__profile__last_digest_at__lt=now - ONE_A_DAY)
    )
    by_user = defaultdict(list)
    for assignment in wanted.select_related("user", "user__profile", "course", "module").order_by(
        "user_id", F("due_at").asc(nulls_last=True), "pk"
    ):
        by_user[assignment.user_id].append(assignment)
    sent = 0
    base = django_settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for assignments in by_user.values():
        user = assignments[0].user
        new = [a for a in assignments if a.notified_at is None]
        due = [a for a in assignments if a.notified_at is not None]

        def entry(assignment, texts, explanations):
            course = texts.get(assignment.course.translation_key, assignment.course)
            module = (
                texts.get(assignment.module.translation_key, assignment.module)
                if assignment.module is not None
                else None
            )
            return {
                "title": module.title if module else course.title,
                "course": course.title if module else "",
                "due_at": assignment.due_at,
                "why": explanations[assignment.pk].reason if assignment.pk in explanations else "",
                "why_url": base + reverse("skills:why", args=[assignment.pk]),
            }

        language = user.profile.preferred_language or django_settings.LANGUAGE_CODE
        with translation.override(language):
            texts = {
                **translations_of([a.course for a in assignments]),
                **translations_of([a.module for a in assignments if a.module_id]),
            }
            explanations = assignment_explanations(new, language=language)
            context = {
                "user": user,
                "new": [entry(a, texts, explanations) for a in new],
                "due": [entry(a, texts, explanations) for a in due],
                "dashboard_url": base + reverse("courses:dashboard"),
                "preferences_url": base + reverse("skills:preferences"),
                "site_name": django_settings.WAGTAIL_SITE_NAME,
            }
            subject = render_to_string("skills/email/digest_subject.txt", context).strip()
            body = render_to_string("skills/email/digest_body.txt", context)
            html = render_to_string("skills/email/digest_body.html", context)
        with transaction.atomic():
            message = EmailMultiAlternatives(subject, body, to=[user.email])
            message.attach_alternative(html, "text/html")
            message.send()
            Assignment.objects.filter(pk__in=[a.pk for a in new]).update(notified_at=now)
            Assignment.objects.filter(pk__in=[a.pk for a in due]).update(reminded_at=now)
            Profile.objects.filter(user=user).update(last_digest_at=now)
        sent += 1
    return sent
