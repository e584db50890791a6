"""Held-out replies, part B: Samsung, Thunderbird, K-9, FairEmail, Proton, Yahoo, Fastmail, Roundcube, mutt, iOS."""

from __future__ import annotations

import html
from pathlib import Path

from mailshapes import (
    HISTORY,
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


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def samsung_numbered_fr() -> None:
    top = (
        "1 - 7/10\n"
        "4 - Très bon contact avec Jane, je me vois bien travailler avec elle.\n"
        "8 - 60 000 euros par an\n"
        "11 - Pas sûre\n"
        "12 - lundi\n\n\n\n"
        "Envoyé depuis mon smartphone Samsung Galaxy."
    )
    block = (
        "-------- Message d'origine --------\nDe : Maya Example <maya@example.org> \n"
        f"Date : 26/11/2026 15:10 (GMT+01:00) \nÀ : Maya Example <maya@example.org> \nObjet : {SUBJECT} \n"
    )
    text = f"{top}\n\n{block}\n" + "\n".join(debrief_lines())
    msg = plain(text, cte="base64")
    headers(msg, name="samsung-fr", date=D.format(t="19:45:45"), extra={})
    write(
        OUT,
        "samsung_email_numbered_fr",
        msg,
        client="Samsung Email",
        language="fr",
        shape="numbered-dash",
        answers={
            "rating": ("7/10", 7),
            "rapport": ("Très bon contact avec Jane, je me vois bien travailler avec elle.", None),
            "money": money("60 000 euros par an", ("60000", "EUR", "year")),
            "want_job": ("Pas sûre", "unsure"),
            "hear_back": ("lundi", "2026-11-30"),
        },
        forbidden=[*H, "Samsung Galaxy", "Message d'origine", "Objet :"],
    )


def samsung_paragraphs_en() -> None:
    top = (
        "2. The architecture discussion. I drew the whole event flow and they followed it.\n\n"
        "It also helped that I knew their stack.\n\n"
        "1. 8 out of 10\n\n"
        "6. Calm, sensible people; four-day week in summer\n\n"
        "11. Definitely\n\n\n\n"
        "Sent from my Galaxy"
    )
    block = (
        "-------- Original message --------\nFrom: Maya Example <maya@example.org> \n"
        f"Date: 26/11/2026 15:10 (GMT+01:00) \nTo: Maya Example <maya@example.org> \nSubject: {SUBJECT} \n"
    )
    text = f"{top}\n\n{block}\n" + "\n".join(debrief_lines())
    msg = plain(text)
    headers(msg, name="samsung-en", date=D.format(t="20:20:20"), extra={})
    write(
        OUT,
        "samsung_email_paragraphs_en",
        msg,
        client="Samsung Email",
        language="en",
        shape="numbered-multiparagraph-out-of-order",
        answers={
            "went_well": (
                "The architecture discussion. I drew the whole event flow and they followed it.\n\n"
                "It also helped that I knew their stack.",
                None,
            ),
            "rating": ("8 out of 10", 8),
            "company": ("Calm, sensible people; four-day week in summer", None),
            "want_job": ("Definitely", "yes"),
        },
        forbidden=[*H, "Sent from my Galaxy", "Original message"],
    )


def thunderbird_inline_flowed_de() -> None:
    answers = {
        1: "acht",
        2: "Fragen zur Datenbankmodellierung, da war ich sicher.",
        5: "Viel Verantwortung für die Plattform, genau meine Richtung.",
        8: "Gehaltsband 80.000 bis 90.000 €, ich habe 88.000 € genannt.",
        12: "bis 4. Dezember",
    }
    attr = "Am 26.11.26 um 15:10 schrieb Maya Example:"
    text = f"{attr}\n{gt_inline(answers)}\n\n-- \nMaya Example\nhttps://example.org/~maya"
    msg = plain(text, flowed=True)
    headers(msg, name="tb-inl-de", date=D.format(t="21:01:00"), extra={"User-Agent": "Mozilla Thunderbird"})
    write(
        OUT,
        "thunderbird_inline_flowed_de",
        msg,
        client="Thunderbird",
        language="de",
        shape="inline",
        answers={
            "rating": ("acht", 8),
            "went_well": (answers[2], None),
            "role": (answers[5], None),
            "money": money(
                answers[8], ("80000", "EUR", None), ("90000", "EUR", None), ("88000", "EUR", None)
            ),
            "hear_back": ("bis 4. Dezember", "2026-12-04"),
        },
        forbidden=[*H, "schrieb Maya Example", "https://example.org/~maya"],
    )


def thunderbird_html_sv() -> None:
    top = (
        "1. 7/10\n"
        "3. Jag var för snabb på frågan om caching.\n"
        "8. 52 000 kr i månaden\n"
        "11. Ja\n"
        "12. inom en vecka"
    )
    body = (
        f"<p>{'<br>'.join(_esc(x) for x in top.split(chr(10)))}</p>\n"
        '<div class="moz-cite-prefix">Den 2026-11-26 kl. 15:10, skrev Maya Example:<br></div>\n'
        f'<blockquote type="cite" cite="mid:debrief-k3x9q2ab@followupd.example.org">{debrief_html()}</blockquote>'
    )
    msg = html_only(body)
    headers(msg, name="tb-html-sv", date=D.format(t="18:10:10"), extra={"User-Agent": "Mozilla Thunderbird"})
    write(
        OUT,
        "thunderbird_html_only_sv",
        msg,
        client="Thunderbird (HTML only)",
        language="sv",
        shape="numbered-html",
        answers={
            "rating": ("7/10", 7),
            "went_badly": ("Jag var för snabb på frågan om caching.", None),
            "money": money("52 000 kr i månaden", ("52000", "SEK", "month")),
            "want_job": ("Ja", "yes"),
            "hear_back": ("inom en vecka", "2026-12-03"),
        },
        forbidden=[*H, "skrev Maya Example"],
    )


def thunderbird_inline_pl() -> None:
    answers = {
        1: "7/10",
        3: "Zadanie z algorytmów poszło słabo, zabrakło czasu.",
        8: "18 000 zł brutto miesięcznie",
        11: "Tak",
        12: "do piątku 4 grudnia",
    }
    attr = "W dniu 26.11.2026 o 15:10, Maya Example pisze:"
    text = f"{attr}\n{gt_inline(answers)}"
    msg = plain(text, charset="iso-8859-2")
    headers(msg, name="tb-pl", date=D.format(t="20:40:00"), extra={"User-Agent": "Mozilla Thunderbird"})
    write(
        OUT,
        "thunderbird_inline_pl",
        msg,
        client="Thunderbird (Polish, iso-8859-2)",
        language="pl",
        shape="inline",
        answers={
            "rating": ("7/10", 7),
            "went_badly": (answers[3], None),
            "money": money(answers[8], ("18000", "PLN", "month")),
            "want_job": ("Tak", "yes"),
            "hear_back": ("do piątku 4 grudnia", "2026-12-04"),
        },
        forbidden=[*H, "pisze:"],
    )


def thunderbird_bottom_en() -> None:
    attr = "On 26/11/2026 15:10, Maya Example wrote:"
    bottom = "1. 6/10\n2. The API design exercise\n11. unsure\n\nMaya"
    text = f"{attr}\n{gt(debrief_lines())}\n\n{bottom}"
    msg = plain(text, flowed=True, cte="7bit")
    headers(
        msg, name="tb-bottom-en", date=D.format(t="23:05:00"), extra={"User-Agent": "Mozilla Thunderbird"}
    )
    write(
        OUT,
        "thunderbird_bottom_posted_en",
        msg,
        client="Thunderbird",
        language="en",
        shape="bottom-posted-numbered",
        answers={
            "rating": ("6/10", 6),
            "went_well": ("The API design exercise", None),
            "want_job": ("unsure", "unsure"),
        },
        forbidden=[*H, "wrote:"],
    )


def k9_numbered_en() -> None:
    top = (
        "1. 7.5\n"
        "4. Raj was intense but fair\n"
        "8. $160k base, 10% bonus\n"
        "12. Friday next week\n\n"
        "-- \nSent from my Android device with K-9 Mail. Please excuse my brevity."
    )
    attr = "On November 26, 2026 3:10:12 PM GMT+01:00, Maya Example <maya@example.org> wrote:"
    text = f"{top}\n\n{attr}\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(msg, name="k9-en", date=D.format(t="16:16:16"), extra={"User-Agent": "K-9 Mail for Android"})
    write(
        OUT,
        "k9_numbered_en",
        msg,
        client="K-9 Mail",
        language="en",
        shape="numbered",
        answers={
            "rating": ("7.5", 7.5),
            "rapport": ("Raj was intense but fair", None),
            "money": money("$160k base, 10% bonus", ("160000", "USD", None)),
            "hear_back": ("Friday next week", "2026-12-04"),
        },
        forbidden=[*H, "K-9 Mail", "Please excuse my brevity"],
    )


def fairemail_inline_nl() -> None:
    answers = {
        1: "zeven",
        4: "Klikte goed met Jane.",
        7: "Veel reizen naar Rotterdam; vragen of dat minder kan.",
        11: "Ja, graag",
    }
    attr = "Op 26 november 2026 15:10:12 CET schreef Maya Example <maya@example.org>:"
    text = f"{attr}\n{gt_inline(answers)}"
    msg = plain(text, cte="base64")
    headers(msg, name="fair-nl", date=D.format(t="17:17:17"), extra={"User-Agent": "FairEmail"})
    write(
        OUT,
        "fairemail_inline_nl",
        msg,
        client="FairEmail",
        language="nl",
        shape="inline",
        answers={
            "rating": ("zeven", 7),
            "rapport": ("Klikte goed met Jane.", None),
            "reservations": (answers[7], None),
            "want_job": ("Ja, graag", "yes"),
        },
        forbidden=[*H, "schreef Maya"],
    )


def proton_numbered_en() -> None:
    top = (
        "1: 4/10\n"
        "3: Didn't know their domain at all, should have read up on payments.\n"
        "11: no\n\n"
        "Sent with Proton Mail secure email."
    )
    attr = (
        "------- Original Message -------\n"
        "On Thursday, November 26th, 2026 at 15:10, Maya Example <maya@example.org> wrote:"
    )
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(
        msg,
        name="proton-en",
        date="Thu, 26 Nov 2026 16:33:01 +0000",
        sender="Maya Example <maya.private@example.net>",
        extra={},
    )
    write(
        OUT,
        "proton_numbered_private_address_en",
        msg,
        client="Proton Mail",
        language="en",
        shape="numbered-colon",
        own=("maya@example.org", "maya.private@example.net"),
        answers={
            "rating": ("4/10", 4),
            "went_badly": ("Didn't know their domain at all, should have read up on payments.", None),
            "want_job": ("no", "no"),
        },
        forbidden=[*H, "Proton Mail", "Original Message"],
    )


def proton_html_de() -> None:
    top = "1. 9\n5. Genau das, was ich suche.\n8. 95.000 € Jahresgehalt\n11. unbedingt"
    body = (
        f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{paras(top)}</div>'
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
        '<div class="protonmail_signature_block-proton">Gesendet mit der sicheren E-Mail von '
        '<a href="https://proton.me/mail/home" target="_blank">Proton Mail</a>.</div></div>'
        '<div class="protonmail_quote">------- Original Message -------<br>Am Donnerstag, 26. November 2026 um '
        "15:10 schrieb Maya Example &lt;maya@example.org&gt;:<br><br>"
        f'<blockquote class="protonmail_quote" type="cite">{debrief_html()}</blockquote><br></div>'
    )
    msg = html_only(body, cte="base64")
    headers(msg, name="proton-de", date=D.format(t="19:59:59"), extra={})
    write(
        OUT,
        "proton_html_only_de",
        msg,
        client="Proton Mail (HTML only)",
        language="de",
        shape="numbered-html",
        answers={
            "rating": ("9", 9),
            "role": ("Genau das, was ich suche.", None),
            "money": money("95.000 € Jahresgehalt", ("95000", "EUR", "year")),
            "want_job": ("unbedingt", "yes"),
        },
        forbidden=[*H, "Proton Mail", "sicheren E-Mail", "Original Message"],
    )


def yahoo_html_en() -> None:
    top = "1- 8/10\n2- System design, by far\n8- 120,000 USD a year\n11- yes\n12- early December, probably Dec 3"
    attr = "On Thursday, November 26, 2026 at 03:10:12 PM GMT+1, Maya Example <maya@example.org> wrote:"
    text = f"{top}\n\nSent from Yahoo Mail for iPhone\n\n\n{attr}\n\n" + "\n".join(debrief_lines())
    body = (
        f'<div class="ydp3e2b1a7yahoo-style-wrap" style="font-family:Helvetica Neue;font-size:16px;">{paras(top)}'
        '<div><br></div><div id="ydp5f0signature">Sent from Yahoo Mail for iPhone</div></div>'
        '<div id="yahoo_quoted_4471025033" class="yahoo_quoted"><div style="font-family:Helvetica Neue;'
        f'font-size:13px;color:#26282a;"><div>{_esc(attr)}</div><div><br></div><div><br></div>'
        f'<div><div dir="ltr">{debrief_html()}</div></div></div></div>'
    )
    msg = alternative(text, body)
    headers(msg, name="yahoo-en", date=D.format(t="15:52:00"), extra={})
    write(
        OUT,
        "yahoo_html_numbered_en",
        msg,
        client="Yahoo Mail (iOS app)",
        language="en",
        shape="numbered-dash",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("System design, by far", None),
            "money": money("120,000 USD a year", ("120000", "USD", "year")),
            "want_job": ("yes", "yes"),
            "hear_back": ("early December, probably Dec 3", "2026-12-03"),
        },
        forbidden=[*H, "Sent from Yahoo Mail", "wrote:"],
    )


