"""Held-out replies, part A: Gmail, Outlook and Apple clients (answers written by hand, never by the parser)."""

from __future__ import annotations

from pathlib import Path

from mailshapes import (
    HISTORY,
    LINK,
    MAYA,
    SUBJECT,
    alternative,
    debrief_html,
    debrief_lines,
    gt,
    gt_inline,
    headers,
    html_only,
    money,
    paras,
    plain,
    write,
)

OUT = Path(__file__).parent / "eval"
H = HISTORY
D = "Thu, 26 Nov 2026 {t} +0100"


def gmail_web_numbered_en() -> None:
    top = (
        "1. 7/10, solid on the system design part\n"
        "2. Explaining the queue migration I led last year\n"
        "3. Froze a bit on the SQL window function question. Next time talk through it out loud.\n"
        "8. They said the band is 95k USD base plus equity\n"
        "11. yes\n"
        "12. by Dec 5"
    )
    attr = "On Thu, Nov 26, 2026 at 3:10\u202fPM Maya Example <maya@example.org> wrote:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    body = (
        f'<div dir="ltr">{paras(top)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f'{attr.replace("<", "&lt;").replace(">", "&gt;")}<br></div><blockquote class="gmail_quote" '
        f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{debrief_html()}</blockquote></div>"
    )
    msg = alternative(text, body)
    headers(msg, name="gw-num-en", date=D.format(t="16:02:41"), extra={})
    write(
        OUT,
        "gmail_web_numbered_en",
        msg,
        client="Gmail web",
        language="en",
        shape="numbered",
        answers={
            "rating": ("7/10, solid on the system design part", 7),
            "went_well": ("Explaining the queue migration I led last year", None),
            "went_badly": (
                "Froze a bit on the SQL window function question. Next time talk through it out loud.",
                None,
            ),
            "money": money("They said the band is 95k USD base plus equity", ("95000", "USD", None)),
            "want_job": ("yes", "yes"),
            "hear_back": ("by Dec 5", "2026-12-05"),
        },
        forbidden=[*H, "wrote:"],
    )


def gmail_android_inline_de() -> None:
    answers = {
        1: "8 von 10",
        2: "Die Fragen zu Kafka und Idempotenz liefen richtig gut.",
        4: "Jane war sehr nett, Raj eher zurückhaltend. Mit beiden könnte ich mir das vorstellen.",
        8: "85.000 € brutto im Jahr plus Bonus",
        11: "Ja",
        12: "Ende nächster Woche",
    }
    attr = "Maya Example <maya@example.org> schrieb am Do., 26. Nov. 2026, 15:10:"
    text = f"{attr}\n\n{gt_inline(answers)}"
    msg = plain(text, cte="base64")
    headers(msg, name="ga-inl-de", date=D.format(t="17:21:09"), extra={})
    write(
        OUT,
        "gmail_android_inline_de",
        msg,
        client="Gmail Android",
        language="de",
        shape="inline",
        answers={
            "rating": (answers[1], 8),
            "went_well": (answers[2], None),
            "rapport": (answers[4], None),
            "money": money(answers[8], ("85000", "EUR", "year")),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Ende nächster Woche", "2026-12-04"),
        },
        forbidden=[*H, "schrieb am"],
    )


def gmail_ios_numbered_fr() -> None:
    top = (
        "1) sept sur dix\n"
        "2) Bonne discussion sur l'architecture, j'étais à l'aise sur les questions de scalabilité.\n"
        "5) Le poste est très proche de ce que je cherche : beaucoup de backend et un peu de management.\n"
        "8) 65 000 € brut par an\n"
        "11) oui\n"
        "12) d'ici le 4 décembre"
    )
    attr = "Le jeu. 26 nov. 2026 à 15:10, Maya Example <maya@example.org> a\nécrit :"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(msg, name="gi-num-fr", date=D.format(t="18:40:00"), extra={})
    write(
        OUT,
        "gmail_ios_numbered_fr",
        msg,
        client="Gmail iOS",
        language="fr",
        shape="numbered-paren",
        answers={
            "rating": ("sept sur dix", 7),
            "went_well": (
                "Bonne discussion sur l'architecture, j'étais à l'aise sur les questions de scalabilité.",
                None,
            ),
            "role": (
                "Le poste est très proche de ce que je cherche : beaucoup de backend et un peu de management.",
                None,
            ),
            "money": money("65 000 € brut par an", ("65000", "EUR", "year")),
            "want_job": ("oui", "yes"),
            "hear_back": ("d'ici le 4 décembre", "2026-12-04"),
        },
        forbidden=[*H, "a\nécrit", "écrit :"],
    )


