"""The multilingual glossary: foreign questions → English domain terms."""

from __future__ import annotations

import time

import pytest

from statement_qa.glossary import AS_WRITTEN, GLOSSARY, gloss, normalise

LANGUAGES = ("es", "fr", "de", "nl", "pt", "it", "pl")

# (question, English terms its gloss must contain), per language.
QUESTIONS: dict[str, list[tuple[str, set[str]]]] = {
    "es": [
        ("¿Sirve la quelación o la desintoxicación de metales pesados para la ELA?", {"chelation", "detox", "heavy metals"}),
        ("¿Funcionan las células madre de astrocitos para la ELA?", {"stem cells", "astrocytes", "ALS MND", "works"}),
        (
            "¿Qué opinan de la terapia génica de esa empresa suiza?",
            {"what do you think", "gene therapy", "company", "Swiss Switzerland"},
        ),
        (
            "¿Vale la pena pagar una clínica privada en México para las células madre?",
            {"worth it", "pay", "private clinic", "Mexican Mexico", "stem cells"},
        ),
        (
            "¿Es segura la inyección intratecal? ¿Tiene efectos secundarios?",
            {"safe safety", "injection", "spinal injection intrathecal", "side effects"},
        ),
        (
            "Mi neurólogo dice que el ensayo clínico de fase 3 no tuvo buenos resultados",
            {"neurologist", "clinical trial", "phase", "results"},
        ),
        (
            "¿Recomiendan probar el suplemento de vitamina E en polvo?",
            {"recommend", "try", "supplement", "vitamin", "powder"},
        ),
        (
            "Una start-up israelí ofrece una infusión de células de médula ósea",
            {"start-up", "Israeli Israel", "infusion", "bone marrow"},
        ),
        (
            "¿Hay evidencia de que la dieta cetogénica frene la progresión de la enfermedad de la motoneurona?",
            {"evidence", "diet", "ketogenic", "slow down", "disease progression", "ALS MND"},
        ),
        (
            "¿Está aprobado por la agencia europea del medicamento? ¿Cuánto cuesta?",
            {"approved authorised", "regulator", "how much does it cost"},
        ),
        (
            "Mi madre tiene problemas para tragar y respirar, ¿ayuda la ventilación no invasiva?",
            {"swallowing", "breathing", "help", "ventilation"},
        ),
        ("¿Debería esperar o comprar las cápsulas en el extranjero?", {"should I", "wait", "buy", "capsule", "abroad"}),
        (
            "¿El anticuerpo monoclonal de la compañía japonesa es prometedor?",
            {"monoclonal antibody", "company", "Japanese Japan", "promising"},
        ),
        (
            "¿Son eficaces las pastillas del laboratorio alemán contra los calambres musculares?",
            {"effective", "tablet pill", "laboratory", "German Germany", "cramps", "muscles"},
        ),
        (
            "¿Cuál es la postura de la asociación sobre el uso compasivo del tofersen?",
            {"position", "association", "compassionate use"},
        ),
        (
            "¿Los oligonucleótidos antisentido llegan al líquido cefalorraquídeo por punción lumbar?",
            {"oligonucleotide", "antisense", "cerebrospinal fluid", "lumbar puncture"},
        ),
        (
            "¿Es verdad que el cordón umbilical cura la esclerosis lateral amiotrófica?",
            {"is it true", "umbilical cord", "cure", "ALS MND"},
        ),
    ],
    "fr": [
        ("La chélation ou une détox des métaux lourds aide-t-elle dans la SLA ?", {"chelation", "detox", "heavy metals"}),
        (
            "Que pensez-vous des cellules souches mésenchymateuses contre la maladie de Charcot ?",
            {"what do you think", "stem cells", "mesenchymal", "ALS MND"},
        ),
        (
            "Est-ce que ça marche, la thérapie génique de cette société suisse ?",
            {"works", "gene therapy", "company", "Swiss Switzerland"},
        ),
        (
            "Les essais cliniques de phase 3 ont-ils montré des résultats prometteurs pour la SLA ?",
            {"clinical trial", "phase", "results", "promising", "ALS MND"},
        ),
        (
            "Une start-up israélienne propose une perfusion d'astrocytes, est-ce sûr ?",
            {"start-up", "Israeli Israel", "infusion", "astrocytes", "safe safety"},
        ),
        (
            "Faut-il payer une clinique privée à l'étranger ? C'est très cher.",
            {"pay", "private clinic", "abroad", "expensive"},
        ),
        ("Quels sont les effets secondaires de la ponction lombaire ?", {"side effects", "lumbar puncture"}),
        (
            "Mon neurologue me conseille d'attendre les données de l'étude.",
            {"neurologist", "advise advice", "wait", "data", "study"},
        ),
        (
            "Recommandez-vous ce complément alimentaire en gélules ou en poudre ?",
            {"recommend", "supplement", "capsule", "powder"},
        ),
        (
            "Le médicament est-il autorisé par l'agence européenne du médicament ?",
            {"drug medicine", "approved authorised", "regulator"},
        ),
        (
            "Les anticorps monoclonaux d'un laboratoire américain sont-ils efficaces ?",
            {"monoclonal antibody", "laboratory", "American United States", "effective"},
        ),
        (
            "Mon père a du mal à avaler et à respirer, la ventilation non invasive aide-t-elle ?",
            {"swallowing", "breathing", "ventilation", "help"},
        ),
        (
            "Y a-t-il des preuves que le régime cétogène ralentit la progression ?",
            {"proof", "diet", "ketogenic", "slow down", "disease progression"},
        ),
        ("Quelle est la position de l'association sur l'accès précoce ?", {"position", "association", "early access"}),
        (
            "Est-ce que ça vaut le coup d'essayer les injections de moelle osseuse ?",
            {"worth it", "try", "injection", "bone marrow"},
        ),
        (
            "Les oligonucléotides antisens atteignent-ils le liquide céphalo-rachidien ?",
            {"oligonucleotide", "antisense", "cerebrospinal fluid"},
        ),
        (
            "Une entreprise coréenne vend un vaccin contre la maladie du motoneurone",
            {"company", "Korean Korea", "vaccine", "ALS MND"},
        ),
    ],
    "de": [
        ("Bringt eine Chelattherapie oder Entgiftung von Schwermetallen bei ALS etwas?", {"chelation", "detox", "heavy metals"}),
        (
            "Was halten Sie von der Gentherapie-Infusion dieser Schweizer Firma?",
            {"what do you think", "gene therapy", "infusion", "Swiss Switzerland", "company"},
        ),
        ("Wirkt die Stammzelltherapie bei ALS?", {"works", "stem cell therapy", "ALS MND"}),
        (
            "Sind die Ergebnisse der klinischen Studie der Phase 2 vielversprechend?",
            {"results", "clinical trial", "phase", "promising"},
        ),
        (
            "Ist die Lumbalpunktion sicher, welche Nebenwirkungen gibt es?",
            {"lumbar puncture", "safe safety", "side effects"},
        ),
        (
            "Lohnt sich eine Privatklinik im Ausland? Die Behandlung ist sehr teuer.",
            {"worth it", "private clinic", "abroad", "treatment", "expensive"},
        ),
        (
            "Eine israelische Biotechfirma bietet Astrozyten aus Knochenmark an",
            {"Israeli Israel", "biotech", "astrocytes", "bone marrow"},
        ),
        ("Mein Neurologe rät mir, auf die Zulassung zu warten", {"neurologist", "advise advice", "approval", "wait"}),
        (
            "Empfehlen Sie dieses Nahrungsergänzungsmittel in Kapseln oder als Pulver?",
            {"recommend", "supplement", "capsule", "powder"},
        ),
        (
            "Gibt es Beweise, dass die ketogene Diät das Fortschreiten verlangsamt?",
            {"proof", "ketogenic", "diet", "disease progression", "slow down"},
        ),
        ("Hilft die nichtinvasive Beatmung bei Schluckstörung und Atemnot?", {"works", "ventilation", "swallowing"}),
        (
            "Ist der Antikörper der japanischen Firma zugelassen?",
            {"antibody", "Japanese Japan", "company", "approved authorised"},
        ),
        ("Sollte ich die Tabletten kaufen oder ausprobieren?", {"should I", "tablet pill", "buy", "try"}),
        (
            "Wie ist die Haltung Ihres Verbandes zum Härtefallprogramm?",
            {"position", "association", "compassionate use"},
        ),
        (
            "Antisense-Medikamente gelangen per Spritze ins Nervenwasser",
            {"antisense", "drug medicine", "injection", "cerebrospinal fluid"},
        ),
        (
            "Nabelschnurstammzellen einer amerikanischen Klinik gegen Muskelschwäche",
            {"umbilical cord", "stem cells", "American United States", "clinic", "muscle weakness"},
        ),
        (
            "Was kostet die Motoneuronerkrankung-Therapie, bezahlt die Krankenkasse?",
            {"cost price", "ALS MND", "therapy", "pay", "health insurance"},
        ),
    ],
    "nl": [
        ("Helpt chelatietherapie of ontgifting van zware metalen bij ALS?", {"chelation", "detox", "heavy metals"}),
        (
            "Werkt de stamceltherapie van dat Zwitserse bedrijf bij ALS?",
            {"works", "stem cell therapy", "Swiss Switzerland", "company", "ALS MND"},
        ),
        ("Wat vindt u van de gentherapie met een infuus?", {"what do you think", "gene therapy", "infusion drip"}),
        (
            "Zijn de resultaten van de klinische studie in fase 3 veelbelovend?",
            {"results", "clinical trial", "phase", "promising"},
        ),
        ("Is een ruggenprik veilig en wat zijn de bijwerkingen?", {"lumbar puncture", "safe safety", "side effects"}),
        (
            "Is een privékliniek in het buitenland de moeite waard? Het is erg duur.",
            {"private clinic", "abroad", "worth it", "expensive"},
        ),
        (
            "Een Israëlisch bedrijf biedt astrocyten uit beenmerg aan",
            {"Israeli Israel", "company", "astrocytes", "bone marrow"},
        ),
        ("Mijn neuroloog zegt dat ik moet wachten op de goedkeuring", {"neurologist", "wait", "approval"}),
        (
            "Kunt u dit voedingssupplement in capsules of als poeder aanraden?",
            {"supplement", "capsule", "powder", "recommend"},
        ),
        (
            "Is er bewijs dat het ketogeen dieet de achteruitgang vertraagt?",
            {"proof", "ketogenic", "diet", "disease progression", "slow down"},
        ),
        ("Helpt beademing bij slikproblemen en ademhaling?", {"works", "ventilation", "swallowing", "breathing"}),
        (
            "Zijn de antilichamen van het Japanse bedrijf goedgekeurd?",
            {"antibody", "Japanese Japan", "company", "approved authorised"},
        ),
        ("Moet ik de pillen kopen of eerst uitproberen?", {"should I", "tablet pill", "buy", "try"}),
        (
            "Wat is het standpunt van de vereniging over compassionate use?",
            {"position", "association", "compassionate use"},
        ),
        (
            "Navelstrengstamcellen van een Amerikaanse kliniek tegen spierzwakte",
            {"umbilical cord", "stem cells", "American United States", "clinic", "muscle weakness"},
        ),
        (
            "Hoeveel kost de behandeling en vergoedt de zorgverzekering het?",
            {"how much does it cost", "treatment", "health insurance"},
        ),
        (
            "Ik heb motorneuronziekte; is het waar dat stamcellen de zenuwen herstellen?",
            {"ALS MND", "is it true", "stem cells", "nerves"},
        ),
    ],
    "pt": [
        ("A quelação ou a desintoxicação de metais pesados ajuda na ELA?", {"chelation", "detox", "heavy metals"}),
        ("As células-tronco de astrócitos funcionam para a ELA?", {"stem cells", "astrocytes", "works", "ALS MND"}),
        (
            "O que acham da terapia génica daquela empresa suíça?",
            {"what do you think", "gene therapy", "company", "Swiss Switzerland"},
        ),
        ("Vale a pena pagar uma clínica privada no estrangeiro?", {"worth it", "pay", "private clinic", "abroad"}),
        (
            "Quais são os efeitos colaterais das injeções intratecais?",
            {"side effects", "injection", "spinal injection intrathecal"},
        ),
        (
            "O ensaio clínico de fase 2 teve resultados promissores?",
            {"clinical trial", "phase", "results", "promising"},
        ),
        (
            "Recomendam o suplemento de vitamina em cápsulas ou em pó?",
            {"recommend", "supplement", "vitamin", "capsule", "powder"},
        ),
        (
            "Uma startup israelense oferece infusão de células estaminais da medula óssea",
            {"start-up", "Israeli Israel", "infusion", "stem cells", "bone marrow"},
        ),
        (
            "Há evidências de que a dieta cetogénica trava a progressão da doença do neurónio motor?",
            {"evidence", "diet", "ketogenic", "slow down", "disease progression", "ALS MND"},
        ),
        (
            "O medicamento está aprovado pelo Infarmed? Quanto custa?",
            {"drug medicine", "approved authorised", "regulator", "how much does it cost"},
        ),
        (
            "O meu pai tem dificuldade em engolir e respirar; a ventilação não invasiva ajuda?",
            {"swallowing", "breathing", "ventilation", "help"},
        ),
        ("Devo esperar ou comprar os comprimidos no exterior?", {"should I", "wait", "buy", "tablet pill", "abroad"}),
        (
            "O anticorpo monoclonal da farmacêutica japonesa é seguro?",
            {"monoclonal antibody", "pharmaceutical company", "Japanese Japan", "safe safety"},
        ),
        ("Qual é a posição da associação sobre o uso compassivo?", {"position", "association", "compassionate use"}),
        (
            "Os oligonucleotídeos antissenso chegam ao líquido cefalorraquidiano por punção lombar?",
            {"oligonucleotide", "antisense", "cerebrospinal fluid", "lumbar puncture"},
        ),
        (
            "É verdade que o cordão umbilical cura a esclerose lateral amiotrófica?",
            {"is it true", "umbilical cord", "cure", "ALS MND"},
        ),
        (
            "Os laboratórios alemães e as empresas brasileiras testam vacinas",
            {"laboratory", "German Germany", "company", "Brazilian Brazil", "vaccine"},
        ),
    ],
    "it": [
        ("La chelazione o la disintossicazione dai metalli pesanti aiuta nella SLA?", {"chelation", "detox", "heavy metals"}),
        ("Il test delle intolleranze alimentari è utile?", {"food intolerance"}),
        ("Le cellule staminali di astrociti funzionano per la SLA?", {"stem cells", "astrocytes", "works", "ALS MND"}),
        (
            "Cosa ne pensate della terapia genica di quella ditta svizzera?",
            {"what do you think", "gene therapy", "company", "Swiss Switzerland"},
        ),
        ("Vale la pena pagare una clinica privata all'estero?", {"worth it", "pay", "private clinic", "abroad"}),
        (
            "Quali sono gli effetti collaterali delle iniezioni intratecali?",
            {"side effects", "injection", "spinal injection intrathecal"},
        ),
        (
            "La sperimentazione clinica di fase 3 ha dato risultati promettenti?",
            {"clinical trial", "phase", "results", "promising"},
        ),
        (
            "Consigliate l'integratore di vitamine in capsule o in polvere?",
            {"recommend", "supplement", "vitamin", "capsule", "powder"},
        ),
        (
            "Una startup israeliana offre un'infusione di cellule del midollo osseo",
            {"start-up", "Israeli Israel", "infusion", "bone marrow"},
        ),
        (
            "Ci sono prove scientifiche che la dieta chetogenica rallenti la progressione?",
            {"evidence", "diet", "ketogenic", "slow down", "disease progression"},
        ),
        (
            "Il farmaco è approvato dall'AIFA? Quanto costa?",
            {"drug medicine", "approved authorised", "regulator", "how much does it cost"},
        ),
        (
            "Mio padre fa fatica a deglutire e respirare; la ventilazione non invasiva aiuta?",
            {"swallowing", "breathing", "ventilation"},
        ),
        ("Dovrei aspettare o comprare le compresse all'estero?", {"should I", "wait", "buy", "tablet pill", "abroad"}),
        (
            "L'anticorpo monoclonale dell'azienda giapponese è sicuro?",
            {"monoclonal antibody", "company", "Japanese Japan", "safe safety"},
        ),
        (
            "Qual è la posizione dell'associazione sull'uso compassionevole?",
            {"position", "association", "compassionate use"},
        ),
        (
            "Gli oligonucleotidi antisenso arrivano al liquor con la puntura lombare?",
            {"oligonucleotide", "antisense", "cerebrospinal fluid", "lumbar puncture"},
        ),
        (
            "È vero che il cordone ombelicale cura la malattia del motoneurone?",
            {"is it true", "umbilical cord", "ALS MND"},
        ),
        (
            "I farmaci biologici delle aziende farmaceutiche tedesche sono sicuri?",
            {"drug medicine", "pharmaceutical company", "German Germany", "safe safety"},
        ),
    ],
    "pl": [
        (
            "Czy komórki macierzyste z astrocytów działają na SLA?",
            {"ALS MND", "astrocytes", "stem cells", "works"},
        ),
        (
            "Co sądzicie o terapii genowej tej szwajcarskiej firmy?",
            {"Swiss Switzerland", "company", "gene therapy", "what do you think"},
        ),
        (
            "Czy warto płacić prywatnej klinice w Meksyku za komórki macierzyste?",
            {"Mexican Mexico", "pay", "private clinic", "stem cells", "worth it"},
        ),
        (
            "Czy zastrzyk do kanału kręgowego jest bezpieczny? Jakie są skutki uboczne?",
            {"injection", "safe safety", "side effects", "spinal injection intrathecal"},
        ),
        (
            "Mój neurolog mówi, że badanie kliniczne fazy 3 nie dało dobrych wyników",
            {"clinical trial", "neurologist", "phase", "results"},
        ),
        (
            "Czy polecacie suplement z witaminą E w proszku?",
            {"powder", "recommend", "supplement", "vitamin"},
        ),
        (
            "Izraelski startup oferuje wlew komórek ze szpiku kostnego",
            {"Israeli Israel", "bone marrow", "cells", "infusion", "start-up"},
        ),
        (
            "Czy są dowody, że dieta ketogeniczna spowalnia chorobę neuronu ruchowego?",
            {"ALS MND", "diet", "evidence", "ketogenic", "slow down"},
        ),
        (
            "Czy lek jest zatwierdzony przez Europejską Agencję Leków? Ile kosztuje?",
            {"approved authorised", "drug medicine", "how much does it cost", "regulator"},
        ),
        (
            "Mama ma problemy z połykaniem i oddychaniem, czy pomoże wentylacja nieinwazyjna?",
            {"breathing", "swallowing", "ventilation", "works"},
        ),
        (
            "Czy powinienem poczekać, czy kupić kapsułki za granicą?",
            {"abroad", "buy", "capsule", "should I", "wait"},
        ),
        (
            "Czy przeciwciało monoklonalne japońskiej firmy jest obiecujące?",
            {"Japanese Japan", "company", "monoclonal antibody", "promising"},
        ),
        (
            "Czy tabletki niemieckiego laboratorium są skuteczne na skurcze mięśni?",
            {"German Germany", "cramps", "effective", "laboratory", "muscles", "tablet pill"},
        ),
        (
            "Jakie jest stanowisko stowarzyszenia w sprawie wczesnego dostępu?",
            {"association", "early access", "position"},
        ),
        (
            "Czy oligonukleotydy antysensowne docierają do płynu mózgowo-rdzeniowego przez punkcję lędźwiową?",
            {"antisense", "cerebrospinal fluid", "lumbar puncture", "oligonucleotide"},
        ),
        (
            "Czy to prawda, że pępowina leczy stwardnienie boczne zanikowe?",
            {"ALS MND", "is it true", "umbilical cord"},
        ),
        (
            "Czy refundacja obejmuje ten lek, czy trzeba go kupić przez internet?",
            {"buy", "drug medicine", "health insurance", "online internet"},
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, q, e) for language, rows in QUESTIONS.items() for q, e in rows],
)
def test_questions_gloss_to_their_english_terms(language, question, expected):
    found = gloss(question, language)
    assert expected <= set(found), f"missing {expected - set(found)} in {found}"


