"""eval3 cases, part B: inline, HTML-only, bottom-posted, free-text, forwarded and heavily signed replies."""
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from make_eval3 import (
    LINK,
    QUESTIONS,
    Case,
    M,
    answers,
    case,
    cite_html,
    debrief,
    debrief_html,
    divs,
    esc,
    gmail_html,
    gt,
    message,
    outlook_html,
    register,
    subject,
)

CASES: list[Callable[[], Case]] = []
add = register(CASES)
SKIP = "Skip anything you like"
ASK = "Rate your overall performance"
INTRO = (
    "Hi Maya,\n\nYour interview with Northwind Labs for Platform Engineer (with Jane Doe, Raj Patel) ended at 17:30.\n"
    "While it is fresh, answer what you can: reply to this email (inline under each question, or\n"
    f'numbered like "1. 7/10"), or use the form: {LINK}\n'
    "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)\n"
)
OUTRO = "Skip anything you like; a later reply fills in or replaces single answers.\n-- \nfollowupd\n"


def inline_gt(replies: dict[int, str], *, keep_rest: bool = True) -> str:
    """The debrief quoted with '>' and the user's answers typed unquoted under the questions she answered."""
    out = gt(INTRO) + ">\n"
    for number, question in enumerate(QUESTIONS, start=1):
        out += f"> {number}. {question}\n"
        if number in replies:
            out += "\n" + replies[number].rstrip("\n") + "\n\n"
        elif keep_rest:
            out += ">\n"
    return out + (gt(OUTRO) if keep_rest else "")


def inline_plain(replies: dict[int, str]) -> str:
    """The debrief unquoted (Outlook history) with the answers typed under the questions."""
    out = INTRO + "\n"
    for number, question in enumerate(QUESTIONS, start=1):
        out += f"{number}. {question}\n"
        out += (replies[number].rstrip("\n") + "\n\n") if number in replies else "\n"
    return out + OUTRO


@add
def thunderbird_inline_en() -> Case:
    body = inline_gt(
        {
            1: "8 out of 10",
            2: "The debugging exercise. I found the race condition before the hint.",
            4: "Jane and Raj were both lovely, I'd happily work with them.",
            11: "Yes, I'd take it.",
            12: "Thursday the 10th",
        }
    )
    text = "On 26/11/2026 20:40, followupd wrote:\n" + body
    return case(
        "thunderbird_inline_en",
        client="Thunderbird",
        language="en",
        shape="inline answers under '>' quoted questions, partial (5)",
        raw=message(
            number=34,
            text=text,
            sent="Thu, 26 Nov 2026 21:02:44 +0000",
            mailer="User-Agent: Mozilla Thunderbird\n",
            flowed=True,
        ),
        got=answers(
            rating=("8 out of 10", 8),
            went_well="The debugging exercise. I found the race condition before the hint.",
            rapport="Jane and Raj were both lovely, I'd happily work with them.",
            want_job=("Yes, I'd take it.", "yes"),
            hear_back=("Thursday the 10th", "2026-12-10"),
        ),
        forbidden=(SKIP, "Where were you strongest", "Could you see yourself working with them"),
    )


@add
def neomutt_inline_de() -> Case:
    body = inline_gt(
        {
            1: "7,5/10",
            3: "Die Frage nach meinem größten Fehler - da war ich nicht vorbereitet.\nNächstes Mal nehme ich das Rollout-Beispiel.",
            8: "80-85k EUR im Jahr",
            11: "Nein",
            12: "in zwei Wochen",
        },
        keep_rest=False,
    )
    text = "* followupd <maya@example.org> [26.11.26 20:45]:\n" + body + "> [...]\n\n-- \nMaya\n"
    return case(
        "neomutt_inline_de",
        client="NeoMutt (German)",
        language="de",
        shape="inline under '>' quotes with the rest trimmed, comma decimal rating, two-line answer",
        raw=message(
            number=35,
            text=text,
            cte="8bit",
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 21:09:30 +0100",
            mailer="User-Agent: NeoMutt/20241002\n",
        ),
        got=answers(
            rating=("7,5/10", 7.5),
            went_badly="Die Frage nach meinem größten Fehler - da war ich nicht vorbereitet. Nächstes Mal nehme ich das Rollout-Beispiel.",
            money=M("80-85k EUR im Jahr", ("80000", "EUR", "year"), ("85000", "EUR", "year")),
            want_job=("Nein", "no"),
            hear_back=("in zwei Wochen", "2026-12-10"),
        ),
        forbidden=("What money was discussed", "What didn't go so well", "[...]"),
    )


@add
def fairemail_inline_fr() -> Case:
    body = inline_gt(
        {
            1: "sept sur dix",
            5: "Le poste est proche de ce que je cherche, avec plus de mentorat.",
            7: "Le télétravail limité à un jour ; à négocier.",
            11: "Oui",
            12: "le 2 décembre",
        }
    )
    text = "26 nov. 2026 20:50:12 followupd <maya@example.org>:\n\n" + body
    return case(
        "fairemail_inline_fr",
        client="FairEmail (French)",
        language="fr",
        shape="inline answers under '>' quotes, rating in words, partial (5)",
        raw=message(number=36, text=text, subj=subject("Re: "), sent="Thu, 26 Nov 2026 21:14:08 +0100"),
        got=answers(
            rating=("sept sur dix", 7),
            role="Le poste est proche de ce que je cherche, avec plus de mentorat.",
            reservations="Le télétravail limité à un jour ; à négocier.",
            want_job=("Oui", "yes"),
            hear_back=("le 2 décembre", "2026-12-02"),
        ),
        forbidden=(SKIP, "How close is it to what you want", "What reservations do you have"),
    )


