"""Writes the twelfth held-out reply set (eval12): replies to a followupd debrief with hand-typed expectations."""

from __future__ import annotations

import json
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOT = "followupd <followupd@example.org>"
QUESTIONS = [
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
]
IDS = [
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
]
LINK = "http://127.0.0.1:8765/f/k3v9q2"
TAIL = "Skip anything you like; a later reply fills in or replaces single answers."


def debrief(company: str, role: str, people: str) -> list[str]:
    """The debrief as the user received it (plain text), line by line."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {people}) ended at 17:00.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {LINK}',
        "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)",
        "",
    ]
    for n, q in enumerate(QUESTIONS, 1):
        lines += [f"{n}. {q}", ""]
    return [*lines, TAIL, "-- ", "followupd"]


def quoted(lines: list[str], mark: str = "> ") -> list[str]:
    return [(mark + x).rstrip() if x else mark.rstrip() for x in lines]


def inline(lines: list[str], answers: dict[int, list[str]], mark: str = "> ") -> list[str]:
    """The debrief quoted with the user's answers typed under question n (a blank line either side)."""
    out: list[str] = []
    for x in lines:
        out.append((mark + x).rstrip() if x else mark.rstrip())
        for n, ans in answers.items():
            if x.startswith(f"{n}. ") and x[len(f"{n}. ") :] == QUESTIONS[n - 1]:
                out += ["", *ans, ""]
    return out


HEADERS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "zh": ("发件人", "发送时间", "收件人", "主题"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
}


def outlook_block(lang: str, sent: str, subject: str, sep: str = ":") -> list[str]:
    f, s, t, j = HEADERS[lang]
    return [
        "________________________________",
        f"{f}{sep} followupd <followupd@example.org>",
        f"{s}{sep} {sent}",
        f"{t}{sep} Maya Example <maya@example.test>",
        f"{j}{sep} {subject}",
        "",
    ]


CASES: list[dict] = []


def case(
    name: str,
    *,
    client: str,
    lang: str,
    day: str,
    body: list[str] | str,
    answers: dict,
    forbidden: list[str],
    shape: str,
    html: str | None = None,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    crlf: bool = False,
    free_notes: str = "",
    subject: str = "Re: How did your interview go?",
    own: str = "maya@example.test",
) -> None:
    CASES.append(
        dict(
            name=name,
            client=client,
            lang=lang,
            day=day,
            body=body,
            answers=answers,
            forbidden=forbidden,
            shape=shape,
            html=html,
            charset=charset,
            cte=cte,
            crlf=crlf,
            free_notes=free_notes,
            subject=subject,
            own=own,
        )
    )


def A(text: str, value: object = None) -> dict:
    return {"text": text, "value": value}


def M(text: str, *amounts: tuple[str, str | None, str | None]) -> dict:
    return {
        "text": text,
        "value": {
            "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
            "text": text,
        },
    }


