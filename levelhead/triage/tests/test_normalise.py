import random
import re

from levelhead.triage.normalise import GATES, caps_ratio, normalise, tokenise


def _back(text: str, word: str) -> str:
    norm = normalise(text)
    i = norm.text.index(word)
    start, end = norm.original_span(i, i + len(word))
    return text[start:end]


def test_plain_ascii_keeps_identity_offsets():
    norm = normalise("Where is my ORDER?")
    assert norm.text == "where is my order?"
    assert norm.offsets is None


def test_leetspeak_is_folded_and_mapped_back():
    assert normalise("sh1t service").text.startswith("shit ")
    assert _back("what a sh1t service", "shit") == "sh1t"


def test_masked_profanity_is_unmasked():
    assert "fuck you" in normalise("f*ck you").text
    assert "fucking" in normalise("you f***ing idiots").text


def test_spaced_out_letters_are_joined_and_span_covers_them():
    text = "well f u c k you then"
    assert "fuck you" in normalise(text).text
    assert _back(text, "fuck") == "f u c k"


def test_zero_width_characters_are_removed():
    text = "you id\u200bi\u200dot"
    assert "idiot" in normalise(text).text
    assert _back(text, "idiot") == "id\u200bi\u200dot"


def test_cyrillic_homoglyphs_fold_to_latin():
    text = "you \u0456d\u0456\u043et"  # Cyrillic і and о
    assert "idiot" in normalise(text).text
    assert _back(text, "idiot") == "\u0456d\u0456\u043et"


def test_fullwidth_letters_fold_by_nfkc():
    assert normalise("ＦＵＣＫ you").text == "fuck you"


def test_elongation_is_shortened_but_lone_letter_runs_are_kept():
    assert normalise("sooooo angry").text == "so angry"
    assert normalise("the BBB and www").text == "the bbb and www"


def test_numbers_and_order_references_are_not_leet_folded():
    assert normalise("order #10482 due 3pm on the 2nd").text == "order #10482 due 3pm on the 2nd"


def test_trailing_exclamation_marks_are_not_letters():
    assert normalise("MY LAWYER!!!").text == "my lawyer!!!"


def test_caps_ratio():
    assert normalise("THIS IS A DISGRACE").caps_ratio == 1.0
    assert normalise("this is fine").caps_ratio == 0.0


def _samples() -> list[str]:
    from levelhead.triage.corpus.generate import CORPUS_DIR, read_jsonl

    rows = read_jsonl(CORPUS_DIR / "messages.jsonl")[::5] + read_jsonl(CORPUS_DIR / "drafts.jsonl")
    rng = random.Random(7)
    alphabet = "aB1!@$*|. _-+xX0éÉ’😀іI\n"
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    return [r["text"] for r in rows] + [t.lower() for t in noise] + noise


def test_quick_gates_answer_as_the_full_patterns():
    for text in _samples():
        folded = text.lower()
        for pattern, gate in GATES:
            assert bool(gate.search(folded)) == bool(pattern.search(folded)), (text, gate)


def test_caps_ratio_on_bytes_counts_as_the_regular_expression():
    words2 = re.compile(r"[^\W\d_]{2,}")
    for text in [*_samples(), "I AM A", "a b c DE fG", "Ünïcode ÉCRIT", "😀 HELLO 😀 x"]:
        joined = "".join(words2.findall(text))
        upper = sum(map(str.isupper, joined))
        expected = (upper / len(joined) if joined else 0.0), len(joined)
        non_ascii = {c for c in text if not c.isascii()}
        assert caps_ratio(text, non_ascii=non_ascii) == expected, text


def test_tokens_and_where_they_start():
    norm = normalise("Don't  SEND it!! 3rd time, ok?")
    assert norm.words == ("don", "t", "send", "it", "!", "!", "3rd", "time", "ok", "?")
    pairs = zip(norm.words, norm.starts, strict=True)
    assert [norm.text[s : s + len(w)] for w, s in pairs] == list(norm.words)
    assert tokenise("") == ((), ())


def test_phone_apostrophes_and_quotes_fold_to_ascii_with_offsets_kept():
    text = "I won\u2019t sue, \u201cpromise\u201d"
    norm = normalise(text)
    assert norm.text == 'i won\'t sue, "promise"'
    start = norm.text.index("won't")
    assert norm.original_span(start, start + 5) == (2, 7)
    assert text[2:7] == "won\u2019t"


def test_a_denial_typed_with_a_phone_apostrophe_is_no_threat():
    from levelhead.triage import analyze

    assert analyze("I won\u2019t sue you, I just want to know where it is").threats == ()
    assert analyze("I won't sue you, I just want to know where it is").threats == ()
