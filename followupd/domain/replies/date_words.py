"""Words the hear-back reader knows: weekday and month names, counts and units, in our languages."""

from __future__ import annotations

__all__ = [
    "CJK_WEEKDAYS",
    "COUNTS",
    "KOREAN_WEEKDAYS",
    "MONTHS",
    "NO_DATE",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_HINTS",
]

WEEKDAYS: dict[str, int] = {}
for _names in (
    "monday tuesday wednesday thursday friday saturday sunday",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunes martes miércoles jueves viernes sábado domingo",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "lunedi martedi mercoledi giovedi venerdi sabato domenica",
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "måndag tisdag onsdag torsdag fredag lördag söndag",
    "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "segunda terça quarta quinta sexta sábado domingo",
    "mandag tirsdag onsdag torsdag fredag lørdag søndag",  # Danish and Norwegian
    "poniedziałku wtorku środy czwartku piątku soboty niedzieli",  # Polish after "do", "od"
    "poniedziałek wtorek środę czwartek piątek sobotę niedzielę",  # after "w", "we"
    "понедельник вторник среда четверг пятница суббота воскресенье",
    "понедельник вторник среду четверг пятницу субботу воскресенье",  # after "в", "во"
    "понедельника вторника среды четверга пятницы субботы воскресенья",  # after "до", "к"
    "понеділок вівторок середа четвер п'ятниця субота неділя",
    "понеділок вівторок середу четвер п'ятницю суботу неділю",
    "понеділка вівторка середи четверга п'ятниці суботи неділі",
    "pondělí úterý středa čtvrtek pátek sobota neděle",
    "pondělí úterý středu čtvrtek pátek sobotu neděli",
    "pondělka úterka středy čtvrtka pátku soboty neděle",
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "maanantaihin tiistaihin keskiviikkoon torstaihin perjantaihin lauantaihin sunnuntaihin",
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "pazartesiye salıya çarşambaya perşembeye cumaya cumartesiye pazara",  # Turkish "until": "cumaya kadar"
    "hétfő kedd szerda csütörtök péntek szombat vasárnap",  # Hungarian
    "hétfőn kedden szerdán csütörtökön pénteken szombaton vasárnap",  # "on Friday"
    "hétfőig keddig szerdáig csütörtökig péntekig szombatig vasárnapig",  # "by Friday"
    "luni marți miercuri joi vineri sâmbătă duminică",  # Romanian
    "luni marti miercuri joi vineri sambata duminica",
    "lunea marțea miercurea joia vinerea sâmbăta duminica",  # "vinerea viitoare"
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",  # Greek
    "δευτερα τριτη τεταρτη πεμπτη παρασκευη σαββατο κυριακη",
    # Indonesian and Malay ("minggu", Sunday, is also "week": left out), Catalan, Slovak, Vietnamese
    "senin selasa rabu kamis jumat sabtu ahad",
    "isnin selasa rabu khamis jumaat sabtu ahad",
    "dilluns dimarts dimecres dijous divendres dissabte diumenge",
    "pondelok utorok streda štvrtok piatok sobota nedeľa",
    "pondelka utorka stredy štvrtka piatka soboty nedele",
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",  # Arabic
):
    for _i, _name in enumerate(_names.split()):
        WEEKDAYS[_name] = _i
WEEKDAYS.update({"miercoles": 2, "sabado": 5, "jum'at": 4, "الإثنين": 0, "الاربعاء": 2, "الاحد": 6})
# Vietnamese and Hebrew weekdays are two words ("thứ sáu", "thứ 6", "יום שישי"; Hebrew glues "on" to the
# first, "ביום שישי"): the date reader looks for them only when "thứ", "chủ nhật" or "יום" is there
for _i, (_vi, _he) in enumerate(
    zip(
        ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
        ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"),
        strict=True,
    )
):
    WEEKDAYS.update({_vi: _i, f"יום {_he}": _i, f"ביום {_he}": _i})
    if _i < 6:
        WEEKDAYS[f"thứ {_i + 2}"] = _i
