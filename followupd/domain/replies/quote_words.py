"""Words that mark where her text ends: header labels of quoted mail and sign-offs, in the languages we read."""

from __future__ import annotations

__all__ = ["HEADER_KEYS", "SIGN_OFFS"]

# An Outlook-style header label and the header it stands for
HEADER_KEYS = {
    "from": "from",
    "von": "from",
    "de": "from",
    "van": "from",
    "från": "from",
    "fra": "from",
    "da": "from",
    "od": "from",
    "от": "from",
    "sent": "date",
    "date": "date",
    "gesendet": "date",
    "datum": "date",
    "envoyé": "date",
    "enviado": "date",
    "fecha": "date",
    "verzonden": "date",
    "verstuurd": "date",
    "inviato": "date",
    "data": "date",
    "skickat": "date",
    "wysłano": "date",
    "отправлено": "date",
    "to": "to",
    "an": "to",
    "à": "to",
    "a": "to",
    "para": "to",
    "aan": "to",
    "till": "to",
    "til": "to",
    "do": "to",
    "кому": "to",
    "subject": "subject",
    "betreff": "subject",
    "objet": "subject",
    "asunto": "subject",
    "onderwerp": "subject",
    "oggetto": "subject",
    "ämne": "subject",
    "emne": "subject",
    "temat": "subject",
    "тема": "subject",
    "cc": "cc",
    "enviado el": "date",
    "envoyé le": "date",
    "inviato il": "date",
    "发件人": "from",
    "寄件者": "from",
    "发送时间": "date",
    "寄件日期": "date",
    "日期": "date",
    "收件人": "to",
    "收件者": "to",
    "主题": "subject",
    "主旨": "subject",
    "抄送": "cc",
    "差出人": "from",
    "送信日時": "date",
    "日時": "date",
    "宛先": "to",
    "件名": "subject",
    "보낸 사람": "from",
    "받는 사람": "to",
    "제목": "subject",
    "від": "from",
    "надіслано": "date",
    "odesláno": "date",
    "komu": "to",
    "předmět": "subject",
    "odesílatel": "from",
    "sendt": "date",
    "lähettäjä": "from",
    "lähetetty": "date",
    "vastaanottaja": "to",
    "aihe": "subject",
    "kimden": "from",
    "gönderildi": "date",
    "gönderilme tarihi": "date",
    "tarih": "date",
    "kime": "to",
    "konu": "subject",
    "enviada": "date",
    "assunto": "subject",
    "feladó": "from",
    "elküldve": "date",
    "dátum": "date",
    "címzett": "to",
    "tárgy": "subject",
    "보낸 날짜": "date",
    "날짜": "date",
    "από": "from",
    "στάλθηκε": "date",
    "ημερομηνία": "date",
    "προς": "to",
    "θέμα": "subject",
    "de la": "from",
    "trimis": "date",
    "către": "to",
    "subiect": "subject",
    "kopie": "cc",
    "copie": "cc",
    "копия": "cc",
    "дата": "date",
    "відправлено": "date",
    "päivämäärä": "date",
    "dato": "date",
    "kopi": "cc",
    "kopio": "cc",
    "копія": "cc",
    # Outlook's labels in Slovak, Croatian, Serbian, Slovene, Catalan, Vietnamese, Indonesian and
    # Malay, Icelandic, Lithuanian, Latvian, Estonian, Bulgarian, Hebrew and Arabic
    "odoslané": "date",
    "predmet": "subject",
    "šalje": "from",
    "poslano": "date",
    "poslato": "date",
    "prima": "to",
    "pošiljatelj": "from",
    "zadeva": "subject",
    "enviat": "date",
    "per a": "to",
    "assumpte": "subject",
    "từ": "from",
    "đã gửi": "date",
    "đến": "to",
    "chủ đề": "subject",
    "dari": "from",
    "terkirim": "date",
    "dikirim": "date",
    "kepada": "to",
    "perihal": "subject",
    "subjek": "subject",
    "frá": "from",
    "efni": "subject",
    "nuo": "from",
    "išsiųsta": "date",
    "kam": "to",
    "nosūtīts": "date",
    "tēma": "subject",
    "saatja": "from",
    "saadetud": "date",
    "adressaat": "to",
    "teema": "subject",
    "изпратено": "date",
    "до": "to",
    "מאת": "from",
    "נשלח": "date",
    "אל": "to",
    "נושא": "subject",
    "من": "from",
    "تم الإرسال": "date",
    "إلى": "to",
    "الموضوع": "subject",
    # Outlook's labels in Thai, Basque, Serbian in Cyrillic, Bulgarian, Latvian, Persian, Hindi, Malay, Tagalog
    # and Swahili
    "จาก": "from",
    "ส่ง": "date",
    "ถึง": "to",
    "เรื่อง": "subject",
    "nork": "from",
    "noiz": "date",
    "nori": "to",
    "gaia": "subject",
    "од": "from",
    "послато": "date",
    "за": "to",
    "относно": "subject",
    "no": "from",
    "از": "from",
    "ارسال شده": "date",
    "به": "to",
    "موضوع": "subject",
    "प्रेषक": "from",
    "भेजा गया": "date",
    "प्रति": "to",
    "विषय": "subject",
    "daripada": "from",
    "dihantar": "date",
    "mula kay": "from",
    "ipinadala": "date",
    "para kay": "to",
    "paksa": "subject",
    "kutoka": "from",
    "imetumwa": "date",
    "kwa": "to",
    "mada": "subject",
}

