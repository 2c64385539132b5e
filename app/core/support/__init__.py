"""Support options: regional crisis lines, counselling, work support and support groups."""

from app.core.support.resources import (
    CRISIS_FIRST,
    Region,
    SupportItem,
    SupportResources,
    load_support_resources,
)

__all__ = ["CRISIS_FIRST", "Region", "SupportItem", "SupportResources", "load_support_resources"]
