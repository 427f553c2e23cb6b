"""The glossary of the languages added for member associations' statements: Croatian (hr), Slovenian (sl), Estonian
(et), Galician (gl), Slovak (sk), Latvian (lv), Lithuanian (lt), Welsh (cy), Greek (el) and Icelandic (is).

The questions are invented; the words are the languages' own."""

from __future__ import annotations

import pytest

from statement_qa.glossary import GLOSSARY, gloss

NEW_LANGUAGES = ("hr", "sl", "et", "gl", "sk", "lv", "lt", "cy", "el", "is")

# Lay descriptions of a therapy, as a person (or a statement) writes them.
DESCRIBED = [
    ("hr", "Je li sigurno uzimati matične stanice iz koštane srži?", {"safe safety", "take", "stem cells", "bone marrow"}),
    ("hr", "Injekcija u kralježnicu jednom mjesečno za ljude s promjenom gena", {"spinal injection intrathecal",
                                                                            "monthly", "mutation"}),
    ("hr", "Dodatak prehrani u prahu s aminokiselinama iz ljekarne", {"supplement", "powder", "amino acids", "pharmacy"}),
    ("hr", "Tableta je oštetila jetru, istraživanje je prekinuto", {"tablet pill", "liver", "study", "failed stopped"}),
    ("hr", "Koliko košta infuzija u bolnici u inozemstvu?", {"how much does it cost", "infusion", "hospital",
                                                            "abroad"}),
    ("hr", "Šta lekar kaže o lečenju lekovima?", {"doctor", "treatment", "drug medicine"}),
    ("sl", "Ali je zdravljenje z matičnimi celicami varno?", {"stem cell therapy", "safe safety"}),
    ("sl", "Tableta je v raziskavi poškodovala jetra, raziskavo so predčasno ustavili",
     {"tablet pill", "study", "liver", "failed stopped"}),
    ("sl", "Injekcija v hrbtenjačo enkrat na mesec za ljudi s spremembo gena",
     {"spinal injection intrathecal", "monthly", "mutation"}),
    ("sl", "Koliko stane zdravilo iz spletne lekarne brez recepta?", {"how much does it cost", "drug medicine",
                                                                     "foreign pharmacy abroad", "without prescription"}),
    ("sl", "Ne opustite zdravila čez noč, posvetujte se z nevrologom", {"stop taking", "drug medicine", "neurologist"}),
    ("et", "Seda süstitakse seljaaju vedelikku iga kolme kuu järel", {"injection", "cerebrospinal fluid"}),
    ("et", "Kas tüvirakuravi on ohutu?", {"stem cell therapy", "safe safety"}),
    ("et", "Ärge ostke ravimit internetist ega välismaa kliinikutest", {"buy", "drug medicine", "online internet",
                                                                       "abroad", "clinic"}),
    ("et", "Kui palju maksab süst välismaal? Kas haigekassa maksab?", {"how much does it cost", "injection", "abroad",
                                                                       "health insurance"}),
    ("et", "Tablett kahjustas maksa, uuring katkestati", {"tablet pill", "study"}),
    ("gl", "Unha cápsula autorizada para as cãibras musculares", {"capsule", "approved authorised", "cramps"}),
    ("gl", "Que opinades do tratamento coa inxección na columna?", {"what do you think", "treatment",
                                                                   "spinal injection intrathecal"}),
    ("gl", "Unha inxección baixo a pel cada semana que custa moito", {"injection", "subcutaneous under the skin",
                                                                     "weekly"}),
    ("gl", "As células nai da medula ósea non están aprobadas", {"stem cells", "bone marrow", "approved authorised"}),
    ("sk", "Je liečba kmeňovými bunkami bezpečná?", {"stem cell therapy", "safe safety"}),
    ("sk", "Koľko stojí injekcia do miechy v zahraničí?", {"how much does it cost", "spinal injection intrathecal",
                                                          "abroad"}),
    ("sk", "Výživový doplnok v prášku z lekárne", {"supplement", "powder", "pharmacy"}),
    ("sk", "Štúdiu zastavili, liek poškodil pečeň", {"study", "drug medicine", "liver"}),
    ("lv", "Vai cilmes šūnu terapija ir droša?", {"stem cell therapy", "safe safety"}),
    ("lv", "Cik maksā injekcija mugurkaulā ārzemēs?", {"how much does it cost", "spinal injection intrathecal",
                                                     "abroad"}),
    ("lv", "Zāles nevaldāmiem smiekliem un raudām; nepērciet tās internetā, jautājiet neirologam",
     {"drug medicine", "emotional lability crying laughing", "buy", "online internet", "neurologist"}),
    ("lv", "Uztura bagātinātājs pulverī no aptiekas, blakusparādības aknām", {"supplement", "powder", "pharmacy",
                                                                           "side effects", "liver"}),
    ("lt", "Ar gydymas kamieninėmis ląstelėmis yra saugus?", {"stem cell therapy", "safe safety"}),
    ("lt", "Kiek kainuoja injekcija į stuburą užsienyje?", {"how much does it cost", "spinal injection intrathecal",
                                                           "abroad"}),
    ("lt", "Maisto papildai iš vaistinės, šalutiniai poveikiai kepenims", {"supplement", "pharmacy", "side effects",
                                                                          "liver"}),
    ("lt", "Ar riluzolas padeda sergant ALS?", {"riluzole", "works", "ALS MND"}),
    ("cy", "Tabled a gymerir ddwywaith y dydd, a bydd angen prawf gwaed ar yr afu bob mis", {"tablet pill", "take",
                                                                                             "daily", "blood test",
                                                                                             "liver", "monthly"}),
    ("cy", "A yw therapi bôn-gelloedd yn ddiogel? Faint mae'n gostio dramor?", {"stem cell therapy", "safe safety",
                                                                              "how much does it cost", "abroad"}),
    ("cy", "Beth yw eich cyngor am y plât dirgrynu i bobl gydag MND?", {"advise advice", "platform plate",
                                                                      "vibration", "ALS MND"}),
    # Greek: tonos and final sigma as written or not, capitals, case endings ("ενέσεις", "παρενέργειες", "φαρμακείο").
    ("el", "Είναι ασφαλής η θεραπεία με βλαστοκύτταρα; Πόσο κοστίζει στο εξωτερικό;", {"safe safety", "stem cell therapy",
                                                                                    "how much does it cost", "abroad"}),
    ("el", "Οι ενέσεις στη σπονδυλική στήλη μία φορά τον μήνα και οι παρενέργειες στο ήπαρ",
     {"spinal injection intrathecal", "monthly", "side effects", "liver"}),
    ("el", "Συμπληρώματα διατροφής σε σκόνη από το φαρμακείο", {"supplement", "powder", "pharmacy"}),
    ("el", "ΤΙ ΛΕΤΕ ΓΙΑ ΤΗ ΣΙΕΛΟΡΡΟΙΑ ΣΤΗΝ ΑΠΣ;", {"what do you think", "saliva drooling", "ALS MND"}),
    ("el", "Ο πατέρας μου έχει μετάλλαξη στο γονίδιο SOD1. Υπάρχει γονιδιακή θεραπεία;", {"mutation", "genetic",
                                                                                      "gene therapy"}),
    # Icelandic: the article after the case ending ("lyfið", "meðferðin", "sjúkrahúsinu", "apótekinu", "taugalækninn").
    ("is", "Er lyfið öruggt? Hvað kostar meðferðin erlendis?", {"drug medicine", "safe safety", "how much does it cost",
                                                               "treatment", "abroad"}),
    ("is", "Mánaðarlegar blóðprufur á sjúkrahúsinu; ekki kaupa lyfið á netinu", {"monthly", "blood test", "hospital", "buy",
                                                                               "drug medicine", "online internet"}),
    ("is", "Töflur og hylki úr apótekinu, aukaverkanir á lifur og nýru", {"tablet pill", "capsule", "pharmacy",
                                                                         "side effects", "liver", "kidney"}),
    ("is", "Ætti ég að spyrja taugalækninn um snemmbúinn aðgang?", {"should I", "neurologist", "early access"}),
    ("is", "Stofnfrumumeðferð í útlöndum, sprauta í mænuvökva einu sinni í mánuði", {"stem cell therapy", "abroad",
                                                                                   "spinal injection intrathecal",
                                                                                   "monthly"}),
]