def gmail_web_forward_inside_en() -> None:
    top = (
        "1. 6/10\n"
        "7. Not sure about the on-call load, I forwarded the recruiter's note below and will ask Jane.\n"
        "12. in two weeks\n\n"
        "---------- Forwarded message ---------\n"
        "From: Jane Doe <jane@acme.example>\n"
        "Date: Thu, Nov 26, 2026 at 2:58\u202fPM\n"
        "Subject: Next steps\n"
        "To: Maya Example <maya@example.org>\n\n\n"
        "Hi Maya, thanks for your time today. The on-call rotation is one week in six.\n"
        "We aim to decide within two weeks.\n"
        "Jane"
    )
    attr = "On Thu, Nov 26, 2026 at 3:10\u202fPM Maya Example <maya@example.org> wrote:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(msg, name="gw-fwd-en", date=D.format(t="15:55:12"), extra={})
    write(
        OUT,
        "gmail_web_forward_inside_en",
        msg,
        client="Gmail web",
        language="en",
        shape="numbered+forward",
        answers={
            "rating": ("6/10", 6),
            "reservations": (
                "Not sure about the on-call load, I forwarded the recruiter's note below and will ask Jane.",
                None,
            ),
            "hear_back": ("in two weeks", "2026-12-10"),
        },
        forbidden=[
            *H,
            "Forwarded message",
            "one week in six",
            "decide within two weeks",
            "jane@acme.example",
        ],
    )


def gmail_web_q_prefix_en() -> None:
    top = (
        "Q12: Wednesday the 9th\n\n"
        "Q1: 7 out of 10\n\n"
        "Q3: My answer on rate limiting was vague; next time start from the token bucket.\n\n"
        "Q10: Better than the fintech offer, similar to the logistics one.\n\n"
        "Q11: not sure"
    )
    attr = "On Thu, Nov 26, 2026 at 3:10\u202fPM Maya Example <\nmaya@example.org> wrote:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text, cte="7bit")
    headers(msg, name="gw-q-en", date=D.format(t="21:13:55"), extra={})
    write(
        OUT,
        "gmail_web_q_prefix_en",
        msg,
        client="Gmail web",
        language="en",
        shape="q-prefix-out-of-order",
        answers={
            "rating": ("7 out of 10", 7),
            "went_badly": (
                "My answer on rate limiting was vague; next time start from the token bucket.",
                None,
            ),
            "vs_others": ("Better than the fintech offer, similar to the logistics one.", None),
            "want_job": ("not sure", "unsure"),
            "hear_back": ("Wednesday the 9th", "2026-12-09"),
        },
        forbidden=[*H, "wrote:"],
    )


def gmail_web_hash_nl() -> None:
    top = (
        "#1 7\n"
        "#2 De live-coding opdracht ging vlot.\n"
        "#6 Goede sfeer, veel aandacht voor opleiding.\n"
        "#8 € 5.200 bruto per maand\n"
        "#11 ja\n"
        "#12 over twee weken"
    )
    attr = "Op do 26 nov 2026 om 15:10 schreef Maya Example <maya@example.org>:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    body = (
        f'<div dir="ltr">{paras(top)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        "Op do 26 nov 2026 om 15:10 schreef Maya Example &lt;maya@example.org&gt;:<br></div>"
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        f'rgb(204,204,204);padding-left:1ex">{debrief_html()}</blockquote></div>'
    )
    msg = alternative(text, body)
    headers(msg, name="gw-hash-nl", date=D.format(t="19:01:31"), extra={})
    write(
        OUT,
        "gmail_web_hash_nl",
        msg,
        client="Gmail web",
        language="nl",
        shape="hash-numbered",
        answers={
            "rating": ("7", 7),
            "went_well": ("De live-coding opdracht ging vlot.", None),
            "company": ("Goede sfeer, veel aandacht voor opleiding.", None),
            "money": money("€ 5.200 bruto per maand", ("5200", "EUR", "month")),
            "want_job": ("ja", "yes"),
            "hear_back": ("over twee weken", "2026-12-10"),
        },
        forbidden=[*H, "schreef Maya"],
    )


