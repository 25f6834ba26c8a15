"""The built-in rules: one small module each, registered through the `cablelint.rules` entry
point exactly as a third-party plugin's rules would be."""
from __future__ import annotations

from . import (
    banner_above_portions,
    banner_below_portion,
    classification_mismatch,
    classified_by_incomplete,
    classified_by_missing,
    classified_by_on_unclassified,
    declass_invalid,
    eo_mismatch,
    noforn_rollup,
    portion_unmarked,
    reason_invalid,
)

BUILTIN_RULES = [
    banner_below_portion.check,
    banner_above_portions.check,
    portion_unmarked.check,
    classification_mismatch.check,
    noforn_rollup.check,
    classified_by_missing.check,
    classified_by_incomplete.check,
    classified_by_on_unclassified.check,
    reason_invalid.check,
    eo_mismatch.check,
    declass_invalid.check,
]
