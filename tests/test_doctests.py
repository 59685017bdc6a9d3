"""The examples in the core's docstrings run and say what they show."""

import doctest
import importlib
import pkgutil

import pytest

import solieu

MODULES = sorted(m.name for m in pkgutil.iter_modules(solieu.__path__, "solieu."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


def test_the_modules_with_examples_have_them():
    counted = {name: doctest.testmod(importlib.import_module(name)).attempted for name in MODULES}
    assert all(counted[m] > 0 for m in ("solieu.numbers", "solieu.extract", "solieu.catalog", "solieu.terms"))
