"""Deployment pieces that need no server: a replica never builds, the load test stays on loopback."""

from __future__ import annotations

import subprocess
import sys

from conftest import FIXTURE_CORPUS, REPO
from statement_qa import cli


def test_serve_no_build_refuses_a_missing_index_and_builds_nothing(tmp_path, capsys):
    index = tmp_path / "replica-index"
    assert cli.main(["serve", "--index", str(index), "--corpus", str(FIXTURE_CORPUS), "--no-build"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: No index in {index}/ and --no-build") and len(err.splitlines()) == 1
    assert not index.exists()


def test_loadtest_refuses_other_hosts_and_unbounded_runs():
    script = str(REPO / "scripts" / "loadtest.py")
    for argv in (["http://example.org/"], ["http://127.0.0.1:9/", "--clients", "1000"],
                 ["http://127.0.0.1:9/", "--seconds", "3600"]):
        done = subprocess.run([sys.executable, script, *argv], capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and done.stderr.startswith("error: ")


def test_nginx_config_is_sticky_and_names_two_loopback_replicas():
    config = (REPO / "deploy" / "nginx-statement-qa.conf").read_text(encoding="utf-8")
    assert "hash $sqa_route consistent;" in config and "proxy_buffering off;" in config
    assert config.count("server 127.0.0.1:786") == 2
