"""Word tables, one row per language, that the structure rules read: data, not code.

Each table maps an ISO 639-1 language to regular-expression fragments (matched against a
whole, case-folded line unless said otherwise). Add a language by adding a row; the
tests hold one table of examples per language.
"""

from __future__ import annotations

# Month names and abbreviations, for finding date-shaped strings (dateparser parses them).
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"),
    "fr": ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
           "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "avr", "juil",
           "déc"),
    "de": ("januar", "jänner", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember", "okt", "dez"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "setiembre", "octubre", "noviembre", "diciembre", "ene", "abr", "ago", "dic"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december", "mrt", "okt"),
    "pt": ("janeiro", "fevereiro", "março", "marco", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro", "fev", "out", "dez"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre", "gen", "mag", "giu", "lug", "ott"),
    "pl": ("stycznia", "styczeń", "styczen", "lutego", "luty", "marca", "marzec", "kwietnia", "kwiecień", "kwiecien",
           "maja", "maj", "czerwca", "czerwiec", "lipca", "lipiec", "sierpnia", "sierpień", "sierpien", "września",
           "wrzesnia", "wrzesień", "wrzesien", "października", "pazdziernika", "październik", "pazdziernik",
           "listopada", "listopad", "grudnia", "grudzień", "grudzien"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december", "okt"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december", "okt"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember", "des"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta", "tammikuu", "helmikuu", "maaliskuu",
           "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince", "leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
           "říjen", "listopad", "prosinec"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre", "d'abril", "d’abril", "d'agost", "d’agost", "d'octubre", "d’octubre"),
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december", "jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt",
           "nov", "dec"),
    # Greek: the genitive a day takes ("11 Ιουνίου 2024") and the nominative a month alone takes ("Ιούνιος 2024").
    "el": ("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "μαίου", "ιουνίου", "ιουλίου", "αυγούστου",
           "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου", "ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος",
           "μάιος", "ιούνιος", "ιούλιος", "αύγουστος", "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
           "aralık"),
    # Indonesian (and Malay, but for a few): "16 Juli 2025", "Agustus 2025".
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember"),
    # Estonian: the nominative ("veebruar 2025") and the adessive a day takes ("14. veebruaril 2025").
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember", "jaanuaril", "veebruaril", "märtsil", "aprillil", "juunil", "juulil",
           "augustil", "septembril", "oktoobril", "novembril", "detsembril"),
    # Slovenian: the nominative ("september 2026") and the genitive a day takes ("18. septembra 2024").
    "sl": ("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december", "januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
           "septembra", "oktobra", "novembra", "decembra"),
    # Maltese: "23 ta' Settembru 2025", "Marzu 2026" (the day joined to the month by "ta'": dates.DATE_SHAPE).
    "mt": ("jannar", "frar", "marzu", "april", "mejju", "ġunju", "gunju", "lulju", "awwissu", "settembru", "ottubru",
           "novembru", "diċembru", "dicembru"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
           "desember"),
    # Croatian: the nominative ("veljača 2027") and the genitive a day takes ("4. veljače 2025"); 'listopad' alone is
    # Czech and Polish November (genitive 'listopada' too): October is left unread.
    "hr": ("siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "studeni",
           "prosinac", "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "studenoga", "studenog", "prosinca"),
    # Slovak: the nominative ("október 2026") and the genitive a day takes ("10. októbra 2024").
    "sk": ("január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september", "október", "november",
           "december", "januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra",
           "októbra", "novembra", "decembra"),
    # Bulgarian ("8 октомври 2025 г.").
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
           "декември"),
    # Ukrainian: the genitive a day takes ("14 жовтня 2025 року") and the nominative a month alone takes ("квітень 2026").
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
           "вересень", "жовтень", "листопад", "грудень"),
    # Russian, read alongside it: "14 октября 2025 г.", "апрель 2026".
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
           "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
    # Hebrew, the month alone or with its 'in' glued on ('19 באוקטובר 2026'); Arabic, the Egyptian and the Levantine
    # one-word names ('19 أكتوبر 2026', 'أيار 2026').
    "he": ("ינואר", "פברואר", "מרץ", "מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
           "נובמבר", "דצמבר", "בינואר", "בפברואר", "במרץ", "במרס", "באפריל", "במאי", "ביוני", "ביולי",
           "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "أيلول"),
    # Irish: "16 Meán Fómhair 2025", "Márta 2026" (September and October are two words each).
    # Afrikaans: "21 Julie 2025".
    "af": ("januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus", "september", "oktober",
           "november", "desember"),
    "ga": ("eanáir", "feabhra", "márta", "aibreán", "bealtaine", "meitheamh", "iúil", "lúnasa", "meán fómhair",
           "deireadh fómhair", "samhain", "nollaig"),
    # Albanian: "9 shtator 2025", "mars 2026".
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
           "dhjetor"),
}
# Seasons, for a newsletter dated only by one ("Issue 41 | Autumn 2023"), each read as its middle month in the
# northern hemisphere: spring April, summer July, autumn October, winter January (of the year written first).
SEASONS: dict[str, int] = {
    **dict.fromkeys(("spring", "printemps", "frühling", "frühjahr", "primavera", "lente", "voorjaar", "vår", "forår",
                     "wiosna", "wiosną"), 4),
    **dict.fromkeys(("summer", "été", "sommer", "verano", "verão", "estate", "zomer", "sommar", "lato", "latem"), 7),
    **dict.fromkeys(("autumn", "fall", "automne", "herbst", "otoño", "outono", "autunno", "herfst", "najaar", "höst",
                     "efterår", "høst", "jesień", "jesienią"), 10),
    **dict.fromkeys(("winter", "hiver", "invierno", "inverno", "vinter", "zima", "zimą"), 1),
}
# Inflected month names dateparser does not read, and the nominative it does: "veebruaril" → "veebruar".
# Lithuanian writes the year first, then the month, in the genitive before a day ("2025 m. rugpjūčio 20 d.") and in the
# nominative alone ("2026 m. rugpjūtis"): each month's two forms, January first.
YEAR_FIRST_MONTHS: tuple[tuple[str, str], ...] = (
    ("sausio", "sausis"), ("vasario", "vasaris"), ("kovo", "kovas"), ("balandžio", "balandis"), ("gegužės", "gegužė"),
    ("birželio", "birželis"), ("liepos", "liepa"), ("rugpjūčio", "rugpjūtis"), ("rugsėjo", "rugsėjis"),
    ("spalio", "spalis"), ("lapkričio", "lapkritis"), ("gruodžio", "gruodis"),
)

MONTH_FORMS: dict[str, str] = {
    # (the Levantine Arabic months, read as the Egyptian names: 'أيار 2026' is May 2026)
    "شباط": "فبراير", "آذار": "مارس", "نيسان": "أبريل", "أيار": "مايو", "حزيران": "يونيو", "تموز": "يوليو",
    "أيلول": "سبتمبر",
    "jaanuaril": "jaanuar", "veebruaril": "veebruar", "märtsil": "märts", "aprillil": "aprill", "juunil": "juuni",
    "juulil": "juuli", "augustil": "august", "septembril": "september", "oktoobril": "oktoober", "novembril": "november",
    "detsembril": "detsember",
    "januarja": "januar", "februarja": "februar", "marca": "marec", "aprila": "april", "maja": "maj", "junija": "junij",
    "julija": "julij", "avgusta": "avgust", "septembra": "september", "oktobra": "oktober", "novembra": "november",
    "decembra": "december",
}

# Day names, which a date line may carry before its date ("Tue, 03/05/2024"); they date nothing.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
           "thu", "thur", "thurs", "fri", "sat", "sun"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "fr",
           "sa", "so"),
    "es": ("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "man", "tir", "ons", "tor", "fre",
           "lør", "søn"),
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "sk": ("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"),
    "ca": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
}

# Headings of the section that holds the organisation's position or recommendation.
POSITION_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:[\w’'.]+\s+){0,3}(?:recommendations?|position(?:\s+statement)?|what\s+we\s+recommend)\b(?:\s+\S+){0,8}",
        # The part written to the reader: "What this means for you", "What does this mean for people with MND?"
        r"what\s+(?:this|that|it)\s+means\s+for\s+.{2,40}", r"what\s+does\s+(?:this|that|it)\s+mean\s+for\s+.{2,40}",
        # ... as a paper heads it: "6. Implications for people living with ALS" (not "Implications for services").
        r"(?:the\s+)?implications\s+for\s+(?:people|patients|members|families|you|those|anyone)\b.*",
        r"(?:the\s+)?bottom\s+line", r"(?:our|the|the\s+\w+(?:'s|’s)?)\s+verdict(?:\s+(?:of|from)(?:\s+[^\s\d:]+){1,4})?",
        r"(?:guidance|advice)\s+for\s+(?:members|people|patients|families|you)\b.*",
        r"(?:our|the\s+\w+(?:'s|’s)?|\w+(?:'s|’s))?\s*(?:advice|view|views|statement|stance|opinion),?(?:\s+[^\s\d:]+){0,4}",
        # ... with a word or two qualifying it: "Our honest advice", "The panel's current view".
        r"(?:our|the\s+\w+(?:'s|’s)|\w+(?:'s|’s))\s+(?:[a-z-]+\s+){1,2}(?:advice|view|views|stance|opinion)",
        r"what\s+(?:we|the\s+[\w’' ]{2,40}?)\s+(?:recommends?|advises?|thinks?|suggests?)\b.*",
        # "What the Association says", "What the committee tells callers": the organisation's own words (not "what the
        # research says").
        r"what\s+the\s+(?:association|society|trust|charity|group|network|circle|foundation|federation|committee|board)"
        r"\s+(?:says|tells)\b.*",
        # ... or what we told them, on a form or a leaflet's back: "What we told walkers in 2022:".
        r"what\s+we\s+(?:told|said\s+to)\s+[\w’'-]+(?:\s+.{2,40})?",
        # The body's own line or answer, named by what it is and whose, with a word on how to pass it on: "Circle line,
        # please don't paraphrase", "Committee answer, word for word".
        r"(?:the\s+|our\s+)?(?:[\w’'-]+\s+){0,2}(?:circle|association|society|trust|charity|group|network|committee|board|club|"
        r"foundation|federation|forum|alliance|friends|trustees)(?:['’]s?)?\s+(?:line|answer|advice|view|position|wording)"
        r"(?:\s*,\s*[^:]{2,40})?",
        # Whose answer it is, in the other languages' order too: "La risposta del Gelsomino, da appendere alla porta".
        r"(?:the\s+)?answer\s+(?:of|from)\s+(?:the\s+)?[^,:]{2,40}(?:,\s*[^:]{2,40})?",
        # A question heading (an FAQ) that asks for the organisation's own advice or view.
        r"what\s+(?:do|does|would|should)\s+(?:we|you|the\s+[\w’' ]{2,40}?)\s+(?:recommend|advise|suggest|think)\b.*",
        r"what\s+is\s+(?:your|its)\s+(?:position|view|advice|recommendation|stance)\b.*",
        r"what\s+is\s+(?:our|the\s+[\w’' ]{2,40}?(?:'s|’s)?)\s+(?:position|view|advice|recommendation|stance)\b.*",
        r"(?:our|the\s+\w+(?:'s|’s)?)\s+positions?\s+on\s+.*",
        r"conclusions?(?:\s+and\s+(?:recommendations?|advice))?", r"where\s+(?:we|the\s+[\w’' ]{2,40}?)\s+(?:stands?|stood)\b.*",
        r"(?:our|the\s+\w+(?:'s|’s)?)\s+(?:guidance|response)(?:\s+[^\s\d:]+){0,4}",
        # A bold label run into its paragraph: "Where Saltney comes down:", "The Association's early take:".
        r"where\s+(?:we|the\s+[\w’' ]{2,40}?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+comes?\s+down\b.*",
        r"(?:our|the\s+\w+(?:'s|’s)|\w+(?:'s|’s))\s+(?:[a-z-]+\s+)?take(?:\s+on\s+.{2,40})?",
        # Whose reply it is and what about: "Marlingford's reply about Ozonova:", "Our answer on stem-cell clinics".
        r"(?:our|the\s+\w+(?:'s|’s)|\w+(?:'s|’s))\s+(?:reply|answer|response)\s+(?:about|on|to\s+questions\s+about)\s+.{2,40}",
        # The wording a body settled on, as a box's title or a register's row: "Committee — settled view", "Approved
        # public answer", "Trust line (agreed)".
        r"[^—–:]{2,40}?\s+[—–-]\s+(?:agreed|settled|approved|official|final)\s+(?:view|position|line|advice|stance|wording)",
        r"(?:agreed|approved|official)\s+public\s+(?:answer|reply|response|line|wording)",
        # A talk's or a slide deck's one message: "If you remember one slide", "Take-home message".
        r"if\s+you\s+(?:only\s+)?remember\s+(?:one|a\s+single)\s+(?:thing|slide|message|point)\b.*",
        r"(?:the\s+|our\s+)?take[- ]?(?:home|away)\s+messages?",
        r"(?:[\w’'-]+\s+){0,2}(?:line|view|position|wording|answer)\s+\((?:agreed|approved|settled|final)\)",
        # ... after who settled it and a comma: "Circle committee, settled answer (2 Sept 2024)".
        r"(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*[,—–-]?\s+(?:agreed|settled|approved|official|final)\s+(?:answer|view|position|line|advice|wording)"
        r"(?:\s+\([^()]{2,40}\))?",
    ),
    "fr": (
        r"recommandations?(?:\s+\S+){0,8}", r"(?:notre|nos)\s+(?:position|avis|recommandations?|conseils?|réponse)\b.*",
        r"(?:la\s+)?réponse\s+(?:de\s+la|du|de\s+l['’]|des|de)\s*\S+(?:\s+\S+){0,4}", r"ce\s+que\s+nous\s+(?:proposons|suggérons|disons)\b.*",
        r"position\s+(?:de|du|de\s+la|des)\s+.{2,60}", r"ce\s+que\s+nous\s+recommandons\b.*",
        r"quelle\s+est\s+notre\s+position\b.*", r"ce\s+que\s+(?:cela|ceci|c['’]est)\s+(?:signifie|veut\s+dire)\s+pour\s+.{2,40}", r"conclusions?", r"ce\s+que\s+nous\s+conseillons\b.*", r"(?:qu['’]est-ce\s+que\s+\S+(?:\s+\S+)?\s+|que\s+)recommand\w*\b.*",
    ),
    "de": (
        r"empfehlung(?:en)?(?:\s+\S+){0,8}", r"unsere?\s+(?:position|empfehlung(?:en)?|haltung|einschätzung|stellungnahme)\b.*",
        r"stellungnahme(?:\s+\S+){0,6}", r"was\s+wir\s+empfehlen\b.*", r"was\s+(?:das|dies)\s+f(?:ü|ue)r\s+.{2,40}\s+bedeutet", r"fazit", r"schlussfolgerung(?:en)?", r"was\s+(?:empfiehlt|empfehlen|rät|raten)\b.*",
        r"was\s+wir\s+raten\b.*", r"was\s+wir\s+(?:vorschlagen|sagen)\b.*", r"(?:unsere|die)\s+antwort\s+(?:des|der)\s+.{2,60}",
        # "Unser Rat an Erkrankte und Angehörige", "Der Rat des Vorstands": advice is "Rat".
        r"unser(?:e[nr]?)?\s+rat(?:schlag|schläge)?\b.*", r"(?:der\s+)?rat\s+(?:des|der|unseres|unserer)\s+.{2,40}",
    ),
    "es": (
        r"recomendaci[oó]n(?:es)?(?:\s+\S+){0,8}", r"conclusi[oó]n(?:es)?", r"nuestra\s+(?:posici[oó]n|postura|recomendaci[oó]n|opini[oó]n)\b.*",
        r"posici[oó]n(?:\s+(?:de|del)\s+.{2,60})?", r"(?:lo\s+)?que\s+recomendamos\b.*", r"nuestros?\s+consejos?\b.*",
        r"(?:lo\s+que\s+)?¿?\s*qu[ée]\s+significa\s+(?:esto|eso)\s+para\s+.{2,40}", r"lo\s+que\s+(?:esto|eso)\s+significa\s+para\s+.{2,40}",
        # "LO QUE DICE LA ASOCIACIÓN (grabar tal cual):": what the organisation itself says.
        # ... or what it decided: "Lo que decidió la junta, sin letra pequeña".
        r"lo\s+que\s+(?:dice|dicen|aconseja|aconsejan|recomienda|recomiendan|decidió|acordó|aprobó|resolvió)\s+"
        r"(?:la|el|nuestra|nuestro)\s+"
        r"(?:asociaci[oó]n|fundaci[oó]n|federaci[oó]n|junta(?:\s+directiva)?|entidad|comit[eé])\b.*",
        # ... the body first: "La junta acordó lo siguiente:", "Nuestra junta directiva decidió lo siguiente".
        r"(?:la|el|nuestra|nuestro)\s+(?:asociaci[oó]n|fundaci[oó]n|federaci[oó]n|junta(?:\s+directiva)?|entidad|comit[eé])\s+"
        r"(?:acord[oó]|decidi[oó]|aprob[oó]|resolvi[oó])\s+(?:lo\s+siguiente|por\s+unanimidad)\b.*",
        r"¿?\s*qu[ée]\s+recomienda\w*\b.*", r"¿?\s*cu[áa]l\s+es\s+(?:nuestra|la|su)\s+(?:posici[oó]n|recomendaci[oó]n)\b.*",
        # What we propose or suggest to families, and whose answer it is: "Lo que proponemos a las familias", "La respuesta
        # de la asociación".
        r"(?:lo\s+)?que\s+(?:proponemos|sugerimos|aconsejamos|pedimos|decimos)\b.*",
        r"(?:la\s+|nuestra\s+)?respuesta\s+(?:de\s+la|del|de)\s+\S+(?:\s+\S+){0,4}(?:\s*,\s*[^:]{2,40})?", r"nuestra\s+respuesta\b.*",
    ),
    "nl": (
        r"aanbeveling(?:en)?(?:\s+\S+){0,8}", r"conclusies?", r"ons\s+(?:standpunt|advies)\b.*", r"standpunt(?:\s+van\s+.{2,60})?",
        r"wat\s+wij\s+(?:aanbevelen|adviseren)\b.*", r"wat\s+(?:dit|betekent\s+dit)\s+(?:voor\s+.{2,40}|betekent)", r"wat\s+(?:adviseert|adviseren|raadt|raden|beveelt)\b.*",
        # Whose standpoint, written as one word: "Bestuursstandpunt (letterlijk doorgeven)", "Verenigingsstandpunt".
        r"[^\W\d_]{3,}s?standpunt(?:\s+\([^()]{2,60}\)|\s+.{2,60})?", r"wat\s+(?:wij|we)\s+(?:voorstellen|zeggen\s+tegen)\b.*",
        r"(?:ons|het)\s+antwoord(?:\s+van\s+.{2,60})?",
    ),
    # Afrikaans: "Ons standpunt", "Wat ons vir lede sê" (what we tell members), "Die komitee se advies".
    "af": (
        r"(?:ons|die)\s+(?:standpunt|advies|raad|aanbevelings?|antwoord)\b.*",
        r"(?:die\s+)?[\w-]+\s+se\s+(?:standpunt|advies|raad|aanbevelings?|antwoord)\b.*",
        r"wat\s+(?:ons|die\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}(?:sê|aanbeveel|aanraai|adviseer|voorstel)\b.*",
    ),
    "pt": (
        r"recomenda[çc](?:[ãa]o|[õo]es)(?:\s+\S+){0,8}", r"conclus(?:[ãa]o|[õo]es)", r"(?:a\s+)?nossa\s+(?:posi[çc][ãa]o|recomenda[çc][ãa]o|opini[ãa]o)\b.*",
        r"(?:a\s+)?posi[çc][ãa]o(?:\s+(?:da|do|de)\s+.{2,60})?", r"o\s+que\s+(?:\S+\s+){0,3}recomenda\w*\b.*", r"(?:o\s+|os\s+)?(?:nosso|nossos)\s+conselhos?\b.*",
        r"qual\s+[ée]\s+a\s+(?:nossa\s+|sua\s+)?posi[çc][ãa]o\b.*",
        r"o\s+que\s+(?:isto|isso)\s+significa\s+para\s+.{2,40}",
        r"o\s+que\s+(?:propomos|sugerimos|dizemos)\b.*", r"(?:a\s+)?(?:nossa\s+)?resposta\s+(?:da|do|de)\s+.{2,60}",
    ),
    "it": (
        r"raccomandazion[ei](?:\s+\S+){0,8}", r"conclusion[ei]", r"(?:la\s+)?nostra\s+(?:posizione|raccomandazione)\b.*",
        r"posizione(?:\s+(?:della|del|di)\s+.{2,60})?", r"il\s+nostro\s+parere\b.*", r"(?:il\s+nostro\s+consiglio|i\s+nostri\s+consigli)\b.*",
        # "Il consiglio dell'Associazione, in breve": whose advice it is, after the word (never "consiglio direttivo").
        r"(?:il\s+)?consiglio\s+(?:dell['’]\s*|della\s+|del\s+|dei\s+)\S+(?:\s+\S+){0,4}",
        r"cosa\s+(?:\S+\s+){0,3}(?:raccomand|consigli)\w*\b.*", r"cosa\s+significa\s+(?:questo|ci[òo])\s+per\s+.{2,40}", r"qual\s+[èe]\s+la\s+(?:nostra\s+|sua\s+)?posizione\b.*",
        # Whose answer or opinion it is, and where to put it: "La risposta del Gelsomino, da appendere alla porta".
        r"(?:la\s+)?(?:risposta|linea)\s+(?:dell['’]\s*|della\s+|del\s+|dei\s+|di\s+)\S+(?:\s+\S+){0,4}(?:\s*,\s*[^:]{2,40})?",
        r"(?:il\s+)?parere\s+(?:dell['’]\s*|della\s+|del\s+|dei\s+|di\s+)\S+(?:\s+\S+){0,4}", r"(?:la\s+)?nostra\s+risposta\b.*",
        r"cosa\s+(?:proponiamo|suggeriamo|diciamo)\b.*",
    ),
    "pl": (
        r"rekomendacj[ae](?:\s+\S+){0,8}", r"zaleceni[ae](?:\s+\S+){0,8}", r"(?:nasze\s+)?stanowisko(?:\s+\S+){0,6}",
        r"wnioski", r"co\s+(?:zalecamy|radzimy|to\s+oznacza\s+dla\s+.{2,40})\b.*",
        r"nasza\s+(?:rekomendacja|opinia|rada)\b.*",
    ),
    "sv": (
        r"rekommendation(?:er)?(?:\s+\S+){0,8}", r"(?:vår|vårt|våra)\s+(?:hållning|ståndpunkt|råd|rekommendation|bedömning)\b.*",
        r"(?:föreningens|förbundets|stiftelsens)\s+(?:hållning|ståndpunkt|råd)\b.*", r"ståndpunkt", r"slutsats(?:er)?",
        r"vad\s+(?:rekommenderar|råder)\s+vi\b.*", r"vad\s+betyder\s+(?:detta|det)\s+för\s+.{2,40}",
        # "Detta tycker styrelsen", "Så tycker vi": who thinks it, named after the verb.
        r"(?:detta|det\s+här|så)\s+(?:tycker|anser|rekommenderar)\s+.{2,40}", r"styrelsens\s+(?:hållning|ståndpunkt|råd|bedömning)\b.*",
    ),
    "da": (
        r"anbefaling(?:er)?(?:\s+\S+){0,8}", r"(?:vores)\s+(?:holdning|standpunkt|råd|anbefaling|vurdering)\b.*",
        r"(?:foreningens|forbundets|fondens)\s+(?:holdning|standpunkt|råd)\b.*", r"standpunkt", r"konklusion(?:er)?",
        r"hvad\s+(?:anbefaler|råder)\s+vi\b.*", r"hvad\s+betyder\s+(?:dette|det)\s+for\s+.{2,40}",
        r"(?:det|dette|sådan)\s+mener\s+.{2,40}", r"bestyrelsens\s+(?:holdning|standpunkt|råd|vurdering)\b.*",
        r"(?:foreningen|bestyrelsen|forbundet)\s+mener\b.{0,40}",
    ),
    "nb": (
        r"anbefaling(?:er)?(?:\s+\S+){0,8}", r"(?:vårt|vår|våre)\s+(?:standpunkt|syn|råd|anbefaling(?:er)?|vurdering)\b.*",
        r"(?:styrets|lagets|foreningens|forbundets|stiftelsens)\s+(?:standpunkt|syn|råd|anbefaling(?:er)?|vurdering)\b.*",
        r"standpunkt", r"konklusjon(?:er)?", r"hva\s+(?:anbefaler|råder|mener)\s+(?:vi|styret)\b.*",
        r"hva\s+betyr\s+(?:dette|det)\s+for\s+.{2,40}",
        # "Dette mener styret", "Slik mener vi": who thinks it, named after the verb.
        r"(?:dette|det\s+her|slik)\s+mener\s+.{2,40}",
        # ... or before it: "Foreningen mener", "Styret mener" (what the association thinks).
        r"(?:foreningen|styret|forbundet|laget|stiftelsen)\s+mener\b.{0,40}",
    ),
    "fi": (
        r"(?:yhdistyksen|liiton|säätiön|hallituksen)\s+(?:kanta|suositus|suositukset|näkemys)\b.*", r"kantamme\b.*",
        r"suosituksemme\b.*", r"johtopäätökset",
    ),
    "et": (
        # "Seltsi seisukoht", "Meie soovitus", "Mida me soovitame", "Kokkuvõte ja soovitused"
        r"(?:\w+\s+){0,2}seisukoh(?:t|ad)\b.*", r"(?:\w+\s+){0,2}soovitus(?:ed)?\b.*",
        r"mida\s+(?:me\s+)?(?:soovitame|arvame)\b.*", r"järeldused",
    ),
    "sl": (
        # "Stališče društva", "Naše priporočilo", "Kaj svetujemo članom", "Kaj priporočamo"
        r"(?:\w+\s+){0,2}stališč[eai](?:\s+\S+){0,6}", r"(?:\w+\s+){0,2}priporočil[oa](?:\s+\S+){0,6}",
        r"kaj\s+(?:svetujemo|priporočamo|menimo)\b.*", r"(?:naš[ae]?\s+)?(?:mnenje|nasvet)(?:\s+\S+){0,4}", r"sklepi",
    ),
    "is": (
        # "Afstaða félagsins", "Okkar ráðleggingar", "Hvað ráðleggjum við?"
        r"(?:\w+\s+){0,2}afstað[ae]\b.*", r"(?:\w+\s+){0,2}ráðlegging(?:ar)?\b.*", r"(?:\w+\s+)?álit\s+\w+.*",
        r"hvað\s+(?:ráðleggjum|mælum)\s+við\b.*", r"niðurstöður",
    ),
    "hr": (
        # "Stav Udruge", "Naš stav", "Naša preporuka", "Što preporučujemo?", "Mišljenje Udruge"
        r"(?:\w+\s+){0,2}stav(?:\s+\S+){0,6}", r"(?:\w+\s+){0,2}preporuk[ae](?:\s+\S+){0,6}",
        r"što\s+(?:preporučujemo|savjetujemo|mislimo)\b.*", r"(?:naše\s+)?mišljenje(?:\s+\S+){0,4}", r"zaključ(?:ak|ci)",
    ),
    "sk": (
        # "Stanovisko združenia", "Naše stanovisko", "Naša odpoveď", "Naše odporúčanie", "Čo odporúčame?"
        r"(?:\w+\s+){0,2}stanovisk[oá](?:\s+\S+){0,6}", r"(?:\w+\s+){0,2}odporúčani[ea](?:\s+\S+){0,6}",
        r"naš[aei]\s+(?:odpoveď|rada|názor)(?:\s+\S+){0,4}", r"čo\s+(?:odporúčame|radíme|si\s+myslíme)\b.*", r"záver(?:y)?",
    ),
    "ja": (
        # "私たちの考え" (what we think), "会の見解" (the association's view), "当会としての提言", "おすすめすること": who holds
        # it, then the view; a title that only ends with it ('「X」について（会の見解）') is not the heading.
        r"(?:私たち|わたしたち|当会|本会|会|協会|家族会|患者会|委員会)(?:の|としての|から(?:の)?)"
        r"(?:考え(?:方)?|見解|立場|意見|提言|推奨|おすすめ|お願い|結論)",
        r"(?:見解|提言|推奨|結論|まとめ)",
    ),
    "ko": (
        # "운영위원회 의견" (the steering committee's view), "우리의 입장" (our position), "이사회 권고" (the board's advice):
        # who holds it, then the view, and the date it was decided in brackets ('운영위원회 의견 (2026년 10월 8일 결정)').
        r"(?:[^\s()]+\s+){0,2}(?:의견|입장|견해|권고(?:안|사항)?|권장\s*사항)(?:\s*\([^()]{2,40}\))?",
    ),
    "lt": (
        # "Draugijos nuomonė trumpai", "Mūsų rekomendacija", "Ką patariame?", "Bendrijos pozicija"
        r"(?:\w+\s+){0,2}nuomonė(?:\s+\S+){0,4}", r"(?:\w+\s+){0,2}(?:rekomendacij(?:a|os)|pozicija|patarimai)(?:\s+\S+){0,4}",
        r"ką\s+(?:mes\s+)?(?:rekomenduojame|patariame|manome)\b.*", r"išvados",
    ),
    "lv": (
        # "Biedrības ieteikums", "Mūsu nostāja", "Valdes viedoklis", "Ko mēs iesakām?"
        r"(?:\w+\s+){0,2}ieteikum[si](?:\s+\S+){0,6}", r"(?:\w+\s+){0,2}nostāj[aā](?:\s+\S+){0,6}",
        r"(?:\w+\s+){0,2}viedoklis(?:\s+\S+){0,6}", r"ko\s+(?:mēs\s+)?(?:iesakām|ieteicam|domājam)\b.*", r"secinājum[is]",
    ),
    # Bulgarian: "Становището на сдружението, дословно" (the association's position, word for word), "Нашата позиция",
    # "Препоръка на управителния съвет", "Какво препоръчваме?", "Мнението на сдружението".
    "bg": (
        r"(?:\w+\s+){0,2}(?:становище(?:то)?|позиция(?:та)?|препорък[аи](?:те)?)(?:\s+\S+){0,6}",
        r"(?:нашето\s+)?мнение(?:то)?\s+на\s+(?:\S+\s+){0,2}(?:сдружение(?:то)?|асоциация(?:та)?|фондация(?:та)?|"
        r"съвет(?:а|ът)?|дружество(?:то)?)\b.*",
        r"какво\s+(?:препоръчваме|съветваме|мислим)\b.*",
    ),
    # Ukrainian: "Позиція правління — повний текст" (the board's position, full text), "Наша позиція", "Рекомендація
    # організації", "Що ми радимо?"; Russian: "Позиция правления", "Наша рекомендация", "Что мы советуем?".
    "uk": (
        r"(?:\w+\s+){0,2}(?:позиці[яї]|рекомендаці[яїі])(?:\s+\S+){0,6}",
        r"що\s+(?:ми\s+)?(?:радимо|рекомендуємо|думаємо|кажемо)\b.*",
    ),
    "ru": (
        r"(?:\w+\s+){0,2}(?:позици[яи]|рекомендаци[яи])(?:\s+\S+){0,6}",
        r"что\s+(?:мы\s+)?(?:советуем|рекомендуем|думаем|говорим)\b.*",
    ),
    # Indonesian: "Sikap resmi perhimpunan" (the association's official stance), "Rekomendasi kami", "Saran kami",
    # "Posisi yayasan", "Apa yang kami sarankan".
    "id": (
        r"sikap(?:\s+resmi)?(?:\s+\S+){0,4}", r"(?:posisi|pendapat|pandangan)\s+(?:resmi\s+)?(?:kami|perhimpunan|yayasan|asosiasi|"
        r"perkumpulan|komunitas|ikatan|pengurus)\b.*", r"rekomendasi(?:\s+\S+){0,6}", r"saran\s+(?:kami|resmi|perhimpunan|pengurus)\b.*",
        r"apa\s+yang\s+kami\s+(?:sarankan|rekomendasikan|anjurkan)\b.*", r"kesimpulan",
    ),
    # Maltese: "Il-pożizzjoni tagħna, bla tidwir" (our position, straight), "Ir-rakkomandazzjoni tal-kumitat", "Il-fehma
    # tal-għaqda", "X'nirrakkomandaw?".
    "mt": (
        r"(?:\w+\s+){0,2}(?:il-|ir-)?(?:pożizzjoni|rakkomandazzjoni(?:jiet)?)(?:\s+\S+){0,6}",
        r"(?:il-)?fehma\s+(?:tagħna|tal-\S+)\b.*", r"x['’]\s*(?:nirrakkomandaw|nagħtu\s+parir|naħsbu)\b.*",
    ),
    # Albanian: "Çfarë vendosi kryesia jonë, pa fjalë të tepërta" (what our board decided, without extra words),
    # "Qëndrimi ynë" (our position), "Rekomandimi i shoqatës", "Përgjigjja e kryesisë", "Çfarë rekomandojmë?".
    "sq": (
        r"(?:\w+\s+){0,2}(?:qëndrim(?:i)?|rekomandim(?:i|et)?|përgjigjj?a|mendimi)\s+(?:ynë|jonë|i\s+\S+|e\s+\S+)\b.*",
        r"(?:çfarë|ç['’]|cfare)\s*(?:vendosi|vendosëm|rekomandon|rekomandojmë|këshillon|këshillojmë|mendon|mendojmë)\b.*",
    ),
}