def gmail_web_ja() -> None:
    top = (
        "1. 10点中7点\n"
        "2. 設計の質問にはうまく答えられました。\n"
        "4. 面接官はとても感じが良かったです。\n"
        "8. 年収900万円\n"
        "11. はい\n"
        "12. 12月4日までに連絡が来るそうです"
    )
    attr = "2026年11月26日(木) 15:10 Maya Example <maya@example.org>:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text, charset="iso-2022-jp", cte="7bit")
    headers(msg, name="gw-ja", date=D.format(t="22:45:03"), extra={})
    write(
        OUT,
        "gmail_web_numbered_ja",
        msg,
        client="Gmail web (Japanese, iso-2022-jp)",
        language="ja",
        shape="numbered",
        answers={
            "rating": ("10点中7点", 7),
            "went_well": ("設計の質問にはうまく答えられました。", None),
            "rapport": ("面接官はとても感じが良かったです。", None),
            "money": money("年収900万円", ("9000000", "JPY", "year")),
            "want_job": ("はい", "yes"),
            "hear_back": ("12月4日までに連絡が来るそうです", "2026-12-04"),
        },
        forbidden=[*H, "2026年11月26日(木)"],
    )


def gmail_android_numbered_es() -> None:
    top = (
        "1. 6,5\n\n"
        "2. La parte de diseño de APIs.\n\n"
        "3. Me costó la pregunta de concurrencia. La próxima vez pediría un momento para pensar.\n\n"
        "8. 55.000 € al año\n\n"
        "11. No lo sé todavía\n\n"
        "12. el 3 de diciembre"
    )
    attr = "El jue, 26 nov 2026, 15:10, Maya Example <maya@example.org> escribió:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text, cte="base64")
    headers(msg, name="ga-num-es", date=D.format(t="16:30:30"), extra={})
    write(
        OUT,
        "gmail_android_numbered_es",
        msg,
        client="Gmail Android",
        language="es",
        shape="numbered-paragraphs",
        answers={
            "rating": ("6,5", 6.5),
            "went_well": ("La parte de diseño de APIs.", None),
            "went_badly": (
                "Me costó la pregunta de concurrencia. La próxima vez pediría un momento para pensar.",
                None,
            ),
            "money": money("55.000 € al año", ("55000", "EUR", "year")),
            "want_job": ("No lo sé todavía", "unsure"),
            "hear_back": ("el 3 de diciembre", "2026-12-03"),
        },
        forbidden=[*H, "escribió:"],
    )


def gmail_web_free_en() -> None:
    note = (
        "Honestly it went fine. Jane was great, the team seems small but sharp.\n"
        "I'll fill in the rest on the form tonight."
    )
    attr = "On Thu, Nov 26, 2026 at 3:10\u202fPM Maya Example <maya@example.org> wrote:"
    text = f"{note}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text, cte="7bit")
    headers(msg, name="gw-free-en", date=D.format(t="15:31:00"), extra={})
    write(
        OUT,
        "gmail_web_free_en",
        msg,
        client="Gmail web",
        language="en",
        shape="free",
        free_notes=note,
        answers={},
        forbidden=[*H, "wrote:"],
    )


def gmail_web_inline_wrapped_en() -> None:
    answers = {
        1: "Probably a 6. The coding round was rushed.",
        4: "Got on well with both, Raj especially.",
        5: "Mostly platform work, which is what I want. Less product than I hoped.",
        9: "More ownership than now, slightly longer commute.",
        11: "Yes",
    }
    attr = "On Thu, Nov 26, 2026 at 3:10\u202fPM Maya Example <maya@example.org> wrote:"
    text = f"{attr}\n\n{gt_inline(answers, wrap=76)}"
    msg = plain(text)
    headers(msg, name="gw-inl-wrap-en", date=D.format(t="17:44:50"), extra={})
    write(
        OUT,
        "gmail_web_inline_wrapped_en",
        msg,
        client="Gmail web",
        language="en",
        shape="inline-wrapped-quotes",
        answers={
            "rating": (answers[1], 6),
            "rapport": (answers[4], None),
            "role": (answers[5], None),
            "vs_current": (answers[9], None),
            "want_job": ("Yes", "yes"),
        },
        forbidden=[
            p for p in H if p not in ("Could you see yourself working with them?", "(yes / no / not sure)")
        ]
        + ["working with them?", "do you want this job?", "/ not sure)"],
    )


