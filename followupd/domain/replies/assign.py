"""Assigns the user's text to questions: inline under quoted questions, numbered answers, or free notes."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..questionnaire import Questionnaire
from .quotes import (
    Line,
    history_start,
    is_disclaimer,
    is_forward,
    is_own_name,
    is_postscript,
    is_signature,
    trim_closing,
)

__all__ = ["Assignment", "assign_inline", "assign_numbered", "debrief_start", "evidence", "find_questions"]

# The debrief template's last lines; when its history is unquoted (Outlook, Yahoo) they end the last answer.
TEMPLATE_FOOTER = re.compile(r"^\s*skip\s+anything\s+you\s+like\b", re.IGNORECASE)
# Its first lines and its signature ("— followupd" once the HTML part is made text)
TEMPLATE_GREETING = re.compile(r"^\s*(?:hi|hello)\s+[\w .'-]{1,40},\s*$", re.IGNORECASE)
TEMPLATE_INTRO = re.compile(r"^\s*your\s+interview\s+with\s", re.IGNORECASE)
TEMPLATE_SIGNATURE = re.compile(r"^\s*(?:--|—|–)\s*followupd\s*$", re.IGNORECASE)
# "Kimden: Maya <maya@example.org>": a header line of a client whose labels we do not know
_ANY_HEADER = re.compile(r"^\s*\*?[^\W\d_][^:：]{0,25}\*?\s*[:：]\s*\S")
_NUMBER_PREFIX = re.compile(r"^\s*(?:q\s?)?(\d{1,2})\s*[.):、．）：]\s*", re.IGNORECASE)
_LONE_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s*$")
# A mark she puts before each answer to set it off from the question: an arrow ("-->", "=>", "→"), a dash left
# after the number ("1.- "), a label ("A:", "Antwort:", "Respuesta:") or her own name or initials as a tag
# ("MAYA:", "[Maya]", "(MJ)"). The name tag is checked against her names (see _lead_in).
_ARROW = re.compile(r"^\s*(?:-+>|=+>|→|⇒|➜|➔|➡️?|»|::)\s*")
_MARK_CHARS = re.compile(r"[:：>\])»→⇒➜➔➡]")
_MARKER_DASH = re.compile(r"^[-–—]+\s+(?=\S)")  # "1.- Un 8 sobre 10", "3) – the API part"
_LABEL = re.compile(
    r"^\s*(?:a|answer|ans|antwort|réponse|reponse|rép|respuesta|resp|r|risposta|resposta|antwoord|svar|odpowiedź|"
    r"ответ|odpověď|vastaus|cevap|回答|答|답변|답)\s*[:：]\s+(?=\S)",
    re.IGNORECASE,
)
_TAG = re.compile(
    r"^\s*(?:\[(?P<a>[^\]\n]{1,30})\]|\((?P<b>[^)\n]{1,30})\)|(?P<c>[^\W\d_][\w .'-]{0,29}?)\s*[:：>])\s*(?=\S)"
)
_SKIPPED_ANSWERS = {"", "-", "--", "n/a", "na", "skip", "pass", "?", "...", "…", "/"}


@dataclass(frozen=True)
class Assignment:
    answers: tuple[tuple[str, str], ...]  # (question id, answer text) in questionnaire order
    own: tuple[str, ...]  # the user's lines, as read
    notes: str  # own text that belongs to no question
    problems: tuple[str, ...] = ()


_SPACES = re.compile(r"\s+")
_BLANK_RUN = re.compile(r"\n{3,}")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'").replace("\u00a0", " ")).strip().lower()


@functools.lru_cache(maxsize=8)
def _norm_questions(questionnaire: Questionnaire) -> tuple[str, ...]:
    """The questions' texts as lines are compared with them, worked out once per questionnaire."""
    return tuple(_norm(q.text) for q in questionnaire.questions)


