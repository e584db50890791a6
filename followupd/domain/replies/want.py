"""Reads the answer to "do you want this job?" as yes, no or unsure, in the languages detection covers."""

from __future__ import annotations

import re

from .model import WantJob

__all__ = ["read_want_job"]

_WANT_PHRASES: tuple[tuple[str, WantJob], ...] = (
    # unsure first: "not sure" must not read as "not" or "sure"
    ("not sure", WantJob.unsure),
    ("unsure", WantJob.unsure),
    ("maybe", WantJob.unsure),
    ("perhaps", WantJob.unsure),
    ("undecided", WantJob.unsure),
    ("don't know", WantJob.unsure),
    ("dont know", WantJob.unsure),
    ("do not know", WantJob.unsure),
    ("no idea", WantJob.unsure),
    ("i don't know", WantJob.unsure),
    ("i do not know", WantJob.unsure),
    ("i dont know", WantJob.unsure),
    ("on the fence", WantJob.unsure),
    ("50/50", WantJob.unsure),
    ("it depends", WantJob.unsure),
    ("depends", WantJob.unsure),
    ("torn", WantJob.unsure),
    ("can't decide", WantJob.unsure),
    ("vielleicht", WantJob.unsure),
    ("weiß nicht", WantJob.unsure),
    ("weiss nicht", WantJob.unsure),
    ("unsicher", WantJob.unsure),
    ("nicht sicher", WantJob.unsure),
    ("mal sehen", WantJob.unsure),
    ("peut-être", WantJob.unsure),
    ("peut être", WantJob.unsure),
    ("pas sûr", WantJob.unsure),
    ("pas sur", WantJob.unsure),
    ("je ne sais pas", WantJob.unsure),
    ("quizás", WantJob.unsure),
    ("quizas", WantJob.unsure),
    ("quizá", WantJob.unsure),
    ("tal vez", WantJob.unsure),
    ("no sé", WantJob.unsure),
    ("no estoy seguro", WantJob.unsure),
    ("no estoy segura", WantJob.unsure),
    ("misschien", WantJob.unsure),
    ("weet niet", WantJob.unsure),
    ("weet ik niet", WantJob.unsure),
    ("twijfel", WantJob.unsure),
    ("niet zeker", WantJob.unsure),
    # no
    ("absolutely not", WantJob.no),
    ("definitely not", WantJob.no),
    ("certainly not", WantJob.no),
    ("probably not", WantJob.no),
    ("not really", WantJob.no),
    ("not at all", WantJob.no),
    ("no way", WantJob.no),
    ("nope", WantJob.no),
    ("no", WantJob.no),
    ("nah", WantJob.no),
    ("i don't", WantJob.no),
    ("i do not", WantJob.no),
    ("nein", WantJob.no),
    ("eher nicht", WantJob.no),
    ("auf keinen fall", WantJob.no),
    ("non", WantJob.no),
    ("pas vraiment", WantJob.no),
    ("nee", WantJob.no),
    ("neen", WantJob.no),
    ("liever niet", WantJob.no),
    ("nicht wirklich", WantJob.no),
    # yes
    ("yes", WantJob.yes),
    ("yeah", WantJob.yes),
    ("yep", WantJob.yes),
    ("yup", WantJob.yes),
    ("definitely", WantJob.yes),
    ("absolutely", WantJob.yes),
    ("of course", WantJob.yes),
    ("certainly", WantJob.yes),
    ("sure", WantJob.yes),
    ("very much", WantJob.yes),
    ("i do", WantJob.yes),
    ("probably", WantJob.yes),
    ("i think so", WantJob.yes),
    ("ja", WantJob.yes),
    ("jawohl", WantJob.yes),
    ("unbedingt", WantJob.yes),
    ("auf jeden fall", WantJob.yes),
    ("natürlich", WantJob.yes),
    ("oui", WantJob.yes),
    ("carrément", WantJob.yes),
    ("bien sûr", WantJob.yes),
    ("sí", WantJob.yes),
    ("si", WantJob.yes),
    ("claro", WantJob.yes),
    ("por supuesto", WantJob.yes),
    ("zeker", WantJob.yes),
    ("graag", WantJob.yes),
    ("jazeker", WantJob.yes),
    # Italian, Portuguese, Swedish, Polish, Spanish extras
    ("no lo sé", WantJob.unsure),
    ("no lo se", WantJob.unsure),
    ("forse", WantJob.unsure),
    ("non so", WantJob.unsure),
    ("non lo so", WantJob.unsure),
    ("sì", WantJob.yes),
    ("certo", WantJob.yes),
    ("assolutamente", WantJob.yes),
    ("talvez", WantJob.unsure),
    ("não sei", WantJob.unsure),
    ("nao sei", WantJob.unsure),
    ("não", WantJob.no),
    ("nao", WantJob.no),
    ("sim", WantJob.yes),
    ("com certeza", WantJob.yes),
    ("kanske", WantJob.unsure),
    ("vet inte", WantJob.unsure),
    ("osäker", WantJob.unsure),
    ("inte säker", WantJob.unsure),
    ("inte säkert", WantJob.unsure),
    ("nej", WantJob.no),
    ("absolut", WantJob.yes),
    ("nie wiem", WantJob.unsure),
    ("nie jestem pewien", WantJob.unsure),
    ("nie jestem pewna", WantJob.unsure),
    ("może", WantJob.unsure),
    ("nie", WantJob.no),
    ("tak", WantJob.yes),
    ("oczywiście", WantJob.yes),
    # Danish and Norwegian
    ("måske", WantJob.unsure),
    ("kanskje", WantJob.unsure),
    ("ved ikke", WantJob.unsure),
    ("usikker", WantJob.unsure),
    ("ikke sikker", WantJob.unsure),
    ("ikke sikkert", WantJob.unsure),
    ("ikke helt sikker", WantJob.unsure),
    ("vet ikke", WantJob.unsure),
    ("ved det ikke", WantJob.unsure),
    ("nei", WantJob.no),
    ("helt sikkert", WantJob.yes),
    ("gerne", WantJob.yes),
    ("gjerne", WantJob.yes),
    # Russian and Ukrainian
    ("не знаю", WantJob.unsure),
    ("может быть", WantJob.unsure),
    ("возможно", WantJob.unsure),
    ("можливо", WantJob.unsure),
    ("не уверен", WantJob.unsure),
    ("не уверена", WantJob.unsure),
    ("пока не решил", WantJob.unsure),
    ("пока не решила", WantJob.unsure),
    ("не впевнена", WantJob.unsure),
    ("не впевнений", WantJob.unsure),
    ("скорее нет", WantJob.no),
    ("нет", WantJob.no),
    ("ні", WantJob.no),
    ("да", WantJob.yes),
    ("конечно", WantJob.yes),
    ("наверное", WantJob.yes),
    ("так", WantJob.yes),
    ("звісно", WantJob.yes),
    # Czech, Finnish, Turkish
    ("nevím", WantJob.unsure),
    ("možná", WantJob.unsure),
    ("ano", WantJob.yes),
    ("určitě", WantJob.yes),
    ("en tiedä", WantJob.unsure),
    ("ehkä", WantJob.unsure),
    ("kyllä", WantJob.yes),
    ("bilmiyorum", WantJob.unsure),
    ("emin değilim", WantJob.unsure),
    ("belki", WantJob.unsure),
    ("hayır", WantJob.no),
    ("evet", WantJob.yes),
    # Korean, written with spaces
    ("네", WantJob.yes),
    ("예", WantJob.yes),
    ("아니요", WantJob.no),
    ("아니오", WantJob.no),
)
# Japanese and Chinese have no spaces between words: these match anywhere, the earliest and longest first.
_WANT_CJK: tuple[tuple[str, WantJob], ...] = (
    ("分からない", WantJob.unsure),
    ("わからない", WantJob.unsure),
    ("迷って", WantJob.unsure),
    ("未定", WantJob.unsure),
    ("不确定", WantJob.unsure),
    ("不確定", WantJob.unsure),
    ("不知道", WantJob.unsure),
    ("说不好", WantJob.unsure),
    ("也许", WantJob.unsure),
    ("分かりません", WantJob.unsure),
    ("わかりません", WantJob.unsure),
    ("分かりかね", WantJob.unsure),
    ("検討中", WantJob.unsure),
    ("決めかね", WantJob.unsure),
    ("多分", WantJob.unsure),
    ("たぶん", WantJob.unsure),
    ("微妙", WantJob.unsure),
    ("不太确定", WantJob.unsure),
    ("不清楚", WantJob.unsure),
    ("没想好", WantJob.unsure),
    ("還沒決定", WantJob.unsure),
    ("还没决定", WantJob.unsure),
    ("还在考虑", WantJob.unsure),
    ("看情况", WantJob.unsure),
    ("모르겠", WantJob.unsure),
    ("글쎄", WantJob.unsure),
    ("아마", WantJob.unsure),
    ("고민 중", WantJob.unsure),
    ("고민중", WantJob.unsure),
    ("思いません", WantJob.no),
    ("辞退", WantJob.no),
    ("不太想", WantJob.no),
    ("是非", WantJob.yes),
    ("当然です", WantJob.yes),
    ("希望します", WantJob.yes),
    ("入りたい", WantJob.yes),
    ("いいえ", WantJob.no),
    ("いや", WantJob.no),
    ("不想", WantJob.no),
    ("不要", WantJob.no),
    ("不是", WantJob.no),
    ("はい", WantJob.yes),
    ("ぜひ", WantJob.yes),
    ("もちろん", WantJob.yes),
    ("是的", WantJob.yes),
    ("想要", WantJob.yes),
    ("当然", WantJob.yes),
    ("是", WantJob.yes),
    ("想", WantJob.yes),
)
# Phrases whose words bend (gender, number) or take an adverb inside ("pas encore sûre", "weiß ich noch nicht",
# "nie jestem jeszcze pewna"): written as patterns, each kind's alternatives longest first.
_UNSURE_FORMS: tuple[str, ...] = (
    r"not\s+(?:yet\s+|entirely\s+|totally\s+|quite\s+|really\s+|completely\s+|so\s+|100%\s+)?(?:sure|certain|decided)",
    r"(?:haven't|have\s+not|still\s+not)\s+decided|still\s+deciding|can't\s+say(?:\s+yet)?",
    r"(?:weiß|weiss)\s+(?:ich\s+)?(?:es\s+)?(?:noch\s+|wirklich\s+|gerade\s+)?nicht",
    r"(?:noch\s+)?nicht\s+(?:ganz\s+|so\s+|wirklich\s+)?sicher|(?:noch\s+)?unentschlossen|unschlüssig|"
    r"keine\s+ahnung|bin\s+mir\s+(?:noch\s+)?(?:nicht|unsicher)",
    r"pas\s+(?:encore\s+|trop\s+|très\s+|vraiment\s+|tout\s+à\s+fait\s+|si\s+)?"
    r"(?:sûre?s?|sure?s?|certaine?s?|décidée?s?|decidee?s?)(?!\w)",
    r"(?:je\s+)?(?:ne\s+)?sais\s+pas|(?:j'|je\s+)hésite|indécise?",
    r"no\s+(?:lo\s+)?sé(?:\s+todavía|\s+aún)?|no\s+estoy\s+(?:muy\s+|del\s+todo\s+|tan\s+)?segur[oa]s?|"
    r"ni\s+idea|indecis[oa]|todavía\s+no\s+(?:lo\s+)?sé|puede\s+ser|ya\s+veremos",
    r"weet\s+(?:ik\s+)?(?:het\s+)?(?:nog\s+)?niet|(?:nog\s+)?niet\s+(?:helemaal\s+|zo\s+)?zeker|geen\s+idee|"
    r"twijfel\w*",
    r"non\s+(?:lo\s+)?so(?:\s+ancora)?|non\s+sono\s+(?:ancora\s+|del\s+tutto\s+|molto\s+)?sicur[oaie]|indecis[oa]",
    r"(?:ainda\s+)?não\s+(?:sei|tenho\s+certeza)|não\s+estou\s+(?:muito\s+)?segur[oa]",
    r"vet\s+(?:inte|ej)(?:\s+än)?|inte\s+(?:helt\s+|riktigt\s+)?säker|osäker",
    r"(?:jeszcze\s+)?nie\s+wiem|nie\s+jestem\s+(?:jeszcze\s+|do\s+końca\s+)?(?:pewn[ya]|pewien)|"
    r"niezdecydowan[ya]",
    # "hard to say" and its kin
    r"hard\s+to\s+say|schwer\s+zu\s+sagen|jein|difficile\s+à\s+dire|difícil\s+(?:de\s+)?decir|"
    r"moeilijk\s+te\s+zeggen|difficile\s+da\s+dire|difícil\s+(?:de\s+)?dizer|svårt\s+att\s+säga|"
    r"trudno\s+powiedzieć",
    # it depends; yes and no; not necessarily
    r"(?:dat\s+|het\s+)?hangt\s+(?:er\s*)?(?:\w+\s+){0,4}(?:van\s+)?af|(?:ça|cela)\s+dépend|dépend|"
    r"kommt\s+(?:darauf|drauf)\s+an|hängt\s+(?:\w+\s+){0,4}ab|depende|dipende|beror\s+på|(?:to\s+)?zależy|"
    r"(?:noch\s+)?unklar|bof|kind\s+of|sort\s+of|i\s+guess|50\s?-\s?50|fifty-fifty|toss-?up|"
    r"yes\s+and\s+no|oui\s+et\s+non|ja\s+und\s+nein|ja\s+en\s+nee|sí\s+y\s+no|sì\s+e\s+no|sim\s+e\s+não|"
    r"ja\s+och\s+nej|tak\s+i\s+nie|"
    r"not\s+necessarily|pas\s+forcément|nicht\s+unbedingt|niet\s+per\s+se|no\s+necesariamente|"
    r"non\s+necessariamente|não\s+necessariamente|inte\s+nödvändigtvis|niekoniecznie",
    # "not clear (to me)" as each language says it ("No lo tengo claro", "Mir ist das noch nicht klar")
    r"not\s+(?:yet\s+|entirely\s+|totally\s+|quite\s+|really\s+|so\s+)?clear|unclear|"
    r"(?:noch\s+|mir\s+)?nicht\s+(?:ganz\s+|so\s+|wirklich\s+)?klar|"
    r"pas\s+(?:encore\s+|très\s+|vraiment\s+|tout\s+à\s+fait\s+|si\s+)?clair(?:e|es|s)?|"
    r"(?:n'y\s+)?vois\s+pas\s+(?:encore\s+|très\s+)?clair|"
    r"no\s+(?:lo\s+|me\s+)?(?:tengo|veo|está|esta|es|queda)\s+(?:(?:muy|nada|del\s+todo|tan|todavía|aún|aun)\s+)?clar[oa]|"
    r"não\s+(?:o\s+|me\s+)?(?:tenho|vejo|está|esta|é|e|fica)\s+(?:(?:muito|nada|tão|ainda|bem)\s+)?clar[oa]|"
    r"non\s+(?:mi\s+)?(?:è|e)\s+(?:ancora\s+|molto\s+|del\s+tutto\s+|tanto\s+)?chiar[oa]|"
    r"non\s+ho\s+(?:ancora\s+)?(?:le\s+)?idee\s+(?:molto\s+|del\s+tutto\s+)?chiare|"
    r"(?:nog\s+)?niet\s+(?:helemaal\s+|zo\s+|echt\s+)?duidelijk|onduidelijk|"
    r"inte\s+(?:helt\s+|riktigt\s+)?klart|oklart|ikke\s+(?:helt\s+)?klart|uklart|"
    r"nie\s+(?:jest\s+)?(?:dla\s+mnie\s+)?(?:jeszcze\s+|do\s+końca\s+)?jasne|niejasne|"
    r"(?:пока\s+)?(?:не\s+)?неясно|(?:пока\s+)?не\s+(?:совсем\s+|до\s+конца\s+)?ясно|"
    r"(?:ještě\s+)?není\s+(?:mi\s+)?(?:úplně\s+)?jasné|nejasné|"
    r"(?:henüz\s+)?(?:belli|net)\s+değil|(?:még\s+)?nem\s+(?:egészen\s+)?világos|"
    r"nu\s+(?:îmi\s+|imi\s+)?(?:e|este)\s+(?:încă\s+|inca\s+)?clar|neclar",
)
_NO_FORMS: tuple[str, ...] = (
    r"(?:ich\s+)?(?:glaube|denke)\s+(?:eher\s+)?nicht|lieber\s+nicht|plutôt\s+(?:pas|non)|"
    r"(?:je\s+)?(?:ne\s+)?(?:pense|crois)\s+pas|(?:ik\s+)?denk\s+(?:het\s+)?(?:van\s+)?niet|"
    r"nie\s+chcę|não\s+quero|no\s+quiero|non\s+(?:credo|penso)|eigentlich\s+nicht|eigenlijk\s+niet|"
    r"inte\s+(?:direkt|riktigt)|raczej\s+nie|definitiv\s+nicht|eerder\s+niet|pas\s+du\s+tout|absolument\s+pas|"
    r"zeker\s+niet|keinesfalls|not\s+(?:really\s+)?(?:for\s+me|interested|keen|my\s+thing)|no\s+thanks|"
    r"(?:i'll|i\s+will)\s+(?:pass|decline)",
)
_YES_FORMS: tuple[str, ...] = (
    r"(?:ich\s+)?(?:glaube|denke)\s+schon|(?:ik\s+)?denk\s+(?:het\s+)?wel|plutôt\s+oui|gerne?|volontiers|"
    r"(?:je\s+)?(?:pense|crois)\s+que\s+oui|raczej\s+tak|eerder\s+wel|absolument|zdecydowanie|definitiv|"
    r"(?:very\s+|really\s+)?keen|(?:i'd|i\s+would|i'll|i\s+will)\s+(?:take|accept)\s+(?:it|the\s+offer)|100\s?%|"
    r"count\s+me\s+in|for\s+sure",
)
# Hungarian, Greek and Romanian (detection reads their interview words): "nem tudom", "δεν ξέρω", "nu știu";
# the short "nem", "da" and "nu" only alone at the start ("Da, …", "Nu."), as "da" and "nu" are words elsewhere
_UNSURE_FORMS += (
    r"(?:még\s+)?nem\s+tudom|nem\s+vagyok\s+(?:még\s+|teljesen\s+|egészen\s+)?biztos|talán|bizonytalan|"
    r"attól\s+függ|nehéz\s+megmondani|majd\s+meglátjuk",
    r"(?:ακόμα\s+)?δεν\s+(?:το\s+)?ξέρω|δεν\s+είμαι\s+(?:ακόμα\s+|εντελώς\s+)?σίγουρ[ηοα]ς?|ίσως|ισως|"
    r"εξαρτάται|δύσκολο\s+να\s+πω",
    r"(?:încă\s+|inca\s+)?nu\s+(?:știu|stiu|ştiu)|nu\s+sunt\s+(?:încă\s+|inca\s+|foarte\s+|chiar\s+)?sigur[ăa]?|"
    r"poate|nehotărât[ăa]?|greu\s+de\s+spus|vom\s+vedea",
)
# "I am not sure" in more languages, as a negated "sure" ("en ole varma", "nie som si istý",
# "nisam siguran", "ei ole kindel", "nesu tikra") and "can't say" ("en osaa sanoa", "těžko říct")
_UNSURE_FORMS += (
    r"en\s+ole\s+(?:(?:vielä|ihan|täysin|aivan|kovin)\s+){0,2}varma|epävarma|en\s+osaa\s+sanoa|"
    r"vaikea\s+sanoa|en\s+tiedä\s+vielä|katsotaan",
    r"nejsem\s+si\s+(?:úplně\s+|moc\s+|ještě\s+)?jist(?:ý|á|a)?|nie\s+som\s+si\s+(?:úplne\s+|ešte\s+)?ist(?:ý|á)|"
    r"neviem|možno|těžko\s+říct|uvidíme|nisam\s+(?:još\s+|baš\s+)?sigur(?:an|na)|ne\s+znam|možda|"
    r"(?:ei\s+ole|pole)\s+(?:veel\s+)?kindel|ei\s+tea|võib-olla|nesu\s+(?:tikras|tikra)|nežinau|galbūt|"
    r"kararsızım|bilemiyorum|emin\s+değil(?:im)?",
)
_NO_FORMS += (
    r"nem\s+igazán|inkább\s+nem|semmiképp(?:en)?|egyáltalán\s+nem|όχι|οχι|μάλλον\s+όχι|καθόλου|"
    r"nu\s+cred|mai\s+degrabă\s+nu|în\s+niciun\s+caz|deloc",
    r"^\W*(?:nem|nu|ei)(?=\s*(?:[,.!;]|$))",
)
_YES_FORMS += (
    r"igen|persze|mindenképp(?:en)?|szívesen|inkább\s+igen|ναι|ναί|σίγουρα|φυσικά|μάλλον\s+ναι|βεβαίως|"
    r"sigur\s+că\s+da|bineînțeles|bineinteles|desigur|cu\s+plăcere|mai\s+degrabă\s+da",
    r"^\W*da(?=\s*(?:[,.!;]|$))",
)
# Indonesian and Malay ("belum tahu", "tidak", "ya, tentu"), Vietnamese, Catalan, Slovak, Russian and Ukrainian,
# Hebrew, Arabic, Thai and Hindi: yes, no and unsure; the short "ya" and "no" only alone at the start, as
# Spanish "ya" and English "no" say other things mid-sentence
_UNSURE_FORMS += (
    r"(?:saya\s+)?(?:belum|tidak|tak)\s+(?:terlalu\s+)?(?:tahu|yakin|pasti)|mungkin|entahlah|ragu-ragu|masih\s+ragu|"
    r"kurang\s+yakin|lihat\s+nanti",
    r"(?:tôi\s+)?(?:chưa|không)\s+(?:chắc|biết)|có\s+lẽ|no\s+ho\s+sé|potser|no\s+n'estic\s+segur[a]?",
    r"не\s+знаю|не\s+уверен[а]?|не\s+впевнен[аи]?|може\s+бути|возможно|можливо",
    r"לא\s+יודע[ת]?|לא\s+בטוח[ה]?|אולי|لا\s+أعرف|لست\s+متأكد[اة]?|ربما|ไม่แน่ใจ|อาจจะ|ไม่รู้|"
    r"पता\s+नहीं|शायद|पक्का\s+नहीं",
)
_NO_FORMS += (
    r"tidak|nggak|enggak|gak|bukan|tak\s+mahu|không|no\s+gaire|нет|ні|לא|لا|ไม่|नहीं|नही",
    r"^\W*no(?=\s*(?:[,.!;]|$))",
)
_YES_FORMS += (
    r"iya|tentu(?:\s+saja)?|pasti|mau|ya\s+(?:mau|tentu|pasti)|có|vâng|dạ|chắc\s+chắn|sí|és\s+clar|"
    r"áno|určite|да|так|конечно|звісно|звичайно|כן|בטח|نعم|أكيد|بالتأكيد|ใช่|ครับ|ค่ะ|हाँ|हां|जी\s+हाँ|बिल्कुल",
    r"^\W*ya(?=\s*(?:[,.!;]|$))",
)
_FORMS = tuple(
    (re.compile(rf"(?<![\w])(?:{'|'.join(forms)})(?![\w])"), want)
    for forms, want in ((_UNSURE_FORMS, WantJob.unsure), (_NO_FORMS, WantJob.no), (_YES_FORMS, WantJob.yes))
)
_WANT = re.compile(
    r"(?<![\w])("
    + "|".join(re.escape(p) for p, _ in sorted(_WANT_PHRASES, key=lambda item: -len(item[0])))
    + r")(?![\w])"
)
_WANT_CJK_PATTERN = re.compile(
    "|".join(re.escape(p) for p, _ in sorted(_WANT_CJK, key=lambda item: -len(item[0])))
)
_WANT_MAP = {phrase: want for phrase, want in (*_WANT_PHRASES, *_WANT_CJK)}


def read_want_job(text: str) -> WantJob | None:
    """yes / no / unsure from the first telling phrase (en, de, fr, es, nl, it, pt, sv, pl, ja, zh).

    "definitely not" is no and "not sure" is unsure (the longest phrase at a position wins); "yes, but not
    sure about the salary" is yes (the earliest phrase wins).
    """
    lowered = text.lower().replace("’", "'")
    found = [
        (m, _WANT_MAP[m.group(0)]) for m in (_WANT.search(lowered), _WANT_CJK_PATTERN.search(lowered)) if m
    ]
    found += [(m, want) for pattern, want in _FORMS if (m := pattern.search(lowered))]
    if not found:
        return None
    return min(found, key=lambda item: (item[0].start(), -len(item[0].group(0))))[1]
