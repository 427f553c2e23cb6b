"""Which language a question is in, from its function words (language.py)."""

from __future__ import annotations

import numpy as np
import pytest

from statement_qa.language import FUNCTION_WORDS, LANGUAGES, MARKS, detect_language, script_language

# (question, language): short questions as people type them, with and without accents.
# The products named are fictional.
QUESTIONS = [
    # Portuguese 'em' (in), which Spanish writes 'en': 'de' and 'para' alone tie the two
    ("Devo comprar aquela câmara de oxigénio para usar em casa?", "pt"),
    ("O medicamento está disponível em Portugal?", "pt"),
    ("¿El medicamento está disponible en España?", "es"),
    ("Czy to działa?", "pl"),
    ("Czy to dziala?", "pl"),
    ("Co sądzicie o tym leku?", "pl"),
    ("Co sadzicie o tym leku?", "pl"),
    ("Czy warto?", "pl"),
    ("Ile kosztuje?", "pl"),
    ("Gdzie kupić Neurovalin bez recepty?", "pl"),
    ("Czy terapia genowa na SLA jest bezpieczna?", "pl"),
    ("Mój tata ma stwardnienie zanikowe boczne, czy polecacie komórki macierzyste?", "pl"),
    ("Jakie jest stanowisko stowarzyszenia w sprawie leku AX-7?", "pl"),
    ("Is it safe?", "en"),
    ("Does it work?", "en"),
    ("What do you think of Neurovalin?", "en"),
    ("Is Dr Szczepański right about AC-88?", "en"),  # a Polish name in an English question
    ("Tofersen?", "en"),
    ("¿Es segura?", "es"),
    ("¿Qué opinan de la terapia génica?", "es"),
    ("Est-ce sûr ?", "fr"),
    ("Que pensez-vous des cellules souches ?", "fr"),
    ("Ist es sicher?", "de"),
    ("Was halten Sie von der Gentherapie?", "de"),
    ("Werkt het?", "nl"),
    ("Wat vindt u van de stamcellen?", "nl"),
    ("É seguro?", "pt"),
    ("O que acham da terapia genética?", "pt"),
    ("È sicuro?", "it"),
    ("Cosa ne pensate della terapia genica?", "it"),
    ("Funziona?", "it"),
    # Swedish, Danish, Norwegian Bokmål.
    ("Är ALS ärftligt?", "sv"),
    ("Vad tycker ni om Velmorin-tabletterna?", "sv"),
    ("Kan jag köpa stamceller utomlands, och är det säkert?", "sv"),
    ("Finns det något bevis för att KX-12 bromsar sjukdomen?", "sv"),
    ("Hvad mener I om Velmorin til ALS?", "da"),
    ("Kan en schweizisk tablet, der skal beskytte nervecellernes kraftværker, anbefales ved ALS?", "da"),
    ("Jeg har hørt om en indsprøjtning under huden hver uge, virker den?", "da"),
    ("Hvordan får jeg fat i medicinen uden recept?", "da"),
    ("Hva mener dere om stamcellebehandling i utlandet?", "nb"),
    ("Kan jeg kjøpe Velmorin på nettet?", "nb"),
    ("Hva gjør medisinen med nervecellene, og er den trygg for meg?", "nb"),
    ("Bør jeg slutte med KX-12 igjen?", "nb"),
    # Czech, Catalan, Finnish.
    ("Je Velmorin bezpečný pro lidi s ALS?", "cs"),
    ("Co si myslíte o kmenových buňkách z ciziny?", "cs"),
    ("Muze mi nekdo rict, jestli KX-12 funguje?", "cs"),
    ("Funguje genová terapie u ALS?", "cs"),
    ("Què en penseu de les càpsules de Velmorin?", "ca"),
    ("És segur prendre KX-12 amb l'ELA?", "ca"),
    ("L'ELA té cura?", "ca"),  # three words: "té" is Catalan's "has", Spanish writes "tiene"
    ("Funciona la teràpia gènica per a l'ELA?", "ca"),
    ("He comprat unes pastilles per internet; les hauria de prendre?", "ca"),
    ("Onko Velmorin turvallinen?", "fi"),
    ("Kannattaako KX-12:ta kokeilla?", "fi"),
    ("Mitä mieltä olette geeniterapiasta?", "fi"),
    ("Voiko kantasoluhoitoa saada ulkomailta?", "fi"),
    # Catalan with more of the words it shares with French ("que", "les", "la") than of its own.
    ("Una pastilla que diu que protegeix les neurones, la puc prendre?", "ca"),
    # Romanian, Turkish, Hungarian, with and without their letters.
    ("Ce părere aveți despre Velmorin?", "ro"),
    ("Ce parere aveti despre medicamentul Velmorin?", "ro"),
    ("Este sigur tratamentul cu KX-12 pentru SLA?", "ro"),
    ("Merită să cumpăr capsulele de pe internet?", "ro"),
    ("Tatăl meu are SLA; ar trebui să întrebe medicul de KX-12?", "ro"),
    ("Velmorin güvenli mi?", "tr"),
    ("Bu ilac guvenli mi?", "tr"),
    ("Babam ALS hastası, KX-12 kullanmalı mıyım?", "tr"),
    ("Dernek Velmorin hakkında ne düşünüyor?", "tr"),
    ("Kök hücre tedavisi ALS'de işe yarar mı?", "tr"),
    ("Biztonságos a Velmorin?", "hu"),
    ("Mit gondolnak a KX-12-ről?", "hu"),
    ("Szedje-e édesanyám a Velmorint ALS-ben?", "hu"),
    ("Érdemes külföldön őssejtkezelést kérni?", "hu"),
    ("Hol lehet megvenni a gyógyszert recept nélkül?", "hu"),
]

