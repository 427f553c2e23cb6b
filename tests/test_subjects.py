"""Naming rules of subjects.py on small FICTIONAL texts: companies, names a statement excludes."""

from __future__ import annotations

import pytest

from statement_qa.documents import Document, Section
from statement_qa.subjects import company_keys, excluded_names, subject_terms


def document(text: str, title: str = "Velocar position", aliases: tuple[str, ...] = ("Velocar",),
             organisation: str = "Westmarch ALS Society") -> Document:
    return Document("x", title, organisation, None, "statement", "x.md", None, text, (), aliases=aliases)


@pytest.mark.parametrize("text, keys", [
    ("Velocar is developed by Aurel Biologics. Aurel Biologics ran the trial.", {"aurel", "aurelbiologics"}),
    ("It was made by The Acme Company in 2020.", {"acme", "acmecompany"}),
    ("Results from Pellham Therapeutics Ltd were mixed.", {"pellham", "pellhamtherapeutics"}),
    ("The Westmarch Medical team and Northern Health agreed.", set()),  # the organisation's word, everyday words
    ("the placebo group did better", set()),  # a corporate word written small is not a company's name
])
def test_company_keys(text, keys):
    assert company_keys(document(text)) == keys


def test_a_product_the_statement_says_it_does_not_cover_is_excluded():
    text = ("Velocar (VC-12) is made by Pellham Therapeutics. Pellham also makes Pellvoxa, a migraine medicine, "
            "which is not covered here. VC-90, a different product for dry eyes, is not discussed. "
            "Velocar lowers TDP-43 clumps.")
    assert excluded_names(document(text, title="Velocar (VC-12)", aliases=("Velocar", "VC-12"))) == {"pellvoxa", "vc90"}


def test_the_statements_own_names_are_never_excluded():
    text = "This statement on Velocar does not cover its use in children."
    assert excluded_names(document(text)) == set()


@pytest.mark.parametrize("sentence", [
    "Zentrofil ist nicht Gegenstand dieser Stellungnahme.",
    "Cette prise de position ne couvre pas Zentrofil.",
    "Esta declaración no cubre Zentrofil.",
])
def test_exclusions_in_other_languages(sentence):
    assert excluded_names(document(f"Velocar helps. {sentence}")) == {"zentrofil"}


@pytest.mark.parametrize("text", [
    # FICTIONAL wording. Another product of the same maker, in a sentence of its own and in the sentence before one
    # that excludes it by a pronoun.
    "Velocar helps. ZF-57 is an asthma inhaler from the same company.",
    "Velocar helps. ZF-57 est un inhalateur contre l'asthme du même laboratoire. Cette fiche ne le concerne pas.",
    "Velocar helps. ZF-57 es un inhalador de la misma empresa.",
    "Velocar hilft. ZF-57 kommt vom selben Hersteller.",
    "Velocar helpt. ZF-57 is een astma-inhaler. Dit advies gaat er niet over.",
    "Velocar helps. ZF-57 is an eye cream. This statement does not cover it.",
    "Velocar ajuda. O ZF-57 é um inalador. Esta carta não o abrange.",
    "Velocar aiuta. ZF-57 è un inalatore della stessa azienda.",
])
def test_another_product_of_the_same_maker_is_excluded(text):
    assert excluded_names(document(text)) == {"zf57"}


@pytest.mark.parametrize("text", [
    # The sentence before a pronoun's exclusion that names only the statement's own product, and one that does not
    # exclude by a pronoun: nothing is excluded.
    "Velocar (VC-12) is an inhaler. This statement does not cover it for children.",
    "The VELA-3 trial runs until 2027. This statement does not cover children.",
    "Der VELA-3-Versuch läuft bis 2027. Die Empfehlung betrifft sie direkt.",
])
def test_a_pronoun_exclusion_reads_only_the_sentence_before(text):
    assert excluded_names(document(text, title="Velocar (VC-12)", aliases=("Velocar", "VC-12"))) == set()


def _statement(doc_id: str, title: str, text: str, date: str, aliases: tuple[str, ...]) -> Document:
    from statement_qa.documents import Section

    return Document(doc_id, title, "Freedonia MND Society", date, "statement", f"{doc_id}.md", None, text,
                    (Section("Recommendation", 0, len(text)),), aliases=aliases, language="en", position=0)


def test_two_products_of_one_company_do_not_supersede_each_other():
    from statement_qa.supersession import resolve_status

    older = _statement("zentrivax", "Zentrivax", "Brackenridge makes Zentrivax. We advise waiting for the trial.",
                       "2021-03", ("Zentrivax", "Brackenridge"))
    newer = _statement("orv318", "ORV-318", "Brackenridge makes ORV-318. We advise joining the trial.",
                       "2023-05", ("ORV-318", "Brackenridge"))
    assert [d.status for d in resolve_status([older, newer])] == ["current", "current"]


def test_a_newer_version_on_the_same_product_supersedes_the_older():
    from statement_qa.supersession import resolve_status

    older = _statement("v2019", "Velocar position (2019)", "Velocar is unproven.", "2019-03", ("Velocar",))
    newer = _statement("v2023", "Velocar: updated position", "Velocar may now be tried.", "2023-06", ("Velocar",))
    statuses = {d.id: (d.status, d.superseded_by) for d in resolve_status([older, newer])}
    assert statuses == {"v2019": ("superseded", "v2023"), "v2023": ("current", None)}


