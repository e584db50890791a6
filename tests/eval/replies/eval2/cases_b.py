"""Second held-out set, part B: German, French, Spanish, Dutch and Italian replies from localized clients."""

from __future__ import annotations

from shapes import Case, Debrief, money, quoted

NORD = Debrief("Nordwind Logistik", "Senior Backend Developer", "Jane Doe", "f2hm6w9c")
LUMEN = Debrief("Lumen Santé", "Tech Lead", "Raj Patel", "g5rk3x8d")
SOLAR = Debrief("Solaria Energía", "DevOps Engineer", "Jane Doe and Raj Patel", "h7vn4p2m")
POLDER = Debrief("Polderdata", "Data Scientist", "Raj Patel", "j3ct9q5w")
VESPA = Debrief("Vespucci Pagamenti", "Software Architect", "Jane Doe", "k8yb2f6r")


def _outlook_de(debrief: Debrief) -> str:
    return (
        "Von: Maya Example <maya@example.org>\nGesendet: Donnerstag, 26. November 2026 17:42\n"
        f"An: Maya Example <maya@example.org>\nBetreff: {debrief.subject}\n\n" + "\n".join(debrief.lines())
    )


B01 = """1. 7 von 10 - der Livecoding-Teil lief besser als gedacht
2. Fragen zu Event-Sourcing, da war ich sicher
3. Bei der Gehaltsfrage zu schnell eine Zahl genannt
4. Jane war sehr sympathisch, ja, mit ihr würde ich gern arbeiten
5. Viel Verantwortung für die Routenplanung
6. Mittelständisch, bodenständig, geringe Fluktuation
7. Zwei Tage Büropflicht in Hamburg; klären, ob Remote verhandelbar ist
8. 78.000 € brutto im Jahr, evtl. 82.000 €
9. Deutlich moderner als mein aktueller Stack
10. Liegt vor dem Angebot von Globex
11. jein
12. Bis Montag

Viele Grüße
Maya

--
Maya Example | Softwareentwicklerin
Example GmbH, Musterstraße 1, 20095 Hamburg
Geschäftsführer: Max Beispiel | Amtsgericht Hamburg HRB 000000"""

B02 = """1.- Un 8 sobre 10
2.- La parte de Kubernetes, la dominé
3.- Me puse nervioso con la pregunta de Terraform; repasar módulos
4.- Muy bien con los dos, buen ambiente
5.- Mucha automatización, justo lo que busco
6.- Empresa de energía renovable con propósito
7.- El horario de guardias no está claro
8.- 48.000 € brutos al año
9.- Mejor sueldo que el actual
10.- La mejor de las tres
11.- Sí, claro
12.- El lunes

Enviado desde mi iPhone"""

B03 = """Q1 : 6/10, pas terrible
Q2 : l'étude de cas sur la migration
Q3 : j'ai mal expliqué mon rôle dans le dernier projet
Q4 : Raj est très sympa, je pourrais travailler avec lui
Q8 : 65 k€ brut annuel + 2 jours de télétravail
Q11 : je ne sais pas encore
Q12 : d'ici mardi

Cordialement,
Maya"""

B04 = """1. 7,5
2. De presentatie van mijn model ging goed
3. Te weinig tijd voor vragen over het team
4. Raj is prettig, rustige man
5. Veel ruimte voor onderzoek
6. Klein team, korte lijnen
7. Reistijd naar Utrecht; vragen naar thuiswerkdagen
8. € 5.200 bruto per maand
9. Meer inhoudelijk werk dan nu
10. Vergelijkbaar met de andere
11. ja
12. voor 4 december

Met vriendelijke groet,
Maya Example"""

B05 = """1) tre su dieci, purtroppo
2) la parte sulle API è andata bene
3) il colloquio tecnico: non ho saputo spiegare il CAP theorem. Ripassare.
4) Jane gentile ma molto formale
7) non so se il ruolo è davvero da architetto
11) no
12) entro il 7 dicembre

Inviato da iPhone"""