def test_every_language_has_at_least_15_questions():
    assert all(len(QUESTIONS[language]) >= 15 for language in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_are_large_and_normalised(language):
    table = GLOSSARY[language]
    assert len(table) >= 250
    for term, english in table.items():
        assert term == normalise(term), term
        assert english and english == english.strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_names_the_disease_and_the_countries(language):
    expected = {
        "ALS MND",
        "stem cells",
        "gene therapy",
        "Swiss Switzerland",
        "Israeli Israel",
        "American United States",
        "works",
        "worth it",
        "what do you think",
    }
    assert expected <= set(GLOSSARY[language].values())


def test_output_order_is_order_of_appearance_and_each_term_once():
    found = gloss("ELA: células madre, ELA y más células madre de Suiza", "es")
    assert found == ["ALS MND", "stem cells", "Swiss Switzerland"]


def test_longest_phrase_wins_over_its_words():
    # "médula ósea" is bone marrow, not spinal cord; "clínica privada" is not just "clinic".
    assert gloss("médula ósea", "es") == ["bone marrow"]
    assert gloss("clínica privada", "es") == ["private clinic"]
    assert gloss("moelle osseuse", "fr") == ["bone marrow"]
    assert gloss("la marche", "fr") == ["walking"]
    assert gloss("ça marche", "fr") == ["works"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Stammzelltherapie", "de", ["stem cell therapy"]),
        ("Gentherapie", "de", ["gene therapy"]),
        ("Knochenmarkstammzellen", "de", ["bone marrow", "stem cells"]),
        ("Stammzellklinik", "de", ["stem cells", "clinic"]),
        ("Astrozytenspritze", "de", ["astrocytes", "injection"]),
        ("Schweizerfirma", "de", ["Swiss Switzerland", "company"]),
        ("Zulassungsstudie", "de", ["approval", "study"]),
        ("Wunderheilung", "de", ["miracle", "cure"]),
        ("Gentherapiestudien", "de", ["gene therapy", "study"]),
        ("Studienergebnissen", "de", ["study", "results"]),
        ("Beenmergstamcellen", "nl", ["bone marrow", "stem cells"]),
        ("stamcelkliniek", "nl", ["stem cells", "clinic"]),
        ("gentherapiestudie", "nl", ["gene therapy", "study"]),
        ("navelstrengstamcellen", "nl", ["umbilical cord", "stem cells"]),
    ],
)
def test_german_and_dutch_compounds_split_over_listed_stems(text, language, expected):
    assert gloss(text, language) == expected


