"""Prefect wiring over the solieu core: the flow lives in ``flows/pipeline.py``."""
