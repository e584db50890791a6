"""eval3 cases, part A: replies written above the quoted debrief, numbered in the user's own ways."""
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from make_eval3 import (
    Case,
    M,
    answers,
    case,
    cite_html,
    debrief,
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


@add
def gmail_web_en_full() -> Case:
    reply = (
        "1. 8/10\n2. System design round, I walked through the queue backpressure story clearly.\n"
        "3. Fumbled the SQL window-function question; next time I\u2019d sketch the query before talking.\n"
        "4. Great with Jane, Raj was quieter but friendly. Yes, I could work with both.\n"
        "5. Owning the build platform end to end, very close to what I want.\n"
        "6. Small teams, public postmortems, no on-call heroics.\n"
        "7. Hybrid policy is vague, will ask the recruiter for it in writing.\n"
        "8. $150k-$165k base per year\n9. Better scope than my current job, similar pay.\n"
        "10. Ahead of the Contoso process, nothing else is this far along.\n11. Yes\n12. by Tuesday\n\nThanks,\nMaya\n"
    )
    attribution = "On Thu, Nov 26, 2026 at 5:42\u202fPM followupd <maya@example.org> wrote:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_web_en_full",
        client="Gmail web",
        language="en",
        shape="top-posted, all twelve numbered '1. ', signed",
        raw=message(
            number=1, text=text, html=gmail_html(reply, attribution), sent="Thu, 26 Nov 2026 18:20:41 +0000"
        ),
        got=answers(
            rating=("8/10", 8),
            went_well="System design round, I walked through the queue backpressure story clearly.",
            went_badly="Fumbled the SQL window-function question; next time I\u2019d sketch the query before talking.",
            rapport="Great with Jane, Raj was quieter but friendly. Yes, I could work with both.",
            role="Owning the build platform end to end, very close to what I want.",
            company="Small teams, public postmortems, no on-call heroics.",
            reservations="Hybrid policy is vague, will ask the recruiter for it in writing.",
            money=M("$150k-$165k base per year", ("150000", "USD", "year"), ("165000", "USD", "year")),
            vs_current="Better scope than my current job, similar pay.",
            vs_others="Ahead of the Contoso process, nothing else is this far along.",
            want_job=("Yes", "yes"),
            hear_back=("by Tuesday", "2026-12-01"),
        ),
        forbidden=(SKIP, ASK, "wrote:", "Thanks,"),
    )


@add
def gmail_android_de() -> Case:
    reply = (
        "1) 7 von 10\n2) Die Live-Coding-Aufgabe lief richtig gut.\n"
        "3) Bei der Frage nach Kubernetes-Upgrades war ich zu vage.\n"
        "5) Genau die Mischung aus Plattform und Produkt, die ich suche.\n"
        "8) 68.000–72.000 € brutto im Jahr\n11) Ja, auf jeden Fall\n12) bis Mittwoch\n\nViele Grüße\nMaya\n"
    )
    attribution = "Am Do., 26. Nov. 2026 um 17:51 Uhr schrieb followupd <maya@example.org>:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_android_de",
        client="Gmail Android (German)",
        language="de",
        shape="top-posted, '1)' numbering, partial (7), base64 parts",
        raw=message(
            number=2,
            text=text,
            html=gmail_html(reply, attribution),
            cte="base64",
            subj=subject("AW: "),
            sent="Thu, 26 Nov 2026 19:03:12 +0100",
        ),
        got=answers(
            rating=("7 von 10", 7),
            went_well="Die Live-Coding-Aufgabe lief richtig gut.",
            went_badly="Bei der Frage nach Kubernetes-Upgrades war ich zu vage.",
            role="Genau die Mischung aus Plattform und Produkt, die ich suche.",
            money=M("68.000–72.000 € brutto im Jahr", ("68000", "EUR", "year"), ("72000", "EUR", "year")),
            want_job=("Ja, auf jeden Fall", "yes"),
            hear_back=("bis Mittwoch", "2026-12-02"),
        ),
        forbidden=(SKIP, "Viele Grüße", "schrieb followupd"),
    )


@add
def gmail_ios_en_dash_partial() -> Case:
    reply = "1 - 6\n3 - talked too long about my current team, should have been crisper\n11 - not sure yet\n12 - early next week\n"
    attribution = "On Thu, Nov 26, 2026 at 18:03, followupd <maya@example.org> wrote:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_ios_en_dash_partial",
        client="Gmail iOS",
        language="en",
        shape="top-posted, '1 - ' numbering, partial (4), lowercase",
        raw=message(
            number=3, text=text, html=gmail_html(reply, attribution), sent="Thu, 26 Nov 2026 18:09:55 +0000"
        ),
        got=answers(
            rating=("6", 6),
            went_badly="talked too long about my current team, should have been crisper",
            want_job=("not sure yet", "unsure"),
            hear_back=("early next week", "2026-12-01"),
        ),
        forbidden=(SKIP, "Where were you strongest"),
    )