# Where no heading names the position: a paragraph that opens like this states it ...
POSITION_OPENINGS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:our|the\s+[\w’' -]{2,40}?(?:'s|’s))\s+(?:position|view|stance|recommendation|advice)\s+is\b",
           # ... the organisation named without "the": "Alderfold's advice is not to …", "Kestle ALS Group's view is that …"
           r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}(?:'s|’s)\s+(?:position|view|stance|recommendation|advice)\s+is\b",
           # an unheaded lead that refuses outright: "X Society does not recommend Y for people with MND …"
           # (vocabulary.opens_position checks that the subject is "we" or an organisation)
           r"(?P<refuser>we|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'.-]*){0,7})\s+(?:(?:does|do)\s+not|cannot|can['’]t)\s+"
           r"(?:currently\s+|yet\s+)?(?:recommend|support|endorse)\b"),
    "fr": (r"(?:notre|la)\s+(?:position|recommandation|avis)\s+(?:de\s+.{2,40}?\s+)?est\b",),
    "de": (r"(?:unsere|die)\s+(?:position|empfehlung|haltung)\s+(?:.{2,40}?\s+)?(?:ist|lautet)\b",),
    "es": (r"(?:nuestra|la)\s+(?:posici[oó]n|recomendaci[oó]n)\s+(?:de\s+.{2,40}?\s+)?es\b",),
    "nl": (r"(?:ons|het)\s+(?:standpunt|advies)\s+(?:van\s+.{2,40}?\s+)?is\b",),
    "pt": (r"(?:a\s+)?nossa\s+(?:posi[çc][ãa]o|recomenda[çc][ãa]o)\s+[ée]\b",),
    "it": (r"(?:la\s+)?nostra\s+(?:posizione|raccomandazione)\s+[èe]\b",),
    "pl": (r"(?:nasze|naszym)\s+(?:stanowisko|zdaniem)\b",),
    "sv": (r"(?:vår|vårt)\s+(?:hållning|ståndpunkt|råd|rekommendation)\s+(?:.{2,40}?\s+)?är\b",),
    "da": (r"(?:vores)\s+(?:holdning|standpunkt|råd|anbefaling)\s+(?:.{2,40}?\s+)?er\b",),
    "nb": (r"(?:vårt|vår|styrets|lagets|foreningens)\s+(?:standpunkt|syn|råd|anbefaling)\s+(?:.{2,40}?\s+)?er\b",),
}
# ... and the paragraphs right after it that open like this go on stating it.
POSITION_CONTINUATIONS: dict[str, tuple[str, ...]] = {
    "en": (r"we\s+(?:(?:do\s+not|don['’]t|strongly|therefore|also)\s+)*(?:recommend|advise|urge|encourage|ask|support)\b",),
    "fr": (r"nous\s+(?:ne\s+)?(?:recommandons|conseillons|déconseillons|encourageons|demandons)\b",),
    "de": (r"wir\s+(?:empfehlen|raten|bitten|ermutigen)\b",),
    "es": (r"(?:no\s+)?(?:recomendamos|aconsejamos|desaconsejamos|animamos|pedimos)\b",),
    "nl": (r"wij\s+(?:raden|adviseren|bevelen|vragen)\b", r"we\s+(?:raden|adviseren|bevelen|vragen)\b"),
    "pt": (r"(?:não\s+)?(?:recomendamos|aconselhamos|desaconselhamos|pedimos)\b",),
    "it": (r"(?:non\s+)?(?:raccomandiamo|consigliamo|sconsigliamo|chiediamo)\b",),
    "pl": (r"(?:nie\s+)?(?:zalecamy|rekomendujemy|radzimy|odradzamy|prosimy|zachęcamy)\b",),
    "sv": (r"vi\s+(?:rekommenderar|råder|avråder|uppmanar|ber)\b",),
    "da": (r"vi\s+(?:anbefaler|råder|fraråder|opfordrer|beder)\b",),
    "nb": (r"vi\s+(?:anbefaler|råder|fraråder|oppfordrer|ber)\b",),
}

# Words that say a page is a newsletter: a run of items, of which one may state a position.
NEWSLETTER_WORDS: tuple[str, ...] = (
    r"newsletter", r"bulletin", r"digest", r"in\s+this\s+issue", r"members['’]?\s+update", r"lettre\s+d['’]information",
    r"infolettre", r"dans\s+ce\s+num[ée]ro", r"rundbrief", r"mitgliederbrief", r"in\s+dieser\s+ausgabe", r"bolet[íi]n",
    r"en\s+este\s+n[úu]mero", r"nieuwsbrief", r"in\s+dit\s+nummer", r"notiziario", r"in\s+questo\s+numero", r"boletim",
    r"nesta\s+edi[çc][ãa]o",
    # a campaign e-mail to members: "Members' news, June 2022", "Members' e-news"
    r"members['’]?\s+(?:e-?)?news\b",
    # a members' calendar: each month's page with its own items ("Members' Calendar 2024")
    r"members['’]?\s+calendar",
)

# How a letter greets its reader: a salutation is never a title.
SALUTATIONS: dict[str, tuple[str, ...]] = {
    "en": (r"dear\b.*", r"hello\b.*", r"hi\s.*"),
    "fr": (r"(?:cher|ch[èe]re|chers|ch[èe]res)\s.*", r"bonjour\b.*", r"madame,?\s+monsieur\b.*"),
    "de": (r"(?:liebe|lieber|sehr\s+geehrte[rn]?)\s.*", r"hallo\b.*"),
    "es": (r"(?:estimad[oa]s?|querid[oa]s?)\s.*", r"hola\b.*"),
    "nl": (r"(?:beste|geachte)\s.*",),
    "pt": (r"(?:prezad[oa]s?|car[oa]s)\s.*", r"ol[áa]\b.*"),
    "it": (r"(?:car[oaie]|gentil[ei])\s.*",),
}
# The header of an e-mail saved as text ("Subject: …", "Date: …"), per language: name → field.
MAIL_HEADERS: dict[str, str] = {
    "subject": "subject", "betreff": "subject", "objet": "subject", "asunto": "subject", "onderwerp": "subject",
    "oggetto": "subject", "assunto": "subject", "subj": "subject",
    "date": "date", "sent": "date", "datum": "date", "gesendet": "date", "envoyé": "date", "fecha": "date",
    "enviado": "date", "verzonden": "date", "data": "date", "inviato": "date",
    "from": "from", "von": "from", "de": "from", "van": "from", "da": "from",
    "to": "to", "an": "to", "à": "to", "para": "to", "aan": "to", "a": "to", "cc": "to",
}

# A letter's subject-line label before its title: "Re: X" is titled "X".
# Words that title a meeting's record: its statement is one numbered agenda item ("7. Calyxo nasal spray").
# The labels a question-and-answer pair sets before its two parts ("Q: … A: …", "Frage: … Antwort: …"), per language:
# a position given as such a pair is its answer, without the label.
QUESTION_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("q", "question"), "fr": ("q", "question"), "de": ("f", "frage"), "es": ("p", "pregunta"),
    "nl": ("v", "vraag"), "pt": ("p", "pergunta"), "it": ("d", "domanda"), "pl": ("p", "pytanie"),
    "sv": ("f", "fråga"), "da": ("s", "spørgsmål"), "nb": ("s", "spørsmål"), "sq": ("p", "pyetje"),
}
ANSWER_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("a", "answer"), "fr": ("r", "réponse"), "de": ("a", "antwort"), "es": ("r", "respuesta"),
    "nl": ("a", "antwoord"), "pt": ("r", "resposta"), "it": ("r", "risposta"), "pl": ("o", "odpowiedź"),
    "sv": ("s", "svar"), "da": ("s", "svar"), "nb": ("s", "svar"), "sq": ("përgjigje", "përgjigja"),
}
# Words a page's <title> may add to its heading to say the page's standing ('Osmaveline (OSV-205) - WITHDRAWN statement'):
# part of what the page is called.
STATUS_WORDS: tuple[str, ...] = (
    r"withdrawn", r"superseded", r"archived", r"rescinded", r"retracted", r"retiré(?:e)?", r"caduque?", r"archivé(?:e)?",
    r"zurückgezogen", r"archiviert", r"retirad[oa]", r"archivad[oa]", r"ritirat[oa]", r"archiviat[oa]", r"ingetrokken",
    r"gearchiveerd",
)
MEETING_WORDS: tuple[str, ...] = (
    r"minutes", r"meeting", r"notes", r"agm", r"compte[- ]rendu", r"procès-verbal", r"protokoll", r"sitzung", r"notulen",
    r"vergadering", r"acta", r"reuni[oó]n", r"verbale", r"riunione", r"protokół", r"posiedzenie", r"protokoll", r"möte",
    r"referat", r"møde", r"møte", r"pöytäkirja", r"koosolek", r"zapisnik", r"seja", r"fundargerð", r"fundur",
    # (German and Dutch write what meeting it is into one word: 'Ergebnisprotokoll', 'Vorstandssitzung',
    # 'bestuursvergadering', 'Bestuursoverleg')
    r"\w+protokoll", r"\w+sitzung", r"\w+vergadering", r"\w*overleg", r"stammtisch",
)
# The label of a numbered agenda item in minutes ('TOP 3 Kestrivan', 'Item 2 Pelvorin', 'Agendapunt 4 …'), per language.
AGENDA_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("item", "agenda item", "point"),
    "de": ("top", "tagesordnungspunkt", "punkt"),
    "nl": ("agendapunt", "punt"),
    "fr": ("point",),
    "es": ("punto",),
    "it": ("punto",),
    "pt": ("ponto",),
}
# The field that titles a record in an export or a register ("Title        : X", "Pealkiri: X").
TITLE_FIELDS: tuple[str, ...] = ("title", "titel", "titre", "título", "titulo", "titolo", "tytuł", "otsikko", "pealkiri",
                                 "naslov", "titill", "rubrik", "overskrift")
# A minute's label for what a body resolved, set over the words themselves ('Beschluss (wörtlich ins Protokoll):',
# 'Besluit:', 'RESOLUTION:', 'Décision du bureau :'), per language.
RESOLUTION_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("resolution", "resolved", "decision", "decided", "motion carried"),
    "de": ("beschluss", "beschlussfassung", "entscheidung"),
    "fr": ("décision", "résolution", "délibération"),
    "es": ("acuerdo", "decisión", "resolución"),
    "pt": ("deliberação", "decisão", "resolução"),
    "it": ("delibera", "decisione", "deliberazione"),
    "nl": ("besluit", "besluiten", "beslissing"),
}
# A lead-in that says a body settled on the words below it ('agreed that this is the answer we should give', 'Der
# Vorstand hat beschlossen, was wir allen sagen sollen'), per language: what the body did, then what it settled on.
AGREED_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("agreed", "decided", "approved", "settled", "adopted"),
    "de": ("beschlossen", "vereinbart", "entschieden", "festgelegt", "verabschiedet"),
    "fr": ("décidé", "convenu", "adopté", "approuvé", "arrêté"),
    "es": ("decidido", "acordado", "aprobado", "adoptado", "decidió", "acordó", "aprobó"),
    "pt": ("decidido", "decidiu", "acordado", "aprovado", "aprovou"),
    "it": ("deciso", "concordato", "approvato", "adottato", "decise", "approvò"),
    "nl": ("besloten", "afgesproken", "goedgekeurd", "vastgesteld"),
}
AGREED_WHAT: dict[str, tuple[str, ...]] = {
    "en": ("answer", "reply", "response", "position", "view", "line", "advice", "wording"),
    "de": ("antwort", "position", "haltung", "empfehlung", "wortlaut", r"was\s+wir\s+[\w ]{0,30}?sagen"),
    "fr": ("réponse", "position", "avis", r"ce\s+que\s+nous\s+[\w ]{0,30}?dis\w*"),
    "es": ("respuesta", "posición", "postura", r"lo\s+que\s+[\w ]{0,30}?dec\w*"),
    "pt": ("resposta", "posição", r"o\s+que\s+[\w ]{0,30}?diz\w*"),
    "it": ("risposta", "posizione", r"cosa\s+[\w ]{0,30}?dire"),
    "nl": ("antwoord", "standpunt", r"wat\s+we\s+[\w ]{0,30}?zeggen"),
}
# ... or, the other way round, the words themselves first, then that a body agreed them ('Caption agreed by the
# committee on 10 September 2026:', 'Texto aprobado por la junta:'): the printed words a body can settle on, per
# language.
AGREED_TEXTS: dict[str, tuple[str, ...]] = {
    "en": ("caption", "note", "text", "wording", "words", "answer", "reply", "position", "view", "statement", "advice"),
    "de": ("bildunterschrift", "hinweis", "text", "wortlaut", "antwort", "position", "stellungnahme", "empfehlung"),
    "fr": ("légende", "note", "texte", "réponse", "position", "avis"),
    "es": (r"pie\s+de\s+foto", "nota", "texto", "respuesta", "posición", "postura"),
    "pt": ("legenda", "nota", "texto", "resposta", "posição"),
    "it": ("didascalia", "nota", "testo", "risposta", "posizione"),
    "nl": ("onderschrift", "tekst", "antwoord", "standpunt", "advies"),
}
# ... and the word that names who agreed them ('by', 'por', 'von', 'par', 'door', 'da', 'pela').
AGREED_BY: tuple[str, ...] = ("by", "at", "von", "vom", "par", "por", "pela", "pelo", "da", "dal", "dalla", "door")
# (and a forum engine's label before a thread's title: vBulletin's "Thread: X", phpBB's "Topic: X")
SUBJECT_LABELS: tuple[str, ...] = ("re", "subject", "betreff", "objet", "asunto", "oggetto", "onderwerp", "assunto",
                                   "thread", "topic")

