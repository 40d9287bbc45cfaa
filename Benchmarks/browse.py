#!/usr/bin/env python3
"""Opens a page in headless Chromium with the network unreachable and runs JavaScript steps in it.

Used by the HTML report's browser tests (scrolling, sorting, filtering) and by the benchmark
(first paint, time to filter). Standard library only. It speaks the DevTools protocol over
--remote-debugging-pipe, so it opens no port:

  python3 Benchmarks/browse.py PAGE.html 'EXPRESSION' ['EXPRESSION' ...]

Each expression is evaluated in the page once it has loaded, in order; a promise is awaited.
Prints one JSON array with each expression's value. Exit status 1 with a one-line message on
stderr when Chromium is missing, the page does not load or an expression throws.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 120


class Failure(Exception):
    pass


class Pipe:
    """The DevTools protocol over the pipe: JSON messages ended by a NUL byte."""

    def __init__(self, process: subprocess.Popen, write_fd: int, read_fd: int):
        self.process, self.write_fd, self.read = process, write_fd, os.fdopen(read_fd, "rb")
        self.next_id, self.buffer, self.events = 0, b"", []

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise Failure(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, session: str) -> None:
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return
            self.events.append(self.receive())

    def receive(self) -> dict:
        while b"\0" not in self.buffer:
            chunk = self.read.read1(1 << 16)
            if not chunk:
                raise Failure("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise Failure("chromium is not installed (bash .ci/install installs it)")


def run(page: Path, expressions: list[str]) -> list:
    profile = tempfile.mkdtemp(prefix="exposure-browse-")
    to_browser, from_us = os.pipe()
    to_us, from_browser = os.pipe()
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1280,900", "--remote-debugging-pipe", "about:blank",
    ]

    def child_fds():
        # Chromium reads commands on fd 3 and writes replies on fd 4 (copied first: either may be 3 or 4).
        reads, writes = os.dup(to_browser), os.dup(from_browser)
        os.dup2(reads, 3)
        os.dup2(writes, 4)

    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, pass_fds=(3, 4),
                               preexec_fn=child_fds)
    os.close(to_browser)
    os.close(from_browser)
    try:
        pipe = Pipe(process, from_us, to_us)
        target = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = pipe.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        pipe.call("Page.enable", session=session)
        pipe.call("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
        pipe.wait_for("Page.loadEventFired", session)
        values = []
        for expression in expressions:
            result = pipe.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                    "returnByValue": True}, session=session)
            if "exceptionDetails" in result:
                details = result["exceptionDetails"]
                text = details.get("exception", {}).get("description") or details.get("text")
                raise Failure(f"{expression[:80]!r} threw: {text}")
            values.append(result["result"].get("value"))
        return values
    finally:
        process.kill()
        process.wait()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    try:
        print(json.dumps(run(Path(sys.argv[1]), sys.argv[2:])))
    except Failure as failure:
        print(f"browse.py: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