@add
def outlook_windows_fr() -> Case:
    reply = (
        "1 - 8/10\n2 - L’étude de cas : j’ai bien structuré ma réponse.\n4 - Très bon contact avec Jane Doe.\n"
        "8 - 58 k€ brut annuel\n11 - Oui\n12 - d’ici lundi\n\nCordialement,\nMaya Example\nIngénieure plateforme | Contoso\n"
    )
    header = [
        ("De :", "followupd <maya@example.org>"),
        ("Envoyé :", "jeudi 26 novembre 2026 17:58"),
        ("À :", "Maya Example <maya@example.org>"),
        ("Objet :", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = reply + "\n________________________________\n" + block + "\n\n" + debrief()
    return case(
        "outlook_windows_fr",
        client="Outlook desktop Windows (French)",
        language="fr",
        shape="top-posted, '1 - ' numbering, partial (6), unquoted French header block, windows-1252",
        raw=message(
            number=4,
            text=text,
            html=outlook_html(reply, header),
            charset="windows-1252",
            subj=subject("RE : "),
            sent="Thu, 26 Nov 2026 18:31:07 +0100",
            mailer="X-Mailer: Microsoft Outlook 16.0\n",
            crlf=True,
        ),
        got=answers(
            rating=("8/10", 8),
            went_well="L’étude de cas : j’ai bien structuré ma réponse.",
            rapport="Très bon contact avec Jane Doe.",
            money=M("58 k€ brut annuel", ("58000", "EUR", "year")),
            want_job=("Oui", "yes"),
            hear_back=("d’ici lundi", "2026-11-30"),
        ),
        forbidden=(SKIP, "Cordialement", "Ingénieure plateforme", "Envoyé :"),
    )


@add
def outlook_mac_en_q_dash() -> Case:
    reply = (
        "Q1 - 7\nQ2 - the incident review exercise, I had a real story for it\n"
        "Q5 - close to ideal, a bit more infra than I expected\nQ8 - no numbers discussed\nQ11 - yes\nQ12 - next week\n"
    )
    header = [
        ("From:", "followupd <maya@example.org>"),
        ("Date:", "Thursday, 26 November 2026 at 18:10"),
        ("To:", "Maya Example <maya@example.org>"),
        ("Subject:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = reply + "\n\n" + block + "\n\n" + debrief()
    return case(
        "outlook_mac_en_q_dash",
        client="Outlook Mac",
        language="en",
        shape="top-posted, 'Q1 - ' numbering, partial (6), From/Date/To/Subject block without a rule",
        raw=message(
            number=5,
            text=text,
            html=outlook_html(reply, header),
            sent="Thu, 26 Nov 2026 18:24:30 +0000",
            mailer="User-Agent: Microsoft-MacOutlook/16.91.25011212\n",
        ),
        got=answers(
            rating=("7", 7),
            went_well="the incident review exercise, I had a real story for it",
            role="close to ideal, a bit more infra than I expected",
            money=M("no numbers discussed"),
            want_job=("yes", "yes"),
            hear_back=("next week", "2026-12-04"),
        ),
        forbidden=(SKIP, ASK, "Thursday, 26 November 2026 at 18:10"),
    )


@add
def outlook_web_nl() -> Case:
    reply = (
        "1. zeven\n2. De architectuurvraag ging goed, ik bleef rustig.\n"
        "6. Ze nemen onderhoud serieus en er is budget voor opleiding.\n8. € 4.900 bruto per maand\n"
        "11. ja\n12. volgende week\n\nGroet,\nMaya\n"
    )
    header = [
        ("Van:", "followupd <maya@example.org>"),
        ("Verzonden:", "donderdag 26 november 2026 18:14"),
        ("Aan:", "Maya Example <maya@example.org>"),
        ("Onderwerp:", subject("")),
    ]
    return case(
        "outlook_web_nl",
        client="Outlook web (Dutch)",
        language="nl",
        shape="HTML only, top-posted '1. ' numbering, rating as a word, partial (6), base64",
        raw=message(
            number=6,
            text=None,
            html=outlook_html(reply, header),
            cte="base64",
            subj=subject("RE: "),
            sent="Thu, 26 Nov 2026 18:40:02 +0100",
        ),
        got=answers(
            rating=("zeven", 7),
            went_well="De architectuurvraag ging goed, ik bleef rustig.",
            company="Ze nemen onderhoud serieus en er is budget voor opleiding.",
            money=M("€ 4.900 bruto per maand", ("4900", "EUR", "month")),
            want_job=("ja", "yes"),
            hear_back=("volgende week", "2026-12-04"),
        ),
        forbidden=(SKIP, "Groet,", "Verzonden:"),
    )


@add
def outlook_ios_es() -> Case:
    reply = (
        "1.- 9\n2.- La entrevista técnica, muy sólida.\n7.- El horario de guardias; lo preguntaré.\n"
        "8.- entre 52.000 y 56.000 euros al año\n11.- Sí\n12.- el viernes\n\nObtener Outlook para iOS\n"
    )
    header = [
        ("De:", "followupd <maya@example.org>"),
        ("Enviado:", "Thursday, November 26, 2026 6:20:45 PM"),
        ("Para:", "Maya Example <maya@example.org>"),
        ("Asunto:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = reply + "________________________________\n" + block + "\n\n" + debrief()
    return case(
        "outlook_ios_es",
        client="Outlook iOS (Spanish)",
        language="es",
        shape="top-posted, '1.- ' numbering, partial (6), mobile footer",
        raw=message(
            number=7,
            text=text,
            html=outlook_html(reply, header),
            subj=subject("RE: "),
            sent="Thu, 26 Nov 2026 18:44:19 +0100",
        ),
        got=answers(
            rating=("9", 9),
            went_well="La entrevista técnica, muy sólida.",
            reservations="El horario de guardias; lo preguntaré.",
            money=M("entre 52.000 y 56.000 euros al año", ("52000", "EUR", "year"), ("56000", "EUR", "year")),
            want_job=("Sí", "yes"),
            hear_back=("el viernes", "2026-11-27"),
        ),
        forbidden=(SKIP, "Obtener Outlook para iOS"),
    )


@add
def outlook_android_it() -> Case:
    reply = (
        "1/ otto su dieci\n4/ Con Raj mi sono trovata benissimo, Jane un po' fredda.\n"
        "8/ RAL 45.000 €\n11/ Sì\n12/ entro il 7 dicembre\n\nScarica Outlook per Android\n"
    )
    header = [
        ("Da:", "followupd <maya@example.org>"),
        ("Inviato:", "giovedì, novembre 26, 2026 6:25:10 PM"),
        ("A:", "Maya Example <maya@example.org>"),
        ("Oggetto:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = reply + "________________________________\n" + block + "\n\n" + debrief()
    return case(
        "outlook_android_it",
        client="Outlook Android (Italian)",
        language="it",
        shape="top-posted, '1/ ' numbering, rating in words, partial (5), mobile footer",
        raw=message(
            number=8,
            text=text,
            html=outlook_html(reply, header),
            charset="iso-8859-15",
            subj=subject("R: "),
            sent="Thu, 26 Nov 2026 18:52:40 +0100",
        ),
        got=answers(
            rating=("otto su dieci", 8),
            rapport="Con Raj mi sono trovata benissimo, Jane un po' fredda.",
            money=M("RAL 45.000 €", ("45000", "EUR", "year")),
            want_job=("Sì", "yes"),
            hear_back=("entro il 7 dicembre", "2026-12-07"),
        ),
        forbidden=(SKIP, "Scarica Outlook per Android", "Inviato:"),
    )


@add
def apple_mail_mac_en_colon() -> Case:
    reply = (
        "1: 7.5\n2: Whiteboarding the caching layer \u2014 they liked the \u201cread-through first\u201d idea.\n"
        "6: They publish their engineering handbook, which is refreshing.\n"
        "9: More ownership than now, same commute.\n11: Yes\n12: They said \u201cwithin two weeks\u201d\n"
    )
    text = reply + "\n> On 26 Nov 2026, at 18:31, followupd <maya@example.org> wrote:\n> \n" + gt(debrief())
    return case(
        "apple_mail_mac_en_colon",
        client="Apple Mail macOS",
        language="en",
        shape="top-posted, '1: ' numbering, half-point rating, smart quotes, quoted attribution",
        raw=message(
            number=9,
            text=text,
            sent="Thu, 26 Nov 2026 18:58:03 +0000",
            mailer="X-Mailer: Apple Mail (2.3826.300.87.4.3)\n",
        ),
        got=answers(
            rating=("7.5", 7.5),
            went_well="Whiteboarding the caching layer \u2014 they liked the \u201cread-through first\u201d idea.",
            company="They publish their engineering handbook, which is refreshing.",
            vs_current="More ownership than now, same commute.",
            want_job=("Yes", "yes"),
            hear_back=("They said \u201cwithin two weeks\u201d", "2026-12-10"),
        ),
        forbidden=(SKIP, ASK, "wrote:"),
    )


@add
def apple_mail_ios_pt() -> Case:
    reply = (
        "1. 8\n2. A parte de arquitetura foi ótima.\n5. É bem o que eu procuro, produto e infraestrutura.\n"
        "8. R$ 16.000 por mês\n11. Sim\n12. até sexta\n\nEnviado do meu iPhone\n"
    )
    attribution = "Em 26 de nov. de 2026, à(s) 18:40, followupd <maya@example.org> escreveu:"
    text = reply + "\n" + attribution + "\n\n" + gt("\ufeff" + debrief())
    return case(
        "apple_mail_ios_pt",
        client="Apple Mail iOS (Portuguese, Brazil)",
        language="pt",
        shape="top-posted, '1. ' numbering, partial (6), mobile footer, U+FEFF in the quote",
        raw=message(
            number=10,
            text=text,
            html=cite_html(reply, attribution),
            sent="Thu, 26 Nov 2026 15:02:33 -0300",
            mailer="X-Mailer: iPhone Mail (22B91)\n",
        ),
        got=answers(
            rating=("8", 8),
            went_well="A parte de arquitetura foi ótima.",
            role="É bem o que eu procuro, produto e infraestrutura.",
            money=M("R$ 16.000 por mês", ("16000", "BRL", "month")),
            want_job=("Sim", "yes"),
            hear_back=("até sexta", "2026-11-27"),
        ),
        forbidden=(SKIP, "Enviado do meu iPhone", "escreveu:"),
    )


@add
def samsung_email_sv() -> Case:
    reply = (
        "1. sju av tio\n2. Kodövningen gick bra, jag tänkte högt hela tiden.\n3. Frågan om budgetansvar, jag var osäker.\n"
        "8. 52\u00a0000 SEK i månaden\n11. Ja\n12. på tisdag\n\n\n\nSkickat från min Galaxy\n"
    )
    block = (
        "-------- Originalmeddelande --------\nFrån: followupd <maya@example.org> \nDatum: 2026-11-26 18:45 (GMT+01:00) \n"
        f"Till: Maya Example <maya@example.org> \nÄmne: {subject('')} \n\n"
    )
    text = reply + "\n" + block + debrief()
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
        + reply.replace("\n", "<br>")
        + '</div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
        + block.replace("\n", "<br>")
        + "</div></div>"
        + debrief().replace("\n", "<br>")
        + "</body></html>\n"
    )
    return case(
        "samsung_email_sv",
        client="Samsung Email (Swedish)",
        language="sv",
        shape="top-posted, '1. ' numbering, rating in words, NBSP in amount, Originalmeddelande block, base64",
        raw=message(
            number=11,
            text=text,
            html=html,
            cte="base64",
            subj=subject("SV: "),
            sent="Thu, 26 Nov 2026 19:05:51 +0100",
        ),
        got=answers(
            rating=("sju av tio", 7),
            went_well="Kodövningen gick bra, jag tänkte högt hela tiden.",
            went_badly="Frågan om budgetansvar, jag var osäker.",
            money=M("52\u00a0000 SEK i månaden", ("52000", "SEK", "month")),
            want_job=("Ja", "yes"),
            hear_back=("på tisdag", "2026-12-01"),
        ),
        forbidden=(SKIP, "Skickat från min Galaxy", "Originalmeddelande"),
    )


@add
def thunderbird_pl() -> Case:
    reply = (
        "1. 8/10\n3. Za długo mówiłam o obecnym projekcie.\n4. Świetna rozmowa, Jane zadawała konkretne pytania.\n"
        "8. od 17 do 20 tys. zł brutto miesięcznie\n11. Tak\n12. do piątku\n\n"
    )
    text = reply + "W dniu 26.11.2026 o 18:50, followupd pisze:\n" + gt(debrief())
    return case(
        "thunderbird_pl",
        client="Thunderbird (Polish)",
        language="pl",
        shape="top-posted, '1. ' numbering, partial (6), ISO-8859-2 quoted-printable",
        raw=message(
            number=12,
            text=text,
            charset="iso-8859-2",
            subj=subject("Odp: "),
            sent="Thu, 26 Nov 2026 19:12:44 +0100",
            mailer="User-Agent: Mozilla Thunderbird\n",
            flowed=True,
        ),
        got=answers(
            rating=("8/10", 8),
            went_badly="Za długo mówiłam o obecnym projekcie.",
            rapport="Świetna rozmowa, Jane zadawała konkretne pytania.",
            money=M(
                "od 17 do 20 tys. zł brutto miesięcznie", ("17000", "PLN", "month"), ("20000", "PLN", "month")
            ),
            want_job=("Tak", "yes"),
            hear_back=("do piątku", "2026-11-27"),
        ),
        forbidden=(SKIP, "pisze:"),
    )


@add
def k9_en_with_german_client() -> Case:
    reply = (
        "1. seven out of ten\n2. The pairing exercise, we finished with time to spare\n"
        "5. Mostly backend work, which is what I want\n11. yes, absolutely\n12. by the 10th\n"
    )
    text = (
        reply
        + "\nAm 26. November 2026 18:55:02 MEZ schrieb followupd <maya@example.org>:\n"
        + gt(debrief())
        + "\n-- \nDiese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.\n"
    )
    return case(
        "k9_en_with_german_client",
        client="K-9 Mail (German)",
        language="en",
        shape="top-posted English answers under a German quote header, rating 'x out of ten', 8bit",
        raw=message(number=13, text=text, cte="8bit", sent="Thu, 26 Nov 2026 19:20:09 +0100"),
        got=answers(
            rating=("seven out of ten", 7),
            went_well="The pairing exercise, we finished with time to spare",
            role="Mostly backend work, which is what I want",
            want_job=("yes, absolutely", "yes"),
            hear_back=("by the 10th", "2026-12-10"),
        ),
        forbidden=(SKIP, "mit K-9 Mail gesendet", "schrieb followupd"),
    )


@add
def proton_en_parenthesised() -> Case:
    reply = (
        "(1) 6/10\n(2) Good on the Go concurrency questions\n(3) Blanked on the rate-limiter follow-up\n"
        "(7) Salary band wasn't shared; I'll ask HR before the next round\n(11) Not sure\n(12) Monday\n\n"
        "Sent with Proton Mail secure email.\n"
    )
    quote = "On Thursday, November 26th, 2026 at 7:00 PM, followupd <maya@example.org> wrote:"
    text = reply + "\n------- Original Message -------\n" + quote + "\n\n" + gt(debrief())
    return case(
        "proton_en_parenthesised",
        client="Proton Mail",
        language="en",
        shape="top-posted, '(1) ' numbering, partial (6), Proton footer and Original Message line",
        raw=message(
            number=14,
            text=text,
            html=cite_html(reply, quote),
            sent="Thu, 26 Nov 2026 19:25:00 +0000",
        ),
        got=answers(
            rating=("6/10", 6),
            went_well="Good on the Go concurrency questions",
            went_badly="Blanked on the rate-limiter follow-up",
            reservations="Salary band wasn't shared; I'll ask HR before the next round",
            want_job=("Not sure", "unsure"),
            hear_back=("Monday", "2026-11-30"),
        ),
        forbidden=(SKIP, "Sent with Proton Mail", "Original Message"),
    )


@add
def yahoo_android_es() -> Case:
    reply = (
        "1.- 7 de 10\n2.- Expliqué bien la migración a la nube.\n8.- No se habló de dinero\n"
        "11.- No lo sé todavía\n12.- la semana que viene\n\nEnviado desde Yahoo Mail para Android\n"
    )
    attribution = (
        "  El jueves, 26 de noviembre de 2026, 19:05:00 CET, followupd <maya@example.org> escribió:  "
    )
    text = reply + "\n" + attribution + "\n\n" + gt(debrief())
    return case(
        "yahoo_android_es",
        client="Yahoo Mail Android (Spanish)",
        language="es",
        shape="top-posted, '1.- ' numbering, 'no money' answer, partial (5), mobile footer",
        raw=message(
            number=15,
            text=text,
            html=cite_html(reply, attribution),
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 19:31:45 +0100",
        ),
        got=answers(
            rating=("7 de 10", 7),
            went_well="Expliqué bien la migración a la nube.",
            money=M("No se habló de dinero"),
            want_job=("No lo sé todavía", "unsure"),
            hear_back=("la semana que viene", "2026-12-04"),
        ),
        forbidden=(SKIP, "Enviado desde Yahoo Mail", "escribió:"),
    )


@add
def fastmail_en_hash() -> Case:
    reply = (
        "#1 8\n#2 Stakeholder questions, I had concrete examples ready\n#6 Calm, written culture; they mean it\n"
        "#8 £70k–£80k a year\n#11 yes\n#12 end of next week\n\nM.\n"
    )
    text = reply + "\nOn Thu, 26 Nov 2026, at 19:10, followupd wrote:\n" + gt(debrief())
    return case(
        "fastmail_en_hash",
        client="Fastmail",
        language="en",
        shape="top-posted, '#1 ' numbering, pound range, partial (6), initial as sign-off",
        raw=message(
            number=16,
            text=text,
            html=cite_html(reply, "On Thu, 26 Nov 2026, at 19:10, followupd wrote:"),
            sent="Thu, 26 Nov 2026 19:36:12 +0000",
            mailer="User-Agent: Cyrus-JMAP/3.13.0-alpha0\n",
        ),
        got=answers(
            rating=("8", 8),
            went_well="Stakeholder questions, I had concrete examples ready",
            company="Calm, written culture; they mean it",
            money=M("£70k–£80k a year", ("70000", "GBP", "year"), ("80000", "GBP", "year")),
            want_job=("yes", "yes"),
            hear_back=("end of next week", "2026-12-04"),
        ),
        forbidden=(SKIP, "followupd wrote:"),
    )


@add
def roundcube_de_words() -> Case:
    reply = (
        "1. Acht von zehn\n2. Die Fragen zur Observability, da kenne ich mich aus.\n"
        "7. Die Reisetätigkeit (bis zu 30 %) - würde ich gern begrenzen.\n8. 75.000 EUR brutto/Jahr\n"
        "11. Nein\n12. am 3. Dezember\n\n-- \nMaya Example\nTel. +49 30 5550 1234\n"
    )
    text = reply + "\nAm 26.11.2026 19:15, schrieb followupd:\n" + gt(debrief())
    return case(
        "roundcube_de_words",
        client="Roundcube (German)",
        language="de",
        shape="top-posted, '1. ' numbering, rating in words, '-- ' signature, ISO-8859-15 quoted-printable",
        raw=message(
            number=17,
            text=text,
            charset="iso-8859-15",
            subj=subject("AW: "),
            sent="Thu, 26 Nov 2026 19:44:28 +0100",
            mailer="User-Agent: Roundcube Webmail/1.6.9\n",
            flowed=True,
        ),
        got=answers(
            rating=("Acht von zehn", 8),
            went_well="Die Fragen zur Observability, da kenne ich mich aus.",
            reservations="Die Reisetätigkeit (bis zu 30 %) - würde ich gern begrenzen.",
            money=M("75.000 EUR brutto/Jahr", ("75000", "EUR", "year")),
            want_job=("Nein", "no"),
            hear_back=("am 3. Dezember", "2026-12-03"),
        ),
        forbidden=(SKIP, "Tel. +49 30 5550 1234", "schrieb followupd"),
    )


@add
def spark_en_slash() -> Case:
    reply = (
        "1/ 9\n2/ Everything on the reliability side, they nodded a lot\n"
        "10/ Better than the Fabrikam offer on scope, worse on salary\n11/ YES\n12/ tomorrow\n"
    )
    attribution = "On 26 Nov 2026 at 19:20 +0100, followupd <maya@example.org>, wrote:"
    text = reply + "\n" + attribution + "\n" + gt(debrief())
    return case(
        "spark_en_slash",
        client="Spark",
        language="en",
        shape="top-posted, '1/ ' numbering, partial (5), capital YES",
        raw=message(
            number=18, text=text, html=cite_html(reply, attribution), sent="Thu, 26 Nov 2026 19:50:33 +0100"
        ),
        got=answers(
            rating=("9", 9),
            went_well="Everything on the reliability side, they nodded a lot",
            vs_others="Better than the Fabrikam offer on scope, worse on salary",
            want_job=("YES", "yes"),
            hear_back=("tomorrow", "2026-11-27"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def airmail_fr_question_n() -> Case:
    reply = (
        "Question 1\u00a0: 7\nQuestion 2\u00a0: la discussion sur la dette technique.\n"
        "Question 8\u00a0: 3\u00a0800 € net par mois\nQuestion 11\u00a0: pas sûre\nQuestion 12\u00a0: mercredi\n\nMaya\n"
    )
    attribution = "Le 26 novembre 2026 à 19:25:14, followupd (maya@example.org) a écrit:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief())
    return case(
        "airmail_fr_question_n",
        client="Airmail (French)",
        language="fr",
        shape="top-posted, 'Question 1 : ' numbering with NBSP, partial (5)",
        raw=message(
            number=19,
            text=text,
            html=cite_html(reply, attribution),
            sent="Thu, 26 Nov 2026 19:55:17 +0100",
            mailer="X-Mailer: Airmail (720)\n",
        ),
        got=answers(
            rating=("7", 7),
            went_well="la discussion sur la dette technique.",
            money=M("3\u00a0800 € net par mois", ("3800", "EUR", "month")),
            want_job=("pas sûre", "unsure"),
            hear_back=("mercredi", "2026-12-02"),
        ),
        forbidden=(SKIP, "a écrit:"),
    )


@add
def gmail_web_ja() -> Case:
    reply = (
        "1. 7/10\n2. システム設計の説明がうまくできました。\n3. 英語での質疑応答で言葉に詰まりました。\n"
        "8. 年収850万円\n11. はい\n12. 12月4日まで\n\nよろしくお願いします。\n"
    )
    text = reply + "\n2026年11月26日(木) 19:30 followupd <maya@example.org>:\n\n" + gt(debrief())
    return case(
        "gmail_web_ja",
        client="Gmail web (Japanese)",
        language="ja",
        shape="top-posted, '1. ' numbering, partial (6), ISO-2022-JP 7bit",
        raw=message(
            number=20,
            text=text,
            charset="iso-2022-jp",
            cte="7bit",
            sent="Thu, 26 Nov 2026 20:01:08 +0900",
        ),
        got=answers(
            rating=("7/10", 7),
            went_well="システム設計の説明がうまくできました。",
            went_badly="英語での質疑応答で言葉に詰まりました。",
            money=M("年収850万円", ("8500000", "JPY", "year")),
            want_job=("はい", "yes"),
            hear_back=("12月4日まで", "2026-12-04"),
        ),
        forbidden=(SKIP, "よろしくお願いします"),
    )


@add
def gmx_de_frage() -> Case:
    reply = (
        "Frage 1: 6\nFrage 3: Die Gehaltsfrage kam überraschend, ich habe zu schnell eine Zahl genannt.\n"
        "Frage 8: keine Zahlen genannt\nFrage 11: weiß ich noch nicht\nFrage 12: Anfang nächster Woche\n\nLG Maya\n"
    )
    block = (
        "Gesendet: Donnerstag, 26. November 2026 um 19:35 Uhr\n"
        'Von: "followupd" <maya@example.org>\nAn: "Maya Example" <maya@example.org>\n'
        f"Betreff: {subject('')}\n"
    )
    text = reply + "\n\n" + block + debrief()
    html = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
        + reply.replace("\n", "<br/>\n")
        + '</div>\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5;">'
        + '<div style="margin:0 0 10px 0;"><b>Gesendet:</b> Donnerstag, 26. November 2026 um 19:35 Uhr<br/>\n'
        + "<b>Von:</b> &quot;followupd&quot; &lt;maya@example.org&gt;<br/>\n<b>An:</b> &quot;Maya Example&quot; &lt;maya@example.org&gt;<br/>\n"
        + f'<b>Betreff:</b> {subject("")}</div>\n<div name="quoted-content">'
        + debrief().replace("\n", "<br/>\n").replace('"', "&quot;")
        + "</div></div></div></body></html>\n"
    )
    return case(
        "gmx_de_frage",
        client="GMX (German)",
        language="de",
        shape="top-posted, 'Frage 1: ' numbering, no numbers named, unsure in German, partial (5)",
        raw=message(
            number=21, text=text, html=html, subj=subject("Aw: "), sent="Thu, 26 Nov 2026 20:05:31 +0100"
        ),
        got=answers(
            rating=("6", 6),
            went_badly="Die Gehaltsfrage kam überraschend, ich habe zu schnell eine Zahl genannt.",
            money=M("keine Zahlen genannt"),
            want_job=("weiß ich noch nicht", "unsure"),
            hear_back=("Anfang nächster Woche", "2026-12-01"),
        ),
        forbidden=(SKIP, "LG Maya", "Gesendet: Donnerstag"),
    )


@add
def yandex_uk() -> Case:
    reply = (
        "1. 8 з 10\n2. Технічна частина пройшла добре, я впевнено відповідала.\n"
        "4. Джейн дуже приємна, з нею було б легко працювати.\n11. Так\n12. у вівторок\n\n-- \nМая\n"
    )
    attribution = '26.11.2026, 19:40, "followupd" <maya@example.org>:'
    text = reply + "\n" + attribution + "\n" + gt(debrief())
    return case(
        "yandex_uk",
        client="Yandex Mail (Ukrainian)",
        language="uk",
        shape="top-posted, '1. ' numbering, 'x з 10', partial (5), base64",
        raw=message(
            number=22,
            text=text,
            html=cite_html(reply, attribution),
            cte="base64",
            sent="Thu, 26 Nov 2026 21:12:05 +0200",
        ),
        got=answers(
            rating=("8 з 10", 8),
            went_well="Технічна частина пройшла добре, я впевнено відповідала.",
            rapport="Джейн дуже приємна, з нею було б легко працювати.",
            want_job=("Так", "yes"),
            hear_back=("у вівторок", "2026-12-01"),
        ),
        forbidden=(SKIP, "Мая"),
    )


@add
def hey_en_answer_on_next_line() -> Case:
    reply = (
        "1.\n7/10\n\n2.\nThe product sense questions, I was relaxed.\n\n"
        "8.\n€95k per year plus equity\n\n11.\nYes\n\n12.\nWednesday\n"
    )
    attribution = "On November 26, 2026, followupd <maya@example.org> wrote:"
    text = reply + "\n" + attribution + "\n" + gt(debrief())
    return case(
        "hey_en_answer_on_next_line",
        client="HEY",
        language="en",
        shape="top-posted, each answer on the line after its number, blank lines between, partial (5)",
        raw=message(
            number=23, text=text, html=cite_html(reply, attribution), sent="Thu, 26 Nov 2026 20:14:47 +0000"
        ),
        got=answers(
            rating=("7/10", 7),
            went_well="The product sense questions, I was relaxed.",
            money=M("€95k per year plus equity", ("95000", "EUR", "year")),
            want_job=("Yes", "yes"),
            hear_back=("Wednesday", "2026-12-02"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def superhuman_en_emoji_pixel() -> Case:
    reply = (
        "1. 8/10 🙂\n4. Jane was great 👍 Raj asked sharp follow-ups\n"
        "6. The mission, honestly 🌱\n11. yes!! 🎉\n12. in 10 days\n\nSent via Superhuman\n"
    )
    attribution = "On Thu, Nov 26, 2026 at 7:50 PM, followupd <maya@example.org> wrote:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief())
    html = (
        f'<div>{cite_html(reply, attribution)}</div><img src="https://r.superhuman.example/open/eval3-24.gif" '
        'width="1" height="1" alt="" style="display:none">\n'
    )
    return case(
        "superhuman_en_emoji_pixel",
        client="Superhuman",
        language="en",
        shape="top-posted, '1. ' numbering, emoji, tracking pixel in the HTML, partial (5)",
        raw=message(number=24, text=text, html=html, sent="Thu, 26 Nov 2026 20:21:30 +0000"),
        got=answers(
            rating=("8/10 🙂", 8),
            rapport="Jane was great 👍 Raj asked sharp follow-ups",
            company="The mission, honestly 🌱",
            want_job=("yes!! 🎉", "yes"),
            hear_back=("in 10 days", "2026-12-06"),
        ),
        forbidden=(SKIP, "Sent via Superhuman"),
    )


@add
def blackberry_hub_en() -> Case:
    reply = "1. 5\n3. Nervous at the start, rambled on the first two questions\n7. Long commute, 70 min each way\n11. no\n\nSent from my BlackBerry 10 smartphone.\n"
    block = (
        "  Original Message  \nFrom: followupd\nSent: Thursday, November 26, 2026 19:55\n"
        f"To: Maya Example\nSubject: {subject('')}\n\n"
    )
    text = reply + block + debrief()
    return case(
        "blackberry_hub_en",
        client="BlackBerry Hub",
        language="en",
        shape="top-posted, partial (4), 'Original Message' block, mobile footer, CRLF",
        raw=message(
            number=25,
            text=text,
            cte="7bit",
            charset="us-ascii",
            crlf=True,
            sent="Thu, 26 Nov 2026 20:30:12 -0500",
        ),
        got=answers(
            rating=("5", 5),
            went_badly="Nervous at the start, rambled on the first two questions",
            reservations="Long commute, 70 min each way",
            want_job=("no", "no"),
        ),
        forbidden=(SKIP, "Sent from my BlackBerry", "Original Message"),
    )


@add
def hcl_notes_en_disclaimer() -> Case:
    reply = (
        "1. 7\n2. The architecture review; I had done almost the same migration last year.\n"
        "9. Same level, far more interesting product than my current job.\n11. yes\n12. by 8 December\n\n"
        "Kind regards\n\nMaya Example\nSenior Engineer, Platform Services\nContoso Ltd. | 1 Example Street | London\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named addressee and may\n"
        "contain confidential information. If you are not the intended recipient, please notify the sender and delete it.\n\n"
    )
    block = (
        "From:\tfollowupd <maya@example.org>\nTo:\tMaya Example <maya@example.org>\nDate:\t26/11/2026 20:00\n"
        f"Subject:\t{subject('')}\n\n"
    )
    text = reply + block + debrief()
    return case(
        "hcl_notes_en_disclaimer",
        client="HCL Notes",
        language="en",
        shape="top-posted, partial (5), sign-off without '-- ', long signature and legal disclaimer, tab header block",
        raw=message(
            number=26,
            text=text,
            charset="iso-8859-1",
            sent="Thu, 26 Nov 2026 20:33:40 +0000",
            mailer="X-Mailer: HCL Notes Release 12.0.2 November 03, 2022\n",
        ),
        got=answers(
            rating=("7", 7),
            went_well="The architecture review; I had done almost the same migration last year.",
            vs_current="Same level, far more interesting product than my current job.",
            want_job=("yes", "yes"),
            hear_back=("by 8 December", "2026-12-08"),
        ),
        forbidden=(SKIP, "CONFIDENTIALITY NOTICE", "Kind regards", "Contoso Ltd."),
    )


@add
def evolution_cs() -> Case:
    reply = (
        "1. 8/10\n2. Technické kolo šlo dobře, úloha s frontou mi sedla.\n"
        "8. 85 000 Kč měsíčně\n11. Ano\n12. do pátku\n\nMája\n"
    )
    text = reply + "\nDne Čt, 26. 11. 2026 v 20:05 +0100, followupd napsal(a):\n" + gt(debrief())
    return case(
        "evolution_cs",
        client="Evolution (Czech)",
        language="cs",
        shape="top-posted, '1. ' numbering, partial (5), ISO-8859-2 8bit",
        raw=message(
            number=27,
            text=text,
            charset="iso-8859-2",
            cte="8bit",
            subj=subject("Re: "),
            sent="Thu, 26 Nov 2026 20:40:18 +0100",
            mailer="X-Mailer: Evolution 3.52.4-1\n",
        ),
        got=answers(
            rating=("8/10", 8),
            went_well="Technické kolo šlo dobře, úloha s frontou mi sedla.",
            money=M("85 000 Kč měsíčně", ("85000", "CZK", "month")),
            want_job=("Ano", "yes"),
            hear_back=("do pátku", "2026-11-27"),
        ),
        forbidden=(SKIP, "napsal(a):"),
    )


@add
def claws_en_paren_no_date() -> Case:
    reply = (
        "1) 4\n3) Everything about the take-home review, I got defensive\n"
        "7) The team seems burnt out after the reorg\n11) no\n12) they didn't say\n"
    )
    text = (
        reply
        + "\nOn Thu, 26 Nov 2026 20:10:00 +0100\nfollowupd <maya@example.org> wrote:\n\n"
        + gt(debrief())
    )
    return case(
        "claws_en_paren_no_date",
        client="Claws Mail",
        language="en",
        shape="top-posted, '1) ' numbering, partial (4 with values), hear-back with no date left out, attribution over two lines",
        raw=message(
            number=28,
            text=text,
            charset="us-ascii",
            cte="7bit",
            sent="Thu, 26 Nov 2026 20:47:55 +0100",
            mailer="X-Mailer: Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)\n",
        ),
        got=answers(
            rating=("4", 4),
            went_badly="Everything about the take-home review, I got defensive",
            reservations="The team seems burnt out after the reorg",
            want_job=("no", "no"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def neomutt_en_out_of_order() -> Case:
    reply = (
        "12. Friday\n1. 7\n11. yes\n8. 60-65 EUR per hour as a contractor\n"
        "2. Debugging the flaky test live, calm and methodical\n\n-- \nMaya\n"
    )
    text = reply + "\n* followupd <maya@example.org> [2026-11-26 20:15 +0100]:\n" + gt(debrief())
    return case(
        "neomutt_en_out_of_order",
        client="NeoMutt",
        language="en",
        shape="top-posted, numbers out of order, hourly rate range, '-- ' signature, mutt attribution",
        raw=message(
            number=29,
            text=text,
            charset="us-ascii",
            cte="7bit",
            sent="Thu, 26 Nov 2026 20:52:03 +0100",
            mailer="User-Agent: NeoMutt/20241002\n",
        ),
        got=answers(
            rating=("7", 7),
            went_well="Debugging the flaky test live, calm and methodical",
            money=M("60-65 EUR per hour as a contractor", ("60", "EUR", "hour"), ("65", "EUR", "hour")),
            want_job=("yes", "yes"),
            hear_back=("Friday", "2026-11-27"),
        ),
        forbidden=(SKIP, ASK),
    )


@add
def gmail_web_da() -> Case:
    reply = (
        "1. 8 ud af 10\n2. Den tekniske samtale gik godt.\n6. Gode kolleger og fleksible arbejdstider.\n"
        "8. 46.000 DKK om måneden\n11. Ja\n12. på mandag\n\nMed venlig hilsen\nMaya\n"
    )
    attribution = "Den tors. 26. nov. 2026 kl. 20.20 skrev followupd <maya@example.org>:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_web_da",
        client="Gmail web (Danish)",
        language="da",
        shape="top-posted, '1. ' numbering, 'x ud af 10', partial (6), closing without '-- '",
        raw=message(
            number=30,
            text=text,
            html=gmail_html(reply, attribution),
            cte="base64",
            sent="Thu, 26 Nov 2026 20:58:26 +0100",
        ),
        got=answers(
            rating=("8 ud af 10", 8),
            went_well="Den tekniske samtale gik godt.",
            company="Gode kolleger og fleksible arbejdstider.",
            money=M("46.000 DKK om måneden", ("46000", "DKK", "month")),
            want_job=("Ja", "yes"),
            hear_back=("på mandag", "2026-11-30"),
        ),
        forbidden=(SKIP, "Med venlig hilsen"),
    )


@add
def outlook_windows_fi() -> Case:
    reply = (
        "1. 8/10\n2. Järjestelmäsuunnittelu meni hyvin.\n3. Vastasin liian lyhyesti johtamiskysymyksiin.\n"
        "8. 5\u00a0200 € kuukaudessa\n11. Kyllä\n12. ensi viikolla\n\nTerveisin\nMaya\n"
    )
    header = [
        ("Lähettäjä:", "followupd <maya@example.org>"),
        ("Lähetetty:", "torstai 26. marraskuuta 2026 20.25"),
        ("Vastaanottaja:", "Maya Example <maya@example.org>"),
        ("Aihe:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = reply + "\n" + block + "\n\n" + debrief()
    return case(
        "outlook_windows_fi",
        client="Outlook desktop Windows (Finnish)",
        language="fi",
        shape="top-posted, '1. ' numbering, partial (6), Finnish header block, windows-1252, CRLF",
        raw=message(
            number=31,
            text=text,
            html=outlook_html(reply, header),
            charset="windows-1252",
            subj=subject("VS: "),
            sent="Thu, 26 Nov 2026 21:04:59 +0200",
            mailer="X-Mailer: Microsoft Outlook 16.0\n",
            crlf=True,
        ),
        got=answers(
            rating=("8/10", 8),
            went_well="Järjestelmäsuunnittelu meni hyvin.",
            went_badly="Vastasin liian lyhyesti johtamiskysymyksiin.",
            money=M("5\u00a0200 € kuukaudessa", ("5200", "EUR", "month")),
            want_job=("Kyllä", "yes"),
            hear_back=("ensi viikolla", "2026-12-04"),
        ),
        forbidden=(SKIP, "Terveisin", "Lähetetty:"),
    )


@add
def gmail_android_en_italian_client() -> Case:
    reply = (
        "1. 6.5/10\n3. I undersold the on-call work I did at my current job\n5. Good fit, although more meetings than I'd like\n"
        "11. Yes\n12. in two weeks\n"
    )
    attribution = "Il giorno gio 26 nov 2026 alle ore 21:40 followupd <maya@example.org> ha scritto:"
    text = reply + "\n" + attribution + "\n\n" + gt(debrief(gmail=True))
    return case(
        "gmail_android_en_italian_client",
        client="Gmail Android (Italian)",
        language="en",
        shape="top-posted English answers under an Italian quote header, half-point 'x/10', partial (5)",
        raw=message(
            number=32,
            text=text,
            html=gmail_html(reply, attribution),
            sent="Thu, 26 Nov 2026 21:46:02 +0100",
        ),
        got=answers(
            rating=("6.5/10", 6.5),
            went_badly="I undersold the on-call work I did at my current job",
            role="Good fit, although more meetings than I'd like",
            want_job=("Yes", "yes"),
            hear_back=("in two weeks", "2026-12-10"),
        ),
        forbidden=(SKIP, "ha scritto:"),
    )


@add
def outlook_ios_en_spanish_client_question_n() -> Case:
    reply = (
        "Question 1: 9 out of 10\nQuestion 4: Really good, Raj and I think alike\nQuestion 8: 110,000-120,000 USD/year\n"
        "Question 11: Definitely yes\nQuestion 12: by December 11\n\nObtener Outlook para iOS\n"
    )
    header = [
        ("De:", "followupd <maya@example.org>"),
        ("Enviado:", "jueves, noviembre 26, 2026 9:50 p. m."),
        ("Para:", "Maya Example <maya@example.org>"),
        ("Asunto:", subject("")),
    ]
    block = "\n".join(f"{k} {v}" for k, v in header)
    text = reply + "________________________________\n" + block + "\n\n" + debrief()
    return case(
        "outlook_ios_en_spanish_client_question_n",
        client="Outlook iOS (Spanish)",
        language="en",
        shape="top-posted English 'Question 1: ' answers, Spanish header block and footer, partial (5)",
        raw=message(
            number=33,
            text=text,
            html=outlook_html(reply, header),
            cte="base64",
            sent="Thu, 26 Nov 2026 21:57:40 -0500",
        ),
        got=answers(
            rating=("9 out of 10", 9),
            rapport="Really good, Raj and I think alike",
            money=M("110,000-120,000 USD/year", ("110000", "USD", "year"), ("120000", "USD", "year")),
            want_job=("Definitely yes", "yes"),
            hear_back=("by December 11", "2026-12-11"),
        ),
        forbidden=(SKIP, "Obtener Outlook para iOS"),
    )