def write(c: dict, n: int) -> None:
    msg = EmailMessage()
    msg["From"] = f"Maya Example <{c['own']}>"
    msg["To"] = BOT
    msg["Subject"] = c["subject"]
    d = date.fromisoformat(c["day"])
    msg["Date"] = f"{d.day + 1 if d.day < 28 else d.day} {d.strftime('%b %Y')} 08:{10 + n:02d}:00 +0100"
    msg["Message-ID"] = f"<eval12-{n:03d}@example.test>"
    msg["In-Reply-To"] = f"<debrief-{n:03d}@example.org>"
    body = c["body"] if isinstance(c["body"], str) else "\n".join(c["body"]) + "\n"
    if c["html"] is None:
        msg.set_content(body, charset=c["charset"], cte=c["cte"])
    elif body.strip():
        msg.set_content(body, charset=c["charset"], cte=c["cte"])
        msg.add_alternative(c["html"], subtype="html", charset=c["charset"], cte=c["cte"])
        msg.set_boundary(f"=_eval12_{n:03d}")
    else:
        msg.set_content(c["html"], subtype="html", charset=c["charset"], cte=c["cte"])
    data = msg.as_bytes(policy=SMTP if c["crlf"] else default)
    (HERE / f"{c['name']}.eml").write_bytes(data)
    expected = {
        "client": c["client"],
        "language": c["lang"],
        "interview_date": c["day"],
        "own_addresses": [c["own"]],
        "shape": c["shape"],
        "free_notes": c["free_notes"],
        "answers": c["answers"],
        "forbidden": c["forbidden"],
    }
    (HERE / f"{c['name']}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


D = debrief("Northwind", "QA Lead", "Jane Doe")
D2 = debrief("Tailspin", "Staff Engineer", "Raj Patel")
D3 = debrief("Fabrikam", "Engineering Manager", "Jane Doe, Raj Patel")
F = ["Skip anything you like", "127.0.0.1:8765"]
SUBJ = "Interview with Northwind: how did it go?"

# 1 Outlook desktop (Windows), English, numbered over German header block; hear back: next week (Mon 2 Nov -> Fri 13 Nov)
case(
    "outlook_win_de_block_numbered",
    client="Outlook desktop (Windows)",
    lang="en",
    day="2026-11-02",
    shape="numbered",
    cte="quoted-printable",
    crlf=True,
    charset="windows-1252",
    body=[
        "1. 7/10",
        "2. The system design part, I drew the whole pipeline without notes.",
        "3. Ran out of time on the SQL question.",
        "4. Jane was friendly and direct. Yes.",
        "8. 72k EUR a year plus bonus",
        "11. Yes",
        "12. Next week",
        "",
        "Viele Grüße",
        "Maya",
        "",
        *outlook_block("de", "Montag, 2. November 2026 18:04", "Wie lief es bei Northwind?"),
        *D,
    ],
    answers={
        "rating": A("7/10", 7),
        "went_well": A("The system design part, I drew the whole pipeline without notes."),
        "went_badly": A("Ran out of time on the SQL question."),
        "rapport": A("Jane was friendly and direct. Yes."),
        "money": M("72k EUR a year plus bonus", ("72000", "EUR", "year")),
        "want_job": A("Yes", "yes"),
        "hear_back": A("Next week", "2026-11-13"),
    },
    forbidden=[*F, "Viele Grüße", "Gesendet:", "What money was discussed?"],
)

# 2 Outlook web, French, header block De/Envoyé, answers with "1 -"; hear back "vendredi" (Tue 3 Nov -> Fri 6 Nov)
case(
    "outlook_web_fr_block",
    client="Outlook web",
    lang="fr",
    day="2026-11-03",
    shape="numbered",
    body=[
        "Bonjour,",
        "",
        "1 - 8 sur 10",
        "2 - Très bon échange sur l'automatisation des tests.",
        "3 - J'ai hésité sur la question de la stratégie de migration.",
        "8 - 55 000 € brut par an",
        "11 - Oui, clairement",
        "12 - vendredi",
        "",
        "Cordialement,",
        "Maya Example",
        "Responsable qualité | Contoso",
        "+33 6 12 34 56 78",
        "www.contoso.example",
        "",
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.",
        "",
        *outlook_block("fr", "mardi 3 novembre 2026 18:02", SUBJ, sep=" :"),
        *D,
    ],
    answers={
        "rating": A("8 sur 10", 8),
        "went_well": A("Très bon échange sur l'automatisation des tests."),
        "went_badly": A("J'ai hésité sur la question de la stratégie de migration."),
        "money": M("55 000 € brut par an", ("55000", "EUR", "year")),
        "want_job": A("Oui, clairement", "yes"),
        "hear_back": A("vendredi", "2026-11-06"),
    },
    forbidden=[*F, "Cordialement", "Responsable qualité", "confidentiels", "Envoyé :"],
)

# 3 Gmail web, English, top-posted numbered, attribution, short last answer "Yes"
case(
    "gmail_web_en_short_last",
    client="Gmail web",
    lang="en",
    day="2026-11-04",
    shape="numbered",
    body=[
        "1) 6",
        "2) Rapport with the panel",
        "3) My answer on flaky tests was too long",
        "11) Yes",
        "",
        "On Wed, Nov 4, 2026 at 6:01 PM followupd <followupd@example.org> wrote:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("6", 6),
        "went_well": A("Rapport with the panel"),
        "went_badly": A("My answer on flaky tests was too long"),
        "want_job": A("Yes", "yes"),
    },
    forbidden=[*F, "wrote:"],
)

# 4 Apple Mail iOS, inline under > quotes, mobile footer
case(
    "apple_ios_inline_quotes",
    client="Apple Mail iOS",
    lang="en",
    day="2026-11-05",
    shape="inline",
    cte="8bit",
    body=[
        "",
        "Sent from my iPhone",
        "",
        "> On 5 Nov 2026, at 18:03, followupd <followupd@example.org> wrote:",
        ">",
        *inline(
            D,
            {
                1: ["Solid 8"],
                4: ["Really well, Jane laughed at my joke about cron jobs 😅"],
                8: ["Nothing concrete, they said the band is “competitive”"],
                11: ["Not sure yet"],
                12: ["Thursday the 12th"],
            },
        ),
    ],
    answers={
        "rating": A("Solid 8", 8),
        "rapport": A("Really well, Jane laughed at my joke about cron jobs 😅"),
        "money": M("Nothing concrete, they said the band is “competitive”"),
        "want_job": A("Not sure yet", "unsure"),
        "hear_back": A("Thursday the 12th", "2026-11-12"),
    },
    forbidden=[*F, "Sent from my iPhone"],
)

# 5 Outlook Spanish client, English answers, De/Enviado el block; hear back by the 20th (Fri 6 Nov -> 20 Nov)
case(
    "outlook_es_block_en",
    client="Outlook desktop (Windows)",
    lang="en",
    day="2026-11-06",
    shape="numbered",
    charset="iso-8859-1",
    body=[
        "Hi,",
        "",
        "1. 9",
        "5. It's exactly the QA leadership role I've been looking for.",
        "6. Small, calm, engineering-led.",
        "7. Commute is long; they offered two home days.",
        "10. Better than the Tailspin offer so far.",
        "12. By the 20th",
        "",
        "Best regards,",
        "Maya",
        "",
        *outlook_block("es", "viernes, 6 de noviembre de 2026 18:05", SUBJ),
        *D,
    ],
    answers={
        "rating": A("9", 9),
        "role": A("It's exactly the QA leadership role I've been looking for."),
        "company": A("Small, calm, engineering-led."),
        "reservations": A("Commute is long; they offered two home days."),
        "vs_others": A("Better than the Tailspin offer so far."),
        "hear_back": A("By the 20th", "2026-11-20"),
    },
    forbidden=[*F, "Best regards", "Enviado el:", "What do you like about the company?"],
)

# 6 Dutch Outlook, Van/Verzonden, Dutch answers
case(
    "outlook_nl_block",
    client="Outlook desktop (Mac)",
    lang="nl",
    day="2026-11-09",
    shape="numbered",
    body=[
        "1. 7",
        "2. Het technische gesprek ging goed.",
        "3. Ik was nerveus bij de presentatie.",
        "8. Tussen 60.000 en 65.000 euro per jaar",
        "11. Ja",
        "12. volgende week",
        "",
        "Met vriendelijke groet,",
        "Maya Example",
        "",
        *outlook_block("nl", "maandag 9 november 2026 18:03", SUBJ),
        *D,
    ],
    answers={
        "rating": A("7", 7),
        "went_well": A("Het technische gesprek ging goed."),
        "went_badly": A("Ik was nerveus bij de presentatie."),
        "money": M(
            "Tussen 60.000 en 65.000 euro per jaar", ("60000", "EUR", "year"), ("65000", "EUR", "year")
        ),
        "want_job": A("Ja", "yes"),
        "hear_back": A("volgende week", "2026-11-20"),
    },
    forbidden=[*F, "Met vriendelijke groet", "Verzonden:"],
)

# 7 Outlook Chinese, 发件人 block, Chinese answers, GB18030 base64
case(
    "outlook_zh_block",
    client="Outlook desktop (Windows)",
    lang="zh",
    day="2026-11-10",
    shape="numbered",
    charset="gb18030",
    cte="base64",
    body=[
        "1. 8分",
        "2. 技术面试回答得很流畅。",
        "4. 面试官很友好，愿意和他们共事。",
        "8. 月薪三万五人民币",
        "11. 想要",
        "12. 下周五",
        "",
        "发自我的 iPhone",
        "",
        *outlook_block("zh", "2026年11月10日 18:04", SUBJ),
        *D,
    ],
    answers={
        "rating": A("8分", 8),
        "went_well": A("技术面试回答得很流畅。"),
        "rapport": A("面试官很友好，愿意和他们共事。"),
        "money": M("月薪三万五人民币", ("35000", "CNY", "month")),
        "want_job": A("想要", "yes"),
        "hear_back": A("下周五", "2026-11-20"),
    },
    forbidden=[*F, "发自我的 iPhone", "发送时间"],
)

# 8 Swedish Outlook iOS, Från/Skickat, Swedish
case(
    "outlook_ios_sv_block",
    client="Outlook iOS",
    lang="sv",
    day="2026-11-11",
    shape="numbered",
    charset="iso-8859-1",
    cte="8bit",
    body=[
        "1. 6 av 10",
        "3. Fallstudien gick trögt.",
        "11. Vet inte än",
        "12. inom två veckor",
        "",
        "Hämta Outlook för iOS",
        "",
        *outlook_block("sv", "den 11 november 2026 18:06", SUBJ),
        *D,
    ],
    answers={
        "rating": A("6 av 10", 6),
        "went_badly": A("Fallstudien gick trögt."),
        "want_job": A("Vet inte än", "unsure"),
        "hear_back": A("inom två veckor", "2026-11-25"),
    },
    forbidden=[*F, "Hämta Outlook för iOS", "Skickat:"],
)

# 9 Polish Outlook Android, Od/Wysłano
case(
    "outlook_android_pl_block",
    client="Outlook Android",
    lang="pl",
    day="2026-11-12",
    shape="numbered",
    charset="iso-8859-2",
    cte="quoted-printable",
    body=[
        "1. 7/10",
        "2. Dobrze poszło zadanie z testów API.",
        "8. 18 000 zł brutto miesięcznie",
        "11. Tak",
        "12. do piątku",
        "",
        "Pobierz aplikację Outlook dla systemu Android",
        "",
        *outlook_block("pl", "czwartek, 12 listopada 2026 18:02", SUBJ),
        *D,
    ],
    answers={
        "rating": A("7/10", 7),
        "went_well": A("Dobrze poszło zadanie z testów API."),
        "money": M("18 000 zł brutto miesięcznie", ("18000", "PLN", "month")),
        "want_job": A("Tak", "yes"),
        "hear_back": A("do piątku", "2026-11-13"),
    },
    forbidden=[*F, "Pobierz aplikację Outlook", "Wysłano:"],
)

# 10 Italian Outlook, Da/Inviato, separator-free, Italian
case(
    "outlook_it_block",
    client="Outlook desktop (Windows)",
    lang="it",
    day="2026-11-13",
    shape="numbered",
    charset="iso-8859-15",
    body=[
        "1) Otto su dieci",
        "4) Ottimo rapporto con Jane.",
        "6) Mi piace la cultura aziendale.",
        "11) Sì",
        "12) la settimana prossima",
        "",
        "Cordiali saluti",
        "Maya",
        "",
        *outlook_block("it", "venerdì 13 novembre 2026 18:01", SUBJ),
        *D,
    ],
    answers={
        "rating": A("Otto su dieci", 8),
        "rapport": A("Ottimo rapporto con Jane."),
        "company": A("Mi piace la cultura aziendale."),
        "want_job": A("Sì", "yes"),
        "hear_back": A("la settimana prossima", "2026-11-20"),
    },
    forbidden=[*F, "Cordiali saluti", "Inviato:"],
)

# 11 BlackBerry Hub, separator "Original Message", English
case(
    "blackberry_separator",
    client="BlackBerry Hub",
    lang="en",
    day="2026-11-16",
    shape="numbered",
    body=[
        "1 - 5",
        "3 - The whiteboard coding went badly, I froze.",
        "11 - No",
        "",
        "Sent from my BlackBerry 10 smartphone.",
        "  Original Message  ",
        "From: followupd",
        "Sent: Monday, 16 November 2026 18:02",
        "To: Maya Example",
        "Subject: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("5", 5),
        "went_badly": A("The whiteboard coding went badly, I froze."),
        "want_job": A("No", "no"),
    },
    forbidden=[*F, "Sent from my BlackBerry", "Original Message"],
)

# 12 Gmail Android, German, date-after-verb attribution wrapped; "Q1 -" numbering
case(
    "gmail_android_de_wrapped",
    client="Gmail Android",
    lang="de",
    day="2026-11-17",
    shape="numbered",
    cte="8bit",
    body=[
        "Q1 - 8",
        "Q2 - Die Architekturfragen lagen mir.",
        "Q8 - 70.000 € im Jahr plus Bonus",
        "Q11 - Ja",
        "Q12 - nächste Woche Mittwoch",
        "",
        "followupd <followupd@example.org> schrieb am Di., 17. Nov. 2026,",
        "18:03:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("8", 8),
        "went_well": A("Die Architekturfragen lagen mir."),
        "money": M("70.000 € im Jahr plus Bonus", ("70000", "EUR", "year")),
        "want_job": A("Ja", "yes"),
        "hear_back": A("nächste Woche Mittwoch", "2026-11-25"),
    },
    forbidden=[*F, "schrieb am"],
)

# 13 Thunderbird HTML-only with moz-cite-prefix
TB_HTML = (
    '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
    "<p>(1) 7<br>(2) Good discussion of test pyramids.<br>(7) Salary range unclear.<br>(11) Not sure</p>"
    '<div class="moz-cite-prefix">On 18/11/2026 18:04, followupd wrote:<br></div>'
    '<blockquote type="cite"><pre class="moz-quote-pre">' + "\n".join(D) + "</pre></blockquote>"
    "</body></html>"
)
case(
    "thunderbird_html_only",
    client="Thunderbird",
    lang="en",
    day="2026-11-18",
    shape="numbered",
    body="",
    html=TB_HTML,
    answers={
        "rating": A("7", 7),
        "went_well": A("Good discussion of test pyramids."),
        "reservations": A("Salary range unclear."),
        "want_job": A("Not sure", "unsure"),
    },
    forbidden=[*F, "followupd wrote:"],
)

# 14 Gmail web HTML only with gmail_quote, Spanish
GM_HTML = (
    '<div dir="ltr"><div>1.- 9 de 10</div><div>2.- La prueba técnica salió muy bien.</div>'
    "<div>8.- 45.000 € brutos al año</div><div>11.- Sí</div><div>12.- la semana que viene</div></div>"
    '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">El jue, 19 nov 2026 a las 18:05, '
    'followupd (&lt;followupd@example.org&gt;) escribió:<br></div><blockquote class="gmail_quote" '
    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    + "<br>".join(D)
    + "</blockquote></div>"
)
case(
    "gmail_web_es_html_only",
    client="Gmail web",
    lang="es",
    day="2026-11-19",
    shape="numbered",
    body="",
    html=GM_HTML,
    cte="base64",
    answers={
        "rating": A("9 de 10", 9),
        "went_well": A("La prueba técnica salió muy bien."),
        "money": M("45.000 € brutos al año", ("45000", "EUR", "year")),
        "want_job": A("Sí", "yes"),
        "hear_back": A("la semana que viene", "2026-11-27"),
    },
    forbidden=[*F, "escribió:"],
)

# 15 Apple Mail macOS HTML-only, blockquote type=cite
AP_HTML = (
    '<html><body style="word-wrap: break-word;"><div>1. 8/10</div><div>4. Raj was great, we clicked.</div>'
    "<div>5. Very close to what I want: hands-on plus leading.</div><div>11. Yes</div>"
    '<div><br><blockquote type="cite"><div>On 20 Nov 2026, at 18:02, followupd &lt;followupd@example.org&gt; '
    "wrote:</div><br><div>" + "<br>".join(D2) + "</div></blockquote></div></body></html>"
)
case(
    "apple_mac_html_only",
    client="Apple Mail macOS",
    lang="en",
    day="2026-11-20",
    shape="numbered",
    body="",
    html=AP_HTML,
    answers={
        "rating": A("8/10", 8),
        "rapport": A("Raj was great, we clicked."),
        "role": A("Very close to what I want: hands-on plus leading."),
        "want_job": A("Yes", "yes"),
    },
    forbidden=[*F, "Staff Engineer (with Raj Patel)"],
)

# 16 Yahoo HTML-only, yahoo_quoted div
YH_HTML = (
    '<html><body><div class="ydp3a9yahoo-style-wrap"><div>1: 6</div><div>3: I mumbled through the '
    "budget question.</div><div>8: $120k a year</div><div>12: Friday</div></div>"
    '<div id="yahoo_quoted_1234" class="yahoo_quoted"><div style="font-family:Helvetica;">'
    "<div>On Monday, November 23, 2026, 6:03 PM, followupd &lt;followupd@example.org&gt; wrote:</div>"
    "<div><br></div><div>" + "<br>".join(D3) + "</div></div></div></body></html>"
)
case(
    "yahoo_html_only",
    client="Yahoo Mail web",
    lang="en",
    day="2026-11-23",
    shape="numbered",
    body="",
    html=YH_HTML,
    answers={
        "rating": A("6", 6),
        "went_badly": A("I mumbled through the budget question."),
        "money": M("$120k a year", ("120000", "USD", "year")),
        "hear_back": A("Friday", "2026-11-27"),
    },
    forbidden=[*F, "followupd@example.org> wrote:"],
)

# 17 Outlook desktop Word HTML only with divRplyFwdMsg and tracking pixel
OW_HTML = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0cm}</style>'
    '</head><body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal">1. 7<o:p></o:p></p>'
    '<p class="MsoNormal">2. Strong on test strategy.<o:p></o:p></p>'
    '<p class="MsoNormal">10. It ranks second after Fabrikam.<o:p></o:p></p>'
    '<p class="MsoNormal">11. Unsure<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    '<p class="MsoNormal">Kind regards,<br>Maya Example<br>Senior QA Engineer<br>T +44 20 7946 0000'
    '<o:p></o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
    '<p class="MsoNormal"><b>From:</b> followupd &lt;followupd@example.org&gt;<br><b>Sent:</b> Tuesday, '
    "24 November 2026 18:04<br><b>To:</b> Maya Example &lt;maya@example.test&gt;<br><b>Subject:</b> "
    + SUBJ
    + '</p></div><p class="MsoNormal">'
    + "<br>".join(D)
    + "</p></div>"
    '<img src="https://t.example/p.gif?id=9" width="1" height="1"></body></html>'
)
case(
    "outlook_word_html_only",
    client="Outlook desktop (Windows)",
    lang="en",
    day="2026-11-24",
    shape="numbered",
    body="",
    html=OW_HTML,
    crlf=True,
    answers={
        "rating": A("7", 7),
        "went_well": A("Strong on test strategy."),
        "vs_others": A("It ranks second after Fabrikam."),
        "want_job": A("Unsure", "unsure"),
    },
    forbidden=[*F, "Kind regards", "Senior QA Engineer", "T +44 20 7946 0000"],
)