def yahoo_android_es() -> None:
    top = (
        "1. siete\n4. Me entendí bien con los dos.\n11. no estoy segura\n12. en dos semanas\n\n"
        "Enviado desde Yahoo Mail para Android"
    )
    attr = "  El jue., 26 de nov. de 2026 a las 15:10, Maya Example<maya@example.org> escribió:"
    text = f"{top}\n\n{attr}\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(msg, name="yahoo-es", date=D.format(t="21:30:00"), extra={})
    write(
        OUT,
        "yahoo_android_numbered_es",
        msg,
        client="Yahoo Mail Android",
        language="es",
        shape="numbered",
        answers={
            "rating": ("siete", 7),
            "rapport": ("Me entendí bien con los dos.", None),
            "want_job": ("no estoy segura", "unsure"),
            "hear_back": ("en dos semanas", "2026-12-10"),
        },
        forbidden=[*H, "Yahoo Mail para Android", "escribió:"],
    )


def fastmail_inline_en() -> None:
    answers = {
        1: "seven",
        3: "Rushed the estimate question. Should ask clarifying questions first.",
        9: "Better pay, same tech, worse office.",
        11: "Yes",
    }
    attr = "On Thu, 26 Nov 2026, at 15:10, Maya Example wrote:"
    text = f"{attr}\n{gt_inline(answers)}"
    msg = plain(text)
    headers(msg, name="fastmail-en", date=D.format(t="18:55:31"), extra={"User-Agent": "Cyrus-JMAP/3.11.0"})
    write(
        OUT,
        "fastmail_inline_en",
        msg,
        client="Fastmail web",
        language="en",
        shape="inline",
        answers={
            "rating": ("seven", 7),
            "went_badly": (answers[3], None),
            "vs_current": (answers[9], None),
            "want_job": ("Yes", "yes"),
        },
        forbidden=[*H, "wrote:"],
    )


