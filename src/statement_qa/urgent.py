"""Urgent messages: danger to life, found before any retrieval so they get the emergency message.

The phrases are data: ``PHRASES`` maps language → kind → regular expressions, written on
text that is already normalised (NFKC, case-folded, accents stripped, one kind of
apostrophe, single spaces). In a phrase an apostrophe also matches a space or nothing, so
"can't" finds "cant" and "i'm" finds "im". ``SHORTHANDS`` names alternations that many
phrases share (``CANT`` for can't / cannot / unable to ...). One matcher reads the tables.

Decisions on borderline messages (tests pin each of them):

* Words alone are not emergencies: "emergency use authorisation", "emergency access",
  "swallowing trial", "breathing function (FVC)", "respiratory outcomes", "life
  expectancy", "dying out" never match. A phrase needs the person and the present:
  "I can't breathe", "she is choking", "his lips are blue".
* "Can I die from the side effects?" is a question about risk, not a wish or an emergency:
  not urgent. Self-harm needs a wish or plan ("I want to die", "end it all", "going to
  take all my pills", "better off dead").
* "Choking hazard of the capsules", "risk of choking", "he keeps choking on thin drinks,
  should we use thickener?": not urgent; these are care questions. Choking counts when it
  is happening: "is choking", "I'm choking", "food stuck in his throat", "choking right now".
* "Can't swallow" alone is a care question (tablets, PEG); with choking it is urgent.
* Past anecdotes: a clause (text between . , ; : ! ? or a new line) holding a distant-past
  marker ("last year", "three months ago", "once", "l'année dernière") and no present
  marker ("now", "tonight", "ahora", "jetzt") does not trigger breathing, choking or
  medical phrases, so "Last year he collapsed once, now we want to know about tofersen"
  is answered. "He collapsed" with no such marker is urgent: that is how people report
  an emergency as it happens.
* Self-harm is never excused by a past marker: "last year I tried to kill myself" still
  gets the crisis line.
* A negation word right before a phrase cancels it ("I don't want to die", "no me quiero
  morir", "non voglio morire"); negations inside a phrase are part of it ("ya no quiero
  vivir", "I don't want to live anymore").
* Hypotheticals ("what do I do if he is choking?") count as urgent: safety first, and the
  emergency message also answers them.
* When the same words exist in several languages (bare "suicidio"), the first language in
  ``PHRASES`` order is reported; the kind is the same.
* Other people in the present count: "my husband can't breathe", "he's turning blue".

Patterns have no nested quantifiers (a repeat inside a repeat), so matching stays linear.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

SELF_HARM = "self_harm"
BREATHING = "breathing"
CHOKING = "choking"
MEDICAL = "medical"

APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032\uff07"
CLAUSE_BREAK = re.compile(r"[.,;:!?\n()\u00bf\u00a1]| - ")

SHORTHANDS: dict[str, dict[str, str]] = {
    "en": {
        "CANT": r"(?:can't|cannot|can not|unable to|can no longer|can barely|can hardly|can't really)",
        "POSS": r"(?:my|his|her|their|our)",
        "WHO": r"(?:i|he|she|they|we|my \w+|our \w+|mum|mom|dad|husband|wife|partner)",
        "PILLS": r"(?:pills|tablets|meds|medication|medicines|medicine|sleeping pills|painkillers)",
    },
}

# Language → kind → phrases. Written on normalised text: lower case, no accents.
PHRASES: dict[str, dict[str, list[str]]] = {
    "en": {
        SELF_HARM: [
            (r"(?:want|wanna|wants|wish|wishes|wanted) to die"
             r"(?! (?:at home|with dignity|peacefully|naturally|comfortably|in (?:a )?(?:hospice|hospital)|in my (?:own )?bed)\b)"),
            r"want to be dead",
            r"wish (?:i|i'd) (?:was|were|had) (?:dead|died|never been born)",
            r"kill (?:myself|himself|herself|themselves)",
            r"suicid(?:e|al|ality)",
            r"self[- ]?harm\w*",
            r"hurt(?:ing)? (?:myself|himself|herself)",
            r"end it all",
            r"(?:end|ending|take|taking) (?:my|his|her) (?:own )?life",
            r"(?:don't|do not|no longer) want to (?:live|be alive|go on)(?: anymore| any more| any longer| like this)",
            r"(?:don't|do not) want to (?:live|be alive)(?=[\s.!]*$)",
            r"(?:can't|cannot) go on (?:like this|anymore|any more|any longer)",
            r"no (?:point|reason) (?:in )?(?:going on|carrying on|living|being alive|to live|to go on)(?! with)",
            r"(?:better off|be better) dead",
            (r"(?:going to|gonna|want to|wanna|will|i'll|thinking of|thinking about|tempted to) (?:just )?"
             r"(?:take|swallow|taking|swallowing) all (?:of )?(?:my|his|her|the) PILLS"),
            r"(?:take|swallow|taking|swallowing|took) all (?:of )?(?:my|the) PILLS at once",
            r"(?:take|taken|took|taking) an overdose",
            r"overdos(?:e|ing) on",
        ],
        BREATHING: [
            r"CANT (?:breathe|breath|get (?:any |enough )?air|catch (?:my|his|her) breath)",
            r"struggling (?:to breathe|to breath|for breath|for air)",
            r"(?:fighting|gasping) for (?:breath|air)",
            r"(?:i'm|i am|he's|he is|she's|she is|is) (?:really )?gasping",
            (r"(?:i have|i've got|i'm having|i am having|is having|are having|has|has got|'s got) "
             r"(?:real |a lot of |great )?(?:trouble|difficulty|problems) breathing"),
            r"(?:hard|difficult) to breathe (?:now|right now|tonight|today)",
            r"(?:short|out) of breath (?:at rest|sitting|lying|even (?:at rest|sitting|lying)|all the time|right now)",
            r"breathless (?:at rest|sitting|lying)",
            (r"breathing (?:is |has )?(?:getting|got|gotten|become|becoming|gone|going) "
             r"(?:much |a lot |really |very )?(?:worse|bad|weaker|shallow)"),
            r"breathing is (?:much |a lot |really )?worse (?:now|tonight|today)",
            r"(?:not|isn't|is not|stopped|has stopped) breathing",
            r"(?:turning|going|gone|went|turned|is turning|is going) (?:blue|grey|gray|purple)",
            r"lips (?:are |have gone |have turned |turning |going |look )?(?:blue|purple|grey|gray)",
            r"blue lips",
            r"suffocat(?:ing|es)",
            r"(?:ventilator|niv|bipap|breathing machine) (?:has )?(?:stopped|isn't working|is not working|failed)",
            r"(?:oxygen|sats|saturation|o2)(?: level| levels)? (?:is |are )?(?:dropping|falling|very low)",
        ],
        CHOKING: [
            r"(?:is|i'm|i am|he's|she's|they're|are|it's|started|starting|has started) choking",
            r"choking (?:right now|now|again|badly|to death)",
            r"^chok(?:ing|es)(?=\W*$)",
            r"help\W* choking",
            r"swallow and (?:is |he's |she's |i'm )?choking",
            r"(?:is|'s|got|has got|has gotten|are) stuck in POSS (?:throat|windpipe|airway)",
            r"(?:food|something|meat|bread|a piece of \w+) stuck in POSS (?:throat|windpipe|airway)",
        ],
        MEDICAL: [
            r"(?:have|having|has|got|getting|i've got|he's got|she's got) (?:a |severe |bad |sudden |crushing )?chest pains?",
            r"pain in POSS chest",
            r"POSS chest (?:hurts|is tight|feels tight)",
            r"(?:is|'s|was found|found (?:him|her)|has gone|went|been|lying) unconscious",
            r"lost consciousness",
            r"(?:passed|blacked) out(?! of\b)",
            r"fainted",
            r"not responding(?! to\b)",
            r"(?:not|isn't|stopped) responding to (?:me|us|anything|anyone|my voice|his name|her name)",
            r"unresponsive(?! to\b)",
            r"(?:won't|will not) wake up",
            r"CANT wake (?:him|her|them|my \w+)",
            r"WHO (?:has |just |suddenly |has just )?collapsed",
            r"having (?:a )?(?:seizure|fit|stroke|heart attack)",
            r"(?:is|'s) (?:seizing|fitting|convulsing)",
            r"(?:call|calling|need|needs|get) (?:an|the) ambulance",
            r"call (?:911|999|112)",
            r"(?:this|it) is an emergency",
            r"it's an emergency",
            r"think (?:i'm|i am|he's|he is|she's|she is) dying",
        ],
    },
    "es": {
        SELF_HARM: [
            r"(?:me )?quiero morir(?:me)?",
            r"ganas de morir(?:me)?",
            r"(?:me quiero|quiero|voy a|me voy a) (?:matar(?:me)?|suicidar(?:me)?)",
            r"suicid(?:io|arme|arse|as?)",
            r"quitarme la vida",
            r"(?:acabar|terminar) con (?:todo|mi vida|mi propia vida)",
            r"no quiero (?:seguir )?vivir",
            r"no quiero seguir (?:viviendo|asi|adelante)",
            r"(?:estaria|estariamos|estaras) mejor muert[oa]s?",
            r"mejor muert[oa]",
            r"no tiene sentido (?:seguir|vivir)",
            r"(?:voy a|quiero) tomar(?:me)? todas (?:mis|las) (?:pastillas|pildoras|medicinas)",
            r"hacerme dano",
        ],
        BREATHING: [
            r"no (?:puedo|puede|podemos|consigo|consigue) respirar",
            r"(?:me|le) cuesta (?:mucho )?respirar",
            r"(?:tengo|tiene) (?:mucha )?dificultad para respirar",
            r"(?:me|le|nos) falta el aire",
            r"(?:tengo|tiene) falta de aire",
            r"(?:me|se) (?:estoy |esta )?ahog(?:o|a|ando)",
            r"no respira",
            r"(?:dejo|ha dejado) de respirar",
            r"respira (?:cada vez )?peor",
            r"respiracion (?:esta )?empeorando",
            r"(?:se esta poniendo|se pone|se ha puesto|esta) (?:azul|morad[oa])",
            r"labios (?:estan )?(?:azules|morados)",
        ],
        CHOKING: [
            r"(?:se|me) (?:esta |estoy )?atragant(?:a|o|ando)",
            r"esta atragantad[oa]",
            r"(?:comida|algo) (?:atascad[oa]|atorad[oa]) en (?:la|su|mi) garganta",
            r"se le ha (?:atascado|atorado)",
        ],
        MEDICAL: [
            r"(?:tengo|tiene) (?:un )?dolor (?:de|en el) pecho",
            r"(?:esta|se ha quedado|quedo) inconsciente",
            r"(?:ha perdido|perdio) el conocimiento",
            r"se (?:ha )?desmayado",
            r"se desmayo",
            r"no responde(?! a\b| al\b)",
            r"se (?:ha )?desplomado",
            r"(?:esta convulsionando|tiene una convulsion|tiene convulsiones)",
            r"llam(?:ar|a|en) (?:a )?(?:una )?ambulancia",
            r"es una emergencia",
        ],
    },
    "fr": {
        SELF_HARM: [
            r"(?:je veux|j'ai envie de|envie de) mourir",
            r"me (?:suicider|tuer)",
            r"pense au suicide",
            r"suicidaire",
            r"en finir(?: avec (?:la vie|tout))?",
            r"mettre fin a (?:mes|ses) jours",
            r"mettre fin a (?:ma|sa) vie",
            r"je ne veux plus vivre",
            r"plus envie de vivre",
            r"(?:prendre|avaler) tous mes (?:medicaments|cachets|comprimes)",
            r"(?:serais|serait) mieux mort",
            r"plus la peine de vivre",
            r"me faire du mal",
        ],
        BREATHING: [
            r"n'(?:arrive|arrivons) (?:plus|pas) a respirer",
            r"ne (?:peux|peut) (?:plus|pas) respirer",
            r"j'etouffe",
            r"(?:j'ai|il a|elle a) (?:beaucoup )?du mal a respirer",
            r"(?:je suis|il est|elle est) essouffle(?:e)? (?:au repos|meme au repos)",
            r"(?:je manque|il manque|elle manque) d'air",
            r"respire de plus en plus mal",
            r"respiration (?:s'aggrave|empire|se degrade)",
            r"(?:devient|deviennent) (?:bleu|bleue|bleus)",
            r"(?:il|elle) bleuit",
            r"levres (?:sont |deviennent )?bleues",
            r"ne respire plus",
            r"(?:a )?arrete de respirer",
        ],
        CHOKING: [
            r"s'etouffe",
            r"s'etrangle",
            r"fait une fausse route",
            r"(?:nourriture|aliment|morceau|quelque chose) (?:est )?(?:coince|bloque)e? dans (?:la|sa|ma) gorge",
        ],
        MEDICAL: [
            r"(?:j'ai|il a|elle a) (?:une )?(?:douleur|mal) (?:a la poitrine|thoracique|dans la poitrine)",
            r"(?:est|il est|elle est) inconscient(?:e)?",
            r"perdu connaissance",
            r"s'est evanoui(?:e)?",
            r"ne repond (?:plus|pas)(?! a\b| aux\b)",
            r"s'est effondre(?:e)?",
            r"fait une crise (?:d'epilepsie|convulsive)",
            r"convulse",
            r"appeler (?:le|les) (?:samu|pompiers|15|112)",
            r"c'est une urgence",
        ],
    },
    "de": {
        SELF_HARM: [
            r"(?:ich will|ich mochte|ich moechte|will|mochte) (?:nicht mehr leben|sterben)",
            r"(?:mich|sich) umbringen",
            r"(?:mir|sich) das leben nehmen",
            r"selbstmord\w*",
            r"suizid\w*",
            r"alle (?:meine )?tabletten (?:nehmen|schlucken)",
            r"(?:ware|waere|bin) lieber tot",
            r"(?:hat|macht) (?:alles )?keinen sinn mehr",
            r"(?:allem|dem) ein ende (?:machen|setzen)",
            r"mir (?:etwas|was) antun",
        ],
        BREATHING: [
            r"(?:bekomme|bekommt|bekomm|kriege|kriegt|krieg) keine luft",
            r"(?:kann|kannst) nicht (?:mehr )?atmen",
            r"atmet nicht(?: mehr)?",
            r"(?:hort auf|hat aufgehort) zu atmen",
            r"(?:habe|hat|akute|starke|schwere) atemnot",
            r"atmung wird (?:immer )?schlechter",
            r"atmung (?:verschlechtert|verschlimmert) sich",
            r"(?:ringt|ringe|schnappt|schnappe) nach luft",
            r"(?:wird|werden) blau",
            r"lauft blau an",
            r"lippen sind blau",
            r"blaue lippen",
            r"(?:ersticke|erstickt)",
        ],
        CHOKING: [
            r"(?:verschluckt sich|hat sich verschluckt|habe mich verschluckt)",
            r"(?:steckt|ist|hangt) (?:ihm |ihr |mir )?im hals (?:fest|stecken)",
            r"im hals stecken geblieben",
        ],
        MEDICAL: [
            r"(?:habe|hat) (?:starke )?(?:brustschmerzen|schmerzen in der brust)",
            r"(?:ist|bin) bewusstlos",
            r"bewusstlos geworden",
            r"ohnmachtig",
            r"reagiert nicht(?: mehr)?(?! auf\b)",
            r"zusammengebrochen",
            r"ist umgekippt",
            r"(?:hat einen|einen) krampfanfall",
            r"(?:notarzt|krankenwagen|rettungswagen|112) (?:an)?rufen",
            r"ist ein notfall",
        ],
    },
    "nl": {
        SELF_HARM: [
            r"ik wil dood",
            r"(?:ik )?wil (?:niet meer leven|sterven)",
            r"zelfmoord\w*",
            r"suicid\w+",
            r"mezelf (?:van kant maken|doden|iets aandoen)",
            r"er een einde? aan (?:maken|te maken)",
            r"een einde? aan mijn leven",
            r"al mijn (?:pillen|medicijnen|tabletten) (?:innemen|slikken)",
            r"(?:liever|beter af) dood",
            r"geen zin meer (?:in het leven|in leven|om te leven)",
        ],
        BREATHING: [
            r"(?:krijg|krijgt) geen (?:lucht|adem)",
            r"kan (?:bijna )?niet (?:meer )?(?:ademen|ademhalen)",
            r"ademt niet(?: meer)?",
            r"(?:stopt|gestopt) met (?:ademen|ademhalen)",
            r"(?:ik ben|hij is|zij is|ze is) (?:erg |heel |zo )?benauwd",
            r"ademhaling wordt (?:steeds )?slechter",
            r"(?:hapt|hap|happen) naar (?:lucht|adem)",
            r"(?:wordt|worden) blauw",
            r"lippen zijn blauw",
            r"blauwe lippen",
            r"(?:ik stik|hij stikt|zij stikt|ze stikt|is aan het stikken)",
        ],
        CHOKING: [
            r"(?:verslikt zich|verslik me|heeft zich verslikt|verslikt)",
            r"zit vast in (?:zijn|haar|mijn|de) keel",
        ],
        MEDICAL: [
            r"(?:ik heb|hij heeft|zij heeft|ze heeft|heeft) pijn op de borst",
            r"bewusteloos",
            r"buiten bewustzijn",
            r"flauwgevallen",
            r"reageert niet(?: meer)?(?! op\b)",
            r"in elkaar gezakt",
            r"heeft een (?:epileptische )?aanval",
            r"(?:ambulance bellen|bel 112|112 bellen|bel een ambulance)",
            r"het is een noodgeval",
        ],
    },
    "pt": {
        SELF_HARM: [
            r"quero morrer",
            r"nao quero (?:mais )?viver",
            r"(?:me matar|matar-me|me suicidar|suicidar-me)",
            r"tirar a (?:minha )?(?:propria )?vida",
            r"acabar com (?:tudo|a minha vida)",
            r"pensando em suicidio",
            r"tomar todos os (?:meus )?(?:comprimidos|remedios)",
            r"(?:melhor|estaria melhor) mort[oa]",
            r"sem sentido (?:viver|continuar)",
        ],
        BREATHING: [
            r"nao (?:consigo|consegue|posso|pode) respirar",
            r"(?:estou com|esta com|tenho|tem|muita) falta de ar",
            r"nao (?:esta )?respira(?:ndo)?",
            r"respiracao (?:esta )?piorando",
            r"(?:tenho|tem) (?:muita )?dificuldade (?:para|em|de) respirar",
            r"(?:esta )?ficando (?:azul|roxo|roxa)",
            r"labios (?:estao )?(?:azuis|roxos)",
            r"sufocando",
            r"parou de respirar",
        ],
        CHOKING: [
            r"engasgad[oa]",
            r"(?:esta|estou) (?:se )?engasgando",
            r"se engasgou",
            r"(?:comida|algo) (?:presa|preso|entalada|entalado) na garganta",
        ],
        MEDICAL: [
            r"(?:tenho|tem|estou com|esta com) (?:uma )?dor no peito",
            r"(?:esta|ficou) inconsciente",
            r"desmaiou",
            r"perdeu (?:os sentidos|a consciencia)",
            r"nao (?:responde|reage)(?! a\b| ao\b| aos\b)",
            r"desabou",
            r"(?:tendo uma|teve uma|esta tendo) convulsao",
            r"(?:chamar|chame|chamem) (?:uma )?ambulancia",
            r"e uma emergencia",
        ],
    },
    "it": {
        SELF_HARM: [
            r"voglio morire",
            r"non voglio piu vivere",
            r"(?:uccidermi|ammazzarmi|suicidarmi)",
            r"pensieri suicidi",
            r"farla finita",
            r"togliermi la vita",
            r"prendere tutte le (?:mie )?(?:pillole|pastiglie|medicine)",
            r"(?:sarei|sarebbe) meglio mort[oa]",
            r"non ha (?:piu )?senso (?:vivere|andare avanti)",
            r"farmi del male",
        ],
        BREATHING: [
            r"non (?:riesco|riesce) (?:piu )?a respirare",
            r"non (?:posso|puo) respirare",
            r"(?:ho|ha) fame d'aria",
            r"(?:mi|gli|le) manca (?:l'aria|il respiro|il fiato)",
            r"non respira(?: piu)?",
            r"(?:ha )?smesso di respirare",
            r"respir(?:o|a) (?:sta )?peggiorando",
            r"respira sempre peggio",
            r"affanno a riposo",
            r"(?:sta )?diventando (?:blu|viola|cianotic[oa])",
            r"labbra (?:sono )?(?:blu|viola)",
            r"(?:sta soffocando|soffoco|mi sento soffocare)",
        ],
        CHOKING: [
            r"si (?:sta )?strozz(?:ando|a)",
            r"si e strozzat[oa]",
            r"(?:andato|andata|va) di traverso",
            r"(?:cibo|qualcosa|boccone) (?:bloccato|incastrato) in gola",
        ],
        MEDICAL: [
            r"(?:ho|ha) (?:un )?(?:forte )?dolore al petto",
            r"(?:e|sono) svenut[oa]",
            r"ha perso (?:i sensi|conoscenza)",
            r"priv[oa] di sensi",
            r"incoscient[ei]",
            r"non risponde(?! a\b| al\b| alla\b| ai\b| alle\b)",
            r"(?:e crollat[oa]|crollato a terra)",
            r"ha (?:una crisi epilettica|le convulsioni|un attacco epilettico)",
            r"chiam(?:are|a|ate) (?:il 118|il 112|un'ambulanza)",
            r"e un'emergenza",
        ],
    },
}

# Words that, right before a phrase, turn it around: "I don't want to die".
NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"not", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "no"}),
    "es": frozenset({"no", "nunca", "jamas"}),
    "fr": frozenset({"pas", "jamais", "ne"}),
    "de": frozenset({"nicht", "nie", "niemals", "kein"}),
    "nl": frozenset({"niet", "nooit", "geen"}),
    "pt": frozenset({"nao", "nunca", "jamais"}),
    "it": frozenset({"non", "mai"}),
}

# A clause with one of these, and none of PRESENT_MARKERS, tells an old story.
PAST_MARKERS: dict[str, list[str]] = {
    "en": [
        r"last (?:year|month|week|summer|winter|spring|autumn|christmas|time)",
        r"(?:\d+|a|one|two|three|four|five|six|few|several|many|some) (?:days|weeks|months|years|week|month|year) ago",
        r"a while ago", r"(?<!at )once", r"used to", r"back in", r"in (?:19|20)\d\d",
    ],
    "es": [
        r"(?:el ano|el mes|la semana) pasad[oa]",
        r"hace (?:\d+|un|una|dos|tres|unos|unas|varios|varias) (?:dias|semanas|meses|anos|ano|mes)",
        r"una vez", r"en (?:19|20)\d\d",
    ],
    "fr": [
        r"l'(?:annee|an) derni(?:ere|er)", r"(?:le mois|la semaine) derni(?:er|ere)",
        r"il y a (?:\d+|un|une|deux|trois|quelques|plusieurs) (?:jours|semaines|mois|ans|an)",
        r"une fois", r"en (?:19|20)\d\d",
    ],
    "de": [
        r"letzte[nsr]? (?:jahr|monat|woche|sommer|winter)",
        r"vor (?:\d+|einem|einer|zwei|drei|ein paar|einigen) (?:tagen|wochen|monaten|jahren|jahr|monat|woche)",
        r"einmal", r"im jahr (?:19|20)\d\d",
    ],
    "nl": [
        r"vorig(?:e)? (?:jaar|maand|week|zomer|winter)",
        r"(?:\d+|een|twee|drie|paar|enkele) (?:dagen|weken|maanden|jaar|jaren|week|maand) geleden",
        r"een keer", r"in (?:19|20)\d\d",
    ],
    "pt": [
        r"(?:o ano|o mes|a semana) passad[oa]",
        r"ha (?:\d+|um|uma|dois|duas|alguns|algumas|varios|varias) (?:dias|semanas|meses|anos|ano|mes)",
        r"uma vez", r"em (?:19|20)\d\d",
    ],
    "it": [
        r"(?:l'anno|il mese|la settimana) scors[oa]",
        r"(?:\d+|un|una|due|tre|qualche|alcuni|alcune) (?:giorni|settimane|mesi|anni|anno|mese|settimana) fa",
        r"una volta", r"nel (?:19|20)\d\d",
    ],
}
PRESENT_MARKERS: dict[str, list[str]] = {
    "en": [r"now", r"right now", r"tonight", r"today", r"currently", r"at the moment", r"again", r"still"],
    "es": [r"ahora", r"ahora mismo", r"esta noche", r"hoy", r"otra vez", r"todavia"],
    "fr": [r"maintenant", r"ce soir", r"aujourd'hui", r"en ce moment", r"encore"],
    "de": [r"jetzt", r"gerade", r"heute", r"heute nacht", r"wieder", r"immer noch"],
    "nl": [r"nu", r"vannacht", r"vanavond", r"vandaag", r"weer", r"nog steeds"],
    "pt": [r"agora", r"hoje", r"esta noite", r"de novo", r"ainda"],
    "it": [r"adesso", r"ora", r"stasera", r"oggi", r"di nuovo", r"ancora"],
}


@dataclass(frozen=True)
class Urgency:
    """What made a message urgent: the kind of danger, the phrase's language, the words."""

    kind: str
    language: str
    phrase: str


