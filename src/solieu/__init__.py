"""solieu: figures in Vietnamese local-government reports, as validated, versioned open data."""

import os
from pathlib import Path

__version__ = "0.1.0"

# The project checkout: schemas/, raw/, published/ and flows/ live beside src/.
# SOLIEU_HOME points elsewhere (a test's temporary copy, a deployment's working folder).
ROOT = Path(os.environ.get("SOLIEU_HOME") or Path(__file__).resolve().parents[2])
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