def roundcube_numbered_de() -> None:
    top = (
        "1. 8/10\n"
        "2. Das Gespräch über Teamführung\n"
        "6. Offene Kultur, kurze Entscheidungswege\n"
        "12. in zwei Wochen\n\n"
        "-- \nMaya Example\nwww.example.org"
    )
    attr = "Am 2026-11-26 15:10, schrieb Maya Example:"
    text = f"{top}\n\n{attr}\n{gt(debrief_lines())}"
    msg = plain(text, flowed=True)
    headers(msg, name="rc-de", date=D.format(t="17:30:00"), extra={"User-Agent": "Roundcube Webmail/1.6.9"})
    write(
        OUT,
        "roundcube_numbered_de",
        msg,
        client="Roundcube",
        language="de",
        shape="numbered",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("Das Gespräch über Teamführung", None),
            "company": ("Offene Kultur, kurze Entscheidungswege", None),
            "hear_back": ("in zwei Wochen", "2026-12-10"),
        },
        forbidden=[*H, "schrieb Maya Example", "www.example.org"],
    )


def mutt_inline_en() -> None:
    answers = {
        1: "6",
        2: "Debugging exercise. Found the race in ten minutes.",
        7: "Salary below my ask; they hinted at flexibility.",
        8: "EUR 72k; I asked for EUR 80k",
        12: "by the 4th",
    }
    attr = "On Thu, Nov 26, 2026 at 03:10:44PM +0100, Maya Example wrote:"
    text = f"{attr}\n{gt_inline(answers)}\n\n-- \nMaya"
    msg = plain(text, charset="us-ascii", cte="7bit")
    headers(
        msg, name="mutt-en", date=D.format(t="22:10:00"), extra={"User-Agent": "Mutt/2.2.13 (2024-03-09)"}
    )
    write(
        OUT,
        "mutt_inline_en",
        msg,
        client="mutt",
        language="en",
        shape="inline",
        answers={
            "rating": ("6", 6),
            "went_well": (answers[2], None),
            "reservations": (answers[7], None),
            "money": money(answers[8], ("72000", "EUR", None), ("80000", "EUR", None)),
            "hear_back": ("by the 4th", "2026-12-04"),
        },
        forbidden=[*H, "wrote:"],
    )