@add
def apple_mail_mac_inline_nb() -> Case:
    body = inline_gt(
        {
            1: "8/10",
            2: "Systemdesign, jeg tegnet hele løsningen på tavla.",
            8: "750\u00a0000 NOK i året",
            11: "Ja",
            12: "innen fredag",
        }
    )
    text = "\n\n> 26. nov. 2026 kl. 20:55 skrev followupd <maya@example.org>:\n> \n" + body
    return case(
        "apple_mail_mac_inline_nb",
        client="Apple Mail macOS (Norwegian)",
        language="no",
        shape="inline answers under '>' quotes, quoted attribution, partial (5)",
        raw=message(
            number=37,
            text=text,
            sent="Thu, 26 Nov 2026 21:20:51 +0100",
            mailer="X-Mailer: Apple Mail (2.3826.300.87.4.3)\n",
        ),
        got=answers(
            rating=("8/10", 8),
            went_well="Systemdesign, jeg tegnet hele løsningen på tavla.",
            money=M("750\u00a0000 NOK i året", ("750000", "NOK", "year")),
            want_job=("Ja", "yes"),
            hear_back=("innen fredag", "2026-11-27"),
        ),
        forbidden=(SKIP, "skrev followupd"),
    )


@add
def gmail_web_zh() -> Case:
    reply = "1. 8/10\n2. 二面的系统设计聊得很顺利。\n8. 年薪45万元\n11. 是的，很想去\n12. 下周三\n"
    attribution = "followupd <maya@example.org> 于2026年11月26日周四 21:00写道："
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_web_zh",
        client="Gmail web (Chinese)",
        language="zh",
        shape="top-posted, '1. ' numbering, partial (5), GB18030 base64",
        raw=message(
            number=38,
            text=text,
            html=gmail_html(reply, attribution),
            charset="gb18030",
            cte="base64",
            subj=subject("回复：Re: "),
            sent="Thu, 26 Nov 2026 22:05:17 +0800",
        ),
        got=answers(
            rating=("8/10", 8),
            went_well="二面的系统设计聊得很顺利。",
            money=M("年薪45万元", ("450000", "CNY", "year")),
            want_job=("是的，很想去", "yes"),
            hear_back=("下周三", "2026-12-02"),
        ),
        forbidden=(SKIP, "写道"),
    )


@add
def evolution_inline_en_unsure() -> Case:
    body = inline_gt(
        {
            1: "6",
            7: "They want someone in the office four days a week. I could ask for three.",
            11: "Honestly, I'm not sure.",
        }
    )
    text = (
        "On Thu, 2026-11-26 at 21:05 +0000, followupd wrote:\n"
        + body
        + "\n-- \nMaya Example <maya@example.org>\n"
    )
    return case(
        "evolution_inline_en_unsure",
        client="Evolution",
        language="en",
        shape="inline under '>' quotes, partial (3), Evolution attribution, '-- ' signature",
        raw=message(
            number=39,
            text=text,
            sent="Thu, 26 Nov 2026 21:31:00 +0000",
            mailer="X-Mailer: Evolution 3.52.4-1\n",
        ),
        got=answers(
            rating=("6", 6),
            reservations="They want someone in the office four days a week. I could ask for three.",
            want_job=("Honestly, I'm not sure.", "unsure"),
        ),
        forbidden=(SKIP, "Now that you have seen what they offer"),
    )


@add
def claws_inline_sv() -> Case:
    body = inline_gt(
        {
            1: "6 av 10",
            3: "Jag svarade för långt på frågan om ledarskap.",
            8: "42\u00a0000 SEK i månaden",
            11: "Nej",
            12: "inom en vecka",
        }
    )
    text = "On Thu, 26 Nov 2026 21:05:00 +0100\nfollowupd <maya@example.org> wrote:\n\n" + body
    return case(
        "claws_inline_sv",
        client="Claws Mail (Swedish answers)",
        language="sv",
        shape="inline under '>' quotes, Swedish answers under an English header, partial (5), ISO-8859-1",
        raw=message(
            number=40,
            text=text,
            charset="iso-8859-1",
            sent="Thu, 26 Nov 2026 21:36:42 +0100",
            mailer="X-Mailer: Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)\n",
        ),
        got=answers(
            rating=("6 av 10", 6),
            went_badly="Jag svarade för långt på frågan om ledarskap.",
            money=M("42\u00a0000 SEK i månaden", ("42000", "SEK", "month")),
            want_job=("Nej", "no"),
            hear_back=("inom en vecka", "2026-12-03"),
        ),
        forbidden=(SKIP, "What didn't go so well"),
    )