# Questions of the older languages with words the Czech, Catalan and Finnish rows might have taken:
# Polish "jak", "co", "ale", "nic", "tato"; Spanish "ni", "cada", "así"; Italian "tuo", "però",
# "fa"; Dutch "tot", "als", "van"; English "on", "my", "by", "hi", "pro".
NOT_CS_CA_FI = [
    ("Co sądzicie o tym leku, tato?", "pl"),
    ("Jak działa ten lek? Nic nie wiem.", "pl"),
    ("¿Ni siquiera cada semana?", "es"),
    ("Il tuo medico cosa dice? Due anni fa era sicuro.", "it"),
    ("Werkt het tot nu toe bij ALS?", "nl"),
    ("Advice on tofersen?", "en"),
    ("Hi all, any news on KX-12 by the association?", "en"),
    ("Is Dr Dvořák right about Velmorin?", "en"),  # a Czech name in an English question
    ("Kann man als Patient den Wirkstoff kaufen?", "de"),
    ("¿Hay alguna recomendación sobre el parche que se pega cada día?", "es"),
    ("Que pensez-vous de la pastille pour les neurones ?", "fr"),
]

# Questions of the older languages with words or letters the Romanian, Turkish and Hungarian rows might
# have taken: Dutch "van", "nu", "ben"; German "mit", "haben", "Fehler"; Portuguese "câncer", "nem";
# French "grâce", "ce", "ne"; Czech "ve"; Spanish "mi", "hasta", "declara"; Italian "volere"; English
# "similar", "muscular", and a coined name in "-larin".
NOT_RO_TR_HU = [
    ("Wat vindt u van de tabletten tot nu toe?", "nl"),
    ("Ik ben bang: werkt het bij ALS?", "nl"),
    ("Haben Sie Erfahrung mit Velmorin? Ist das ein Fehler?", "de"),
    ("Esse remédio é bom para câncer? Nem sei.", "pt"),
    ("Grâce à quoi ce traitement ne marche pas ?", "fr"),
    ("Co si myslíte o léčbě ve Švýcarsku?", "cs"),
    ("¿Mi padre puede esperar hasta el ensayo? El médico declara que sí.", "es"),
    ("Cosa ne pensate? Non vorrei volere troppo.", "it"),
    ("Is KX-12 similar to riluzole?", "en"),
    ("Muscular dystrophy?", "en"),
    ("myoclarin gene therapy recomendation", "en"),
]

# Questions of the other languages with words the Scandinavian rows might have taken:
# Dutch "kan", "en", "om", "er"; German "der", "den", "mit"; English "at", "for", "men", "i".
NOT_SCANDINAVIAN = [
    ("Kan ik de tabletten in het buitenland kopen?", "nl"),
    ("Is er iets om de krampen te verminderen?", "nl"),
    ("Kann man den Wirkstoff bei der Apotheke kaufen?", "de"),
    ("Ist das Medikament für Männer und Frauen gleich?", "de"),
    ("Can I buy it at the pharmacy for my husband?", "en"),
    ("Men with ALS: is KX-12 safe?", "en"),
    ("Søren asked: does Velmorin work?", "en"),
    ("asdkjfh qwoieur", "en"),
]


