"""The blocks a lesson is written in. One shared StreamBlock: LessonBodyBlock."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = "courses/blocks/heading.html"
        icon = "title"
        label = _("Heading")
        preview_value = _("Why customers ask for a person")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        template = "courses/blocks/paragraph.html"
        icon = "pilcrow"
        label = _("Text")
        preview_value = (
            "<p>An AI agent predicts a likely reply from patterns in text it has seen. "
            "It does not look anything up unless it is connected to a knowledge base.</p>"
        )


class LessonImageBlock(ImageBlock):
    class Meta:
        template = "courses/blocks/image.html"
        icon = "image"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(
        label=_("Title"), help_text=_("Names the video for people using a screen reader.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("A text version for people who cannot watch or hear the video."),
    )

    class Meta:
        template = "courses/blocks/video.html"
        icon = "media"
        label = _("Video")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("tip", _("Tip")), ("note", _("Note")), ("caution", _("Caution"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        template = "courses/blocks/callout.html"
        icon = "help"
        label = _("Callout")
        preview_value = {
            "tone": "tip",
            "title": "Say what happens next",
            "text": "<p>Tell the customer what you will do, and by when.</p>",
        }


class ConversationTurnBlock(blocks.StructBlock):
    speaker = blocks.ChoiceBlock(
        label=_("Speaker"),
        choices=[
            ("customer", _("Customer")),
            ("agent", _("Agent")),
            ("ai_agent", _("AI agent")),
        ],
    )
    name = blocks.CharBlock(label=_("Name shown"), required=False)
    text = blocks.TextBlock(label=_("What they say"))

    class Meta:
        icon = "openquote"
        label = _("Turn")


class ScenarioBlock(blocks.StructBlock):
    """A customer conversation, shown as a chat transcript, and what to learn from it."""

    title = blocks.CharBlock(label=_("Title"))
    setting = blocks.TextBlock(label=_("Setting"), required=False)
    turns = blocks.ListBlock(ConversationTurnBlock(), label=_("Conversation"), min_num=2)
    debrief = blocks.RichTextBlock(label=_("Debrief"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        template = "courses/blocks/scenario.html"
        icon = "group"
        label = _("Customer scenario")
        preview_value = {
            "title": "A parcel that never came",
            "setting": "The customer already spent ten minutes with the virtual assistant.",
            "turns": [
                {"speaker": "customer", "name": "Ines", "text": "I want to talk to a person."},
                {"speaker": "agent", "name": "Sam", "text": "I’m Sam. I’ve read the chat so far."},
            ],
            "debrief": "<p>Sam spares Ines from repeating herself.</p>",
        }


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers privately; only they can read their answer."""

    prompt = blocks.TextBlock(label=_("Question"))
    hint = blocks.CharBlock(label=_("Hint"), required=False)

    class Meta:
        template = "courses/blocks/reflection.html"
        icon = "edit"
        label = _("Private reflection")
        preview_value = {
            "prompt": "Think of a contact this week where the customer arrived annoyed. "
            "What did you say first?",
            "hint": "Write a sentence or two; nobody else can read it.",
        }


class KnowledgeCheckBlock(blocks.StructBlock):
    """Places an assessment in the lesson; passing it marks the lesson done."""

    assessment = SnippetChooserBlock("assessments.Assessment", label=_("Assessment"))

    class Meta:
        template = "assessments/blocks/knowledge_check.html"
        icon = "tasks"
        label = _("Knowledge check")


class ScormBlock(blocks.StructBlock):
    """Plays a SCORM package; completing it (and not failing) finishes the lesson."""

    package = SnippetChooserBlock("packages.ScormPackage", label=_("SCORM package"))

    class Meta:
        template = "packages/blocks/package.html"
        icon = "folder-open-inverse"
        label = _("SCORM package")


class H5pBlock(blocks.StructBlock):
    """Plays an H5P activity; completing it (and not failing) finishes the lesson."""

    package = SnippetChooserBlock("packages.H5pActivity", label=_("H5P activity"))

    class Meta:
        template = "packages/blocks/package.html"
        icon = "pick"
        label = _("H5P activity")


#: The blocks a learner finishes by succeeding at them, where the course asks so.
PACKAGE_BLOCKS = frozenset({"scorm", "h5p"})
GRADED_BLOCKS = frozenset({"knowledge_check", *PACKAGE_BLOCKS})


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = LessonImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    scenario = ScenarioBlock()
    reflection = ReflectionBlock()
    knowledge_check = KnowledgeCheckBlock()
    scorm = ScormBlock()
    h5p = H5pBlock()
