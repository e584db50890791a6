"""The eval17 replies, part 3: a user's everyday replies (own numbering, inline, bottom-posted, free text)."""

from __future__ import annotations

from eval17_cases import DISCLAIMER_EN, gtq

EVERYDAY: list[dict] = []

# 26: Gmail iOS, "Q1 -" numbering, "Thursday the 10th", Sent from my iPhone.
EVERYDAY.append(
    {
        "name": "gmail_ios_q_dash",
        "client": "Gmail iOS",
        "language": "en",
        "date": "2026-12-07",
        "shape": "top-posted 'Q1 -' numbering, iPhone footer, attribution and > quotes",
        "company": "Adatum Corporation",
        "role": "Security Engineer",
        "with": "Jane Doe",
        "ended": "14:00",
        "token": "g6qe2nta",
        "text": """Q1 - 7/10
Q2 - Threat modelling exercise went really well
Q3 - Should have asked more about their on-call
Q11 - Yes
Q12 - Thursday the 10th

Sent from my iPhone

On Mon, Dec 7, 2026 at 18:02, followupd <maya@example.org> wrote:

@QUOTED@
""",
        "answers": {
            "rating": ("7/10", 7),
            "went_well": ("Threat modelling exercise went really well", None),
            "went_badly": ("Should have asked more about their on-call", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday the 10th", "2026-12-10"),
        },
        "forbidden": ["Sent from my iPhone", "wrote:"],
    }
)

# 27: Apple Mail iOS (German), "(1)" numbering, attribution wrapped over two lines, German iPhone footer.
EVERYDAY.append(
    {
        "name": "apple_ios_de_wrapped_attribution",
        "client": "Apple Mail (iOS)",
        "language": "de",
        "date": "2026-12-08",
        "shape": "top-posted '(1)' numbering, 'Von meinem iPhone gesendet', date-after-verb attribution wrapped",
        "company": "Rheinwerk Bau AG",
        "role": "Projektleiterin",
        "with": "Herrn Becker",
        "ended": "11:00",
        "token": "w3nh8xfd",
        "cte": "quoted-printable",
        "text": """(1) 8 von 10
(4) Herr Becker war sympathisch, sehr pragmatisch.
(8) 85.000 € brutto jährlich plus Dienstwagen
(11) Ja
(12) nächsten Dienstag

Von meinem iPhone gesendet

> Am 08.12.2026 um 18:04 schrieb followupd
> <maya@example.org>:
>
@QUOTED@
""",
        "answers": {
            "rating": ("8 von 10", 8),
            "rapport": ("Herr Becker war sympathisch, sehr pragmatisch.", None),
            "money": ("85.000 € brutto jährlich plus Dienstwagen", [("85000", "EUR", "year")]),
            "want_job": ("Ja", "yes"),
            "hear_back": ("nächsten Dienstag", "2026-12-15"),
        },
        "forbidden": ["Von meinem iPhone gesendet", "schrieb followupd"],
    }
)

# 28: Fastmail (French), numbered, "la semaine prochaine", k€.
EVERYDAY.append(
    {
        "name": "fastmail_fr",
        "client": "Fastmail",
        "language": "fr",
        "date": "2026-12-09",
        "shape": "top-posted numbered, French attribution with date, > quotes",
        "company": "Mistral Assurances",
        "role": "Actuaire",
        "with": "Pierre Durand",
        "ended": "16:30",
        "token": "f5mv9ckr",
        "cte": "quoted-printable",
        "text": """Bonsoir,

1. 7/10
2. Les questions techniques sur Solvabilité II.
3. J'ai hésité sur la partie management, il faudrait des exemples concrets.
8. 55 k€ par an
11. Oui
12. la semaine prochaine

Bonne soirée,
Maya

Le mer. 9 déc. 2026, à 18:45, followupd a écrit :
@QUOTED@
""",
        "answers": {
            "rating": ("7/10", 7),
            "went_well": ("Les questions techniques sur Solvabilité II.", None),
            "went_badly": ("J'ai hésité sur la partie management, il faudrait des exemples concrets.", None),
            "money": ("55 k€ par an", [("55000", "EUR", "year")]),
            "want_job": ("Oui", "yes"),
            "hear_back": ("la semaine prochaine", "2026-12-18"),
        },
        "forbidden": ["Bonne soirée", "a écrit"],
    }
)

# 29: Gmail Android with a Spanish UI, English answers, attribution wrapped over two lines.
EVERYDAY.append(
    {
        "name": "gmail_android_es_ui_english",
        "client": "Gmail Android",
        "language": "en",
        "date": "2026-12-10",
        "shape": "top-posted '1:' numbering in English under a Spanish attribution wrapped over two lines",
        "company": "Proseware",
        "role": "Data Scientist",
        "with": "Raj Patel",
        "ended": "15:00",
        "token": "m8rc3zwe",
        "cte": "base64",
        "text": """1: 6/10, so-so
5: Recommendation systems, which is exactly my area
10: Behind the Adatum offer on pay, ahead on the work itself
12: Tuesday the 15th

El jue, 10 dic 2026, 18:02, followupd <maya@example.org>
escribió:

@QUOTED@
""",
        "answers": {
            "rating": ("6/10, so-so", 6),
            "role": ("Recommendation systems, which is exactly my area", None),
            "vs_others": ("Behind the Adatum offer on pay, ahead on the work itself", None),
            "hear_back": ("Tuesday the 15th", "2026-12-15"),
        },
        "forbidden": ["escribió"],
    }
)

# 30: Outlook for Mac, "Question 1:" with the answer on the next line.
EVERYDAY.append(
    {
        "name": "outlook_mac_question_next_line",
        "client": "Outlook for Mac",
        "language": "en",
        "date": "2026-12-11",
        "shape": "top-posted 'Question 1:' with the answer on the next line, Mac From/Date/To/Subject block",
        "company": "Woodgrove Bank",
        "role": "Risk Analyst",
        "with": "Jane Doe",
        "ended": "10:00",
        "token": "o2fk7dnh",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """Question 1:
8 out of 10

Question 4:
Jane was lovely. The second interviewer barely looked up from his laptop.

Question 8:
No numbers discussed yet

Question 12:
end of next week

Maya

From: followupd <maya@example.org>
Date: Friday, 11 December 2026 at 18:00
To: Maya Example <maya@example.org>
Subject: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("8 out of 10", 8),
            "rapport": ("Jane was lovely. The second interviewer barely looked up from his laptop.", None),
            "money": ("No numbers discussed yet", []),
            "hear_back": ("end of next week", "2026-12-18"),
        },
        "forbidden": ["Subject:", "use the form"],
    }
)

# 31: Spark, "#1" numbering, "by the 18th".
EVERYDAY.append(
    {
        "name": "spark_hash_numbers",
        "client": "Spark",
        "language": "en",
        "date": "2026-12-14",
        "shape": "top-posted '#1' numbering, Spark attribution and > quotes",
        "company": "Fourth Coffee",
        "role": "Brand Manager",
        "with": "Jane Doe",
        "ended": "13:30",
        "token": "s7kp4wmx",
        "text": """#1 9 \U0001f389
#6 They actually care about sourcing, not just the marketing around it.
#7 None really
#11 Definitely yes
#12 by the 18th

Maya
On 14 Dec 2026 at 18:05 +0100, followupd <maya@example.org>, wrote:
@QUOTED@
""",
        "answers": {
            "rating": ("9 \U0001f389", 9),
            "company": ("They actually care about sourcing, not just the marketing around it.", None),
            "reservations": ("None really", None),
            "want_job": ("Definitely yes", "yes"),
            "hear_back": ("by the 18th", "2026-12-18"),
        },
        "forbidden": [", wrote:"],
    }
)

# 32: K-9 Mail, "A1:" numbering, K-9 footer.
EVERYDAY.append(
    {
        "name": "k9_a_numbers",
        "client": "K-9 Mail",
        "language": "en",
        "date": "2026-12-15",
        "shape": "top-posted 'A1:' numbering, K-9 footer, attribution and > quotes",
        "company": "Wide World Importers",
        "role": "Procurement Lead",
        "with": "Raj Patel",
        "ended": "11:30",
        "token": "k4zt6npb",
        "cte": "quoted-printable",
        "text": """A1: 6
A3: The negotiation role play, I conceded too fast.
A8: \u20ac72,000 per year
A11: unsure
A12: Friday

--\x20
Sent from my Android device with K-9 Mail. Please excuse my brevity.

On December 15, 2026 6:03:22 PM GMT+01:00, followupd <maya@example.org> wrote:
@QUOTED@
""",
        "answers": {
            "rating": ("6", 6),
            "went_badly": ("The negotiation role play, I conceded too fast.", None),
            "money": ("\u20ac72,000 per year", [("72000", "EUR", "year")]),
            "want_job": ("unsure", "unsure"),
            "hear_back": ("Friday", "2026-12-18"),
        },
        "forbidden": ["Sent from my Android device", "K-9 Mail"],
    }
)

# 33: mutt, bottom-posted, "1:" numbering, signature with "-- ".
EVERYDAY.append(
    {
        "name": "mutt_bottom_posted",
        "client": "mutt",
        "language": "en",
        "date": "2026-12-16",
        "shape": "bottom-posted: the whole debrief quoted, numbered answers below it, '-- ' signature",
        "company": "Coho Vineyard",
        "role": "SRE",
        "with": "Jane Doe",
        "ended": "17:00",
        "token": "t8wd3gkq",
        "charset": "us-ascii",
        "cte": "7bit",
        "headers": ["User-Agent: Mutt/2.2.12 (2023-09-09)"],
        "text": """On Wed, Dec 16, 2026 at 06:00:12PM +0100, followupd wrote:
@QUOTED@

1: 7
2: Incident review walkthrough; I knew their stack (k8s, Prometheus).
5: Small platform team, lots of automation work. Close to ideal.
12: in 2 weeks

--\x20
Maya Example
""",
        "answers": {
            "rating": ("7", 7),
            "went_well": ("Incident review walkthrough; I knew their stack (k8s, Prometheus).", None),
            "role": ("Small platform team, lots of automation work. Close to ideal.", None),
            "hear_back": ("in 2 weeks", "2026-12-30"),
        },
        "forbidden": ["followupd wrote"],
    }
)

# 34: Roundcube (Italian), "1 -" numbering, half-point rating.
EVERYDAY.append(
    {
        "name": "roundcube_it",
        "client": "Roundcube",
        "language": "it",
        "date": "2026-12-17",
        "shape": "top-posted '1 -' numbering, Roundcube attribution and > quotes",
        "company": "Laguna Trasporti",
        "role": "Pianificatrice",
        "with": "Marco Rossi",
        "ended": "10:30",
        "token": "r6cj9mvh",
        "charset": "iso-8859-15",
        "cte": "quoted-printable",
        "text": """1 - 7,5/10
2 - Conosco bene il loro software di pianificazione.
4 - Marco è stato gentile, mi ci vedo a lavorare insieme.
11 - Forse, devo pensarci
12 - lunedì

Ciao,
Maya

Il 2026-12-17 18:00 followupd ha scritto:
@QUOTED@
""",
        "answers": {
            "rating": ("7,5/10", 7.5),
            "went_well": ("Conosco bene il loro software di pianificazione.", None),
            "rapport": ("Marco è stato gentile, mi ci vedo a lavorare insieme.", None),
            "want_job": ("Forse, devo pensarci", "unsure"),
            "hear_back": ("lunedì", "2026-12-21"),
        },
        "forbidden": ["ha scritto"],
    }
)

# 35: Gmail web, numbers out of order, answers split by blank lines, one answer over two paragraphs.
EVERYDAY.append(
    {
        "name": "gmail_web_out_of_order",
        "client": "Gmail web",
        "language": "en",
        "date": "2026-12-18",
        "shape": "top-posted numbered out of order, split by blank lines, a two-paragraph answer",
        "company": "Relecloud",
        "role": "Solutions Architect",
        "with": "Jane Doe and Raj Patel",
        "ended": "12:00",
        "token": "e7vn2hqc",
        "text": """Here goes:

2. The architecture whiteboard. They liked that I asked about constraints first.

1. 8/10

7. The travel. They said up to 40% on site with customers.

I'd want that in writing, and ideally capped at two trips a month.

8. $95k to $105k a year

12. by January 8

Thanks!
Maya

On Fri, Dec 18, 2026 at 6:00\u202fPM followupd <maya@example.org> wrote:

@QUOTED@
""",
        "answers": {
            "went_well": (
                "The architecture whiteboard. They liked that I asked about constraints first.",
                None,
            ),
            "rating": ("8/10", 8),
            "reservations": (
                "The travel. They said up to 40% on site with customers.\n\n"
                "I'd want that in writing, and ideally capped at two trips a month.",
                None,
            ),
            "money": ("$95k to $105k a year", [("95000", "USD", "year"), ("105000", "USD", "year")]),
            "hear_back": ("by January 8", "2027-01-08"),
        },
        "free_notes": "Here goes:",
        "forbidden": ["Thanks!", "wrote:"],
    }
)

# 36: Airmail, numbers alone on a line with the answer on the next.
EVERYDAY.append(
    {
        "name": "airmail_number_own_line",
        "client": "Airmail",
        "language": "en",
        "date": "2026-11-02",
        "shape": "top-posted, each number alone on its line and the answer under it",
        "company": "Trey Research",
        "role": "Lab Manager",
        "with": "Jane Doe",
        "ended": "15:00",
        "token": "b5dq8wzn",
        "cte": "quoted-printable",
        "text": """1
7

3
I rambled about the budget question.

11
Yes

12
Wednesday

--\u00a0
Sent with Airmail

On 2 November 2026 at 18:00:41, followupd (maya@example.org) wrote:

@QUOTED@
""",
        "answers": {
            "rating": ("7", 7),
            "went_badly": ("I rambled about the budget question.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Wednesday", "2026-11-04"),
        },
        "forbidden": ["Sent with Airmail"],
    }
)

# 37: Proton Mail Android, a partial reply of three answers.
EVERYDAY.append(
    {
        "name": "proton_android_partial",
        "client": "Proton Mail Android",
        "language": "en",
        "date": "2026-11-19",
        "shape": "partial top-posted numbered (1, 3, 11), Proton footer, Proton attribution and > quotes",
        "company": "Alpine Ski House",
        "role": "Marketing Lead",
        "with": "Raj Patel",
        "ended": "16:00",
        "token": "p3wk7rxe",
        "cte": "quoted-printable",
        "text": """1. 5
3. Didn\u2019t have numbers ready for the last campaign. Bring a one-pager next time.
11. Not sure yet

Sent from Proton Mail Android


-------- Original Message --------
On 19/11/2026 18:01, followupd wrote:

@QUOTED@
""",
        "answers": {
            "rating": ("5", 5),
            "went_badly": (
                "Didn\u2019t have numbers ready for the last campaign. Bring a one-pager next time.",
                None,
            ),
            "want_job": ("Not sure yet", "unsure"),
        },
        "forbidden": ["Sent from Proton Mail", "Original Message"],
    }
)

# 38: HEY, free text only.
EVERYDAY.append(
    {
        "name": "hey_free_text",
        "client": "HEY",
        "language": "en",
        "date": "2026-11-20",
        "shape": "free text only: a short note with no numbers and nothing under the questions",
        "company": "Blue Yonder Airlines",
        "role": "Crew Scheduler",
        "with": "Jane Doe",
        "ended": "11:00",
        "token": "h8mz4cta",
        "text": """Too tired for the questions tonight. Long day, the panel ran over by an hour. Will fill
in the form tomorrow.

On November 20, 2026, followupd <maya@example.org> wrote:
@QUOTED@
""",
        "answers": {},
        "free_notes": "Too tired for the questions tonight. Long day, the panel ran over by an hour. Will fill "
        "in the form tomorrow.",
        "forbidden": ["wrote:"],
    }
)

# 39: Gmail web, answers then a forwarded message from the recruiter below.
EVERYDAY.append(
    {
        "name": "gmail_answer_then_forward",
        "client": "Gmail web",
        "language": "en",
        "date": "2026-11-23",
        "shape": "answer-then-forward: numbered answers above a forwarded recruiter mail",
        "company": "Fabrikam",
        "role": "QA Lead",
        "with": "Jane Doe",
        "ended": "14:00",
        "token": "v2hf6kdm",
        "cte": "quoted-printable",
        "text": """1. 7/10
2. Test strategy discussion.
8. \u00a392k a year, recruiter's email below
12. Friday

---------- Forwarded message ---------
From: Jane Doe <jane.doe@fabrikam.example>
Date: Mon, Nov 23, 2026 at 5:40 PM
Subject: Thank you for coming in
To: Maya Example <maya@example.org>


Hi Maya,

Thanks for your time today. As discussed, the band for this role is up to \u00a395,000.
We'll be in touch by the end of the week.

Best,
Jane
""",
        "answers": {
            "rating": ("7/10", 7),
            "went_well": ("Test strategy discussion.", None),
            "money": ("\u00a392k a year, recruiter's email below", [("92000", "GBP", "year")]),
            "hear_back": ("Friday", "2026-11-27"),
        },
        "forbidden": ["Forwarded message", "Thanks for your time today", "up to \u00a395,000"],
    }
)

# 40: Naver Mail (Korean), "-----Original Message-----" block, EUC-KR.
EVERYDAY.append(
    {
        "name": "naver_ko",
        "client": "Naver Mail",
        "language": "ko",
        "date": "2026-11-24",
        "shape": "top-posted numbered above Naver's -----Original Message----- block",
        "company": "한빛소프트",
        "role": "백엔드 개발자",
        "with": "김민수",
        "ended": "14:00",
        "token": "n7qx3bvk",
        "charset": "euc-kr",
        "cte": "base64",
        "text": """1. 7점
2. 대용량 트래픽 경험을 잘 설명했어요.
8. 연봉 6,500만 원
11. 네
12. 다음 주 수요일

-----Original Message-----
From: "followupd"<maya@example.org>
To: "Maya Example"<maya@example.org>;
Cc:
Sent: 2026-11-24 (화) 18:03:11 (GMT+09:00)
Subject: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("7점", 7),
            "went_well": ("대용량 트래픽 경험을 잘 설명했어요.", None),
            "money": ("연봉 6,500만 원", [("65000000", "KRW", "year")]),
            "want_job": ("네", "yes"),
            "hear_back": ("다음 주 수요일", "2026-12-02"),
        },
        "forbidden": ["Original Message"],
    }
)

