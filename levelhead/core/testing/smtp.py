"""A real SMTP server for tests: aiosmtpd on 127.0.0.1 and a free port, keeping what it receives.

Tests that must prove an email really leaves through SMTP (not Django's in-memory outbox) use the
``smtp_server`` fixture: it starts the server, points ``settings.MAILERS`` at it with Django's SMTP
backend, and waits for messages with ``smtp_server.wait_for(n)``.
"""

from __future__ import annotations

import asyncio
import email
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller


@dataclass(frozen=True)
class ReceivedMail:
    """One message as the server received it: the envelope and the parsed message."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage

    @property
    def text(self) -> str:
        """The plain-text body, decoded (quoted-printable and charsets undone)."""
        part = self.message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""


class SmtpSink:
    """aiosmtpd handler that accepts every message and keeps it for the test to inspect."""

    def __init__(self) -> None:
        self.messages: list[ReceivedMail] = []
        self._arrived = threading.Condition()
        self.host = ""
        self.port = 0
        self.delay = 0.0  # seconds each DATA takes before it is accepted: a slow server
        self.receiving = threading.Event()  # set when a message's DATA has begun

    # aiosmtpd calls its hooks by these names.
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.receiving.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        parsed = email.message_from_bytes(envelope.content, policy=default_policy)
        assert isinstance(parsed, EmailMessage)
        mail = ReceivedMail(envelope.mail_from, tuple(envelope.rcpt_tos), parsed)
        with self._arrived:
            self.messages.append(mail)
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[ReceivedMail]:
        """Block until ``count`` messages have arrived; fail the test if they do not in time."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    pytest.fail(
                        f"the SMTP server received {len(self.messages)} message(s) in "
                        f"{timeout:.0f} s; expected {count}"
                    )
                self._arrived.wait(left)
            return list(self.messages)

    @property
    def mailer(self) -> dict[str, Any]:
        """A ``MAILERS`` entry that sends to this server with Django's SMTP backend."""
        return {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": self.host, "port": self.port, "timeout": 10},
        }


def free_port(host: str = "127.0.0.1") -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_smtp_server(host: str = "127.0.0.1") -> Iterator[SmtpSink]:
    """Start an SMTP server on a free port for the duration of the block."""
    sink = SmtpSink()
    for attempt in range(5):
        # The port is free when chosen; another process could take it before we bind: try again.
        port = free_port(host)
        controller = Controller(sink, hostname=host, port=port, ready_timeout=10)
        try:
            controller.start()
        except (OSError, RuntimeError):
            if attempt == 4:
                raise
            continue
        break
    sink.host, sink.port = host, port
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(settings: Any) -> Iterator[SmtpSink]:
    """A real SMTP server, with the default mailer pointed at it for this test."""
    with running_smtp_server() as sink:
        settings.MAILERS = {"default": sink.mailer}
        yield sink
