"""Second held-out set, part D: Swedish, Polish, Japanese, Chinese, Danish, Portuguese and Russian replies."""

from __future__ import annotations

from shapes import Case, Debrief, block, inline, numbered, top

FJORD = Debrief("Fjordlab", "Backend Engineer", "Jane Doe", "u5gk8n2d")
WISLA = Debrief("Wisla Software", "QA Lead", "Raj Patel", "v3rm6t9b")
SAKURA = Debrief("Sakura Systems", "Site Reliability Engineer", "Jane Doe", "w8pf2x5c")
LONG = Debrief("Longmen Tech", "Product Engineer", "Raj Patel", "x4dn7q3h")
HAVN = Debrief("Havnegade Data", "ML Engineer", "Jane Doe and Raj Patel", "y9hb3v6m")
RIO = Debrief("Rio Verde Pagamentos", "Tech Lead", "Jane Doe", "z2kc5w8f")
VOLGA = Debrief("Volga Soft", "Go Developer", "Raj Patel", "a3mx9p4t")

D01, D01A = numbered(
    [
        (1, "sju av tio", 7),
        (2, "Systemdesignen, jag var lugn och tydlig", None),
        (3, "Glömde fråga om teamets storlek", None),
        (4, "Jane var jättetrevlig", None),
        (5, "Mycket ägarskap, nära det jag vill", None),
        (6, "Bra föräldraförmåner", None),
        (7, "Kontoret ligger långt bort; fråga om distansarbete", None),
        (8, "52\u00a0000 SEK i månaden", [("52000", "SEK", "month")]),
        (9, "Bättre lön än nu", None),
        (10, "Ungefär som det andra erbjudandet", None),
        (11, "ja, absolut", "yes"),
        (12, "på fredag", "2026-11-27"),
    ]
)
D02, D02A = numbered(
    [
        (1, "8/10", 8),
        (2, "Automatyzacja testów, mój konik", None),
        (3, "Pytanie o Selenium Grid, za mało szczegółów", None),
        (8, "15 000 zł brutto miesięcznie", [("15000", "PLN", "month")]),
        (11, "raczej nie", "no"),
        (12, "do piątku", "2026-11-27"),
    ]
)
D03_REPLIES = {
    1: "Szóstka na dziesięć.",
    4: "Raj był w porządku, konkretny.",
    7: "Dużo nadgodzin? Zapytać o dyżury.",
    11: "Nie wiem jeszcze.",
}
D04, D04A = numbered(
    [
        (1, "7点くらい", 7),
        (2, "障害対応の経験を具体的に話せた", None),
        (3, "英語での説明が少し詰まった", None),
        (4, "Janeさんはとても話しやすかった", None),
        (8, "年収800万円", [("8000000", "JPY", "year")]),
        (11, "はい", "yes"),
        (12, "来週の月曜日", "2026-11-30"),
    ]
)
D05, D05A = numbered(
    [
        (1, "六分", 6),
        (2, "产品思路讲得比较清楚", None),
        (3, "算法题没做完", None),
        (5, "离我想做的方向很近", None),
        (8, "月薪35k人民币，14薪", [("35000", "CNY", "month")]),
        (11, "不确定", "unsure"),
        (12, "下周一", "2026-11-30"),
    ],
    fmt="{n}、",
)
D06, D06A = numbered(
    [
        (1, "7 ud af 10", 7),
        (2, "Min præsentation af projektet", None),
        (3, "Statistik-spørgsmålene var svære", None),
        (4, "Godt, begge to var imødekommende", None),
        (8, "58.000 DKK om måneden", [("58000", "DKK", "month")]),
        (11, "ja", "yes"),
        (12, "på mandag", "2026-11-30"),
    ]
)
D07, D07A = numbered(
    [
        (1, "nota 8", 8),
        (2, "A parte de arquitetura de pagamentos", None),
        (3, "Falei demais sobre o projeto antigo", None),
        (4, "A Jane é ótima, me senti à vontade", None),
        (5, "Liderança técnica de verdade", None),
        (6, "Empresa sólida, crescendo", None),
        (7, "Modelo presencial 3x por semana", None),
        (8, "R$ 18.000 por mês, CLT", [("18000", "BRL", "month")]),
        (9, "Salário bem maior", None),
        (10, "A melhor até agora", None),
        (11, "com certeza", "yes"),
        (12, "até sexta", "2026-11-27"),
    ]
)
D08, D08A = numbered(
    [
        (1, "на 6 из 10", 6),
        (2, "Вопросы по конкурентности в Go", None),
        (3, "Задачу на графы решила не до конца", None),
        (8, "250 тысяч рублей в месяц", [("250000", "RUB", "month")]),
        (11, "скорее да", "yes"),
        (12, "в понедельник", "2026-11-30"),
    ]
)