@pytest.mark.parametrize(("question", "language"), QUESTIONS)
def test_questions_are_detected_in_their_language(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize(("question", "language"), NOT_SCANDINAVIAN)
def test_words_shared_with_scandinavian_keep_their_language(question, language):
    assert detect_language(question) == language


def test_scandinavian_function_words_are_not_function_words_of_the_older_languages():
    # Only Danish and Norwegian (and Swedish) share words with each other; a word of an older row
    # would tip a Dutch, German or English question towards Scandinavian on a tie.
    older = set().union(*(FUNCTION_WORDS[language] for language in LANGUAGES[: LANGUAGES.index("sv")]))
    for language in ("sv", "da", "nb"):
        assert not FUNCTION_WORDS[language] & older, FUNCTION_WORDS[language] & older


@pytest.mark.parametrize(("question", "language"), NOT_CS_CA_FI)
def test_words_shared_with_czech_catalan_and_finnish_keep_their_language(question, language):
    assert detect_language(question) == language


def test_czech_catalan_and_finnish_words_are_not_words_of_the_older_languages_or_each_other():
    older = set().union(*(FUNCTION_WORDS[language] for language in LANGUAGES[: LANGUAGES.index("cs")]))
    for language in ("cs", "ca", "fi"):
        assert not FUNCTION_WORDS[language] & older, FUNCTION_WORDS[language] & older
    assert not FUNCTION_WORDS["cs"] & FUNCTION_WORDS["ca"]
    assert not FUNCTION_WORDS["cs"] & FUNCTION_WORDS["fi"]
    assert not FUNCTION_WORDS["ca"] & FUNCTION_WORDS["fi"]
    # Everyday English words, and words two of them share: Finnish "ja" (and), Catalan "jo" (I).
    assert not {"on", "my", "by", "hi", "sense"} & (FUNCTION_WORDS["cs"] | FUNCTION_WORDS["ca"] | FUNCTION_WORDS["fi"])
    assert "ja" not in FUNCTION_WORDS["cs"] | FUNCTION_WORDS["ca"] and "jo" not in FUNCTION_WORDS["fi"]


@pytest.mark.parametrize(("question", "language"), NOT_RO_TR_HU)
def test_words_shared_with_romanian_turkish_and_hungarian_keep_their_language(question, language):
    assert detect_language(question) == language


def test_romanian_turkish_and_hungarian_words_are_not_words_of_the_older_languages_or_each_other():
    older = set().union(*(FUNCTION_WORDS[language] for language in LANGUAGES[: LANGUAGES.index("ro")]))
    for language in ("ro", "tr", "hu"):
        assert not FUNCTION_WORDS[language] & older, FUNCTION_WORDS[language] & older
        assert not {"in", "am", "are", "care", "her", "bile", "is", "ha", "volt", "pot", "sale"} & FUNCTION_WORDS[language]
    assert not FUNCTION_WORDS["ro"] & FUNCTION_WORDS["tr"]
    assert not FUNCTION_WORDS["ro"] & FUNCTION_WORDS["hu"]
    assert not FUNCTION_WORDS["tr"] & FUNCTION_WORDS["hu"]
    assert LANGUAGES[LANGUAGES.index("ro"):][:3] == ("ro", "tr", "hu")


def test_romanian_turkish_and_hungarian_letters_and_endings_are_marks():
    assert MARKS["ro"].findall("medicamentului și") and MARKS["ro"].findall("în")
    assert not MARKS["ro"].findall("grâce câncer")
    assert MARKS["tr"].findall("ılaç") and MARKS["tr"].findall("hücrelerde") and MARKS["tr"].findall("ALS'de")
    assert not MARKS["tr"].findall("similar fehler myoclarin volere declara l'un d'un")
    assert MARKS["hu"].findall("gyógyszer") and MARKS["hu"].findall("betegségben") and MARKS["hu"].findall("ALS-ben")
    assert not MARKS["hu"].findall("haben sterben energy hebben")


def test_czech_letters_catalan_l_l_and_the_finnish_question_suffix_are_marks():
    assert MARKS["cs"].findall("řeč") and not MARKS["cs"].findall("rzecz")
    assert MARKS["ca"].findall("cèl·lula") and not MARKS["ca"].findall("città però è")
    assert MARKS["fi"].findall("kannattaako") and MARKS["fi"].findall("onko")
    assert not MARKS["fi"].findall("tylko wszystko")


def test_danish_and_norwegian_have_words_of_their_own():
    assert {"hvad", "af", "mig", "noget", "meget"} <= FUNCTION_WORDS["da"] - FUNCTION_WORDS["nb"]
    assert {"hva", "av", "meg", "noe", "mye"} <= FUNCTION_WORDS["nb"] - FUNCTION_WORDS["da"]
    assert {"vad", "inte", "och", "jag", "är"} <= FUNCTION_WORDS["sv"] - FUNCTION_WORDS["da"] - FUNCTION_WORDS["nb"]


def test_nothing_to_go_on_gives_the_default():
    assert detect_language("") == "en"
    assert detect_language("AC-88 ???", default="xx") == "xx"
    assert detect_language("12345", default="pl") == "pl"


def test_every_language_has_function_words_and_english_has_no_marks():
    assert set(FUNCTION_WORDS) == set(LANGUAGES)
    assert set(MARKS) == set(LANGUAGES) - {"en"}


def test_polish_function_words_are_not_function_words_of_the_other_languages():
    # "a", "i", "o", "do", "to", "na" are Polish too, but they would tip a Portuguese, Italian or
    # English question towards Polish.
    others = set().union(*(words for language, words in FUNCTION_WORDS.items() if language != "pl"))
    assert not FUNCTION_WORDS["pl"] & others


def test_a_statement_not_in_english_meets_a_question_in_another_language_through_its_glosses(tmp_path):
    """FICTIONAL statements: one in Portuguese, one in English. A Spanish question is compared with the
    Portuguese statement through its English glosses (the English model reads other languages by their
    surface), and with the English statement by the lower of the question as written and its glosses."""
    from conftest import FakeEmbedder
    from statement_qa.index import build, load
    from statement_qa.retrieval import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "zorvex-pt.md").write_text(
        "# Zorvex: a posição da Associação Inventada\n\n## Contexto\n\nO Zorvex é um adesivo que se cola na pele todos "
        "os dias, fabricado pela Acme para testes.\n\n## A nossa posição\n\nNão recomendamos o Zorvex fora de um "
        "ensaio clínico.\n",
        encoding="utf-8",
    )
    (corpus / "brelix-en.md").write_text(
        "# Brelix: our position\n\n## Background\n\nBrelix is an invented tablet for testing.\n\n## Our position\n\n"
        "The Invented Society does not recommend Brelix outside a trial.\n",
        encoding="utf-8",
    )
    embedder = FakeEmbedder()
    build(corpus, tmp_path / "index", embedder)
    retriever = Retriever(load(tmp_path / "index", embedder), embedder)
    query = retriever.analyse("¿Hay alguna recomendación sobre el parche que se pega en la piel cada día?")
    assert query.language == "es" and "patch" in query.glosses
    # 'recomendación' is glossed, but asking for a recommendation names no topic.
    assert "patch" in query.topic_glosses and not any("recommend" in g for g in query.topic_glosses)
    vector = retriever.query_vector(query)
    embedder.embedded.clear()
    hits = {hit.doc_id: hit for hit in retriever.rank(query, vector, include=("zorvex-pt", "brelix-en"))}
    assert embedder.embedded == ["; ".join(query.topic_glosses)]  # one more encoding, of the glosses that name a topic
    glossed = retriever.matrix[retriever.doc_passages["zorvex-pt"]] @ embedder.embed(["; ".join(query.topic_glosses)])[0]
    assert hits["zorvex-pt"].dense == pytest.approx(float(glossed.max()))
    rows = retriever.doc_passages["brelix-en"]
    plain = retriever.matrix[rows] @ vector[0]
    agreed = np.minimum(plain, retriever.matrix[rows] @ embedder.embed(["; ".join(query.topic_glosses)])[0])
    assert hits["brelix-en"].dense == pytest.approx(float(agreed.max()))
    assert float(agreed.max()) < float(plain.max())  # the surface match alone no longer counts
    # A question with no domain word to gloss has nothing for the model to compare with that statement.
    unrelated = retriever.analyse("Como faço para pedir o cartão de cidadão para o meu filho?")
    assert unrelated.language == "pt" and not unrelated.glosses
    hits = {
        hit.doc_id: hit for hit in retriever.rank(unrelated, retriever.query_vector(unrelated), include=("zorvex-pt",))
    }
    assert hits["zorvex-pt"].dense == 0.0


