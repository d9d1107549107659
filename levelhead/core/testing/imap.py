"""A real IMAP server for tests: a private Debian dovecot on 127.0.0.1 and a free port.

The ``imap_server`` fixture writes a config of its own into a temporary directory (maildir storage
there, one user in a passwd-file with a plain password, no TLS), runs ``dovecot -F -c <conf>`` in
the foreground as a subprocess, and delivers test messages with IMAP APPEND. It can be stopped and
started again on the same port between polls. Install with ``apt-get install dovecot-imapd``
(``.ci/run`` and ``scripts/test.sh`` do as root). In CI (``CI=true``) a missing dovecot fails the
test; on a laptop without it the test is skipped with the reason.

Run as root, dovecot still refuses to hand a mailbox to UID 0, so the mail files belong to
``nobody``; run as anyone else, every dovecot process is that user.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from levelhead.core.testing import unavailable

from .smtp import free_port

USER = "shop@example.test"
PASSWORD = "imap-test-password"  # noqa: S105 - the test server's only user


def dovecot_path() -> str | None:
    """Debian's dovecot (or ``LEVELHEAD_DOVECOT``), if it is installed."""
    configured = os.environ.get("LEVELHEAD_DOVECOT", "/usr/sbin/dovecot")
    if os.access(configured, os.X_OK):
        return configured
    return shutil.which("dovecot")


def require_dovecot() -> str:
    path = dovecot_path()
    if path is not None:
        return path
    message = (
        "dovecot is not installed (looked for /usr/sbin/dovecot); install it with "
        "`apt-get install dovecot-imapd` or set LEVELHEAD_DOVECOT to its path"
    )
    unavailable(message)


CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = levelhead-test-{port}
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%n/Maildir
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


class DovecotServer:
    """One private dovecot instance: start, stop, deliver messages, rebuild a folder."""

    def __init__(self, binary: str, root: Path) -> None:
        self.binary = binary
        self.root = root
        self.host = "127.0.0.1"
        self.port = free_port()
        self.username = USER
        self.password = PASSWORD
        self.process: subprocess.Popen[bytes] | None = None
        self._configure()

    def _configure(self) -> None:
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        if os.getuid() == 0:
            mail_user = pwd.getpwnam("nobody")
            login_user, internal_user = "dovenull", "dovecot"
            # The tree must be reachable by the unprivileged mail user.
            self.root.chmod(0o755)
            os.chown(self.root / "mail", mail_user.pw_uid, mail_user.pw_gid)
        else:
            mail_user = pwd.getpwuid(os.getuid())
            login_user = internal_user = mail_user.pw_name
        uid, gid = mail_user.pw_uid, mail_user.pw_gid
        home = self.root / "mail" / "shop"
        (self.root / "passwd").write_text(
            f"{self.username}:{{PLAIN}}{self.password}:{uid}:{gid}::{home}::\n"
        )
        (self.root / "dovecot.conf").write_text(
            CONFIG.format(
                root=self.root,
                port=self.port,
                login_user=login_user,
                internal_user=internal_user,
            )
        )

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def start(self, timeout: float = 15.0) -> None:
        """Start dovecot in the foreground and wait until it greets on its port."""
        assert self.process is None, "already running"
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode(errors="replace")  # type: ignore[union-attr]
                self.process = None
                pytest.fail(f"dovecot exited at start: {error}\n{self.log}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        pytest.fail(f"dovecot did not start on port {self.port} in {timeout:.0f} s\n{self.log}")

    def stop(self) -> None:
        """Stop dovecot and every process it started; the mail stays on disk."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None
        # The listener is gone with the master; wait until the port refuses connections.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection((self.host, self.port), timeout=0.5).close()
            except OSError:
                return
            time.sleep(0.05)

    def client(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4(self.host, self.port, timeout=10)
        conn.login(self.username, self.password)
        return conn

    def deliver(self, *messages: bytes, folder: str = "INBOX") -> list[int]:
        """Append messages to a folder (created if missing); returns their UIDs."""
        conn = self.client()
        try:
            conn.create(folder)  # "already exists" is fine
            uids = []
            for raw in messages:
                typ, data = conn.append(folder, None, None, raw)
                assert typ == "OK", data
                found = re.search(rb"APPENDUID \d+ (\d+)", data[0] or b"")
                uids.append(int(found.group(1)) if found else 0)
            return uids
        finally:
            conn.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        conn = self.client()
        try:
            conn.select(folder, readonly=True)
            return int(conn.response("UIDVALIDITY")[1][0])  # type: ignore[index,arg-type]
        finally:
            conn.logout()

    def rebuild(self, folder: str, *messages: bytes) -> None:
        """Delete the folder and create it again with ``messages``: a new UIDVALIDITY, as after
        a server migration or a rebuilt index."""
        conn = self.client()
        try:
            conn.select("INBOX")
            typ, data = conn.delete(folder)
            assert typ == "OK", data
        finally:
            conn.logout()
        self.deliver(*messages, folder=folder)


def running_dovecot() -> Iterator[DovecotServer]:
    binary = require_dovecot()
    root = Path(tempfile.mkdtemp(prefix="levelhead-dovecot-"))
    server = DovecotServer(binary, root)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_server() -> Iterator[DovecotServer]:
    """A real IMAP server (dovecot) for this test, with one user: ``imap_server.username``."""
    yield from running_dovecot()
