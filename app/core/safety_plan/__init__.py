"""The person's safety plan (Stanley–Brown steps), kept encrypted in the vault."""

from app.core.safety_plan.model import STEP_KEYS, SafetyPlan
from app.core.safety_plan.service import SafetyPlanService
from app.core.safety_plan.wording import PlanWording, StepWording, plan_wording

__all__ = [
    "STEP_KEYS",
    "PlanWording",
    "SafetyPlan",
    "SafetyPlanService",
    "StepWording",
    "plan_wording",
]
