"""The examples in the core's docstrings run and say what they show."""

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import pytest

import solieu


def _source(name: str) -> str:
    """The module's Python source; none for a compiled module (`make install`), whose
    docstrings keep no examples (the compiled extractor's sources hold none)."""
    spec = importlib.util.find_spec(name)
    assert spec and spec.origin
    return Path(spec.origin).read_text(encoding="utf-8") if spec.origin.endswith(".py") else ""


# Only the modules that have examples: a module without any has nothing to collect.
MODULES = sorted(m.name for m in pkgutil.walk_packages(solieu.__path__, "solieu.")
                 if ">>>" in _source(m.name))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


def test_the_modules_with_examples_have_them():
    assert {"solieu.numbers", "solieu.extract", "solieu.terms", "solieu.page", "solieu.docs",
            "solieu.charts", "solieu.citation", "solieu.geography"} <= set(MODULES)


def test_the_flow_s_examples():
    """The flow's wiring has examples too (how reports are cut into analysis tasks)."""
    result = doctest.testmod(importlib.import_module("flows.pipeline"))
    assert result.attempted > 0 and result.failed == 0


def test_the_compiled_modules_hold_no_examples():
    # `make install` compiles them, and a compiled module's docstrings keep no examples to run.
    from solieu import compiled

    assert [m for m in compiled.MODULES if ">>>" in (compiled.HERE / f"{m}.py").read_text(encoding="utf-8")] == []