def android_email_de() -> None:
    top = "1. 5 von 10\n3. Systemdesign war schwach.\n11. nein\n\n\n\nVon meinem Mobilgerät gesendet"
    block = (
        "-------- Ursprüngliche Nachricht --------\nVon: Maya Example <maya@example.org>\n"
        f"Datum: 26.11.26 15:10 (GMT+01:00)\nAn: Maya Example <maya@example.org>\nBetreff: {SUBJECT}\n"
    )
    text = f"{top}\n\n{block}\n" + "\n".join(debrief_lines())
    msg = plain(text)
    headers(msg, name="aosp-de", date=D.format(t="16:50:00"), extra={})
    write(
        OUT,
        "android_email_numbered_de",
        msg,
        client="Android Email (stock, German)",
        language="de",
        shape="numbered",
        answers={
            "rating": ("5 von 10", 5),
            "went_badly": ("Systemdesign war schwach.", None),
            "want_job": ("nein", "no"),
        },
        forbidden=[*H, "Von meinem Mobilgerät gesendet", "Ursprüngliche Nachricht"],
    )


def iphone_inline_sv() -> None:
    answers = {1: "8", 6: "Bra värderingar och schyssta kollegor.", 11: "Ja", 12: "på måndag"}
    attr = "26 nov. 2026 kl. 15:10 skrev Maya Example <maya@example.org>:"
    text = f"\n\nSkickat från min iPhone\n\n> {attr}\n> \n{gt_inline(answers)}"
    msg = plain(text)
    headers(msg, name="iph-sv", date=D.format(t="20:02:02"), extra={"X-Mailer": "iPhone Mail (22B91)"})
    write(
        OUT,
        "iphone_inline_sv",
        msg,
        client="iOS Mail (iPhone)",
        language="sv",
        shape="inline",
        answers={
            "rating": ("8", 8),
            "company": (answers[6], None),
            "want_job": ("Ja", "yes"),
            "hear_back": ("på måndag", "2026-11-30"),
        },
        forbidden=[*H, "Skickat från min iPhone", "skrev Maya"],
    )