# Italian elides too (l'autofagia, d'attesa, un'altra, dell'associazione): "l'" and "d'" are no
# French mark, and the Italian function words around them decide. Both ways, ten or more each.
ITALIAN_WITH_ELISIONS = [
    "Una compressa che stimola l'autofagia, provata solo sui topi: vale la pena pagare per la lista d'attesa?",
    "L'iniezione sotto la pelle è sicura?",
    "Cosa pensa l'associazione della terapia con le cellule staminali?",
    "Qual è l'opinione dell'associazione sul casco a luce rossa?",
    "C'è un'altra terapia per la SLA nella fase iniziale?",
    "Mio padre ha la SLA, l'integratore in polvere funziona?",
    "Quanto costa l'abbonamento alla clinica privata all'estero?",
    "L'elettrostimolazione delle gambe aiuta nella malattia del motoneurone?",
    "Ho letto dell'anticorpo sul sito: è vero che l'hanno provato sugli animali?",
    "Vale la pena l'accesso anticipato prima dell'approvazione?",
    "Il farmaco d'importazione è sicuro per chi ha la SLA?",
    "Quest'anno c'è uno studio nella mia città?",
]
FRENCH_WITH_ELISIONS = [
    "Qu'en pensez-vous ?",
    "L'autophagie, c'est quoi ?",
    "Est-ce que l'injection d'anticorps marche ?",
    "J'ai lu que l'association ne recommande pas ce traitement",
    "Le casque à lumière rouge, c'est sûr ?",
    "Mon mari a la SLA : l'accès précoce vaut-il la peine ?",
    "N'est-ce pas trop cher pour une clinique à l'étranger ?",
    "L'électrostimulation des jambes marche-t-elle ?",
    "Quelle est la position de l'association sur les cellules souches ?",
    "D'après mon neurologue, l'essai n'a pas donné de résultats",
    "S'il faut payer l'inscription, est-ce une arnaque ?",
    "Les gélules d'extrait de plantes, qu'en dit l'association ?",
]


@pytest.mark.parametrize("question", ITALIAN_WITH_ELISIONS)
def test_italian_with_elisions_is_italian(question):
    assert detect_language(question) == "it"


@pytest.mark.parametrize("question", FRENCH_WITH_ELISIONS)
def test_french_with_elisions_is_still_french(question):
    assert detect_language(question) == "fr"