# 18 Samsung Email, Korean client footer, Korean answers, separator 원본 이메일
case(
    "samsung_ko",
    client="Samsung Email",
    lang="ko",
    day="2026-11-25",
    shape="numbered",
    charset="euc-kr",
    cte="base64",
    body=[
        "1. 7점",
        "2. 코딩 테스트를 잘 봤어요.",
        "8. 연봉 6,500만 원",
        "11. 네",
        "12. 다음 주 수요일",
        "",
        "삼성 갤럭시 스마트폰에서 보냈습니다.",
        "",
        "-------- 원본 이메일 --------",
        "발신: followupd <followupd@example.org>",
        "날짜: 2026/11/25 18:03 (GMT+09:00)",
        "받은사람: maya@example.test",
        "제목: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("7점", 7),
        "went_well": A("코딩 테스트를 잘 봤어요."),
        "money": M("연봉 6,500만 원", ("65000000", "KRW", "year")),
        "want_job": A("네", "yes"),
        "hear_back": A("다음 주 수요일", "2026-12-02"),
    },
    forbidden=[*F, "삼성 갤럭시 스마트폰에서 보냈습니다", "원본 이메일"],
)

# 19 mutt, inline under > quotes, bottom sign "-- "
case(
    "mutt_inline",
    client="mutt",
    lang="en",
    day="2026-11-26",
    shape="inline",
    cte="7bit",
    charset="us-ascii",
    body=[
        "* followupd <followupd@example.org> [2026-11-26 18:02]:",
        *inline(
            D,
            {
                1: ["7.5"],
                3: ["Too much detail on the legacy system,", "not enough on outcomes."],
                9: ["Better scope than my current job, similar pay."],
                11: ["yes"],
                12: ["Tuesday the 1st"],
            },
        ),
        "",
        "-- ",
        "Maya",
        "",
    ],
    answers={
        "rating": A("7.5", 7.5),
        "went_badly": A("Too much detail on the legacy system, not enough on outcomes."),
        "vs_current": A("Better scope than my current job, similar pay."),
        "want_job": A("yes", "yes"),
        "hear_back": A("Tuesday the 1st", "2026-12-01"),
    },
    forbidden=F,
)

