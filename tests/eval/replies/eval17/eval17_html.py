"""The eval17 replies, part 2: HTML-only replies, each with its client's own history markup."""

from __future__ import annotations

PIXEL = '<img src="https://t.sh.example/o/3f9a1c.gif" width="1" height="1" alt="" style="display:none">'

HTML_CASES: list[dict] = []

# 17: Outlook desktop Word HTML, border-top header div, sign-off and disclaimer.
HTML_CASES.append(
    {
        "name": "html_outlook_word_signoff",
        "client": "Outlook desktop (Windows)",
        "language": "en",
        "date": "2026-11-26",
        "shape": "HTML only (Word markup): numbered answers, sign-off with title/phone/web/disclaimer, divRplyFwdMsg",
        "company": "Fabrikam",
        "role": "Staff Engineer",
        "with": "Jane Doe and Raj Patel",
        "ended": "15:30",
        "token": "o4wq8zka",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "crlf": True,
        "headers": ["X-Mailer: Microsoft Outlook 16.0"],
        "html": """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">1. 8/10<o:p></o:p></p>
<p class="MsoNormal">2. System design &#8211; I drove the whiteboard and kept it simple.<o:p></o:p></p>
<p class="MsoNormal">4. Got on well with both, Raj especially.<o:p></o:p></p>
<p class="MsoNormal">8. $185,000 base per year plus equity<o:p></o:p></p>
<p class="MsoNormal">11. Yes<o:p></o:p></p>
<p class="MsoNormal">12. next week<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><b>Maya Example</b><o:p></o:p></p>
<p class="MsoNormal">Principal Engineer | Contoso Ltd<o:p></o:p></p>
<p class="MsoNormal">T: +1 555 0100 | <a href="https://contoso.example">contoso.example</a><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This message is confidential and intended only for
the named recipient. If you are not the intended recipient, please delete it and notify the sender.</span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div id="divRplyFwdMsg" style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> followupd &lt;maya@example.org&gt;<br>
<b>Sent:</b> Thursday, November 26, 2026 6:01 PM<br>
<b>To:</b> Maya Example &lt;maya@example.org&gt;<br>
<b>Subject:</b> @SUBJECT@</p></div>
<div>@HTMLDEBRIEF@</div>
</div></body></html>
""",
        "answers": {
            "rating": ("8/10", 8),
            "went_well": ("System design – I drove the whiteboard and kept it simple.", None),
            "rapport": ("Got on well with both, Raj especially.", None),
            "money": ("$185,000 base per year plus equity", [("185000", "USD", "year")]),
            "want_job": ("Yes", "yes"),
            "hear_back": ("next week", "2026-12-04"),
        },
        "forbidden": ["Kind regards", "Principal Engineer", "This message is confidential", "Sent:"],
    }
)

# 18: Gmail web HTML only, gmail_quote; "Thursday the 3rd".
HTML_CASES.append(
    {
        "name": "html_gmail_thursday_the_3rd",
        "client": "Gmail web",
        "language": "en",
        "date": "2026-11-27",
        "shape": "HTML only: numbered answers in divs, gmail_quote history",
        "company": "Northwind Health",
        "role": "Clinical Data Manager",
        "with": "Jane Doe",
        "ended": "11:00",
        "token": "q7nd2hxs",
        "cte": "quoted-printable",
        "html": """<div dir="ltr"><div>1. 7</div>\
<div>3. I blanked on the GCP question, should have asked for a minute.</div>\
<div>6. Mission-driven, and the team has been there for years.</div><div>12. Thursday the 3rd</div>\
<div><br></div><div>Maya</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, \
Nov 27, 2026 at 6:00\u202fPM followupd &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br>\
</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);\
padding-left:1ex">@HTMLDEBRIEF@</blockquote></div>
""",
        "answers": {
            "rating": ("7", 7),
            "went_badly": ("I blanked on the GCP question, should have asked for a minute.", None),
            "company": ("Mission-driven, and the team has been there for years.", None),
            "hear_back": ("Thursday the 3rd", "2026-12-03"),
        },
        "forbidden": ["gmail_attr", "wrote:"],
    }
)

