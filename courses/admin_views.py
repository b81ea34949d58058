"""The editing area's "Assign learning" screen for L&D."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from core.access import admin_only, has_perm
from courses import services
from courses.forms import AssignLearningForm
from courses.models import Assignment

RECENT = 50


@admin_only(has_perm("courses.add_assignment"))
def assign_learning(request):
    form = AssignLearningForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        created = kept = done = 0
        course, module = form.cleaned_data["course"], form.cleaned_data["module"]
        for learner in form.learners():
            try:
                _assignment, was_created = services.assignment_create(
                    user=learner,
                    course=course,
                    module=module,
                    due_at=form.cleaned_data["due_at"],
                    reason=form.cleaned_data["reason"],
                    assigned_by=request.user,
                )
            except services.WorkAlreadyDone:
                done += 1
                continue
            except ValidationError as error:
                form.add_error(None, error)
                break
            created += was_created
            kept += not was_created
        else:
            messages.success(
                request,
                ngettext(
                    "Assigned to %(count)s person.",
                    "Assigned to %(count)s people.",
                    created,
                )
                % {"count": created},
            )
            if done:
                messages.info(
                    request,
                    ngettext(
                        "%(count)s person has already finished it and was not assigned it.",
                        "%(count)s people have already finished it and were not assigned it.",
                        done,
                    )
                    % {"count": done},
                )
            if kept:
                messages.info(
                    request,
                    ngettext(
                        "%(count)s person already had it open; their assignment is unchanged.",
                        "%(count)s people already had it open; their assignments are unchanged.",
                        kept,
                    )
                    % {"count": kept},
                )
            return redirect("courses_assign_learning")
    recent = Assignment.objects.select_related("user", "course", "module", "assigned_by").order_by(
        "-created_at"
    )[:RECENT]
    return TemplateResponse(
        request,
        "courses/admin/assign_learning.html",
        {"form": form, "recent": recent, "page_title": _("Assign learning")},
    )


@admin_only(has_perm("courses.change_assignment"))
@require_POST
def cancel_assignment(request, assignment_id: int):
    assignment = get_object_or_404(Assignment, pk=assignment_id)
    try:
        services.assignment_cancel(assignment=assignment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The assignment is cancelled."))
    return redirect("courses_assign_learning")