def _leaflet(doc_id: str, text: str, date: str, aliases: tuple[str, ...],
             organisation: str = "Freedonia MND Society") -> Document:
    return Document(doc_id, "Spring raffle: ticket book", organisation, date, "resource", f"{doc_id}.pdf", None,
                    text, (), aliases=aliases, language="en")


def test_an_older_leaflet_mostly_on_a_statements_product_is_replaced_by_that_statement():
    """FICTIONAL: a 2022 leaflet on Velocar, read as background, answered for the society's 2023 statement
    on Velocar. Replaced by it; not when it is newer, another organisation's, or an overview of products
    the society has other statements on."""
    from statement_qa.supersession import resolve_status

    statement = _statement("v2023", "Velocar: our position", "Velocar (VC-12) is unproven.", "2023-06",
                           ("Velocar", "VC-12"))
    other = _statement("orv", "Orvanil: our position", "Orvanil (ORV-3) is unproven.", "2023-08", ("Orvanil",))

    def status(leaflet: Document, *statements: Document) -> tuple:
        resolved = {d.id: d for d in resolve_status([leaflet, *statements])}
        return resolved[leaflet.id].status, resolved[leaflet.id].superseded_by, resolved["v2023"].supersedes

    leaflet = _leaflet("l2022", "Velocar (VC-12): what we know so far.", "2022-03", ("Velocar", "VC-12"))
    assert status(leaflet, statement, other) == ("superseded", "v2023", ("l2022",))
    newer = _leaflet("l2024", "Velocar (VC-12): what we know so far.", "2024-03", ("Velocar", "VC-12"))
    assert status(newer, statement)[0] == "current"
    theirs = _leaflet("l2022", "Velocar (VC-12): what we know.", "2022-03", ("Velocar", "VC-12"), "Ruritania ALS Trust")
    assert status(theirs, statement)[0] == "current"
    overview = _leaflet("o2022", "Velocar and Orvanil are both in trials.", "2022-03", ("Velocar", "Orvanil"))
    assert status(overview, statement, other)[0] == "current"
    # Mostly about other things: one of its three names is the statement's.
    mixed = _leaflet("m2022", "Velocar, Zembrin and Quorvex.", "2022-03", ("Velocar", "Zembrin", "Quorvex"))
    assert status(mixed, statement)[0] == "current"


def test_a_section_on_another_statements_product_speaks_for_that_statement(tmp_path):
    """FICTIONAL: one society's statements on two Acme products; the Zorvex statement has a section on the
    other product. A question about that product's description ranks its own statement first, and the
    Zorvex statement's section on it neither ranks nor is quoted for Zorvex."""
    from conftest import FakeEmbedder
    from statement_qa.answer import Assistant
    from statement_qa.index import build, load

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "zorvex.md").write_text(
        "# Zorvex (Acme Bio): our position\n\nInvented MND Society\n\n## Background\n\n"
        "Zorvex is an invented capsule taken twice a day, made by Acme Bio for testing.\n\n"
        "## What about ZX-318?\n\nZX-318 is Acme Bio's monthly infusion given in hospital, which blocks a protein "
        "in the spinal fluid; its infusion trial is recruiting and we cover the monthly infusion separately.\n\n"
        "## Our position\n\nThe Invented MND Society does not recommend Zorvex outside a clinical trial.\n",
        encoding="utf-8")
    (corpus / "zx318.md").write_text(
        "# ZX-318 (Acme Bio): our position\n\nInvented MND Society\n\n## Background\n\n"
        "ZX-318 is an invented treatment given by drip in hospital.\n\n"
        "## Our position\n\nThe Invented MND Society says ZX-318 should only be given within a registered trial.\n",
        encoding="utf-8")
    embedder = FakeEmbedder()
    build(corpus, tmp_path / "index", embedder)
    assistant = Assistant(load(tmp_path / "index", embedder), embedder)
    subjects = assistant.retriever.subjects
    assert subjects.names_another("What about ZX-318?", "zorvex") and not subjects.names_another("What about ZX-318?", "zx318")
    assert not subjects.names_another("Zorvex and ZX-318 compared", "zorvex")  # it names its own product too
    answer = assistant.answer("What does the society say about Acme's monthly infusion given in hospital?")
    assert answer.statement is not None and answer.statement.id == "zx318"
    assert "monthly infusion" not in (answer.quote or "")


def test_a_code_that_is_part_of_a_statements_name_written_apart_is_no_unknown_product():
    from statement_qa.subjects import SubjectIndex

    # Fictional: 'H4Stream Home', written 'h4 stream home' in a hurry, is the statement's name; its 'h4' is no other
    # product.
    statement = Document("h4", "H4Stream Home water machine: our view", "Invented Society", None, "statement", "h4.md",
                         None, "H4Stream Home is an invented water machine.", (), aliases=("H4Stream Home", "H4Stream"))
    subjects = SubjectIndex([statement])
    assert [(m.key, m.kind) for m in subjects.mentions("is the h4 stream home machine any good")] == [
        ("h4streamhome", "product")]


def test_a_code_of_two_letter_groups_one_digit_off_is_unknown():
    from statement_qa.subjects import SubjectIndex

    statement = Document("ogt", "OGT-C9 (Invented Genomics): our position", "Invented Society", None, "statement", "ogt.md",
                         None, "OGT-C9 is an invented gene therapy tested in the QUILL-C4 trial.", (), aliases=("OGT-C9",))
    subjects = SubjectIndex([statement])
    assert [(m.text, m.kind) for m in subjects.mentions("is OGT-C8 any good?")] == [("OGT-C8", "unknown")]
    assert [m.kind for m in subjects.mentions("Is OGT-C9 any good?")] == ["product"]
    # Not beside a statement's code of the same letters: a trial's name, a prefix, not a product.
    assert subjects.mentions("How many took part in QUILL-C4?") == []
    assert subjects.mentions("an anti-TDP-43 antibody") == []