def test_a_translated_word_counts_once_and_the_disease_not_at_all(tmp_path):
    """FICTIONAL statements, one in Dutch. A question in another language weighs a word the glossary
    translated by its English gloss, not also as itself (unless the corpus uses the word itself), and
    the disease's own words ('ELA', glossed 'ALS MND') never count as a topic."""
    from conftest import FakeEmbedder
    from statement_qa.index import build, load
    from statement_qa.query import analyse
    from statement_qa.retrieval import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plomax-nl.md").write_text(
        "# Plomax: ons standpunt\n\n## Achtergrond\n\nPlomax is een verzonnen epilepsiemiddel voor tests bij ALS.\n\n"
        "## Wat wij adviseren\n\nWij raden Plomax niet aan buiten een studie.\n",
        encoding="utf-8",
    )
    (corpus / "quenrix-en.md").write_text(
        "# Quenrix: our position\n\n## Background\n\nQuenrix is an invented tablet for ALS, made in Spain.\n\n"
        "## Our position\n\nThe Invented Society does not recommend Quenrix outside a trial.\n",
        encoding="utf-8",
    )
    embedder = FakeEmbedder()
    build(corpus, tmp_path / "index", embedder)
    retriever = Retriever(load(tmp_path / "index", embedder), embedder)

    spanish = retriever.analyse("¿Recomiendan la tableta española para la ELA?")
    assert spanish.language == "es" and "tableta" in spanish.translated
    assert "tableta" not in spanish.content and "tablet" in spanish.content  # counted once, in English
    assert not {"als", "mnd", "ela"} & set(spanish.content)
    # Without the corpus's words every translated word goes; with them, one the corpus uses stays.
    dutch = "Moet mijn vader het epilepsiemiddel proberen?"
    assert "epilepsiemiddel" not in analyse(dutch, retriever.subjects).content
    assert "epilepsiemiddel" in retriever.analyse(dutch).content
    # English questions keep every word they have.
    english = retriever.analyse("Is the Spanish tablet for ALS any good?")
    assert "als" in english.content and "tablet" in english.content
    # Of the two statements, coverage now favours the one that has the glossed topic words.
    hits = {h.doc_id: h for h in retriever.rank(spanish, retriever.query_vector(spanish), include=("plomax-nl", "quenrix-en"))}
    assert hits["quenrix-en"].coverage > hits["plomax-nl"].coverage


def test_glosses_of_only_the_disease_give_the_model_nothing_to_compare():
    """'A ELA é contagiosa?' glosses to 'ALS MND', which every statement shares: no topic to compare a
    statement not in English with. A gloss with a topic stays."""
    from statement_qa.query import Query

    def query(glosses: tuple[str, ...]) -> Query:
        return Query(text="q", normalised="q", words=(), content=(), pairs=frozenset(), language="pt", urgency=None,
                     truncated=False, mentions=(), diseases=(), details=(), glosses=glosses)

    assert query(("ALS MND",)).topic_glosses == ()
    assert query(("life expectancy", "ALS MND")).topic_glosses == ("life expectancy",)
    assert query(("stem cells", "motor neurone disease")).topic_glosses == ("stem cells",)


def test_a_statement_not_in_english_is_also_read_by_the_english_glosses_of_its_words(tmp_path):
    """FICTIONAL statements, one in German. An English question describing the therapy finds the German
    statement's words through their English glosses, as a question in German would find an English one."""
    from conftest import FakeEmbedder
    from statement_qa.index import build, load
    from statement_qa.retrieval import Retriever

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "velmarin-de.md").write_text(
        "# Velmarin: Stellungnahme des Erfundenen Vereins\n\n## Hintergrund\n\nVelmarin ist eine erfundene "
        "wöchentliche Spritze unter die Haut, die die Mitochondrien schützen soll.\n\n## Unsere Empfehlung\n\n"
        "Wir empfehlen Velmarin nicht außerhalb einer Studie.\n",
        encoding="utf-8",
    )
    (corpus / "dortex-en.md").write_text(
        "# Dortex: our position\n\n## Background\n\nDortex is an invented tablet taken by mouth.\n\n## Our position\n\n"
        "The Invented Society does not recommend Dortex outside a trial.\n",
        encoding="utf-8",
    )
    embedder = FakeEmbedder()
    build(corpus, tmp_path / "index", embedder)
    retriever = Retriever(load(tmp_path / "index", embedder), embedder)
    assert {"mitochondria", "subcutaneou"} <= set(retriever.doc_terms["velmarin-de"])
    assert "mitochondria" not in set(retriever.doc_terms["dortex-en"])
    query = retriever.analyse("Is the weekly injection under the skin that protects the mitochondria any good?")
    hits = {h.doc_id: h for h in retriever.rank(query, retriever.query_vector(query), include=("velmarin-de", "dortex-en"))}
    assert hits["velmarin-de"].coverage > hits["dortex-en"].coverage


@pytest.mark.parametrize("question", ["Is ALS hereditary?", "Is ALS contagious?", "Is Velmora effective in ALS?",
                                      "Fenmoor ALS Society Velmora position", "Is ALS passed down in families?"])
def test_als_in_capitals_is_the_disease_not_the_dutch_word(question):
    # 'is' and 'als' are Dutch function words too: the disease's name made these English questions Dutch.
    assert detect_language(question) == "en"
    assert detect_language("Is het ook veilig als je ALS hebt?") == "nl"


@pytest.mark.parametrize("text, language", [
    ("Τι πιστεύετε για το φάρμακο;", "el"),
    ("Что вы думаете об этом лекарстве?", "ru"),
    ("Що ви думаєте про ці ліки?", "uk"),
    ("מה העמדה שלכם לגבי התרופה?", "he"),
    ("ما رأيكم في هذا الدواء؟", "ar"),
    ("क्या यह दवा अच्छी है?", "hi"),
    ("이 약에 대해 어떻게 생각하세요?", "ko"),
    ("FUS遺伝子の変化によるALSの人向けの薬", "ja"),  # Han characters beside kana
    ("有一家公司收费帮我父亲找临床试验名额", "zh"),
    ("Is Σοτραβερίνη safe for drooling?", None),  # a Greek name in an English question: mostly Latin letters
    ("¿Es seguro?", None),
    ("", None),
])
def test_a_script_names_the_language_of_a_text_mostly_written_in_it(text, language):
    assert script_language(text) == language


