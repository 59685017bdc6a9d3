"""Text to figures: every quantity a report states, with what it measures.

(work in progress: the column contract below is fixed by DESIGN.md)
"""

from __future__ import annotations

import pandas as pd

FIGURE_COLUMNS = [
    "figure_id", "source_id", "start", "end", "surface", "value", "value_max",
    "denominator", "unit", "counted", "qualifier", "kind", "base", "role", "sector",
    "subject", "sentence",
]


def extract(text: str, source_id: str = "text") -> pd.DataFrame:
    """The figures table of one NFC text (one row per figure, in text order)."""
    return pd.DataFrame(columns=FIGURE_COLUMNS)
