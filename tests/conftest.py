"""Shared fixtures: one Prefect test server per session, isolated stores, the example paper."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "mixsmooth"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A session-scoped Prefect API (SQLite) with the flow heartbeat off."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=60),
        temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield


@pytest.fixture
def memory_store_url() -> str:
    return f"memory://p2r-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def paper_md(tmp_path: Path) -> Path:
    """A small Markdown paper of our own."""
    path = tmp_path / "tiny.md"
    path.write_text(
        "# Tiny Paper\n\nA. Author\n\n## Abstract\n\nWe study a tiny method. It works.\n\n"
        "## 1 Method\n\nWe minimise the squared loss.\n\n$$ L = (y - f(x))^2 $$\n\n"
        "### 1.1 Details\n\nThe learning rate is 0.1, e.g. small. Batch size is 32.\n\n"
        "## 2 Experiments\n\nWe train for 10 epochs on generated data.\n"
    )
    return path