# 20 K-9 Mail, bottom-posted
case(
    "k9_bottom_posted",
    client="K-9 Mail",
    lang="en",
    day="2026-11-27",
    shape="numbered",
    cte="8bit",
    body=[
        "On 27 November 2026 18:05:11 CET, followupd <followupd@example.org> wrote:",
        *quoted(D),
        "",
        "1 ) 8",
        "2 ) Demo of my test framework landed well",
        "12 ) Within 10 days",
        "",
        "-- ",
        "Sent from my Android device with K-9 Mail. Please excuse my brevity.",
        "",
    ],
    answers={
        "rating": A("8", 8),
        "went_well": A("Demo of my test framework landed well"),
        "hear_back": A("Within 10 days", "2026-12-07"),
    },
    forbidden=[*F, "K-9 Mail", "excuse my brevity"],
)

# 21 Gmail iOS, pt-BR, Portuguese attribution
case(
    "gmail_ios_pt_br",
    client="Gmail iOS",
    lang="pt",
    day="2026-11-30",
    shape="numbered",
    body=[
        "1. Nota 8",
        "2. Fui bem na parte de automação.",
        "8. R$ 18 mil por mês",
        "11. Sim",
        "12. até sexta",
        "",
        "Enviado do meu iPhone",
        "",
        "Em seg., 30 de nov. de 2026 às 18:04, followupd <followupd@example.org> escreveu:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("Nota 8", 8),
        "went_well": A("Fui bem na parte de automação."),
        "money": M("R$ 18 mil por mês", ("18000", "BRL", "month")),
        "want_job": A("Sim", "yes"),
        "hear_back": A("até sexta", "2026-12-04"),
    },
    forbidden=[*F, "Enviado do meu iPhone", "escreveu:"],
)

