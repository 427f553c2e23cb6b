"""Urgent-message detection: a table per language, the borderline decisions, and pattern safety."""

from __future__ import annotations

import re
import re._parser as sre_parse  # the stdlib's own regex parser, to inspect pattern structure

import pytest

from statement_qa.urgent import (
    LITERAL_PHRASES,
    PAST_MARKERS,
    PHRASES,
    PRESENT_MARKERS,
    Urgency,
    _expand,
    _markers,
    _matchers,
    detect_urgency,
    normalise,
)

# (id, message, kind, language)
URGENT = [
    # A high fever with new confusion, and a collapse with 'just' between (FICTIONAL products), in the interface languages
    ("en-fever-confused", "My wife has a high fever and is confused after the Quorvane infusion.", "medical", "en"),
    ("en-suddenly-confused", "He is suddenly very confused since this morning", "medical", "en"),
    ("de-fieber-verwirrt", "Meine Frau hat hohes Fieber und ist verwirrt.", "medical", "de"),
    ("de-gerade-umgekippt", "Sein Herz rast und er ist gerade umgekippt.", "medical", "de"),
    # Fainted just now, said with 'just' as each language says it (FICTIONAL product).
    ("fr-vient-de-s-evanouir", "Mon mari prend de la tarvoline, il vient de s'évanouir.", "medical", "fr"),
    ("es-acaba-de-desmayarse", "Mi padre se acaba de desmayar en el salón.", "medical", "es"),
    ("pt-acabou-de-desmaiar", "O meu pai acabou de desmaiar na sala.", "medical", "pt"),
    ("it-appena-svenuto", "Mio marito è appena svenuto in cucina.", "medical", "it"),
    ("nl-koorts-verward", "Mijn man heeft hoge koorts en is ineens verward na de behandeling.", "medical", "nl"),
    ("fr-fievre-confus", "Mon père a une forte fièvre et il est confus.", "medical", "fr"),
    ("es-fiebre-confundida", "Mi mujer tiene fiebre alta y está confundida.", "medical", "es"),
    ("pt-febre-confusa", "A minha mulher tem febre alta e está confusa.", "medical", "pt"),
    ("it-febbre-confusa", "Mia moglie ha la febbre alta ed è confusa.", "medical", "it"),
    # About to faint, and confusion with a fever a few words apart
    ("en-about-to-faint", "He is about to faint after the injection", "medical", "en"),
    ("en-swallowed-all-tablets", "My wife has swallowed all her tablets. What do I do", "self_harm", "en"),
    ("en-doesnt-want-to-go-on", "He says he doesn't want to go on.", "self_harm", "en"),
    ("en-whole-bottle-of-capsules", "dad swallowed a whole bottle of Velnix Forte capsules 😱", "self_harm", "en"),
    ("en-took-whole-box", "Mum took the entire box of her sleeping tablets", "self_harm", "en"),
    ("en-doesnt-want-to-wake-up", "he keeps saying he doesnt want to wake up anymore", "self_harm", "en"),
    ("en-fever-of-40-confused", "Now she has a fever of 40, she is shivering and confused", "medical", "en"),
    ("it-sta-per-svenire", "Mio marito ha il cuore a mille e sta per svenire", "medical", "it"),
    ("es-confuso-fiebre", "Ahora mismo está muy confuso y con fiebre alta", "medical", "es"),
    ("nl-gaat-flauwvallen", "Mijn vrouw gaat flauwvallen", "medical", "nl"),
    ("pt-vai-desmaiar", "A minha mãe vai desmaiar", "medical", "pt"),
    # English: self-harm in plain words
    ("en-want-to-die", "I want to die", "self_harm", "en"),
    ("en-end-it-all", "I just want to end it all", "self_harm", "en"),
    ("en-going-to-end-it-tonight", "i cant do this anymore. im going to end it tonight", "self_harm", "en"),
    ("en-will-end-it", "I will end it. Goodbye", "self_harm", "en"),
    # Yellow skin or eyes now: a medicine may be harming the liver
    ("en-eyes-gone-yellow", "his eyes have gone yellow and he is being sick", "medical", "en"),
    ("en-looks-jaundiced", "Mum looks jaundiced since she started the capsules", "medical", "en"),
    ("it-pelle-occhi-gialli", "Mio marito ha la pelle e gli occhi gialli e vomita", "medical", "it"),
    # Fictional: a severe skin reaction or a swelling throat after a medicine, in the words a relative uses.
    ("en-blisters-over-body", "Since yesterday my dad has blisters all over his body and a high fever", "medical", "en"),
    ("en-throat-swelling", "Her throat is swelling up after the first dose", "medical", "en"),
    ("es-ampollas-cuerpo", "Mi padre tiene ampollas por todo el cuerpo y fiebre desde anoche", "medical", "es"),
    ("fr-cloques-corps", "Ma mère a des cloques sur tout le corps depuis ce matin", "medical", "fr"),
    ("de-blasen-koerper", "Mein Mann hat Blasen am ganzen Körper und hohes Fieber", "medical", "de"),
    ("nl-blaren-lichaam", "Mijn vader heeft blaren over zijn hele lichaam", "medical", "nl"),
    ("pt-bolhas-corpo", "O meu pai tem bolhas por todo o corpo e febre", "medical", "pt"),
    ("it-vesciche-corpo", "Mia madre ha vesciche su tutto il corpo e la febbre alta", "medical", "it"),
    # The verb before what swells (Dutch and German verb-second, Romance inversion), and too breathless to speak.
    ("nl-toen-zwol-zijn-tong-op", "Na de eerste capsule zwol zijn tong op", "medical", "nl"),
    ("de-dann-schwoll-seine-zunge-an", "Eine Stunde nach der Tablette schwoll seine Zunge an", "medical", "de"),
    ("es-se-me-hincha-la-lengua", "Desde la inyección se me hincha la lengua", "medical", "es"),
    ("it-si-gonfia-la-gola", "Dopo la pastiglia gli si gonfia la gola", "medical", "it"),
    ("pt-incha-lhe-a-garganta", "Depois do xarope incha-lhe a garganta", "medical", "pt"),
    ("fr-levres-et-langue-gonflent", "Depuis la piqûre, ses lèvres et sa langue gonflent", "medical", "fr"),
    ("en-swollen-lips-and-tongue", "Dad woke up with a swollen tongue after the new tablet", "medical", "en"),
    ("nl-krijgt-hij-geen-lucht", "Sinds vanochtend krijgt hij bijna geen lucht", "breathing", "nl"),
    ("en-too-breathless-to-talk", "My wife is too short of breath to talk properly", "breathing", "en"),
    ("it-respiro-cortissimo", "Mia madre ha il respiro cortissimo stasera", "breathing", "it"),
    # Pills gathered, said of someone else; and the verb last in a Dutch or German subordinate clause.
    ("en-stockpiled-his-tablets", "My brother has been stockpiling his tablets and won't say why", "self_harm", "en"),
    ("nl-pillen-verzameld", "Mijn zus heeft pillen verzameld en zegt dat het zo niet verder kan", "self_harm", "nl"),
    ("nl-dat-hij-niet-meer-wil-leven", "Mijn broer zegt dat hij niet meer wil leven", "self_harm", "nl"),
    ("de-dass-er-nicht-mehr-leben-will", "Mein Vater sagt, dass er nicht mehr leben will", "self_harm", "de"),
    ("de-tabletten-gesammelt", "Ich glaube, meine Mutter hat Tabletten gesammelt", "self_harm", "de"),
    ("es-ha-juntado-pastillas", "Mi hermano ha juntado pastillas en un cajón", "self_harm", "es"),
    ("it-ha-messo-da-parte", "Mio marito ha messo da parte le sue pastiglie", "self_harm", "it"),
    ("es-piel-amarilla", "Tiene la piel amarilla desde ayer", "medical", "es"),
    ("fr-yeux-jaunes", "Ses yeux sont jaunes depuis ce matin", "medical", "fr"),
    ("de-gelbe-augen", "Er hat gelbe Augen und Bauchschmerzen", "medical", "de"),
    ("nl-gele-huid", "Hij heeft een gele huid sinds gisteren", "medical", "nl"),
    ("pt-pele-amarela", "A pele dele está amarela", "medical", "pt"),
    ("en-dont-live-anymore", "I don't want to live anymore", "self_harm", "en"),
    ("en-dont-live-no-apostrophe", "i dont want to live any more", "self_harm", "en"),
    ("en-curly-apostrophe", "I don’t want to live anymore.", "self_harm", "en"),
    ("en-take-all-pills", "I'm going to take all my pills tonight", "self_harm", "en"),
    ("en-pills-then-them", "I can't cope any more. His tablets are on the table and I'm going to take them all at once.",
     "self_harm", "en"),
    ("en-pills-at-hand-stop", "I can't do this any more. I've got all his tablets in front of me and I want it to stop.",
     "self_harm", "en"),
    ("fr-douleur-poitrine-pere", "Mon père a une forte douleur dans la poitrine depuis la perfusion.", "medical", "fr"),
    ("it-febbre-non-ragiona", "Mia madre ha la febbre alta, trema e non ragiona dopo le capsule.", "medical", "it"),
    ("en-pills-then-them-myself", "I've got all her meds here in front of me and I want to swallow them myself.",
     "self_harm", "en"),
    ("en-better-off-without-me", "Honestly they would all be better off without me now", "self_harm", "en"),
    ("en-stockpiling", "He has been stockpiling his tablets, I found them", "self_harm", "en"),
    ("es-mejor-sin-mi", "Creo que mi familia estaría mejor sin mí", "self_harm", "es"),
    ("fr-mieux-sans-moi", "Ils seraient tous mieux sans moi, je le sais", "self_harm", "fr"),
    ("de-besser-dran", "Meine Kinder wären ohne mich besser dran", "self_harm", "de"),
    ("nl-beter-af", "Mijn gezin is beter af zonder mij", "self_harm", "nl"),
    ("it-meglio-senza", "Starebbero tutti meglio senza di me", "self_harm", "it"),
    ("pt-melhor-sem-mim", "Eles ficariam melhor sem mim", "self_harm", "pt"),
    ("pl-lepiej-beze-mnie", "Wszystkim byłoby lepiej beze mnie", "self_harm", "pl"),
    ("pt-engasgou-se", "O meu pai engasgou-se com pão e não consegue tossir", "choking", "pt"),
    ("pt-a-ficar-sem-ar", "A minha mãe está a ficar sem ar", "breathing", "pt"),
    ("en-kill-myself", "sometimes I think I should kill myself", "self_harm", "en"),
    ("en-no-point", "there's no point going on", "self_harm", "en"),
    ("en-better-off-dead", "I'd be better off dead", "self_harm", "en"),
    ("en-think-dying", "I think he is dying", "medical", "en"),
    ("en-suicidal", "I've been feeling suicidal since the diagnosis", "self_harm", "en"),
    ("en-not-be-here", "I don't want to be here anymore. Is there news on the trial?", "self_harm", "en"),
    ("en-how-to-end-it", "lately I keep thinking about how to end it", "self_harm", "en"),
    ("de-seit-einer-stunde", "Meine Frau kriegt seit zwei Stunden schlecht Luft", "breathing", "de"),
    # Languages without an interface of their own: still routed (the message is shown in English).
    ("cs-nemuze-dychat", "Můj táta nemůže dýchat, co mám dělat?", "breathing", "cs"),
    ("cs-zaskocilo", "Zaskočilo mu maso a nemůže to vykašlat", "choking", "cs"),
    ("cs-chci-umrit", "Už chci jen umřít, nemá to cenu", "self_harm", "cs"),
    ("cs-bezvedomi", "Manželka je v bezvědomí", "medical", "cs"),
    ("da-far-ikke-luft", "Min mand får næsten ikke luft lige nu", "breathing", "da"),
    ("da-galt-i-halsen", "Han har fået mad galt i halsen og hoster ikke", "choking", "da"),
    ("da-vil-ikke-leve", "Jeg vil ikke leve længere med den her sygdom", "self_harm", "da"),
    ("sv-kan-inte-andas", "Mamma kan plötsligt inte andas", "breathing", "sv"),
    ("sv-fastnat", "Det har fastnat något i halsen på honom", "choking", "sv"),
    ("sv-ta-mitt-liv", "Jag tänker ta mitt liv", "self_harm", "sv"),
    ("nb-klarer-ikke-puste", "Faren min klarer ikke å puste", "breathing", "nb"),
    ("nb-bevisstlos", "Hun ligger bevisstløs på gulvet", "medical", "nb"),
    ("fi-ei-saa-henkea", "Isä ei saa henkeä, mitä teen?", "breathing", "fi"),
    ("fi-haluan-kuolla", "Haluan kuolla", "self_harm", "fi"),
    ("ca-no-pot-respirar", "La meva mare no pot respirar", "breathing", "ca"),
    ("ca-ennuegat", "El meu pare s'ha ennuegat amb el pa", "choking", "ca"),
    ("ca-no-vull-viure", "Ja no vull viure així", "self_harm", "ca"),
    ("en-third-person-wants-to-die", "My dad says he wants to die", "self_harm", "en"),
    ("en-end-my-life", "how do I end my life", "self_harm", "en"),
    ("en-past-self-harm-still-counts", "Last year I tried to kill myself, now I'm asking about tofersen",
     "self_harm", "en"),
    # English: breathing
    ("en-cant-breathe", "I can't breathe", "breathing", "en"),
    ("en-cant-breathe-no-apostrophe", "i cant breathe", "breathing", "en"),
    ("en-husband-cant-breathe", "My husband can't breathe properly", "breathing", "en"),
    ("en-struggling", "he's really struggling to breathe tonight", "breathing", "en"),
    ("en-short-of-breath-at-rest", "I'm short of breath at rest", "breathing", "en"),
    ("en-breathing-getting-worse", "his breathing is getting worse", "breathing", "en"),
    ("en-breathing-getting-worse-terse", "breathing getting worse, what do we do", "breathing", "en"),
    ("en-turning-blue", "he's turning blue", "breathing", "en"),
    ("en-lips-blue", "her lips are blue", "breathing", "en"),
    ("en-stopped-breathing", "I think she has stopped breathing", "breathing", "en"),
    ("en-ventilator-stopped", "the ventilator stopped and alarm is going", "breathing", "en"),
    ("en-caps", "CANNOT BREATHE", "breathing", "en"),
    # English: choking
    ("en-she-is-choking", "she is choking", "choking", "en"),
    ("en-husband-choking-blue", "My husband is choking and turning blue, what do I do?", "choking", "en"),
    ("en-im-choking", "im choking", "choking", "en"),
    ("en-food-stuck", "food stuck in his throat", "choking", "en"),
    ("en-cant-swallow-choking", "he can't swallow and is choking", "choking", "en"),
    ("en-choking-alone", "Choking!!", "choking", "en"),
    ("en-hypothetical-choking", "what do I do if he is choking?", "choking", "en"),
    # English: medical
    ("en-chest-pain", "I have chest pain", "medical", "en"),
    ("en-unconscious", "My wife is unconscious", "medical", "en"),
    ("en-collapsed", "He collapsed in the kitchen", "medical", "en"),
    ("en-fainted-afterwards-now", "he fainted afterwards and now he is not responding", "medical", "en"),
    ("en-not-answering-after-a-fall", "my husband fell in the bathroom hes not answering me please help", "medical", "en"),
    ("en-breathing-sounds-weird", "his breathing sounds weird and he is very pale", "breathing", "en"),
    ("en-not-responding", "mum is not responding", "medical", "en"),
    ("en-seizure", "he is having a seizure", "medical", "en"),
    ("en-ambulance", "should I call an ambulance", "medical", "en"),
    # Spanish
    ("es-no-puedo-respirar", "No puedo respirar", "breathing", "es"),
    ("es-me-quiero-morir", "me quiero morir", "self_harm", "es"),
    ("es-acabar-con-todo", "quiero acabar con todo", "self_harm", "es"),
    ("es-ya-no-quiero-vivir", "ya no quiero vivir", "self_harm", "es"),
    ("es-quitarme-la-vida", "He pensado en quitarme la vida", "self_harm", "es"),
    ("es-se-esta-ahogando", "mi madre se está ahogando", "breathing", "es"),
    ("es-azul", "mi marido se está poniendo azul", "breathing", "es"),
    ("es-atragantando", "se está atragantando con la comida", "choking", "es"),
    ("es-dolor-pecho", "tengo dolor en el pecho", "medical", "es"),
    ("es-inconsciente", "mi padre está inconsciente", "medical", "es"),
    ("es-dejo-de-respirar", "dejó de respirar hace un momento", "breathing", "es"),
    ("es-no-responde", "no responde, ¿qué hago?", "medical", "es"),
    # French
    ("fr-arrive-plus-respirer", "je n'arrive plus à respirer", "breathing", "fr"),
    ("fr-arrive-plus-respirer-curly", "Je n’arrive plus à respirer", "breathing", "fr"),
    ("fr-veux-mourir", "je veux mourir", "self_harm", "fr"),
    ("fr-en-finir", "j'ai envie d'en finir", "self_harm", "fr"),
    ("fr-mettre-fin", "je pense à mettre fin à mes jours", "self_harm", "fr"),
    ("fr-suicide", "je pense au suicide", "self_harm", "fr"),
    ("fr-devient-bleu", "il devient bleu", "breathing", "fr"),
    ("fr-etouffe", "mon mari s'étouffe", "choking", "fr"),
    ("fr-inconscient", "elle est inconsciente", "medical", "fr"),
    ("fr-douleur-poitrine", "j'ai une douleur à la poitrine", "medical", "fr"),
    # German
    ("de-keine-luft", "Ich bekomme keine Luft", "breathing", "de"),
    ("de-krieg-keine-luft", "er kriegt keine Luft mehr", "breathing", "de"),
    ("de-nicht-mehr-leben", "ich will nicht mehr leben", "self_harm", "de"),
    ("de-umbringen", "Ich will mich umbringen", "self_harm", "de"),
    ("de-moechte-sterben", "ich möchte sterben", "self_harm", "de"),
    ("de-wird-blau", "Er wird blau im Gesicht", "breathing", "de"),
    ("de-verschluckt", "Sie hat sich verschluckt und hustet nicht mehr", "choking", "de"),
    ("de-bewusstlos", "Mein Mann ist bewusstlos", "medical", "de"),
    ("de-brustschmerzen", "Ich habe starke Brustschmerzen", "medical", "de"),
    ("de-atemnot", "Ich weiß nicht weiter. Ich habe Atemnot und Angst", "breathing", "de"),
    ("de-aufgehoert", "Er hat aufgehört zu atmen", "breathing", "de"),
    # Dutch
    ("nl-geen-lucht", "ik krijg geen lucht", "breathing", "nl"),
    ("nl-wil-dood", "ik wil dood", "self_harm", "nl"),
    ("nl-niet-meer-leven", "Ik wil niet meer leven", "self_harm", "nl"),
    ("nl-zelfmoord", "ik denk aan zelfmoord", "self_harm", "nl"),
    ("nl-wordt-blauw", "hij wordt blauw", "breathing", "nl"),
    ("nl-verslikt", "mijn vrouw verslikt zich en stikt bijna", "choking", "nl"),
    ("nl-bewusteloos", "mijn vader is bewusteloos", "medical", "nl"),
    ("nl-pijn-op-de-borst", "ik heb pijn op de borst", "medical", "nl"),
    # Portuguese
    ("pt-nao-consigo-respirar", "não consigo respirar", "breathing", "pt"),
    ("pt-quero-morrer", "quero morrer", "self_harm", "pt"),
    ("pt-nao-quero-viver", "Não quero mais viver", "self_harm", "pt"),
    ("pt-me-matar", "vou me matar", "self_harm", "pt"),
    ("pt-falta-de-ar", "estou com falta de ar", "breathing", "pt"),
    ("pt-ficando-roxo", "ele está ficando roxo", "breathing", "pt"),
    ("pt-engasgado", "meu marido está engasgado", "choking", "pt"),
    ("pt-desmaiou", "ela desmaiou", "medical", "pt"),
    ("pt-dor-no-peito", "tenho dor no peito", "medical", "pt"),
    # Italian
    ("it-non-riesco-respirare", "non riesco a respirare", "breathing", "it"),
    ("it-voglio-morire", "voglio morire", "self_harm", "it"),
    ("it-farla-finita", "voglio farla finita", "self_harm", "it"),
    ("it-non-voglio-piu-vivere", "Non voglio più vivere", "self_harm", "it"),
    ("it-sta-soffocando", "sta soffocando", "breathing", "it"),
    ("it-labbra-blu", "ha le labbra blu, le labbra sono blu", "breathing", "it"),
    ("it-strozzando", "mio padre si sta strozzando", "choking", "it"),
    ("it-svenuto", "è svenuto", "medical", "it"),
    ("it-dolore-petto", "ho un forte dolore al petto", "medical", "it"),
    ("it-non-risponde", "mia madre non risponde", "medical", "it"),
    ("it-smesso-respirare", "ha smesso di respirare", "breathing", "it"),
    ("pt-parou", "ele parou de respirar", "breathing", "pt"),
    # German: colloquial chat phrasings
    ("de-kriege-keine-luft-mehr", "ich kriege keine Luft mehr", "breathing", "de"),
    ("de-kaum-noch-luft", "er bekommt kaum noch Luft", "breathing", "de"),
    ("nl-nu-geen-lucht", "Mijn moeder krijgt nu geen lucht meer", "breathing", "nl"),
    ("nl-opeens-niet-ademen", "hij kan opeens niet meer ademen", "breathing", "nl"),
    ("pl-nie-moze-oddychac", "Moja mama nie może oddychać", "breathing", "pl"),
    ("pl-sie-dusi", "Tata się dusi, co robić?", "breathing", "pl"),
    ("pl-zakrztusil", "Ojciec zakrztusił się jedzeniem", "choking", "pl"),
    ("pl-chce-umrzec", "Chcę umrzeć", "self_harm", "pl"),
    ("pl-nie-chce-zyc", "Nie chcę już żyć", "self_harm", "pl"),
    ("pl-przytomnosc", "Mama straciła przytomność", "medical", "pl"),
    ("de-gerade-keine-luft", "Mein Vater bekommt gerade keine Luft mehr, was soll ich tun?", "breathing", "de"),
    ("de-ploetzlich-nicht-atmen", "Sie kann plötzlich nicht mehr atmen", "breathing", "de"),
    ("de-atmet-jetzt-kaum", "Er atmet jetzt kaum noch", "breathing", "de"),
    ("de-atmet-nicht-mehr", "sie atmet nicht mehr", "breathing", "de"),
    ("de-laeuft-blau-an", "er läuft blau an", "breathing", "de"),
    ("de-laeuft-blau-an-ae", "Er laeuft blau an!!", "breathing", "de"),
    ("de-lippen-blau", "seine Lippen sind blau", "breathing", "de"),
    ("de-lippen-werden-ganz-blau", "ihre lippen werden ganz blau", "breathing", "de"),
    ("de-verschluckt-kann-nicht-atmen", "er verschluckt sich und kann nicht atmen", "choking", "de"),
    ("de-will-nicht-mehr", "ich will nicht mehr.", "self_harm", "de"),
    ("de-leben-nehmen", "ich will mir das Leben nehmen", "self_harm", "de"),
    ("de-bring-mich-um", "ich bring mich um", "self_harm", "de"),
    ("de-halte-nicht-aus-sterben", "ich halte das nicht mehr aus und will sterben", "self_harm", "de"),
    ("de-notfall-bewusstlos", "Notfall, er ist bewusstlos", "medical", "de"),
    ("de-kann-kaum-atmen", "ich kann kaum atmen", "breathing", "de"),
    ("de-japst", "mein Vater japst nach Luft", "breathing", "de"),
    ("de-wacht-nicht-auf", "er wacht nicht mehr auf", "medical", "de"),
    ("de-fleisch-im-hals", "ein Stück Fleisch steckt ihm im Hals", "choking", "de"),
    ("de-tabletten-jetzt", "ich nehm jetzt alle tabletten", "self_harm", "de"),
    ("de-brust-tut-weh", "mir tut die Brust so weh", "medical", "de"),
    ("de-beatmung-ausgefallen", "das Beatmungsgerät ist ausgefallen", "breathing", "de"),
    # Portuguese (pt-PT and pt-BR), with and without accents
    ("pt-nao-consigo-sem-acento", "nao consigo respirar", "breathing", "pt"),
    ("pt-nao-esta-respirando", "ele não está respirando", "breathing", "pt"),
    ("pt-nao-ta-respirando", "ele nao ta respirando!!", "breathing", "pt"),
    ("pt-ficando-roxa", "ela está ficando roxa", "breathing", "pt"),
    ("pt-labios-dele-roxos", "os lábios dele estão roxos", "breathing", "pt"),
    ("pt-labios-dela-azuis", "os labios dela estao azuis", "breathing", "pt"),
    ("pt-esta-engasgado", "está engasgado", "choking", "pt"),
    ("pt-ta-engasgando", "socorro ele ta engasgando", "choking", "pt"),
    ("pt-quero-me-matar", "quero me matar", "self_harm", "pt"),
    ("pt-quer-se-matar", "meu filho disse que quer se matar", "self_harm", "pt"),
    ("pt-todos-comprimidos", "vou tomar todos os comprimidos", "self_harm", "pt"),
    ("pt-vontade-de-viver", "perdi a vontade de viver", "self_harm", "pt"),
    ("pt-desmaiou-nao-acorda", "desmaiou e não acorda", "medical", "pt"),
    ("pt-caiu-nao-acorda", "ele caiu e nao acorda", "medical", "pt"),
    ("pt-to-com-falta-de-ar", "to com muita falta de ar", "breathing", "pt"),
    ("pt-entalado", "tem um pedaço de carne entalado na garganta", "choking", "pt"),
    ("pt-samu", "liguem pro samu", "medical", "pt"),
    ("pt-mal-consegue", "ele mal consegue respirar", "breathing", "pt"),
    # Dutch
    ("nl-eind-aan-maken", "ik wil er een eind aan maken", "self_harm", "nl"),
    ("nl-niet-meer-zijn", "ik wil er niet meer zijn", "self_harm", "nl"),
    ("nl-bijna-geen-lucht", "ik krijg bijna geen lucht", "breathing", "nl"),
    ("nl-heeft-het-benauwd", "ze heeft het erg benauwd", "breathing", "nl"),
    ("nl-loopt-blauw-aan", "hij loopt blauw aan", "breathing", "nl"),
    ("nl-vlees-in-keel", "er zit een stuk vlees vast in zijn keel", "choking", "nl"),
    ("nl-niet-wakker", "hij wordt niet wakker", "medical", "nl"),
    ("nl-snakt-naar-adem", "mijn man snakt naar adem", "breathing", "nl"),
    # Italian
    ("it-mi-voglio-ammazzare", "mi voglio ammazzare", "self_harm", "it"),
    ("it-voglia-di-vivere", "non ho più voglia di vivere", "self_harm", "it"),
    ("it-fatica-respirare", "fa fatica a respirare", "breathing", "it"),
    ("it-diventato-blu", "è diventato blu", "breathing", "it"),
    ("it-labbra-viola", "le labbra stanno diventando viola", "breathing", "it"),
    ("it-non-si-sveglia", "non si sveglia", "medical", "it"),
    ("it-boccone-in-gola", "ha un boccone bloccato in gola", "choking", "it"),
    ("it-chiamate-ambulanza", "chiamate l ambulanza", "medical", "it"),
    # French
    ("fr-veux-plus-vivre", "j'veux plus vivre", "self_harm", "fr"),
    ("fr-foutre-en-lair", "je vais me foutre en l air", "self_harm", "fr"),
    ("fr-arrive-pas-respirer", "j'arrive pas a respirer", "breathing", "fr"),
    ("fr-beaucoup-de-mal", "il a beaucoup de mal a respirer", "breathing", "fr"),
    ("fr-tout-bleu", "il est tout bleu", "breathing", "fr"),
    ("fr-setouffe-no-apostrophe", "il s etouffe", "choking", "fr"),
    ("fr-dans-les-pommes", "il est tombé dans les pommes", "medical", "fr"),
    ("fr-repond-plus", "il repond plus", "medical", "fr"),
    # Spanish
    ("es-se-quiere-matar", "mi hijo se quiere matar", "self_harm", "es"),
    ("es-ganas-de-vivir", "no tengo ganas de vivir", "self_harm", "es"),
    ("es-casi-no-puedo", "casi no puedo respirar", "breathing", "es"),
    ("es-no-le-entra-aire", "no le entra el aire", "breathing", "es"),
    ("es-se-puso-morado", "se puso morado", "breathing", "es"),
    ("es-no-se-despierta", "no se despierta", "medical", "es"),
    ("es-duele-pecho", "me duele mucho el pecho", "medical", "es"),
    ("es-llamen-112", "llamen al 112", "medical", "es"),
    # The thought asked as a question, and how someone breathes now (fictional phrasings).
    ("en-no-point-going-on", "honestly i can't see the point in going on since the diagnosis", "self_harm", "en"),
    ("en-whats-the-point-living", "what is the point of living like this", "self_harm", "en"),
    ("en-thinking-ending-things", "he says he's been thinking about ending things", "self_harm", "en"),
    ("en-breathing-very-badly", "my wife is breathing very badly tonight", "breathing", "en"),
    ("en-barely-breathing", "dad is barely breathing", "breathing", "en"),
    ("de-atmet-seit-nacht", "Meine Mutter atmet seit gestern Abend ganz schlecht", "breathing", "de"),
    ("nl-ademt-sinds-vannacht", "mijn broer ademt sinds vannacht erg moeizaam", "breathing", "nl"),
    ("it-respira-a-fatica", "mia madre respira a fatica da stamattina", "breathing", "it"),
    ("pt-respira-com-dificuldade", "a minha mãe respira com muita dificuldade", "breathing", "pt"),
    # Hungarian, Greek, Turkish, Romanian, Slovak, Slovenian, Croatian, Bulgarian, Russian, Ukrainian
    ("hu-nem-kap-levegot", "Anyám nem kap levegőt, és a lélegeztetőgép riaszt", "breathing", "hu"),
    ("hu-gep-riaszt", "A lélegeztetőgép riaszt, mit csináljak?", "breathing", "hu"),
    ("hu-meg-akarok-halni", "Már csak meg akarok halni", "self_harm", "hu"),
    ("hu-megakadt-torkan", "A férjem félrenyelt, megakadt egy falat a torkán", "choking", "hu"),
    ("hu-eszmeletlen", "Apám eszméletlen, hívjátok a mentőt!", "medical", "hu"),
    ("hu-osszeesett", "Összeesett a konyhában", "medical", "hu"),
    ("el-pnigetai", "Ο άντρας μου πνίγεται και δεν μπορεί να βήξει", "choking", "el"),
    ("el-den-borei-anapnefsei", "Ο πατέρας μου δεν μπορεί να αναπνεύσει", "breathing", "el"),
    ("el-melaniase", "ΤΑ ΧΕΊΛΗ ΤΟΥ ΕΊΝΑΙ ΜΠΛΕ", "breathing", "el"),
    ("el-thelo-na-pethano", "Θέλω να πεθάνω", "self_harm", "el"),
    ("el-lipothymise", "Η μητέρα μου λιποθύμησε, καλέστε το 166", "medical", "el"),
    ("tr-nefes-alamiyor", "Annem nefes alamıyor, dudakları morardı", "breathing", "tr"),
    ("tr-nefes-alamiyor-caps", "BABAM NEFES ALAMIYOR", "breathing", "tr"),
    ("tr-olmek-istiyorum", "Artık ölmek istiyorum", "self_harm", "tr"),
    ("tr-bogazina-takildi", "Babamın boğazına lokma takıldı", "choking", "tr"),
    ("tr-bayildi", "Eşim bayıldı, 112'yi arayın", "medical", "tr"),
    ("ro-s-a-inecat", "Tatăl meu s-a înecat cu mâncare și nu mai respiră bine", "choking", "ro"),
    ("ro-s-a-inecat-cedilla", "Tatăl meu s-a înecat cu mâncare şi nu mai respiră bine", "choking", "ro"),
    ("ro-nu-poate-respira", "Mama nu poate să respire", "breathing", "ro"),
    ("ro-vreau-sa-mor", "Vreau să mor", "self_harm", "ro"),
    ("ro-inconstient", "Soțul meu e inconștient, sunați la 112!", "medical", "ro"),
    ("sk-nemoze-dychat", "Môj otec nemôže dýchať", "breathing", "sk"),
    ("sk-zabehlo", "Zabehlo mu jedlo a nemôže to vykašlať", "choking", "sk"),
    ("sk-chcem-zomriet", "Chcem už len zomrieť", "self_harm", "sk"),
    ("sk-stratila-vedomie", "Mama stratila vedomie, volám záchranku", "medical", "sk"),
    ("sl-ne-more-dihati", "Moj mož ne more dihati", "breathing", "sl"),
    ("sl-v-grlu", "Hrana mu je obtičala v grlu", "choking", "sl"),
    ("sl-hocem-umreti", "Hočem umreti", "self_harm", "sl"),
    ("sl-nezavesten", "Oče je nezavesten, pokličite 112", "medical", "sl"),
    ("hr-ne-moze-disati", "Moja majka ne može disati", "breathing", "hr"),
    ("sr-ne-moze-da-dise", "Otac ne može da diše, usne su mu plave", "breathing", "hr"),
    ("hr-zagrcnuo", "Tata se zagrcnuo hranom", "choking", "hr"),
    ("hr-zelim-umrijeti", "Želim umrijeti", "self_harm", "hr"),
    ("hr-bez-svijesti", "Muž je bez svijesti, zovite hitnu", "medical", "hr"),
    ("bg-ne-moje-da-disha", "Баща ми не може да диша", "breathing", "bg"),
    ("bg-zadavi", "Майка ми се задави с храна", "choking", "bg"),
    ("bg-iskam-da-umra", "Искам да умра", "self_harm", "bg"),
    ("bg-bezsaznanie", "Съпругът ми е в безсъзнание, обадете се на 112", "medical", "bg"),
    ("ru-ne-mozhet-dyshat", "Мой муж не может дышать", "breathing", "ru"),
    ("ru-podavilsya", "Папа подавился, кусок застрял в горле", "choking", "ru"),
    ("ru-khochu-umeret", "Хочу умереть", "self_harm", "ru"),
    ("ru-pokonchit", "Я думаю покончить с собой", "self_harm", "ru"),
    ("ru-bez-soznaniya", "Мама без сознания, вызовите скорую", "medical", "ru"),
    ("uk-ne-mozhe-dykhaty", "Мій чоловік не може дихати", "breathing", "uk"),
    ("uk-vdavyvsya", "Тато вдавився, шматок застряг в горлі", "choking", "uk"),
    ("uk-khochu-pomerty", "Хочу померти", "self_harm", "uk"),
    ("uk-bez-svidomosti", "Мама без свідомості, викличте швидку", "medical", "uk"),
    # Estonian, Latvian, Lithuanian
    ("et-ei-saa-hingata", "Mu isa ei saa hingata", "breathing", "et"),
    ("et-jai-kurku", "Tal jäi toit kurku kinni", "choking", "et"),
    ("et-tahan-surra", "Ma tahan surra", "self_harm", "et"),
    ("et-teadvuseta", "Ema on teadvuseta, kutsuge kiirabi", "medical", "et"),
    ("lv-nevar-elpot", "Mans tēvs nevar elpot", "breathing", "lv"),
    ("lv-aizrijas", "Mamma aizrījās ar ēdienu", "choking", "lv"),
    ("lv-gribu-mirt", "Es gribu mirt", "self_harm", "lv"),
    ("lv-bezsamana", "Vīrs ir bezsamaņā, zvaniet 112", "medical", "lv"),
    ("lt-negali-kvepuoti", "Mano tėtis negali kvėpuoti", "breathing", "lt"),
    ("lt-uzspringo", "Vyras užspringo maistu", "choking", "lt"),
    ("lt-noriu-mirti", "Noriu mirti", "self_harm", "lt"),
    ("lt-be-samones", "Mama be sąmonės, kvieskite greitąją", "medical", "lt"),
    # Vietnamese, its accents and đ folded: "không thở được", "bị hóc", "nôn ra máu", "muốn tự tử".
    ("vi-khong-tho-duoc", "Mẹ tôi không thở được, phải làm sao?", "breathing", "vi"),
    ("vi-bi-hoc", "Bố tôi đang bị hóc, phải làm sao?", "choking", "vi"),
    ("vi-non-ra-mau", "Bố tôi uống thuốc xong bị nôn ra máu", "medical", "vi"),
    ("vi-muon-tu-tu", "Tôi muốn tự tử", "self_harm", "vi"),
    # Text-speak: not waking, the g dropped; a blow to the head with a second sign.
    ("en-not-wakin-up", "dad took his pills nd now hes not wakin up pls help", "medical", "en"),
    ("en-hit-head-not-answering", "mum fell, hit her head, not answering me", "medical", "en"),
    # Scripts without word spaces or with joined particles: literal phrases.
    ("ar-la-tastati", "أمي لا تستطيع التنفس، ماذا أفعل؟", "breathing", "ar"),
    ("ar-yakhtaniq", "زوجي يختنق بالطعام الآن", "choking", "ar"),
    ("ar-amut", "أريد أن أموت", "self_harm", "ar"),
    ("he-lo-nosem", "אבא שלי לא נושם, מה לעשות?", "breathing", "he"),
    ("he-nehnak", "בעלי נחנק עכשיו", "choking", "he"),
    ("hi-saans", "मेरे पिता सांस नहीं ले पा रहे हैं", "breathing", "hi"),
    ("hi-atmahatya", "मैं आत्महत्या करना चाहता हूँ", "self_harm", "hi"),
    ("zh-wufa-huxi", "我爸爸无法呼吸，怎么办？", "breathing", "zh"),
    ("zh-xiang-si", "我想死", "self_harm", "zh"),
    ("zh-yezhu", "他吃饭时噎住了", "choking", "zh"),
    ("ja-iki", "父が息ができない、どうしよう", "breathing", "ja"),
    ("ja-shinitai", "もう死にたい", "self_harm", "ja"),
    ("ko-sum", "아버지가 숨을 쉴 수 없어요", "breathing", "ko"),
    ("ko-jukgo", "죽고 싶어요", "self_harm", "ko"),
]