@dataclass(frozen=True)
class QuestionMark:
    start: int  # first line of the question text
    end: int  # the line after its last line
    number: int  # 1-based position in the questionnaire
    rest: str  # answer text written on the question's own line, after the question


# Every reply quotes the same debrief lines: caching the match per line text makes the question search cheap.
@functools.lru_cache(maxsize=4096)
def _match_line(text: str, questions: tuple[str, ...]) -> tuple[int, int, str] | None:
    """(question index, characters of the question consumed, rest of the line) when the line shows a question."""
    number_match = _NUMBER_PREFIX.match(text)
    shown_number = int(number_match.group(1)) if number_match else None
    body = text[number_match.end() :] if number_match else text
    normalized = _norm(body)
    if len(normalized) < 4:
        return None
    best: tuple[int, int, str] | None = None
    for index, question in enumerate(questions):
        if normalized.startswith(question):
            rest = _after_question(body, question)
            candidate = (index, len(question), rest)
        elif question.startswith(normalized) and (
            len(normalized) >= min(len(question), 20) or (shown_number == index + 1 and len(normalized) >= 8)
        ):
            candidate = (index, len(normalized), "")
        else:
            continue
        if best is None or candidate[1] > best[1]:
            best = candidate
    return best


@functools.lru_cache(maxsize=256)
def _question_pattern(question: str) -> re.Pattern[str]:
    return re.compile(r"\s*" + r"\s+".join(re.escape(word) for word in question.split(" ")), re.IGNORECASE)


def _after_question(body: str, question: str) -> str:
    """The answer written after the question on the same line, with its own spacing and case."""
    if _norm(body) == question:
        return ""
    match = _question_pattern(question).match(body.replace("’", "'"))
    return body[match.end() :].strip() if match else ""


def find_questions(lines: list[Line], questionnaire: Questionnaire) -> list[QuestionMark]:
    """Every place a question of the questionnaire is shown, quoted or not, wrapped over lines or not."""
    return list(_find_questions(tuple(lines), questionnaire))


@functools.lru_cache(maxsize=8)  # one reply asks up to three times (debrief start, inline reading, parse)
def _find_questions(lines: tuple[Line, ...], questionnaire: Questionnaire) -> tuple[QuestionMark, ...]:
    questions = _norm_questions(questionnaire)
    marks: list[QuestionMark] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        found = _match_line(line.text, questions) if not line.blank else None
        if found is None:
            index += 1
            continue
        number, consumed, rest = found
        question = questions[number]
        end = index + 1
        while consumed < len(question) and not rest and end < len(lines):
            following = lines[end]
            remaining = question[consumed:].strip()
            piece = _norm(following.text)
            if following.depth != line.depth or not piece:
                break
            if remaining.startswith(piece):
                consumed += len(piece) + 1
                end += 1
            elif piece.startswith(remaining):
                rest = _after_question(following.text, remaining)
                consumed = len(question)
                end += 1
            else:
                break
        above = (
            _LONE_NUMBER.match(lines[index - 1].text)
            if index and lines[index - 1].depth == line.depth
            else None
        )
        # "2." on the line above its question (an HTML list item made text) belongs to the question, not an answer
        start = index - 1 if above and int(above.group(1)) == number + 1 else index
        marks.append(QuestionMark(start, end, number + 1, rest))
        index = end
    return tuple(marks)