# 41: QQ Mail (Chinese), 原始邮件 separator and iPhone footer.
EVERYDAY.append(
    {
        "name": "qq_mail_zh",
        "client": "QQ Mail",
        "language": "zh",
        "date": "2026-11-25",
        "shape": "top-posted numbered, '发自我的iPhone', QQ's 原始邮件 separator block",
        "company": "云帆物流",
        "role": "产品经理",
        "with": "李娜",
        "ended": "10:00",
        "token": "q4bn8tzw",
        "cte": "base64",
        "text": """1. 6分
4. 李娜人很好，沟通顺畅。
11. 不确定
12. 两周内

发自我的iPhone


------------------ 原始邮件 ------------------
发件人: followupd <maya@example.org>
发送时间: 2026年11月25日 18:05
收件人: Maya Example <maya@example.org>
主题: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("6分", 6),
            "rapport": ("李娜人很好，沟通顺畅。", None),
            "want_job": ("不确定", "unsure"),
            "hear_back": ("两周内", "2026-12-09"),
        },
        "forbidden": ["发自我的iPhone", "原始邮件"],
    }
)

# 42: Mail.ru (Russian), date-first attribution, KOI8-R.
EVERYDAY.append(
    {
        "name": "mailru_ru",
        "client": "Mail.ru",
        "language": "ru",
        "date": "2026-12-03",
        "shape": "top-posted numbered, Mail.ru date-first attribution and > quotes",
        "company": "Северный Банк",
        "role": "Аналитик",
        "with": "Ивана Петрова",
        "ended": "13:00",
        "token": "r9kd2mwp",
        "charset": "koi8-r",
        "cte": "8bit",
        "text": """1. 8 из 10
3. Задача на SQL заняла слишком много времени.
8. 250 тысяч рублей в месяц
11. Да
12. в понедельник

--
Мая

Четверг, 3 декабря 2026, 18:05 +01:00 от followupd <maya@example.org>:
@QUOTED@
""",
        "answers": {
            "rating": ("8 из 10", 8),
            "went_badly": ("Задача на SQL заняла слишком много времени.", None),
            "money": ("250 тысяч рублей в месяц", [("250000", "RUB", "month")]),
            "want_job": ("Да", "yes"),
            "hear_back": ("в понедельник", "2026-12-07"),
        },
        "forbidden": ["Мая"],
    }
)

# 43: Thunderbird, answers under the > quoted questions (inline).
EVERYDAY.append(
    {
        "name": "thunderbird_inline_quoted",
        "client": "Thunderbird",
        "language": "en",
        "date": "2026-12-01",
        "shape": "inline: answers under the >-quoted questions they answer, unanswered ones left quoted",
        "company": "Margie's Travel",
        "role": "Product Designer",
        "with": "Jane Doe",
        "ended": "15:00",
        "token": "t3pz6wqf",
        "flowed": True,
        "text": "On 01/12/2026 18:00, followupd wrote:\n> Hi Maya,\n>\n"
        + "> While it is fresh, answer what you can.\n>\n"
        + gtq(1)
        + "\n\n7/10\n\n"
        + gtq(2)
        + "\n\nThe design critique. I was calm and specific.\n\n"
        + "\n>\n".join(gtq(n) for n in range(3, 8))
        + "\n>\n"
        + gtq(8)
        + "\n\n$140k a year base\n\n"
        + "\n>\n".join(gtq(n) for n in range(9, 11))
        + "\n>\n"
        + gtq(11)
        + "\n\nYes, I think so.\n\n"
        + gtq(12)
        + "\n\nearly next week\n\n> Skip anything you like; a later reply fills in or replaces single answers.\n",
        "answers": {
            "rating": ("7/10", 7),
            "went_well": ("The design critique. I was calm and specific.", None),
            "money": ("$140k a year base", [("140000", "USD", "year")]),
            "want_job": ("Yes, I think so.", "yes"),
            "hear_back": ("early next week", "2026-12-08"),
        },
        "forbidden": ["Skip anything you like"],
    }
)

# 44: Mailspring, partial numbered reply ending with a short "Hiring Manager Friendly".
EVERYDAY.append(
    {
        "name": "mailspring_short_last_answer",
        "client": "Mailspring",
        "language": "en",
        "date": "2026-12-04",
        "shape": "partial top-posted numbered (1, 2, 4), last answer a short phrase that looks like a name line",
        "company": "Southridge Video",
        "role": "Video Producer",
        "with": "Raj Patel",
        "ended": "11:00",
        "token": "m6wt9pkd",
        "text": """1. 8
2. Showreel walkthrough
4. Hiring Manager Friendly

On Dec 4 2026, at 6:00 pm, followupd <maya@example.org> wrote:
@QUOTED@
""",
        "answers": {
            "rating": ("8", 8),
            "went_well": ("Showreel walkthrough", None),
            "rapport": ("Hiring Manager Friendly", None),
        },
        "forbidden": ["wrote:"],
    }
)

# 45: Apple Mail (macOS), sign-off without "-- ", smart quotes, non-breaking spaces, long signature.
EVERYDAY.append(
    {
        "name": "apple_mail_signoff_block",
        "client": "Apple Mail (macOS)",
        "language": "en",
        "date": "2026-12-14",
        "shape": "top-posted numbered, 'Best regards,' then name, title, phone, web and disclaimer without -- ",
        "company": "Contoso Pharmaceuticals",
        "role": "Regulatory Affairs Manager",
        "with": "Jane Doe",
        "ended": "16:00",
        "token": "a9kh3vmc",
        "charset": "utf-8",
        "cte": "quoted-printable",
        "text": """1. 7\u00a0/\u00a010
3. The \u201cwhy are you leaving\u201d question \u2013 I over-explained.
6. Strong pipeline and they promote from within.
9. Similar pay, much better pipeline than where I am now.
12. by the end of the week

Best regards,
Maya Example
Regulatory Affairs Lead | Northwind Biotech
+44 20 7946 0000
https://northwind-biotech.example

"""
        + DISCLAIMER_EN
        + """

> On 14 Dec 2026, at 18:00, followupd <maya@example.org> wrote:
>
@QUOTED@
""",
        "answers": {
            "rating": ("7\u00a0/\u00a010", 7),
            "went_badly": ("The \u201cwhy are you leaving\u201d question \u2013 I over-explained.", None),
            "company": ("Strong pipeline and they promote from within.", None),
            "vs_current": ("Similar pay, much better pipeline than where I am now.", None),
            "hear_back": ("by the end of the week", "2026-12-18"),
        },
        "forbidden": [
            "Best regards",
            "Regulatory Affairs Lead",
            "CONFIDENTIALITY NOTICE",
            "+44 20 7946 0000",
        ],
    }
)
