"""The README's quick start, run as written.

Reads the shell blocks and the inline `scripts/run.sh …` commands of the README's
"Quick start" section and runs them from the repository root, the way a reader pastes them:
the main job, every inline example, and the serve block (the service started, each `curl`
line run as written and its answer checked against the comment the README shows under it,
then Ctrl-C). `scripts/test.sh` runs this after the Rust tests; the test command itself is
checked to be what `.ci/run` runs (it is the command running this file).

    python3 -m unittest scripts/readme_test.py
"""

import json
import os
import re
import signal
import subprocess
import time
import unittest
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STEPS = {"plaid_check_report_create", "plaid_webhook_verify", "plaid_partner_insights"}


def quick_start() -> str:
    """The README's "Quick start" section."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Quick start\n(.*?)^## ", text, re.S | re.M)
    if not match:
        raise AssertionError("README.md has no '## Quick start' section")
    return match.group(1)


def shell_blocks(section: str) -> list[list[str]]:
    """Each ```sh block as its commands (continuation lines joined), comments kept apart."""
    blocks = []
    for body in re.findall(r"```sh\n(.*?)```", section, re.S):
        blocks.append(body.replace("\\\n", " ").splitlines())
    return blocks


def command_of(line: str) -> str:
    """The command of a line, without its trailing `# comment`."""
    return re.sub(r"\s+#.*$", "", line).strip()


def run(command: str, timeout: float = 1800) -> subprocess.CompletedProcess:
    """Runs `command` with bash from the repository root, as a reader would."""
    return subprocess.run(
        ["bash", "-c", command], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


class QuickStart(unittest.TestCase):
    """Every command of the README's quick start works as written."""

    def setUp(self) -> None:
        self.section = quick_start()
        self.blocks = shell_blocks(self.section)
        self.assertGreaterEqual(len(self.blocks), 2, "the quick start lost its shell blocks")

    def test_the_two_commands_are_the_main_job_and_what_ci_runs(self) -> None:
        commands = [command_of(line) for line in self.blocks[0] if command_of(line)]
        self.assertEqual(commands, ["scripts/run.sh", "scripts/test.sh"])
        ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
        self.assertRegex(ci, r'(?m)^exec "\$\(dirname "\$0"\)/\.\./scripts/test\.sh"$')

    def test_the_main_job_runs_a_step_against_the_simulator(self) -> None:
        done = run("scripts/run.sh")
        self.assertEqual(done.returncode, 0, done.stderr[-2000:])
        answer = json.loads(done.stdout)
        self.assertIs(answer["ok"], True, done.stdout[:500])
        self.assertIsInstance(answer["outputs"]["summary"]["cash_score"], (int, float))
        self.assertTrue(answer["outputs"]["request_id"].startswith("sim"))

    def test_every_inline_run_example_succeeds(self) -> None:
        examples = re.findall(r"`(scripts/run\.sh [^`]+)`", self.section)
        examples = [e for e in examples if not e.endswith("ARGS…")]
        self.assertTrue(examples, "the quick start names no inline example")
        for example in examples:
            with self.subTest(example=example):
                done = run(example)
                self.assertEqual(done.returncode, 0, done.stdout[-1000:] + done.stderr[-1000:])
                answer = json.loads(done.stdout)
                self.assertIs(answer.get("valid", answer.get("ok")), True, done.stdout[:500])

    def test_the_serve_block_answers_as_the_readme_shows(self) -> None:
        lines = self.blocks[1]
        serve = command_of(lines[0])
        self.assertEqual(serve, "scripts/run.sh serve")
        shown = json.loads(re.search(r"# prints (\{.*?\});", lines[0]).group(1).replace("…", "x"))
        # Builds first when needed: the service is up once it prints where it listens.
        service = subprocess.Popen(
            ["bash", "-c", serve],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            first = service.stdout.readline()
            if not first:
                self.fail("scripts/run.sh serve printed nothing: " + service.stderr.read()[-2000:])
            self.assertEqual(json.loads(first)["listening"], shown["listening"])
            curls = [(i, command_of(l)) for i, l in enumerate(lines) if l.startswith("curl ")]
            self.assertEqual(len(curls), 3, lines)
            # The readiness line, repeated as a reader would until it says what the README shows.
            index, ready = curls[0]
            shown_ready = json.loads(lines[index].split("# ", 1)[1].split(" once")[0])
            deadline = time.monotonic() + 120
            answer = None
            while answer != shown_ready and time.monotonic() < deadline:
                time.sleep(0.2)
                answer = json.loads(run(ready, timeout=60).stdout or "null")
            self.assertEqual(answer, shown_ready)
            listed = json.loads(run(curls[1][1], timeout=60).stdout)
            self.assertEqual({step["id"] for step in listed["steps"]}, STEPS)
            self.assertTrue(all(step["status"] == "ready" for step in listed["steps"]))
            index, execute = curls[2]
            expected = lines[index + 1].removeprefix("# ").split("{…}")[0]
            got = run(execute, timeout=120)
            self.assertEqual(got.returncode, 0, got.stderr)
            self.assertTrue(got.stdout.startswith(expected), f"{got.stdout[:300]!r} vs {expected!r}")
            self.assertIsInstance(json.loads(got.stdout)["outputs"]["summary"]["cash_score"], (int, float))
        finally:
            # "Ctrl-C stops it": SIGINT to the whole process group, as a terminal sends it.
            os.killpg(service.pid, signal.SIGINT)
            deadline = time.monotonic() + 30
            while service.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            if service.poll() is None:
                os.killpg(service.pid, signal.SIGKILL)
            service.wait()
            service.stdout.close()
            service.stderr.close()
        self.assertEqual(service.returncode, 0, "Ctrl-C did not stop the service cleanly")


if __name__ == "__main__":
    unittest.main()