# 22 Outlook pt-PT block De/Enviado
case(
    "outlook_pt_pt_block",
    client="Outlook web",
    lang="pt",
    day="2026-12-01",
    shape="numbered",
    charset="iso-8859-1",
    body=[
        "1 - 6",
        "3 - A pergunta sobre gestão de equipas correu mal.",
        "11 - Não sei",
        "12 - na próxima semana",
        "",
        "Com os melhores cumprimentos,",
        "Maya",
        "",
        *outlook_block("pt", "terça-feira, 1 de dezembro de 2026 18:03", SUBJ),
        *D,
    ],
    answers={
        "rating": A("6", 6),
        "went_badly": A("A pergunta sobre gestão de equipas correu mal."),
        "want_job": A("Não sei", "unsure"),
        "hear_back": A("na próxima semana", "2026-12-11"),
    },
    forbidden=[*F, "Com os melhores cumprimentos", "Enviado:"],
)

# 23 Proton Mail, English, plain numbered with Proton footer
case(
    "proton_numbered",
    client="Proton Mail",
    lang="en",
    day="2026-12-02",
    shape="numbered",
    body=[
        "Hi,",
        "",
        "1. 9/10",
        "2. The pairing exercise. We fixed a real bug together.",
        "4. Great. Raj and I think alike about tests.",
        "6. Remote-first and they publish their postmortems.",
        "8. £85,000 per year",
        "11. Yes!",
        "12. by Monday",
        "",
        "Sent with Proton Mail secure email.",
        "",
        "On Wednesday, December 2nd, 2026 at 6:02 PM, followupd <followupd@example.org> wrote:",
        "",
        *quoted(D2),
    ],
    answers={
        "rating": A("9/10", 9),
        "went_well": A("The pairing exercise. We fixed a real bug together."),
        "rapport": A("Great. Raj and I think alike about tests."),
        "company": A("Remote-first and they publish their postmortems."),
        "money": M("£85,000 per year", ("85000", "GBP", "year")),
        "want_job": A("Yes!", "yes"),
        "hear_back": A("by Monday", "2026-12-07"),
    },
    forbidden=[*F, "Sent with Proton Mail", "Proton Mail secure email"],
)

# 24 Fastmail, inline under quotes, partial
case(
    "fastmail_inline_partial",
    client="Fastmail",
    lang="en",
    day="2026-12-03",
    shape="inline",
    body=[
        "On Thu, 3 Dec 2026, at 18:05, followupd wrote:",
        *inline(
            D3, {1: ["Eight out of ten"], 7: ["Team is new; I'd ask to meet the other leads."], 11: ["Yes"]}
        ),
    ],
    answers={
        "rating": A("Eight out of ten", 8),
        "reservations": A("Team is new; I'd ask to meet the other leads."),
        "want_job": A("Yes", "yes"),
    },
    forbidden=F,
)

# 25 Roundcube, German, inline, date-after-verb attribution
case(
    "roundcube_de_inline",
    client="Roundcube",
    lang="de",
    day="2026-12-04",
    shape="inline",
    charset="iso-8859-15",
    body=[
        "Hallo,",
        "",
        "Am 04.12.2026 18:03, schrieb followupd:",
        *inline(
            D,
            {
                1: ["6 von 10"],
                3: ["Die Gehaltsfrage kam überraschend."],
                8: ["Nichts Konkretes besprochen"],
                11: ["Nein, eher nicht"],
                12: ["Ende nächster Woche"],
            },
        ),
    ],
    answers={
        "rating": A("6 von 10", 6),
        "went_badly": A("Die Gehaltsfrage kam überraschend."),
        "money": M("Nichts Konkretes besprochen"),
        "want_job": A("Nein, eher nicht", "no"),
        "hear_back": A("Ende nächster Woche", "2026-12-11"),
    },
    forbidden=[*F, "schrieb followupd"],
)

# 26 Spark, free text only
case(
    "spark_free_text",
    client="Spark",
    lang="en",
    day="2026-12-07",
    shape="free",
    body=[
        "Quick one: it went fine, nothing special. I'll fill in the form tonight.",
        "",
        "Sent with Spark",
        "On 7 Dec 2026, 18:04 +0000, followupd <followupd@example.org>, wrote:",
        *quoted(D),
    ],
    answers={},
    free_notes="Quick one: it went fine, nothing special. I'll fill in the form tonight.",
    forbidden=[*F, "Sent with Spark"],
)

# 27 Airmail, "Question 1:" answers on next line
case(
    "airmail_question_label",
    client="Airmail",
    lang="en",
    day="2026-12-08",
    shape="numbered",
    body=[
        "Question 1:",
        "7",
        "",
        "Question 5:",
        "Team lead with hands-on testing, so quite close.",
        "",
        "Question 12:",
        "end of next week",
        "",
        "Maya",
        "",
        "On 8 December 2026 at 18:03:10, followupd (followupd@example.org) wrote:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("7", 7),
        "role": A("Team lead with hands-on testing, so quite close."),
        "hear_back": A("end of next week", "2026-12-18"),
    },
    forbidden=F,
)

# 28 Zoho Mail HTML, English with Zoho quote
ZH_HTML = (
    '<div style="font-family: Verdana;"><div>#1 8</div><div>#2 Explaining our release process</div>'
    '<div>#11 Yes</div><div><br></div><div id="Zm-_Id_-Sgn">Maya</div><div class="zmail_extra_hr" '
    'style="border-top: 1px solid rgb(204, 204, 204);"></div><div class="zmail_extra">'
    '<div><br></div><div id="Zm-_Id_-Sgn1">---- On Wed, 09 Dec 2026 18:02:00 +0000 <b>followupd '
    '&lt;followupd@example.org&gt;</b> wrote ---</div><blockquote style="border-left: 1px solid '
    'rgb(204,204,204);">' + "<br>".join(D) + "</blockquote></div></div>"
)
case(
    "zoho_html_only",
    client="Zoho Mail",
    lang="en",
    day="2026-12-09",
    shape="numbered",
    body="",
    html=ZH_HTML,
    answers={
        "rating": A("8", 8),
        "went_well": A("Explaining our release process"),
        "want_job": A("Yes", "yes"),
    },
    forbidden=[*F, "wrote ---"],
)

