"""Development replies for the classes of round 7, in other clients, languages and words than the misses they
stand for: answers tagged with the word for answer, answers above an unquoted header block, next week in the
genitive or after a weekday, Korean dates, a day of the month said alone, bent currency names, the Norwegian
krone, digits grouped before a Korean unit, and two sign-offs on one line."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import DEBRIEF, ME, case, eml, header_block, money
from tests.fixtures.replies.make_fixtures import part


def quoted(attribution: str) -> str:
    return attribution + "\n" + "\n".join(f"> {line}" if line else ">" for line in DEBRIEF.split("\n"))


def add_marks_and_history() -> None:
    """French "R1 :" tags over a quote; Spanish "Resp. 1:" above an unquoted Outlook header block."""
    own = "R1 : 7 sur 10\nR4 : Jane était très directe, Raj plus réservé\nR12 : vendredi de la semaine prochaine\n\n"
    case(
        "thunderbird_r_tags_fr",
        "Thunderbird",
        "fr",
        eml("r7a1", part(own + quoted(f"Le 26/11/2026 à 15:10, {ME} a écrit :"))),
        shape="numbered",
        answers={
            "rating": ("7 sur 10", 7),
            "rapport": ("Jane était très directe, Raj plus réservé", None),
            "hear_back": ("vendredi de la semaine prochaine", "2026-12-04"),
        },
        forbidden=("a écrit",),
    )

    own = "Resp. 1: un 8\nResp. 3: la parte de SQL, me bloqueé\nResp. 12: antes del día 9\n\n"
    history = header_block(("Enviado:", "De:", "Para:", "Asunto:"), "jueves, 26 de noviembre de 2026 15:10")
    case(
        "outlook_web_resp_tags_over_header_block_es",
        "Outlook web",
        "es",
        eml("r7a2", part(own + history + "\n\n" + DEBRIEF)),
        shape="numbered",
        answers={
            "rating": ("un 8", 8),
            "went_badly": ("la parte de SQL, me bloqueé", None),
            "hear_back": ("antes del día 9", "2026-12-09"),
        },
        forbidden=("Enviado:",),
    )


def add_dates() -> None:
    """Russian weekday with next week in the genitive; Korean weekday of next week; Czech end of next week."""
    own = "1. 6 из 10\n11. скорее да\n12. в пятницу следующей недели\n\n"
    case(
        "mailru_numbered_ru_genitive_week",
        "Mail.ru",
        "ru",
        eml("r7d1", part(own + quoted(f"Четверг, 26 ноября 2026, 15:10 +01:00 от {ME}:"))),
        shape="numbered",
        answers={
            "rating": ("6 из 10", 6),
            "want_job": ("скорее да", "yes"),
            "hear_back": ("в пятницу следующей недели", "2026-12-04"),
        },
        forbidden=("от Maya",),
    )

    own = "1번: 10점 만점에 7점\n8번: 연봉 7,200만 원\n12번: 다음주 목요일쯤\n\n"
    case(
        "daum_numbered_ko_next_week_weekday",
        "Daum Mail",
        "ko",
        eml("r7d2", part(own + quoted(f"2026년 11월 26일 (목) 오후 3:10, {ME}님이 작성:"))),
        shape="numbered",
        answers={
            "rating": ("10점 만점에 7점", 7),
            "money": ("연봉 7,200만 원", money("연봉 7,200만 원", ("72000000", "KRW", "year"))),
            "hear_back": ("다음주 목요일쯤", "2026-12-03"),
        },
        forbidden=("님이 작성",),
    )

    own = "1) 8/10\n12) nejpozději do konce příštího týdne\n\n"
    case(
        "seznam_numbered_cs_end_of_next_week",
        "Seznam",
        "cs",
        eml("r7d3", part(own + quoted(f"Dne 26. 11. 2026 15:10 {ME} napsal(a):"))),
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "hear_back": ("nejpozději do konce příštího týdne", "2026-12-04"),
        },
        forbidden=("napsal",),
    )


def add_money_and_closings() -> None:
    """Hungarian bent euro name; Norwegian "kroner i måneden"; a French/English sign-off pair."""
    own = "1. 7/10\n8. 2500 eurót havonta\n12. jövő heti péntek\n\n"
    attribution = f"{ME} ezt írta (időpont: 2026. nov. 26., Cs, 15:10):"
    case(
        "gmail_web_numbered_hu_bent_euro",
        "Gmail web",
        "hu",
        eml("r7m1", part(own + quoted(attribution))),
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "money": ("2500 eurót havonta", money("2500 eurót havonta", ("2500", "EUR", "month"))),
            "hear_back": ("jövő heti péntek", "2026-12-04"),
        },
        forbidden=("ezt írta",),
    )

    own = "1. 7\n8. 62 000 kroner i måneden\n11. Ja\n\n"
    case(
        "apple_mail_numbered_nb_kroner_month",
        "Apple Mail",
        "no",
        eml("r7m2", part(own + quoted(f"26. nov. 2026 kl. 15:10 skrev {ME}:"))),
        shape="numbered",
        answers={
            "rating": ("7", 7),
            "money": ("62 000 kroner i måneden", money("62 000 kroner i måneden", ("62000", "NOK", "month"))),
            "want_job": ("Ja", "yes"),
        },
        forbidden=("skrev",),
    )

    own = (
        "1. 6 sur 10\n11. Oui\n12. d'ici le 7\n\nCordialement / Best regards\n\nMaya Example\n"
        "Ingénieure logiciel | Contoso\n\n"
    )
    history = header_block(("De :", "Envoyé :", "À :", "Objet :"), "jeudi 26 novembre 2026 15:10")
    case(
        "outlook_desktop_numbered_fr_two_signoffs",
        "Outlook desktop",
        "fr",
        eml("r7m3", part(own + history + "\n\n" + DEBRIEF)),
        shape="numbered",
        answers={
            "rating": ("6 sur 10", 6),
            "want_job": ("Oui", "yes"),
            "hear_back": ("d'ici le 7", "2026-12-07"),
        },
        forbidden=("Cordialement", "Best regards", "Ingénieure logiciel"),
    )