@pytest.mark.parametrize(("language", "text", "expected"), DESCRIBED)
def test_lay_descriptions_gloss_to_their_english_terms(language, text, expected):
    found = set(gloss(text, language))
    assert expected <= found, f"missing {expected - found} in {found}"


# Everyday words that look like terms: Croatian "nosi" (carries) is no nose, "oko" (about) no eye, "sad" (now) no
# United States, "stoji" (stands) no price; Slovenian "nosi" no nose, "naj" (let) asks nothing, "drago" (glad) is
# not expensive, "roka" (of a deadline) no arm, "zveza" (a connection) no association.
EVERYDAY = [
    ("hr", "On nosi torbu oko kuće, sad stoji vani"),
    ("hr", "Sestra je rekla da je dobro"),
    ("hr", "Koristi li pomoću kosti da napravi nešto, pita on; skupa smo dva tjedna, nose torbe"),
    ("sl", "V družbi prijateljev"),
    ("sl", "Nosi torbo, naj gre domov"),
    ("sl", "Drago mi je, do roka v zvezi s tem"),
    # Estonian "ema" (mother) is no medicines agency, "abil" (by means of) no help, "tasuta" (free) no fee, "pill" a
    # musical instrument.
    ("et", "Ema mängis pilli ja aitas mind selle abil"),
    # Galician "ela" (she) is not the disease, "cara" (face) not dear, "algo" (something) no seaweed.
    ("gl", "Ela ten algo na cara"),
    # Without their õ, Estonian "oli" (was) and "koht" (a place) would be oil and the belly; "nõus" (agreed) no advice,
    # "päästa" (to save) no fasting; Galician "pela" (by the) is no skin, "sido" (been) no AIDS.
    ("et", "See oli hea koht, olen nõus, päästa mind"),
    ("gl", "Isto foi pela mañá, non sido"),
    # Slovak "brat" (brother), "dokáže" (can do), "post" (a post), "darí sa" (it goes well), "žili" (they lived), "dieťa"
    # (a child: "diéta" without accents) are no take, proof, fasting, gift, vein or diet.
    ("sk", "Brat to dokáže, darí sa mu, žili sme tam, dieťa napísalo post"),
    # Latvian "māsa" (sister) is no nurse, "rīt" (tomorrow) no swallowing, "dienā" (in the day) not daily.
    # Lithuanian "kalba" (speaks) is no speech.
    # Welsh "methu" (cannot) is no failure.
    ("lv", "Māsa rīt brauks mājās, tajā dienā"),
    ("lt", "Ji kalba ir dirba"),
    ("cy", "Dw i'n methu mynd heddiw"),
    # Greek "νέα" (new) is no news, "στοιχεία" (details) no evidence, "όροι" (terms) no drip.
    ("el", "Η νέα γειτόνισσα έστειλε τα στοιχεία επικοινωνίας και τους όρους χρήσης"),
    # Icelandic "með" (with) asks for no recommendation without "mæla", "við" (we) is no vein.
    ("is", "Ég fer heim á morgun með mömmu minni og við borðum saman"),
]


