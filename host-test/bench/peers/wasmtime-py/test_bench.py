"""Smoke test of bench.py (the wasmtime-py peer runtime `host-test bench` spawns): a tiny SPEC
against the simulator, checking the JSON it prints: shape, one sample per measured call, no
failures.

    python3 -m unittest host-test/bench/peers/wasmtime-py/test_bench.py   (from a venv with requirements.txt)

Binaries: HOST_TEST_BIN (default $CARGO_TARGET_DIR/debug/host-test) and HOST_TEST_PLUGIN
(default $CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm).
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

try:
    import importlib.metadata

    import wasmtime.component  # noqa: F401

    WASMTIME_VERSION = importlib.metadata.version("wasmtime")
    SKIP = None
except Exception as err:  # pragma: no cover - depends on the interpreter
    WASMTIME_VERSION = None
    SKIP = f"wasmtime-py is not importable by {sys.executable} ({err}); pip install -r host-test/bench/peers/wasmtime-py/requirements.txt"

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target")
HOST_BIN = os.environ.get("HOST_TEST_BIN") or str(TARGET / "debug" / "host-test")
WASM = str(Path(os.environ.get("HOST_TEST_PLUGIN") or TARGET / "wasm32-wasip2" / "release" / "plaid_partner_insights.wasm").resolve())
SIM_KEYS = {"PLAID_CLIENT_ID": "sim_client_id_0123456789", "PLAID_SECRET": "sim_secret_abcdef0123456789"}
TYPICAL = '{"user_id":"usr_bench_typical","partner_insights":{"prism_versions":{"cashscore":"4","firstdetect":"3","insights":"4"}}}'


@unittest.skipIf(SKIP, SKIP)
class BenchTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scratch = tempfile.TemporaryDirectory(prefix="wasmtime-py-bench-test-")
        cls.sim = subprocess.Popen(
            [HOST_BIN, "sim", "--port", "0", "--rate-limit-per-minute", "100000000"],
            stdout=subprocess.PIPE,
            env={**os.environ, **SIM_KEYS},
            text=True,
        )
        try:
            line = cls.sim.stdout.readline()
            cls.sim_url = json.loads(line)["listening"]
        except Exception:
            cls.sim.kill()
            cls.sim.wait()
            cls.scratch.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.sim.kill()
        cls.sim.wait()
        cls.sim.stdout.close()
        cls.scratch.cleanup()

    def report_file(self):
        """A ~100 KB report: Plaid's 200 example with its first item repeated."""
        body = json.loads((REPO / "examples" / "plaid" / "response-200.spec-example-1.json").read_text())
        item = body["report"]["items"][0]
        while len(json.dumps(body["report"]["items"])) < 100_000:
            body["report"]["items"].append(item)
        path = Path(self.scratch.name) / "report.json"
        path.write_text(json.dumps(body))
        return str(path)

    def run_bench(self, spec):
        spec_path = Path(self.scratch.name) / "spec.json"
        spec_path.write_text(json.dumps(spec))
        done = subprocess.run(
            [sys.executable, str(HERE / "bench.py"), str(spec_path)],
            capture_output=True, text=True, timeout=50,
        )
        self.assertEqual(done.returncode, 0, done.stderr)
        return json.loads(done.stdout), done.stderr

    def assert_samples(self, s, n, what):
        self.assertEqual(s["failures"], 0, what)
        self.assertEqual(len(s["samples_ns"]), n, what)
        for ns in s["samples_ns"]:
            self.assertIsInstance(ns, int, what)
            self.assertGreater(ns, 0, what)

    def test_measures_validate_execute_and_parse_with_no_failures(self):
        spec = {
            "wasm": WASM,
            "env": SIM_KEYS,
            "config": {"base_url": self.sim_url},
            "validate": {
                "inputs": {"typical": TYPICAL, "fico_heavy": (REPO / "examples" / "inputs" / "fico.json").read_text()},
                "iterations": 5,
                "warmup": 2,
            },
            "execute": {
                "input_template": '{"user_id":"usr_b{i}"}',
                "runs": [{"concurrency": 1, "steps": 5}, {"concurrency": 4, "steps": 12}],
                "warmup": 1,
            },
            "parse": {"report_file": self.report_file(), "iterations": 3, "warmup": 1},
        }
        out, stderr = self.run_bench(spec)
        self.assertEqual(list(out), ["runtime", "version", "notes", "validate", "execute", "parse"], stderr)
        self.assertEqual(out["runtime"], "wasmtime-py")
        self.assertEqual(out["version"], WASMTIME_VERSION)
        self.assertIn("FRESH Store", out["notes"])
        self.assertEqual(sorted(out["validate"]), ["fico_heavy", "typical"])
        for name, s in out["validate"].items():
            self.assert_samples(s, 5, f"validate {name}")
        self.assertEqual(len(out["execute"]), 2)
        for run, got in zip(spec["execute"]["runs"], out["execute"]):
            self.assertEqual(got["concurrency"], run["concurrency"])
            self.assertEqual(got["steps"], run["steps"])
            self.assertIsInstance(got["elapsed_ns"], int)
            self.assertGreater(got["elapsed_ns"], 0)
            self.assert_samples(got, run["steps"], f"execute c={run['concurrency']}")
        self.assert_samples(out["parse"], 3, "parse")

    def test_counts_failed_calls_instead_of_hiding_them(self):
        # An input the step rejects, a base URL nothing listens on, an error body with status 200.
        errors = REPO / "examples" / "plaid" / "errors"
        spec = {
            "wasm": WASM,
            "env": SIM_KEYS,
            "config": {"base_url": "http://127.0.0.1:9"},
            "validate": {"inputs": {"invalid": "{}"}, "iterations": 2, "warmup": 0},
            "execute": {"input_template": '{"user_id":"usr_b{i}"}', "runs": [{"concurrency": 1, "steps": 2}], "warmup": 0},
            "parse": {"report_file": str(sorted(errors.iterdir())[0]), "iterations": 1, "warmup": 0},
        }
        out, stderr = self.run_bench(spec)
        self.assertEqual(out["validate"]["invalid"]["failures"], 2)
        self.assertEqual(out["execute"][0]["failures"], 2)
        self.assertEqual(out["parse"]["failures"], 1)
        self.assertIn("missing_identity", stderr)
        self.assertIn("CONNECTION_REFUSED", stderr)

    def test_credentials_come_from_the_spec_env_only(self):
        # No keys in the spec while bench.py's own environment has the right ones: the component
        # sends none, so it did not inherit the process environment.
        spec = {
            "wasm": WASM,
            "env": {},
            "config": {"base_url": self.sim_url},
            "validate": {"inputs": {}, "iterations": 0, "warmup": 0},
            "execute": {"input_template": '{"user_id":"usr_b{i}"}', "runs": [{"concurrency": 1, "steps": 1}], "warmup": 0},
            "parse": {"report_file": self.report_file(), "iterations": 0, "warmup": 0},
        }
        spec_path = Path(self.scratch.name) / "spec-env.json"
        spec_path.write_text(json.dumps(spec))
        done = subprocess.run(
            [sys.executable, str(HERE / "bench.py"), str(spec_path)],
            capture_output=True, text=True, timeout=50, env={**os.environ, **SIM_KEYS},
        )
        out = json.loads(done.stdout)
        self.assertEqual(out["execute"][0]["failures"], 1, done.stderr)
        self.assertIn("MISSING_FIELDS", done.stderr)


if __name__ == "__main__":
    unittest.main()
