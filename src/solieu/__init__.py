"""solieu: figures in Vietnamese local-government reports, as validated, versioned open data."""

from importlib.resources import files
from pathlib import Path

__version__ = "0.1.0"

# The Table Schemas, vocabulary and rules installed with the package (schemas/ at the
# repository root, package data `solieu.schemas` once installed). Where the project's
# own folders are (raw/, published/, ...) is not decided here: see solieu.settings.
SCHEMAS = Path(str(files("solieu.schemas")))
