"""A backup taken before a migration (an older schema) restores in every language."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from riverchief import i18n
from riverchief.db import open_store
from riverchief.db.restore import restore, verify_backup

FIXTURES = Path(__file__).resolve().parents[1] / "unit" / "db" / "fixtures"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_an_older_backup_restores_and_is_upgraded(tmp_path: Path, language: str) -> None:
    fixture = sorted(FIXTURES.glob("schema-*.db.gz"))[-1]
    backup = tmp_path / "backups" / "old.db"
    backup.parent.mkdir()
    with gzip.open(fixture) as src, backup.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    live = tmp_path / "live.db"
    open_store(live, create=True).close()
    i18n.set_language(language)
    try:
        old_version = verify_backup(backup)
        restore(backup, live)
    finally:
        i18n.set_language("zh_CN")
    with open_store(live) as store:
        assert store.schema_version() > old_version  # brought up to date after the restore