def gmail_web_numbered_it() -> None:
    top = "1) 8\n3) Troppo lenta sul test di SQL\n8) 50.000 euro lordi annui\n11) sì\n12) lunedì"
    attr = "Il giorno gio 26 nov 2026 alle ore 15:10 Maya Example <maya@example.org>\nha scritto:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(msg, name="gw-it", date=D.format(t="18:31:00"), extra={})
    write(
        OUT,
        "gmail_web_numbered_it",
        msg,
        client="Gmail web",
        language="it",
        shape="numbered-paren",
        answers={
            "rating": ("8", 8),
            "went_badly": ("Troppo lenta sul test di SQL", None),
            "money": money("50.000 euro lordi annui", ("50000", "EUR", "year")),
            "want_job": ("sì", "yes"),
            "hear_back": ("lunedì", "2026-11-30"),
        },
        forbidden=[*H, "ha scritto:"],
    )


def apple_forward_inside_de() -> None:
    top = (
        "1. 7\n"
        "7. Unklar, ob Remote möglich ist – siehe Mail von Jane unten.\n"
        "11. ja\n\n"
        "Anfang der weitergeleiteten Nachricht:\n\n"
        "Von: Jane Doe <jane@acme.example>\n"
        "Betreff: Nächste Schritte\n"
        "Datum: 26. November 2026 um 14:58:00 MEZ\n"
        "An: Maya Example <maya@example.org>\n\n"
        "Hallo Maya, danke für das Gespräch. Zwei Tage pro Woche im Büro sind bei uns üblich.\n"
        "Beste Grüße\nJane"
    )
    attr = "Am 26.11.2026 um 15:10 schrieb Maya Example <maya@example.org>:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(msg, name="apple-fwd-de", date=D.format(t="16:40:00"), extra={"X-Mailer": "Apple Mail (2.3774)"})
    write(
        OUT,
        "apple_mail_forward_inside_de",
        msg,
        client="Apple Mail macOS",
        language="de",
        shape="numbered+forward",
        answers={
            "rating": ("7", 7),
            "reservations": ("Unklar, ob Remote möglich ist – siehe Mail von Jane unten.", None),
            "want_job": ("ja", "yes"),
        },
        forbidden=[
            *H,
            "weitergeleiteten Nachricht",
            "Zwei Tage pro Woche",
            "jane@acme.example",
            "Beste Grüße",
        ],
    )