# (id, message) — questions about research, regulation and risk, or old stories.
NOT_URGENT = [
    ("en-wake-up-early", "He doesn't want to wake up early for the clinic, can we go later?"),
    ("en-bought-whole-box", "We bought a whole box of the capsules online, is that a month's supply?"),
    ("en-whole-bottle-a-month", "Is a whole bottle of Velnix a month too much for him?"),
    # Fever and confusion asked about as risks, or confusion about something
    ("en-fever-confusion-risk", "Can the infusion cause fever and confusion?"),
    ("en-confused-about-trial", "I'm confused about the trial and the fever question"),
    ("de-fieber-nebenwirkung", "Ist Fieber eine Nebenwirkung?"),
    ("en-make-me-faint", "Will the drug make me faint?"),
    ("en-go-on-the-trial", "She doesn't want to go on the trial any longer than she has to"),
    ("en-carry-on-with-drug", "My husband doesn't want to carry on with riluzole"),
    ("en-taken-all-tablets-today", "Mum has taken all her tablets today, can she have a tea?"),
    ("en-fever-makes-confused", "Does having a fever make you confused?"),
    # Ending something else, or someone else ending it; a yellow capsule; jaundice as a risk asked about
    ("en-end-it-with-neurologist", "I'm going to end it with my neurologist and switch clinics"),
    ("en-they-end-it", "Are they going to end it early?"),
    ("en-jaundice-risk", "Is jaundice a side effect of velmistat?"),
    ("en-blistering-risk", "Is a blistering rash a side effect of velmistat?"),
    ("en-swollen-glands", "Does it give you swollen glands in the throat?"),
    ("nl-zwelling-als-bijwerking", "Kan de tong opzwellen als bijwerking van het middel?"),
    ("it-fiato-corto-scale", "Ho il fiato corto quando salgo le scale: è normale con la SLA?"),
    ("en-skin-peel-risk", "Can the skin peel off with this drug?"),
    ("en-collect-prescription", "Where do I collect my tablets from the pharmacy?"),
    ("nl-bewaart-pillen", "Hij bewaart zijn pillen in de koelkast"),
    ("de-blasen-risk", "Kann das Mittel Blasen auf der Haut machen?"),
    ("en-yellow-capsule", "The capsule is yellow, is that the right one?"),
    ("it-capsula-gialla", "La capsula è gialla, è normale?"),
    ("pt-capsula-amarela", "A cápsula está amarela, é normal?"),
    ("zh-bu-xiang-si", "我不想死，有没有新药？"),
    ("zh-huxi-yao", "这个药对呼吸有帮助吗？"),
    ("ja-kokyu-kusuri", "この薬は呼吸に効きますか"),
    ("ko-jukgo-anh", "죽고 싶지 않아요. 새로운 약이 있나요?"),
    ("ar-dawa", "هل هذا الدواء مفيد لمرضى التصلب الجانبي؟"),
    ("he-trufa", "האם התרופה עוזרת לנשימה?"),
    ("en-emergency-use", "Is the emergency use authorisation of tofersen good?"),
    ("en-tablets-away", "I put my tablets away after breakfast, is that fine for the trial drug?"),
    ("en-better-off-with", "Would we be better off with the tablet or the infusion?"),
    ("pl-krztusi-czesto", "Mój mąż krztusi się często przy piciu, czy zagęstnik pomoże?"),
    ("pl-nie-chce-umrzec", "Nie chcę umrzeć na ALS, czy jest jakiś lek?"),
    ("pl-lek-dostepny", "Czy Velastrin jest dostępny w Polsce?"),
    ("de-luft-studie", "Wie viel Luft bekommt man bei der Atemstudie?"),
    ("en-emergency-access", "Is there an emergency access programme for this drug?"),
    ("en-swallowing-trial", "what did the swallowing trial find?"),
    ("en-fvc", "breathing function (FVC) results of the trial"),
    ("en-breathing-muscles", "does it help breathing muscles?"),
    ("en-respiratory", "What were the respiratory outcomes?"),
    ("en-niv-life", "does NIV extend life?"),
    ("en-life-expectancy", "life expectancy with ALS"),
    ("en-dying-out", "is the drug dying out"),
    ("en-die-side-effects", "can I die from the side effects?"),
    ("en-choking-hazard", "choking hazard of the capsules?"),
    ("en-risk-of-choking", "Is there a risk of choking with the tablets?"),
    ("en-keeps-choking-care", "He keeps choking on thin drinks, should we use thickener?"),
    ("en-cant-swallow-pills", "I can't swallow pills, is there a liquid form of riluzole?"),
    ("en-past-anecdote", "Last year he choked once, now we want to know about tofersen"),
    ("en-past-collapse", "Two years ago he collapsed once; what do the statements say about edaravone?"),
    ("en-office-not-answering", "The clinic is not answering my calls about the trial."),
    ("en-dad-not-answering-phone", "My dad is not answering his phone, can I ask for him about tofersen?"),
    ("en-breathing-sounds-question", "Is it normal that breathing sounds weird on NIV at night?"),
    ("en-fainted-after-a-session", "He has already had one session and fainted in the car afterwards. Should he stop?"),
    ("en-dont-want-to-die", "I don't want to die, is there any trial I can join?"),
    ("en-not-responding-to-drug", "he is not responding to riluzole, what else is there?"),
    ("en-end-of-life", "What do organisations say about end-of-life care?"),
    ("en-kill-neurons", "Does the disease kill motor neurons?"),
    ("en-chest-pain-side-effect", "Is chest pain a side effect of edaravone?"),
    ("en-ventilation-evidence", "What is the evidence for non-invasive ventilation in MND?"),
    ("en-suffocation-fear", "Position statement on palliative sedation"),
    ("en-breathing-decline", "Does tofersen slow the decline in breathing?"),
    ("en-empty", ""),
    ("en-people-who-have-trouble", "Does tofersen help people who have trouble breathing?"),
    ("en-passed-out-of-trial", "he passed out of the trial early"),
    ("en-company-collapsed", "the company collapsed, is the drug still available?"),
    ("en-die-at-home", "I want to die at home, what do organisations say about palliative care?"),
    ("en-take-pills-morning", "should I take all my pills in the morning?"),
    ("en-pills-in-front-of-me-which", "I've got his tablets in front of me: which one is the riluzole?"),
    ("it-non-ragiona-alone", "Mio padre a volte non ragiona bene la sera, è normale con la SLA?"),
    ("en-pills-to-pharmacy", "I've got his old tablets here and I want to take them to the pharmacy myself."),
    ("en-pills-take-them-food", "His tablets are big. Is it OK if he takes them all at once with food?"),
    ("en-assisted-dying", "What do organisations say about assisted dying?"),
    ("en-trial-stopped-breathing", "the trial was stopped for breathing problems"),
    ("es-uso-emergencia", "¿Qué dice la autorización de uso de emergencia del tofersen?"),
    ("es-ensayo-respiratorio", "¿Cuáles fueron los resultados respiratorios del ensayo?"),
    ("es-esperanza-vida", "¿Cuál es la esperanza de vida con ELA?"),
    ("es-no-responde-tratamiento", "no responde al tratamiento con riluzol"),
    ("es-no-quiero-morir", "No me quiero morir, ¿hay ensayos clínicos?"),
    ("fr-autorisation-urgence", "Que pensez-vous de l'autorisation d'utilisation d'urgence ?"),
    ("fr-fonction-respiratoire", "la fonction respiratoire dans l'essai"),
    ("fr-deglutition", "les troubles de la déglutition sont-ils étudiés ?"),
    ("fr-ne-veux-pas-mourir", "je ne veux pas mourir, quels essais existent ?"),
    ("de-notfallzulassung", "Was bedeutet die Notfallzulassung für Tofersen?"),
    ("de-atemfunktion", "Wie war die Atemfunktion in der Studie?"),
    ("de-erstickungsgefahr", "Gibt es Erstickungsgefahr bei den Kapseln?"),
    ("de-reagiert-nicht-auf", "Er reagiert nicht auf Riluzol"),
    ("nl-noodprogramma", "Is er een noodprogramma voor vroege toegang?"),
    ("nl-ademhalingsspieren", "helpt het de ademhalingsspieren?"),
    ("nl-levensverwachting", "wat is de levensverwachting bij ALS?"),
    ("pt-uso-emergencial", "O que diz a autorização de uso emergencial?"),
    ("pt-funcao-respiratoria", "qual foi a função respiratória no estudo?"),
    ("pt-nao-quero-morrer", "não quero morrer, há ensaios?"),
    ("it-uso-emergenza", "Cosa ne pensate dell'autorizzazione all'uso di emergenza?"),
    ("it-funzione-respiratoria", "risultati sulla funzione respiratoria dello studio"),
    ("it-non-voglio-morire", "non voglio morire, ci sono sperimentazioni?"),
    ("it-non-risponde-farmaco", "non risponde al farmaco"),
    ("it-una-volta", "una volta ha smesso di respirare, ora chiediamo del tofersen"),
    ("it-anno-scorso", "l'anno scorso è svenuto una volta, adesso vorremmo sapere del tofersen"),
    ("de-verschluckt-oft-care", "verschluckt sich oft beim Trinken, Andickungsmittel?"),
    ("de-verschluckt-haeufig", "Mein Vater verschluckt sich häufig, was hilft?"),
    ("de-will-nicht-mehr-warten", "Ich will nicht mehr warten, wann kommt Tofersen?"),
    ("de-alle-tabletten-care", "Muss ich alle meine Tabletten nehmen?"),
    ("de-will-nicht-sterben", "Ich will nicht sterben, gibt es Studien?"),
    ("de-angst-ersticken", "Angst vor dem Ersticken, was sagen Leitlinien?"),
    ("de-notfallplan", "Notfallplan für ALS?"),
    ("de-bewusstlos-risiko", "Kann man von Riluzol bewusstlos werden?"),
    ("de-letztes-jahr-bewusstlos", "Letztes Jahr war er einmal bewusstlos, jetzt fragen wir nach Tofersen"),
    ("pt-ensaio-degluticao", "ensaio sobre deglutição"),
    ("pt-engasgado-care", "fica engasgado com líquidos, usar espessante?"),
    ("pt-todos-comprimidos-care", "devo tomar todos os comprimidos de manhã?"),
    ("pt-morrer-em-casa", "quero morrer em casa, cuidados paliativos?"),
    ("pt-nao-acorda-cedo", "ele dorme muito e não acorda cedo"),
    ("pt-nao-responde-tratamento", "ele nao responde ao tratamento"),
    ("nl-verslikt-vaak", "hij verslikt zich vaak bij het drinken, verdikkingsmiddel?"),
    ("nl-pillen-ochtend", "moet ik al mijn pillen innemen 's ochtends?"),
    ("nl-benauwd-voor", "ik ben benauwd voor de bijwerkingen"),
    ("it-strozza-spesso", "si strozza spesso bevendo, serve l'addensante?"),
    ("it-morire-a-casa", "voglio morire a casa, cosa dicono sulle cure palliative?"),
    ("fr-etouffe-souvent", "il s'étouffe souvent en buvant, épaississant ?"),
    ("fr-repond-pas-traitement", "il ne répond pas au traitement"),
    ("fr-respire-plus-facilement", "il respire plus facilement avec la VNI"),
    ("fr-tous-medicaments-care", "dois-je prendre tous mes médicaments le matin ?"),
    ("es-atraganta-a-menudo", "se atraganta a menudo al beber, ¿espesante?"),
    ("es-morir-en-casa", "quiero morir en casa, ¿qué dicen de cuidados paliativos?"),
    ("en-point-of-the-trial", "what is the point of the trial if it has no placebo?"),
    ("en-no-point-taking-it", "I don't see the point of taking it if it doesn't work"),
    ("en-ending-the-trial", "they are thinking about ending the trial early"),
    ("en-ending-it-with", "we are thinking about ending it with the private clinic"),
    ("en-breathing-outcome", "did the trial measure how well people were breathing?"),
    ("en-be-here-for", "I don't want to be here for the whole infusion, can my wife stay?"),
    ("en-how-to-end-treatment", "we are thinking about how to end it with the private clinic"),
    ("da-vil-ikke-doe", "Jeg vil ikke dø af ALS, findes der noget nyt?"),
    ("sv-andning-studie", "Mätte studien hur patienterna andas?"),
    ("cs-dychani-studie", "Zlepšilo se v té studii dýchání?"),
    ("fi-hengitys-tutkimus", "Paraniko hengitys tutkimuksessa?"),
    ("ca-respiracio-assaig", "L'assaig va mesurar la respiració?"),
    ("hu-nem-akarok-meghalni", "Nem akarok meghalni ALS-ben, van új kezelés?"),
    ("hu-legzes-vizsgalat", "Javult a légzés a vizsgálatban?"),
    ("hu-tavaly-elajult", "Tavaly egyszer elájult, most a tofersenről kérdezünk"),
    ("hu-fuldoklik-gyakran", "A férjem fuldoklik gyakran iváskor, segít a sűrítő?"),
    ("el-den-thelo-na-pethano", "Δεν θέλω να πεθάνω από ALS, υπάρχει κάποια μελέτη;"),
    ("el-anapnoi-meleti", "Βελτιώθηκε η αναπνοή στη μελέτη;"),
    ("el-persi-lipothymise", "Πέρσι λιποθύμησε μια φορά, θέλουμε να μάθουμε για το tofersen"),
    ("el-pnigetai-sychna", "Πνίγεται συχνά όταν πίνει νερό, τι να κάνουμε;"),
    ("tr-olmek-istemiyorum", "ALS'den ölmek istemiyorum, yeni bir ilaç var mı?"),
    ("tr-solunum-calisma", "Çalışmada solunum fonksiyonu iyileşti mi?"),
    ("tr-gecen-yil-bayildi", "Geçen yıl bir kez bayıldı, şimdi tofersen hakkında soruyoruz"),
    ("tr-tepki-vermiyor-ilaca", "Babam ilaca tepki vermiyor, başka ne var?"),
    ("ro-nu-vreau-sa-mor", "Nu vreau să mor de SLA, există un studiu nou?"),
    ("ro-respiratia-studiu", "Respirația s-a îmbunătățit în studiu?"),
    ("ro-anul-trecut", "Anul trecut a leșinat o dată, acum întrebăm despre tofersen"),
    ("ro-se-ineaca-des", "Se îneacă des când bea apă, ce să facem?"),
    ("sk-nechcem-zomriet", "Nechcem zomrieť na ALS, je nejaká nová liečba?"),
    ("sk-dychanie-studia", "Zlepšilo sa v štúdii dýchanie?"),
    ("sk-vlani-odpadol", "Vlani raz odpadol, teraz sa pýtame na tofersen"),
    ("sl-nocem-umreti", "Nočem umreti zaradi ALS, ali obstaja zdravilo?"),
    ("sl-dihanje-studija", "Ali se je dihanje v študiji izboljšalo?"),
    ("sl-lani-omedlel", "Lani je enkrat omedlel, zdaj sprašujemo o tofersenu"),
    ("hr-ne-zelim-umrijeti", "Ne želim umrijeti od ALS-a, postoji li lijek?"),
    ("hr-disanje-studija", "Je li se disanje poboljšalo u studiji?"),
    ("hr-prosle-godine", "Prošle godine se jednom onesvijestio, sada pitamo za tofersen"),
    ("bg-ne-iskam-da-umra", "Не искам да умра от АЛС, има ли ново лечение?"),
    ("bg-dishane-prouchvane", "Подобри ли се дишането в проучването?"),
    ("bg-minalata-godina", "Миналата година веднъж припадна, сега питаме за тоферсен"),
    ("ru-ne-khochu-umirat", "Не хочу умереть от БАС, есть ли новое лечение?"),
    ("ru-dykhanie-issledovanie", "Улучшилось ли дыхание в исследовании?"),
    ("ru-v-proshlom-godu", "В прошлом году однажды упал в обморок, сейчас спрашиваем о тоферсене"),
    ("ru-davitsya-chasto", "Муж давится часто при питье, нужен загуститель?"),
    ("uk-ne-khochu-pomerty", "Не хочу померти від БАС, чи є нові ліки?"),
    ("uk-dykhannya-doslidzhennya", "Чи покращилось дихання в дослідженні?"),
    ("uk-mynuloho-roku", "Минулого року одного разу знепритомнів, зараз питаємо про тоферсен"),
    ("et-ei-taha-surra", "Ma ei taha ALS-i kätte surra, kas on uus ravim?"),
    ("et-hingamine-uuring", "Kas hingamine uuringus paranes?"),
    ("et-eelmisel-aastal", "Eelmisel aastal minestas üks kord, nüüd küsime tofersenist"),
    ("lv-negribu-mirt", "Es negribu mirt no ALS, vai ir jaunas zāles?"),
    ("lv-elposana-petijums", "Vai elpošana pētījumā uzlabojās?"),
    ("lv-pagajusaja-gada", "Pagājušajā gadā reiz noģība, tagad jautājam par tofersenu"),
    ("lt-nenoriu-mirti", "Nenoriu mirti nuo ALS, ar yra naujų vaistų?"),
    ("lt-kvepavimas-tyrimas", "Ar kvėpavimas tyrime pagerėjo?"),
    ("lt-pernai", "Pernai vieną kartą apalpo, dabar klausiame apie tofersen"),
]