@add
def outlook_windows_inline_unquoted_en() -> Case:
    replies = {
        1: "7 – decent but not my best",
        2: "Explaining the migration plan and its rollback story",
        6: "They give teams real ownership of their services",
        8: "They mentioned a band of 95-105k GBP per year",
        11: "Yes",
        12: "end of the month",
    }
    header = [
        ("From:", "followupd <maya@example.org>"),
        ("Sent:", "Thursday, November 26, 2026 5:31 PM"),
        ("To:", "Maya Example <maya@example.org>"),
        ("Subject:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    top = "Answers inline below.\n\nMaya\n"
    text = top + "\n________________________________\n" + block + "\n\n" + inline_plain(replies)
    return case(
        "outlook_windows_inline_unquoted_en",
        client="Outlook desktop Windows",
        language="en",
        shape="inline answers typed into the unquoted history under each question, partial (6)",
        raw=message(
            number=41,
            text=text,
            html=outlook_html(top, header).replace("<div>" + debrief_html(), "<div>" + _inline_html(replies)),
            charset="windows-1252",
            subj=subject("RE: "),
            sent="Thu, 26 Nov 2026 21:40:03 +0000",
            mailer="X-Mailer: Microsoft Outlook 16.0\n",
            crlf=True,
        ),
        got=answers(
            rating=("7 – decent but not my best", 7),
            went_well="Explaining the migration plan and its rollback story",
            company="They give teams real ownership of their services",
            money=M(
                "They mentioned a band of 95-105k GBP per year",
                ("95000", "GBP", "year"),
                ("105000", "GBP", "year"),
            ),
            want_job=("Yes", "yes"),
            hear_back=("end of the month", "2026-11-30"),
        ),
        forbidden=(SKIP, "Answers inline below", "Where were you strongest"),
    )


def _inline_html(replies: dict[int, str]) -> str:
    """The debrief's HTML with the answers typed in blue under the questions (Outlook users do this)."""
    out = debrief_html()
    for number, answer in replies.items():
        question = esc(QUESTIONS[number - 1]).replace("didn't", "didn&#39;t")
        out = out.replace(
            f"<li><p>{question}</p></li>",
            f'<li><p>{question}</p><p><span style="color:#0070C0">{esc(answer)}</span></p></li>',
        )
    return out


@add
def outlook_web_inline_unquoted_de() -> Case:
    replies = {
        1: "6 von 10",
        3: "Ich habe zu wenig nach dem Team gefragt.",
        4: "Mit Jane ja, mit Raj eher schwierig.",
        11: "Ich weiß es nicht",
        12: "Mitte nächster Woche",
    }
    header = [
        ("Von:", "followupd <maya@example.org>"),
        ("Gesendet:", "Donnerstag, 26. November 2026 17:33"),
        ("An:", "Maya Example <maya@example.org>"),
        ("Betreff:", subject("")),
    ]
    html = outlook_html("Siehe unten.", header).replace(
        "<div>" + debrief_html(), "<div>" + _inline_html(replies)
    )
    return case(
        "outlook_web_inline_unquoted_de",
        client="Outlook web (German)",
        language="de",
        shape="inline answers in the unquoted history (HTML-only message), partial (5)",
        raw=message(
            number=42, text=None, html=html, subj=subject("AW: "), sent="Thu, 26 Nov 2026 21:44:29 +0100"
        ),
        got=answers(
            rating=("6 von 10", 6),
            went_badly="Ich habe zu wenig nach dem Team gefragt.",
            rapport="Mit Jane ja, mit Raj eher schwierig.",
            want_job=("Ich weiß es nicht", "unsure"),
            hear_back=("Mitte nächster Woche", "2026-12-02"),
        ),
        forbidden=(SKIP, "Siehe unten", "Gesendet:"),
    )


@add
def yahoo_web_it_html_pixel() -> Case:
    reply = (
        "1. 9/10\n2. Il caso pratico sul database, ero preparatissima.\n6. L'attenzione alla qualità del codice.\n"
        "8. 50.000 euro lordi annui\n11. Sì, assolutamente\n12. lunedì\n"
    )
    html = (
        '<html><head></head><body><div class="ydp3f1a yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        f"{divs(reply)}</div>\n"
        '<div id="ydp7c2yahoo_quoted_2231" class="ydp7c2yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n'
        "<div>Il giovedì 26 novembre 2026 alle ore 21:50:11 CET, followupd &lt;maya@example.org&gt; ha scritto:</div><div><br></div>\n"
        f"<div>{debrief_html()}</div></div></div>\n"
        '<img src="https://pixel.tracker.example/o/eval3-43.png" width="1" height="1" border="0" alt="">\n</body></html>\n'
    )
    return case(
        "yahoo_web_it_html_pixel",
        client="Yahoo Mail web (Italian)",
        language="it",
        shape="HTML only, yahoo_quoted div, tracking pixel, partial (6)",
        raw=message(
            number=43,
            text=None,
            html=html,
            cte="quoted-printable",
            subj=subject("R: "),
            sent="Thu, 26 Nov 2026 21:55:37 +0100",
        ),
        got=answers(
            rating=("9/10", 9),
            went_well="Il caso pratico sul database, ero preparatissima.",
            company="L'attenzione alla qualità del codice.",
            money=M("50.000 euro lordi annui", ("50000", "EUR", "year")),
            want_job=("Sì, assolutamente", "yes"),
            hear_back=("lunedì", "2026-11-30"),
        ),
        forbidden=(SKIP, "ha scritto:"),
    )


@add
def zoho_en_html_only() -> Case:
    reply = "1. 5/10\n3. The live coding. I froze when the tests went red.\n7. Unclear who I'd report to.\n11. No\n"
    html = (
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
        f'{divs(reply)}<br><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
        '<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">'
        "---- On Thu, 26 Nov 2026 22:00:00 +0000 <b>followupd &lt;maya@example.org&gt;</b> wrote ---<br></div><br>"
        f'<blockquote style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;">{debrief_html()}</blockquote>'
        "</div></div><br></body></html>\n"
    )
    return case(
        "zoho_en_html_only",
        client="Zoho Mail",
        language="en",
        shape="HTML only, Zoho '---- On ... wrote ---' header, partial (4)",
        raw=message(
            number=44,
            text=None,
            html=html,
            cte="7bit" if html.isascii() else "quoted-printable",
            sent="Thu, 26 Nov 2026 22:04:19 +0000",
            mailer="User-Agent: Zoho Mail\n",
        ),
        got=answers(
            rating=("5/10", 5),
            went_badly="The live coding. I froze when the tests went red.",
            reservations="Unclear who I'd report to.",
            want_job=("No", "no"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def mailru_ru_html_only() -> Case:
    reply = (
        "1. 8 из 10\n2. Хорошо рассказала про отказоустойчивость.\n11. Да\n12. в понедельник\n\n--\nМайя\n"
    )
    html = (
        "<HTML><BODY><div>"
        + reply.replace("\n", "<br>")
        + "</div><br><br><br>Четверг, 26 ноября 2026, 21:25 +03:00 от followupd &lt;maya@example.org&gt;:<br>\n"
        '<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;"><div id="">'
        f'<div class="js-helper js-readmsg-msg"><div><div id="style_17648_BODY">{debrief_html()}</div></div></div></div></blockquote>\n</BODY></HTML>\n'
    )
    return case(
        "mailru_ru_html_only",
        client="Mail.ru (Russian)",
        language="ru",
        shape="HTML only, '<br>' lines, Mail.ru attribution, partial (4), base64",
        raw=message(number=45, text=None, html=html, cte="base64", sent="Thu, 26 Nov 2026 23:30:52 +0300"),
        got=answers(
            rating=("8 из 10", 8),
            went_well="Хорошо рассказала про отказоустойчивость.",
            want_job=("Да", "yes"),
            hear_back=("в понедельник", "2026-11-30"),
        ),
        forbidden=(SKIP, "Майя"),
    )


@add
def outlook_web_en_html_only() -> Case:
    reply = (
        "1. 7/10\n2. Clear answers on cost control\n5. Close to what I want, though less hands-on coding\n"
        "8. They quoted $85 per hour for the contract-to-hire period\n11. Unsure\n12. Tuesday 8 December\n"
    )
    header = [
        ("From:", "followupd <maya@example.org>"),
        ("Sent:", "Thursday, November 26, 2026 16:32"),
        ("To:", "Maya Example <maya@example.org>"),
        ("Subject:", subject("")),
    ]
    return case(
        "outlook_web_en_html_only",
        client="Outlook web",
        language="en",
        shape="HTML only, divRplyFwdMsg header, partial (6), weekday with a date",
        raw=message(
            number=46,
            text=None,
            html=outlook_html(reply, header),
            subj=subject("RE: "),
            sent="Thu, 26 Nov 2026 22:10:44 -0500",
        ),
        got=answers(
            rating=("7/10", 7),
            went_well="Clear answers on cost control",
            role="Close to what I want, though less hands-on coding",
            money=M("They quoted $85 per hour for the contract-to-hire period", ("85", "USD", "hour")),
            want_job=("Unsure", "unsure"),
            hear_back=("Tuesday 8 December", "2026-12-08"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def gmail_web_fr_html_only_nbsp() -> Case:
    html = (
        '<div dir="ltr"><div>1.&nbsp;6/10</div><div>3.&nbsp;J&rsquo;ai h&eacute;sit&eacute; sur la question de conception d&rsquo;API.</div>'
        "<div>11.&nbsp;Je ne sais pas encore</div><div>12.&nbsp;vendredi 4&nbsp;d&eacute;cembre</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le&nbsp;jeu. 26 nov. 2026 &agrave;&nbsp;22:05, followupd &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; a &eacute;crit&nbsp;:<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{debrief_html()}</blockquote></div>\n'
    )
    return case(
        "gmail_web_fr_html_only_nbsp",
        client="Gmail web (French)",
        language="fr",
        shape="HTML only with entities and &nbsp;, partial (4)",
        raw=message(
            number=47,
            text=None,
            html=html,
            cte="7bit",
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 22:15:02 +0100",
        ),
        got=answers(
            rating=("6/10", 6),
            went_badly="J’ai hésité sur la question de conception d’API.",
            want_job=("Je ne sais pas encore", "unsure"),
            hear_back=("vendredi 4\u00a0décembre", "2026-12-04"),
        ),
        forbidden=(SKIP, "a écrit"),
    )


@add
def thunderbird_bottom_en() -> Case:
    reply = (
        "1. 7\n2. Whiteboard design of the ingestion pipeline\n4. Good chemistry with Raj, Jane was harder to read\n"
        "11. Yes\n12. on the 4th\n\nMaya\n"
    )
    text = "On 26/11/2026 21:50, followupd wrote:\n" + gt(debrief()) + "\n" + reply
    return case(
        "thunderbird_bottom_en",
        client="Thunderbird",
        language="en",
        shape="bottom-posted under the whole quote, partial (5)",
        raw=message(
            number=48,
            text=text,
            sent="Thu, 26 Nov 2026 22:20:11 +0000",
            mailer="User-Agent: Mozilla Thunderbird\n",
            flowed=True,
        ),
        got=answers(
            rating=("7", 7),
            went_well="Whiteboard design of the ingestion pipeline",
            rapport="Good chemistry with Raj, Jane was harder to read",
            want_job=("Yes", "yes"),
            hear_back=("on the 4th", "2026-12-04"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def mutt_bottom_trimmed_en() -> Case:
    quote = gt(INTRO) + ">\n> 1. How did it go? Rate your overall performance from 0 to 10.\n> [...]\n"
    reply = (
        "1) 8\n2) the behavioural round\n8) 130k USD base plus 10% bonus\n"
        "10) Better than the two others still open\n11) yes\n\n-- \nMaya Example\n"
    )
    text = "* followupd <maya@example.org> [2026-11-26 22:25 +0000]:\n" + quote + "\n" + reply
    return case(
        "mutt_bottom_trimmed_en",
        client="mutt",
        language="en",
        shape="bottom-posted under a trimmed quote, '1) ' numbering, partial (5)",
        raw=message(
            number=49,
            text=text,
            charset="us-ascii",
            cte="7bit",
            sent="Thu, 26 Nov 2026 22:31:27 +0000",
            mailer="User-Agent: Mutt/2.2.13 (2024-03-09)\n",
        ),
        got=answers(
            rating=("8", 8),
            went_well="the behavioural round",
            money=M("130k USD base plus 10% bonus", ("130000", "USD", None)),
            vs_others="Better than the two others still open",
            want_job=("yes", "yes"),
        ),
        forbidden=(
            "Rate your overall performance from 0 to 10",
            "Your interview with Northwind Labs",
            "[...]",
        ),
    )


@add
def k9_bottom_pl() -> Case:
    reply = "1. 6/10\n3. Pytanie o Kafkę, odpowiedziałam zbyt ogólnie.\n11. Nie wiem\n12. za tydzień\n"
    text = (
        "Dnia 26 listopada 2026 22:30:05 CET, followupd <maya@example.org> napisał(a):\n"
        + gt(debrief())
        + "\n"
        + reply
        + "\n-- \nWysłane z mojego urządzenia Android za pomocą K-9 Mail.\n"
    )
    return case(
        "k9_bottom_pl",
        client="K-9 Mail (Polish)",
        language="pl",
        shape="bottom-posted, partial (4), K-9 footer, ISO-8859-2 base64",
        raw=message(
            number=50,
            text=text,
            charset="iso-8859-2",
            cte="base64",
            subj=subject("Odp: "),
            sent="Thu, 26 Nov 2026 22:36:40 +0100",
        ),
        got=answers(
            rating=("6/10", 6),
            went_badly="Pytanie o Kafkę, odpowiedziałam zbyt ogólnie.",
            want_job=("Nie wiem", "unsure"),
            hear_back=("za tydzień", "2026-12-03"),
        ),
        forbidden=(SKIP, "za pomocą K-9 Mail"),
    )


@add
def gmail_web_en_free_text() -> Case:
    note = (
        "Too tired to go through the questions tonight. Short version: it was a long day, four rounds, "
        "and I honestly can't tell how it landed. Will fill in the form at the weekend."
    )
    attribution = "On Thu, Nov 26, 2026 at 5:35\u202fPM followupd <maya@example.org> wrote:"
    text = note + "\n\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_web_en_free_text",
        client="Gmail web",
        language="en",
        shape="free text only, no answers",
        raw=message(
            number=51, text=text, html=gmail_html(note, attribution), sent="Thu, 26 Nov 2026 22:40:13 +0000"
        ),
        got=answers(),
        forbidden=(SKIP, ASK),
        free_notes=note,
    )


@add
def apple_mail_ios_de_free_text() -> Case:
    note = "Kurz: lief besser als gedacht. Details morgen, bin gerade im Zug."
    attribution = "Am 26.11.2026 um 17:40 schrieb followupd <maya@example.org>:"
    text = note + "\n\nVon meinem iPhone gesendet\n\n> " + attribution + "\n> \n" + gt("\ufeff" + debrief())
    return case(
        "apple_mail_ios_de_free_text",
        client="Apple Mail iOS (German)",
        language="de",
        shape="free text only, mobile footer, quoted attribution",
        raw=message(
            number=52,
            text=text,
            html=cite_html(note + "\n\nVon meinem iPhone gesendet", attribution),
            subj=subject("AW: "),
            sent="Thu, 26 Nov 2026 18:12:00 +0100",
            mailer="X-Mailer: iPhone Mail (22B91)\n",
        ),
        got=answers(),
        forbidden=(SKIP, "Von meinem iPhone gesendet"),
        free_notes=note,
    )


@add
def outlook_android_es_free_text() -> Case:
    note = (
        "Fue una entrevista rara: media hora de retraso y luego todo con prisas. "
        "Prefiero contestar las preguntas mañana con calma."
    )
    header = [
        ("De:", "followupd <maya@example.org>"),
        ("Enviado:", "jueves, 26 de noviembre de 2026 17:36"),
        ("Para:", "Maya Example <maya@example.org>"),
        ("Asunto:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    reply = note + "\n\nObtener Outlook para Android\n"
    text = reply + "________________________________\n" + block + "\n\n" + debrief()
    return case(
        "outlook_android_es_free_text",
        client="Outlook Android (Spanish)",
        language="es",
        shape="free text only, mobile footer, Spanish header block",
        raw=message(
            number=53,
            text=text,
            html=outlook_html(reply, header),
            subj=subject("RE: "),
            sent="Thu, 26 Nov 2026 22:48:55 +0100",
        ),
        got=answers(),
        forbidden=(SKIP, "Obtener Outlook para Android"),
        free_notes=note,
    )


@add
def gmail_web_en_answer_then_forward() -> Case:
    reply = (
        "1. 8\n2. The design round with Raj\n11. yes\n"
        "12. by Dec 11, see Jane's note below\n\n"
        "---------- Forwarded message ---------\nFrom: Jane Doe <jane.doe@northwind.example>\n"
        "Date: Thu, Nov 26, 2026 at 4:55 PM\nSubject: Next steps\nTo: <maya@example.org>\n\n\n"
        "Hi Maya,\n\nThanks for coming in today. We will get back to you by Friday 11 December at the latest.\n"
        "The budget for the role is 120-130k plus equity.\n\nBest,\nJane\n"
    )
    attribution = "On Thu, Nov 26, 2026 at 5:30\u202fPM followupd <maya@example.org> wrote:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_web_en_answer_then_forward",
        client="Gmail web",
        language="en",
        shape="answers, then a forwarded recruiter message with its own dates and numbers, then the quote",
        raw=message(
            number=54, text=text, html=gmail_html(reply, attribution), sent="Thu, 26 Nov 2026 22:52:10 +0000"
        ),
        got=answers(
            rating=("8", 8),
            went_well="The design round with Raj",
            want_job=("yes", "yes"),
            hear_back=("by Dec 11, see Jane's note below", "2026-12-11"),
        ),
        forbidden=(SKIP, "Thanks for coming in today", "The budget for the role", "Forwarded message"),
    )


@add
def apple_mail_mac_nl_answer_then_forward() -> Case:
    reply = (
        "1. 7/10\n4. Prima klik met Jane.\n11. Ja\n12. uiterlijk maandag\n\nZie ook het bericht van Raj hieronder.\n\n"
        "Begin doorgestuurd bericht:\n\nVan: Raj Patel <raj.patel@northwind.example>\nOnderwerp: Bedankt!\n"
        "Datum: 26 november 2026 om 16:48:02 CET\nAan: Maya Example <maya@example.org>\n\n"
        "Hoi Maya,\n\nBedankt voor het gesprek. Je hoort binnen twee weken van ons.\n\nGroeten,\nRaj\n"
    )
    text = (
        reply
        + "\n> Op 26 nov 2026 om 17:30 heeft followupd <maya@example.org> het volgende geschreven:\n> \n"
        + gt(debrief())
    )
    return case(
        "apple_mail_mac_nl_answer_then_forward",
        client="Apple Mail macOS (Dutch)",
        language="nl",
        shape="answers, then a forwarded message holding its own hear-back phrase, partial (4)",
        raw=message(
            number=55,
            text=text,
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 22:58:31 +0100",
            mailer="X-Mailer: Apple Mail (2.3826.300.87.4.3)\n",
        ),
        got=answers(
            rating=("7/10", 7),
            rapport="Prima klik met Jane.",
            want_job=("Ja", "yes"),
            hear_back=("uiterlijk maandag", "2026-11-30"),
        ),
        forbidden=(SKIP, "Bedankt voor het gesprek", "binnen twee weken", "Begin doorgestuurd bericht"),
    )


@add
def gmail_android_en_split_by_blank_lines() -> Case:
    reply = (
        "1. 8\n\n2. The system design round.\n\nAlso the questions I asked at the end landed well.\n\n"
        "3. Salary expectations. I gave a number too early.\n\n8. Recruiter said the band tops out at 140k USD a year\n\n"
        "11. Yes\n\n12. Within 3 business days\n"
    )
    attribution = "On Thu, 26 Nov 2026, 18:02 followupd, <maya@example.org> wrote:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_android_en_split_by_blank_lines",
        client="Gmail Android",
        language="en",
        shape="top-posted, answers separated by blank lines, one answer over two paragraphs, partial (6)",
        raw=message(
            number=56,
            text=text,
            html=gmail_html(reply, attribution),
            cte="base64",
            sent="Thu, 26 Nov 2026 23:02:45 +0000",
        ),
        got=answers(
            rating=("8", 8),
            went_well="The system design round.\n\nAlso the questions I asked at the end landed well.",
            went_badly="Salary expectations. I gave a number too early.",
            money=M("Recruiter said the band tops out at 140k USD a year", ("140000", "USD", "year")),
            want_job=("Yes", "yes"),
            hear_back=("Within 3 business days", "2026-12-01"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def outlook_windows_en_long_signature() -> Case:
    reply = (
        "1. 6/10\n2. Handling the stakeholder scenario\n3. My answer on testing strategy was thin; I'd bring the contract-testing example\n"
        "7. Budget for the team is frozen until Q2 - ask how that affects hiring\n8. Nothing concrete, they asked for my expectations\n"
        "11. Not sure\n\nBest regards,\n\nMaya Example\nLead Engineer | Data Platform\nContoso Ltd.\n"
        "1 Example Street, Manchester M1 1AA\nT: +44 161 555 0100 | M: +44 7700 900123\n[cid:image001.png@01DB4C2A.5E1F3B60]\n"
        "Follow us: LinkedIn | X | YouTube\n\n"
        "This message is confidential and may be legally privileged. If you have received it in error, please tell the sender\n"
        "and delete it. Contoso Ltd. is registered in England and Wales, company number 01234567.\n"
        "Please consider the environment before printing this email.\n"
    )
    header = [
        ("From:", "followupd <maya@example.org>"),
        ("Sent:", "26 November 2026 17:34"),
        ("To:", "Maya Example <maya@example.org>"),
        ("Subject:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = reply + "\n" + block + "\n\n" + debrief()
    return case(
        "outlook_windows_en_long_signature",
        client="Outlook desktop Windows",
        language="en",
        shape="top-posted, partial (6), long corporate signature, image placeholder, legal disclaimer, no '-- '",
        raw=message(
            number=57,
            text=text,
            html=outlook_html(reply, header),
            sent="Thu, 26 Nov 2026 23:05:51 +0000",
            mailer="X-Mailer: Microsoft Outlook 16.0\n",
            crlf=True,
        ),
        got=answers(
            rating=("6/10", 6),
            went_well="Handling the stakeholder scenario",
            went_badly="My answer on testing strategy was thin; I'd bring the contract-testing example",
            reservations="Budget for the team is frozen until Q2 - ask how that affects hiring",
            money=M("Nothing concrete, they asked for my expectations"),
            want_job=("Not sure", "unsure"),
        ),
        forbidden=(
            SKIP,
            "Best regards",
            "[cid:image001.png@01DB4C2A.5E1F3B60]",
            "This message is confidential",
            "Please consider the environment",
        ),
    )


@add
def apple_mail_ios_nl_footer() -> Case:
    reply = "1. 8\n2. De casus over monitoring.\n8. €5.500 bruto per maand\n11. Ja hoor\n12. vrijdag 4 december\n\nVerstuurd vanaf mijn iPhone\n"
    attribution = "Op 26 nov 2026 om 17:40 heeft followupd <maya@example.org> het volgende geschreven:"
    text = reply + "\n> " + attribution + "\n> \n" + gt("\ufeff" + debrief())
    return case(
        "apple_mail_ios_nl_footer",
        client="Apple Mail iOS (Dutch)",
        language="nl",
        shape="top-posted, partial (5), Dutch mobile footer, quoted attribution, 8bit",
        raw=message(
            number=58,
            text=text,
            cte="8bit",
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 23:10:02 +0100",
            mailer="X-Mailer: iPhone Mail (22B91)\n",
        ),
        got=answers(
            rating=("8", 8),
            went_well="De casus over monitoring.",
            money=M("€5.500 bruto per maand", ("5500", "EUR", "month")),
            want_job=("Ja hoor", "yes"),
            hear_back=("vrijdag 4 december", "2026-12-04"),
        ),
        forbidden=(SKIP, "Verstuurd vanaf mijn iPhone", "het volgende geschreven"),
    )


@add
def webde_app_de() -> Case:
    reply = (
        "1. 9 von 10\n2. Das Fachgespräch zur Datenbankmigration.\n5. Sehr nah dran: Architektur und ein kleines Team.\n"
        "8. 6.000 € brutto im Monat\n11. Ja\n12. bis zum 4.12.\n\nGesendet mit der WEB.DE Mail App\n"
    )
    block = "Am 26.11.26, 17:45 schrieb followupd <maya@example.org>:\n"
    text = reply + "\n" + block + gt(debrief())
    return case(
        "webde_app_de",
        client="Web.de Mail App",
        language="de",
        shape="top-posted, partial (6), day.month. date, mobile footer, ISO-8859-1",
        raw=message(
            number=59,
            text=text,
            charset="iso-8859-15",
            cte="quoted-printable",
            subj=subject("Aw: "),
            sent="Thu, 26 Nov 2026 23:14:36 +0100",
        ),
        got=answers(
            rating=("9 von 10", 9),
            went_well="Das Fachgespräch zur Datenbankmigration.",
            role="Sehr nah dran: Architektur und ein kleines Team.",
            money=M("6.000 € brutto im Monat", ("6000", "EUR", "month")),
            want_job=("Ja", "yes"),
            hear_back=("bis zum 4.12.", "2026-12-04"),
        ),
        forbidden=(SKIP, "Gesendet mit der WEB.DE Mail App"),
    )


@add
def yahoo_web_en_crlf_partial() -> Case:
    reply = (
        "Q1: four\nQ3: My system design was all over the place.\nQ11: no\n\nSent from Yahoo Mail for iPhone\n"
    )
    attribution = "On Thursday, November 26, 2026, 5:50 PM, followupd <maya@example.org> wrote:"
    text = reply + "\n\n" + attribution + "\n\n" + gt(debrief())
    return case(
        "yahoo_web_en_crlf_partial",
        client="Yahoo Mail iOS",
        language="en",
        shape="top-posted, 'Q1: ' numbering, rating as a word, partial (3), mobile footer, CRLF",
        raw=message(
            number=60,
            text=text,
            html=cite_html(reply, attribution),
            crlf=True,
            sent="Thu, 26 Nov 2026 23:20:00 +0000",
        ),
        got=answers(
            rating=("four", 4),
            went_badly="My system design was all over the place.",
            want_job=("no", "no"),
        ),
        forbidden=(SKIP, "Sent from Yahoo Mail for iPhone"),
    )


@add
def fastmail_inline_en_paragraphs() -> Case:
    body = inline_gt(
        {
            1: "7",
            2: "Talking through the outage I ran last spring.\n\nThey asked lots of follow-ups, which felt like a good sign.",
            6: "Public roadmap, sensible on-call, and they pay for conferences.",
            8: "€700 a day for the initial contract, then a permanent offer",
            11: "yes",
            12: "by 15 December",
        }
    )
    text = "On Thu, 26 Nov 2026, at 17:38, followupd wrote:\n" + body
    return case(
        "fastmail_inline_en_paragraphs",
        client="Fastmail",
        language="en",
        shape="inline under '>' quotes, an answer of two paragraphs, day rate, partial (6)",
        raw=message(
            number=61,
            text=text,
            sent="Thu, 26 Nov 2026 23:24:18 +0000",
            mailer="User-Agent: Cyrus-JMAP/3.13.0-alpha0\n",
        ),
        got=answers(
            rating=("7", 7),
            went_well="Talking through the outage I ran last spring. They asked lots of follow-ups, which felt like a good sign.",
            company="Public roadmap, sensible on-call, and they pay for conferences.",
            money=M("€700 a day for the initial contract, then a permanent offer", ("700", "EUR", "day")),
            want_job=("yes", "yes"),
            hear_back=("by 15 December", "2026-12-15"),
        ),
        forbidden=(SKIP, "What do you like about the company"),
    )


@add
def outlook_mac_inline_unquoted_en() -> Case:
    replies = {
        1: "MAYA: 8",
        5: "MAYA: It's the role I described to my mentor last year, almost word for word.",
        9: "MAYA: Bigger scope and a shorter commute than my current job.",
        11: "MAYA: Yes",
    }
    header = [
        ("From:", "followupd <maya@example.org>"),
        ("Date:", "Thursday, 26 November 2026 at 17:32"),
        ("To:", "Maya Example <maya@example.org>"),
        ("Subject:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = "Answers in caps below.\n\n" + block + "\n\n" + inline_plain(replies)
    html = outlook_html("Answers in caps below.", header).replace(
        "<div>" + debrief_html(), "<div>" + _inline_html(replies)
    )
    return case(
        "outlook_mac_inline_unquoted_en",
        client="Outlook Mac",
        language="en",
        shape="inline answers with a 'MAYA:' tag in the unquoted history, partial (4)",
        raw=message(
            number=62,
            text=text,
            html=html,
            sent="Thu, 26 Nov 2026 23:29:40 +0000",
            mailer="User-Agent: Microsoft-MacOutlook/16.91.25011212\n",
        ),
        got=answers(
            rating=("8", 8),
            role="It's the role I described to my mentor last year, almost word for word.",
            vs_current="Bigger scope and a shorter commute than my current job.",
            want_job=("Yes", "yes"),
        ),
        forbidden=(SKIP, "Answers in caps below", "How close is it to what you want"),
    )


@add
def gmail_web_inline_es() -> Case:
    body = inline_gt(
        {
            1: "ocho",
            4: "Muy bien con Jane, menos con Raj.",
            8: "unos 3.000 € netos al mes",
            11: "No",
            12: "el martes",
        }
    )
    text = "\n\nEl jue, 26 nov 2026 a las 17:31, followupd (<maya@example.org>) escribió:\n\n" + body
    return case(
        "gmail_web_inline_es",
        client="Gmail web (Spanish)",
        language="es",
        shape="inline under '>' quotes with an empty top, rating as a word, partial (5)",
        raw=message(number=63, text=text, subj=subject("Re: "), sent="Thu, 26 Nov 2026 23:35:12 +0100"),
        got=answers(
            rating=("ocho", 8),
            rapport="Muy bien con Jane, menos con Raj.",
            money=M("unos 3.000 € netos al mes", ("3000", "EUR", "month")),
            want_job=("No", "no"),
            hear_back=("el martes", "2026-12-01"),
        ),
        forbidden=(SKIP, "escribió:", "Could you see yourself working with them"),
    )


@add
def roundcube_inline_it() -> Case:
    body = inline_gt(
        {
            1: "7 su 10",
            3: "Ho risposto male alla domanda sul budget del progetto.",
            7: "Non è chiaro se il ruolo sia davvero senior.",
            11: "Non lo so",
            12: "entro una settimana",
        }
    )
    text = "Il 26/11/2026 18:00 followupd ha scritto:\n" + body + "\n-- \nMaya\n"
    return case(
        "roundcube_inline_it",
        client="Roundcube (Italian)",
        language="it",
        shape="inline under '>' quotes, partial (5), ISO-8859-1 quoted-printable",
        raw=message(
            number=64,
            text=text,
            charset="iso-8859-1",
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 23:40:27 +0100",
            mailer="User-Agent: Roundcube Webmail/1.6.9\n",
        ),
        got=answers(
            rating=("7 su 10", 7),
            went_badly="Ho risposto male alla domanda sul budget del progetto.",
            reservations="Non è chiaro se il ruolo sia davvero senior.",
            want_job=("Non lo so", "unsure"),
            hear_back=("entro una settimana", "2026-12-03"),
        ),
        forbidden=(SKIP, "ha scritto:", "What reservations do you have"),
    )


@add
def k9_inline_cs() -> Case:
    body = inline_gt(
        {
            1: "9/10",
            2: "Návrh architektury, měla jsem připravené příklady.",
            8: "1 200 000 Kč ročně",
            11: "Ano",
            12: "v pondělí",
        },
        keep_rest=False,
    )
    text = (
        "Dne 26. listopadu 2026 18:10:44 SEČ, followupd <maya@example.org> napsal:\n"
        + body
        + "\n-- \nOdesláno z mého zařízení Android pomocí K-9 Mail.\n"
    )
    return case(
        "k9_inline_cs",
        client="K-9 Mail (Czech)",
        language="cs",
        shape="inline under '>' quotes, rest of the quote cut, partial (5), K-9 footer, windows-1250",
        raw=message(
            number=65,
            text=text,
            charset="windows-1250",
            cte="quoted-printable",
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 23:44:51 +0100",
        ),
        got=answers(
            rating=("9/10", 9),
            went_well="Návrh architektury, měla jsem připravené příklady.",
            money=M("1 200 000 Kč ročně", ("1200000", "CZK", "year")),
            want_job=("Ano", "yes"),
            hear_back=("v pondělí", "2026-11-30"),
        ),
        forbidden=("pomocí K-9 Mail", "What went well"),
    )


@add
def claws_bottom_fr() -> Case:
    reply = "1. 7/10\n6. L'ambiance, vraiment détendue.\n11. Oui\n12. jeudi 3 décembre\n\nMaya\n"
    text = "Le jeudi 26 novembre 2026 à 18:05 +0100, followupd a écrit :\n" + gt(debrief()) + "\n" + reply
    return case(
        "claws_bottom_fr",
        client="Claws Mail (French)",
        language="fr",
        shape="bottom-posted under the whole quote, partial (4), ISO-8859-15",
        raw=message(
            number=66,
            text=text,
            charset="iso-8859-15",
            cte="8bit",
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 23:50:03 +0100",
            mailer="X-Mailer: Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)\n",
        ),
        got=answers(
            rating=("7/10", 7),
            company="L'ambiance, vraiment détendue.",
            want_job=("Oui", "yes"),
            hear_back=("jeudi 3 décembre", "2026-12-03"),
        ),
        forbidden=(SKIP, "a écrit :"),
    )


@add
def hey_en_html_only() -> Case:
    reply = "1. 10/10, best interview I've had this year\n5. Exactly the platform work I want\n11. Yes\n12. Dec 2\n"
    html = (
        '<div class="trix-content">\n' + divs(reply) + "</div>\n"
        "<br><div>On November 26, 2026, followupd &lt;maya@example.org&gt; wrote:</div>\n"
        f"<blockquote>{debrief_html()}</blockquote>\n"
    )
    return case(
        "hey_en_html_only",
        client="HEY",
        language="en",
        shape="HTML only (trix), partial (4)",
        raw=message(number=67, text=None, html=html, sent="Thu, 26 Nov 2026 23:55:40 +0000"),
        got=answers(
            rating=("10/10, best interview I've had this year", 10),
            role="Exactly the platform work I want",
            want_job=("Yes", "yes"),
            hear_back=("Dec 2", "2026-12-02"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def proton_de_html_only() -> Case:
    reply = "1. 7/10\n2. Die Fragen zum Monitoring.\n8. 90.000 CHF pro Jahr\n11. Ja\n12. nächste Woche\n\nGesendet mit Proton Mail sichere E-Mail.\n"
    html = (
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">'
        + divs(reply)
        + '</div><div class="protonmail_quote">\n        Am Donnerstag, 26. November 2026 um 18:15, followupd &lt;maya@example.org&gt; schrieb:<br>\n'
        f'        <blockquote class="protonmail_quote" type="cite">\n{debrief_html()}</blockquote><br>\n    </div>\n'
    )
    return case(
        "proton_de_html_only",
        client="Proton Mail (German)",
        language="de",
        shape="HTML only, protonmail_quote, partial (5), Swiss francs",
        raw=message(
            number=68,
            text=None,
            html=html,
            cte="base64",
            subj=subject("AW: "),
            sent="Fri, 27 Nov 2026 00:01:17 +0100",
        ),
        got=answers(
            rating=("7/10", 7),
            went_well="Die Fragen zum Monitoring.",
            money=M("90.000 CHF pro Jahr", ("90000", "CHF", "year")),
            want_job=("Ja", "yes"),
            hear_back=("nächste Woche", "2026-12-04"),
        ),
        forbidden=(SKIP, "Gesendet mit Proton Mail"),
    )


@add
def samsung_email_nb_free_text() -> Case:
    note = "Gikk greit, tror jeg. Skriver mer i morgen når jeg har sovet på det."
    block = (
        "-------- Opprinnelig melding --------\nFra: followupd <maya@example.org> \nDato: 26.11.2026 17:48 (GMT+01:00) \n"
        f"Til: Maya Example <maya@example.org> \nEmne: {subject('')} \n\n"
    )
    text = note + "\n\n\n\nSendt fra min Galaxy\n\n" + block + debrief()
    return case(
        "samsung_email_nb_free_text",
        client="Samsung Email (Norwegian)",
        language="no",
        shape="free text only, mobile footer, Opprinnelig melding block, CRLF base64",
        raw=message(
            number=69,
            text=text,
            cte="base64",
            crlf=True,
            subj=subject("SV: "),
            sent="Fri, 27 Nov 2026 00:05:09 +0100",
        ),
        got=answers(),
        forbidden=(SKIP, "Sendt fra min Galaxy", "Opprinnelig melding"),
        free_notes=note,
    )
