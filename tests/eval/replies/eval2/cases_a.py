"""Second held-out set, part A: top-posted numbered replies from Gmail, Apple Mail and Outlook, mostly English."""

from __future__ import annotations

from shapes import Case, Debrief, html_of, money, page, quoted

ACME = Debrief("Acme Analytics", "Data Engineer", "Jane Doe and Raj Patel", "a7kq3m2x")
GLOBEX = Debrief("Globex", "Platform Lead", "Raj Patel", "b4nw8r5t")
INITECH = Debrief("Initech", "Staff Engineer", "Jane Doe", "c9pd2v6h")
HOOLI = Debrief("Hooli Health", "Backend Engineer", "Sam Lee", "d3fz7y4k")
UMBRA = Debrief("Umbra Robotics", "Engineering Manager", "Jane Doe", "e8tb5n3q")
GMAIL_EN = "On Thu, Nov 26, 2026 at 5:42 PM Maya Example <maya@example.org> wrote:"

A01_TEXT = """1. 7/10 - the system design part dragged but I recovered
2. Walking through the billing migration; they kept asking follow-ups
3. Fumbled the question about on-call load. Next time: give the actual numbers from my current team.
4. Jane was great, Raj a bit distant but fair. Yes, I could work with them.
5. Owning the data platform end to end, pretty close to what I want
6. Small, profitable, no VC pressure
7. Not sure how much on-call there is; ask the recruiter for the rota
8. \u20ac95-105k a year base, plus 10% bonus
9. More scope and a shorter commute than now
10. Better than Globex, on par with the Initech offer
11. Yes
12. By Wednesday next week

Maya"""

A02_TEXT = """1) 6 out of ten
2) the SQL exercise, finished early
3) behavioural round \u2013 my "conflict" story was too long. Trim it to two minutes.
4) Raj was friendly, easy to talk to
5) Lots of greenfield work
6) They actually publish their salary bands
7) Hybrid policy is vague. Ask for it in writing.
8) $140,000 to $155,000 per year
9) Pays more, similar hours
10) My favourite so far
11) definitely
12) Monday

Sent from my iPhone"""

A03_TEXT = """Q1 - around 7
Q2 - Talked through the incident review I led in March, they liked it
Q3 - Got the leetcode-style one wrong at first; should have asked clarifying questions
Q5 - it's basically my current job with a bigger team
Q8 - no numbers discussed yet
Q11 - probably not
Q12 - within a week

Get Outlook for iOS<https://aka.example/o0ukef>"""

A04_TEXT = """1: 8
2: Architecture whiteboard \u2013 felt in control the whole time.
3: Nothing major. Could have asked more about the team\u2019s roadmap.
4: Jane is someone I\u2019d happily work for.
5: Leading a team of 6, which is what I\u2019ve been after
6: The product is genuinely useful for clinics
7: Salary might be below my current one \u2013 I\u2019ll negotiate
8: \u00a385k plus 5% pension
9: Step up in responsibility
10: Best of the three I\u2019m talking to
11: Yes!
12: They said "by the 10th"

--
Maya Example
Senior Software Engineer | Example Systems Ltd
+44 20 7946 0000 | www.example.org
This e-mail and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it."""

A05_TEXT = """(1) 5/10. Honestly meh.
(2) The pairing session went OK
(3) I blanked on Kafka partitioning. Revise it before the next one.
(4) Sam seemed bored
(7) Team is being reorganised, role may change
(11) not sure
(12) Tomorrow

Sent from my iPad"""

A06_TEXT = """Quick answers before I forget:

1/ 9/10 \U0001f389
2/ Everything about the take-home walkthrough
3/ Ran over time on my questions for them
4/ Loved Jane, felt like a peer conversation \U0001f60a
5/ Robotics + people management, exactly my thing
6/ Real hardware, real customers
7/ Commute is 50 min each way; ask about 3 days remote
8/ 120k\u2013130k EUR per year + equity (not quantified)
9/ Big step up
10/ Clearly ahead of the others
11/ YES
12/ Jane said they'd decide by Tuesday

xx M"""


def _gmail_html(text: str, debrief: Debrief, header: str) -> str:
    mine = "".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in text.split("\n"))
    history = html_of(quoted(debrief.lines()))
    return page(
        f'<div dir="ltr">{mine}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"{header}<br></div>{history}</div>"
    )