# 29 GMX, German, Gesendet block, 8bit
case(
    "gmx_de_block",
    client="GMX",
    lang="de",
    day="2026-12-10",
    shape="numbered",
    charset="iso-8859-1",
    cte="8bit",
    body=[
        "1. 7",
        "2. Gute Fragen zu Testautomatisierung beantwortet.",
        "8. 68.000 Euro brutto jährlich",
        "11. Ja, auf jeden Fall",
        "12. bis zum 18.",
        "",
        "Liebe Grüße",
        "Maya",
        "",
        "",
        "Gesendet: Donnerstag, 10. Dezember 2026 um 18:03 Uhr",
        'Von: "followupd" <followupd@example.org>',
        "An: maya@example.test",
        "Betreff: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("7", 7),
        "went_well": A("Gute Fragen zu Testautomatisierung beantwortet."),
        "money": M("68.000 Euro brutto jährlich", ("68000", "EUR", "year")),
        "want_job": A("Ja, auf jeden Fall", "yes"),
        "hear_back": A("bis zum 18.", "2026-12-18"),
    },
    forbidden=[*F, "Liebe Grüße", "Gesendet: Donnerstag"],
)

# 30 Yandex, Russian, date-first attribution
case(
    "yandex_ru",
    client="Yandex Mail",
    lang="ru",
    day="2026-12-11",
    shape="numbered",
    charset="koi8-r",
    cte="base64",
    body=[
        "1. 8 из 10",
        "2. Хорошо рассказала про автотесты.",
        "8. 250 тысяч рублей в месяц",
        "11. Да",
        "12. в среду",
        "",
        "-- ",
        "Отправлено из мобильной Яндекс Почты",
        "",
        '11.12.2026, 18:04, "followupd" <followupd@example.org>:',
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("8 из 10", 8),
        "went_well": A("Хорошо рассказала про автотесты."),
        "money": M("250 тысяч рублей в месяц", ("250000", "RUB", "month")),
        "want_job": A("Да", "yes"),
        "hear_back": A("в среду", "2026-12-16"),
    },
    forbidden=[*F, "Отправлено из мобильной"],
)

# 31 HEY, numbered "1:" with emoji
case(
    "hey_numbered",
    client="HEY",
    lang="en",
    day="2026-12-14",
    shape="numbered",
    body=[
        "1: 10 🎉",
        "2: Everything clicked",
        "11: Yes yes yes",
        "12: Thursday the 17th",
        "",
        "On December 14, 2026, followupd <followupd@example.org> wrote:",
        *quoted(D),
    ],
    answers={
        "rating": A("10 🎉", 10),
        "went_well": A("Everything clicked"),
        "want_job": A("Yes yes yes", "yes"),
        "hear_back": A("Thursday the 17th", "2026-12-17"),
    },
    forbidden=F,
)

# 32 Superhuman HTML with tracking pixel
SH_HTML = (
    "<html><body><div>1. 7<br>3. I should have asked more about on-call.<br>11. Both the team and the "
    'product appeal, so yes<br><br>Maya</div><img width="0" height="0" '
    'src="https://r.superhuman.example/abc.gif" style="display:none"><br><div class="gmail_quote">'
    "On Tue, Dec 15, 2026 at 6:04 PM followupd &lt;followupd@example.org&gt; wrote:<br><blockquote "
    'class="gmail_quote">' + "<br>".join(D) + "</blockquote></div></body></html>"
)
case(
    "superhuman_html_pixel",
    client="Superhuman",
    lang="en",
    day="2026-12-15",
    shape="numbered",
    html=SH_HTML,
    body=[
        "1. 7",
        "3. I should have asked more about on-call.",
        "11. Both the team and the product appeal, so yes",
        "",
        "Maya",
        "",
        "On Tue, Dec 15, 2026 at 6:04 PM followupd <followupd@example.org> wrote:",
        *quoted(D),
    ],
    answers={
        "rating": A("7", 7),
        "went_badly": A("I should have asked more about on-call."),
        "want_job": A("Both the team and the product appeal, so yes", "yes"),
    },
    forbidden=F,
)

# 33 Lotus Notes, unquoted tabbed history
case(
    "notes_history",
    client="HCL Notes",
    lang="en",
    day="2026-12-16",
    shape="numbered",
    crlf=True,
    body=[
        "1. 6",
        "3. I undersold my automation work.",
        "4. Hiring Manager Friendly",
        "",
        "",
        "",
        "From:\tfollowupd <followupd@example.org>",
        "To:\tMaya Example/Contoso",
        "Date:\t16.12.2026 18:03",
        "Subject:\t" + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("6", 6),
        "went_badly": A("I undersold my automation work."),
        "rapport": A("Hiring Manager Friendly"),
    },
    forbidden=[*F, "Subject:"],
)

# 34 Evolution, inline, Czech
case(
    "evolution_cs_inline",
    client="Evolution",
    lang="cs",
    day="2026-12-17",
    shape="inline",
    charset="iso-8859-2",
    body=[
        "Dne Čt, 17. 12. 2026 v 18:02 +0100, followupd napsal(a):",
        *inline(D, {1: ["7 z 10"], 2: ["Technická část šla dobře."], 11: ["Ano"], 12: ["příští týden"]}),
    ],
    answers={
        "rating": A("7 z 10", 7),
        "went_well": A("Technická část šla dobře."),
        "want_job": A("Ano", "yes"),
        "hear_back": A("příští týden", "2026-12-25"),
    },
    forbidden=[*F, "napsal(a):"],
)

# 35 Claws Mail, Danish, numbered
case(
    "claws_da",
    client="Claws Mail",
    lang="da",
    day="2026-12-18",
    shape="numbered",
    charset="iso-8859-1",
    body=[
        "1. 8",
        "4. Godt, de var meget imødekommende.",
        "8. 52.000 kr. om måneden",
        "11. Ja",
        "12. om to uger",
        "",
        "Mvh. Maya",
        "",
        "On Fri, 18 Dec 2026 18:03:00 +0100",
        "followupd <followupd@example.org> wrote:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("8", 8),
        "rapport": A("Godt, de var meget imødekommende."),
        "money": M("52.000 kr. om måneden", ("52000", "DKK", "month")),
        "want_job": A("Ja", "yes"),
        "hear_back": A("om to uger", "2027-01-01"),
    },
    forbidden=[*F, "Mvh. Maya"],
)

