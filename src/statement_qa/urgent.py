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
* "I'm going to end it tonight" is a plan when the person says it of themselves and "it" ends the clause or a time
  follows; "I'm going to end it with my neurologist" and "are they going to end it early?" are not.
* Yellow skin or eyes now ("his eyes have gone yellow", "la pelle e gli occhi gialli", "looks jaundiced") is medical:
  a medicine may be harming the liver. "Is jaundice a side effect?" and "the capsule is yellow" are not.
* Blisters over the body, skin coming away or a tongue or throat swelling now is medical (a medicine's severe
  reaction); "Is a blistering rash a side effect?" and "swollen glands in the throat" are not.
* Pills gathered count as a plan when said of someone else or as done ("he has been stockpiling his tablets",
  "heeft pillen verzameld"); keeping or collecting pills from the pharmacy does not. Dutch and German subordinate
  clauses put the verb last, so "dat hij niet meer wil leven" and "dass er nicht mehr leben will" are phrases too.
* "Choking hazard of the capsules", "risk of choking", "he keeps choking on thin drinks,
  should we use thickener?": not urgent; these are care questions. Choking counts when it
  is happening: "is choking", "I'm choking", "food stuck in his throat", "choking right now".
* The same holds in every language: a frequency word or "when/while drinking" after the
  choking verb ("verschluckt sich oft beim Trinken", "s'étouffe souvent", "si strozza
  spesso", "se atraganta a menudo", "fica engasgado") makes it a care question.
* A bare "ich will nicht mehr" counts only when it ends the clause (or is followed by
  "und"): "ich will nicht mehr warten" is not urgent.
* "Can't swallow" alone is a care question (tablets, PEG); with choking it is urgent.
* Past anecdotes: a clause (text between . , ; : ! ? or a new line) holding a distant-past
  marker ("last year", "three months ago", "once", "l'année dernière") and no present
  marker ("now", "tonight", "ahora", "jetzt") does not trigger breathing, choking or
  medical phrases, so "Last year he collapsed once, now we want to know about tofersen"
  is answered. "He collapsed" with no such marker is urgent: that is how people report
  an emergency as it happens. A session that is over tells a story too ("he has already had one and fainted in the
  car afterwards": a side effect asked about); "he fainted afterwards and now he is not breathing" is urgent.
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

# German puts "right now" between the verb and what it governs ("bekommt gerade keine Luft
# mehr", "kann plötzlich nicht mehr atmen"): up to two such words may stand there.
_DE_NOW = (r"(?:(?:gerade|jetzt|plotzlich|ploetzlich|auf einmal|schon|wieder|nun|"
           r"seit (?:heute|gestern) (?:nacht|abend|morgen|fruh|frueh|mittag)|seit der nacht|heute nacht|heute|seit heute|"
           r"seit gestern|seit stunden|seit minuten|"
           r"seit (?:einer|einigen|ein paar|zwei|drei|vier|funf|fuenf|zehn) (?:stunde|stunden|minute|minuten)|immer) ){0,2}")

_NL_NOW = (r"(?:(?:nu|opeens|ineens|plotseling|weer|al|sinds vandaag|sinds gisteren|sinds vannacht|"
           r"sinds gisteravond|sinds vanochtend|sinds vanmorgen|sinds vanmiddag) ){0,2}")

# Up to four words between a verb and what it says of ('zwellen haar lippen en tong op'), written out: a bounded
# repeat of a repeat could backtrack without end.
_FEW_WORDS = r"(?:\w+ )?" * 4

APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032\uff07"
CLAUSE_BREAK = re.compile(r"[.,;:!?\n()\u00bf\u00a1\u3002\uff0c\uff01\uff1f\u3001\u060c\u061b\u061f]| - ")

SHORTHANDS: dict[str, dict[str, str]] = {
    "en": {
        "CANT": r"(?:can't|cannot|can not|unable to|can no longer|can barely|can hardly|can't really)",
        "POSS": r"(?:my|his|her|their|our)",
        "WHO": r"(?:i|he|she|they|we|my \w+|our \w+|mum|mom|dad|husband|wife|partner)",
        "PILLS": r"(?:pills|tablets|meds|medication|medicines|medicine|sleeping pills|painkillers)",
    },
    # Turkish dotless ı stays ı, but capital I folds to i: "ALAMIYOR" → "alamiyor".
    "tr": {"I": "[iı]"},
}

# Language → kind → phrases. Written on normalised text: lower case, no accents.
PHRASES: dict[str, dict[str, list[str]]] = {
    "en": {
        SELF_HARM: [
            # "I'm going to end it tonight": a plan, said by the person of themselves (not "are they going to end it?").
            (r"(?:i'm|i am|i will|i'll|i|i've|i have) (?:just )?(?:going to|gonna|about to|want to|wanna|decided to|ready to|"
             r"planning to|plan to|will) end (?:it|things|everything)(?: all)?"
             r"(?=\s*(?:[.!,;]|$)|\s+(?:tonight|today|now|soon|tomorrow|this week))"),
            r"(?:(?:would|will|'d) (?:all )?be|are (?:all )?) better off without me",
            r"(?:stockpil\w*|hoard\w*|saving up|saved up|putting aside|put aside|setting aside) (?:all )?(?:of )?(?:my|his|her) PILLS",
            r"(?:putting|put|keeping|hiding|saving) (?:all )?(?:my|his|her) PILLS (?:aside|in a drawer|somewhere|for later)",
            # Pills gathered, said of someone else or as done: "he has been stockpiling his tablets", "she's collected pills".
            (r"(?:has|have|had|'s|'ve) (?:been )?(?:collecting|collected|gathering|gathered|stockpiling|stockpiled|hoarding|hoarded|"
             r"saving up|saved up) (?:up )?(?:a lot of |lots of |all )?(?:of )?(?:my |his |her |their )?PILLS"),
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
            # "I don't see the point of going on", "what's the point of living": the same thought, asked.
            (r"(?:don't|do not|can't|cannot|no longer|can no longer) see (?:the|any) point (?:in|of) "
             r"(?:going on|carrying on|living|life|being alive|it all|anything)"),
            r"what(?:'s| is) the point (?:of|in) (?:living|going on|carrying on|being alive|it all)",
            (r"(?:thinking|thought|think|thinks|considering|planning) (?:about |of )?ending "
             r"(?:it|it all|things|everything|my life|his life|her life)(?! (?:with|for|early)\b)(?!\w)"),
            r"(?:don't|do not) want to (?:live|be alive)(?=[\s.!]*$)",
            # Said of someone, ending its clause: "says she doesn't want to go on." (not "want to go on the trial").
            r"(?:doesn't|does not|don't|do not|no longer wants?) want to (?:live|be alive|go on|carry on)(?=\s*(?:[.!,;]|$)|\s+(?:and|but|so)\b)",
            # "I don't want to be here any more": being here is being alive.
            r"(?:don't|do not|no longer) want to be here(?: anymore| any more| any longer|(?=[\s.!]*$))",
            (r"(?:thinking|thought|think|thinks|considering|planning|looking up|reading about) (?:about |of )?"
             r"(?:how|ways) to end (?:it|it all|things|everything|my life|his life|her life)(?! (?:with|for|early)\b)(?!\w)"),
            r"(?:can't|cannot) go on (?:like this|anymore|any more|any longer)",
            r"no (?:point|reason) (?:in )?(?:going on|carrying on|living|being alive|to live|to go on)(?! with)",
            r"(?:better off|be better) dead",
            (r"(?:going to|gonna|want to|wanna|will|i'll|thinking of|thinking about|tempted to) (?:just )?"
             r"(?:take|swallow|taking|swallowing) all (?:of )?(?:my|his|her|the) PILLS"),
            r"(?:take|swallow|taking|swallowing|took) all (?:of )?(?:my|the) PILLS at once",
            # Pills at hand beside a wish for it all to stop: "I've got all his tablets in front of me and I want it to stop".
            (r"PILLS (?:in front of me|next to me|beside me|here with me|in my hand|on the table in front of me|lined up|counted out)"
             r"[^?]{0,80}?(?:want (?:it|this|everything)(?: all)? to (?:stop|end|be over)|(?:can't|cannot) (?:do this|cope|go on)"
             r"(?: any ?more| any longer)?)"),
            # The pills named first, then taken by a pronoun: "I've got all his tablets in front of me and I want to
            # take them myself" (not "take them to the pharmacy", nor "take them with food").
            (r"PILLS\b[^?]{0,120}?(?:going to|gonna|want to|wanna|will|'ll|thinking of|thinking about|tempted to) (?:just )?"
             r"(?:take|swallow|taking|swallowing) (?:them|those|these|the lot)(?: all)?(?: myself| at once| in one go| all at once)"
             r"(?=\s*(?:[.!,;]|$)|\s+(?:and|tonight|now|today)\b)"),
            # Done, said of someone: "my wife has swallowed all her tablets" (not "has taken all her tablets today").
            r"(?:has|have|had|'s|'ve|just) (?:just )?(?:swallowed|downed) (?:all|a whole (?:box|bottle|packet)) (?:of )?(?:my|his|her|their|the) PILLS",
            r"(?:take|taken|took|taking) an overdose",
            r"overdos(?:e|ing) on",
            # A whole container gone at once, whatever it held: "dad swallowed a whole bottle of Neuroxa capsules".
            (r"(?:swallowed|downed|took|taken|eaten|ate) (?:a|the) (?:whole|full|entire) (?:box|bottle|packet|pack|tub|jar|"
             r"strip|tube|container)(?:ful)? of\b"),
            # Said of waking: "says he doesn't want to wake up" (not "to wake up early for the clinic").
            (r"(?:doesn't|does not|don't|do not|no longer wants?) want to wake up"
             r"(?=\s*(?:[.!,;]|$)|\s+(?:and|but|so|again|anymore|any more|ever|tomorrow)\b)"),
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
            # Too breathless to speak: the breath a sentence needs is gone.
            r"(?:too|so) (?:short of|out of) breath to (?:speak|talk)",
            r"(?:can't|cannot|can no longer|unable to) (?:speak|talk) for (?:lack of )?breath",
            (r"breathing (?:is |has )?(?:getting|got|gotten|become|becoming|gone|going) "
             r"(?:much |a lot |really |very )?(?:worse|bad|weaker|shallow)"),
            r"breathing is (?:much |a lot |really )?worse (?:now|tonight|today)",
            # How someone breathes now, in the words people use: "breathing very badly", "barely breathing".
            r"(?:is|i'm|i am|he's|she's|they're|are) breathing (?:very |really |so |extremely )?(?:badly|poorly|with difficulty)",
            r"barely breathing",
            r"POSS breathing (?:sounds|is|looks|seems) (?:really |very |so )?(?:weird|strange|funny|odd|wrong|noisy|rattly|gurgly)",
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
            # Blood brought up or coughed up: a bleed, a doctor now.
            r"(?:vomiting|vomited|vomits|throwing up|threw up|coughing up|coughed up|coughs up|bringing up) (?:\w+ )?blood",
            r"blood in (?:his|her|the|their) (?:vomit|sick)",
            # Blisters over the body or skin coming away, a swelling tongue or throat: a medicine's severe reaction.
            r"blister(?:s|ing)? (?:all )?(?:over|across|covering) (?:POSS |the )?(?:whole )?(?:body|skin)",
            r"(?:body|skin) (?:is |has been |got )?(?:covered in|full of) blisters",
            r"skin (?:is |has started )?(?:peeling|coming|falling) (?:off|away)",
            r"(?:tongue|throat) (?:is |are |has |have )?(?:swelling|swollen|swelled|closing)(?: up)?(?! glands?\b)",
            # The verb first, the swelling parts after ('swelling up: her lips and tongue', 'a swollen tongue').
            r"(?:swelling|swollen) (?:up )?(?:lips and |face and |lip and )?tongue",
            # Yellow skin or eyes now (a medicine harming the liver): a doctor today, whatever else; "Can it cause
            # jaundice?" asks about a risk and names no one.
            r"(?:skin|eyes|whites of POSS eyes) (?:is |are |has |have |look |looks |went |seem )?(?:gone |turned |turning |going |getting |become )?(?:very |really |quite |bright )?yellow",
            r"(?:has|have|got|with) (?:very |really |bright )?yellow (?:skin|eyes)",
            r"(?:has|have|has got|'s got|got|with) jaundice",
            r"(?:is|'s|looks|look|became|become|gone|went|turned|turning) (?:very |really |quite )?jaundiced",
            r"(?:have|having|has|got|getting|i've got|he's got|she's got) (?:a |severe |bad |sudden |crushing )?chest pains?",
            r"pain in POSS chest",
            r"POSS chest (?:hurts|is tight|feels tight)",
            r"(?:is|'s|was found|found (?:him|her)|has gone|went|been|lying) unconscious",
            r"lost consciousness",
            r"(?:passed|blacked) out(?! of\b)",
            r"fainted",
            r"(?:about to|going to|is going to|is about to|feels like (?:he|she|i) (?:is|am|s|m) going to) (?:faint|pass out|black out|collapse)",
            # A high fever with new confusion (an infection spreading, a medicine's reaction): an ambulance, whatever else.
            r"(?:fever|temperature) and (?:is |he's |she's |seems |is very |is really )?(?:confused|delirious|disoriented)",
            r"(?:confused|delirious|disoriented) and (?:has |with |running )?(?:a )?(?:high |very high )?(?:fever|temperature)",
            # Said of someone now, the confusion later in the sentence: "she has a fever of 40, she is shivering and confused".
            (r"(?:has|have|'s got|'ve got|is running|running|with) (?:a |got a )?(?:high |very high |raging )?(?:fever|temperature)"
             r"[^.?!]{0,60}\b(?:confused|delirious|disoriented)"),
            r"(?:is|'s|seems|became|become|gone|went) (?:suddenly|very suddenly) (?:very )?(?:confused|disoriented)",
            r"not responding(?! to\b)",
            r"(?:not|isn't|stopped) responding to (?:me|us|anything|anyone|my voice|his name|her name)",
            r"unresponsive(?! to\b)",
            r"(?:won't|will not) wake up",
            # '… and now hes not wakin up': not waking, in the present, however it is typed.
            r"(?:not|isn't|is not) wak(?:ing|in)(?: up)?(?! (?:up )?(?:early|at night|in the night|during the night|for)\b)",
            # Someone not answering the person beside them ('he fell, hes not answering me'), not a phone or an office.
            (r"(?:WHO (?:is |are )?|he's |she's |they're )not answering(?: me| us| anyone)?"
             r"(?! (?:the |POSS |your |any )?(?:phone|emails?|texts?|messages?|calls?|door|questions?)\b)"),
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
            r"(?:estarian|estarias|estaria|estariais) (?:todos )?mejor sin (?:mi|el|ella)",
            r"(?:guardando|acumulando|escondiendo) (?:mis|sus) (?:pastillas|medicamentos|comprimidos)",
            r"(?:juntando|acumulando|escondiendo) (?:muchas |todas )?(?:las |sus |mis )?(?:pastillas|pildoras|medicamentos|comprimidos)",
            r"(?:ha|he|han) (?:juntado|acumulado|escondido) (?:muchas |todas )?(?:las |sus |mis )?(?:pastillas|pildoras|medicamentos|comprimidos)",
            r"(?:me )?quiero morir(?:me)?(?! (?:en casa|con dignidad|en paz|tranquil[oa]|en el hospital|dormid[oa])\b)",
            r"(?:se quiere|quiere) morir(?:se)?(?! (?:en casa|con dignidad|en paz|tranquil[oa]|en el hospital|dormid[oa])\b)",
            r"ganas de morir(?:me)?",
            r"(?:me quiero|quiero|voy a|me voy a) (?:matar(?:me)?|suicidar(?:me)?)",
            r"(?:se quiere|se va a) (?:matar|suicidar)",
            (r"(?:quiere|va a|piensa en|pienso en|pensando en|intento|ha intentado) "
             r"(?:matarse|suicidarse|matarme|suicidarme|quitarse la vida|quitarme la vida)"),
            r"me mato(?! (?:trabajando|a trabajar|de risa)\b)",
            r"suicid(?:io|arme|arse|as?)",
            r"quitar(?:me|se) la vida",
            r"(?:me|se) (?:quito|quita|voy a quitar|va a quitar) la vida",
            r"(?:acabar|terminar) con (?:todo|mi vida|mi propia vida)",
            r"no quiero (?:seguir )?vivir",
            r"no quiero seguir (?:viviendo|asi|adelante)",
            r"(?:no tengo|no tiene|sin|perdi las|he perdido las) ganas de vivir",
            r"no vale la pena (?:vivir|seguir)",
            r"(?:estaria|estariamos|estaras) mejor muert[oa]s?",
            r"mejor muert[oa]",
            r"no tiene sentido (?:seguir|vivir)",
            r"(?:voy a|quiero|va a|quiere) tomar(?:me|se)? todas (?:mis|las|sus) (?:pastillas|pildoras|medicinas|medicamentos)",
            r"(?:me tome|se tomo|tomarme|tomarse) todas (?:mis|las|sus) (?:pastillas|pildoras|medicinas|medicamentos)",
            r"(?:tomar|tomarme|tome|tomo|hacer|hacerme) una sobredosis",
            r"hacerme dano",
            r"(?:cortarme|me corto) las venas",
            r"autolesion\w*",
        ],
        BREATHING: [
            r"no (?:puedo|puede|podemos|consigo|consigue) (?:ni )?respirar",
            r"apenas (?:puedo |puede |consigo |consigue )?respir(?:ar|a|o)",
            r"(?:me|le) cuesta (?:mucho )?respirar",
            r"(?:tengo|tiene) (?:mucha )?dificultad para respirar",
            r"(?:me|le|nos) falta (?:el )?aire",
            r"no (?:me|le|nos) entra (?:el )?aire",
            r"(?:tengo|tiene) falta de aire",
            (r"(?:me|se) (?:estoy |esta )?ahog(?:o|a|ando)"
             r"(?! (?:a menudo|con frecuencia|frecuentemente|cuando|al beber|al comer|a veces|siempre)\b)"),
            r"(?:me|se) (?:estoy |esta )?asfixi(?:o|a|ando)",
            r"no respira",
            r"no esta respirando",
            r"(?:dejo|ha dejado) de respirar",
            r"respira (?:cada vez )?peor",
            r"respira (?:muy mal|fatal|con (?:mucha )?dificultad)",
            r"respiracion (?:esta )?empeorando",
            (r"(?:se esta poniendo|esta poniendose|se pone|se puso|se ha puesto|esta) (?:tod[oa] |muy )?"
             r"(?:azul|morad[oa]|amoratad[oa]|cianotic[oa])"),
            r"labios (?:estan |se (?:le )?(?:estan poniendo|pusieron|ponen) )?(?:azules|morados)",
            (r"(?:respirador|ventilador|bipap|maquina de respirar) (?:se ha |se )?"
             r"(?:parado|paro|apagado|apago|no funciona|ha dejado de funcionar|dejo de funcionar)"),
            r"(?:saturacion|oxigeno) (?:esta |se esta )?(?:bajando|cayendo|muy baja)",
        ],
        CHOKING: [
            r"(?:se|me) (?:esta |estoy )?atragant(?:ando|o)",
            r"(?:se|me) atraganta(?! (?:a menudo|con frecuencia|frecuentemente|cuando|al beber|al comer|a veces|siempre)\b)",
            r"esta atragantad[oa]",
            r"(?:comida|algo) (?:atascad[oa]|atorad[oa]) en (?:la|su|mi) garganta",
            r"(?:atascad[oa]|atorad[oa]|trabad[oa]) en (?:la|su|mi) garganta",
            r"se le (?:ha )?(?:atascado|atorado)",
            r"se le (?:atoro|atasco)",
        ],
        MEDICAL: [
            # Blood brought up or coughed up: a bleed, a doctor now.
            r"vomit(?:a|ando|o|ado) sangre",
            r"(?:tose|tosiendo|escupe|escupiendo) sangre",
            r"ampollas (?:por|en) todo el cuerpo",
            r"(?:cuerpo|piel) (?:esta |se ha |se le ha )?(?:llen[oa]|cubiert[oa]) de ampollas",
            r"piel (?:se le |se me |se )?(?:esta )?(?:cayendo|despegando|desprendiendo)",
            r"(?:lengua|garganta) (?:se le |se me |se )?(?:esta )?(?:hinchando|cerrando|hinchada)",
            r"(?:se le |se me |se )?(?:hincha|hinchan|esta hinchando|estan hinchando) " + _FEW_WORDS + r"(?:lengua|garganta)",
            r"(?:piel|ojos) (?:se (?:le |me )?(?:ha |han )?(?:puesto|vuelto) )?amarill[oa]s?",
            r"(?:tiene|tengo|con) ictericia",
            r"(?:tengo|tiene) (?:un )?dolor (?:de|en el) pecho",
            r"(?:tengo|tiene|siento|siente) (?:un )?(?:fuerte )?(?:dolor|opresion|presion) (?:muy fuerte |fuerte )?(?:de|en el) pecho",
            r"(?:me|le) duele (?:mucho |muchisimo )?el pecho",
            r"(?:esta|se ha quedado|quedo) inconsciente",
            r"(?:ha perdido|perdio) el (?:conocimiento|sentido)",
            r"se (?:ha )?desmayado",
            r"se desmayo",
            r"desmayad[oa]",
            r"(?:se va a|va a|me voy a|esta a punto de|a punto de) desmayar(?:se|me)?",
            r"(?:se )?acaba de desmayar(?:se)?",
            r"(?:confundid[oa]|confus[oa]|desorientad[oa]) (?:y|con) (?:\w+ )?(?:\w+ )?fiebre",
            r"fiebre (?:\w+ )?y (?:esta |parece )?(?:muy )?(?:confundid[oa]|desorientad[oa])",
            r"(?:confundid[oa]|desorientad[oa]) (?:y|con) (?:\w+ )?fiebre",
            r"no responde(?! a\b| al\b)",
            r"no (?:se despierta|reacciona)(?! a\b| al\b| ante\b)",
            r"no (?:puedo|consigo|podemos) despertar(?:lo|la)",
            r"se (?:ha )?desplomado",
            r"(?:esta convulsionando|tiene una convulsion|tiene convulsiones)",
            r"(?:esta teniendo|le esta dando|le da|le dio|tiene) un (?:infarto|ataque al corazon|ictus)",
            r"llam(?:ar|a|en) (?:a )?(?:una )?ambulancia",
            r"llam(?:ar|a|en|o|ad|amos) (?:al|a) (?:112|911|061|emergencias)",
            r"es una emergencia",
        ],
    },
    "fr": {
        SELF_HARM: [
            r"(?:seraient|serait|serez|serions) (?:tous )?mieux sans (?:moi|lui|elle)",
            r"(?:je mets|je garde|je cache|j\'accumule|j\'amasse) (?:de cote )?(?:mes|tous mes) (?:comprimes|cachets|medicaments)",
            (r"(?:il |elle )?(?:accumule|amasse|a accumule|a amasse|met de cote|a mis de cote|cache|a cache) (?:de cote )?"
             r"(?:tous )?(?:ses|des|mes) (?:comprimes|cachets|medicaments|pilules|somniferes)"),
            r"(?:je veux|j'ai envie de|envie de) mourir",
            (r"(?:je veux|j'veux|il veut|elle veut|je voudrais|envie de|envie d') (?:juste |vraiment |seulement )?"
             r"(?:mourir|crever|disparaitre)(?! (?:a la maison|chez moi|chez lui|dans la dignite|en paix|a l'hopital|a domicile)\b)"),
            r"me (?:suicider|tuer)",
            r"(?:veut|va|voulait|menace de|parle de) se (?:tuer|suicider)",
            r"(?:me|se) foutre en l'air",
            r"pense au suicide",
            r"suicidaire",
            r"en finir(?: avec (?:la vie|tout))?",
            r"mettre fin a (?:mes|ses) jours",
            r"mettre fin a (?:ma|sa) vie",
            r"je ne veux plus vivre",
            r"(?:ne )?(?:veux|veut) plus vivre",
            r"plus envie de vivre",
            r"(?:vais|veux|va|vas) (?:prendre|avaler) (?:tous|toutes) (?:mes|ses|les) (?:medicaments|medocs|cachets|comprimes|pilules|somniferes)",
            (r"(?:prendre|avaler|pris|avale) (?:tous|toutes) (?:mes|ses|les) (?:medicaments|medocs|cachets|comprimes|pilules|somniferes) "
             r"(?:d'un coup|d'un seul coup|en meme temps|a la fois)"),
            r"(?:faire|fait|fais) une (?:overdose|surdose)",
            r"(?:serais|serait) mieux mort",
            r"plus la peine de vivre",
            r"sert (?:plus )?a rien de (?:vivre|continuer)",
            r"me faire du mal",
            r"(?:scarifi|automutil)\w*",
        ],
        BREATHING: [
            r"n'(?:arrive|arrivons) (?:plus|pas) a respirer",
            r"(?:arrive|arrives|arrivons|arrivent) (?:plus|pas|presque plus|presque pas|a peine) a respirer",
            r"ne (?:peux|peut) (?:plus|pas) respirer",
            r"(?:peux|peut|pouvons) (?:plus|pas|presque plus|presque pas|a peine) respirer",
            r"j'etouffe",
            r"(?:il|elle) etouffe",
            r"impression d'etouffer",
            r"(?:j'ai|il a|elle a) (?:beaucoup )?du mal a respirer",
            r"(?:j'ai|il a|elle a) (?:vraiment |tellement |beaucoup |trop )?de mal a respirer",
            r"(?:je suis|il est|elle est) essouffle(?:e)? (?:au repos|meme au repos)",
            r"(?:je manque|il manque|elle manque) d'air",
            r"(?:je n'ai|il n'a|elle n'a|j'ai|il a|elle a) (?:plus|pas|presque plus) d'air(?! (?:avec|quand|depuis|grace|qu)\b)",
            r"respire de plus en plus mal",
            r"respire (?:presque plus|a peine|tres mal|difficilement)",
            r"respire plus(?! (?:facilement|librement|vite|fort|profondement|lentement|calmement|que)\b)",
            r"respiration (?:s'aggrave|empire|se degrade)",
            r"respiration (?:devient|est) (?:de plus en plus |tres )?(?:difficile|faible|superficielle)",
            (r"(?:devient|deviennent|devenu|devenue|vire|virent) (?:tout |toute |au |tous )?"
             r"(?:bleu|bleue|bleus|bleues|violet|violette|violets)"),
            r"est (?:tout|toute) (?:bleu|bleue|violet|violette)",
            r"(?:il|elle) bleuit",
            r"levres (?:sont |deviennent )?(?:toutes )?(?:bleues|violettes)",
            r"ne respire plus",
            r"(?:a )?arrete de respirer",
            r"(?:respirateur|vni|ventilateur|bipap) (?:est )?(?:en panne|tombe en panne|s'est arrete|ne marche plus|ne fonctionne plus)",
            r"(?:saturation|oxygene|o2) (?:baisse|chute|descend|est tres basse|est trop basse)",
        ],
        CHOKING: [
            (r"s'etouffe(?! (?:souvent|parfois|de temps en temps|regulierement|facilement|toujours|quand|lorsque|"
             r"a chaque|en buvant|en mangeant|de plus en plus)\b)"),
            r"(?:en train de|va) s'etouffer",
            r"s'etrangle",
            r"fait une fausse route",
            r"(?:nourriture|aliment|morceau|quelque chose) (?:est )?(?:coince|bloque)e? dans (?:la|sa|ma) gorge",
            r"(?:coince|bloque|reste coince|reste bloque)e? dans (?:la|sa|ma) (?:gorge|trachee)",
        ],
        MEDICAL: [
            # Blood brought up or coughed up: a bleed, a doctor now.
            r"(?:vomit|vomissait|a vomi|vomir|crache|tousse|a crache) du sang",
            r"(?:cloques|bulles) (?:sur|partout sur) (?:tout )?(?:le|son|mon) corps",
            r"(?:corps|peau) (?:est )?(?:couvert|couverte|plein|pleine) de cloques",
            r"peau (?:qui )?(?:se decolle|part en lambeaux)",
            r"(?:langue|gorge) (?:qui )?(?:gonfle|enfle|se ferme|est gonflee|a gonfle)",
            r"(?:langue|gorge) (?:qui )?(?:gonflent|enflent|se ferment|sont gonflees|ont gonfle)",
            r"(?:peau|yeux) (?:est |sont |devient |deviennent |ont |a )?(?:devenue? |devenus |tout )?jaunes?",
            r"(?:a|ai|avec) (?:la jaunisse|un ictere)",
            r"(?:j'ai|il a|elle a) (?:une )?(?:douleur|mal) (?:a la poitrine|thoracique|dans la poitrine)",
            # (said of anyone: 'Mon père a une forte douleur dans la poitrine')
            r"(?:j'ai|\ba) (?:une |un )?(?:tres |forte |grosse )?(?:douleur|oppression|serrement|point) (?:a la|dans la|sur la) poitrine",
            r"(?:est|il est|elle est) inconscient(?:e)?",
            r"(?:tombe|tombee|retrouve|retrouvee|trouve) inconscient(?:e)?",
            r"perdu connaissance",
            r"perd connaissance",
            r"tombee? dans les pommes",
            r"s'est evanoui(?:e)?",
            r"(?:s'evanouit|est evanouie?)",
            r"(?:va|vais|est sur le point de|est pres de) (?:s'?evanouir|m'?evanouir|tomber dans les pommes)",
            r"(?:vient|viens) de (?:s'?evanouir|m'?evanouir|perdre connaissance|tomber dans les pommes)",
            r"fievre et (?:il |elle )?(?:est |semble |parait )?(?:tres |toute |tout |completement )?(?:confuse?|desorientee?)",
            r"(?:confuse?|desorientee?) (?:et|avec) (?:une |de la )?(?:forte |grosse )?fievre",
            r"ne repond (?:plus|pas)(?! a\b| au\b| aux\b)",
            r"repond (?:plus|plus du tout)(?! (?:a|au|aux|vite|rapidement|bien|mieux|aussi)\b)",
            r"(?:ne )?se reveille (?:plus|pas)",
            r"(?:arrive|j'arrive|n'arrive|peux|peut) (?:pas|plus) a (?:le|la) reveiller",
            r"s'est effondre(?:e)?",
            r"s'effondre",
            r"(?:a fait|fait|fais|j'ai fait) un malaise",
            r"fait une crise (?:d'epilepsie|convulsive)",
            r"(?:fait|fais|a fait) (?:une crise cardiaque|un infarctus|un avc|un arret cardiaque)",
            r"convulse",
            r"appeler (?:le|les) (?:samu|pompiers|15|112)",
            r"appel(?:le|lez|ons) (?:le |les |l')?(?:samu|pompiers|15|18|112|ambulance)",
            r"c'est une urgence",
            r"(?:est|suis) en train de mourir",
        ],
    },
    "de": {
        SELF_HARM: [
            r"(?:waren|wäre|waere|ware) (?:alle )?(?:ohne mich|ohne ihn|ohne sie) besser dran",
            r"(?:sammle|horte|verstecke|lege) (?:meine|alle meine) (?:tabletten|pillen|medikamente)(?: zur seite| beiseite)?",
            r"(?:sammelt|hortet|bunkert|versteckt) (?:seine|ihre|meine|alle seine|alle ihre) (?:tabletten|pillen|medikamente|schlaftabletten)",
            (r"(?:tabletten|pillen|medikamente|schlaftabletten) (?:gesammelt|gehortet|gebunkert|versteckt|"
             r"beiseitegelegt|beiseite gelegt|zur seite gelegt)"),
            # A subordinate clause puts the verb last: "dass er nicht mehr leben will".
            r"nicht mehr leben (?:will|mochte|moechte|mag|wolle|wollte)",
            r"(?:er|sie|ich) (?:einfach |nur )?(?:sterben|tot sein) (?:will|mochte|moechte|wolle|wollte)",
            r"(?:ich will|ich mochte|ich moechte|will|mochte|moechte|mag) (?:einfach )?(?:nicht mehr leben|sterben)",
            r"ich will (?:einfach |echt |wirklich )?nicht mehr(?= *[.!,;]| *$| und\b)",
            r"(?:will|mochte|moechte) (?:einfach )?(?:tot sein|nicht mehr aufwachen)",
            r"(?:mich|sich) umbringen",
            r"ich (?:bring|bringe) mich (?:\w+ )?um\b(?! (?:den|die|das)\b)",
            r"bringt sich (?:\w+ )?um\b(?! (?:den|die|das)\b)",
            r"(?:mir|sich) das leben nehmen",
            r"(?:nehme|nehm|nimmt) (?:mir|sich) (?:jetzt |heute )?das leben",
            r"selbstmord\w*",
            r"suizid\w*",
            r"lebensmu(?:e)?de",
            r"(?:keine lust|keinen bock) mehr (?:zu leben|auf das leben|aufs leben)",
            r"schluss (?:machen|mache|mach) mit (?:allem|dem leben|meinem leben)",
            r"mit (?:allem|dem leben|meinem leben) schluss machen",
            (r"(?:will|werde|gleich|jetzt|einfach) alle (?:meine |seine |ihre |die )?"
             r"(?:tabletten|pillen|medikamente|schlaftabletten) (?:auf einmal )?(?:nehmen|schlucken)"),
            (r"(?:nehme|nehm|schlucke|schluck) (?:jetzt |gleich )?alle (?:meine |seine |ihre |die )?"
             r"(?:tabletten|pillen|medikamente|schlaftabletten)"),
            r"alle (?:meine |seine |ihre |die )?(?:tabletten|pillen|medikamente|schlaftabletten) auf einmal (?:nehmen|schlucken|genommen|geschluckt)",
            r"(?:ware|waere|bin) lieber tot",
            r"(?:hat|macht) (?:alles )?keinen sinn mehr",
            r"(?:allem|dem) ein ende (?:machen|setzen)",
            r"mir (?:etwas|was) antun",
            r"(?:ritze mich|mich (?:selbst )?ritzen|selbstverletz\w*)",
        ],
        BREATHING: [
            (r"(?:bekomme|bekommt|bekomm|bekommst|bekommen|kriege|kriegt|krieg|kriegst|kriegen) " + _DE_NOW +
             r"(?:fast |gar |so gut wie |echt )?(?:keine|kaum|kaum noch|schlecht|schwer|nur schwer|nicht genug) luft"),
            r"^keine luft(?: mehr)?(?=\W*$)",
            (r"(?:kann|kannst|konnen|koennen) " + _DE_NOW +
             r"(?:fast |gar )?(?:keine|kaum) luft (?:mehr )?(?:bekommen|kriegen|holen)"),
            (r"(?:kann|kannst|konnen|koennen) " + _DE_NOW + r"(?:nicht|kaum|fast nicht|gar nicht|schlecht) "
             r"(?:mehr )?(?:richtig )?(?:atmen|durchatmen|luft holen)"),
            r"atmet " + _DE_NOW + r"nicht(?: mehr)?",
            (r"atmet " + _DE_NOW + r"(?:kaum|kaum noch|nur noch (?:ganz )?flach|ganz flach|"
             r"(?:sehr |ganz |so |extrem )?(?:schwer|schlecht|muhsam|muehsam))"),
            r"(?:hort auf|hoert auf|hat aufgehort|hat aufgehoert) zu atmen",
            r"(?:habe|hab|hat|akute|starke|schwere) atemnot",
            r"(?:bekomme|bekommt|kriege|kriegt|krieg) (?:starke |schwere )?atemnot",
            r"atemnot wird (?:immer )?(?:schlimmer|starker|staerker)",
            r"atmung wird (?:immer )?(?:schlechter|schwacher|schwaecher|flacher)",
            r"atmet (?:immer |zunehmend )?(?:schlechter|flacher)",
            r"atmung (?:verschlechtert|verschlimmert) sich",
            r"(?:ringt|ringe|ringen|schnappt|schnappe|schnappen|japst|japse|japsen) (?:nach|um) luft",
            r"(?:wird|werden) (?:ganz |schon |immer )?(?:blau|lila)",
            r"(?:lauft|laeuft|laufen|lief) (?:ganz |schon )?(?:blau|lila) an",
            r"blau angelaufen",
            r"ist (?:ganz )?blau im gesicht",
            r"lippen (?:sind |werden |verfarben sich |verfaerben sich )?(?:schon |ganz |so |total )?(?:blau|lila|violett)",
            r"blaue lippen",
            r"(?:ersticke|erstickt)",
            r"(?:ist am|droht zu|fangt an zu|faengt an zu) ersticken",
            (r"(?:beatmungsgerat|beatmungsgeraet|beatmung|beatmungsmaschine|bipap) (?:ist |hat )?"
             r"(?:ausgefallen|fallt aus|faellt aus|geht nicht mehr|funktioniert nicht mehr)"),
            r"(?:sattigung|saettigung|sauerstoff|sauerstoffsattigung|sauerstoffsaettigung|spo2) (?:fallt|faellt|sinkt|sackt ab)",
        ],
        CHOKING: [
            (r"verschluckt sich(?! (?:oft|haufig|haeufig|manchmal|immer wieder|ofter|oefter|standig|staendig|leicht|"
             r"schnell|beim|bei|an|regelmassig|regelmaessig|gelegentlich|zunehmend|vermehrt|mehr|nachts|dauernd)\b)"),
            r"(?:hat sich verschluckt|habe mich verschluckt|hab mich verschluckt)",
            r"(?:steckt|ist|hangt) (?:ihm |ihr |mir )?im hals (?:fest|stecken)",
            r"im hals stecken geblieben",
            (r"(?:essen|etwas|was|ein stuck|ein stueck|ein bissen|bissen|fleisch|brot|tablette) (?:\w+ )?"
             r"(?:steckt|hangt|haengt|sitzt) (?:ihm |ihr |mir )?(?:im hals|in der luftrohre|in der luftroehre|in der kehle)"),
            r"in den falschen hals (?:bekommen|gekriegt)",
        ],
        MEDICAL: [
            # Blood brought up or coughed up: a bleed, a doctor now.
            r"(?:erbricht|spuckt|hustet|bricht) blut",
            r"blut (?:erbrochen|gespuckt|gehustet)",
            r"blasen (?:am|auf dem|uber den|ueber den) ganzen (?:korper|koerper)",
            r"(?:korper|koerper|haut) (?:ist )?voller blasen",
            r"haut (?:lost|loest|schalt|schaelt) sich (?:ab|in fetzen)",
            r"(?:zunge|hals|rachen) (?:schwillt|ist geschwollen|schwoll)(?: zu| an)?",
            # The verb second, its subject after it ('jetzt schwellen ihre Lippen und Zunge an').
            r"(?:schwillt|schwellen|schwoll|schwollen) " + _FEW_WORDS + r"(?:zunge|hals|rachen)(?: und \w+)? (?:an|zu)",
            r"gelbe (?:haut|augen)",
            r"(?:haut|augen) (?:ist |sind |wird |werden |ganz )*gelb",
            r"(?:hat|habe) (?:eine )?gelbsucht",
            r"(?:habe|hat) (?:starke )?(?:brustschmerzen|schmerzen in der brust)",
            (r"(?:habe|hab|hat|hast) (?:starke |heftige |plotzlich |ploetzlich |so |solche )?"
             r"(?:brustschmerzen|schmerzen in der brust|druck auf der brust|engegefuhl in der brust|engegefuehl in der brust|stechen in der brust)"),
            r"(?:tut|tat) (?:mir |ihm |ihr )?die brust (?:so |sehr )?weh",
            r"brust tut (?:mir |ihm |ihr )?(?:so |sehr )?weh",
            r"(?:ist|bin) bewusstlos",
            r"(?:ist|bin|liegt|lag|wurde|wirkt|scheint) (?:\w+ )?bewusstlos",
            r"bewusstlos geworden",
            r"ohnmachtig",
            r"ohnmaechtig",
            r"in ohnmacht gefallen",
            r"reagiert nicht(?: mehr)?(?! auf\b)",
            r"wacht nicht (?:mehr )?auf",
            r"(?:kriege|krieg|kriegen|bekomme|bekommen) (?:ihn|sie) nicht (?:mehr )?wach",
            r"nicht (?:mehr )?wach zu (?:kriegen|bekommen)",
            r"zusammengebrochen",
            r"(?:ist|bin) " + _DE_NOW + r"umgekippt",
            r"(?:gleich|fast|kurz davor,?) (?:ohnmachtig|ohnmaechtig) zu werden",
            r"(?:wird|werde) (?:gleich|fast) (?:ohnmachtig|ohnmaechtig)",
            r"fieber und (?:ist |wirkt |scheint )?(?:\w+ )?(?:verwirrt|desorientiert)",
            r"(?:verwirrt|desorientiert) und (?:hat )?(?:\w+ )?fieber",
            r"(?:ist|bin) (?:\w+ )?(?:kollabiert|zusammengesackt|zusammengeklappt)",
            r"(?:hat einen|einen) krampfanfall",
            r"(?:hat|habe|hab) (?:einen|nen) (?:herzinfarkt|schlaganfall|anfall)",
            r"(?:notarzt|krankenwagen|rettungswagen|112) (?:an)?rufen",
            r"(?:rufe|ruf|ruft|rufen) (?:den |einen |die )?(?:notarzt|krankenwagen|rettungswagen|rettungsdienst|112|notruf)",
            r"notruf (?:wahlen|waehlen|anrufen)",
            r"ist ein notfall",
            r"^(?:hilfe\W* )?notfall(?= ?[!,:]|\W*$)",
            r"(?:glaube|glaub|denke|denk) (?:er|sie|ich) (?:stirbt|sterbe)",
            r"stirbt (?:gerade|mir)",
        ],
    },
    "nl": {
        SELF_HARM: [
            r"(?:zijn|zouden|zou|is) (?:allemaal )?beter af (?:zijn )?zonder (?:mij|hem|haar)",
            r"(?:spaar|verzamel|verstop|bewaar) (?:al )?mijn (?:pillen|tabletten|medicijnen)",
            r"(?:spaart|verzamelt|verstopt) (?:al )?(?:zijn|haar) (?:pillen|tabletten|medicijnen|slaappillen)",
            r"(?:pillen|tabletten|medicijnen|slaappillen) (?:verzameld|gespaard|opgespaard|verstopt|opgepot)",
            # A subordinate clause puts the verb last: "dat hij niet meer wil leven", "dat ze dood wil".
            r"niet meer (?:wil|wilt|wou|zou willen) (?:leven|verder)",
            r"niet meer (?:leven|verder) (?:wil|wilt|wou)",
            r"(?:hij|zij|ze|ik) (?:gewoon |echt )?dood (?:wil|wilt|wou)(?! \w)",
            r"ik wil dood",
            r"(?:wil|wilt|wou) (?:gewoon |echt )?(?:dood|doodgaan|sterven)(?! (?:thuis|in vrede|waardig)\b)",
            r"(?:ik )?wil (?:niet meer leven|sterven)",
            r"wil (?:er )?niet meer (?:zijn|leven|verder)",
            r"wou dat ik dood (?:was|ben)",
            r"zelfmoord\w*",
            r"zelfdoding",
            r"suicid\w+",
            r"mezelf (?:van kant maken|doden|iets aandoen)",
            r"(?:mezelf|zichzelf) (?:van kant (?:maken|te maken)|doden|iets aandoen|wat aandoen|iets aan te doen|wat aan te doen|snijden)",
            r"(?:maak|maakt|ga|gaat) (?:mezelf|zichzelf) van kant",
            r"(?:doe|doet) (?:mezelf|zichzelf) (?:iets|wat) aan",
            r"er een einde? aan (?:maken|te maken)",
            r"(?:maak|maakt) er (?:nu )?een einde? aan",
            r"een einde? aan mijn leven",
            (r"(?:ga|gaat|wil) al (?:mijn|zijn|haar|de) (?:pillen|medicijnen|tabletten|slaappillen) "
             r"(?:tegelijk |in een keer )?(?:innemen|slikken|nemen)"),
            (r"al (?:mijn|zijn|haar|de) (?:pillen|medicijnen|tabletten|slaappillen) (?:tegelijk|in een keer|ineens) "
             r"(?:innemen|ingenomen|geslikt|slikken|nemen|genomen)"),
            r"(?:liever|beter af) dood",
            r"geen zin meer (?:in het leven|in leven|om te leven)",
        ],
        BREATHING: [
            r"(?:krijg|krijgt) " + _NL_NOW + r"geen (?:lucht|adem)",
            (r"(?:krijg|krijgt|krijgen) (?:(?:ik|je|jij|hij|ze|zij|u|we|wij) )?" + _NL_NOW +
             r"(?:bijna |haast |nauwelijks |amper |echt |gewoon )?(?:geen|nauwelijks|amper|slecht|moeilijk) (?:lucht|adem)"),
            r"kan (?:bijna |haast )?(?:geen|nauwelijks|amper) (?:lucht|adem) (?:meer )?(?:krijgen|halen)",
            (r"kan " + _NL_NOW + r"(?:bijna |haast |echt )?(?:niet|nauwelijks|amper|moeilijk) "
             r"(?:meer |goed |meer goed )?(?:ademen|ademhalen|adem halen)"),
            r"ademt niet(?: meer)?",
            r"ademt " + _NL_NOW + r"(?:nog maar |bijna )?(?:nauwelijks|amper|niet goed)",
            r"ademt " + _NL_NOW + r"(?:heel |erg |zeer |zo |ontzettend )?(?:moeilijk|moeizaam|zwaar|slecht|oppervlakkig)",
            r"(?:stopt|gestopt) met (?:ademen|ademhalen)",
            r"(?:ik ben|hij is|zij is|ze is|is|ben) (?:erg |heel |zo |echt |super |ontzettend )?benauwd(?! (?:voor|dat|om)\b)",
            r"(?:heb|heeft|hebben) het (?:erg |heel |zo |zwaar |echt )?benauwd",
            r"ademhaling wordt (?:steeds )?slechter",
            r"ademhaling (?:wordt|gaat|is) (?:steeds |opeens |ineens |snel |hard |veel )?(?:slechter|zwakker|oppervlakkiger|achteruit)",
            r"(?:hapt|hap|happen) naar (?:lucht|adem)",
            r"(?:snakt|snak|snakken) naar (?:lucht|adem)",
            r"(?:wordt|worden) (?:helemaal |al |steeds )?(?:blauw|paars)",
            r"(?:loopt|liep) (?:helemaal )?(?:blauw|paars) aan",
            r"kleurt (?:helemaal )?(?:blauw|paars)",
            r"lippen (?:zijn|worden|kleuren|zien) (?:al |helemaal |erg |zo )?(?:blauw|paars)",
            r"blauwe lippen",
            r"(?:ik stik|hij stikt|zij stikt|ze stikt|is aan het stikken)",
            r"dreigt te stikken",
            (r"(?:beademing|beademingsapparaat|beademingsmachine|bipap) "
             r"(?:is uitgevallen|valt uit|viel uit|werkt niet(?: meer)?|is gestopt|stopt)"),
        ],
        CHOKING: [
            r"(?:verslikt zich|verslik me|heeft zich verslikt|verslikt)(?! (?:zich )?(?:vaak|regelmatig|soms|steeds vaker|vaker|af en toe|snel|makkelijk|gemakkelijk|bij|tijdens)\b)",
            r"zit vast in (?:zijn|haar|mijn|de) keel",
            (r"(?:iets|eten|voedsel|een stuk \w+|een stukje \w+|vlees|brood|pil|tablet) (?:zit |is |bleef |blijft )?"
             r"(?:vast |steken )?in (?:zijn|haar|mijn|de) (?:keel|luchtpijp)"),
        ],
        MEDICAL: [
            # Blood brought up or coughed up: a bleed, a doctor now.
            r"(?:braakt|spuugt|hoest|geeft) bloed(?: op| over)?",
            r"bloed (?:overgegeven|opgehoest|gespuugd|gebraakt)",
            r"blaren (?:over|op) (?:zijn|haar|mijn|het) (?:hele )?lichaam",
            r"(?:lichaam|huid) (?:zit )?(?:vol|onder de) blaren",
            r"huid (?:laat los|komt los|bladdert af)",
            r"(?:tong|keel) (?:zwelt op|is opgezwollen|zwelt|gaat dicht)",
            # The verb second, its subject after it ('en nu zwellen haar lippen en tong op').
            r"(?:zwelt|zwellen|zwol|zwollen) " + _FEW_WORDS + r"(?:tong|keel)(?: en \w+)? (?:op|dicht)",
            r"gele (?:huid|ogen)",
            r"(?:huid|ogen) (?:is |zijn |wordt |worden |ziet |zien )?(?:helemaal )?geel",
            r"(?:heeft|heb) geelzucht",
            r"(?:ik heb|hij heeft|zij heeft|ze heeft|heeft) pijn op de borst",
            (r"(?:heb|heeft|hebt|voel|voelt) (?:veel |erg |hevige |ineens |opeens )?"
             r"(?:pijn op de borst|pijn in (?:mijn|zijn|haar|de) borst|druk op de borst)"),
            r"bewusteloos",
            r"buiten bewustzijn",
            r"flauwgevallen",
            r"(?:gaat|ga|dreigt te|staat op het punt (?:om )?te) (?:bijna )?flauw ?(?:vallen|te vallen)",
            r"koorts en (?:is |lijkt |raakt )?(?:erg |heel |ineens |opeens |plotseling )?(?:verward|in de war|gedesorienteerd)",
            r"(?:verward|in de war|gedesorienteerd) en (?:heeft )?(?:\w+ )?koorts",
            r"(?:valt|viel) flauw",
            r"reageert niet(?: meer)?(?! op\b)",
            r"(?:wordt|werd) niet (?:meer )?wakker",
            r"krijg (?:hem|haar) niet (?:meer )?wakker",
            r"in elkaar gezakt",
            r"(?:zakt|zakte) in elkaar",
            r"gecollaps(?:t|ed)",
            r"heeft een (?:epileptische )?aanval",
            r"(?:heeft|krijgt|heb|krijg) (?:een )?(?:hartaanval|hartinfarct|beroerte|herseninfarct)",
            r"(?:ambulance bellen|bel 112|112 bellen|bel een ambulance)",
            r"(?:bel|belt|bellen|gebeld) (?:de |een )?(?:ambulance|112)",
            r"(?:het|dit) is een noodgeval",
            r"^(?:help\W* )?noodgeval(?= ?[!,:]|\W*$)",
            r"(?:denk|geloof) (?:dat )?(?:hij|zij|ze|ik) (?:doodgaat|dood ga|sterft|aan het sterven is|aan het doodgaan is)",
        ],
    },
    "pt": {
        SELF_HARM: [
            r"(?:ficariam|ficaria|estariam|estaria) (?:todos )?melhor sem (?:mim|ele|ela)",
            r"(?:guardando|juntando|escondendo|a guardar|a juntar) (?:os )?(?:meus|seus) (?:comprimidos|remedios|medicamentos)",
            r"(?:juntou|acumulou|escondeu|tem juntado|tem acumulado|anda a juntar|anda a acumular) (?:os )?(?:seus |meus |muitos )?(?:comprimidos|remedios|medicamentos)",
            r"(?:quero|queria|quer|queremos) (?:so |apenas )?morrer(?! (?:em casa|com dignidade|em paz|no hospital|naturalmente|dormindo)\b)",
            r"nao quero (?:mais )?viver",
            r"nao quero viver mais",
            r"nao (?:aguento|aguenta|consigo) mais viver",
            r"(?:nao tenho mais|sem|perdi a|perdeu a|nao tem mais) vontade de viver",
            r"nao vale (?:mais )?a pena (?:viver|continuar)",
            r"(?:me matar|matar-me|me suicidar|suicidar-me)",
            r"(?:quer|quero|vai|vou|tentou|tentar|pensa em|pensando em|pensei em|penso em|ameaca|ameacou|ameacando) (?:se|me) matar",
            r"(?:matar-se|suicidar-se|eu me mato)",
            r"tirar (?:a )?(?:minha )?(?:propria )?vida",
            r"acabar com (?:tudo|a minha vida|minha vida)",
            r"(?:penso|pensando|pensei|pensa) em (?:suicidio|acabar com tudo|tirar (?:a )?minha vida)",
            r"pensamentos suicidas",
            (r"(?:vou|vai|quero|queria|pensando em|penso em|ia) tomar todos os (?:meus |seus )?"
             r"(?:comprimidos|remedios|medicamentos)"),
            r"tom(?:ar|ei|ou) todos os (?:meus |seus )?(?:comprimidos|remedios|medicamentos) de uma (?:so )?vez",
            r"(?:tomar|tomei|tomou|fazer|fiz) uma overdose",
            r"(?:vou|quero|vontade de) me (?:cortar|machucar|ferir)",
            r"automutila\w*",
            r"(?:melhor|estaria melhor) mort[oa]",
            r"sem sentido (?:viver|continuar)",
            r"(?:queria|quero) dormir e nao acordar",
        ],
        BREATHING: [
            r"nao (?:consigo|consegue|posso|pode) (?:mais )?respirar",
            r"(?:mal|quase nao) (?:consigo|consegue) respirar",
            r"(?:estou com|esta com|to com|ta com|tou com|tenho|tem|muita|sinto|sente|sentindo) (?:muita |uma |forte |tanta )?falta de ar",
            r"nao (?:esta |ta )?respira(?:ndo)?",
            r"(?:estou|to|ta|esta|fiquei|ficou) sem ar", r"(?:estou|esta|ta) a ficar (?:sem ar|azul|roxo|roxa)",
            r"respiracao (?:esta |ta )?(?:piorando|ficando pior|ficando fraca)",
            r"(?:esta|ta|estou|to) respirando (?:muito |bem )?(?:mal|com (?:muita )?dificuldade)",
            r"respira (?:muito |tao )?(?:mal|com (?:muita )?dificuldade)",
            r"respira (?:cada vez )?pior",
            r"(?:tenho|tem) (?:muita )?dificuldade (?:para|em|de) respirar",
            r"(?:lutando|brigando) para respirar",
            r"(?:esta )?ficando (?:azul|roxo|roxa)",
            r"(?:ficando|ficou|fica) (?:todo |toda |muito )?(?:azul|roxo|roxa|azulado|azulada|arroxeado|arroxeada)",
            r"(?:ele|ela) (?:esta|ta) (?:todo |toda )?(?:roxo|roxa|azul|arroxeado|arroxeada|azulado|azulada)",
            (r"labios (?:dele |dela |do \w+ |da \w+ )?(?:estao |ficaram |ficando |tao )?(?:muito |bem )?"
             r"(?:azuis|roxos|arroxeados|azulados)"),
            r"(?:boca|cara|rosto) (?:dele |dela )?(?:esta |ta |ficou |ficando )?(?:roxa|roxo|azul|arroxeada|arroxeado)",
            r"sufocando",
            r"parou de respirar",
            (r"(?:ventilador|respirador|bipap|aparelho de respirar) "
             r"(?:parou|desligou|nao (?:esta |ta )?funcionando|nao funciona)"),
            r"(?:saturacao|oxigenacao|oxigenio) (?:esta |ta )?(?:caindo|baixando|muito baixa)",
        ],
        CHOKING: [
            r"(?<!fica )(?<!costuma ficar )engasgad[oa](?! (?:com frequencia|frequentemente|as vezes|sempre|muitas vezes|quando)\b)",
            r"(?:esta|estou|ta|to) (?:se )?engasgando(?! (?:com frequencia|frequentemente|sempre|as vezes|toda vez)\b)",
            r"(?:ele|ela) (?:se )?engasgando",
            r"se engasgou", r"engasgou[- ]se", r"(?:esta|estou|ta) a engasgar[- ]se",
            r"(?:comida|algo) (?:presa|preso|entalada|entalado) na garganta",
            (r"(?:comida|algo|alguma coisa|um pedaco(?: de \w+)?|carne|pao|osso|comprimido) (?:ficou |esta |ta )?"
             r"(?:presa|preso|entalada|entalado|travada|travado) na (?:garganta|traqueia)"),
            r"(?:se )?entalou",
            r"(?:esta|ta) entalad[oa]",
        ],
        MEDICAL: [
            # Blood brought up or coughed up: a bleed, a doctor now.
            r"vomit(?:a|ando|ou) sangue",
            r"(?:tosse|tossindo|cospe|cuspindo) sangue",
            r"bolhas (?:por|em) todo o corpo",
            r"(?:corpo|pele) (?:esta |ficou )?(?:chei[oa]|cobert[oa]) de bolhas",
            r"pele (?:esta )?(?:a )?(?:soltar|descascar|desprender)(?:-se)?(?! \w)",
            r"(?:lingua|garganta) (?:esta )?(?:a )?(?:inchar|inchada|fechar)",
            r"(?:incha|incham|esta a inchar|estao a inchar|esta inchando|estao inchando)(?:-(?:lhe|lhes|me|te|nos))? " + _FEW_WORDS + r"(?:lingua|garganta)",
            r"(?:pele|olhos) (?:dele |dela |do \w+ |da \w+ )?(?:esta |estao |ficou |ficaram |com )?(?:muito )?amarel[oa]s?",
            r"(?:tem|tenho|com) ictericia",
            r"(?:tenho|tem|estou com|esta com) (?:uma )?dor no peito",
            r"(?:to com|ta com|sentindo|sinto|sente) (?:uma )?(?:dor forte|forte dor|dor|aperto|pressao) no peito",
            r"(?:tenho|tem|estou com|esta com) (?:uma )?(?:dor forte|forte dor|aperto|pressao) no peito",
            r"(?:esta|ficou) inconsciente",
            r"(?:ele|ela) (?:esta|ta|ficou|caiu) inconsciente",
            r"(?:ta|caiu|encontrei (?:ele|ela)|achei (?:ele|ela)) inconsciente",
            r"desmaiou",
            r"desmai(?:ei|ad[oa])",
            r"(?:vai|vou|esta (?:quase )?a|prestes a) desmaiar",
            r"acab(?:ou|a) de desmaiar",
            r"febre (?:\w+ )?e (?:esta |parece )?(?:muito )?(?:confus[oa]|desorientad[oa])",
            r"(?:confus[oa]|desorientad[oa]) (?:e|com) (?:\w+ )?febre",
            r"desacordad[oa]",
            r"perdeu (?:os sentidos|a consciencia)",
            r"nao (?:responde|reage)(?! a\b| ao\b| aos\b)",
            r"nao (?:acorda|esta acordando|ta acordando)(?! (?:cedo|de manha|antes)\b)",
            r"nao (?:consigo|conseguimos) acorda(?:r (?:ele|ela)|-l[oa])",
            r"desabou",
            r"(?:tendo uma|teve uma|esta tendo|ta tendo) convulsao",
            r"convulsionando",
            r"(?:tendo|teve|esta tendo|ta tendo) um (?:infarto|avc|ataque cardiaco|derrame)",
            r"(?:chamar|chame|chamem) (?:uma )?ambulancia",
            r"(?:chamar|chame|chamem|chamei|ligar|ligue|liguem|liguei) (?:o |a |pro |para o |pra )?(?:samu|192|193|112|inem|ambulancia|bombeiros)",
            r"e uma emergencia",
            r"acho que (?:ele |ela |eu )?(?:esta|ta|to|estou) morrendo",
        ],
    },
    "it": {
        SELF_HARM: [
            r"(?:starebbero|starebbe|stareste) (?:tutti )?meglio senza (?:di )?(?:me|lui|lei)",
            r"(?:sto mettendo da parte|metto da parte|accumulo|nascondo) (?:le mie |tutte le mie )?(?:pillole|pastiglie|compresse|medicine)",
            (r"(?:accumula|sta accumulando|ha accumulato|mette da parte|ha messo da parte|nasconde|ha nascosto|ho accumulato|"
             r"ho messo da parte) (?:le sue |le mie |tutte le sue |delle )?(?:pillole|pastiglie|compresse|medicine)"),
            r"(?:voglio|vuole|vorrei|vorrebbe) (?:solo |soltanto |proprio )?morire(?! (?:a casa|con dignita|in pace|serenamente|in hospice|in ospedale)\b)",
            r"non voglio piu vivere",
            r"non voglio vivere piu",
            r"non (?:ho|ha) piu (?:voglia|motivo) di vivere",
            r"non ce la (?:faccio|fa) piu a (?:vivere|andare avanti)",
            r"(?:uccidermi|ammazzarmi|suicidarmi|uccidersi|ammazzarsi|suicidarsi)",
            r"mi (?:voglio |vado a |sto per )?(?:ammazzare|uccidere|suicidare)",
            r"mi (?:ammazzo|uccido|suicido)",
            r"si (?:vuole |vuol |sta per |vuole proprio )?(?:ammazzare|uccidere|suicidare)",
            r"pensieri suicidi",
            r"(?:penso|pensa|pensando|pensato) (?:al|di) (?:suicidio|suicidarmi|uccidermi|farla finita|togliermi la vita)",
            r"farla finita",
            r"la (?:faccio|fa|vuole fare|voglio fare) finita",
            r"toglier(?:mi|si) la vita",
            r"(?:mi|si) tolgo la vita",
            r"prendere tutte le (?:mie )?(?:pillole|pastiglie|medicine)",
            r"(?:prendo|ingoio|prendero|mi prendo) tutte le (?:mie |sue )?(?:pillole|pastiglie|medicine|compresse)",
            (r"(?:preso|ingoiato|prendere|ingoiare) tutte le (?:mie |sue )?(?:pillole|pastiglie|medicine|compresse) "
             r"(?:insieme|in una volta|in un colpo)"),
            r"(?:sarei|sarebbe) meglio mort[oa]",
            r"meglio se fossi mort[oa]",
            r"non ha (?:piu )?senso (?:vivere|andare avanti)",
            r"farmi del male",
            r"(?:mi faccio|farsi|si fa) del male",
            r"autolesionis\w*",
        ],
        BREATHING: [
            r"non (?:riesco|riesce) (?:piu )?a respirare",
            r"(?:riesco|riesce) a (?:malapena|stento|fatica) a respirare",
            r"non (?:posso|puo) respirare",
            r"(?:fa|faccio|fanno) (?:molta |tanta )?fatica a respirare",
            r"respir(?:o|a) (?:molto |sempre piu )?a fatica",
            r"(?:ho|ha) (?:molta |grande |tanta )?difficolta (?:a|nel) respirare",
            r"(?:ho|ha) fame d'aria",
            r"(?:mi|gli|le) manca (?:l'aria|il respiro|il fiato)",
            # Short of breath in the superlative, or too breathless to speak.
            r"(?:ho|ha|hanno) (?:il )?(?:fiato|respiro) cortissimo",
            r"non (?:riesco|riesce) (?:piu )?a parlare (?:per|dalla|per la) (?:mancanza di |il )?(?:fiato|respiro|affanno)",
            r"non respira(?: piu)?",
            r"non sta (?:piu )?respirando",
            r"(?:ha )?smesso di respirare",
            r"respir(?:o|a) (?:sta )?peggiorando",
            r"respira sempre peggio",
            r"respira malissimo",
            r"respira (?:molto |davvero |cosi )?(?:male|a fatica|con (?:molta |grande )?difficolta)",
            r"affanno a riposo",
            r"(?:sta )?diventando (?:blu|viola|cianotic[oa])",
            r"(?:e |sta )?diventat[oa] (?:tutt[oa] )?(?:blu|viola|cianotic[oa]|grigi[oa])",
            r"diventa (?:tutt[oa] )?(?:blu|viola|cianotic[oa])",
            r"e cianotic[oa]",
            r"labbra (?:sono |stanno diventando |sono diventate |diventano )?(?:tutte )?(?:blu|viola|bluastre|violacee|cianotiche)",
            r"(?:sta soffocando|soffoco|mi sento soffocare)",
            r"soffoca",
            (r"(?:ventilatore|respiratore|bipap|macchina per respirare) (?:si e |e )?"
             r"(?:fermato|fermata|spento|spenta|bloccato|bloccata|non funziona)"),
            r"saturazione (?:sta |e )?(?:scendendo|calando|crollando|bassissima|molto bassa)",
        ],
        CHOKING: [
            r"si sta strozzando",
            r"si strozza(?! (?:spesso|sempre|facilmente|a volte|ogni tanto|quando|mentre|bevendo|mangiando|con|col|coi|di frequente|frequentemente)\b)",
            r"si e strozzat[oa]",
            r"(?:si )?sta (?:affogando|strangolando)",
            r"(?:andato|andata|va) di traverso",
            r"(?:cibo|qualcosa|boccone) (?:bloccato|incastrato) in gola",
            r"(?:bloccat[oa]|incastrat[oa]|rimast[oa]|fermat[oa]) (?:in|nella) gola",
        ],
        MEDICAL: [
            # Blood brought up or coughed up: a bleed, a doctor now.
            r"vomit(?:a|ando|ato) sangue",
            r"(?:tossisce|sputa|sputando) sangue",
            r"vesciche (?:su|in|per) tutto il corpo",
            r"(?:corpo|pelle) (?:e )?(?:pien[oa]|copert[oa]) di vesciche",
            r"pelle (?:si )?(?:sta )?(?:staccando|stacca|spella|spellando)",
            r"(?:lingua|gola) (?:si )?(?:sta )?(?:gonfiando|gonfia|chiudendo)",
            r"(?:si )?(?:gonfia|gonfiano|sta gonfiando|stanno gonfiando) " + _FEW_WORDS + r"(?:lingua|gola)",
            r"(?:pelle|occhi) (?:e (?:gli |la )?(?:occhi|pelle) )?(?:sono |e |diventat[aie] )?(?:tutt[aoie] )?giall[aoie]",
            r"(?:ha|ho|con) (?:l )?ittero",
            r"(?:ho|ha) (?:un )?(?:forte )?dolore al petto",
            (r"(?:ho|ha|sento|sente) (?:un |una )?(?:forte |fortissimo |grande )?(?:dolore|male|fitta|oppressione|peso|dolori) "
             r"(?:forte |fortissimo )?(?:al|nel|sul) petto"),
            r"(?:e|sono) svenut[oa]",
            r"(?:e|sono) (?:appena|da poco) svenut[oa]",
            r"(?:sta|sto) per svenire",
            r"(?:quasi|sta quasi per) svenire",
            r"febbre (?:\w+ )?(?:ed?) (?:e |sembra )?(?:molto )?(?:confus[oa]|disorientat[oa])",
            r"(?:confus[oa]|disorientat[oa]) (?:e|con) (?:la )?(?:\w+ )?febbre",
            r"sta svenendo",
            r"ha perso (?:i sensi|conoscenza)",
            r"priv[oa] di sensi",
            r"incoscient[ei]",
            r"non risponde(?! a\b| al\b| alla\b| ai\b| alle\b)",
            r"non reagisce(?! a\b| al\b| alla\b| ai\b| alle\b)",
            r"non si sveglia(?: piu)?",
            r"non riesco a svegliar(?:lo|la)",
            r"(?:e crollat[oa]|crollato a terra)",
            r"(?:e|sono) (?:collassat[oa]|stramazzat[oa])",
            r"ha (?:una crisi epilettica|le convulsioni|un attacco epilettico)",
            r"(?:ha|sta avendo|ho) (?:un )?(?:infarto|ictus|attacco di cuore|arresto cardiaco)",
            r"chiam(?:are|a|ate) (?:il 118|il 112|un'ambulanza)",
            r"chiam(?:are|a|ate|o|ato|iamo) (?:il |l'|un'|i )?(?:118|112|ambulanza|soccorsi)",
            r"e un'emergenza",
            r"(?:credo|penso) (?:che )?(?:stia|sta) morendo",
        ],
    },
    # Polish has no interface of its own (the emergency message is shown in English), but a
    # Polish message about someone who cannot breathe or wants to die must still be routed.
    # Normalised: "chcę umrzeć" → "chce umrzec", "zakrztusił się" → "zakrztusil sie".
    "pl": {
        SELF_HARM: [
            r"(?:byloby|beda|byliby) (?:wszystkim )?lepiej beze mnie",
            r"(?:odkladam|zbieram|chowam) (?:moje |swoje )?(?:tabletki|leki|pigulki)",
            r"(?:chce|chcialbym|chcialabym|wole) umrzec",
            r"nie chce (?:juz )?zyc",
            r"(?:zabic|zabije|zabijam) sie",
            r"odebrac sobie zycie",
            r"skonczyc ze soba",
            r"(?:mysle|mysli|myslalem|myslalam) o samobojstwie",
            r"samobojstw\w*",
            r"lepiej (?:by|bylo)(?: mi)? (?:byc )?(?:martwym|martwa|nie zyc)",
            r"(?:zrobic|zrobie) sobie krzywde",
        ],
        BREATHING: [
            r"nie (?:moze|moge|mozesz|mozemy|moga) (?:juz )?(?:zlapac )?(?:oddychac|oddechu|tchu)",
            r"(?:brakuje|brak) (?:mu |jej |mi )?(?:powietrza|tchu)",
            r"(?:dusi|dusze|dusimy) sie",
            r"sie (?:dusi|dusze|dusimy)",
            r"nie oddycha(?: juz)?",
            r"przestal[a]? oddychac",
            r"(?:ma|mam) (?:duza |ogromna )?dusznosc",
            r"(?:sinieje|zsinial[a]?|ma sine usta|usta (?:sa |robia sie )?sine)",
            r"respirator (?:przestal dzialac|sie wylaczyl|nie dziala)",
        ],
        CHOKING: [
            r"(?:dlawi|krztusi|zakrztusil|zakrztusila|zadlawil|zadlawila) sie(?! czesto| czasem| czasami| przy)",
            r"sie (?:dlawi|krztusi|zakrztusil|zakrztusila|zadlawil|zadlawila)(?! czesto| czasem| czasami| przy)",
            r"(?:utknal|utknelo|stanal|stanelo) (?:mu |jej )?w gardle",
        ],
        MEDICAL: [
            r"(?:stracil|stracila) przytomnosc",
            r"(?:zemdlal|zemdlala)",
            r"nie (?:odpowiada|reaguje)(?! na\b)",
            r"nie (?:moge|mozemy) (?:go|jej) obudzic",
            r"(?:bol|bole) w klatce piersiowej",
            r"(?:dzwon|zadzwon|wezwij|wezwac) (?:na )?(?:112|999|karetke|pogotowie)",
        ],
    },
    # Languages without an interface of their own (the emergency message is shown in English):
    # Czech, Danish, Swedish, Norwegian, Finnish and Catalan. Normalised like the others: accents
    # and rings stripped ("dusí" → "dusi", "få" → "fa", "kvävs" → "kvavs"), but æ and ø are letters.
    "cs": {
        SELF_HARM: [
            r"(?:chci|chce|chtel bych|chtela bych) (?:jen |uz |proste )?umrit", r"nechci (?:uz )?(?:dal )?zit", r"(?:zabit|zabiju|zabije) se",
            r"vzit si zivot", r"sebevra\w*", r"skoncit se (?:sebou|zivotem)", r"bylo by (?:vsem )?lepe beze me",
        ],
        BREATHING: [
            r"(?:nemuze|nemuzu|nemuzes|nemuzeme) (?:\w+ )?(?:dychat|popadnout dech|nadechnout)", r"nedycha",
            r"prestal[a]? dychat", r"lape po (?:dechu|vzduchu)", r"(?:modre|fialove) rty", r"rty (?:ma |jsou )?(?:modre|fialove)",
            r"zmodral[a]?", r"dusi se", r"se dusi",
        ],
        CHOKING: [
            r"zaskocil[oa]? (?:se )?(?:mu|ji|mi)", r"(?:uvizl[oa]?|zaseklo se|zasekl[oa]? se) (?:mu |ji |mi )?v krku",
            r"(?:nemuze|nemuzu) (?:to |jidlo )?vykaslat",
        ],
        MEDICAL: [
            r"(?:je )?v bezvedomi", r"ztratil[a]? vedomi", r"omdlel[a]?", r"nereaguje(?! na\b)",
            r"(?:zavolej|zavolejte|volejte|volat|volam) (?:zachranku|sanitku|155|112)", r"bolest (?:na|v) hrudi",
        ],
    },
    "da": {
        SELF_HARM: [
            r"(?:vil|ønsker at) (?:gerne )?dø", r"vil ikke leve (?:mere|længere)", r"orker ikke (?:at leve|mere)",
            r"tage mit (?:eget )?liv", r"tage livet af (?:mig|sig)", r"slå (?:mig|sig) selv ihjel", r"selvmord\w*",
            r"bedre (?:stillet )?uden mig",
        ],
        BREATHING: [
            r"(?:kan|kunne) (?:\w+ )?ikke (?:fa|trække) vejret", r"far (?:\w+ )?ikke (?:nok )?(?:luft|vejret)",
            r"trækker ikke vejret", r"holdt op med at trække vejret", r"gisper efter (?:luft|vejret)",
            r"bla(?:e)? læber", r"læberne er (?:blevet )?bla", r"(?:er ved at blive|bliver) kvalt", r"kvæles",
        ],
        CHOKING: [
            r"(?:har )?faet (?:noget|mad) galt i halsen", r"sidder fast i halsen", r"sat fast i halsen",
        ],
        MEDICAL: [
            r"bevidstløs", r"besvimet", r"reagerer ikke(?! pa\b)", r"ring (?:til |efter )?(?:112|alarmcentralen|en ambulance)",
            r"(?:brystsmerter|smerter i brystet)",
        ],
    },
    "sv": {
        SELF_HARM: [
            r"vill (?:bara )?do", r"vill inte leva (?:langre|mer)", r"ta mitt (?:eget )?liv", r"ta livet av (?:mig|sig)",
            r"sjalvmord\w*", r"bättre utan mig", r"battre utan mig",
        ],
        BREATHING: [
            r"(?:kan|kunde) (?:\w+ )?inte andas", r"far (?:\w+ )?inte (?:nagon )?luft", r"andas inte", r"(?:har )?slutat andas",
            r"kippar efter (?:luft|andan)", r"bla lappar", r"lapparna (?:ar )?bla", r"kvavs", r"haller pa att kvavas",
        ],
        CHOKING: [r"(?:har )?(?:satt|fastnat) (?:\w+ )?i halsen", r"satter i halsen"],
        MEDICAL: [
            r"medvetslos", r"(?:har )?svimmat", r"reagerar inte(?! pa\b)", r"ring (?:efter )?(?:112|en ambulans|ambulans)",
            r"brostsmart\w*", r"ont i brostet",
        ],
    },
    "nb": {
        SELF_HARM: [
            r"vil (?:bare )?dø", r"vil ikke leve (?:lenger|mer)", r"ta livet (?:mitt|av meg|av seg)", r"selvmord\w*",
            r"bedre uten meg",
        ],
        BREATHING: [
            r"(?:klarer|kan) (?:\w+ )?ikke (?:a )?puste", r"far (?:\w+ )?ikke (?:puste|luft)", r"puster ikke",
            r"(?:har )?sluttet a puste", r"gisper etter luft", r"bla lepper", r"leppene er bla", r"kveles",
            r"holder pa a kveles",
        ],
        CHOKING: [r"(?:har )?(?:satt|sitter) (?:seg )?fast i halsen"],
        MEDICAL: [
            r"bevisstløs", r"besvimt", r"reagerer ikke(?! pa\b)", r"ring (?:til )?(?:113|112|ambulanse)",
            r"brystsmerter", r"smerter i brystet",
        ],
    },
    "fi": {
        SELF_HARM: [
            r"haluan kuolla", r"en halua (?:enaa )?elaa", r"tappaa itseni", r"itsemurh\w*", r"paattaa elamani",
        ],
        BREATHING: [
            r"ei (?:\w+ )?saa henkea", r"en saa henkea", r"ei (?:pysty|voi) hengittamaan", r"ei voi hengittaa",
            r"ei hengita", r"lakkasi hengittamasta", r"haukkoo henkea", r"siniset huulet", r"huulet (?:ovat )?siniset",
            r"tukehtu\w*",
        ],
        CHOKING: [r"(?:jai|juuttui) (?:\w+ )?kurkkuun"],
        MEDICAL: [
            r"tajuton", r"menetti tajunsa", r"pyortyi", r"ei reagoi(?! \w+(?:an|en|on|un|yn|än|ön)\b)",
            r"soita(?:kaa)? (?:112|ambulanssi)", r"rintakipu\w*",
        ],
    },
    "ca": {
        SELF_HARM: [
            r"(?:vull|vol) morir", r"no vull (?:seguir )?viure", r"treure'm la vida", r"(?:matar-me|suicidar-me)",
            r"suicidi\w*", r"estarien (?:tots )?millor sense mi",
        ],
        BREATHING: [
            r"no (?:pot|puc|podem) respirar", r"no respira", r"ha deixat de respirar", r"li falta l'aire",
            r"(?:s'esta|esta) ofegant", r"s'ofega", r"(?:llavis|els llavis) (?:son |estan )?blaus", r"s'ha posat blau",
        ],
        CHOKING: [r"(?:encallat|travessat|enganxat) a la gola", r"s'ha ennuegat", r"s'ennuega"],
        MEDICAL: [
            r"(?:esta |ha quedat )?inconscient", r"s'ha desmaiat", r"no respon(?! a\b)", r"truca(?:u)? al 112",
            r"dolor al pit",
        ],
    },
    # Hungarian, Greek, Turkish, Romanian, Slovak, Slovenian, Croatian (also Bosnian and Serbian in
    # Latin letters), Bulgarian, Russian and Ukrainian: no interface either. Normalised the same way:
    # ő/ű → o/u, ș/ş → s, ț/ţ → t, Greek tonos and dialytika go and final ς folds to σ, Cyrillic й → и
    # and ї → і, but Turkish ı and Croatian đ are letters of their own (Turkish "I" folds to "i", so
    # ``I`` in a Turkish phrase stands for either). A choking verb followed by a frequency word or
    # "when drinking" is a care question here too.
    "hu": {
        SELF_HARM: [
            r"meg (?:akarok|akar|szeretnek|szeretne) halni", r"(?:szeretnek|akarok) meghalni",
            r"nem akarok (?:mar |tovabb )?elni", r"ongyilkos\w*", r"vegzek magammal", r"vegezni magammal",
            r"veget vetek az eletemnek", r"beveszem az osszes gyogyszert",
        ],
        BREATHING: [
            r"nem kap(?:ok)? (?:\w+ )?levegot", r"alig kap(?:ok)? levegot", r"nem tud(?:ok)? (?:\w+ )?(?:lelegezni|levegot venni)",
            r"nem lelegzik", r"abbahagyta a legzest", r"fulladozik", r"fulladok", r"(?:elkekult|kekul)",
            r"kek(?:ek)? (?:az )?ajka(?:i)?", r"ajka(?:i)? (?:\w+ )?kek(?:ek)?",
            r"(?:lelegeztetogep|gep) (?:riaszt|leallt|nem mukodik|sipol)", r"leallt a lelegeztetogep",
        ],
        CHOKING: [
            r"fuldoklik(?! (?:gyakran|neha|ivaskor|eveskor|ha|amikor|mindig)\b)",
            r"felrenyelt(?! (?:gyakran|neha|ivaskor|eveskor|ha|amikor|mindig)\b)",
            r"megakadt (?:\w+ )?a torkan", r"a torkan akadt", r"a torkaban (?:maradt|akadt)",
        ],
        MEDICAL: [
            r"eszmeletlen\w*", r"elvesztette az eszmeletet", r"elajult", r"nem reagal(?! \w+(?:ra|re)\b)",
            r"osszeesett", r"(?:hivd|hivja|hivjatok|hivjak|hivjon|hivok) (?:ki )?(?:a )?(?:mentot|mentoket|112|104)",
            r"faj a mellkas\w*",
        ],
    },
    "el": {
        SELF_HARM: [
            r"θελ(?:ω|ει) να πεθαν(?:ω|ει)", r"αυτοκτον\w*", r"να (?:βαλω|δωσω) τελοσ (?:στη|στην) ζωη μου",
            r"να τελειωσω τη ζωη μου", r"δεν θελω (?:πια |αλλο )?να ζω", r"να σκοτωσω τον εαυτο μου",
            r"θα (?:ηταν|ειναι) (?:ολοι )?καλυτερα χωρισ εμενα",
        ],
        BREATHING: [
            r"δεν μπορ(?:ω|ει|ουμε) να (?:αναπνευσ\w+|παρ\w+ ανασα)", r"δεν αναπνε(?:ει|ω)", r"σταματησε να αναπνεει",
            r"δυσκολευ(?:ομαι|εται) (?:πολυ )?να αναπνευσ\w+", r"δεν παιρν(?:ω|ει) ανασα", r"μελανιασ(?:ε|αν)",
            r"μελανιαζ(?:ει|ουν)", r"(?:μπλε|μελανα) χειλη", r"χειλη (?:του |τησ )?(?:ειναι |εγιναν )?(?:μπλε|μελανα)",
            r"(?:αναπνευστηρασ|μηχανημα) (?:σταματησε|δεν λειτουργει|χτυπαει)", r"ασφυκτι\w*",
        ],
        CHOKING: [
            r"πνιγ(?:εται|ομαι|ηκε)(?! (?:συχνα|καμια φορα|καποιεσ φορεσ|μερικεσ φορεσ|οταν|με τα υγρα|πινοντασ|τρωγοντασ)\b)",
            r"(?:κατσε|καθισε|σταθηκε|κολλησε) (?:\w+ )?στο λαιμο",
        ],
        MEDICAL: [
            r"αναισθητ(?:οσ|η)", r"λιποθυμ(?:ησε|ησα)", r"εχασε τισ αισθησεισ", r"δεν αντιδρα(?! σε\b| στ\w*)",
            r"καταρρευσε", r"(?:καλεστε|καλεσε|παρτε|παρε) (?:το )?(?:166|112|ασθενοφορο|εκαβ)", r"(?:εχω|εχει) (?:\w+ )?πονο\w* στο στηθοσ",
        ],
    },
    "tr": {
        SELF_HARM: [
            r"olmek ist(?:Iyorum|Iyor)", r"intihar\w*", r"kendimi oldur\w*", r"yasamak istem(?:Iyorum|Iyor)",
            r"canIma kIy\w*", r"hayatIma son ver\w*", r"ben olmasam daha Iy\w*",
        ],
        BREATHING: [
            r"nefes alam(?:Iyor|Iyorum|Iyoruz|Ad\w*)", r"nefes alm(?:Iyor|Ayor)", r"nefes almayI bIrakt\w*",
            r"nefes almakta (?:cok )?zorlan\w*", r"nefesi kesil\w*", r"dudaklarI (?:\w+ )?morar\w*", r"morard\w*", r"morarIyor",
            r"(?:solunum cihazI|ventilator|cihaz) (?:alarm (?:veriyor|caliyor)|durdu|calIsmIyor|otuyor)",
        ],
        CHOKING: [
            r"bogul(?:uyor|uyorum|du)(?! (?:sIk sIk|bazen|arada|icerken|yerken|her)\b)",
            r"bogaz(?:Ina|Inda|Ima|Imda) (?:\w+ )?(?:takIld\w*|kald\w*|tIkand\w*)", r"lokma (?:\w+ )?(?:takIld\w*|kald\w*)",
        ],
        MEDICAL: [
            r"bayIld\w*", r"bilinci (?:kapalI|yok|gitti)", r"kendinde degil", r"(?<!a )(?<!e )tepki vermiyor",
            r"yere yIgIld\w*", r"ambulans (?:cagIr|cagIrIn|cagIrdIm|cagIralIm)", r"112(?:'?y[iI])? ara\w*", r"gogs\w* agrIyor", r"gogs\w* agrI var",
        ],
    },
    "ro": {
        SELF_HARM: [
            r"vreau sa mor", r"vrea sa moara", r"(?:sa )?ma sinucid", r"sinucid\w*", r"(?:sa-mi|imi) iau viata",
            r"nu (?:mai )?vreau sa (?:mai )?traiesc", r"sa-mi pun capat zilelor", r"ar fi (?:toti )?mai bine fara mine",
            r"(?:sa )?ma omor",
        ],
        BREATHING: [
            r"nu (?:mai )?(?:pot|poate|putem) (?:sa )?respir\w*", r"nu (?:mai )?respira", r"a incetat sa (?:mai )?respire",
            r"respira (?:foarte |tot mai |din ce in ce mai )?greu", r"se sufoca", r"ma sufoc", r"s-a invinetit",
            r"se invineteste", r"buze(?:le)? (?:ii )?(?:sunt |s-au facut )?(?:vinete|albastre)",
            r"(?:ventilatorul|aparatul(?: de respirat)?) (?:s-a oprit|nu (?:mai )?functioneaza|suna|da alarma)",
        ],
        CHOKING: [
            r"(?:se|ma) ineaca(?! (?:des|adesea|uneori|cand|la baut|cu lichide|mereu)\b)", r"s-a inecat",
            r"(?:i-a|mi-a) ramas (?:\w+ )?in gat", r"s-a blocat (?:\w+ )?in gat", r"(?:i s-a|mi s-a) oprit (?:\w+ )?in gat",
        ],
        MEDICAL: [
            r"(?:e|este|a ramas|l-am gasit|am gasit-o) inconstient[a]?", r"a lesinat", r"si-a pierdut cunostinta",
            r"nu (?:mai )?raspunde(?! la\b)", r"nu reactioneaza(?! la\b)", r"s-a prabusit",
            r"(?:sunati|sun|suna) la (?:112|salvare)", r"(?:chemati|cheama|chem) (?:ambulanta|salvarea)", r"(?:am|are) (?:o )?durer(?:e|i) (?:\w+ )?(?:in|la) piept", r"(?:ma|il|o) doare pieptul",
        ],
    },
    "sk": {
        SELF_HARM: [
            r"(?:chcem|chce) (?:uz )?(?:len |proste )?zomriet", r"nechcem (?:uz )?(?:dalej )?zit", r"zabijem sa", r"zabit sa",
            r"vziat si zivot", r"samovrazd\w*", r"bez mna by (?:im |vsetkym )?bolo lepsie",
        ],
        BREATHING: [
            r"(?:nemoze|nemozem|nemozeme) (?:\w+ )?(?:dychat|lapat dych|nadychnut)", r"prestal[a]? dychat", r"lape po (?:dychu|vzduchu)",
            r"(?:modre|fialove) pery", r"pery (?:ma |su )?(?:modre|fialove)", r"zmodrel[a]?", r"dusi sa", r"sa dusi",
            r"ventilator (?:prestal fungovat|nefunguje|piska)",
        ],
        CHOKING: [
            r"zabehlo (?:sa )?(?:mu|jej|mi)", r"(?:zaseklo|uviazlo|zastalo) (?:sa )?(?:mu |jej |mi )?v (?:krku|hrdle)",
            r"(?:nemoze|nemozem) (?:to |jedlo )?vykaslat",
        ],
        MEDICAL: [
            r"(?:je )?v bezvedomi", r"stratil[a]? vedomie", r"odpadol(?! z\b| zo\b)", r"odpadla(?! z\b| zo\b)",
            r"nereaguje(?! na\b)", r"(?:zavolaj|zavolajte|volajte|volam) (?:zachranku|sanitku|155|112)", r"(?:mam|ma) (?:silnu )?bolest (?:na|v) hrudi",
        ],
    },
    "sl": {
        SELF_HARM: [
            r"(?:hocem|hoce|zelim|zeli) umreti", r"nocem (?:vec )?ziveti", r"ubil[a]? se bom", r"se ubiti",
            r"samomor\w*", r"vzeti si zivljenje", r"brez mene bi (?:jim |vsem )?bilo bolje",
        ],
        BREATHING: [
            r"ne (?:more|morem|moremo) (?:\w+ )?dihati", r"ne diha", r"(?:je )?nehal[a]? dihati", r"tezko diha",
            r"lovi sapo", r"ne dobi(?:m)? (?:\w+ )?zraka", r"pomodrel[a]?", r"modre ustnice", r"ustnice (?:so |ima )?modre",
            r"ventilator (?:ne dela|ne deluje|je prenehal|pis\w*|alarmira)",
        ],
        CHOKING: [
            r"zaletelo se (?:mu|ji|mi)", r"(?:obtical|zataknil|obstal)[oa]? (?:se )?(?:mu |ji |mi )?v grlu",
            r"(?:se )?(?:mu|ji) je zaletelo",
        ],
        MEDICAL: [
            r"nezavest(?:en|na)", r"izgubil[a]? zavest", r"omedlel[a]?", r"se ne odziva(?! na\b)", r"ne odziva se(?! na\b)",
            r"se je zgrudil[a]?", r"poklic(?:i|ite|em) (?:na )?(?:112|resilca|resilce)", r"(?:imam|ima) (?:\w+ )?bolecine v prsih", r"boli (?:me|ga|jo) v prsih",
        ],
    },
    "hr": {
        SELF_HARM: [
            r"(?:zelim|hocu|hoce|zeli) (?:da )?(?:umrijeti|umreti|umrem|umre)", r"ne zelim (?:vise )?(?:da )?(?:zivjeti|ziveti|zivim)",
            r"ubit cu se", r"ubicu se", r"ubiti se", r"samoub(?:ojstv|istv)\w*", r"oduzeti si zivot",
            r"bez mene bi (?:im |svima )?bilo bolje",
        ],
        BREATHING: [
            r"ne (?:moze|mogu|mozemo) (?:\w+ )?(?:da )?(?:disati|dise|disem|udahnuti)", r"ne dise", r"prestao je disati",
            r"prestala je disati", r"prestao da dise", r"prestala da dise", r"tesko dise", r"gusi se", r"se gusi",
            r"(?:fali|nedostaje) (?:mu |joj |mi )?(?:zraka|vazduha)", r"(?:pomodrio|pomodrila|poplavio|poplavila)",
            r"(?:plave|modre) usne", r"usne (?:su )?(?:mu |joj )?(?:plave|modre)", r"respirator (?:ne radi|se ugasio|pisti|zvoni)",
        ],
        CHOKING: [
            r"(?:se )?zagrcnu(?:o|la)(?: se)?", r"zapel[oa]? (?:mu |joj |mi )?(?:je )?u grlu",
            r"zaglavil[oa]? (?:se )?(?:mu |joj |mi )?u grlu", r"(?:mu|joj|mi) je zapel[oa]?",
        ],
        MEDICAL: [
            r"(?:je )?bez (?:svijesti|svesti)", r"izgubi(?:o|la) (?:je )?(?:svijest|svest)", r"onesvij?est(?:io|ila)",
            r"ne (?:reagira|reaguje)(?! na\b)", r"ne odaziva se", r"srusi(?:o|la) se", r"(?:zovi|zovite|pozovi|pozovite|zovem) (?:hitnu|112|194|hitnu pomoc)",
            r"(?:imam|ima) (?:\w+ )?bol u (?:prsima|grudima)", r"boli (?:me|ga|je) u (?:prsima|grudima)",
        ],
    },
    "bg": {
        SELF_HARM: [
            r"(?:искам|иска) да умр(?:а|е)", r"ще се самоубия", r"самоуби\w*", r"не искам (?:повече )?да живея",
            r"да сложа край на (?:живота си|всичко)", r"да се убия", r"ще се убия",
        ],
        BREATHING: [
            r"не (?:може|мога|можем) да диша\w*", r"не диша", r"спря да диша", r"диша (?:много |все по-)?трудно",
            r"задушава(?:м)? се", r"се задушава", r"посиня(?:ва)?", r"сини устни", r"устните (?:му |и )?(?:са )?(?:сини|посинели)",
            r"(?:апаратът|вентилаторът|апаратът за дишане) (?:спря|не работи|алармира|пищи)",
        ],
        CHOKING: [
            r"(?:се )?задави(?: се)?", r"(?:се )?дави(?: се)?(?! (?:често|понякога|когато|при пиене|с течности)\b)",
            r"заседна(?:ло|ла)? (?:му |и )?в гърлото",
        ],
        MEDICAL: [
            r"в безсъзнание", r"загуби съзнание", r"припадна", r"не реагира(?! на\b)", r"(?:рухна|се строполи)",
            r"(?:обадете се|звъннете|звънни|обади се) на 112", r"(?:викнете|извикайте|повикайте) (?:линеика|бърза помощ)",
            r"(?:имам|има) (?:\w+ )?болка в гърдите", r"боли (?:ме|го|я) в гърдите",
        ],
    },
    "ru": {
        SELF_HARM: [
            r"(?:хочу|хочет) умереть", r"поконч(?:ить|у|ит) с собои", r"(?:убить|убью) себя", r"суицид\w*", r"самоубииств\w*",
            r"не хочу (?:больше )?жить", r"всем будет лучше без меня",
        ],
        BREATHING: [
            r"не (?:может|могу|можем) дышать", r"не дышит", r"перестал[а]? дышать", r"задыха(?:ется|юсь)", r"(?:трудно|тяжело) дыш\w*",
            r"нечем дышать", r"посинел[аи]?", r"синеет", r"синие губы", r"губы (?:у него |у нее )?(?:синие|посинели)",
            r"(?:аппарат ивл|ивл|аппарат) (?:перестал работать|не работает|пищит|сигналит|отключился)",
        ],
        CHOKING: [
            r"подавил(?:ся|ась)", r"поперхнул(?:ся|ась)", r"дав(?:ится|люсь)(?! (?:часто|иногда|когда|при)\b)",
            r"застрял[оа]? (?:\w+ )?в горле",
        ],
        MEDICAL: [
            r"без сознания", r"потерял[а]? сознание", r"упал[а]? в обморок", r"в обмороке", r"не реагирует(?! на\b)",
            r"не приходит в себя", r"(?:вызовите|вызвать|вызываю|вызывайте) скорую", r"звоните (?:в )?(?:103|112)", r"(?:у меня|у него|у нее) (?:\w+ )?боль в груди", r"болит в груди",
        ],
    },
    "uk": {
        SELF_HARM: [
            r"(?:хочу|хоче) померти", r"накласти на себе руки", r"(?:вбити|вб'ю) себе", r"суіцид\w*", r"самогубств\w*",
            r"не хочу (?:більше )?жити", r"покінчити (?:з собою|з життям)",
        ],
        BREATHING: [
            r"не (?:може|можу|можемо) дихати", r"не дихає", r"перестав(?:ла)? дихати", r"задиха(?:ється|юся)",
            r"важко дих\w*", r"посинів|посиніла", r"сині губи", r"губи (?:в нього |у неі )?(?:сині|посиніли)",
            r"(?:апарат швл|апарат|вентилятор) (?:не працює|зупинився|пищить|сигналить)",
        ],
        CHOKING: [
            r"(?:подавився|подавилася|вдавився|вдавилася)", r"давиться(?! (?:часто|іноді|коли|при)\b)",
            r"застряг(?:ла|ло)? (?:\w+ )?в горлі",
        ],
        MEDICAL: [
            r"без свідомості", r"знепритомні(?:в|ла)", r"втрати(?:в|ла) свідомість", r"не реагує(?! на\b)",
            r"(?:викличте|викликати|викликаю) швидку", r"дзвоніть (?:на )?(?:103|112)", r"(?:у мене|в мене|у нього|в нього|у неі) (?:\w+ )?біль у грудях", r"болить у грудях",
        ],
    },
    # Estonian, Latvian and Lithuanian: no interface either; õ/ä/ö/ü, ā/ē/ī/ū/ķ/ļ/ņ/ģ and ą/ę/ė/į/ų lose their marks.
    "et": {
        SELF_HARM: [
            r"(?:tahan|tahab) (?:lihtsalt )?surra", r"ei taha (?:enam )?elada", r"enesetap\w*", r"tapan (?:end|enda|ennast) ara",
            r"votan endalt elu",
        ],
        BREATHING: [
            r"ei saa (?:\w+ )?hingata", r"ei hinga", r"lopetas hingamise", r"lambub", r"sinised huuled",
            r"huuled on (?:\w+ )?sinised", r"hingamisaparaat (?:ei toota|seiskus|piiksub|annab haire)",
        ],
        CHOKING: [r"jai (?:\w+ )?kurku(?: kinni)?", r"laks (?:\w+ )?valesse kurku"],
        MEDICAL: [
            r"teadvuseta", r"kaotas teadvuse", r"minestas", r"ei reageeri(?! \w+le\b)", r"kukkus kokku",
            r"helista(?:ge)? 112", r"kutsu(?:ge)? kiirabi", r"(?:mul|tal) on (?:\w+ )?valu rinnus",
        ],
    },
    "lv": {
        SELF_HARM: [
            r"(?:gribu|grib) (?:vienkarsi )?mirt", r"negribu (?:vairs )?dzivot", r"pasnavib\w*", r"nogalinasu sevi",
            r"atnemt sev dzivibu",
        ],
        BREATHING: [
            r"nevar (?:\w+ )?elpot", r"nevaru (?:\w+ )?elpot", r"neelpo", r"parstaja elpot", r"smok", r"zilas lupas",
            r"lupas (?:ir )?(?:\w+ )?zilas", r"(?:elposanas aparats|ventilators) (?:nestrada|apstajas|pikst)",
        ],
        CHOKING: [r"aizrijas(?! (?:biezi|dazreiz|kad|dzerot)\b)", r"iestrega (?:\w+ )?kakla"],
        MEDICAL: [
            r"bezsamana", r"zaudeja samanu", r"nogiba", r"nereage(?! uz\b)", r"zvaniet (?:uz )?(?:112|113)",
            r"izsauciet (?:atro palidzibu|ambulanci)", r"sap (?:\w+ )?kruskurvi",
        ],
    },
    "lt": {
        SELF_HARM: [
            r"(?:noriu|nori) (?:tiesiog )?mirti", r"(?:nebenoriu|nenoriu daugiau) gyventi", r"savizudyb\w*", r"nusizudy\w*",
            r"atimti sau gyvybe",
        ],
        BREATHING: [
            r"negali (?:\w+ )?kvepuoti", r"negaliu (?:\w+ )?kvepuoti", r"nekvepuoja", r"nustojo kvepuoti", r"dusta",
            r"melynos lupos", r"lupos (?:yra )?(?:\w+ )?melynos", r"pamelynavo", r"kvepavimo aparatas (?:neveikia|sustojo|pypsi)",
        ],
        CHOKING: [r"uzspringo", r"springsta(?! (?:daznai|kartais|kai|geriant)\b)", r"istrigo (?:\w+ )?gerkleje"],
        MEDICAL: [
            r"be samones", r"neteko samones", r"apalpo", r"nereaguoja(?! i\b)", r"skambinkite 112",
            r"kvieskite greitaja", r"skauda krutine",
        ],
    },
    # Vietnamese, its accents stripped as the message's are: "không thở được" (can't breathe), "bị hóc" (choking on
    # food), "nôn ra máu" (vomiting blood), "bất tỉnh" (unconscious). Never "từ từ" (slowly), which strips as "tự tử".
    "vi": {
        SELF_HARM: [r"(?:muon|dinh|sap) (?:tu tu|tu sat|chet)", r"khong (?:muon|con muon) song (?:nua|tiep)"],
        BREATHING: [r"khong (?:the )?tho (?:duoc|noi)", r"ngung tho", r"tho khong (?:duoc|noi)", r"moi (?:tim|tim tai)"],
        CHOKING: [r"bi (?:hoc|nghen)(?! (?:thuong xuyen|hay|khi)\b)"],
        MEDICAL: [r"non ra mau", r"bat tinh", r"ngat xiu", r"(?:dang|bi) co giat", r"goi cap cuu", r"khong tinh (?:day|lai)"],
    },
}

# Languages written in scripts whose words the patterns above cannot bound (Chinese and Japanese have no spaces;
# Arabic, Hebrew and Korean join particles and prefixes to words): literal phrases, normalised like the message
# and found anywhere in it. Only what reports a danger now ("I can't breathe", "he is choking"), never the
# names of symptoms a question about a treatment may use ("呼吸困难", breathing difficulty).
LITERAL_PHRASES: dict[str, dict[str, list[str]]] = {
    "ar": {
        SELF_HARM: ["أريد أن أموت", "اريد ان اموت", "أنتحر", "انتحر", "الانتحار", "أقتل نفسي", "اقتل نفسي",
                    "لا أريد أن أعيش", "لا اريد ان اعيش", "أنهي حياتي", "انهي حياتي"],
        BREATHING: ["لا أستطيع التنفس", "لا استطيع التنفس", "لا يستطيع التنفس", "لا تستطيع التنفس", "لا يتنفس",
                    "لا تتنفس", "توقف عن التنفس", "توقفت عن التنفس", "شفتاه زرقاوان", "شفتاها زرقاوان",
                    "جهاز التنفس توقف", "جهاز التنفس يصدر إنذار"],
        CHOKING: ["يختنق", "تختنق", "أختنق", "اختنق", "غص بالطعام", "شرق بالطعام"],
        MEDICAL: ["فقد الوعي", "فقدت الوعي", "فاقد الوعي", "اتصلوا بالإسعاف", "اتصل بالإسعاف", "ألم في الصدر"],
    },
    "he": {
        SELF_HARM: ["רוצה למות", "להתאבד", "לא רוצה לחיות", "לשים קץ לחיי", "להרוג את עצמי"],
        BREATHING: ["לא יכול לנשום", "לא יכולה לנשום", "לא מצליח לנשום", "לא מצליחה לנשום", "לא נושם",
                    "לא נושמת", "הפסיק לנשום", "הפסיקה לנשום", "שפתיים כחולות", "מכחיל", "מכחילה",
                    "מכונת ההנשמה מצפצפת"],
        CHOKING: ["נחנק", "נחנקת", "נחנקתי", "נתקע לו אוכל בגרון", "נתקע לה אוכל בגרון"],
        MEDICAL: ["איבד את ההכרה", "איבדה את ההכרה", "לא מגיב", "לא מגיבה", "כאב בחזה", "תזמינו אמבולנס",
                  "להזמין אמבולנס"],
    },
    "hi": {
        SELF_HARM: ["मरना चाहता हूँ", "मरना चाहती हूँ", "आत्महत्या", "खुद को मार", "जीना नहीं चाहता", "जीना नहीं चाहती"],
        BREATHING: ["सांस नहीं ले पा", "साँस नहीं ले पा", "सांस नहीं ले रहा", "सांस नहीं ले रही", "साँस नहीं ले रहा",
                    "साँस नहीं ले रही", "सांस रुक गई", "साँस रुक गई", "होंठ नीले"],
        CHOKING: ["गले में खाना फंस", "गले में खाना फँस", "दम घुट"],
        MEDICAL: ["बेहोश हो ग", "एम्बुलेंस बुलाओ", "सीने में दर्द"],
    },
    "zh": {
        SELF_HARM: ["想死", "自杀", "自殺", "不想活", "结束自己的生命", "結束自己的生命"],
        BREATHING: ["无法呼吸", "無法呼吸", "不能呼吸", "喘不过气", "喘不過氣", "呼吸不了", "停止呼吸", "没有呼吸",
                    "沒有呼吸", "嘴唇发紫", "嘴唇發紫", "呼吸机报警", "呼吸機報警", "呼吸机在报警", "呼吸機在報警"],
        CHOKING: ["噎住", "呛住", "嗆住", "卡在喉咙", "卡在喉嚨"],
        MEDICAL: ["昏迷", "失去知觉", "失去知覺", "叫救护车", "叫救護車", "胸口痛"],
    },
    "ja": {
        SELF_HARM: ["死にたい", "自殺", "生きていたくない", "自分を殺"],
        BREATHING: ["息ができない", "息が出来ない", "呼吸ができない", "息をしていない", "呼吸が止まっ", "唇が紫",
                    "人工呼吸器のアラーム", "息が苦しい"],
        CHOKING: ["喉に詰まら", "喉に詰まっ", "窒息"],
        MEDICAL: ["意識がない", "意識を失", "救急車を呼", "胸が痛い"],
    },
    "ko": {
        SELF_HARM: ["죽고 싶어", "죽고 싶다", "죽고 싶습니다", "자살", "살고 싶지 않"],
        BREATHING: ["숨을 쉴 수 없", "숨을 못 쉬", "숨을 안 쉬", "숨이 막혀", "호흡이 멈", "입술이 파랗"],
        CHOKING: ["목에 걸렸", "질식"],
        MEDICAL: ["의식이 없", "의식을 잃", "구급차", "가슴이 아파"],
    },
}

# Chinese negates right before the verb, with no space: "我不想死" is "I don't want to die".
CHINESE_NEGATIONS = {"zh": ("不", "没", "沒", "别", "別")}

# Words that, right before a phrase, turn it around: "I don't want to die".
NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"not", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "no"}),
    "es": frozenset({"no", "nunca", "jamas"}),
    "fr": frozenset({"pas", "jamais", "ne"}),
    "de": frozenset({"nicht", "nie", "niemals", "kein"}),
    "nl": frozenset({"niet", "nooit", "geen"}),
    "pt": frozenset({"nao", "nunca", "jamais"}),
    "it": frozenset({"non", "mai"}),
    "pl": frozenset({"nie", "nigdy"}),
    "cs": frozenset({"ne", "nikdy"}),
    "da": frozenset({"ikke", "aldrig"}),
    "sv": frozenset({"inte", "aldrig", "ej"}),
    "nb": frozenset({"ikke", "aldri"}),
    "fi": frozenset({"ei", "en", "et", "emme", "ette", "eivat", "koskaan"}),
    "ca": frozenset({"no", "mai"}),
    "hu": frozenset({"nem", "ne", "soha", "sosem", "sohasem"}),
    "el": frozenset({"δεν", "δε", "μην", "ποτε", "ουτε"}),
    "tr": frozenset({"asla"}),  # Turkish negates inside the verb: "ölmek istemiyorum"
    "ro": frozenset({"nu", "niciodata"}),
    "sk": frozenset({"ne", "nikdy"}),
    "sl": frozenset({"ne", "nikoli"}),
    "hr": frozenset({"ne", "nikad", "nikada"}),
    "bg": frozenset({"не", "никога"}),
    "ru": frozenset({"не", "никогда"}),
    "uk": frozenset({"не", "ніколи"}),
    "et": frozenset({"ei", "mitte", "kunagi"}),
    "lv": frozenset({"ne", "nekad"}),
    "lt": frozenset({"ne", "niekada"}),
}