CASES = [
    Case(
        name="d01_gmail_web_sv_words_rating",
        client="Gmail web (sv)",
        language="sv",
        shape="top-posted numbered, rating in words, nbsp thousands separator, Swedish attribution",
        debrief=FJORD,
        text=top(
            D01 + "\n\nMed vänliga hälsningar\nMaya",
            "Den tors 26 nov. 2026 kl 17:42 skrev Maya Example <maya@example.org>:",
            FJORD,
        ),
        answers=D01A,
        forbidden=("Med vänliga hälsningar", "skrev Maya Example", "Skip anything you like"),
        subject_prefix="Sv: ",
    ),
    Case(
        name="d02_outlook_android_pl_partial",
        client="Outlook Android (pl-PL)",
        language="pl",
        shape="partial numbered, Outlook mobile footer, Polish Od:/Wysłane: block",
        debrief=WISLA,
        text=D02
        + "\n\nPobierz aplikację Outlook dla systemu Android<https://aka.example/AAb9ysg>\n"
        + block(
            ("Od:", "Wysłane:", "Do:", "Temat:"),
            "czwartek, 26 listopada 2026 17:42",
            WISLA,
            rule="________________________________",
        ),
        answers=D02A,
        forbidden=("Pobierz aplikację Outlook", "Wysłane: czwartek", "Skip anything you like"),
        cte="base64",
        subject_prefix="Odp: ",
    ),
    Case(
        name="d03_thunderbird_pl_inline_latin2",
        client="Thunderbird (pl-PL)",
        language="pl",
        shape="inline under '>' quotes, Polish Thunderbird attribution, ISO-8859-2",
        debrief=WISLA,
        text="W dniu 26.11.2026 o 17:42, Maya Example pisze:\n" + inline(WISLA, D03_REPLIES),
        answers={
            "rating": ("Szóstka na dziesięć.", 6),
            "rapport": ("Raj był w porządku, konkretny.", None),
            "reservations": ("Dużo nadgodzin? Zapytać o dyżury.", None),
            "want_job": ("Nie wiem jeszcze.", "unsure"),
        },
        forbidden=("Maya Example pisze", "Skip anything you like", "What went well?"),
        charset="iso-8859-2",
        headers=(("User-Agent", "Mozilla Thunderbird"),),
    ),
    Case(
        name="d04_gmail_web_ja_iso2022jp",
        client="Gmail web (ja)",
        language="ja",
        shape="top-posted numbered, Japanese attribution, ISO-2022-JP 7bit",
        debrief=SAKURA,
        text=top(
            D04 + "\n\nよろしくお願いします。\nマヤ",
            "2026年11月26日(木) 17:42 Maya Example <maya@example.org>:",
            SAKURA,
        ),
        answers=D04A,
        forbidden=("よろしくお願いします", "Skip anything you like"),
        charset="iso-2022-jp",
        cte="7bit",
    ),
    Case(
        name="d05_gmail_web_zh_gb18030",
        client="Gmail web (zh-CN)",
        language="zh",
        shape="top-posted '1、' numbering, Chinese attribution, GB18030 base64",
        debrief=LONG,
        text=top(
            D05 + "\n\n谢谢\nMaya", "Maya Example <maya@example.org> 于2026年11月26日周四 17:42写道：", LONG
        ),
        answers=D05A,
        forbidden=("写道", "Skip anything you like"),
        charset="gb18030",
        cte="base64",
        subject_prefix="回复：",
    ),
    Case(
        name="d06_gmail_android_da",
        client="Gmail Android (da)",
        language="da",
        shape="top-posted numbered partial, Danish attribution, 'Sendt fra min telefon'",
        debrief=HAVN,
        text=top(
            D06 + "\n\nSendt fra min telefon",
            "Den tor. 26. nov. 2026 kl. 17.42 skrev Maya Example <maya@example.org>:",
            HAVN,
        ),
        answers=D06A,
        forbidden=("Sendt fra min telefon", "skrev Maya Example", "Skip anything you like"),
        cte="8bit",
    ),
    Case(
        name="d07_gmail_web_ptbr_full",
        client="Gmail web (pt-BR)",
        language="pt",
        shape="top-posted numbered, all twelve, Brazilian attribution and closing",
        debrief=RIO,
        text=top(
            D07 + "\n\nAbraços,\nMaya",
            "Em qui., 26 de nov. de 2026 às 17:42, Maya Example <maya@example.org> escreveu:",
            RIO,
        ),
        answers=D07A,
        forbidden=("Abraços", "escreveu:", "Skip anything you like"),
    ),
    Case(
        name="d08_mailru_ru_koi8r",
        client="Mail.ru",
        language="ru",
        shape="partial numbered, Mail.ru attribution, KOI8-R",
        debrief=VOLGA,
        text=top(
            D08 + "\n\n--\nМайя",
            "Четверг, 26 ноября 2026, 17:42 +03:00 от Maya Example <maya@example.org>:",
            VOLGA,
        ),
        answers=D08A,
        forbidden=("Четверг, 26 ноября 2026", "Skip anything you like"),
        charset="koi8-r",
        cte="base64",
    ),
]
