"""Every sentence the app writes, in seven languages, as fixed reviewed strings.

Nothing is translated at run time: each sentence below was written and checked by a
person. A statement's own words are never translated; only the sentences around them.
`t(key, language, **fields)` fills a sentence; a missing language falls back to English,
an unknown key is a bug and raises KeyError. tests/test_i18n.py checks that every key
exists in every language with the same {fields}.

Register: the polite form (usted, vous, Sie, u, Lei); Portuguese in neutral European form.
Quotation marks follow each language's custom.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "es", "fr", "de", "nl", "pt", "it")
DEFAULT_LANGUAGE = "en"

# LANGUAGE_NAMES[in_language][language]: "inglés" is LANGUAGE_NAMES["es"]["en"].
# LANGUAGE_NAMES[code][code] is each language's own name, used on the language switch.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "nl": "Dutch",
           "pt": "Portuguese", "it": "Italian"},
    "es": {"en": "inglés", "es": "español", "fr": "francés", "de": "alemán", "nl": "neerlandés",
           "pt": "portugués", "it": "italiano"},
    "fr": {"en": "anglais", "es": "espagnol", "fr": "français", "de": "allemand", "nl": "néerlandais",
           "pt": "portugais", "it": "italien"},
    "de": {"en": "Englisch", "es": "Spanisch", "fr": "Französisch", "de": "Deutsch", "nl": "Niederländisch",
           "pt": "Portugiesisch", "it": "Italienisch"},
    "nl": {"en": "Engels", "es": "Spaans", "fr": "Frans", "de": "Duits", "nl": "Nederlands",
           "pt": "Portugees", "it": "Italiaans"},
    "pt": {"en": "inglês", "es": "espanhol", "fr": "francês", "de": "alemão", "nl": "neerlandês",
           "pt": "português", "it": "italiano"},
    "it": {"en": "inglese", "es": "spagnolo", "fr": "francese", "de": "tedesco", "nl": "olandese",
           "pt": "portoghese", "it": "italiano"},
}

# The name on the language switch: each language in its own words, capitalised as a menu item.
AUTONYMS: dict[str, str] = {
    "en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "nl": "Nederlands",
    "pt": "Português", "it": "Italiano",
}

# Month names, January first, split by `month_year`.
MONTHS: dict[str, str] = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
# How a month and a year go together: 'septiembre de 2020', 'September 2020'.
MONTH_YEAR: dict[str, str] = {
    "en": "{month} {year}", "es": "{month} de {year}", "fr": "{month} {year}", "de": "{month} {year}",
    "nl": "{month} {year}", "pt": "{month} de {year}", "it": "{month} {year}",
}

_EMERGENCY_NUMBERS = {
    "en": "112 in Europe, 911 in North America, 999 in the UK",
    "es": "112 en Europa, 911 en Norteamérica, 999 en el Reino Unido",
    "fr": "112 en Europe, 911 en Amérique du Nord, 999 au Royaume-Uni",
    "de": "112 in Europa, 911 in Nordamerika, 999 im Vereinigten Königreich",
    "nl": "112 in Europa, 911 in Noord-Amerika, 999 in het Verenigd Koninkrijk",
    "pt": "112 na Europa, 911 na América do Norte, 999 no Reino Unido",
    "it": "112 in Europa, 911 in Nord America, 999 nel Regno Unito",
}
_CANNOT_HELP = {
    "en": "This assistant only looks up published statements and cannot help in an emergency.",
    "es": "Este asistente solo busca declaraciones publicadas y no puede ayudar en una emergencia.",
    "fr": "Cet assistant ne fait que rechercher des déclarations publiées et ne peut pas aider en cas d'urgence.",
    "de": "Dieser Assistent sucht nur veröffentlichte Stellungnahmen heraus und kann in einem Notfall nicht helfen.",
    "nl": "Deze assistent zoekt alleen gepubliceerde standpunten op en kan in een noodsituatie niet helpen.",
    "pt": "Este assistente apenas procura declarações publicadas e não pode ajudar numa emergência.",
    "it": "Questo assistente cerca soltanto dichiarazioni pubblicate e non può aiutare in un'emergenza.",
}


def _urgent(sentences: dict[str, str]) -> dict[str, str]:
    """An emergency message: its own first sentence, the numbers, and what this assistant cannot do."""
    return {
        language: f"{sentence.format(numbers=_EMERGENCY_NUMBERS[language])} {_CANNOT_HELP[language]}"
        for language, sentence in sentences.items()
    }


MESSAGES: dict[str, dict[str, str]] = {
    # --- The sentence before a quote (answer stage) ---
    "intro_org": {
        "en": "{organisation} says, in its statement “{title}” of {when}:",
        "es": "{organisation} dice, en su declaración «{title}» de {when}:",
        "fr": "{organisation} déclare, dans sa prise de position « {title} » de {when} :",
        "de": "{organisation} sagt in der Stellungnahme „{title}“ vom {when}:",
        "nl": "{organisation} zegt in het standpunt “{title}” van {when}:",
        "pt": "{organisation} afirma, na sua declaração “{title}” de {when}:",
        "it": "{organisation} afferma, nella sua dichiarazione «{title}» del {when}:",
    },
    "intro_org_undated": {
        "en": "{organisation} says, in its statement “{title}”:",
        "es": "{organisation} dice, en su declaración «{title}»:",
        "fr": "{organisation} déclare, dans sa prise de position « {title} » :",
        "de": "{organisation} sagt in der Stellungnahme „{title}“:",
        "nl": "{organisation} zegt in het standpunt “{title}”:",
        "pt": "{organisation} afirma, na sua declaração “{title}”:",
        "it": "{organisation} afferma, nella sua dichiarazione «{title}»:",
    },
    "intro": {
        "en": "The statement “{title}” says:",
        "es": "La declaración «{title}» dice:",
        "fr": "La prise de position « {title} » dit :",
        "de": "In der Stellungnahme „{title}“ heißt es:",
        "nl": "In het standpunt “{title}” staat:",
        "pt": "A declaração “{title}” diz:",
        "it": "La dichiarazione «{title}» dice:",
    },
    "intro_passage": {
        "en": "The closest passage in “{title}” reads:",
        "es": "El pasaje de «{title}» que más se acerca dice:",
        "fr": "Le passage de « {title} » qui s'en rapproche le plus dit :",
        "de": "Die passendste Stelle in „{title}“ lautet:",
        "nl": "De best passende passage in “{title}” luidt:",
        "pt": "A passagem de “{title}” que mais se aproxima diz:",
        "it": "Il passo di «{title}» più vicino alla domanda dice:",
    },
    "about": {
        "en": "About {title}:",
        "es": "Sobre {title}:",
        "fr": "À propos de {title} :",
        "de": "Zu {title}:",
        "nl": "Over {title}:",
        "pt": "Sobre {title}:",
        "it": "A proposito di {title}:",
    },
    "not_in_statement": {
        "en": "The statement does not say anything about that. Its recommendation is:",
        "es": "La declaración no dice nada sobre eso. Su recomendación es:",
        "fr": "La prise de position ne dit rien à ce sujet. Sa recommandation est :",
        "de": "Dazu sagt die Stellungnahme nichts. Ihre Empfehlung lautet:",
        "nl": "Daarover zegt het standpunt niets. De aanbeveling luidt:",
        "pt": "A declaração não diz nada sobre isso. A sua recomendação é:",
        "it": "La dichiarazione non dice nulla al riguardo. La sua raccomandazione è:",
    },
    # --- Declines ---
    "not_covered": {
        "en": "Our statements do not cover {names}.",
        "es": "Nuestras declaraciones no tratan sobre {names}.",
        "fr": "Nos prises de position ne portent pas sur {names}.",
        "de": "Unsere Stellungnahmen behandeln {names} nicht.",
        "nl": "Onze standpunten gaan niet over {names}.",
        "pt": "As nossas declarações não abordam {names}.",
        "it": "Le nostre dichiarazioni non riguardano {names}.",
    },
    "withdrawn_statement": {
        "en": "The statement “{title}” has been withdrawn by its organisation: it is no longer their position, so we do "
              "not quote it.",
        "es": "La organización ha retirado la declaración «{title}»: ya no es su posición, así que no la citamos.",
        "fr": "L'organisation a retiré la prise de position « {title} » : ce n'est plus sa position, nous ne la "
              "citons donc pas.",
        "de": "Die Organisation hat die Stellungnahme „{title}“ zurückgezogen: Sie ist nicht mehr ihre Position, "
              "deshalb zitieren wir sie nicht.",
        "nl": "De organisatie heeft het standpunt ‘{title}’ ingetrokken: het is niet langer haar standpunt, dus we "
              "citeren het niet.",
        "pt": "A organização retirou a declaração «{title}»: já não é a sua posição, por isso não a citamos.",
        "it": "L'organizzazione ha ritirato la dichiarazione «{title}»: non è più la sua posizione, quindi non la "
              "citiamo.",
    },
    "decline": {
        "en": "We have no published statement that answers this question, so we cannot quote one.",
        "es": "No tenemos ninguna declaración publicada que responda a esta pregunta, así que no podemos citar "
              "ninguna.",
        "fr": "Nous n'avons aucune prise de position publiée qui réponde à cette question ; nous ne pouvons donc "
              "pas en citer.",
        "de": "Wir haben keine veröffentlichte Stellungnahme, die diese Frage beantwortet, und können daher keine "
              "zitieren.",
        "nl": "We hebben geen gepubliceerd standpunt dat deze vraag beantwoordt, dus we kunnen er geen citeren.",
        "pt": "Não temos nenhuma declaração publicada que responda a esta pergunta, por isso não podemos citar "
              "nenhuma.",
        "it": "Non abbiamo alcuna dichiarazione pubblicata che risponda a questa domanda, quindi non possiamo "
              "citarne una.",
    },
    "closing": {
        "en": "You're welcome. If you have another question about a therapy, ask it here at any time.",
        "es": "De nada. Si tiene otra pregunta sobre un tratamiento, puede hacerla aquí cuando quiera.",
        "fr": "Je vous en prie. Si vous avez une autre question sur un traitement, posez-la ici quand vous voulez.",
        "de": "Gern geschehen. Wenn Sie eine weitere Frage zu einer Therapie haben, stellen Sie sie jederzeit hier.",
        "nl": "Graag gedaan. Als u nog een vraag over een behandeling hebt, kunt u die hier altijd stellen.",
        "pt": "De nada. Se tiver outra pergunta sobre um tratamento, pode fazê-la aqui quando quiser.",
        "it": "Prego. Se ha un'altra domanda su una terapia, può farla qui in qualsiasi momento.",
    },
    "ambiguous": {
        "en": "More than one of our statements could fit this question and we cannot tell which one you mean, "
              "so we do not quote either. Choose the one you mean below.",
        "es": "Más de una de nuestras declaraciones podría corresponder a esta pregunta y no sabemos a cuál se "
              "refiere, así que no citamos ninguna. Elija abajo la que busca.",
        "fr": "Plusieurs de nos prises de position pourraient correspondre à cette question et nous ne savons pas "
              "laquelle vous cherchez ; nous n'en citons donc aucune. Choisissez ci-dessous celle qui vous intéresse.",
        "de": "Mehr als eine unserer Stellungnahmen könnte zu dieser Frage passen, und wir wissen nicht, welche Sie "
              "meinen, daher zitieren wir keine. Wählen Sie unten die gemeinte aus.",
        "nl": "Meer dan één van onze standpunten kan bij deze vraag passen en we weten niet welk u bedoelt, dus we "
              "citeren er geen. Kies hieronder het standpunt dat u bedoelt.",
        "pt": "Mais do que uma das nossas declarações pode corresponder a esta pergunta e não sabemos qual procura, "
              "por isso não citamos nenhuma. Escolha abaixo a que procura.",
        "it": "Più di una delle nostre dichiarazioni potrebbe corrispondere a questa domanda e non sappiamo quale "
              "intende, quindi non ne citiamo nessuna. Scelga qui sotto quella che cerca.",
    },
    "ambiguous_heading": {
        "en": "Which of these statements did you mean?",
        "es": "¿A cuál de estas declaraciones se refería?",
        "fr": "De laquelle de ces prises de position parliez-vous ?",
        "de": "Welche dieser Stellungnahmen meinten Sie?",
        "nl": "Welk van deze standpunten bedoelde u?",
        "pt": "A qual destas declarações se referia?",
        "it": "A quale di queste dichiarazioni si riferiva?",
    },
    "decline_related": {
        "en": "Statements we do have that may help:",
        "es": "Declaraciones que sí tenemos y que pueden servirle:",
        "fr": "Prises de position dont nous disposons et qui peuvent vous aider :",
        "de": "Stellungnahmen, die wir haben und die Ihnen helfen könnten:",
        "nl": "Standpunten die we wel hebben en die u kunnen helpen:",
        "pt": "Declarações que temos e que podem ajudar:",
        "it": "Dichiarazioni che abbiamo e che potrebbero esserle utili:",
    },
    "advice": {
        "en": "For advice about your own situation, please contact your national ALS/MND association, "
              "or talk to your neurologist or care team.",
        "es": "Para recibir consejo sobre su situación personal, póngase en contacto con la asociación de ELA "
              "de su país o hable con su neurólogo o su equipo médico.",
        "fr": "Pour un avis sur votre situation personnelle, contactez l'association SLA de votre pays, "
              "ou parlez-en à votre neurologue ou à votre équipe soignante.",
        "de": "Für einen Rat zu Ihrer eigenen Situation wenden Sie sich bitte an die ALS-Organisation in Ihrem "
              "Land oder sprechen Sie mit Ihrem Neurologen oder Ihrem Behandlungsteam.",
        "nl": "Voor advies over uw eigen situatie kunt u contact opnemen met de ALS-vereniging in uw land, "
              "of met uw neuroloog of zorgteam.",
        "pt": "Para aconselhamento sobre a sua situação pessoal, contacte a associação de ELA do seu país "
              "ou fale com o seu neurologista ou com a sua equipa de saúde.",
        "it": "Per un consiglio sulla sua situazione personale, contatti l'associazione SLA del suo paese "
              "o ne parli con il suo neurologo o con l'équipe che la segue.",
    },
    "disclaimer": {
        "en": "This is the organisation's published position, not personal medical advice. "
              "Talk to your neurologist or care team.",
        "es": "Esta es la posición publicada por la organización, no un consejo médico personal. "
              "Hable con su neurólogo o su equipo médico.",
        "fr": "Ceci est la position publiée par l'organisation, pas un avis médical personnel. "
              "Parlez-en à votre neurologue ou à votre équipe soignante.",
        "de": "Dies ist die veröffentlichte Position der Organisation, keine persönliche ärztliche Beratung. "
              "Sprechen Sie mit Ihrem Neurologen oder Ihrem Behandlungsteam.",
        "nl": "Dit is het gepubliceerde standpunt van de organisatie, geen persoonlijk medisch advies. "
              "Bespreek het met uw neuroloog of zorgteam.",
        "pt": "Esta é a posição publicada pela organização, não um conselho médico pessoal. "
              "Fale com o seu neurologista ou com a sua equipa de saúde.",
        "it": "Questa è la posizione pubblicata dall'organizzazione, non un consiglio medico personale. "
              "Ne parli con il suo neurologo o con l'équipe che la segue.",
    },
    # --- Emergencies: fixed, before anything else ---
    "urgent_self_harm": _urgent({
        "en": "If you are thinking of harming yourself or your life is in danger, call your local emergency "
              "number now ({numbers}) or a crisis line, and do not stay alone: ask someone to be with you.",
        "es": "Si está pensando en hacerse daño o su vida corre peligro, llame ahora al número de emergencias "
              "de su zona ({numbers}) o a una línea de ayuda en crisis, y no se quede solo: pida a alguien que "
              "esté con usted.",
        "fr": "Si vous pensez à vous faire du mal ou si votre vie est en danger, appelez maintenant le numéro "
              "d'urgence de votre pays ({numbers}) ou une ligne d'écoute, et ne restez pas seul : demandez à "
              "quelqu'un de rester avec vous.",
        "de": "Wenn Sie daran denken, sich etwas anzutun, oder Ihr Leben in Gefahr ist, rufen Sie jetzt den "
              "Notruf an ({numbers}) oder eine Krisen-Hotline, und bleiben Sie nicht allein: Bitten Sie jemanden, "
              "bei Ihnen zu bleiben.",
        "nl": "Als u eraan denkt uzelf iets aan te doen of uw leven in gevaar is, bel dan nu het noodnummer "
              "({numbers}) of een crisislijn, en blijf niet alleen: vraag iemand om bij u te blijven.",
        "pt": "Se está a pensar em fazer mal a si próprio ou se a sua vida está em perigo, ligue já para o "
              "número de emergência local ({numbers}) ou para uma linha de apoio em crise, e não fique sozinho: "
              "peça a alguém que fique consigo.",
        "it": "Se sta pensando di farsi del male o la sua vita è in pericolo, chiami subito il numero di "
              "emergenza ({numbers}) o una linea di aiuto per le crisi, e non resti da solo: chieda a qualcuno "
              "di stare con lei.",
    }),
    "urgent_breathing": _urgent({
        "en": "If you or someone with you is struggling to breathe, call your local emergency number now "
              "({numbers}).",
        "es": "Si usted o alguien que está con usted tiene dificultad para respirar, llame ahora al número de "
              "emergencias de su zona ({numbers}).",
        "fr": "Si vous ou une personne près de vous avez du mal à respirer, appelez maintenant le numéro "
              "d'urgence de votre pays ({numbers}).",
        "de": "Wenn Sie oder jemand bei Ihnen kaum Luft bekommt, rufen Sie jetzt den Notruf an ({numbers}).",
        "nl": "Als u of iemand bij u moeite heeft met ademen, bel dan nu het noodnummer ({numbers}).",
        "pt": "Se tem dificuldade em respirar, ou se alguém perto de si tem, ligue já para o número de "
              "emergência local ({numbers}).",
        "it": "Se lei o qualcuno vicino a lei fa fatica a respirare, chiami subito il numero di emergenza "
              "({numbers}).",
    }),
    "urgent_choking": _urgent({
        "en": "If someone is choking and cannot breathe, cough or speak, call your local emergency number now "
              "({numbers}).",
        "es": "Si alguien se está atragantando y no puede respirar, toser ni hablar, llame ahora al número de "
              "emergencias de su zona ({numbers}).",
        "fr": "Si quelqu'un s'étouffe et ne peut plus respirer, tousser ni parler, appelez maintenant le numéro "
              "d'urgence de votre pays ({numbers}).",
        "de": "Wenn sich jemand verschluckt hat und nicht atmen, husten oder sprechen kann, rufen Sie jetzt den "
              "Notruf an ({numbers}).",
        "nl": "Als iemand zich verslikt en niet kan ademen, hoesten of praten, bel dan nu het noodnummer "
              "({numbers}).",
        "pt": "Se alguém está a engasgar-se e não consegue respirar, tossir nem falar, ligue já para o número de "
              "emergência local ({numbers}).",
        "it": "Se qualcuno sta soffocando e non riesce a respirare, tossire o parlare, chiami subito il numero "
              "di emergenza ({numbers}).",
    }),
    "urgent_medical": _urgent({
        "en": "If this is a medical emergency, call your local emergency number now ({numbers}).",
        "es": "Si se trata de una emergencia médica, llame ahora al número de emergencias de su zona "
              "({numbers}).",
        "fr": "S'il s'agit d'une urgence médicale, appelez maintenant le numéro d'urgence de votre pays "
              "({numbers}).",
        "de": "Wenn es sich um einen medizinischen Notfall handelt, rufen Sie jetzt den Notruf an ({numbers}).",
        "nl": "Als dit een medisch noodgeval is, bel dan nu het noodnummer ({numbers}).",
        "pt": "Se se trata de uma emergência médica, ligue já para o número de emergência local ({numbers}).",
        "it": "Se si tratta di un'emergenza medica, chiami subito il numero di emergenza ({numbers}).",
    }),
    "urgent_heading": {
        "en": "Call for help now",
        "es": "Pida ayuda ahora",
        "fr": "Appelez les secours maintenant",
        "de": "Holen Sie jetzt Hilfe",
        "nl": "Bel nu om hulp",
        "pt": "Peça ajuda agora",
        "it": "Chiami subito aiuto",
    },
    "empty": {
        "en": "Please type a question about a therapy or treatment, or choose one of the statements we have.",
        "es": "Escriba una pregunta sobre una terapia o un tratamiento, o elija una de las declaraciones que "
              "tenemos.",
        "fr": "Veuillez écrire une question sur une thérapie ou un traitement, ou choisir l'une de nos prises "
              "de position.",
        "de": "Bitte schreiben Sie eine Frage zu einer Therapie oder Behandlung, oder wählen Sie eine unserer "
              "Stellungnahmen.",
        "nl": "Typ een vraag over een therapie of behandeling, of kies een van onze standpunten.",
        "pt": "Escreva uma pergunta sobre uma terapia ou um tratamento, ou escolha uma das declarações que "
              "temos.",
        "it": "Scriva una domanda su una terapia o un trattamento, oppure scelga una delle nostre dichiarazioni.",
    },
    # --- Notes beside an answer ---
    "replaces": {
        "en": "This replaces the statement of {when}.",
        "es": "Esta declaración sustituye a la de {when}.",
        "fr": "Elle remplace la prise de position de {when}.",
        "de": "Sie ersetzt die Stellungnahme vom {when}.",
        "nl": "Dit vervangt het standpunt van {when}.",
        "pt": "Esta declaração substitui a de {when}.",
        "it": "Sostituisce la dichiarazione del {when}.",
    },
    "published_in": {
        "en": "This statement is published in {language_name}.",
        "es": "Esta declaración está publicada en {language_name}.",
        "fr": "Cette prise de position est publiée en {language_name}.",
        "de": "Diese Stellungnahme ist auf {language_name} veröffentlicht.",
        "nl": "Dit standpunt is gepubliceerd in het {language_name}.",
        "pt": "Esta declaração está publicada em {language_name}.",
        "it": "Questa dichiarazione è pubblicata in {language_name}.",
    },
    "truncated": {
        "en": "Your message was long, so only its first {limit} characters were read.",
        "es": "Su mensaje era largo, así que solo se han leído sus primeros {limit} caracteres.",
        "fr": "Votre message était long : seuls ses {limit} premiers caractères ont été lus.",
        "de": "Ihre Nachricht war lang, deshalb wurden nur die ersten {limit} Zeichen gelesen.",
        "nl": "Uw bericht was lang, dus alleen de eerste {limit} tekens zijn gelezen.",
        "pt": "A sua mensagem era longa, por isso só foram lidos os primeiros {limit} caracteres.",
        "it": "Il suo messaggio era lungo, quindi sono stati letti solo i primi {limit} caratteri.",
    },
    "old_statement": {
        "en": "This statement is from {when}. Positions can change: check with your national association.",
        "es": "Esta declaración es de {when}. Las posiciones pueden cambiar: consulte con la asociación de su "
              "país.",
        "fr": "Cette prise de position date de {when}. Les positions peuvent évoluer : renseignez-vous auprès "
              "de l'association de votre pays.",
        "de": "Diese Stellungnahme stammt vom {when}. Positionen können sich ändern: Fragen Sie bei der "
              "Organisation in Ihrem Land nach.",
        "nl": "Dit standpunt is van {when}. Standpunten kunnen veranderen: vraag het na bij de vereniging in uw "
              "land.",
        "pt": "Esta declaração é de {when}. As posições podem mudar: confirme junto da associação do seu país.",
        "it": "Questa dichiarazione è del {when}. Le posizioni possono cambiare: verifichi con l'associazione del "
              "suo paese.",
    },
    "superseded": {
        "en": "Replaced by a newer statement",
        "es": "Sustituida por una declaración más reciente",
        "fr": "Remplacée par une prise de position plus récente",
        "de": "Durch eine neuere Stellungnahme ersetzt",
        "nl": "Vervangen door een nieuwer standpunt",
        "pt": "Substituída por uma declaração mais recente",
        "it": "Sostituita da una dichiarazione più recente",
    },
    "withdrawn": {
        "en": "Withdrawn by the organisation",
        "es": "Retirada por la organización",
        "fr": "Retirée par l'organisation",
        "de": "Von der Organisation zurückgezogen",
        "nl": "Ingetrokken door de organisatie",
        "pt": "Retirada pela organização",
        "it": "Ritirata dall'organizzazione",
    },
    # --- The page ---
    "page_title": {
        "en": "Statements on ALS/MND therapies",
        "es": "Declaraciones sobre terapias para la ELA",
        "fr": "Prises de position sur les thérapies de la SLA",
        "de": "Stellungnahmen zu ALS-Therapien",
        "nl": "Standpunten over ALS-therapieën",
        "pt": "Declarações sobre terapias para a ELA",
        "it": "Dichiarazioni sulle terapie per la SLA",
    },
    "heading": {
        "en": "What do ALS/MND organisations say about a therapy?",
        "es": "¿Qué dicen las organizaciones de ELA sobre una terapia?",
        "fr": "Que disent les associations de la SLA sur une thérapie ?",
        "de": "Was sagen ALS-Organisationen zu einer Therapie?",
        "nl": "Wat zeggen ALS-organisaties over een therapie?",
        "pt": "O que dizem as organizações de ELA sobre uma terapia?",
        "it": "Che cosa dicono le associazioni SLA su una terapia?",
    },
    "intro_page": {
        "en": "Ask a question or choose a statement. You get the organisation's published words, quoted exactly, "
              "with the date and a link to the full statement.",
        "es": "Haga una pregunta o elija una declaración. Verá las palabras publicadas por la organización, "
              "citadas tal cual, con la fecha y un enlace a la declaración completa.",
        "fr": "Posez une question ou choisissez une prise de position. Vous obtenez les mots publiés par "
              "l'organisation, cités exactement, avec la date et un lien vers le texte complet.",
        "de": "Stellen Sie eine Frage oder wählen Sie eine Stellungnahme. Sie sehen den veröffentlichten Wortlaut "
              "der Organisation, genau zitiert, mit Datum und einem Link zur vollständigen Stellungnahme.",
        "nl": "Stel een vraag of kies een standpunt. U krijgt de gepubliceerde woorden van de organisatie, "
              "letterlijk geciteerd, met de datum en een link naar het volledige standpunt.",
        "pt": "Faça uma pergunta ou escolha uma declaração. Verá as palavras publicadas pela organização, "
              "citadas tal como estão, com a data e uma ligação para a declaração completa.",
        "it": "Faccia una domanda o scelga una dichiarazione. Vedrà le parole pubblicate dall'organizzazione, "
              "citate esattamente, con la data e un link alla dichiarazione completa.",
    },
    "quote_language_note": {
        "en": "Quotes are always shown in the language the statement was published in.",
        "es": "Las citas se muestran siempre en el idioma en que se publicó la declaración.",
        "fr": "Les citations sont toujours données dans la langue de publication de la prise de position.",
        "de": "Zitate erscheinen immer in der Sprache, in der die Stellungnahme veröffentlicht wurde.",
        "nl": "Citaten staan altijd in de taal waarin het standpunt is gepubliceerd.",
        "pt": "As citações aparecem sempre na língua em que a declaração foi publicada.",
        "it": "Le citazioni sono sempre nella lingua in cui la dichiarazione è stata pubblicata.",
    },
    "language_label": {
        "en": "Language", "es": "Idioma", "fr": "Langue", "de": "Sprache", "nl": "Taal", "pt": "Idioma",
        "it": "Lingua",
    },
    "tab_ask": {"en": "Ask", "es": "Preguntar", "fr": "Demander", "de": "Fragen", "nl": "Vragen",
                "pt": "Perguntar", "it": "Chiedere"},
    "tab_lookup": {"en": "Look up", "es": "Buscar", "fr": "Rechercher", "de": "Nachschlagen", "nl": "Opzoeken",
                   "pt": "Procurar", "it": "Cercare"},
    "tab_browse": {"en": "Browse", "es": "Explorar", "fr": "Parcourir", "de": "Durchsehen", "nl": "Bladeren",
                   "pt": "Explorar", "it": "Sfogliare"},
    "question_label": {
        "en": "Your question", "es": "Su pregunta", "fr": "Votre question", "de": "Ihre Frage",
        "nl": "Uw vraag", "pt": "A sua pergunta", "it": "La sua domanda",
    },
    "question_placeholder": {
        "en": "For example: Is {name} safe?",
        "es": "Por ejemplo: ¿Es seguro {name}?",
        "fr": "Par exemple : {name} est-il sûr ?",
        "de": "Zum Beispiel: Ist {name} sicher?",
        "nl": "Bijvoorbeeld: Is {name} veilig?",
        "pt": "Por exemplo: {name} é seguro?",
        "it": "Per esempio: {name} è sicuro?",
    },
    "question_placeholder_plain": {
        "en": "Type your question", "es": "Escriba su pregunta", "fr": "Écrivez votre question",
        "de": "Schreiben Sie Ihre Frage", "nl": "Typ uw vraag", "pt": "Escreva a sua pergunta",
        "it": "Scriva la sua domanda",
    },
    "ask_button": {"en": "Ask", "es": "Preguntar", "fr": "Demander", "de": "Fragen", "nl": "Vragen",
                   "pt": "Perguntar", "it": "Chiedi"},
    "read_aloud": {"en": "Read aloud", "es": "Leer en voz alta", "fr": "Lire à voix haute", "de": "Vorlesen",
                   "nl": "Voorlezen", "pt": "Ler em voz alta", "it": "Leggi ad alta voce"},
    "stop_reading": {"en": "Stop reading", "es": "Dejar de leer", "fr": "Arrêter la lecture",
                     "de": "Vorlesen beenden", "nl": "Stoppen met voorlezen", "pt": "Parar a leitura",
                     "it": "Interrompi la lettura"},
    "you_asked": {"en": "You asked:", "es": "Su pregunta:", "fr": "Votre question :", "de": "Ihre Frage:",
                  "nl": "Uw vraag:", "pt": "A sua pergunta:", "it": "La sua domanda:"},
    "you_chose": {"en": "You chose:", "es": "Usted eligió:", "fr": "Votre choix :", "de": "Ihre Wahl:",
                  "nl": "U koos:", "pt": "Escolheu:", "it": "Ha scelto:"},
    "empty_question": {"en": "(an empty question)", "es": "(una pregunta vacía)", "fr": "(une question vide)",
                       "de": "(eine leere Frage)", "nl": "(een lege vraag)", "pt": "(uma pergunta vazia)",
                       "it": "(una domanda vuota)"},
    "answer_to": {"en": "Answer to: {question}", "es": "Respuesta a: {question}",
                  "fr": "Réponse à : {question}", "de": "Antwort auf: {question}", "nl": "Antwoord op: {question}",
                  "pt": "Resposta a: {question}", "it": "Risposta a: {question}"},
    "earlier": {
        "en": "Earlier in this conversation", "es": "Antes en esta conversación",
        "fr": "Plus tôt dans cette conversation", "de": "Früher in diesem Gespräch",
        "nl": "Eerder in dit gesprek", "pt": "Antes nesta conversa", "it": "In precedenza in questa conversazione",
    },
    "did_you_mean": {"en": "Did you mean {name}?", "es": "¿Se refería a {name}?", "fr": "Vouliez-vous dire {name} ?",
                     "de": "Meinten Sie {name}?", "nl": "Bedoelde u {name}?", "pt": "Queria dizer {name}?",
                     "it": "Intendeva {name}?"},
    "alternatives_heading": {
        "en": "Other statements that may answer your question:",
        "es": "Otras declaraciones que pueden responder a su pregunta:",
        "fr": "D'autres prises de position qui peuvent répondre à votre question :",
        "de": "Weitere Stellungnahmen, die Ihre Frage beantworten könnten:",
        "nl": "Andere standpunten die uw vraag kunnen beantwoorden:",
        "pt": "Outras declarações que podem responder à sua pergunta:",
        "it": "Altre dichiarazioni che potrebbero rispondere alla sua domanda:",
    },
    "statements_heading": {
        "en": "Statements we have", "es": "Declaraciones que tenemos", "fr": "Nos prises de position",
        "de": "Unsere Stellungnahmen", "nl": "Onze standpunten", "pt": "Declarações que temos",
        "it": "Le nostre dichiarazioni",
    },
    "statements_shown": {
        "en": "Showing {first}–{last} of {total}.", "es": "Se muestran {first}–{last} de {total}.",
        "fr": "{first} à {last} sur {total}.", "de": "{first}–{last} von {total}.",
        "nl": "{first}–{last} van {total}.", "pt": "A mostrar {first}–{last} de {total}.",
        "it": "{first}–{last} di {total}.",
    },
    "more_statements": {
        "en": "More statements", "es": "Más declaraciones", "fr": "Plus de prises de position",
        "de": "Weitere Stellungnahmen", "nl": "Meer standpunten", "pt": "Mais declarações",
        "it": "Altre dichiarazioni",
    },
    "first_statements": {
        "en": "Back to the first statements", "es": "Volver a las primeras declaraciones",
        "fr": "Revenir aux premières prises de position", "de": "Zurück zu den ersten Stellungnahmen",
        "nl": "Terug naar de eerste standpunten", "pt": "Voltar às primeiras declarações",
        "it": "Torna alle prime dichiarazioni",
    },
    # Coverage, on the first screen: "We have 3 statements, from …, about …. The newest is from …"
    "coverage": {
        "en": "We have {statements}, from {organisations}, about {subjects}.",
        "es": "Tenemos {statements}, de {organisations}, sobre {subjects}.",
        "fr": "Nous avons {statements}, de {organisations}, sur {subjects}.",
        "de": "Wir haben {statements} von {organisations} zu {subjects}.",
        "nl": "We hebben {statements}, van {organisations}, over {subjects}.",
        "pt": "Temos {statements}, de {organisations}, sobre {subjects}.",
        "it": "Abbiamo {statements}, di {organisations}, su {subjects}.",
    },
    "coverage_newest": {
        "en": "The newest is from {when}.", "es": "La más reciente es de {when}.",
        "fr": "La plus récente date de {when}.", "de": "Die neueste stammt vom {when}.",
        "nl": "Het nieuwste is van {when}.", "pt": "A mais recente é de {when}.",
        "it": "La più recente è del {when}.",
    },
    "coverage_none": {
        "en": "We have no statements yet.", "es": "Todavía no tenemos declaraciones.",
        "fr": "Nous n'avons encore aucune prise de position.", "de": "Wir haben noch keine Stellungnahmen.",
        "nl": "We hebben nog geen standpunten.", "pt": "Ainda não temos declarações.",
        "it": "Non abbiamo ancora dichiarazioni.",
    },
    "n_statements_one": {"en": "{count} statement", "es": "{count} declaración", "fr": "{count} prise de position",
                         "de": "{count} Stellungnahme", "nl": "{count} standpunt", "pt": "{count} declaração",
                         "it": "{count} dichiarazione"},
    "n_statements_other": {"en": "{count} statements", "es": "{count} declaraciones",
                           "fr": "{count} prises de position", "de": "{count} Stellungnahmen",
                           "nl": "{count} standpunten", "pt": "{count} declarações", "it": "{count} dichiarazioni"},
    "n_resources_one": {"en": "{count} background text", "es": "{count} texto informativo",
                        "fr": "{count} texte d'information", "de": "{count} Hintergrundtext",
                        "nl": "{count} achtergrondtekst", "pt": "{count} texto informativo",
                        "it": "{count} testo informativo"},
    "n_resources_other": {"en": "{count} background texts", "es": "{count} textos informativos",
                          "fr": "{count} textes d'information", "de": "{count} Hintergrundtexte",
                          "nl": "{count} achtergrondteksten", "pt": "{count} textos informativos",
                          "it": "{count} testi informativi"},
    "n_more": {"en": "{count} more", "es": "{count} más", "fr": "{count} autres", "de": "{count} weitere",
               "nl": "{count} andere", "pt": "mais {count}", "it": "altri {count}"},
    "and": {"en": "and", "es": "y", "fr": "et", "de": "und", "nl": "en", "pt": "e", "it": "e"},
    # --- Citations and full texts ---
    "statement_issued": {"en": "Statement issued {when}", "es": "Declaración publicada en {when}",
                         "fr": "Prise de position publiée en {when}", "de": "Stellungnahme vom {when}",
                         "nl": "Standpunt uitgebracht in {when}", "pt": "Declaração publicada em {when}",
                         "it": "Dichiarazione pubblicata a {when}"},
    "published": {"en": "Published {when}", "es": "Publicado en {when}", "fr": "Publié en {when}",
                  "de": "Veröffentlicht: {when}", "nl": "Gepubliceerd in {when}", "pt": "Publicado em {when}",
                  "it": "Pubblicato a {when}"},
    "kind_statement": {"en": "Statement", "es": "Declaración", "fr": "Prise de position", "de": "Stellungnahme",
                       "nl": "Standpunt", "pt": "Declaração", "it": "Dichiarazione"},
    "kind_resource": {"en": "Background reading", "es": "Lectura informativa", "fr": "Texte d'information",
                      "de": "Hintergrundtext", "nl": "Achtergrondinformatie", "pt": "Leitura informativa",
                      "it": "Lettura informativa"},
    "read_full": {
        "en": "Read the full statement on {site}{page} (opens in a new tab)",
        "es": "Leer la declaración completa en {site}{page} (se abre en una pestaña nueva)",
        "fr": "Lire le texte complet sur {site}{page} (s'ouvre dans un nouvel onglet)",
        "de": "Die vollständige Stellungnahme auf {site}{page} lesen (öffnet sich in einem neuen Tab)",
        "nl": "Lees het volledige standpunt op {site}{page} (opent in een nieuw tabblad)",
        "pt": "Ler a declaração completa em {site}{page} (abre num novo separador)",
        "it": "Leggi la dichiarazione completa su {site}{page} (si apre in una nuova scheda)",
    },
    "page_note": {"en": ", page {page}", "es": ", página {page}", "fr": ", page {page}", "de": ", Seite {page}",
                  "nl": ", pagina {page}", "pt": ", página {page}", "it": ", pagina {page}"},
    "source_file": {"en": "Source file: {source}", "es": "Archivo de origen: {source}",
                    "fr": "Fichier source : {source}", "de": "Quelldatei: {source}", "nl": "Bronbestand: {source}",
                    "pt": "Ficheiro de origem: {source}", "it": "File di origine: {source}"},
    "copy_citation": {"en": "Copy citation", "es": "Copiar la cita", "fr": "Copier la référence",
                      "de": "Quellenangabe kopieren", "nl": "Bronvermelding kopiëren", "pt": "Copiar a citação",
                      "it": "Copia la citazione"},
    "copied": {"en": "Copied", "es": "Copiada", "fr": "Copiée", "de": "Kopiert", "nl": "Gekopieerd",
               "pt": "Copiada", "it": "Copiata"},
    "citation_copied": {"en": "Citation copied.", "es": "Cita copiada.", "fr": "Référence copiée.",
                        "de": "Quellenangabe kopiert.", "nl": "Bronvermelding gekopieerd.", "pt": "Citação copiada.",
                        "it": "Citazione copiata."},
    "copy_failed": {
        "en": "Could not copy: select the citation text instead",
        "es": "No se pudo copiar: seleccione el texto de la cita",
        "fr": "Copie impossible : sélectionnez le texte de la référence",
        "de": "Kopieren nicht möglich: Markieren Sie stattdessen den Text",
        "nl": "Kopiëren lukte niet: selecteer de tekst van de bronvermelding",
        "pt": "Não foi possível copiar: selecione o texto da citação",
        "it": "Impossibile copiare: selezioni il testo della citazione",
    },
    "citation": {"en": "Citation:", "es": "Cita:", "fr": "Référence :", "de": "Quellenangabe:",
                 "nl": "Bronvermelding:", "pt": "Citação:", "it": "Citazione:"},
    "show_full_statement": {"en": "Show the full statement", "es": "Mostrar la declaración completa",
                            "fr": "Afficher le texte complet", "de": "Die ganze Stellungnahme zeigen",
                            "nl": "Het volledige standpunt tonen", "pt": "Mostrar a declaração completa",
                            "it": "Mostra la dichiarazione completa"},
    "hide_full_statement": {"en": "Hide the full statement", "es": "Ocultar la declaración completa",
                            "fr": "Masquer le texte complet", "de": "Die ganze Stellungnahme ausblenden",
                            "nl": "Het volledige standpunt verbergen", "pt": "Ocultar a declaração completa",
                            "it": "Nascondi la dichiarazione completa"},
    "show_full_text": {"en": "Show the full text", "es": "Mostrar el texto completo", "fr": "Afficher le texte complet",
                       "de": "Den ganzen Text zeigen", "nl": "De volledige tekst tonen",
                       "pt": "Mostrar o texto completo", "it": "Mostra il testo completo"},
    "hide_full_text": {"en": "Hide the full text", "es": "Ocultar el texto completo", "fr": "Masquer le texte complet",
                       "de": "Den ganzen Text ausblenden", "nl": "De volledige tekst verbergen",
                       "pt": "Ocultar o texto completo", "it": "Nascondi il testo completo"},
    # --- Look up ---
    "lookup_heading": {"en": "Look up a statement", "es": "Buscar una declaración",
                       "fr": "Rechercher une prise de position", "de": "Eine Stellungnahme nachschlagen",
                       "nl": "Een standpunt opzoeken", "pt": "Procurar uma declaração",
                       "it": "Cercare una dichiarazione"},
    "lookup_intro": {
        "en": "For helpline staff: every statement that mentions your words, ranked, with its exact "
              "recommendation and a citation to copy.",
        "es": "Para el personal de atención telefónica: todas las declaraciones que mencionan sus palabras, "
              "ordenadas, con su recomendación exacta y una cita para copiar.",
        "fr": "Pour les équipes d'écoute : chaque prise de position qui mentionne vos mots, classée, avec sa "
              "recommandation exacte et une référence à copier.",
        "de": "Für Beratungsteams: jede Stellungnahme, die Ihre Suchwörter erwähnt, nach Treffer geordnet, mit "
              "ihrer genauen Empfehlung und einer Quellenangabe zum Kopieren.",
        "nl": "Voor hulplijnmedewerkers: elk standpunt dat uw woorden noemt, gerangschikt, met de precieze "
              "aanbeveling en een bronvermelding om te kopiëren.",
        "pt": "Para a equipa da linha de apoio: todas as declarações que mencionam as suas palavras, ordenadas, "
              "com a recomendação exata e uma citação para copiar.",
        "it": "Per gli operatori della linea di ascolto: ogni dichiarazione che cita le sue parole, in ordine, "
              "con la raccomandazione esatta e una citazione da copiare.",
    },
    "search_label": {"en": "Search words", "es": "Palabras de búsqueda", "fr": "Mots recherchés",
                     "de": "Suchwörter", "nl": "Zoekwoorden", "pt": "Palavras a procurar", "it": "Parole da cercare"},
    "search_placeholder": {"en": "A product, company or organisation", "es": "Un producto, empresa u organización",
                           "fr": "Un produit, une entreprise ou une organisation",
                           "de": "Ein Produkt, eine Firma oder eine Organisation",
                           "nl": "Een product, bedrijf of organisatie", "pt": "Um produto, empresa ou organização",
                           "it": "Un prodotto, un'azienda o un'organizzazione"},
    "lookup_button": {"en": "Look up", "es": "Buscar", "fr": "Rechercher", "de": "Nachschlagen", "nl": "Opzoeken",
                      "pt": "Procurar", "it": "Cerca"},
    "lookup_hint": {
        "en": "Type a few words, such as a product, company or organisation name.",
        "es": "Escriba algunas palabras, como el nombre de un producto, una empresa o una organización.",
        "fr": "Écrivez quelques mots, comme le nom d'un produit, d'une entreprise ou d'une organisation.",
        "de": "Geben Sie ein paar Wörter ein, etwa den Namen eines Produkts, einer Firma oder einer Organisation.",
        "nl": "Typ een paar woorden, zoals de naam van een product, bedrijf of organisatie.",
        "pt": "Escreva algumas palavras, como o nome de um produto, empresa ou organização.",
        "it": "Scriva qualche parola, come il nome di un prodotto, di un'azienda o di un'organizzazione.",
    },
    "lookup_none": {"en": "No statement mentions “{query}”.", "es": "Ninguna declaración menciona «{query}».",
                    "fr": "Aucune prise de position ne mentionne « {query} ».",
                    "de": "Keine Stellungnahme erwähnt „{query}“.", "nl": "Geen enkel standpunt noemt “{query}”.",
                    "pt": "Nenhuma declaração menciona “{query}”.", "it": "Nessuna dichiarazione cita «{query}»."},
    "lookup_results_label": {"en": "Statements matching {query}", "es": "Declaraciones que coinciden con {query}",
                             "fr": "Prises de position correspondant à {query}",
                             "de": "Stellungnahmen zu {query}", "nl": "Standpunten die passen bij {query}",
                             "pt": "Declarações que correspondem a {query}",
                             "it": "Dichiarazioni che corrispondono a {query}"},
    "match_score": {"en": "Match score {score}", "es": "Coincidencia {score}", "fr": "Score {score}",
                    "de": "Trefferwert {score}", "nl": "Overeenkomst {score}", "pt": "Correspondência {score}",
                    "it": "Punteggio {score}"},
    "no_recommendation": {
        "en": "No recommendation section: this is background reading.",
        "es": "Sin sección de recomendación: es un texto informativo.",
        "fr": "Pas de recommandation : c'est un texte d'information.",
        "de": "Kein Abschnitt mit einer Empfehlung: Dies ist ein Hintergrundtext.",
        "nl": "Geen aanbeveling: dit is achtergrondinformatie.",
        "pt": "Sem secção de recomendação: é um texto informativo.",
        "it": "Nessuna sezione di raccomandazione: è un testo informativo.",
    },
    # --- Browse ---
    "browse_heading": {"en": "Everything we have", "es": "Todo lo que tenemos", "fr": "Tout ce que nous avons",
                       "de": "Alles, was wir haben", "nl": "Alles wat we hebben", "pt": "Tudo o que temos",
                       "it": "Tutto ciò che abbiamo"},
    "browse_count": {"en": "{statements} and {resources}.", "es": "{statements} y {resources}.",
                     "fr": "{statements} et {resources}.", "de": "{statements} und {resources}.",
                     "nl": "{statements} en {resources}.", "pt": "{statements} e {resources}.",
                     "it": "{statements} e {resources}."},
    "browse_intro": {
        "en": "Open one to read it whole.", "es": "Abra una para leerla entera.",
        "fr": "Ouvrez-en un pour le lire en entier.", "de": "Öffnen Sie einen Eintrag, um ihn ganz zu lesen.",
        "nl": "Open er een om het helemaal te lezen.", "pt": "Abra uma para a ler na íntegra.",
        "it": "Ne apra una per leggerla per intero.",
    },
    "open_statement": {"en": "Ask about this statement", "es": "Preguntar por esta declaración",
                       "fr": "Voir la réponse pour cette prise de position", "de": "Zu dieser Stellungnahme fragen",
                       "nl": "Vragen over dit standpunt", "pt": "Perguntar sobre esta declaração",
                       "it": "Chiedere di questa dichiarazione"},
    "busy": {"en": "Working…", "es": "Un momento…", "fr": "Un instant…", "de": "Einen Moment…",
             "nl": "Even geduld…", "pt": "Um momento…", "it": "Un momento…"},
    # --- Dates and the questions nobody could answer ---
    "last_reviewed": {"en": "Last reviewed {when}", "es": "Revisada por última vez en {when}",
                      "fr": "Dernière révision en {when}", "de": "Zuletzt geprüft: {when}",
                      "nl": "Laatst herzien in {when}", "pt": "Revista pela última vez em {when}",
                      "it": "Ultima revisione a {when}"},
    "recording_note": {
        "en": "Questions we cannot answer are recorded anonymously (the words only: no name, no address, "
              "no cookie), so the organisations learn which statements are missing.",
        "es": "Las preguntas que no podemos responder se guardan de forma anónima (solo las palabras: sin "
              "nombre, sin dirección, sin cookies), para que las organizaciones sepan qué declaraciones faltan.",
        "fr": "Les questions auxquelles nous ne pouvons pas répondre sont enregistrées anonymement (les mots "
              "seulement : ni nom, ni adresse, ni cookie), pour que les organisations sachent quelles prises "
              "de position manquent.",
        "de": "Fragen, die wir nicht beantworten können, werden anonym gespeichert (nur der Wortlaut: kein "
              "Name, keine Adresse, kein Cookie), damit die Organisationen erfahren, welche Stellungnahmen "
              "fehlen.",
        "nl": "Vragen die we niet kunnen beantwoorden, worden anoniem bewaard (alleen de woorden: geen naam, "
              "geen adres, geen cookie), zodat de organisaties weten welke standpunten ontbreken.",
        "pt": "As perguntas a que não conseguimos responder são guardadas de forma anónima (só as palavras: sem "
              "nome, sem endereço, sem cookies), para que as organizações saibam que declarações faltam.",
        "it": "Le domande a cui non sappiamo rispondere vengono registrate in forma anonima (solo le parole: "
              "nessun nome, nessun indirizzo, nessun cookie), perché le organizzazioni sappiano quali "
              "dichiarazioni mancano.",
    },
    "helpful_prompt": {"en": "Was this helpful?", "es": "¿Le ha resultado útil?", "fr": "Cela vous a-t-il aidé ?",
                       "de": "War das hilfreich?", "nl": "Had u hier iets aan?", "pt": "Isto foi útil?",
                       "it": "Le è stato utile?"},
    "helpful_yes": {"en": "Yes, it helped", "es": "Sí, me ha ayudado", "fr": "Oui, cela m'a aidé",
                    "de": "Ja, das hat geholfen", "nl": "Ja, dit hielp", "pt": "Sim, ajudou",
                    "it": "Sì, mi è stato utile"},
    "helpful_no": {"en": "No, it did not help", "es": "No, no me ha ayudado", "fr": "Non, cela ne m'a pas aidé",
                   "de": "Nein, das hat nicht geholfen", "nl": "Nee, dit hielp niet", "pt": "Não, não ajudou",
                   "it": "No, non mi è stato utile"},
    "helpful_thanks": {"en": "Thank you: your answer was recorded anonymously.",
                       "es": "Gracias: su respuesta se ha guardado de forma anónima.",
                       "fr": "Merci : votre réponse a été enregistrée anonymement.",
                       "de": "Danke: Ihre Antwort wurde anonym gespeichert.",
                       "nl": "Dank u: uw antwoord is anoniem bewaard.",
                       "pt": "Obrigado: a sua resposta foi guardada de forma anónima.",
                       "it": "Grazie: la sua risposta è stata registrata in forma anonima."},
}

_FIELD = re.compile(r"{(\w+)}")


def fields_of(text: str) -> set[str]:
    """The {fields} a sentence expects."""
    return set(_FIELD.findall(text))


def t(key: str, language: str, **fields: object) -> str:
    """The sentence `key` in `language` (English when that language lacks it), with its fields filled in."""
    sentences = MESSAGES[key]  # an unknown key is a bug: KeyError
    return sentences.get(language, sentences[DEFAULT_LANGUAGE]).format(**fields)


def plural(key: str, count: int, language: str, **fields: object) -> str:
    """`key_one` or `key_other` by the language's rule, with {count} filled in."""
    # French and Portuguese count 0 with 1 ("0 déclaration"); the others only 1.
    one = count in (0, 1) if language in ("fr", "pt") else count == 1
    return t(f"{key}_{'one' if one else 'other'}", language, count=count, **fields)


