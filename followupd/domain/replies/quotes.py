"""Tells the user's lines from quoted history, attribution lines, signatures, disclaimers and forwards."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .name_sounds import skeleton
from .quote_words import HEADER_KEYS as _HEADER_KEYS
from .quote_words import SIGN_OFFS as _SIGN_OFFS

__all__ = [
    "Line",
    "history_start",
    "is_own_name",
    "is_stop_line",
    "name_words",
    "own_lines",
    "split_lines",
    "trim_closing",
]


@dataclass(frozen=True)
class Line:
    depth: int  # number of ">" quote markers
    text: str  # the line without quote markers, right-stripped

    @property
    def blank(self) -> bool:
        return not self.text or self.text.isspace()  # as "not text.strip()", without making a string


_DEPTH = re.compile(r"^[ \t]{0,3}((?:>[ \t]?)+)")
_INVISIBLE = (("\ufeff", ""), ("\u200b", ""), ("\u200e", ""), ("\u200f", ""), ("\u00a0", " "))
# bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the Arabic letter mark: Gmail and
# Outlook wrap names, addresses and dates in them inside a Hebrew, Arabic or Persian line, and no pattern sees
# through them
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u061c]")


def split_lines(text: str) -> list[Line]:
    lines = []
    # NFC: Apple Mail writes "é" as e + combining accent, which no pattern below would match
    text = unicodedata.normalize("NFC", text).replace("\r", "")
    if not text.isascii():  # str.replace per character is several times faster than str.translate
        for invisible, shown in _INVISIBLE:
            if invisible in text:
                text = text.replace(invisible, shown)
        if _BIDI.search(text):
            text = _BIDI.sub("", text)
    for raw in text.split("\n"):
        match = _DEPTH.match(raw) if ">" in raw[:4] else None  # a quote marker comes after 3 spaces at most
        if match:
            lines.append(Line(match.group(1).count(">"), raw[match.end() :].rstrip()))
        else:
            lines.append(Line(0, raw.rstrip()))
    return lines


_VERBS = (
    r"wrote|writes|schrieb|a\s+écrit|a\s+ecrit|escribió|escribio|schreef|skrev|ha\s+scritto|escreveu|"
    r"napisał\(a\)|napisał|napisal|написал\(а\)|написал|написала|написав|пише|писал|kirjoitti|írta|yazdı|"
    r"έγραψε|kirjutas|rašė|napsal\(a\)|napsal|napísal|a\s+scris|kirjoitti|pisze|píše|napisała|schreibt|"
    r"het\s+volgende\s+geschreven|geschreven|folgendes\s+geschrieben|geschrieben|пишет|написала|"
    r"menulis|đã\s+viết|viết|escrigué|va\s+escriure|kirjoitti|je\s+napisao|je\s+napisala|je\s+napisal\(a\)|"
    r"napisao|napisala|je\s+napisal|כתב|כתבה|كتب|"
    # the gendered forms Gmail writes for both ("napísal(a)", "je napisao/la"), Serbian and Bulgarian in Cyrillic,
    # Galician, Latvian, Persian, Hindi, Thai, Swahili
    r"napísal\(a\)|napisao/la|napisal/a|је\s+написао/ла|написао/ла|је\s+написао|написао|написа|escribiu|rakstīja|"
    r"نوشت|ने\s+लिखा|लिखा|เขียนว่า|เขียน|aliandika"
)
_CJK_VERBS = r"写道|寫道|のメッセージ|님이\s*작성"
_COLON = r"[:：]"
_ATTRIBUTION_END = re.compile(
    rf"(?:^|\s|\d)(?:{_VERBS})\s*{_COLON}\s*$|(?:{_CJK_VERBS})\s*{_COLON}\s*$|^-{{2,}}\s*on\s.*\swrote\s*-{{2,}}$|"
    # the date after the verb: 'Maya <m@x.example> schrieb am Do., 26. Nov. 2026, 15:10:' (Gmail for Android)
    # or straight after it, with no preposition: 'Maya <m@x> kirjoitti 26.11.2026 klo 15.10:'
    rf"\s(?:{_VERBS})\s+(?:(?:am|on|le|el|op|den|il|em|dnia|в|у)\s.*\d|\d{{1,4}}[./-]\s?\d{{1,2}}[./-]).*{_COLON}\s*$|"
    # Japanese: '2026/11/26 15:10、Maya Example さんは書きました:'
    rf"(?:さん)?(?:は|が)?書きました\s*{_COLON}\s*$|"
    # mutt: '* Maya <maya@example.org> [2026-11-26 15:10 +0100]:'
    # and with the date as the locale writes it: '* Maya <m@x> [26.11.2026 15:10]:', '[Nov 26, 2026 15:10]:'
    rf"^\*\s.*\[[^\]]*\d[^\]]*\]\s*{_COLON}\s*$|"
    # Zoho in any language: '---- Am Do, 26 Nov 2026 15:10:11 +0100 Maya <m@x> schrieb ---'
    rf"^-{{2,}}\s.*\d.*\s(?:{_VERBS})\s*-{{2,}}$|"
    # Apple Mail in Polish: 'Wiadomość napisana przez Maya <m@x> w dniu 26.11.2026, o godz. 15:10:'
    rf"^wiadomość\s+napisana\s+przez\s.*\d.*{_COLON}\s*$|"
    # Gmail in Hungarian: 'Maya <m@x> ezt írta (időpont: 2026. nov. 26., Cs, 15:10):'
    rf"\sezt\s+írta\s*\(.*\d.*\)\s*{_COLON}\s*$|"
    # Gmail in Basque: 'Maya <m@x> erabiltzaileak hau idatzi du (2026 az. 26, og., 15:10):'
    rf"\shau\s+idatzi\s+(?:du|zuen)\s*\(.*\d.*\)\s*{_COLON}\s*$|"
    # Gmail in Tagalog, the verb before the name: 'Noong Huwebes, Nob 26, 2026 nang 15:10, sumulat si Maya:'
    rf"^noong\s.*\d.*\s(?:sumulat\s+si|isinulat\s+ni)\s.*{_COLON}\s*$",
    re.IGNORECASE,
)
_STARTER_WORDS = (
    r"on|am|le|el|op|den|il\s+giorno|in\s+data|em|dnia|w\s+dniu|dne|d\.|wiadomość\s+napisana\s+przez"
)
_STARTERS = re.compile(rf"^(?:{_STARTER_WORDS})\s", re.IGNORECASE)
# the verb before the name: 'Am 26.11.26 um 15:10 schrieb Maya Example:', 'Den 26 nov. 2026 kl 15:10 skrev Maya <m@x>:'
_VERB_INSIDE = re.compile(
    rf"^(?:{_STARTER_WORDS})\s.*\d.*[\s,](?:{_VERBS})\s+[^\s:<]+(?:\s+[^\s:<]+){{0,4}}\s*(?:<[^<>]+>)?\s*{_COLON}\s*$",
    re.IGNORECASE,
)
_ADDRESS_COLON = re.compile(r"<?[^\s<>@]+@[^\s<>@]+\.[a-z]{2,}>?\)?\s*:\s*$", re.IGNORECASE)
_SEPARATORS = re.compile(
    r"^\s*(?:-{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|message\s+d'origine|mensaje\s+original|"
    r"oorspronkelijk\s+bericht|messaggio\s+originale|mensagem\s+original|opprinnelig\s+melding|"
    r"originalmeddelande|oprindelig\s+meddelelse|forwarded\s+message|weitergeleitete\s+nachricht|"
    r"message\s+transféré|mensaje\s+reenviado|doorgestuurd\s+bericht|messaggio\s+inoltrato|"
    r"mensagem\s+encaminhada|reply\s+message)\s*-{2,}|_{10,}|-{20,}|"
    r"begin\s+forwarded\s+message\s*:|anfang\s+der\s+weitergeleiteten\s+nachricht\s*:|"
    r"début\s+du\s+message\s+réexpédié\s*:|inicio\s+del\s+mensaje\s+reenviado\s*:|"
    r"begin\s+doorgestuurd\s+bericht\s*:|"
    # Outlook's "-----Original Message-----" in any language: words between two runs of dashes
    r"-{5,}\s*[^\W\d_][^-\n]{2,40}?\s*-{5,})\s*$",
    re.IGNORECASE,
)
# a label's word: a letter, then letters or the vowel signs and points Python does not count as letters
# (Hebrew, Arabic, the Indic scripts, Thai: 'เรื่อง', 'प्रेषक'); one character class keeps the match fast
_LABEL_WORD = r"[^\W\d_][\w\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e31-\u0e4e]*"
_HEADER = re.compile(rf"^\s*\*?\s*({_LABEL_WORD}(?:\s{_LABEL_WORD})?)\s*\*?\s*[:：]\s*\*?", re.IGNORECASE)
_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|weitergeleitete\s+nachricht|message\s+transféré|mensaje\s+reenviado|"
    r"doorgestuurd\s+bericht|messaggio\s+inoltrato|mensagem\s+encaminhada)\s*-{2,}|begin\s+forwarded\s+message\s*:|"
    r"anfang\s+der\s+weitergeleiteten\s+nachricht\s*:|début\s+du\s+message\s+réexpédié\s*:|"
    r"inicio\s+del\s+mensaje\s+reenviado\s*:|begin\s+doorgestuurd\s+bericht\s*:)\s*$",
    re.IGNORECASE,
)
# A mobile or app footer: a "sent from / with" phrase in the client's language, then a device or app name
# ("Sent from my Galaxy", "Envoyé de mon iPhone", "Von meinem Mobilgerät gesendet", "发自我的 iPhone",
# "Get Outlook for iOS", "Sent from my Android device with K-9 Mail. Please excuse my brevity.").
_MOBILE_SIGNATURE = re.compile(
    r"^\s*(?:sent\s+(?:from|with|via|using|on)|get\s+outlook|download\s+outlook|"
    r"envoyé\s+(?:de|depuis|à\s+partir\s+d[eu']|avec|par)|obtenir\s+outlook|von\s+meinem|"
    r"gesendet\s+(?:von|mit|vom)|hol\s+dir\s+outlook|enviado\s+(?:desde|con|com|do|de|pelo|a\s+partir)|"
    r"obtener\s+outlook|descargar\s+outlook|baixe\s+o\s+outlook|verstuurd\s+(?:vanaf|van|met)|"
    r"verzonden\s+(?:vanaf|vanuit|van|met)|verstuurd\s+vanuit|отправлено\s+(?:с|из)|надіслано\s+з|inviato\s+(?:da|dal|con)|scarica\s+outlook|skickat\s+(?:från|med)|"
    r"skickades\s+från|sendt\s+(?:fra|med|via)|wysłane\s+(?:z|ze|przy)|发自|發自|来自我的|从我的|從我的|"
    r"télécharger\s+outlook|pobierz\s+(?:aplikację\s+)?outlook|skaffa\s+outlook|获取\s*outlook|獲取\s*outlook|"
    r"diese\s+nachricht\s+wurde\s+(?:von|mit)\s+meinem|(?:von|mit|über)\s+.{1,40}\s+gesendet\.?\s*$|lähetetty|odesláno\s+z|"
    r"trimis\s+(?:de\s+pe|din|cu|prin|de\s+la)|elküldve|εστάλη\s+από|sendt\s+fra|skickat\s+från|надіслано\s+з|"
    # Catalan, Croatian and Slovene, Hungarian, Greek; "Get BlueMail for Android"
    r"enviat\s+(?:des\s+de|amb|per)|poslano\s+(?:s|sa|z|iz)|küldve\s|στάλθηκε\s+από|"
    # Vietnamese, Indonesian and Malay, Hebrew, Arabic
    r"(?:được\s+)?gửi\s+từ|(?:di)?kirim\s+dari|terkirim\s+dari|dihantar\s+dari|נשלח\s+מ|أُ?رسلت\s+من|"
    r"odoslané\s+z|poslané\s+z|изпратено\s+от|послато\s+са|poslato\s+sa|išsiųsta\s+iš|nosūtīts\s+no|saadetud\s|ส่งจาก|"
    r"由\s*\S.{0,30}(?:发送|傳送)|寄件者為|"
    # Persian, Arabic in the passive, Tagalog, Swahili; "get Outlook" in German (formal), Croatian, Indonesian,
    # Vietnamese, Thai, Hebrew, Swahili
    r"ارسال\s+شده\s+از|تم\s+الإرسال\s+من|ipinadala\s+mula\s+sa|(?:ime)?tumwa\s+kutoka|"
    r"(?:holen\s+sie\s+sich|hol\s+dir|nabavite|preuzmite|dapatkan|unduh|tải|รับ|ดาวน์โหลด|קבל\s+את|pata|احصل\s+على)\s+outlook|"
    r"get\s+\S+(?:\s+\S+)?\s+for\s+(?:ios|android|iphone|ipad|mac|windows)\b)",
    re.IGNORECASE,
)
# Outlook's footer as the app and its platform: tried only on lines naming Outlook, as its word runs are slow
_OUTLOOK_FOOTER = re.compile(
    r"^\W*(?:\w+\s+)?outlook\s+(?:ios|android):\w+\s*(?:<[^<>]*>)?\s*$|"
    # the app and its platform, in any word order: 'Outlook voor iOS downloaden', 'Outlook für Android herunterladen'
    r"^\W*(?:\w+\s+){0,2}outlook\s+(?:for|voor|für|pour|para|per|för|dla|til|pro|na|az|для)\s+(?:ios|android)\b\s*(?:<[^<>]*>)?\s*(?:\w+\s*){0,2}$|"
    # the same in any language, its own words around the two names: 'Získajte Outlook pre iOS', 'Λήψη του
    # Outlook για iOS', 'Gaukite „Outlook“, skirtą „iOS“', 'Az Outlook beszerzése iOS rendszerre', 'Lortu
    # Outlook iOS-erako'; and the Chinese and Japanese 'iOS 版 Outlook'
    r"^\W*(?:[\w'’]+\W*\s+\W*){0,2}(?:l['’])?outlook\W*\s+(?:[\w'’]+\W*\s+){0,2}\W*(?:ios|android)\b[\w-]*\W*(?:\s+\w+)?\W*(?:<[^<>]*>)?\s*$|"
    r"^\s*(?:获取|獲取|取得)?\s*(?:ios|android)\s*版\s*outlook\s*(?:を入手|をダウンロード)?\s*$|"
    # the platform before the app, the verb first or last: 'Az Android Outlook letöltése', 'iOS için Outlook'u
    # edinin', 'Töltsd le az iOS Outlookot', 'Скачайте iOS Outlook'
    r"^\W*(?:[\w'’]+\W*\s+){0,3}\W*(?:ios|android)\b[\w-]*\W*\s+(?:[\w'’]+\s+)?\W*outlook[\w'’-]*\W*"
    r"(?:\s+[\w'’]+\W*){0,2}(?:<[^<>]*>)?\s*$",
    re.IGNORECASE,
)
# footers whose telling words come last ("iPhoneから送信", "iPhone에서 보냄"): searched only when those words are there
_MOBILE_END = re.compile(
    r"(?:から|より|で)送信(?:しました|されました)?。?\s*$|"
    r"(?:ios|android)\s*용\s*outlook\s*받기|我的\s*\S+\s*(?:发送|傳送)\s*$|"
    # Korean in its registers: 'iPhone에서 보냄', 'Samsung Galaxy 스마트폰에서 보냈습니다.', '... 전송됨'
    r"에서\s*(?:보냄|보냈습니다|보냈어요|보낸\s*메일|전송됨|전송했습니다|전송되었습니다|발송됨)[.。]?\s*$|"
    r"outlook\s+for\s+(?:ios|android)\s*(?:を入手|をダウンロード)|"
    # Hindi and Basque put the verb last: 'मेरे iPhone से भेजा गया', 'Nire iPhonetik bidalia'; Persian and Hindi
    # "get Outlook": 'Outlook for Android را دریافت کنید', 'Android के लिए Outlook प्राप्त करें'
    r"से\s+भेजा\s+गया\s*$|(?:tik|etik|dik)\s+bidali(?:a|ko)?\.?\s*$|outlook.{0,30}(?:را\s+دریافت\s+کنید|प्राप्त\s+करें)\s*$",
    re.IGNORECASE,
)
_FOOTER_ENDS = ("gönderildi", "elküldve", "küldve")
# Proton Mail's footer in the languages it ships, its words in any order around the name, and always a word for
# secure: "Sent with Proton Mail secure email.", "Enviado com o e-mail seguro Proton Mail.", "Proton Mail güvenli
# e-postası ile gönderildi"; tried only on lines naming Proton, up to ten words, so a sentence about Proton stays
_PROTON_FOOTER = re.compile(
    r"^(?!(?:\S+\s+){10})(?=.*?\bproton\s?mail\b).*?(?:secure|sicher|sécuris|securis|segur|sicur|beveilig|säker|"
    r"sikker|bezpieczn|zabezpeč|turvalli|biztonságos|güvenli|защищ|захищ|ασφαλ|\baman\b|セキュア|安全|보안)",
    re.IGNORECASE,
)
# a link in a footer, in angle or square brackets, wherever the client puts it
_LINK = re.compile(r"<(?:https?://|www\.)[^<>]*>|\[(?:https?://|www\.)[^\]]*\]", re.IGNORECASE)
_DEVICE_WORDS = re.compile(
    r"iphon|ipad|android|mobile|mobil|phone|blackberry|samsung|galaxy|pixel|huawei|xiaomi|outlook|yahoo|gmail|"
    r"\bmail\b|smartphone|handy|móvil|movil|tablet|sparrow|proton|superhuman|spark|airmail|fairphone|oneplus|"
    r"k-9|k9|fairemail|aquamail|bluemail|appareil|device|gerät|telefoon|telefono|telefon|celular|手机|手機|"
    r"携帯|スマートフォン|スマホ|스마트폰|휴대폰|휴대전화|아이폰|갤럭시|tuta|fastmail|hey\.com|zoho|thunderbird|windows|"
    r"courrier|correo|posta|poczt|aplikac|seznam|мобильн|телефон|смартфон|устройств|почт|айфон|яндекс|"
    r"mymail|shortwave|\bnine(?:\s+for\s+\w+)?\s*$|email\s+blue|edison|"
    # the phone in more languages ("meu mòbil", "mijn mobiel", "το κινητό μου", "puhelimesta")
    r"mòbil|mobiel|móvel|mobitel|κινητ|puhelim|tablet|tableta|آیفون|گوشی|موبایل|फ़ोन|फोन|โทรศัพท์|simu|"
    # desktop and cross-platform mail apps that sign their mail ("Sent from Mailspring", "Sent with Spike")
    r"mailspring|\bspike\b|\bnewton\b|\bcanary\b|mailbird|\bem\s?client\b|postbox|polymail|mimestream|"
    r"\bmissive\b|\bhiri\b|tutanota|typeapp|\bboxer\b|mailmate|\bkmail\b|geary|\bhey\b",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(?:this\s+e-?mail\s+(?:message\s+)?(?:\(?and\s+any\s+(?:attachments?|files)|is\s+intended|is\s+confidential|"
    r"contains|may\s+contain)|this\s+message\s+(?:and\s+any|is\s+intended|contains|may\s+contain|is\s+confidential)|"
    r"confidentiality\s+(?:notice|note|statement|warning|disclaimer|clause)|disclaimer\s*:|the\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message)|"
    r"diese\s+e-?mail\s+(?:enthält|ist|kann)|diese\s+nachricht\s+(?:enthält|ist)|ce\s+(?:message|courriel|e-mail)\s+(?:et|est|peut|contient)|"
    r"este\s+(?:mensaje|correo)\s+(?:y|es|contiene|puede)|dit\s+(?:e-?mail|bericht|e-mailbericht)\s+(?:is|kan|bevat)|"
    r"de\s+informatie\s+(?:verzonden|in\s+dit)|please\s+consider\s+the\s+environment|caution\s*:\s*this\s+email|"
    r"\[?external\s+email\]?\s*:?|questo\s+(?:messaggio|e-?mail)\s+(?:e|è|contiene|può)|le\s+informazioni\s+contenute|"
    r"esta\s+mensagem\s+(?:e|é|contém|pode)|detta\s+(?:e-?post(?:meddelande)?|meddelande)\s+(?:och|är|innehåller|kan)|"
    r"ta\s+wiadomość\s+(?:i|jest|zawiera|może)|この(?:メール|電子メール)には|本邮件(?:及其附件)?(?:含有|包含|仅)|"
    # Basque, here as its first letter is too common to add to the letters that open the others
    r"mezu\s+(?:elektroniko\s+)?hau\s+(?:konfidentziala|isilpekoa|eta\s))",
    re.IGNORECASE,
)
# the languages read elsewhere (da/no, cs/sk, fi, hu, tr, ru, uk, ro, el, ko, and more below) and more openings;
# tried only on lines that start with one of their first letters, which is cheap to test
_DISCLAIMER_STARTS = re.compile(r"\s*[dtäebэдннцaτα이본こ本ipvosšeтнהهDTÄEBЭДНЦAΤΑIPVOSŠТНоОاयอข]")
_DISCLAIMER_MORE = re.compile(
    r"^\s*(?:"
    r"denne\s+e-?(?:mail|post|posten|meddelelse)\s+(?:er|kan|indeholder|inneholder|og)|"
    r"(?:tento|tento\s+e-?mailový)\s+e-?mail\s+(?:je|může|obsahuje|a)|tato\s+zpráva\s+(?:je|může|obsahuje|a)|"
    r"táto\s+(?:správa|e-?mailová\s+správa)\s+(?:je|môže|obsahuje|a)|tämä\s+sähköposti(?:viesti)?\s+(?:voi|on|sisältää|ja)|"
    r"ez\s+az\s+e-?mail(?:\s+üzenet)?\s+(?:bizalmas|tartalmaz|és)|bu\s+e-?posta(?:\s+mesajı)?\s+(?:ve|gizli|içer|kişiye)|"
    r"(?:это|данное|настоящее)\s+(?:электронное\s+)?(?:сообщение|письмо)\s+(?:и\s+(?:все|любые|вложен|прилож)|содержит|может|является|предназначено|конфиденциально)|"
    r"этот\s+(?:email|e-mail|имейл)\s+(?:и\s+(?:все|любые|вложен|прилож)|содержит|может|является)|"
    r"(?:цей|даний)\s+(?:лист|e-?mail)\s+(?:(?:і|та)\s+(?:всі|будь-які|вклад|додат)|містить|може|є)|це\s+повідомлення\s+(?:(?:і|та)\s+(?:всі|будь-які|вклад|додат)|містить|може|є)|"
    r"acest\s+(?:e-?mail|mesaj)\s+(?:este|poate|conține|contine|și|si)|"
    r"(?:το\s+παρόν|αυτό\s+το)\s+(?:μήνυμα|e-?mail)\s+(?:είναι|περιέχει|μπορεί|και)|(?:이|본)\s*(?:메일|이메일|전자\s*우편)은|"
    r"この(?:メール|電子メール)は|本(?:电子)?邮件(?:及其附件)?可能|本電子郵件|本郵件|"
    r"important\s*:\s*this\s+(?:e-?mail|message)|privileged\s*/\s*confidential|"
    r"the\s+contents?\s+of\s+this\s+(?:e-?mail|message)|este\s+correo\s+electrónico\s+(?:y|es|contiene|puede)|"
    r"aviso\s+(?:de\s+confidencialidad|legal)\s*:|avertissement\s*:\s*ce\s+(?:courriel|message)|"
    r"avis\s+de\s+confidentialité|vertraulichkeitshinweis|este\s+e-?mail\s+(?:e|é|contém|pode)|"
    r"deze\s+e-?mail\s+(?:is|kan|bevat)|informazioni\s+riservate\s*:|avviso\s+di\s+riservatezza|"
    # Croatian/Serbian, Slovene, Bulgarian, Lithuanian, Latvian, Estonian, Catalan, Indonesian/Malay, Vietnamese,
    # Hebrew, Arabic, and Finnish "Tämä viesti"
    r"ova\s+(?:(?:e-?mail\s+|elektronička\s+|elektronska\s+)?poruka|e-?mail)\s+(?:i|je\s+(?:povjerljiv|namijenjen|poverljiv|namenjen)|sadrži|može|se\s+odnosi)|"
    r"to\s+(?:e-?poštno\s+|elektronsko\s+)?sporočilo\s+(?:in|je\s+(?:zaupn|namenjen)|vsebuje|lahko)|"
    r"(?:това|настоящото)\s+(?:електронно\s+)?(?:съобщение|писмо)\s+(?:и|е\s+(?:поверително|предназначено)|съдържа|може)|"
    r"šis\s+(?:el\.\s*laiškas|elektroninis\s+laiškas|laiškas|pranešimas|e-pasts)\s+(?:ir\s+(?:konfidenciāl|paredzēt)|yra\s+(?:konfidencial|skirtas)|gali|un|var|satur)|"
    r"šī\s+(?:e-pasta\s+)?(?:ziņa|vēstule)\s+(?:un|ir\s+(?:konfidenciāl|paredzēt)|var|satur)|"
    r"see\s+(?:e-?kiri|e-?posti\s+sõnum|sõnum)\s+(?:ja|on\s+(?:konfidentsiaal|mõeldud|salajane)|võib|sisaldab)|"
    r"aquest\s+(?:missatge|correu(?:\s+electrònic)?)\s+(?:i|és\s+(?:confidencial|adreçat|per\s+a\s+ús)|conté|pot|va\s+adreçat|s'adreça)|"
    r"(?:e-?mail|surel|surat\s+elektronik|pesan|e-?mel)\s+ini\s+(?:dan|beserta|termasuk|bersifat|berisi|mungkin|hanya\s+ditujukan|mengandungi)|"
    r"(?:email|thư|thư\s+điện\s+tử)\s+này\s+(?:và|có\s+thể\s+chứa|chứa|chỉ\s+dành)|"
    r"tämä\s+viesti\s+(?:on\s+(?:luottamuksellinen|tarkoitettu)|voi|sisältää|ja|liitteineen)|הודעה\s+זו|הודעת\s+(?:ה)?דוא\"ל\s+זו|"
    r"هذه\s+الرسالة|هذا\s+البريد|"
    # Galician, Serbian in Cyrillic, Bulgarian and Ukrainian "this e-mail", Persian, Hindi, Thai, Tagalog,
    # Swahili: each with a word for confidential, intended, contains or "and (its attachments)" after it
    r"esta\s+mensaxe\s+(?:e\s|é\s+(?:confidencial|privad)|contén|pode|vai\s+dirixida|está\s+dirixida)|"
    r"ова\s+(?:(?:електронска\s+)?порука|е-?пошта)\s+(?:и\s|је\s+(?:поверљив|намењен)|садржи|може)|"
    r"този\s+(?:имейл|e-?mail)\s+(?:и\s|е\s+(?:поверителен|предназначен)|съдържа|може)|"
    r"ця\s+(?:електронна\s+пошта|е-?пошта)\s+(?:і\s|та\s|є\s+конфіденційн|містить|може|призначена)|"
    r"این\s+(?:ایمیل|پیام|نامه)(?:\s+الکترونیکی)?\s+(?:و\s|محرمانه|حاوی|ممکن|فقط)|"
    r"यह\s+(?:ईमेल|ई-मेल|संदेश)\s+(?:और\s|गोपनीय|केवल)|(?:อีเมล|ข้อความ)(?:ฉบับ)?นี้(?:และ|เป็นความลับ|มีข้อมูล|อาจ|มีไว้)|"
    r"ang\s+(?:email|e-mail|mensahe)\s+na\s+ito\s+(?:at\s|ay\s+(?:kumpidensyal|para|naglalaman|maaaring))|"
    r"barua\s+pepe\s+hii\s+(?:na\s|ni\s+(?:ya\s+)?siri|ina|imekusudiwa|inaweza))",
    re.IGNORECASE,
)

# how far into a line a label before a disclaimer's opening may reach ("Confidentiality notice: This e-mail ..."),
# and how long the line runs on after it at least
_DISCLAIMER_LABEL = 48
_DISCLAIMER_AFTER_LABEL = 30
_DIGIT = re.compile(r"\d")
# a notice named by its label in a Romance or Germanic language: a word for notice or warning, then one for
# confidentiality or privacy ("AVISO DE CONFIDENCIALIDADE", "Nota di riservatezza", "Avís de confidencialitat",
# "Mention de confidentialité", "Geheimhaltungshinweis" is one word and listed)
_CONFIDENTIAL_LABEL = re.compile(
    r"^\s*\**\s*(?:aviso|avís|avis|avviso|nota|note|notice|mention|advertência|advertencia|advertiment|"
    r"informação|información|clause|cláusula|statement|declaração|declaración|dichiarazione)\s+"
    r"(?:(?:de|di|da|of|sobre|legal|legale|importante|important)\s+){0,2}"
    r"(?:confidencialidade|confidencialidad|confidencialitat|confidentialité|confidentialite|confidentiality|"
    r"riservatezza|privacidade|privacidad|privacy|sigilo|segredo)\b|"
    r"^\s*\**\s*(?:geheimhaltungshinweis|datenschutzhinweis|vertraulichkeitserklärung|sekretessmeddelande|"
    r"fortrolighedserklæring|luottamuksellisuusilmoitus|poufność\s+wiadomości|klauzula\s+poufności)\b",
    re.IGNORECASE,
)


def _longest_first(alternation: str) -> str:
    """The top-level alternatives of a pattern, longest first, so "best regards" is tried before "best"."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(alternation):
        if char == "(" and alternation[index - 1 : index] != "\\":
            depth += 1
        elif char == ")" and alternation[index - 1 : index] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:index])
            start = index + 1
    parts.append(alternation[start:])
    return "|".join(sorted(parts, key=len, reverse=True))