def outlook_desktop_inline_de() -> None:
    answers = {
        1: "7,5 - gut, aber nicht perfekt",
        3: "Bei der Gehaltsfrage war ich zu zögerlich.",
        7: "Remote-Anteil unklar, will ich im nächsten Gespräch klären.",
        8: "78.000 EUR Fixum, variabler Anteil noch offen",
        11: "weiß ich noch nicht",
    }
    sign = (
        "Viele Grüße\nMaya Example\nSenior Engineer\n+49 30 1234567\nwww.example.org\n\n"
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
        "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."
    )
    block = (
        "Von: Maya Example <maya@example.org> \nGesendet: Donnerstag, 26. November 2026 15:10\n"
        f"An: Maya Example <maya@example.org>\nBetreff: {SUBJECT}"
    )
    history = "\n".join(debrief_lines(answers, gap=False))
    text = f"Hallo,\n\nAntworten stehen unten im Text.\n\n{sign}\n\n{block}\n\n{history}"
    free = "Hallo,\n\nAntworten stehen unten im Text."
    msg = plain(text, charset="iso-8859-1")
    headers(msg, name="old-inl-de", date=D.format(t="16:12:00"), subject=f"AW: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_desktop_inline_unquoted_de",
        msg,
        client="Outlook desktop (Windows)",
        language="de",
        shape="inline-unquoted",
        free_notes=free,
        answers={
            "rating": (answers[1], 7.5),
            "went_badly": (answers[3], None),
            "reservations": (answers[7], None),
            "money": money(answers[8], ("78000", "EUR", None)),
            "want_job": (answers[11], "unsure"),
        },
        forbidden=[
            *H,
            "Gesendet: Donnerstag",
            "vertrauliche Informationen",
            "+49 30 1234567",
            "Senior Engineer",
        ],
    )


def outlook_original_message_en() -> None:
    top = (
        "Q1: 8\n"
        "Q2: Whiteboard design of the billing pipeline\n"
        "Q8: GBP 90,000 per year, no equity\n"
        "Q11: Yes\n"
        "Q12: Monday"
    )
    sign = "Best regards,\nMaya Example\nSenior Engineer | Example Org\n+44 20 7946 0000\nwww.example.org"
    block = (
        "-----Original Message-----\nFrom: Maya Example <maya@example.org> \nSent: Thursday, November 26, "
        f"2026 3:10 PM\nTo: Maya Example <maya@example.org>\nSubject: {SUBJECT}"
    )
    text = f"{top}\n\n{sign}\n\n{block}\n\n" + "\n".join(debrief_lines())
    msg = plain(text, charset="windows-1252")
    headers(msg, name="old-om-en", date="Thu, 26 Nov 2026 14:50:00 +0000", subject=f"RE: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_original_message_en",
        msg,
        client="Outlook desktop (classic, Original Message)",
        language="en",
        shape="q-prefix",
        answers={
            "rating": ("8", 8),
            "went_well": ("Whiteboard design of the billing pipeline", None),
            "money": money("GBP 90,000 per year, no equity", ("90000", "GBP", "year")),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Monday", "2026-11-30"),
        },
        forbidden=[*H, "Original Message", "Best regards", "+44 20 7946 0000", "Example Org"],
    )


def owa_html_only_es() -> None:
    top = (
        "#1 8/10\n"
        "#4 Muy buena conexión con Jane; Raj hizo preguntas duras pero justas.\n"
        "#8 Entre 60.000 y 65.000 euros brutos anuales\n"
        "#11 Sí\n"
        "#12 la semana que viene, el viernes"
    )
    block = (
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
        'color="#000000"><b>De:</b> Maya Example &lt;maya@example.org&gt;<br><b>Enviado:</b> jueves, 26 de '
        "noviembre de 2026 15:10<br><b>Para:</b> Maya Example &lt;maya@example.org&gt;<br><b>Asunto:</b> "
        f"{SUBJECT}</font><div>&nbsp;</div></div><div>{debrief_html()}</div>"
    )
    body = (
        '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{paras(top)}</div>{block}"
    )
    msg = html_only(body)
    headers(msg, name="owa-es", date=D.format(t="16:20:00"), subject=f"RE: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_web_html_only_es",
        msg,
        client="Outlook on the web",
        language="es",
        shape="hash-numbered-html",
        answers={
            "rating": ("8/10", 8),
            "rapport": ("Muy buena conexión con Jane; Raj hizo preguntas duras pero justas.", None),
            "money": money(
                "Entre 60.000 y 65.000 euros brutos anuales",
                ("60000", "EUR", "year"),
                ("65000", "EUR", "year"),
            ),
            "want_job": ("Sí", "yes"),
            "hear_back": ("la semana que viene, el viernes", "2026-12-04"),
        },
        forbidden=[*H, "Enviado: jueves", "Asunto:"],
    )