# Other common section names: a short line like this heads a section even without markup.
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        r"background", r"summary", r"introduction", r"overview", r"context", r"key\s+points", r"discussion",
        r"evidence", r"the\s+evidence", r"current\s+status", r"status", r"updates?", r"latest\s+update", r"results",
        r"about\s+.{1,40}", r"references", r"further\s+(?:information|reading)", r"more\s+information",
        r"next\s+steps", r"what\s+.{1,60}\?", r"why\s+.{1,60}\?", r"how\s+.{1,60}\?",
        r"see\s+also", r"external\s+links", r"notes", r"sources", r"footnotes",
    ),
    "fr": (r"contexte", r"résumé", r"introduction", r"données", r"historique", r"mise\s+à\s+jour"),
    "de": (r"hintergrund", r"zusammenfassung", r"einleitung", r"einführung", r"sachstand", r"aktualisierung"),
    "es": (r"antecedentes", r"contexto", r"resumen", r"introducci[oó]n", r"actualizaci[oó]n"),
    "nl": (r"achtergrond", r"samenvatting", r"inleiding", r"context"),
    "pt": (r"contexto", r"resumo", r"introdu[çc][ãa]o", r"antecedentes"),
    "it": (r"contesto", r"sintesi", r"introduzione", r"premessa", r"riassunto"),
    "pl": (r"wprowadzenie", r"kontekst", r"t[łl]o", r"podsumowanie", r"streszczenie", r"aktualizacja"),
}

# The title of a box set beside the text (a docs site's admonition, a page builder's callout): what
# stands under it is an aside, never part of the position above it.
ASIDE_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (r"tip", r"top\s+tip", r"hint", r"note", r"info", r"good\s+to\s+know", r"did\s+you\s+know\??", r"see\s+also",
           r"read\s+more", r"related(?:\s+reading)?"),
    "fr": (r"astuce", r"conseil\s+pratique", r"remarque", r"à\s+savoir", r"le\s+saviez-vous\s*\?", r"voir\s+aussi"),
    "de": (r"tipp", r"hinweis", r"gut\s+zu\s+wissen", r"wussten\s+sie\s+schon\??", r"siehe\s+auch"),
    "es": (r"consejo", r"nota", r"sab[ií]as\s+que\??", r"v[eé]ase\s+tambi[eé]n", r"ver\s+tambi[eé]n"),
    "nl": (r"tip", r"opmerking", r"goed\s+om\s+te\s+weten", r"wist\s+je\s+dat\??", r"zie\s+ook"),
    "pt": (r"dica", r"nota", r"sabia\s+que\??", r"veja\s+tamb[eé]m"),
    "it": (r"suggerimento", r"consiglio\s+pratico", r"nota", r"lo\s+sapevi\??", r"vedi\s+anche"),
    "pl": (r"wskaz[oó]wka", r"uwaga", r"czy\s+wiesz,?\s+[żz]e\??", r"zobacz\s+te[żz]"),
}

# A document-type label printed on a cover or above a title: never a section or the title.
LABELS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:\w+\s+)?(?:position|policy|consensus)\s+(?:statement|paper)s?", r"statement", r"press\s+release",
           r"briefing(?:\s+note)?", r"(?:public\s+)?statement\s+by\s+.{2,60}",
           r"(?:an?\s+)?(?:joint\s+)?(?:position|policy|consensus)\s+(?:statement|paper)\s+(?:of|by|from)\s+.{2,60}",
           r"(?:internal\s+)?memo(?:randum)?", r"board\s+paper", r"paper\s+(?:to|for)\s+the\s+board"),
    "fr": (r"prise\s+de\s+position", r"déclaration(?:\s+de\s+position)?", r"communiqué(?:\s+de\s+presse)?", r"note\s+interne"),
    "de": (r"stellungnahme", r"positionspapier", r"pressemitteilung", r"interne\s+mitteilung", r"hausmitteilung"),
    "es": (r"declaraci[oó]n(?:\s+de\s+posici[oó]n)?", r"posicionamiento", r"comunicado(?:\s+de\s+prensa)?",
           r"nota\s+interna", r"memor[áa]ndum"),  # (Galician writes 'nota interna' too)
    "nl": (r"standpuntverklaring", r"persbericht", r"interne\s+(?:notitie|memo)"),
    "pt": (r"declara[çc][ãa]o\s+de\s+posi[çc][ãa]o", r"comunicado\s+de\s+imprensa", r"memorando"),
    "it": (r"presa\s+di\s+posizione", r"documento\s+di\s+posizione", r"comunicato\s+stampa", r"promemoria"),
    "pl": (r"komunikat(?:\s+prasowy)?", r"o[śs]wiadczenie"),
}

# What a date beside these words means (matched at the start of a line, before the date).
DATE_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "issued": {
        "en": (r"(?:statement\s+)?(?:issued|published|printed|posted|submitted|created|dated?|approved|adopted|endorsed|agreed|statement\s+date)"
               # ("Agreed by" alone: a table's label over its value, "Trustees, 30 October 2023")
               r"(?:\s+(?:by|at)(?:\s+(?:the\s+)?[\w’' ]{2,40}?)?)?(?:\s+(?:on|in))?",  # "agreed at committee Tue 12 March 2024"
               r"(?:first\s+)?published\s+online(?:\s+(?:on|in))?",
               # "Minuted at the Group meeting of 11 June 2025", "Agreed at the committee meeting on 3 May 2025"
               r"(?:minuted|agreed|approved|adopted|decided)\s+at\s+(?:the\s+|a\s+)?[\w’' ]{2,40}?\s+meeting\s+(?:of|on|in)",
               r"minuted(?:\s+(?:by|at)(?:\s+(?:the\s+)?[\w’' ]{2,40}?)?)?(?:\s+(?:on|in))?",
               # who settled it, then when, as the answer to 'Who agreed this?': "The trustees, at their meeting on 27
               # August 2026", "The committee, at its meeting of 3 May 2025"
               r"(?:the\s+|our\s+)?(?:[\w’'-]+\s+){0,2}(?:trustees|committee|board|council|panel|directors)\s*,?\s+at\s+"
               r"(?:their|its|the|a)\s+(?:[\w’'-]+\s+){0,2}meeting\s+(?:on|of|in)",
               r"(?:date\s+of\s+(?:issue|publication|approval)|(?:issue|publication|approval)\s+date)",),
        "fr": (r"publi[ée]e?\s+le", r"date(?:\s+de\s+publication)?", r"adopt[ée]e?\s+le",
               # "Adopté par le conseil d'administration le 3 mars 2025"
               r"(?:adopt|approuv|valid|décid|arrêt)[ée]e?s?\s+par\s+[\w’' -]{2,40}?\s+le"),
        "de": (r"veröffentlicht(?:\s+am)?", r"datum", r"stand", r"verabschiedet(?:\s+am)?",
               # "Beschlossen vom Vorstand am 7. Mai 2024"
               r"beschlossen(?:\s+(?:vom|von\s+(?:der|dem)|durch\s+(?:den|die))\s+[\w ]{2,40}?)?(?:\s+am)?"),
        # ("Aprobado por la junta directiva el 10 de febrero de 2025")
        "es": (r"publicad[oa](?:\s+el)?", r"fecha(?:\s+de\s+publicaci[oó]n)?",
               r"aprobad[oa](?:\s+(?:por|en)\s+[\w ]{2,40}?)?(?:\s+el)?"),
        # ("Vastgesteld door het bestuur op 27 augustus 2025": settled by the board on …; Afrikaans, read with Dutch: "Deur
        # die bestuurskomitee goedgekeur op 21 Julie 2025")
        "nl": (r"gepubliceerd(?:\s+op)?", r"datum", r"aangemaakt(?:\s+door\s+[\w’'. -]{2,40}?)?(?:\s+op)?",
               r"(?:vastgesteld|goedgekeurd|besloten)(?:\s+door\s+[\w’' -]{2,40}?)?(?:\s+op)?",
               r"(?:deur\s+[\w’' -]{2,40}?\s+)?goedgekeur(?:\s+deur\s+[\w’' -]{2,40}?)?(?:\s+op)?"),
        "sv": (r"publicerad(?:\s+den)?", r"datum",
               r"(?:antagen|antaget|beslutad|beslutat|fastställd|godkänd)(?:\s+av\s+[\w’' ]{2,40}?)?(?:\s+den)?"),
        "da": (r"(?:offentliggjort|udgivet)(?:\s+den)?", r"dato", r"(?:vedtaget|godkendt)(?:\s+af\s+[\w’' ]{2,40}?)?(?:\s+den)?"),
        "pt": (r"publicad[oa](?:\s+em)?", r"data(?:\s+de\s+publica[çc][ãa]o)?",
               # "Aprovada pela direção em 9 de setembro de 2025"
               r"aprovad[oa](?:\s+(?:pela|pelo|por|em)\s+[\w ]{2,40}?)?(?:\s+(?:em|a))?"),
        "it": (r"pubblicat[oa](?:\s+il)?", r"data(?:\s+di\s+pubblicazione)?",
               # "Approvato dal consiglio direttivo il 17 settembre 2025"
               r"(?:approvat[oa]|adottat[oa])(?:\s+(?:da|dal|dalla|dai|dall['’])\s*[\w ]{2,40}?)?(?:\s+(?:il|in|a))?"),
        "pl": (r"opublikowano(?:\s+dnia)?", r"data(?:\s+publikacji)?", r"przyj[eę]to(?:\s+dnia)?"),
        "cs": (r"(?:zveřejněno|publikováno|schváleno|vydáno)(?:\s+dne)?", r"datum(?:\s+vydání)?"),
        "ca": (r"publicat(?:\s+el)?", r"data(?:\s+de\s+publicaci[óo])?", r"aprovat(?:\s+el)?", r"creat(?:\s+el)?"),
        "nb": (r"publisert(?:\s+den)?", r"dato", r"(?:vedtatt|godkjent)(?:\s+av\s+[\w’' ]{2,40}?)?(?:\s+den)?"),
        "fi": (r"julkaistu", r"päivämäärä", r"hyväksytty"),
        "hu": (r"közzétéve", r"megjelent", r"dátum", r"jóváhagyva", r"elfogadva", r"jóváhagyta(?:\s+az?\s+[\w ]{2,40}?)?"),
        "el": (r"δημοσιεύθηκε|δημοσιεύτηκε", r"ημερομηνία(?:\s+δημοσίευσης)?", r"εγκρίθηκε(?:\s+από\s+[\w ]{2,40}?)?(?:\s+στις)?"),
        "ro": (r"publicat(?:\s+(?:la|pe|în))?", r"data(?:\s+publicării)?",
               r"aprobat(?:\s+de\s+[\w ]{2,40}?)?(?:\s+(?:la|pe|în))?"),  # "Aprobat de consiliul director la …"
        "tr": (r"yayın(?:lanma)?\s+tarihi", r"yayımlandı", r"tarih"),
        # "Seisukoha kinnitas seltsi juhatus 14. veebruaril 2025", "Stališče je sprejel upravni odbor društva 18. 9. 2024",
        # "Samþykkt af stjórn félagsins 20. maí 2025": who approved it may stand between the word and the date.
        "et": (r"(?:\w+\s+)?(?:kinnita(?:s|sid|tud)|kiitis\s+heaks|avaldatud|vastu\s+võetud)(?:\s+[\w ]{2,40}?)?",),
        "sl": (r"(?:\w+\s+)?(?:je\s+)?(?:sprejel[aoi]?|potrdil[aoi]?|odobril[aoi]?|objavljeno|sprejeto|potrjeno)(?:\s+[\w ]{2,40}?)?",),
        "is": (r"(?:samþykkt|birt|gefið\s+út)(?:\s+af\s+[\w ]{2,40}?)?",),
        # "Usvojio upravni odbor 4. veljače 2025."
        # "Pritarta draugijos valdybos posėdyje 2025 m. rugpjūčio 20 d." (agreed at the society's board meeting)
        "lt": (r"(?:pritarta|patvirtinta|paskelbta|priimta|publikuota)(?:\s+[\w ]{2,60}?)?",),
        "hr": (r"(?:\w+\s+)?(?:usvoji(?:o|la|li)|usvojeno|prihvati(?:o|la|li)|prihvaćeno|odobri(?:o|la|li)|odobreno|objavljeno)"
               r"(?:\s+[\w ]{2,40}?)?",),
        # "Stanovisko schválil výbor združenia 10. októbra 2024", "Publikované: 12. októbra 2024"
        "sk": (r"(?:\w+\s+)?(?:schválil[aoi]?|schválené|prijal[aoi]?|prijaté|publikované|zverejnené|vydané)(?:\s+dňa)?"
               r"(?:\s+[\w ]{2,40}?)?(?:\s+dňa)?",),
        # "Disetujui oleh pengurus pada 16 Juli 2025" (approved by the board on …), "Diterbitkan: …"
        "id": (r"(?:disetujui|diterbitkan|disahkan|ditetapkan|dipublikasikan)(?:\s+oleh\s+[\w ]{2,40}?)?(?:\s+pada)?",
               r"tanggal(?:\s+terbit)?"),
        # Bulgarian: "Прието от Управителния съвет на 8 октомври 2025 г." (adopted by the board on …), "Публикувано на …"
        "bg": (r"(?:приет[оаи]?|одобрен[оаи]?|публикуван[оаи]?)(?:\s+от\s+[\w ]{2,40}?)?(?:\s+на)?",),
        # Ukrainian: "Ухвалено правлінням 14 жовтня 2025 року" (adopted by the board on …), "Опубліковано …"; Russian:
        # "Утверждено правлением …", "Опубликовано …".
        "uk": (r"(?:ухвален[оаі]?|затверджен[оаі]?|схвален[оаі]?|прийнят[оаі]|опублікован[оаі]?)(?:\s+[\w ]{2,40}?)?",),
        "ru": (r"(?:утвержден[оаы]?|одобрен[оаы]?|принят[оаы]?|опубликован[оаы]?)(?:\s+[\w ]{2,40}?)?",),
        # Albanian: "Vendosur nga kryesia më 9 shtator 2025" (decided by the board on …), "Miratuar më …", "Botuar më …"
        "sq": (r"(?:vendosur|miratuar|botuar|publikuar)(?:\s+nga\s+[\w ]{2,40}?)?(?:\s+(?:më|në))?",),
    },
    "updated": {
        # Basque: "Azken aldaketa: 2025/08/05" (last change), "Eguneratua: …"
        "eu": (r"azken\s+(?:aldaketa|eguneraketa)", r"eguneratu(?:a|ta)?"),
        "en": (r"(?:last\s+)?(?:updated|revised|modified|edited)(?:\s+(?:this|the)\s+(?:page|post|article|entry|document))?"
               r"(?:\s+(?:on|in))?", r"update"),
        "fr": (r"mis(?:e)?\s+à\s+jour(?:\s+le)?", r"actualis[ée]e?(?:\s+le)?", r"révis[ée]e?\s+le"),
        "de": (r"(?:zuletzt\s+)?aktualisiert(?:\s+am)?",),
        "es": (r"actualizad[oa](?:\s+el)?", r"[úu]ltima\s+(?:actualizaci[oó]n|edici[oó]n|modificaci[oó]n)", r"(?:modificad|editad)[oa](?:\s+el)?"),
        "nl": (r"(?:laatst\s+)?(?:bijgewerkt|gewijzigd)(?:\s+door\s+[\w’'. -]{2,40}?)?(?:\s+op)?",),
        "sv": (r"(?:senast\s+)?(?:uppdaterad|ändrad)(?:\s+den)?",),
        "da": (r"(?:senest\s+)?(?:opdateret|ændret)(?:\s+den)?",),
        "pt": (r"atualizad[oa](?:\s+em)?",),
        # ("Grafica aggiornata il 03/06/2025": what was updated may come first)
        "it": (r"(?:[^\W\d_]+\s+)?aggiornat[oa](?:\s+il)?", r"ultim[oa]\s+(?:aggiornamento|modifica)", r"modificat[oa](?:\s+il)?"),
        "pl": (r"zaktualizowano(?:\s+dnia)?", r"(?:ostatnia\s+)?aktualizacja"),
        "cs": (r"(?:naposledy\s+)?(?:aktualizováno|upraveno)(?:\s+dne)?", r"poslední\s+aktualizace"),
        "ca": (r"actualitzat(?:\s+el)?", r"darrera\s+actualitzaci[óo]", r"modificat(?:\s+el)?"),
        "nb": (r"(?:sist\s+)?(?:oppdatert|endret)(?:\s+den)?",),
        "fi": (r"(?:viimeksi\s+)?päivitetty", r"muokattu", r"(?:viimeksi\s+)?muokannut(?:\s+[\w’'. -]{2,40}?)?"),
        "hu": (r"(?:utoljára\s+)?(?:frissítve|módosítva)", r"utolsó\s+(?:frissítés|módosítás)"),
        "el": (r"(?:τελευταία\s+)?ενημέρωση", r"ενημερώθηκε(?:\s+στις)?", r"τροποποιήθηκε(?:\s+στις)?"),
        "ro": (r"actualizat(?:\s+(?:la|pe|în))?", r"ultima\s+actualizare"),
        "tr": (r"(?:son\s+)?güncelle(?:me|ndi)(?:\s+tarihi)?",),
        "et": (r"(?:viimati\s+)?(?:uuendatud|muudetud)",),
        "sl": (r"(?:zadnja\s+)?(?:posodobitev|posodobljeno|spremenjeno)",),
        "is": (r"(?:síðast\s+)?(?:uppfært|breytt)",),
        "hr": (r"(?:zadnja\s+)?(?:izmjena|promjena)", r"ažurirano"),
        "sk": (r"(?:naposledy\s+)?(?:aktualizované|upravené)(?:\s+dňa)?", r"posledná\s+aktualizácia"),
        # ("Terakhir diubah: …", last changed, is the page's edit stamp: like 'Zuletzt bearbeitet', not a new text)
        "id": (r"(?:terakhir\s+)?(?:diperbarui|diperbaharui)(?:\s+pada)?",),
        "bg": (r"(?:последна\s+)?(?:промяна|актуализация)", r"(?:последно\s+)?(?:променено|обновено|актуализирано)(?:\s+на)?"),
        # ("Востаннє редагувалося: 22.10.2025, 09:17", last edited: the page's edit stamp)
        "uk": (r"(?:востаннє\s+)?(?:редагувалося|редаговано|оновлено|змінено)", r"(?:останнє\s+)?(?:оновлення|редагування)"),
        "ru": (r"(?:последнее\s+)?(?:обновление|изменение|редактирование)", r"(?:обновлено|изменено|отредактировано)"),
        "sq": (r"(?:përditësuar|ndryshuar|modifikuar)(?:\s+(?:më|në))?", r"përditësimi\s+i\s+fundit"),
    },
    "reviewed": {
        # "Reviewed and reaffirmed 20 February 2025": a review that kept the position.
        "en": (r"(?:last\s+)?reviewed(?:\s+and\s+(?:reaffirmed|confirmed|re-?approved))?(?:\s+by\s+[\w’'. ]{2,40}?)?(?:\s+(?:on|in))?",
               r"date\s+of\s+(?:last\s+)?review",
               # ("Rechecked 14/01/2025 - still stands", "Checked again on 2 June 2025 - no change")
               r"(?:last\s+)?(?:re-?)?checked(?:\s+again)?(?:\s+by\s+[\w’'. ]{2,40}?)?(?:\s+(?:on|in))?",  # a fact sheet's "Checked April 2025 - still accurate"
               # "Looked at again 15/09/2025 – nothing to change": past tense, a date; "We'll look at this again" is a plan
               r"looked\s+(?:at\s+(?:it\s+|this\s+)?again|over(?:\s+again)?)(?:\s+by\s+(?:the\s+)?[\w’' ]{2,40}?)?(?:\s+(?:on|in))?",
               # "Re-read at the Circle meeting on 5 February 2025 - stands as written"
               r"re-?read(?:\s+(?:at|by)\s+(?:the\s+)?[\w’' ]{2,40}?)?(?:\s+(?:on|in))?",
               # "Read again by the committee on 18 November 2026; nothing changed", "Gone over again in May 2025"
               r"(?:read|gone\s+over|went\s+over)\s+(?:it\s+|this\s+)?again(?:\s+(?:at|by)\s+(?:the\s+)?[\w’' ]{2,40}?)?"
               r"(?:\s+(?:on|in))?"),
        "fr": (r"derni[èe]re\s+r[ée]vision", r"r[ée]vis[ée]e?\s+en", r"(?:relu|r[ée]examin[ée])e?s?(?:\s+par\s+[\w'’ ]{2,40}?)?(?:\s+le)?"),
        # ("Vom Vorstand noch einmal gelesen am 25.11.2026, unverändert")
        "de": (r"(?:zuletzt\s+)?überprüft(?:\s+am)?", r"letzte\s+überprüfung",
               r"(?:(?:vom|von\s+der|durch\s+den)\s+[\w ]{2,40}?\s+)?(?:noch\s+einmal|erneut)\s+(?:gelesen|durchgesehen)(?:\s+am)?"),
        # ("Revisado por la junta el 2 de octubre de 2025, sin cambios": who reviewed it, then when)
        "es": (r"revisad[oa](?:\s+por\s+[\w ]{2,40}?)?(?:\s+el)?", r"[úu]ltima\s+revisi[oó]n"),
        "nl": (r"(?:laatst\s+)?herzien(?:\s+op)?",),
        "sv": (r"(?:senast\s+)?(?:granskad|reviderad|översedd)(?:\s+den)?",),
        "da": (r"(?:senest\s+)?(?:revideret|gennemgået)(?:\s+den)?",),
        "pt": (r"revisad[oa](?:\s+em)?", r"[úu]ltima\s+revis[ãa]o"),
        # ("Riletto dal consiglio direttivo il 10 settembre 2025, senza modifiche": read again by the board, unchanged)
        "it": (r"rivist[oa](?:\s+il)?", r"ultima\s+revisione", r"rilett[oa](?:\s+(?:da(?:l|lla|i|gli)?)\s+[\w ]{2,40}?)?(?:\s+il)?"),
        "pl": (r"(?:ostatni(?:a|ej)?\s+)?(?:przegl[aą]d|weryfikacja)", r"zweryfikowano(?:\s+dnia)?"),
        "cs": (r"(?:naposledy\s+)?(?:revidováno|zkontrolováno)(?:\s+dne)?", r"poslední\s+revize"),
        "ca": (r"revisat(?:\s+el)?", r"darrera\s+revisi[óo]"),
        "nb": (r"(?:sist\s+)?(?:gjennomgått|revidert)(?:\s+den)?",),
        "fi": (r"(?:viimeksi\s+)?tarkistettu",),
        "hu": (r"(?:utoljára\s+)?felülvizsgálva", r"ellenőrizve", r"utolsó\s+felülvizsgálat"),
        "el": (r"(?:τελευταία\s+)?αναθεώρηση", r"αναθεωρήθηκε(?:\s+στις)?", r"ελέγχθηκε(?:\s+στις)?"),
        "ro": (r"revizuit(?:\s+(?:la|pe|în))?", r"ultima\s+revizuire"),
        "tr": (r"(?:son\s+)?gözden\s+geçir(?:me|ildi)(?:\s+tarihi)?",),
        "et": (r"(?:viimati\s+)?üle\s+vaadatud",),
        "sl": (r"(?:zadnjič\s+)?pregledano",),
        "is": (r"(?:síðast\s+)?(?:endurskoðað|yfirfarið)",),
        "hr": (r"(?:zadnji\s+put\s+)?(?:pregledano|provjereno)",),
        "sk": (r"(?:naposledy\s+)?(?:revidované|skontrolované|preverené)(?:\s+dňa)?", r"posledná\s+revízia"),
        "id": (r"(?:terakhir\s+)?(?:ditinjau|dikaji)(?:\s+ulang)?(?:\s+pada)?",),
        "bg": (r"(?:последно\s+)?(?:прегледано|преразгледано)(?:\s+на)?", r"последен\s+преглед"),
        "uk": (r"(?:востаннє\s+)?(?:переглянуто|перевірено)(?:\s+[\w ]{2,40}?)?", r"останній\s+перегляд"),
        "ru": (r"(?:последний\s+)?пересмотр", r"(?:пересмотрено|проверено)(?:\s+[\w ]{2,40}?)?"),
        "sq": (r"(?:rishikuar|rilexuar)(?:\s+nga\s+[\w ]{2,40}?)?(?:\s+(?:më|në))?",),
    },
    # A journal's history line before its publication date ("Received 12 May 2024; accepted 10 June 2024; published
    # online 2 July 2024"): the dates of a manuscript, not of the text as published. Read by nothing.
    "received": {
        "en": (r"(?:received|accepted|revised\s+manuscript\s+received)(?:\s+for\s+publication)?"
               r"(?:\s+(?:on|in))?", r"(?:received|accepted)\s+in\s+revised\s+form"),
        "fr": (r"re[çc]u(?:\s+le)?", r"accept[ée](?:\s+le)?"),
        "de": (r"eingegangen(?:\s+am)?", r"angenommen(?:\s+am)?"),
        "es": (r"recibido(?:\s+el)?", r"aceptado(?:\s+el)?"),
        "it": (r"ricevuto(?:\s+il)?", r"accettato(?:\s+il)?"),
        "pt": (r"recebido(?:\s+em)?", r"aceito(?:\s+em)?", r"aceite(?:\s+em)?"),
        "nl": (r"ontvangen(?:\s+op)?", r"geaccepteerd(?:\s+op)?"),
    },
    # A reprint of the same words ('Bingo card reprinted 11/06/2025', 'Print run 2 - reprinted July 2021'): the copy's
    # date, read only when nothing else on the page dates the text.
    "printed": {
        "en": (r"re-?printed(?:\s+(?:on|in))?", r"print\s+run(?:\s+\d+)?"),
        "fr": (r"r[ée]imprim[ée]e?(?:\s+le)?",),
        "de": (r"nachgedruckt(?:\s+am)?", r"neudruck(?:\s+vom)?"),
        "es": (r"reimpres[oa](?:\s+el)?", r"reimpresi[oó]n"),
    },
    "next_review": {
        "eu": (r"hurrengo\s+berrikuspena",),  # Basque: "Hurrengo berrikuspena: 2026ko uztaila."
        "en": (r"next\s+review(?:\s+(?:due|date))?(?:\s+(?:by|on|in))?", r"(?:due\s+for\s+|to\s+be\s+)review(?:ed)?(?:\s+(?:by|on|in))?",
               r"review\s+(?:date|due)(?:\s+(?:by|on|in))?",
               # "Next committee look at these three: April 2026"
               r"next\s+(?:[\w’']+\s+){0,2}?look(?:\s+at\s+(?:it|this|these|them|[\w’' ]{2,30}?))?(?:\s+(?:by|on|in))?"),
        "fr": (r"prochaine\s+r[ée]vision(?:\s+pr[ée]vue)?", r"prochain\s+(?:r[ée])?examen(?:\s+pr[ée]vu)?", r"prochaine\s+relecture"),
        "lt": (r"kita\s+peržiūra",),
        "de": (r"n[äa]chste\s+überprüfung",),
        "es": (r"pr[óo]xima\s+revisi[oó]n",),
        "nl": (r"volgende\s+her[sz]iening", r"volgende\s+bespreking"),  # (Afrikaans: 'Volgende hersiening')
        "sv": (r"nästa\s+(?:översyn|granskning|revidering)(?:\s+(?:sker|planeras))?",),
        "da": (r"næste\s+(?:revision|gennemgang)",),
        "pt": (r"pr[óo]xima\s+revis[ãa]o",),
        "it": (r"prossima\s+revisione",),
        "pl": (r"(?:nast[eę]pn|kolejn|najbli[żz]sz)(?:y\s+przegl[aą]d|a\s+weryfikacja)",),
        "cs": (r"příští\s+revize", r"další\s+revize"),
        "ca": (r"propera\s+revisi[óo]",),
        "nb": (r"neste\s+(?:gjennomgang|revisjon)",),
        "fi": (r"seuraava\s+tarkistus",),
        "hu": (r"következő\s+felülvizsgálat",),
        "el": (r"επόμενη\s+αναθεώρηση",),
        "ro": (r"următoarea\s+revizuire",),
        "tr": (r"bir\s+sonraki\s+gözden\s+geçirme", r"sonraki\s+gözden\s+geçirme"),
        "et": (r"järgmine\s+ülevaatus",),
        "sl": (r"naslednji\s+pregled",),
        "is": (r"næsta\s+endurskoðun",),
        "hr": (r"sljedeći\s+pregled(?:\s+dokumenta)?", r"sljedeća\s+revizija"),
        "sk": (r"(?:ďalšia|najbližšia)\s+(?:revízia|kontrola)",),
        "id": (r"tinjauan\s+(?:berikutnya|selanjutnya)", r"(?:akan\s+)?ditinjau\s+(?:kembali|ulang)(?:\s+pada)?"),
        "bg": (r"следващ(?:ият)?\s+преглед",),
        "uk": (r"наступний\s+перегляд",),
        "ru": (r"следующий\s+пересмотр",),
        "sq": (r"rishikimi\s+i\s+(?:radhës|ardhshëm)",),  # "Rishikimi i radhës: mars 2026."
    },
}
# Maltese, the day joined to 'in' ('Editjat fit-2 ta' Ottubru 2025', edited on 2 October 2025; 'Reviżjoni li jmiss: Marzu
# 2026', next review).
_MT_ON = r"(?:\s+(?:fi[tl]|f['’])-?)?"
DATE_ROLES["issued"]["mt"] = (rf"(?:ippubblikat|maħruġ|approvat|adottat)[a]?(?:\s+mill-[\w’' -]{{2,40}}?)?{_MT_ON}",)
DATE_ROLES["updated"]["mt"] = (rf"(?:editjat|aġġornat|immodifikat)[a]?{_MT_ON}", r"l-aħħar\s+aġġornament")
DATE_ROLES["reviewed"]["mt"] = (rf"(?:rivedut|rieżaminat)[a]?(?:\s+mill-[\w’' -]{{2,40}}?)?{_MT_ON}",)
DATE_ROLES["next_review"]["mt"] = (r"(?:ir-)?reviżjoni\s+(?:li\s+jmiss|li\s+jmiss)|(?:ir-)?reviżjoni\s+oħra",)
# Vietnamese: "Ban điều hành thống nhất ngày 12/10/2026" (the board agreed on …), "Đăng ngày …" (posted on), "Cập nhật
# 20/10/2026" (updated), "Chúng tôi sẽ xem lại vào tháng 4/2027" (we will look at it again in April 2027).
_VI_ON = r"(?:\s+(?:ngày|vào(?:\s+ngày|\s+tháng)?|hôm|tháng))?"
DATE_ROLES["issued"]["vi"] = (rf"(?:(?:ban|hội\s+đồng)\s+[\w ]{{2,30}}?\s+)?(?:đã\s+)?(?:thống\s+nhất|thông\s+qua|phê\s+duyệt|nhất\s+trí|đăng|"
                              rf"ban\s+hành){_VI_ON}",)
