"""Word tables the question analysis reads: data, not rules (one row per language or topic).

- INN_SUFFIXES: endings of international non-proprietary drug names ('tofersen', 'riluzole').
- OTHER_DISEASES: conditions other than ALS/MND; a question about one of them is not about
  an ALS/MND statement that never mentions it.
- DETAIL_TOPICS: details people ask about that a statement may not cover (cost, dose, ...),
  each with the words that ask about it and the words that show a statement covers it.
- GENERAL_TOPICS: general ALS/MND questions no single statement is about. A question closer
  to one of these than to any statement's own passages is a general question.
- BIOLOGY_NAMES: genes, proteins, biomarkers and scales written like codes; never products.
- CORPORATE_WORDS: words that mark a name as a company's.
"""

from __future__ import annotations

import re

INN_SUFFIXES = (
    "mab", "nib", "rsen", "sen", "stat", "tide", "vir", "zole", "zol", "avone", "pril",
    "sartan", "olol", "oxacin", "cycline", "azepam", "leucel", "parvovec", "gene", "limus", "platin",
    "dipine", "tinib", "ciclib", "lisib", "ximab", "zumab", "umab", "cept", "kinra", "cogene", "vec",
    "tadine", "amide", "semtiv", "mestat", "setron", "stigmine", "dronate", "pirone", "zepine",
)

# Medicines and supplements people ask about by name whose names are also everyday words to a word-frequency
# list ('quinine', 'baclofen', 'melatonin'), so neither their ending nor their rarity marks them: a question
# naming one that no statement mentions asks about it, and a statement on another product does not answer it. Generic and brand names
# of medicines used in ALS/MND care, its approved and trialled drugs, and common supplements (normalised); not
# classes and nutrients ('vitamin', 'magnesium'), which describe what a product contains or a detail asked.
KNOWN_MEDICINES = frozenset(
    """riluzole rilutek teglutik tiglutik exservan edaravone radicava tofersen qalsody relyvrio albrioza amx0035
    phenylbutyrate taurursodiol nuedexta dextromethorphan quinidine masitinib ibudilast nusinersen spinraza
    zolgensma risdiplam evrysdi methylcobalamin mecobalamin lithium metformin rapamycin sirolimus tamoxifen
    memantine donepezil levodopa baclofen lioresal tizanidine dantrolene gabapentin pregabalin lyrica quinine
    mexiletine carbamazepine phenytoin diazepam lorazepam clonazepam midazolam amitriptyline nortriptyline
    sertraline citalopram escitalopram fluoxetine mirtazapine venlafaxine glycopyrronium glycopyrrolate hyoscine
    scopolamine atropine botox botulinum morphine oxycodone codeine tramadol fentanyl paracetamol acetaminophen
    ibuprofen naproxen aspirin diclofenac prednisolone prednisone dexamethasone methylprednisolone omeprazole
    lansoprazole metoclopramide domperidone ondansetron loperamide laxido movicol senna lactulose warfarin
    apixaban rivaroxaban heparin atorvastatin simvastatin levothyroxine thyroxine cannabis cannabidiol cbd thc
    sativex nabiximols marijuana creatine melatonin turmeric curcumin ubiquinol ubiquinone resveratrol ginseng
    ginkgo glutathione carnitine acetylcarnitine nicotinamide inosine uridine trehalose ketamine ozempic
    semaglutide viagra sildenafil ivermectin hydroxychloroquine colchicine penicillin amoxicillin doxycycline
    minocycline ceftriaxone""".split()
)