def outlook_ios_numbered_nl() -> None:
    top = (
        "1. 6\n"
        "3. Te weinig voorbereid op de vragen over Kubernetes\n"
        "6. Duidelijke missie, nette kantoren in Utrecht\n"
        "11. nee\n\n"
        "Outlook voor iOS<https://aka.ms/o0ukef> downloaden"
    )
    block = (
        "________________________________\nVan: Maya Example <maya@example.org>\n"
        f"Verzonden: Thursday, November 26, 2026 3:10:35 PM\nAan: Maya Example <maya@example.org>\nOnderwerp: {SUBJECT}"
    )
    text = f"{top}\n{block}\n\n" + "\n".join(debrief_lines())
    msg = plain(text)
    headers(msg, name="oios-nl", date=D.format(t="20:08:13"), subject=f"Re: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_ios_numbered_nl",
        msg,
        client="Outlook iOS",
        language="nl",
        shape="numbered",
        answers={
            "rating": ("6", 6),
            "went_badly": ("Te weinig voorbereid op de vragen over Kubernetes", None),
            "company": ("Duidelijke missie, nette kantoren in Utrecht", None),
            "want_job": ("nee", "no"),
        },
        forbidden=[*H, "Outlook voor iOS", "aka.ms", "Verzonden:"],
    )


def outlook_android_en() -> None:
    top = (
        "11. Yes!\n\n"
        "1. 9/10\n\n"
        "5. Pretty much exactly the job I was hoping for\n\n"
        "12. Tomorrow\n\n"
        "Get Outlook for Android<https://aka.ms/AAb9ysg>"
    )
    block = (
        "________________________________\nFrom: Maya Example <maya@example.org>\n"
        f"Sent: Thursday, November 26, 2026 3:10:35 PM\nTo: Maya Example <maya@example.org>\nSubject: {SUBJECT}"
    )
    text = f"{top}\n{block}\n\n" + "\n".join(debrief_lines())
    msg = plain(text, cte="base64")
    headers(msg, name="oand-en", date=D.format(t="15:25:02"), extra={})
    write(
        OUT,
        "outlook_android_out_of_order_en",
        msg,
        client="Outlook Android",
        language="en",
        shape="numbered-out-of-order",
        answers={
            "want_job": ("Yes!", "yes"),
            "rating": ("9/10", 9),
            "role": ("Pretty much exactly the job I was hoping for", None),
            "hear_back": ("Tomorrow", "2026-11-27"),
        },
        forbidden=[*H, "Get Outlook for Android", "aka.ms", "Sent: Thursday"],
    )


def apple_mail_inline_en() -> None:
    answers = {
        1: "7",
        2: "Talking about the incident review process, they loved that.",
        10: "Ahead of the two others I'm talking to.",
        4: "Hiring manager friendly",
    }
    attr = "On 26 Nov 2026, at 15:10, Maya Example <maya@example.org> wrote:"
    sign = (
        "Best regards,\nMaya Example\nSenior Engineer\n+49 151 23456789\nwww.example.org\n\n"
        "This message may contain confidential information. If you are not the intended recipient, "
        "please delete it and notify the sender."
    )
    quoted = gt_inline(answers)
    text = f"{attr}\n\n{quoted}\n\n{sign}"
    msg = plain(text, cte="7bit")
    headers(msg, name="apple-inl-en", date=D.format(t="16:48:19"), extra={"X-Mailer": "Apple Mail (2.3774)"})
    write(
        OUT,
        "apple_mail_inline_signoff_en",
        msg,
        client="Apple Mail macOS",
        language="en",
        shape="inline+signoff",
        answers={
            "rating": ("7", 7),
            "went_well": (answers[2], None),
            "rapport": ("Hiring manager friendly", None),
            "vs_others": (answers[10], None),
        },
        forbidden=[*H, "Best regards", "+49 151 23456789", "confidential information", "www.example.org"],
    )