def test_another_product_of_the_range_is_excluded_but_never_the_statements_own_name():
    text = ("Axonyl is a capsule sold by Hartwell Naturals. Hartwell also sells Axonyl Joint, a different product for "
            "stiff joints. Tallow also sell a KineSleeve Recover, which is not covered here.")
    assert excluded_names(document(text, title="Axonyl capsules", aliases=("Axonyl", "KineSleeve"))) == {
        "axonyljoint", "kinesleeverecover"}
    assert excluded_names(document("Hartwell also sells Axonyl Statement packs.", title="Axonyl", aliases=("Axonyl",))) == set()


def test_the_organisations_own_name_is_never_excluded():
    text = "This statement by the Kingsmere ALS Alliance does not cover treatment in other countries."
    assert excluded_names(document(text, organisation="Kingsmere ALS Alliance")) == set()


@pytest.mark.parametrize(("question", "language"), [
    ("Is quinine safe for leg cramps?", "en"), ("would baclofen help his cramps", "en"),
    ("Does melatonin help with sleep in MND?", "en"), ("¿El baclofen sirve para los calambres de la ELA?", "es"),
])
def test_a_medicine_known_by_name_is_an_unknown_product_though_an_everyday_word(question, language):
    # 'quinine' and 'baclofen' are in word-frequency lists, so neither rarity nor an INN ending marks them.
    from statement_qa.subjects import SubjectIndex

    statement = Document("velmora", "Velmora (VLM-3) for cramps in MND", "Invented Society", None, "statement",
                         "velmora.md", None, "Velmora is an invented tablet for muscle cramps. We do not recommend it.",
                         (), aliases=("Velmora", "VLM-3"))
    subjects = SubjectIndex([statement])
    unknown = [m.key for m in subjects.mentions(question, language) if m.kind == "unknown"]
    assert unknown and set(unknown) <= {"quinine", "baclofen", "melatonin"}
    assert [m.kind for m in subjects.mentions("Is Velmora safe for leg cramps?", "en")] == ["product"]


def test_a_medicine_a_statement_mentions_may_be_what_its_product_contains():
    from statement_qa.documents import Section
    from statement_qa.subjects import SubjectIndex

    text = "Kelpa capsules contain melatonin and seaweed. We do not recommend them."
    statement = Document("kelpa", "Kelpa capsules", "Invented Society", None, "statement", "kelpa.md", None,
                         text, (Section("Our view", 0, len(text)),), aliases=("Kelpa",))
    subjects = SubjectIndex([statement])
    assert [m for m in subjects.mentions("are those melatonin capsules from the seaside any good?") if m.kind == "unknown"] == []
    # Asked about by itself, a medicine the statement only mentions is no statement's subject.
    assert [m.key for m in subjects.mentions("What's the latest on melatonin for ALS?") if m.kind == "unknown"] == ["melatonin"]


@pytest.mark.parametrize("question", ["Αξίζει να ζητήσω τη βελμόρα;", "Стоит ли принимать Велмору?", "Чи варто пити велмору?"])
def test_a_name_written_in_greek_or_cyrillic_letters_is_found_by_its_latin_spelling(question):
    from statement_qa.subjects import SubjectIndex

    statement = Document("velmora", "Velmora (VLM-3): our position", "Invented Society", None, "statement",
                         "velmora.md", None, "Velmora is an invented tablet.", (), aliases=("Velmora", "VLM-3"))
    subjects = SubjectIndex([statement])
    assert [(m.kind, m.doc_ids) for m in subjects.mentions(question)] == [("product", ("velmora",))]
    # Its other words are no unknown product names.
    assert not [m for m in subjects.mentions("Αξίζει να ζητήσω το φάρμακο;") if m.kind == "unknown"]


@pytest.mark.parametrize("question", ["Is sotraverine recommended for drooling?", "Είναι ασφαλής η σοτραβερίνη;",
                                      "Is Sotraverini any good?", "Что вы думаете о мирелатиде?"])
def test_a_statement_name_written_in_greek_or_cyrillic_letters_is_found_in_latin_or_its_own(question):
    from statement_qa.subjects import SubjectIndex

    statements = [  # fictional: a Greek and a Russian statement, named only in their own letters
        Document("sotra", "Σοτραβερίνη (STV-14) για τη σιελόρροια", "Invented Σύλλογος", None, "statement", "sotra.html",
                 None, "Η σοτραβερίνη είναι σταγόνες.", (), aliases=("Σοτραβερίνη", "STV-14"), language="el"),
        Document("mire", "Мирелатид: позиция общества", "Invented Общество", None, "statement", "mire.html",
                 None, "Мирелатид — таблетка.", (), aliases=("Мирелатид",), language="ru"),
    ]
    subjects = SubjectIndex(statements)
    assert [m.kind for m in subjects.mentions(question)] == ["product"]
    assert not subjects.mentions("Is velmorastat recommended for drooling?")[0].doc_ids  # another name: unknown