@pytest.mark.parametrize(("message", "kind", "language"), [case[1:] for case in URGENT],
                         ids=[case[0] for case in URGENT])
def test_urgent(message, kind, language):
    urgency = detect_urgency(message)
    assert urgency is not None
    assert (urgency.kind, urgency.language) == (kind, language)
    assert urgency.phrase in message


@pytest.mark.parametrize("message", [case[1] for case in NOT_URGENT], ids=[case[0] for case in NOT_URGENT])
def test_not_urgent(message):
    assert detect_urgency(message) is None


def test_table_covers_every_language_and_kind():
    languages = {language for *_, language in URGENT}
    assert languages == set(PHRASES) | set(LITERAL_PHRASES) == {"ar", "he", "hi", "zh", "ja", "ko", "en", "es", "fr", "de", "nl", "pt", "it", "pl", "cs", "da", "sv", "nb", "fi", "ca",
                                                 "hu", "el", "tr", "ro", "sk", "sl", "hr", "bg", "ru", "uk",
                                                 "et", "lv", "lt", "vi"}
    assert {kind for _, _, kind, _ in URGENT} == {"self_harm", "breathing", "choking", "medical"}
    assert len(URGENT) >= 60 and len(NOT_URGENT) >= 40
    assert len({case[0] for case in URGENT + NOT_URGENT}) == len(URGENT) + len(NOT_URGENT)