# Conditions other than ALS/MND, in the languages questions come in (normalised: no accents).
OTHER_DISEASES: dict[str, tuple[str, ...]] = {
    "migraine": ("migraine", "migraines", "migrana", "emicrania", "migraene", "migranea", "hoofdpijn", "migrena", "migreny"),
    # A headache alone may be a side effect someone had ('a bad headache after the infusion'): only the conditions.
    "headaches": ("tension headache", "tension headaches", "cluster headache", "cluster headaches", "chronic headaches",
                  "spannungskopfschmerzen", "cephalees de tension", "cefalea tensional", "cefaleia tensional",
                  "cefalea tensiva", "spanningshoofdpijn"),
    "cancer": ("cancer", "cancers", "tumour", "tumor", "tumours", "tumors", "krebs", "kanker", "cancro", "leukaemia", "leukemia", "lymphoma", "nowotwor", "nowotworu", "leucemia", "leukamie"),
    "multiple sclerosis": ("multiple sclerosis", "ms", "esclerosis multiple", "sclerose en plaques", "multiple sklerose",
                           "multipler sklerose", "multiplen sklerose", "sclerosi multipla", "esclerose multipla",
                           "stwardnienie rozsiane", "multiple sclerose"),
    # Not memory and thinking in ALS/FTD as a statement may speak of them: a product asked about for one's memory.
    "memory problems": ("my memory", "his memory", "her memory", "memory loss", "poor memory", "forgetfulness",
                        "a memoria", "minha memoria", "mi memoria", "la memoria", "ma memoire", "la memoire",
                        "mein gedachtnis", "das gedachtnis", "gedachtnis", "mijn geheugen", "het geheugen",
                        "la mia memoria"),
    "Parkinson's disease": ("parkinson", "parkinsons", "parkinson s", "parkinsona"),
    "Alzheimer's disease": ("alzheimer", "alzheimers", "alzheimer s", "alzheimera"),
    # ALS and frontotemporal dementia overlap, but a statement on a product for ALS is not a
    # position on its use in dementia.
    "dementia": ("dementia", "demence", "demenz", "demenza", "demencia", "dementie",
                 "frontotemporal", "ftd"),
    "Huntington's disease": ("huntington", "huntingtons", "huntington s", "huntingtona"),
    "spinal muscular atrophy": ("spinal muscular atrophy", "sma"),
    "Duchenne muscular dystrophy": ("duchenne", "muscular dystrophy", "dmd"),
    "muscle disease": ("muscle disease", "muscle diseases", "muscle disorder", "muscle condition",
                       "muskelerkrankung", "muskelkrankheit", "maladie musculaire", "enfermedad muscular",
                       "spierziekte", "doenca muscular", "malattia muscolare", "myopathy", "myopathie"),
    "myasthenia gravis": ("myasthenia", "myasthenie", "miastenia"),
    "diabetes": ("diabetes", "diabete", "diabetic", "cukrzyca", "cukrzyce", "cukrzycy", "diabetico", "diabetique",
                 "diabetische", "diabetisch", "diabetischen", "diabetica", "diabetici"),
    "arthritis": ("arthritis", "rheumatoid", "arthrite", "artritis", "artrite", "reuma", "rheuma", "rheumatism",
                  "reumatismo", "rhumatisme", "reumatyzm", "zapalenie stawow"),
    "osteoarthritis": ("osteoarthritis", "arthrose", "artrose", "artrosi", "artrosis", "osteoartritis", "osteoartrite"),
    "epilepsy": ("epilepsy", "epilepsie", "epilepsia", "epilessia", "seizures", "padaczka", "padaczke", "padaczki"),
    "stroke": ("stroke", "strokes", "ictus", "beroerte", "schlaganfall", "avc"),
    "cerebral palsy": ("cerebral palsy", "paralisi cerebrale", "paralisis cerebral", "paralysie cerebrale",
                       "zerebralparese", "cerebrale parese", "hersenverlamming", "paralisia cerebral",
                       "porazenie mozgowe", "mozgowe porazenie"),
    "psoriasis": ("psoriasis", "psoriasi"),
    # A stammer asked about by itself ('children who stammer'); speech slurred by MND is asked about with the disease.
    "stammering": ("stammer", "stammers", "stammering", "stutter", "stutters", "stuttering", "tartamudez", "tartamudeo",
                   "tartamudea", "begaiement", "begaie", "stottern", "stottert", "stotteren", "gagueira",
                   "gaguez", "gagueja", "balbuzie", "balbetta"),
    "asthma": ("asthma", "asma", "asthme", "astma"),
    # Lung diseases a mucus or breathing medicine is also sold for: never a position on it for ALS/MND.
    "COPD": ("copd", "chronic obstructive pulmonary", "emphysema", "chronic bronchitis", "bpco", "epoc", "dpoc",
             "pochp", "emphyseem", "emphysem", "enfisema", "enfisema polmonare", "bronchite chronique",
             "chronische bronchitis", "bronquitis cronica", "bronquite cronica", "bronchite cronica"),
    "cystic fibrosis": ("cystic fibrosis", "mucoviscidose", "mukoviszidose", "fibrosis quistica", "fibrose cistica",
                        "fibrosi cistica", "taaislijmziekte", "mukowiscydoza"),
    "depression": ("depression", "depressao", "depresion", "depressione", "depresja", "depressie"),
    # Asked about for anxiety ('good for anxiety?'), not 'anxiety about the trial', which someone with ALS/MND may feel.
    "anxiety": ("for anxiety", "for my anxiety", "for her anxiety", "for his anxiety", "anxiety disorder", "panic attacks",
                "pour l anxiete", "contre l anxiete", "para la ansiedad", "contra la ansiedad", "gegen angst",
                "bei angststorungen", "tegen angst", "voor angst", "para a ansiedade", "contra a ansiedade",
                "per l ansia", "contro l ansia"),
    "COVID-19": ("covid", "covid 19", "coronavirus"),
    "heart disease": ("heart disease", "heart failure", "cardiac", "hartfalen", "herzinsuffizienz", "insuffisance cardiaque",
                      "insuficiencia cardiaca", "insufficienza cardiaca", "niewydolnosc serca"),
    # Hair grown back is no ALS/MND outcome ('the exosome hair-regrowth treatment', 'para o cabelo').
    "hair loss": ("hair loss", "baldness", "alopecia", "hair regrowth", "hair growth", "regrow hair", "regrowing hair",
                  "thinning hair", "receding hairline", "haarausfall", "haarwuchs", "chute de cheveux",
                  "repousse des cheveux", "caida del cabello", "caida del pelo", "crecimiento del cabello", "haaruitval",
                  "haargroei", "queda de cabelo", "queda do cabelo", "crescimento do cabelo", "para o cabelo",
                  "perdita dei capelli", "caduta dei capelli", "ricrescita dei capelli", "ricrescere i capelli",
                  "per i capelli", "pour les cheveux", "para el cabello", "para el pelo", "fur die haare",
                  "voor het haar"),
    "thyroid disease": ("thyroid", "hypothyroidism", "hyperthyroidism", "hashimoto", "graves disease", "schilddruse",
                        "schilddrusenunterfunktion", "schildklier", "thyroide", "hypothyroidie", "tiroides",
                        "hipotiroidismo", "tireoide", "tiroide", "ipotiroidismo", "tarczyca", "tarczycy"),
    "tennis elbow": ("tennis elbow", "golfer s elbow", "golfers elbow", "epicondylitis", "epicondylite", "tennisarm",
                     "tennisellenbogen", "codo de tenista", "epicondilitis", "cotovelo de tenista", "epicondilite",
                     "gomito del tennista", "tenniselleboog", "lokiec tenisisty"),
    # Cosmetic uses a maker's other product is sold for: never a position for ALS/MND.
    "teeth whitening": ("teeth whitening", "tooth whitening", "whitening kit", "whiten teeth", "whiter teeth",
                        "blanchiment des dents", "blanchiment dentaire", "zahnaufhellung", "bleaching",
                        "blanqueamiento dental", "blanqueamiento de dientes", "tandenbleken", "clareamento dental",
                        "branqueamento dentario", "sbiancamento dei denti", "sbiancamento dentale", "wybielanie zebow"),
    "wrinkles": ("wrinkles", "wrinkle", "anti ageing", "anti aging", "falten", "arrugas", "rimpels", "rugas",
                 "rughe", "zmarszczki"),
    # Sport is no condition, but a product asked about for it is not asked about for ALS/MND.
    "sport": ("rugby", "bodybuilding", "bodybuilder", "for the gym", "at the gym", "sports performance",
              "athletic performance", "musculation", "muskelaufbau im fitnessstudio", "culturismo", "musculacao",
              "bodybuilden"),
    # Not "weight loss": losing weight is part of ALS/MND itself.
    "obesity": ("obesity", "obesidad", "obesite"),
    "Crohn's disease": ("crohn", "crohns", "crohn s"),
    "inflammatory bowel disease": ("ibd", "inflammatory bowel"),
    # Everyday conditions a maker's product may also be sold for, asked about in any of the seven languages.
    "restless legs": ("restless legs", "restless leg", "rls", "jambes sans repos", "impatiences", "piernas inquietas",
                      "unruhige beine", "restless legs syndrom", "rusteloze benen", "pernas inquietas",
                      "gambe senza riposo", "sindrome delle gambe"),
    "teething": ("teething", "teething babies", "dentition", "poussee dentaire", "denticion", "salida de los dientes",
                 "zahnen", "doorkomende tanden", "tandjes", "denticao", "nascimento dos dentes", "dentizione",
                 "mettono i denti", "mette i denti"),
    "tendinitis": ("tendinitis", "tendonitis", "tendinite", "tendinopathy", "tendinopathie", "tendinopatia",
                   "sehnenentzundung", "peesontsteking"),
    "shingles": ("shingles", "herpes zoster", "gurtelrose", "gordelroos", "culebrilla", "fuoco di sant antonio"),
    "sciatica": ("sciatique", "ciatica", "ischias", "hernia discal", "hernie discale", "bandscheibenvorfall",
                 "hernia del disco", "ernia del disco"),
    "carpal tunnel syndrome": ("carpal tunnel", "canal carpien", "tunel carpiano", "karpaltunnel", "carpale tunnel",
                      "tunel do carpo", "tunnel carpale"),
    "menopause": ("menopause", "hot flushes", "hot flashes", "bouffees de chaleur", "menopausia", "sofocos",
                  "wechseljahre", "hitzewallungen", "opvliegers", "menopausa", "afrontamentos",
                  "vampate"),
    "rosacea": ("rosacea", "couperose", "rosacee"),
    "cold sores": ("cold sore", "cold sores", "herpes labial", "bouton de fievre", "boutons de fievre",
                   "lippenherpes", "koortslip", "herpes labiale"),
    "irritable bowel": ("irritable bowel", "ibs", "colon irritable", "intestin irritable", "reizdarm",
                        "prikkelbare darm", "intestino irritavel", "colon irritabile", "intestino irritabile"),
    "sinusitis": ("sinusitis", "sinusite", "sinus infection", "nebenhohlenentzundung", "bijholteontsteking"),
    "travel sickness": ("motion sickness", "travel sickness", "seasickness", "sea sickness", "mal des transports", "mal de mer", "mareo", "mareos", "reisekrankheit", "seekrankheit",
                        "wagenziekte", "zeeziekte", "mal d auto", "mal di mare"),
    "jet lag": ("jet lag", "jetlag", "decalage horaire"),
    "fungal infections": ("nail fungus", "fungal nail", "athlete s foot", "athletes foot", "mycose", "nagelpilz",
                          "kalknagel", "onicomicosis"),
    "warts": ("warts", "verrue", "verrues", "verrugas", "warzen", "wratten", "verruche"),
    "varicose veins": ("varicose veins", "varices", "krampfadern", "spataders", "varizes", "vene varicose"),
    "haemorrhoids": ("haemorrhoids", "hemorrhoids", "hemorroides", "hamorrhoiden", "aambeien", "emorroidi"),
    "lupus": ("lupus", "toczen", "tocznia", "toczniem"),
    "tinnitus": ("tinnitus", "oorsuizen", "acouphene", "acouphenes", "acufene", "acufeni", "zumbido en los oidos", "szumy uszne"),
    "HIV": ("hiv", "aids"),
    "hepatitis": ("hepatitis",),
    "autism": ("autism", "autismo", "autisme", "autismus"),
    "schizophrenia": ("schizophrenia",),
    "bipolar disorder": ("bipolar",),
    "fibromyalgia": ("fibromyalgia",),
    "chronic fatigue syndrome": ("chronic fatigue", "me cfs"),
    "neuropathy": ("neuropathy",),
    "Guillain-Barré syndrome": ("guillain barre",),
    "CIDP": ("cidp",),
    "glaucoma": ("glaucoma",),
    "macular degeneration": ("macular degeneration",),
    "osteoporosis": ("osteoporosis", "osteoporose", "osteoporosi", "osteoporoza", "brittle bones"),
    # Not 'hyperactivity' alone: a statement may speak of nerve cells' hyperactivity.
    "ADHD": ("adhd", "adhs", "tdah", "tdha", "attention deficit", "hyperactivity disorder", "deficit de l attention",
             "deficit de atencion", "deficit de atencao", "deficit di attenzione", "aandachtstekort",
             "aufmerksamkeitsdefizit"),
    "plantar fasciitis": ("plantar fasciitis", "fasciitis plantaris", "fascite plantaire", "plantarfasziitis",
                          "fersensporn", "fascitis plantar", "fascite plantar", "fascite plantare", "hielspoor",
                          "heel spur", "epine calcaneenne", "espolon calcaneo", "esporao calcaneo", "sperone calcaneare"),
    # Cramps are part of ALS/MND; a period's are not.
    "period pain": ("period pain", "period pains", "period cramps", "period cramp", "menstrual", "menstruation",
                    "dysmenorrhea", "dysmenorrhoea", "menstruatiekrampen", "menstruatiepijn", "regelschmerzen",
                    "menstruationsbeschwerden", "menstruationsschmerzen", "crampes menstruelles", "douleurs menstruelles",
                    "regles douloureuses", "colicos menstruales", "dolor menstrual", "dolores menstruales",
                    "colicas menstruais", "dores menstruais", "dolori mestruali", "crampi mestruali", "bole menstruacyjne"),
    "eyesight": ("eyesight", "eye sight", "poor vision", "failing vision", "cataract", "cataracts", "myopia",
                 "short sighted", "long sighted", "presbyopia", "sehkraft", "sehvermogen", "sehschwache",
                 "gezichtsvermogen", "slechtziendheid", "cataracte", "presbytie", "catarata", "cataratas", "presbicia",
                 "cataratta", "presbiopia", "zacma"),
    "acne": ("acne",),
    "insomnia": ("insomnia",),
    "vertigo": ("vertigo", "vertige", "schwindel", "duizeligheid", "vertigem", "vertigine", "zawroty glowy", "meniere",
                "menieres", "meniere s"),
    "gout": ("gout", "goutte", "gicht", "gota", "jicht", "gotta", "dna moczanowa"),
    "endometriosis": ("endometriosis", "endometriose", "endometriosi", "endometrioza"),
    "joint pain": ("stiff joints", "joint pain",
                   "painful joints", "sore joints", "douleurs articulaires", "gelenkschmerzen", "dolor articular",
                   "dolores articulares", "gewrichtspijn", "dores articulares", "dolori articolari", "bole stawow"),
    "sports injuries": ("sports injuries", "sports injury", "sport injuries", "blessures sportives", "sportverletzungen",
                        "lesiones deportivas", "sportblessures", "lesoes desportivas", "lesoes esportivas",
                        "lesioni sportive", "kontuzje sportowe"),
    # What a clinic sells the same cells or device for ('Lumicel-K knee injections', 'after a hip replacement'):
    # another use, never a position on the product for ALS/MND.
    "knee problems": ("knee", "knees", "knee pain", "knee injection", "knee injections", "genou", "genoux", "knie",
                      "knieen", "rodilla", "rodillas", "joelho", "joelhos", "ginocchio", "ginocchia", "kolano", "kolana"),
    "hip replacement": ("hip replacement", "hip surgery", "hip operation", "hip fracture", "broken hip",
                        "prothese de hanche", "huftoperation", "huftprothese", "protesis de cadera", "heupoperatie",
                        "heupprothese", "protese da anca", "protesi all anca", "endoproteza biodra"),
    "back pain": ("back pain", "sciatica", "slipped disc", "mal de dos", "ruckenschmerzen", "dolor de espalda",
                  "rugpijn", "dor nas costas", "dor lombar", "mal di schiena", "bol plecow"),
    "transplant rejection": ("transplant rejection", "kidney transplant", "rejet de greffe", "abstossungsreaktion",
                             "rechazo del trasplante", "afstoting", "rejeicao do transplante", "rigetto del trapianto"),
    "eczema": ("eczema", "dermatitis", "ekzem", "neurodermitis", "eccema", "egzema", "dermatite"),
    "colitis": ("colitis", "colite", "kolitis", "ulcerative colitis"),
    "kidney disease": ("kidney disease", "insuffisance renale", "niereninsuffizienz", "enfermedad renal", "nierziekte",
                       "doenca renal", "malattia renale", "choroba nerek"),
    "hay fever": ("hay fever", "rhume des foins", "heuschnupfen", "fiebre del heno", "hooikoorts", "febre dos fenos",
                  "raffreddore da fieno", "katar sienny"),
    "arrhythmia": ("arrhythmia", "arrhythmias", "atrial fibrillation", "arythmie", "herzrhythmusstorungen", "arritmia",
                   "arritmias", "aritmie", "hartritmestoornis", "hartritmestoornissen", "arytmia"),
    "high blood pressure": ("hypertension", "high blood pressure", "bluthochdruck", "hipertension", "hoge bloeddruk",
                            "hipertensao", "ipertensione", "nadcisnienie"),
    # Everyday complaints a wellness product is also sold for ('hydrogen water for a hangover').
    "hangover": ("hangover", "hangovers", "gueule de bois", "resaca", "ressaca", "sbornia", "postumi della sbornia",
                 "katzenjammer"),
    "flu": ("flu", "influenza", "grippe", "griep"),
}