@pytest.mark.parametrize(("question", "found"), [
    ("Czy warto zapytać neurologa o ibrodaksynę?", True),  # Polish: ks for x, y for i, an ending
    ("Co sądzicie o ibrodaksynie?", True),
    ("trevonastaatti toimiiko", True),  # Finnish: a doubled vowel and a case ending
    ("Αξίζει να ζητήσω την ιβροδαξίνη;", True),  # Greek: β is written v in Latin letters
    ("Was halten Sie von Trewonastat?", True),
    ("ibrodakseen shud i take it", True),  # the ee of English and Dutch spelling for i: one sound, three edits
    ("trevonastatone", False),  # more than an ending: another name
])
def test_a_name_spelt_as_another_language_spells_it_is_found(question, found):
    from statement_qa.subjects import SubjectIndex

    statements = [
        Document("ibro", "Ibrodaxin (IBX-450)", "Invented Forum", None, "statement", "ibro.md", None,
                 "Ibrodaxin is an invented tablet.", (), aliases=("Ibrodaxin", "IBX-450")),
        Document("trevo", "Trevonastat: our view", "Invented Society", None, "statement", "trevo.md", None,
                 "Trevonastat is an invented capsule.", (), aliases=("Trevonastat",)),
    ]
    subjects = SubjectIndex(statements)
    products = [m for m in subjects.mentions(question) if m.kind == "product"]
    assert bool(products) is found


@pytest.mark.parametrize(("question", "language", "found"), [
    ("Moet mijn vader de ibrodaxinepleister proberen?", "nl", "ibrodaxin"),  # FICTIONAL names; pleister: a patch
    ("Sind Trevonastattabletten sicher?", "de", "trevonastat"),
    ("Hjälper ibrodaxinplåster?", "sv", "ibrodaxin"),
    ("Is ibrodaxinepleister safe?", "en", None),  # English writes no such compounds: an unknown name
    ("Sind Trevonastatschachteln teuer?", "de", None),  # the rest is no word of the glossary
])
def test_a_name_at_the_head_of_a_compound_is_found(question, language, found):
    from statement_qa.subjects import SubjectIndex

    statements = [
        Document("ibro", "Ibrodaxin (IBX-450)", "Invented Forum", None, "statement", "ibro.md", None,
                 "Ibrodaxin is an invented patch.", (), aliases=("Ibrodaxin", "IBX-450")),
        Document("trevo", "Trevonastat: our view", "Invented Society", None, "statement", "trevo.md", None,
                 "Trevonastat is an invented tablet.", (), aliases=("Trevonastat",)),
    ]
    products = [m.key for m in SubjectIndex(statements).mentions(question, language) if m.kind == "product"]
    assert products == ([found] if found else [])


def test_two_names_that_sound_alike_are_neither_found_by_sound():
    from statement_qa.subjects import SubjectIndex, sound_key

    assert sound_key("velmorax") == sound_key("belmoraks")
    statements = [Document(i, name, "Invented Society", None, "statement", f"{i}.md", None, f"{name} is invented.", (),
                           aliases=(name,)) for i, name in (("a", "Velmorax"), ("b", "Belmoraks"))]
    assert sound_key("velmorax") not in SubjectIndex(statements)._sounds


@pytest.mark.parametrize(("question", "kinds"), [
    ("Is there a statement on the Velmora-J knee injections?", [("unknown", "velmoraj")]),
    ("Und Velmora-J für sein Knie?", [("unknown", "velmoraj")]),
    ("Is Velmora-M worth it?", [("product", "velmoram")]),
    ("Lumagene-8 for Huntington's?", [("unknown", "lumagene8")]),
    ("Is Lumagene-7 safe?", [("product", "lumagene7")]),
])
def test_a_name_that_differs_from_a_statement_name_only_in_its_suffix_is_another_product(question, kinds):
    from statement_qa.subjects import SubjectIndex

    statements = [
        Document("velm", "Velmora-M: our view", "Invented Network", None, "statement", "velm.md", None,
                 "Velmora-M is an invented cell product.", (), aliases=("Velmora-M",)),
        Document("luma", "Lumagene-7", "Invented Society", None, "statement", "luma.md", None,
                 "Lumagene-7 is an invented gene therapy.", (), aliases=("Lumagene-7",)),
    ]
    subjects = SubjectIndex(statements)
    assert [(m.kind, m.key) for m in subjects.mentions(question)] == kinds


@pytest.mark.parametrize(("question", "language", "found"), [
    ("Mit tanácsolnak a trevonastatról ALS-ben?", "hu", True),  # Hungarian: 'about trevonastat'
    ("Szedje-e a trevonastatot?", "hu", True),
    ("Onko trevonastatia saatavilla?", "fi", True),
    ("Is trevonastatone any good?", "en", False),  # English adds no case endings: another name
    # Polish softens the name's last consonant before the ending: 'o trevonastacie' ('about trevonastat').
    ("Co zarząd mówi o trevonastacie?", "pl", True),
    ("Czy trevonastatu można kupić?", "pl", True),
    ("Is trevonastacie any good?", "en", False),
])
def test_a_name_with_a_case_ending_is_the_name_in_languages_that_add_them(question, language, found):
    from statement_qa.subjects import SubjectIndex

    statement = Document("trevo", "Trevonastat: our view", "Invented Society", None, "statement", "trevo.md", None,
                         "Trevonastat is an invented capsule.", (), aliases=("Trevonastat",))
    products = [m for m in SubjectIndex([statement]).mentions(question, language) if m.kind == "product"]
    assert bool(products) is found