WEEKDAY_HINTS = ("thứ", "chủ nhật", "יום")
# English abbreviations as people type them ("by Fri", "next Tues", "Thu 3rd"); "mon" is French for "my",
# "sun" and "sat" are words
WEEKDAYS.update({"tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4})

CJK_WEEKDAYS = (
    {c: i for i, c in enumerate("一二三四五六日")}
    | {"天": 6}
    | {c: i for i, c in enumerate("月火水木金土日")}
)
KOREAN_WEEKDAYS = {c: i for i, c in enumerate("월화수목금토일")}  # before 요일: 월요일 is Monday
MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "januar februar marts april maj juni juli august september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ledna února března dubna května června července srpna září října listopadu prosince",
    # Finnish (the partitive after a day: "4. joulukuuta"), Turkish, Romanian, Hungarian, Greek
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
    "marraskuuta joulukuuta",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "január február március április május június július augusztus szeptember október november december",
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
    "νοεμβρίου δεκεμβρίου",
    # Indonesian, Malay, Catalan, Slovak (the genitive after a day: "15. decembra")
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
):
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _i)
MONTHS.update(
    {
        "sept": 9,
        "jän": 1,
        "jänner": 1,
        "fevrier": 2,
        "aout": 8,
        "decembre": 12,
        "maerz": 3,
        "okt": 10,
        "dez": 12,
        "mrt": 3,
        "mei": 5,
        # Malay where it differs from Indonesian ("mac", March, is an English word too: left out)
        "jun": 6,
        "julai": 7,
        "ogos": 8,
        "disember": 12,
    }
)

COUNTS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
    "a few": 3,
    "few": 3,
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "paar": 2,
    "ein paar": 3,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "quelques": 3,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "unos": 3,
    "unas": 3,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "een paar": 3,
    "due": 2,
    "tre": 3,
    "qualche": 3,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "två": 2,
    "fyra": 4,
    "några": 3,
    "dwa": 2,
    "dwie": 2,
    "trzy": 3,
    "kilka": 3,
    "en": 1,
    "ett": 1,
    "ett par": 2,
    "um": 1,
    "uma": 1,
    "numa": 1,
    "num": 1,
    "to": 2,
    "fire": 4,
    "et": 1,
    "et par": 2,
    "par": 2,
    "одну": 1,
    "один": 1,
    "одна": 1,
    "два": 2,
    "две": 2,
    "дві": 2,
    "три": 3,
    "четыре": 4,
    "пару": 2,
    "несколько": 3,
    "кілька": 3,
    "dva": 2,
    "dvě": 2,
    "tři": 3,
    "pár": 2,
    # counts in the cases units ask for ("в течение двух недель", "kahden viikon sisällä"), in the
    # languages read elsewhere, and the tens people say of days ("zehn Tage", "quince días")
    "двух": 2,
    "трёх": 3,
    "трех": 3,
    "двох": 2,
    "трьох": 3,
    "yksi": 1,
    "yhden": 1,
    "kaksi": 2,
    "kahden": 2,
    "kolme": 3,
    "kolmen": 3,
    "bir": 1,
    "iki": 2,
    "üç": 3,
    "egy": 1,
    "két": 2,
    "három": 3,
    "două": 2,
    "doua": 2,
    "trei": 3,
    "δύο": 2,
    "τρεις": 3,
    "zehn": 10,
    "vierzehn": 14,
    "dix": 10,
    "quinze": 15,
    "diez": 10,
    "quince": 15,
    "tien": 10,
    "veertien": 14,
    "dieci": 10,
    "quindici": 15,
    "dez": 10,
    "tio": 10,
    "fjorton": 14,
    "dziesięć": 10,
    "десять": 10,
}
UNITS = {
    "day": 1,
    "days": 1,
    "business day": 1,
    "business days": 1,
    "working days": 1,
    "tag": 1,
    "tage": 1,
    "tagen": 1,
    "jour": 1,
    "jours": 1,
    "día": 1,
    "días": 1,
    "dia": 1,
    "dias": 1,
    "dag": 1,
    "dagen": 1,
    "week": 7,
    "weeks": 7,
    "woche": 7,
    "wochen": 7,
    "semaine": 7,
    "semaines": 7,
    "semana": 7,
    "semanas": 7,
    "weken": 7,
    "month": 30,
    "months": 30,
    "monat": 30,
    "monaten": 30,
    "monate": 30,
    "mois": 30,
    "mes": 30,
    "meses": 30,
    "maand": 30,
    "maanden": 30,
    "giorno": 1,
    "giorni": 1,
    "settimana": 7,
    "settimane": 7,
    "mese": 30,
    "mesi": 30,
    "mês": 30,
    "dagar": 1,
    "vecka": 7,
    "veckor": 7,
    "månad": 30,
    "månader": 30,
    "dni": 1,
    "dzień": 1,
    "tydzień": 7,
    "tygodnie": 7,
    "tygodni": 7,
    "miesiąc": 30,
    "miesiące": 30,
    "miesięcy": 30,
    "tygodnia": 7,
    "miesiąca": 30,
    "dnia": 1,
    "veckan": 7,
    "fortnight": 14,
    "fortnights": 14,
    "dage": 1,
    "dager": 1,
    "uge": 7,
    "uger": 7,
    "uke": 7,
    "uker": 7,
    "måned": 30,
    "måneder": 30,
    "день": 1,
    "дня": 1,
    "дней": 1,
    "дні": 1,
    "днів": 1,
    "неделя": 7,
    "неделю": 7,
    "недели": 7,
    "недель": 7,
    "тиждень": 7,
    "тижні": 7,
    "тижнів": 7,
    "тижня": 7,
    "месяц": 30,
    "месяца": 30,
    "месяцев": 30,
    "місяць": 30,
    "місяці": 30,
    "місяців": 30,
    "den": 1,
    "dny": 1,
    "dní": 1,
    "dnů": 1,
    "týden": 7,
    "týdny": 7,
    "týdnů": 7,
    "týdne": 7,
    "měsíc": 30,
    "měsíce": 30,
    "měsíců": 30,
    "zile": 1,
    "săptămâni": 7,
    "saptamani": 7,
    "luni": 30,  # Romanian "months" ("în 2 luni"); alone it is Monday
    "lună": 30,
    "nap": 1,
    "hét": 7,
    "hónap": 30,
    "ημέρες": 1,
    "μέρες": 1,
    "εβδομάδες": 7,
    "μήνες": 30,
    # Finnish and Turkish units, and a fortnight in the Romance languages ("sous quinzaine")
    "viikon": 7,
    "viikko": 7,
    "viikkoa": 7,
    "viikossa": 7,
    "päivän": 1,
    "päivää": 1,
    "päivässä": 1,
    "kuukauden": 30,
    "hafta": 7,
    "haftaya": 7,
    "haftada": 7,
    "hafta içinde": 7,
    "gün": 1,
    "gün içinde": 1,
    "héten": 7,
    "napon": 1,
    "săptămână": 7,
    "saptamana": 7,
    "quinzaine": 14,
    "quincena": 14,
}