def apple_mail_html_it() -> None:
    top = (
        "1. 7 su 10\n"
        "2. Ho spiegato bene il progetto di migrazione.\n"
        "8. RAL 48.000 €\n"
        "11. Sì, mi piacerebbe\n"
        "12. entro il 4 dicembre"
    )
    attr = "Il giorno 26 nov 2026, alle ore 15:10, Maya Example <maya@example.org> ha scritto:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    body = (
        f'<div dir="auto">{paras(top)}</div><div><br><blockquote type="cite"><div>Il giorno 26 nov 2026, alle '
        "ore 15:10, Maya Example &lt;maya@example.org&gt; ha scritto:</div><br "
        f'class="Apple-interchange-newline"><div>{debrief_html()}</div></blockquote></div>'
    )
    msg = alternative(text, body)
    headers(msg, name="apple-html-it", date=D.format(t="19:19:19"), extra={"X-Mailer": "Apple Mail (2.3774)"})
    write(
        OUT,
        "apple_mail_html_numbered_it",
        msg,
        client="Apple Mail macOS",
        language="it",
        shape="numbered",
        answers={
            "rating": ("7 su 10", 7),
            "went_well": ("Ho spiegato bene il progetto di migrazione.", None),
            "money": money("RAL 48.000 €", ("48000", "EUR", "year")),
            "want_job": ("Sì, mi piacerebbe", "yes"),
            "hear_back": ("entro il 4 dicembre", "2026-12-04"),
        },
        forbidden=[*H, "ha scritto:"],
    )


def iphone_numbered_pt() -> None:
    top = (
        "1. 8 de 10\n"
        "2. A parte de arquitetura correu muito bem\n"
        "8. R$ 22.000 por mês\n"
        "11. Sim\n"
        "12. até dia 7 de dezembro\n\n"
        "Enviado do meu iPhone"
    )
    attr = "Em 26 de nov. de 2026, à(s) 15:10, Maya Example <maya@example.org> escreveu:"
    text = f"{top}\n\n> {attr}\n> \n{gt(debrief_lines())}"
    msg = plain(text)
    headers(
        msg, name="iph-pt", date="Thu, 26 Nov 2026 11:40:00 -0300", extra={"X-Mailer": "iPhone Mail (22B91)"}
    )
    write(
        OUT,
        "iphone_numbered_pt",
        msg,
        client="iOS Mail (iPhone)",
        language="pt",
        shape="numbered",
        answers={
            "rating": ("8 de 10", 8),
            "went_well": ("A parte de arquitetura correu muito bem", None),
            "money": money("R$ 22.000 por mês", ("22000", "BRL", "month")),
            "want_job": ("Sim", "yes"),
            "hear_back": ("até dia 7 de dezembro", "2026-12-07"),
        },
        forbidden=[*H, "Enviado do meu iPhone", "escreveu:"],
    )


def iphone_inline_de() -> None:
    answers = {
        1: "sieben",
        3: "Die Live-Coding-Aufgabe habe ich nicht fertig bekommen.",
        11: "ja, auf jeden Fall",
        12: "am Montag",
    }
    attr = "Am 26.11.2026 um 15:10 schrieb Maya Example <maya@example.org>:"
    text = f"\n\nVon meinem iPhone gesendet\n\n> {attr}\n> \n{gt_inline(answers)}"
    msg = plain(text)
    headers(msg, name="iph-inl-de", date=D.format(t="18:03:00"), extra={"X-Mailer": "iPhone Mail (22B91)"})
    write(
        OUT,
        "iphone_inline_de",
        msg,
        client="iOS Mail (iPhone)",
        language="de",
        shape="inline",
        answers={
            "rating": ("sieben", 7),
            "went_badly": (answers[3], None),
            "want_job": ("ja, auf jeden Fall", "yes"),
            "hear_back": ("am Montag", "2026-11-30"),
        },
        forbidden=[*H, "Von meinem iPhone gesendet", "schrieb Maya"],
    )