def test_a_capital_that_only_opens_sentences_never_makes_a_name():
    # FICTIONAL, in Finnish (a language the word lists lack): "Lääke" (medicine) and "Kehotamme" (we urge)
    # open sentences three times each; "Vantelix" is written with a capital after other words.
    text = ("Vantelix on Korvala Pharman kehittämä lääke. Lääke annetaan pistoksena. Lääke maksaa paljon. "
            "Lääke ei ole hyväksytty. Kehotamme odottamaan. Kehotamme kysymään. Kehotamme varovaisuuteen. "
            "Tutkimus jatkuu, ja Vantelix on vielä kokeellinen, koska Vantelix on uusi.")
    terms = {t.lower() for t in subject_terms(Document("x", "Kannanotto", None, None, "statement", "x.md", None, text,
                                                       (Section("Tausta", 0, len(text)),), language="fi"))}
    assert "vantelix" in terms
    assert not terms & {"lääke", "kehotamme"}


def test_in_a_language_with_word_lists_a_made_up_word_opening_sentences_is_still_a_name():
    # FICTIONAL: an English statement writes its lower-case medicine name with a capital only where a sentence opens.
    text = "Solvantide is taken daily. Solvantide was tested in 40 people. Solvantide needs a larger trial."
    terms = {t.lower() for t in subject_terms(Document("x", "Our view", None, None, "statement", "x.md", None, text,
                                                       (Section("Background", 0, len(text)),), language="en"))}
    assert "solvantide" in terms


def test_in_a_language_without_word_lists_a_made_up_word_of_the_title_is_a_name():
    # FICTIONAL, in Turkish: the medicine opens the title and sentences and is written small elsewhere;
    # "Görüşümüz" (our view) is a word the glossary knows.
    text = ("Velantid denemesi tamamlandı. Velantid alanlarla plasebo alanlar arasında fark yok. "
            "Şu anda velantid kullanıyorsanız doktorunuza danışın. Görüşümüz değişmedi.")
    document = Document("x", "Görüşümüz: Velantid hakkında", None, None, "statement", "x.md", None, text,
                        (Section("Görüş", 0, len(text)),), language="tr")
    terms = {t.lower() for t in subject_terms(document)}
    assert "velantid" in terms and "görüşümüz" not in terms


@pytest.mark.parametrize(("question", "language", "unknown"), [
    ("O baclofeno ajuda na rigidez?", "pt", True),  # a known medicine as Portuguese writes it
    ("¿Sirve la morfina para el dolor?", "es", True),
    ("La mélatonine aide-t-elle à dormir ?", "fr", True),
    ("¿Sirve la velmorina para el dolor?", "es", False),  # a made-up word of the language: no known medicine
])
def test_a_known_medicine_written_as_another_language_writes_it_is_a_product_no_statement_is_about(
        question, language, unknown):
    from statement_qa.subjects import SubjectIndex

    statement = Document("kelpa", "Kelpa capsules", "Invented Society", None, "statement", "kelpa.md", None,
                         "Kelpa capsules contain seaweed. We do not recommend them.", (), aliases=("Kelpa",))
    found = [m for m in SubjectIndex([statement]).mentions(question, language) if m.kind == "unknown"]
    assert bool(found) is unknown


def test_a_gene_in_a_statements_title_is_no_name_of_its_product():
    # Fictional: a statement on an invented gene therapy for SOD1 ALS; 'SOD1' is what it acts on.
    statement = document("Quorvagene is an invented one-off injection for people with SOD1 ALS.",
                         title="Quorvagene (QVG-3) for SOD1 ALS: our view", aliases=("Quorvagene", "QVG-3"))
    assert "SOD1" not in subject_terms(statement)


@pytest.mark.parametrize("language, aliases, generic", [
    ("es", ("Drelosina", "postura", "Nuestra postura"), {"postura", "nuestrapostura"}),
    ("de", ("Velocar", "Unser Standpunkt"), {"unserstandpunkt"}),
    ("en", ("Velocar", "Our position"), {"ourposition"}),
])
def test_a_name_of_only_generic_words_in_the_statements_language_names_nothing(language, aliases, generic):
    from dataclasses import replace

    from statement_qa.subjects import SubjectIndex, compact

    # A title cut as 'Drelosina (DRL-72): nuestra postura' gave 'postura' as a name: every Spanish 'vuestra postura
    # sobre …' would have been about this statement.
    statement = replace(document("Velocar is unproven.", aliases=aliases), language=language)
    keys = SubjectIndex([statement]).by_key
    assert not generic & set(keys)
    assert {compact(a) for a in aliases} - generic <= set(keys)


def test_a_french_statement_names_its_medicine_in_lower_case():
    from dataclasses import replace

    # French writes 'la quarvelidone'; a heading gives it and the text repeats it.
    text = ("La vexomaride (VXM-15) : ce qu'il faut savoir\n\nLa vexomaride est un médicament des Laboratoires Orbec. "
            "Nous pensons que la vexomaride peut être essayée avec votre neurologue.")
    statement = replace(document(text, title="Bulletin d'automne", aliases=("VXM-15",)), language="fr",
                        sections=(Section("La vexomaride (VXM-15) : ce qu'il faut savoir", 0, len(text)),))
    assert "vexomaride" in subject_terms(statement)
    # Not an everyday French word that a heading gives and the text repeats.
    ordinary = replace(statement, text=text.replace("vexomaride", "neurologue"),
                       sections=(Section("Le neurologue : ce qu'il faut savoir", 0, len(text)),))
    assert "neurologue" not in subject_terms(ordinary)