# A hear-back answer that only says no date was given ("they didn't say", "nicht gesagt", "no lo dijeron"): there
# is nothing to remember, so it is no answer. Whole answers only, after up to three words of subject ("the
# recruiter", "Jane"); "didn't say, probably Friday" has a date and is read as one.
NO_DATE = (
    r"(?:didn'?t|did\s+not|haven'?t|have\s+not|never)\s+(?:say|said|tell|told|mention|mentioned|give|given)"
    r"|not\s+(?:said|told|mentioned|specified|given|discussed)|no\s+(?:date|timeline|time\s*frame|idea|word)"
    r"|nothing\s+(?:said|specific|concrete)|unknown|unclear|tbd|dunno|(?:i\s+)?don'?t\s+know"
    r"|(?:nichts|nicht|kein\s+datum)(?:\s+\w+)?\s+(?:gesagt|genannt|erwähnt)|keine\s+(?:angabe|ahnung)"
    r"|weiß\s+(?:ich\s+)?nicht|unbekannt|offen"
    r"|(?:n'ont|a)\s+(?:rien|pas)\s+(?:dit|précisé)|pas\s+(?:dit|précisé|de\s+date)|aucune\s+(?:idée|date)"
    r"|je\s+ne\s+sais\s+pas|inconnu"
    r"|no\s+(?:lo\s+)?(?:dijeron|dijo|mencionaron|especificaron)|sin\s+fecha|ni\s+idea|no\s+sé"
    r"|(?:niets|niet)(?:\s+\w+)?\s+(?:gezegd|genoemd)|geen\s+(?:datum|idee)|weet\s+(?:ik\s+)?niet"
    r"|non\s+(?:l'hanno|lo\s+hanno|hanno)\s+detto|nessuna\s+data|non\s+so"
    r"|não\s+(?:disseram|disse|falaram)|sem\s+data|não\s+sei"
    r"|(?:sa|sade)\s+(?:inget|inte)|inget\s+datum|vet\s+inte"
    r"|nie\s+(?:powiedzieli|powiedziała|powiedział|wiem)|brak\s+daty"
    r"|не\s+(?:сказали|сказал|сказала|знаю)|没说|没有说|不知道|未定|言われていない|未定です|わからない|分からない"
)