CASES = [
    Case(
        name="b01_outlook_de_numbered_impressum",
        client="Outlook desktop Windows (de-DE)",
        language="de",
        shape="top-posted numbered, greeting and company signature with Impressum, unquoted Von:/Gesendet: history",
        debrief=NORD,
        text=B01 + "\n\n________________________________\n" + _outlook_de(NORD),
        answers={
            "rating": ("7 von 10 - der Livecoding-Teil lief besser als gedacht", 7),
            "went_well": ("Fragen zu Event-Sourcing, da war ich sicher", None),
            "went_badly": ("Bei der Gehaltsfrage zu schnell eine Zahl genannt", None),
            "rapport": ("Jane war sehr sympathisch, ja, mit ihr würde ich gern arbeiten", None),
            "role": ("Viel Verantwortung für die Routenplanung", None),
            "company": ("Mittelständisch, bodenständig, geringe Fluktuation", None),
            "reservations": ("Zwei Tage Büropflicht in Hamburg; klären, ob Remote verhandelbar ist", None),
            "money": money(
                "78.000 € brutto im Jahr, evtl. 82.000 €", ("78000", "EUR", "year"), ("82000", "EUR", "year")
            ),
            "vs_current": ("Deutlich moderner als mein aktueller Stack", None),
            "vs_others": ("Liegt vor dem Angebot von Globex", None),
            "want_job": ("jein", "unsure"),
            "hear_back": ("Bis Montag", "2026-11-30"),
        },
        forbidden=("Viele Grüße", "Amtsgericht Hamburg", "Musterstraße 1", "Gesendet: Donnerstag"),
        charset="iso-8859-15",
        subject_prefix="AW: ",
        headers=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")),
    ),
    Case(
        name="b02_apple_ios_es_dot_dash",
        client="Apple Mail iOS (es-ES)",
        language="es",
        shape="top-posted '1.-' numbering, Spanish iPhone footer and quote header",
        debrief=SOLAR,
        text=B02
        + "\n\n> El 26 nov 2026, a las 17:42, Maya Example <maya@example.org> escribió:\n> \n"
        + quoted(SOLAR.lines()),
        answers={
            "rating": ("Un 8 sobre 10", 8),
            "went_well": ("La parte de Kubernetes, la dominé", None),
            "went_badly": ("Me puse nervioso con la pregunta de Terraform; repasar módulos", None),
            "rapport": ("Muy bien con los dos, buen ambiente", None),
            "role": ("Mucha automatización, justo lo que busco", None),
            "company": ("Empresa de energía renovable con propósito", None),
            "reservations": ("El horario de guardias no está claro", None),
            "money": money("48.000 € brutos al año", ("48000", "EUR", "year")),
            "vs_current": ("Mejor sueldo que el actual", None),
            "vs_others": ("La mejor de las tres", None),
            "want_job": ("Sí, claro", "yes"),
            "hear_back": ("El lunes", "2026-11-30"),
        },
        forbidden=("Enviado desde mi iPhone", "escribió:", "Skip anything you like"),
        cte="8bit",
        subject_prefix="Re: ",
    ),
    Case(
        name="b03_thunderbird_fr_q_colon_partial",
        client="Thunderbird (fr-FR)",
        language="fr",
        shape="partial 'Q1 :' numbering with French spacing, 'Le ... a écrit :' header, format=flowed",
        debrief=LUMEN,
        text=B03 + "\n\nLe 26/11/2026 à 17:42, Maya Example a écrit :\n" + quoted(LUMEN.lines()),
        answers={
            "rating": ("6/10, pas terrible", 6),
            "went_well": ("l'étude de cas sur la migration", None),
            "went_badly": ("j'ai mal expliqué mon rôle dans le dernier projet", None),
            "rapport": ("Raj est très sympa, je pourrais travailler avec lui", None),
            "money": money("65 k€ brut annuel + 2 jours de télétravail", ("65000", "EUR", "year")),
            "want_job": ("je ne sais pas encore", "unsure"),
            "hear_back": ("d'ici mardi", "2026-12-01"),
        },
        forbidden=("Cordialement", "a écrit :", "Skip anything you like"),
        charset="iso-8859-15",
        headers=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")),
    ),
    Case(
        name="b04_gmail_web_nl_decimal_comma",
        client="Gmail web (nl)",
        language="nl",
        shape="top-posted numbered, rating with a decimal comma, monthly salary, Dutch quote header",
        debrief=POLDER,
        text=B04
        + "\n\nOp do 26 nov 2026 om 17:42 schreef Maya Example <maya@example.org>:\n\n"
        + quoted(POLDER.lines()),
        answers={
            "rating": ("7,5", 7.5),
            "went_well": ("De presentatie van mijn model ging goed", None),
            "went_badly": ("Te weinig tijd voor vragen over het team", None),
            "rapport": ("Raj is prettig, rustige man", None),
            "role": ("Veel ruimte voor onderzoek", None),
            "company": ("Klein team, korte lijnen", None),
            "reservations": ("Reistijd naar Utrecht; vragen naar thuiswerkdagen", None),
            "money": money("€ 5.200 bruto per maand", ("5200", "EUR", "month")),
            "vs_current": ("Meer inhoudelijk werk dan nu", None),
            "vs_others": ("Vergelijkbaar met de andere", None),
            "want_job": ("ja", "yes"),
            "hear_back": ("voor 4 december", "2026-12-04"),
        },
        forbidden=("Met vriendelijke groet", "schreef Maya Example", "Skip anything you like"),
    ),
    Case(
        name="b05_apple_ios_it_words_rating",
        client="Apple Mail iOS (it-IT)",
        language="it",
        shape="partial '1)' numbering, rating in words, Italian iPhone footer",
        debrief=VESPA,
        text=B05
        + "\n\n> Il giorno 26 nov 2026, alle ore 17:42, Maya Example <maya@example.org> ha scritto:\n> \n"
        + quoted(VESPA.lines()),
        answers={
            "rating": ("tre su dieci, purtroppo", 3),
            "went_well": ("la parte sulle API è andata bene", None),
            "went_badly": (
                "il colloquio tecnico: non ho saputo spiegare il CAP theorem. Ripassare.",
                None,
            ),
            "rapport": ("Jane gentile ma molto formale", None),
            "reservations": ("non so se il ruolo è davvero da architetto", None),
            "want_job": ("no", "no"),
            "hear_back": ("entro il 7 dicembre", "2026-12-07"),
        },
        forbidden=("Inviato da iPhone", "ha scritto:", "Skip anything you like"),
        cte="base64",
    ),
]