# 36 Tutanota, Norwegian
case(
    "tutanota_nb",
    client="Tutanota",
    lang="no",
    day="2026-11-02",
    shape="numbered",
    body=[
        "1) 7",
        "3) Jeg snakket for fort.",
        "11) Usikker",
        "12) neste uke",
        "",
        "Hilsen Maya",
        "",
        "2. nov. 2026, 18:04 fra followupd@example.org:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("7", 7),
        "went_badly": A("Jeg snakket for fort."),
        "want_job": A("Usikker", "unsure"),
        "hear_back": A("neste uke", "2026-11-13"),
    },
    forbidden=[*F, "Hilsen Maya"],
)

# 37 Mailspring, Finnish
case(
    "mailspring_fi",
    client="Mailspring",
    lang="fi",
    day="2026-11-03",
    shape="numbered",
    body=[
        "1. 9",
        "2. Tekninen osuus meni hyvin.",
        "8. 5 000 euroa kuukaudessa",
        "11. Kyllä",
        "12. ensi viikolla",
        "",
        "On Nov 3 2026, at 6:03 pm, followupd <followupd@example.org> wrote:",
        *quoted(D),
    ],
    answers={
        "rating": A("9", 9),
        "went_well": A("Tekninen osuus meni hyvin."),
        "money": M("5 000 euroa kuukaudessa", ("5000", "EUR", "month")),
        "want_job": A("Kyllä", "yes"),
        "hear_back": A("ensi viikolla", "2026-11-13"),
    },
    forbidden=F,
)

# 38 eM Client, Turkish, separator
case(
    "emclient_tr",
    client="eM Client",
    lang="tr",
    day="2026-11-04",
    shape="numbered",
    charset="iso-8859-9",
    body=[
        "1. 8",
        "2. Teknik sorular iyi geçti.",
        "11. Evet",
        "12. gelecek hafta",
        "",
        "Saygılarımla,",
        "Maya",
        "",
        "------ Orijinal İleti ------",
        'Kimden: "followupd" <followupd@example.org>',
        "Kime: maya@example.test",
        "Gönderildi: 4.11.2026 18:02:31",
        "Konu: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("8", 8),
        "went_well": A("Teknik sorular iyi geçti."),
        "want_job": A("Evet", "yes"),
        "hear_back": A("gelecek hafta", "2026-11-13"),
    },
    forbidden=[*F, "Saygılarımla", "Orijinal İleti"],
)

# 39 Gmail web, Japanese attribution (date first, no verb)
case(
    "gmail_web_ja",
    client="Gmail web",
    lang="ja",
    day="2026-11-05",
    shape="numbered",
    body=[
        "1. 7点",
        "2. 技術的な質問にはよく答えられました。",
        "8. 年収800万円",
        "11. はい",
        "12. 来週",
        "",
        "2026年11月5日(木) 18:04 followupd <followupd@example.org>:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("7点", 7),
        "went_well": A("技術的な質問にはよく答えられました。"),
        "money": M("年収800万円", ("8000000", "JPY", "year")),
        "want_job": A("はい", "yes"),
        "hear_back": A("来週", "2026-11-13"),
    },
    forbidden=F,
)

# 40 QQ Mail, Chinese, 原始邮件 separator
case(
    "qq_mail_zh",
    client="QQ Mail",
    lang="zh",
    day="2026-11-06",
    shape="numbered",
    charset="gb18030",
    cte="base64",
    body=[
        "1、6分",
        "3、系统设计题答得不好。",
        "11、不确定",
        "",
        "",
        "------------------ 原始邮件 ------------------",
        '发件人: "followupd" <followupd@example.org>;',
        "发送时间: 2026年11月6日(星期五) 晚上6:03",
        '收件人: "Maya" <maya@example.test>;',
        "主题: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("6分", 6),
        "went_badly": A("系统设计题答得不好。"),
        "want_job": A("不确定", "unsure"),
    },
    forbidden=[*F, "原始邮件"],
)

# 41 Gmail Android, Romanian
case(
    "gmail_android_ro",
    client="Gmail Android",
    lang="ro",
    day="2026-11-09",
    shape="numbered",
    body=[
        "1. 8",
        "2. Discuția tehnică a mers bine.",
        "11. Da",
        "12. săptămâna viitoare",
        "",
        "În lun., 9 nov. 2026 la 18:04, followupd <followupd@example.org> a scris:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("8", 8),
        "went_well": A("Discuția tehnică a mers bine."),
        "want_job": A("Da", "yes"),
        "hear_back": A("săptămâna viitoare", "2026-11-20"),
    },
    forbidden=[*F, "a scris:"],
)

# 42 Outlook Hungarian block
case(
    "outlook_hu_block",
    client="Outlook desktop (Windows)",
    lang="hu",
    day="2026-11-10",
    shape="numbered",
    charset="iso-8859-2",
    body=[
        "1. 7",
        "3. A prezentáció túl hosszú volt.",
        "11. Igen",
        "12. jövő héten",
        "",
        "Üdvözlettel:",
        "Maya",
        "",
        *outlook_block("hu", "2026. november 10., kedd 18:03", SUBJ),
        *D,
    ],
    answers={
        "rating": A("7", 7),
        "went_badly": A("A prezentáció túl hosszú volt."),
        "want_job": A("Igen", "yes"),
        "hear_back": A("jövő héten", "2026-11-20"),
    },
    forbidden=[*F, "Üdvözlettel", "Elküldve:"],
)

# 43 Mail.ru, Ukrainian, "пише:"
case(
    "mailru_uk",
    client="Mail.ru",
    lang="uk",
    day="2026-11-11",
    shape="numbered",
    charset="koi8-u",
    cte="base64",
    body=[
        "1. 8",
        "2. Технічна частина пройшла добре.",
        "11. Так",
        "12. наступного тижня",
        "",
        "Середа, 11 листопада 2026, 18:04 +02:00 від followupd <followupd@example.org>:",
        "",
        *quoted(D),
    ],
    answers={
        "rating": A("8", 8),
        "went_well": A("Технічна частина пройшла добре."),
        "want_job": A("Так", "yes"),
        "hear_back": A("наступного тижня", "2026-11-20"),
    },
    forbidden=F,
)