def test_phrase_is_the_source_text():
    assert detect_urgency("Mon mari S’ÉTOUFFE !") == Urgency("choking", "fr", "S’ÉTOUFFE")


def test_urgent_phrase_deep_in_a_long_message():
    message = "We read the tofersen statement and the trial results. " * 20 + "Now she is choking."
    assert detect_urgency(message) == Urgency("choking", "en", "is choking")


def test_normalise_keeps_source_offsets():
    text, source = normalise("Je n’arrive  plus à\nrespirer")
    assert text == "je n'arrive plus a respirer"
    assert len(source) == len(text)
    assert source[text.index("respirer")] == "Je n’arrive  plus à\nrespirer".index("respirer")


def _has_nested_repeat(parsed, inside_repeat: bool = False) -> bool:
    for op, argument in parsed:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _low, high, body = argument
            if inside_repeat:
                return True
            if _has_nested_repeat(body, inside_repeat=high > 1):
                return True
        elif name == "SUBPATTERN":
            if _has_nested_repeat(argument[-1], inside_repeat):
                return True
        elif name == "BRANCH":
            if any(_has_nested_repeat(branch, inside_repeat) for branch in argument[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT") and _has_nested_repeat(argument[1], inside_repeat):
            return True
    return False


@pytest.mark.parametrize(("message", "language"), [
    # FICTIONAL products. Two different signs in one sentence, said of someone now: a doctor now.
    ("Mi madre toma velorquina y lleva desde ayer sin orinar, está confusa y muy hinchada, ¿qué hago?", "es"),
    ("Mijn man gebruikt tarvoline en heeft opeens hevige pijn in zijn oog, ziet wazig en moet overgeven.", "nl"),
    ("My dad has terrible pain in his eye and his vision has gone blurry since lunch", "en"),
    ("Ma mère n'a pas uriné depuis hier et elle est très confuse", "fr"),
    ("Mein Mann hat hohes Fieber und erbricht seit dem Morgen", "de"),
    ("Minha mãe está muito inchada e não urina desde ontem", "pt"),
    ("Mio padre vomita da stamattina e vede tutto sfocato", "it"),
    ("Son cœur bat très vite et elle a une forte fièvre", "fr"),  # a racing heart is a sign too
    ("His heart is racing and he is confused", "en"),
    # Any fever beside a second sign: an infection spreading (a red, swollen arm after injections; short of breath).
    ("Ma mère a de la fièvre, le bras gonflé après les injections de velorquina, et elle respire mal.", "fr"),
    ("She has a temperature and her arm is red and swollen where they injected the tarvoline", "en"),
    ("Mi padre está amarillo y vomita desde que toma velorquina", "es"),  # skin gone yellow: the liver
    ("Mein Vater hat Fieber und ist kurzatmig seit der Infusion", "de"),
])
def test_two_signs_together_are_urgent_in_every_language(message, language):
    urgency = detect_urgency(message)
    assert urgency is not None and (urgency.kind, urgency.language) == ("medical", language)
    assert urgency.phrase in message


@pytest.mark.parametrize("message", [
    "Can velorquina cause vomiting and blurred vision?",  # a risk, asked
    "¿La velorquina puede provocar vómitos y visión borrosa?",
    "Sind Erbrechen und verschwommenes Sehen Nebenwirkungen von Tarvoline?",
    "He is a bit confused at night; is tarvoline safe for him?",  # one sign alone: a care question
    "I'm confused about the swollen prices in the advert for velorquina",  # puzzled, not a sign
    "Last year he was vomiting and confused after an operation; is tarvoline safe?",  # an old story
    "She is not confused and not swollen, just tired: is velorquina worth trying?",  # negated
    "Mio padre vomita da stamattina. Ieri vedeva sfocato.",  # two sentences, one of them past
    "Son cœur bat très vite quand il monte l'escalier, est-ce normal ?",  # one sign alone
    "Can velorquina make the heart beat irregularly and cause vomiting?",  # a risk, asked
    "He has a slight fever, is it all right to take velorquina?",  # one sign alone
    "My husband is breathless at night: would tarvoline help?",  # breathing weakens in MND: a care question
    "Last year she had a fever and her leg was swollen after the tarvoline infusion.",  # an old story
    "The velorquina capsule is yellow and I feel breathless when I read the price",  # a capsule's colour
    "He hit his head on the cupboard last year and was breathing funny afterwards. Is velorquina safe?",  # an old story
    "She is not waking up at night any more since the tarvoline, is that normal?",  # sleeping through
    "Bố tôi uống thuốc từ từ có được không?",  # 'từ từ' (slowly), folded like 'tự tử'
    "Thuốc này có gây khó thở không?",  # does it cause breathlessness: a risk, asked
])
def test_signs_asked_about_alone_or_as_a_risk_are_not_urgent(message):
    assert detect_urgency(message) is None


def test_signs_have_no_nested_quantifiers():
    from statement_qa.urgent import SIGNS, _sign_matchers

    assert {language for languages in SIGNS.values() for language in languages} == {"en", "es", "fr", "de", "nl", "pt", "it"}
    for _, _, matcher in _sign_matchers():
        assert not _has_nested_repeat(sre_parse.parse(matcher.pattern)), matcher.pattern


def test_nested_repeat_check_sees_one():
    assert _has_nested_repeat(sre_parse.parse(r"(?:a+b)*"))
    assert not _has_nested_repeat(sre_parse.parse(r"(?:ab)?\w+(?:c\w*)?"))


@pytest.mark.parametrize("language", list(PHRASES))
def test_phrases_have_no_nested_quantifiers(language):
    sources = [_expand(p, language) for patterns in PHRASES[language].values() for p in patterns]
    sources += [_expand(p, language) for p in PAST_MARKERS[language] + PRESENT_MARKERS[language]]
    for source in sources:
        assert not _has_nested_repeat(sre_parse.parse(source)), source
    for matcher_language, _, matcher in _matchers():
        if matcher_language == language:
            assert not _has_nested_repeat(sre_parse.parse(matcher.pattern))


def test_long_messages_are_matched_without_blowing_up():
    assert all(isinstance(m.pattern, str) for m in _markers())
    # Near-misses repeated: each phrase's prefix appears hundreds of times without completing.
    near_misses = "I can't really " * 150 + "the ventilator " * 100 + "my husband has " * 100
    assert len(near_misses) >= 5000
    assert detect_urgency(near_misses[:5000]) is None
    assert detect_urgency("a" * 5000) is None
    assert detect_urgency(("ab'c " * 1000) + "I can't breathe") == Urgency("breathing", "en", "can't breathe")


def test_patterns_compile():
    for _, _, matcher in _matchers():
        assert isinstance(matcher, re.Pattern)


@pytest.mark.parametrize(("message", "language"), [
    # FICTIONAL product. Blood brought up or coughed up is a bleed: urgent alone, in each of the seven languages.
    ("My dad is vomiting blood since he started velorquina", "en"),
    ("Mi padre vomita sangre desde que toma velorquina", "es"),
    ("Mon père vomit du sang depuis la velorquina", "fr"),
    ("Mein Vater erbricht Blut seit der Infusion", "de"),
    ("Mijn vader braakt bloed sinds de tarvoline", "nl"),
    ("O meu pai está a vomitar sangue, vomita sangue desde ontem à noite e ainda agora", "pt"),
    ("Mio padre ha vomitato sangue proprio adesso", "it"),
])
def test_blood_brought_up_is_urgent(message, language):
    urgency = detect_urgency(message)
    assert urgency is not None and (urgency.kind, urgency.language) == ("medical", language)


@pytest.mark.parametrize("message", [
    "Can velorquina make you vomit blood?",  # a risk, asked
    "He vomited blood once last year; is tarvoline safe?",  # an old story
    "Mi padre no vomita sangre, solo está cansado",  # negated
])
def test_blood_asked_about_or_in_the_past_is_not_urgent(message):
    assert detect_urgency(message) is None