# 19: Apple Mail (macOS) HTML only, French, blockquote type=cite.
HTML_CASES.append(
    {
        "name": "html_apple_mail_fr",
        "client": "Apple Mail (macOS)",
        "language": "fr",
        "date": "2026-11-30",
        "shape": "HTML only: answers in divs, blockquote type=cite under a French attribution",
        "company": "Atelier Rivoli",
        "role": "Cheffe de projet web",
        "with": "Julien Moreau",
        "ended": "10:00",
        "token": "a5kc9rwt",
        "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>\
<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\
<div>1. 8 sur 10</div><div>2. Le cas pratique sur le planning, j\u2019étais à l\u2019aise.</div>\
<div>7. Le poste est à Lyon, télétravail limité. À négocier\u00a0: deux jours par semaine.</div>\
<div>11. Oui</div><div>12. d\u2019ici vendredi</div><div><br></div><div>Maya</div><div><br>\
<blockquote type="cite"><div>Le 30 nov. 2026 à 18:02, followupd &lt;maya@example.org&gt; a écrit\u00a0:</div>\
<br class="Apple-interchange-newline"><div>@HTMLDEBRIEF@</div></blockquote></div><br></body></html>
""",
        "answers": {
            "rating": ("8 sur 10", 8),
            "went_well": ("Le cas pratique sur le planning, j\u2019étais à l\u2019aise.", None),
            "reservations": (
                "Le poste est à Lyon, télétravail limité. À négocier\u00a0: deux jours par semaine.",
                None,
            ),
            "want_job": ("Oui", "yes"),
            "hear_back": ("d\u2019ici vendredi", "2026-12-04"),
        },
        "forbidden": ["a écrit"],
    }
)

# 20: Yahoo Mail HTML only, yahoo_quoted div.
HTML_CASES.append(
    {
        "name": "html_yahoo_quoted",
        "client": "Yahoo Mail",
        "language": "en",
        "date": "2026-12-01",
        "shape": "HTML only: numbered answers, yahoo_quoted history with its attribution",
        "company": "Bluebird Airlines",
        "role": "Revenue Analyst",
        "with": "Raj Patel",
        "ended": "14:00",
        "token": "y3fp6mzb",
        "cte": "quoted-printable",
        "html": """<html><head></head><body><div class="ydp3c1e9a2yahoo-style-wrap" style="font-family:Helvetica Neue, \
Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">1. Five out of ten, honestly</div>\
<div dir="ltr" data-setdir="false">3. The pricing case study. I went too deep into Excel details.</div>\
<div dir="ltr" data-setdir="false">11. Not sure</div><div dir="ltr" data-setdir="false">12. within 10 days</div>\
<div dir="ltr" data-setdir="false"><br></div></div><div id="ydp8a1yahoo_quoted_4417" class="ydp8a1yahoo_quoted">\
<div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>\
On Tuesday, December 1, 2026 at 06:04:19 PM GMT+1, followupd &lt;maya@example.org&gt; wrote:</div><div><br></div>\
<div><br></div><div><div dir="ltr">@HTMLDEBRIEF@</div></div></div></div></body></html>
""",
        "answers": {
            "rating": ("Five out of ten, honestly", 5),
            "went_badly": ("The pricing case study. I went too deep into Excel details.", None),
            "want_job": ("Not sure", "unsure"),
            "hear_back": ("within 10 days", "2026-12-11"),
        },
        "forbidden": ["yahoo_quoted", "wrote:"],
    }
)

# 21: Thunderbird HTML only, German, moz-cite-prefix.
HTML_CASES.append(
    {
        "name": "html_thunderbird_de",
        "client": "Thunderbird",
        "language": "de",
        "date": "2026-12-02",
        "shape": "HTML only: numbered paragraphs, moz-cite-prefix and blockquote type=cite",
        "company": "Elbe Medien GmbH",
        "role": "Redakteurin Digital",
        "with": "Katrin Schulz",
        "ended": "13:30",
        "token": "u8hr4dqn",
        "charset": "iso-8859-15",
        "cte": "8bit",
        "html": """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"></head>
<body><p>1. 6/10<br>2. Meine Textproben kamen gut an.<br>5. Viel Daten-Journalismus, das will ich.<br>
8. Tarif, ca. 4.200 € brutto im Monat<br>12. Anfang nächster Woche</p>
<p>Gruß<br>Maya</p>
<div class="moz-cite-prefix">Am 02.12.26 um 18:03 schrieb followupd:<br></div>
<blockquote type="cite" cite="mid:debrief.u8hr4dqn@followupd.maya.example">@HTMLDEBRIEF@</blockquote>
</body></html>
""",
        "answers": {
            "rating": ("6/10", 6),
            "went_well": ("Meine Textproben kamen gut an.", None),
            "role": ("Viel Daten-Journalismus, das will ich.", None),
            "money": ("Tarif, ca. 4.200 € brutto im Monat", [("4200", "EUR", "month")]),
            "hear_back": ("Anfang nächster Woche", "2026-12-08"),
        },
        "forbidden": ["Gruß", "schrieb followupd"],
    }
)

# 22: Superhuman HTML only with a tracking pixel.
HTML_CASES.append(
    {
        "name": "html_superhuman_pixel",
        "client": "Superhuman",
        "language": "en",
        "date": "2026-12-03",
        "shape": "HTML only: numbered answers, a tracking pixel, Superhuman's gmail_quote history",
        "company": "Contoso Cloud",
        "role": "Engineering Manager",
        "with": "Jane Doe",
        "ended": "17:00",
        "token": "c6xb3wnp",
        "cte": "base64",
        "html": """<html><body><div>1. 9/10</div><div>4. Jane was great \u2014 direct, funny, clearly protective \
of her team.</div><div>8. $210k a year base, 15% bonus target</div><div>11. Yes!</div><div>12. by Friday 11 December</div>\
<div><br></div><div>Sent via Superhuman</div><br>"""
        + PIXEL
        + """<div class="gmail_quote"><div class="gmail_attr">On Thu, Dec 03, 2026 at 6:01 PM, followupd \
&lt;maya@example.org&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;\
border-left:1px #ccc solid;padding-left:1ex">@HTMLDEBRIEF@</blockquote></div></body></html>
""",
        "answers": {
            "rating": ("9/10", 9),
            "rapport": ("Jane was great \u2014 direct, funny, clearly protective of her team.", None),
            "money": ("$210k a year base, 15% bonus target", [("210000", "USD", "year")]),
            "want_job": ("Yes!", "yes"),
            "hear_back": ("by Friday 11 December", "2026-12-11"),
        },
        "forbidden": ["Sent via Superhuman"],
    }
)

# 23: Proton Mail web HTML only, Spanish, protonmail_quote.
HTML_CASES.append(
    {
        "name": "html_proton_es",
        "client": "Proton Mail web",
        "language": "es",
        "date": "2026-12-04",
        "shape": "HTML only: numbered answers, Proton signature block, protonmail_quote",
        "company": "Mar Azul Turismo",
        "role": "Coordinadora de operaciones",
        "with": "Carlos Gómez",
        "ended": "12:00",
        "token": "n2tz7ksc",
        "cte": "quoted-printable",
        "html": """<div style="font-family: Arial, sans-serif; font-size: 14px;">1. Un 7 sobre 10</div>\
<div style="font-family: Arial, sans-serif; font-size: 14px;">4. Carlos me cayó muy bien, buen ambiente.</div>\
<div style="font-family: Arial, sans-serif; font-size: 14px;">11. Sí, me interesa mucho</div>\
<div style="font-family: Arial, sans-serif; font-size: 14px;">12. el miércoles</div>\
<div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">Enviado con el correo \
electrónico seguro de <a href="https://proton.me/">Proton Mail</a>.</div></div><br>\
<div class="protonmail_quote">El viernes, 4 de diciembre de 2026 a las 18:00, followupd &lt;maya@example.org&gt; \
escribió:<br><blockquote class="protonmail_quote" type="cite">@HTMLDEBRIEF@</blockquote><br></div>
""",
        "answers": {
            "rating": ("Un 7 sobre 10", 7),
            "rapport": ("Carlos me cayó muy bien, buen ambiente.", None),
            "want_job": ("Sí, me interesa mucho", "yes"),
            "hear_back": ("el miércoles", "2026-12-09"),
        },
        "forbidden": ["Enviado con el correo", "escribió"],
    }
)

# 24: Outlook web HTML only, Danish UI and answers, divRplyFwdMsg with Fra/Sendt.
HTML_CASES.append(
    {
        "name": "html_outlook_web_da",
        "client": "Outlook web",
        "language": "da",
        "date": "2026-12-02",
        "shape": "HTML only: numbered answers, hr and divRplyFwdMsg with Fra/Sendt/Til/Emne",
        "company": "Øresund Shipping A/S",
        "role": "Controller",
        "with": "Mette Hansen",
        "ended": "09:30",
        "token": "d9kw5mfr",
        "cte": "quoted-printable",
        "html": """<html><head><style type="text/css">P {margin-top:0;margin-bottom:0;}</style></head>\
<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">\
1. 7/10<br>3. Spørgsmålet om IFRS 16 gik ikke så godt.<br>8. 55.000 kr. om måneden<br>11. Ja<br>\
12. i næste uge</div><div class="elementToProof"><br></div><div class="elementToProof">Venlig hilsen<br>Maya</div>\
<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">\
<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Fra:</b> followupd \
&lt;maya@example.org&gt;<br><b>Sendt:</b> 2. december 2026 18:02<br><b>Til:</b> Maya Example \
&lt;maya@example.org&gt;<br><b>Emne:</b> @SUBJECT@</font><div>&nbsp;</div></div><div>@HTMLDEBRIEF@</div>\
</body></html>
""",
        "answers": {
            "rating": ("7/10", 7),
            "went_badly": ("Spørgsmålet om IFRS 16 gik ikke så godt.", None),
            "money": ("55.000 kr. om måneden", [("55000", "DKK", "month")]),
            "want_job": ("Ja", "yes"),
            "hear_back": ("i næste uge", "2026-12-11"),
        },
        "forbidden": ["Venlig hilsen", "Emne:"],
    }
)

# 25: Zoho Mail HTML only, zmail_extra history marker.
HTML_CASES.append(
    {
        "name": "html_zoho",
        "client": "Zoho Mail",
        "language": "en",
        "date": "2026-12-08",
        "shape": "HTML only: answers with 'Q1 -' style, Zoho's '---- On ... wrote ----' header and blockquote",
        "company": "Litware Inc",
        "role": "Technical Writer",
        "with": "Raj Patel",
        "ended": "16:00",
        "token": "x4pm8vqd",
        "cte": "7bit",
        "charset": "us-ascii",
        "html": """<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>\
<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>Q1 - 8</div>\
<div>Q2 - The docs-as-code discussion; they use the same tooling I do.</div><div>Q9 - More writing, less \
support than now.</div><div>Q12 - end of the month</div><div><br></div><div>Maya</div><br>\
<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px;">\
</div><div class="zmail_extra" data-zmail_extra="1"><div><br></div><div id="Zm-_Id_-Sgn1">---- On Tue, 08 Dec \
2026 18:00:00 +0100 <b>followupd &lt;maya@example.org&gt;</b> wrote ---<br></div><div><br></div>\
<blockquote style="margin: 0px;">@HTMLDEBRIEF@</blockquote></div></div></body></html>
""",
        "answers": {
            "rating": ("8", 8),
            "went_well": ("The docs-as-code discussion; they use the same tooling I do.", None),
            "vs_current": ("More writing, less support than now.", None),
            "hear_back": ("end of the month", "2026-12-31"),
        },
        "forbidden": ["wrote ---"],
    }
)