def iphone_short_en() -> None:
    top = "1. 8\n11. Yes\n12. Monday\n\nSent from my iPhone"
    attr = "On Nov 26, 2026, at 15:10, Maya Example <maya@example.org> wrote:"
    text = f"{top}\n\n> {attr}\n> \n{gt(debrief_lines())}"
    msg = plain(text)
    headers(msg, name="iph-short-en", date=D.format(t="15:20:00"), extra={"X-Mailer": "iPhone Mail (22B91)"})
    write(
        OUT,
        "iphone_short_answers_en",
        msg,
        client="iOS Mail (iPhone)",
        language="en",
        shape="numbered-short",
        answers={"rating": ("8", 8), "want_job": ("Yes", "yes"), "hear_back": ("Monday", "2026-11-30")},
        forbidden=[*H, "Sent from my iPhone", "wrote:"],
    )


def outlook_mac_en() -> None:
    top = (
        "1. 7 out of 10\n"
        "5. Lots of distributed systems work. Close to ideal.\n"
        "10. On par with the Northwind role, better than Fabrikam.\n"
        "11. Yes, if the on-call question is sorted\n"
        "12. Thursday next week"
    )
    block = (
        "From: Maya Example <maya@example.org>\nDate: Thursday, 26 November 2026 at 15:10\n"
        f"To: Maya Example <maya@example.org>\nSubject: {SUBJECT}"
    )
    text = f"{top}\n\n{block}\n\n" + "\n".join(debrief_lines())
    msg = plain(text)
    headers(
        msg,
        name="olmac-en",
        date=D.format(t="19:09:09"),
        extra={"User-Agent": "Microsoft-MacOutlook/16.91.24111020"},
    )
    write(
        OUT,
        "outlook_mac_numbered_en",
        msg,
        client="Outlook for Mac",
        language="en",
        shape="numbered",
        answers={
            "rating": ("7 out of 10", 7),
            "role": ("Lots of distributed systems work. Close to ideal.", None),
            "vs_others": ("On par with the Northwind role, better than Fabrikam.", None),
            "want_job": ("Yes, if the on-call question is sorted", "yes"),
            "hear_back": ("Thursday next week", "2026-12-03"),
        },
        forbidden=[*H, "Date: Thursday"],
    )


