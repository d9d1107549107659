import pytest

from levelhead.conversations.channels.email_in.parse import parse_email
from levelhead.conversations.inbound import ParseError
from levelhead.conversations.text import split_quoted

from .mime import make_email


def test_plain_email_is_read():
    incoming = parse_email(make_email(message_id="<m1@example.test>"))
    assert incoming.sender == "ada@example.test" and incoming.sender_name == "Ada Lovelace"
    assert incoming.subject == "Where is my order A1001?"
    assert incoming.text.startswith("Hello, my order has not arrived")
    assert incoming.external_id == "<m1@example.test>"
    assert incoming.recipients == ("hello@clayandkiln.test",)
    assert incoming.automated == ""


def test_hostile_html_is_sanitised():
    html = (
        '<p onclick="steal()">Hi <b>there</b></p><script>alert(1)</script>'
        '<style>p{}</style><img src="https://tracker.example/p.gif" width=1>'
        '<a href="javascript:alert(1)">x</a><a href="https://ok.example/">ok</a>'
        "<form action=/x><input name=p></form>"
    )
    incoming = parse_email(make_email(body="Hi there", html=html))
    assert "<script" not in incoming.html and "alert(1)" not in incoming.html
    assert "onclick" not in incoming.html and "<img" not in incoming.html
    assert "javascript:" not in incoming.html and "<form" not in incoming.html
    assert (
        '<a href="https://ok.example/" rel="noopener noreferrer nofollow">ok</a>' in incoming.html
    )


def test_html_only_email_gets_its_text():
    raw = (
        b"From: a@example.test\r\nTo: s@shop.test\r\nSubject: hi\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Broken&nbsp;mug</p><p>Please help</p>"
    )
    incoming = parse_email(raw)
    assert "Broken\xa0mug" in incoming.text and "Please help" in incoming.text


def test_quoted_reply_and_signature_are_folded_but_kept():
    body = (
        "Still nothing arrived.\n\n-- \nAda\n\nOn Mon, 2 Nov 2026 at 10:00, Clay & Kiln wrote:\n"
        "> Your order is on its way.\n"
    )
    main, quoted = split_quoted(body)
    assert main == "Still nothing arrived."
    assert "Your order is on its way." in quoted and "Ada" in quoted


def test_quoted_block_with_arrows_is_folded():
    main, quoted = split_quoted("Thanks!\n\n> earlier line one\n> earlier line two\n")
    assert main == "Thanks!" and quoted.startswith("> earlier")


def test_unknown_and_wrong_charsets_do_not_lose_the_text():
    raw = (
        b"From: a@example.test\r\nSubject: x\r\nContent-Type: text/plain; charset=klingon-8\r\n"
        b"\r\ncaf\xc3\xa9 broken"
    )
    incoming = parse_email(raw)
    assert incoming.text == "café broken"
    assert any("unknown charset" in n for n in incoming.notes)
    wrong = (
        b"From: a@example.test\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"\r\ncaf\xe9 latin"
    )
    assert parse_email(wrong).text == "café latin"


def test_auto_replies_and_bounces_are_recognised():
    ooo = parse_email(make_email(headers={"Auto-Submitted": "auto-replied"}))
    assert ooo.automated == "auto-reply"
    assert parse_email(make_email(subject="Out of Office: back Monday")).automated == "auto-reply"
    bounce = parse_email(make_email(sender="MAILER-DAEMON@mx.example.test"))
    assert bounce.automated == "bounce"


def test_invisible_and_direction_characters_are_removed_from_names_and_subjects():
    incoming = parse_email(
        make_email(sender="\u202eAda\u200b <ada@example.test>", subject="Re\u200bfund\u2066 now")
    )
    assert incoming.sender_name == "Ada" and incoming.subject == "Refund now"


def test_truncated_mime_is_read_as_far_as_it_goes():
    raw = make_email(html="<p>hello</p>")[:-40]
    incoming = parse_email(raw)
    assert incoming.sender == "ada@example.test"


def test_message_without_a_sender_is_refused():
    with pytest.raises(ParseError, match="no sender"):
        parse_email(b"Subject: hello\r\n\r\nbody")
    with pytest.raises(ParseError, match="empty"):
        parse_email(b"   ")


def test_five_hundred_recipients_are_capped_with_a_note():
    to = ", ".join(f"r{i}@example.test" for i in range(500))
    incoming = parse_email(make_email(to=to))
    assert len(incoming.recipients) == 50
    assert any("500 recipients" in n for n in incoming.notes)


def test_attachments_within_limits_are_kept_others_noted():
    incoming = parse_email(
        make_email(
            attachments=[
                ("photo.jpg", "image/jpeg", b"\xff\xd8\xff" + b"0" * 100),
                ("run.exe", "application/octet-stream", b"MZ"),
            ]
        )
    )
    assert [a.filename for a in incoming.attachments] == ["photo.jpg"]
    assert any("run.exe" in n for n in incoming.notes)


def test_huge_body_is_truncated_with_a_note():
    incoming = parse_email(make_email(body="angry " * 50_000))
    assert len(incoming.text) <= 200_000
    assert any("truncated" in n for n in incoming.notes)