DATE_ROLES["updated"]["vi"] = (rf"(?:cập\s+nhật|sửa\s+đổi)(?:\s+lần\s+cuối)?{_VI_ON}",)
DATE_ROLES["next_review"]["vi"] = (rf"(?:chúng\s+tôi\s+)?sẽ\s+(?:xem\s+lại|xem\s+xét\s+lại|rà\s+soát\s+lại){_VI_ON}",)

# Lines that begin the page around a statement: tags, share bars, post navigation, comments.
# Nothing from such a line on is part of the statement.
CHROME: dict[str, tuple[str, ...]] = {
    "en": (r"tags?\s*:.*", r"tagged\s*:?.*", r"share(?:\s+this(?:\s+(?:page|post|article|statement))?)?\s*:?.*",
           r"(?:[←«‹<]\s*)?(?:previous|prev|next|older|newer)\s+(?:post|article|entry|story|page)\b.*",
           r"\d+\s+(?:comments?|responses?|replies)\b.*", r"(?:leave|post|add)\s+a\s+(?:reply|comment)\b.*",
           r"comments?", r"(?:related|recent|latest|more)\s+(?:posts|articles|news|stories|content|statements|pages|links|tweets)\b.*", r"posted\s+in\b.*",
           r"filed\s+under\b.*", r"categor(?:y|ies)\s*:.*", r"you\s+(?:may|might)\s+also\s+like\b.*",
           r"reader\s+interactions", r"-*\s*ends\s*-*", r"#{3,}",  # a press release's end marks
           r"subscribe\s+to\s*:.*", r"post\s+comments\s*\(atom\)", r"(?:newer|older)\s+posts?\b.*", r"newsletter", r"back\s+to\s+top\b.*", r"print\s+this\s+page", r"was\s+this\s+page\s+helpful\b.*",
           r"(?:to\s+)?unsubscribe\b.*", r"(?:subscribe|donate|sign\s+up|join\s+us)(?:\s+(?:now|today))?", r"you\s+are\s+receiving\s+this\b.*", r"view\s+(?:this\s+(?:e-?mail|newsletter)\s+)?in\s+(?:your\s+)?browser\b.*"),
    "fr": (r"partager\b.*", r"commentaires?", r"\d+\s+commentaires?\b.*", r"articles?\s+(?:similaires|connexes)\b.*",
           r"laisser\s+un\s+commentaire\b.*", r"(?:article\s+)?(?:précédent|suivant)\b.*", r"étiquettes?\s*:.*",
           r"(?:pour\s+)?(?:vous\s+)?(?:désinscrire|désabonner)\b.*", r"se\s+désinscrire\b.*"),
    "de": (r"teilen\b.*", r"(?:rundbrief|newsletter)", r"kommentare?", r"\d+\s+kommentare?\b.*", r"ähnliche\s+(?:beiträge|artikel)\b.*",
           r"(?:vorheriger|nächster)\s+(?:beitrag|artikel)\b.*", r"schlagwörter\s*:.*", r"(?:newsletter\s+)?abbestellen\b.*",
           r"(?:vom\s+newsletter\s+)?abmelden\b.*"),
    "es": (r"compartir\b.*", r"comentarios?", r"\d+\s+comentarios?\b.*", r"(?:entradas|art[íi]culos)\s+relacionad[oa]s\b.*",
           r"deja\s+(?:un\s+comentario|una\s+respuesta)\b.*", r"etiquetas\s*:.*", r"(?:para\s+)?dar(?:se|te)\s+de\s+baja\b.*"),
    "nl": (r"delen\b.*", r"reacties?", r"\d+\s+reacties?\b.*", r"gerelateerde\s+berichten\b.*", r"(?:afmelden|uitschrijven)\b.*"),
    "pt": (r"compartilhar\b.*", r"partilhar\b.*", r"coment[áa]rios?", r"artigos\s+relacionados\b.*",
           r"(?:para\s+)?cancelar\s+(?:a\s+)?(?:inscri[çc][ãa]o|subscri[çc][ãa]o)\b.*"),
    "it": (r"condividi\b.*", r"commenti", r"\d+\s+commenti\b.*", r"articoli\s+correlati\b.*",
           r"(?:per\s+)?(?:cancellarti|disiscriverti)\b.*", r"disiscriviti\b.*"),
    "pl": (r"udost[eę]pnij\b.*", r"subskrybuj\b.*", r"komentarze\s+do\s+posta\b.*", r"(?:nowszy|starszy)\s+post\b.*", r"komentarze?", r"\d+\s+komentarz\w*\b.*", r"podobne\s+(?:wpisy|artyku[łl]y)\b.*",
           r"zostaw\s+komentarz\b.*", r"(?:wypisz\s+si[eę]|zrezygnuj)\b.*", r"tagi\s*:.*"),
}

# Lines that close a statement or letter without being part of its position.
CLOSING: dict[str, tuple[str, ...]] = {
    "en": (r"(?:yours\s+(?:sincerely|faithfully)|kind\s+regards|best\s+wishes|with\s+best\s+regards|regards)\b.*",
           r"(?:signed|on\s+behalf\s+of)\b.*", r"(?:approved|endorsed|adopted|agreed|ratified)\s+by\b.*",
           # who agreed it, as a sentence below it: "This statement was agreed by our Research Advisory Panel."
           r"(?:this|the|our)\s+(?:statement|position|advice|guidance|recommendation|answer|reply|response)\s+(?:was|has\s+been|is)"
           r"\s+(?:approved|endorsed|adopted|agreed|ratified|prepared|written|drafted)\s+by\b.*",
           r"(?:prepared|written|authored)\s+by\b.*", r"(?:helpline|advice\s+line|support\s+line|tel|phone|telephone|e-?mail|web(?:site)?|call\s+us)\b.*",
           r"registered\s+charity\b.*", r"charity\s+(?:no|number)\b.*", r"www\..*", r"--+",
           r"(?:©|\(c\)|copyright\b).*", r"(?:still\s+|any\s+)?(?:have\s+|got\s+)?(?:more\s+|further\s+|other\s+)?questions\s*\?.*",
           r"(?:talk\s+to|contact)\s+us\b.*", r"get\s+in\s+touch\b.*",
           r"if\s+you\s+have\s+(?:any\s+)?(?:questions|concerns)\b.*",
           r".*\b(?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the)\s+(?:newsletter|e-?news|bulletin|mailing\s+list)\b.*",
           # what to do with the letter or leaflet itself, what came with it, how to pay a membership: its closing matters
           r"(?:i|we)\s+(?:would\s+)?(?:recommend|suggest|advise)\s+(?:that\s+you\s+)?(?:keep|print|photocopy|copy|share|show|file)"
           r"(?:ing)?\s+(?:a\s+copy\s+of\s+)?this\s+(?:letter|leaflet|sheet|booklet|document|page)\b.*",
           r"(?:please\s+)?(?:keep|file)\s+this\s+(?:letter|leaflet|sheet|booklet)\b.*",
           r"(?:with\s+this\s+(?:letter|mailing)|in\s+this\s+(?:envelope|pack)|please\s+find\s+enclosed|enclosed\s+(?:is|are|you\s+will))\b.*",
           r".*\b(?:pay(?:ing)?|renew(?:ing)?)\s+(?:your|the)\s+(?:annual\s+)?(?:subscription|membership)\b.*",
           # notes about the statement itself, below what it says: its scope, its next review
           r"this\s+is\s+a\s+general\s+(?:position|statement)\b.*",
           r"this\s+(?:statement|position|advice|guidance)\s+(?:does\s+not|doesn['’]t)\s+(?:cover|apply\s+to)\b.*",
           r"we\s+will\s+(?:review|update|revisit)\s+(?:this|our)\s+(?:statement|position|advice|guidance|page)\b.*",
           r"we\s+will\s+(?:look\s+at|revisit|reconsider|come\s+back\s+to)\s+(?:this|it|our\s+\w+)\s+again\b.*",
           # "We'll come back to this if the full paper is published", "We'll look at the glove again if …": a plan
           r"we(?:\s+will|['’]ll)\s+(?:come\s+back\s+to|return\s+to|revisit)\s+(?:this|it|our\s+\w+)\b.*",
           # ... or names it: "We will look at zelvoprant again only if …"
           r"we(?:\s+will|['’]ll)\s+(?:look\s+at|reconsider)\s+(?:this|it|the\s+\w+|our\s+\w+|[\w-]+)\s+again\b.*",
           # disclaimers: "These summaries are for information only and are not medical advice."
           r"(?:this|these)\s+(?:[\w-]+\s+){0,3}(?:is|are)\s+(?:provided\s+)?for\s+(?:general\s+)?information(?:al)?"
           r"(?:\s+purposes)?\s+only\b.*", r".*\b(?:is|are)\s+not\s+(?:a\s+substitute\s+for\s+)?(?:medical|professional)\s+advice\b.*"),
    "fr": (r"(?:cordialement|bien\s+à\s+vous)\b.*", r"(?:approuv[ée]e?|adopt[ée]e?)\s+par\b.*", r"au\s+nom\s+de\b.*",
           r"(?:ligne\s+d['’]écoute|t[ée]l[ée]phone|courriel)\b.*", r"(?:d['’]autres\s+|des\s+)questions\s*\?.*",
           r"contactez[- ]nous\b.*", r".*\b(?:vous\s+)?(?:inscrire|abonner)\s+à\s+(?:notre|la)\s+(?:lettre\s+d['’]information|newsletter|infolettre)\b.*",
           r".*\bne\s+(?:remplace|constitue)\s+pas\s+(?:un\s+|l['’])?avis\s+m[ée]dical\b.*"),
    "de": (r"mit\s+freundlichen\s+grüßen\b.*", r".*\b(?:für|zu)\s+unser(?:em|en|e)?\s+(?:rundbrief|newsletter)\s+an(?:zu)?melden\b.*",
           r".*\b(?:rundbrief|newsletter)\s+(?:abonnieren|bestellen)\b.*", r"(?:verabschiedet|beschlossen)\s+(?:von|durch)\b.*", r"im\s+namen\b.*",
           r"(?:telefon|tel|beratungstelefon|e-mail)\b.*", r"(?:noch\s+|weitere\s+)?fragen\s*\?.*", r"kontakt\b.*",
           r".*\b(?:ersetzt|ersetzen)\s+keine\s+(?:ärztliche|medizinische)\s+beratung\b.*"),
    "es": (r"atentamente\b.*", r"(?:aprobad[oa]|adoptad[oa])\s+por\b.*", r"en\s+nombre\s+de\b.*", r"(?:tel[ée]fono|correo)\b.*",
           r".*\b(?:suscribirse|suscribirte|suscríbase|suscríbete|inscribirse)\s+a\s+(?:nuestro|nuestra|el|la)\s+(?:bolet[íi]n|newsletter)\b.*",
           r"¿?\s*(?:tiene|tienes)\s+(?:m[áa]s\s+)?(?:preguntas|dudas)\s*\?.*", r"cont[áa]ct(?:enos|anos)\b.*",
           r".*\bno\s+(?:sustituye|constituye|reemplaza)\s+(?:el\s+|un\s+)?consejo\s+m[ée]dico\b.*"),
    "nl": (r"met\s+vriendelijke\s+groet\b.*", r"(?:goedgekeurd|vastgesteld)\s+door\b.*", r"namens\b.*",
           r"(?:nog\s+)?vragen\s*\?.*", r".*\bgeen\s+medisch\s+advies\b.*"),
    "pt": (r"atenciosamente\b.*", r"aprovad[oa]s?\s+(?:por|pel[oa]s?)\b.*", r"em\s+nome\s+d[aoe]\b.*", r"(?:ainda\s+tem\s+)?d[úu]vidas\s*\?.*",
           r"fale\s+conosco\b.*", r".*\bn[ãa]o\s+(?:substitui|constitui)\s+(?:o\s+|um\s+)?aconselhamento\s+m[ée]dico\b.*"),
    "it": (r"cordiali\s+saluti\b.*", r"approvat[oa]\s+d(?:a|al|alla|allo|ai|agli|alle)\b.*", r"a\s+nome\s+d(?:i|el|ella)\b.*",
           r"(?:hai|ha)\s+(?:altre\s+)?domande\s*\?.*", r"contattaci\b.*",
           r".*\bnon\s+(?:sostituisce|costituisce)\s+(?:il\s+|un\s+)?(?:parere|consiglio)\s+medico\b.*"),
    "pl": (r"z\s+powa[żz]aniem\b.*", r"zesp[oó][łl]\s+\S+(?:\s+\S+){0,5}", r"(?:zatwierdzon[eya]|przyj[eę]t[eya])\s+przez\b.*", r"w\s+imieniu\b.*",
           r"(?:telefon|tel|infolinia|e-mail)\b.*", r"(?:masz\s+)?pytania\s*\?.*", r"kontakt\b.*",
           r".*\bnie\s+(?:zast[eę]puje|stanowi)\s+porady\s+(?:lekarskiej|medycznej)\b.*"),
    "nb": (r"(?:vedtatt|godkjent)\s+av\b.*", r"med\s+vennlig\s+hilsen\b.*"),
    "da": (r"(?:vedtaget|godkendt)\s+af\b.*", r"med\s+venlig\s+hilsen\b.*"),
    "sv": (r"(?:antagen|antaget|beslutad|beslutat|fastställd|godkänd)\s+av\b.*", r"med\s+vänliga\s+hälsningar\b.*"),
    # who approved it, as a line below it: "Seisukoha kinnitas seltsi juhatus …", "Stališče je sprejel upravni odbor …",
    # "Samþykkt af stjórn félagsins …"
    "et": (r"(?:seisukoha|soovituse|seisukoht)\s+(?:kinnitas|kinnitasid|kiitis\s+heaks)\b.*", r"kinnitatud\s+\w+.*"),
    "sl": (r"(?:to\s+)?(?:stališče|priporočilo|mnenje)\s+je\s+(?:sprejel|potrdil|odobril)[aoi]?\b.*",
           r"(?:sprejeto|potrjeno|odobreno)\s+(?:na|s|z|od)\b.*"),
    "is": (r"samþykkt\s+af\b.*",),
    # Vietnamese: who agreed it and when, below it ("Ban điều hành thống nhất ngày 12/10/2026", "Ban chấp hành thông qua
    # ngày …"), and when it will be looked at again ("Chúng tôi sẽ xem lại vào tháng 4/2027").
    "vi": (r"(?:ban\s+[\w ]{2,30}?\s+|hội\s+đồng\s+[\w ]{0,30}?)?(?:đã\s+)?(?:thống\s+nhất|thông\s+qua|phê\s+duyệt|nhất\s+trí)"
           r"\s+(?:ngày|vào|hôm)\b.*", r"chúng\s+tôi\s+sẽ\s+xem\s+(?:lại|xét\s+lại)\b.*"),
    # Hebrew and Arabic: the decision of a body on a day, below it ("החלטת הוועד המנהל מיום 19 באוקטובר 2026", "قرار مجلس
    # الإدارة بتاريخ 19 أكتوبر 2026", "اعتمدته اللجنة في 3 مايو 2026"), and a valediction.
    "he": (r"(?:החלטת|החלטה\s+של|אושרה?\s+(?:על\s+ידי|ע\"י|בישיבת))\s+.{0,50}?(?:מיום|מתאריך|ב-?\s*\d|\d{1,2}[./])\s*.*",
           r"בברכה\b.*"),
    "ar": (r"(?:قرار|اعتمد(?:ته|تها|ت)?|أقر(?:ته|تها|ت)?|وافق(?:ت)?\s+عليه)\s+.{0,50}?(?:بتاريخ|في|يوم)\s+\d.*",
           r"مع\s+(?:أطيب\s+)?(?:التحيات|تحياتنا)\b.*"),
}