def test_a_question_in_another_script_is_not_english():
    from statement_qa.query import analyse
    from statement_qa.subjects import SubjectIndex

    assert analyse("Είναι κληρονομική η ΑΠΣ;", SubjectIndex([])).language == "el"
    assert analyse("Is it hereditary?", SubjectIndex([])).language == "en"


# Croatian (Bosnian, Serbian in Latin script) and Slovenian, beside the languages they are confused with
# (all questions invented).
NEW_SLAVIC = [
    ("Je li sigurno uzimati matične stanice? Moj otac ima ALS.", "hr"),
    ("Što mislite o lijeku marzetinib? Liječnik kaže da ne pomaže.", "hr"),
    ("Šta lekar kaže, da li treba prestati sa lekom?", "hr"),
    ("Trebam li kupiti taj prašak iz ljekarne za ALS?", "hr"),
    ("Ali je zdravljenje z matičnimi celicami varno?", "sl"),
    ("Kaj svetujete glede zdravila za ALS? Oče ga še jemlje.", "sl"),
    ("Ali naj oče vzame zdravilo iz klinike v tujini?", "sl"),
    ("Je to bezpečné? Můj otec má ALS a lékař říká, že lék nepomáhá.", "cs"),
    ("Jaký je váš názor na léčbu kmenovými buňkami?", "cs"),
    ("Czy to jest bezpieczne dla mojego ojca?", "pl"),
    ("Jakie jest wasze zdanie o leczeniu komórkami macierzystymi?", "pl"),
]


@pytest.mark.parametrize(("question", "language"), NEW_SLAVIC)
def test_croatian_and_slovenian_are_told_from_czech_polish_and_each_other(question, language):
    assert detect_language(question) == language


def test_croatian_and_slovenian_words_are_not_words_of_the_older_languages_or_each_other():
    older = set().union(*(FUNCTION_WORDS[language] for language in LANGUAGES[: LANGUAGES.index("hr")]))
    for language in ("hr", "sl"):
        assert not FUNCTION_WORDS[language] & older, FUNCTION_WORDS[language] & older
        assert not {"in", "so", "bio", "li", "ova", "taj", "ki", "bi", "on", "to"} & FUNCTION_WORDS[language]
    assert not FUNCTION_WORDS["hr"] & FUNCTION_WORDS["sl"]


def test_croatian_and_slovenian_letters_and_endings_are_marks():
    assert MARKS["hr"].findall("lijek") and MARKS["hr"].findall("građa") and MARKS["hr"].findall("ćerka")
    assert not MARKS["hr"].findall("pije")
    assert MARKS["sl"].findall("stališče") and MARKS["sl"].findall("genskega kliničnega")
    assert not MARKS["sl"].findall("galega colega njega svega")


# Estonian beside Finnish, its closest row (all questions invented).
FINNIC = [
    ("Kas tüvirakuravi on ohutu?", "et"),
    ("Mida arvate sellest ravimist? Minu isa võtab seda iga päev.", "et"),
    ("Kui palju maksab süst välismaal?", "et"),
    ("Kas ALS-i puhul võib osaleda kahes ravimiuuringus korraga?", "et"),
    ("Onko tämä lääke turvallinen?", "fi"),
    ("Mitä mieltä olette kantasoluhoidosta?", "fi"),
    ("Emme suosittele lääkkeen ostamista verkosta.", "fi"),
    ("Kannattaako isäni kokeilla tätä hoitoa ulkomailla?", "fi"),
]


@pytest.mark.parametrize(("question", "language"), FINNIC)
def test_estonian_is_told_from_finnish(question, language):
    assert detect_language(question) == language


def test_estonian_words_are_not_words_of_the_older_languages():
    older = set().union(*(FUNCTION_WORDS[language] for language in LANGUAGES[: LANGUAGES.index("et")]))
    assert not FUNCTION_WORDS["et"] & older, FUNCTION_WORDS["et"] & older
    assert not {"on", "see", "need", "pole", "seal", "siis", "olla"} & FUNCTION_WORDS["et"]
    assert MARKS["et"].findall("õde kinnitatud süstitakse uuringusse")
    assert not MARKS["et"].findall("suosittele virtud actitud Klasse Ergebnisse")


# Galician beside Portuguese and Spanish (all questions invented); Danish and Norwegian stay as they were.
NORTH_AND_WEST = [
    ("Er det sikkert? Min far har ALS.", "da"),
    ("Hvad mener I om behandlingen? Er den sikker for min far?", "da"),
    ("Hva mener dere om behandlingen? Kan jeg kjøpe den på nettet?", "nb"),
    ("Que opinades do tratamento coa inxección na columna?", "gl"),
    ("Isto non é certo, polo que non o recomendamos.", "gl"),
    ("Meu pai ten ELA. Pode tomar unha cápsula para as cambras?", "gl"),
    ("O meu pai tem ELA e cãibras à noite. Pode tomar aquelas cápsulas novas para as cãibras?", "pt"),
    ("Isso não é verdade, pelo que não o recomendamos.", "pt"),
    ("¿Qué opina la asociación gallega de las cápsulas para los calambres?", "es"),
    ("Asociación ELA Valdeoro", "es"),
]


@pytest.mark.parametrize(("question", "language"), NORTH_AND_WEST)
def test_galician_is_told_from_its_neighbours(question, language):
    assert detect_language(question) == language