def test_unlisted_first_part_of_a_compound_needs_a_long_listed_head():
    assert gloss("Superstammzellen", "de") == ["stem cells"]
    assert gloss("Kandidaten", "de") == []  # not "data"
    assert gloss("Gesellschaftsspiel", "de") == []  # the head "spiel" is not listed


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("celulas madre", "es", ["stem cells"]),
        ("CÉLULAS MADRE", "es", ["stem cells"]),
        ("empresas suizas", "es", ["company", "Swiss Switzerland"]),
        ("compañías alemanas", "es", ["company", "German Germany"]),
        ("inyecciones", "es", ["injection"]),
        ("cellules souches", "fr", ["stem cells"]),
        ("sociétés israéliennes", "fr", ["company", "Israeli Israel"]),
        ("études prometteuses", "fr", ["study", "promising"]),
        ("essais cliniques européens", "fr", ["clinical trial", "European Europe"]),
        ("Ärzte", "de", ["doctor"]),
        ("Nebenwirkungen", "de", ["side effects"]),
        ("amerikanischen Firmen", "de", ["American United States", "company"]),
        ("Maßnahme Eiweiß", "de", ["protein"]),
        ("stamcellen", "nl", ["stem cells"]),
        ("Zwitserse bedrijven", "nl", ["Swiss Switzerland", "company"]),
        ("injeções", "pt", ["injection"]),
        ("células estaminais mesenquimais", "pt", ["stem cells", "mesenchymal"]),
        ("empresas alemãs", "pt", ["company", "German Germany"]),
        ("cellule staminali", "it", ["stem cells"]),
        ("farmaci tedeschi", "it", ["drug medicine", "German Germany"]),
        ("studi clinici", "it", ["clinical trial"]),
        # Polish cases, with and without Polish letters: the table writes the nominative.
        ("tabletki, tabletkę, tabletce, tabletką, tabletek, tabletkami", "pl", ["tablet pill"]),
        ("leku, lekiem, leki, leków, lekach", "pl", ["drug medicine"]),
        ("zastrzykiem", "pl", ["injection"]),
        ("w internecie", "pl", ["online internet"]),
        ("białka, białkiem, białek", "pl", ["protein"]),
        ("terapii genowej", "pl", ["gene therapy"]),
        ("terapię genową", "pl", ["gene therapy"]),
        ("komórek macierzystych", "pl", ["stem cells"]),
        ("komorkami macierzystymi", "pl", ["stem cells"]),
        ("ze szpiku kostnego", "pl", ["bone marrow"]),
        ("badań klinicznych", "pl", ["clinical trial"]),
        ("w badaniach klinicznych", "pl", ["clinical trial"]),
        ("w prywatnej klinice", "pl", ["private clinic"]),
        ("punkcji lędźwiowej", "pl", ["lumbar puncture"]),
        ("chorobą neuronów ruchowych", "pl", ["ALS MND"]),
        ("stwardnienia zanikowego bocznego", "pl", ["ALS MND"]),
        ("przeciwciałami", "pl", ["antibody"]),
        ("we wlewie", "pl", ["infusion"]),
        ("wczesnego dostępu", "pl", ["early access"]),
        ("ŁÓDŹ, działa", "pl", ["works"]),  # "ł" has no accent to strip: it is its own letter
        ("infusen", "nl", ["infusion drip"]),  # Dutch writes a long vowel single in an open syllable: infuus
    ],
)
def test_accents_plurals_and_gender_are_tolerated(text, language, expected):
    assert gloss(text, language) == expected


def test_acronyms_that_are_everyday_words_count_only_in_capitals():
    assert gloss("ALS", "de") == ["ALS MND"]
    assert gloss("mehr als ein Jahr", "de") == []
    assert gloss("als het werkt", "nl") == ["works"]
    assert gloss("Ela funciona?", "pt") == ["works"]
    assert gloss("A ELA", "pt") == ["ALS MND"]
    assert gloss("la ela", "es") == ["ALS MND"]


def test_short_words_are_not_mistaken_for_inflected_terms():
    assert gloss("sich", "de") == []  # not "sicher"
    assert gloss("el", "es") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("sur la table", "fr", []),  # "sûr" without its accent is "sur"
        ("un jeune patient", "fr", ["patient"]),  # "jeûne" without its accent is "jeune"
        ("le marché", "fr", ["market"]),
        ("est-ce sûr ?", "fr", ["safe safety"]),
        ("wir zählen", "de", []),  # "zählen" without its umlaut is "zahlen"
        ("verwachten", "nl", []),  # a prefix, not an unlisted compound part
        ("se usa mucho", "es", []),
        ("una empresa de USA", "es", ["company", "American United States"]),
        ("ele pega", "pt", []),
        ("versuchen", "de", ["try"]),  # the word as written wins over its relative "Versuch"
    ],
)
def test_accent_free_homographs_and_everyday_words(text, language, expected):
    assert gloss(text, language) == expected


def test_unknown_language_and_english_give_nothing():
    assert gloss("¿Funcionan las células madre para la ELA?", "xx") == []
    assert gloss("Do stem cells work for ALS?", "en") == []
    assert gloss("", "es") == []
    assert gloss("?!", "de") == []


def test_no_catastrophic_matching_on_long_or_hostile_input():
    hostile = ("a" * 5000 + " ") * 20 + "células madre " * 2000 + "x" * 100_000
    compounds = "Stammzellstammzellstammzell" * 200
    start = time.perf_counter()
    assert "stem cells" in gloss(hostile, "es")
    gloss(compounds, "de")
    gloss(hostile.replace("células madre", "Stammzellen"), "de")
    assert time.perf_counter() - start < 5


# Questions that describe a therapy instead of naming it (all invented): route, schedule,
# mechanism, source, access and money words must reach their English equivalents.
DESCRIBED: dict[str, list[tuple[str, set[str]]]] = {
    "es": [
        (
            "¿Qué opinan de una inyección semanal bajo la piel que reduce el glutamato?",
            {"injection", "weekly", "subcutaneous under the skin", "reduce lower", "glutamate"},
        ),
        (
            "¿Se puede comprar sin receta en una farmacia extranjera? ¿Lo cubre el seguro?",
            {"buy", "without prescription", "foreign pharmacy abroad", "health insurance"},
        ),
        (
            "Un suplemento de algas marinas que protege las neuronas, ¿está demostrado?",
            {"supplement", "seaweed algae", "neuroprotection protects nerve cells", "proven"},
        ),
        (
            "¿Deberíamos unirnos al club de compradores o esperar al acceso ampliado?",
            {"should I", "buyers club group purchase", "wait", "expanded access"},
        ),
        (
            "Es un medicamento contra la leucemia que se toma una vez al día en pastillas",
            {"drug medicine", "leukaemia", "daily", "tablet pill"},
        ),
        (
            "La terapia génica de una sola vez con un virus modificado, ¿cuánto cuesta?",
            {"gene therapy", "once single one-time", "virus", "how much does it cost"},
        ),
        (
            "Un péptido sintético contra los agregados de proteína y el estrés oxidativo, aún sin probar",
            {"synthetic peptide", "protein clumps aggregates", "oxidative stress", "unproven"},
        ),
        (
            "¿Debo dejar de tomar las cápsulas si tengo efectos secundarios o es mejor en polvo?",
            {"should I", "stop taking", "capsule", "side effects", "powder"},
        ),
    ],
    "fr": [
        (
            "un comprimé censé empêcher l'agrégation de la protéine TDP-43",
            {"tablet pill", "prevent block", "protein clumps aggregates", "protein"},
        ),
        (
            "Une injection mensuelle sous la peau, remboursée par la sécurité sociale ?",
            {"injection", "monthly", "subcutaneous under the skin", "health insurance"},
        ),
        (
            "Peut-on acheter ce complément sans ordonnance sur un site internet étranger ?",
            {"buy", "supplement", "without prescription", "website", "abroad"},
        ),
        (
            "Des cellules souches de mes propres cellules greffées, est-ce prouvé ?",
            {"stem cells", "own cells autologous", "transplant", "proven"},
        ),
        (
            "Faut-il arrêter de prendre le riluzole pendant l'essai contre placebo ?",
            {"should I", "stop taking", "riluzole", "clinical trial", "placebo"},
        ),
        (
            "Un anticancéreux repositionné qui protège les neurones et l'énergie des cellules",
            {"cancer", "repurposed drug", "neuroprotection protects nerve cells", "cell energy"},
        ),
        (
            "Un achat groupé de gélules d'algues dans une pharmacie à l'étranger, c'est légal ?",
            {"buyers club group purchase", "capsule", "seaweed algae", "foreign pharmacy abroad", "legal"},
        ),
    ],
    "de": [
        ("die einmalige Gentherapie per Lumbalpunktion", {"once single one-time", "gene therapy", "lumbar puncture"}),
        (
            "Ein Nahrungsergänzungsmittel aus Algen aus einer Versandapotheke, lohnt sich das?",
            {"supplement", "seaweed algae", "foreign pharmacy abroad", "worth it"},
        ),
        (
            "Das Krebsmedikament soll die Verklumpung des Proteins verhindern, ist das bewiesen?",
            {"cancer", "protein clumps aggregates", "protein", "prevent block", "proven"},
        ),
        (
            "Bekommt man den Antikörper über das Härtefallprogramm als Infusion in die Vene?",
            {"antibody", "compassionate use", "infusion", "intravenous drip"},
        ),
        (
            "Eine wöchentliche Spritze unter die Haut, die Glutamat senkt und ohne Rezept erhältlich ist",
            {"weekly", "injection", "subcutaneous under the skin", "glutamate", "reduce lower", "without prescription"},
        ),
        (
            "Soll ich die Tabletten absetzen, wenn die Leber Probleme macht? Ist das unbewiesen?",
            {"should I", "tablet pill", "stop taking", "liver", "unproven"},
        ),
    ],
    "nl": [
        (
            "een drankje op basis van zeewier via een buitenlandse apotheek",
            {"drink", "seaweed algae", "foreign pharmacy abroad"},
        ),
        (
            "Een wekelijkse injectie onder de huid tegen ontsteking, wordt dat vergoed?",
            {"weekly", "injection", "subcutaneous under the skin", "inflammation", "health insurance"},
        ),
        (
            "Zijn stamcellen uit eigen beenmerg bewezen effectief, of is het een kwakzalver?",
            {"stem cells", "bone marrow", "proven", "effective", "quack"},
        ),
        (
            "Kan ik het middel zonder recept online bestellen bij een inkoopgroep?",
            {"drug medicine", "without prescription", "online internet", "order", "buyers club group purchase"},
        ),
        (
            "Moet ik stoppen met innemen? Het eenmalige virus als genetische drager is onbewezen",
            {"should I", "stop taking", "once single one-time", "virus", "unproven"},
        ),
        (
            "Een epilepsiemiddel dat de eiwitophoping in motorneuronen zou tegengaan",
            {"epilepsy", "protein clumps aggregates", "motor neurons", "prevent block"},
        ),
    ],
    "pt": [
        ("a cápsula que ajuda as mitocôndrias", {"capsule", "help", "mitochondria"}),
        (
            "Uma injeção mensal debaixo da pele reduz a inflamação?",
            {"injection", "monthly", "subcutaneous under the skin", "reduce lower", "inflammation"},
        ),
        (
            "Posso comprar o remédio sem receita numa farmácia no estrangeiro pela internet?",
            {"buy", "drug medicine", "without prescription", "foreign pharmacy abroad", "online internet"},
        ),
        (
            "A terapia génica de uma só vez com um vírus modificado é segura para crianças?",
            {"gene therapy", "once single one-time", "virus", "safe safety", "children"},
        ),
        (
            "Um remédio para a enxaqueca que protege os neurónios, ainda não comprovado",
            {"drug medicine", "migraine", "neuroprotection protects nerve cells", "unproven"},
        ),
        (
            "Devo parar de tomar o suplemento de algas? Há compra coletiva no Brasil?",
            {"should I", "stop taking", "supplement", "seaweed algae", "buyers club group purchase"},
        ),
    ],
    "it": [
        ("integratori online senza ricetta", {"supplement", "online internet", "without prescription"}),
        (
            "Un'iniezione settimanale sotto la pelle che protegge i neuroni, è provata?",
            {"injection", "weekly", "subcutaneous under the skin", "neuroprotection protects nerve cells", "proven"},
        ),
        (
            "Un farmaco per l'epilessia riposizionato per la SLA, si può avere ad uso compassionevole?",
            {"drug medicine", "epilepsy", "repurposed drug", "ALS MND", "compassionate use"},
        ),
        (
            "Il gruppo di acquisto compra le compresse all'estero, è legale?",
            {"buyers club group purchase", "buy", "tablet pill", "abroad", "legal"},
        ),
        (
            "Dovrei smettere di prendere le capsule di alghe se ho mal di testa?",
            {"should I", "stop taking", "capsule", "seaweed algae", "headache"},
        ),
        (
            "Una terapia genica una tantum con vettore virale contro gli aggregati proteici",
            {"gene therapy", "once single one-time", "virus", "protein clumps aggregates"},
        ),
    ],
    "pl": [
        (
            "Co sądzicie o cotygodniowym zastrzyku podskórnym, który obniża glutaminian?",
            {"glutamate", "injection", "reduce lower", "subcutaneous under the skin", "weekly", "what do you think"},
        ),
        (
            "Czy można to kupić bez recepty w zagranicznej aptece? Czy jest refundowany?",
            {"buy", "foreign pharmacy abroad", "health insurance", "without prescription"},
        ),
        (
            "Suplement z wodorostów, który chroni neurony i mitochondria – czy jest udowodniony?",
            {"mitochondria", "neuroprotection protects nerve cells", "proven", "seaweed algae", "supplement"},
        ),
        (
            "Lek na białaczkę brany raz dziennie w tabletkach, czy działa na SLA?",
            {"ALS MND", "daily", "drug medicine", "leukaemia", "tablet pill", "works"},
        ),
        (
            "Jednorazowa terapia genowa ze zmodyfikowanym wirusem – ile to kosztuje?",
            {"gene therapy", "how much does it cost", "once single one-time", "virus"},
        ),
        (
            "Syntetyczny peptyd przeciw agregatom białka i stresowi oksydacyjnemu, jeszcze niesprawdzony",
            {"oxidative stress", "protein clumps aggregates", "synthetic peptide", "unproven"},
        ),
        (
            "Czy mam odstawić kapsułki, jeśli mam skutki uboczne, czy lepiej wziąć udział w badaniu klinicznym?",
            {"capsule", "clinical trial", "should I", "side effects", "stop taking", "take part enrol"},
        ),
        (
            "Przeciwciało przeciw zapaleniu, podawane we wlewie raz w miesiącu w prywatnej klinice",
            {"antibody", "inflammation", "infusion", "monthly", "private clinic"},
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, q, e) for language, rows in DESCRIBED.items() for q, e in rows],
)
def test_described_therapies_gloss_to_their_english_terms(language, question, expected):
    found = gloss(question, language)
    assert expected <= set(found), f"missing {expected - set(found)} in {found}"