# What a review date line may add after its date: the review changed nothing.
UNCHANGED_WORDS: tuple[str, ...] = (
    # ("Reviewed 1 July 2025 - no change to the answer", "… - checked, no change")
    r"(?:(?:checked|reviewed)[,:]?\s+)?(?:no\s+changes?|unchanged)(?:\s+(?:to|in)\s+(?:the|this|our)\s+"
    r"(?:position|statement|advice|recommendation|answer|wording|line|text|guidance))?"
    r"(?:\s+(?:needed|required|necessary|made))?",  # "Reviewed 9 June 2025 – no changes needed"
    r"still\s+(?:accurate|current|valid|correct|up\s+to\s+date|stands|holds|applies)", r"stands\s+as\s+(?:written|it\s+is)",  # "Checked April 2025 - still accurate"
    r"without\s+(?:any\s+)?changes?", r"(?:kept|left)\s+as\s+it\s+(?:is|was|stands)", r"nothing\s+(?:to|needed\s+to|needs\s+to|had\s+to)\s+change", r"nothing\s+(?:has\s+|had\s+)?changed",
    r"sans\s+changement", r"aucun\s+changement", r"pas\s+de\s+(?:changement|modification)s?", r"keine\s+(?:änderung(?:en)?|ver[äa]nderung)", r"unver[äa]ndert",
    r"sin\s+cambios", r"geen\s+wijziging(?:en)?", r"ongewijzigd", r"niets\s+(?:veranderd|gewijzigd)", r"senza\s+(?:modifiche|cambiamenti|variazioni)", r"changed\s+nothing", r"nichts\s+geändert", r"sem\s+altera[çc](?:[õo]es|[ãa]o)",
    r"não\s+(?:mudou|mudaram|alterou|alteraram)\s+nada",
    r"nessuna\s+modifica", r"invariat[oa]", r"senza\s+modifiche", r"bez\s+zmian",
    # Norwegian, Danish, Swedish, Finnish: "Gjennomgått 15. mai 2025 – ingen endringer i rådet vårt".
    r"ingen\s+(?:endring(?:er)?|ændring(?:er)?)(?:\s+(?:i|av|af|til)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?", r"u(?:endret|ændret)",
    r"inga\s+ändringar(?:\s+(?:i|av)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?", r"oförändrad", r"ei\s+muutoksia",
    r"bez\s+(?:izmjena|promjena)",  # Croatian: "Pregledano 2. listopada 2025. – bez izmjena"
    r"(?:(?:stanovisko|text|znenie)\s+)?bez\s+zmeny",  # Slovak: "Aktualizované 20. 2. 2025 – stanovisko bez zmeny"
    r"без\s+(?:змін|изменений)",  # Ukrainian, Russian: "Переглянуто 3 листопада 2025 р., без змін"
    # Albanian: "… dhe nuk ndryshoi asgjë" (and changed nothing), "pa ndryshime" (without changes)
    r"nuk\s+(?:ndryshoi|ndryshuam|u\s+ndryshua)(?:\s+asgjë)?", r"pa\s+(?:asnjë\s+)?ndryshim(?:e)?",
    # Polish: "… i niczego nie zmienił" (and changed nothing), "nic nie zmieniono", "nie wprowadził zmian"
    r"(?:niczego|nic)\s+nie\s+zmienia?\w*", r"nie\s+(?:wprowadzi\w*|by[łl]o)\s+(?:żadnych\s+)?zmian",
)

# What a picture's placeholder or caption opens with ("[Photo: the seafront walk, September 2023]"): its date is the
# picture's, not the text's.
PICTURE_WORDS: tuple[str, ...] = (
    r"photo", r"photograph", r"image", r"picture", r"illustration", r"figure", r"fig\.", r"foto", r"bild", r"imagen",
    r"immagine", r"imagem", r"afbeelding", r"zdjęcie",
)

# A printed page's note that a text goes on over the page, and the note that picks it up there: page furniture, never
# words of the text ('Continued overleaf' … '(continued from page 1) The trial is free; …').
CONTINUED_OVER: tuple[str, ...] = (
    r"continued\s+(?:overleaf|on\s+(?:the\s+)?(?:next\s+page|back|page\s+\d+|p\.\s*\d+))", r"(?:please\s+)?turn\s+over",
    r"suite\s+(?:au\s+verso|(?:en\s+)?page\s+\d+)", r"(?:fortsetzung|weiter)\s+auf\s+(?:seite\s+\d+|der\s+(?:nächsten\s+seite|rückseite))",
    r"continua\s+(?:a|alla|in)\s+pagina\s+\d+", r"continua\s+(?:sul|a)\s+retro", r"continúa\s+en\s+(?:la\s+)?página\s+\d+",
    r"continúa\s+(?:al|en\s+el)\s+dorso", r"continua\s+na\s+página\s+\d+", r"continua\s+no\s+verso",
    r"vervolg\s+op\s+(?:pagina\s+\d+|de\s+achterkant)",
)
CONTINUED_FROM: tuple[str, ...] = (
    r"continued\s+from\s+(?:page\s+\d+|p\.\s*\d+|(?:the\s+)?(?:previous|front)\s+page|overleaf)", r"suite\s+de\s+la\s+page\s+\d+",
    r"fortsetzung\s+von\s+seite\s+\d+", r"continua\s+da(?:lla)?\s+pagina\s+\d+", r"continuación\s+de\s+la\s+página\s+\d+",
    r"continuação\s+da\s+página\s+\d+", r"vervolg\s+van\s+pagina\s+\d+",
)

# A note beside an update that says the words did not change: "(links checked)", "(typo fixed)".
TOUCH_WORDS: tuple[str, ...] = (
    r"links?", r"typos?", r"typing\s+errors?", r"spelling", r"formatting", r"layout", r"minor", r"cosmetic",
    r"contact\s+details", r"broken", r"accessibility", r"no\s+changes?", r"unchanged",
    r"(?:a\s+|the\s+)?(?:hashtags?|tags?|emojis?|mentions?|alt\s+text)",  # a social post's edit: '(fixed a hashtag)',
    r"liens?", r"coquilles?", r"mise\s+en\s+page", r"links?\s+geprüft", r"tippfehler", r"formatierung", r"enlaces?",
    r"erratas?", r"formato", r"sin\s+cambios", r"koppelingen", r"opmaak", r"ligações", r"collegamenti", r"refusi", r"linki", r"literówki",
    r"ħolqa", r"ħoloq", r"żbalji\s+tat-tajpjar",  # Maltese: '(ħolqa msewwija)', a link mended
    # a telephone number put right: '(numero di telefono corretto)', '(phone number corrected)'
    r"(?:numero\s+di\s+)?telefono", r"phone\s+number", r"telefoonnummer", r"telefonnummer", r"número\s+de\s+teléfono",
    # Vietnamese: '(sửa số điện thoại)' (the phone number mended), '(sửa lỗi chính tả)' (typos), '(sửa liên kết)' (links)
    r"số\s+điện\s+thoại", r"lỗi\s+chính\s+tả", r"liên\s+kết",
)

# A date printed relative to the day it is read ("Posted 5 months ago", "vor 3 Wochen"): it dates nothing by itself.
RELATIVE_DATES: dict[str, tuple[str, ...]] = {
    "en": (r"\d+\s+\w+\s+ago", r"(?:a|an|one|few)\s+\w+\s+ago", r"yesterday", r"today", r"just\s+now", r"last\s+(?:week|month|year)"),
    "fr": (r"il\s+y\s+a\s+(?:\d+|un|une|quelques)\s+\w+", r"hier", r"aujourd['’]hui"),
    "de": (r"vor\s+(?:\d+|einem|einer|einigen|wenigen)\s+\w+", r"gestern", r"heute"),
    "es": (r"hace\s+(?:\d+|un|una|unos|unas)\s+\w+", r"ayer", r"hoy"),
    "nl": (r"(?:\d+|een|enkele)\s+\w+\s+geleden", r"gisteren", r"vandaag"),
    "pt": (r"h[áa]\s+(?:\d+|um|uma|alguns|algumas)\s+\w+", r"(?:\d+|um|uma)\s+\w+\s+atr[áa]s", r"ontem", r"hoje"),
    "it": (r"(?:\d+|un|una|qualche)\s+\w+\s+fa", r"ieri", r"oggi"),
    "pl": (r"(?:\d+|kilka)\s+\w+\s+temu", r"wczoraj", r"dzisiaj"),
}

# Bylines: who wrote a page, never its title (matched at the start of a line).
BYLINES: dict[str, tuple[str, ...]] = {
    "en": (r"(?:written|posted|authored|reviewed)\s+by\b", r"by\s+(?-i:[A-Z])", r"author\s*:"),
    "fr": (r"(?:écrit|rédigé|publié)\s+par\b", r"par\s+(?-i:[A-Z])", r"auteur\s*:"),
    "de": (r"(?:geschrieben|verfasst)\s+von\b", r"von\s+(?-i:[A-Z])", r"autor(?:in)?\s*:"),
    "es": (r"(?:escrito|redactado|publicado)\s+por\b", r"por\s+(?-i:[A-Z])", r"autor(?:a)?\s*:"),
    "nl": (r"(?:geschreven)\s+door\b", r"door\s+(?-i:[A-Z])", r"auteur\s*:"),
    "pt": (r"(?:escrito)\s+por\b", r"autor(?:a)?\s*:"),
    "it": (r"(?:scritto)\s+da\b", r"di\s+(?-i:[A-Z])", r"autore\s*:"),
    "pl": (r"(?:napisa[łl]a?|autor(?:ka)?)\s*:?\s+(?-i:[A-Z])",),
    "eu": (r"(?:idazlea|egilea)\s*:",),  # Basque: "Idazlea: Miren Etxeberria, 2025/07/22"
    # Vietnamese: "Đăng bởi Ban biên tập · 14/10/2026" (posted by the editors), "Viết bởi", "Tác giả: …"
    "vi": (r"(?:đăng|viết|biên\s+soạn|gửi)\s+bởi\b", r"(?:tác\s+giả|người\s+(?:viết|đăng))\s*:"),
}

# Words that make a name an organisation (matched as whole words, case-folded).
ORGANISATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("association", "associations", "society", "societies", "trust", "network", "foundation", "alliance",
           "union", "federation", "league", "group", "coalition", "charity", "institute", "organisation",
           "organization", "partnership", "consortium", "inc", "ltd", "limited", "plc", "club", "community",
           "collaborative", "fund", "centre", "center", "collective", "fellowship", "circle", "forum", "council",
           "friends"),  # "Saltney MND Friends", "Friends of Ward 7"
    "fr": ("association", "fédération", "société", "ligue", "fondation", "alliance", "union", "collectif", "institut"),
    "de": ("e.v.", "ev", "verein", "stiftung", "gesellschaft", "verband", "bund", "hilfe", "initiative",
           "gesprächskreis", "selbsthilfegruppe", "arbeitskreis"),  # a self-help group's own names for itself
    # (capitals are often set without their accents: 'ASOCIACION', 'FUNDACION')
    "es": ("asociación", "fundación", "federación", "sociedad", "liga", "alianza", "confederación", "asociacion",
           "fundacion", "federacion", "confederacion"),
    "nl": ("vereniging", "stichting", "federatie", "bond", "fonds", "groep",  # ('ALS-groep X', as 'X Group')
           "contactgroep", "patiëntengroep", "lotgenotengroep"),  # (a patients' group's own names for itself)
    "pt": ("associação", "fundação", "federação", "sociedade", "liga", "aliança", "associacao", "fundacao", "federacao"),
    "it": ("associazione", "fondazione", "federazione", "società", "lega", "alleanza"),
    "eu": ("elkartea", "elkarte", "fundazioa", "federazioa"),  # Basque: "Itsasargi ELA Elkartea"
    "pl": ("stowarzyszenie", "fundacja", "towarzystwo", "związek", "federacja", "liga", "sojusz"),
    "cs": ("spolek", "sdružení", "nadace", "asociace", "svaz", "unie", "liga"),
    "ca": ("associació", "fundació", "federació", "societat", "lliga", "aliança"),
    "da": ("forening", "foreningen", "fond", "forbund", "selskab", "selskabet"),
    "sv": ("förening", "föreningen", "förbund", "förbundet", "stiftelse", "stiftelsen", "sällskap"),
    "nb": ("forening", "foreningen", "forbund", "forbundet", "stiftelse", "stiftelsen"),
    "fi": ("yhdistys", "ry", "säätiö", "liitto", "seura"),
    "hu": ("egyesület", "alapítvány", "szövetség", "társaság", "egylet"),
    "el": ("σύλλογος", "συλλόγου", "ένωση", "ίδρυμα", "ομοσπονδία"),
    "ro": ("asociația", "asociatia", "fundația", "fundatia", "federația", "societatea", "liga"),
    "tr": ("dernek", "derneği", "vakıf", "vakfı", "federasyon", "federasyonu"),
    "et": ("selts", "ühing", "liit", "sihtasutus", "mtü"),
    "sl": ("društvo", "zveza", "združenje", "fundacija", "ustanova"),
    "is": ("félag", "félagið", "samtök", "samtökin", "sjóður"),
    "hr": ("udruga", "udruge", "savez", "zaklada", "društvo"),
    "sk": ("združenie", "združenia", "spolok", "nadácia", "asociácia", "zväz", "liga", "občianske združenie"),
    "lv": ("biedrība", "biedrības", "biedrībai", "asociācija", "savienība", "nodibinājums"),
    "bg": ("сдружение", "сдружението", "асоциация", "асоциацията", "фондация", "фондацията", "дружество", "съюз"),
    "uk": ("асоціація", "фонд", "товариство", "спілка", "об'єднання", "організація"),
    "ru": ("ассоциация", "фонд", "общество", "союз", "объединение", "организация"),
    "id": ("perhimpunan", "yayasan", "asosiasi", "perkumpulan", "ikatan", "persatuan", "himpunan", "paguyuban"),
    "ga": ("cumann", "cumainn", "eagraíocht", "fondúireacht", "iontaobhas", "comhaontas"),  # "Cumann GNM X"
    # Vietnamese: "Nhóm Hỗ trợ Người bệnh ALS X" (group), "Hội …" (association), "Quỹ …" (fund), "Câu lạc bộ …" (club)
    "vi": ("nhóm", "hội", "quỹ", "câu lạc bộ", "liên hiệp", "mạng lưới"),
    "ko": ("환우회", "협회", "연합회", "재단", "학회"),  # "한빛 ALS 환우회" (a patients' association)
    # Hebrew and Arabic open a name with what it is: 'עמותת X' (the association of X), 'جمعية X' (X society).
    "he": ("עמותת", "עמותה", "אגודת", "האגודה", "ארגון", "איגוד", "קרן", "מרכז"),
    "ar": ("جمعية", "الجمعية", "مؤسسة", "رابطة", "اتحاد", "منظمة"),
}
# Parts of an organisation that sign for it: a name made only of these is not the organisation.
BODY_WORDS: tuple[str, ...] = (
    "committee", "board", "council", "panel", "trustees", "comité", "conseil", "ausschuss", "vorstand", "beirat",
    "comisión", "comité", "junta", "commissie", "bestuur", "comissão", "conselho", "comitato", "consiglio",
    "komitet", "zarząd", "rada", "team", "équipe", "equipo", "equipa",
    "styret", "styrelsen", "bestyrelsen", "hallitus",  # the board, in Norwegian, Swedish, Danish, Finnish
    "coiste", "bord",  # the committee and the board, in Irish
    "bureau",  # an association's board, in French: '(Bureau du 8 octobre 2026.)', 'le bureau recommande'
    "direttivo", "directiva", "direção", "direcção",  # 'il direttivo', 'la directiva', 'a direção': the board, as a noun
    "research group", "working group", "steering group",  # "X Society research group": a group inside it
    "ban điều hành", "ban chấp hành", "ban biên tập", "ban cố vấn",  # Vietnamese: the board, the editors, the advisers
)

# Words that only qualify a governing body ("Scientific Advisory Panel"): a body named with any other
# capitalised word or an acronym ("Baltic ALS Research Council") is an organisation of its own.
BODY_QUALIFIERS: tuple[str, ...] = (
    "scientific", "medical", "advisory", "clinical", "executive", "ethics", "ethical", "steering", "expert", "experts",
    "research", "professional", "standing", "policy", "review", "governing", "management", "trustees", "directors",
    "governors", "national", "editorial", "the", "our", "of", "and", "for", "on", "il", "la", "le", "les", "el", "los",
    "las", "lo", "gli", "der", "die", "das", "den", "de", "het", "o", "os", "as", "du", "des", "del", "della", "van",
    "von", "y", "et", "und", "en", "e", "unser", "unsere", "notre", "nuestro", "nuestra", "nostro", "ons", "onze",
    "científico", "cientifico", "asesor", "consultivo", "médico", "medico", "ético", "directiva", "wissenschaftlicher",
    "wissenschaftliche", "medizinischer", "medizinische", "ethikkommission", "scientifique", "médical", "consultatif",
    "d'éthique", "wetenschappelijke", "medische", "científica", "scientifico", "scientifica", "direttivo", "etico", "scientifique",
    "médicale", "consultative", "conseil", "beratender", "fachlicher", "científico-médico",
    "support", "information", "communications", "press", "helpline",  # "Support Team", "Press Team"
    "an", "ár", "stiúrtha",  # Irish: "An coiste", "Ár gcoiste", "An bord stiúrtha"
)

# Platforms that publish other people's pages: their name is never the organisation's.
PLATFORMS: tuple[str, ...] = (
    "medium", "google docs", "google sites", "google drive", "docs", "wordpress", "wordpress.com", "blogger", "blogspot",
    "substack", "ghost", "wix", "squarespace", "weebly", "github", "gitlab", "github wiki", "notion", "tumblr",
    "facebook", "linkedin", "twitter", "x", "instagram", "youtube", "mailchimp", "issuu", "scribd", "dropbox",
    "microsoft word", "word", "sharepoint", "confluence", "jimdo", "webflow", "hubspot", "typepad", "livejournal",
    "reddit", "mastodon", "discourse", "phpbb", "vbulletin", "xenforo", "invision", "bluesky", "threads", "tiktok",
    # site builders, wiki engines, board and forum software that print their own name on every page they make
    "tiddlywiki", "padlet", "mobirise", "bludit", "zola", "jekyll", "hugo", "joomla", "drupal", "mybb", "smf",
    "simple machines", "simple machines forum", "dokuwiki", "mediawiki", "wikidot", "nodebb",
    "craft cms", "kirby", "contao", "moodle", "eleventy", "gatsby", "quarto", "drupal", "joomla", "typo3", "hugo", "jekyll",
    # where a meeting was held or a recording is kept
    "zoom", "microsoft teams", "teams", "skype", "google meet", "webex", "soundcloud", "otter.ai", "otter",
)

# What an organisation calls its publications: "X Society Blog" is published by the X Society.
PUBLICATION_WORDS: tuple[str, ...] = (
    "blog", "newsletter", "news", "bulletin", "magazine", "journal", "updates", "podcast", "substack", "digest",
    "actualités", "nouvelles", "lettre", "aktuelles", "nachrichten", "rundbrief", "noticias", "boletín", "nieuws",
    "nieuwsbrief", "notícias", "boletim", "notizie", "notiziario", r"knowledge\s+(?:hub|base)", r"help\s+cent(?:re|er)",
    r"resource\s+cent(?:re|er)", "wiki", "docs", "documentation", "kennisbank", "wissensdatenbank", r"base\s+de\s+connaissances",
    r"information\s+sheet", r"fact\s*sheet", "leaflet", "booklet", "guide", "guides", "briefing", "community", "forum", "forums",
    "handbook", "manual",
    # a question-and-answer site's name after the organisation's ('X Network Q&A', 'X Answers')
    r"q\s*&\s*a", r"q\s+and\s+a", "answers", "questions",
)
# Who or which of its services a publication is for, between the organisation's name and the publication's ('X Network
# Helpline Handbook', 'X Society Volunteer Wiki', 'X Trust Members' Newsletter'): the organisation is the name before.
# (a service may itself be who publishes: 'X ALS Helpline handbook' is the X ALS Helpline's)
SERVICES: tuple[str, ...] = ("helpline", r"advice\s+line", r"support\s+line", r"help\s+desk")
PUBLICATION_AUDIENCES: tuple[str, ...] = (
    *SERVICES, "volunteers?", "volunteer['’]s", "volunteers['’]",
    "staff", "members", "members['’]", "carers?", "carers['’]", "callers?", "trustees['’]?", "branch(?:es)?",
)