def test_galician_words_are_not_words_of_the_older_languages():
    older = set().union(*(FUNCTION_WORDS[language] for language in LANGUAGES[: LANGUAGES.index("gl")]))
    assert not FUNCTION_WORDS["gl"] & older, FUNCTION_WORDS["gl"] & older
    assert not {"porque", "todo", "agora", "estar", "hai", "non", "que"} & FUNCTION_WORDS["gl"]
    assert MARKS["gl"].findall("unha inxeccións viaxe") and not MARKS["gl"].findall("uma injeção viagem asociación")
    assert LANGUAGES[LANGUAGES.index("hr"):] == ("hr", "sl", "et", "gl", "sk", "lv", "lt", "is", "eu", "ga", "sq")


# Slovak beside Czech, Polish, Croatian and Slovenian (all questions invented).
WEST_SLAVIC = [
    ("Je liečba kmeňovými bunkami bezpečná? Môj otec má ALS.", "sk"),
    ("Čo si myslíte o tomto lieku? Oplatí sa ho kúpiť v zahraničí?", "sk"),
    ("Koľko to stojí a kde sa dá kúpiť?", "sk"),
    ("Je to bezpečné? Můj otec má ALS a lékař říká, že lék nepomáhá.", "cs"),
    ("Jaký je váš názor na léčbu kmenovými buňkami?", "cs"),
    ("Můžu si koupit tento lék v zahraničí?", "cs"),
    ("Czy to jest bezpieczne dla mojego ojca?", "pl"),
    ("Je li sigurno uzimati matične stanice?", "hr"),
    ("Ali je zdravljenje z matičnimi celicami varno?", "sl"),
    ("L'hôpital nous a dit que le traitement est sûr.", "fr"),
    ("Är ALS ärftligt?", "sv"),
]


@pytest.mark.parametrize(("question", "language"), WEST_SLAVIC)
def test_slovak_is_told_from_czech_and_its_other_neighbours(question, language):
    assert detect_language(question) == language


def test_slovak_words_are_not_words_of_the_older_languages():
    older = set().union(*(FUNCTION_WORDS[language] for language in LANGUAGES[: LANGUAGES.index("sk")]))
    assert not FUNCTION_WORDS["sk"] & older, FUNCTION_WORDS["sk"] & older
    assert not {"nie", "sa", "som", "ako", "len", "ak", "aj", "pre", "so", "je"} & FUNCTION_WORDS["sk"]
    assert MARKS["sk"].findall("môj ľudia užívať") and not MARKS["sk"].findall("hôpital är côté")


# Latvian and Lithuanian beside each other and their neighbours (blind-q's Lithuanian declines, the rest invented).
BALTIC_AND_WELSH = [
    ("Vai cilmes šūnu terapija ir droša?", "lv"),
    ("Cik maksā emotrazils un kur to var nopirkt?", "lv"),
    ("Ko jūs iesakāt manam tēvam ar ALS?", "lv"),
    ("Kas yra ALS ir ar ji paveldima?", "lt"),
    ("Ar riluzolas padeda sergant ALS?", "lt"),
    ("Ką manote apie RVG-7 hemofilijai gydyti?", "lt"),
    ("Ar rekomenduojate CVD-119?", "lt"),
    ("Ar jūs rekomenduojate šį vaistą mano sūnui?", "lt"),
    ("Ar gydymas kamieninėmis ląstelėmis yra saugus?", "lt"),
    ("Je to bezpečné? Můj otec má ALS a lékař říká, že lék nepomáhá.", "cs"),
    ("Ali je zdravljenje z matičnimi celicami varno?", "sl"),
    ("Je li sigurno uzimati matične stanice?", "hr"),
    ("Kas on ALS pärilik?", "et"),
    ("Onko tämä turvallista vai ei?", "fi"),
    ("Czy to jest bezpieczne dla mojej mamy? Będę wdzięczna za odpowiedź.", "pl"),
    ("Je liečba kmeňovými bunkami bezpečná? Môj otec má ALS.", "sk"),
    ("¿Hay algo para el llanto incontrolable en la ELA?", "es"),
    ("I am a carer; is the drug safe for my dad?", "en"),
    ("Is ALS hereditary? My mam has it.", "en"),
]