def test_a_trial_named_by_the_first_letters_of_the_product_is_its_subject():
    text = ("Gorvadine is a capsule from Txingudi Pharma. It is tested in the GORVA-2 trial. GVD-22 is another "
            "Txingudi product, for asthma, and is not covered here.")
    from dataclasses import replace

    statement = document(text, title="Gorvadine: what we say", aliases=("Gorvadine", "GVD-27"))
    found = subject_terms(replace(statement, sections=(Section("Text", 0, len(text)),)))
    assert "GORVA-2" in found and "GVD-22" not in found


def test_a_name_with_a_basque_case_ending_is_the_name():
    from statement_qa.subjects import SubjectIndex

    statement = document("Gorvadine is unproven.", title="Gorvadine", aliases=("Gorvadine",))
    index = SubjectIndex([statement])
    assert [m.key for m in index.mentions("Zer iritzi dago gorvadineri buruz?", language="eu")] == ["gorvadine"]


def test_a_title_of_a_name_and_a_generic_phrase_in_another_language_names_a_product():
    from dataclasses import replace

    from statement_qa.subjects import PRODUCT, SubjectIndex

    # 'stav Udruge' is 'the association's position': not a product after a company's name.
    statement = replace(document("MioNerva je prašak.", title="MioNerva – stav Udruge", aliases=("MioNerva", "stav Udruge")),
                        language="hr")
    index = SubjectIndex([statement])
    assert index.by_key["mionerva"] == {"x": PRODUCT} and "x" not in index.general


@pytest.mark.parametrize("question, unknown", [
    ("A tincture approved in Europe in May 2025: is it any good?", []),
    ("Our leaflet from spring 2022 says wait; and the June 3 update?", []),
    ("Is TX 410 any good?", ["TX 410"]),
    ("Is MAY-101 any good?", ["MAY-101"]),  # a code written with a hyphen stays a code
])
def test_a_month_or_season_before_a_year_or_day_is_a_date_not_a_code(question, unknown):
    from statement_qa.subjects import SubjectIndex, is_code

    index = SubjectIndex([document("Velocar (VC-12) is a tablet.")])
    assert [m.text for m in index.mentions(question) if m.kind == "unknown"] == unknown
    assert not is_code("May 2025") and is_code("TX 410")


def test_a_medicine_a_statement_in_another_language_names_is_a_word_of_the_corpus():
    # FICTIONAL: a Dutch statement on capsules with 'kurkuma' (turmeric). A question describing the capsules by what
    # they contain, in English, names no medicine the corpus lacks; asked about by itself, turmeric is still no
    # statement's subject.
    from statement_qa.subjects import SubjectIndex

    text = "Vitaminecapsules met B6, B12, magnesium en kurkuma. Wij zouden de capsules niet kopen."
    statement = Document("nl", "Velmobalans Forte", "Stichting Fictief", None, "statement", "nl.html", None, text,
                         (Section("Standpunt", 0, len(text)),), aliases=("Velmobalans Forte",), language="nl")
    subjects = SubjectIndex([statement])
    described = "Dutch vitamin capsules with B6, magnesium and turmeric from a webshop: any good for ALS?"
    assert not [m for m in subjects.mentions(described) if m.kind == "unknown"]
    assert [m.key for m in subjects.mentions("Is turmeric good for ALS?") if m.kind == "unknown"] == ["turmeric"]


def test_a_number_is_never_a_name_a_statement_is_about():
    # FICTIONAL: a voicemail box titled by its phone number; the number repeats in the text.
    text = ("Ring 01632 960 871 for the helpline. Sessions at the Velmora Studio cost £60. "
            "We would not pay for Velmora sessions. Call 01632 960 871 with questions, or 01632 960 872.")
    terms = subject_terms(Document("v", "Helpline mobile (01632 960 871)", "Invented Support", None, "statement",
                                   "v.txt", None, text, (Section("Position", 0, len(text)),)))
    assert "Velmora" in terms and not [t for t in terms if t.isdigit()]


# A look-alike name the statement warns of is another product, however it is written; so is one it has no statement on.
@pytest.mark.parametrize("text, keys", [
    ("Velocar is often confused with velacor, a different tablet from another company.", {"velacor"}),
    ("The Society has no statement on Velocor. Velocar is a capsule.", {"velocor"}),
    ("Velocar is a capsule. Some people call it velocars.", set()),  # no cue: the statement's own name, in plural
])
def test_a_look_alike_name_set_aside_is_excluded(text, keys):
    assert excluded_names(document(text, aliases=("Velocar",))) == keys


def test_a_name_that_also_sells_something_is_a_company():
    text = "Glowpath also sell the Cinder, a heated foot warmer. The Velocar also sells well at markets."
    assert company_keys(document(text, aliases=("Velocar wrap",))) == {"glowpath"}


def test_one_capitalised_name_after_the_is_set_aside():
    from statement_qa.subjects import set_aside_names

    assert "Cinder" in set_aside_names("Glowpath also sell the Cinder, a heated foot warmer; we have not looked at it.")
    assert set_aside_names("The Velocar wrap is warm. We recommend the Thursday walk.") == []
    # The organisation and its bodies are no product: 'tests the Network has not looked at'.
    assert set_aside_names("Tickhaven also sells a food test that the Network has not looked at, nor has the Board.") == []


