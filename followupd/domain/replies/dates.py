"""Reads "when will you hear back?" answers as a date, resolved against the interview date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from .date_words import CJK_WEEKDAYS, COUNTS, KOREAN_WEEKDAYS, MONTHS, NO_DATE, UNITS, WEEKDAY_HINTS, WEEKDAYS
from .values import cjk_number

__all__ = ["read_date", "says_no_date"]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w.strip()) for w in sorted(words, key=len, reverse=True))


_B = r"(?<![\w])"
_E = r"(?![\w])"
_COUNT = rf"(?:\d{{1,3}}(?:\s*[-–/]\s*\d{{1,3}})?|{_alternation(COUNTS)})"
_IN_N = re.compile(
    rf"{_B}(?:(?:in|within|after|about|around|innerhalb(?:\s+von)?|in\s+etwa|dans|d'ici|sous|en|dentro\s+de|over|binnen|"
    rf"entro|fra|tra|em|om|inom|za|w\s+ciągu|inden\s+for|innen|через|в\s+течение|протягом|během|do)"
    rf"\s+(?:the\s+next\s+|den\s+nächsten\s+|les\s+)?)?(?P<n>{_COUNT})\s+(?P<unit>{_alternation(UNITS)}){_E}"
)
# a unit with no count after "within": Polish has no article ("za tydzień", "w ciągu miesiąca")
_IN_ONE = re.compile(
    rf"{_B}(?:in\s+a|within\s+a)\s+(?P<unit2>fortnight){_E}|{_B}(?:za|w\s+ciągu|within|innerhalb|binnen|inom|entro|dentro\s+de|через|в\s+течение|протягом|během|sous|"
    rf"inden\s+for|innen)\s+"
    rf"(?P<unit>tydzień|tygodnia|miesiąc|miesiąca|dzień|dnia|week|month|woche|monat|vecka|veckan|månad|неделю|"
    rf"недели|месяц|месяца|тиждень|тижня|місяць|місяця|týden|týdne|měsíc|měsíce|quinzaine|quincena){_E}"
)
_WD = _alternation(WEEKDAYS)
_MONTH = _alternation(MONTHS)
_WEEKDAY = re.compile(rf"{_B}(?P<wd>{_WD}){_E}")
_KO_WEEKDAY = re.compile(r"(?P<wd>[월화수목금토일])요일")
_WEEKDAY_WEEK = re.compile(rf"{_B}(?P<wd>{_WD})\s+week{_E}(?!\s*(?:\d|of{_E}|'s))")
_NTH = {
    **dict.fromkeys(
        ("first", "1st", "erste", "ersten", "première", "premiere", "primera", "primer", "eerste"), 1
    ),
    **dict.fromkeys(("prima", "primeira", "första", "pierwszym", "pierwszy", "первой", "первую"), 1),
    **dict.fromkeys(("second", "2nd", "zweite", "zweiten", "deuxième", "seconde", "segunda", "tweede"), 2),
    **dict.fromkeys(("seconda", "andra", "drugim", "drugi", "второй", "вторую"), 2),
    **dict.fromkeys(("third", "3rd", "dritte", "dritten", "troisième", "tercera", "derde", "terza"), 3),
    **dict.fromkeys(("terceira", "tredje", "trzecim", "trzeci", "третьей", "третью"), 3),
    **dict.fromkeys(("fourth", "4th", "vierte", "vierten", "quatrième", "cuarta", "vierde", "quarta"), 4),
    **dict.fromkeys(("fjärde", "czwartym", "czwarty", "четвёртой", "четвертой"), 4),
    **dict.fromkeys(("last", "letzte", "letzten", "dernière", "derniere", "última", "ultima", "laatste"), 5),
    **dict.fromkeys(("última", "sista", "ostatnim", "ostatni", "последней", "последнюю"), 5),
}
_NTH_WEEK = re.compile(
    rf"{_B}(?P<nth>{_alternation(_NTH)})\s+(?:week|woche|semaine|semana|settimana|veckan|vecka|tygodniu|tydzień|"
    rf"неделе|неделю)\s+(?:(?:of|in|im|des|de|del|di|van|i|w|в|do|da)\s+)?(?:the\s+)?(?P<month>{_MONTH}){_E}"
)
# German writes the month and the week as one word: "in der ersten Dezemberwoche", "die letzte Januar-Woche"
_NTH_MONTH_WEEK = re.compile(rf"{_B}(?P<nth>{_alternation(_NTH)})\s+(?P<month>{_MONTH})-?woche{_E}")
_CJK_WEEKDAY = re.compile(r"(?:周|星期|週|礼拜|禮拜)(?P<wd>[一二三四五六日天])|(?P<jwd>[月火水木金土日])曜")
_WEEKDAY_DAY = re.compile(
    rf"{_B}(?P<wd>{_WD}),?\s+(?:the\s+|den\s+|le\s+|el\s+|il\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?{_E}"
    rf"(?:\s*(?:of\s+|de\s+)?(?P<month>{_MONTH}){_E})?"
)
_MONTH_DAY = re.compile(
    rf"{_B}(?P<month>{_MONTH})\.?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_E}(?:,?\s+(?P<year>\d{{4}}))?"
)
_DAY_MONTH = re.compile(
    rf"{_B}(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:of\s+|de\s+)?(?P<month>{_MONTH})\.?{_E}"
    rf"(?:\s+(?:de\s+)?(?P<year>\d{{4}}))?"
)
_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")
_DOTTED = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2,4})?(?![\d])")
_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{2,4}))?(?![\d/])")

_NEXT_WEEK = (
    r"(?:"
    r"next\s+week"
    r"|nächste[rn]?\s+woche"
    r"|la\s+semaine\s+prochaine"
    r"|semaine\s+prochaine"
    r"|la\s+próxima\s+semana"
    r"|próxima\s+semana"
    r"|la\s+semana\s+que\s+viene"
    r"|volgende\s+week"
    r"|(?:la\s+)?settimana\s+prossima"
    r"|(?:la\s+)?prossima\s+settimana"
    r"|semana\s+que\s+vem"
    r"|nästa\s+vecka"
    r"|w\s+przyszłym\s+tygodniu"
    r"|przyszły\s+tydzień"
    r"|przyszłego\s+tygodnia"
    r"|(?:na\s+)?(?:próxima|proxima)\s+semana"
    r"|(?:i\s+)?næste\s+uge|(?:i\s+)?neste\s+uke"
    r"|(?:на\s+)?следующей\s+неделе|следующая\s+неделя|(?:на\s+)?наступному\s+тижні|наступний\s+тиждень"
    r"|(?:v\s+)?příštím\s+týdnu|příští\s+týden|ensi\s+viikolla|gelecek\s+hafta|önümüzdeki\s+hafta|haftaya"
    r"|jövő\s+héten|jövő\s+hét|(?:în\s+)?săptămâna\s+viitoare|(?:in\s+)?saptamana\s+viitoare"
    r"|(?:την\s+)?επόμενη\s+εβδομάδα|(?:την\s+)?άλλη\s+εβδομάδα|(?:την\s+)?ερχόμενη\s+εβδομάδα"
    # next week in the genitive or another case, as it stands before a weekday or after "end of"
    # ("ensi viikon perjantaina", "наступного тижня", "do konce příštího týdne", "gelecek haftanın cuması")
    r"|ensi\s+viikon|ensi\s+viikkoon|(?:до\s+)?наступного\s+тижня|(?:до\s+)?следующей\s+недели"
    r"|(?:do\s+)?příštího\s+týdne|(?:gelecek|önümüzdeki)\s+haftanın|(?:gelecek|önümüzdeki)\s+haftaya"
    r"|jövő\s+heti?|săptămânii\s+viitoare|(?:της\s+)?επόμενης\s+εβδομάδας|nästa\s+veckas"
    r"|(?:der\s+)?nächsten\s+woche|(?:de\s+la\s+)?semaine\s+suivante|(?:la\s+)?semana\s+siguiente"
    # Indonesian and Malay, Catalan, Slovak, Vietnamese
    r"|(?:minggu|pekan)\s+(?:depan|hadapan)|(?:la\s+)?setmana\s+que\s+ve|(?:la\s+)?setmana\s+vinent"
    r"|(?:(?:na|v)\s+)?budúci\s+týždeň|(?:v\s+)?budúcom\s+týždni|(?:do\s+)?budúceho\s+týždňa|tuần\s+(?:sau|tới)"
    # Arabic, Hebrew, Hindi, Thai
    r"|(?:في\s+)?الأسبوع\s+(?:القادم|المقبل)|(?:ב|ה|עד\s+)?שבוע\s+הבא|अगले\s+(?:हफ्ते|हफ़्ते|सप्ताह)"
    r"|สัปดาห์หน้า"
    r")"
)
# A day of the month said alone: "the 10th", "am 3.", "den 3:e"; with the words that say "by" or "on"
# in our languages ("bis zum 10.", "le 10", "el día 10", "até dia 10", "entro il 10", "voor de 10e", "do 10.").
# A month name after it makes it a full date, read by the day-month rule.
_DAY_ALONE = re.compile(
    rf"{_B}(?:the\s+(?P<en>\d{{1,2}})(?:st|nd|rd|th)|den\s+(?P<sv>\d{{1,2}}):[ae]"
    rf"|(?:am|bis(?:\s+spätestens)?(?:\s+zum)?|zum|vor\s+dem|ab\s+dem|do|od|по|до)\s+(?P<de>\d{{1,2}})\.(?![\d.])"
    rf"|(?:le|d'ici\s+le|avant\s+le|pour\s+le|jusqu'au|au\s+plus\s+tard\s+le)\s+(?P<fr>\d{{1,2}})(?:er)?(?![\w.,:/%])"
    rf"|(?:(?:el|para\s+el|antes\s+del|hasta\s+el|no|até\s+(?:ao?\s+)?|ao)\s+)?d[ií]a\s+(?P<es>\d{{1,2}})(?![\w.,:/%])"
    rf"|(?:entro\s+il|il|per\s+il|prima\s+del)\s+(?P<it>\d{{1,2}})(?![\w.,:/%])"
    rf"|(?:op|voor|uiterlijk|tegen)\s+de\s+(?P<nl>\d{{1,2}})(?:e|de|ste)(?![\w])){_E}"
)
_MONTH_AFTER = re.compile(r"\s*(?:of\s+|de\s+|del\s+|di\s+|van\s+)?[^\W\d_]+")


def _day_alone(match: re.Match[str], d0: date) -> date | None:
    after = _MONTH_AFTER.match(match.string, match.end())
    if after and after[0].split()[-1] in MONTHS:
        return None  # "le 10 décembre": a full date, for the day-month rule
    day = next(int(match[g]) for g in ("en", "sv", "de", "fr", "es", "it", "nl") if match[g])
    return _day_of_month(d0, day) if 1 <= day <= 31 else None


_NEXT_WEEKDAY = re.compile(
    rf"{_B}(?:next|nächsten|nächste|kommenden|kommende|prochain|el\s+próximo|próximo|próxima|volgende|volgend|"
    rf"nästa|prossimo|prossima|w\s+przyszły|w\s+przyszłą|przyszły|przyszłą|næste|neste|"
    rf"следующ(?:ий|ую|ее|ей|его|ей)|наступн(?:ого|ої|ий|у|ий)|příští|ensi|gelecek|jövő|(?:την\s+)?επόμενη|(?:το\s+)?επόμενο)\s+(?P<wd>{_WD}){_E}"
    rf"|{_B}(?P<wd2>{_WD})\s+(?:prochain|que\s+viene|que\s+vem|prossimo|prossima|next\s+week|viitoare|viitor|depan|hadapan|que\s+ve|vinent){_E}"
    # a weekday, then next week in any language we read: "Freitag nächster Woche", "Friday of next
    # week", "vendredi de la semaine prochaine", "piątek w przyszłym tygodniu", "pátek příštího týdne"
    rf"|{_B}(?P<wd3>{_WD}),?\s+(?:(?:of|in|der|in\s+der|de\s+la|de|del|della|da|van|in\s+de|i|på|в|на|w|v|ve)\s+)?"
    rf"(?:the\s+)?{_NEXT_WEEK}{_E}"
)
_THIS_WEEK = (
    r"(?:"
    r"this\s+week"
    r"|the\s+week"
    r"|diese[rn]?\s+woche"
    r"|der\s+woche"
    r"|cette\s+semaine"
    r"|la\s+semaine"
    r"|esta\s+semana"
    r"|la\s+semana"
    r"|deze\s+week"
    r"|de\s+week"
    r"|(?:della\s+|questa\s+)?settimana"
    r"|(?:da\s+|desta\s+)?semana"
    r"|(?:tego\s+)?tygodnia"
    r"|veckan"
    r"|(?:denne|dette)\s+uge|(?:denne|dette)\s+uke|ugen|uken"
    r"|(?:на\s+)?этой\s+неделе|недели|(?:на\s+)?цьому\s+тижні|тижня|(?:tento|tohoto)\s+týden|týdne"
    r")"
)
_END = (
    r"(?:"
    r"(?:the\s+)?end\s+of\s+"
    r"|by\s+the\s+end\s+of\s+"
    r"|ende\s+"
    r"|fin\s+(?:de\s+)?"
    r"|(?:a\s+)?finales\s+de\s+"
    r"|eind\s+(?:van\s+)?"
    r"|einde\s+van\s+"
    r"|(?:entro\s+)?(?:la\s+)?fine\s+(?:di\s+|del\s+|della\s+)?"
    r"|(?:no\s+|até\s+o\s+)?(?:fim|final)\s+(?:de\s+|do\s+|da\s+)?"
    r"|(?:do|pod)\s+końca\s+|koniec\s+"
    r"|(?:i\s+)?slutet\s+(?:av\s+)?"
    r"|(?:i\s+)?slutningen\s+af\s+|(?:i\s+)?slutten\s+av\s+"
    r"|(?:к|до)\s+концу\s+|в\s+конце\s+|наприкінці\s+|до\s+кінця\s+|(?:do\s+)?konce\s+|na\s+konci\s+"
    r"|(?:(?:pada|sebelum|paling\s+lambat)\s+)?akhir\s+|(?:a\s+)?finals\s+de\s+(?:la\s+)?|(?:do\s+)?konca\s+|cuối\s+"
    r")"
)
_EARLY = (
    r"(?:"
    r"early\s+"
    r"|(?:the\s+)?beginning\s+of\s+"
    r"|(?:the\s+)?start\s+of\s+"
    r"|anfang\s+"
    r"|début\s+(?:de\s+)?"
    r"|a\s+principios\s+de\s+"
    r"|principios\s+de\s+"
    r"|begin\s+"
    r"|(?:all')?inizio\s+(?:di\s+)?"
    r"|(?:no\s+)?(?:início|inicio|começo)\s+(?:de\s+|do\s+)?"
    r"|(?:na\s+)?początku\s+|początek\s+"
    r"|(?:i\s+)?början\s+(?:av\s+)?"
    r"|(?:i\s+)?starten\s+af\s+|(?:i\s+)?begyndelsen\s+af\s+|(?:i\s+)?starten\s+av\s+"
    r"|в\s+начале\s+|на\s+початку\s+|(?:na\s+)?začátku\s+"
    r"|(?:la\s+)?(?:începutul|inceputul)\s+|(?:στις\s+)?αρχές\s+(?:της\s+)?"
    r")"
)
# the languages that say "beginning" or "middle" after the week ("jövő hét elején", "ensi viikon
# alussa", "gelecek haftanın başında", "следующей недели в начале" is rare and left out)
_EARLY_AFTER = r"\s+(?:elején|elejére|elejen|alussa|alkupuolella|alkuun|başında|başı|basinda)"
_MID_AFTER = r"\s+(?:közepén|közepére|puolivälissä|puolessavälissä|ortasında|ortası)"
_MID = (
    r"(?:mid[-\s]?|(?:the\s+)?middle\s+of\s+|mitte\s+|milieu\s+de\s+|mediados\s+de\s+|half\s+|"
    r"(?:a\s+)?metà\s+|(?:em\s+)?meados\s+de\s+|(?:w\s+)?połowie\s+|połowa\s+|mitten\s+(?:av\s+|i\s+)?)"
)
_THIS_MONTH = (
    r"(?:"
    r"(?:the|this)\s+month"
    r"|des\s+monats"
    r"|dieses\s+monats"
    r"|du\s+mois"
    r"|mes"
    r"|del\s+mes"
    r"|de\s+(?:deze\s+)?maand"
    r"|monatsende"
    r"|(?:del\s+)?mese"
    r"|(?:do\s+)?mês"
    r"|miesiąca"
    r"|månaden"
    r"|måneden|месяца|місяця|měsíce"
    r")"
)
_NEXT_MONTH = (
    r"(?:"
    r"next\s+month"
    r"|nächsten\s+monats"
    r"|nächsten\s+monat"
    r"|du\s+mois\s+prochain"
    r"|le\s+mois\s+prochain"
    r"|(?:el\s+)?mes\s+que\s+viene"
    r"|(?:il\s+)?(?:prossimo\s+mese|mese\s+prossimo)"
    r"|(?:no\s+)?(?:próximo|proximo)\s+mês"
    r"|w\s+przyszłym\s+miesiącu"
    r"|nästa\s+månad"
    r"|del\s+próximo\s+mes"
    r"|volgende\s+maand"
    r"|(?:i\s+)?næste\s+måned|(?:i\s+)?neste\s+måned|(?:в\s+)?следующем\s+месяце|(?:у\s+)?наступному\s+місяці"
    r"|(?:v\s+)?příštím\s+měsíci|příští\s+měsíc"
    r")"
)


def _monday(of: date) -> date:
    return of - timedelta(days=of.weekday())


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_month(of: date) -> tuple[int, int]:
    return (of.year + 1, 1) if of.month == 12 else (of.year, of.month + 1)


def _this_friday(d0: date) -> date:
    friday = _monday(d0) + timedelta(days=4)
    return friday if friday >= d0 else friday + timedelta(days=7)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], date], date | None]]
_RULES: list[_Rule] = [
    (
        re.compile(rf"{_B}(?:today|heute|aujourd'hui|hoy|vandaag|i\s+dag|сегодня|сьогодні|dnes){_E}"),
        lambda m, d0: d0,
    ),
    (
        re.compile(
            rf"{_B}(?:the\s+day\s+after\s+tomorrow|übermorgen|après-demain|pasado\s+mañana|overmorgen|lusa|demà\s+passat){_E}"
        ),
        lambda m, d0: d0 + timedelta(days=2),
    ),
    (
        re.compile(
            rf"{_B}(?:tomorrow|morgen|demain|mañana|i\s+morgen|завтра|zítra|jutro|besok|esok|demà|zajtra|ngày\s+mai|غدا|غدًا|غداً|מחר|พรุ่งนี้){_E}"
        ),
        lambda m, d0: d0 + timedelta(days=1),
    ),
    (
        re.compile(
            rf"{_B}{_EARLY}{_NEXT_WEEK}{_E}|{_B}anfang\s+nächster\s+woche{_E}|{_B}{_NEXT_WEEK}{_EARLY_AFTER}{_E}"
        ),
        lambda m, d0: _monday(d0) + timedelta(days=8),
    ),
    (
        re.compile(rf"{_B}{_MID}{_NEXT_WEEK}{_E}|{_B}{_NEXT_WEEK}{_MID_AFTER}{_E}"),
        lambda m, d0: _monday(d0) + timedelta(days=9),
    ),
    (
        re.compile(rf"{_B}{_END}?{_NEXT_WEEK}{_E}|{_B}ende\s+nächster\s+woche{_E}"),
        lambda m, d0: _monday(d0) + timedelta(days=11),
    ),
    # the week after next, as next week one week on: its Friday
    (
        re.compile(
            rf"{_B}{_END}?(?:(?:the\s+)?week\s+after\s+next|übernächste[rn]?\s+woche|la\s+semaine\s+d'après"
            rf"|de\s+week\s+daarna|veckan\s+efter\s+nästa|через\s+неделю\s+после\s+следующей){_E}"
        ),
        lambda m, d0: _monday(d0) + timedelta(days=18),
    ),
    (
        re.compile(
            rf"{_B}{_END}{_THIS_WEEK}{_E}|{_B}(?:this|diese|cette|esta|deze)\s+week{_E}|{_B}diese\s+woche{_E}|{_B}eow{_E}|"
            rf"{_B}cette\s+semaine{_E}|{_B}esta\s+semana{_E}"
        ),
        lambda m, d0: _this_friday(d0),
    ),
    (
        re.compile(rf"{_B}{_END}{_NEXT_MONTH}{_E}|{_B}{_NEXT_MONTH}{_E}"),
        lambda m, d0: _month_end(*_next_month(d0)),
    ),
    (re.compile(rf"{_B}{_EARLY}{_NEXT_MONTH}{_E}"), lambda m, d0: date(*_next_month(d0), 7)),
    (
        re.compile(rf"{_B}{_END}{_THIS_MONTH}{_E}|{_B}(?:monatsende|eom){_E}"),
        lambda m, d0: _month_end(d0.year, d0.month),
    ),
    (re.compile(rf"{_B}{_MID}(?P<month>{_MONTH}){_E}"), lambda m, d0: _in_year(d0, MONTHS[m["month"]], 15)),
    (
        re.compile(rf"{_B}{_END}(?:of\s+|de\s+)?(?P<month>{_MONTH}){_E}"),
        lambda m, d0: _month_end_in_year(d0, MONTHS[m["month"]]),
    ),
    (
        re.compile(rf"{_B}{_EARLY}(?:of\s+|de\s+)?(?P<month>{_MONTH}){_E}"),
        lambda m, d0: _in_year(d0, MONTHS[m["month"]], 7),
    ),
    # "the first week of December", "la première semaine de décembre", "in der ersten Woche im
    # Dezember", "the last week of January": the Friday of that week of the month
    (_NTH_WEEK, lambda m, d0: _nth_week_friday(m, d0)),
    (_NTH_MONTH_WEEK, lambda m, d0: _nth_week_friday(m, d0)),
    # "a week or two": the later end, as with "2-3 weeks"
    (
        re.compile(rf"{_B}(?:(?:in|within)\s+)?(?:a|one)\s+(?P<unit>day|week|month)\s+or\s+two{_E}"),
        lambda m, d0: _after_count(d0, 2, m["unit"] + "s"),
    ),
    (_IN_ONE, lambda m, d0: _after_count(d0, 1, m["unit"] or m["unit2"])),
    (_IN_N, lambda m, d0: _after(m, d0)),
    # a calendar week by its number, as German, Nordic and Dutch offices say it ("KW 50", "vecka 50",
    # "uke 50", "week 50"): the Friday of that ISO week, this year or, when past, next year
    (
        re.compile(
            rf"{_B}(?:kw|kalenderwoche|cw|calendar\s+week|week|wk|semaine|vecka|v\.|uge|uke|viikko|viikolla|tydzień|"
            rf"týden|неделя|hafta)\s*(?P<n>\d{{1,2}}){_E}(?!\s*(?:days?|weeks?|tage|dagen|dagar|dage|dager|jours|"
            rf"semaines|дн|недел|päivää|gün)(?![\w]))"
        ),
        lambda m, d0: _iso_week_friday(d0, int(m["n"])),
    ),
    # "the week of December 7", "la semaine du 7 décembre", "in der Woche vom 7.12.": the Friday of that week
    (
        re.compile(
            rf"{_B}(?:(?:in\s+)?the\s+week\s+of|(?:in\s+der\s+)?woche\s+vom|la\s+semaine\s+du|la\s+semana\s+del|"
            rf"(?:in\s+)?de\s+week\s+van|la\s+settimana\s+del|veckan\s+den|w\s+tygodniu\s+od)\s+"
        ),
        lambda m, d0: _week_of(m, d0),
    ),
    (
        re.compile(
            rf"{_B}(?:after\s+the\s+weekend|nach\s+dem\s+wochenende|après\s+le\s+week-?end|"
            rf"después\s+del\s+fin\s+de\s+semana|na\s+het\s+weekend|dopo\s+il\s+(?:week-?end|fine\s+settimana)|"
            rf"depois\s+do\s+fim\s+de\s+semana|efter\s+helgen|po\s+weekendzie|после\s+выходных|після\s+вихідних){_E}"
        ),
        lambda m, d0: _monday(d0) + timedelta(days=7),
    ),
    # "before Christmas", "by Christmas": 24 December, in the languages that put the word before the feast and
    # those that put it after ("ennen joulua", "jouluun mennessä", "karácsony előtt", "Noel'den önce", "クリスマス前")
    (
        re.compile(
            rf"{_B}(?:before|by|till|until|vor|bis|avant|antes\s+(?:de|del|do|da)|voor(?:\s+de)?|prima\s+di|före|"
            rf"innan|før|inden|przed|до|ennen|před|pred|înainte\s+de|πριν(?:\s+από)?(?:\s+τα)?|prije|pre|enne|"
            rf"prieš|pirms|abans\s+de|sebelum|trước|לפני|قبل)\s+"
            rf"(?:the\s+)?(?:christmas|xmas|weihnachten|noël|noel|navidad|natal|kerst(?:mis)?|natale|jul(?:en|a)?|"
            rf"świętami|bożym\s+narodzeniem|рождества|різдва|joulua|vánoci|vianocami|crăciun|χριστούγεννα|"
            rf"božića|božiča|jõule|kalėdas|kalėdų|ziemassvētkiem|nadal|giáng\s+sinh|noel|"
            rf"חג\s+המולד|عيد\s+الميلاد){_E}|"
            rf"{_B}(?:jouluun\s+mennessä|joulua\s+ennen|karácsony\s+előtt|karácsonyig|noel'?(?:den|e)\s+"
            rf"(?:önce|kadar)|yılbaşından\s+önce){_E}|"
            r"(?:クリスマス|圣诞节?|聖誕節?|크리스마스)\s*(?:前|まで|之前|以前|전)"
        ),
        lambda m, d0: _dated(d0, 12, 24, None),
    ),
    # British "Tuesday week", "Friday week": the weekday a week after the coming one
    (_WEEKDAY_WEEK, lambda m, d0: d0 + timedelta(days=(WEEKDAYS[m["wd"]] - d0.weekday() - 1) % 7 + 8)),
    (
        _NEXT_WEEKDAY,
        lambda m, d0: _monday(d0) + timedelta(days=7 + WEEKDAYS[m["wd"] or m["wd2"] or m["wd3"]]),
    ),
    (_ISO, lambda m, d0: _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))),
    (_MONTH_DAY, lambda m, d0: _dated(d0, MONTHS[m["month"]], int(m["day"]), m["year"])),
    (_DAY_MONTH, lambda m, d0: _dated(d0, MONTHS[m["month"]], int(m["day"]), m["year"])),
    (_DOTTED, lambda m, d0: _dated(d0, int(m["month"]), int(m["day"]), m["year"])),
    (_SLASHED, lambda m, d0: _slashed(m, d0)),
    (_DAY_ALONE, lambda m, d0: _day_alone(m, d0)),
    # "Thursday the 10th", "Friday, 4th December": the day number says which one, not the weekday
    (_WEEKDAY_DAY, lambda m, d0: _weekday_day(m, d0)),
    (_WEEKDAY, lambda m, d0: d0 + timedelta(days=(WEEKDAYS[m["wd"]] - d0.weekday() - 1) % 7 + 1)),
    # Japanese and Chinese write no spaces between words, so these match without word boundaries
    (
        re.compile(r"来週|下周|下星期|下週|下个星期|下個星期|下个?礼拜|下個?禮拜"),
        lambda m, d0: _monday(d0) + timedelta(days=11),
    ),
    (re.compile(r"今週|这周|本周"), lambda m, d0: _this_friday(d0)),
    (
        re.compile(
            r"(?:下周|下星期|下週|下个星期|下個星期|下个?礼拜|下個?禮拜|来週の?)(?P<wd>[一二三四五六日天]|[月火水木金土日]曜)"
        ),
        lambda m, d0: _monday(d0) + timedelta(days=7 + CJK_WEEKDAYS[m["wd"][0]]),
    ),
    (
        _CJK_WEEKDAY,
        lambda m, d0: (
            d0 + timedelta(days=(CJK_WEEKDAYS[(m["wd"] or m["jwd"])[0]] - d0.weekday() - 1) % 7 + 1)
        ),
    ),
    (
        re.compile(r"(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号號]"),
        lambda m, d0: _dated(d0, int(m["month"]), int(m["day"]), None),
    ),
    (
        re.compile(r"(?P<n>\d{1,3}|[一二两兩三四五六七八九十])\s*(?:週間|周|週|个星期|個星期|个礼拜|個禮拜)"),
        lambda m, d0: d0 + timedelta(days=7 * cjk_number(m["n"])),
    ),
    (
        re.compile(r"(?P<n>\d{1,3}|[一二两兩三四五六七八九十]{1,2})\s*(?:日以内|日後|日間|天)"),
        lambda m, d0: d0 + timedelta(days=cjk_number(m["n"])),
    ),
    # Korean, also written without spaces: 다음 주 (next week), 이번 주 (this week), 수요일 (Wednesday),
    # 12월 9일, 2주 후 (in two weeks), 10일 이내 (within ten days), 다음 달 (next month)
    (re.compile(r"다음\s?주|담주"), lambda m, d0: _monday(d0) + timedelta(days=11)),
    (
        re.compile(r"(?:다음\s?주|담주)\s?(?P<wd>[월화수목금토일])요일"),
        lambda m, d0: _monday(d0) + timedelta(days=7 + KOREAN_WEEKDAYS[m["wd"]]),
    ),
    (re.compile(r"이번\s?주"), lambda m, d0: _this_friday(d0)),
    (
        _KO_WEEKDAY,
        lambda m, d0: d0 + timedelta(days=(KOREAN_WEEKDAYS[m["wd"]] - d0.weekday() - 1) % 7 + 1),
    ),
    (
        re.compile(r"(?P<month>\d{1,2})\s?월\s?(?P<day>\d{1,2})\s?일"),
        lambda m, d0: _dated(d0, int(m["month"]), int(m["day"]), None),
    ),
    (
        re.compile(r"(?P<n>\d{1,3})\s?주(?:일)?\s?(?:후|뒤|내|안|이내)"),
        lambda m, d0: d0 + timedelta(days=7 * int(m["n"])),
    ),
    (
        re.compile(r"(?P<n>\d{1,3})\s?일\s?(?:후|뒤|내|안|이내)"),
        lambda m, d0: d0 + timedelta(days=int(m["n"])),
    ),
    (re.compile(r"다음\s?달"), lambda m, d0: _month_end(*_next_month(d0))),
]


def _iso_week_friday(d0: date, week: int) -> date | None:
    for year in (d0.year, d0.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            return None
        if friday >= d0 - timedelta(days=7):
            return friday
    return None


def _nth_week_friday(match: re.Match[str], d0: date) -> date | None:
    """The Friday of the first to fourth or the last week of a month (a week that starts in the month before
    counts as its first when its Friday is in the month)."""
    month = MONTHS[match["month"]]
    year = d0.year if month >= d0.month else d0.year + 1
    nth = _NTH[match["nth"]]
    if nth == 5:
        end = _month_end(year, month)
        friday = _monday(end) + timedelta(days=4)
        return friday if friday <= end else friday - timedelta(days=7)
    first = date(year, month, 1)
    friday = _monday(first) + timedelta(days=4 + 7 * (nth - 1))
    return friday if _monday(first) + timedelta(days=4) >= first else friday + timedelta(days=7)


def _week_of(match: re.Match[str], d0: date) -> date | None:
    for pattern, resolve in ((_MONTH_DAY, _month_day), (_DAY_MONTH, _month_day), (_DOTTED, _dotted)):
        found_match = pattern.match(match.string, match.end())
        if found_match:
            found = resolve(found_match, d0)
            return _monday(found) + timedelta(days=4) if found else None
    return None


def _month_day(m: re.Match[str], d0: date) -> date | None:
    return _dated(d0, MONTHS[m["month"]], int(m["day"]), m["year"])


def _dotted(m: re.Match[str], d0: date) -> date | None:
    return _dated(d0, int(m["month"]), int(m["day"]), m["year"])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_year(d0: date, month: int, day: int) -> date | None:
    return _dated(d0, month, day, None)


def _month_end_in_year(d0: date, month: int) -> date | None:
    year = d0.year if month >= d0.month else d0.year + 1
    return _month_end(year, month)


def _dated(d0: date, month: int, day: int, year: str | None) -> date | None:
    """A day and month without a year is the next such day; one up to 60 days back stays (a slip, kept)."""
    if year:
        full = int(year) + (2000 if len(year) == 2 else 0)
        return _safe_date(full, month, day)
    found = _safe_date(d0.year, month, day)
    if found is not None and found < d0 - timedelta(days=60):
        found = _safe_date(d0.year + 1, month, day)
    return found


def _slashed(match: re.Match[str], d0: date) -> date | None:
    # 5/12 is 12 May in the US and 5 December elsewhere: take the reading nearest after the interview.
    a, b = int(match["a"]), int(match["b"])
    readings = [
        r for r in (_dated(d0, a, b, match["year"]), _dated(d0, b, a, match["year"])) if r is not None
    ]
    return min(readings, key=lambda r: abs((r - d0).days) + (1000 if r < d0 else 0), default=None)


def _weekday_day(match: re.Match[str], d0: date) -> date | None:
    if match["month"]:
        return _dated(d0, MONTHS[match["month"]], int(match["day"]), None)
    return _day_of_month(d0, int(match["day"]))


def _day_of_month(d0: date, day: int) -> date | None:
    if day >= d0.day:
        return _safe_date(d0.year, d0.month, day)
    return _safe_date(*_next_month(d0), day)


def _after(match: re.Match[str], d0: date) -> date | None:
    count_text = match["n"]
    numbers = re.findall(r"\d+", count_text)
    count = int(numbers[-1]) if numbers else COUNTS[count_text]  # "2-3 weeks": the later end
    return _after_count(d0, count, match["unit"])


def _after_count(d0: date, count: int, unit_name: str) -> date | None:
    unit = UNITS[unit_name]
    if "business" in unit_name or "working" in unit_name:
        day, left = d0, count
        while left:
            day += timedelta(days=1)
            left -= day.weekday() < 5
        return day
    if unit == 30:
        year, month = d0.year + (d0.month - 1 + count) // 12, (d0.month - 1 + count) % 12 + 1
        return date(year, month, min(d0.day, calendar.monthrange(year, month)[1]))
    return d0 + timedelta(days=count * unit) if count <= 1000 else None


# Vague periods ("next week", "early December", "in two weeks") that a precise day written after them refines:
# "early December, probably Dec 3" is 3 December, "la semana que viene, el viernes" the Friday of next week.
_VAGUE = frozenset(
    [*range(3, next(i for i, (p, _) in enumerate(_RULES) if p is _IN_N) + 1)]
    + [
        i
        for i, (p, _) in enumerate(_RULES)
        if p.pattern.startswith(
            (
                "来週",
                "今週",
                "(?P<n>\\d{1,3}|[一二两兩三四五六七八九十])\\s*(?:週間",
                "다음\\s?주|",
                "이번",
                "(?P<n>\\d{1,3})\\s?주",
            )
        )
    ]
)
# words as the weekday and month names are written: "friday's" holds "friday", "п'ятниця" keeps its apostrophe
_WORDS = re.compile(r"(?=([^\W\d_]+'[^\W\d_]+))?[^\W\d_]+")
# rules that cannot match without a weekday or month word (in every rule naming both, the weekday is needed)
_NEEDS_WEEKDAY = frozenset(i for i, (p, _) in enumerate(_RULES) if _WD in p.pattern)
_NEEDS_MONTH = frozenset(i for i, (p, _) in enumerate(_RULES) if _MONTH in p.pattern and _WD not in p.pattern)
_BARE_WEEKDAY = next(i for i, (p, _) in enumerate(_RULES) if p is _WEEKDAY)
_ANY_BARE_WEEKDAY = frozenset(
    i for i, (p, _) in enumerate(_RULES) if p in (_WEEKDAY, _CJK_WEEKDAY, _KO_WEEKDAY)
)
_REFINE_DAYS = 7  # how far a precise day may lie from the vague period's date and still refine it


def _refined(lowered: str, start: int, vague: date, interview_date: date) -> date:
    """The precise day written after a vague period, when one is near it; else the vague period's date."""
    best: tuple[int, date] | None = None
    for index, (pattern, resolve) in enumerate(_RULES):
        if index in _VAGUE or index < 3:
            continue
        match = pattern.search(lowered, start)
        if match is None or (best is not None and match.start() >= best[0]):
            continue
        try:
            if index == _BARE_WEEKDAY:  # a weekday names a day in the vague period's week
                found: date | None = _monday(vague) + timedelta(days=WEEKDAYS[match["wd"]])
            else:
                found = resolve(match, interview_date)
        except (ValueError, KeyError, OverflowError):
            found = None
        if found is not None and found > interview_date and abs((found - vague).days) <= _REFINE_DAYS:
            best = (match.start(), found)
    return best[1] if best else vague