def debrief_start(lines: list[Line], questionnaire: Questionnaire) -> int | None:
    """Where an unquoted copy of the debrief begins when no attribution, header block or separator we know
    marks it: at its intro ("Your interview with ...") or first question shown without an answer on its line,
    moved up over its greeting and over a header block in labels we do not know (a line with an address and
    one with a digit among "Key: value" lines)."""
    anchor = next(
        (i for i, line in enumerate(lines) if line.depth == 0 and TEMPLATE_INTRO.match(line.text)), None
    )
    if anchor is None:
        anchor = next(
            (
                mark.start
                for mark in find_questions(lines, questionnaire)
                if lines[mark.start].depth == 0 and not mark.rest
            ),
            None,
        )
    if anchor is None:
        return None
    start = anchor
    while start > 0 and (lines[start - 1].blank or TEMPLATE_GREETING.match(lines[start - 1].text)):
        start -= 1
    top = start
    while top > 0 and lines[top - 1].blank:
        top -= 1
    # the header block is one run of lines: a blank line above it ends it ("A1: 7" answers above stay hers)
    while top > 0 and not lines[top - 1].blank and _ANY_HEADER.match(lines[top - 1].text):
        top -= 1
    block = [line.text for line in lines[top:start] if not line.blank]
    if len(block) >= 2 and any("@" in t for t in block) and any(re.search(r"\d", t) for t in block):
        start = top
    while start < anchor and lines[start].blank:
        start += 1
    return start


# A line that only points at her answers ("Answers inline below.", "See my answers below, in caps", "Respondo
# debajo de cada pregunta", "Antworten unten in Blau"): it says where the answers are and is no note.
_POINTER = re.compile(
    r"^\W*(?:(?:my|meine|mes|mis|le\s+mie|as\s+minhas|mijn|mina|mine|moje|мои|мої|i've|i\s+have|i|ich\s+habe|ich|j'ai|he|"
    r"ho|eu|ik\s+heb|ik|jag\s+har|jag|please|bitte|por\s+favor|ok|okay|hi|hey|so|here\s+are|hier\s+sind|voici|"
    # a greeting before it: "Hallo, Antworten unten.", "Hola: respuestas abajo", "Hej! Svar nedan."
    r"hello|hallo|moin|servus|hej|hei|hejsan|hola|buenas|salut|bonjour|coucou|ciao|salve|olá|ola|oi|hoi|"
    r"cześć|czesc|witam|привет|привіт|ahoj|dobrý\s+den|moi|terve|merhaba|selam|szia|helló|"
    # and an article: "las respuestas van debajo", "die Antworten stehen unten", "les réponses sont dessous"
    r"las|los|les|la|le|die|de|het|gli|os|as|"
    r"aquí\s+van|ecco|hier|quick|kurze|the)\W+){0,3}(?:answers?|answered|replies|replied|responses?|comments?|see|antworten|antwort|geantwortet|siehe|"
    r"réponses?|répondu|réponds|voir|respuestas?|respondo|respondí|contesto|ver|risposte|rispondo|vedi|"
    r"respostas?|respondi|antwoorden|antwoord|zie|svar|svarar|se|odpowiedzi|odpowiadam|ответы|отвечаю|"
    # a possessive ending on the word: "Cevaplarım aşağıda", "Yanıtlarım aşağıda", "Vastaukseni alla"
    r"odpovědi|vastaukse\w*|cevaplar\w*|yanıtlar\w*|válasz\w*|відповіді)(?!\w)"
    r".{0,50}?(?<!\w)(?:below|inline|in-line|underneath|beneath|between\s+the\s+lines|under\s+each|"
    r"in\s+(?:blue|red|green|bold|caps|colou?r|italics)|unten|darunter|im\s+text|ci-dessous|dessous|en\s+ligne|"
    r"abajo|debajo|entre\s+líneas|hieronder|onder\s+elke|tussen|sotto|qui\s+sotto|abaixo|nedan|nedenfor|"
    r"under\s+varje|poniżej|ниже|нижче|níže|alla|aşağıda|alább|lejjebb)(?!\w)"
    r"|^(?:回答|答案|答复|返信|답변).{0,8}(?:以下|如下|下記|下面|下に|아래)",
    re.IGNORECASE,
)


def drop_pointers(lines: list[str]) -> list[str]:
    """Her lines without those that only say where her answers are."""
    return [line for line in lines if len(line) > 80 or not _POINTER.search(line)]