def test_an_everyday_first_word_written_as_a_name_is_the_products_name():
    from statement_qa.subjects import SubjectIndex

    text = ("The Ember wrap: what we think. The Ember is a heat wrap sold at markets. We think the Ember is safe to try. "
            "And a different sort of ember: the bonfire is on Saturday.")
    index = SubjectIndex([document(text, title="The Ember wrap", aliases=("Ember wrap",))])
    assert "ember" in index.by_key
    assert [m.key for m in index.mentions("Back to the Ember: is it safe if his legs are numb?")] == ["ember"]
    assert index.mentions("Is it safe to sit by the fire when it has burnt down to embers?") == []


def test_an_everyday_word_names_a_product_only_with_a_capital():
    from statement_qa.subjects import SubjectIndex

    text = ("The Result capsule: our view. We think the Result capsule is not worth buying. The Result costs £40, and "
            "the Result is sold online.")
    index = SubjectIndex([document(text, title="The Result capsule", aliases=("Result capsule",))])
    assert "result" in index.by_key
    assert [m.key for m in index.mentions("Is the Result worth it for MND?")] == ["result"]
    assert [m.key for m in index.mentions("What was the result of the trial, Doctor?")] == []
    assert [m.key for m in index.mentions("what was the result")] == ["result"]  # in one case, a capital tells nothing


@pytest.mark.parametrize("alias, key", [
    ("Viên nang Sen Bạc", "senbac"),  # Vietnamese writes the form first: 'capsules Sen Bạc'
    ("gélules de Norvelan", "norvelan"),
    ("Kapseln Norvelan", "norvelan"),
])
def test_a_name_after_its_form_is_asked_about_alone(alias, key):
    from statement_qa.subjects import SubjectIndex

    index = SubjectIndex([document(f"{alias}: our view. It is not worth buying.", title=alias, aliases=(alias,))])
    assert key in index.by_key


def test_a_product_the_text_defines_by_its_kind_and_seller_is_named_by_its_everyday_word():
    from statement_qa.structure.subjects import names_in
    from statement_qa.subjects import SubjectIndex

    # (fictional: the Beacon headband and Harrowgate Ltd are invented)
    text = ("The Beacon is a blue-light headband sold by Harrowgate Ltd for 90 pounds. The Hearth is a foot warmer "
            "made by Harrowgate Ltd, not covered here.\n\nOur view: the Beacon may feel pleasant, but there is no "
            "evidence that it slows MND. Ask your nurse before buying the Beacon.")
    names = names_in("Answers booklet 2026", text, [])
    assert "Beacon" in names
    assert "Hearth" not in names  # defined once, in passing: another product
    index = SubjectIndex([document(text, title="Answers booklet 2026", aliases=names)])
    assert index.by_key.get("beacon") == {"x": "product"}
    assert [m.key for m in index.mentions("Read me the words about the Beacon, please.")] == ["beacon"]
    assert index.mentions("Where can I buy a beacon for the bonfire night walk?") == []


def test_a_title_that_gives_the_organisations_name_names_no_product():
    from statement_qa.subjects import SubjectIndex

    index = SubjectIndex([document("Our view on Velocar.", title="Foxley MND Friends - Velocar",
                                   aliases=("Foxley MND Friends", "Foxley MND Friends forum", "Velocar"),
                                   organisation="Foxley MND Friends")])
    assert "velocar" in index.by_key
    assert not {"foxleymndfriends", "foxleymndfriendsforum"} & set(index.by_key)


def test_a_name_with_a_plus_and_a_number_is_a_name_and_its_next_number_another_product():
    from statement_qa.structure.subjects import names_in
    from statement_qa.subjects import SubjectIndex

    # (fictional: Vito+ 2 and Merrow Nutrition are invented)
    text = ("Vito+ 2 is a vitamin drink from Merrow Nutrition. Our view: Vito+ 2 is not a treatment for MND. "
            "A member says Vito+ 2 helps her; we found no study. Merrow plans a Vito+ 3 next year.")
    names = names_in("Raffle form", text, [])
    assert "Vito+ 2" in names and "Vito+ 3" not in names  # (named once: not the statement's)
    index = SubjectIndex([document(text, title="Raffle form", aliases=names)])
    assert [(m.key, m.kind) for m in index.mentions("Can Vito+ 2 go through his PEG?")] == [("vito2", "product")]
    assert [(m.key, m.kind) for m in index.mentions("What about Vito+ 4, the new one?")] == [("vito4", "unknown")]
    assert [(m.key, m.kind) for m in index.mentions("And Sleep+ 3?")] == [("sleep3", "unknown")]


def test_a_name_with_a_number_and_a_plus_is_a_name_and_another_number_another_product():
    from statement_qa.structure.subjects import names_in
    from statement_qa.subjects import SubjectIndex

    # (fictional: Brisca 40+ and Selby Health are invented)
    text = ("Brisca 40+ is a vitamin capsule for adults over 40, sold by Selby Health. Our view: Brisca 40+ does not "
            "slow MND. The advert says Brisca 40+ 'restores nerves'; there is no evidence.")
    names = names_in("Awareness film", text, [])
    assert "Brisca 40+" in names
    index = SubjectIndex([document(text, title="Awareness film", aliases=names)])
    assert [(m.key, m.kind) for m in index.mentions("Is Brisca 40+ worth it?")] == [("brisca40", "product")]
    assert [(m.key, m.kind) for m in index.mentions("Is Brisca 60+ any good for MND?")] == [("brisca60", "unknown")]