@pytest.mark.parametrize(("language", "text"), EVERYDAY)
def test_everyday_words_are_no_terms(language, text):
    assert gloss(text, language) == []


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_the_new_tables_carry_the_core_concepts(language):
    core = {"stem cells", "injection", "tablet pill", "capsule", "infusion", "safe safety", "side effects", "clinical trial",
            "drug medicine", "doctor", "neurologist", "how much does it cost", "abroad", "liver", "kidney", "powder",
            "supplement", "monthly", "weekly", "daily", "subcutaneous under the skin", "spinal injection intrathecal",
            "mutation", "early access", "health insurance", "buy", "stop taking", "approved authorised"}
    assert core <= set(GLOSSARY[language].values()), core - set(GLOSSARY[language].values())


def test_capitals_read_the_agency_where_the_word_is_everyday():
    assert gloss("EMA ei ole ravimit heaks kiitnud", "et")[:1] == ["regulator"]


def test_welsh_mutations_lead_back_to_the_listed_word():
    # soft ("ei gyffur"), nasal ("fy nghyffur"), aspirate ("ei thabledi"), h before a vowel ("ei hafu")
    assert gloss("ei gyffur", "cy") == gloss("fy nghyffur", "cy") == gloss("a chyffur", "cy") == ["drug medicine"]
    assert gloss("ei thabledi", "cy") == ["tablet pill"]
    assert gloss("ei hafu", "cy") == ["liver"]
    assert gloss("fy nhriniaeth", "cy") == gloss("y driniaeth", "cy") == ["treatment"]


def test_croatian_dj_is_folded():
    assert gloss("međudjelovanje lijekova", "hr") == ["interaction", "drug medicine"]


@pytest.mark.parametrize(("language", "words"), [("hr", {"sto", "koji", "gdje", "je", "li"}),
                                                 ("sl", {"kaj", "kje", "lahko", "ki", "je"}),
                                                 ("et", {"kas", "kui", "mida", "ja", "siis"}),
                                                 ("gl", {"unha", "coa", "tamen", "non", "polo"}),
                                                 ("sk", {"co", "ktory", "preco", "sa", "nie"}),
                                                 ("lv", {"vai", "ir", "ka", "kas", "un"}),
                                                 ("lt", {"ar", "yra", "ka", "kaip", "ir"}),
                                                 ("is", {"ad", "thad", "ekki", "og", "er"})])
def test_a_question_in_a_new_language_is_read_without_its_everyday_words(language, words):
    from statement_qa.query import stopwords

    assert words <= stopwords(language)


def test_greek_letters_are_read_only_in_greek():
    # A Greek letter in another language stays out of its words, as before ("TNF-α", "β-amiloide").
    assert gloss("células β del páncreas", "es") == gloss("células del páncreas", "es")
    assert gloss("Είναι κληρονομική η ΑΠΣ;", "el") == ["hereditary familial", "ALS MND"]
    assert gloss("Είναι κληρονομική η ΑΠΣ;", "es") == []