def normalise(text: str) -> tuple[str, list[int]]:
    """Text for matching (NFKC, case-folded, no accents, one apostrophe, single spaces) and each character's source index."""
    chars: list[str] = []
    source: list[int] = []
    for index, char in enumerate(text):
        folded = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", char).casefold())
        for out in folded:
            if unicodedata.combining(out):
                continue
            if out in APOSTROPHES:
                out = "'"
            elif out.isspace():
                if chars and chars[-1] == " ":
                    continue
                out = " "
            chars.append(out)
            source.append(index)
    return "".join(chars), source


def _expand(pattern: str, language: str) -> str:
    for name, alternation in SHORTHANDS.get(language, {}).items():
        pattern = pattern.replace(name, alternation)
    # An apostrophe may be typed as a space or left out: "can't", "can t", "cant".
    return pattern.replace("'", r"['\s]?")


def _alternation(patterns: list[str], language: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_expand(p, language) for p in patterns) + r")\b")


@lru_cache(maxsize=1)
def _matchers() -> list[tuple[str, str, re.Pattern[str]]]:
    return [
        (language, kind, _alternation(patterns, language))
        for language, kinds in PHRASES.items()
        for kind, patterns in kinds.items()
    ]


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    past = [_expand(p, lang) for lang, patterns in PAST_MARKERS.items() for p in patterns]
    present = [_expand(p, lang) for lang, patterns in PRESENT_MARKERS.items() for p in patterns]
    return (
        re.compile(r"\b(?:" + "|".join(past) + r")\b"),
        re.compile(r"\b(?:" + "|".join(present) + r")\b"),
    )