def gmail_private_address_en() -> None:
    top = "1 - 7.5/10\n2 - Kept calm in the live debugging\n11 - not sure yet\n12 - Dec 7"
    attr = "On Thu, Nov 26, 2026 at 3:10\u202fPM Maya Example <maya@example.org> wrote:"
    text = f"{top}\n\n{attr}\n\n{gt(debrief_lines())}"
    msg = plain(text)
    headers(
        msg,
        name="gw-priv-en",
        date=D.format(t="16:06:00"),
        sender="Maya Example <maya.private@example.net>",
        extra={},
    )
    write(
        OUT,
        "gmail_web_private_address_en",
        msg,
        client="Gmail web (second address)",
        language="en",
        shape="numbered-dash",
        own=("maya@example.org", "maya.private@example.net"),
        answers={
            "rating": ("7.5/10", 7.5),
            "went_well": ("Kept calm in the live debugging", None),
            "want_job": ("not sure yet", "unsure"),
            "hear_back": ("Dec 7", "2026-12-07"),
        },
        forbidden=[*H, "wrote:"],
    )


def iphone_inline_fr() -> None:
    answers = {1: "6 sur 10", 3: "Trop long sur la présentation.", 11: "non", 12: "vendredi prochain, le 4"}
    attr = "Le 26 nov. 2026 à 15:10, Maya Example <maya@example.org> a écrit :"
    text = f"\n\nEnvoyé de mon iPhone\n\n> {attr}\n> \n{gt_inline(answers)}"
    msg = plain(text)
    headers(msg, name="iph-fr", date=D.format(t="19:30:00"), extra={"X-Mailer": "iPhone Mail (22B91)"})
    write(
        OUT,
        "iphone_inline_fr",
        msg,
        client="iOS Mail (iPhone)",
        language="fr",
        shape="inline",
        answers={
            "rating": ("6 sur 10", 6),
            "went_badly": ("Trop long sur la présentation.", None),
            "want_job": ("non", "no"),
            "hear_back": ("vendredi prochain, le 4", "2026-12-04"),
        },
        forbidden=[*H, "Envoyé de mon iPhone", "a écrit :"],
    )


def outlook_ios_pl() -> None:
    top = "1. 7/10\n6. Stabilna firma, dobre opinie.\n11. Tak\n12. za tydzień\n\nPobierz Outlook dla systemu iOS<https://aka.ms/o0ukef>"
    block = (
        "________________________________\nOd: Maya Example <maya@example.org>\n"
        f"Wysłane: czwartek, 26 listopada 2026 15:10\nDo: Maya Example <maya@example.org>\nTemat: {SUBJECT}"
    )
    text = f"{top}\n{block}\n\n" + "\n".join(debrief_lines())
    msg = plain(text)
    headers(msg, name="oios-pl", date=D.format(t="18:18:00"), subject=f"Odp: {SUBJECT}", extra={})
    write(
        OUT,
        "outlook_ios_numbered_pl",
        msg,
        client="Outlook iOS",
        language="pl",
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "company": ("Stabilna firma, dobre opinie.", None),
            "want_job": ("Tak", "yes"),
            "hear_back": ("za tydzień", "2026-12-03"),
        },
        forbidden=[*H, "Pobierz Outlook", "aka.ms", "Wysłane:"],
    )


ALL = [
    samsung_numbered_fr,
    samsung_paragraphs_en,
    thunderbird_inline_flowed_de,
    thunderbird_html_sv,
    thunderbird_inline_pl,
    thunderbird_bottom_en,
    k9_numbered_en,
    fairemail_inline_nl,
    proton_numbered_en,
    proton_html_de,
    yahoo_html_en,
    yahoo_android_es,
    fastmail_inline_en,
    roundcube_numbered_de,
    mutt_inline_en,
    android_email_de,
    iphone_inline_sv,
    gmail_web_numbered_it,
    apple_forward_inside_de,
    iphone_short_en,
    outlook_mac_en,
    gmail_private_address_en,
    iphone_inline_fr,
    outlook_ios_pl,
]