def join_names(names: list[str], language: str) -> str:
    """'A', 'A and B', 'A, B and C' in the language's own words."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('and', language)} {names[-1]}"


def month_year(date: str | None, language: str) -> str | None:
    """'2020-09' → 'September 2020', 'septiembre de 2020', 'septembre 2020'; a bare year stays as it is."""
    if not date:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", date.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        return date
    language = language if language in MONTHS else DEFAULT_LANGUAGE
    month = MONTHS[language].split()[int(match.group(2)) - 1]
    return MONTH_YEAR[language].format(month=month, year=match.group(1))


def language_name(language: str, in_language: str) -> str:
    """A language's name in another language: language_name('en', 'es') == 'inglés'."""
    names = LANGUAGE_NAMES.get(in_language, LANGUAGE_NAMES[DEFAULT_LANGUAGE])
    return names.get(language, LANGUAGE_NAMES[DEFAULT_LANGUAGE].get(language, language))


def pick_language(accept_language_header: str | None) -> str:
    """The supported language the browser prefers most (by q-value, then order); English if none."""
    if not accept_language_header:
        return DEFAULT_LANGUAGE
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept_language_header.split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        match = re.search(r"q\s*=\s*([0-9.]+)", params)
        if match:
            try:
                quality = float(match.group(1))
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE
