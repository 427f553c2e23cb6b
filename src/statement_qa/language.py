"""Which of the supported languages a text is in, from its everyday words.

Questions are short ("¿Es segura?"), so a statistical detector trained on long text
guesses; the function words of eleven languages, counted, are enough to tell them apart
and give the same answer every time. The tables are data: add a language by adding a row.

A later language in LANGUAGES loses a tie to an earlier one, so the Scandinavian rows come last and
leave out the words they share with the others ("kan", "en", "der", "er", "de", "at", "for", "men",
"om", "vi", "nu", "op", "fra"): a Dutch or German question never turns Scandinavian on those.
Danish and Norwegian Bokmål share most of their everyday words; a question that uses only those
is taken as Danish, which glosses the same way.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("en", "es", "fr", "de", "nl", "pt", "it", "pl", "sv", "da", "nb")

# Frequent words that are (nearly) unique to one language, accents kept: they matter here.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the is are was were what which who how does do did can could should would will this that these "
        "it its there their about with for from and or of to my our your his her he she they we you "
        "i me not no any have has had be been proven work works safe".split()
    ),
    "es": frozenset(
        "el la los las es son está están qué cuál quién cómo puede pueden debería sería esto eso "
        "este esta hay su sus sobre con para por y o de del al mi mis nuestro nuestra tu no ningún "
        "tiene tienen ha sido funciona funcionan seguro segura ella ellos nosotros usted yo una un "
        "también pero si ya muy más células tratamiento".split()
    ),
    "fr": frozenset(
        "le la les est sont était qu que quoi quel quelle qui comment peut peuvent devrait ce cette "
        "ces il elle ils elles y a sur avec pour par et ou de du des au aux mon ma mes notre votre "
        "son sa ses ne pas aucun avez ont été fonctionne marche sûr sûre je nous vous un une aussi "
        "mais si déjà très plus cellules traitement est-ce c'est".split()
    ),
    "de": frozenset(
        "der die das ist sind war was welche welcher wer wie kann können sollte würde dies diese "
        "dieser es gibt ihr ihre über mit für von und oder zu zum zur mein meine unser unsere dein "
        "sein seine nicht kein keine hat haben wurde wirkt sicher ich wir sie ein eine einen auch "
        "aber wenn schon sehr mehr zellen behandlung bei".split()
    ),
    "nl": frozenset(
        "de het een is zijn was wat welke wie hoe kan kunnen zou dit deze die er zijn haar over "
        "met voor van en of naar mijn onze uw jouw niet geen heeft hebben werd werkt veilig ik wij "
        "we jullie ook maar als al heel meer cellen behandeling bij".split()
    ),
    "pt": frozenset(
        "o a os as é são está estão que qual quem como pode podem deveria seria isto isso este esta "
        "há seu sua seus sobre com para por e ou de do da dos das ao meu minha nosso nossa não nenhum "
        "tem têm foi funciona seguro segura eu nós você um uma também mas se já muito mais células "
        "tratamento".split()
    ),
    "it": frozenset(
        "il lo la i gli le è sono era che cosa quale chi come può possono dovrebbe sarebbe questo "
        "questa questi c'è ci suo sua suoi su con per e o di del della dei al mio mia nostro nostra "
        "non nessun ha hanno stato funziona sicuro sicura io noi voi un una anche ma se già molto "
        "più cellule trattamento sul sulla sui sugli alla allo agli nel nella nei negli dello delle "
        "degli dalla dai perché".split()
    ),
    # Written with and without Polish letters ("może", "moze"); not "a", "i", "o", "do", "to",
    # "na", "ze", "mi", "ma", "sie": those are also words of the languages above.
    "pl": frozenset(
        "czy jest są się że jak jaki jaka jakie który która które ktory ktora ktore co czego czym "
        "kto gdzie kiedy ile dlaczego czemu mój moja moje mojej mojego moj jego jej nasz nasza nasze "
        "ten tego tej tym tych tę być był była było będzie bedzie mam mamy macie mają maja może moze "
        "można mozna warto też tez także takze tylko już juz jeszcze bardzo ale albo lub oraz przez "
        "dla od przy bez w z nie tak mnie lek leku leki leków lekow lekarz leczenie leczenia działa "
        "dziala sądzicie sadzicie myślicie myslicie polecacie proszę prosze komórki komorki".split()
    ),
    # Swedish, Danish and Norwegian Bokmål: the words they share ("det", "som", "har", "på",
    # "eller", "med", "skulle") in all three rows; the ones that tell them apart in one or two.
    "sv": frozenset(
        "och att är inte jag mig dig sig vad hur vilken vilket vilka vem varför när ett det som har hade "
        "varit vara blir blev gör göra kunna ska skulle bör vill får fick av från till för på eller med "
        "efter vid utan mellan igen också redan mycket fler någon något några ingen inga detta dessa "
        "deras hennes mitt mina vår våra ännu själv kanske finns därför eftersom även bara än så tycker tror utlandet "
        "tack fråga läkare sjukdom sjukdomen behandling behandlingen celler cellerna fungerar säker "
        "säkert rekommendera rekommenderar".split()
    ),
    "da": frozenset(
        "og ikke jeg mig dig sig hvad hvordan hvilken hvilket hvilke hvem hvorfor hvornår når hvis det "
        "som har havde været være bliver blev blive gør gøre kunne skal skulle bør vil får fik af til "
        "på eller med efter ved uden mellem igen også allerede meget mere flere nogen noget ingen denne "
        "dette disse deres hendes vores endnu selv måske findes derfor fordi sådan så ud mener synes tror udlandet spørgsmål "
        "læge lægen sygdom sygdommen behandling behandlingen celler cellerne virker fungerer sikker "
        "sikkert anbefale anbefaler anbefales".split()
    ),
    "nb": frozenset(
        "og ikke jeg meg deg seg hva hvordan hvilken hvilket hvilke hvem hvorfor når hvis det som har "
        "hadde vært være blir ble bli gjør gjøre kunne skal skulle bør vil får fikk av til på eller med "
        "etter ved uten mellom igjen også allerede mye mer flere noen noe ingen denne dette disse deres "
        "hennes vår vårt våre ennå selv kanskje finnes derfor fordi sånn slik så ut mener synes tror utlandet dere takk spørsmål legen "
        "sykdom sykdommen behandling behandlingen celler cellene virker fungerer sikker sikkert anbefale "
        "anbefaler anbefales".split()
    ),
}

# Letters and spellings that give a language away on their own.
MARKS: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"[¿¡ñ]|ción\b"),
    # "l'" and "d'" are Italian too (l'autofagia, d'attesa): only the elisions Italian lacks count.
    "fr": re.compile(r"[œ]|\b(?:qu|n|j|s)['’][a-zàâéèêîôû]|\bc['’](?!è)[a-zàâéêîôû]|\best-ce\b|eau\b"),
    "de": re.compile(r"[ß]|\b\w+(?:ung|keit|lich)\b"),
    "nl": re.compile(r"\b\w*ij\w*\b|\b\w+(?:heid|lijk)\b"),
    "pt": re.compile(r"[ãõ]|ção\b|ções\b"),
    "it": re.compile(r"\b\w+(?:zione|zioni)\b|\bc['’]è\b|\b(?:dell|all|nell|sull|dall|un|quest|quell)['’]\w"),
    # Once a word, so that a Polish surname ("Szczepański") does not outweigh an English sentence.
    "pl": re.compile(r"\b\w*(?:[ąćęłńśźż]|cz|sz)\w*|\bprz\w*|\b\w+(?:ość|ości|ych)\b"),
    # Once a word too: å is Scandinavian, æ and ø Danish and Norwegian (Swedish writes ä and ö, which
    # German has too); "-ligt" ends Swedish and Danish adjectives ("ärftligt", "farligt"), Norwegian
    # writes "farlig". A word that opens with "kj", "skj" or "gj" ("kjøpe", "gjør", "igjen"; Danish
    # "købe", "gør", "igen") counts once more for Norwegian: the empty match at its start comes before
    # the one of its whole word.
    "sv": re.compile(r"\b\w*å\w*|\b\w+ligt\b"),
    "da": re.compile(r"\b\w*[æøå]\w*|\b\w+ligt\b"),
    "nb": re.compile(r"\b(?=s?kj|i?gj)|\b\w*[æøå]\w*"),
}


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of LANGUAGES for a text; `default` when nothing tells them apart."""
    # 'ALS' in capitals is the disease, in every language, not the Dutch or German word 'als'
    # ('Is ALS contagious?' is English); a text all in capitals keeps it.
    if not text.isupper():
        text = re.sub(r"\bALS\b", " ", text)
    lowered = unicodedata.normalize("NFC", text.lower())
    tokens = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lowered)
    if not tokens:
        return default
    scores: dict[str, float] = {
        language: float(sum(token in words for token in tokens)) for language, words in FUNCTION_WORDS.items()
    }
    for language, pattern in MARKS.items():
        scores[language] += 1.5 * len(pattern.findall(lowered))
    best = max(LANGUAGES, key=lambda language: (scores[language], language == default))
    return best if scores[best] > 0 else default
