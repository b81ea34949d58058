import pytest

from credentials import contexts
from tests.credentials.oracle import needs, oracle_problem


@pytest.fixture(autouse=True)
def json_ld_contexts():
    needs(contexts.missing())


@pytest.fixture
def oracle():
    needs(oracle_problem())