# The same, and ALS/MND, in scripts whose words `lexicon.words` leaves out (Korean, Japanese, Chinese, Hebrew, Arabic,
# Hindi, Thai), as `romanise.script_key` writes them: letters only, no spaces. Found in a question by its letters.
SCRIPT_CONDITIONS: dict[str, tuple[str, ...]] = {
    "Alzheimer's disease": ("알츠하이머", "アルツハイマー", "阿尔茨海默", "阿茲海默", "אלצהיימר", "الزهايمر", "अल्जाइमर",
                            "अल्ज़ाइमर", "อัลไซเมอร์"),
    "Parkinson's disease": ("파킨슨", "パーキンソン", "帕金森", "פרקינסון", "باركنسون", "पार्किंसन", "พาร์กินสัน"),
    "multiple sclerosis": ("다발성경화증", "多発性硬化症", "多发性硬化", "טרשתנפוצה", "التصلبالمتعدد", "मल्टीपलस्क्लेरोसिस",
                           "ปลอกประสาทอักเสบ"),
    "diabetes": ("당뇨", "糖尿病", "סוכרת", "السكري", "मधुमेह", "डायबिटीज", "เบาหวาน"),
    "asthma": ("천식", "喘息", "哮喘", "אסתמה", "الربو", "अस्थमा", "หอบหืด"),
    "cancer": ("癌症", "סרטן", "السرطان", "कैंसर", "มะเร็ง"),
    "migraine": ("편두통", "片頭痛", "偏头痛", "מיגרנה", "الصداعالنصفي", "माइग्रेन", "ไมเกรน"),
    "stroke": ("뇌졸중", "脳卒中", "脑卒中", "中风", "שבץ", "السكتةالدماغية", "स्ट्रोक", "โรคหลอดเลือดสมอง"),
    "arthritis": ("관절염", "関節炎", "关节炎", "דלקתמפרקים", "التهابالمفاصل", "गठिया", "ข้ออักเสบ"),
    "epilepsy": ("뇌전증", "간질", "てんかん", "癫痫", "אפילפסיה", "الصرع", "मिर्गी", "โรคลมชัก"),
    "dementia": ("치매", "認知症", "痴呆", "דמנציה", "الخرف", "मनोभ्रंश", "สมองเสื่อม"),
    "depression": ("우울증", "うつ病", "抑郁", "דיכאון", "الاكتئاب", "अवसाद", "ซึมเศร้า"),
    "hair loss": ("탈모", "脱毛症", "薄毛", "脱发", "התקרחות", "تساقطالشعر", "बालझड़ना", "ผมร่วง"),
    "heart disease": ("심장병", "心臓病", "心脏病", "מחלתלב", "أمراضالقلب", "हृदयरोग", "โรคหัวใจ"),
    "psoriasis": ("건선", "乾癬", "银屑病", "ספחת", "الصدفية", "सोरायसिस", "สะเก็ดเงิน"),
}
SCRIPT_DISEASE_NAMES = ("근위축성측삭경화증", "루게릭", "운동신경원질환", "筋萎縮性側索硬化症", "肌萎缩侧索硬化", "肌萎縮性脊髓側索硬化",
                        "渐冻", "漸凍", "טרשתאמיוטרופיתצידית", "التصلبالجانبيالضموري", "مرضالعصبونالحركي",
                        "एमियोट्रोफिक", "मोटरन्यूरॉन", "โรคเซลล์ประสาทสั่งการ", "เอแอลเอส")

# Details a question may ask about. `asks`: words that ask (normalised); `covered`: words
# whose presence in a statement's text shows it speaks to the detail.
DETAIL_TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "cost": {
        "asks": ("cost", "costs", "price", "prices", "paying", "afford", "expensive", "cheap", "how much is it",
                 "i pay", "we pay", "to pay", "have to pay", "pay for it myself", "worth paying",
                 # "cuesta"/"custa"/"costa" alone also mean "it is hard" and "coast": asked as "how much".
                 "cuanto cuesta", "cuanto cuestan", "precio", "coste", "costo", "prix", "coute", "kosten", "kost",
                 "preis", "preco", "quanto custa", "quanto custam", "prezzo", "quanto costa", "quanto costano"),
        "covered": ("cost", "price", "pay", "insurance", "reimburs", "fund", "fee", "afford", "free of charge"),
    },
    # Who pays, asked apart from the price ("will my insurance pay for it?").
    "insurance or funding": {
        "asks": ("insurance", "insurer", "insured", "reimburse", "reimbursed", "reimbursement", "funding", "funded",
                 "fund it", "nhs", "medicare", "medicaid", "health plan", "krankenkasse", "krankenversicherung",
                 "seguro medico", "mutuelle", "securite sociale", "zorgverzekering", "zorgverzekeraar", "vergoed",
                 "plano de saude", "rimborso", "rimborsato", "rimborsabile", "refundacja", "nfz"),
        "covered": ("insurance", "insurer", "reimburs", "fund", "nhs", "medicare", "covered by", "paid for by"),
    },
    "pregnancy": {
        "asks": ("pregnant", "pregnancy", "breastfeeding", "breast feeding", "embarazada", "embarazo", "enceinte",
                 "grossesse", "allaitement", "schwanger", "schwangerschaft", "stillzeit", "zwanger", "zwangerschap",
                 "gravida", "gravidez", "incinta", "gravidanza", "ciaza", "w ciazy"),
        "covered": ("pregnan", "breastfe", "breast-fe"),
    },
    "dose": {
        "asks": ("dose", "doses", "dosage", "dosing", "how much should", "how often", "mg", "milligrams",
                 "how many drops", "how many tablets", "how many capsules", "how many pills", "times a day",
                 "dosis", "posologia", "dosering", "dosierung", "dosagem", "dosaggio"),
        "covered": ("dose", "dosage", "dosing", "mg", "milligram"),
    },
    "availability": {
        "asks": ("where can i get", "where can we get", "available in", "buy", "purchase", "order it",
                 "prescribe", "prescription", "get it in", "import", "which hospital", "which hospitals",
                 "which clinic", "which clinics", "waiting list", "how long is the wait", "trial site", "trial sites"),
        "covered": ("available", "availability", "prescri", "approved in", "access programme", "access program",
                    "expanded access", "early access"),
    },
    "side effects": {
        "asks": ("side effect", "side effects", "adverse", "efectos secundarios", "effets secondaires",
                 "nebenwirkungen", "bijwerkingen", "efeitos colaterais", "effetti collaterali"),
        "covered": ("side effect", "adverse", "safety", "tolerab", "harm", "risk"),
    },
    # A therapy's effect on one symptom: a statement that never names the symptom does not answer it.
    "drooling": {"asks": ("drooling", "drool", "saliva", "sialorrhoea", "sialorrhea"),
                 "covered": ("drool", "saliva", "sialorr")},
    "cramps": {"asks": ("cramp", "cramps", "muscle cramps"), "covered": ("cramp",)},
    "pain": {"asks": ("pain", "painful", "ache", "aches"), "covered": ("pain", "ache")},
    "fatigue": {"asks": ("fatigue", "tiredness", "exhaustion"), "covered": ("fatigue", "tired", "exhaust")},
    "sleep": {"asks": ("sleep", "insomnia", "sleeping"), "covered": ("sleep", "insomnia")},
    "spasticity": {"asks": ("spasticity", "stiffness", "stiff muscles"), "covered": ("spastic", "stiff")},
    "speech": {"asks": ("speech", "speaking", "slurred"), "covered": ("speech", "speak", "dysarthri")},
    "swallowing": {"asks": ("swallowing", "swallow", "dysphagia"), "covered": ("swallow", "dysphag")},
    "children": {
        "asks": ("child", "children", "kids", "my son is 1", "pediatric", "paediatric", "ninos", "enfants",
                 "kinder", "kinderen", "criancas", "bambini"),
        "covered": ("child", "children", "paediatric", "pediatric", "young people"),
    },
}