# a sign-off on its own line ("Best regards,"), or with a name after it ("Best, Maya", "xx M", "Cheers - Maya
# Example", "Kind regards | Maya"), or where it is written from ("Viele Grüße aus Berlin"); an emoji may follow
_CLOSING = re.compile(
    rf"^\s*(?:{_longest_first(_SIGN_OFFS)})(?![\w])"
    # two sign-offs in two languages on one line: "Mit freundlichen Grüßen / Kind regards", "Cordialement | Best"
    rf"(?:\s*[,.!]*\s*[/|]\s*(?:{_longest_first(_SIGN_OFFS)})(?![\w])){{0,2}}"
    rf"\s*[,.!。！]*\s*[-–—|·]?\s*(?P<rest>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){{0,2}})?"
    r"[\s\W]*$",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(
    r"^(?:(?:from|aus|de|desde|da|uit|fra|från|z|ze|из|з)\s|(?:noch|again|all|everyone|du|dir|euch|à\s+tous|"
    r"a\s+todos|allemaal|a\s+tutti|a\s+todos|alle|wszystkim|всем)$)",
    re.IGNORECASE,
)


def _is_closing(text: str) -> bool:
    """A sign-off line: the words after the sign-off are a name (capitalised, or an initial) or a place."""
    if len(text) > 64:
        return False  # a sign-off with a name, place or emoji after it is short
    match = _CLOSING.match(text)
    if not match:
        return False
    rest = match["rest"]
    return not rest or bool(_FROM_PLACE.match(rest)) or all(w[0].isupper() for w in rest.split())


# a signature block line: short, no sentence (a name, a title, a phone number, a web address)
_SIGNATURE_BLOCK_LINE = 72
_SIGNATURE_BLOCK_LINES = 8


def _verb_attribution(text: str) -> bool:
    if _ATTRIBUTION_END.search(text):
        return bool(re.search(r"\d|@", text) or _STARTERS.match(text))
    return bool(_VERB_INSIDE.match(text))


def _attribution_span(lines: list[Line], index: int, own_addresses: tuple[str, ...]) -> int:
    """How many lines an attribution line ("On ... wrote:", "Am ... schrieb ...:") starting here spans."""
    # every attribution ends in a colon (or Zoho's dashes) within three lines: most lines leave here, cheaply
    if not any(line.text.endswith((":", "：", "-")) for line in lines[index : index + 3]):
        return 0
    joined = ""
    for span in range(1, 4):
        if index + span - 1 >= len(lines):
            break
        line = lines[index + span - 1]
        if line.depth != lines[index].depth or (span > 1 and line.blank):
            break
        own_start = _STARTERS.match(line.text.strip()) or (
            _verb_attribution(line.text.strip()) and re.search(r"\d", line.text)
        )
        if span > 1 and own_start:
            break  # an attribution starts on this line: the lines above are the user's
        joined = (joined + " " + line.text.strip()).strip()
        if len(joined) > 320:
            break
        if _verb_attribution(joined):
            return span
        if joined.endswith(":") and _ADDRESS_COLON.search(joined) and re.search(r"\d", joined):
            return span  # 'date, "Name" <address>:' as Yandex, Gmail in Japanese or Russian write it
        lowered = joined.lower()
        if joined.endswith(":") and any(a.lower() in lowered for a in own_addresses if a):
            return span
    return 0


def _header_block(lines: list[Line], index: int) -> bool:
    """An Outlook-style header block: From:/Sent:/To:/Subject: (localized), at least two keys close together."""
    first = _HEADER.match(lines[index].text)
    if not first or _HEADER_KEYS.get(first.group(1).lower()) not in ("from", "date", "subject"):
        return False
    seen = {_HEADER_KEYS[first.group(1).lower()]}
    for line in lines[index + 1 : index + 7]:
        match = _HEADER.match(line.text)
        if match and match.group(1).lower() in _HEADER_KEYS:
            seen.add(_HEADER_KEYS[match.group(1).lower()])
    return len(seen) >= 3 or seen >= {"from", "date"} or seen >= {"from", "subject"}


def history_start(lines: list[Line], index: int, own_addresses: tuple[str, ...] = ()) -> bool:
    """True when quoted history (an attribution, a header block, an original-message separator) starts here."""
    line = lines[index]
    if line.blank:
        return False
    return bool(
        _SEPARATORS.match(line.text)
        or _attribution_span(lines, index, own_addresses)
        or _header_block(lines, index)
    )


def is_forward(line: Line) -> bool:
    return bool(_FORWARD.match(line.text))


def is_signature(line: Line) -> bool:
    """The "-- " delimiter alone on a line, or a short mobile "Sent from my iPhone"-style line.

    "Sent from my desk, by the window" is body text: a mobile line names a device or app before any comma.
    """
    text = line.text.strip()
    if text in ("--", "-- ", "—"):
        return True
    if "<" in text or "[" in text:  # a link glued anywhere: "Outlook voor iOS downloaden<https://...>"
        text = _LINK.sub(" ", text).strip()
    if len(text) >= 90:
        return False
    if text.lower().endswith(_FOOTER_ENDS) and " " in text:  # "iPhone'umdan gönderildi", verb last
        return bool(_DEVICE_WORDS.search(text))
    if (
        not _MOBILE_SIGNATURE.match(text)
        and not (_has_end_word(text) and _MOBILE_END.search(text))
        and not (("utlook" in text or "UTLOOK" in text) and _OUTLOOK_FOOTER.match(text))
        and not (("roton" in text or "ROTON" in text) and _PROTON_FOOTER.match(text))
    ):
        return False
    return bool(_DEVICE_WORDS.search(text.split(",")[0]))


def _has_end_word(text: str) -> bool:
    """One of the words a footer with its verb last ends in (plain substring tests: cheaper than a regex)."""
    return (
        "送信" in text
        or "보" in text
        or "전송" in text
        or "발송" in text
        or "入手" in text
        or "ダウンロード" in text
        or "받기" in text
        or "发送" in text
        or "傳送" in text
        or "भेजा" in text
        or "bidali" in text
        or "دریافت" in text
        or "प्राप्त" in text
    )


def is_disclaimer(line: Line) -> bool:
    text = line.text
    if _disclaimer_opening(text):
        return True
    # a label before the opening: "AVISO DE CONFIDENCIALIDADE: Esta mensagem ...", "HINWEIS: Diese E-Mail ...",
    # "Nota di riservatezza - ..."; a marker with a digit ("8: This message ...") is an answer's
    end = text.find(":", 0, _DISCLAIMER_LABEL)
    if end < 0:
        end = (
            text.find("：", 0, _DISCLAIMER_LABEL) if "：" in text else text.find(" - ", 0, _DISCLAIMER_LABEL)
        )
    if end <= 0 or _DIGIT.search(text, 0, end):
        return False
    if _CONFIDENTIAL_LABEL.match(text, 0, end):
        return True
    # a disclaimer runs on after its label
    return len(text) - end >= _DISCLAIMER_AFTER_LABEL and _disclaimer_opening(text[end + 1 :].lstrip(" -"))


def _disclaimer_opening(text: str) -> bool:
    if _DISCLAIMER.match(text):
        return True
    return bool(_DISCLAIMER_STARTS.match(text)) and bool(_DISCLAIMER_MORE.match(text))


def is_stop_line(lines: list[Line], index: int, own_addresses: tuple[str, ...] = ()) -> bool:
    """Where the user's own writing ends: history, a forward, a signature or a disclaimer."""
    line = lines[index]
    return is_signature(line) or is_disclaimer(line) or history_start(lines, index, own_addresses)


def name_words(own_addresses: tuple[str, ...], display_names: tuple[str, ...] = ()) -> frozenset[str]:
    """The words the user signs with: display names ("Maya Example") and address local parts (maya.example)."""
    words: set[str] = set()
    for address in own_addresses:
        local = address.rsplit("<", 1)[-1].split("@", 1)[0]
        words.update(w for w in re.split(r"[._+\-\s\"<>]+", local.lower()) if len(w) > 1)
        if "<" in address:
            display_names = (*display_names, address.split("<", 1)[0])
    for name in display_names:
        words.update(w for w in re.split(r"[\s,\"'()]+", name.lower()) if len(w) > 1)
    return frozenset(words)


def is_own_name(text: str, names: frozenset[str]) -> bool:
    """'Maya', 'Maya Example', '-M', '— Maya', 'マヤ': the user's name or initial as a signature of its own."""
    words = re.sub(r"^\s*(?:[-–—~]+|/{1,2})\s*", "", text).replace(".", " ").split()
    if not names or not 1 <= len(words) <= 3:
        return False
    initials = {name[0] for name in names}
    if all(w.lower() in names or (len(w) == 1 and w.lower() in initials) for w in words):
        return True
    # "Maja" for Maya sounds the same; short Latin words ("Mia", "Jan") are compared as written
    if len(words) > 2 or (text.isascii() and any(len(w) < 4 for w in words)):
        return False
    sounds = _sounds(names)
    return all(len(w) > 1 and skeleton(w) in sounds for w in words)


@functools.lru_cache(maxsize=16)
def _sounds(names: frozenset[str]) -> frozenset[str]:
    """Her names as they sound, worked out once per set of names (a daemon serves one user)."""
    return frozenset(skeleton(name) for name in names)


_ANSWER_MARKER = re.compile(r"^(?:q\s?)?\(?\d{1,2}\s*[.):]\s", re.IGNORECASE)
_COMPANY_LINE = re.compile(
    r"\||@|https?://|www\.|\d{3,}|\b(?:GmbH|AG|Ltd|LLC|Inc|S\.?A\.?|B\.?V\.?|HRB|VAT|USt|SIRET|KvK)\b"
)


def _signature_line(text: str) -> bool:
    """A line of a signature block: short, or a longer company line (address, register, phone, web)."""
    text = text.strip()
    if _ANSWER_MARKER.match(text):
        return False  # "1. 7/10" under "Thanks!" is an answer, not a signature
    return len(text) <= _SIGNATURE_BLOCK_LINE or (len(text) <= 250 and bool(_COMPANY_LINE.search(text)))


def _strip_blank_end(body: list[Line]) -> list[Line]:
    while body and body[-1].blank:
        body.pop()
    return body


# A postscript under the sign-off: "PS", "P.S.", "PPS", "P.D.:" (Spanish), "NB:", "Post scriptum", "追伸", "附言"
_POSTSCRIPT = re.compile(
    r"^\s*(?:(?:p\.?\s?){1,2}s\b\.?|p\.?\s?d\.?(?=\s*:)|n\.?\s?b\.?(?=\s*:)|post[\s-]?scriptum\b|追伸|附言|附注|з\.\s?ы\.)",
    re.IGNORECASE,
)


def is_postscript(text: str) -> bool:
    """A line that opens a postscript ("PS: Jane mentioned a second round")."""
    return bool(_POSTSCRIPT.match(text))


def trim_closing(lines: list[Line], names: frozenset[str] = frozenset()) -> list[Line]:
    """Drops a closing at the end: a sign-off ("Best regards,", "Viele Grüße", "Cordialement") and the
    signature block under it (name, title, phone, web address: up to 8 short lines), or the user's own name
    alone in a last paragraph, or a sign-off with her name at the end of the last line ("... great team.
    Thanks, Maya"). Any other short last paragraph ("Yes") is an answer and stays. A postscript under the
    closing stays, as a paragraph of its own after what is left."""
    body = _strip_blank_end(list(lines))
    start = max(0, len(body) - _SIGNATURE_BLOCK_LINES)
    ps = next((i for i in range(start, len(body)) if i > 0 and is_postscript(body[i].text)), None)
    if ps is not None:
        kept = _strip_blank_end(_trim_closing(body[:ps], names))
        return [*kept, Line(0, ""), *body[ps:]]
    return _trim_closing(body, names)


def _trim_closing(body: list[Line], names: frozenset[str]) -> list[Line]:
    body = _strip_blank_end(body)
    filled = [i for i, line in enumerate(body) if not line.blank]
    for back, index in enumerate(reversed(filled)):
        if back > _SIGNATURE_BLOCK_LINES:
            break
        if _is_closing(body[index].text) or _comma_closing(body, index, names):
            if all(_signature_line(line.text) for line in body[index + 1 :]):
                return _strip_blank_end(body[:index])
            break
        if not _signature_line(body[index].text):
            break
    body = _drop_name_block(body, names)
    filled = [i for i, line in enumerate(body) if not line.blank]
    if filled and is_own_name(body[filled[-1]].text, names):
        start = filled[-1]
        # her name in full words on the line under the last answer ("great team\nMaya") signs it too
        full = all(len(w) > 1 for w in body[start].text.split())
        if start == 0 or body[start - 1].blank or full or re.match(r"^\s*[-–—~/]", body[start].text):
            return _strip_blank_end(body[:start])
    if filled:
        last = body[filled[-1]]
        head = _without_glued_closing(last.text, names)
        if head != last.text:
            return [*body[: filled[-1]], Line(last.depth, head)]
    return body


# a comma in any script: Latin, Arabic and Persian, CJK full-width (not the ideographic "、", which lists and
# pauses inside a Japanese sentence)
_COMMAS = (",", "،", "，")
_CLOSING_WORDS = 5


def _comma_closing(body: list[Line], index: int, names: frozenset[str]) -> bool:
    """A sign-off in any language, known or not, by its shape: a few words ending in a comma that open the
    last paragraph, with nothing under them or a name first ("Com os melhores cumprimentos,\nMaya",
    "Salam hangat,\nMaya Example\nEngineer"), or her name after the comma ("Su pagarba, Maya"). An answer does
    not end in a comma; a sentence going on under it ("Also,\nthe team was great") is no name."""
    text = body[index].text.strip()
    if index == 0 or not body[index - 1].blank or len(text) > 48 or _ANSWER_MARKER.match(text):
        return False
    if any(char.isdigit() for char in text) or "@" in text or ":" in text:
        return False
    if text.endswith(_COMMAS) and not text[:-1].rstrip().endswith(_COMMAS):
        words = text[:-1].split()
        if not 1 <= len(words) <= _CLOSING_WORDS:
            return False
        under = next((line.text.strip() for line in body[index + 1 :] if not line.blank), None)
        return under is None or is_own_name(under, names) or _name_like(under)
    cut = max(text.rfind(comma) for comma in _COMMAS)
    if cut <= 0 or index + 1 < len(body):
        return False  # her name after the comma: the line is the last one
    head, tail = text[:cut].split(), text[cut + 1 :].strip()
    return 1 <= len(head) <= _CLOSING_WORDS and bool(tail) and is_own_name(tail, names)


def _name_like(text: str) -> bool:
    """A name under a sign-off: up to four capitalised words, or up to two short words in a script without
    capitals (Arabic, Hebrew, Thai, Devanagari); in Chinese, Japanese and Korean, where a whole sentence is
    one short "word", only her own name tells (checked before this)."""
    words = text.replace(".", " ").split()
    if not 1 <= len(words) <= 4:
        return False
    for word in words:
        first = word[0]
        if first.isupper():
            continue
        uncased = first.isalpha() and not first.islower() and not "\u2e80" <= first <= "\ud7ff"
        if not (uncased and len(words) <= 2 and len(word) <= 6):
            return False
    return True


# Where a sign-off glued to the last answer can begin: after a sentence, a smiley or emoji, a comma, or before a
# dash ("... great team. Thanks, Maya", "... great team :) Cheers, Maya", "... great team, thanks Maya", "... - Maya")
_GLUE_POINT = re.compile(
    r"[.!?。！？…]\s*|[:;]-?[)D]\s*|[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*|,\s+|\s+(?=(?:[-–—]|/{1,2})\s*[^\W\d_])"
)


_LAST_WORD = re.compile(r"([^\W\d_]+)[\W_]*$")


def _without_glued_closing(text: str, names: frozenset[str]) -> str:
    """The line without a sign-off and her name after its last sentence ("... great team. Thanks, Maya"), or her
    name alone after a dash ("... great team - Maya")."""
    last = _LAST_WORD.search(text)
    if not names or len(text) < 8 or not last or not is_own_name(last[1], names):
        return text  # the line does not end in her name or initial: most lines leave here, cheaply
    for point in reversed(list(_GLUE_POINT.finditer(text, 1, len(text) - 2))):
        tail = text[point.end() :]
        if len(tail) > 40:
            break
        match = _CLOSING.match(tail)
        signed = bool(match and match["rest"] and is_own_name(match["rest"], names))
        if signed or (tail[:1] in "-–—/" and is_own_name(tail, names)):
            return text[: point.end()].rstrip().rstrip(",").rstrip()
    return text


_NAME_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s*,\s+|\s+[-–—]\s+")


def _drop_name_block(body: list[Line], names: frozenset[str]) -> list[Line]:
    """A signature block with no sign-off above it: a last paragraph (not the first) that opens with the user's
    name, then a title, phone or web address ("Maya Example\nStaff Engineer\n+49 30 1234567",
    "Maya Example | Staff Engineer | example.org")."""
    start = len(body)
    while start > 0 and not body[start - 1].blank:
        start -= 1
    if not names or start == 0 or start >= len(body) or len(body) - start > _SIGNATURE_BLOCK_LINES:
        return body
    pieces = _NAME_SEPARATOR.split(body[start].text.strip(), maxsplit=1)
    more = len(pieces) > 1 or len(body) - start > 1
    full_name = len(pieces[0].split()) >= 2  # "Maya, it went well" is a sentence, "Maya Example" a signature
    if (
        more
        and full_name
        and is_own_name(pieces[0], names)
        and all(_signature_line(x.text) for x in body[start:])
    ):
        return _strip_blank_end(body[:start])
    return body


_NOTE_NOUNS = (
    r"note|notes|mail|e-?mail|message|thread|reply|follow-?up|nachricht|notiz|antwort|courriel|réponse|mensaje|"
    r"correo|nota|bericht|berichtje|messaggio|mensagem|meddelande|mejl|wiadomość|wiadomośc|mejla|письмо|сообщение"
)
_BELOW = (
    r"below|underneath|beneath|unten|darunter|ci-dessous|dessous|abajo|debajo|hieronder|eronder|sotto|qui\s+sotto|"
    r"abaixo|nedan|nedenfor|poniżej|ниже|нижче"
)
# a line of her own introducing what she forwards below it: "Forwarding Raj's follow-up below for my records.",
# "Leite dir die Mail von Jane unten weiter", "Je te transfère le message ci-dessous"
_FORWARD_NOTE = re.compile(
    r"\b(?:forward(?:ing|ed|s)?\b|fwd\b|weiterleit\w*|weitergeleitet|leite\s.*\bweiter\b|transf[eè]r(?:e|es|é|ée)\b|"
    r"transmets|reenv[ií][oa]\w*|doorgestuurd|stuur\s.*\bdoor\b|inoltro|inoltrat\w*|inoltrando|encaminh\w*|"
    r"vidarebefordr\w*|videresend\w*|przesyłam|przekazuję|пересыла\w*|переслал\w*|пересила\w*)|转发|轉寄|転送|"
    # a mail or note named with a word for below, either order: "Recruiter's note below for the record.",
    # "Die Mail von Raj steht unten", "Ci-dessous le message de Jane", "Hieronder de mail van Raj"
    rf"(?<!\w)(?:{_NOTE_NOUNS})\w*(?!\w).{{0,40}}(?<!\w)(?:{_BELOW})(?!\w)|"
    rf"(?<!\w)(?:{_BELOW})(?!\w).{{0,40}}(?<!\w)(?:{_NOTE_NOUNS})",
    re.IGNORECASE,
)


def _without_forward_note(body: list[Line]) -> list[Line]:
    """Drops a last one-line paragraph that announces the forwarded or quoted mail below it."""
    body = _strip_blank_end(body)
    if len(body) < 3 or not body[-2].blank or len(body[-1].text) > 120:
        return body
    return body[:-1] if _FORWARD_NOTE.search(body[-1].text) else body


def own_lines(
    lines: list[Line],
    own_addresses: tuple[str, ...] = (),
    names: frozenset[str] = frozenset(),
    *,
    keep_closing: bool = False,
) -> list[Line]:
    """The user's own lines when they answered above or below the quote (not inline).

    Top-posted text ends at the first quoted line, history start, signature or disclaimer. When nothing is
    above, the text below the last quoted line is taken (bottom-posting), up to a signature or disclaimer.
    Her closing (sign-off, name) is dropped unless `keep_closing`.
    """

    def trim(body: list[Line]) -> list[Line]:
        return _strip_blank_end(body) if keep_closing else trim_closing(body, names)

    top: list[Line] = []
    forwarded = False
    for index, line in enumerate(lines):
        if line.depth > 0 or is_stop_line(lines, index, own_addresses) or is_forward(line):
            forwarded = is_forward(line) or (line.depth == 0 and _header_block(lines, index))
            if forwarded:
                top = _without_forward_note(top)
            break
        top.append(line)
    top = trim(top)
    # her note over the forward may stand above her closing: "Forwarding Jane's mail below." then "Maya"
    if forwarded:
        top = _without_forward_note(top)
    if any(not line.blank for line in top):
        return top
    last_quoted = max((i for i, line in enumerate(lines) if line.depth > 0), default=-1)
    if last_quoted < 0:
        return []
    bottom: list[Line] = []
    for index in range(last_quoted + 1, len(lines)):
        if is_stop_line(lines, index, own_addresses) or is_forward(lines[index]):
            break
        bottom.append(lines[index])
    return trim(bottom)