# Sign-offs, as one regular-expression alternation (each alternative may hold its own groups)
SIGN_OFFS = (
    r"thanks|thank\s+you|thanks\s+again|many\s+thanks|thx|cheers|best|best\s+regards|best\s+wishes|regards|"
    r"warmly|take\s+care|mit\s+besten\s+grüßen|schöne\s+grüße|bis\s+bald|beste\s+groeten|un\s+abbraccio|"
    r"vänligen|pozdrawiam\s+serdecznie|以上|"
    r"kind\s+regards|warm\s+regards|warmest\s+regards|with\s+best\s+regards|sincerely|yours|br|all\s+the\s+best|"
    r"talk\s+soon|danke|vielen\s+dank|viele\s+grüße|liebe\s+grüße|beste\s+grüße|herzliche\s+grüße|lg|vg|mfg|"
    r"gruß|grüße|mit\s+freundlichen\s+grüßen|freundliche\s+grüße|merci|cordialement|bien\s+cordialement|"
    r"bien\s+à\s+(?:toi|vous)|bises|amitiés|salutations|gracias|saludos|un\s+saludo|saludos\s+cordiales|"
    r"atentamente|abrazos|groeten|groetjes|met\s+vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|"
    r"vriendelijke\s+groet(?:en)?|cordiali\s+saluti|saluti|distinti\s+saluti|grazie|un\s+saluto|"
    r"atenciosamente|abraços|obrigad[oa]|cumprimentos|med\s+vänliga\s+hälsningar|vänliga\s+hälsningar|"
    r"hälsningar|mvh|tack|pozdrawiam|z\s+poważaniem|pozdrowienia|dziękuję|"
    r"mvg|gr\.?|abrazo|abraço|beijos|atte\.?|ciao|tschüss|servus|med\s+venlig\s+hilsen|venlig\s+hilsen|"
    r"have\s+a\s+(?:nice|good|great|lovely)\s+(?:day|evening|weekend)|bonne\s+(?:journée|soirée)|à\s+bientôt|"
    r"schönen\s+(?:tag|abend)|fijne\s+(?:dag|avond)|buona\s+(?:giornata|serata)|buen\s+día|"
    r"よろしくお願いします|よろしくお願いいたします|宜しくお願いします|敬具|谢谢|此致|祝好|顺祝商祺|"
    # more languages and the informal ones ("xx M", "Groet,", "Hilsen", "С уважением")
    r"med\s+vänlig\s+hälsning|vänlig\s+hälsning|groet|groetjes\s+en\s+tot\s+ziens|tot\s+ziens|alvast\s+bedankt|hilsen|med\s+vennlig\s+hilsen|vennlig\s+hilsen|"
    r"mvh\.?|ystävällisin\s+terveisin|terveisin|s\s+pozdravem|s\s+pozdravom|üdvözlettel|saygılarımla|"
    r"с\s+уважением|с\s+наилучшими\s+пожеланиями|всего\s+доброго|всего\s+хорошего|спасибо|з\s+повагою|дякую|"
    r"cu\s+stimă|pozdrav|lp|srdečně|love|lots\s+of\s+love|much\s+love|x{1,4}|xo|xoxo|ta|speak\s+soon|chat\s+soon|"
    r"thanks\s+so\s+much|thank\s+you\s+so\s+much|many\s+thanks\s+again|greetings|best\s+of\s+luck|"
    r"gruss|grüsse|liebe\s+grüsse|beste\s+grüsse|herzliche\s+grüsse|freundliche\s+grüsse|"
    r"mit\s+freundlichen\s+grüssen|un\s+saludo\s+cordial|besos|un\s+abrazo|bisous|bises|a\s+presto|"
    r"cordiali\s+saluti|ciao\s+ciao|um\s+abraço|beijinhos|obrigad[oa]\s+pela\s+ajuda|pozdrawiam\s+ciepło|"
    r"ありがとうございました|ありがとうございます|감사합니다|안녕히\s+계세요|谢谢！|敬上|祝好！|"
    # "Met groet," (Dutch, short), Greek, Turkish, Czech, Finnish, Hungarian and Italian informal ones
    r"met\s+(?:vriendelijke\s+|hartelijke\s+)?groet(?:en)?|με\s+εκτίμηση|με\s+φιλικούς\s+χαιρετισμούς|φιλικά|"
    r"ευχαριστώ|saygılar|iyi\s+çalışmalar|teşekkürler|hezký\s+den|díky|děkuji|tervehdys|kiitos|"
    r"baci|bacioni|un\s+bacio|hugs|cordialmente|üdv|köszönöm|pozdrowionka|"
    # "thank you" and the short closings of languages the lists lacked (Romanian in both spellings of
    # ț, Croatian/Serbian, Slovak, Bulgarian, the Baltic ones, Catalan, Indonesian, Vietnamese) and the
    # strengthened thanks ("merci beaucoup", "grazie mille", "muchas gracias", "danke schön")
    r"mulțumesc|mulţumesc|multumesc|mulțumesc\s+frumos|mulţumesc\s+frumos|multumesc\s+frumos|mersi|"
    r"cu\s+drag|numai\s+bine|toate\s+cele\s+bune|o\s+zi\s+bună|salutări|cu\s+bine|"
    r"hvala|puno\s+hvala|lijep\s+pozdrav|lep\s+pozdrav|srdačan\s+pozdrav|ďakujem|s\s+pozdravom|"
    r"благодаря|поздрави|с\s+поздрав|ačiū|pagarbiai|paldies|ar\s+cieņu|aitäh|tervitades|lugupidamisega|"
    r"gràcies|salutacions|terima\s+kasih|cảm\s+ơn|trân\s+trọng|"
    r"merci\s+beaucoup|merci\s+encore|grazie\s+mille|muchas\s+gracias|danke\s+schön|dankeschön|"
    r"tusen\s+takk|mange\s+tak|takk|tack\s+så\s+mycket|kiitos\s+paljon|köszönöm\s+szépen|"
    r"dziękuję\s+bardzo|hartelijk\s+dank|dank\s+je(?:\s+wel)?|bedankt|"
    # the sign-offs written without a comma, where the shape alone (a few words and a comma) does not tell them:
    # European and Brazilian Portuguese, Galician, Basque, Catalan, the South Slavic ones, Russian, Baltic,
    # Hebrew, Arabic, Persian, Hindi, Thai, Vietnamese, Indonesian and Malay, Tagalog, Swahili, English, CJK
    r"(?:com\s+os\s+)?melhores\s+cumprimentos|com\s+os\s+meus\s+cumprimentos|saudações|att\.?|abs\.?|grat[oa]|"
    r"saúdos|un\s+saúdo|moitas\s+grazas|grazas|agur|ondo\s+izan|mila\s+esker|eskerrik\s+asko|"
    r"salutacions\s+cordials|atentament|cordialment|una\s+abraçada|moltes\s+gràcies|"
    r"s\s+úctou|s\s+poštovanjem|srdačno|srdačan\s+pozdrav|lijepi\s+pozdrav|hvala\s+lepa|najlepša\s+hvala|"
    r"поздрав|срдачан\s+поздрав|хвала|с\s+уважение|всего\s+наилучшего|большое\s+спасибо|з\s+найкращими\s+побажаннями|"
    r"su\s+pagarba|linkėjimai|sveicieni|ar\s+labiem\s+vēlējumiem|parimate\s+soovidega|kõike\s+head|"
    r"בברכה|תודה|תודה\s+רבה|مع\s+(?:خالص\s+)?التحية|مع\s+أطيب\s+التحيات|تحياتي|شكرا|شكراً|"
    r"با\s+احترام|با\s+سپاس|با\s+تشکر|سپاس|ممنون|धन्यवाद|सादर|बहुत\s+धन्यवाद|"
    r"ขอบคุณ(?:มาก)?(?:ค่ะ|ครับ|คะ)?|ด้วยความเคารพ|ขอแสดงความนับถือ|thân|thân\s+ái|cám\s+ơn|"
    r"hormat\s+saya|salam|salam\s+hangat|salam\s+sejahtera|wassalam|terima\s+kasih\s+banyak|makasih|"
    r"salamat|maraming\s+salamat|lubos\s+na\s+gumagalang|asante(?:\s+sana)?|kila\s+la\s+heri|"
    r"yours\s+(?:sincerely|faithfully|truly)|respectfully|kindest\s+regards|warm\s+wishes|all\s+best|rgds|brgds|kr|"
    r"thanks\s+(?:and|&)\s+regards|herzlichst|salutations\s+distinguées|belle\s+journée|merci\s+d'avance|a\+|"
    r"quedo\s+atent[oa]|un\s+caro\s+saluto|parhain\s+terveisin|serdecznie\s+pozdrawiam|tisztelettel|köszönettel|"
    r"sevgiler|χαιρετισμούς|cu\s+respect|以上、?\s*(?:よろしくお願い(?:いた)?します。?)?|수고하세요\.?|此致敬礼|顺颂商祺"
)
