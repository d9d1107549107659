from levelhead.orders import services


def test_triage_reads_one_message_with_evidence(api, key_a):
    response = api.call(
        "post",
        "/triage",
        key_a,
        {"text": "Where is my order?? I will file a chargeback with my bank, you scammers."},
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"heat", "abuse", "threats", "demands", "issue", "language", "spans"}
    assert "chargeback" in body["threats"] and body["abuse"] is True
    assert any(s["label"] == "threat:chargeback" for s in body["spans"])


def test_triage_reads_a_batch_in_order(api, key_a):
    response = api.call(
        "post", "/triage", key_a, {"texts": ["Thank you, it arrived!", "I WANT A REFUND NOW"]}
    )
    first, second = response.json()
    assert first["heat"] < second["heat"] and "refund" in second["demands"]


def test_triage_needs_text_or_texts(api, key_a):
    response = api.call("post", "/triage", key_a, {})
    assert response.status_code == 422


def test_check_reply_flags_a_delivery_the_record_does_not_show(api, key_a, cast):
    draft = {"text": "Our records show it was delivered yesterday.", "order": "A1001"}
    kinds = [p["kind"] for p in api.call("post", "/check-reply", key_a, draft).json()["problems"]]
    assert "contradicts_record" in kinds
    services.mark_dispatched(cast.order_a, services.ShipmentData(carrier="DPD"))
    services.change_status(cast.order_a, "delivered")
    kinds = [p["kind"] for p in api.call("post", "/check-reply", key_a, draft).json()["problems"]]
    assert "contradicts_record" not in kinds


def test_check_reply_blocks_threats(api, key_a):
    report = api.call(
        "post",
        "/check-reply",
        key_a,
        {"text": "Write to us like that again and we will sue you, idiot."},
    ).json()
    assert report["block"] is True


def test_check_reply_with_another_shops_order_is_404(api, key_a, cast):
    response = api.call(
        "post", "/check-reply", key_a, {"text": "It is on its way.", "order": cast.order_b.number}
    )
    assert response.status_code == 404
