"""Development replies for the classes of round 6, in other clients, languages and words than the misses they
stand for: numbers alone on a line over their answers, weekdays with case endings (Hungarian, Turkish), amounts
in East Asian units with the salary word naming the currency, "kr" told by the reply's language, and a greeting
before a line that points at the answers."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block, inline, money
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_numbers_and_dates() -> None:
    """Bare numbers over their answers (German), Hungarian weekdays with endings."""
    own = "1\n8 von 10\n\n4\nJane war sehr offen,\nRaj eher still\n\n11\nJa, gerne\n\n"
    case(
        "spark_bare_numbers_de",
        "Spark macOS",
        "de",
        eml(
            "r6n1",
            part(own + quoted("Am 26.11.2026 um 15:10 schrieb Maya Example <maya@example.org>:")),
        ),
        shape="numbered",
        answers={
            "rating": ("8 von 10", 8),
            "rapport": ("Jane war sehr offen,\nRaj eher still", None),
            "want_job": ("Ja, gerne", "yes"),
        },
        forbidden=("schrieb",),
    )

    own = "1. 7/10\n6. Jó a csapat\n12. jövő szerdán, de lehet, hogy már péntekig szólnak\n\n"
    attribution = "Maya Example <maya@example.org> ezt írta (időpont: 2026. nov. 26., Cs, 15:10):"
    case(
        "gmail_web_numbered_hu_weekday_endings",
        "Gmail web",
        "hu",
        eml("r6n2", part(own + quoted(attribution))),
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "company": ("Jó a csapat", None),
            "hear_back": ("jövő szerdán, de lehet, hogy már péntekig szólnak", "2026-12-02"),
        },
        forbidden=("ezt írta",),
    )


def add_money_and_notes() -> None:
    """Korean units with the salary word, a Norwegian reply's bare "kr", a Spanish greeting over a pointer."""
    own = "1. 10점 만점에 8점\n8. 연봉 6천5백만 원 정도\n11. 네\n\n"
    m8 = "연봉 6천5백만 원 정도"
    case(
        "naver_numbered_ko_salary_units",
        "Naver Mail",
        "ko",
        eml(
            "r6m1",
            part(own + quoted("2026년 11월 26일 (목) 오후 3:10, Maya Example <maya@example.org>님이 작성:")),
        ),
        shape="numbered",
        answers={
            "rating": ("10점 만점에 8점", 8),
            "money": (m8, money(m8, ("65000000", "KRW", "year"))),
            "want_job": ("네", "yes"),
        },
        forbidden=("님이 작성",),
    )

    own = "1) 6\n8) 58 000 kr\n11) Ja, veldig gjerne\n\nHent Outlook for iOS\n\n"
    labels = ("Fra:", "Sendt:", "Til:", "Emne:")
    history = header_block(labels, "torsdag 26. november 2026 15:10") + "\n\n" + DEBRIEF
    case(
        "outlook_ios_numbered_nb_bare_kr",
        "Outlook iOS",
        "no",
        eml("r6m2", part(own + history)),
        shape="numbered",
        answers={
            "rating": ("6", 6),
            "money": ("58 000 kr", money("58 000 kr", ("58000", "NOK", None))),
            "want_job": ("Ja, veldig gjerne", "yes"),
        },
        forbidden=("Hent Outlook", "Sendt:"),
    )

    text = (
        "Buenas, las respuestas van debajo de cada pregunta.\n\n"
        + f"El jue, 26 nov 2026 a las 15:10, {ME} escribió:\n"
    )
    text += inline({1: "Un 7", 12: "el martes"}, quoted=True)
    case(
        "thunderbird_inline_greeting_pointer_es",
        "Thunderbird",
        "es",
        eml("r6m3", part(text)),
        shape="inline",
        answers={"rating": ("Un 7", 7), "hear_back": ("el martes", "2026-12-01")},
        forbidden=("Buenas, las respuestas",),
    )


