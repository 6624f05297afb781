import pytest


@pytest.fixture(autouse=True)
def _fresh_cache(clear_cache):
    """Every test starts with an empty cache (page cache, Wagtail site root paths)."""