def test_every_language_has_at_least_5_described_therapies():
    assert all(len(DESCRIBED[language]) >= 5 for language in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_describes_routes_mechanisms_sources_and_access(language):
    expected = {
        "weekly",
        "daily",
        "monthly",
        "once single one-time",
        "subcutaneous under the skin",
        "nasal spray",
        "eye drops",
        "protein clumps aggregates",
        "glutamate",
        "oxidative stress",
        "neuroprotection protects nerve cells",
        "own cells autologous",
        "synthetic peptide",
        "biomarker",
        "seaweed algae",
        "plant herbal",
        "repurposed drug",
        "leukaemia",
        "epilepsy",
        "children",
        "online internet",
        "website",
        "foreign pharmacy abroad",
        "without prescription",
        "buyers club group purchase",
        "expanded access",
        "unproven",
        "stop taking",
    }
    assert expected <= set(GLOSSARY[language].values()), expected - set(GLOSSARY[language].values())


# Everyday sentences, some full of words that look like inflected terms: no gloss at all.
EVERYDAY = [
    ("Tiene la cara roja y vive en la costa; le dije algo ayer por la tarde", "es"),
    ("Mañana vamos a la playa con los amigos y hablamos de fútbol", "es"),
    ("Nous avons pris le train pour voir la reine, n'importe quoi, en avance comme d'habitude", "fr"),
    ("Wir haben natürlich noch einmal über die Herausforderung gesprochen und Saarbrücken besucht", "de"),
    ("We gaan natuurlijk samen op vakantie en ze leveren de fietsen morgen", "nl"),
    ("Kriegsverbrechen in den Landkreisen, Hautpflege und Positionieren", "de"),  # not stems of terms
    ("De voetbalcompetitie en de overlevering van het verhaal", "nl"),
    ("Estou vendo o jogo com meu cara, que legal, ele tinha sido avisado e veio", "pt"),
    ("Cara Maria, il migliore amico ha pianto, un caro saluto e buone vacanze al mare", "it"),
    ("Funge da esempio per i casi ordinari", "it"),
    ("Un peu de tout: don't, has, done", "fr"),
    ("Mój brat mówi, że jutro pojedziemy nad morze, ale droga jest długa", "pl"),
    ("Wynika z tego, że w tym dziale pracują dobrzy ludzie; kurczę, dany dzień był trudny", "pl"),
    ("Dzień dobry, dziękuję za odpowiedź, pozdrawiam serdecznie z Krakowa", "pl"),
]


@pytest.mark.parametrize(("text", "language"), EVERYDAY)
def test_everyday_sentences_gloss_to_nothing(text, language):
    assert gloss(text, language) == []


def test_a_verb_form_is_not_the_noun_it_resembles():
    # "habló" (he spoke) without its accent is "hablo", one gender rewrite from "habla" (speech).
    assert "speech" not in gloss("Mi padre habló con el neurólogo sobre algo que vio en internet", "es")
    assert gloss("problemas del habla", "es") == ["speech"]
    assert gloss("ya no puede hablar", "es") == ["speech"]
    assert gloss("algas", "es") == ["seaweed algae"]
    assert gloss("la terapia es cara", "es") == ["therapy", "expensive"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_words_taken_as_written_are_not_terms_themselves(language):
    assert not AS_WRITTEN.get(language, frozenset()) & set(GLOSSARY[language])


def test_polish_everyday_words_that_decline_like_terms_are_not_terms():
    # "mówi" (says) is not "mowa" (speech), "droga" (road) not "drogi" (expensive), "braci"
    # (brothers) not "brać" (take), "działy" (departments) not "działa" (works).
    assert gloss("Lekarz mówi, że to droga dla braci", "pl") == ["doctor"]
    assert gloss("Dwa działy firmy", "pl") == ["company"]
    assert gloss("To jest bardzo drogie", "pl") == ["expensive"]
    assert gloss("nie może mówić", "pl") == ["speech"]
    assert gloss("do dna", "pl") == []
    assert gloss("DNA", "pl") == ["DNA"]


# Everyday domain words every language's table has ("where", "children", "family", the countries).
EVERYDAY_CONCEPTS = {
    "where",
    "how much",
    "children",
    "family",
    "help",
    "data",
    "information",
    "news",
    "publication",
    "organisation",
    "company",
    "buy",
    "online internet",
    "results",
    "study",
    "works",
    "worth it",
    "should I",
    "safe safety",
    "hope",
    "heart",
    "voice",
    "speech",
    # The body: everyday words, and what a person describing a device on the legs or a pill for the
    # stomach needs glossed.
    "head",
    "hands",
    "arms hands",
    "legs",
    "feet",
    "mouth",
    "nose",
    "light",
    # Round four: the eyes and music are everyday words too ("oczy", "muzyka").
    "eyes",
    "sound music",
}


def test_the_most_common_polish_words_gloss_only_to_everyday_concepts():
    from wordfreq import top_n_list

    found = {english for word in top_n_list("pl", 1000) for english in gloss(word, "pl")}
    nationalities = {english for english in found if english.split()[-1].istitle()}  # "Polish Poland"
    assert found - nationalities <= EVERYDAY_CONCEPTS, found - nationalities - EVERYDAY_CONCEPTS


# Round two (all invented): devices and other non-drug interventions, diet and supplements, and
# the classes of drug people describe instead of naming ("a blood pressure medicine").
DEVICES_DIET_DRUG_CLASSES = {
    "es": [
        ("¿Sirve el casco de luz infrarroja o la terapia con láser?", {"light helmet", "laser"}),
        ("Mi padre usa una mascarilla nasal por la noche y un asistente para la tos", {"mask", "cough assist"}),
        (
            "¿Un entrenador respiratorio o un comunicador con control ocular?",
            {"breathing trainer", "communication aid", "eye gaze"},
        ),
        (
            "La bebida de cetonas para atletas, ¿y los batidos de proteínas hipercalóricos?",
            {"ketone drink", "athletes", "protein shake", "high calorie"},
        ),
        ("¿Tomo vitamina D, vitamina B12 o aceite de CBD?", {"vitamin D", "vitamin B12", "cannabis oil"}),
        (
            "Un medicamento para la tensión o un antidiabético usado fuera de indicación",
            {"blood pressure medicine", "diabetes drug", "off-label"},
        ),
        ("Es un medicamento antiguo para la diabetes con imanes", {"repurposed drug", "diabetes", "magnet"}),
    ],
    "fr": [
        ("Le casque lumineux en proche infrarouge marche-t-il ?", {"light helmet", "infrared light", "works"}),
        (
            "Un masque nasal, une aide à la toux et un outil de communication à commande oculaire",
            {"mask", "cough assist", "communication aid", "eye gaze"},
        ),
        (
            "La boisson cétonique des athlètes et les shakes protéinés hypercaloriques",
            {"ketone drink", "athletes", "protein shake", "high calorie"},
        ),
        ("Vitamine D, vitamine B12 ou huile de CBD ?", {"vitamin D", "vitamin B12", "cannabis oil"}),
        (
            "Un antihypertenseur ou un antidiabétique prescrit hors AMM ?",
            {"blood pressure medicine", "diabetes drug", "off-label"},
        ),
        ("La photothérapie, le laser et les aimants", {"light therapy", "laser", "magnet"}),
    ],
    "de": [
        ("Hilft ein Nahinfrarot-Lichthelm bei ALS?", {"infrared light", "light helmet", "ALS MND"}),
        ("Atemtrainer, Hustenassistent oder eine Beatmungsmaske?", {"breathing trainer", "cough assist", "mask"}),
        ("Ein Sprachcomputer mit Augensteuerung", {"communication aid", "eye gaze"}),
        (
            "Das Ketongetränk für Sportler und hochkalorische Proteinshakes",
            {"ketone drink", "athletes", "high calorie", "protein shake"},
        ),
        ("Vitamin D, Vitamin B12 und CBD-Öl", {"vitamin D", "vitamin B12", "cannabis oil"}),
        (
            "Ein Blutdruckmittel oder Diabetesmittel off-label nehmen?",
            {"blood pressure medicine", "diabetes drug", "off-label"},
        ),
        ("Lasertherapie, Lichttherapie und Magnetfeldtherapie", {"laser", "light therapy", "magnet"}),
    ],
    "nl": [
        ("Werkt een lichthelm met nabij-infrarood?", {"works", "light helmet", "infrared light"}),
        ("Een ademtrainer, een hoestassistent of een neusmasker?", {"breathing trainer", "cough assist", "mask"}),
        ("Een spraakcomputer met oogbesturing", {"communication aid", "eye gaze"}),
        (
            "Ketondrank voor topsporters en calorierijke eiwitshakes",
            {"ketone drink", "athletes", "high calorie", "protein shake"},
        ),
        ("Vitamine D, vitamine B12 en CBD-olie", {"vitamin D", "vitamin B12", "cannabis oil"}),
        (
            "Een bloeddrukmiddel of diabetesmiddel off-label gebruiken?",
            {"blood pressure medicine", "diabetes drug", "off-label"},
        ),
    ],
    "pt": [
        ("O capacete de luz infravermelha funciona?", {"light helmet", "works"}),
        ("Máscara nasal, assistente de tosse e treinador respiratório", {"mask", "cough assist", "breathing trainer"}),
        ("Um comunicador com controle ocular", {"communication aid", "eye gaze"}),
        (
            "A bebida de cetonas dos atletas e o batido de proteína hipercalórico",
            {"ketone drink", "athletes", "protein shake", "high calorie"},
        ),
        ("Vitamina D, vitamina B12 ou óleo de CBD?", {"vitamin D", "vitamin B12", "cannabis oil"}),
        (
            "Um remédio para a pressão ou antidiabético usado fora da bula",
            {"blood pressure medicine", "diabetes drug", "off-label"},
        ),
    ],
    "it": [
        ("Il casco a infrarossi o la laserterapia funzionano?", {"light helmet", "laser", "works"}),
        (
            "Maschera nasale, macchina della tosse e allenatore respiratorio",
            {"mask", "cough assist", "breathing trainer"},
        ),
        ("Un comunicatore oculare per la SLA", {"eye gaze", "ALS MND"}),
        (
            "La bevanda chetonica per gli atleti e il frullato proteico ipercalorico",
            {"ketone drink", "athletes", "protein shake", "high calorie"},
        ),
        ("Vitamina D, vitamina B12 oppure olio di CBD?", {"vitamin D", "vitamin B12", "cannabis oil"}),
        (
            "Un antipertensivo o un antidiabetico usato off-label",
            {"blood pressure medicine", "diabetes drug", "off-label"},
        ),
    ],
    "pl": [
        ("Czy hełm świetlny na podczerwień działa na SLA?", {"light helmet", "works", "ALS MND"}),
        ("Maska nosowa, koflator i trener oddechowy", {"mask", "cough assist", "breathing trainer"}),
        ("Komunikator ze sterowaniem wzrokiem", {"communication aid", "eye gaze"}),
        (
            "Napój ketonowy dla sportowców i wysokokaloryczny koktajl białkowy",
            {"ketone drink", "athletes", "high calorie", "protein shake"},
        ),
        ("Witamina D, witamina B12 czy olej CBD?", {"vitamin D", "vitamin B12", "cannabis oil"}),
        (
            "Lek na nadciśnienie albo lek na cukrzycę stosowany poza wskazaniami",
            {"blood pressure medicine", "diabetes drug", "off-label"},
        ),
        ("Laseroterapia, fototerapia i magnesy", {"laser", "light therapy", "magnet"}),
    ],
}
EVERYDAY_ROUND2 = [
    ("Transporteren de fietsen naar het station", "nl"),
    ("Wilhelm hat einen neuen Laserdrucker, und die Maskenpflicht ist vorbei", "de"),
    ("Una calamità, una vera calamità", "it"),
    ("Une activité sportive le week-end", "fr"),
]


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, q, e) for language, rows in DEVICES_DIET_DRUG_CLASSES.items() for q, e in rows],
)
def test_devices_diet_and_drug_classes_gloss_to_their_english_terms(language, question, expected):
    found = gloss(question, language)
    assert expected <= set(found), f"missing {expected - set(found)} in {found}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_devices_diet_and_drug_classes(language):
    expected = {
        "helmet",
        "light helmet",
        "light therapy",
        "infrared light",
        "laser",
        "magnet",
        "electrical stimulation",
        "breathing trainer",
        "ventilation",
        "mask",
        "cough assist",
        "wheelchair",
        "communication aid",
        "eye gaze",
        "ketones",
        "ketone drink",
        "athletes",
        "creatine",
        "protein shake",
        "high calorie",
        "vitamin D",
        "vitamin B12",
        "coenzyme Q10",
        "omega 3",
        "cannabis oil",
        "turmeric curcumin",
        "probiotic",
        "blood pressure medicine",
        "diabetes",
        "diabetes drug",
        "antidepressant",
        "epilepsy",
        "cancer",
        "antiviral",
        "antibiotic",
        "immunotherapy",
        "hormone",
        "repurposed drug",
        "off-label",
    }
    assert expected <= set(GLOSSARY[language].values()), expected - set(GLOSSARY[language].values())