def _clause_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in CLAUSE_BREAK.finditer(text)]


def _negated(before: str, phrase: str, language: str) -> bool:
    negations = NEGATIONS[language]
    if phrase.split()[0].strip("'") in negations:  # "no puedo respirar" carries its own negation
        return False
    words = before.split()
    return bool(words) and words[-1].strip("'") in negations


def detect_urgency(text: str) -> Urgency | None:
    """The danger a message reports happening now (self-harm, breathing, choking, medical), or None."""
    normalised, source = normalise(text)
    starts = _clause_starts(normalised)
    past, present = _markers()
    best: tuple[int, int, int] | None = None
    found: Urgency | None = None
    for order, (language, kind, matcher) in enumerate(_matchers()):
        for match in matcher.finditer(normalised):
            clause_start = starts[bisect_right(starts, match.start()) - 1]
            following = bisect_right(starts, match.end() - 1)
            clause_end = starts[following] - 1 if following < len(starts) else len(normalised)
            clause = normalised[clause_start:clause_end]
            if _negated(normalised[clause_start : match.start()], match.group(), language):
                continue
            if kind != SELF_HARM and past.search(clause) and not present.search(clause):
                continue
            rank = (match.start(), -(match.end() - match.start()), order)
            if best is None or rank < best:
                best = rank
                phrase = text[source[match.start()] : source[match.end() - 1] + 1]
                found = Urgency(kind, language, phrase)
            break  # later matches of this matcher start later
    return found