def iphone_numbered_zh() -> None:
    top = (
        "1. 7/10\n"
        "2. 系统设计部分答得不错\n"
        "4. 面试官人很好，沟通顺畅\n"
        "8. 年薪60万人民币\n"
        "11. 想要\n"
        "12. 下周五\n\n"
        "发自我的iPhone"
    )
    attr = "在 2026年11月26日，15:10，Maya Example <maya@example.org> 写道："
    text = f"{top}\n\n> {attr}\n> \n{gt(debrief_lines())}"
    msg = plain(text, charset="gb18030", cte="base64")
    headers(
        msg, name="iph-zh", date="Thu, 26 Nov 2026 23:10:00 +0800", extra={"X-Mailer": "iPhone Mail (22B91)"}
    )
    write(
        OUT,
        "iphone_numbered_zh",
        msg,
        client="iOS Mail (iPhone, Chinese)",
        language="zh",
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "went_well": ("系统设计部分答得不错", None),
            "rapport": ("面试官人很好，沟通顺畅", None),
            "money": money("年薪60万人民币", ("600000", "CNY", "year")),
            "want_job": ("想要", "yes"),
            "hear_back": ("下周五", "2026-12-04"),
        },
        forbidden=[*H, "发自我的iPhone", "写道"],
    )


def outlook_desktop_html_fr() -> None:
    top = (
        "1 – 6/10\n"
        "3 – J’ai mal géré la question sur les transactions distribuées.\n"
        "8 – 70 k€ fixe + 10 % variable\n"
        "11 – Non"
    )
    sign = "Cordialement,\nMaya Example\nIngénieure principale\nTél. : +33 1 23 45 67 89"
    block_txt = (
        "De : Maya Example <maya@example.org> \nEnvoyé : jeudi 26 novembre 2026 15:10\n"
        f"À : Maya Example <maya@example.org>\nObjet : {SUBJECT}"
    )
    text = f"{top}\n\n{sign}\n\n{block_txt}\n\n" + "\n".join(debrief_lines())
    body = (
        '<div class="WordSection1">'
        + "".join(
            f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>'
            for line in (top + "\n\n" + sign).split("\n")
        )
        + '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b>De&nbsp;:</b> Maya Example &lt;maya@example.org&gt; <br><b>Envoyé&nbsp;:</b> '
        "jeudi 26 novembre 2026 15:10<br><b>À&nbsp;:</b> Maya Example &lt;maya@example.org&gt;<br>"
        f"<b>Objet&nbsp;:</b> {SUBJECT}<o:p></o:p></p></div></div>{debrief_html()}</div>"
    )
    msg = alternative(text, body, charset="windows-1252")
    headers(msg, name="old-html-fr", date=D.format(t="17:07:07"), subject=f"RE: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_desktop_html_numbered_fr",
        msg,
        client="Outlook desktop (Windows, Word HTML)",
        language="fr",
        shape="numbered-dash",
        answers={
            "rating": ("6/10", 6),
            "went_badly": ("J’ai mal géré la question sur les transactions distribuées.", None),
            "money": money("70 k€ fixe + 10 % variable", ("70000", "EUR", None)),
            "want_job": ("Non", "no"),
        },
        forbidden=[*H, "Cordialement", "+33 1 23 45 67 89", "Envoyé :", "Objet :"],
    )


def owa_inline_unquoted_it() -> None:
    answers = {
        1: "6 su 10",
        5: "Il ruolo è interessante ma più operativo di quanto pensassi.",
        9: "Stipendio simile, ma più possibilità di crescita.",
        11: "forse",
        12: "tra due settimane",
    }
    block = (
        "________________________________\nDa: Maya Example <maya@example.org>\n"
        f"Inviato: giovedì 26 novembre 2026 15:10\nA: Maya Example <maya@example.org>\nOggetto: {SUBJECT}"
    )
    text = f"Risposte sotto.\n\n{block}\n\n" + "\n".join(debrief_lines(answers, gap=False))
    msg = plain(text)
    headers(msg, name="owa-it", date=D.format(t="18:18:18"), subject=f"R: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_web_inline_unquoted_it",
        msg,
        client="Outlook on the web",
        language="it",
        shape="inline-unquoted",
        free_notes="Risposte sotto.",
        answers={
            "rating": ("6 su 10", 6),
            "role": (answers[5], None),
            "vs_current": (answers[9], None),
            "want_job": ("forse", "unsure"),
            "hear_back": ("tra due settimane", "2026-12-10"),
        },
        forbidden=[*H, "Inviato: giovedì", "Oggetto:"],
    )


