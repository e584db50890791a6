"""Writes the eval20 held-out reply set: replies to a followupd debrief, with hand-typed expectations."""

from __future__ import annotations

import base64
import html
import json
import quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent
ME = "Maya Example"
LINK = "http://127.0.0.1:8765/f/k3v9q2"
QUESTIONS = (
    "How did it go? Rate your overall performance from 0 to 10.",
    "What went well? Where were you strongest?",
    "What didn't go so well? What would you answer differently next time?",
    "How did you get on with the interviewer(s)? Could you see yourself working with them?",
    "What do you like about the role? How close is it to what you want?",
    "What do you like about the company?",
    "What reservations do you have, and how could they be resolved?",
    "What money was discussed?",
    "How does this opportunity compare with your current job?",
    "How does it compare with your other opportunities?",
    "Now that you have seen what they offer: do you want this job? (yes / no / not sure)",
    "When did they say you would hear back?",
)
IDS = (
    "rating",
    "went_well",
    "went_badly",
    "rapport",
    "role",
    "company",
    "reservations",
    "money",
    "vs_current",
    "vs_others",
    "want_job",
    "hear_back",
)


def debrief(company: str, role: str, who: str, ended: str) -> str:
    """The debrief as followupd's text template renders it."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {who}) ended at {ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {LINK}',
        "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)",
        "",
    ]
    for number, text in enumerate(QUESTIONS, start=1):
        lines += [f"{number}. {text}", ""]
    lines += [
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]
    return "\n".join(lines)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def inline(company: str, role: str, who: str, ended: str, answers: dict[int, str], prefix: str = "> ") -> str:
    """The debrief quoted with the user's answers typed under the questions she answered."""
    out: list[str] = []
    for line in debrief(company, role, who, ended).split("\n"):
        out.append((prefix + line).rstrip() if prefix or line else line)
        head = line.split(". ", 1)[0]
        if head.isdigit() and int(head) in answers and line.endswith(QUESTIONS[int(head) - 1]):
            out += ["", answers[int(head)], ""]
    return "\n".join(out)


