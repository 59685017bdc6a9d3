"""solieu's schemas and vocabularies: data, installed with the package as ``solieu.schemas``."""
