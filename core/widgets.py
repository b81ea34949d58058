"""Wagtail's chooser widgets under the site's Content Security Policy, and
whatever a form is sent back with.

Every chooser of the editing area (pages, snippets, images, documents, workflow
tasks) renders its button and then starts itself with an inline
``<script>new PageChooser(id, options)</script>``, which ``script-src 'self'``
refuses: the chooser does nothing. ``chooser_render`` renders the same widget
with a marker element carrying the constructor's name and options instead, and
core/static/core/admin-init.js, served from the site, starts it.
"""

import json

from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

# Imported from LmsConfig.ready(), once the models are loaded.


def chooser_render(self, name, value, attrs=None, renderer=None):
    """``BaseChooser.render`` without the inline script."""
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as error:
        raise TypeError("A chooser cannot be rendered without an 'id' attribute") from error
    try:
        value_data = self.get_value_data(value)
    except (ValueError, TypeError, OverflowError, ValidationError):
        # A form sent back with something that is no id at all: show the chooser
        # empty beside the field's error, instead of failing to draw the page.
        value_data = None
    widget_html = self.render_html(name, value_data, attrs)
    if isinstance(self, AdminTaskChooser):
        marker = format_html('<span hidden data-csp-init="task-chooser" data-id="{}"></span>', id_)
    elif type(self).render_js_init is BaseChooser.render_js_init:
        marker = format_html(
            '<span hidden data-csp-init="chooser" data-constructor="{}" data-id="{}" '
            'data-options="{}"></span>',
            self.js_constructor,
            id_,
            json.dumps(self.get_js_init_options(id_, name, value_data)),
        )
    else:
        # A chooser that starts some other way: left as Wagtail renders it, so
        # that the browser tests see the policy refuse it.
        return _wagtail_render(self, name, value, attrs, renderer)
    return mark_safe(f"{widget_html}{marker}")  # noqa: S308 - both parts are escaped HTML


_wagtail_render = None


def install() -> None:
    """Render every chooser with ``chooser_render`` (from LmsConfig.ready)."""
    global _wagtail_render
    if BaseChooser.render is not chooser_render:
        _wagtail_render = BaseChooser.render
        BaseChooser.render = chooser_render
