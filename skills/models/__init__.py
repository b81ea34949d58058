from skills.models.contests import Contest
from skills.models.engine_settings import EngineSettings
from skills.models.profiles import SkillProfile, SkillProfileSnapshot
from skills.models.rules import SKILL_EVIDENCE_SOURCES, ApprovalBatch, AssignmentRule, RuleMatch
from skills.models.signals import Signal
from skills.models.taxonomy import (
    LEVEL_VALIDATORS,
    PROFICIENCY_LEVELS,
    Skill,
    SkillCategory,
    level_name,
)
from skills.models.tokens import ApiToken, token_hash
from skills.models.wellbeing import TeamWellbeingSnapshot

__all__ = [
    "LEVEL_VALIDATORS",
    "PROFICIENCY_LEVELS",
    "SKILL_EVIDENCE_SOURCES",
    "ApiToken",
    "ApprovalBatch",
    "AssignmentRule",
    "Contest",
    "EngineSettings",
    "RuleMatch",
    "Signal",
    "Skill",
    "SkillCategory",
    "SkillProfile",
    "SkillProfileSnapshot",
    "TeamWellbeingSnapshot",
    "level_name",
    "token_hash",
]