# A clause with one of these, and none of PRESENT_MARKERS, tells an old story.
PAST_MARKERS: dict[str, list[str]] = {
    "en": [
        r"last (?:year|month|week|summer|winter|spring|autumn|christmas|time)",
        r"(?:\d+|a|one|two|three|four|five|six|few|several|many|some) (?:days|weeks|months|years|week|month|year) ago",
        r"a while ago", r"(?<!at )once", r"used to", r"back in", r"in (?:19|20)\d\d",
        # After a session that is over: 'he has already had one and fainted in the car afterwards'.
        r"afterwards", r"already had",
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
    "pl": [
        r"(?:w )?(?:zeszlym|ubieglym) (?:roku|miesiacu|tygodniu)",
        r"(?:\d+|dwa|trzy|kilka) (?:dni|tygodni|miesiecy|lat) temu", r"rok temu", r"w (?:19|20)\d\d",
    ],
    "cs": [r"(?:minuly|loni|lonsky) (?:rok|mesic|tyden)?", r"pred (?:rokem|mesicem|tydnem|lety|(?:\d+|dvema|tremi|par) (?:lety|mesici|dny|tydny))", r"jednou"],
    "da": [r"sidste (?:ar|maned|uge|sommer|vinter)", r"for (?:\d+|en|et|to|tre|nogle) (?:dage|uger|maneder|ar|uge|maned) siden", r"engang"],
    "sv": [r"(?:forra|i fjol)(?: aret| manaden| veckan)?", r"for (?:\d+|en|ett|tva|tre|nagra) (?:dagar|veckor|manader|ar|vecka|manad) sedan", r"en gang"],
    "nb": [r"i fjor", r"forrige (?:uke|maned|ar)", r"for (?:\d+|en|et|to|tre|noen) (?:dager|uker|maneder|ar|uke|maned) siden", r"en gang"],
    "fi": [r"viime (?:vuonna|kuussa|viikolla)", r"(?:\d+|vuosi|kuukausi|viikko) sitten", r"kerran"],
    "ca": [r"l'any passat", r"(?:el mes|la setmana) passad?a?", r"fa (?:\d+|un|una|dos|tres|uns|unes) (?:dies|setmanes|mesos|anys|any|mes)", r"una vegada"],
    "hu": [r"tavaly", r"mult (?:heten|honapban|evben)", r"(?:\d+|egy|ket|harom|par|nehany) (?:eve|evvel|honapja|honappal|hete|hettel|napja)", r"egyszer"],
    "el": [r"περσι", r"(?:τον )?περασμενο (?:μηνα|χρονο)", r"(?:την )?περασμενη εβδομαδα",
           r"πριν (?:απο )?(?:\d+|ενα|μια|δυο|τρια|τρεισ|λιγα|λιγεσ|μερικα|μερικεσ) (?:χρονια|χρονο|μηνεσ|μηνα|εβδομαδεσ|εβδομαδα|μερεσ|μερα)",
           r"μια φορα"],
    "tr": [r"gecen (?:yIl|sene|ay|hafta)", r"(?:\d+|bir|Iki|uc|birkac) (?:yIl|sene|ay|hafta|gun) once", r"bir (?:kez|kere|defa)"],
    "ro": [r"(?:anul|luna|saptamana) trecut[a]?", r"acum (?:\d+|un|o|doi|doua|trei|cateva|cativa) (?:ani|an|luni|luna|saptamani|saptamana|zile)", r"o data"],
    "sk": [r"vlani", r"minul(?:y|eho) (?:rok|roku|mesiac|tyzden)", r"pred (?:rokom|mesiacom|tyzdnom|(?:\d+|dvoma|troma|par) (?:rokmi|mesiacmi|dnami|tyzdnami))", r"kedysi"],
    "sl": [r"lani", r"lansko leto", r"prejsnji (?:teden|mesec)", r"pred (?:\d+|enim|dvema|tremi|nekaj) (?:leti|letom|meseci|mesecem|tedni|tednom|dnevi|dnem)", r"enkrat"],
    "hr": [r"prosl(?:e|i|og) (?:godine|tjedan|mjesec|mesec|nedelje|sedmice|tjedna|mjeseca)", r"prij?e (?:\d+|godinu|mjesec|mesec|dvije|dve|tri|nekoliko) (?:godina|godine|dana|tjedana|mjeseci|meseci|nedelja)", r"jednom"],
    "bg": [r"миналата (?:година|седмица)", r"миналия месец", r"преди (?:\d+|година|месец|две|три|няколко) (?:години|месеца|седмици|дни)?", r"веднъж"],
    "ru": [r"в прошлом (?:году|месяце)", r"на прошлои неделе", r"(?:\d+|два|две|три|пару|несколько) (?:лет|года|месяца|месяцев|недели|недель|днеи|дня) назад", r"(?:год|месяц|неделю) назад", r"однажды"],
    "uk": [r"минулого (?:року|місяця|тижня)", r"(?:\d+|два|дві|три|кілька) (?:роки|років|місяці|місяців|тижні|тижнів|днів|дні) тому", r"(?:рік|місяць|тиждень) тому", r"одного разу", r"колись"],
    "et": [r"eelmisel (?:aastal|kuul|nadalal)", r"(?:\d+|uks|kaks|kolm|paar|moni) (?:aastat|kuud|nadalat|paeva) tagasi", r"aasta tagasi", r"uks kord"],
    "lv": [r"pagajusaja (?:gada|menesi|nedela)", r"pirms (?:gada|menesa|nedelas)", r"pirms \d+ (?:gadiem|menesiem|dienam)", r"reiz"],
    "lt": [r"pernai", r"praeitais metais", r"pries (?:metus|menesi|savaite)", r"pries \d+ (?:metus|metu|menesius|dienas)", r"viena karta"],
    "vi": [r"nam ngoai", r"nam truoc", r"thang truoc", r"tuan truoc", r"\d+ (?:nam|thang|tuan) truoc", r"mot lan"],
}
PRESENT_MARKERS: dict[str, list[str]] = {
    "en": [r"now", r"right now", r"tonight", r"today", r"currently", r"at the moment", r"again", r"still"],
    "es": [r"ahora", r"ahora mismo", r"esta noche", r"hoy", r"otra vez", r"todavia"],
    "fr": [r"maintenant", r"ce soir", r"aujourd'hui", r"en ce moment", r"encore"],
    "de": [r"jetzt", r"gerade", r"heute", r"heute nacht", r"wieder", r"immer noch"],
    "nl": [r"nu", r"vannacht", r"vanavond", r"vandaag", r"weer", r"nog steeds"],
    "pt": [r"agora", r"hoje", r"esta noite", r"de novo", r"ainda"],
    "it": [r"adesso", r"ora", r"stasera", r"oggi", r"di nuovo", r"ancora"],
    "pl": [r"teraz", r"dzisiaj", r"dzis", r"wlasnie", r"znowu", r"nadal"],
    "cs": [r"ted", r"prave ted", r"dnes", r"zase", r"porad"],
    "da": [r"lige nu", r"i aften", r"i dag", r"igen", r"stadig"],
    "sv": [r"just nu", r"i kvall", r"i dag", r"idag", r"igen", r"fortfarande"],
    "nb": [r"akkurat na", r"i kveld", r"i dag", r"igjen", r"fortsatt"],
    "fi": [r"nyt", r"juuri nyt", r"tanaan", r"tana iltana", r"taas", r"yha"],
    "ca": [r"ara", r"ara mateix", r"aquesta nit", r"avui", r"un altre cop", r"encara"],
    "hu": [r"eppen most", r"most (?:is|megint|ujra|hirtelen)", r"jelenleg", r"ma este", r"ma ejjel", r"ujra", r"megint"],
    "el": [r"τωρα", r"αυτη τη στιγμη", r"σημερα", r"αποψε", r"παλι", r"ακομα", r"ακομη"],
    "tr": [r"simdi", r"su an(?:da)?", r"bu gece", r"bugun", r"yine", r"tekrar"],
    "ro": [r"acum(?! (?:\d+|un|o|doi|doua|trei|cateva|cativa) )", r"chiar acum", r"in seara asta", r"azi", r"astazi", r"din nou", r"inca"],
    "sk": [r"teraz", r"prave teraz", r"dnes", r"znova", r"stale"],
    "sl": [r"zdaj", r"sedaj", r"danes", r"spet", r"ravnokar"],
    "hr": [r"sada", r"upravo", r"danas", r"opet", r"i dalje", r"veceras"],
    "bg": [r"сега", r"в момента", r"днес", r"тази вечер", r"пак", r"отново"],
    "ru": [r"сеичас", r"прямо сеичас", r"сегодня", r"опять", r"снова", r"до сих пор"],
    "uk": [r"зараз", r"саме зараз", r"сьогодні", r"знову", r"досі"],
    "et": [r"praegu", r"nuud", r"tana", r"jalle", r"ikka veel"],
    "lv": [r"tagad", r"sodien", r"pasreiz", r"atkal"],
    "lt": [r"dabar", r"siandien", r"siuo metu", r"vel", r"vis dar"],
    "vi": [r"bay gio", r"hom nay", r"dang", r"lai", r"van con"],
}


# Signs of a body in trouble, each said of someone now. One alone is a care question ("he is a bit confused
# at night"); two different ones in one sentence ("since yesterday she hasn't passed urine, she is confused and very
# swollen"; "sudden terrible pain in his eye, he sees blurred and is vomiting") are a doctor now, whatever the
# words: kidneys failing, a glaucoma attack, a medicine's reaction. Not when the sentence asks about a risk ("can it
# cause vomiting and blurred vision?", "side effects").
SIGNS: dict[str, dict[str, list[str]]] = {
    "confused": {
        # Not puzzled by something ('confused about the claims', 'verwirrt von der Werbung').
        # (or not thinking straight, in the words a family uses: 'not making sense', 'non ragiona')
        "en": [r"confused(?! (?:about|by|with|as to|whether|which|what|how|why)\b)", r"disoriented", r"delirious",
               r"(?:not|isn't|is not) making (?:any )?sense", r"talking nonsense", r"not thinking straight"],
        "es": [r"(?:confundid[oa]|confus[oa])(?! (?:con|sobre|por|acerca)\b)", r"desorientad[oa]", r"delirando",
               r"no razona", r"dice cosas sin sentido"],
        "fr": [r"confuse?(?! (?:par|sur|quant|avec)\b)", r"desorientee?", r"delire", r"ne raisonne plus",
               r"dit n'importe quoi"],
        "de": [r"verwirrt(?! (?:von|uber|durch)\b)", r"desorientiert", r"redet wirr"],
        "nl": [r"verward(?! (?:door|over)\b)", r"in de war(?! (?:door|over)\b)", r"gedesorienteerd", r"praat wartaal"],
        "pt": [r"confus[oa](?! (?:com|sobre|por)\b)", r"desorientad[oa]", r"delirando", r"nao (?:raciocina|diz coisa com coisa)"],
        "it": [r"confus[oa](?! (?:da|su|sul|sulla|riguardo|con)\b)", r"disorientat[oa]", r"delira",
               r"non ragiona(?: piu)?", r"straparla"],
    },
    "swollen": {
        "en": [r"swollen", r"swelling up", r"puffed up"],
        "es": [r"hinchad[oa]s?"],
        "fr": [r"gonflee?s?", r"enflee?s?"],
        "de": [r"geschwollen", r"angeschwollen", r"aufgedunsen"],
        "nl": [r"opgezwollen", r"gezwollen", r"opgezet"],
        "pt": [r"inchad[oa]s?"],
        "it": [r"gonfi[oae]", r"gonfiat[oaie]"],
    },
    "vomiting": {
        "en": [r"vomiting", r"vomited", r"throwing up", r"threw up", r"(?:keeps|kept) being sick", r"is being sick"],
        "es": [r"vomitando", r"vomita", r"ha vomitado"],
        "fr": [r"vomit", r"a vomi", r"vomissait"],
        "de": [r"erbricht", r"erbrochen", r"(?:muss|musste) (?:sich )?(?:\w+ )?(?:ubergeben|erbrechen)", r"ubergibt sich"],
        "nl": [r"(?:moet|moest) (?:\w+ )?overgeven", r"geeft over", r"braakt", r"spuugt", r"heeft overgegeven"],
        "pt": [r"vomitando", r"vomita", r"vomitou"],
        "it": [r"vomita", r"vomitando", r"ha vomitato"],
    },
    "pain": {
        "en": [r"(?:severe|terrible|excruciating|agonising|agonizing|unbearable|awful|intense|sudden|crushing) pain",
               r"in agony"],
        "es": [r"dolor (?:muy )?(?:fuerte|intenso|horrible|terrible|insoportable)",
               r"(?:fuerte|intenso|horrible|terrible|insoportable) dolor"],
        "fr": [r"(?:douleur|mal) (?:tres )?(?:forte|intense|atroce|insupportable|terrible)",
               r"(?:forte|violente|terrible|atroce) douleur"],
        "de": [r"(?:starke|heftige|furchtbare|schreckliche|unertragliche|plotzliche)n? schmerzen"],
        "nl": [r"(?:hevige|erge|heftige|ondraaglijke|vreselijke) pijn"],
        "pt": [r"dor (?:muito )?(?:forte|intensa|insuportavel|terrivel)", r"(?:forte|intensa|terrivel) dor"],
        "it": [r"dolore (?:molto )?(?:forte|intenso|atroce|insopportabile)", r"(?:forte|intenso|atroce|fortissimo) dolore",
               r"dolori (?:fortissimi|atroci)"],
    },
    "vision": {
        "en": [r"(?:blurred|blurry|double) vision", r"vision (?:is |has gone |went )?(?:blurred|blurry)",
               r"(?:sees|seeing) (?:everything )?(?:blurred|blurry|double)", r"CANT see (?:properly|clearly)"],
        "es": [r"ve (?:todo )?(?:borroso|doble)", r"vision borrosa", r"vista borrosa"],
        "fr": [r"vision (?:floue|trouble)", r"voit (?:tout )?(?:flou|trouble|double)", r"vue (?:floue|trouble)"],
        "de": [r"sieht (?:alles )?(?:verschwommen|doppelt|unscharf)", r"verschwommen sehen", r"verschwommene sicht"],
        "nl": [r"ziet (?:alles )?(?:wazig|dubbel)", r"wazig (?:zien|zicht)"],
        "pt": [r"visao (?:turva|embacada)", r"ve (?:tudo )?(?:turvo|embacado|dobrado)"],
        "it": [r"vista (?:offuscata|annebbiata|sfocata|appannata)", r"vede (?:tutto )?(?:sfocato|doppio|annebbiato)"],
    },
    "urine": {
        "en": [r"(?:hasn't|has not|hasnt|not|hadn't|hasn't been able to|can't|cannot) (?:peed|pee|urinated|urinate|passed (?:any )?urine|passed water|weed)",
               r"no urine", r"not peeing"],
        "es": [r"sin orinar", r"no (?:ha )?orina(?:do)?", r"no puede orinar", r"no hace pis"],
        "fr": [r"n'a (?:pas |plus )?urine", r"n'urine (?:plus|pas)", r"sans uriner", r"ne fait plus pipi"],
        "de": [r"(?:kein(?:en)?|nicht mehr) (?:urin|wasser gelassen|uriniert|gepinkelt)", r"kann nicht (?:mehr )?(?:urinieren|pinkeln)"],
        "nl": [r"(?:niet|geen) (?:meer )?(?:geplast|urine)", r"plast niet", r"kan niet (?:meer )?plassen"],
        "pt": [r"sem urinar", r"nao (?:urina|urinou|faz xixi|fez xixi|consegue urinar)"],
        "it": [r"non (?:urina|ha urinato|fa pipi|riesce a urinare)", r"senza urinare"],
    },
    "heart": {
        "en": [r"heart (?:is )?(?:racing|pounding|beating (?:very |really )?(?:fast|irregularly|all over the place))",
               r"heart(?:beat)? (?:is |feels )?(?:very |really )?irregular"],
        "es": [r"corazon (?:le |me )?late (?:muy |muy muy )?(?:rapido|deprisa|fuerte|irregular)", r"taquicardia"],
        "fr": [r"c(?:oe|œ)ur (?:qui )?bat (?:tres |trop )?(?:vite|fort|irregulierement|la chamade)"],
        "de": [r"herz (?:rast|schlagt (?:sehr |ganz )?(?:schnell|unregelmassig))", r"herzrasen"],
        "nl": [r"hart (?:klopt|gaat) (?:heel |erg |zo )?(?:snel|onregelmatig|tekeer)", r"hartkloppingen"],
        "pt": [r"coracao (?:esta )?(?:muito )?(?:acelerado|disparado)", r"coracao bate (?:muito )?(?:rapido|depressa|forte)"],
        "it": [r"cuore (?:gli |le |mi )?batte (?:fortissimo|molto (?:forte|veloce)|velocissimo|all'impazzata)",
               r"tachicardia"],
    },
    # A fever, any fever, said of someone now: with a second sign ('a fever and her arm red and swollen after the
    # injections', 'breathless with a fever') an infection spreading.
    "fever": {
        "en": [r"high (?:fever|temperature)", r"(?:fever|temperature) of (?:39|40|41)",
               r"(?:has|have|'s got|'ve got|is running|running|with) (?:a )?(?:slight |mild |bit of a )?(?:fever|temperature)",
               r"feverish"],
        "es": [r"fiebre (?:muy )?alta", r"fiebre de (?:39|40|41)", r"(?:tiene|tengo|con|le ha subido la) fiebre", r"febril"],
        "fr": [r"(?:forte|grosse) fievre", r"fievre (?:a|de) (?:39|40|41)", r"(?:a|ai|avec) (?:de la |une |un peu de )?fievre",
               r"fievreuse?"],
        "de": [r"hohes fieber", r"hohem fieber", r"fieber (?:von )?(?:39|40|41)", r"(?:hat|habe|mit) (?:etwas |leichtes )?fieber",
               r"fiebrig"],
        "nl": [r"hoge koorts", r"koorts van (?:39|40|41)", r"(?:heeft|heb|met) (?:wat |een beetje )?koorts", r"koortsig"],
        "pt": [r"febre (?:muito )?alta", r"febre de (?:39|40|41)", r"(?:tem|tenho|esta com|com) febre", r"febril"],
        "it": [r"febbre (?:molto )?alta", r"febbre a (?:39|40|41)", r"(?:ha|ho|con) (?:la |un po' di )?febbre",
               r"febbricitante"],
    },
    # Short of breath, said of someone now. Alone a care question for someone with MND (breathing weakens); beside a
    # second sign a chest infection or worse.
    "breathing": {
        "en": [r"short of breath", r"breathless", r"breathing (?:badly|poorly|fast|heavily|with difficulty|funny|strangely|"
               r"oddly|weird(?:ly)?|noisily)",
               r"struggling for breath"],
        "es": [r"respira (?:mal|con dificultad)", r"le (?:cuesta|falta el aire)", r"sin aliento", r"ahogandose"],
        "fr": [r"respire (?:mal|difficilement|avec difficulte)", r"essouffle(?:e)?", r"(?:a |et )?du mal a respirer"],
        "de": [r"atmet (?:schlecht|schwer|muhsam)", r"kurzatmig", r"schlecht luft"],
        "nl": [r"ademt (?:slecht|moeilijk|zwaar)", r"kortademig", r"benauwd"],
        "pt": [r"respira (?:mal|com dificuldade)", r"falta de ar", r"ofegante"],
        "it": [r"respira (?:male|a fatica|con difficolta)", r"(?:ha )?(?:il )?fiato corto", r"affannat[oa]"],
    },
    # A blow to the head now ('fell in the bathroom, hit her head'): with a second sign (not answering, breathing oddly,
    # being sick) a head injury that needs an ambulance.
    "head": {
        "en": [r"(?:hit|banged|bashed|cracked|knocked) (?:POSS |the back of POSS )?head"],
        "es": [r"(?:se )?(?:golpeo|ha golpeado|dio un golpe en) (?:en )?la cabeza"],
        "fr": [r"(?:s'est )?cogne(?:e)? la tete", r"(?:s'est )?tape(?:e)? la tete"],
        "de": [r"(?:den )?kopf (?:angeschlagen|gestossen|aufgeschlagen)"],
        "nl": [r"(?:zijn|haar|het) hoofd (?:gestoten|geraakt)"],
        "pt": [r"bateu (?:com )?a cabeca"],
        "it": [r"(?:ha )?battuto la testa"],
    },
    # Someone not answering the person beside them, said without a subject ('hit her head, not answering me').
    "unanswering": {
        "en": [r"not answering (?:me|us)(?! (?:on|by|over) (?:the )?(?:phone|text|email|whatsapp)\b)",
               r"(?:won't|will not) answer (?:me|us)"],
        "es": [r"no (?:me |nos )?responde(?! (?:al|el|los|a los) (?:telefono|movil|mensajes?|correos?)\b)"],
        "fr": [r"ne (?:me |nous )?repond (?:plus|pas)(?! (?:au|a mes|aux) (?:telephone|messages?)\b)"],
        "de": [r"antwortet (?:mir |uns )?nicht(?: mehr)?(?! (?:am|auf) (?:telefon|handy|nachrichten)\b)"],
        "nl": [r"reageert niet(?: meer)?", r"geeft geen antwoord"],
        "pt": [r"nao (?:me |nos )?responde(?! (?:ao|as) (?:telefone|mensagens)\b)"],
        "it": [r"non (?:mi |ci )?risponde(?! (?:al|ai) (?:telefono|messaggi)\b)"],
    },
    # Skin or eyes gone yellow: the liver (a medicine's harm among other causes).
    "yellow": {
        "en": [r"jaundiced", r"(?:skin|eyes|whites of (?:his|her|their) eyes) (?:are |is |have |has )?(?:gone |turned |going |look |looks )?yellow",
               r"(?:he|she|he's|she's|dad|mum) (?:is |looks |has )?(?:gone |turned |going )?(?:very |all )?yellow"],
        "es": [r"(?:esta|se ha puesto|se puso|se esta poniendo) (?:muy |todo |toda )?amarill[oa]", r"ictericia"],
        "fr": [r"(?:est|devenu|devenue|a le teint) (?:tout |toute |tres )?jaune", r"jaunisse"],
        "de": [r"(?:ist|wird|wurde) (?:ganz )?gelb", r"gelbsucht", r"gelbe (?:augen|haut)"],
        "nl": [r"(?:is|ziet|wordt|werd) (?:helemaal )?geel", r"geelzucht", r"gele (?:ogen|huid)"],
        "pt": [r"(?:esta|ficou|ficando) (?:todo |toda |muito )?amarel[oa]", r"ictericia"],
        "it": [r"(?:e|diventat[oa]) (?:tutt[oa] )?giall[oa]", r"itterizia", r"itteric[oa]"],
    },
}
# A sentence asking whether something can cause those signs asks about a risk, not about someone now.
RISK_QUESTION = re.compile(
    r"\b(?:cause[sd]?|causing|side[ -]effects?|effets? (?:secondaires|indesirables)|nebenwirkung\w*|bijwerking\w*"
    r"|efectos? (?:secundarios|adversos)|effetti? (?:collaterali|indesiderati)|efeitos? (?:colaterais|secundarios)"
    r"|provoca\w*|provoqu\w*|causa\w*|verursach\w*|veroorzaak\w*|risks?|risque|riesgos?|risico|rischio|risco)\b")
SENTENCE_BREAK = re.compile(r"[.!?\n\u00bf\u00a1]")


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
            if out == "\u0142":  # Polish ł has no accent to strip
                out = "l"
            elif out == "\u0111":  # nor Vietnamese đ ('được')
                out = "d"
            elif out in APOSTROPHES:
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
    ] + [
        (language, kind, re.compile("|".join(re.escape(normalise(phrase)[0]) for phrase in phrases)))
        for language, kinds in LITERAL_PHRASES.items()
        for kind, phrases in kinds.items()
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
    if language in CHINESE_NEGATIONS:  # no spaces: "我不想死", I don't want to die
        return before.endswith(CHINESE_NEGATIONS[language])
    negations = NEGATIONS.get(language, frozenset())
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
    return found or _signs_together(text, normalised, source)


@lru_cache(maxsize=1)
def _sign_matchers() -> list[tuple[str, str, re.Pattern[str]]]:
    return [(sign, language, _alternation(patterns, language))
            for sign, languages in SIGNS.items() for language, patterns in languages.items()]


def _signs_together(text: str, normalised: str, source: list[int]) -> Urgency | None:
    """Two different signs of a body in trouble in one sentence, said of someone now (see SIGNS)."""
    past, present = _markers()
    start = 0
    for end in [m.start() for m in SENTENCE_BREAK.finditer(normalised)] + [len(normalised)]:
        sentence = normalised[start:end]
        offset, start = start, end + 1
        if not sentence.strip() or RISK_QUESTION.search(sentence) or (past.search(sentence) and not present.search(sentence)):
            continue
        seen: dict[str, tuple[int, int]] = {}
        languages: list[str] = []  # the languages whose words say each sign ('vomita' is Spanish and Italian)
        for sign, language, matcher in _sign_matchers():
            for match in matcher.finditer(sentence):
                if not _negated(sentence[: match.start()], match.group(), language):
                    seen.setdefault(sign, (match.start(), match.end()))
                    languages.append(language)
                    break
        if len(seen) >= 2:
            first = min(at for at, _ in seen.values())
            last = max(end for _, end in seen.values())
            language = max(dict.fromkeys(languages), key=languages.count)
            return Urgency(MEDICAL, language, text[source[offset + first] : source[offset + last - 1] + 1])
    return None