def _last_paragraph(lines: list[str]) -> tuple[int, int]:
    """Where the last paragraph of ``lines`` starts and ends (trailing blank lines left out)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    return start, end


def _drop_last_pointer(lines: list[str]) -> list[str]:
    """The last answer without a closing paragraph that only points below ("See also Raj's mail below." over a
    forwarded message): it says where something is, like a line pointing at the answers, and is no answer."""
    start, end = _last_paragraph(lines)
    if start == 0 or start == end or drop_pointers(lines[start:end]):
        return lines
    return lines[:start]


def _split_postscript(lines: list[str]) -> tuple[list[str], list[str]]:
    """The last answer and the postscript under it ("PS: ..."), which is a note of its own, not the answer."""
    for index in range(1, len(lines)):
        if is_postscript(lines[index]) and not lines[index - 1].strip():
            return lines[:index], lines[index:]
    return lines, []


# A paragraph of hers under the last answer saying the rest will come later ("Will fill in the rest tonight",
# "Den Rest schreibe ich morgen", "Le reste demain", "나머지는 내일 쓸게요", "残りは明日書きます"): a word for the
# rest and one for later, in either order; it is a note about the reply, not part of the answer
_REST = (
    r"rest|remaining|remainder|the\s+others|other\s+(?:questions|answers|ones)|restlichen|übrigen|anderen\s+fragen|"
    r"reste|la\s+suite|les\s+autres|resto|lo\s+demás|las\s+demás|los\s+demás|as\s+outras|le\s+altre|resten|"
    r"reszt\w*|pozostał\w*|остальн\w*|решт\w*|zbytek|zbytku|ostatní|loput|muut|kalan\w*|diğerleri\w*|restul|többi\w*"
)
_LATER = (
    r"later|tonight|tomorrow|this\s+evening|this\s+weekend|soon|später|heute\s+abend|morgen|bald|plus\s+tard|"
    r"ce\s+soir|demain|bientôt|más\s+tarde|esta\s+noche|mañana|pronto|depois|mais\s+tarde|logo|amanhã|"
    r"più\s+tardi|stasera|domani|straks|vanavond|senare|ikväll|imorgon|i\s+morgon|senere|i\s+aften|i\s+morgen|"
    r"później|wieczorem|jutro|позже|потом|вечером|завтра|пізніше|později|večer|zítra|myöhemmin|illalla|huomenna|"
    r"sonra|akşam|yarın|mai\s+târziu|diseară|mâine|később|holnap"
)
_REST_LATER = re.compile(
    rf"(?<!\w)(?:(?:{_REST})(?!\w).*(?<!\w)(?:{_LATER})|(?:{_LATER})(?!\w).*(?<!\w)(?:{_REST}))(?!\w)|"
    r"^\W*(?:more|rest)\s+(?:later|to\s+follow|tomorrow|tonight|soon)\W*$|"
    r"(?:나머지|残り|其余|其他的|剩下的?|剩余).*(?:나중|내일|오늘\s*밤|저녁|後で|あとで|明日|今夜|今晩|晚点|稍后|明天|今晚|回头)",
    re.IGNORECASE,
)


def _split_rest_note(lines: list[str]) -> tuple[list[str], list[str]]:
    """The last answer and a last short paragraph under it saying the rest of the answers will come later."""
    start, end = _last_paragraph(lines)
    paragraph = lines[start:end]
    if start == 0 or not 1 <= len(paragraph) <= 2 or sum(len(line) for line in paragraph) > 100:
        return lines, []
    text = " ".join(line.strip() for line in paragraph)
    if any(char.isdigit() for char in text) or not _REST_LATER.search(text):
        return lines, []
    return lines[:start], paragraph


def _lead_in(text: str, names: frozenset[str]) -> tuple[str, str]:
    """The line without the mark she set before it, and the mark's kind ("" when there is none): an arrow, a
    label ("A:"), or her own name as a tag ("MAYA:", "[Maya]")."""
    if not _MARK_CHARS.search(text, 0, 40):
        return text, ""  # every mark holds one of these: most answers leave here, cheaply
    arrow = _ARROW.match(text)
    if arrow:
        return text[arrow.end() :], "arrow"
    label = _LABEL.match(text)
    if label:
        return text[label.end() :], "label " + label.group(0).strip().lower()
    tag = _TAG.match(text) if names else None
    if tag:
        tagged = (tag["a"] or tag["b"] or tag["c"]).strip()
        initials = {name[0] for name in names}
        if (
            tagged.lower() in {"me", "ich", "moi", "yo", "io", "eu", "jag", "ik", "я"}
            or is_own_name(tagged, names)
            or (len(tagged) <= 3 and tagged.isalpha() and set(tagged.lower()) <= initials)
        ):
            return text[tag.end() :], "tag " + tagged.lower()
    return text, ""


def strip_lead_ins(texts: dict[int, str], names: frozenset[str]) -> dict[int, str]:
    """The answers without the mark she set before each. An arrow always goes; a label or name tag goes when it
    opens two answers or more, or the only one ("Example: the SQL question" alone among answers stays)."""
    kinds = {number: _lead_in(text.split("\n", 1)[0], names)[1] for number, text in texts.items()}
    out = {}
    for number, text in texts.items():
        kind = kinds[number]
        shared = sum(1 for other in kinds.values() if other == kind) >= 2 or len(texts) == 1
        if kind and (kind == "arrow" or shared):
            out[number] = "\n".join(_lead_in(line, names)[0] for line in text.split("\n")).strip()
        else:
            out[number] = text
    return out


def _clean(lines: list[str]) -> str:
    text = "\n".join(line.strip() for line in lines)
    return _BLANK_RUN.sub("\n\n", text).strip()


def _is_end(lines: list[Line], index: int, own_addresses: tuple[str, ...]) -> bool:
    line = lines[index]
    return (
        is_signature(line)
        or is_disclaimer(line)
        or is_forward(line)
        or bool(TEMPLATE_FOOTER.match(line.text))
        or bool(TEMPLATE_SIGNATURE.match(line.text))
        or history_start(lines, index, own_addresses)
    )


def assign_inline(
    lines: list[Line],
    *,
    questionnaire: Questionnaire,
    own_addresses: tuple[str, ...] = (),
    names: frozenset[str] = frozenset(),
) -> Assignment | None:
    """Answers written between the shown questions (quoted or not); None when no question has an answer under it.

    Only unquoted lines are answers: a deeper quote's old answers are history. The last answer ends at the
    template's footer, a signature, history, or the first quoted line after it.
    """
    marks = find_questions(lines, questionnaire)
    first_seen: dict[int, QuestionMark] = {}
    for mark in marks:
        first_seen.setdefault(mark.number, mark)
    if not first_seen:
        return None
    answers: dict[int, list[str]] = {}
    bottom: list[str] = []
    last_answered = 0
    for position, mark in enumerate(marks):
        if first_seen.get(mark.number) is not mark:
            continue
        stop = marks[position + 1].start if position + 1 < len(marks) else len(lines)
        last = position + 1 == len(marks)
        collected = [mark.rest] if mark.rest else []
        index = mark.end
        while index < stop:
            line = lines[index]
            if line.depth > 0:
                if last and not line.blank:
                    break  # the quoted footer: what follows is a closing note or a bottom-post
            elif not line.blank and _is_end(lines, index, own_addresses):
                break
            else:
                collected.append(line.text)
            index += 1
        if last:
            # own text after the quoted footer (a closing note) belongs to no question
            for rest_index in range(index, len(lines)):
                if lines[rest_index].depth == 0 and not lines[rest_index].blank:
                    if _is_end(lines, rest_index, own_addresses) and not TEMPLATE_FOOTER.match(
                        lines[rest_index].text
                    ):
                        break
                    if not TEMPLATE_FOOTER.match(lines[rest_index].text):
                        bottom.append(lines[rest_index].text)
        kept = (
            trim_closing([Line(0, text) for text in collected], names)
            if last
            else [Line(0, t) for t in collected]
        )
        text = _clean([line.text for line in kept])
        if text and _norm(text) not in _SKIPPED_ANSWERS:
            answers[mark.number] = [text]
            last_answered = mark.number
    if answers and last_answered != marks[-1].number:
        # she stopped answering before the last question: her closing may sit under her last answer
        closing = trim_closing([Line(0, t) for t in answers[last_answered][0].split("\n")], names)
        answers[last_answered] = [_clean([line.text for line in closing])]
    later: list[str] = []
    if answers:  # "Will do the rest tonight" under her last answer is a note
        kept_text, later = _split_rest_note(answers[last_answered][0].split("\n"))
        if later:
            answers[last_answered] = [_clean(kept_text)]
    stripped = strip_lead_ins({number: texts[0] for number, texts in answers.items()}, names)
    answers = {number: [text] for number, text in stripped.items() if _norm(text) not in _SKIPPED_ANSWERS}
    if not answers:
        return None
    top: list[Line] = []
    first_start = min(mark.start for mark in marks)
    first_start = min(first_start, debrief_start(lines, questionnaire) or first_start)
    for index in range(first_start):
        line = lines[index]
        if line.depth > 0 or (not line.blank and _is_end(lines, index, own_addresses)):
            break
        top.append(line)
    top_text = [line.text for line in trim_closing(top, names)]
    bottom_text = [line.text for line in trim_closing([Line(0, text) for text in bottom], names)]
    notes = _clean(drop_pointers([*top_text, "", *later, "", *bottom_text]))
    ordered = tuple(
        (questionnaire.questions[number - 1].id, answers[number][0]) for number in sorted(answers)
    )
    own = tuple(line.text for line in top) + tuple(text for _, text in ordered) + tuple(bottom)
    return Assignment(ordered, own, notes)


# the word "question" or "answer" in other languages: with a mark after the number ("Pregunta 3:"), since
# "Punkt 3 war schwer" is a sentence
_QUESTION_WORDS = (
    r"pregunta|domanda|pergunta|vraag|fråga|pytanie|punto|punkt|point|answer|antwort|respuesta|réponse|reponse|"
    r"risposta|resposta|antwoord|svar|odpowiedź|nº|no\.|"
    # "Zu 1:", "Ad 1)" (German, Polish, Czech, Dutch business mail), "Re: 1.", and the word for question
    # in Czech, Finnish, Turkish, Russian, Ukrainian, Korean, Japanese and Chinese ("第1题：" below)
    r"zu|ad\.?|re\s*:?|otázka|kysymys|soru|вопрос|питання|질문|質問|问题|問題|第|"
    # the word for answer, whole or cut short ("Ans. 3:", "Antw. 3:", "Odp. 3:", "Vastaus 3:", "回答3："),
    # and its first letter glued to the number ("A1:", "R2)"), always with a mark after the number
    r"ans\.?|antw\.?|resp\.?|rép\.?|rep\.?|odp\.?|odpověď|ответ|отв\.?|відповідь|vastaus|cevap|válasz|răspuns|"
    r"raspuns|απάντηση|jawaban|답변|답|回答|答え|答|(?:a|r)(?=\d)"
)
_MARKER = re.compile(
    r"^\s*(?:(?:q|question|frage|n°|nr\.?|№)\s*(?P<a>\d{1,2})\b\s*[.):\-–]?|#\s*(?P<b>\d{1,2})\b\s*[.):\-–]?|"
    rf"(?:{_QUESTION_WORDS})\s*(?P<e>\d{{1,2}})\s*(?:题|題|問|问)?\s*(?:\.\)|[.):\-–：）])|"
    # "1.", "1)", "1.)", "1 -", "1- ", "1/ " (French), "1º" and "1ª" (Spanish, Portuguese, Italian ordinals), "1、"
    # "[1]", "1 — " (an em dash typed or made from "--"), circled "①" (Japanese, Chinese) and keycaps "1️⃣", "🔟"
    r"[(（\[](?P<c>\d{1,2})[)）\]]|(?P<d>\d{1,2})\s*(?:[ºª°]\s*(?:pregunta|pergunta|domanda|question)?\s*[.):\-–]?|번\s*[.):：]?|\.\)|[.):、．）：]|\s[-–—]|[-–—](?=\s)|/(?=\s))|"
    r"(?P<f>[①-⑳])|(?P<g>\d)\ufe0f?\u20e3|(?P<h>\U0001f51f)|"
    # "Ad 1" and "Ad. 1" need no mark after the number: the word says it is a marker ("Ad. 1 Gut")
    r"ad\.?\s*(?P<i>\d{1,2})(?=\s+\S))"
    # an em dash glued to the answer is a marker too ("1 —7"), as a CJK mark is
    r"(?:(?<=[、．）：])|(?<=\s—)|(?![\d/]))\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def _id_marker(questionnaire: Questionnaire) -> re.Pattern[str]:
    names = sorted(
        {name for q in questionnaire.questions for name in (q.id, q.id.replace("_", " "))},
        key=len,
        reverse=True,
    )
    return re.compile(
        r"^\s*(?P<id>" + "|".join(re.escape(n) for n in names) + r")\s*[:=]\s*(?P<rest>.*)$", re.IGNORECASE
    )


def assign_numbered(
    lines: list[Line], *, questionnaire: Questionnaire, names: frozenset[str] = frozenset()
) -> Assignment | None:
    """Top- or bottom-posted numbered answers: "1.", "1)", "Q1:", "#1", "1 -", "1- ", "1:", "(1)", or "rating: 7".

    An answer runs until the next marker. A lower number starts its answer when that question has none yet
    and the marker opens a paragraph, or when no number repeats anywhere ("12. Friday" then "1. 7" on the next
    line: answers given out of order); otherwise a lower or repeated number is text of the answer before (a list
    inside an answer, whose numbers repeat the answers' or sit under a line ending in ":"). Numbers outside 1..N
    are text and a problem.
    """
    by_id = _id_marker(questionnaire)
    ids = {q.id: n for n, q in enumerate(questionnaire.questions, start=1)}
    current: int | None = None
    sublist: int | None = None  # last number of a list inside an answer ("1) ... 2) ..." under "2.")
    answers: dict[int, list[str]] = {}
    before: list[str] = []
    problems: list[str] = []
    previous = ""  # the last non-blank line before this one
    shuffled: bool | None = None  # worked out on the first lower number only: most replies have none
    headings = _bare_headings(lines, len(questionnaire))
    for position, line in enumerate(lines):
        number: int | None = None
        rest = ""
        match = _MARKER.match(line.text) if position not in headings else None
        if position in headings:
            number = headings[position]
        elif match:
            number = _marker_number(match)
            rest = match.group("rest")
            if rest[:1] in ("-", "–", "—"):
                rest = _MARKER_DASH.sub("", rest)
        else:
            id_match = by_id.match(line.text)
            if id_match:
                number = ids[id_match.group("id").lower().replace(" ", "_")]
                rest = id_match.group("rest")
        if number is not None and not 1 <= number <= len(questionnaire):
            problems.append(f"number {number} is not a question (1-{len(questionnaire)})")
            number = None
        if (
            number is not None
            and current is not None
            and number < current
            and number not in answers
            and (
                _starts_paragraph(lines, position, previous)
                or (
                    not previous.rstrip().endswith(":")
                    and sublist != number - 1
                    and (shuffled := _shuffled(lines, len(questionnaire)) if shuffled is None else shuffled)
                )
            )
        ):
            current, sublist = number, None  # answers given out of order, each in a paragraph of its own
            answers[number] = [rest]
            previous = line.text
            continue
        if number is not None and current is not None and (number <= current or sublist == number - 1):
            sublist, number = number, None
        if number is not None and (current is None or number > current):
            current, sublist = number, None
            answers[number] = [rest]
        elif current is None:
            before.append(line.text)
        else:
            answers[current].append(line.text)
        if not line.blank:
            previous = line.text
    if not answers:
        return None
    postscript: list[str] = []
    if current is not None:
        answers[current], postscript = _split_postscript(_drop_last_pointer(answers[current]))
        answers[current], later = _split_rest_note(answers[current])
        postscript = later + ([""] if later and postscript else []) + postscript
    texts = strip_lead_ins({number: _clean(parts) for number, parts in answers.items()}, names)
    ordered = tuple(
        (questionnaire.questions[number - 1].id, text)
        for number, text in sorted(texts.items())
        if text.lower() not in _SKIPPED_ANSWERS
    )
    own = tuple(line.text for line in lines)
    notes = "\n\n".join(part for part in (_clean(drop_pointers(before)), _clean(postscript)) if part)
    return Assignment(ordered, own, notes, tuple(problems))


_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")


def _bare_headings(lines: list[Line], count: int) -> dict[int, int]:
    """Numbers alone on a line, each opening a paragraph with its answer on the lines under it ("1" then "7",
    "2" then "The product discussion"): markers when two or more rise in order; a lone "7" is an answer."""
    found: dict[int, int] = {}
    for position, line in enumerate(lines[:-1]):
        match = _BARE_NUMBER.match(line.text) if len(line.text) < 8 else None
        if (
            match
            and 1 <= (number := int(match.group(1))) <= count
            and (position == 0 or lines[position - 1].blank)
            and not lines[position + 1].blank
        ):
            found[position] = number
    numbers = list(found.values())
    if len(numbers) < 2 or numbers != sorted(set(numbers)):
        return {}
    return found


def _shuffled(lines: list[Line], count: int) -> bool:
    """Markers out of order with no number twice: each opens an answer of its own, not a list in the one above."""
    numbers = []
    for line in lines:
        match = _MARKER.match(line.text)
        if match and 1 <= (number := _marker_number(match)) <= count:
            numbers.append(number)
    return len(numbers) == len(set(numbers)) and numbers != sorted(numbers)


def _marker_number(match: re.Match[str]) -> int:
    if match.group("f"):
        return ord(match.group("f")) - ord("①") + 1
    if match.group("h"):
        return 10
    return int(next(match.group(g) for g in "abcdegi" if match.group(g)))


def _starts_paragraph(lines: list[Line], position: int, previous: str) -> bool:
    """A marker after a blank line, not right under a line ending in ":" (where a list inside an answer starts)."""
    return position > 0 and lines[position - 1].blank and not previous.rstrip().endswith(":")


def is_skipped(text: str) -> bool:
    return _norm(text) in _SKIPPED_ANSWERS


def evidence(
    assignment: Assignment, lines: list[Line], *, questionnaire: Questionnaire, own_addresses: tuple[str, ...]
) -> int:
    """How well the text supports a reading: one point per answered question, minus three per answer that
    holds a question's text or the start of quoted history (a sign the reading ran into the original)."""
    questions = _norm_questions(questionnaire)
    score = 0
    for _, text in assignment.answers:
        answer_lines = [Line(0, t) for t in text.split("\n")]
        shows_question = any(_match_line(line.text, questions) for line in answer_lines if not line.blank)
        holds_history = any(
            not line.blank and _is_end(answer_lines, index, own_addresses)
            for index, line in enumerate(answer_lines)
        )
        score += -3 if shows_question or holds_history else 1
    return score
