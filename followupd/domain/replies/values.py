"""Readers for typed answers: a 0-10 rating and amounts of money."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .model import Amount, Money

__all__ = ["cjk_number", "read_money", "read_rating"]

# --- rating -----------------------------------------------------------------------------------------------

# Number words in the five languages we write templates for; "one"-like words are ambiguous with the
# article ("un", "een", "uno"), so they count only at the very start of the answer or before a scale.
_NUMBER_WORDS: dict[str, int] = {}
for _words in (
    "zero one two three four five six seven eight nine ten",
    "null eins zwei drei vier fünf sechs sieben acht neun zehn",
    "zéro un deux trois quatre cinq six sept huit neuf dix",
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez",
    "nul een twee drie vier vijf zes zeven acht negen tien",
    "zero uno due tre quattro cinque sei sette otto nove dieci",
    "zero um dois três quatro cinco seis sete oito nove dez",
    "noll en två tre fyra fem sex sju åtta nio tio",
    "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć",
    "nul en to tre fire fem seks syv otte ni ti",  # Danish
    "null en to tre fire fem seks sju åtte ni ti",  # Norwegian
    "ноль один два три четыре пять шесть семь восемь девять десять",
    "нуль один два три чотири п'ять шість сім вісім дев'ять десять",
    "nula jedna dva tři čtyři pět šest sedm osm devět deset",
    "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen",
    "sıfır _ iki üç dört beş altı yedi sekiz dokuz _",  # "bir", "on": English words too
    # a mark as a noun: Polish "szóstka" (a six), Russian "семёрка", Czech "osmička", with their accusatives
    "zero jedynka dwójka trójka czwórka piątka szóstka siódemka ósemka dziewiątka dziesiątka",
    "zero jedynkę dwójkę trójkę czwórkę piątkę szóstkę siódemkę ósemkę dziewiątkę dziesiątkę",
    "ноль единица двойка тройка четвёрка пятёрка шестёрка семёрка восьмёрка девятка десятка",
    "ноль единицу двойку тройку четвёрку пятёрку шестёрку семёрку восьмёрку девятку десятку",
    "ноль единица двойка тройка четверка пятерка шестерка семерка восьмерка девятка десятка",
    "ноль единицу двойку тройку четверку пятерку шестерку семерку восьмерку девятку десятку",
    "nula jednička dvojka trojka čtyřka pětka šestka sedmička osmička devítka desítka",
    "nula jedničku dvojku trojku čtyřku pětku šestku sedmičku osmičku devítku desítku",
    # Hungarian, Romanian (with and without its commas and cedillas), Greek
    "nulla egy kettő három négy öt hat hét nyolc kilenc tíz",
    "zero unu doi trei patru cinci șase șapte opt nouă zece",
    "zero unu doi trei patru cinci şase şapte opt nouă zece",
    "zero unu doi trei patru cinci sase sapte opt noua zece",
    "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα δέκα",
    "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά δέκα",
    # Indonesian and Malay ("satu", "lima" stand in names: counted only first or before a scale)
    "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh",
    "kosong satu dua tiga empat lima enam tujuh lapan sembilan sepuluh",
):
    for _n, _w in enumerate(_words.split()):
        if _w != "_":
            _NUMBER_WORDS.setdefault(_w, _n)
_NUMBER_WORDS.update({"zehn": 10, "fuenf": 5, "zero": 0, "eleven": 11, "twelve": 12, "одна": 1, "две": 2})
# words that are also ordinary words ("due to", "en", "um", "sex") count only first or before a scale
_AMBIGUOUS_WORDS = {
    "one",
    "un",
    "een",
    "uno",
    "eins",
    "null",
    "nul",
    "zero",
    "due",
    "en",
    "um",
    "sei",
    "sex",
    "tre",
    "seks",
    "egy",  # Hungarian "a"
    "hat",  # English
    "hét",  # Hungarian "week"
    "opt",  # English
    "ένα",  # Greek "a"
    "noua",  # Romanian "new"
    "satu",  # Indonesian "one", in names
    "lima",  # Indonesian "five", a city
    "kosong",  # Malay "zero", also "empty"
}
# Danish and Norwegian words that are English or Romance words too ("To be honest"): only before a scale
_SCALE_ONLY = {"to", "fire", "ni", "ti"}

_NUM = r"\d{1,3}(?:[.,]\d{1,2})?"
# Indonesian and Malay, Vietnamese, Arabic, Hebrew and Thai at the end ("8 dari 10", "8 trên 10", "8 מתוך 10")
_SCALE_WORDS = (
    r"out\s+of|of|von|sur|de|op|su|auf|na|av|på|z|ze|sobre|uit|ud\s+af|af|из|із|з|din|από|στα|στο|"
    r"daripada|dari|trên|من|מתוך|จาก"
)
_SCALE = rf"\s*(?:/|{_SCALE_WORDS})\s*(\d{{1,3}})(?!\d)"
_SCORED = re.compile(
    rf"(?<![\d.,/])({_NUM})(?:(?:\s*[-–]\s*|\s+(?:to|or|bis|à|a|tot|o|and|und|et|y|e|en|och|i)\s+)({_NUM}))?"
    rf"(?:{_SCALE})?(?!\s*%)"
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


_WORD_NUMBER = re.compile(
    r"(?<![\w])(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?![\w])"
    rf"(?P<scale>\s+(?:{_SCALE_WORDS})\s+(?:\d{{1,3}}|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?![\w]))?"
)


# The scale said before the score: "10点中7点", "10点満点で7点", "满分10分，7分", "10점 만점에 7점",
# "on a scale of 1-10, I'd say 7", "auf einer Skala von 1 bis 10: 7". Rewritten as "7/10" before reading.
_SCALE_FIRST = re.compile(
    r"(?P<cjk>\d{1,3})\s*(?:点|分|점)\s*(?:満点|满分|滿分|만점)?\s*(?:中|の|で|里|에서|에|中的)\s*(?:は)?\s*"
    r"(?P<cjk_score>\d{1,3}(?:[.,]\d)?)\s*(?:点|分|점)?"
    r"|(?:满分|滿分|満点)\s*(?P<cjk2>\d{1,3})\s*(?:点|分)?[，,、:：\s]*我?给?(?:自己)?打?\s*"
    r"(?P<cjk2_score>\d{1,3}(?:[.,]\d)?)\s*(?:点|分)?"
    # the scale, a postposition, then the score: '10 üzerinden 7' (tr), '10-ből 7' (hu), '10 중 7' (ko)
    r"|(?P<post>\d{1,3})\s*(?:üzerinden|-?ből|-?böl|-?bol|중에?|中|में\s+से)\s*(?P<post_score>\d{1,3}(?:[.,]\d)?)(?![\d/])"
    r"|(?:on\s+a\s+scale\s+(?:of|from)|auf\s+einer\s+skala\s+(?:von)?|sur\s+une\s+échelle\s+de|"
    r"en\s+una\s+escala\s+del?|op\s+een\s+schaal\s+van|su\s+una\s+scala\s+da|numa\s+escala\s+de|"
    r"på\s+en\s+skala\s+(?:från)?|w\s+skali\s+(?:od)?)\s*(?:[01]\s*(?:-|–|to|bis|à|a|al|tot|till|do)\s*)?"
    r"(?P<scale>\d{1,3})(?!\d)[^\d]{0,30}?(?P<score>\d{1,3}(?:[.,]\d{1,2})?)(?![\d/])"
)


# Chinese and Japanese numerals before a point word ("六分", "七点", "十点中六点", "满分十分"); "十分" alone is
# "very" or "enough", so ten counts only beside a scale ("十点中", "满分十")
_CJK_DIGITS = {c: str(n) for n, c in enumerate("〇一二三四五六七八九十")} | {"零": "0", "两": "2", "兩": "2"}
_CJK_SCORE = re.compile(
    r"(?:(?<=满分)|(?<=滿分)|(?<=満点))十|十(?=\s*(?:点|分|點)\s*(?:中|満点|满分|滿分|の|里))"
    r"|[〇零一二两兩三四五六七八九](?=\s*(?:点|分|點|점))"
)


def _scale_first(match: re.Match[str]) -> str:
    scale = match["cjk"] or match["cjk2"] or match["post"] or match["scale"]
    score = match["cjk_score"] or match["cjk2_score"] or match["post_score"] or match["score"]
    return f"{score}/{scale}"


_NEXT_TOKEN = re.compile(r"\s+([^\W\d_]+)")


def _word_to_digits(match: re.Match[str]) -> str:
    """'sept sur dix' reads as '7 sur 10'; an ambiguous word only at the start or before a scale."""
    word = match.group(1)
    if word in _SCALE_ONLY and not match.group("scale"):
        return match.group(0)
    if word in _AMBIGUOUS_WORDS and not match.group("scale"):
        following = _NEXT_TOKEN.match(match.string, match.end())
        article = (following and following[1] in _NUMBER_WORDS) or any(c.isdigit() for c in match.string)
        if article or match.start() > 0:  # "un 7 sobre 10", "een goede 7", "een zeven"; "due to" mid-sentence
            return match.group(0)
    scale = match.group("scale") or ""
    if scale:
        last = scale.split()[-1]
        scale = scale[: len(scale) - len(last)] + str(_NUMBER_WORDS.get(last, last))
    return str(_NUMBER_WORDS[word]) + scale


# a half after the number: "seven and a half", "sept et demi", "siete y medio", "siebeneinhalb"
_HALF = re.compile(
    r"(?<![\d.,])(\d{1,2})\s*(?:and\s+a\s+half|et\s+demi|y\s+medio|e\s+mezzo|e\s+meio|en\s+een\s+half|"
    r"och\s+en\s+halv|i\s+pół|einhalb|komma\s+fünf|½)(?![\w])"
)


def _to_float(number: str) -> float:
    return float(number.replace(",", "."))


def read_rating(text: str) -> tuple[float | None, str | None]:
    """The rating in an answer and a note when it could not be used.

    "7/10", "7 out of 10", "8 von 10", "7 sur 10", "7 de 10", "7 op 10", "7.5", "7,5", "a solid 6", "seven";
    a scored number ("x/10") wins over a bare one, and otherwise the first number counts ("7/10 maybe 8" is 7).
    A range "7-8" is its middle. Other scales are converted ("4/5" is 8). Out of range gives (None, note).
    """
    lowered = text.lower().replace("½", ".5")
    if "einhalb" in lowered:
        lowered = re.sub(r"(?<=[a-zäöü])einhalb", " einhalb", lowered)
    if any(word in _NUMBER_WORDS for word in _WORD.findall(lowered)):
        lowered = _WORD_NUMBER.sub(_word_to_digits, lowered)
    if any(w in lowered for w in ("half", "demi", "medio", "mezzo", "meio", "halv", "pół", "halb", "fünf")):
        lowered = _HALF.sub(r"\1.5", lowered)
    if any(mark in lowered for mark in ("点", "分", "點")):
        lowered = _CJK_SCORE.sub(lambda m: _CJK_DIGITS[m.group(0)], lowered)
    if any(
        mark in lowered
        for mark in (
            "点",
            "分",
            "점",
            "scal",
            "skal",
            "échelle",
            "escala",
            "schaal",
            "üzerinden",
            "ből",
            "böl",
            "bol",
            "중",
            "中",
            "में",
        )
    ):
        lowered = _SCALE_FIRST.sub(_scale_first, lowered)
    candidates = []
    for match in _SCORED.finditer(lowered):
        low, high, scale = match.group(1), match.group(2), match.group(3)
        value = _to_float(low) if high is None else (_to_float(low) + _to_float(high)) / 2
        candidates.append(
            (scale is not None, match.start(), value, int(scale) if scale else 10, match.group(0))
        )
    scored = [c for c in candidates if c[0]]
    if scored or candidates:
        _, _, value, scale, written = (scored or candidates)[0]
    else:
        words = _WORD.findall(lowered)
        found = None
        for position, word in enumerate(words[:6]):
            if (
                word in _NUMBER_WORDS
                and word not in _SCALE_ONLY
                and (word not in _AMBIGUOUS_WORDS or position == 0)
            ):
                found = word
                break
        if found is None:
            return None, None
        value, scale, written = float(_NUMBER_WORDS[found]), 10, found
    if scale <= 0:
        return None, f"rating {written.strip()} has no usable scale"
    if scale != 10:
        value = value * 10 / scale
    if not 0 <= value <= 10:
        shown = int(value) if value.is_integer() else value
        return None, f"rating {shown} is out of range 0-10"
    return value, None


# --- money ------------------------------------------------------------------------------------------------

_CURRENCY_SYMBOLS = {
    "us$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nt$": "TWD",
    "s$": "SGD",
    "nz$": "NZD",
    "mx$": "MXN",
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "fr.": "CHF",
    "sfr.": "CHF",
    "r$": "BRL",
    "￥": "JPY",
}
_CURRENCY_WORDS = {
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "bucks": "USD",
    "pounds": "GBP",
    "pound": "GBP",
    "quid": "GBP",
    "gbp": "GBP",
    "chf": "CHF",
    "franken": "CHF",
    "francs": "CHF",
    "cad": "CAD",
    "aud": "AUD",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "jpy": "JPY",
    "inr": "INR",
    "nzd": "NZD",
    "sgd": "SGD",
    "czk": "CZK",
    "hkd": "HKD",
    "brl": "BRL",
    "reais": "BRL",
    "kr": "SEK",  # also NOK and DKK; the languages we read (sv) make it Swedish
    "kronor": "SEK",
    "zł": "PLN",
    "zl": "PLN",
    "złotych": "PLN",
    "円": "JPY",
    "元": "CNY",
    "人民币": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "rub": "RUB",
    "руб": "RUB",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "₽": "RUB",
    "uah": "UAH",
    "грн": "UAH",
    "гривень": "UAH",
    "гривні": "UAH",
    "гривня": "UAH",
    "доларів": "USD",
    "долари": "USD",
    "долара": "USD",
    "долар": "USD",
    "долларов": "USD",
    "доллара": "USD",
    "доллар": "USD",
    "євро": "EUR",
    "евро": "EUR",
    "фунтів": "GBP",
    "фунтов": "GBP",
    "гривен": "UAH",
    "₴": "UAH",
    "kč": "CZK",
    "kroner": "DKK",  # also Norwegian; Danish is the likelier reader here
    "korun": "CZK",
    "huf": "HUF",
    "ft": "HUF",
    "forint": "HUF",
    "ron": "RON",
    "lei": "RON",
    "try": "TRY",
    "₺": "TRY",
    "tl": "TRY",
    "krw": "KRW",
    "원": "KRW",
    "₩": "KRW",
    "ils": "ILS",
    "₪": "ILS",
    "mxn": "MXN",
    "zar": "ZAR",
    "ευρώ": "EUR",
    "forintot": "HUF",
    # currency names as other languages bend or spell them ("4 500 euroa", "5000 dolarów", "달러")
    "euroa": "EUR",
    "euron": "EUR",
    "dollaria": "USD",
    "puntaa": "GBP",
    "euró": "EUR",
    "eurót": "EUR",
    "dollár": "USD",
    "dollárt": "USD",
    "dolarów": "USD",
    "dolary": "USD",
    "funtów": "GBP",
    "dolarů": "USD",
    "eurů": "EUR",
    "eura": "EUR",
    "liber": "GBP",
    "avro": "EUR",
    "dolar": "USD",
    "sterlin": "GBP",
    "dolari": "USD",
    "δολάρια": "USD",
    "λίρες": "GBP",
    "달러": "USD",
    "유로": "EUR",
    "ドル": "USD",
    "ユーロ": "EUR",
    "美元": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "krone": "DKK",
}
# ISO 4217 codes of currencies a salary may be quoted in, read only in capitals: written small, several are
# words ("top", "all", "pen", "mad"; PHP, a language, is left out for "₱"), and the code is how forms and offer
# letters write them ("THB 95,000", "45,000,000 VND", "AED 22,000", "$65,000 MXN")
_ISO_TEXT = (
    "AED ARS AZN BDT BGN BHD BRL CAD CHF CLP CNY COP CRC CZK DKK DOP EGP EUR GBP GEL GHS GTQ HKD HRK HUF IDR "
    "ILS INR IQD ISK JOD JPY KES KRW KWD KZT LKR MAD MXN MYR NGN NOK NPR NZD OMR PEN PKR PLN PYG QAR RON "
    "RSD RUB SAR SEK SGD THB TND TRY TWD UAH UGX USD UYU UZS VND XAF XOF ZAR ZMW"
)
_ISO_CODES = frozenset(_ISO_TEXT.split())
# symbols and local names of those currencies ("฿", "₫", "Rp", "baht", "dirham", "ringgit")
_CURRENCY_SYMBOLS.update(
    {
        "฿": "THB",
        "₫": "VND",
        "₱": "PHP",
        "₦": "NGN",
        "₸": "KZT",
        "₾": "GEL",
        "₡": "CRC",
        "₲": "PYG",
        "৳": "BDT",
    }
)
_CURRENCY_WORDS.update(
    {
        "baht": "THB",
        "บาท": "THB",
        "đồng": "VND",
        "dirhams": "AED",
        "dirham": "AED",
        "درهم": "AED",
        "riyals": "SAR",
        "riyal": "SAR",
        "ريال": "SAR",
        "rupiah": "IDR",
        "rp": "IDR",
        "ringgit": "MYR",
        "rupees": "INR",
        "rupee": "INR",
        "shekels": "ILS",
        "shekel": "ILS",
        "שקלים": "ILS",
        "ש״ח": "ILS",
        "yuan": "CNY",
        "zloty": "PLN",
        "koruna": "CZK",
        "pesos mexicanos": "MXN",
        "reales": "BRL",
    }
)
_CUR = (
    "(?-i:"
    + "|".join(sorted(_ISO_CODES))
    + r")\b|"
    + "|".join(re.escape(s) for s in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True))
    + "|"
    # a word ends at a word boundary; 円 and 元 need none ("750万円くらい": no space in Japanese)
    + "|".join(
        re.escape(w) if ord(w[0]) >= 0x3000 or not w[-1].isalnum() else rf"{w}\b"
        for w in sorted(_CURRENCY_WORDS, key=len, reverse=True)
    )
)
# a currency named on its own: an ISO code in capitals ("in GBP") or a currency's full name ("in euros")
_NAMED_CURRENCY = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        sorted(
            {w.upper() for w, code in _CURRENCY_WORDS.items() if w.upper() == code and w != "try"}
            | (_ISO_CODES - {"TRY", "MAD", "PEN"}),  # words in capitals too ("I was MAD")
            reverse=True,
        )
    )
    + "|(?i:"
    + "|".join(sorted((w for w in _CURRENCY_WORDS if len(w) >= 5 and w.isalpha()), key=len, reverse=True))
    + r"))(?![^\W\d_])"
)
_NUMBER = r"\d{1,3}(?:(?:[.,'’]|\u202f|\u00a0| )\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_MULT = (
    r"k(?![^\W\d_])|k(?=[\u3000-\u9fff]|€|\$|£|eur\b|chf\b|usd\b)|t(?=€|eur\b)|m\b|mio\b|million\b|millionen\b|thousand\b|tsd\.?|mil\b|mille\b|mila\b|tausend\b|"
    r"duizend\b|tys\.|tys\b|tysięcy\b|tusen\b|tkr\b|万|萬|тысяч[аи]?\b|тыс\.?|тисяч[аі]?\b|тис\.?|tisíc\b|tis\.|"
    r"tuhatta\b|bin\b|млн\b|mln\b|lpa\b|lakhs?\b|lacs?\b|crores?\b|ezer\b|millió\b|mii\b|milioane\b|"
    r"χιλιάδες|χιλ\.?|εκατομμύρια|"
    # Vietnamese, Indonesian and Malay, Thai millions and thousands ("45 triệu", "15 juta", "3 ล้าน", "500 ribu")
    r"triệu\b|juta\b|ล้าน|nghìn\b|ngàn\b|ribu\b|rb\b|พัน"
)
_THOUSANDS = {
    "t",
    "k",
    "thousand",
    "tsd",
    "mil",
    "mille",
    "mila",
    "tausend",
    "duizend",
    "tys",
    "tysięcy",
    "tusen",
    "tkr",
    "тысяч",
    "тысяча",
    "тысячи",
    "тыс",
    "тисяч",
    "тисяча",
    "тисячі",
    "тис",
    "tisíc",
    "tis",
    "tuhatta",
    "bin",
    "ezer",
    "mii",
    "χιλιάδες",
    "χιλ",
    "nghìn",
    "ngàn",
    "ribu",
    "rb",
    "พัน",
}
_AMOUNT = re.compile(
    # a digit within reach first: the currency alternation is then tried only near a number
    rf"(?=[^\d\n]{{0,10}}\d)(?P<pre>{_CUR})?\s?(?P<num>{_NUMBER})(?:,[-–]|\.-)?\s?(?P<mult>{_MULT})?(?:\s?(?P<post>{_CUR}))?",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(
    r"^\s*(?:-|–|—|to|bis|à|a|tot|and|und|et|y|e|en|och|i|do|till|tot\s+en\s+met)\s*$", re.IGNORECASE
)
_PERIODS = (
    (
        "year",
        r"year|yr|annum|jahr|an\b|any\b|année|annee|año|ano\b|jaar|anno|året|år\b|rok\b|a\b|p\.?\s?a\.?|y\b|年|"
        r"год\b|года\b|рік\b|rok\b|vuodessa|vuosi|yıl|χρόνο|tahun\b|năm\b|ปี",
    ),
    (
        "month",
        r"month|mo\b|monat|mois|mes\b|mese\b|mês|maand|månad|måned|mån\b|md\.?(?!\w)|mdr\b|miesiąc|m\b|月|"
        r"месяц|мес\b|місяць|міс\b|měsíc|kuukaudessa|kuukausi|kk\b|ay\b|lună|luna\b|μήνα|bulan\b|tháng|เดือน",
    ),
    ("hour", r"hour|hr|h\b|std|stunde|heure|hora|uur|time\b|timme|час\b|годину|hodinu|tunti|saat"),
    ("day", r"day|tag\b|jour|día|dia\b|dag\b|giorno|dzień|d\b|день|den\b"),
)
# words between an amount and its period: "€ 5.200 bruto per maand", "50.000 euro lordi annui", "4.000 líquidos por mês"
_QUALIFIER = (
    r"(?:(?:gross|net|nett|base|basic|before\s+tax|pre-?tax|rsus?|equity|stock|bonus|commission|brutto|netto|bruto|brutos|brutas|neto|netos|netas|brut|"
    r"bruts|nets|lordi|lordo|netti|líquidos?|liquidos?|fixed|fixe|fijo|fisso|fixo|total|før\s+skat|efter\s+skat|"
    r"før\s+skatt|på\s+hånd|на\s+руки|чистыми|до\s+вычета(?:\s+налогов)?|гросс|hrubého|hrubě|čistého|bruttó|nettó|"
    r"μικτά|μικτό|καθαρά|καθαρό|"
    # what kind of pay it is, "$120,000 OTE per year", "95.000 € Fixum im Jahr", "60k salary a year"
    r"ote|on-?target(?:\s+earnings)?|tc|tcc|ctc|total\s+comp(?:ensation)?|comp|salary|base\s+salary|package|"
    r"all-?in|cash|fixum|fixgehalt|gehalt|grundgehalt|salaire|sueldo|salario|stipendio|salário|salaris|lön|pensja|"
    r"зарплата|оклад)(?:\s+|(?=/))){0,2}"
)
_PERIOD_AFTER = re.compile(
    rf"^\.?\s*{_QUALIFIER}"
    # a word before the period ends there: "base and" is no "an" + "d" (a day)
    # an article or its elision before the period: "lordi l'anno", "all'anno", "par an", "l'an", "ao ano", "l'any"
    r"(?:/|(?:(?:a|à|al|all|dell|per|par)\s?)?l['’]|ต่อ|(?:per|a|an|pro|par|por|al|ao|il|im|in\s+the|each|every|i|na|w|za|om|pr\.?|в|за|на|ve|v|za|pe|το|τον|ανά|"
    r"mỗi|một)(?![^\W\d_]))\s*"
    r"(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PERIODS) + ")",
    re.IGNORECASE,
)
_PERIOD_WORD = re.compile(
    rf"^\s*{_QUALIFIER}(?:(?P<year>annual(?:ly)?|yearly|p\.a\.|jährlich|annuel(?:le)?s?|anual(?:es)?|anuais|"
    r"jaarlijks|annui|annuale|årligen|årlig|rocznie|jahresgehalt|jahresbrutto|ежегодно|в\s+год|ročně|vuodessa)|"
    r"(?P<month>monthly|monatlich|mensuel(?:le)?s?|mensual(?:es)?|maandelijks|mensile|mensili|mensal|mensais|"
    r"månatligen|månedlig|miesięcznie|monatsgehalt|monatsbrutto|ежемесячно|в\s+месяц|щомісяця|měsíčně|kuukaudessa|kuussa|"
    r"havonta|lunar|μηνιαίως|sebulan|شهري\w*|في\s+الشهر|לחודש|בחודש)|(?P<year2>setahun|سنوي\w*|في\s+السنة|לשנה|בשנה)|"
    r"(?P<hour>hourly|stündlich)|(?P<day>daily))",
    re.IGNORECASE,
)
_NOT_MONEY_AFTER = re.compile(
    r"^\s*(?:%|percent|prozent|pour\s?cent|days?\b|weeks?\b|months?\b|years?\b|people|rounds?|hours?\s+a\s+week|"
    r"interviews?|tage|wochen|jahre|jours|semaines|ans\b|dagen|weken|jaar\b|dage\b|uger|uker|måneder|"
    r"дн|недел|месяц(?:а|ев)\b|лет\b|salar|sueldos|pagas|gehälter|mensualités|薪)",
    re.IGNORECASE,
)


_PERIOD_BEFORE = re.compile(
    r"(?P<year>年收入?|年薪|年収|年俸|연봉|(?<![\w])연(?=\s?\d))|(?P<month>月薪|月収|月给|月給|월급|(?<![\w])월(?=\s?\d))|"
    r"(?P<hour>时薪|時給|時薪|시급)"  # Korean "월 500만 원", "연 6천만 원" (a month, a year before the amount)
)
# a period said anywhere in the answer ("RAL 48.000 €", "Jahresgehalt: 95.000 €", "salaire annuel de 55 000 €"):
# it applies when no amount has a period of its own and the answer names only one kind of period
_PERIOD_CUE = re.compile(
    r"(?<![\w])(?:(?P<year>annual\w*|yearly|per\s+annum|p\.\s?a\.|ral|jahresgehalt|jahresbrutto|jahreseinkommen|"
    r"jahreslohn|jahresvergütung|jährlich\w*|annuel\w*|anual\w*|anuais|jaarsalaris|jaarlijks\w*|jaarloon|annu[oi]|yıllık|"
    r"annuale|årslön|årsinkomst|årlig\w*|roczn\w*)|"
    r"(?P<month>monthly|monatsgehalt|monatsbrutto|monatslohn|monatlich\w*|mensuel\w*|mensual\w*|mensais|mensal|"
    r"maandsalaris|maandelijks\w*|maandloon|mensile|mensili|månadslön|månatlig\w*|miesięczn\w*|aylık|"
    r"månedsløn|месячн\w*|měsíční\w*|havi|havonta|lunar|μηνιαί\w*|μισθός\s+μήνα)|"
    r"(?P<year2>évi|éves|évente|ετήσι\w*|ετησίως)|"
    # a rate that names its period: "Stundensatz 85 €", "day rate £550", "taux horaire : 70 €", "uurtarief € 95"
    r"(?P<hour>stundensatz|stundenlohn|stundenhonorar|hourly\s+rate|rate\s+per\s+hour|taux\s+horaire|"
    r"tarifa\s+(?:por\s+hora|horaria)|tariffa\s+oraria|compenso\s+orario|uurtarief|uurloon|timpris|timlön|timeløn|"
    r"timepris|timesats|stawka\s+godzinowa|почасов\w*|hodinov\w+\s+sazb\w*|tuntihinta|saatlik|órabér)|"
    r"(?P<day>tagessatz|tageshonorar|day\s+rate|daily\s+rate|rate\s+per\s+day|taux\s+journalier|tjm|"
    r"tarifa\s+(?:diaria|por\s+día)|tariffa\s+giornaliera|dagtarief|dagpris|dagsats|stawka\s+dzienna|päivähinta|"
    r"günlük\s+ücret|napidíj))(?![\w])",
    re.IGNORECASE,
)


_CUE_KINDS = (("year", "year"), ("year2", "year"), ("hour", "hour"), ("day", "day"))


# names that look like amounts: US tax forms and plans ("$85/hour, 1099", "401(k) match", "W-2")
_NOT_AN_AMOUNT = re.compile(
    r"(?<![\w$€£])(?:1099|401\s?\(?k\)?|403\s?\(?b\)?|457\s?\(?b\)?)(?![\w])", re.IGNORECASE
)
# an amount paid once, which takes no period from the others ("80k a year plus a 5k signing bonus")
_ONE_OFF = re.compile(
    r"bonus|signing|sign-on|joining|relocation|one-?off|once|equity|stock|rsu|options|einmalig|prime|prima|"
    r"premie|премия|bonus|startbonus|umzug|déménagement|antritt",
    re.IGNORECASE,
)


def _decimal(number: str) -> Decimal | None:
    cleaned = re.sub(r"['’\u202f\u00a0 ]", "", number)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(grouping, "").replace(decimal_mark, ".")
    else:
        for mark in ",.":
            if mark in cleaned:
                parts = cleaned.split(mark)
                cleaned = (
                    cleaned.replace(mark, "")
                    if len(parts) > 2 or len(parts[1]) == 3
                    else cleaned.replace(mark, ".")
                )
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    if token in _ISO_CODES:
        return token
    token = token.lower()
    return _CURRENCY_SYMBOLS.get(token) or _CURRENCY_WORDS.get(token)


# signs that several currencies write: a code or name after the amount says which ("$65,000 MXN" is pesos)
_SHARED_SIGNS = frozenset({"$", "¥", "￥", "kr", "fr."})


def _multiplier(token: str | None) -> int:
    if not token:
        return 1
    token = token.lower().rstrip(".")
    if token in {"万", "萬"}:
        return 10_000
    if token in {"lpa", "lakh", "lakhs", "lac", "lacs"}:
        return 100_000  # Indian lakh; "18 LPA" is 18 lakh per annum
    if token in {"crore", "crores", "cr"}:
        return 10_000_000
    if token in {"millió", "milioane", "εκατομμύρια"}:
        return 1_000_000
    return 1_000 if token in _THOUSANDS else 1_000_000


def _period(rest: str) -> str | None:
    match = _PERIOD_AFTER.match(rest) or _PERIOD_WORD.match(rest)
    if not match:
        return None
    if "year2" in match.groupdict() and match.group("year2"):
        return "year"
    return next((name for name, _ in _PERIODS if match.group(name)), None)


# Amounts in Chinese or Japanese numerals or with East Asian units ("三万五", "十五万", "六百万円", "1万5千",
# Korean "5천만 원", "1억 2천만"), made Arabic before the amounts are read: 万/만 are 10,000, 亿/억 10^8; a
# digit after the last unit is its next place ("三万五" is 35,000, "三千五" 3,500). A run starts with a digit,
# so "千万" ("by all means") and "万一" ("in case") stay words.
_CJK_NUMERAL_DIGITS = {c: d for c, d in _CJK_DIGITS.items() if c != "十"}  # 十 is a unit here
_CJK_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
_CJK_BIG_UNITS = {
    "万": 10_000,
    "萬": 10_000,
    "만": 10_000,
    "亿": 100_000_000,
    "億": 100_000_000,
    "억": 100_000_000,
}
_CJK_RUN = re.compile(
    r"(?<![\d.,〇零一二两兩三四五六七八九十百千万萬亿億])(?:\d{1,3}(?:,\d{3})+|\d+|[〇零一二两兩三四五六七八九十])"
    r"(?:[〇零一二两兩三四五六七八九十百千万萬亿億천백만억]|\d{1,3}(?:,\d{3})+|\d+|(?<=[万萬亿億만억])\s(?=\d))*"
)
_CJK_CURRENCY_AFTER = re.compile(r"\s?(?:元|块|塊|円|원)")
_CJK_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+|\d+|\S")  # "6,500만": digits grouped before the unit


def cjk_number(run: str) -> int:
    """A number in Chinese or Japanese numerals or East Asian units, digits mixed in: "十五" 15, "两" 2, "三万五"
    35,000, "1억 2천만" 120,000,000."""
    total = section = 0
    number: int | None = None
    last_unit = 0
    after_unit = False
    for token in _CJK_TOKEN.findall(run):
        if token.isascii():
            number, after_unit = int(token.replace(",", "")), last_unit > 0 and after_unit
        elif token in _CJK_NUMERAL_DIGITS:
            number, after_unit = int(_CJK_NUMERAL_DIGITS[token]), after_unit and token not in "〇零"
        elif token in _CJK_SMALL_UNITS:
            last_unit = _CJK_SMALL_UNITS[token]
            section += (1 if number is None else number) * last_unit
            number, after_unit = None, True
        else:
            last_unit = _CJK_BIG_UNITS[token]
            total += ((section + (number or 0)) or 1) * last_unit
            section, number, after_unit = 0, None, True
    if number is not None and after_unit and number < 10 and last_unit >= 100:
        number *= last_unit // 10  # "三万五": the digit after the unit is the next place down
    return total + section + (number or 0)


def _arabic(text: str) -> str:
    def convert(match: re.Match[str]) -> str:
        run = match.group(0)
        units = any(c in run for c in "百千万萬亿億천백만억")
        if run.isascii() or not (units or _CJK_CURRENCY_AFTER.match(text, match.end())):
            return run
        return str(cjk_number(run))

    return _CJK_RUN.sub(convert, text)


# A salary word says the currency when no amount names one: Chinese yuan, Japanese yen, Korean won
_CJK_SALARY = re.compile(
    r"(?P<CNY>月薪|年薪|底薪|薪资|薪水|工资|年收入|月收入|时薪|月给|块钱|块)|(?P<JPY>年収|月収|月給|時給|年俸|給料|万円)|"
    r"(?P<KRW>연봉|월급|시급|급여|만\s?원)"
)
# "kr" is the krona or the krone: the words around it tell Swedish from Danish and Norwegian
# (Danish and Norwegian share most words: those they share count as Danish, as "kroner" does)
_SWEDISH = re.compile(r"[äö]|månad|kronor|(?<!\w)(?:lön|jag|inte|och)(?!\w)", re.IGNORECASE)
_NORWEGIAN = re.compile(
    r"lønn|(?<!\w)(?:tusen|nok|veldig|ikkje|hva|noen|enda|kjempe\w*|meg|deg|litt|uker|innen|løpet)(?!\w)"
    r"|(?<!\w)i\s+(?:året|måneden|timen)(?!\w)",  # Danish says "om året", "om måneden"
    re.IGNORECASE,
)
_DANISH = re.compile(
    r"[æø]|måned|(?<!\w)md\.|(?<!\w)pr\.\s?md|tusind|kroner|(?<!\w)(?:løn|jeg|ikke|hvad|meget|endnu|gerne|synes)(?!\w)",
    re.IGNORECASE,
)


def _krona(text: str, context: str) -> str:
    """Which currency "kr" is: the answer's words tell, else the rest of the reply's; SEK when neither does."""
    for source in (text, context):
        if _SWEDISH.search(source):
            return "SEK"
        if _NORWEGIAN.search(source):
            return "NOK"
        if _DANISH.search(source):
            return "DKK"
    return "SEK"


def read_money(text: str, *, context: str = "") -> Money | None:
    """Amounts with currency and period: "85k", "85.000 €", "$120,000 base", "£70k-80k", "60/hour".

    A bare number counts only with a currency, a k/m suffix, a period or when it is 1000 or more (so "4 weeks"
    and "10% bonus" are not money). A range shares its currency and suffix ("70-80k" is 70000 and 80000).
    Amounts written without currency take the answer's only currency. None when no amount is found.
    context (the rest of her reply) only tells which krona "kr" is when the answer alone does not.
    """
    original = text
    if any("\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text):
        text = _arabic(text)
    krona: str | None = None
    found: list[tuple[int, int, Decimal, str | None, str | None, str | None, bool]] = []
    names = [m.span() for m in _NOT_AN_AMOUNT.finditer(text)] if any(c in text for c in "1450") else []
    for match in _AMOUNT.finditer(text):
        if any(start <= match.start("num") < end for start, end in names):
            continue
        number = _decimal(match.group("num"))
        if number is None:
            continue
        rest = text[match.end() :]
        currency = _currency(match.group("pre")) or _currency(match.group("post"))
        if match.group("post") and (match.group("pre") or "").lower() in _SHARED_SIGNS:
            currency = _currency(match.group("post")) or currency
        token = (match.group("pre") or match.group("post") or "").lower().rstrip(".")
        if currency == "SEK" and token == "kr":
            krona = krona or _krona(text, context)
            currency = krona
        elif token in ("kroner", "krone"):  # Danish or Norwegian, never Swedish ("kronor")
            currency = "NOK" if _krona(text, context) == "NOK" else "DKK"
        mult_token = match.group("mult")
        if mult_token and mult_token.lower() == "tkr":
            currency = currency or "SEK"  # Swedish "tusen kronor"
        if mult_token and mult_token.lower() in {
            "lpa",
            "lakh",
            "lakhs",
            "lac",
            "lacs",
            "crore",
            "crores",
            "cr",
        }:
            currency = currency or "INR"
        if mult_token and mult_token.lower() == "m" and _PERIOD_AFTER.match(rest) is None and not currency:
            # "m" alone after a number is too often metres or minutes; accept it only beside a currency
            mult_token = None
        period = "year" if mult_token and mult_token.lower() == "lpa" else _period(rest)
        found.append(
            (
                match.start(),
                match.end(),
                number,
                currency,
                mult_token,
                period,
                bool(_NOT_MONEY_AFTER.match(rest)),
            )
        )
    amounts: list[Amount] = []
    spans: list[tuple[int, int]] = []  # where each kept amount is written
    index = 0
    while index < len(found):
        first, end, number, currency, mult, period, not_money = found[index]
        group = [(number, currency, mult, period, not_money)]
        # a range: "70k-80k", "70 - 80k", "€70,000 to €80,000"
        while index + 1 < len(found) and _RANGE_GAP.match(text[end : found[index + 1][0]]):
            index += 1
            _, end, n2, c2, m2, p2, nm2 = found[index]
            group.append((n2, c2, m2, p2, nm2))
        index += 1
        shared_currency = next((c for _, c, _, _, _ in group if c), None)
        shared_mult = next((m for _, _, m, _, _ in reversed(group) if m), None)
        shared_period = next((p for _, _, _, p, _ in reversed(group) if p), None)
        for number, currency, mult, _, not_money in group:
            multiplier = _multiplier(mult or (shared_mult if number < 1000 else None))
            value = number * multiplier
            currency = currency or shared_currency
            meaningful = currency or mult or shared_mult or shared_period or value >= 1000
            year_like = 1900 <= value <= 2100 and not (currency or mult or shared_mult or shared_period)
            if not meaningful or (not_money and not currency) or year_like:
                continue
            amounts.append(
                Amount(value.normalize() if value == value.to_integral() else value, currency, shared_period)
            )
            spans.append((first, end))
    if not amounts:
        return None
    before = _PERIOD_BEFORE.search(text)
    if before:
        period = next(name for name in ("year", "month", "hour") if before.group(name))
        amounts = [a if a.period else Amount(a.amount, a.currency, period) for a in amounts]
    elif not any(a.period for a in amounts):
        kinds = {
            next((kind for group, kind in _CUE_KINDS if cue.group(group)), "month")
            for cue in _PERIOD_CUE.finditer(text)
        }
        if len(kinds) == 1:
            period = kinds.pop()
            amounts = [Amount(a.amount, a.currency, period) for a in amounts]
    periods = {a.period for a in amounts if a.period}
    if len(periods) == 1 and not all(a.period for a in amounts):
        # "78.000 € im Jahr, evtl. 82.000 €": the other amounts are on the same footing, unless paid once
        only_period = periods.pop()
        amounts = [
            a
            if a.period or _ONE_OFF.search(text, max(0, start - 25), end + 30)
            else Amount(a.amount, a.currency, only_period)
            for a, (start, end) in zip(amounts, spans, strict=True)
        ]
    currencies = {a.currency for a in amounts if a.currency}
    if not currencies:
        # "85k a year, in GBP", "around 60k, all in euros": the currency named apart from the amount
        currencies = {_currency(m.group(0)) or "" for m in _NAMED_CURRENCY.finditer(text)} - {""}
    if not currencies and (salary := _CJK_SALARY.search(text)):
        currencies = {next(code for code in ("CNY", "JPY", "KRW") if salary.group(code))}
    if len(currencies) == 1:
        only = currencies.pop()
        amounts = [a if a.currency else Amount(a.amount, only, a.period) for a in amounts]
    return Money(tuple(_plain(a) for a in amounts), original.strip())


def _plain(amount: Amount) -> Amount:
    # Decimal("8E+4") prints badly in JSON and the UI; keep integers as integers
    value = amount.amount
    if value == value.to_integral():
        value = value.quantize(Decimal(1))
    return Amount(value, amount.currency, amount.period)
