"""Which of the supported languages a text is in, from its everyday words.

Questions are short ("¿Es segura?"), so a statistical detector trained on long text
guesses; the function words of fourteen languages, counted, are enough to tell them apart
and give the same answer every time. The tables are data: add a language by adding a row.

A later language in LANGUAGES loses a tie to an earlier one, so the Scandinavian rows come last and
leave out the words they share with the others ("kan", "en", "der", "er", "de", "at", "for", "men",
"om", "vi", "nu", "op", "fra"): a Dutch or German question never turns Scandinavian on those.
Danish and Norwegian Bokmål share most of their everyday words; a question that uses only those
is taken as Danish, which glosses the same way.

Czech, Catalan and Finnish come after them on the same terms: none of their words is a word of an
older row ("je", "ale", "jak", "co", "se", "que", "com", "per", "en", "me"), nor an everyday English
word ("on", "my", "sense"), nor a word the three share ("on", "jo", "ja"). Their letters and endings
decide the rest: ě ř ů are Czech, not Polish; "l·l" and "-ció" are Catalan; "ää", the case endings
with ä and the question suffix "-ko"/"-kö" ("onko", "voiko", "kannattaako") are Finnish.

Romanian, Turkish and Hungarian come last, on the same terms ("nu", "de", "la", "ve", "ne", "van", "nem",
"mit" are older rows' or each other's, and count for them only as SHARED_WORDS). Their letters and endings
decide the rest: ă ș ț and "-ului", "-ilor" are Romanian; ı ğ ş, the plural "-lar"/"-ler" before a case
ending and the question particle "mı"/"mü" are Turkish; ő ű, "gy" before a vowel and the case endings
"-ban"/"-ben" and "-nak"/"-nek" are Hungarian.

Croatian (with Bosnian and Serbian in Latin script) and Slovenian follow, on the same terms: the words they share
with Czech, Slovak, Polish or each other ("je", "da", "biti", "treba", "kako") are SHARED_WORDS. Czech marks
count č š ž, and so do theirs, so an older row wins a tie; đ, ć and "ije" ("lijek") are Croatian, "šč" and
"-skega"/"-nega" Slovenian, and "što", "koji", "gdje", "nije" against "kaj", "kje", "lahko", "zdravilo" decide.
Estonian comes after them: the words it shares with Finnish ("ja", "ei", "siis", "olla") are SHARED_WORDS; õ, the
participles "-atud"/"-etud", the passive "-akse" and "kas", "kui", "mida", "kuidas" tell it from Finnish.
Galician comes last: "unha", "coa", "polo", "tamén", "máis" and "-cións" tell it from Portuguese and Spanish, whose
everyday words ("que", "non", "porque", "todo", "estar") count for it only as SHARED_WORDS. Slovak follows:
ľ ĺ ŕ, "môj"/"môže", the infinitive "-ať"/"-iť" and "čo", "ktorý", "prečo", "liek", "lekár" tell it from Czech,
which wins a tie on the letters both write.
Latvian and Lithuanian come last. Latvian's ā ē ī ģ ķ ņ and Lithuanian's ė į ų are no older row's letters (ą
and ę are Polish too, so they do not count); the words the two share ("ir", "ar", "kas", "kur", "jūs", "bet") are
SHARED_WORDS of both, and "vai", "kā", "nav", "cik" against "yra", "ką", "kaip", "kiek" decide.
Icelandic comes after them: þ is its own letter, and "að", "það", "ekki", "ég", "hvað", "eða", "með" are words neither
Danish, Norwegian nor Faroese writes; "og", "er", "til", "um", "á", "í", "frá" and the rest it shares with them count
only as SHARED_WORDS, so a Danish or Faroese text does not turn Icelandic. Greek needs no row: its script tells it
(SCRIPTS). Irish comes last: "agus", "níl", "tá", "bhfuil", "cad", "conas" and eclipsis before a vowel ("bhfuil", "gcás",
"mbeadh") tell it; "é", "na", "do", "sé", "sí" and the rest it shares with Portuguese, Spanish and English count only as
SHARED_WORDS, so an Irish page is no longer taken for Portuguese and a Portuguese one does not turn Irish.
Albanian comes after them: ë after a consonant ("në", "është", "shumë"; Dutch writes it after a vowel, "financiële"), "dh"
opening a word and "dhe", "nuk", "për", "një", "që", "të" tell it; "me", "se", "si", "do", "ne", "ka", "pa", "por" and the
rest it shares with older rows count only as SHARED_WORDS.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("en", "es", "fr", "de", "nl", "pt", "it", "pl", "sv", "da", "nb", "cs", "ca", "fi", "ro", "tr", "hu", "hr", "sl", "et", "gl", "sk", "lv", "lt", "is", "eu", "ga", "sq")

# Frequent words that are (nearly) unique to one language, accents kept: they matter here.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the is are was were what which who how does do did can could should would will this that these "
        "it its there their about with for from and or of to my our your his her he she they we you "
        "i me not no any have has had be been proven work works safe".split()
    ),
    "es": frozenset(
        "el la los las es son está están qué cuál quién cómo puede pueden debería sería esto eso "
        "este esta hay su sus sobre con para por y o de del al mi mis nuestro nuestra tu no ningún "
        "tiene tienen ha sido funciona funcionan seguro segura ella ellos nosotros usted yo una un "
        "también pero si ya muy más células tratamiento".split()
    ),
    "fr": frozenset(
        "le la les est sont était qu que quoi quel quelle qui comment peut peuvent devrait ce cette "
        "ces il elle ils elles y a sur avec pour par et ou de du des au aux mon ma mes notre votre "
        "son sa ses ne pas aucun avez ont été fonctionne marche sûr sûre je nous vous un une aussi "
        "mais si déjà très plus cellules traitement est-ce c'est".split()
    ),
    "de": frozenset(
        "der die das ist sind war was welche welcher wer wie kann können sollte würde dies diese "
        "dieser es gibt ihr ihre über mit für von und oder zu zum zur mein meine unser unsere dein "
        "sein seine nicht kein keine hat haben wurde wirkt sicher ich wir sie ein eine einen auch "
        "aber wenn schon sehr mehr zellen behandlung bei".split()
    ),
    "nl": frozenset(
        "de het een is zijn was wat welke wie hoe kan kunnen zou dit deze die er zijn haar over "
        "met voor van en of naar mijn onze uw jouw niet geen heeft hebben werd werkt veilig ik wij "
        "we jullie ook maar als al heel meer cellen behandeling bij".split()
    ),
    "pt": frozenset(
        "o a os as é são está estão que qual quem como pode podem deveria seria isto isso este esta "
        "há seu sua seus sobre com para por e ou de do da dos das ao meu minha nosso nossa não nenhum "
        "tem têm foi funciona seguro segura eu nós você um uma também mas se já muito mais células "
        "tratamento em vocês".split()
    ),
    "it": frozenset(
        "il lo la i gli le è sono era che cosa quale chi come può possono dovrebbe sarebbe questo "
        "questa questi c'è ci suo sua suoi su con per e o di del della dei al mio mia nostro nostra "
        "non nessun ha hanno stato funziona sicuro sicura io noi voi un una anche ma se già molto "
        "più cellule trattamento sul sulla sui sugli alla allo agli nel nella nei negli dello delle "
        "degli dalla dai perché".split()
    ),
    # Written with and without Polish letters ("może", "moze"); not "a", "i", "o", "do", "to",
    # "na", "ze", "mi", "ma", "sie": those are also words of the languages above.
    "pl": frozenset(
        "czy jest są się że jak jaki jaka jakie który która które ktory ktora ktore co czego czym "
        "kto gdzie kiedy ile dlaczego czemu mój moja moje mojej mojego moj jego jej nasz nasza nasze "
        "ten tego tej tym tych tę być był była było będzie bedzie mam mamy macie mają maja może moze "
        "można mozna warto też tez także takze tylko już juz jeszcze bardzo ale albo lub oraz przez "
        "dla od przy bez w z nie tak mnie lek leku leki leków lekow lekarz leczenie leczenia działa "
        "dziala sądzicie sadzicie myślicie myslicie polecacie proszę prosze komórki komorki".split()
    ),
    # Swedish, Danish and Norwegian Bokmål: the words they share ("det", "som", "har", "på",
    # "eller", "med", "skulle") in all three rows; the ones that tell them apart in one or two.
    "sv": frozenset(
        "och att är inte jag mig dig sig vad hur vilken vilket vilka vem varför när ett det som har hade "
        "varit vara blir blev gör göra kunna ska skulle bör vill får fick av från till för på eller med "
        "efter vid utan mellan igen också redan mycket fler någon något några ingen inga detta dessa "
        "deras hennes mitt mina vår våra ännu själv kanske finns därför eftersom även bara än så tycker tror utlandet "
        "tack fråga läkare sjukdom sjukdomen behandling behandlingen celler cellerna fungerar säker "
        "säkert rekommendera rekommenderar".split()
    ),
    "da": frozenset(
        "og ikke jeg mig dig sig hvad hvordan hvilken hvilket hvilke hvem hvorfor hvornår når hvis det "
        "som har havde været være bliver blev blive gør gøre kunne skal skulle bør vil får fik af til "
        "på eller med efter ved uden mellem igen også allerede meget mere flere nogen noget ingen denne "
        "dette disse deres hendes vores endnu selv måske findes derfor fordi sådan så ud mener synes tror udlandet spørgsmål "
        "læge lægen sygdom sygdommen behandling behandlingen celler cellerne virker fungerer sikker "
        "sikkert anbefale anbefaler anbefales".split()
    ),
    "nb": frozenset(
        "og ikke jeg meg deg seg hva hvordan hvilken hvilket hvilke hvem hvorfor når hvis det som har "
        "hadde vært være blir ble bli gjør gjøre kunne skal skulle bør vil får fikk av til på eller med "
        "etter ved uten mellom igjen også allerede mye mer flere noen noe ingen denne dette disse deres "
        "hennes vår vårt våre ennå selv kanskje finnes derfor fordi sånn slik så ut mener synes tror utlandet dere takk spørsmål legen "
        "sykdom sykdommen behandling behandlingen celler cellene virker fungerer sikker sikkert anbefale "
        "anbefaler anbefales".split()
    ),
    # Czech: written with and without its accents ("může", "muze") where the bare spelling is no Polish
    # word; not "je", "ale", "jak", "co", "to", "ten", "na", "do", "z", "bez", "po", "za", "u": the
    # older rows or Polish have them.
    "cs": frozenset(
        "jsem jsi jsme jste jsou není nejsou neni byl byla bylo byli bude budu budou mám máme máte mají "
        "mame maji může můžu mohu můžeme můžete mohou muze muzu muzeme muzete lze smím měl měla měli bych "
        "bychom byste mě mně mne mu jí jeho její jejich náš naše našeho nase můj mého moji muj váš vaše "
        "vase vám vás nám nás nam tento toto tohle tenhle tuhle tím jaký jaká jaké jakou jaky který která "
        "které kterou kteří ktery ktera ktere kdo kde kdy kolik proč proc čím nebo že protože protoze aby "
        "když kdyz jestli pokud ani takže tedy proto také taky už uz ještě jeste jen jenom velmi více víc "
        "hodně hodne prý vůbec opravdu skutečně možná prosím prosim děkuji dekuji díky v ve s k ke pro "
        "při pri před pred přes proti mezi podle kvůli kvuli něco neco nějaký nějaké nejaky nejake žádný "
        "žádné zadny zadne ano stále pořád porad zatím zatim lék léky léků léčba léčby léčbu léčení lecba "
        "lecby lecbu lekar lékař lékaře lékaři nemoc nemoci nemocí buňky bunky kmenové kmenove bezpečný "
        "bezpečné bezpečná bezpecny bezpecne funguje fungují funguji doporučujete doporucujete doporučuje "
        "myslíte myslite".split()
    ),
    # Catalan: not "el", "la", "les", "es", "que", "com", "per", "de", "del", "al", "als", "i", "o",
    # "un", "una", "qui", "meu", "seu", "ella", "sobre": Spanish, French, Portuguese, Italian or Dutch
    # rows have them; not "però", "aquí", "va", "han", which those languages write the same way.
    "ca": frozenset(
        "amb els dels pels és són està estàs què perquè aquest aquesta aquests aquestes aquell aquella "
        "això allò molt molts moltes també seva seves nostre nostres vostre vostres meva meves teu teva "
        "fer pot poden puc podeu hauria haurien hauríem hauríeu caldria cal quin quina quins quines quan "
        "quant quants quantes jo nosaltres vosaltres ell ells tinc tenen tenim teniu tenir heu sóc sou "
        "vaig vam doncs encara res gens després abans ara avui bé millor pitjor només tots totes tota "
        "potser així llavors aleshores gaire ningú algú algunes gràcies volia vull voldria metge metgessa "
        "malaltia tractament tractaments cèl·lules segur funcionen recomaneu recomana penseu opineu "
        "creieu val diu diuen dir prenc pren faig saps volen pugui estic estem mateix mateixa allà filla "
        "marit germà germana té".split()
    ),
    # Finnish: not "on" (English), "en" (Dutch, French, Spanish), "et" (French), "me", "te", "he",
    # "se", "ne", "voi" (Italian), "vai" (Portuguese), "kun" (Danish), "jo" (Catalan).
    "fi": frozenset(
        "ja ei että mitä mikä mitkä miten miksi missä mistä mihin milloin kuka kenen kuinka paljonko onko "
        "voiko voinko saako saanko kannattaako kannattaa pitäisi pitäisikö voisi voisiko olisi olisiko "
        "ovat oli olen olet olemme olette ole eikö emme ette eivät minä minun minulla minulle minua sinä "
        "sinun hän meillä meidän teidän teillä heidän tämä tämän tätä nämä näistä tästä sen sitä siitä "
        "niin myös mutta tai kuin jos vain vielä nyt sitten kanssa ilman jälkeen ennen kautta mukaan "
        "vuoksi takia koska joka jotka mitään jotain jokin mikään kaikki paljon hyvin enemmän mieltä "
        "mielestänne suosittelette suositteletteko kiitos hoito hoitoa hoidon hoidosta lääke lääkettä "
        "lääkkeen lääkkeitä lääkäri lääkärin sairaus sairauden tauti taudin solut soluja kantasolut "
        "turvallinen turvallista toimii toimiiko auttaa auttaako tehoaa ulkomailla".split()
    ),
    # Romanian, with and without its diacritics where the bare spelling is no older row's word: not "este",
    # "ce", "sa", "si", "la", "de", "nu", "meu", "noi", "voi", "e", "o", "un" (older rows have them), nor
    # "care", "am", "are", "in", "cum", "pot" (English words).
    "ro": frozenset(
        "și şi sunt despre pentru să că în îmi îl mă vă dacă daca poate trebuie aveți aveti avem ați cine când "
        "cand cât câte câți unde acest această aceasta acesta asta aceste acești ăsta mea mei tău tatăl tatal "
        "mamei soțul sotul soția sotia fratele copilul fiul fiica bunica bunicul medicul medicamentul "
        "tratamentul boala bolii părerea parerea părere recomandați recomandati recomandă credeți credeti "
        "merită foarte ceva nimic nici niciun nicio orice oricine cineva fiecare toate toți toti mult multe "
        "mulți bine rău încă inca doar numai prin fără fara după dupa înainte inainte între intre lângă spre "
        "către catre iar însă insa deci atunci acum aici acolo oare vreau vrea vrem putea puteți puteti există "
        "exista avea aveam fost fie sunteți sunteti suntem ești esti aș lor său sau cu pe unei unui unor "
        "acestui acestei acestor mulțumesc multumesc rog dumneavoastră dumneavoastra voastră voastra nostru "
        "noastră noastra asociația asociatia asociației poziția pozitia".split()
    ),
    # Turkish, with and without its letters: not "ve", "ne", "mi", "mu", "ile", "da", "de", "var", "ben",
    # "sen", "hasta" (older rows' or their everyday words), nor "her", "bile", "kim", "hem", "biz".
    "tr": frozenset(
        "bir bu şu şey hiç hic nedir neden nasıl nasil hangi nerede nereden nereye için icin ama fakat veya "
        "çok cok daha gibi kadar sonra önce yok mı mü mısın misin mıyım miyim musunuz misiniz mısınız mudur "
        "midir mıdır değil degil olan olarak olur oluyor olabilir siz sizin bizim benim bana beni annem babam "
        "eşim esim kardeşim hakkında hakkinda görüşü görüşünüz görüsünüz nedir ediyor eder etmek yapmalıyım "
        "yapmalıyız kullanmalı kullanabilir alabilir öneriyor öneriyorsunuz öneririm önerir tavsiye ilaç ilac "
        "ilacı tedavi tedavisi hastalığı hastaligi hastası hastasi derneği dernek derneğin şimdi simdi artık "
        "artik sadece yalnızca hâlâ çünkü cunku eğer eger acaba lütfen lutfen teşekkürler tesekkurler "
        "merhaba güvenli guvenli etkili yararlı faydalı faydali zararlı zararli mümkün mumkun gerçekten".split()
    ),
    # Hungarian: not "van", "mit", "meg", "nem", "mi", "te", "es", "sem", "ami" (older rows' or their
    # everyday words, Catalan "és"), nor "is", "ha", "volt".
    "hu": frozenset(
        "az egy hogy vannak lesz ez ezt ezzel ennek azt arról erről milyen melyik hol honnan hová mikor "
        "miért miert hogyan mennyi kik vagy már még csak nagyon sok több minden valami semmi szerint után "
        "előtt alatt között nélkül miatt ellen érdemes erdemes lehet kell szabad tudja tudják javasolják "
        "javasolja ajánlják ajánlja gondolnak véleménye véleményük álláspontja álláspontjuk egyesület anyám "
        "apám édesanyám édesapám férjem feleségem nekem neki nekünk én ön önök mert ezért akkor amely amit aki "
        "ilyen olyan szedje szedjem szedheti kérem köszönöm hát".split()
    ),
    # Croatian, with Bosnian and Serbian in Latin script (ekavian "lek", "lekar", "šta" beside "lijek", "što"):
    # not "je", "da", "u", "za", "na", "od", "do", "po", "iz", "ali", "kako", "samo", "moj" (older rows'), nor
    # "li", "ova", "taj", "bio" (English words), nor the everyday words of Slovenian, Czech, Slovak or Polish
    # ("biti", "treba", "više", "jako", "bolest", "stanice", "kod"): those are SHARED_WORDS.
    "hr": frozenset(
        "što šta koji koja koje kojeg kojem kojim kojih gdje kada zašto zasto nije jesu jesam ili jer ovaj ovog "
        "ovom već još vrlo puno nešto ništa zbog prema trebam trebao trebala trebali mogu možemo hoću imaju "
        "lijek lijeka lijekove lijekovi lijekova liječenje lijecenje liječnik lijecnik liječnika lijecnika "
        "liječniku udruga udruge udruzi preporučujete preporucujete preporučuje preporucuje preporučujemo "
        "pomaže pomaze djeluje siguran sigurna otac majka suprug supruga kći kćer leka lekara lečenje lecenje "
        "ćerka hoće bismo biste nekog poslije prije tijekom".split()
    ),
    # Slovenian: not "je", "da", "kako", "samo", "moj", "za", "na", "iz", "ali" (Croatian or older rows'), nor
    # "ki", "so", "bi", "bo", "ni", "sem", "ste" (English words or older rows'), nor Polish or Czech everyday
    # words ("temu", "pomaga", "malo", "žena"): those are SHARED_WORDS.
    "sl": frozenset(
        "kaj kje kdaj zakaj kakšen kakšna kakšno kateri katera katero ker če ampak vendar tudi še smo bom bomo "
        "lahko nisem imajo tega tisto zelo več vec nič nekaj nekdo vse skozi zaradi glede oče oce mož hči "
        "hci zdravilo zdravila zdravil zdravljenje zdravljenja zdravnik zdravnika zdravniku bolezen bolezni "
        "celice varno varen varna deluje priporočate priporocate priporočamo priporocamo društvo drustvo "
        "društva drustva stališče stalisce hvala njegov njen".split()
    ),
    # Estonian: not "ja", "ei", "et", "mis", "mina", "olen", "oli" (Finnish, Spanish, Swedish rows' words), nor
    # "on", "see", "need", "pole", "seal", "aga", "isa", "ka" (English words), nor the everyday words of Finnish,
    # German, Dutch or Swedish ("siis", "olla", "kohta", "oma", "mitte", "veel", "väga"): those are SHARED_WORDS.
    "et": frozenset(
        "kas kui ning või mida kes kuidas millal palju minu sina teie nad meie selle seda ainult juba rohkem midagi "
        "oleks võib võiks saaks peab tuleks soovitate arvate ravim ravimi ravimit arst arsti haigus haiguse rakud "
        "ohutu aitab toimib selts seltsi poeg tütar vend õde naine ütles ütleb tahab tahan kuna sest nüüd praegu "
        "pärast jaoks tõesti palun aitäh".split()
    ),
    # Galician: not "que", "de", "non", "con", "para", "por", "é", "o", "a" (older rows'), nor the everyday words
    # of Spanish, Portuguese, Catalan or Italian ("porque", "todo", "agora", "estar", "hai", "fai"): those are
    # SHARED_WORDS.
    "gl": frozenset(
        "unha unhas coa coas dunha nunha tamén xa máis quen cando ningunha miña miñas súa noso vosa voso "
        "vostede teñen facer dicir despois aínda doenza enfermidade nai fillo irmán irmá aconsellades "
        "recomendades pensades opinades podedes tedes sodes grazas ás moita moitas moito moitos persoa persoas "
        "razoable".split()
    ),
    # Slovak: not "je", "ale", "tak", "to", "už", "aby", "mám", "funguje" (Czech), nor "nie", "sa", "som", "ako", "len",
    # "ak", "aj", "pre" (Polish, Croatian, Scandinavian, French or English words): those are SHARED_WORDS.
    "sk": frozenset(
        "sú čo aký aká aké akú ktorý ktorá ktoré ktorú prečo koľko kedy môže môžem môžete môžeme mať byť ešte "
        "veľmi viac niečo žiadny žiadne alebo pretože lebo keď tiež ďakujem liek lieky liekov liečba liečbu "
        "liečby lekár lekára lekárovi ochorenie ochorenia kmeňové bunkami odporúčate odporúča odporúčame môj "
        "môjho dcéra cez podľa vďaka kvôli medzi lieku liekom liekmi oplatí moju mojou mojím mojich svojho svoju "
        "svojej".split()
    ),
    # Latvian: "vai" opens its questions (Finnish "or" counts for Finnish only beside its own words); not "kad", "kas",
    # "var", "un", "no", "par", "jo", "es", "ka", "ko" (older rows' words), nor "man", "tie", "bet", "mamma", nor "ir",
    # "ar", "kur", "jūs", "jums", "šis", "jau", "tas", which Lithuanian writes too: those are SHARED_WORDS.
    "lv": frozenset(
        "kā kāpēc cik mans manam manai manu mūsu jūsu mēs viņš viņam viņai viņu nav varu varētu vajadzētu būtu arī "
        "tikai ļoti šī šo šīs tā tās pēc līdz lai vēl kāds kāda kādas kādi zāles zāļu ārsts ārstam ārstu ārste "
        "neirologs neirologam slimība slimību slimības palīdz drošs droši ieteicams iesakāt iesakām biedrība "
        "biedrības mammai mammu tētis tētim tēvs tēvam sieva vīrs meita dēls paldies lūdzu labi vajag nopirkt "
        "vai droša drošas drošība".split()
    ),
    # Lithuanian: not "ar", "ir", "man", "jūs", "jums", "tai", "šis", "kad", "bet", "jau", "kas", "kur" (Latvian writes
    # them too), nor "mano", "liga", "ne", "dar", "su", "per", "po" (older rows' words): those are SHARED_WORDS.
    "lt": frozenset(
        "yra ką kaip kodėl koks kokia kokie kokį kiek manote manau mūsų jūsų jis ji jie šie arba nes taip labai tik "
        "gal galima galiu galite galėtų reikia reikėtų turėčiau vaistas vaistai vaistų vaistus vaistą gydytojas "
        "gydytoją gydytojo gydytojui ligos ligą gydymas gydymo saugu saugus padeda tėtis tėvas tėčiui mamai mamos "
        "žmona vyras dukra sūnus ačiū prašau sergant serga sergu sergančiam apie iš į nuo rekomenduojate "
        "rekomenduojame rekomenduoja patartumėte".split()
    ),
    # Icelandic: words Faroese writes otherwise ("að", "það", "ekki", "ég", "hvað", "eða", "með", "fyrir", "þú"; Faroese
    # "at", "tað", "ikki", "eg", "hvat", "ella", "við", "fyri", "tú"); not "og", "er", "til", "um", "sem", "á", "í", "við",
    # "eru", "var", "frá", "hjá", "hvar", "eftir", "mig", "hann", "mamma", "takk", which Danish, Norwegian, Swedish,
    # Portuguese or Faroese write too: those are SHARED_WORDS.
    "is": frozenset(
        "að það þetta þessi þessu þessa hvað hvernig hvort hvers hversu hvaða hvenær vegna ég mér þú þið þér hún "
        "þeir þær þau ekki eða fyrir með getur geta gæti ætti ættir ættum mæla mælið mælir mælum lyf lyfið lyfin "
        "lyfja lyfjum lyfinu læknir læknirinn lækninn lækninum læknis meðferð meðferðin meðferðina meðferðar "
        "sjúkdómur sjúkdómurinn sjúkdómnum sjúkdómsins öruggt öruggur örugg pabbi pabba mömmu mjög líka núna "
        "þakka".split()
    ),
    # Basque: its own function words and question words, none of them a word of an older row.
    "eu": frozenset(
        "eta edo baina ere bai zer nola noiz zergatik zenbat zein nork dago daude dira dute dut dugu duzu "
        "dauka izan ahal behar buruz hau hori hura gure zure nire bere haien beste oso bat batzuk nik zuk guk "
        "hartu hartzen hartzea gaixotasun gaixotasuna sendagaia sendagai botika medikua aita amak senarra emaztea "
        "segurua ongi ondo ezta egin egiten".split()
    ),
    # Irish: its own function words and question words, none of them a word of an older row ("é", "a", "na", "do",
    # "ar", "le", "go", "ag", "mar", "seo", "sin", "nó", "ach", "is", "sé", "sí", "tú" are, and count for it only as SHARED_WORDS).
    "ga": frozenset(
        "agus níl tá atá bhfuil raibh cad conas cén cathain cá aon leis faoi freisin fós ná ní féidir chun uair "
        "siad sibh muid mé dom duit dúinn acu aige agam agat againn dúirt deir ann anseo ansin "
        "cógas cógais dochtúir néareolaí galar sábháilte ceart maith".split()
    ),
    # Albanian: its own function words, none of them a word of an older row ("me", "se", "si", "do", "ne", "ka", "pa",
    # "sa", "jo", "ku", "kur", "por", "pas", "para", "ti", "te", "e", "i", "a", "u" are, and count for it only as
    # SHARED_WORDS).
    "sq": frozenset(
        "dhe është nuk për një që të në nga ose pse kush cili cila cilat çfarë çka kjo ky këtë këto atë ato ajo unë "
        "im ime jonë ynë juaj tuaj tij saj tyre janë jam jemi jeni kam kemi keni kanë kishte mund duhet edhe gjithashtu "
        "ende vetëm tani deri sipas prej tek mbi nën më shumë pak mirë ilaçi ilaçet ilaçin mjek mjeku mjekun mjekut "
        "neurologun neurologu sëmundje sëmundja sëmundjen trajtim trajtimi trajtimin studimi studimin shoqata shoqatës "
        "kryesia kryesisë nëse sepse prandaj faleminderit lutem vëllai motra babai nëna gjyshja gjyshi bashkëshorti "
        "gruaja burri djali vajza blej blini merrni merr marr rekomandoni rekomandojmë këshilloni".split()
    ),
}

# Words Czech, Catalan and Finnish share with the older rows ("que", "les", "de" are Catalan as much as
# French). They count for the newer language only once its own words or marks have spoken for it, so
# that a Catalan question is not French for having more of the shared words; never an English word.
SHARED_WORDS: dict[str, frozenset[str]] = {
    "cs": frozenset("je jak co ale ten na po za se bez od tak nic moc mam moje jaka tato".split()),
    "ca": frozenset(
        "el la les es que com de del al als un una en se si ha han va qui meu seu ella sobre entre cada "
        "tot fa ni sí sempre mai però aquí alguna algun alguns molta estan vostra".split()
    ),
    "fi": frozenset("se ne te voi vai kun et en".split()),
    "ro": frozenset("este ce sa si la de nu din un o e al ale ca mai lui dar cum tot va se ne le".split()),
    "tr": frozenset("ve ne mi mu ile da de var ben sen hasta".split()),
    "hu": frozenset("van mit meg nem mi te es és sem ami".split()),
    "hr": frozenset(
        "je da u za na od do po iz ali kako koliko samo moj moja moje mama tata imam mislite li ova taj bio "
        "jest jeste lek lekar se si ne pri bez nas vas vam mi ja ti ona oni to te sa ako bolest bolesti jako "
        "kod muž sestra stanice možete bih bila biti kad matične neka neko ove ovo sigurno treba više želim "
        "mozete zelim maticne".split()
    ),
    "sl": frozenset(
        "je da kako koliko samo moj moja moje iz za na od do po pri ali ki kdo že bi bo ima imam mislite ni sem "
        "ste teh se si ne to ta te ti mama malo mati naj nima pomaga temu vsi žena zena".split()
    ),
    "et": frozenset(
        "ja ei et mis mina olen oli aga ka ravi saab isa ema peaks mille miks mul mulle teil teile oma neid siin veel "
        "väga mitte olla mees siis ilma enne kohta tere kus".split()
    ),
    "gl": frozenset(
        "que de da do dos das o a os as e é non con sen para por polo pola polos polas ao aos ou se me te un "
        "cunha dun nun cal cales aquilo canto cantos onde porque algún nosa vós temos estou estar ata agora "
        "nunca só todo toda todos outro outra mesmo médico marido ola hai fai iso isto moi foi "
        "pai ti poden sempre debería sería seus filla muller".split()
    ),
    "sk": frozenset(
        "nie sa som ako len ak aj pre ku vo zo sme bol bola mojej".split()
    ),
    "lv": frozenset(
        "kad kas var un no uz par bez jo es to ka ko man mana mamma tas tie bet ir ar kur jūs jums šis jau".split()
    ),
    "lt": frozenset("ar ir man jūs jums jos tai šis kad bet ne dar jau mama mano liga su per po kas kur".split()),
    "is": frozenset("og er til um sem á í við eru var frá hjá hvar eftir mig hann mamma takk kostar bara enn".split()),
    "eu": frozenset("da du ez al non ama".split()),
    "ga": frozenset("é sé sí tú a na do ar le go ag mar seo sin nó ach is an i ó ón den don".split()),
    "sq": frozenset("me se si do ne ka pa sa jo ku kur por pas para ti te e i a u ilaç".split()),
}

# Letters and spellings that give a language away on their own.
MARKS: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"[¿¡ñ]|ción\b"),
    # "l'" and "d'" are Italian too (l'autofagia, d'attesa): only the elisions Italian lacks count.
    "fr": re.compile(r"[œ]|\b(?:qu|n|j|s)['’][a-zàâéèêîôû]|\bc['’](?!è)[a-zàâéêîôû]|\best-ce\b|eau\b"),
    "de": re.compile(r"[ß]|\b\w+(?:ung|keit|lich)\b"),
    "nl": re.compile(r"\b\w*ij\w*\b|\b\w+(?:heid|lijk)\b"),
    "pt": re.compile(r"[ãõ]|ção\b|ções\b"),
    "it": re.compile(r"\b\w+(?:zione|zioni)\b|\bc['’]è\b|\b(?:dell|all|nell|sull|dall|un|quest|quell)['’]\w"),
    # Once a word, so that a Polish surname ("Szczepański") does not outweigh an English sentence.
    "pl": re.compile(r"\b\w*(?:[ąćęłńśźż]|cz|sz)\w*|\bprz\w*|\b\w+(?:ość|ości|ych)\b"),
    # Once a word too: å is Scandinavian, æ and ø Danish and Norwegian (Swedish writes ä and ö, which
    # German has too); "-ligt" ends Swedish and Danish adjectives ("ärftligt", "farligt"), Norwegian
    # writes "farlig". A word that opens with "kj", "skj" or "gj" ("kjøpe", "gjør", "igjen"; Danish
    # "købe", "gør", "igen") counts once more for Norwegian: the empty match at its start comes before
    # the one of its whole word.
    "sv": re.compile(r"\b\w*å\w*|\b\w+ligt\b"),
    "da": re.compile(r"\b\w*[æøå]\w*|\b\w+ligt\b"),
    "nb": re.compile(r"\b(?=s?kj|i?gj)|\b\w*[æøå]\w*"),
    # Once a word: ě ř ů ť ď ň are Czech letters (Polish writes ę ą ł ń ś ź ż), and so are č š ž ý,
    # which Polish spells "cz", "sz", "ż", "y"; so are the adjective endings "-ová", "-ové" ("genová")
    # and the noun ending "-ní" ("léčení").
    "cs": re.compile(r"\b\w*[ěřůťďňčšžý]\w*|\b\w+(?:ová|ové|ní)\b"),
    # "cèl·lula", "col·legi"; "-ció", "-cions" (Spanish "-ción", "-ciones"; Portuguese "-ção"); à and ò
    # inside a word ("teràpia", "mòbil": Italian writes them last, French à alone); è before a
    # consonant and a vowel other than e ("gènica", "mètode"; French "problème", "très" end in e or
    # s); "per a"; the perfect "he/ha/han comprat" (Spanish "comprado", Italian "comprato"); the verbs
    # in "-eix", "-eixen" ("protegeix", "redueix"; Portuguese writes "deixa").
    "ca": re.compile(
        r"l·l|\b\w+ci(?:ó|ons)\b|\b\w*[àò]\w+|\b\w*è[bcdfghjklmnpqrstvxz]+[aiouàíòóú]\w*|\bper a\b"
        r"|\b(?:he|has|ha|hem|heu|han) \w{2,}(?:at|it|ut|ada|ades|ats|its|uts)\b"
        r"|\b\w+eix(?:en)?\b"
    ),
    # Once a word: "ää", "öö", "yy"; the case endings with ä ("-ssä", "-stä", "-llä", "-ltä") and
    # "-ksi"; the question suffix after a long vowel, a diphthong, "n" or "si" ("kannattaako",
    # "toimiiko", "voiko", "onko", "pitäisikö"), never "tylko" or "wszystko".
    "fi": re.compile(
        r"\b\w*(?:ää|öö|yy)\w*|\b\w+(?:ssä|stä|llä|ltä|ksi)\b|\b\w*(?:aa|ee|ii|oo|uu|yy|ää|öö|oi|ei|ui|ai|n|si)(?:ko|kö)\b"
    ),
    # Once a word: ă and the comma-below ș ț (or the older cedilla ţ; ş is Turkish too), î opening a word
    # ("în", "înainte"; French and Portuguese write â, "grâce", "câncer"); the genitive and plural article
    # "-ului", "-ilor" ("medicamentului", "medicilor").
    "ro": re.compile(r"\b\w*[ășțţ]\w*|\bî\w*|\b\w+(?:ului|ilor)\b"),
    # Once a word: dotless ı, ğ, ş; the plural "-ler"/"-lar" before a case or possessive ending
    # ("hücreleri", "hücrelerde"; English "similar", German "Fehler", a coined "myoclarin", Italian "volere"
    # and Spanish "declara" end in other ones); the question particle
    # "mü", "mısınız", "misiniz"; a suffix after an apostrophe ("ALS'de", "Türkiye'nin").
    "tr": re.compile(
        r"\b\w*[ığş]\w*|\b\w+(?:leri|lerde|lerden|larda|lardan|lerimiz|leriniz)\b"
        r"|\bmü\b|\bm[iu](?:s[iu]n|s[iu]n[iu]z|y[iu]m|d[iu]r)\b"
        r"|['’](?:d[ae]n?|t[ae]n?|[ıiü]n|n[ıiuü]n|y[ıiuü]|y[ae]|l[ıiuü]|[ıiü])\b"
    ),
    # Once a word: ő, ű; "gy" before a vowel ("gyógyszer"; English "energy" ends in it); "-ság"/"-ség"
    # ("biztonságos", "betegség"); "-ban"/"-ben" after a consonant or a long vowel (German "haben", "sterben"
    # and Dutch "hebben" have them after a short vowel, r or b), "-nak"/"-nek"; the question clitic "-e"
    # ("szedje-e") and a case
    # ending after a hyphen ("ALS-ben", "SLA-t").
    "hu": re.compile(
        r"\b\w*[őű]\w*|\b\w*gy[aáeéiíoóöőuúüű]\w*|\b\w+s[áé]g\w*"
        r"|\b\w+(?:[áéíóöúü]|[cdfghjklmnpstvz])(?:ban|ben)\b|(?<=\w)-e\b"
        r"|\b\w+(?:nak|nek)\b|(?<=\w)-(?:ban|ben|ba|be|ból|ből|ról|ről|nak|nek|hoz|hez|tól|től|t|et|ot|val|vel)\b"
        r"|(?<=\s)-(?:ban|ben|ból|ből|ról|ről|nak|nek|hoz|hez|tól|től|val|vel)\b"
    ),
    # Once a word: đ and ć (Polish writes ć too, Czech and Slovenian neither); "ije" before a consonant ("lijek",
    # "liječnik", "vrijeme"; Czech "žije" ends in it); č š ž as for Czech, which an older row wins on a tie.
    "hr": re.compile(r"\b\w*[đć]\w*|\b\w*ije[^\Waeiouy]\w*|\b\w*[čšž]\w*"),
    # Once a word: "šč" ("stališče", "ščiti"; Croatian writes "šć", Czech "šť", Polish "szcz"); the adjective
    # endings "-skega", "-nega", "-skemu", "-nemu" ("genskega", "kliničnega"; Croatian "njega", "svega"; Galician
    # "galega" and Spanish "colega" have others); č š ž as for Czech.
    "sl": re.compile(r"\b\w*šč\w*|\b\w+(?:sk|šk|n)(?:ega|emu)\b|\b\w*[čšž]\w*"),
    # Once a word: õ (Portuguese writes it only in "-ões", "-õe"); the participles "-atud", "-etud", "-dud"
    # ("kinnitatud", "kiidetud"; Spanish "-itud"), the passive "-akse" ("süstitakse"), the illative "-usse"
    # ("uuringusse"; German "Klasse"; Finnish writes "-seen").
    "et": re.compile(r"\b\w*õ\w*|\b\w+(?:[ae]tud|[aeiu]dud|akse|usse)\b"),
    # Once a word: "unha" and its contractions, "coa", "polo", "pola" (Portuguese "uma", "com a", "pelo"); the
    # nouns in "-axe" ("viaxe"; Portuguese "-agem", Spanish "-aje"); the plural "-cións" (Spanish "-ciones",
    # Portuguese "-ções"); ñ inside a word, as Spanish has it too.
    "gl": re.compile(
        r"\b(?:unhas?|dunhas?|nunhas?|cunhas?|algunhas?|ningunhas?|coa|coas|polo|pola|polos|polas)\b"
        r"|\b\w+(?:axe|axes|cións)\b|\b\w*ñ\w*"
    ),
    # Once a word: ľ ĺ ŕ (Czech writes none of them), ô opening "môj", "môže", "dôkaz", "pôst", "vôbec" (French writes it
    # in "hôpital", "côté", Finnish, Swedish and German ä); the infinitive in "-ať", "-iť", "-ovať", "-núť" ("užívať",
    # "liečiť"; Czech "-at", "-it", and "ať" alone); č š ž ý ť ď ň as for Czech, which wins a tie. Its SHARED_WORDS are
    # no Czech words, so that a Czech question scores nothing more for Slovak than its letters.
    "sk": re.compile(r"\b\w*[ľĺŕ]\w*|\b(?:mô|dô|pô|vô|kô|stô)\w*|\b\w+(?:ať|iť|ovať|núť)\b|\b\w*[čšžýťďň]\w*"),
    # Once a word: ā ē ī ģ ķ ņ, which no older row writes (ļ is Slovak too, ū Lithuanian), or č š ž as for Czech, which
    # wins a tie ("Vai cilmes šūnu terapija ir droša?" would be Czech on its letters alone).
    "lv": re.compile(r"\b\w*[āēīģķņ]\w*|\b\w*[čšž]\w*"),
    # Once a word: ė į ų, which neither Latvian nor an older row writes (ą and ę are Polish too, ū Latvian); č š ž as
    # for Czech and Latvian, which win a tie.
    "lt": re.compile(r"\b\w*[ėįų]\w*|\b\w*[čšž]\w*"),
    # Once a word: þ, which no other row writes and Faroese does not either (ð is Faroese too, æ Danish and Norwegian,
    # whose marks count it for them).
    "is": re.compile(r"\b\w*þ\w*"),
    # Once a word: "tx" ("etxea", "Txingudi"), which no other row writes, and the endings "-entzat" (for), "-arekin"
    # (with), "-tzeko", "-tzen" ("hartzeko", "probatzen").
    "eu": re.compile(r"\b\w*tx\w*|\b\w+(?:entzat|arekin|tzeko|tzen)\b"),
    # Once a word: eclipsis before a vowel ("bhfuil", "gcás", "mbeadh", "dtugann"; no older row opens a word so) and the
    # noun endings "-aíocht", "-íochta" ("tacaíochta"); "h" or "t-" before a capital vowel is lost to case-folding.
    "ga": re.compile(r"\b(?:bhf|gc|mb|dt|bp)[aeiouáéíóú]\w*|\b\w+íochta?\b"),
    # Albanian, once a word: ë after a consonant or opening a word ("në", "është", "shumë"; Dutch writes it after a vowel,
    # "België", "financiële", "ideeën"), and "dh" opening a word ("dhe", "dhënë").
    "sq": re.compile(r"\b\w*(?<![\Waeiouy])ë\w*|\bë\w*|\bdh[aeiouë]\w*"),
}


# Languages told by their script alone, when most of a text's letters are in it: function words
# would read none of these, and a Greek or Japanese question is not English. Cyrillic is taken as
# Russian unless it has the letters only Ukrainian writes; kana make Han characters Japanese.
SCRIPTS = (
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("uk", re.compile(r"[іїєґІЇЄҐ]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
)
_LETTER = re.compile(r"[^\W\d_]")
# Languages in Latin letters that no row of LANGUAGES reads, told by letters only they write: Vietnamese stacks a tone mark
# on a vowel (ạ ả ấ ầ ẩ … ỹ) and writes ơ ư. A paragraph with a few of them is in that language, not in whichever row its
# syllables happen to resemble (a Vietnamese page read paragraph by paragraph is not Croatian here and Catalan there).
UNLISTED_LETTERS = (
    ("vi", re.compile(r"[\u1ea0-\u1ef9ơưƠƯ]")),
)


def unlisted_language(text: str) -> str | None:
    """The language of UNLISTED_LETTERS a text is written in (one word in ten or more has its letters), or None."""
    words = len(text.split())
    for language, pattern in UNLISTED_LETTERS:
        if words and len(pattern.findall(text)) * 10 >= words:
            return language
    return None


def _unlisted_words(text: str) -> str | None:
    """The language of UNLISTED_LETTERS that a third of a text's words or more are written in: a whole question or
    statement, not an English question naming 'Sen Bạc'."""
    words = text.split()
    for language, pattern in UNLISTED_LETTERS:
        if words and sum(bool(pattern.search(word)) for word in words) * 3 >= len(words):
            return language
    return None


def script_language(text: str) -> str | None:
    """The language of a text most of whose letters are in a script of SCRIPTS, or None."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    counts = {language: len(pattern.findall(text)) for language, pattern in SCRIPTS}
    if counts["uk"]:
        counts["ru"] -= counts["uk"]  # Ukrainian letters are Cyrillic too: counted once, for Ukrainian
        counts["uk"] += counts["ru"]
        counts["ru"] = 0
    if counts["ja"]:
        counts["ja"] += counts["zh"]  # Japanese writes Han characters beside its kana
        counts["zh"] = 0
    language, count = max(counts.items(), key=lambda item: item[1])
    return language if count * 2 > letters else None


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of LANGUAGES for a text; `default` when nothing tells them apart."""
    # 'ALS' in capitals is the disease, in every language, not the Dutch or German word 'als'
    # ('Is ALS contagious?' is English); a text all in capitals keeps it.
    if not text.isupper():
        text = re.sub(r"\bALS\b", " ", text)
    lowered = unicodedata.normalize("NFC", text.lower())
    tokens = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lowered)
    if not tokens:
        return default
    scores: dict[str, float] = {
        language: float(sum(token in words for token in tokens)) for language, words in FUNCTION_WORDS.items()
    }
    for language, pattern in MARKS.items():
        scores[language] += 1.5 * len(pattern.findall(lowered))
    for language, words in SHARED_WORDS.items():
        if scores[language] > 0:
            scores[language] += sum(token in words for token in tokens)
    best = max(LANGUAGES, key=lambda language: (scores[language], language == default))
    if scores[best] <= 0:
        return default
    tied = [language for language in LANGUAGES if scores[language] == scores[best]]
    if len(tied) > 1:
        # 'Il digiuno intermittente rallenta la SLA?': 'il' and 'la' are French and Italian alike; the language whose
        # word list knows more of the other words ('digiuno', 'rallenta') is the one it is written in.
        known = _words_known(tuple(t for t in tokens if not any(t in FUNCTION_WORDS[language] for language in tied)),
                             tuple(tied))
        if known:
            return max(tied, key=lambda language: (known.get(language, 0), language == best))
    return best


def _words_known(tokens: tuple[str, ...], languages: tuple[str, ...]) -> dict[str, int]:
    """How many of the tokens each of the languages' word lists (frequencies.LANGUAGES) holds at Zipf 2 or more."""
    from statement_qa import frequencies
    from statement_qa.lexicon import normalise

    listed = [language for language in languages if language in frequencies.LANGUAGES]
    if len(listed) < 2 or not tokens:
        return {}
    counts = dict.fromkeys(listed, 0)
    table = frequencies.table()
    for token in tokens:
        buckets = table.buckets_of(normalise(token))
        if buckets is None:
            continue
        for language in listed:
            bucket = buckets[frequencies.LANGUAGES.index(language)]
            if bucket != frequencies.ABSENT and bucket <= 700:  # Zipf 2 or more
                counts[language] += 1
    return counts


def language_of(text: str, default: str = "en") -> str:
    """A whole question's or statement's language: by its script (SCRIPTS) where most letters are in one, by the letters
    only it writes (UNLISTED_LETTERS: Vietnamese), else by its words (`detect_language`). Paragraph-by-paragraph decisions (a translation below the original) use the words alone."""
    return script_language(text) or _unlisted_words(text) or detect_language(text, default)