# General ALS/MND questions, as someone would ask them: a question nearer to one of these
# than to every passage of the statement it resembles is a general question.
# What a product is, in the words people describe one with ("the capsule you swallow", "a jab every two
# weeks"): a question that describes a product asks about a therapy, never a general resource. English,
# normalised; a question in another language meets these through its glosses.
PRODUCT_FORMS = frozenset({
    "capsule", "capsules", "tablet", "tablets", "pill", "pills", "injection", "injections", "jab", "jabs",
    "infusion", "infusions", "drip", "patch", "patches", "spray", "drops", "sachet", "sachets", "powder",
    "supplement", "supplements", "antibody", "antibodies", "gadget", "implant", "lozenge", "syrup",
    "cream", "ointment", "gel", "lotion",
})

# A product's form written before its name, as languages that put the noun first do ('Viên nang Sen Bạc', Vietnamese
# capsules; 'cápsulas de Norvel', 'gélules de Norvel'): a name after one of these is the product's own name too.
LEADING_FORMS = re.compile(
    r"^(?:viên nang|viên uống|viên|trà|thuốc|cao|siro"
    r"|(?:las |les |le |la |os |as |die |de )?(?:cápsulas|capsulas|comprimidos|pastillas|gotas|gélules|gelules|comprimés"
    r"|comprimes|gouttes|capsule|compresse|gocce|kapseln|tabletten|tropfen|capsules)(?: de| di| da| van)?)"
    r"\s+(?=[^\W\d_])", re.IGNORECASE)

# Words a brand adds to a product's name for another product of its line ('KetoNeuro Slim', 'Vexa XR', 'NeuroFit
# Junior'): written after a name no statement gives with them, they name a product no statement is about.
LINE_EXTENSIONS = frozenset(
    """plus max forte slim lite light pro xr xl sr er cr la duo junior kids kid baby sport night extra ultra gold premium
    neo advanced complete active mini zero fit senior lean boost go home travel sleep nacht noche nuit notte noite
    ngu dem""".split()  # (Vietnamese 'ngủ', 'đêm', read without accents: 'Sen Bạc Ngủ Ngon' is the line's sleep tea)
)