# Calls to action that sit beside a site's name in its header bar ("Coastal Network  Donate today").
CALLS_TO_ACTION: dict[str, tuple[str, ...]] = {
    "en": (r"donate(?:\s+(?:now|today))?", r"give\s+now", r"menu", r"search", r"log\s?in", r"sign\s+(?:in|up)",
           r"join(?:\s+us)?", r"contact(?:\s+us)?", r"shop", r"subscribe", r"skip\s+to\b", r"follow(?:\s+publication)?",
           r"get\s+(?:help|support)", r"home"),
    "fr": (r"faire\s+un\s+don", r"donner", r"adh[ée]rer", r"rechercher", r"accueil"),
    "de": (r"(?:jetzt\s+)?spenden", r"mitglied\s+werden", r"suche", r"startseite"),
    "es": (r"dona(?:r|\s+ahora)?", r"hazte\s+socio", r"buscar", r"inicio"),
    "nl": (r"doneer(?:\s+nu)?", r"zoeken", r"word\s+lid"),
    "pt": (r"doar?(?:\s+agora)?", r"pesquisar", r"associe-se"),
    "it": (r"dona(?:\s+ora)?", r"cerca", r"sostienici"),
}

# Words before a name that say what the page is, not who: "Statement by the X Society", "Stellungnahme der X".
NAME_LEADS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:(?:an?|the|our)\s+)?(?:(?:position|policy|public|joint)\s+)?(?:statement|paper|letter|update|message|briefing|"
           r"news|press\s+release|guidance|note|reply|answer)\s+(?:from|by|of)", r"(?:published|written|issued|maintained|posted|prepared|"
           r"produced|brought\s+to\s+you)\s+by", r"(?:writer|author)\s+for", r"on\s+behalf\s+of",
           r"(?:approved|endorsed|adopted|agreed|ratified|signed)\s+by", r"(?:news\s+)?provided\s+by", r"source\s*:?",
           # What a media page's title wraps the item's in ('Stream X by Y | Listen online …', 'Watch X by Y'): whose it is.
           r"(?:stream|listen\s+to|watch|play|download|read|hear)\s+by", r"by",
           # A fundraising page's title names who raises the money ('Fundraiser by X : Title', 'Appeal organised by X').
           r"(?:fundraiser|fundraising\s+page|campaign|appeal|collection)\s+(?:by|from|organi[sz]ed\s+by)",
           r"organi[sz]ed\s+by",
           r"c/o", r"care\s+of"),
    "fr": (r"(?:prise\s+de\s+position|d[ée]claration|communiqu[ée]|avis|lettre)\s+(?:de\s+la|de\s+l['’]|du|des|de)",
           r"publi[ée]e?\s+par", r"au\s+nom\s+(?:de\s+la|de\s+l['’]|du|des|de)", r"par"),
    "de": (r"(?:stellungnahme|positionspapier|pressemitteilung|empfehlung|mitteilung)\s+(?:der|des|von|vom)",
           r"(?:herausgegeben|veröffentlicht)\s+(?:von|vom)", r"im\s+namen\s+(?:der|des)"),
    "es": (r"(?:posicionamiento|declaraci[oó]n|comunicado|recomendaci[oó]n)\s+(?:de\s+la|del|de)", r"publicad[oa]\s+por",
           r"en\s+nombre\s+(?:de\s+la|del|de)"),
    "nl": (r"(?:standpunt|verklaring|persbericht)\s+(?:van\s+de|van\s+het|van)", r"namens\s+(?:de|het)?"),
    "pt": (r"(?:declara[çc][ãa]o|posi[çc][ãa]o|comunicado)\s+(?:da|do|de)", r"em\s+nome\s+(?:da|do|de)"),
    "it": (r"(?:presa\s+di\s+posizione|documento|comunicato|parere)\s+(?:della|dell['’]|del|di)", r"a\s+nome\s+(?:della|dell['’]|del|di)"),
    # Indonesian names what a publication is first, then whose ('Buku Panduan Anggota X': X's members' handbook).
    "id": (r"(?:buku\s+)?(?:panduan|pedoman|saku)(?:\s+(?:anggota|pasien|keluarga))?", r"(?:buletin|berita|kabar|warta)"
           r"(?:\s+(?:anggota|bulanan))?", r"(?:sikap|pernyataan)\s+(?:resmi\s+)?"),
}
# Common verbs: a line that has one says something about a name ("X is a fictional charity"); it is not one.
VERBS: tuple[str, ...] = (
    "is", "are", "was", "were", "has", "have", "had", "will", "can", "does", "ist", "sind", "war", "hat", "wird", "est",
    "sont", "était", "sera", "es", "son", "fue", "será", "è", "sono", "era", "é", "são", "foi", "será", "zijn", "heeft",
    "wordt", "werd",
)
# Words that join a governing body to its organisation: "Scientific Committee of the X Society".
OF_WORDS: tuple[str, ...] = (
    "of the", "of", "at the", "at", "de la", "de l'", "de l’", "del", "de", "du", "des", "der", "des", "von", "vom",
    "van de", "van het", "van", "da", "do", "della", "dell'", "dell’", "del", "di",
)