def test_a_name_in_hangul_or_hebrew_is_found_in_a_question_in_that_script_and_hangul_also_in_latin_letters():
    from statement_qa.structure.subjects import names_in
    from statement_qa.subjects import SubjectIndex

    # (fictional: 코델린 / KDL-31 and מרבלין / MRB-40 are invented)
    korean_title, korean_text = "코델린(KDL-31)에 대한 위원회 의견", "코델린은 시험 중인 약입니다. 코델린을 사지 마세요."
    hebrew_title, hebrew_text = "מרבלין (MRB-40) | עמותה בדיונית", "מרבלין היא תרופה ניסיונית. אל תקנו מרבלין."
    korean = Document("ko", korean_title, "Fictional association", None, "statement", "ko.html", None, korean_text, (),
                      aliases=names_in(korean_title, korean_text, []), language="ko")
    hebrew = Document("he", hebrew_title, "Fictional association", None, "statement", "he.html", None, hebrew_text, (),
                      aliases=names_in(hebrew_title, hebrew_text, []), language="he")
    index = SubjectIndex([korean, hebrew])
    assert [m.doc_ids for m in index.mentions("코델린이 알츠하이머병에도 효과가 있나요?", "ko")] == [("ko",)]  # particle joined
    assert [m.doc_ids for m in index.mentions("מה עמדת העמותה לגבי המרבלין?", "he")] == [("he",)]  # prefix joined
    assert [m.doc_ids for m in index.mentions("Is kodelin safe for my mother?")] == [("ko",)]  # 'kodellin', spelt by ear
    assert index.mentions("מה עמדת העמותה?", "he") == []


def test_a_name_in_devanagari_keeps_its_vowel_signs():
    from statement_qa.structure.subjects import names_in

    # (fictional: हल्वोरापिन / HVL-27 is invented)
    assert "हल्वोरापिन" in names_in("हल्वोरापिन (HVL-27) पर हमारी राय", "हल्वोरापिन एक प्रायोगिक दवा है।", [])


def test_a_name_with_a_release_mark_and_its_own_code_in_brackets_is_a_name():
    from statement_qa.structure.subjects import names_in

    # (fictional: gorvalin and GVL-41 / GVL-14 are invented)
    text = ("Gorvalin (GVL-41, tablets) and gorvalin XR (GVL-14, a once-a-week capsule of the same medicine) are both "
            "experimental. Gorvalin is tested in one trial. Ask about gorvalin. Gorvalin is not licensed.")
    names = names_in("What the Circle thinks", text, [])
    assert {"gorvalin XR", "GVL-41", "GVL-14"} <= set(names)


def test_a_trials_registry_number_names_the_statement_that_gives_it_and_another_number_no_statement():
    from statement_qa.structure.subjects import names_in
    from statement_qa.subjects import SubjectIndex

    # (fictional: norvaline, NORVA-3 and its number are invented)
    text = "Norvaline is tested in the NORVA-3 trial (registry number NCT99001234) in Leeds. Ask about norvaline."
    names = names_in("Norvaline: our view", text, [])
    assert "NCT99001234" in names
    index = SubjectIndex([document(text, title="Norvaline: our view", aliases=names)])
    assert [(m.key, m.kind) for m in index.mentions("My neurologist mentioned NCT99001234. Worth asking?")] \
        == [("nct99001234", "product")]
    assert [(m.key, m.kind) for m in index.mentions("What about trial NCT99004321?")] == [("nct99004321", "unknown")]


def test_a_title_naming_the_product_then_the_organisation_does_not_make_the_product_a_company():
    from statement_qa.subjects import SubjectIndex

    doc = document("Velocar is an experimental drip. Our view on Velocar.", title="Velocar: where Brading MND Group stands",
                   aliases=("Velocar",), organisation="Brading MND Group")
    assert SubjectIndex([doc]).by_key["velocar"] == {"x": "product"}


def test_the_name_a_summary_gives_beside_the_titles_code_is_the_products():
    from statement_qa.structure.subjects import names_in

    # (fictional: מרבלין / MRB-40 and marbeline are invented)
    names = names_in("מרבלין (MRB-40) | עמותה בדיונית",
                     "English summary: the board's position on marbeline (MRB-40), an experimental drug. מרבלין …", [])
    assert {"marbeline", "MRB-40", "מרבלין"} <= set(names)
    assert "position" not in {n.casefold() for n in names}
    # (only the title's code: a page that names a product and its code in passing is not about it)
    assert "marbeline" not in names_in("Ask the researchers", "We will talk about marbeline (MRB-40) and more.", [])


def test_a_word_any_organisation_may_use_does_not_name_one():
    from statement_qa.subjects import SubjectIndex

    index = SubjectIndex([document("Our view on Velocar.", organisation="Brancaster ALS Helpline"),
                          document("Our view on Velocar.", organisation="Thornham ALS Circle")])
    assert index.organisations_in("who are thornham als circle and do they have a helpline") == {"x"}
    assert set(index.organisation_phrases) == {"brancaster", "thornham"}


def test_a_katakana_name_the_title_gives_and_the_text_repeats_is_a_name():
    from statement_qa.structure.subjects import names_in

    # (fictional: ハルボラピン is invented)
    text = "ハルボラピンは試験中の薬です。ハルボラピンをインターネットで買わないでください。ハルボラピンの試験は無料です。"
    assert "ハルボラピン" in names_in("ハルボラピンについての当会の見解", text, [])
    assert "インターネット" not in names_in("ハルボラピンについての当会の見解", text, [])