# what may stand between a weekday and the date that says which one it is: "Friday December 4th",
# "Friday (Dec 4)", "Friday - December 4", "金曜日、12月4日", "星期五，12月4日", "Friday 2026-12-04"
_WEEKDAY_GAP = re.compile(r"日?[\s,.;:(\[\-–—、，（]{0,4}(?:the\s+|den\s+|le\s+|el\s+)?")


def _dated_after_weekday(lowered: str, end: int, interview_date: date, skip: frozenset[int]) -> date | None:
    """The date written right after a bare weekday, which says which of the weekdays is meant."""
    gap = _WEEKDAY_GAP.match(lowered, end)
    at = gap.end() if gap else end
    for index, (pattern, resolve) in enumerate(_RULES):
        if index in skip or index in _VAGUE or index in _ANY_BARE_WEEKDAY:
            continue
        match = pattern.match(lowered, at)
        if match is None:
            continue
        try:
            found = resolve(match, interview_date)
        except (ValueError, KeyError, OverflowError):
            found = None
        if found is not None:
            return found
    return None


def read_date(text: str, interview_date: date) -> date | None:
    """The date an answer names, from the earliest telling phrase, or None when nothing can be resolved.

    Vague periods resolve to the day by which one can fairly expect news: "next week" and "end of next week"
    are Friday of next week, "early next week" its Tuesday, "end of the month" its last day. A bare weekday
    ("Friday", "by Friday") is the first one after the interview; "next Friday" is Friday of next week.
    """
    lowered = text.lower().replace("’", "'")
    words = {piece for match in _WORDS.finditer(lowered) for piece in (match[0], match[1]) if piece}
    if "woche" in lowered:  # "Dezemberwoche" names its month inside one word
        words |= {word[:-5] for word in words if word.endswith("woche")}
    no_weekday = words.isdisjoint(WEEKDAYS) and not any(hint in lowered for hint in WEEKDAY_HINTS)
    skip = (_NEEDS_WEEKDAY if no_weekday else frozenset()) | (
        _NEEDS_MONTH if words.isdisjoint(MONTHS) else frozenset()
    )
    best: tuple[int, int, date, int] | None = None
    for index, (pattern, resolve) in enumerate(_RULES):
        if index in skip:
            continue  # the rule names a weekday or month and the answer has none: skip its long alternation
        for match in pattern.finditer(lowered):
            key = (match.start(), -(match.end() - match.start()))
            if best is not None and key >= best[:2]:
                break
            try:
                found = resolve(match, interview_date)
            except (ValueError, KeyError, OverflowError):
                found = None
            if found is not None:
                best = (key[0], key[1], found, index)
                break
    if best is None:
        return None
    start, negative_length, found, index = best
    if index in _ANY_BARE_WEEKDAY:
        found = _dated_after_weekday(lowered, start - negative_length, interview_date, skip) or found
    if index in _VAGUE:
        return _refined(lowered, start - negative_length, found, interview_date)
    return found


_NO_DATE = re.compile(
    rf"^\W*(?:[\w']+\s+){{0,3}}?(?:{NO_DATE})(?:\s+(?:when|anything|us|me|yet|so\s+far|noch|encore|todavía|aún|nog|ancora|ainda|än|jeszcze|пока|ещё))*[\W]*$",
    re.IGNORECASE,
)


def says_no_date(text: str) -> bool:
    """The answer only says that no date was given or known ("they didn't say", "keine Angabe", "没说")."""
    return len(text) <= 60 and bool(_NO_DATE.match(text.strip()))