@pytest.mark.parametrize(("text", "language"), EVERYDAY_ROUND2)
def test_everyday_words_near_the_new_terms_gloss_to_nothing(text, language):
    # "transporteren" is not "trans" + "sporter", "calamità" (calamity) is not "calamita" (magnet).
    assert gloss(text, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_most_common_words_are_no_device_diet_or_drug_class(language):
    from wordfreq import top_n_list

    new = {
        "light helmet",
        "light therapy",
        "infrared light",
        "breathing trainer",
        "cough assist",
        "communication aid",
        "eye gaze",
        "ketones",
        "ketone drink",
        "protein shake",
        "high calorie",
        "vitamin D",
        "vitamin B12",
        "cannabis oil",
        "blood pressure medicine",
        "diabetes drug",
        "off-label",
    }
    found = {
        (word, english) for word in top_n_list(language, 5000) for english in gloss(word, language) if english in new
    }
    assert not found


# Round three (all invented): the lay words of a therapy described, not named: devices worn on
# the body, body parts, animal and early research, mechanisms, forms and money.
DESCRIBED_ROUND3 = {
    "es": [
        (
            "¿Sirve una manga con electrodos y corriente eléctrica para las piernas?",
            {"sleeve cuff", "electrode", "electric current", "legs"},
        ),
        ("Una cinta para la cabeza que estimula el cerebro con luz", {"headband", "stimulation", "brain", "light"}),
        (
            "Células de grasa del abdomen inyectadas bajo la piel",
            {"fat-derived cells", "stomach belly", "subcutaneous under the skin"},
        ),
        (
            "Un inhibidor de quinasa probado solo en ratas y voluntarios sanos",
            {"kinase inhibitor", "rats rodents", "healthy volunteers"},
        ),
        (
            "Activa la autofagia; se paga una cuota de inscripción en euros",
            {"autophagy cell clean-up", "registration fee", "euros"},
        ),
        ("Gominolas con suscripción mensual desde ultramar", {"gummies", "subscription", "monthly", "overseas"}),
    ],
    "fr": [
        (
            "Un manchon à électrodes pour les jambes, avec un courant électrique ?",
            {"sleeve cuff", "electrode", "electric current", "legs"},
        ),
        ("Un bandeau qui stimule le cerveau par la lumière", {"headband", "stimulation", "brain", "light"}),
        (
            "Des cellules graisseuses du ventre injectées sous la peau",
            {"fat-derived cells", "stomach belly", "subcutaneous under the skin"},
        ),
        (
            "Un inhibiteur de kinase testé sur des rats et des volontaires sains",
            {"kinase inhibitor", "rats rodents", "healthy volunteers"},
        ),
        (
            "Ça active l'autophagie ; les frais d'inscription sont en euros",
            {"autophagy cell clean-up", "registration fee", "euros"},
        ),
        ("Des gummies par abonnement venus d'outre-mer", {"gummies", "subscription", "overseas"}),
    ],
    "de": [
        (
            "Lohnt sich eine Manschette mit elektrischer Muskelstimulation für die Beine?",
            {"worth it", "sleeve cuff", "electric", "muscles", "stimulation", "legs"},
        ),
        ("Ein Stirnband, das das Gehirn mit Licht stimuliert", {"headband", "brain", "light", "stimulation"}),
        (
            "Fettzellen aus dem Bauch unter die Haut gespritzt",
            {"fat adipose", "cells", "stomach belly", "subcutaneous under the skin"},
        ),
        (
            "Ein Kinasehemmer, getestet an Ratten und gesunden Probanden",
            {"kinase inhibitor", "rats rodents", "healthy volunteers"},
        ),
        (
            "Es fördert die Autophagie; die Anmeldegebühr kostet 500 Euro",
            {"autophagy cell clean-up", "registration fee", "euros"},
        ),
        ("Stromstöße in den Armen und ein Nasenspray", {"electric current", "arms", "nasal spray"}),
        ("Fruchtgummis im Abo aus Übersee", {"gummies", "subscription", "overseas"}),
    ],
    "nl": [
        (
            "Werkt een manchet met elektrische spierstimulatie voor de benen?",
            {"works", "sleeve cuff", "electric", "muscles", "stimulation", "legs"},
        ),
        ("Een hoofdband die de hersenen stimuleert", {"headband", "brain", "stimulation"}),
        (
            "Vetcellen uit de buik onder de huid gespoten",
            {"fat-derived cells", "stomach belly", "subcutaneous under the skin"},
        ),
        (
            "Een kinaseremmer, getest op ratten en gezonde vrijwilligers",
            {"kinase inhibitor", "rats rodents", "healthy volunteers"},
        ),
        (
            "Het bevordert autofagie; het inschrijfgeld is in euro",
            {"autophagy cell clean-up", "registration fee", "euros"},
        ),
        ("Gummies met een abonnement van overzee", {"gummies", "subscription", "overseas"}),
    ],
    "pt": [
        (
            "Vale a pena uma braçadeira com elétrodos e corrente elétrica para as pernas?",
            {"worth it", "sleeve cuff", "electrode", "electric current", "legs"},
        ),
        ("Uma faixa na cabeça que estimula o cérebro com luz", {"headband", "stimulation", "brain", "light"}),
        (
            "Células de gordura da barriga injetadas sob a pele",
            {"fat-derived cells", "stomach belly", "subcutaneous under the skin"},
        ),
        (
            "Um inibidor de quinase testado em roedores e voluntários saudáveis",
            {"kinase inhibitor", "rats rodents", "healthy volunteers"},
        ),
        ("Ativa a autofagia; a taxa de inscrição é em euros", {"autophagy cell clean-up", "registration fee", "euros"}),
        ("Gomas por assinatura mensal do ultramar", {"gummies", "subscription", "overseas"}),
    ],
    "it": [
        (
            "Una compressa che stimola l'autofagia, provata solo sui topi: vale la pena pagare per la lista d'attesa?",
            {
                "tablet pill",
                "stimulation",
                "autophagy cell clean-up",
                "animal studies mice",
                "worth it",
                "waiting list",
            },
        ),
        (
            "Un manicotto con elettrodi e corrente elettrica per le gambe",
            {"sleeve cuff", "electrode", "electric current", "legs"},
        ),
        (
            "Cellule adipose della pancia iniettate sotto la pelle",
            {"fat-derived cells", "stomach belly", "subcutaneous under the skin"},
        ),
        (
            "Un inibitore della chinasi provato sui ratti e su volontari sani",
            {"kinase inhibitor", "rats rodents", "healthy volunteers"},
        ),
        (
            "La quota di iscrizione è in sterline, con un abbonamento",
            {"registration fee", "pounds sterling", "subscription"},
        ),
    ],
    "pl": [
        (
            "Czy warto kupić rękaw z elektrodami i prądem na nogi?",
            {"worth it", "buy", "sleeve cuff", "electrode", "electric current", "legs"},
        ),
        ("Opaska na głowę, która stymuluje mózg światłem", {"headband", "stimulation", "brain", "light"}),
        (
            "Inhibitor kinazy badany tylko na szczurach i zdrowych ochotnikach",
            {"kinase inhibitor", "rats rodents", "healthy volunteers"},
        ),
        (
            "Pobudza autofagię, a opłata rejestracyjna jest w euro",
            {"autophagy cell clean-up", "registration fee", "euros"},
        ),
        ("Żelki w abonamencie zza oceanu", {"gummies", "subscription"}),
    ],
}


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, question, expected) for language, rows in DESCRIBED_ROUND3.items() for question, expected in rows],
)
def test_described_devices_body_and_mechanisms_gloss_to_their_english_terms(language, question, expected):
    found = set(gloss(question, language))
    assert expected <= found, expected - found


# Everyday words that look like the new terms, or hold them inside a compound: no new gloss.
EVERYDAY_ROUND3 = [
    ("Hace un rato leí un libro que llegó por correo; estamos del mismo bando", "es"),
    ("Le projet a raté, ça arrive; les rates du budget", "fr"),
    ("Es handelt sich um eine Handlung der Armee; das Handy ist vorhanden", "de"),
    ("Hij is handig, de handel loopt goed, het hoofdstuk is dierbaar", "nl"),
    ("Ele pesa muito e nunca tira férias", "pt"),
    ("Il testo dice che il tasso è alto, caro Luca", "it"),
    ("Ona nosi okulary", "pl"),
]


@pytest.mark.parametrize(("text", "language"), EVERYDAY_ROUND3)
def test_everyday_look_alikes_of_body_and_money_words_gloss_to_nothing(text, language):
    assert gloss(text, language) == []


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Muskelstimulation", "de", ["muscles", "stimulation"]),
        ("Stromstöße", "de", ["electric current"]),
        ("Nasenspray", "de", ["nasal spray"]),
        ("Fettzellen", "de", ["fat adipose", "cells"]),
        ("Kinasehemmer", "de", ["kinase inhibitor"]),
        ("Bearbeitungsgebühr", "de", ["fee"]),
        ("spierstimulatie", "nl", ["muscles", "stimulation"]),
        ("vetcellen", "nl", ["fat-derived cells"]),
        ("buikvet", "nl", ["fat adipose"]),
    ],
)
def test_compounds_of_the_new_stems_split(word, language, expected):
    assert gloss(word, language) == expected