# 44 Outlook Mac, English, long signature and disclaimer, a two-paragraph answer, From/Date block
case(
    "outlook_mac_forward",
    client="Outlook desktop (Mac)",
    lang="en",
    day="2026-11-12",
    shape="numbered",
    body=[
        "1. 8",
        "2. The case study; they liked my risk matrix.",
        "",
        "Also the stakeholder question: I had a real",
        "example ready.",
        "",
        "11. Yes",
        "",
        "Thanks,",
        "Maya Example",
        "QA Lead, Contoso Ltd",
        "+44 7700 900123 | www.contoso.example",
        "This email and any attachments are confidential and intended solely for the addressee.",
        "",
        "From: followupd <followupd@example.org>",
        "Date: Thursday, 12 November 2026 at 18:03",
        "To: Maya Example <maya@example.test>",
        "Subject: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("8", 8),
        "went_well": A(
            "The case study; they liked my risk matrix. Also the stakeholder "
            "question: I had a real example ready."
        ),
        "want_job": A("Yes", "yes"),
    },
    forbidden=[*F, "This email and any attachments", "QA Lead, Contoso Ltd", "www.contoso.example"],
)

# 45 FairEmail, English, out of order numbers, "A1:"
case(
    "fairemail_out_of_order",
    client="FairEmail",
    lang="en",
    day="2026-11-13",
    shape="numbered",
    body=[
        "A12: Wednesday",
        "A1: 7",
        "A11: not sure",
        "A8: $95 an hour contract",
        "",
        "13 Nov 2026 18:02:44 followupd <followupd@example.org>:",
        "",
        *quoted(D),
    ],
    answers={
        "hear_back": A("Wednesday", "2026-11-18"),
        "rating": A("7", 7),
        "want_job": A("not sure", "unsure"),
        "money": M("$95 an hour contract", ("95", "USD", "hour")),
    },
    forbidden=F,
)


# 46 Gmail web, answers then a forwarded message from the recruiter
case(
    "gmail_web_answer_then_forward",
    client="Gmail web",
    lang="en",
    day="2026-11-16",
    shape="numbered",
    body=[
        "1. 7",
        "8. 90-100k USD per year, see Raj's note below",
        "11. Yes",
        "12. Friday the 20th",
        "",
        "---------- Forwarded message ---------",
        "From: Raj Patel <raj@tailspin.example>",
        "Date: Mon, Nov 16, 2026 at 5:40 PM",
        "Subject: Thanks for coming in",
        "To: <maya@example.test>",
        "",
        "Hi Maya, thanks for today. The band for this role is 90-100k. We'll be in touch by Friday the 20th.",
        "Raj",
        "",
        "On Mon, Nov 16, 2026 at 6:03 PM followupd <followupd@example.org> wrote:",
        "",
        *quoted(D2),
    ],
    answers={
        "rating": A("7", 7),
        "money": M(
            "90-100k USD per year, see Raj's note below", ("90000", "USD", "year"), ("100000", "USD", "year")
        ),
        "want_job": A("Yes", "yes"),
        "hear_back": A("Friday the 20th", "2026-11-20"),
    },
    forbidden=[*F, "Thanks for coming in", "The band for this role", "Forwarded message"],
)

# 47 Naver, English answers under Naver's Original Message block
case(
    "naver_en_block",
    client="Naver Mail",
    lang="en",
    day="2026-11-17",
    shape="numbered",
    body=[
        "1. 8",
        "2. Live debugging session",
        "6. Strong QA culture, they test in production carefully",
        "11. Yes",
        "",
        "-----Original Message-----",
        'From: "followupd"<followupd@example.org>',
        "To: <maya@example.test>;",
        "Cc:",
        "Sent: 2026-11-17 (화) 18:03:12 (GMT+09:00)",
        "Subject: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("8", 8),
        "went_well": A("Live debugging session"),
        "company": A("Strong QA culture, they test in production carefully"),
        "want_job": A("Yes", "yes"),
    },
    forbidden=[*F, "Original Message", "(GMT+09:00)"],
)

# 48 Web.de, English answers, "1/" numbering split by blank lines, German Gesendet block
case(
    "webde_en_split",
    client="Web.de",
    lang="en",
    day="2026-11-18",
    shape="numbered",
    charset="iso-8859-15",
    body=[
        "1/ 6",
        "",
        "3/ I didn't prepare examples of conflict handling.",
        "",
        "9/ Same level as now, bigger team.",
        "",
        "11/ No",
        "",
        "",
        "Gesendet: Mittwoch, 18. November 2026 um 18:04 Uhr",
        'Von: "followupd" <followupd@example.org>',
        'An: "Maya Example" <maya@example.test>',
        "Betreff: " + SUBJ,
        "",
        *D,
    ],
    answers={
        "rating": A("6", 6),
        "went_badly": A("I didn't prepare examples of conflict handling."),
        "vs_current": A("Same level as now, bigger team."),
        "want_job": A("No", "no"),
    },
    forbidden=[*F, "Gesendet: Mittwoch"],
)

# 49 Outlook Android, English answers under a Finnish header block, Finnish footer
case(
    "outlook_android_fi_block_en",
    client="Outlook Android",
    lang="en",
    day="2026-11-19",
    shape="numbered",
    body=[
        "1. 9",
        "4. Very good, Jane is who I'd report to.",
        "11. Yes",
        "12. early next week",
        "",
        "Hanki Outlook for Android",
        "",
        *outlook_block("fi", "torstai 19. marraskuuta 2026 18.04", SUBJ),
        *D,
    ],
    answers={
        "rating": A("9", 9),
        "rapport": A("Very good, Jane is who I'd report to."),
        "want_job": A("Yes", "yes"),
        "hear_back": A("early next week", "2026-11-24"),
    },
    forbidden=[*F, "Hanki Outlook", "Lähetetty:"],
)

# 50 Apple Mail iOS, German, inline under > quotes, German footer
case(
    "apple_ios_de_inline",
    client="Apple Mail iOS",
    lang="de",
    day="2026-11-20",
    shape="inline",
    body=[
        "",
        "Von meinem iPhone gesendet",
        "",
        "> Am 20.11.2026 um 18:04 schrieb followupd <followupd@example.org>:",
        ">",
        *inline(D, {1: ["Acht"], 5: ["Genau das, was ich suche."], 11: ["Weiß nicht"], 12: ["Montag"]}),
    ],
    answers={
        "rating": A("Acht", 8),
        "role": A("Genau das, was ich suche."),
        "want_job": A("Weiß nicht", "unsure"),
        "hear_back": A("Montag", "2026-11-23"),
    },
    forbidden=[*F, "Von meinem iPhone gesendet"],
)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for n, c in enumerate(CASES, 1):
        write(c, n)
    print(f"{len(CASES)} replies written")


if __name__ == "__main__":
    main()