@pytest.mark.parametrize(("question", "language"), BALTIC_AND_WELSH)
def test_latvian_and_lithuanian_are_told_from_their_neighbours(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_latvian_and_lithuanian_words_are_not_words_of_the_older_languages(language):
    older = set().union(*(FUNCTION_WORDS[other] for other in LANGUAGES[: LANGUAGES.index(language)]))
    assert not FUNCTION_WORDS[language] & older, FUNCTION_WORDS[language] & older


def test_latvian_and_lithuanian_marks():
    assert MARKS["lv"].findall("kāpēc ģimenes ņemt") and not MARKS["lv"].findall("sūnus ląstelė będę ľudia")
    assert MARKS["lt"].findall("ląstelė į vaistų") and not MARKS["lt"].findall("będę są ārsts")


# Icelandic beside Danish, Norwegian and Swedish (invented); Faroese, which no row reads, does not turn Icelandic.
NORDIC = [
    ("Er lyfið öruggt?", "is"),
    ("Mælið þið með tavrozumab?", "is"),
    ("Hvað kostar meðferðin erlendis?", "is"),
    ("Ætti ég að spyrja lækninn um snemmbúinn aðgang?", "is"),
    ("Er ALS arfgengur sjúkdómur?", "is"),
    ("Er det sikkert at tage medicinen?", "da"),
    ("Hvad koster behandlingen i udlandet?", "da"),
    ("Hva mener dere om behandlingen? Kan jeg kjøpe den på nettet?", "nb"),
    ("Är det säkert för min pappa?", "sv"),
]
FAROESE = ["Er tað trygt at taka heilivágin?", "Hvat kostar viðgerðin?", "Eg havi ALS og vil vita meira um hetta."]


@pytest.mark.parametrize(("question", "language"), NORDIC)
def test_icelandic_is_told_from_the_scandinavian_languages(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize("text", FAROESE)
def test_faroese_does_not_turn_icelandic(text):
    assert detect_language(text) != "is"


def test_icelandic_words_are_not_words_of_the_older_languages():
    older = set().union(*(FUNCTION_WORDS[other] for other in LANGUAGES[: LANGUAGES.index("is")]))
    assert not FUNCTION_WORDS["is"] & older, FUNCTION_WORDS["is"] & older
    assert not {"og", "er", "til", "um", "við", "eru", "frá", "hjá"} & FUNCTION_WORDS["is"]
    assert MARKS["is"].findall("það þetta") and not MARKS["is"].findall("tað við læge ændring")


@pytest.mark.parametrize(("question", "language"), [
    ("Zer iritzi dago gorbeximodari buruz ELA dutenentzat?", "eu"),
    ("Gorbeximod hartzea segurua da?", "eu"),
    ("Nire aitak ELA du. Zenbat kostatzen da entsegua?", "eu"),
    ("Mikel Etxeberria asked about the trial", "en"),
    ("¿Es seguro el gorbeximod para la ELA?", "es"),
])
def test_basque_is_told_from_its_neighbours(question, language):
    assert detect_language(question) == language


def test_basque_words_are_not_words_of_the_older_languages():
    older = set().union(*(FUNCTION_WORDS[other] for other in LANGUAGES[: LANGUAGES.index("eu")]))
    assert not FUNCTION_WORDS["eu"] & older, FUNCTION_WORDS["eu"] & older
    assert MARKS["eu"].findall("etxea dutenentzat") and not MARKS["eu"].findall("jetzt citizen")


@pytest.mark.parametrize(("question", "language"), [
    # 'il' and 'la' are French and Italian alike: the other words say which.
    ("Il digiuno intermittente rallenta la SLA?", "it"),
    ("Le jeûne intermittent ralentit la SLA?", "fr"),
    ("Il traitement est-il efficace?", "fr"),
])
def test_a_tie_of_function_words_is_settled_by_which_language_knows_the_other_words(question, language):
    assert detect_language(question) == language


@pytest.mark.parametrize("text, language", [
    ("Sen Bạc có tốt cho người bệnh ALS không?", "vi"),  # most words carry Vietnamese letters
    ("Bố tôi uống thuốc này được không?", "vi"),
    ("Is Sen Bạc Ngủ Ngon tea good for ALS?", "en"),  # an English question naming a Vietnamese product
    ("Is the Sen Bạc capsule worth buying for my dad?", "en"),
])
def test_a_whole_text_in_vietnamese_is_vietnamese_and_a_name_in_it_is_not(text, language):
    from statement_qa.language import language_of

    assert language_of(text) == language


@pytest.mark.parametrize("question, diseases, names_disease", [
    ("Да ли занториб помаже код астме?", ("asthma",), False),  # Serbian: does zantorib help with asthma?
    ("Помогает ли это при диабете?", ("diabetes",), False),  # Russian, a case ending after the stem
    ("Βοηθάει στο άσθμα;", ("asthma",), False),
    ("Помогает ли зенториб при БАС?", (), True),  # ALS by its Russian abbreviation
    ("Чи допомагає зенториб при БАС?", (), True),
])
def test_conditions_and_the_disease_in_cyrillic_and_greek_letters(question, diseases, names_disease):
    from statement_qa.query import analyse
    from statement_qa.subjects import SubjectIndex

    query = analyse(question, SubjectIndex([]))
    assert (query.diseases, query.names_disease) == (diseases, names_disease)


@pytest.mark.parametrize("question, diseases, names_disease", [
    ("코델린이 알츠하이머병에도 효과가 있나요?", ("Alzheimer's disease",), False),  # Korean, a particle joined
    ("האם מרבלין עוזרת לסוכרת?", ("diabetes",), False),  # Hebrew, a prefix joined
    ("هل مشروب فيتالو مفيد لمرضى التصلب الجانبي الضموري؟", (), True),  # Arabic: ALS
    ("この薬はパーキンソン病に効きますか？", ("Parkinson's disease",), False),
    ("루게릭병 환자에게 좋은가요?", (), True),  # Korean: Lou Gehrig's disease
])
def test_conditions_and_the_disease_in_scripts_without_latin_words(question, diseases, names_disease):
    from statement_qa.query import analyse
    from statement_qa.subjects import SubjectIndex

    query = analyse(question, SubjectIndex([]))
    assert (query.diseases, query.names_disease) == (diseases, names_disease)