# Swedish, Danish and Norwegian Bokmål (all invented): the lay descriptions of a therapy, the
# definite and genitive endings ("nervecellernes"), and compounds ("stamcellsbehandlingen").
SCANDINAVIAN = ("sv", "da", "nb")

SCANDINAVIAN_DESCRIBED: dict[str, list[tuple[str, set[str]]]] = {
    "sv": [
        ("Finns det något råd om tabletten som minskar kramperna vid ALS?", {"advise advice", "tablet pill", "reduce lower", "cramps", "ALS MND"}),
        ("Vad tycker ni om en spruta under huden varje vecka som skyddar nervcellerna?",
         {"what do you think", "injection", "subcutaneous under the skin", "weekly", "neuroprotection protects nerve cells"}),
        ("Kan jag köpa det schweiziska pulvret på nätet utan recept?",
         {"buy", "Swiss Switzerland", "powder", "online internet", "without prescription"}),
        ("Ska jag prova stamcellsbehandlingen på en privatklinik utomlands?",
         {"should I", "try", "stem cell therapy", "private clinic", "abroad"}),
        ("Hjälper ett kosttillskott som ger cellernas kraftverk mer energi?", {"works", "supplement", "cell energy"}),
        ("Är sjukdomen ärftlig, och finns det en genterapi som stänger av genen?",
         {"hereditary familial", "gene therapy", "gene silencing"}),
    ],
    "da": [
        ("Kan en schweizisk tablet, der skal beskytte nervecellernes kraftværker, anbefales ved ALS?",
         {"Swiss Switzerland", "tablet pill", "neuroprotection protects nerve cells", "cell energy", "recommend", "ALS MND"}),
        ("Hvad koster en indsprøjtning i rygmarvsvæsken hver måned?",
         {"how much does it cost", "spinal injection intrathecal", "monthly"}),
        ("Virker stamcellebehandlingen fra det israelske firma mod muskelkramper?",
         {"works", "stem cell therapy", "Israeli Israel", "company", "cramps"}),
        ("Min læge siger, at tabletterne med alger ikke er bevist. Skal jeg stoppe med dem?",
         {"doctor", "tablet pill", "seaweed algae", "proven", "should I", "stop taking"}),
        ("Kan jeg købe medicinen på et netapotek uden recept?",
         {"buy", "drug medicine", "foreign pharmacy abroad", "without prescription"}),
    ],
    "nb": [
        ("Hva mener dere om stamcellebehandling i utlandet?", {"what do you think", "stem cell therapy", "abroad"}),
        ("Kan jeg kjøpe en nesespray som skal bremse sykdommen uten resept?",
         {"buy", "nasal spray", "slow down", "without prescription"}),
        ("Er sprøyten under huden hver uke trygg? Legen snakker om bivirkninger.",
         {"injection", "subcutaneous under the skin", "weekly", "doctor", "side effects"}),
        ("Et kosttilskudd som gir energi til cellene og beskytter nervecellene: anbefales det?",
         {"supplement", "cell energy", "neuroprotection protects nerve cells", "recommend"}),
        ("Fungerer den amerikanske genterapien som slår av genet hos pasienter med arvelig ALS?",
         {"works", "American United States", "gene therapy", "gene silencing", "patient", "hereditary familial", "ALS MND"}),
    ],
}


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, q, e) for language, rows in SCANDINAVIAN_DESCRIBED.items() for q, e in rows],
)
def test_scandinavian_descriptions_gloss_to_their_english_terms(language, question, expected):
    found = gloss(question, language)
    assert expected <= set(found), f"missing {expected - set(found)} in {found}"


@pytest.mark.parametrize("language", SCANDINAVIAN)
def test_scandinavian_tables_carry_the_concepts_of_the_others(language):
    test_tables_are_large_and_normalised(language)
    test_every_language_names_the_disease_and_the_countries(language)
    test_every_language_describes_routes_mechanisms_sources_and_access(language)
    test_every_language_has_the_devices_diet_and_drug_classes(language)
    test_words_taken_as_written_are_not_terms_themselves(language)
    assert set(GLOSSARY["de"].values()) <= set(GLOSSARY[language].values())


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("cellerna", "sv", ["cells"]),
        ("sjukdomen", "sv", []),  # the disease's own word is no term; its name is
        ("tabletternas", "sv", ["tablet pill"]),
        ("stamcellsbehandlingen", "sv", ["stem cell therapy"]),
        ("nervecellernes", "da", ["neurons"]),
        ("kapslerne", "da", ["capsule"]),
        ("genterapien", "da", ["gene therapy"]),
        ("cellene", "nb", ["cells"]),
        ("tablettene", "nb", ["tablet pill"]),
        ("stamcellebehandlingen", "nb", ["stem cell therapy"]),
        ("Søren og Ærø", "da", []),
    ],
)
def test_scandinavian_definite_plural_and_genitive_endings(text, language, expected):
    assert gloss(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vad händer om jag slutar? Hälsa till familjen, varken mer eller mindre.", "sv"),
        ("Han föddes i Göteborg och har bott där; det gick sönder", "sv"),
        ("Måske er han født i år; kræfterne er fordelt, og jeg har lyst til et kursus", "da"),
        ("Jeg er bevisst på at kreftene er fordelt, og han er født i mai", "nb"),
        ("Programmet leverer det; hun plejer at komme", "da"),
    ],
)
def test_scandinavian_everyday_look_alikes_gloss_to_nothing_harmful(text, language):
    # "händer" (happens) is not hands, "måske" (maybe) not "maske" (mask), "født" (born) not feet,
    # "kræfter" (forces) not cancer, "plejer" (usually) not a carer, "leverer" (delivers) not the liver.
    assert not set(gloss(text, language)) - {"family"}, gloss(text, language)


def test_mnd_is_the_disease_only_in_capitals_in_danish_and_norwegian():
    assert gloss("efter 3 mnd", "da") == []
    assert gloss("MND", "nb") == ["ALS MND"]


# Czech, Catalan and Finnish (all invented): a therapy described, not named; Czech and Finnish
# cases ("kmenovými buňkami", "lääkkeen", "hoidosta"), Finnish compounds and stem changes.
CS_CA_FI = ("cs", "ca", "fi")

CS_CA_FI_DESCRIBED: dict[str, list[tuple[str, set[str]]]] = {
    "cs": [
        ("Co si myslíte o léčbě kmenovými buňkami na soukromé klinice v zahraničí?",
         {"what do you think", "stem cell therapy", "private clinic", "abroad"}),
        ("Pomáhá injekce pod kůži jednou týdně proti svalovým křečím?",
         {"works", "injection", "subcutaneous under the skin", "weekly", "cramps"}),
        ("Je švýcarský doplněk stravy, který chrání nervové buňky, bezpečný?",
         {"Swiss Switzerland", "supplement", "neuroprotection protects nerve cells", "safe safety"}),
        ("Můžu si koupit ten prášek přes internet bez receptu?",
         {"buy", "powder", "online internet", "without prescription"}),
        ("Jaké jsou vedlejší účinky genové terapie, která vypíná gen u dědičné ALS?",
         {"side effects", "gene therapy", "gene silencing", "hereditary familial", "ALS MND"}),
    ],
    "ca": [
        ("Què en penseu de la teràpia amb cèl·lules mare en una clínica privada a l'estranger?",
         {"what do you think", "stem cell therapy", "private clinic", "abroad"}),
        ("Una injecció sota la pell cada setmana redueix les rampes?",
         {"injection", "subcutaneous under the skin", "weekly", "reduce lower", "cramps"}),
        ("Hauria de deixar de prendre les càpsules d'algues que em va recomanar el metge?",
         {"should I", "stop taking", "capsule", "seaweed algae", "recommend", "doctor"}),
        ("És segur comprar el medicament suís per internet sense recepta?",
         {"safe safety", "buy", "drug medicine", "Swiss Switzerland", "online internet", "without prescription"}),
        ("Quins efectes secundaris té la teràpia gènica per a l'ELA hereditària?",
         {"side effects", "gene therapy", "ALS MND", "hereditary familial"}),
    ],
    "fi": [
        ("Mitä mieltä olette kantasoluhoidosta yksityisellä klinikalla ulkomailla?",
         {"what do you think", "stem cell therapy", "private clinic", "abroad"}),
        ("Auttaako kerran viikossa ihon alle annettava pistos lihaskramppeihin?",
         {"works", "weekly", "subcutaneous under the skin", "injection", "cramps"}),
        ("Onko sveitsiläinen ravintolisä, joka suojaa hermosoluja, turvallinen?",
         {"Swiss Switzerland", "supplement", "neuroprotection protects nerve cells", "safe safety"}),
        ("Voinko ostaa lääkkeen verkkoapteekista ilman reseptiä?",
         {"buy", "drug medicine", "foreign pharmacy abroad", "without prescription"}),
        ("Lääkärini mukaan geeniterapian sivuvaikutukset ovat vaarallisia. Pitäisikö minun lopettaa?",
         {"doctor", "gene therapy", "side effects", "dangerous", "should I", "stop taking"}),
    ],
}


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, q, e) for language, rows in CS_CA_FI_DESCRIBED.items() for q, e in rows],
)
def test_czech_catalan_and_finnish_descriptions_gloss_to_their_english_terms(language, question, expected):
    found = gloss(question, language)
    assert expected <= set(found), f"missing {expected - set(found)} in {found}"


@pytest.mark.parametrize("language", CS_CA_FI)
def test_czech_catalan_and_finnish_tables_carry_the_concepts_of_the_others(language):
    test_scandinavian_tables_carry_the_concepts_of_the_others(language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("buňkami", "cs", ["cells"]),
        ("léčbě", "cs", ["treatment"]),
        ("tabletek", "cs", ["tablet pill"]),
        ("vedlejších účinků", "cs", ["side effects"]),
        ("genového", "cs", ["genetic"]),
        ("cèl·lules", "ca", ["cells"]),
        ("injeccions", "ca", ["injection"]),
        ("genètiques", "ca", ["genetic"]),
        ("lääkkeen", "fi", ["drug medicine"]),
        ("hoidosta", "fi", ["treatment"]),
        ("tableteissa", "fi", ["tablet pill"]),
        ("turvallisia", "fi", ["safe safety"]),
        ("sairaalassani", "fi", ["hospital"]),
        ("rokotteen", "fi", ["vaccine"]),
        ("kantasoluhoitoon", "fi", ["stem cell therapy"]),
        ("hermosolujen", "fi", ["neurons"]),
    ],
)
def test_czech_and_finnish_cases_and_catalan_plurals(text, language, expected):
    assert gloss(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Daří se mu dobře, činí to radost; dáte mi vědět? Žili tam dlouho.", "cs"),
        ("Hlásí se pomocí telefonu a nosí brýle.", "cs"),
        ("No m'ho crec gens; té una cara molt seriosa.", "ca"),
        ("Erinomainen idea! Hän opiskelee yliopistossa ja vertaa tietokoneita.", "fi"),
        ("Kiinnostaa, mitä tuonne tulee; se on puolesta ja päälle.", "fi"),
    ],
)
def test_czech_catalan_and_finnish_everyday_look_alikes_gloss_to_nothing(text, language):
    # "daří" (thrives) is no gift, "činí" (does) not China, "pomocí" (by means of) not help;
    # Catalan "gens" (at all) no gene, "cara" (face) not expensive; Finnish "yliopisto" (university)
    # is no injection ("pistos"), "kiinnostaa" (interests) neither China nor buying.
    assert gloss(text, language) == [], gloss(text, language)


def test_als_is_the_disease_only_in_capitals_in_catalan():
    assert gloss("Què va dir als metges?", "ca") == ["doctor"]
    assert gloss("Tinc ALS", "ca") == ["ALS MND"]