def outlook_desktop_pt_original() -> None:
    top = (
        "1. Nota 7\n"
        "7. O horário de trabalho parece rígido; vou perguntar sobre flexibilidade.\n"
        "8. € 4.000 líquidos por mês\n"
        "11. Talvez"
    )
    block = (
        "-----Mensagem original-----\nDe: Maya Example <maya@example.org> \nEnviada em: quinta-feira, 26 de "
        f"novembro de 2026 15:10\nPara: Maya Example <maya@example.org>\nAssunto: {SUBJECT}"
    )
    text = f"{top}\n\nCumprimentos,\nMaya\n\n{block}\n\n" + "\n".join(debrief_lines())
    msg = plain(text, charset="iso-8859-15")
    headers(msg, name="old-pt", date="Thu, 26 Nov 2026 15:30:00 +0000", subject=f"RE: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_desktop_original_pt",
        msg,
        client="Outlook desktop (Portuguese, Mensagem original)",
        language="pt",
        shape="numbered+signoff",
        answers={
            "rating": ("Nota 7", 7),
            "reservations": ("O horário de trabalho parece rígido; vou perguntar sobre flexibilidade.", None),
            "money": money("€ 4.000 líquidos por mês", ("4000", "EUR", "month")),
            "want_job": ("Talvez", "unsure"),
        },
        forbidden=[*H, "Mensagem original", "Cumprimentos", "Enviada em"],
    )


def outlook_desktop_paragraphs_en() -> None:
    top = (
        "Answers below.\n\n"
        "3. The behavioural round. I rambled on the conflict question.\n"
        "Next time: one example, STAR, two minutes.\n\n"
        "1. 5/10\n\n"
        "7. Team is split across three time zones. I'd want to know how meetings work before deciding.\n\n"
        "8. Recruiter floated USD 140k-150k base.\n\n"
        "12. within 10 days"
    )
    sign = (
        "Best regards,\n\nMaya Example\nSenior Engineer\nExample Org GmbH | Musterstraße 1 | 10115 Berlin\n"
        "Tel. +49 30 1234567 | www.example.org\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive use of the intended "
        "recipient(s)."
    )
    block = (
        "From: Maya Example <maya@example.org> \nSent: Thursday, 26 November 2026 15:10\n"
        f"To: Maya Example <maya@example.org>\nSubject: {SUBJECT}"
    )
    text = f"{top}\n\n{sign}\n\n{block}\n\n" + "\n".join(debrief_lines())
    msg = plain(text, charset="windows-1252")
    headers(msg, name="old-par-en", date=D.format(t="22:22:22"), subject=f"RE: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_desktop_paragraphs_disclaimer_en",
        msg,
        client="Outlook desktop (Windows)",
        language="en",
        shape="numbered-paragraphs-out-of-order",
        free_notes="Answers below.",
        answers={
            "went_badly": (
                "The behavioural round. I rambled on the conflict question.\nNext time: one example, STAR, two minutes.",
                None,
            ),
            "rating": ("5/10", 5),
            "reservations": (
                "Team is split across three time zones. I'd want to know how meetings work before deciding.",
                None,
            ),
            "money": money(
                "Recruiter floated USD 140k-150k base.", ("140000", "USD", None), ("150000", "USD", None)
            ),
            "hear_back": ("within 10 days", "2026-12-06"),
        },
        forbidden=[*H, "Best regards", "CONFIDENTIALITY NOTICE", "Musterstraße", "Sent: Thursday"],
    )


ALL = [
    gmail_web_numbered_en,
    gmail_android_inline_de,
    gmail_ios_numbered_fr,
    gmail_web_forward_inside_en,
    gmail_web_q_prefix_en,
    gmail_web_hash_nl,
    gmail_web_ja,
    gmail_android_numbered_es,
    gmail_web_free_en,
    gmail_web_inline_wrapped_en,
    outlook_desktop_inline_de,
    outlook_original_message_en,
    owa_html_only_es,
    outlook_ios_numbered_nl,
    outlook_android_en,
    apple_mail_inline_en,
    apple_mail_html_it,
    iphone_numbered_pt,
    iphone_inline_de,
    iphone_numbered_zh,
    outlook_desktop_html_fr,
    owa_inline_unquoted_it,
    outlook_desktop_pt_original,
    outlook_desktop_paragraphs_en,
]
_ = (LINK, MAYA)