# How people sign: a title before a name, or a role after it.
PERSON_TITLES: tuple[str, ...] = ("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "dame", "sir", "dott", "dra", "pr")
PERSON_ROLES: tuple[str, ...] = (
    "chair", "chairman", "chairwoman", "chairperson", "president", "vice-president", "director", "ceo",
    "chief executive", "secretary", "treasurer", "head of", "trustee", "président", "présidente", "directeur",
    "directrice", "vorsitzende", "vorsitzender", "geschäftsführer", "geschäftsführerin", "presidente",
    "directora", "director general", "voorzitter", "directeur", "presidente", "direttore",
    # staff who write a page: "Written by Tom Roe, Helpline Coordinator"
    "coordinator", "co-ordinator", "officer", "manager", "editor", "adviser", "advisor", "nurse", "specialist",
    "neurologist", "founder",
)

# Words that are never a name the statement is about, in any language we read.
GENERIC_WORDS: frozenset[str] = frozenset(
    [
        "position", "positions", "statement", "statements", "treatment", "treatments", "update", "updates",
        "updated", "recommendation", "recommendations", "recommend", "our", "the", "a", "an", "and", "on",
        "about", "of", "for", "in", "to", "with", "from", "by", "as", "at", "its", "their", "we", "us", "therapy",
        "therapies", "mnd", "als", "motor", "neurone", "neuron", "disease", "diseases", "amyotrophic", "lateral",
        "sclerosis", "view", "views", "advice", "policy", "paper", "press", "release", "briefing", "news",
        "people", "person", "patients", "patient", "living", "live", "use", "using", "regarding", "concerning",
        "new", "latest", "trial", "trials", "study", "studies", "clinical", "drug", "drugs", "medicine",
        "medicines", "product", "products", "experimental", "access", "early", "expanded", "information", "guide",
        "what", "is", "are", "do", "does", "you", "your", "summary", "background", "introduction", "letter",
        "letters", "member", "members", "open", "guidance", "faq", "question", "questions", "answer", "answers",
        "know", "need", "things", "notre", "recommandation", "recommandations", "unsere", "empfehlung",
        "stellungnahme", "nuestra", "posición", "recomendación", "ons", "standpunt", "aanbeveling", "nossa",
        "posição", "recomendação", "nostra", "posizione", "raccomandazione", "la", "le", "les", "el", "los",
        "des", "del", "de", "der", "die", "das", "het", "een", "sur", "pour", "et", "y", "und", "für", "zu",
        "para", "sobre", "con", "voor", "over", "per", "su", "revised", "revision", "amended", "taking", "part",
        "leaflet", "general", "joint", "public", "official", "interim", "draft", "final",
        # ... and the other words the seven languages (and Afrikaans) title a position with: "nuestra postura", "ons
        # standpunt", "unsere Haltung", "notre avis", "il nostro parere", "a nossa opinião", "our stance".
        "postura", "opinión", "opinion", "stance", "haltung", "position", "avis", "parere", "opinião", "opinione",
        "posicion", "posicao", "standpunte", "advies", "raad", "rat", "conseil", "conseils", "consejo", "consiglio",
        "respuesta", "réponse", "risposta", "resposta", "antwort", "antwoord",
        # an episode's or an issue's number names nothing ('Episode 12: X')
        "episode", "episodes", "chapter", "issue", "season", "series",
        # a newsletter archive's link back to its list ('All issues', '← All campaigns', 'Back to the archive')
        "all", "issues", "campaigns", "archive", "archives", "back", "newsletters", "posts",
    ]
)

# "What the Association now advises", "Ce que l'association conseille", "Il parere dell'Associazione": the
# organisation itself (named by one of its nouns) as the one who advises; "What the research says" is no position.
_BODY = "|".join(sorted({*(w for words in ORGANISATION_WORDS.values() for w in words if "." not in w),
                         "board", "committee", "panel", "council", "associazione", "asociación", "vereniging",
                         # the board in the other languages: 'Was unser Vorstand sagt', 'A direção decidiu'
                         "vorstand", "bestuur", "direção", "direcção", "comité", "junta", "bureau"},
                        key=len, reverse=True))
_THE_BODY = rf"(?:[\w’'-]+\s+){{0,3}}(?:{_BODY})"
POSITION_HEADINGS["en"] += (
    rf"what\s+(?:we|(?:the|our)\s+{_THE_BODY})\s+(?:now\s+|currently\s+|still\s+)?(?:recommends?|advises?|thinks?|suggests?|says?)\b.*",
    rf"(?:our|the\s+{_THE_BODY}(?:'s|’s))\s+(?:line|take|answer)\b.*", r"our\s+answer\b.*", r"(?:the\s+)?short\s+answer",
    # The body's word on the subject, after where it is printed: 'On the back of every flag, the committee's word on X'.
    rf"(?:[^,:]{{2,40}},\s+)?(?:our|the\s+{_THE_BODY}(?:'s|’s))\s+(?:last\s+|final\s+)?word\s+on\s+.{{2,60}}",
    # The body itself naming its line, as a heading: "Committee line", "The board's line", "Trustees' take".
    # (on what, when, and what has become of it: "Trustees' take on X (April 2025) - withdrawn, kept for the record")
    rf"(?:the\s+)?(?:{_BODY})(?:'s|’s|')?\s+(?:line|take|view)(?:\s+on\s+[^()\n]{{2,40}}?)?(?:\s*\([^()\n]{{2,40}}\))?"
    rf"(?:\s+[-–—]\s+[^\n]{{2,60}})?",
    rf"where\s+(?:we|the\s+{_THE_BODY})\s+stands?(?:\s+on\s+.{{2,40}})?",
    r"(?:so,?\s+)?should\s+(?:i|we|you|he|she|they|people)\s+(?:try|take|use|buy|get|have)\s+(?:it|this|that|them|these|those|either|any|both)\b.*",
    # A run-in heading in a forum post or a reply: "Official answer from the Association", "Response from the Society".
    r"(?:the\s+|our\s+)?official\s+(?:answer|response|reply|position|view|statement)\b.*",
    rf"(?:the\s+|our\s+)?(?:answer|response|reply)\s+(?:from|of)\s+(?:the\s+|our\s+)?{_THE_BODY}\b.*",
)
# A few words from the body on the subject, set over a box on a printed sheet: 'Two lines from the committee on X', 'Due
# righe del consiglio direttivo sulla X (20 settembre 2026)', 'Quelques mots du bureau sur X'.
POSITION_HEADINGS["en"] += (
    r"(?:a\s+few\s+|two\s+|a\s+)?(?:words?|lines?)\s+from\s+(?:the|our)\s+(?:committee|board|trustees|panel|council|group)"
    r"\s+(?:on|about)\s+.{2,80}",
)
POSITION_HEADINGS["it"] += (
    r"(?:due|poche|alcune|qualche)\s+(?:righe|parole|riga|parola)\s+(?:del|dal|della|dalla|dell['’])\s*(?:consiglio(?:\s+direttivo)?|"
    r"direttivo|comitato|associazione)\s+(?:sul|sulla|sullo|sull['’]|sui|sulle|su)\s*.{2,80}",
)
POSITION_HEADINGS["fr"] += (
    r"(?:quelques|deux|un)\s+(?:mots?|lignes?)\s+du\s+(?:bureau|conseil(?:\s+d['’]administration)?|comité)\s+sur\s+.{2,80}",
)
POSITION_HEADINGS["es"] += (
    r"(?:unas|dos)\s+(?:palabras|líneas)\s+de\s+la\s+(?:junta(?:\s+directiva)?|directiva|comisión)\s+sobre\s+.{2,80}",
)
POSITION_HEADINGS["pt"] += (
    r"(?:duas|algumas)\s+(?:palavras|linhas)\s+da\s+(?:direção|direcção|comissão)\s+sobre\s+.{2,80}",
)
POSITION_HEADINGS["de"] += (
    r"ein\s+paar\s+(?:worte|zeilen)\s+(?:des|vom)\s+(?:vorstands?|ausschusses?)\s+(?:zu|über|zum|zur)\s+.{2,80}",
)

# A helpline's or a front desk's approved words, named by what is done with them: "Line to read out (approved)", "Line to
# take", "Script to read to callers (agreed)".
POSITION_HEADINGS["en"] += (
    r"(?:the\s+)?(?:line|wording|answer|script)\s+to\s+(?:read(?:\s+out)?|take|give|use)(?:\s+(?:to|with)\s+[\w\s’'-]{2,30})?"
    r"(?:\s*\((?:approved|agreed)[^()]{0,30}\))?",
)
# The organisation, named as it names itself, answering in a heading of its own, with a word on how ('La Rondine risponde,
# punto per punto', 'The Circle responds', 'Le Cercle répond'): what follows is its answer. (Not one who answers someone:
# 'Dr Roe answers your questions'; nor 'Quick answers', 'Replies', where the verb is a noun too.)
POSITION_HEADINGS["en"] += (
    r"(?:the\s+)?(?:[A-Za-zÀ-ÿ’'-]+\s+){1,3}(?:responds|risponde|répond|responde|antwortet|antwoordt)"
    r"(?:\s*,\s*[^:,]{2,30})?",
)
POSITION_HEADINGS["fr"] += (
    rf"ce\s+que\s+(?:l['’]\s*|la\s+|le\s+|notre\s+)(?:[\w’'-]+\s+){{0,3}}?(?:{_BODY})\s+(?:\w+\s+)?(?:conseille|recommande|pense|préconise)\b.*",
    rf"l['’]avis\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|de\s+notre\s+){_THE_BODY}.*",
    # ... after where it is printed on a sheet: "Derrière la 25e case, l'avis du bureau sur X", "Au dos du carton, …".
    rf"[^,:]{{2,40}},\s+l['’]avis\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|de\s+notre\s+){_THE_BODY}\s+(?:sur|concernant)\s+.{{2,60}}",
)
POSITION_HEADINGS["it"] += (
    rf"il\s+parere\s+(?:dell['’]\s*|della\s+|del\s+|dei\s+|degli\s+|della\s+nostra\s+){_THE_BODY}.*",
    rf"cosa\s+(?:pensa|dice|consiglia)\s+(?:l['’]\s*|la\s+|il\s+|la\s+nostra\s+)?{_THE_BODY}.*",
)
POSITION_HEADINGS["es"] += (
    rf"lo\s+que\s+(?:la|el|nuestra|nuestro)\s+{_THE_BODY}\s+(?:aconseja|recomienda|opina|piensa)\b.*",
    rf"la\s+opini[oó]n\s+(?:de\s+la|del|de\s+nuestra)\s+{_THE_BODY}.*",
)
POSITION_HEADINGS["de"] += (
    # (with what it is about between: 'Was unser Vorstand dazu sagt (bitte bis zum Ende lesen)')
    rf"was\s+(?:der|die|das|unser|unsere)\s+{_THE_BODY}\s+(?:(?:dazu|hierzu|darüber|davon|jetzt|heute)\s+)?"
    r"(?:rät|empfiehlt|meint|sagt|denkt)\b.*",
    rf"(?:die\s+)?einschätzung\s+(?:des|der|unseres|unserer)\s+{_THE_BODY}.*",
)
POSITION_HEADINGS["nl"] += (
    rf"wat\s+(?:de|het|onze|ons)\s+{_THE_BODY}\s+(?:adviseert|aanraadt|vindt|zegt)\b.*",
    rf"het\s+(?:advies|standpunt)\s+van\s+(?:de|het|onze|ons)\s+{_THE_BODY}.*",
)
POSITION_HEADINGS["pt"] += (
    rf"o\s+que\s+(?:a|o|nossa|nosso)\s+{_THE_BODY}\s+(?:aconselha|recomenda|pensa|diz)\b.*",
    rf"o\s+parecer\s+(?:da|do|da\s+nossa|do\s+nosso)\s+{_THE_BODY}.*",
)
POSITION_HEADINGS["pl"] += (r"co\s+(?:radzi|zaleca|s[aą]dzi)\b.*",)

# The governing body by its own name in each language (a board, a committee, a panel: "bestuur", "direttivo", "Vorstand",
# "coiste"), as the one whose view a heading names; and the view named the way a heading in a new template names it.
_GOVERNING = (r"(?:[\w’'-]+\s+){0,2}(?:committee|board|panel|trustees|council|bestuur|direttivo|comitato|consiglio\s+direttivo|"
              r"vorstand|ausschuss|comité|junta|direção|direcção|coiste|bord|cumann)")
POSITION_HEADINGS["en"] += (
    # "Panel verdict, written down", "Committee verdict (typed in full)": whose verdict, and how it is given.
    rf"(?:the\s+|our\s+)?{_GOVERNING}(?:['’]s?)?\s+(?:verdict|answer|line|view|position|wording)"
    r"(?:\s*,\s*[^:]{2,40}|\s*\([^()]{2,40}\))?",
    # "On the back of every card, our answer": where it is printed, then whose answer.
    r"[^:,]{2,40},\s*(?:our|the\s+[\w’'-]+(?:'s|’s))\s+(?:answer|reply|response|advice|view|position|verdict)",
    # "From the 2023 committee, on brantolimab": whose words, and what about.
    rf"from\s+(?:the\s+|our\s+){_GOVERNING}\s*,\s*(?:on|about)\s+.{{2,40}}",
)
POSITION_HEADINGS["nl"] += (rf"het\s+standpunt\s+van\s+(?:de|het|onze|ons)\s+{_GOVERNING}\b.*",)
# "Cosa ne pensa il direttivo, in chiaro": what the board thinks of it.
POSITION_HEADINGS["it"] += (rf"cosa\s+(?:ne\s+)?(?:pensa|pensano|dice|dicono)\s+(?:l['’]\s*|la\s+|il\s+|i\s+)?{_GOVERNING}\b.*",)
# Irish: "Ár bhfreagra, focal ar fhocal" (our answer, word for word), "Ár seasamh", "Ár gcomhairle", "Moladh an choiste",
# "Freagra an chumainn", "Cad a mholaimid?" (the noun after "ár" is eclipsed: freagra → bhfreagra, comhairle → gcomhairle).
POSITION_HEADINGS["ga"] = (
    r"ár\s+(?:bhfreagra|seasamh|gcomhairle|moladh|dtuairim|dearcadh)\b.*",
    r"(?:freagra|seasamh|comhairle|moladh|tuairim)\s+an\s+(?:choiste|chumainn|bhoird|phainéil)\b.*",
    r"(?:cad|céard)\s+a\s+(?:mholaimid|mholann|cheapaimid|cheapann|deirimid|deir)\b.*",
)

# Hebrew: "מה הוועד שלנו אומר על X" (what our committee says about X), "העמדה שלנו" (our position), "המלצתנו" (our
# recommendation); Arabic: "موقفنا" (our position), "موقف الجمعية" (the society's position), "توصيتنا", "ماذا تقول اللجنة".
POSITION_HEADINGS["he"] = (
    r"מה\s+(?:\S+\s+){0,4}(?:אומר|אומרת|אומרים|ממליץ|ממליצה|ממליצים|חושב|חושבת|חושבים|מציע|מציעה)\b.*",
    r"(?:ה)?(?:עמדה|המלצה|המלצות|תשובה|עצה)\s+שלנו\b.*", r"(?:עמדת|המלצת|המלצות|תשובת)(?:נו|\s+(?:ה)?\S+)\b.*",
)
POSITION_HEADINGS["ar"] = (
    r"(?:موقفنا|توصيتنا|توصياتنا|رأينا|نصيحتنا)\b.*", r"(?:موقف|توصية|توصيات|رأي|نصيحة)\s+ال\S+.*",
    r"(?:ماذا|ما\s+الذي|بماذا)\s+(?:تقول|يقول|تنصح|ينصح|توصي|يوصي|نقول|ننصح|نوصي)\b.*",
)

# Vietnamese: "Ban điều hành nói gì về X" (what the board says about X), "Ý kiến của ban điều hành" (the board's opinion),
# "Quan điểm của chúng tôi" (our view), "Lời khuyên của nhóm", "Khuyến nghị", "Chúng tôi khuyên gì?".
_VI_BODY = r"(?:chúng\s+tôi|ban\s+[\w ]{2,30}?|nhóm(?:\s+[\w ]{2,40}?)?|hội(?:\s+[\w ]{2,40}?)?|câu\s+lạc\s+bộ(?:\s+[\w ]{2,40}?)?)"
POSITION_HEADINGS["vi"] = (
    rf"(?:ý\s+kiến|quan\s+điểm|lập\s+trường|khuyến\s+nghị|lời\s+khuyên)\s+(?:chính\s+thức\s+)?(?:của\s+)?{_VI_BODY}(?:\s+(?:về|đối\s+với)\s+.{{2,60}})?",
    rf"{_VI_BODY}\s+(?:nói|nghĩ|khuyên|khuyến\s+nghị|đề\s+nghị|trả\s+lời)\s+(?:gì|thế\s+nào)\b.*",
    r"khuyến\s+nghị(?:\s+\S+){0,6}", r"kết\s+luận",
)

# A pointer to further reading below a position ("We recommend reading our leaflet …") and a promise to
# review it ("We will review this advice when …"): notes about the statement, never its words.
FURTHER_READING: dict[str, tuple[str, ...]] = {
    "en": (r"we\s+(?:also\s+)?recommend\s+(?:reading|(?:that\s+)?you\s+(?:also\s+)?read)\b.*",),
    "fr": (r"nous\s+vous\s+(?:recommandons|conseillons)\s+(?:aussi\s+|également\s+)?de\s+(?:lire|consulter)\b.*",
           r"nous\s+(?:réexaminerons|reverrons|réviserons|actualiserons)\s+(?:cet(?:te)?|notre)\s+(?:avis|position|recommandation)\b.*"),
    "de": (r"wir\s+empfehlen\s+(?:ihnen\s+)?(?:auch\s+|außerdem\s+)?(?:die\s+lektüre|(?:unser\w*\s+)?\w+\s+zu\s+lesen)\b.*",
           r"wir\s+werden\s+(?:diese|unsere)\s+(?:einschätzung|empfehlung|stellungnahme)\s+überprüfen\b.*"),
    "es": (r"(?:le|les|te|os)\s+recomendamos\s+(?:también\s+)?(?:leer|consultar)\b.*",
           r"revisaremos\s+(?:esta|nuestra)\s+(?:posici[oó]n|recomendaci[oó]n|postura)\b.*"),
    "nl": (r"we\s+raden\s+(?:u|je)\s+(?:ook\s+)?aan\s+.*\s+te\s+lezen\b.*",
           r"we\s+(?:zullen|gaan)\s+(?:dit|ons)\s+(?:standpunt|advies)\s+herzien\b.*"),
    "pt": (r"recomendamos\s+(?:também\s+)?(?:a\s+leitura|que\s+leia|ler)\b.*",
           r"reveremos\s+(?:esta|a\s+nossa)\s+(?:posi[çc][ãa]o|recomenda[çc][ãa]o)\b.*"),
    "it": (r"(?:vi|ti)\s+(?:consigliamo|raccomandiamo)\s+(?:anche\s+)?di\s+(?:leggere|consultare)\b.*",
           r"rivedremo\s+(?:questa|la\s+nostra)\s+(?:posizione|raccomandazione|indicazione)\b.*"),
    "pl": (r"(?:polecamy|zalecamy)\s+(?:równie[żz]\s+)?(?:lektur[eę]|przeczytanie)\b.*",),
}
for _language, _patterns in FURTHER_READING.items():
    CLOSING[_language] = (*CLOSING.get(_language, ()), *_patterns)

# How a postscript or an aside after the advice opens: "One more thing: …", "P.S. …", "Übrigens …".
ASIDE_OPENINGS: tuple[str, ...] = (
    r"p\.\s?s\.", r"ps:", r"one\s+more\s+thing", r"by\s+the\s+way", r"btw", r"on\s+(?:a|another)\s+(?:different|separate)\s+note",
    r"au\s+fait", r"encore\s+une\s+chose", r"übrigens", r"noch\s+etwas", r"por\s+cierto", r"otra\s+cosa", r"tussen\s+haakjes",
    r"nog\s+iets", r"a\s+prop[óo]sito", r"per\s+inciso", r"un['’]altra\s+cosa", r"przy\s+okazji",
)

# A note on the statement's history below its advice ('This replaces the note we printed on the February 2024 sheet,
# which said …', 'Cet avis remplace celui de mars 2024.'): what the organisation said before, never what it says now.
HISTORY_OPENINGS: tuple[str, ...] = (
    r"(?:this|it|the\s+above)(?:\s+[\w’'-]+){0,2}\s+(?:replaces|supersedes|takes\s+the\s+place\s+of|updates)\b(?!\s+nothing)",
    r"(?:cet|cette|ce|il|elle)(?:\s+[\w’'-]+){0,2}\s+remplace\b",
    r"(?:dies|diese[rs]?|das|sie|er)(?:\s+[\w’'-]+){0,2}\s+ersetzt\b",
    r"(?:esta|este|esto)(?:\s+[\w’'-]+){0,2}\s+(?:sustituye|reemplaza)\b",
    r"(?:questo|questa|esso|essa)(?:\s+[\w’'-]+){0,2}\s+sostituisce\b",
    r"(?:esta|este|isto)(?:\s+[\w’'-]+){0,2}\s+substitui\b",
    r"(?:dit|deze|het)(?:\s+[\w’'-]+){0,2}\s+vervangt\b",
)

# A sentence that sets another body's word beside the statement ('We know the X association say trial only, and we
# respect that'): what others say, which a post's run of text may go on to after its own advice.
OTHERS_SAY: tuple[str, ...] = (
    r"we\s+(?:know|are\s+aware|understand|realise|realize|have\s+(?:heard|seen))\s+(?:that\s+)?(?!we\b|our\b|you\b)"
    r"[\w’'(). -]{2,60}?\s+(?:say|says|said|advise|advises|recommend|recommends|think|thinks|take\s+a\s+different\s+view)\b",
    r"nous\s+savons\s+que\s+[\w’'(). -]{2,60}?\s+(?:dit|disent|conseille|conseillent|recommande|recommandent)\b",
    r"sabemos\s+que\s+[\w’'(). -]{2,60}?\s+(?:dice|dicen|recomienda|recomiendan|aconseja|aconsejan)\b",
    r"wir\s+wissen,?\s+dass\s+[\w’'(). -]{2,60}?\s+(?:sagt|sagen|empfiehlt|empfehlen|rät|raten)\b",
    r"(?:we|wij)\s+weten\s+dat\s+[\w’'(). -]{2,60}?\s+(?:zegt|zeggen|raadt|raden|adviseert|adviseren)\b",
    r"sappiamo\s+che\s+[\w’'(). -]{2,60}?\s+(?:dice|dicono|consiglia|consigliano|raccomanda|raccomandano)\b",
)

# A note on what a statement does not cover, as a paragraph of its own below the advice: "Lindqvar also sells
# Vitalqor … This advice is about pemvatrol only.", "This statement does not cover PB-12."
SCOPE_NOTES: tuple[str, ...] = (
    r"\S.{0,80}\balso\s+(?:makes?|sells?|markets?|develops?|produces?|offers?)\b.*",
    # The same in the other languages statements come in: 'Gljúfur Pharma framleiðir líka LRS-9 við mígreni',
    # 'Kempvaart maakt ook MRL-72', 'Varenna Bio produce anche FRD-15'.
    (r"\S.{0,80}\b(?:fabrique|produit|vend|commercialise|développe)\s+(?:aussi|également)\b.*|"
     r"\S.{0,80}\b(?:stellt|produziert|vertreibt|verkauft|entwickelt)\s+auch\b.*|"
     r"\S.{0,80}\btambién\s+(?:fabrica|produce|vende|comercializa|desarrolla)\b.*|"
     r"\S.{0,80}\b(?:maakt|produceert|verkoopt|ontwikkelt)\s+ook\b.*|"
     r"\S.{0,80}\btambém\s+(?:fabrica|produz|vende|comercializa|desenvolve)\b.*|"
     r"\S.{0,80}\b(?:produce|fabbrica|vende|commercializza|sviluppa)\s+anche\b.*|"
     r"\S.{0,80}\b(?:laver|producerer|produserer|sælger|selger|tillverkar|säljer|utvecklar)\s+(?:også|också)\b.*|"
     r"\S.{0,80}\b(?:framleiðir|selur|þróar)\s+(?:líka|einnig)\b.*"),
    # ... and that it is no medicine for the disease: 'It is not an ALS drug', 'Það er ekki ALS-lyf'.
    (r"(?:it|this|that)\s+is\s+not\s+an?\s+(?:ALS|MND)\s+(?:drug|medicine|treatment|product)\.?|"
     r"(?:það|hann|hún)\s+er\s+ekki\s+(?:ALS|MND)-?\s?(?:lyf|meðferð)\.?|"
     r"(?:es|das)\s+ist\s+kein\s+(?:ALS|MND)-?(?:Medikament|Mittel|Arzneimittel)\.?|"
     r"(?:het|dit)\s+is\s+geen\s+(?:ALS|MND)-?(?:middel|medicijn|geneesmiddel)\.?|"
     r"(?:det|den)\s+er\s+ikke\s+(?:et\s+|en\s+)?(?:ALS|MND)-?(?:lægemiddel|legemiddel|middel|medicin)\.?"),
    r"(?:this|our)\s+(?:advice|statement|position|guidance)\s+(?:is|applies)\s+(?:only\s+)?(?:about|to)\s+.{2,60}?\s+only\.?",
    r"(?:this|our)\s+(?:advice|statement|position|guidance)\s+(?:does\s+not|doesn['’]t)\s+(?:cover|apply\s+to|concern)\b.*",
    r"\S.{0,80}\bis\s+(?:a\s+)?(?:different|separate|unrelated)\s+(?:\w+\s+)?(?:product|medicine|drug|device)\b.*",
    # Where to find who wrote it, and when it will be looked at again: "Panel members are listed on our governance page.
    # The panel plans its next look at cramp treatments in 2027."
    r"\S.{0,60}\b(?:are|is)\s+(?:listed|named)\s+(?:on|in)\s+(?:our|the)\b.*",
    r"\S.{0,60}\b(?:plans?|intends?|expects?)\s+(?:to\s+(?:look\s+at|review|revisit|reconsider)\b|(?:its|their|our)\s+next\s+(?:look|review)\b).*",
    # ... or for whom, or on what, the body has taken no view: "The committee has not taken a view for people whose MND
    # started in the arms or legs, because …", "The Network has no statement on zentorib", "we haven't looked at that one."
    r"(?:the\s+[\w’' -]{2,40}?|we|it)\s+(?:has|have)\s+not\s+(?:yet\s+)?(?:taken|formed|reached|given|agreed)\s+(?:a|any)\s+"
    r"(?:view|position|stance|statement)\s+(?:for|on|about)\b.*",
    r"(?:the\s+[\w’' -]{2,40}?|we|it)\s+(?:has|have)\s+no\s+(?:view|position|stance|statement)\s+(?:for|on|about)\b.*",
    # ... in the other languages, after whom it leaves out: 'Pour les autres formes de SLA, le bureau n'a pas pris
    # position', 'Per le altre forme il direttivo non ha preso posizione', 'Para as outras formas, a direção não tomou posição'
    (r"(?:[^.!?:]{0,100}?\s)?n['’](?:a|avons)\s+pas\s+(?:encore\s+)?(?:pris|adopté|arrêté|donné)\s+(?:de\s+|d['’]\s*)?"
     r"(?:position|avis)\b.*|"
     r"(?:[^.!?:]{0,100}?\s)?non\s+(?:ha|abbiamo)\s+(?:ancora\s+)?(?:preso|dato|espresso)\s+(?:una\s+)?(?:posizione|parere)\b.*|"
     r"(?:[^.!?:]{0,100}?\s)?não\s+(?:tomou|tomámos|tomamos|tem|temos)\s+(?:ainda\s+)?(?:nenhuma\s+)?posição\b.*|"
     r"(?:[^.!?:]{0,100}?\s)?no\s+(?:ha|hemos)\s+(?:tomado|adoptado)\s+(?:ninguna\s+)?(?:posición|postura)\b.*|"
     r"(?:[^.!?:]{0,100}?\s)?(?:hat|haben)\s+(?:[\w-]+\s+){0,3}?(?:noch\s+)?keine\s+(?:Position|Haltung|Empfehlung)\b.*"),
    # ... or what else its maker does: "Pellinore Bio's other programme, PB-12, is an early-stage gene therapy for …"
    r"\S.{0,60}['’]s\s+other\s+(?:products?|programmes?|programs?|medicines?|drugs?|treatments?|devices?)\b.*",
)

# The organisation's own business, which its advice may also be about ('We recommend paying your membership fee by
# Direct Debit', 'Vi rekommenderar att du betalar medlemsavgiften', cookies, the newsletter): never the position.
HOUSEKEEPING: tuple[str, ...] = (
    r"membership", r"member(?:s['’])?\s+(?:fee|subscription|magazine)", r"newsletter", r"cookies?", r"direct\s+debit",
    r"medlemsavgift\w*", r"medlemskap\w*", r"medlemstidning\w*", r"medlemsblad\w*", r"nyhetsbrev\w*", r"nyhedsbrev\w*",
    r"kontingent\w*", r"mitgliedsbeitr\w*", r"mitgliedschaft\w*", r"lastschrift\w*", r"cotisation\w*",
    r"adh[ée]sion\w*", r"lettre\s+d['’]information", r"pr[ée]l[èe]vement", r"cuota\s+de\s+socio\w*", r"hacerse\s+socio\w*",
    r"domiciliaci[óo]n", r"lidmaatschap\w*", r"contributie\w*", r"nieuwsbrief\w*", r"incasso", r"quota\s+associativ\w*",
    r"quota\s+de\s+s[óo]cio\w*", r"tornar-se\s+s[óo]cio", r"sk[łl]adk\w*\s+członkowsk\w*", r"[čc]lensk\w*\s+p[řr]ísp\w*",
    r"quota\s+de\s+soci\w*", r"butllet[íi]\w*", r"j[äa]senmaksu\w*", r"uutiskirje\w*", r"medlemskontingent\w*",
    # the page, the meeting and the helpline themselves: "We recommend that volunteers keep this page open …",
    # "We recommend muting your microphone …", "… checking your spam folder", "… saving a copy before editing"
    r"(?:keep|print|save|bookmark|open|edit)(?:ing)?\s+this\s+(?:page|register|spreadsheet|sheet|form|tab)",
    r"(?:helpline|volunteer)\s+shifts?", r"microphones?",
    r"(?:spam|junk)\s+folder", r"parking", r"saving\s+a\s+copy",
)

# Where no heading names the position, the paragraphs that give the organisation's advice on the statement's subject
# hold it (headings.py `_advised`). A sentence gives advice when its subject is "we" or the organisation (a phrase with
# an organisation or body word: "The X Trust", "ALS spolek Y", "our committee") and its verb is one of these, with any
# negation or adverb between ("does not recommend", "no longer encourages", "mener, at"); or when the verb alone says
# "we" (first person plural); or when it tells the reader what to do about a therapy (ADVICE_IMPERATIVES, at a
# sentence's start); or when it says what people with the disease should do.
ADVICE_VERBS: dict[str, tuple[str, ...]] = {
    "en": (r"recommends?", r"advises?", r"suggests?", r"supports?", r"encourages?", r"urges?", r"asks?", r"thinks?",
           r"believes?", r"considers?", r"says?", r"would\s+(?:not\s+)?(?:say|recommend|advise|suggest|support)"),
    "fr": (r"recommande", r"conseille", r"déconseille", r"encourage", r"estime", r"pense", r"soutient"),
    "de": (r"empfiehlt", r"empfehlen", r"rät", r"raten", r"hält", r"unterstützt", r"unterstützen"),
    "es": (r"recomienda", r"aconseja", r"desaconseja", r"considera", r"apoya"),
    "nl": (r"raadt", r"raden", r"adviseert", r"adviseren", r"beveelt", r"bevelen", r"vindt", r"steunt"),
    "pt": (r"recomenda", r"aconselha", r"desaconselha", r"considera", r"apoia"),
    "it": (r"raccomanda", r"consiglia", r"sconsiglia", r"ritiene", r"sostiene"),
    "pl": (r"zaleca", r"odradza", r"radzi", r"popiera"),
    "sv": (r"rekommenderar", r"råder", r"avråder", r"anser", r"stöder", r"uppmanar"),
    "da": (r"anbefaler", r"råder", r"fraråder", r"mener", r"støtter", r"opfordrer"),
    "cs": (r"(?:ne)?doporučuje", r"(?:ne)?radí", r"(?:ne)?podporuje", r"odrazuje"),
    "sk": (r"(?:ne)?odporúča", r"(?:ne)?radí", r"(?:ne)?podporuje", r"odrádza"),
    "ca": (r"recomana", r"aconsella", r"desaconsella", r"considera", r"dona\s+suport"),
    "nb": (r"anbefaler", r"fraråder", r"råder", r"mener", r"støtter", r"oppfordrer"),
    "fi": (r"suosittelee", r"suosittele", r"kehottaa", r"neuvoo", r"katsoo", r"tukee"),
    "hu": (r"javasolja", r"ajánlja", r"tanácsolja", r"támogatja", r"kéri"),
    "el": (r"συνιστά", r"προτείνει", r"συμβουλεύει", r"υποστηρίζει", r"θεωρεί"),
    "ro": (r"recomandă", r"recomanda", r"sfătuiește", r"sfatuieste", r"susține", r"consideră"),
    "tr": (r"öneriyor", r"önermiyor", r"tavsiye\s+ediyor", r"tavsiye\s+etmiyor", r"destekliyor"),
}
# Words between the one who advises and the verb: "does not", "no longer", "still", "currently".
ADVICE_ADVERBS: tuple[str, ...] = (
    r"(?:do|does|would|will|can|could)\s+not", r"don['’]t", r"doesn['’]t", r"cannot", r"can['’]t", r"no\s+longer",
    r"still", r"currently", r"now", r"strongly", r"therefore", r"also", r"would", r"ne", r"nicht", r"no", r"niet", r"não",
    r"non", r"nie", r"inte", r"ikke", r"fortsat", r"stadig", r"nadále", r"ei", r"nem", r"δεν", r"nu", r"fortsatt",
)
# Verbs that say "we" by their ending: "recomendamos", "doporučujeme", "us recomanem".
ADVICE_WE_VERBS: tuple[str, ...] = (
    r"(?:ne\s+)?(?:recommandons|conseillons|déconseillons)", r"(?:no\s+)?(?:recomendamos|aconsejamos|desaconsejamos)",
    r"(?:não\s+)?(?:recomendamos|aconselhamos|desaconselhamos)", r"(?:non\s+)?(?:raccomandiamo|consigliamo|sconsigliamo)",
    r"(?:nie\s+)?(?:zalecamy|radzimy|odradzamy|rekomendujemy)", r"(?:ne)?doporučujeme", r"(?:ne)?radíme",
    r"(?:no\s+)?(?:us\s+)?(?:recomanem|aconsellem|desaconsellem)",
    r"(?:emme\s+)?(?:suosittelemme|suosittele|kehotamme|neuvomme|kehota|neuvo)", r"(?:nem\s+)?(?:javasoljuk|ajánljuk|tanácsoljuk)",
    r"(?:δεν\s+)?(?:συνιστούμε|προτείνουμε|συμβουλεύουμε)", r"(?:nu\s+)?(?:recomandăm|recomandam|sfătuim|sfatuim)",
    r"(?:öneriyoruz|önermiyoruz|tavsiye\s+ediyoruz|tavsiye\s+etmiyoruz)",
    r"(?:ne\s+)?(?:preporučujemo|savjetujemo|podržavamo)",
    r"(?:ne)?odporúčame", r"(?:ne)?radíme",
    r"kami\s+(?:tidak\s+)?(?:merekomendasikan|menyarankan|menganjurkan|mendukung|meminta)",
    # Ukrainian and Russian: "(не) радимо", "(не) рекомендуємо"; "(не) советуем", "(не) рекомендуем".
    r"(?:не\s+)?(?:радимо|рекомендуємо|порадимо|радим)", r"(?:не\s+)?(?:советуем|рекомендуем)",
    # What we would not do, the verb last with its object before it (Dutch, German): "Wij zouden NeuroBalans Forte niet
    # kopen.", "Wir würden X nicht kaufen."
    r"(?:wij|we)\s+zouden\s+(?:[\w’'()-]+\s+){1,5}?niet\s+(?:kopen|nemen|gebruiken|proberen|betalen|slikken|aanraden)",
    r"wir\s+würden\s+(?:[\w’'()-]+\s+){1,5}?nicht\s+(?:kaufen|nehmen|einnehmen|verwenden|ausprobieren|bezahlen|empfehlen)",
)
# What "we" is in each language, before a verb of ADVICE_VERBS' first-person form ("we recommend", "vi anbefaler").
ADVICE_WE: tuple[str, ...] = (r"we", r"we['’]d", r"nous", r"wir", r"wij", r"vi")
ADVICE_WE_FORMS: tuple[str, ...] = (
    r"recommend", r"advise", r"suggest", r"support", r"encourage", r"urge", r"ask", r"think", r"believe", r"say",
    # "We would not spend money on it", "We're asking members not to buy it": what the organisation would do or asks.
    r"(?:would\s+not|wouldn['’]t)\s+(?:spend|buy|pay\s+for|take|use|try)", r"(?:are\s+|['’]re\s+)asking",
    r"(?:ne\s+)?(?:recommandons|conseillons|déconseillons)", r"empfehlen", r"raten", r"raden", r"adviseren", r"bevelen",
    r"rekommenderar", r"råder", r"avråder", r"anbefaler", r"fraråder", r"mener",
)
# Telling the reader what to do about a therapy, at a sentence's start: "Please don't spend your money on …",
# "Talk to your neurologist …", "Køb ikke …", "Zeptejte se svého neurologa …", "Parleu-ne amb el vostre neuròleg …".
ADVICE_IMPERATIVES: tuple[str, ...] = (
    r"(?:please\s+)?(?:do\s+not|don['’]t|never)\s+(?:buy|take|stop|start|spend|use|try|order|give|share|pass|pay)\b",
    # Taking part in research is a care decision too: "please do not sign up for a second drug trial".
    r"(?:please\s+)?(?:do\s+not|don['’]t|never)\s+(?:join|enrol+|sign\s+up\s+for)\s+(?:[\w’'-]+\s+){0,3}?(?:trials?|stud(?:y|ies))\b",
    # "Avoid clinics that charge for it", "Stick with your prescribed treatment", "Keep taking your usual medicines".
    r"(?:please\s+)?avoid\b", r"(?:please\s+)?stick\s+with\s+your\b", r"(?:please\s+)?(?:keep|carry\s+on)\s+(?:taking|going\s+with|with)\s+your\b",
    r"(?:please\s+)?(?:talk|speak)\s+(?:to|with)\s+your\b", r"(?:please\s+)?ask\s+your\s+(?:neurologist|doctor|gp|nurse|mnd|als|"
    r"care|specialist|consultant|clinic|dietitian|pharmacist|trial)\b", r"please\s+return\b",
    r"(?:ne\s+)?(?:prenez|achetez|arrêtez)\b", r"(?:kaufen|nehmen|bestellen)\s+sie\s+(?:[\w-]+\s+){0,2}?(?:kein|nicht)",
    # "Fragen Sie Ihre Neurologin …", "Sprechen Sie mit Ihrem Arzt …"
    r"(?:fragen\s+sie|sprechen\s+sie\s+mit)\s+ihre[nmr]?\s+(?:neurolog|[äa]rzt|hausärzt|hausarzt|praxis|ambulanz|behandl)",
    # Indonesian: "Jangan membeli …" (do not buy), "tanyakan kepada dokter saraf Anda" (ask your neurologist)
    r"jangan\s+(?:membeli|minum|meminum|memakai|menggunakan|berhenti|menghentikan|mencoba|memesan)\b",
    r"(?:tanyakan|bicarakan|konsultasikan)\s+(?:\w+\s+)?(?:kepada|dengan|ke)\s+dokter\b", r"(?:no\s+)?(?:compre|tome|deje)\b",
    r"køb\s+ikke\b", r"tal\s+med\s+din\b", r"köp\s+inte\b", r"nekupujte\b", r"zeptejte\s+se\b", r"nepřestávejte\b",
    r"no\s+(?:compreu|deixeu|prengueu)\b", r"parleu(?:-ne)?\s+amb\b", r"consulteu\s+(?:el\s+vostre|la\s+vostra)\b",
    # The same in the other languages statements come in: asking one's own clinician ("Demandez à votre neurologue …",
    # "Pergunte ao seu neurologista …", "Chiedete al vostro neurologo …", "Vraag uw neuroloog …", "Zapytaj swojego
    # neurologa …") and not buying, taking or stopping it ("N'achetez pas …", "Não compre …", "Non acquistate …").
    r"(?:demandez|parlez)(?:-en)?\s+(?:à|a|avec)\s+(?:votre|vos)\b", r"n['’](?:achetez|arrêtez|interrompez)\b",
    r"ne\s+(?:cessez|commandez|interrompez)\b", r"ne\s+(?:l[ae]s?\s+|l['’])(?:achetez|prenez|utilisez|commandez)\b",
    r"(?:pregunte|consulte|hable)\s+(?:a|con)\s+su\b",
    r"(?:pregunta|consulta|habla)\s+(?:a|con)\s+tu\b", r"no\s+(?:compres|tomes|dejes|abandone|suspenda)\b",
    # ... with the pronoun on the verb: "pídala a su neurólogo", "no la compre por internet".
    r"(?:p[íi]da|solicite|consulte|pregunte)(?:l[oa]s?|se)?\s+(?:a|al|con)\s+(?:su|tu)\b",
    r"no\s+(?:se\s+)?l[oa]s?\s+(?:compre|compres|tome|tomes|use|uses|pida|pidas|deje|dejes)\b",
    # Afrikaans: "Vra u neuroloog …" (ask your neurologist), "moenie dit aanlyn koop nie" (don't buy it online).
    r"vra\s+(?:u|jou)\s+(?:[\w-]+\s+)?(?:neuroloog|dokter|huisdokter|geneesheer|verpleegster|verpleegkundige|apteker|spesialis)\b",
    r"(?:praat|gesels)\s+met\s+(?:u|jou)\s+(?:[\w-]+\s+)?(?:neuroloog|dokter|huisdokter|verpleegster|apteker|spesialis)\b",
    # (the verb comes last, after what it is about: the match ends at 'moenie', so that what follows is read)
    r"moenie(?=\s+(?:[\w'’-]+\s+){0,4}?(?:koop|neem|gebruik|staak|bestel|betaal)\b)",
    r"(?:pergunte|fale)\s+(?:ao|à|com\s+o|com\s+a)\s+(?:seu|sua)\b", r"não\s+(?:compre|tome|pare|deixe|interrompa)\b",
    # ... and to several readers, as European Portuguese speaks to a room: "perguntem ao vosso neurologista", "Não a comprem".
    r"(?:perguntem|falem)\s+(?:ao|à|com\s+o|com\s+a)\s+(?:vosso|vossa|seu|sua)\b",
    r"não\s+(?:(?:o|a|os|as)\s+)?(?:comprem|tomem|parem|deixem|interrompam|usem)\b",
    r"(?:chiedete|chieda|chiedi|parlate|parli|parla)(?:ne)?\s+(?:al|alla|con\s+il|con\s+la|col)\s+(?:vostr[oa]|su[oa]|tu[oa])\b",
    r"non\s+(?:l[oaie]\s+|l['’])?(?:acquistate|acquisti|comprate|compri|sospendete|interrompete|smettete)\b",
    r"(?:vraag|bespreek|overleg)\s+(?:het\s+)?(?:met\s+)?(?:uw|je)\s+(?:neuroloog|arts|huisarts|behandelaar|specialist)\b",
    r"koop\s+(?:geen|het\s+niet|ze\s+niet)\b", r"(?:kaufen|nehmen|bestellen)\s+sie\s+(?:es|sie|ihn)\s+nicht\b",
    r"não\s+(?:o|a|os|as)\s+(?:compre|tome|use)\b", r"moenie\s+(?:dit|hulle)\b", r"(?:zapytaj|zapytajcie|porozmawiaj\s+z|porozmawiajcie\s+z)\s+(?:swoim|swojego|swoją|swego)\b",
    r"nie\s+(?:kupuj|kupujcie|przerywaj|odstawiaj)\b", r"fråga\s+din\b", r"spør\s+(?:legen|nevrologen)\s+din\b", r"spørg\s+din\b",
    # Taking it to one's own clinician: "show the tub to your ALS team", "tell your doctor about …", "check with your GP".
    # Ukrainian and Russian: "Не купуйте …", "не припиняйте …", "Запитайте свого невролога …"; "Не покупайте …",
    # "Спросите своего невролога …", "Обратитесь к врачу …".
    r"не\s+(?:купуйте|замовляйте|приймайте|припиняйте|кидайте|покупайте|заказывайте|принимайте|прекращайте|бросайте)\b",
    r"(?:запитайте|спитайте|порадьтеся\s+з|зверніться\s+до|поговоріть\s+з)\s+(?:свого|своєю|своїм|вашого|вашим|вашою)\b",
    r"(?:спросите|посоветуйтесь\s+с|обратитесь\s+к|поговорите\s+с)\s+(?:своего|своим|своей|вашего|вашим|вашей)\b",
    r"(?:please\s+)?(?:ask|tell|show|check\s+with|discuss\s+[\w’'-]+\s+with)\s+(?:[\w’'-]+\s+){0,3}?(?:to\s+)?your\s+(?:[\w-]+\s+)?"
    r"(?:neurologist|doctor|gp|nurse|team|specialist|consultant|clinic|pharmacist|dietitian|physio\w*)\b",
)
# Who advice is for, right after the adviser's verb: advice to people with the disease is about their care, whatever
# it names ("asks people with ALS not to join two treatment trials", "suggest that people with MND ask …").
ADVICE_ADDRESSEES: tuple[str, ...] = (
    r"(?:that\s+)?(?:people|anyone|everyone|those|patients|members|families)\s+(?:with|living\s+with|who\s+have)\s+"
    r"(?:mnd|als|motor\s+neurone\s+disease)\b",
)
# What opens a clause before an imperative: "If you would like to take part, ask your neurologist …".
ADVICE_CLAUSES: tuple[str, ...] = (
    r"(?:if|when|unless|once|before|while)\b[^.;:]{0,120}?,\s*", r"[^.;:]{0,200}?[;:]\s*", r"[^.;:]{0,200}?,\s*(?:and|but|so)\s+",
    # ('It is prescription only so ask your GP about it': 'so' opens the advice without a comma too)
    r"[^.;:]{0,200}?\s(?:and\s+)?so\s+",
)
# What people with the disease should do: "People with MND should not …".
ADVICE_SHOULD: tuple[str, ...] = (
    r"(?:people|anyone|those|patients)\s+(?:with|living\s+with)\s+(?:mnd|als|motor\s+neurone\s+disease)\s+(?:should|must)\b",
    r"(?:nobody|no\s+one|no-one)\s+(?:with|living\s+with)\s+(?:mnd|als|motor\s+neurone\s+disease)\s+should\b",
)
# What advice is about when it is about a therapy without naming it: "not to take medicines that …".
THERAPY_ACTIONS: tuple[str, ...] = (
    r"(?:take|taking|use|using|buy|buying|try|trying|share|sharing|pass|passing|seek|seeking|stop|stopping|start|starting)\s+"
    # (two verbs may share the object: "stop or cut down any prescribed medicine")
    r"(?:(?:or|and)\s+[\w’'-]+\s+(?:down|off|back)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}(?:medicines?|medications?|drugs?|treatments?|supplements?|tablets?|capsules?|therapy|therapies)\b",
    # Taking part in a trial: "not to join two treatment trials at once", "sign up for a second drug trial".
    r"(?:join|joining|enrol+(?:ing)?|sign(?:ing)?\s+up\s+for|take\s+part\s+in|taking\s+part\s+in)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:trials?|stud(?:y|ies))\b",
    # Paying for it: "We do not recommend paying a clinic abroad for it".
    r"(?:pay|paying)\s+(?:[\w’'-]+\s+){0,3}?for\s+(?:it|them)\b",
    # ... or for a course of a kind of treatment, named by no product: "you should not pay for hyperbaric oxygen sessions".
    r"(?:pay|paying)\s+for\s+(?:(?:a|any|the)\s+)?(?:[\w’'-]+\s+){0,3}?(?:treatments?|therapy|therapies|sessions?|courses?|"
    r"injections?|infusions?)\b",
    # ... or by a pronoun, in advice: "If you still want to try it, show the tub to your team first".
    r"(?:take|taking|use|using|buy|buying|order|ordering|try|trying|stop|stopping|start|starting)\s+(?:it|them)\b",
    # ... and so in the other languages statements come in, not buying, taking or using it: "no la compre por internet",
    # "non lo acquisti online", "ne l'achetez pas", "kaufen Sie es nicht", "koop het niet", "não o compre", "moenie dit
    # koop nie".
    r"no\s+(?:se\s+)?l[oa]s?\s+(?:compre|compres|tome|tomes|use|uses|pida|pidas)\b",
    r"non\s+(?:l[oaie]|l['’])\s*(?:acquist|compr|prend|usat|usi\b|usa\b|ordin)\w*",
    r"ne\s+(?:l[ae]s?\s+|l['’])(?:achetez|prenez|utilisez|commandez)\b",
    r"(?:kaufen|nehmen|bestellen|verwenden)\s+sie\s+(?:es|sie|ihn)\s+nicht\b",
    r"(?:koop|gebruik|bestel|neem)\s+(?:het|ze|dit)\s+niet\b", r"não\s+(?:o|a|os|as)\s+(?:compre|tome|use|encomende)\b",
    # (to several readers, and not leaving one's medicines: "Não a comprem …", "não deixem os medicamentos que …")
    r"não\s+(?:o|a|os|as)\s+(?:comprem|tomem|usem|encomendem)\b",
    r"não\s+(?:deixem|deixe|parem|pare|interrompam|interrompa)\s+(?:[\w’'-]+\s+){0,2}?(?:medicamentos?|remédios?|tratamentos?)\b",
    r"moenie\s+(?:dit|hulle)\s+(?:[\w'’-]+\s+){0,3}?(?:koop|neem|gebruik|bestel)\b",
)
# Advice about something other than the therapy: reading, keeping or printing a page, following an account.
ADVICE_ELSEWHERE: tuple[str, ...] = (
    r"(?:that\s+)?(?:you\s+|members\s+|volunteers\s+|readers\s+)?(?:read|reading|study|studying|finish|finishing|"
    r"bookmark|bookmarking|follow|following|visit|visiting|print|printing|keep|keeping|subscrib\w*|sign\w*\s+up|join|"
    r"joining|book|booking|log|logging|accept\w*|allow\w*|mut\w*|register\w*|pay\w*|wear\w*|arriv\w*|bring\w*|tick\w*|"
    r"silenc\w*|turn\w*\s+(?:on|off)|enabl\w*|switch\w*\s+(?:on|off)|wrap\w*\s+up)\b",
)
# A heading that asks the reader a question about the therapy ("Should you ask for it?") or names who advises
# ("Advice from our clinical panel", "Committee says", "What we'd say to a friend", "Where the Trust comes down",
# "Where this leaves us"): the shape of a position heading, whose paragraphs then decide.
ADVICE_HEADING_SHAPES: tuple[str, ...] = (
    r"should\s+(?:i|we|you|he|she|they|people|my\s+\w+)\s+.{2,40}", r"(?:\w+\s+){0,3}(?:says?|thinks?|advises?)",
    r"what\s+we(?:['’]d|\s+would)\s+(?:say|tell|advise)\b.*", r"what\s+we\s+(?:ask|advise|recommend|suggest|urge)\s+(?:of\s+)?.{2,40}",
    # What the organisation tells people, or gives its volunteers to say: "What we tell people about washouts",
    # "What to say on the phone", "What to tell callers".
    r"what\s+we\s+(?:tell|say\s+to)\s+.{2,40}", r"what\s+to\s+(?:say|tell)\b.{0,40}", r"where\s+(?:this|that|it|we|the\s+.{2,30}?)\s+(?:leaves\s+us|comes?\s+down|lands?)\b.*",
    r"(?:advice|guidance|a\s+word)\s+from\s+.{2,40}", r"what\s+follows\s+for\s+.{2,40}", r"(?:plain|short|honest|our)\s+answer\b.*",
    r"agreed\s+(?:line|advice|view|position|wording|text)\b.*",
    # Who speaks, then what they give: "Huddle committee verdict", "Carrowgate's considered answer", "Our reading of it".
    r"(?:[\w’'-]+\s+){0,3}(?:committee|board|panel|trustees|council|society|association|trust|network|forum|group)(?:['’]s)?\s+"
    r"(?:[a-z-]+\s+)?(?:verdict|view|answer|line|take|advice|reading)\b.*",
    # (... and who agreed it: "Cragvale's answer, agreed by the trustees")
    r"[\w-]+['’]s\s+(?:[a-z-]+\s+)?(?:verdict|answer|view|take)(?:,?\s+(?:as\s+)?(?:agreed|approved|adopted|endorsed)\s+by\s+.{2,40})?",
    r"our\s+(?:[a-z-]+\s+)?(?:reading|take|verdict|answer)\b.*",
    # A body named over what it says on the subject: "The committee on torvalimab", "the 2023 committee on torvalimab".
    r"(?:the\s+|our\s+)?(?:(?:19|20)\d\d\s+)?(?:committee|board|panel|trustees|council)\s+on\s+[^,.;]{2,40}",
    # French: how we see it, "Notre regard sur la pelquinide, sans détour", "Notre avis", "Notre lecture".
    r"notre\s+(?:regard|avis|lecture|réponse|point\s+de\s+vue)\b.*",
    # ... in the languages without a position-heading row: "Näin neuvomme jäseniä", "Egyesületünk válasza",
    # "Τι λέμε στα μέλη μας", "Ce recomandăm", "Derneğimizin görüşü", "Hva vi anbefaler".
    r"(?:näin|mitä)\s+(?:neuvomme|suosittelemme|sanomme|kehotamme)\b.*", r"(?:yhdistyksen|liiton|säätiön)\s+(?:kanta|suositus|vastaus)\b.*",
    r"\w+(?:ünk|unk)\s+(?:válasza|álláspontja|ajánlása|véleménye|tanácsa)\b.*", r"mit\s+(?:javasolunk|tanácsolunk|mondunk)\b.*",
    r"τι\s+(?:λέμε|προτείνουμε|συνιστούμε|συμβουλεύουμε)\b.*", r"η\s+θέση\s+(?:μας|του\s+συλλόγου)\b.*",
    r"ce\s+(?:recomandăm|spunem|sfătuim)\b.*", r"poziția\s+(?:noastră|asociației)\b.*",
    # (after whom it is for: "Üyelerimize önerimiz", our advice to our members; "Hastalara tavsiyemiz")
    r"(?:[\w-]+\s+){0,2}(?:ne\s+öneriyoruz|önerimiz|önerilerimiz|görüşümüz|tutumumuz|tavsiyemiz|tavsiyelerimiz)\b.*",
    r"derneğ(?:imiz)?in\s+(?:görüşü|önerisi|yanıtı|tutumu)\b.*",
    r"hva\s+vi\s+(?:anbefaler|råder)\b.*", r"(?:vårt|vår)\s+(?:råd|syn|standpunkt)\b.*",
    # What we, or the board, advise, in the languages with a position-heading row whose words it does not use: "Was der
    # Vorstand Betroffenen rät", "Lo que aconseja la junta", "Ce que nous conseillons", "Wat het bestuur aanraadt".
    r"was\s+(?:wir|(?:der|die|das|unser\w*)\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}(?:rät|raten|empfiehlt|empfehlen|sagt|sagen)\b.*",
    r"(?:[\w-]+\s+)?que\s+(?:[\w-]+\s+){0,3}(?:recomienda|recomendamos|aconseja|aconsejamos|decimos|recomenda|recomendamos|"
    r"aconsella|aconsellamos|dicimos|trasladamos|transmitimos)\b.*",
    r"ce\s+que\s+(?:[\w'’-]+\s+){0,3}(?:conseill\w+|recommand\w+|disons|dit)\b.*",
    r"(?:cosa|quello\s+che)\s+(?:[\w'’-]+\s+){0,3}(?:consigli\w*|raccomand\w*|diciamo)\b.*",
    r"wat\s+(?:[\w-]+\s+){0,3}(?:aanraden|aanraadt|adviseren|adviseert|zeggen|zegt)\b.*",
    r"o\s+que\s+(?:[\w-]+\s+){0,3}(?:recomenda\w*|aconselha\w*|dizemos)\b.*",
    # What the organisation said or told people, an earlier position kept on a page that is itself older: "What we said
    # about X in spring 2022".
    r"what\s+we\s+(?:said|told\s+\w+|advised|recommended)\s+(?:about|on|to)\b.{2,60}",
    # Whose opinion it is: "L'avis du comité", "L'avis des Coquelicots, semé ici".
    r"l['’]avis\s+(?:de|du|des)\s+.{2,50}",
    # Basque: what we, or the association, tell members or recommend ("Elkarteak bazkideei esaten diena", "Zer esaten
    # diegu bazkideei"), our position or recommendation ("Gure jarrera", "Elkartearen gomendioa").
    r"(?:[\w-]+\s+){0,3}(?:esaten|gomendatzen|aholkatzen)\s+(?:die(?:gu|na|guna)?|du(?:gu|na|guna)?|dio(?:na)?)\b.*",
    r"zer\s+(?:esaten|gomendatzen|aholkatzen)\b.*", r"(?:gure|elkartearen)\s+(?:jarrera|iritzia|gomendio(?:a|ak)|erantzuna)\b.*",
)

# A notice that the statement itself is withdrawn: never what a product or trial had withdrawn ('the company withdrew
# its application', 'withdrawn from the market'). The statement, position or advice is the subject, or a status field
# or a title's tag says it. An archived page that points to a newer statement is superseded, not withdrawn.
_STATEMENT_NOUNS = {
    "en": r"(?:position\s+)?statement|position|guidance|advice|recommendation|page|notice",
    "fr": r"(?:prise\s+de\s+position|déclaration|position|recommandation|avis|page)",
    "de": r"(?:stellungnahme|empfehlung|position|erklärung|seite|einschätzung)",
    "es": r"(?:declaración|posición|postura|recomendación|página|comunicado)",
    "nl": r"(?:standpunt|verklaring|advies|aanbeveling|pagina)",
    "pt": r"(?:declaração|posição|recomendação|página|parecer|tomada\s+de\s+posição)",
    "it": r"(?:dichiarazione|posizione|raccomandazione|pagina|parere|presa\s+di\s+posizione)",
}
# Who may withdraw a statement: its organisation or the body that governs it ('the trustees', 'the Circle committee').
_WITHDRAWERS = (r"(?:[\w’'-]+\s+){0,3}?(?:committee|board|council|panel|trustees|directors|association|society|trust|charity|"
                r"group|network|circle|foundation|federation)")
_BETWEEN = r"(?:[^\s;]+\s+){0,4}?"  # 'wurde am 3. März zurückgezogen', 'a été officiellement retirée'
WITHDRAWN_NOTICES: tuple[str, ...] = (
    rf"\b(?:this|our)\s+(?:{_STATEMENT_NOUNS['en']})\s+(?:has\s+been|was|is|have\s+been|were)\s+{_BETWEEN}"
    r"(?:withdrawn|retracted|rescinded)\b",
    r"\bthe\s+(?:position\s+)?statement\s+(?:has\s+been|was|is)\s+(?:now\s+|formally\s+)?(?:withdrawn|retracted|rescinded)\b",
    r"\bwe\s+(?:have\s+)?(?:withdrawn|withdrew|retracted|rescinded)\s+(?:this|our)\s+(?:position\s+)?"
    r"(?:statement|position|advice|guidance)\b",
    # Who withdrew it, named, and which statement: this one, or the one where it stands on the page ('On 28 October 2026
    # the trustees withdrew the statement below', 'The board has withdrawn its advice'; not another, older statement).
    rf"\b(?:the|our)\s+{_WITHDRAWERS}\s+(?:(?:have|has)\s+(?:now\s+)?withdrawn|withdrew)\s+"
    rf"(?:(?:this|its|their|our)\s+(?:{_STATEMENT_NOUNS['en']})\b|the\s+(?:{_STATEMENT_NOUNS['en']})\s+(?:below|above|on\s+this\s+page)\b)",
    # ... or heading its notice: 'Withdrawn by the trustees - please read this first', 'Withdrawn by the board on …'.
    rf"^[\s*_#>|]*withdrawn\s+by\s+(?:the|our)\s+{_WITHDRAWERS}\b",
    rf"\b(?:cette|notre)\s+{_STATEMENT_NOUNS['fr']}\s+a\s+été\s+{_BETWEEN}(?:retirée?|annulée?)\b",
    rf"\b(?:diese|unsere)\s+{_STATEMENT_NOUNS['de']}\s+(?:wurde|ist)\s+{_BETWEEN}zurückgezogen\b",
    rf"\b(?:esta|este|nuestra|nuestro)\s+{_STATEMENT_NOUNS['es']}\s+(?:ha\s+sido|fue|queda)\s+{_BETWEEN}(?:retirad[oa]|anulad[oa])\b",
    rf"\b(?:dit|deze|ons|onze)\s+{_STATEMENT_NOUNS['nl']}\s+(?:is|werd)\s+{_BETWEEN}ingetrokken\b",
    rf"\b(?:esta|este|nossa|nosso)\s+{_STATEMENT_NOUNS['pt']}\s+(?:foi|está)\s+{_BETWEEN}(?:retirad[oa]|anulad[oa])\b",
    rf"\b(?:questa|questo|nostra|nostro)\s+{_STATEMENT_NOUNS['it']}\s+(?:è\s+stat[oa]|viene)\s+{_BETWEEN}(?:ritirat[oa]|revocat[oa])\b",
    # A status field or a tag on the title: 'Status: Withdrawn', '[WITHDRAWN] …', 'Zurückgezogen: …'.
    r"^[\s*_#>|]*(?:status|statut|estado|stato|estatuto)\s*[*_]*[:：][\s*_]*(?:withdrawn|retirée?|retirad[oa]|ritirat[oa]|zurückgezogen|ingetrokken)\b",
    r"^[\s*_#>|]*(?:withdrawn|retirée?|zurückgezogen|retirad[oa]|ingetrokken|ritirat[oa])\s*[:—–]",
    r"^[\s*_#>|]*[\[(]\s*(?:withdrawn|retirée?|zurückgezogen|retirad[oa]|ingetrokken|ritirat[oa])\s*[\])]",
)