def add_marks_and_closings() -> None:
    """Circled and keycap numbers, em-dash markers under a Dutch sign-off, a Greek footer, an Indonesian attribution."""
    own = "① 10点中7点\n④ 田中さんとは話しやすかった\n⑫ 来週の水曜日\n\niPhoneから送信\n\n"
    case(
        "iphone_circled_numbers_ja",
        "Apple Mail iOS",
        "ja",
        eml("r6s1", part(own + quoted("2026/11/26 15:10、Maya Example <maya@example.org>のメッセージ:"))),
        shape="numbered",
        answers={
            "rating": ("10点中7点", 7),
            "rapport": ("田中さんとは話しやすかった", None),
            "hear_back": ("来週の水曜日", "2026-12-02"),
        },
        forbidden=("iPhoneから送信", "のメッセージ"),
    )

    own = "1️⃣ 9/10\n2️⃣ the pairing session\n🔟 ahead of the other two\n\nGet BlueMail for Android\n\n"
    attribution = "Pada tanggal Kam, 26 Nov 2026 pukul 15.10 Maya Example <maya@example.org> menulis:"
    case(
        "bluemail_keycap_numbers_en_id_client",
        "BlueMail Android (Indonesian)",
        "en",
        eml("r6s2", part(own + quoted(attribution))),
        shape="numbered",
        answers={
            "rating": ("9/10", 9),
            "went_well": ("the pairing session", None),
            "vs_others": ("ahead of the other two", None),
        },
        forbidden=("BlueMail", "menulis"),
    )

    own = "1 — 8 op 10\n5 — de rol past goed bij wat ik zoek\n11 — ja\n\nMet groet,\nMaya\n\n"
    case(
        "apple_mail_em_dash_numbers_nl",
        "Apple Mail macOS",
        "nl",
        eml("r6s3", part(own + quoted(f"Op 26 nov 2026, om 15:10 heeft {ME} het volgende geschreven:"))),
        shape="numbered",
        answers={
            "rating": ("8 op 10", 8),
            "role": ("de rol past goed bij wat ik zoek", None),
            "want_job": ("ja", "yes"),
        },
        forbidden=("Met groet", "het volgende geschreven"),
    )


def add_languages() -> None:
    """Yes / no / not sure and hear-back dates in Romanian and Greek, whose interview words detection reads."""
    own = "1. 7 din 10\n11. Nu știu încă\n12. săptămâna viitoare\n\nTrimis de pe iPhone-ul meu\n\n"
    case(
        "gmail_ios_numbered_ro",
        "Gmail iOS",
        "ro",
        eml("r6l1", part(own + quoted(f"Pe joi, 26 nov. 2026 la 15:10, {ME} a scris:"))),
        shape="numbered",
        answers={
            "rating": ("7 din 10", 7),
            "want_job": ("Nu știu încă", "unsure"),
            "hear_back": ("săptămâna viitoare", "2026-12-04"),
        },
        forbidden=("Trimis de pe", "a scris"),
    )

    own = "1) 8/10\n6) Πολύ καλή ομάδα\n11) Ναι, φυσικά\n12) μέχρι την Τρίτη\n\n"
    labels = ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:")
    history = header_block(labels, "Πέμπτη, 26 Νοεμβρίου 2026 3:10 μμ") + "\n\n" + DEBRIEF
    case(
        "outlook_desktop_numbered_el",
        "Outlook desktop",
        "el",
        eml("r6l2", part(own + history)),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "company": ("Πολύ καλή ομάδα", None),
            "want_job": ("Ναι, φυσικά", "yes"),
            "hear_back": ("μέχρι την Τρίτη", "2026-12-01"),
        },
        forbidden=("Στάλθηκε", "Θέμα"),
    )

    own = "1. nyolc a tízből\n8. havi nettó 650 ezer forint\n11. Igen, szívesen\n\n"
    labels = ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:")
    history = header_block(labels, "2026. november 26., csütörtök 15:10") + "\n\n" + DEBRIEF
    m8 = "havi nettó 650 ezer forint"
    case(
        "outlook_web_numbered_hu_words",
        "Outlook web",
        "hu",
        eml("r6l3", part(own + history)),
        shape="numbered",
        answers={
            "rating": ("nyolc a tízből", 8),
            "money": (m8, money(m8, ("650000", "HUF", "month"))),
            "want_job": ("Igen, szívesen", "yes"),
        },
        forbidden=("Feladó", "Elküldve"),
    )


def add_marker_words() -> None:
    """Answer numbers with a word before them: Czech "Ad 1)" and Chinese "问题1：", each in its client's history."""
    own = "Ad 1) 8 z 10\nAd 5) role je přesně to, co hledám\nAd 12) do pátku\n\nS pozdravem\nMaya\n\n"
    case(
        "seznam_ad_markers_cs",
        "Seznam Email",
        "cs",
        eml(
            "r6w1",
            part(
                own
                + "-----Původní zpráva-----\n"
                + header_block(("Od:", "Odesláno:", "Komu:", "Předmět:"), "26. 11. 2026 15:10")
                + "\n\n"
                + DEBRIEF
            ),
        ),
        shape="numbered",
        answers={
            "rating": ("8 z 10", 8),
            "role": ("role je přesně to, co hledám", None),
            "hear_back": ("do pátku", "2026-11-27"),
        },
        forbidden=("S pozdravem", "Původní zpráva"),
    )

    own = "问题1：7分\n问题11：想\n问题12：下周一\n\n"
    case(
        "netease_question_word_zh",
        "NetEase Mail",
        "zh",
        eml("r6w2", part(own + quoted(f"在 2026-11-26 15:10:00，{ME} 写道："))),
        shape="numbered",
        answers={"rating": ("7分", 7), "want_job": ("想", "yes"), "hear_back": ("下周一", "2026-11-30")},
        forbidden=("写道",),
    )