def as_html(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def part(body: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "8bit") -> bytes:
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + payload


def alternative(plain: bytes, rich: bytes, boundary: str) -> bytes:
    b = boundary.encode("ascii")
    return (
        b'Content-Type: multipart/alternative; boundary="'
        + b
        + b'"\n\n--'
        + b
        + b"\n"
        + plain
        + b"\n--"
        + b
        + b"\n"
        + rich
        + b"\n--"
        + b
        + b"--\n"
    )


def message(
    *, sender: str, subject: str, sent: str, body: bytes, mailer: str = "", crlf: bool = False
) -> bytes:
    head = (
        f"From: {ME} <{sender}>\nTo: followupd <{sender}>\nSubject: {subject}\nDate: {sent}\n"
        f"Message-ID: <{abs(hash_text(subject + sent))}@{sender.split('@')[1]}>\nMIME-Version: 1.0\n"
    )
    if mailer:
        head += f"X-Mailer: {mailer}\n"
    raw = head.encode("ascii") + body
    return raw.replace(b"\n", b"\r\n") if crlf else raw


def hash_text(text: str) -> int:
    """A stable number (Python's hash() changes between runs)."""
    number = 7
    for char in text:
        number = (number * 31 + ord(char)) % 1_000_000_007
    return number


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> tuple[str, dict[str, object]]:
    return text, {
        "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
        "text": text,
    }


CASES: list[dict[str, object]] = []


def case(
    name: str,
    *,
    client: str,
    language: str,
    day: str,
    shape: str,
    own: str,
    eml: bytes,
    answers: dict[str, object],
    forbidden: list[str],
    notes: str = "",
) -> None:
    typed = {}
    for qid, answer in answers.items():
        text, value = answer if isinstance(answer, tuple) else (answer, None)
        typed[qid] = {"text": text, "value": value}
    CASES.append(
        {
            "name": name,
            "eml": eml,
            "expected": {
                "client": client,
                "language": language,
                "interview_date": day,
                "own_addresses": [own],
                "shape": shape,
                "free_notes": notes,
                "answers": typed,
                "forbidden": forbidden,
            },
        }
    )


def write() -> None:
    add_all()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for item in CASES:
        (HERE / f"{item['name']}.eml").write_bytes(item["eml"])  # type: ignore[arg-type]
        text = json.dumps(item["expected"], ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{item['name']}.expected.json").write_text(text, encoding="utf-8")


def block(*rows: tuple[str, str], rule: bool = False, sep: str = ": ") -> str:
    """An unquoted header block as Outlook and others write it above the original."""
    lines = ["________________________________"] if rule else []
    return "\n".join(lines + [f"{key}{sep}{value}" for key, value in rows])


def subject(company: str) -> str:
    return f"How did your interview with {company} go?"


def reply(
    name: str,
    *,
    client: str,
    language: str,
    day: str,
    shape: str,
    own: str,
    sent: str,
    text: str,
    answers: dict[str, object],
    forbidden: list[str],
    charset: str = "utf-8",
    cte: str = "8bit",
    crlf: bool = False,
    prefix: str = "Re:",
    company: str = "Northwind Traders",
    notes: str = "",
    mailer: str = "",
    rich: str = "",
    html_only: bool = False,
) -> None:
    """One reply; text is the plain body, rich an HTML body (alone when html_only, else the alternative)."""
    if html_only:
        body = part(rich, subtype="html", charset=charset, cte=cte)
    elif rich:
        body = alternative(
            part(text, charset=charset, cte=cte),
            part(rich, subtype="html", charset=charset, cte=cte),
            f"b{hash_text(name)}",
        )
    else:
        body = part(text, charset=charset, cte=cte)
    eml = message(
        sender=own, subject=f"{prefix} {subject(company)}", sent=sent, body=body, mailer=mailer, crlf=crlf
    )
    case(
        name,
        client=client,
        language=language,
        day=day,
        shape=shape,
        own=own,
        eml=eml,
        answers=answers,
        forbidden=forbidden,
        notes=notes,
    )


def add_all() -> None:
    _outlook_blocks()
    _separators_and_attributions()
    _html_only()
    _everyday()


def _outlook_blocks() -> None:
    """Issue 9 class 1: the original below an unquoted header block, in Outlook's languages."""
    own = "maya.example@example.org"
    d = debrief("Brauhaus Kessler GmbH", "Testmanagerin", "Jane Doe", "15:30")
    reply(
        "outlook_win_de_block_numbered",
        client="Outlook desktop (Windows)",
        language="de",
        day="2026-11-02",
        own=own,
        company="Brauhaus Kessler GmbH",
        shape="top-posted numbered, Von/Gesendet block, sign-off with title and phone, QP windows-1252, CRLF",
        sent="Mon, 2 Nov 2026 20:14:09 +0100",
        prefix="AW:",
        charset="windows-1252",
        cte="quoted-printable",
        crlf=True,
        mailer="Microsoft Outlook 16.0",
        text=(
            "Hallo,\n\n1. 7 von 10\n2. Die Fallstudie lief gut, da war ich klar und strukturiert.\n"
            "3. Bei der Frage nach Führungserfahrung war ich zu vage, nächstes Mal mit einem konkreten Beispiel.\n"
            "8. 70.000 € brutto im Jahr\n11. Ja\n12. bis Freitag\n\nViele Grüße\nMaya Example\n"
            "Senior QA Engineer\nTel. +49 30 1234567\n\n"
            + block(
                ("Von", "followupd <maya.example@example.org>"),
                ("Gesendet", "Montag, 2. November 2026 19:05"),
                ("An", "Maya Example <maya.example@example.org>"),
                ("Betreff", subject("Brauhaus Kessler GmbH")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("7 von 10", 7),
            "went_well": "Die Fallstudie lief gut, da war ich klar und strukturiert.",
            "went_badly": "Bei der Frage nach Führungserfahrung war ich zu vage, nächstes Mal mit einem konkreten Beispiel.",
            "money": money("70.000 € brutto im Jahr", ("70000", "EUR", "year")),
            "want_job": ("Ja", "yes"),
            "hear_back": ("bis Freitag", "2026-11-06"),
        },
        forbidden=["Senior QA Engineer", "+49 30 1234567", "Betreff:", "use the form"],
    )
    d = debrief("Atelier Lumière", "Cheffe de projet", "Raj Patel", "16:00")
    reply(
        "outlook_web_fr_block_numbered",
        client="Outlook web",
        language="fr",
        day="2026-11-04",
        own="maya@example.org",
        company="Atelier Lumiere",
        shape="top-posted '1 -' numbered, De/Envoyé block with rule, sign-off with phone, base64 UTF-8",
        sent="Wed, 4 Nov 2026 21:02:40 +0100",
        prefix="RE :",
        cte="base64",
        text=(
            "Bonjour,\n\n1 - 8/10\n2 - Le cas pratique, j’ai bien expliqué ma démarche.\n"
            "4 - Très bon contact avec Raj, je me vois bien travailler avec lui.\n"
            "8 - 55 k€ brut annuel\n11 - Oui\n12 - la semaine prochaine\n\nCordialement,\nMaya Example\n"
            "06 12 34 56 78\n\n"
            + block(
                ("De", "followupd <maya@example.org>"),
                ("Envoyé", "mercredi 4 novembre 2026 19:10"),
                ("À", "Maya Example <maya@example.org>"),
                ("Objet", subject("Atelier Lumière")),
                rule=True,
                sep=" : ",
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("8/10", 8),
            "went_well": "Le cas pratique, j’ai bien expliqué ma démarche.",
            "rapport": "Très bon contact avec Raj, je me vois bien travailler avec lui.",
            "money": money("55 k€ brut annuel", ("55000", "EUR", "year")),
            "want_job": ("Oui", "yes"),
            "hear_back": ("la semaine prochaine", "2026-11-13"),
        },
        forbidden=["Cordialement", "06 12 34 56 78", "Objet :"],
    )
    d = debrief("Tailspin Toys", "QA Lead", "Jane Doe", "14:00")
    history = block(
        ("From", "followupd <maya@example.org>"),
        ("Sent", "Thursday, November 5, 2026 6:12:44 PM"),
        ("To", "Maya Example <maya@example.org>"),
        ("Subject", subject("Tailspin Toys")),
        rule=True,
    )
    typed = (
        d.replace(QUESTIONS[0], QUESTIONS[0] + "\n6\n")
        .replace(QUESTIONS[3], QUESTIONS[3] + "\nGood, the hiring manager was relaxed and funny.\n")
        .replace(QUESTIONS[10], QUESTIONS[10] + "\nNot sure yet\n")
        .replace(QUESTIONS[11], QUESTIONS[11] + "\nThursday the 12th\n")
    )
    reply(
        "outlook_ios_en_under_unquoted_questions",
        client="Outlook iOS",
        language="en",
        day="2026-11-05",
        own="maya@example.org",
        company="Tailspin Toys",
        shape="answers typed under the unquoted questions below a From/Sent block, mobile footer on top",
        sent="Thu, 5 Nov 2026 19:31:02 +0000",
        prefix="RE:",
        text="Get Outlook for iOS\n" + history + "\n\n" + typed,
        answers={
            "rating": ("6", 6),
            "rapport": "Good, the hiring manager was relaxed and funny.",
            "want_job": ("Not sure yet", "unsure"),
            "hear_back": ("Thursday the 12th", "2026-11-12"),
        },
        forbidden=["Get Outlook for iOS", "use the form", "Skip anything you like"],
    )
    d = debrief("Zuidas Logistiek", "Testmanager", "Jane Doe", "11:00")
    reply(
        "outlook_win_nl_block_disclaimer",
        client="Outlook desktop (Windows)",
        language="nl",
        day="2026-11-17",
        own="m.example@example.org",
        company="Zuidas Logistiek",
        shape="top-posted '1 -' numbered, Van/Verzonden block, sign-off with title, phone, web and disclaimer",
        sent="Tue, 17 Nov 2026 20:40:00 +0100",
        prefix="RE:",
        charset="iso-8859-15",
        cte="quoted-printable",
        crlf=True,
        text=(
            "1 - zeven\n2 - De technische vragen over testautomatisering.\n"
            "5 - Veel ruimte om het testproces zelf op te zetten, dicht bij wat ik zoek.\n"
            "8 - € 4.800 bruto per maand\n11 - Ja, graag\n12 - volgende week woensdag\n\n"
            "Met vriendelijke groet,\n\nMaya Example\nTestcoördinator | Havenstad Zorg\nT +31 20 123 4567\n"
            "www.havenstad-zorg.example\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. "
            "Als u dit bericht onterecht ontvangt, verzoeken wij u het te verwijderen.\n\n"
            + block(
                ("Van", "followupd <m.example@example.org>"),
                ("Verzonden", "dinsdag 17 november 2026 18:00"),
                ("Aan", "Maya Example <m.example@example.org>"),
                ("Onderwerp", subject("Zuidas Logistiek")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("zeven", 7),
            "went_well": "De technische vragen over testautomatisering.",
            "role": "Veel ruimte om het testproces zelf op te zetten, dicht bij wat ik zoek.",
            "money": money("€ 4.800 bruto per maand", ("4800", "EUR", "month")),
            "want_job": ("Ja, graag", "yes"),
            "hear_back": ("volgende week woensdag", "2026-11-25"),
        },
        forbidden=["Havenstad Zorg", "uitsluitend bestemd voor de geadresseerde", "+31 20 123 4567"],
    )
    d = debrief("Hanwei Technology", "测试经理", "Raj Patel", "15:00")
    reply(
        "outlook_win_zh_block_numbered",
        client="Outlook desktop (Windows)",
        language="zh",
        day="2026-11-18",
        own="maya@example.org",
        company="Hanwei Technology",
        shape="top-posted numbered, 发件人/发送时间 block, base64 GB18030",
        sent="Wed, 18 Nov 2026 20:05:11 +0800",
        prefix="Re:",
        charset="gb18030",
        cte="base64",
        text=(
            "1. 8分\n2. 自动化测试框架的问题答得很好。\n3. 英语口语还需要练习。\n"
            "8. 年薪40万人民币\n11. 是的，想要\n12. 下周五\n\n谢谢！\nMaya\n\n"
            + block(
                ("发件人", "followupd <maya@example.org>"),
                ("发送时间", "2026年11月18日 18:00"),
                ("收件人", "Maya Example <maya@example.org>"),
                ("主题", subject("Hanwei Technology")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("8分", 8),
            "went_well": "自动化测试框架的问题答得很好。",
            "went_badly": "英语口语还需要练习。",
            "money": money("年薪40万人民币", ("400000", "CNY", "year")),
            "want_job": ("是的，想要", "yes"),
            "hear_back": ("下周五", "2026-11-27"),
        },
        forbidden=["主题:", "use the form"],
    )
    d = debrief("Norrsken Energi AB", "Testledare", "Jane Doe", "10:00")
    reply(
        "outlook_win_sv_block_slash",
        client="Outlook desktop (Windows)",
        language="sv",
        day="2026-11-19",
        own="maya@example.org",
        company="Norrsken Energi AB",
        shape="top-posted '1/' numbered, Från/Skickat block, ISO-8859-1 8bit",
        sent="Thu, 19 Nov 2026 19:45:00 +0100",
        prefix="SV:",
        charset="iso-8859-1",
        text=(
            "Hej!\n\n1/ 8 av 10\n4/ Bra stämning, båda intervjuarna var nyfikna och lyssnade.\n"
            "8/ 52 000 kr i månaden\n11/ Ja\n12/ på måndag\n\nMvh Maya\n\n"
            + block(
                ("Från", "followupd <maya@example.org>"),
                ("Skickat", "den 19 november 2026 17:30"),
                ("Till", "Maya Example <maya@example.org>"),
                ("Ämne", subject("Norrsken Energi AB")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("8 av 10", 8),
            "rapport": "Bra stämning, båda intervjuarna var nyfikna och lyssnade.",
            "money": money("52 000 kr i månaden", ("52000", "SEK", "month")),
            "want_job": ("Ja", "yes"),
            "hear_back": ("på måndag", "2026-11-23"),
        },
        forbidden=["Mvh Maya", "Ämne:"],
    )
    d = debrief("Wisła Software", "Kierownik testów", "Raj Patel", "13:00")
    reply(
        "outlook_win_pl_block_numbered",
        client="Outlook desktop (Windows)",
        language="pl",
        day="2026-11-20",
        own="maya@example.org",
        company="Wisla Software",
        shape="top-posted numbered, Od/Wysłano block, QP ISO-8859-2",
        sent="Fri, 20 Nov 2026 21:10:00 +0100",
        prefix="Odp:",
        charset="iso-8859-2",
        cte="quoted-printable",
        text=(
            "1. 6/10\n3. Zadanie z SQL poszło słabo, muszę to powtórzyć.\n"
            "7. Dużo nadgodzin w zespole, zapytam o to w kolejnym etapie.\n"
            "8. 18 000 zł brutto miesięcznie\n11. Nie wiem\n12. do środy\n\nPozdrawiam,\nMaya\n\n"
            + block(
                ("Od", "followupd <maya@example.org>"),
                ("Wysłano", "piątek, 20 listopada 2026 18:00"),
                ("Do", "Maya Example <maya@example.org>"),
                ("Temat", subject("Wisła Software")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("6/10", 6),
            "went_badly": "Zadanie z SQL poszło słabo, muszę to powtórzyć.",
            "reservations": "Dużo nadgodzin w zespole, zapytam o to w kolejnym etapie.",
            "money": money("18 000 zł brutto miesięcznie", ("18000", "PLN", "month")),
            "want_job": ("Nie wiem", "unsure"),
            "hear_back": ("do środy", "2026-11-25"),
        },
        forbidden=["Pozdrawiam", "Temat:"],
    )
    d = debrief("Vetreria Moretti", "Responsabile qualità", "Jane Doe", "11:30")
    reply(
        "outlook_android_it_block_footer",
        client="Outlook Android",
        language="it",
        day="2026-11-23",
        own="maya@example.org",
        company="Vetreria Moretti",
        shape="top-posted '1)' numbered, localized mobile footer, Da/Inviato block with rule",
        sent="Mon, 23 Nov 2026 20:20:00 +0100",
        prefix="R:",
        text=(
            "1) sette su dieci\n2) Le domande tecniche sui processi ISO\n6) Azienda familiare ma molto solida\n"
            "8) 42.000 € lordi all'anno\n11) Sì\n12) entro venerdì\n\nOttieni Outlook per Android\n"
            + block(
                ("Da", "followupd <maya@example.org>"),
                ("Inviato", "lunedì 23 novembre 2026 18:30"),
                ("A", "Maya Example <maya@example.org>"),
                ("Oggetto", subject("Vetreria Moretti")),
                rule=True,
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("sette su dieci", 7),
            "went_well": "Le domande tecniche sui processi ISO",
            "company": "Azienda familiare ma molto solida",
            "money": money("42.000 € lordi all'anno", ("42000", "EUR", "year")),
            "want_job": ("Sì", "yes"),
            "hear_back": ("entro venerdì", "2026-11-27"),
        },
        forbidden=["Ottieni Outlook per Android", "Oggetto:"],
    )
    d = debrief("Cerrado Agro", "Analista de QA", "Raj Patel", "14:00")
    reply(
        "outlook_win_ptbr_block_paren",
        client="Outlook desktop (Windows)",
        language="pt",
        day="2026-11-26",
        own="maya@example.org",
        company="Cerrado Agro",
        shape="top-posted '1 )' numbered, De/Enviado block, sign-off without dashes",
        sent="Thu, 26 Nov 2026 19:00:00 -0300",
        prefix="RES:",
        cte="quoted-printable",
        text=(
            "1 ) nota 9\n2 ) A apresentação do meu projeto de automação\n"
            "8 ) R$ 12.000 por mês\n11 ) Sim\n12 ) até sexta\n\nAbraços,\nMaya Example\nAnalista de Testes Sênior\n"
            "+55 11 91234-5678\n\n"
            + block(
                ("De", "followupd <maya@example.org>"),
                ("Enviado", "quinta-feira, 26 de novembro de 2026 17:30"),
                ("Para", "Maya Example <maya@example.org>"),
                ("Assunto", subject("Cerrado Agro")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("nota 9", 9),
            "went_well": "A apresentação do meu projeto de automação",
            "money": money("R$ 12.000 por mês", ("12000", "BRL", "month")),
            "want_job": ("Sim", "yes"),
            "hear_back": ("até sexta", "2026-11-27"),
        },
        forbidden=["Analista de Testes Sênior", "+55 11 91234-5678", "Assunto:"],
    )
    d = debrief("Fabrikam", "Release Manager", "Jane Doe", "16:00")
    reply(
        "outlook_win_en_under_german_block",
        client="Outlook desktop (Windows)",
        language="en",
        day="2026-11-27",
        own="maya@example.org",
        company="Fabrikam",
        shape="English 'Question 1:' answers under a German Outlook Von/Gesendet block",
        sent="Fri, 27 Nov 2026 19:30:00 +0100",
        prefix="AW:",
        charset="iso-8859-15",
        cte="quoted-printable",
        text=(
            "Question 1: 7\nQuestion 4: Jane was great, very direct.\nQuestion 8: €85k base\n"
            "Question 11: Yes\nQuestion 12: Thursday the 3rd\n\nBest regards,\nMaya\n\n"
            + block(
                ("Von", "followupd <maya@example.org>"),
                ("Gesendet", "Freitag, 27. November 2026 18:00"),
                ("An", "Maya Example <maya@example.org>"),
                ("Betreff", subject("Fabrikam")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("7", 7),
            "rapport": "Jane was great, very direct.",
            "money": money("€85k base", ("85000", "EUR", None)),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday the 3rd", "2026-12-03"),
        },
        forbidden=["Best regards", "Betreff:"],
    )
    d = debrief("Sakura Logistics", "QAリード", "Raj Patel", "15:00")
    reply(
        "outlook_win_ja_block_numbered",
        client="Outlook desktop (Windows)",
        language="ja",
        day="2026-11-30",
        own="maya@example.org",
        company="Sakura Logistics",
        shape="top-posted numbered, 差出人/送信日時 block, ISO-2022-JP 7bit",
        sent="Mon, 30 Nov 2026 20:00:00 +0900",
        prefix="RE:",
        charset="iso-2022-jp",
        cte="7bit",
        text=(
            "1. 7点\n2. テスト戦略の説明はうまくできました。\n11. はい\n12. 来週の金曜日\n\nよろしくお願いします。\nMaya\n\n"
            + block(
                ("差出人", "followupd <maya@example.org>"),
                ("送信日時", "2026年11月30日 18:00"),
                ("宛先", "Maya Example <maya@example.org>"),
                ("件名", subject("Sakura Logistics")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("7点", 7),
            "went_well": "テスト戦略の説明はうまくできました。",
            "want_job": ("はい", "yes"),
            "hear_back": ("来週の金曜日", "2026-12-11"),
        },
        forbidden=["よろしくお願いします", "件名:"],
    )
    d = debrief("Revontuli Oy", "Testipäällikkö", "Jane Doe", "13:00")
    reply(
        "outlook_win_fi_block_numbered",
        client="Outlook desktop (Windows)",
        language="fi",
        day="2026-12-02",
        own="maya@example.org",
        company="Revontuli Oy",
        shape="top-posted numbered, Lähettäjä/Lähetetty block, ISO-8859-15 8bit",
        sent="Wed, 2 Dec 2026 19:00:00 +0200",
        prefix="VS:",
        charset="iso-8859-15",
        text=(
            "1. 7/10\n5. Rooli on juuri sitä mitä haen.\n8. 4 500 € kuukaudessa\n11. Kyllä\n"
            "12. ensi viikon perjantaina\n\nTerveisin\nMaya\n\n"
            + block(
                ("Lähettäjä", "followupd <maya@example.org>"),
                ("Lähetetty", "keskiviikko 2. joulukuuta 2026 17.00"),
                ("Vastaanottaja", "Maya Example <maya@example.org>"),
                ("Aihe", subject("Revontuli Oy")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("7/10", 7),
            "role": "Rooli on juuri sitä mitä haen.",
            "money": money("4 500 € kuukaudessa", ("4500", "EUR", "month")),
            "want_job": ("Kyllä", "yes"),
            "hear_back": ("ensi viikon perjantaina", "2026-12-11"),
        },
        forbidden=["Terveisin", "Aihe:"],
    )
    d = debrief("Boğaziçi Yazılım", "Test Lideri", "Raj Patel", "14:30")
    reply(
        "outlook_win_tr_block_numbered",
        client="Outlook desktop (Windows)",
        language="tr",
        day="2026-12-03",
        own="maya@example.org",
        company="Bogazici Yazilim",
        shape="top-posted numbered, Kimden/Gönderildi block, base64 ISO-8859-9",
        sent="Thu, 3 Dec 2026 19:20:00 +0300",
        prefix="YNT:",
        charset="iso-8859-9",
        cte="base64",
        text=(
            "1. 10 üzerinden 8\n4. Ekip çok samimiydi.\n8. aylık 90.000 TL\n11. Evet\n12. cuma\n\nSaygılarımla,\nMaya\n\n"
            + block(
                ("Kimden", "followupd <maya@example.org>"),
                ("Gönderildi", "3 Aralık 2026 Perşembe 17:30"),
                ("Kime", "Maya Example <maya@example.org>"),
                ("Konu", subject("Boğaziçi Yazılım")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("10 üzerinden 8", 8),
            "rapport": "Ekip çok samimiydi.",
            "money": money("aylık 90.000 TL", ("90000", "TRY", "month")),
            "want_job": ("Evet", "yes"),
            "hear_back": ("cuma", "2026-12-04"),
        },
        forbidden=["Saygılarımla", "Konu:"],
    )
    d = debrief("Fjordkraft Data AS", "Testleder", "Jane Doe", "10:30")
    reply(
        "outlook_ios_nb_block_footer",
        client="Outlook iOS",
        language="no",
        day="2026-12-07",
        own="maya@example.org",
        company="Fjordkraft Data AS",
        shape="top-posted numbered, Norwegian mobile footer, Fra/Sendt block with rule",
        sent="Mon, 7 Dec 2026 18:50:00 +0100",
        prefix="SV:",
        text=(
            "1. 7 av 10\n3. Jeg burde forberedt meg bedre på spørsmål om budsjett.\n8. 750 000 kr i året\n"
            "11. Usikker\n12. torsdag\n\nHent Outlook for iOS\n"
            + block(
                ("Fra", "followupd <maya@example.org>"),
                ("Sendt", "mandag 7. desember 2026 17:40"),
                ("Til", "Maya Example <maya@example.org>"),
                ("Emne", subject("Fjordkraft Data AS")),
                rule=True,
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("7 av 10", 7),
            "went_badly": "Jeg burde forberedt meg bedre på spørsmål om budsjett.",
            "money": money("750 000 kr i året", ("750000", "NOK", "year")),
            "want_job": ("Usikker", "unsure"),
            "hear_back": ("torsdag", "2026-12-10"),
        },
        forbidden=["Hent Outlook for iOS", "Emne:"],
    )
    d = debrief("Nordlys Shipping", "QA Manager", "Raj Patel", "09:30")
    reply(
        "outlook_word_html_da_block",
        client="Outlook desktop (Windows)",
        language="da",
        day="2026-11-05",
        own="maya@example.org",
        company="Nordlys Shipping",
        shape="HTML only (Word markup), Fra/Sendt block in a bordered div, numbered answers",
        sent="Thu, 5 Nov 2026 18:10:00 +0100",
        prefix="SV:",
        cte="quoted-printable",
        html_only=True,
        text="",
        rich=(
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;} --></style>'
            '</head><body lang="DA" link="#0563C1"><div class="WordSection1">'
            '<p class="MsoNormal">1. 8 ud af 10<o:p></o:p></p>'
            '<p class="MsoNormal">2. Jeg var god til at forklare min teststrategi.<o:p></o:p></p>'
            '<p class="MsoNormal">8. 48.000 kr. om måneden<o:p></o:p></p>'
            '<p class="MsoNormal">11. Ja<o:p></o:p></p>'
            '<p class="MsoNormal">12. på fredag<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Venlig hilsen<br>Maya<o:p></o:p></p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>Fra:</b> followupd &lt;maya@example.org&gt;<br><b>Sendt:</b> 5. november 2026 '
            "17:00<br><b>Til:</b> Maya Example &lt;maya@example.org&gt;<br><b>Emne:</b> "
            + html.escape(subject("Nordlys Shipping"))
            + "<o:p></o:p></p></div>"
            '<p class="MsoNormal">' + as_html(d) + "</p></div></body></html>"
        ),
        answers={
            "rating": ("8 ud af 10", 8),
            "went_well": "Jeg var god til at forklare min teststrategi.",
            "money": money("48.000 kr. om måneden", ("48000", "DKK", "month")),
            "want_job": ("Ja", "yes"),
            "hear_back": ("på fredag", "2026-11-06"),
        },
        forbidden=["Venlig hilsen", "Emne:"],
    )


def _separators_and_attributions() -> None:
    """Issue 9 classes 1, 4, 5 and 6: separator lines, footers, sign-offs and attributions in many languages."""
    d = debrief("Contoso", "Test Automation Lead", "Jane Doe", "17:00")
    reply(
        "samsung_en_original_message_separator",
        client="Samsung Email",
        language="en",
        day="2026-11-10",
        own="maya@example.org",
        company="Contoso",
        shape="top-posted '1)' numbered, mobile footer, '-------- Original message --------' then unquoted history",
        sent="Tue, 10 Nov 2026 19:40:00 +0000",
        cte="base64",
        text=(
            "1) 9\n2) Pairing exercise went really well, we finished early\n5) Exactly the kind of team lead role I want\n"
            "11) Yes\n12) Monday\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\n"
            "From: followupd <maya@example.org> \nDate: 10/11/2026  18:55  (GMT+00:00) \n"
            "To: Maya Example <maya@example.org> \nSubject: " + subject("Contoso") + " \n\n" + d
        ),
        answers={
            "rating": ("9", 9),
            "went_well": "Pairing exercise went really well, we finished early",
            "role": "Exactly the kind of team lead role I want",
            "want_job": ("Yes", "yes"),
            "hear_back": ("Monday", "2026-11-16"),
        },
        forbidden=["Sent from my Galaxy", "Original message", "use the form"],
    )
    d = debrief("Kessel Maschinenbau", "QA-Leitung", "Raj Patel", "14:00")
    reply(
        "gmail_android_de_attribution_after_verb",
        client="Gmail Android",
        language="de",
        day="2026-11-11",
        own="maya.example@gmail.example",
        company="Kessel Maschinenbau",
        shape="top-posted '1:' numbered, attribution with the date after the verb, > quotes",
        sent="Wed, 11 Nov 2026 21:05:00 +0100",
        prefix="Re:",
        cte="quoted-printable",
        text=(
            "1: 6\n3: Die Gehaltsfrage kam zu früh, da war ich unsicher.\n"
            "7: Die Pendelstrecke, vielleicht geht zwei Tage Homeoffice.\n8: Keine Zahlen besprochen\n"
            "12: Ende nächster Woche\n\nfollowupd <maya.example@gmail.example> schrieb am Mi., 11. Nov. 2026, 19:10:\n\n"
            + quote(d)
        ),
        answers={
            "rating": ("6", 6),
            "went_badly": "Die Gehaltsfrage kam zu früh, da war ich unsicher.",
            "reservations": "Die Pendelstrecke, vielleicht geht zwei Tage Homeoffice.",
            "money": money("Keine Zahlen besprochen"),
            "hear_back": ("Ende nächster Woche", "2026-11-20"),
        },
        forbidden=["schrieb am", "use the form"],
    )
    d = debrief("Lucerne Publishing", "Senior Tester", "Jane Doe", "12:00")
    reply(
        "apple_ios_es_footer_numbered",
        client="Apple Mail iOS",
        language="es",
        day="2026-11-06",
        own="maya@example.org",
        company="Lucerne Publishing",
        shape="top-posted '1.-' numbered, 'Enviado desde mi iPhone', attribution then > quotes",
        sent="Fri, 6 Nov 2026 20:02:00 +0100",
        cte="quoted-printable",
        text=(
            "1.- 8\n2.- La parte de pruebas de API, muy fluida\n8.- Hablamos de 45.000 € brutos al año\n"
            "11.- Sí\n12.- el miércoles\n\nEnviado desde mi iPhone\n\n"
            "El 6 nov 2026, a las 19:02, followupd <maya@example.org> escribió:\n\n" + quote(d, "> ")
        ),
        answers={
            "rating": ("8", 8),
            "went_well": "La parte de pruebas de API, muy fluida",
            "money": money("Hablamos de 45.000 € brutos al año", ("45000", "EUR", "year")),
            "want_job": ("Sí", "yes"),
            "hear_back": ("el miércoles", "2026-11-11"),
        },
        forbidden=["Enviado desde mi iPhone", "escribió"],
    )
    d = debrief("Trey Research", "QA Engineer", "Raj Patel", "15:00")
    reply(
        "blackberry_en_original_message",
        client="BlackBerry Hub",
        language="en",
        day="2026-11-24",
        own="maya@example.org",
        company="Trey Research",
        shape="top-posted '#1' numbered, BlackBerry footer and 'Original Message' block",
        sent="Tue, 24 Nov 2026 19:10:00 -0500",
        text=(
            "#1 7\n#6 Small, friendly, lots of ownership\n#11 yes\n#12 early next week\n\n"
            "Sent from my BlackBerry 10 smartphone.\n"
            "  Original Message  \nFrom: followupd\nSent: Tuesday, November 24, 2026 18:20\nTo: Maya Example\n"
            "Subject: " + subject("Trey Research") + "\n\n" + d
        ),
        answers={
            "rating": ("7", 7),
            "company": "Small, friendly, lots of ownership",
            "want_job": ("yes", "yes"),
            "hear_back": ("early next week", "2026-12-01"),
        },
        forbidden=["Sent from my BlackBerry 10 smartphone.", "Original Message"],
    )
    d = debrief("Harbourline Freight", "Service Delivery Manager", "Jane Doe", "11:00")
    reply(
        "notes_en_tabbed_block_disclaimer",
        client="HCL Notes",
        language="en",
        day="2026-11-25",
        own="maya.example@example.org",
        company="Harbourline Freight",
        shape="top-posted 'A1:' numbered, sign-off without dashes with title, phone, web and disclaimer, tabbed block",
        sent="Wed, 25 Nov 2026 19:00:00 +0000",
        cte="quoted-printable",
        crlf=True,
        mailer="Lotus Notes Release 9.0.1",
        text=(
            "A1: 8\nA2: The stakeholder scenario, I had a good real example.\nA9: More senior than my current job and a"
            " shorter commute.\nA11: Yes\nA12: Monday the 30th\n\nRegards,\nMaya Example\nIT Service Delivery\n"
            "Phone: +44 20 7946 0000\nwww.greyfriars-it.example\n\nThis e-mail and any attachments are confidential "
            "and intended solely for the addressee.\n\n\n\nFrom:\tfollowupd <maya.example@example.org>\n"
            "To:\tMaya Example <maya.example@example.org>\nDate:\t25/11/2026 18:45\nSubject:\t"
            + subject("Harbourline Freight")
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("8", 8),
            "went_well": "The stakeholder scenario, I had a good real example.",
            "vs_current": "More senior than my current job and a shorter commute.",
            "want_job": ("Yes", "yes"),
            "hear_back": ("Monday the 30th", "2026-11-30"),
        },
        forbidden=["IT Service Delivery", "+44 20 7946 0000", "intended solely for the addressee"],
    )
    d = debrief("Tovarna Kovina", "Vedoucí testování", "Raj Patel", "10:00")
    reply(
        "emclient_cs_puvodni_zprava",
        client="eM Client",
        language="cs",
        day="2026-11-09",
        own="maya@example.org",
        company="Tovarna Kovina",
        shape="top-posted '1)' numbered, 'Původní zpráva' separator and unquoted history",
        sent="Mon, 9 Nov 2026 19:30:00 +0100",
        prefix="Re:",
        charset="iso-8859-2",
        cte="quoted-printable",
        text=(
            "1) 7\n4) Pohovor vedl příjemný tým, uměla bych si představit spolupráci.\n8) 80 000 Kč měsíčně\n"
            "11) Ano\n12) do pátku\n\nS pozdravem\nMaya\n\n------ Původní zpráva ------\n"
            'Od: "followupd" <maya@example.org>\nKomu: "Maya Example" <maya@example.org>\n'
            "Datum: 09.11.2026 18:40:12\nPředmět: " + subject("Tovarna Kovina") + "\n\n" + d
        ),
        answers={
            "rating": ("7", 7),
            "rapport": "Pohovor vedl příjemný tým, uměla bych si představit spolupráci.",
            "money": money("80 000 Kč měsíčně", ("80000", "CZK", "month")),
            "want_job": ("Ano", "yes"),
            "hear_back": ("do pátku", "2026-11-13"),
        },
        forbidden=["S pozdravem", "Původní zpráva"],
    )
    d = debrief("Hangang Bio", "QA 매니저", "Jane Doe", "16:00")
    reply(
        "naver_ko_original_message",
        client="Naver Mail",
        language="ko",
        day="2026-11-17",
        own="maya@example.org",
        company="Hangang Bio",
        shape="top-posted numbered, Naver '-----Original Message-----' block, base64 EUC-KR",
        sent="Tue, 17 Nov 2026 20:00:00 +0900",
        charset="euc-kr",
        cte="base64",
        text=(
            "1. 8점\n2. 테스트 자동화 경험을 잘 설명했습니다.\n8. 연봉 6,000만 원\n11. 네\n12. 다음 주 금요일\n\n"
            '-----Original Message-----\nFrom: "followupd"<maya@example.org>\nTo: "Maya Example"<maya@example.org>\n'
            "Sent: 2026-11-17 (화) 18:50:12 (GMT+09:00)\nSubject: " + subject("Hangang Bio") + "\n\n" + d
        ),
        answers={
            "rating": ("8점", 8),
            "went_well": "테스트 자동화 경험을 잘 설명했습니다.",
            "money": money("연봉 6,000만 원", ("60000000", "KRW", "year")),
            "want_job": ("네", "yes"),
            "hear_back": ("다음 주 금요일", "2026-11-27"),
        },
        forbidden=["-----Original Message-----", "use the form"],
    )
    d = debrief("Xilin Games", "测试主管", "Raj Patel", "15:00")
    reply(
        "qq_zh_yuanshi_youjian",
        client="QQ Mail",
        language="zh",
        day="2026-11-19",
        own="maya@example.org",
        company="Xilin Games",
        shape="top-posted numbered, QQ '原始邮件' separator and unquoted history, base64 GB18030",
        sent="Thu, 19 Nov 2026 21:00:00 +0800",
        prefix="Re:",
        charset="gb18030",
        cte="base64",
        text=(
            "1. 7分\n3. 系统设计题时间不够。\n8. 月薪3万元\n11. 不确定\n12. 下周一\n\n"
            '------------------ 原始邮件 ------------------\n发件人: "followupd"<maya@example.org>;\n'
            '发送时间: 2026年11月19日(星期四) 晚上6:50\n收件人: "Maya Example"<maya@example.org>;\n'
            "主题: " + subject("Xilin Games") + "\n\n" + d
        ),
        answers={
            "rating": ("7分", 7),
            "went_badly": "系统设计题时间不够。",
            "money": money("月薪3万元", ("30000", "CNY", "month")),
            "want_job": ("不确定", "unsure"),
            "hear_back": ("下周一", "2026-11-23"),
        },
        forbidden=["原始邮件", "use the form"],
    )
    d = debrief("Dnipro Fintech", "QA Lead", "Jane Doe", "14:00")
    reply(
        "gmail_ios_uk_pyshe",
        client="Gmail iOS",
        language="uk",
        day="2026-12-01",
        own="maya.example@gmail.example",
        company="Dnipro Fintech",
        shape="top-posted numbered, attribution ending in 'пише:' wrapped over two lines, > quotes, base64",
        sent="Tue, 1 Dec 2026 20:30:00 +0200",
        cte="base64",
        text=(
            "1. 8\n2. Технічне інтерв'ю пройшло впевнено.\n8. 3 000 доларів на місяць\n11. Так\n12. у п'ятницю\n\n"
            "вт, 1 груд. 2026 р. о 19:05 followupd <maya.example@gmail.example>\nпише:\n\n" + quote(d)
        ),
        answers={
            "rating": ("8", 8),
            "went_well": "Технічне інтерв'ю пройшло впевнено.",
            "money": money("3 000 доларів на місяць", ("3000", "USD", "month")),
            "want_job": ("Так", "yes"),
            "hear_back": ("у п'ятницю", "2026-12-04"),
        },
        forbidden=["пише", "use the form"],
    )
    d = debrief("Wide World Importers", "QA Manager", "Jane Doe and Raj Patel", "13:00")
    reply(
        "gmail_web_en_wrapped_attribution_inline",
        client="Gmail web",
        language="en",
        day="2026-12-02",
        own="maya.example@gmail.example",
        company="Wide World Importers",
        shape="inline under > quotes, Gmail attribution wrapped over two lines, short last answer",
        sent="Wed, 2 Dec 2026 21:15:00 +0000",
        cte="quoted-printable",
        text=(
            "On Wed, Dec 2, 2026 at 6:40 PM followupd <\nmaya.example@gmail.example> wrote:\n\n"
            + inline(
                "Wide World Importers",
                "QA Manager",
                "Jane Doe and Raj Patel",
                "13:00",
                {1: "6", 4: "Hiring Manager Friendly"},
            )
        ),
        answers={"rating": ("6", 6), "rapport": "Hiring Manager Friendly"},
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Cluj Data Labs", "Test Lead", "Raj Patel", "11:00")
    reply(
        "evolution_ro_attribution",
        client="Evolution",
        language="ro",
        day="2026-12-10",
        own="maya@example.org",
        company="Cluj Data Labs",
        shape="top-posted numbered, Romanian attribution, > quotes, LF, 8bit",
        sent="Thu, 10 Dec 2026 20:10:00 +0200",
        mailer="Evolution 3.50.2",
        text=(
            "1. 8\n5. Rolul e foarte aproape de ce caut, cu mult test automation.\n8. 12.000 lei net pe lună\n"
            "11. Da\n12. luni\n\nMulțumesc,\nMaya\n\nPe joi, 10.12.2026 la 18:40 +0000, followupd a scris:\n"
            + quote(d)
        ),
        answers={
            "rating": ("8", 8),
            "role": "Rolul e foarte aproape de ce caut, cu mult test automation.",
            "money": money("12.000 lei net pe lună", ("12000", "RON", "month")),
            "want_job": ("Da", "yes"),
            "hear_back": ("luni", "2026-12-14"),
        },
        forbidden=["a scris", "use the form"],
    )
    d = debrief("Duna Systems", "Tesztvezető", "Jane Doe", "10:00")
    reply(
        "claws_hu_english_attribution",
        client="Claws Mail",
        language="hu",
        day="2026-12-11",
        own="maya@example.org",
        company="Duna Systems",
        shape="top-posted numbered, Claws two-line attribution, > quotes, ISO-8859-2",
        sent="Fri, 11 Dec 2026 19:00:00 +0100",
        charset="iso-8859-2",
        cte="8bit",
        text=(
            "1. 7\n4. Jó volt a hangulat, szívesen dolgoznék velük.\n8. havi bruttó 900 000 Ft\n11. Igen\n12. szerdán\n\n"
            "On Fri, 11 Dec 2026 18:30:00 +0000\nfollowupd <maya@example.org> wrote:\n\n" + quote(d)
        ),
        answers={
            "rating": ("7", 7),
            "rapport": "Jó volt a hangulat, szívesen dolgoznék velük.",
            "money": money("havi bruttó 900 000 Ft", ("900000", "HUF", "month")),
            "want_job": ("Igen", "yes"),
            "hear_back": ("szerdán", "2026-12-16"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Ostsee Medien", "Teamleitung QA", "Raj Patel", "16:30")
    reply(
        "apple_ios_de_footer_paren",
        client="Apple Mail iOS",
        language="de",
        day="2026-12-08",
        own="maya@example.org",
        company="Ostsee Medien",
        shape="top-posted '(1)' numbered, 'Von meinem iPhone gesendet', German attribution, > quotes",
        sent="Tue, 8 Dec 2026 19:20:00 +0100",
        prefix="AW:",
        cte="quoted-printable",
        text=(
            "(1) 8\n(2) Mein Beispiel zur Testpyramide kam gut an.\n(7) Viel Reisetätigkeit – müsste ich klären.\n"
            "(11) Ja\n(12) Donnerstag, den 10.\n\nVon meinem iPhone gesendet\n\n"
            "Am 08.12.2026 um 18:52 schrieb followupd <maya@example.org>:\n\n" + quote(d)
        ),
        answers={
            "rating": ("8", 8),
            "went_well": "Mein Beispiel zur Testpyramide kam gut an.",
            "reservations": "Viel Reisetätigkeit – müsste ich klären.",
            "want_job": ("Ja", "yes"),
            "hear_back": ("Donnerstag, den 10.", "2026-12-10"),
        },
        forbidden=["Von meinem iPhone gesendet", "use the form"],
    )


def _html_only() -> None:
    """Issue 9 class 2: HTML replies, each client with its own history markup."""
    d = debrief("Proseware", "QA Lead", "Jane Doe", "15:00")
    reply(
        "apple_macos_en_html_blockquote",
        client="Apple Mail macOS",
        language="en",
        day="2026-11-12",
        own="maya@example.org",
        company="Proseware",
        shape="HTML only, answers in divs, blockquote type=cite history, emoji",
        sent="Thu, 12 Nov 2026 20:30:00 +0000",
        cte="quoted-printable",
        html_only=True,
        text="",
        rich=(
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word;"><div>1. 8/10 🙂</div><div>2. The live debugging task, '
            "I stayed calm and talked it through.</div><div>6. They publish their postmortems, I love that.</div>"
            "<div>11. Yes</div><div>12. next Tuesday</div><div><br></div><div>Maya</div><div><br>"
            '<blockquote type="cite"><div>On 12 Nov 2026, at 18:40, followupd &lt;maya@example.org&gt; wrote:</div>'
            "<br><div><div>" + as_html(d) + "</div></div></blockquote></div></body></html>"
        ),
        answers={
            "rating": ("8/10 🙂", 8),
            "went_well": "The live debugging task, I stayed calm and talked it through.",
            "company": "They publish their postmortems, I love that.",
            "want_job": ("Yes", "yes"),
            "hear_back": ("next Tuesday", "2026-11-17"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Woodgrove Bank", "Quality Engineering Manager", "Raj Patel", "14:00")
    reply(
        "yahoo_en_html_quoted_div",
        client="Yahoo Mail web",
        language="en",
        day="2026-11-13",
        own="maya.example@yahoo.example",
        company="Woodgrove Bank",
        shape="plain and HTML, 'Q1 -' numbered, yahoo_quoted div history",
        sent="Fri, 13 Nov 2026 21:00:00 +0000",
        cte="quoted-printable",
        text=(
            "Q1 - 7\nQ3 - I rambled on the risk question.\nQ8 - $95,000–$105,000 a year\nQ11 - Not sure\n"
            "Q12 - within two weeks\n\nOn Friday, November 13, 2026 at 06:50:00 PM GMT, followupd "
            "<maya.example@yahoo.example> wrote:\n\n" + quote(d)
        ),
        rich=(
            '<html><head></head><body><div class="ydp3f1e9c2ayahoo-style-wrap" style="font-family:Helvetica;">'
            "<div>Q1 - 7</div><div>Q3 - I rambled on the risk question.</div><div>Q8 - $95,000–$105,000 a year</div>"
            "<div>Q11 - Not sure</div><div>Q12 - within two weeks</div></div>"
            '<div id="yahoo_quoted_8120" class="yahoo_quoted"><div style="font-family:Helvetica;color:#26282a;">'
            "<div>On Friday, November 13, 2026 at 06:50:00 PM GMT, followupd &lt;maya.example@yahoo.example&gt; "
            'wrote:</div><div><br></div><div dir="ltr">' + as_html(d) + "</div></div></div></body></html>"
        ),
        answers={
            "rating": ("7", 7),
            "went_badly": "I rambled on the risk question.",
            "money": money("$95,000–$105,000 a year", ("95000", "USD", "year"), ("105000", "USD", "year")),
            "want_job": ("Not sure", "unsure"),
            "hear_back": ("within two weeks", "2026-11-27"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Graphite Foods", "QA Analyst", "Jane Doe", "10:00")
    reply(
        "gmx_de_html_gesendet_block",
        client="GMX",
        language="de",
        day="2026-12-11",
        own="maya.example@gmx.example",
        company="Graphite Foods",
        shape="HTML only, '1)' numbered, GMX Gesendet/Von block in a quoted div",
        sent="Fri, 11 Dec 2026 20:00:00 +0100",
        prefix="Aw:",
        charset="iso-8859-1",
        cte="quoted-printable",
        html_only=True,
        text="",
        rich=(
            '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>1) 7</div>'
            "<div>2) Die Präsentation meiner Testfälle</div><div>8) 65.000 Euro im Jahr</div>"
            "<div>11) weiß ich noch nicht</div><div>12) nächsten Dienstag</div><div>&nbsp;</div><div>Gruß Maya</div>"
            '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid '
            '#C3D9E5;"><div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Freitag, 11. Dezember 2026 um 18:50 Uhr'
            "<br><b>Von:</b>&nbsp;&quot;followupd&quot; &lt;maya.example@gmx.example&gt;<br><b>An:</b>&nbsp;"
            "maya.example@gmx.example<br><b>Betreff:</b>&nbsp;"
            + html.escape(subject("Graphite Foods"))
            + '</div><div name="quoted-content">'
            + as_html(d)
            + "</div></div></div></body></html>"
        ),
        answers={
            "rating": ("7", 7),
            "went_well": "Die Präsentation meiner Testfälle",
            "money": money("65.000 Euro im Jahr", ("65000", "EUR", "year")),
            "want_job": ("weiß ich noch nicht", "unsure"),
            "hear_back": ("nächsten Dienstag", "2026-12-15"),
        },
        forbidden=["Gruß Maya", "Betreff:"],
    )
    d = debrief("Alpine Ski House", "QA Manager", "Raj Patel", "11:00")
    reply(
        "hey_en_html_tracking_pixel",
        client="HEY",
        language="en",
        day="2026-12-14",
        own="maya@hey.example",
        company="Alpine Ski House",
        shape="HTML only, numbered in divs, blockquote history, tracking pixel",
        sent="Mon, 14 Dec 2026 19:10:00 +0000",
        cte="base64",
        html_only=True,
        text="",
        rich=(
            '<div class="trix-content"><div>1. 8<br>4. Raj and the team lead were warm and sharp, I could work with them.'
            "<br>11. Yes!<br>12. Thursday</div><div><br>Maya</div><br><div>On December 14, 2026, followupd "
            "&lt;maya@hey.example&gt; wrote:<blockquote>" + as_html(d) + "</blockquote></div></div>"
            '<img src="https://track.mailer.example/o/7f3a.gif" width="1" height="1" alt="" style="display:none">'
        ),
        answers={
            "rating": ("8", 8),
            "rapport": "Raj and the team lead were warm and sharp, I could work with them.",
            "want_job": ("Yes!", "yes"),
            "hear_back": ("Thursday", "2026-12-17"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Relecloud", "Staff QA Engineer", "Jane Doe", "16:00")
    reply(
        "superhuman_en_html_pixel",
        client="Superhuman",
        language="en",
        day="2026-12-15",
        own="maya@example.org",
        company="Relecloud",
        shape="plain and HTML, 'A1:' numbered, gmail_quote history, tracking pixel",
        sent="Tue, 15 Dec 2026 20:45:00 +0000",
        cte="quoted-printable",
        text=(
            "A1: 6/10\nA3: Froze a bit on the scaling question.\nA8: $150k–$170k base\nA11: Yes\n"
            "A12: end of the week\n\nOn Tue, Dec 15, 2026 at 6:55 PM, followupd <maya@example.org> wrote:\n\n"
            + quote(d)
        ),
        rich=(
            "<div>A1: 6/10</div><div>A3: Froze a bit on the scaling question.</div><div>A8: $150k–$170k base</div>"
            "<div>A11: Yes</div><div>A12: end of the week</div><br>"
            '<div class="gmail_quote"><div class="gmail_attr">On Tue, Dec 15, 2026 at 6:55 PM, followupd '
            '&lt;maya@example.org&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
            'border-left:1px #ccc solid;padding-left:1ex">' + as_html(d) + "</blockquote></div>"
            '<img src="https://r.superhuman.example/pixel/4c2b.png" width="1" height="1" style="display:none">'
        ),
        answers={
            "rating": ("6/10", 6),
            "went_badly": "Froze a bit on the scaling question.",
            "money": money("$150k–$170k base", ("150000", "USD", None), ("170000", "USD", None)),
            "want_job": ("Yes", "yes"),
            "hear_back": ("end of the week", "2026-12-18"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Coho Winery", "QA Coordinator", "Raj Patel", "09:00")
    reply(
        "zoho_en_html_partial",
        client="Zoho Mail",
        language="en",
        day="2026-12-16",
        own="maya@zoho.example",
        company="Coho Winery",
        shape="HTML only, partial (3 answers), zmail_extra blockquote history",
        sent="Wed, 16 Dec 2026 18:30:00 +0000",
        cte="quoted-printable",
        html_only=True,
        text="",
        rich=(
            '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial;font-size: 10pt;"><div>1. four out of ten</div>'
            "<div>11. No</div><div>12. Monday the 21st</div><div><br></div>"
            '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204);"></div>'
            '<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">'
            "---- On Wed, 16 Dec 2026 18:05:00 +0000 <b>followupd &lt;maya@zoho.example&gt;</b> wrote ---<br></div>"
            '<blockquote style="margin: 0px;">' + as_html(d) + "</blockquote></div></div></body></html>"
        ),
        answers={
            "rating": ("four out of ten", 4),
            "want_job": ("No", "no"),
            "hear_back": ("Monday the 21st", "2026-12-21"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Atelier Garonne", "Responsable QA", "Jane Doe", "14:00")
    reply(
        "thunderbird_fr_html_moz_cite",
        client="Thunderbird",
        language="fr",
        day="2026-12-17",
        own="maya@example.org",
        company="Atelier Garonne",
        shape="HTML only, numbered, moz-cite-prefix and blockquote type=cite, non-breaking spaces",
        sent="Thu, 17 Dec 2026 20:10:00 +0100",
        charset="iso-8859-15",
        cte="quoted-printable",
        html_only=True,
        text="",
        rich=(
            '<html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-15"></head><body>'
            "<p>1. 7/10<br>2. J'ai bien défendu mes choix d'outillage.<br>8. 45&nbsp;000&nbsp;€ par an<br>"
            "11. Je ne sais pas encore<br>12. lundi</p><p>Maya</p>"
            '<div class="moz-cite-prefix">Le 17/12/2026 à 18:40, followupd a écrit&nbsp;:<br></div>'
            '<blockquote type="cite" cite="mid:debrief.7731@example.org">'
            + as_html(d)
            + "</blockquote></body></html>"
        ),
        answers={
            "rating": ("7/10", 7),
            "went_well": "J'ai bien défendu mes choix d'outillage.",
            "money": money("45\u00a0000\u00a0€ par an", ("45000", "EUR", "year")),
            "want_job": ("Je ne sais pas encore", "unsure"),
            "hear_back": ("lundi", "2026-12-21"),
        },
        forbidden=["a écrit", "use the form"],
    )
    d = debrief("Margie's Travel", "QA Lead", "Raj Patel", "13:00")
    reply(
        "outlook_web_en_html_divrplyfwdmsg",
        client="Outlook web",
        language="en",
        day="2026-12-18",
        own="maya@outlook.example",
        company="Margie's Travel",
        shape="HTML only, numbered, divRplyFwdMsg header block after an hr",
        sent="Fri, 18 Dec 2026 19:00:00 +0000",
        cte="quoted-printable",
        html_only=True,
        text="",
        rich=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div class="elementToProof" style="font-family: Aptos, sans-serif;">1. 7<br>5. Lots of test strategy, '
            "less firefighting than now<br>11. Yes<br>12. within 3 business days</div>"
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            "<b>From:</b> followupd &lt;maya@outlook.example&gt;<br><b>Sent:</b> Friday, December 18, 2026 6:30 PM<br>"
            "<b>To:</b> Maya Example &lt;maya@outlook.example&gt;<br><b>Subject:</b> "
            + html.escape(subject("Margie's Travel"))
            + "</font><div>&nbsp;</div></div><div>"
            + as_html(d)
            + "</div></body></html>"
        ),
        answers={
            "rating": ("7", 7),
            "role": "Lots of test strategy, less firefighting than now",
            "want_job": ("Yes", "yes"),
            "hear_back": ("within 3 business days", "2026-12-23"),
        },
        forbidden=["Subject:", "use the form"],
    )


def _everyday() -> None:
    """The user's everyday shapes: numbered on top, inline, bottom-posted, partial, free text, forwards."""
    d = debrief("Northwind Traders", "QA Lead", "Jane Doe", "16:00")
    answers = {
        "rating": ("7/10", 7),
        "went_well": "The test strategy whiteboard session, I was clear and structured.",
        "went_badly": "I undersold my mentoring work. Next time lead with the onboarding program I built.",
        "rapport": "Really well, Jane was easy to talk to and asked good follow-ups.",
        "role": "Owning quality across three squads is very close to what I want.",
        "company": "Profitable, calm, no crunch culture.",
        "reservations": "Office is 50 minutes away; I'll ask about hybrid days.",
        "money": money(
            "$140k base plus a $20k signing bonus", ("140000", "USD", None), ("20000", "USD", None)
        ),
        "vs_current": "A step up in scope and about 15% more pay.",
        "vs_others": "Better than Fabrikam, similar to Contoso.",
        "want_job": ("Yes, definitely", "yes"),
        "hear_back": ("end of next week", "2026-11-13"),
    }
    top = "\n".join(
        f"{n}. {answers[q][0] if isinstance(answers[q], tuple) else answers[q]}"
        for n, q in enumerate(IDS, start=1)
    )
    reply(
        "gmail_web_en_numbered_all",
        client="Gmail web",
        language="en",
        day="2026-11-03",
        own="maya.example@gmail.example",
        company="Northwind Traders",
        shape="top-posted numbered, all twelve answers, plain and HTML, > quotes",
        sent="Tue, 3 Nov 2026 21:30:00 +0000",
        cte="quoted-printable",
        text=top
        + "\n\nMaya\n\nOn Tue, Nov 3, 2026 at 6:30 PM followupd <maya.example@gmail.example> wrote:\n\n"
        + quote(d),
        rich=(
            '<div dir="ltr">' + as_html(top) + "<br><br>Maya</div><br>"
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Nov 3, 2026 at 6:30 PM followupd '
            '&lt;<a href="mailto:maya.example@gmail.example">maya.example@gmail.example</a>&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + as_html(d) + "</blockquote></div>"
        ),
        answers=answers,
        forbidden=["use the form", "Skip anything you like"],
    )
    reply(
        "thunderbird_en_inline_short_last",
        client="Thunderbird",
        language="en",
        day="2026-11-09",
        own="maya@example.org",
        company="Litware",
        shape="inline under > quotes, four answers, short last answer 'Yes'",
        sent="Mon, 9 Nov 2026 20:00:00 +0000",
        mailer="Mozilla Thunderbird",
        text="On 09/11/2026 18:40, followupd wrote:\n"
        + inline(
            "Litware",
            "QA Engineer",
            "Raj Patel",
            "15:00",
            {
                1: "5",
                2: "Good on the Playwright questions.",
                3: "Too slow on the live coding part.",
                11: "Yes",
            },
        ),
        answers={
            "rating": ("5", 5),
            "went_well": "Good on the Playwright questions.",
            "went_badly": "Too slow on the live coding part.",
            "want_job": ("Yes", "yes"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Fourth Coffee", "Test Manager", "Jane Doe", "10:00")
    reply(
        "fastmail_en_bottom_posted",
        client="Fastmail",
        language="en",
        day="2026-12-03",
        own="maya@fastmail.example",
        company="Fourth Coffee",
        shape="bottom-posted numbered answers under the whole quote",
        sent="Thu, 3 Dec 2026 19:05:00 +0000",
        cte="quoted-printable",
        text=(
            "On Thu, 3 Dec 2026, at 18:30, followupd wrote:\n" + quote(d) + "\n\n1. 8.5/10\n"
            "2. The metrics discussion, they liked my defect-escape dashboard.\n"
            "10. Ahead of the Wingtip offer on growth, behind on salary.\n11. yes\n12. by the 10th\n\nMaya"
        ),
        answers={
            "rating": ("8.5/10", 8.5),
            "went_well": "The metrics discussion, they liked my defect-escape dashboard.",
            "vs_others": "Ahead of the Wingtip offer on growth, behind on salary.",
            "want_job": ("yes", "yes"),
            "hear_back": ("by the 10th", "2026-12-10"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    d = debrief("Blue Yonder Airlines", "QA Lead", "Raj Patel", "15:00")
    reply(
        "proton_en_partial_footer",
        client="Proton Mail",
        language="en",
        day="2026-12-04",
        own="maya@proton.example",
        company="Blue Yonder Airlines",
        shape="partial (3 answers) '1 -' numbered, Proton footer, > quotes",
        sent="Fri, 4 Dec 2026 19:30:00 +0000",
        cte="base64",
        text=(
            "1 - 7\n8 - £60-65k\n12 - next week\n\nSent with Proton Mail secure email.\n\n"
            "On Friday, December 4th, 2026 at 18:50, followupd <maya@proton.example> wrote:\n\n" + quote(d)
        ),
        answers={
            "rating": ("7", 7),
            "money": money("£60-65k", ("60000", "GBP", None), ("65000", "GBP", None)),
            "hear_back": ("next week", "2026-12-11"),
        },
        forbidden=["Sent with Proton Mail secure email.", "use the form"],
    )
    d = debrief("Humongous Insurance", "QA Lead", "Jane Doe", "11:00")
    reply(
        "k9_en_out_of_order_footer",
        client="K-9 Mail",
        language="en",
        day="2026-12-07",
        own="maya@example.org",
        company="Humongous Insurance",
        shape="top-posted numbered out of order, K-9 footer, > quotes",
        sent="Mon, 7 Dec 2026 19:00:00 +0000",
        text=(
            "11. yes\n1. 9\n12. Wednesday\n2. Everything on the test automation architecture.\n\n"
            "-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.\n\n"
            "On December 7, 2026 6:30:12 PM UTC, followupd <maya@example.org> wrote:\n" + quote(d)
        ),
        answers={
            "want_job": ("yes", "yes"),
            "rating": ("9", 9),
            "hear_back": ("Wednesday", "2026-12-09"),
            "went_well": "Everything on the test automation architecture.",
        },
        forbidden=["Please excuse my brevity", "use the form"],
    )
    reply(
        "roundcube_de_inline",
        client="Roundcube",
        language="de",
        day="2026-11-16",
        own="maya@example.org",
        company="Elbtal Software",
        shape="inline under > quotes in German, Roundcube attribution",
        sent="Mon, 16 Nov 2026 20:20:00 +0100",
        prefix="Re:",
        charset="iso-8859-1",
        cte="quoted-printable",
        text="Am 16.11.2026 18:45, schrieb followupd:\n"
        + inline(
            "Elbtal Software",
            "QA-Lead",
            "Raj Patel",
            "14:00",
            {
                1: "6 von 10",
                7: "Das Team ist sehr klein, ich wäre allein für alle Tests zuständig.",
                11: "Nein.",
                12: "Mitte nächster Woche",
            },
        )
        + "\n\nGruß\nMaya",
        answers={
            "rating": ("6 von 10", 6),
            "reservations": "Das Team ist sehr klein, ich wäre allein für alle Tests zuständig.",
            "want_job": ("Nein.", "no"),
            "hear_back": ("Mitte nächster Woche", "2026-11-25"),
        },
        forbidden=["schrieb followupd", "use the form"],
    )
    reply(
        "mutt_en_inline_trimmed",
        client="mutt",
        language="en",
        day="2026-12-09",
        own="maya@example.org",
        company="Bellows College",
        shape="inline under > quotes with the unanswered questions deleted, us-ascii 7bit",
        sent="Wed, 9 Dec 2026 19:45:00 +0000",
        charset="us-ascii",
        cte="7bit",
        text=(
            "* followupd <maya@example.org> [2026-12-09 18:30 +0000]:\n> Hi Maya,\n>\n"
            "> Your interview with Bellows College for QA Lead (with Jane Doe) ended at 15:00.\n>\n"
            "> 1. "
            + QUESTIONS[0]
            + "\n\n7\n\n> 3. "
            + QUESTIONS[2]
            + "\n\nI should have asked more about the "
            "release cadence.\n\n> 8. "
            + QUESTIONS[7]
            + "\n\nNo numbers discussed yet.\n\n> 12. "
            + QUESTIONS[11]
            + "\n\nFriday the 18th\n\n-- \nMaya\n"
        ),
        answers={
            "rating": ("7", 7),
            "went_badly": "I should have asked more about the release cadence.",
            "money": money("No numbers discussed yet."),
            "hear_back": ("Friday the 18th", "2026-12-18"),
        },
        forbidden=["ended at 15:00"],
    )
    d = debrief("Southridge Video", "Contract QA Engineer", "Raj Patel", "12:00")
    reply(
        "spark_en_blank_lines_two_paragraphs",
        client="Spark",
        language="en",
        day="2026-12-10",
        own="maya@example.org",
        company="Southridge Video",
        shape="top-posted numbered, answers split by blank lines, a two-paragraph answer, smart quotes",
        sent="Thu, 10 Dec 2026 19:20:00 +0000",
        cte="quoted-printable",
        text=(
            "1. 8\n\n2. The exploratory testing exercise. I found the date bug they’d planted in under five minutes.\n\n"
            "They said it was the fastest anyone had found it.\n\n8. $70/hour on a contract\n\n"
            "12. Tuesday (Dec 15)\n\nOn 10 Dec 2026 at 18:35:10, followupd <maya@example.org> wrote:\n\n"
            + quote(d)
        ),
        answers={
            "rating": ("8", 8),
            "went_well": (
                "The exploratory testing exercise. I found the date bug they’d planted in under five minutes.\n\n"
                "They said it was the fastest anyone had found it."
            ),
            "money": money("$70/hour on a contract", ("70", "USD", "hour")),
            "hear_back": ("Tuesday (Dec 15)", "2026-12-15"),
        },
        forbidden=["use the form", "Skip anything you like"],
    )
    notes = (
        "Quick note before I forget: it went okay, nothing special. The panel was late and rushed, "
        "and I still don't know what the team actually builds. I'll fill in the rest on the weekend."
    )
    d = debrief("VanArsdel", "QA Engineer", "Jane Doe", "16:00")
    reply(
        "tutanota_en_free_text",
        client="Tutanota",
        language="en",
        day="2026-11-24",
        own="maya@tuta.example",
        company="VanArsdel",
        shape="free text only, no numbered or inline answers, > quotes",
        sent="Tue, 24 Nov 2026 20:00:00 +0000",
        text=notes + "\n\n\nOn 24 Nov 2026, 18:05, followupd <maya@tuta.example> wrote:\n" + quote(d),
        answers={},
        notes=notes,
        forbidden=["use the form"],
    )
    d = debrief("Adventure Works", "QA Lead", "Jane Doe", "14:00")
    reply(
        "gmail_web_en_answer_then_forward",
        client="Gmail web",
        language="en",
        day="2026-11-25",
        own="maya.example@gmail.example",
        company="Adventure Works",
        shape="top-posted numbered, then a forwarded recruiter message, then > quotes",
        sent="Wed, 25 Nov 2026 21:00:00 +0000",
        prefix="Fwd: Re:",
        text=(
            "1. 8\n4. Loved Jane, very thoughtful.\n11. Yes\n12. Friday the 4th\n\n"
            "---------- Forwarded message ---------\nFrom: Raj Patel <raj.patel@adventure-works.example>\n"
            "Date: Wed, Nov 25, 2026 at 5:12 PM\nSubject: Next steps\nTo: <maya.example@gmail.example>\n\n"
            "Hi Maya, thanks for your time today. We will share feedback after the team debrief, "
            "and the offer range for this role is set by HR.\n\nOn Wed, Nov 25, 2026 at 6:30 PM followupd "
            "<maya.example@gmail.example> wrote:\n\n" + quote(d)
        ),
        answers={
            "rating": ("8", 8),
            "rapport": "Loved Jane, very thoughtful.",
            "want_job": ("Yes", "yes"),
            "hear_back": ("Friday the 4th", "2026-12-04"),
        },
        forbidden=["thanks for your time today", "set by HR"],
    )
    d = debrief("Wingtip Toys", "Senior SDET", "Raj Patel", "11:00")
    reply(
        "airmail_en_number_on_own_line",
        client="Airmail",
        language="en",
        day="2026-11-18",
        own="maya@example.org",
        company="Wingtip Toys",
        shape="top-posted, each number on its own line with the answer below, Airmail footer",
        sent="Wed, 18 Nov 2026 19:10:00 +0000",
        cte="quoted-printable",
        text=(
            "1.\n7\n\n5.\nHands-on SDET work with a path to lead, pretty close.\n\n11.\nUnsure\n\n12.\nnext week\n\n"
            "Sent with Airmail\n\nOn 18 November 2026 at 18:40:22, followupd (maya@example.org) wrote:\n\n"
            + quote(d)
        ),
        answers={
            "rating": ("7", 7),
            "role": "Hands-on SDET work with a path to lead, pretty close.",
            "want_job": ("Unsure", "unsure"),
            "hear_back": ("next week", "2026-11-27"),
        },
        forbidden=["Sent with Airmail", "use the form"],
    )
    d = debrief("Tejo Digital", "QA Lead", "Jane Doe", "15:00")
    reply(
        "mailspring_ptpt_numbered",
        client="Mailspring",
        language="pt",
        day="2026-12-14",
        own="maya@example.org",
        company="Tejo Digital",
        shape="top-posted numbered in European Portuguese, English client attribution, > quotes",
        sent="Mon, 14 Dec 2026 19:30:00 +0000",
        text=(
            "1. 7 em 10\n6. Gostei muito da cultura de engenharia.\n8. 2.500 € brutos por mês\n11. Sim\n"
            "12. até quarta-feira\n\nCumprimentos,\nMaya\n\n"
            "On Dec 14 2026, at 6:40 pm, followupd <maya@example.org> wrote:\n\n" + quote(d)
        ),
        answers={
            "rating": ("7 em 10", 7),
            "company": "Gostei muito da cultura de engenharia.",
            "money": money("2.500 € brutos por mês", ("2500", "EUR", "month")),
            "want_job": ("Sim", "yes"),
            "hear_back": ("até quarta-feira", "2026-12-16"),
        },
        forbidden=["Cumprimentos", "use the form"],
    )
    d = debrief("Meseta Retail", "Jefa de QA", "Raj Patel", "12:00")
    reply(
        "outlook_win_es_enviado_el_block",
        client="Outlook desktop (Windows)",
        language="es",
        day="2026-11-16",
        own="maya@example.org",
        company="Meseta Retail",
        shape="top-posted '1)' numbered, De/Enviado el block, sign-off with phone",
        sent="Mon, 16 Nov 2026 20:30:00 +0100",
        prefix="RE:",
        charset="windows-1252",
        cte="quoted-printable",
        text=(
            "1) 7\n3) Me costó explicar la estrategia de regresión.\n"
            "8) Entre 38.000 y 42.000 euros brutos anuales\n11) No lo sé todavía\n12) el jueves 19\n\n"
            "Un saludo,\nMaya Example\nTel. 612 345 678\n\n"
            + block(
                ("De", "followupd <maya@example.org>"),
                ("Enviado el", "lunes, 16 de noviembre de 2026 18:00"),
                ("Para", "Maya Example <maya@example.org>"),
                ("Asunto", subject("Meseta Retail")),
            )
            + "\n\n"
            + d
        ),
        answers={
            "rating": ("7", 7),
            "went_badly": "Me costó explicar la estrategia de regresión.",
            "money": money(
                "Entre 38.000 y 42.000 euros brutos anuales",
                ("38000", "EUR", "year"),
                ("42000", "EUR", "year"),
            ),
            "want_job": ("No lo sé todavía", "unsure"),
            "hear_back": ("el jueves 19", "2026-11-19"),
        },
        forbidden=["Un saludo", "612 345 678", "Asunto:"],
    )


if __name__ == "__main__":
    write()