@pytest.mark.parametrize("language", CS_CA_FI)
def test_the_most_common_czech_catalan_and_finnish_words_are_no_therapy_mechanism_or_route(language):
    from wordfreq import top_n_list

    therapy = {
        "injection", "subcutaneous under the skin", "spinal injection intrathecal", "stem cells", "gene therapy",
        "gene silencing", "neuroprotection protects nerve cells", "cell energy", "tablet pill", "capsule",
        "seaweed algae", "cancer", "extract", "hereditary familial", "genetic", "juice", "vein", "Chinese China",
        "Polish Poland", "import",
    }
    found = {
        (word, english) for word in top_n_list(language, 5000) for english in gloss(word, language) if english in therapy
    }
    # Country and disease words are themselves ("Čína", "syövät" is cancers too).
    assert found <= {("číny", "Chinese China"), ("číně", "Chinese China"), ("čína", "Chinese China"),
                     ("čínské", "Chinese China"), ("čínský", "Chinese China"), ("polsko", "Polish Poland"),
                     ("polsku", "Polish Poland"), ("polska", "Polish Poland"), ("xina", "Chinese China"),
                     ("xinès", "Chinese China"), ("xinesa", "Chinese China"), ("polònia", "Polish Poland"),
                     ("kiina", "Chinese China"), ("kiinan", "Chinese China"), ("kiinassa", "Chinese China"),
                     ("kiinalainen", "Chinese China"), ("càncer", "cancer"), ("syövät", "cancer")}, found


# Romanian, Turkish and Hungarian (all invented): a therapy described, not named; Romanian articles and
# cases ("medicamentului", "capsulele"), Turkish and Hungarian suffixes stripped stage by stage
# ("ilaçlarınızı", "böbreği", "tablettákat", "gyógyszerrel") and Hungarian compounds ("vese|károsodás").
RO_TR_HU = ("ro", "tr", "hu")

RO_TR_HU_DESCRIBED: dict[str, list[tuple[str, set[str]]]] = {
    "ro": [
        ("Ce părere aveți despre terapia cu celule stem la o clinică privată din străinătate?",
         {"what do you think", "stem cell therapy", "private clinic", "abroad"}),
        ("O injecție sub piele o dată pe săptămână reduce crampele?",
         {"injection", "subcutaneous under the skin", "weekly", "reduce lower", "cramps"}),
        ("Suplimentul elvețian care protejează neuronii este sigur?",
         {"supplement", "Swiss Switzerland", "neuroprotection protects nerve cells", "safe safety"}),
        ("Pot cumpăra capsulele de pe internet fără rețetă?",
         {"buy", "capsule", "online internet", "without prescription"}),
        ("Studiul a fost oprit pentru că medicamentul a afectat ficatul; ar trebui să renunț la tratament?",
         {"study", "failed stopped", "drug medicine", "liver", "should I", "treatment"}),
        ("Merită perfuzia lunară care calmează inflamația și celulele imunitare din creier?",
         {"worth it", "infusion", "monthly", "inflammation", "cells", "immune system", "brain"}),
    ],
    "tr": [
        ("Yurt dışındaki özel klinikte kök hücre tedavisi hakkında ne düşünüyorsunuz?",
         {"abroad", "private clinic", "stem cell therapy", "what do you think"}),
        ("Haftada bir deri altı iğne kaslardaki krampları azaltır mı?",
         {"weekly", "subcutaneous under the skin", "injection", "muscles", "cramps", "reduce lower"}),
        ("İsviçreli şirketin sinir hücrelerini koruyan takviyesi güvenli mi?",
         {"Swiss Switzerland", "company", "neuroprotection protects nerve cells", "supplement", "safe safety"}),
        ("Bu kapsülleri internetten reçetesiz satın alabilir miyim?",
         {"capsule", "online internet", "without prescription", "buy"}),
        ("Çalışma durduruldu çünkü ilaç böbreğe zarar verdi; ilacı bırakmalı mıyım?",
         {"study", "failed stopped", "drug medicine", "kidney", "should I"}),
        ("Mitokondrilere enerji veren toz, günde bir kez içilen bir içecek: fiyatı ne kadar?",
         {"mitochondria", "energy", "powder", "daily", "drink", "how much does it cost"}),
    ],
    "hu": [
        ("Mit gondolnak a külföldi magánklinikán végzett őssejtkezelésről?",
         {"what do you think", "abroad", "private clinic", "stem cell therapy"}),
        ("Segít a heti egyszeri bőr alá adott injekció az izomgörcsökön?",
         {"works", "weekly", "subcutaneous under the skin", "injection", "cramps"}),
        ("Biztonságos az a svájci étrend-kiegészítő, amely védi az idegsejteket?",
         {"safe safety", "Swiss Switzerland", "supplement", "neuroprotection protects nerve cells"}),
        ("Megvenni recept nélkül az interneten a kapszulákat?",
         {"buy", "without prescription", "online internet", "capsule"}),
        ("A vizsgálatot vesekárosodás miatt leállították; abbahagyjam a gyógyszert? A neurológusom szerint igen.",
         {"study", "kidney", "failed stopped", "drug medicine", "neurologist"}),
        ("Érdemes a naponta szedett tablettát kipróbálni, ami a sejtek energiaellátását javítja?",
         {"worth it", "daily", "tablet pill", "try", "cells", "cell energy"}),
    ],
}


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, q, e) for language, rows in RO_TR_HU_DESCRIBED.items() for q, e in rows],
)
def test_romanian_turkish_and_hungarian_descriptions_gloss_to_their_english_terms(language, question, expected):
    found = gloss(question, language)
    assert expected <= set(found), f"missing {expected - set(found)} in {found}"


@pytest.mark.parametrize("language", RO_TR_HU)
def test_romanian_turkish_and_hungarian_tables_carry_the_concepts_of_the_others(language):
    test_scandinavian_tables_carry_the_concepts_of_the_others(language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("medicamentului", "ro", ["drug medicine"]),
        ("capsulele", "ro", ["capsule"]),
        ("injecțiile", "ro", ["injection"]),
        ("injectiile", "ro", ["injection"]),  # typed without diacritics
        ("studiile", "ro", ["study"]),
        ("terapiei", "ro", ["therapy"]),
        ("sângelui", "ro", ["blood"]),
        ("ilaçlarınızı", "tr", ["drug medicine"]),
        ("ilaclarinizi", "tr", ["drug medicine"]),
        ("böbreği", "tr", ["kidney"]),
        ("hücrelerde", "tr", ["cells"]),
        ("tedavisinde", "tr", ["treatment"]),
        ("kapsüllerin", "tr", ["capsule"]),
        ("tablettákat", "hu", ["tablet pill"]),
        ("gyógyszerrel", "hu", ["drug medicine"]),
        ("neurológusával", "hu", ["neurologist"]),
        ("sejtekben", "hu", ["cells"]),
        ("vesekárosodás", "hu", ["kidney"]),
        ("őssejtkezelést", "hu", ["stem cell therapy"]),
    ],
)
def test_romanian_articles_and_turkish_and_hungarian_suffixes(text, language, expected):
    assert gloss(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sunt gata să vin; dați-mi un taxi, vreau să pot veni acasă.", "ro"),
        ("Fazla verin, gene de doktora yapıyor; görüşme cinsinden kolay.", "tr"),
        ("Tudom, hogy tudok segíteni, majd bele is nézek; valamennyien idegenek vagyunk.", "hu"),
        ("Szívesen elmondom, ki hívja a majmot és Verát.", "hu"),
    ],
)
def test_romanian_turkish_and_hungarian_everyday_look_alikes_gloss_to_nothing(text, language):
    # Romanian "gata" (ready) is no throat, "veni" (come) no vein, "dați" (give) no data; Turkish "fazla"
    # (too much) no phase, "gene" (again) no gene, "doktora" (a PhD) no doctor; Hungarian "tudom" (I know)
    # is not the lungs ("tüdő"), "szívesen" (gladly) no heart, "hívja" (calls) not HIV, "majmot" (a monkey)
    # no liver ("máj"), "Verát" no blood ("vér"), "idegenek" (strangers) no nerves.
    assert gloss(text, language) == [], gloss(text, language)


def test_turkish_dotless_i_and_capitals_only():
    assert gloss("KIRMIZI IŞIK TEDAVİSİ", "tr") == ["light therapy", "treatment"]
    assert gloss("ışık tedavisi", "tr") == ["light therapy"]
    assert gloss("ALS'de", "tr") == ["ALS MND"]
    assert gloss("alsın, kutu boş", "tr") == []  # "alsın" (let him take), "boş" (empty) is no CSF ("BOS")


@pytest.mark.parametrize("language", RO_TR_HU)
def test_the_most_common_romanian_turkish_and_hungarian_words_are_no_therapy_mechanism_or_route(language):
    from wordfreq import top_n_list

    therapy = {
        "injection", "subcutaneous under the skin", "spinal injection intrathecal", "stem cells", "gene therapy",
        "gene silencing", "neuroprotection protects nerve cells", "cell energy", "tablet pill", "capsule",
        "seaweed algae", "extract", "hereditary familial", "juice", "vein", "import", "liver", "kidney", "lungs",
        "blood", "nerves", "vaccine", "HIV", "ALS MND",
    }
    found = {
        (word, english) for word in top_n_list(language, 5000) for english in gloss(word, language) if english in therapy
    }
    # The words themselves ("ficat" is the liver, "sânge" the blood, "pastile" tablets).
    assert found <= {("import", "import"),
                     ("pastile", "tablet pill"), ("ficat", "liver"), ("rinichi", "kidney"), ("ficatul", "liver"),
                     ("familiale", "hereditary familial"), ("familial", "hereditary familial"),
                     ("familială", "hereditary familial"), ("vene", "vein"), ("venele", "vein"),
                     ("karaciğer", "liver"), ("böbrek", "kidney"), ("iğne", "injection"), ("damar", "vein"),
                     ("tablet", "tablet pill"), ("hap", "tablet pill"), ("hapı", "tablet pill"),
                     ("aids", "HIV"), ("hiv", "HIV"), ("sida", "HIV"), ("sânge", "blood"), ("sângele", "blood"),
                     ("suc", "juice")}, found


@pytest.mark.parametrize(("text", "language"), [
    ("¿Qué es el inicio bulbar?", "es"), ("Qu'est-ce que la forme bulbaire ?", "fr"), ("Was ist die bulbäre Form?", "de"),
    ("Ce înseamnă debut bulbar?", "ro"), ("Mitä on bulbaarinen alku?", "fi"),
])
def test_the_bulbar_form_of_the_disease_is_glossed_in_every_language(text, language):
    # A general question on the disease's course, which the general topics then recognise.
    assert "bulbar onset" in gloss(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("¿Merece la pena una esterilla magnética?", "es"), ("Ce tapis magnétique aide-t-il ?", "fr"),
    ("Hilft die Magnetfeld-Matte bei ALS?", "de"), ("Werkt die magnetische mat?", "nl"),
])
def test_a_mat_to_lie_on_is_glossed(text, language):
    assert "mat" in gloss(text, language)