def _outlook_block(debrief: Debrief, sent: str) -> str:
    return (
        "________________________________\n"
        f"From: Maya Example <maya@example.org>\nSent: {sent}\nTo: Maya Example <maya@example.org>\n"
        f"Subject: {debrief.subject}\n\n" + "\n".join(debrief.lines())
    )


CASES = [
    Case(
        name="a01_gmail_web_numbered_full",
        client="Gmail web",
        language="en",
        shape="top-posted numbered, multipart/alternative, gmail_quote",
        debrief=ACME,
        text=A01_TEXT + "\n\n" + GMAIL_EN + "\n\n" + quoted(ACME.lines()),
        html=_gmail_html(A01_TEXT, ACME, GMAIL_EN),
        answers={
            "rating": ("7/10 - the system design part dragged but I recovered", 7),
            "went_well": ("Walking through the billing migration; they kept asking follow-ups", None),
            "went_badly": (
                "Fumbled the question about on-call load. Next time: give the actual numbers from my current team.",
                None,
            ),
            "rapport": ("Jane was great, Raj a bit distant but fair. Yes, I could work with them.", None),
            "role": ("Owning the data platform end to end, pretty close to what I want", None),
            "company": ("Small, profitable, no VC pressure", None),
            "reservations": ("Not sure how much on-call there is; ask the recruiter for the rota", None),
            "money": money(
                "\u20ac95-105k a year base, plus 10% bonus",
                ("95000", "EUR", "year"),
                ("105000", "EUR", "year"),
            ),
            "vs_current": ("More scope and a shorter commute than now", None),
            "vs_others": ("Better than Globex, on par with the Initech offer", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("By Wednesday next week", "2026-12-02"),
        },
        forbidden=("Skip anything you like", "numbered like", "wrote:", "What went well?"),
        headers=(("Content-Language", "en-US"),),
    ),
    Case(
        name="a02_apple_ios_paren_numbers",
        client="Apple Mail iOS",
        language="en",
        shape="top-posted numbered '1)', iPhone footer, quoted header with blank quote line",
        debrief=GLOBEX,
        text=A02_TEXT
        + "\n\n> On 26 Nov 2026, at 17:42, Maya Example <maya@example.org> wrote:\n> \n"
        + quoted(GLOBEX.lines()),
        answers={
            "rating": ("6 out of ten", 6),
            "went_well": ("the SQL exercise, finished early", None),
            "went_badly": (
                'behavioural round \u2013 my "conflict" story was too long. Trim it to two minutes.',
                None,
            ),
            "rapport": ("Raj was friendly, easy to talk to", None),
            "role": ("Lots of greenfield work", None),
            "company": ("They actually publish their salary bands", None),
            "reservations": ("Hybrid policy is vague. Ask for it in writing.", None),
            "money": money(
                "$140,000 to $155,000 per year", ("140000", "USD", "year"), ("155000", "USD", "year")
            ),
            "vs_current": ("Pays more, similar hours", None),
            "vs_others": ("My favourite so far", None),
            "want_job": ("definitely", "yes"),
            "hear_back": ("Monday", "2026-11-30"),
        },
        forbidden=("Sent from my iPhone", "Skip anything you like", "wrote:"),
        cte="8bit",
        headers=(("X-Mailer", "iPhone Mail (22B91)"),),
    ),
    Case(
        name="a03_outlook_ios_q_dash_partial",
        client="Outlook iOS",
        language="en",
        shape="top-posted 'Q1 -' numbering, partial with a money answer without amounts, unquoted history",
        debrief=INITECH,
        text=A03_TEXT + "\n" + _outlook_block(INITECH, "Thursday, November 26, 2026 5:42:13 PM"),
        answers={
            "rating": ("around 7", 7),
            "went_well": ("Talked through the incident review I led in March, they liked it", None),
            "went_badly": (
                "Got the leetcode-style one wrong at first; should have asked clarifying questions",
                None,
            ),
            "role": ("it's basically my current job with a bigger team", None),
            "money": ("no numbers discussed yet", {"amounts": [], "text": "no numbers discussed yet"}),
            "want_job": ("probably not", "no"),
            "hear_back": ("within a week", "2026-12-03"),
        },
        forbidden=(
            "Get Outlook for iOS",
            "Sent: Thursday",
            "Skip anything you like",
            "What money was discussed?",
        ),
        cte="base64",
    ),
    Case(
        name="a04_outlook_windows_colon_signature_disclaimer",
        client="Outlook desktop Windows",
        language="en",
        shape="top-posted '1:' numbering, long signature with legal disclaimer, smart quotes, windows-1252",
        debrief=UMBRA,
        text=A04_TEXT + "\n\n" + _outlook_block(UMBRA, "Thursday, November 26, 2026 5:42 PM"),
        answers={
            "rating": ("8", 8),
            "went_well": ("Architecture whiteboard \u2013 felt in control the whole time.", None),
            "went_badly": ("Nothing major. Could have asked more about the team\u2019s roadmap.", None),
            "rapport": ("Jane is someone I\u2019d happily work for.", None),
            "role": ("Leading a team of 6, which is what I\u2019ve been after", None),
            "company": ("The product is genuinely useful for clinics", None),
            "reservations": ("Salary might be below my current one \u2013 I\u2019ll negotiate", None),
            "money": money("\u00a385k plus 5% pension", ("85000", "GBP", None)),
            "vs_current": ("Step up in responsibility", None),
            "vs_others": ("Best of the three I\u2019m talking to", None),
            "want_job": ("Yes!", "yes"),
            "hear_back": ('They said "by the 10th"', "2026-12-10"),
        },
        forbidden=(
            "Senior Software Engineer",
            "confidential and intended solely",
            "+44 20 7946 0000",
            "Sent: Thursday",
        ),
        charset="windows-1252",
        headers=(
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdtAbCdEfGhIjKlMnOpQrStUvWxYzA=="),
        ),
    ),
    Case(
        name="a05_apple_ipad_parenthesised_partial",
        client="Apple Mail iOS (iPad)",
        language="en",
        shape="partial '(1)' numbering, 6 answers, LF line ends, quoted header directly under the footer",
        debrief=HOOLI,
        text=A05_TEXT
        + "\n\n> On 26 Nov 2026, at 17:42, Maya Example <maya@example.org> wrote:\n>\n"
        + quoted(HOOLI.lines()),
        answers={
            "rating": ("5/10. Honestly meh.", 5),
            "went_well": ("The pairing session went OK", None),
            "went_badly": ("I blanked on Kafka partitioning. Revise it before the next one.", None),
            "rapport": ("Sam seemed bored", None),
            "reservations": ("Team is being reorganised, role may change", None),
            "want_job": ("not sure", "unsure"),
            "hear_back": ("Tomorrow", "2026-11-27"),
        },
        forbidden=("Sent from my iPad", "wrote:", "Skip anything you like"),
        crlf=False,
    ),
    Case(
        name="a06_gmail_android_slash_numbers_emoji",
        client="Gmail Android",
        language="en",
        shape="top-posted '1/' numbering after a lead-in line, emoji, en dash range, base64",
        debrief=UMBRA,
        text=A06_TEXT
        + "\n\nOn Thu, 26 Nov 2026, 17:42 Maya Example, <maya@example.org> wrote:\n\n"
        + quoted(UMBRA.lines()),
        html=_gmail_html(
            A06_TEXT, UMBRA, "On Thu, 26 Nov 2026, 17:42 Maya Example, &lt;maya@example.org&gt; wrote:"
        ),
        answers={
            "rating": ("9/10 \U0001f389", 9),
            "went_well": ("Everything about the take-home walkthrough", None),
            "went_badly": ("Ran over time on my questions for them", None),
            "rapport": ("Loved Jane, felt like a peer conversation \U0001f60a", None),
            "role": ("Robotics + people management, exactly my thing", None),
            "company": ("Real hardware, real customers", None),
            "reservations": ("Commute is 50 min each way; ask about 3 days remote", None),
            "money": money(
                "120k\u2013130k EUR per year + equity (not quantified)",
                ("120000", "EUR", "year"),
                ("130000", "EUR", "year"),
            ),
            "vs_current": ("Big step up", None),
            "vs_others": ("Clearly ahead of the others", None),
            "want_job": ("YES", "yes"),
            "hear_back": ("Jane said they'd decide by Tuesday", "2026-12-01"),
        },
        forbidden=("xx M", "wrote:", "Skip anything you like"),
        cte="base64",
    ),
]