# A question asking what a term means ('What is the ALSFRS-R score?', 'what is an early access programme', 'What does
# an MND nurse do?'): a general question whatever statement uses the term, unless it names a product. Five words at
# most after 'what is', none of them asking for a position ('What's the position on …' names what it asks about).
DEFINITION_QUESTION = re.compile(
    r"^\s*(?:what(?:'s|’s|\s+is|\s+are)|what\s+does|what\s+do)\s+(?:an?\s+|the\s+)?"
    r"(?!.*\b(?:position|recommend\w*|advice|advise|view|stance|statement|opinion|evidence|latest|news|think|say|said|"
    r"your|you|weather)\b)"
    r"(?P<term>[^?.!,;]{1,60}?)(?:\s+(?:actually\s+)?(?:mean|measure|do|stand\s+for))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# The same question in the other interface languages: 'Wat is een PEG-sonde?', '¿Qué es la ELA bulbar?', "Qu'est-ce
# qu'une sonde PEG ?", 'Was bedeutet ALSFRS?'. Not when it asks for a position or advice ('Was ist Ihre Empfehlung?').
DEFINITION_QUESTION_OTHER = re.compile(
    r"^\s*[¿¡]?\s*(?:wat\s+(?:is|zijn|betekent)|was\s+(?:ist|sind|bedeutet|hei(?:ss|ß)t)|qu[eé]\s+(?:es|son|significa)|"
    r"qu['’]est[- ]ce\s+qu(?:e|['’])(?:\s*c['’]est\s+(?:que|qu['’]))?|c['’]est\s+quoi|que\s+(?:veut\s+dire|signifie)|"
    r"o\s+que\s+(?:[eé]|s[aã]o|significa|quer\s+dizer)|cos(?:['’]|a\s+)[eè]|che\s+(?:cos(?:['’]|a\s+))?[eè]|"
    r"cosa\s+significa)(?:\s+|(?<=['’]))"
    # Not 'Was ist mit …?' (what about …), '¿Qué es lo que recomiendan?'.
    r"(?!(?:mit|met|con|avec|com|de|da|lo\s+que|ce\s+que)\b)"
    r"(?:een\s+|de\s+|het\s+|ein\s+|eine\s+|der\s+|die\s+|das\s+|un\s+|una\s+|el\s+|la\s+|le\s+|les\s+|l['’]|"
    r"une\s+|um\s+|uma\s+|o\s+|a\s+|os\s+|as\s+|il\s+|lo\s+|gli\s+|i\s+)?"
    r"(?!.*\b(?:recomend\w*|recomiend\w*|aconsej\w*|consejo|posici[oó]n|postura|opini\w+|standpunt|advies|"
    r"aanbevel\w*|mening|empfehl\w*|stellungnahme|position|meinung|rat|avis|conseil\w*|recommand\w*|posi[cç][aã]o|"
    r"parecer|consiglio|raccomand\w*|posizione|parere|u|jullie|sie|ihr|vous|ustedes|voc[eê]s|voi)\b)"
    r"(?P<term>[^?.!,;]{1,60}?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# A question asking how two terms differ ('What is the difference between ALS and MS?', '¿Qué diferencia hay entre la
# ELA y la esclerosis múltiple?', 'Was ist der Unterschied zwischen ALS und PLS?'): a general question like a
# definition, in the interface languages. The terms follow; not when asking for a position or advice.
DIFFERENCE_QUESTION = re.compile(
    # (English as it is typed by sound too: 'wat is the diffrence betwen ALS and MND')
    r"^\s*[¿¡]?\s*(?:(?:wh?at(?:'s|’s|s|\s+is)\s+(?:the|da)|is\s+there\s+a(?:ny)?)\s+diff?e?r[ae]n[cs]e?\s+b(?:e|i)twe?e?n|"
    r"(?:(?:qu[eé]|cu[aá]l\s+es\s+la)\s+diferencia\s+(?:hay\s+)?entre)|"
    r"(?:quelle\s+(?:est\s+la\s+)?diff[eé]rence\s+(?:y\s+a[- ]t[- ]il\s+)?entre)|"
    r"(?:(?:was\s+ist\s+der\s+)?unterschied\s+zwischen)|(?:(?:wat\s+is\s+het\s+)?verschil\s+tussen)|"
    r"(?:(?:qual\s+[eé]\s+a|que)\s+diferen[cç]a\s+(?:h[aá]\s+|existe\s+)?entre)|"
    r"(?:(?:qual\s+[eè]\s+la|che)\s+differenza\s+(?:c['’]?\s*[eè]\s+)?(?:tra|fra)))\s+"
    r"(?!.*\b(?:position|recommend\w*|advice|advise|view|stance|opinion|recomend\w*|recomiend\w*|consejo|"
    r"posici[oó]n|standpunt|advies|empfehl\w*|stellungnahme|avis|conseil\w*|recommand\w*|posi[cç][aã]o|"
    r"raccomand\w*|posizione|parere|you|your|u|sie|vous|ustedes|voc[eê]s|voi)\b)"
    r"(?P<term>[^?.!;]{1,80}?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# A message that goes back to what a conversation was about before it turned to something else ('OK, back to the
# capsule: how would I get into the trial?', 'Volviendo a las pastillas…', 'Zurück zum Tropf…'), near its start. On
# normalised text (lower case, no accents or punctuation).
RETURN_CUE = re.compile(
    r"^(?:\w+ ){0,3}(?:"
    r"(?:going |coming |getting |go |come |get |let s go |let s get )?back to (?:the|that|those|these|your|his|her|my|our|it)\b"
    r"|returning to (?:the|that|those|these|it)\b"
    r"|(?:volviendo|volvamos|vuelvo|regresando|regresemos|de vuelta) (?:a|al)\b"
    r"|(?:revenons|revenir|je reviens|pour revenir|retour|je retourne) (?:a|au|aux)\b"
    r"|(?:zuruck|zurueck|nochmal|noch einmal) (?:zu|zum|zur)\b"
    r"|(?:even )?(?:terug naar|terugkomend op)\b"
    r"|(?:voltando|voltemos|volto|de volta) (?:a|ao|as|aos)\b"
    r"|(?:tornando|torniamo|ritornando|per tornare) (?:a|al|alla|allo|ai|alle)\b)"
)

# Another product of the same maker, as a statement or a question says it ('an asthma inhaler from the same company',
# 'du même laboratoire', 'de la misma empresa', 'vom selben Hersteller', 'van hetzelfde bedrijf', 'da mesma empresa',
# 'della stessa azienda'): a regular expression, accents optional so that it reads normalised questions too.
SAME_MAKER = (
    r"(?:from|by|of)\s+the\s+same\s+(?:company|companies|maker|makers|manufacturer|firm|labs?|laborator(?:y|ies)|"
    r"people|brand|developer|(?:drug|pharma(?:ceutical)?)\s+company)\b"
    r"|(?:du|de\s+la|par\s+le|par\s+la)\s+m[êe]me\s+(?:laboratoire|labo|fabricant|soci[ée]t[ée]|entreprise|marque|firme)\b"
    r"|(?:de\s+la|del|por\s+la|por\s+el)\s+mism[ao]\s+(?:empresa|compa[ñn][íi]a|marca|laboratorio|fabricante|farmac[ée]utica)\b"
    r"|(?:(?:von|vom)\s+(?:der\s+|dem\s+)?(?:selben|gleichen)|von\s+derselben|von\s+demselben|desselben|derselben)\s+"
    r"(?:firma|herstellers?|unternehmens?|marke|labors?|pharmafirma)\b"
    r"|(?:van|door)\s+(?:hetzelfde|dezelfde|zelfde|het\s+zelfde|de\s+zelfde)\s+(?:bedrijf|merk|fabrikant|firma|laboratorium|producent|maker|farmabedrijf)\b"
    r"|(?:da|do|pela|pelo)\s+mesm[ao]\s+(?:empresa|marca|laborat[óo]rio|fabricante|farmac[êe]utica|firma)\b"
    r"|(?:della|dello|dalla|dallo)\s+stess[ao]\s+(?:azienda|ditta|marca|casa\s+farmaceutica|produttore|laboratorio|fabbricante)\b"
)

# A message that says the person asked about does not have the disease ('I don't have MND', 'Não tenho ELA', 'ich habe
# kein ALS'), normalised, in the seven interface languages: every statement is a position for people with ALS/MND,
# so none answers it.
NOT_THE_DISEASE = re.compile(
    r"\b(?:i|he|she|they|we|you|my \w+)\s+(?:don t|doesn t|do not|does not|dont|doesnt)\s+have\s+"
    r"(?:als|mnd|motor neurone? disease|lou gehrig s disease)\b"
    r"|\b(?:i m|i am|he s|he is|she s|she is)\s+not\s+(?:an? )?(?:als|mnd)\s+(?:patient|sufferer)\b"
    r"|\b(?:no|nao)\s+(?:tengo|tiene|tenemos|tenho|tem|temos)\s+(?:la\s+|a\s+)?ela\b"
    r"|\bn\s?(?:ai|a|avons)\s+pas\s+(?:la\s+|de\s+)?(?:sla|maladie de charcot)\b"
    r"|\b(?:habe|hat|haben)\s+(?:kein|keine)\s+als\b"
    r"|\b(?:heb|heeft|hebben)\s+geen\s+als\b"
    r"|\bnon\s+(?:ho|ha|abbiamo)\s+(?:la\s+)?sla\b"
)

# A message asking about a maker's other products (normalised: lower case, no accents or punctuation): the same maker,
# 'do they make anything else', 'their other products', in the seven interface languages. No statement on one product
# speaks for the others ('What about TLV-322 from the same company?', 'Do they do anything else, like the skin
# treatments?').
MAKER_OTHER = re.compile(
    rf"\b(?:{SAME_MAKER})"
    # 'The same dentist sells a home whitening kit', 'the same clinic also offers …'.
    r"|\bthe\s+same\s+(?:company|maker|manufacturer|firm|brand|clinic|dentist|practice|shop|seller|pharmacy|centre|center)"
    r"\s+(?:also\s+)?(?:sells?|makes?|offers?|does|markets?|has|have|advertises?)\b"
    r"|\b(?:do|does|did)\s+(?:they|the\s+(?:company|maker|makers|manufacturer|firm|brand))\s+(?:also\s+)?"
    r"(?:make|sell|do|offer|have|produce|market)\s+(?:anything|something|any\s+other|other)\b"
    r"|\bwhat\s+else\s+(?:do|does|did)\s+(?:\w+\s+){1,2}(?:make|sell|do|offer|produce|market)\b"
    r"|\b(?:anything|something)\s+else\s+(?:they|the\s+(?:company|maker|manufacturer|firm))\s+"
    r"(?:make|makes|sell|sells|do|does|offer|offers|produce|produces)\b"
    r"|\bother\s+products?\s+(?:from|by|of)\s+(?:them|this|that|the)\s*(?:company|maker|manufacturer|firm|brand)?\b"
    r"|\b(?:their|its)\s+other\s+(?:products?|treatments?|medicines?|drugs?|devices?|things|stuff|range)\b"
    r"|\b(?:leurs?|ses)\s+autres\s+(?:produits|traitements|medicaments)\b"
    r"|\b(?:fabriquent|vendent|font)\s+ils\s+(?:autre\s+chose|d\s?autres\s+produits)\b"
    r"|\bsus\s+otros\s+(?:productos|tratamientos|medicamentos)\b|\b(?:fabrican|venden)\s+(?:algo\s+mas|otros\s+productos)\b"
    r"|\b(?:ihre|seine|deren)\s+anderen?\s+(?:produkte|mittel|medikamente)\b"
    r"|\b(?:stellen|verkaufen)\s+(?:die|sie)\s+(?:noch\s+|auch\s+)?(?:etwas\s+anderes|andere\s+produkte)\b"
    r"|\b(?:hun|zijn)\s+andere\s+(?:producten|middelen)\b|\b(?:maken|verkopen)\s+ze\s+(?:nog\s+|ook\s+)?(?:iets\s+anders|andere\s+producten)\b"
    r"|\b(?:seus|suas)\s+outr[oa]s\s+(?:produtos|tratamentos|medicamentos)\b"
    r"|\b(?:fabricam|vendem)\s+(?:mais\s+alguma\s+coisa|outros\s+produtos)\b"
    r"|\b(?:suoi|loro)\s+altri\s+(?:prodotti|trattamenti|farmaci)\b|\b(?:vendono|producono)\s+(?:altro|altri\s+prodotti)\b"
)
# What a message asks about beside such a cue, to name it as not covered: 'like the skin treatments', 'their neck wrap'.
MAKER_OTHER_WHAT = re.compile(
    r"\b(?:like|such\s+as|for\s+example|e\s?g)\s+(?:the\s+|their\s+|a\s+|an\s+)?(?P<what>[a-z][a-z -]{1,40}?)\s*$"
)

# What kind of product a form word names. Words of one kind may name one product loosely (a capsule
# is "a pill" to many); words of two kinds are two products: "Obrexa's sleep spray" beside a
# statement whose title and position speak of Obrexa's patch.
FORM_KINDS = {
    **dict.fromkeys(("capsule", "capsules", "tablet", "tablets", "pill", "pills", "lozenge"), "swallowed"),
    **dict.fromkeys(("injection", "injections", "jab", "jabs", "infusion", "infusions", "drip"), "injected"),
    **dict.fromkeys(("patch", "patches"), "patch"),
    **dict.fromkeys(("spray", "sprays"), "spray"),
    **dict.fromkeys(("drops",), "drops"),
    **dict.fromkeys(("sachet", "sachets", "powder", "syrup"), "drunk"),
    **dict.fromkeys(("gadget", "implant"), "device"),
    **dict.fromkeys(("cream", "creams", "ointment", "ointments", "gel", "gels", "lotion", "lotions", "balm"), "applied"),
}
# The kinds a statement about such a product names: a spray, drops, a patch, a drink, a device or a cream.
NAMED_FORM_KINDS = frozenset({"patch", "spray", "drops", "drunk", "device", "applied"})

# Kinds of product a maker sells, as a message names them after 'their' ('their neck wrap', 'their eye drops'): one the
# conversation's statement never writes is another product of its maker. Not the words any statement may use of its own
# product ('their treatment', 'their product'), nor what a medicine is ('their antibody'): the forms and these.
PRODUCT_KINDS = frozenset(FORM_KINDS) | frozenset(
    """wrap wraps cap caps band bands belt belts pillow pillows mask masks collar collars brace braces helmet helmets lamp
    lamps app apps tea teas oil oils shampoo glasses insoles insole socks gloves glove bracelet bracelets mattress
    cushion cushions vest vests sleeve sleeves blanket blankets headset headsets inhaler inhalers balms serum serums tincture tinctures juice juices shake shakes bar bars gummies vitamins massager
    massagers stimulator stimulators goggles headband headbands splint splints wristband wristbands""".split()
)

GENERAL_TOPICS = (
    "What is ALS? What is motor neurone disease?",
    "What causes ALS/MND? Is it genetic or inherited?",
    "Is there a cure for ALS/MND?",
    "What treatments and medicines are there for ALS/MND?",
    "What are the first symptoms of ALS/MND and how is it diagnosed?",
    "How long do people live with ALS/MND? What is the life expectancy?",
    "Is physiotherapy or exercise useful for people with MND?",
    "What should someone with ALS eat? Diet, feeding tube and nutrition.",
    "What is a PEG feeding tube and when do people with MND need one?",
    "Breathing support: non-invasive ventilation, NIV, cough assist.",
    "Communication aids, eye-gaze and voice banking for MND.",
    "Wheelchairs, equipment, home adaptations and care at home.",
    "Benefits, money, work and financial support when living with MND.",
    "Emotional support, support groups and help for carers and families.",
    "How do I find a neurologist or specialist MND clinic?",
    "Research news about ALS: what are scientists working on?",
    "Is ALS contagious? Can you catch it?",
    "Palliative care and end of life planning in MND.",
    "Does MND affect thinking, memory or behaviour? Frontotemporal dementia and changes in personality.",
    "Hello, how are you? Thanks for your help.",
    "What is the weather like today? Tell me a joke.",
    "Types of MND: bulbar onset, limb onset, PLS and PMA, and how fast it progresses.",
)

# How the disease shows itself and runs its course ('bulbar onset', 'familial'): any statement may describe
# the people a therapy was tried in with these words, so using one makes no question about that statement.
DISEASE_COURSE = frozenset(
    """bulbar onset limb limbs spinal fasciculation fasciculations twitching twitches familial sporadic progression
    progresses prognosis diagnosis diagnosed pls pma pbp""".split()
)

# Genes, proteins, biomarkers, scales and vitamins written like product codes ('TDP-43', 'SOD1',
# 'ALSFRS-R', 'B12'): what a therapy acts on or is measured by, never a product of its own.
# Compact keys (lower case, no spaces or hyphens).
BIOLOGY_NAMES = frozenset(
    """tdp43 sod1 c9orf72 c9 fus tardbp atxn2 ataxin1 ataxin2 ataxin3 unc13a stmn2 tbk1 optn vcp nek1 kif5a sqstm1 ubqln2 chchd10
    tau1 abeta42 il1b il18 nlrp3 cx3cr1 mcp1 ccl2 igf1 vegf gdnf bdnf cntf hgf
    matr3 tuba4a hnrnpa1 hnrnpa2b1 sarm1 nfl nfh pnfh gfap il6 il1 tnf cd4 cd8 cd14 hla p53 p62 ck
    alsfrs alsfrsr alsfrs_r fvc svc snip mip mep emg ncs mri pet ct il17 tgf il10
    b1 b6 b12 d3 q10 coq10 omega3 nad nadh atp dna rna mrna sirna aso hsp70 ttr apoe app
    covid19 sars2 h1n1""".split()
)

# The genes among them: a question that describes a product for a gene's form of the disease ('a spinal injection for
# FUS ALS') asks about the statement on that product, where a question about the gene alone ('what is SOD1 ALS?') does
# not.
GENES = frozenset("sod1 c9orf72 c9 fus tardbp atxn2 unc13a stmn2 tbk1 optn vcp nek1 kif5a sqstm1 ubqln2 chchd10 matr3 "
                  "tuba4a hnrnpa1 hnrnpa2b1 sarm1".split())

# Words that follow or precede a company's name.
CORPORATE_WORDS = (
    "inc", "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "sas", "bv", "nv", "spa", "srl", "corp",
    "corporation", "company", "therapeutics", "pharma", "pharmaceuticals", "biotech", "biotechnology",
    "biosciences", "bioscience", "bio", "biologics", "laboratories", "labs", "medical", "health", "genetics",
    "sciences", "holdings", "group",
)

# Words naming ALS/MND itself, in the supported languages (normalised): a message that
# names the disease and nothing else is a general question, even inside a conversation.
DISEASE_WORDS = (
    "als", "mnd", "motor neurone disease", "motor neuron disease", "amyotrophic", "ela", "sla", "charcot",
    "motorneuronziekte", "motoneuronerkrankung", "doenca do neuronio motor", "malattia del motoneurone",
)

# A message made only of these (normalised) is thanks or a goodbye, in any of our languages: it
# ends a conversation and is never a follow-up question about its statement.
CLOSING_WORDS = frozenset(
    """thanks thank you thx ty cheers ok okay k great perfect fine good brilliant lovely helpful very much so
    that that's thats s is was it really a lot many bye goodbye cheerio see ya all the best kind regards
    gracias muchas mil vale perfecto genial adios hasta luego de nada
    merci beaucoup bien parfait super au revoir d'accord daccord
    danke schon schoen vielen dank sehr gut prima tschuss tschuess alles klar
    bedankt dank je wel u hartelijk fijn top doei tot ziens
    obrigado obrigada muito beleza otimo tchau ate logo
    grazie mille molte perfetto benissimo ciao arrivederci va bene
    dziekuje dziekujemy dzieki bardzo serdecznie super dobrze do widzenia pozdrawiam""".split()
)

# Thanks or goodbye themselves: a message with one of them may say more in courtesy words ("Thanks, that's all I needed.
# Bye!", "thank you for your help, have a nice day").
THANKS_OR_BYE = frozenset("""thanks thank thx ty cheers bye goodbye cheerio gracias adios merci revoir danke tschuss
    tschuess bedankt doei obrigado obrigada tchau grazie ciao arrivederci dziekuje""".split())
COURTESY_WORDS = frozenset("""i i'm im we needed need wanted to know for your help all now have a nice good day take care
    you you've youve been so much the answer info information that's what will talk later speak soon night evening
    again and""".split())

# How a message turns to something else ("and the patch?", "what about creatine?"), normalised,
# in our languages: with words the conversation's statement never uses, it is a new question.
# Words that compare what a conversation is about with something else ('is it better than NurOwn?'):
# the question stays about the statement, and the other thing is what it does not cover (normalised).
COMPARISON_CUES = (
    "better than", "worse than", "safer than", "compared to", "compared with", "versus", "vs", "instead of",
    "mieux que", "plutot que", "mejor que", "peor que", "en vez de", "besser als", "schlechter als", "statt",
    "beter dan", "slechter dan", "in plaats van", "melhor que", "melhor do que", "pior que", "em vez de",
    "meglio di", "peggio di", "invece di", "lepszy niz", "lepsze niz", "gorszy niz", "zamiast",
    # Taken together with another medicine ('does it interact with riluzole?'): still about the one discussed.
    "interact", "interacts", "interaction", "interactions", "together with", "alongside", "combined with",
    "on top of", "at the same time as", "interaccion", "interacciones", "junto con", "interaction avec",
    "en meme temps que", "wechselwirkung", "wechselwirkungen", "zusammen mit", "interactie", "samen met",
    "interacao", "junto com", "interazione", "interazioni", "insieme a", "interakcja", "razem z",
)

# A message that points back at what the conversation's statement said ('Does the same advice apply to him?', 'does
# that go for her too?'): about that statement, however near the general topics its other words are ('his MND started
# in his legs'). Normalised text, padded with spaces.
REFERS_BACK = re.compile(
    r" (?:the same|that|this|your|this same) (?:advice|position|answer|recommendation|view|rule|guidance) "
    r"| (?:does|would|will) (?:that|this|it|the same) (?:apply|go|count|hold) "
    r"| (?:el mismo|ese|este) consejo | (?:la misma|esa|esta) (?:recomendacion|posicion|respuesta) "
    r"| (?:le meme|ce) conseil | (?:la meme|cette) (?:recommandation|position|reponse) "
    r"| (?:derselbe|der gleiche|dieser|dein|ihr) rat | (?:dieselbe|die gleiche|diese) (?:empfehlung|position|antwort) "
    r"| gilt (?:das|dies|es) (?:auch|ebenso) "
    r"| (?:hetzelfde|dat|dit) advies | (?:dezelfde|die|deze) aanbeveling | geldt (?:dat|dit|het) ook "
    r"| (?:o mesmo|esse|este) conselho | (?:a mesma|essa|esta) (?:recomendacao|posicao|resposta) "
    r"| (?:lo stesso|quel|questo) consiglio | (?:la stessa|quella|questa) (?:raccomandazione|posizione|risposta) "
    # The opinion itself, and whether it is for me too: 'cet avis me concerne aussi ?', 'vale anche per me?'.
    r"| (?:cet|ce meme|le meme) avis | (?:cette|la meme) opinion | ce point de vue | (?:me|nous) concerne "
    r"| s applique (?:aussi |egalement )?a (?:moi|nous|lui|elle) "
    r"| (?:esa|esta|la misma) opinion | (?:me|le|nos) (?:aplica|afecta) | se aplica (?:tambien )?a (?:mi|el|ella|nosotros) "
    r"| (?:diese|dieselbe) (?:meinung|einschatzung|stellungnahme) | gilt (?:das|dies|es) (?:auch )?fur (?:mich|uns|ihn|sie) "
    r"| (?:dat|dit|hetzelfde) standpunt | (?:die|deze|dezelfde) mening | geldt (?:dat|dit|het) (?:ook )?voor (?:mij|ons|hem|haar) "
    r"| (?:essa|esta|a mesma) opiniao | (?:esse|este|o mesmo) parecer | se aplica (?:tambem )?a (?:mim|ele|ela|nos) "
    r"| (?:quel|questo|lo stesso) parere | (?:quella|questa|la stessa) opinione | vale anche per (?:me|noi|lui|lei) "
    r"| riguarda anche (?:me|noi|lui|lei) "
)

# A message about the answer just given: to hear it again, more simply, or what one of its words means ('Can you say
# that again in plain words?', 'What does licensed mean in that answer?'). Its words are not the statement's, yet it is
# about nothing else.
ABOUT_THE_ANSWER = re.compile(
    r" (?:say|put|explain|write|read) (?:that|it|this) (?:again|more simply|simply|in (?:plain|simple|easy|plainer|simpler|easier)"
    r" (?:words|english|language|terms))| (?:repeat|rephrase|simplify) (?:that|it|this|the answer)"
    r"| in (?:plain|simple|plainer|simpler|easier|easy) (?:words|english|language|terms)"
    r"| (?:mean|means|meant) in (?:that|this|the|your) (?:answer|reply|quote|text)"
    r"| (?:i )?(?:don t|do not|didn t|did not) (?:understand|get) (?:that|it|this|the answer|what you said)"
    r"| what do you mean"
    r"| (?:repetir|repetirlo|repetirla|dilo|digalo|decirlo) | (?:mas|muy) (?:sencillo|simple|claro) | palabras (?:sencillas|simples)"
    r"| no (?:lo )?(?:entiendo|entendi) | significa en (?:esa|la|esta) respuesta"
    r"| (?:redire|repeter|reformuler) | plus (?:simplement|simple) | (?:mots|termes) simples"
    r"| (?:je )?(?:ne )?(?:comprends|compris) pas | veut dire dans (?:cette|la) reponse"
    r"| (?:nochmal|noch einmal|wiederholen) | einfacher | (?:einfachen|leichten|einfache) (?:worten|sprache)"
    r"| verstehe (?:das |es )?nicht | bedeutet (?:in )?(?:dieser|der) antwort"
    r"| (?:nog eens|herhalen) | eenvoudiger | (?:gewone|eenvoudige|simpele) (?:woorden|taal)"
    r"| (?:begrijp|snap) (?:het |dat )?niet | betekent in (?:dat|dit|het) antwoord"
    r"| (?:repete|repita) | mais (?:simples|simplesmente|claro) | palavras (?:simples|faceis)"
    r"| nao (?:entendi|entendo|percebi) | significa (?:nessa|nesta|na) resposta"
    r"| (?:ripetere|ripeti|ripetilo) | piu (?:semplice|semplicemente) | parole (?:semplici|facili)"
    r"| non (?:ho capito|capisco) | significa in (?:quella|questa) risposta "
)

SWITCH_CUES = (
    "and what about", "and how about", "what about", "how about", "and", "also",
    "y que hay de", "y que tal", "y", "que hay de", "que tal",
    "et pour", "et", "qu en est il de", "quid de",
    "und was ist mit", "was ist mit", "und", "wie steht es mit",
    "en wat dacht je van", "en", "wat dacht je van", "hoe zit het met",
    "e quanto a", "e o", "e a", "e", "e il", "e la", "e che ne dite di", "che ne dite di",
)

# What people ask about any therapy (stemmed as lexicon.content_words stems): after "and ...?"
# these still ask about the conversation's statement ("and is it safe?", "y funciona?").
FOLLOW_UP_WORDS = frozenset(
    """safe safety work works worked effect effective effectiveness proven proof evidence risk risks risky help helps
    good worth recommend recommended recommendation advice advise available availability approved approval licensed
    trial trials result results study studies benefit benefits better harm harmful dangerous side effect effects
    cost costs price expensive dose dosage long take time join start stop try it this that one""".split()
)

# A nationality and its country are one topic: 'a capsule from a Danish company' is about the
# statement that says the company is in Denmark. Each group's words stand for one another.
NATIONALITIES: tuple[tuple[str, ...], ...] = tuple(
    tuple(group.split())
    for group in """danish denmark|dutch netherlands holland|german germany|french france|spanish spain|portuguese portugal|
    italian italy|swiss switzerland|swedish sweden|norwegian norway|finnish finland|irish ireland|british britain uk|
    english england|scottish scotland|welsh wales|belgian belgium|austrian austria|polish poland|czech czechia|
    greek greece|hungarian hungary|icelandic iceland|american america usa|canadian canada|mexican mexico|
    brazilian brazil|argentinian argentine argentina|israeli israel|japanese japan|chinese china|korean korea|
    indian india|australian australia|turkish turkey|russian russia|ukrainian ukraine|estonian estonia|
    latvian latvia|lithuanian lithuania|slovenian slovenia|croatian croatia|romanian romania|bulgarian bulgaria|
    serbian serbia|slovak slovakia|luxembourgish luxembourg|maltese malta|cypriot cyprus|basque euskadi""".replace("\n", " ").split("|")
)

# The same countries and nationalities as the languages of questions and statements write them (normalised:
# lower case, no accents; the forms people use, masculine, feminine and plural), keyed by the group's first
# English word: 'uit Roemenië' and 'rumänische Firma' name Romania as 'a Romanian company' does, and 'a Norwegian
# tablet' meets a statement that says 'norsk'.
NATIONALITIES_ELSEWHERE: dict[str, str] = {
    "danish": "danes danesa daneses danois danoise dinamarca danemark danmark daenisch daenische daenischen dansk danske "
              "deens deense denemarken dinamarques dinamarquesa danimarca danese danesi dunski dunska dania",
    "dutch": "holandes holandesa holandeses neerlandes neerlandesa neerlandais neerlandaise "
             "niederlande niederlaendisch niederlaendische niederlaendischen nederland nederlandse nederlands olanda "
             "olandese olandesi holanda holandesa holenderski holenderska holandia nederlandsk",
    "german": "aleman alemana alemanes alemania allemand allemande allemagne deutsch deutsche deutschen deutschland "
              "duits duitse duitsland alemao alema tedesco tedesca tedeschi germania niemiecki niemiecka niemcy tysk tyske "
              "tyskland saksa saksalainen",
    "french": "frances francesa franceses francia francais francaise france franzoesisch franzoesische franzoesischen "
              "frankreich frans franse frankrijk franca frances francese francesi francuski francuska francja fransk franske "
              "frankrike frankrig ranska ranskalainen",
    "spanish": "espanol espanola espanoles espana espagnol espagnole espagne spanisch spanische spanischen spanien spaans "
               "spaanse spanje espanhol espanhola espanha spagnolo spagnola spagna hiszpanski hiszpanska hiszpania spansk "
               "spanska espanja",
    "portuguese": "portugues portuguesa portugueses portugais portugaise portugiesisch portugiesische portugiesischen "
                  "portugees portugese portogallo portoghese portoghesi portugalski portugalia portugisisk",
    "italian": "italiano italiana italianos italianas italia italien italienne italienisch italienische italienischen "
               "italiaans italiaanse italie italiani italia italy wloski wloska wlochy italiensk italiensk italienska",
    "swiss": "suizo suiza suizos suisse suisses schweiz schweizer schweizerisch zwitserland zwitserse zwitsers suico suica "
             "svizzera svizzero svizzeri szwajcaria szwajcarski sveits sveitsisk schweiz",
    "swedish": "sueco sueca suecos suecia suedois suedoise schwedisch schwedische schwedischen schweden zweeds zweedse "
               "zweden sueco suecia svedese svezia szwedzki szwecja svensk svenska svenske sverige ruotsi ruotsalainen",
    "norwegian": "noruego noruega noruegos norvegien norvegienne norvege norwegisch norwegische norwegischen norwegen "
                 "noors noorse noorwegen noruegues norueguesa norvegese norvegia norweski norweska norwegia norsk norske "
                 "norge norja norjalainen",
    "finnish": "finlandes finlandesa finlandia finlandais finlandaise finlande finnisch finnische finnischen finnland fins "
               "finse finland finlandese finski finlandia finsk finska suomi suomalainen suomalaisen",
    "irish": "irlandes irlandesa irlanda irlandais irlandaise irlande irisch irische irischen irland iers ierse ierland "
             "irlandese irlandzki irlandia irsk",
    "british": "britanico britanica britannique britisch britische britischen grossbritannien brits "
               "britse britannico britannica brytyjski brytania britisk storbritannia",
    "belgian": "belga belgas belgica belge belgique belgisch belgische belgien belgie belgio belgia",
    "austrian": "austriaco austriaca austria autrichien autrichienne autriche oesterreichisch oesterreichische "
                "oesterreich oostenrijks oostenrijkse oostenrijk austriaco austriaca austriacki",
    "polish": "polaco polaca polonia polonais polonaise pologne polnisch polnische polnischen polen poolse polaco "
              "polones polonesa polonia polacco polacca polski polska polsk",
    "czech": "checo checa chequia tcheque tchequie tschechisch tschechische tschechien tsjechisch tsjechische tsjechie "
             "tcheco checo ceco ceca cechia czeski czeska czechy cesky ceska cesko tjekkisk",
    "greek": "griego griega grecia grec grecque grece griechisch griechische griechenland grieks griekse griekenland grego "
             "grega grecia greco greca grecia grecki grecja gresk hellas ellada elliniko",
    "hungarian": "hungaro hungara hungria hongrois hongroise hongrie ungarisch ungarische ungarn hongaars hongaarse "
                 "hongarije ungherese ungheria wegierski wegry ungarsk magyar magyarorszag",
    "american": "estadounidense americain americaine amerikanisch amerikanische amerikaans "
                "amerikaanse americano americana amerykanski amerykanska ameryka amerikansk",
    "canadian": "canadiense canadien canadienne kanadisch kanadische kanada canadees canadese canadense canadese kanadyjski",
    "israeli": "israeli israel israelien israelienne israelisch israelische israelisch israeliano israeliana izraelski",
    "japanese": "japones japonesa japon japonais japonaise japanisch japanische japan japans japanse giapponese giappone "
                "japonski japonia japansk",
    "chinese": "chino china chinois chinoise chine chinesisch chinesische chinees chinese cinese cina chinski chiny kinesisk",
    "korean": "coreano coreana corea coreen coreenne coree koreanisch koreanische koreaans koreaanse coreano koreanski",
    "indian": "indio indiana indien indienne inde indisch indische indien indiaas indiase indiano indiana indyjski",
    "australian": "australiano australiana australien australienne australie australisch australische australien "
                  "australisch australiano australijski",
    "turkish": "turco turca turcos turquia turc turque turquie tuerkisch tuerkische tuerkischen tuerkei turks turkse turkije "
               "turco turca turchia turecki turecka turcja tyrkisk tyrkia turk turkiye turkiyede",
    "russian": "ruso rusa rusia russe russie russisch russische russland russisch russische rusland russo russa russia "
               "rosyjski rosja russisk",
    "estonian": "estonio estonia estonien estonienne estonie estnisch estnische estland estisch estse estone estonia "
                "estonski eesti viro virolainen",
    "romanian": "rumano rumana rumanos rumania roumain roumaine roumanie rumaenisch rumaenische rumaenischen rumaenien "
                "roemeens roemeense roemenie romeno romena romenia rumeno rumena rumunski rumunska rumunia rumensk romana "
                "romanesc romaneasca",
    "bulgarian": "bulgaro bulgara bulgaria bulgare bulgarie bulgarisch bulgarische bulgarien bulgaars bulgaarse bulgarije "
                 "bulgaro bulgara bulgarski bulgarsk",
    "croatian": "croata croacia croate croatie kroatisch kroatische kroatien kroatie croato croata croazia chorwacki",
    "slovenian": "esloveno eslovena eslovenia slovene slovenie slowenisch slowenische slowenien sloveens sloveense sloveno "
                 "slovena slovenia slowenski",
    "slovak": "eslovaco eslovaca eslovaquia slovaque slovaquie slowakisch slowakische slowakischen slowakei slowaaks "
              "slowaakse slowakije slovacco slovacca slovacchia slowacki slowacka slowacja slovakisk",
    "mexican": "mexicano mexicana mexico mexicain mexicaine mexikanisch mexikanische mexiko mexicaans mexicaanse messicano "
               "messico meksykanski",
    "brazilian": "brasileno brasilena brasil bresilien bresilienne bresil brasilianisch brasilianische brasilien braziliaans "
                 "braziliaanse brazilie brasileiro brasileira brasiliano brasiliana brazylijski",
    "basque": "vasco vasca vascos vascas baskisch baskische baskischen baskenland baskenland baskische basco basca baschi "
              "euskal euskara euskal herria",
}

# Cities that say a country as its name does ('a tablet from a Dublin company' is an Irish company's), keyed by the
# group's first English word in NATIONALITIES; normalised, one word each, and none that is a first name or an everyday
# word ('Nice', 'Sofia', 'Florence', 'Reading'). They find a nationality, but are never added to a question as its
# nationality's other words are: a 'German company' is not asked about Hamburg.
CITIES: dict[str, str] = {
    "irish": "dublin cork galway limerick",
    "british": "london manchester birmingham leeds liverpool bristol oxford cambridge nottingham sheffield newcastle",
    "scottish": "glasgow edinburgh aberdeen dundee",
    "welsh": "cardiff swansea",
    "german": "berlin munich muenchen munchen hamburg frankfurt cologne koeln koln stuttgart dusseldorf duesseldorf "
              "heidelberg leipzig dresden",
    "french": "paris lyon marseille toulouse bordeaux lille strasbourg nantes montpellier",
    "spanish": "madrid barcelona valencia seville sevilla malaga zaragoza",
    "italian": "rome roma milan milano turin torino naples napoli firenze bologna genoa genova venice venezia",
    "portuguese": "lisbon lisboa porto coimbra braga",
    "dutch": "amsterdam rotterdam utrecht eindhoven leiden groningen",
    "belgian": "brussels bruxelles brussel antwerp antwerpen ghent gent leuven liege luik",
    "swiss": "zurich geneva geneve genf basel bern lausanne lugano",
    "austrian": "vienna wien graz salzburg innsbruck",
    "danish": "copenhagen kobenhavn kopenhagen aarhus odense",
    "swedish": "stockholm gothenburg goteborg malmo uppsala",
    "norwegian": "oslo bergen trondheim stavanger",
    "finnish": "helsinki espoo tampere turku",
    "polish": "warsaw warszawa warschau krakow cracow wroclaw gdansk poznan",
    "czech": "prague praha prag brno",
    "hungarian": "budapest",
    "greek": "athens athina thessaloniki",
    "icelandic": "reykjavik",
    "american": "boston chicago houston seattle philadelphia atlanta baltimore california massachusetts texas",
    "canadian": "toronto montreal vancouver ottawa calgary",
    "israeli": "jerusalem haifa",
    "japanese": "tokyo osaka kyoto yokohama",
    "chinese": "beijing shanghai shenzhen guangzhou",
    "korean": "seoul busan",
    "indian": "mumbai delhi bangalore bengaluru hyderabad chennai",
    "australian": "melbourne brisbane",
    "turkish": "istanbul ankara izmir",
    "russian": "moscow moskau moscou moskva",
    "ukrainian": "kyiv kiev kharkiv lviv",
    "estonian": "tallinn tartu",
    "latvian": "riga",
    "lithuanian": "vilnius kaunas",
    "slovenian": "ljubljana",
    "croatian": "zagreb",
    "romanian": "bucharest bucuresti bukarest",
    "serbian": "belgrade beograd",
    "slovak": "bratislava",
    "maltese": "valletta",
    "cypriot": "nicosia limassol",
}

# The nationality a statement's language stands for ('a Portuguese tablet' beside a statement written in Portuguese),
# by the group's first English word in NATIONALITIES.
NATIONALITY_OF_LANGUAGE: dict[str, str] = {
    "es": "spanish", "fr": "french", "de": "german", "nl": "dutch", "pt": "portuguese", "it": "italian", "pl": "polish",
    "sv": "swedish", "da": "danish", "nb": "norwegian", "cs": "czech", "fi": "finnish", "ro": "romanian", "tr": "turkish",
    "hu": "hungarian", "el": "greek", "ja": "japanese", "zh": "chinese", "ko": "korean", "ru": "russian", "uk": "ukrainian",
    "bg": "bulgarian", "hr": "croatian", "sl": "slovenian", "sk": "slovak", "et": "estonian", "is": "icelandic",
    "lt": "lithuanian", "lv": "latvian", "eu": "basque", "ga": "irish", "cy": "welsh", "mt": "maltese",
}

# The everyday words people use for what a statement names technically: 'the energy factories of nerve
# cells' are the mitochondria, 'a drip' is an infusion, 'a jab under the skin' a subcutaneous injection.
# The technical words a statement uses → the phrases (normalised) that say them; read in the question and
# its glosses, like OTHER_DISEASES and DETAIL_TOPICS.
LAY_TERMS: dict[str, tuple[str, ...]] = {
    "mitochondria mitochondrial": ("energy factories", "energy factory", "power stations", "power station", "powerhouses",
                                   "powerhouse", "power plants", "power plant", "batteries of the cells", "cell batteries"),
    "infusion intravenous": ("drip", "drips", "a drip", "iv drip"),
    "injection": ("jab", "jabs"),
    "subcutaneous": ("under the skin",),
    "intrathecal lumbar puncture": ("into the spine", "in the spine", "spinal tap", "into the spinal fluid", "into the back"),
    "intranasal nasal": ("up the nose", "in the nose", "through the nose"),
    "sublingual": ("under the tongue",),
    "placebo": ("sugar pill", "dummy pill", "dummy drip", "dummy treatment"),
    "neuroinflammation inflammation": ("nerve inflammation", "inflammation of the nerves", "inflammation around the nerves",
                                       "inflammation around nerves"),
    "anticoagulant": ("blood thinner", "blood thinners"),
    # Tests and checks a statement names by their medical names.
    "ecg electrocardiogram ekg": ("heart tracing", "heart trace", "heart rhythm test", "heart rhythm check",
                                  "heart trace test", "heart monitor test", "stickers on the chest"),
    "echocardiogram": ("heart scan", "heart ultrasound", "scan of the heart"),
    "mri": ("brain scan", "magnet scan", "scan of the brain"),
    "liver function": ("liver test", "liver tests", "liver blood test", "liver blood tests", "liver check", "liver checks"),
    "kidney renal function": ("kidney test", "kidney tests", "kidney blood test", "kidney check", "kidney checks"),
    "genetic testing": ("gene test", "gene tests", "dna test", "dna tests", "genetic check"),
    "gastrostomy peg feeding": ("tummy tube", "stomach tube", "tube in the stomach", "tube into the stomach", "tube in his stomach",
                                "tube in her stomach", "tube in my stomach"),
    "ventilation ventilator niv": ("breathing machine", "breathing machines", "machine to breathe", "machine that breathes",
                                   "breathing mask at night", "mask at night"),
    "diuretic": ("water tablet", "water tablets", "water pill", "water pills"),
    "oral": ("by mouth", "through the mouth"),
    "transdermal": ("through the skin",),
    "physiotherapy": ("physio",),
    # How often and how long a product is given, as people say it.
    "monthly every four weeks": ("once a month", "every month", "each month", "once every month"),
    "weekly": ("once a week", "every week", "each week"),
    # What a therapy does, in everyday words.
    "antisense oligonucleotide": ("switch off the gene", "switches off the gene", "turn off the gene", "turns off the gene",
                                  "silence the gene", "silences the gene", "gene silencing"),
    "gene therapy": ("fix the gene", "fixes the gene", "repair the gene", "repairs the gene", "replace the gene",
                     "replaces the gene", "new copy of the gene"),
    "hyperbaric oxygen": ("oxygen chamber", "pressure chamber", "oxygen tank"),
    "photobiomodulation laser": ("red light", "light therapy", "laser light", "cold laser"),
    "transcranial magnetic stimulation": ("magnets on the head", "magnetic brain stimulation", "magnet therapy"),
    "exoskeleton": ("robot suit", "robotic suit", "walking robot"),
    "ketogenic": ("keto", "high fat diet", "low carb diet"),
    "expanded access compassionate": ("before it is approved", "special access", "named patient"),
}