# Round four (all invented): the body, the blood and the cell described in lay words ("the bridge
# between nerve and muscle"), forms and devices ("a lozenge that melts under the tongue", "a vest
# that vibrates"), and situations (two trials at once, medicines left over from someone who died).
ALL_LANGUAGES = ("es", "fr", "de", "nl", "pt", "it", "pl", "sv", "da", "nb", "cs", "ca", "fi", "ro", "tr", "hu")
ROUND4 = {
    "es": [
        (
            "¿Una pastilla para chupar que se disuelve bajo la lengua calma la saliva y el babeo?",
            {"lozenge", "dissolve melt", "sublingual under the tongue", "calm soothe", "saliva drooling"},
        ),
        (
            "¿Puedo participar en dos ensayos a la vez? Tengo medicamentos sobrantes de mi padre, que falleció",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
        (
            "Un chaleco que vibra, guantes con calor y una app en el móvil",
            {"vest", "vibration", "glove", "heat", "smartphone app"},
        ),
        (
            "Refuerza la conexión entre el nervio y el músculo y calma las neuronas hiperexcitables",
            {"strengthen", "neuromuscular junction", "overactive hyperexcitable"},
        ),
        (
            "¿Los glóbulos blancos, las plaquetas o el potasio y el sodio cambian con el fármaco?",
            {"white blood cells", "platelets", "potassium", "sodium", "drug medicine"},
        ),
    ],
    "fr": [
        (
            "Une pastille à sucer qui fond dans la bouche contre la toux et l'étouffement ?",
            {"lozenge", "dissolve melt", "cough", "choking"},
        ),
        (
            "Peut-on participer à deux essais en même temps ? Il reste des médicaments non utilisés de mon mari décédé",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
        (
            "Une minerve, un gilet vibrant et des semelles pour les pieds",
            {"collar neck brace", "vest", "vibration", "insoles"},
        ),
    ],
    "de": [
        (
            "Hilft eine Lutschtablette unter der Zunge gegen Speichelfluss und Husten?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Darf ich an zwei Studien gleichzeitig teilnehmen? Ich habe übrig gebliebene Medikamente meines "
            "verstorbenen Vaters",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
        (
            "Eine Vibrationsplatte, eine Halskrause und Wärme mit Ultraschall",
            {"vibration", "collar neck brace", "heat", "ultrasound"},
        ),
    ],
    "nl": [
        (
            "Helpt een zuigtabletje onder de tong tegen kwijlen en verslikken?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "choking"},
        ),
        (
            "Mag ik aan twee studies tegelijk meedoen? Ik heb overgebleven medicijnen van mijn overleden moeder",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
        (
            "Versterkt het de verbinding tussen zenuw en spier of kalmeert het overprikkelde zenuwcellen?",
            {"strengthen", "neuromuscular junction", "calm soothe", "overactive hyperexcitable"},
        ),
    ],
    "pt": [
        (
            "Uma pastilha para chupar debaixo da língua ajuda com a baba e a tosse?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Posso participar em dois ensaios ao mesmo tempo? Tenho remédios que sobraram do meu pai falecido",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "it": [
        (
            "Una pastiglia da succhiare che si scioglie sotto la lingua contro la saliva e la tosse?",
            {"lozenge", "dissolve melt", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Posso partecipare a due studi contemporaneamente? Ho farmaci avanzati di mio padre deceduto",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "pl": [
        (
            "Czy pastylka do ssania pod językiem pomaga na ślinotok i kaszel?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Czy mogę brać udział w dwóch badaniach? Mam pozostałe leki po zmarłym ojcu",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "sv": [
        (
            "Hjälper en sugtablett under tungan mot dregling och hosta?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Får jag vara med i två studier samtidigt? Jag har överblivna läkemedel från min avlidne pappa",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "da": [
        (
            "Hjælper en sugetablet under tungen mod savl og hoste?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Må jeg deltage i to forsøg samtidig? Jeg har overskydende medicin fra min afdøde far",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "nb": [
        (
            "Hjelper en sugetablett under tunga mot sikling og hoste?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Kan jeg være med i to studier samtidig? Jeg har ubrukte medisiner etter min avdøde far",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "cs": [
        (
            "Pomáhá pastilka pod jazyk proti slinění a kašli?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Mohu být ve dvou studiích? Mám zbylé léky po zesnulém otci",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "ca": [
        (
            "Una pastilla per xuclar sota la llengua ajuda amb la saliva i la tos?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Puc participar en dos assajos alhora? Tinc medicaments sobrants del meu pare difunt",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "fi": [
        (
            "Auttaako imeskelytabletti kielen alle kuolaamiseen ja yskään?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Voinko osallistua kahteen tutkimukseen? Minulla on ylijääneet lääkkeet kuolleelta isältä",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "ro": [
        (
            "O pastilă de supt sub limbă ajută la salivație și tuse?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Pot participa la două studii în același timp? Am medicamente rămase de la tatăl meu decedat",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "tr": [
        (
            "Dil altına konan bir pastil salya ve öksürük için işe yarar mı?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Aynı anda iki çalışmaya katılabilir miyim? Vefat eden babamdan kalan ilaçlar var",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
    "hu": [
        (
            "Segít a szopogató tabletta a nyelv alá a nyálfolyás és a köhögés ellen?",
            {"lozenge", "sublingual under the tongue", "saliva drooling", "cough"},
        ),
        (
            "Részt vehetek két vizsgálatban egyszerre? Megmaradt gyógyszerem van elhunyt apámtól",
            {"two trials at once", "leftover medicines", "deceased"},
        ),
    ],
}
# The round's concepts, by their English keys: "powerhouse" and "mitochondria" are the table's
# "mitochondria" (its lay words "power stations of the cell" were in "cell energy" already), a syrup
# is an "oral solution liquid" and a bracelet or wristband a "band strap".
ROUND4_CONCEPTS = {
    "tongue", "sublingual under the tongue", "ear", "eyes", "chest", "jaw", "saliva drooling", "choking", "cough",
    "constipation", "sleep insomnia", "anxiety", "depression", "emotional lability crying laughing", "weight gain",
    "white blood cells", "red blood cells", "platelets", "ion channel", "potassium", "sodium", "calcium", "receptor",
    "neuromuscular junction", "synapse", "axon", "overactive hyperexcitable", "mitochondria", "clear waste clean-up",
    "rebuild restore", "calm soothe", "strengthen", "dissolve melt", "lozenge", "chewing gum", "oral solution liquid",
    "tea", "cream ointment gel", "inhaler", "vest", "glove", "collar neck brace", "band strap", "vibration",
    "platform plate", "insoles", "sound music", "smartphone app", "ultrasound", "heat", "cold", "massage", "bath",
    "two trials at once", "leftover medicines", "deceased",
}
# Everyday words that look like the round's terms: "suena" (it sounds) is no sleep ("sueño"), French
# "son" (his) no sound, "Westen" (the west) no vest ("Weste"), "gehören" (belong) no hearing, "Müller" no
# rubbish ("Müll"), "gele" (yellow) no gel, "olha" (look!) no eye, "scomparsa" (a disappearance) no
# death, "język" and "limba" (a language) no tongue, Swedish, Danish and Norwegian "båda", "både" (both)
# no bath, "starka" (strong) no strengthening, "tunga", "tunge" (heavy) no tongue, "lyder" (sounds) no
# sound, "høsten" (the autumn) no cough, Czech "deska" (a board) no plate, Catalan "són" (they are) and
# "son" (sleepiness) no sound, Finnish "tarina" (a story) no vibration ("tärinä"), Turkish "olmuş"
# (has become) no death ("ölmüş"), Hungarian "szemben" (opposite) and "szemét" (rubbish) no eye.
EVERYDAY_ROUND4 = [
    ("Eso suena bien; hoy hace un día largo", "es"),
    ("Son frère est parti avec son vélo", "fr"),
    ("Im Westen gehören die Felder dem Müller", "de"),
    ("De gele fiets staat voor de deur", "nl"),
    ("Olha, ele chegou cedo hoje", "pt"),
    ("La scomparsa del gatto ci ha sorpreso", "it"),
    ("Mówi dobrze, to jego ojczysty język", "pl"),
    ("Båda lådorna är starka och tunga", "sv"),
    ("Både han og hun lyder trætte, og kasserne er tunge", "da"),
    ("Høsten kom tidlig, og både han og hun lyder slitne", "nb"),
    ("Položil desku na stůl", "cs"),
    ("Són les tres i tinc son", "ca"),
    ("Tarina oli pitkä", "fi"),
    ("Limba română este frumoasă", "ro"),
    ("Bu iş çok kolay olmuştur", "tr"),
    ("Szemben lakik a szomszéd, és a szemét a kukában van", "hu"),
    ("Det var dog en fin dag", "da"),
    ("Il nuovo disco suona bene", "it"),
    ("Jag bodde där i höstas", "sv"),
    ("Hän haluaa korvata vanhan auton", "fi"),
]


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [(language, q, e) for language, rows in ROUND4.items() for q, e in rows],
)
def test_body_blood_forms_devices_and_situations_gloss_to_their_english_terms(language, question, expected):
    found = gloss(question, language)
    assert expected <= set(found), f"missing {expected - set(found)} in {found}"


def test_every_language_has_a_described_round_four_question():
    assert set(ROUND4) == set(ALL_LANGUAGES)


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_every_language_has_the_body_blood_form_device_and_situation_concepts(language):
    missing = ROUND4_CONCEPTS - set(GLOSSARY[language].values())
    assert not missing, missing


@pytest.mark.parametrize(("text", "language"), EVERYDAY_ROUND4)
def test_everyday_look_alikes_of_the_round_four_terms_gloss_to_nothing(text, language):
    assert gloss(text, language) == []



def test_a_word_the_glossary_translates_is_never_an_unknown_product():
    # 'infusen' (Dutch, infusions) is rare in the word tables and shaped like a coined name: the glossary knows it.
    from statement_qa.query import analyse
    from statement_qa.subjects import SubjectIndex

    query = analyse("Mijn broer kreeg infusen met een antilichaam in een studie. Raden jullie het nog aan?", SubjectIndex([]))
    assert query.language == "nl" and not query.unknown
    assert "infusion drip" in query.glosses


def test_an_everyday_name_with_a_case_ending_is_no_unknown_product():
    # 'Facebooku' is Polish for 'on Facebook': the name of a platform inflected, not a medicine no statement covers.
    from statement_qa.query import analyse
    from statement_qa.subjects import SubjectIndex

    query = analyse("Czy polecacie spray do nosa na SLA? Ktoś w grupie na Facebooku pisał o tym.", SubjectIndex([]))
    assert query.language == "pl" and not query.unknown
    assert [m.text for m in analyse("Czy tofersen pomaga na SLA?", SubjectIndex([])).unknown] == ["tofersen"]
    # A code is never an inflected word ('KP-311' read as 'kp 31' once).
    assert "KP-311" in [m.text for m in analyse("KP-311 van Kroonhof, wat vinden jullie ervan?", SubjectIndex([])).unknown]



def test_an_english_message_with_clauses_in_another_language_reads_them_in_english():
    # Code-switching: the model reads the mixture poorly; the clauses' glosses and the English clauses it reads well.
    from statement_qa.query import analyse
    from statement_qa.subjects import SubjectIndex

    query = analyse("Mi tío has ELA, ¿cómo se diagnostica? How do doctors test for it?", SubjectIndex([]))
    assert query.language == "en" and {"ALS MND", "diagnosis"} <= set(query.glosses)
    assert "How do doctors test for it" in query.english_reading and "diagnosis" in query.english_reading
    # One language throughout: nothing to read twice.
    assert analyse("How do doctors test for ALS?", SubjectIndex([])).english_reading == ""
    # An English clause a word or two tip towards another language is not read as one ('a' is French for 'has').
    english = "A Turkish company makes a once-a-day pill for ALS that's tested in university hospitals. Can I order it?"
    assert analyse(english, SubjectIndex([])).glosses == ()
    assert analyse("He is in a study. Now a questionnaire study wants him too. Is that allowed?", SubjectIndex([])).glosses == ()
    assert analyse("¿Cómo se diagnostica la ELA?", SubjectIndex([])).english_reading == ""


# A general statement on dental amalgam meets a question in another language only through these words.
@pytest.mark.parametrize(("question", "language"), [
    ("Devo tirar as obturações de amálgama por causa da ELA?", "pt"),
    ("¿Debo quitar los empastes de amalgama por la ELA?", "es"),
    ("Faut-il enlever les plombages en amalgame à cause de la SLA ?", "fr"),
    ("Soll ich meine Amalgamfüllungen entfernen lassen?", "de"),
    ("Moet ik mijn amalgaamvullingen laten verwijderen?", "nl"),
    ("Devo togliere le otturazioni in amalgama per la SLA?", "it"),
])
def test_dental_amalgam_is_glossed(question, language):
    glossed = gloss(question, language)
    assert "dental amalgam" in glossed and "remove take out" in glossed
