"""A deterministic multilingual glossary: foreign domain terms → their English equivalents.

Questions arrive in Spanish, French, German, Dutch, Portuguese, Italian, Polish, Swedish, Danish,
Norwegian Bokmål, Czech, Catalan, Finnish, Romanian, Turkish, Hungarian, Croatian (Bosnian and Serbian in
Latin script read the same), Slovenian, Estonian, Galician, Slovak, Latvian, Lithuanian, Welsh, Greek and Icelandic, and member
associations publish statements in them; questions often describe a therapy instead of naming it ("¿Funcionan las células madre de astrocitos para la ELA?").
The English embedding model and the lexical signals cannot match those words to English
position statements; `gloss` turns them into English terms that can.

The tables are DATA, one per language, one English concept a line:

    English equivalent: foreign term, foreign phrase, ...

Terms are written in their natural spelling (accents kept for readability) and normalised when
the module loads, so `GLOSSARY` holds lower-case, accent-free keys. Write each term in its base
form (singular, masculine, indefinite): `gloss` tolerates the plural, gender and definite endings
itself (see ENDINGS: Finnish, Turkish and Hungarian suffixes are stripped stage by stage), and splits
German, Dutch, Scandinavian, Finnish and Hungarian compounds over the table's stems. An everyday word that
looks like an inflected term ("algo", something, is not "alga", seaweed) goes in AS_WRITTEN.

People often describe a therapy instead of naming it ("una inyección semanal bajo la piel que
reduce el glutamato"), so the tables carry the lay words for routes, schedules, mechanisms,
sources, access and money as well as the medical ones. Verb forms are listed whole, never as
stems: a short stem matches everyday words ("habló", he spoke, is not speech).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- Spanish --------------------------------------------------------------------------------
_ES = """
ALS MND: ela, als, esclerosis lateral amiotrófica, esclerosis lateral, enfermedad de la motoneurona,
  enfermedad de motoneurona, enfermedad de las motoneuronas, enfermedad de la neurona motora,
  enfermedad de las neuronas motoras, enfermedad de charcot, charcot, emn, enfermedad de lou gehrig,
  lou gehrig, mnd
motor neurons: motoneurona, neurona motora
neurons: neurona, célula nerviosa
spinal cord: médula espinal, médula, medular
muscles: músculo, muscular, musculatura
muscle weakness: debilidad muscular, debilidad
muscle wasting atrophy: atrofia, atrofia muscular, pérdida muscular
cramps: calambre
fasciculations twitching: fasciculación
spasms: espasmo
spasticity: espasticidad, rigidez
breathing: respiración, respirar, respiratorio
lungs: pulmón
swallowing: deglución, tragar, disfagia
bulbar onset: inicio bulbar, comienzo bulbar, forma bulbar
speech: hablar, del habla, problemas del habla, trastorno del habla, pérdida del habla, disartria
voice: voz
nerves: nervio, nervioso
brain: cerebro, cerebral
cerebrospinal fluid: líquido cefalorraquídeo, lcr
blood: sangre
blood test: análisis de sangre
disease progression: progresión, avance de la enfermedad, evolución de la enfermedad
slow down: frenar, frena, frene, frenan, ralentizar, ralentiza, ralentice, enlentecer, retrasar,
  retrasa, retrase
stop halt: detener, parar
symptoms: síntoma
diagnosis: diagnóstico, diagnosticado
survival: supervivencia, alargar la vida, prolongar la vida, vivir más
life expectancy: esperanza de vida
cure: cura, curar, curación
genetic: genético, gen
hereditary familial: hereditario
mutation: mutación, cambio genético, cambio en un gen, alteración genética, variante genética,
  defecto genético, gen defectuoso, gen mutado, mutado, portador de la mutación
frontotemporal dementia: demencia frontotemporal, demencia
fatigue: fatiga, cansancio
weight loss: pérdida de peso
walking: caminar, andar
paralysis: parálisis
patient: paciente, enfermo, afectado
carer: cuidador
family: familia
wheelchair: silla de ruedas
stem cells: célula madre, células madre, células troncales, célula troncal, células estaminales
cell therapy: terapia celular
astrocytes: astrocito
bone marrow: médula ósea
umbilical cord: cordón umbilical
mesenchymal: mesenquimal
gene therapy: terapia génica, terapia genética
antisense: antisentido, aso
oligonucleotide: oligonucleótido
antibody: anticuerpo
monoclonal antibody: anticuerpo monoclonal, monoclonal
infusion: infusión, perfusión
injection: inyección, inyectable, pinchazo, inyectar
lumbar puncture: punción lumbar
spinal injection intrathecal: intratecal, inyección espinal, inyección en la médula, inyección en la columna,
  inyección en la espalda, pinchazo en la espalda, pinchazo en la columna
tablet pill: pastilla, comprimido, píldora, tableta
capsule: cápsula
powder: polvo, en polvo
supplement: suplemento, complemento alimenticio, complemento
diet: dieta, alimentación
fasting: ayuno
ketogenic: cetogénico
vitamin: vitamina
intravenous drip: gotero, suero, intravenoso, por vía intravenosa, endovenoso, en la vena, por la vena,
  en vena, vía intravenosa
implant: implante, implantar, implantado
device: dispositivo, aparato
breathing exercise: ejercicio respiratorio, fisioterapia respiratoria
ventilation: ventilación, ventilador, respirador, ventilación no invasiva, bipap
tracheostomy: traqueotomía, traqueostomía
feeding tube: sonda, gastrostomía, peg
patch: parche, parche cutáneo, parche transdérmico, transdérmico
spray: spray, aerosol
nasal: nasal
vaccine: vacuna
virus: virus, viral, vector viral, vector vírico, virus modificado, virus inofensivo, aav
protein: proteína
enzyme: enzima
mitochondria: mitocondria, mitocondrial
inflammation: inflamación, neuroinflamación
anti inflammatory: antiinflamatorio
immune system: sistema inmunitario, sistema inmune, inmunológico
immunotherapy: inmunoterapia
drug medicine: medicamento, fármaco, medicina, medicación
treatment: tratamiento
therapy: terapia
transplant: trasplante, trasplantar, injerto
surgery: cirugía, operación, intervención quirúrgica, quirúrgico, operar
oral: oral, por vía oral, por boca
antioxidant: antioxidante
hormone: hormona
cannabis: cannabis, marihuana, cbd
natural remedy: remedio natural, hierba, remedio casero
homeopathy: homeopatía
alternative medicine: medicina alternativa
acupuncture: acupuntura
physiotherapy: fisioterapia, rehabilitación
exercise: ejercicio, deporte
plasma: plasma, plasmaféresis
dose: dosis, dosificación
electrical stimulation: estimulación eléctrica, electroestimulación
magnetic stimulation: estimulación magnética
hyperbaric oxygen: oxígeno hiperbárico, cámara hiperbárica
oxygen: oxígeno
clinical trial: ensayo clínico, ensayo, estudio clínico, prueba clínica, ensayos clínicos
study: estudio
research: investigación
phase: fase
placebo: placebo
results: resultado
evidence: evidencia, pruebas científicas, evidencia científica
proof: prueba, demostración
effective: eficaz, eficaces, efectivo
efficacy: eficacia
works: funciona, funcionan, funcionará, funcionar, sirve, sirven, da resultado
safe safety: seguro, seguridad
dangerous: peligroso
side effects: efectos secundarios, efecto secundario, efectos adversos, reacción adversa
approved authorised: aprobado, autorizado
approval: aprobación, autorización
regulator: regulador, agencia del medicamento, aemps, agencia europea del medicamento, fda, ema, cofepris,
  anmat, invima, anvisa
risk: riesgo
benefit: beneficio
proven: probado, demostrado, comprobado
promising: prometedor
data: dato
participants: participante, voluntario
cohort: cohorte
cost price: coste, costo, precio, cuesta
how much does it cost: cuánto cuesta, cuánto vale, cuánto sale, cuánto cobran
clinic: clínica
private clinic: clínica privada
private test: test privado, prueba privada, análisis privado, laboratorio privado
Lyme disease: enfermedad de lyme, borreliosis, lyme
tick bite: picadura de garrapata, garrapata
abroad: extranjero, en el extranjero, fuera del país
pay: pagar, pago, paga, pagan
expensive: caro, costoso, carísimo, demasiado caro, muy caro, muy cara, es cara, son caras
free of charge: gratis, gratuito
doctor: médico, doctor
neurologist: neurólogo
hospital: hospital
company: empresa, compañía
pharmaceutical company: farmacéutica, laboratorio farmacéutico
biotech: biotecnológica, biotecnología, biotech
laboratory: laboratorio
start-up: startup, start up, empresa emergente
recommend: recomiendan, recomendar, recomienda, recomendaría, recomiendas, recomendáis, recomendarían,
  recomendarías
recommendation: recomendación
advise advice: aconsejan, aconsejar, aconseja, aconsejas, consejo, aconsejarían, aconsejáis
position: postura, posición, posicionamiento
statement: declaración, comunicado
position statement: declaración de posición, documento de posición
association: asociación
foundation: fundación
organisation: organización
researchers scientists: investigador, científico
compassionate use: uso compasivo
early access: acceso temprano, acceso precoz
expanded access: acceso ampliado, acceso expandido, programa de acceso ampliado, programa de acceso
waiting list: lista de espera
take part enrol: participar, inscribirse, apuntarse, inscribirme, apuntarme, unirme, unirse,
  entrar en el ensayo, inscribirnos
scam fraud: estafa, fraude, engaño, timo, charlatán
hope: esperanza
miracle: milagro, milagroso
breakthrough: avance, descubrimiento
news: noticia
publication: publicación, artículo
peer reviewed: revisado por pares, revisión por pares
failed stopped: fracaso, fracasó, suspendido, cancelado
withdrawn: retirado
health insurance: seguro médico, seguridad social, reembolso, reembolsado, cubre el seguro,
  lo cubre el seguro, cubierto por el seguro, aseguradora, seguro de salud, obra social
prescription: receta
available: disponible
worth it: vale la pena, merece la pena
try: probar, intentar
wait: esperar
buy: comprar
what do you think: qué opinan, qué opinas, qué opina, qué piensan, qué piensa, qué les parece,
  qué le parece, qué te parece
opinion: opinión
should I: debería, debo, deberíamos, debemos, deberías
is it true: es verdad, es cierto
where: dónde
how much: cuánto
help: ayuda, ayudar
take: tomar
experimental: experimental
riluzole: riluzol
edaravone: edaravona
oral solution liquid: solución oral, solución bebible, jarabe, forma líquida, en líquido, suspensión oral
drink: bebida, bebible, batido, beber
sachet: sobrecito, en sobres
weekly: semanal, semanalmente, una vez por semana, una vez a la semana, cada semana, todas las semanas
daily: diario, diariamente, cada día, todos los días, una vez al día, dos veces al día
monthly: mensual, mensualmente, una vez al mes, cada mes, todos los meses
once single one-time: una sola vez, una única vez, dosis única, única dosis, una sola dosis, de una sola vez,
  una sola administración, una sola inyección, una sola infusión, única inyección, única infusión
subcutaneous under the skin: subcutáneo, bajo la piel, debajo de la piel, por debajo de la piel
intramuscular: intramuscular, en el músculo
nasal spray: spray nasal, aerosol nasal, pulverizador nasal, por la nariz, vía nasal, intranasal
eye drops: colirio, gotas para los ojos, gotas oftálmicas, gotas en los ojos
drops: gotas
pump: bomba de infusión, bomba
protein clumps aggregates: agregación, agregados, agregados de proteína, agregados proteicos,
  agregación de proteínas, acumulación de proteína, acumulación de proteínas, grumo, cúmulo,
  depósito de proteína, depósitos de proteínas
misfolded protein: mal plegada, mal plegado, plegamiento, proteína mal plegada
cell energy: energía celular, energía de las células, energía de la célula, energía a las células
energy: energía
oxidative stress: estrés oxidativo, daño oxidativo, radicales libres, oxidación
glutamate: glutamato
excitotoxicity: excitotoxicidad
gene silencing: silenciamiento génico, silenciar el gen, silencia el gen, apagar el gen
DNA: adn
RNA: arn, arn mensajero, arnm
neuroprotection protects nerve cells: neuroprotección, neuroprotector, protege las neuronas,
  proteger las neuronas, protege las células nerviosas, proteger las células nerviosas,
  protección de las neuronas, protege las motoneuronas
synthetic peptide: péptido sintético, péptido
biomarker: biomarcador, marcador biológico
neurofilament: neurofilamento
own cells autologous: células propias, sus propias células, mis propias células, propias células, autólogo
donor: donante
regeneration: regeneración, regenerar, regenerativo, regenera
growth factor: factor de crecimiento, neurotrófico
molecule: molécula
cells: célula
microglia: microglía
gut microbiome: microbioma, microbiota, flora intestinal
toxic: tóxico, toxicidad
mechanism: mecanismo, mecanismo de acción
seaweed algae: alga, algas marinas, extracto de algas
plant herbal: planta, plantas medicinales, planta medicinal, a base de plantas, herbal, hierbas medicinales
extract: extracto
mushroom: hongo, seta
turmeric curcumin: cúrcuma, curcumina
traditional Chinese medicine: medicina tradicional china, medicina china
coconut oil: aceite de coco
oil: aceite
green tea: té verde
probiotic: probiótico
amino acids: aminoácido
creatine: creatina
coenzyme Q10: coenzima q10, coq10
omega 3: omega 3
medical cannabis: cannabis medicinal, marihuana medicinal
repurposed drug: reposicionamiento, reposicionado, reutilización de fármacos, fármaco reutilizado,
  medicamento reutilizado, ya aprobado para otra enfermedad
cancer: cáncer, tumor, oncológico, anticancerígeno, antitumoral
leukaemia: leucemia
chemotherapy: quimioterapia, quimio
antibiotic: antibiótico
antiviral: antiviral, antirretroviral
HIV: vih
migraine: migraña, jaqueca
epilepsy: epilepsia, antiepiléptico, anticonvulsivo, convulsiones
Alzheimer's: alzhéimer
Parkinson's: párkinson
multiple sclerosis: esclerosis múltiple
muscle disease: enfermedad muscular, miopatía
muscular dystrophy: distrofia muscular
spinal muscular atrophy: atrofia muscular espinal
children: niño, pediátrico, infantil, menor de edad
antidepressant: antidepresivo
painkiller: analgésico, calmante
pain: dolor
heart: corazón
liver: hígado, hepático
kidney: riñón, renal
blood pressure: presión arterial, tensión arterial
blood flow circulation: flujo sanguíneo, flujo de sangre, riego sanguíneo, circulación sanguínea, circulación
nausea: náusea, vómito
headache: dolor de cabeza, cefalea
diarrhoea: diarrea
dizziness: mareo
allergy: alergia, alérgico
online internet: internet, en línea, por internet, online
website: página web, sitio web, web
pharmacy: farmacia
foreign pharmacy abroad: farmacia extranjera, farmacia en el extranjero, farmacia de otro país,
  farmacia internacional
import: importar, importación, importado
customs: aduana
without prescription: sin receta, sin prescripción, sin receta médica
buyers club group purchase: club de compradores, compra colectiva, compra en grupo, compras en grupo,
  comprar en grupo, compra conjunta
funding: financiación, financiamiento, financiado, subvención
donation fundraising: donación, donativo, recaudar fondos, recaudación de fondos, crowdfunding, colecta
black market: mercado negro
counterfeit: falsificado, falsificación
travel: viajar, viaje
afford: permitirse, no puedo pagar, no podemos pagar
cheap: barato
marketing authorisation: autorización de comercialización, comercializado, comercialización
licensed: licencia, con licencia
randomised: aleatorizado, aleatorio
double blind: doble ciego
control group: grupo control, grupo de control
preliminary results: resultados preliminares, datos preliminares
published: publicado
eligibility criteria: criterios de inclusión, requisito, criterios de elegibilidad, elegible,
  cumplir los requisitos
recruiting: reclutamiento, reclutando, reclutan, buscan voluntarios
open label extension: extensión abierta, etiqueta abierta
right to try: derecho a intentar, derecho a probar
animal studies mice: ratón, ratones, en animales, modelo animal, estudios en animales, animal
in the laboratory in vitro: in vitro, en el laboratorio, en placas
unproven: no probado, sin probar, no demostrado, sin demostrar, sin evidencia, sin pruebas, no comprobado,
  sin eficacia demostrada
harmful: dañino, perjudicial, hace daño, nocivo
stop taking: dejar de tomar, dejar el tratamiento, suspender el tratamiento, interrumpir el tratamiento,
  dejo de tomar
keep taking: seguir tomando, continuar el tratamiento, sigo tomando
combine together with: combinar, combinado, combinación
interaction: interacción
legal: legal, legalmente
illegal: ilegal
warning: advertencia, alerta
claims: promete, prometen, afirman, asegura que
testimonials: testimonio
expert: experto, especialista
guidelines: guía clínica, guías clínicas, directrices, recomendaciones oficiales
information: información, informarme, saber más
quality of life: calidad de vida
improve: mejorar, mejoría, mejora
reverse: revertir, revierte
stabilise: estabilizar, estabiliza
recovery: recuperar, recuperación
repair: reparar, reparación
early stage: fase temprana, etapa temprana, fase inicial, etapa inicial, recién diagnosticado
advanced stage: fase avanzada, etapa avanzada, avanzado
sporadic: esporádico
genetic testing: prueba genética, test genético, análisis genético, estudio genético
MRI scan: resonancia magnética
EMG: electromiografía, electromiograma
skin: piel
vein: vena
spine: columna vertebral, columna
needle: aguja
nurse: enfermero
charity: organización benéfica, beneficencia, ong
petition: petición
pregnancy: embarazo, embarazada
compound: compuesto
natural: natural
sell: vender, venden, vende, venta
shipping delivery: envío, envían, enviar
reduce lower: reducir, reduce, reducen, disminuir, disminuye, bajar, baja el nivel
prevent block: impedir, impide, evitar, evita, prevenir, previene, bloquear, bloquea
neuromuscular: enfermedad neuromuscular, neuromuscular
Israeli Israel: israelí, israel
Swiss Switzerland: suizo, suiza
German Germany: alemán, alemania
American United States: estadounidense, americano, norteamericano, estados unidos, eeuu, ee uu, usa
British United Kingdom: británico, reino unido, inglés, inglaterra
French France: francés, francia
Japanese Japan: japonés, japón
Chinese China: chino, china
Korean Korea: coreano, corea
Canadian Canada: canadiense, canadá
Australian Australia: australiano, australia
Dutch Netherlands: holandés, neerlandés, países bajos, holanda
Swedish Sweden: sueco, suecia
Danish Denmark: danés, dinamarca
Norwegian Norway: noruego, noruega
Belgian Belgium: belga, bélgica
Spanish Spain: español, españa
Italian Italy: italiano, italia
Portuguese Portugal: portugués, portugal
Brazilian Brazil: brasileño, brasil
Indian India: indio, india
Mexican Mexico: mexicano, méxico
Russian Russia: ruso, rusia
Irish Ireland: irlandés, irlanda
Austrian Austria: austriaco, austríaco, austria
Finnish Finland: finlandés, finlandia
Polish Poland: polaco, polonia
Turkish Turkey: turco, turquía
Ukrainian Ukraine: ucraniano, ucrania
Argentinian Argentina: argentino, argentina
European Europe: europeo, europa
Panamanian Panama: panameño, panamá
Colombian Colombia: colombiano, colombia
helmet: casco
light helmet: casco de luz, casco de luz infrarroja, casco luminoso
light therapy: terapia de luz, terapia con luz, terapia lumínica, fototerapia, fotobiomodulación, luz roja
infrared light: infrarrojo, luz infrarroja, infrarrojo cercano
laser: láser, terapia láser, laserterapia
magnet: imán, magnético, magnetoterapia, campo magnético
breathing trainer: entrenador respiratorio, entrenador de músculos respiratorios, entrenamiento respiratorio,
  entrenamiento de los músculos respiratorios, entrenamiento muscular respiratorio
mask: mascarilla, máscara, mascarilla nasal, mascarilla facial
cough assist: asistente de tos, asistente para la tos, tos asistida, máquina de tos, máquina para la tos,
  cough assist, insuflador exsuflador, insuflación exsuflación
communication aid: comunicador, dispositivo de comunicación, ayuda para la comunicación, comunicación aumentativa,
  sistema de comunicación, tablero de comunicación
eye gaze: control ocular, seguimiento ocular, control con la mirada, control por la mirada, lector ocular, eye tracking
ketones: cetona, cuerpos cetónicos
ketone drink: bebida de cetonas, bebida cetónica, bebida con cetonas, éster de cetona
athletes: atleta, deportista
protein shake: batido de proteínas, batido proteico, batido de proteína
high calorie: hipercalórico, alto en calorías, rico en calorías, alta en calorías, muchas calorías
vitamin D: vitamina d
vitamin B12: vitamina b12, vitamina b 12
cannabis oil: aceite de cannabis, aceite de cbd, aceite cbd, aceite de marihuana
blood pressure medicine: antihipertensivo, medicamento para la tensión, medicamento para la presión,
  pastillas para la tensión, pastillas para la presión, medicamento para la hipertensión
diabetes: diabetes, diabético
diabetes drug: antidiabético, medicamento para la diabetes, fármaco para la diabetes, pastillas para la diabetes
off-label: fuera de indicación, fuera de ficha técnica, uso fuera de indicación, off label
repurposed drug: fármaco antiguo, medicamento antiguo, medicamento viejo, medicamento de toda la vida
sleeve cuff: manga, manga de compresión, manguito, brazalete
band strap: banda, cinta, correa, pulsera
headband: diadema, cinta para la cabeza, banda para la cabeza
mat: esterilla, colchoneta, alfombrilla
electrode: electrodo
electric: eléctrico, electricidad
electric current: corriente eléctrica, descarga eléctrica, impulso eléctrico, impulsos eléctricos
stimulation: estimulación, estimular, estimula, estimulan, estimulador
wearable: dispositivo portátil, ponible, llevable, se lleva puesto
machine: máquina
light: luz
legs: pierna
arms: brazo
hands: mano
feet: pies, los pies, el pie, del pie, en el pie, planta del pie
head: cabeza
scalp: cuero cabelludo
fat adipose: grasa, tejido graso, tejido adiposo, adiposo, grasa corporal, grasas, graso, grasos
fat-derived cells: células de grasa, células grasas, células adiposas, células del tejido adiposo
nose: nariz
mouth: boca
throat: garganta
stomach belly: estómago, barriga, vientre, abdomen
gut bowel: intestino, intestinal
rats rodents: rata, roedor
healthy volunteers: voluntarios sanos, voluntario sano, personas sanas
registration fee: cuota de inscripción, tasa de inscripción, cuota de entrada, matrícula
fee: tarifa, cuota, honorarios
autophagy cell clean-up: autofagia, limpieza celular, limpieza de las células, reciclaje celular
inhibitor: inhibidor
kinase inhibitor: inhibidor de quinasa, inhibidor de la quinasa, inhibidor de cinasa, quinasa, cinasa
gummies: gominola, gomita, caramelo de goma
euros: euro
pounds sterling: libra esterlina
subscription: suscripción, abono mensual
overseas: ultramar, al otro lado del océano, en otro país
tongue: lengua
sublingual under the tongue: sublingual, bajo la lengua, debajo de la lengua, por debajo de la lengua, vía sublingual
ear: oreja, oídos, dolor de oído, en el oído, del oído, auditivo
eyes: ojo, ocular, los ojos
chest: pecho, tórax, torácico, caja torácica
jaw: mandíbula, quijada, mandibular
saliva drooling: saliva, babeo, babear, sialorrea, exceso de saliva, baba, se me cae la baba
choking: atragantamiento, atragantarse, atragantar, me atraganto, se atraganta, ahogo, ahogarse, se ahoga
cough: tos, toser
constipation: estreñimiento, estreñido
sleep insomnia: insomnio, dormir, sueño, no puedo dormir, duermo mal
anxiety: ansiedad, angustia, ansioso, ataque de pánico
depression: depresión, deprimido, bajo de ánimo, bajón anímico
emotional lability crying laughing: labilidad emocional, afecto pseudobulbar, llanto, risa y llanto, llanto incontrolable,
  risa incontrolable, ataques de risa, ataques de llanto, llorar sin motivo, reír sin motivo, llora sin motivo
weight gain: aumento de peso, ganar peso, subir de peso, engordar, ganancia de peso, coger peso
white blood cells: glóbulo blanco, leucocito, linfocito, células blancas
red blood cells: glóbulo rojo, eritrocito, hematíe, células rojas
platelets: plaqueta
ion channel: canal iónico, canal de iones, canales de iones
potassium: potasio
sodium: sodio
calcium: calcio
receptor: receptor
neuromuscular junction: unión neuromuscular, placa motora, placa neuromuscular, unión entre nervio y músculo,
  unión entre el nervio y el músculo, conexión entre nervio y músculo, conexión entre el nervio y el músculo,
  puente entre el nervio y el músculo, puente entre nervio y músculo
synapse: sinapsis, sináptico
axon: axón
overactive hyperexcitable: hiperexcitable, hiperexcitabilidad, sobreexcitado, sobreexcitación, hiperactivo,
  demasiado activo, excitabilidad
mitochondria: centrales energéticas, central energética, centrales de energía, pilas de la célula,
  motores de la célula
clear waste clean-up: desecho, residuo, eliminar los desechos, eliminar residuos, eliminar toxinas,
  limpiar las células, limpia las células, basura celular, basura de las células
rebuild restore: reconstruir, reconstruye, restaurar, restaura, restablecer, restablece, rehacer
calm soothe: calmar, calmarse, calma los, calma el, calma la, tranquilizar, tranquiliza, apaciguar
strengthen: fortalecer, fortalece, fortalecen, fortalecimiento, reforzar, refuerza
dissolve melt: disolver, disuelve, se disuelve, disolverse, derretir, se derrite, se deshace, bucodispersable
lozenge: pastilla para chupar, pastilla de chupar, comprimido para chupar, tableta para chupar, caramelo medicinal
chewing gum: chicle, goma de mascar
oral solution liquid: sirope
tea: té de hierbas, taza de té, té negro, tomar té, un té, infusión de hierbas, tisana
cream ointment gel: crema, pomada, ungüento, gel, loción
inhaler: inhalador, inhalado, inhalación, inhalar
vest: chaleco
glove: guante
collar neck brace: collarín, collar cervical, soporte para el cuello, soporte cervical, collarín cervical
band strap: brazalete electrónico, pulsera inteligente
vibration: vibración, vibratorio, vibrar, vibra
platform plate: plataforma, placa vibratoria
insoles: plantilla ortopédica, plantillas ortopédicas, plantillas para los zapatos, plantillas para zapatos
sound music: sonido, música, musicoterapia, ondas sonoras
smartphone app: app, aplicación móvil, aplicación del móvil, aplicación para el móvil, smartphone, teléfono móvil,
  teléfono inteligente
ultrasound: ultrasonido, ecografía, ultrasonidos focalizados
heat: calor, caliente, termoterapia
cold: frío, crioterapia, hielo
massage: masaje, masajear
bath: baño, bañera, bañarse, baño caliente
two trials at once: dos ensayos, dos ensayos a la vez, dos ensayos al mismo tiempo, dos estudios a la vez,
  dos estudios al mismo tiempo, otro ensayo a la vez, otro ensayo al mismo tiempo, ensayos simultáneos
leftover medicines: sobrante, medicamento sobrante, medicación sobrante, medicamentos que sobran, medicamentos sin usar,
  medicamentos no utilizados, me sobran, nos sobran, le sobraron, nos sobraron, que sobraron
deceased: fallecido, difunto, murió, falleció, ha fallecido, muerto
dental amalgam: amalgama, amalgama dental, empaste de amalgama
dental filling: empaste, obturación
dentist: dentista, odontólogo
teeth tooth: diente, muela
mercury: mercurio
chelation: quelación, quelante, terapia de quelación
detox: desintoxicación, détox, depurativo, depuración
heavy metals: metales pesados
food intolerance: intolerancia alimentaria, intolerancias alimentarias
remove take out: quitar, retirar, extraer
"""

# --- French ---------------------------------------------------------------------------------
_FR = """
ALS MND: sla, als, sclérose latérale amyotrophique, maladie de charcot, charcot, maladie du motoneurone,
  maladie des motoneurones, maladie du neurone moteur, maladie des neurones moteurs, mnd,
  maladie de lou gehrig
motor neurons: motoneurone, neurone moteur
neurons: neurone, cellule nerveuse
spinal cord: moelle épinière, moelle, médullaire
muscles: muscle, musculaire
muscle weakness: faiblesse musculaire, faiblesse
muscle wasting atrophy: atrophie, fonte musculaire, atrophie musculaire
cramps: crampe
fasciculations twitching: fasciculation
spasticity: spasticité, raideur
breathing: respiration, respirer, respiratoire
lungs: poumon
swallowing: déglutition, avaler, dysphagie, fausse route
bulbar onset: début bulbaire, forme bulbaire
speech: parole, parler, élocution, dysarthrie
voice: voix
nerves: nerf, nerveux
brain: cerveau, cérébral
cerebrospinal fluid: liquide céphalo-rachidien, liquide céphalorachidien, liquide cérébrospinal, lcr
blood: sang, sanguin
blood test: prise de sang, analyse de sang
disease progression: progression, évolution, évolution de la maladie
slow down: ralentir, ralentit, ralentisse, ralentissent, freiner, freine
stop halt: stopper, arrêter
symptoms: symptôme
diagnosis: diagnostic, diagnostiqué
survival: survie, prolonger la vie, vivre plus longtemps, allonger la vie
life expectancy: espérance de vie
cure: guérir, guérison, guérit
remedy: remède
genetic: génétique, gène
hereditary familial: héréditaire
mutation: mutation, changement génétique, anomalie génétique, variant génétique, altération génétique,
  gène défectueux, gène muté, muté, porteur de la mutation
frontotemporal dementia: démence frontotemporale, démence
fatigue: fatigue
weight loss: perte de poids, amaigrissement
walking: marcher, la marche
market: le marché, du marché, au marché, sur le marché
medicine: médecine
paralysis: paralysie
patient: patient, malade
carer: aidant
family: famille
wheelchair: fauteuil roulant
stem cells: cellule souche, cellules souches
cell therapy: thérapie cellulaire
astrocytes: astrocyte
bone marrow: moelle osseuse
umbilical cord: cordon ombilical
mesenchymal: mésenchymateux, mésenchymateuse, mésenchymal
gene therapy: thérapie génique
antisense: antisens, aso
oligonucleotide: oligonucléotide
antibody: anticorps
monoclonal antibody: anticorps monoclonal, monoclonal
infusion: perfusion, infusion
injection: injection, piqûre, injectable, injecter
lumbar puncture: ponction lombaire
spinal injection intrathecal: intrathécal, injection rachidienne, injection dans la moelle,
  injection dans le dos, piqûre dans le dos, injection lombaire,
  injection intrathécale
tablet pill: comprimé, pilule, cachet, comprimé à avaler
capsule: gélule, capsule
powder: poudre, en poudre
supplement: complément alimentaire, complément, supplément
diet: régime, alimentation, régime alimentaire
fasting: jeûner, jeûne intermittent, jeûne thérapeutique
ketogenic: cétogène
vitamin: vitamine
intravenous drip: goutte-à-goutte, intraveineux, intraveineuse, voie intraveineuse, en intraveineuse,
  dans la veine, par voie intraveineuse, en perfusion
implant: implant, implanter, implanté
device: dispositif, appareil
breathing exercise: exercice respiratoire, kinésithérapie respiratoire, kiné respiratoire
ventilation: ventilation, ventilation non invasive, respirateur, ventilateur, vni
tracheostomy: trachéotomie, trachéostomie
feeding tube: sonde, gastrostomie, sonde gastrique
patch: patch, timbre, patch cutané, patch transdermique, transdermique
spray: spray, pulvérisation
nasal: nasal
vaccine: vaccin
virus: virus, viral, vecteur viral, virus modifié, virus inoffensif, aav
protein: protéine
enzyme: enzyme
mitochondria: mitochondrie, mitochondrial
inflammation: inflammation, neuroinflammation
anti inflammatory: anti-inflammatoire
immune system: système immunitaire, immunitaire
immunotherapy: immunothérapie
drug medicine: médicament, traitement médicamenteux
molecule: molécule
treatment: traitement, soin
therapy: thérapie
transplant: greffe, transplantation, greffer, greffon
surgery: chirurgie, opération, intervention chirurgicale, chirurgical, opérer
oral: oral, voie orale, par voie orale, par la bouche
antioxidant: antioxydant
hormone: hormone
cannabis: cannabis, cbd
natural remedy: remède naturel, plante, phytothérapie
homeopathy: homéopathie
alternative medicine: médecine alternative, médecine douce, médecine naturelle
acupuncture: acupuncture
physiotherapy: kinésithérapie, kiné, rééducation, physiothérapie
exercise: exercice, sport, activité physique
plasma: plasma, plasmaphérèse
dose: dose, posologie
electrical stimulation: stimulation électrique, électrostimulation
magnetic stimulation: stimulation magnétique
hyperbaric oxygen: oxygène hyperbare, caisson hyperbare, oxygénothérapie hyperbare
oxygen: oxygène
clinical trial: essai clinique, essai, étude clinique, essai thérapeutique
study: étude
research: recherche
phase: phase
placebo: placebo
results: résultat
evidence: preuves scientifiques, données probantes, niveau de preuve
proof: preuve
effective: efficace
efficacy: efficacité
works: marche, ça marche, est-ce que ça marche, marche-t-il, fonctionne, fonctionnent, fonctionnerait, fonctionner, agit
safe safety: sûre, est-ce sûr, c'est sûr, sans danger, sécurité, sans risque
tolerability: tolérance
dangerous: dangereux
side effects: effets secondaires, effet secondaire, effets indésirables, effet indésirable
approved authorised: approuvé, autorisé, homologué
approval: autorisation, approbation
marketing authorisation: autorisation de mise sur le marché, amm, commercialisé, commercialisation,
  mis sur le marché
regulator: autorité de santé, ansm, agence européenne du médicament, régulateur, fda, ema,
  haute autorité de santé
risk: risque
benefit: bénéfice, avantage
proven: prouvé, démontré
promising: prometteur
data: donnée
participants: participant, volontaire
cohort: cohorte
cost price: coût, prix, coûte
how much does it cost: combien ça coûte, combien coûte
clinic: clinique
private clinic: clinique privée
private test: test privé, analyse privée, laboratoire privé
Lyme disease: maladie de lyme, borréliose, lyme
tick bite: piqûre de tique, tique
abroad: à l'étranger, étranger
pay: payer, paie, paye, payé, rembourser
expensive: cher, coûteux, onéreux, hors de prix, très cher, trop cher
free of charge: gratuit, gratuitement
doctor: médecin, docteur
neurologist: neurologue
hospital: hôpital, chu
company: entreprise, société, firme
pharmaceutical company: laboratoire pharmaceutique, industrie pharmaceutique
biotech: biotech, biotechnologie
laboratory: laboratoire, labo
start-up: start-up, startup, jeune pousse
recommend: recommandez, recommander, recommande, recommanderiez, recommanderais, recommandent,
  recommandation de
recommendation: recommandation
advise advice: conseillez, conseiller, conseille, conseillent, conseil, conseilleriez, conseillerais
position: position, prise de position
statement: déclaration, communiqué
position statement: déclaration de position, prise de position officielle
opinion: avis
association: association
foundation: fondation
organisation: organisation
researchers scientists: chercheur, scientifique
compassionate use: usage compassionnel
early access: accès précoce, autorisation temporaire d'utilisation, atu
waiting list: liste d'attente
take part enrol: participer, s'inscrire, rejoindre, intégrer l'essai, entrer dans l'essai
enrolment: inclusion
scam fraud: arnaque, escroquerie, charlatan
hope: espoir
miracle: miracle, miraculeux
breakthrough: avancée, percée, découverte
news: actualité
publication: publication, article
peer reviewed: évalué par les pairs, relu par les pairs, revue scientifique
failed stopped: échec, arrêté, abandonné
withdrawn: retiré
health insurance: sécurité sociale, remboursement, remboursé, mutuelle, pris en charge, prise en charge,
  assurance maladie, remboursable, assurance
prescription: ordonnance, prescription
available: disponible
worth it: vaut la peine, vaut le coup, ça vaut le coup
try: essayer, essaie, essaye, essayé, tenter
wait: attendre
buy: acheter
what do you think: que pensez-vous, qu'en pensez-vous, qu'en pensez vous, que pensez vous,
  quel est votre avis, votre avis
should I: devrais, devrais-je, dois-je, faut-il, devrions-nous, devrait-on
is it true: est-ce vrai, c'est vrai
how much: combien
help: aider, aide
take: prendre
experimental: expérimental
riluzole: riluzole, rilutek
edaravone: édaravone
oral solution liquid: solution buvable, solution orale, sirop, forme liquide, suspension buvable
drink: boisson, buvable, breuvage, potion, boire, shake, shakes
sachet: sachet
weekly: hebdomadaire, une fois par semaine, chaque semaine, toutes les semaines
daily: quotidien, quotidiennement, chaque jour, tous les jours, une fois par jour, deux fois par jour
monthly: mensuel, mensuellement, une fois par mois, chaque mois, tous les mois
once single one-time: une seule fois, dose unique, une seule dose, une seule injection, une seule perfusion,
  en une seule fois, injection unique, administration unique, unique injection
subcutaneous under the skin: sous-cutané, sous la peau, en sous-cutané
intramuscular: intramusculaire, dans le muscle
nasal spray: spray nasal, pulvérisation nasale, par le nez, voie nasale, intranasal
eye drops: collyre, gouttes pour les yeux, gouttes oculaires
drops: gouttes
pump: pompe, pompe à perfusion
protein clumps aggregates: agrégat, agrégation, agrégats de protéines, agrégation des protéines, amas,
  amas de protéines, accumulation de protéines, dépôts de protéines, agglomérat
misfolded protein: mal repliée, mal repliées, mauvais repliement, protéine mal repliée
cell energy: énergie cellulaire, énergie des cellules, énergie aux cellules, centrales énergétiques
energy: énergie
oxidative stress: stress oxydatif, radicaux libres, oxydation
glutamate: glutamate
excitotoxicity: excitotoxicité
gene silencing: extinction du gène, éteindre le gène, faire taire le gène, silencer le gène
DNA: adn
RNA: arn, arn messager, arnm
neuroprotection protects nerve cells: neuroprotection, neuroprotecteur, protège les neurones,
  protéger les neurones, protège les motoneurones, protéger les motoneurones, protection des neurones,
  protège les cellules nerveuses
synthetic peptide: peptide synthétique, peptide
biomarker: biomarqueur, marqueur biologique
neurofilament: neurofilament
own cells autologous: propres cellules, ses propres cellules, mes propres cellules, autologue
donor: donneur
regeneration: régénération, régénérer, régénératif
growth factor: facteur de croissance, neurotrophique
cells: cellule
microglia: microglie
gut microbiome: microbiote, microbiome, flore intestinale
toxic: toxique, toxicité
mechanism: mécanisme, mécanisme d'action
seaweed algae: algue, algues marines, extrait d'algues, à base d'algues
plant herbal: plantes médicinales, plante médicinale, à base de plantes, herbes médicinales, tisane
extract: extrait
mushroom: champignon
turmeric curcumin: curcuma, curcumine
traditional Chinese medicine: médecine traditionnelle chinoise, médecine chinoise
coconut oil: huile de coco
oil: huile
green tea: thé vert
probiotic: probiotique
amino acids: acide aminé
creatine: créatine
coenzyme Q10: coenzyme q10, coq10
omega 3: oméga 3
medical cannabis: cannabis médical, cannabis thérapeutique
repurposed drug: repositionnement, repositionné, médicament repositionné, déjà approuvé pour une autre maladie
cancer: cancer, tumeur, anticancéreux, oncologie, antitumoral
leukaemia: leucémie
chemotherapy: chimiothérapie, chimio
antibiotic: antibiotique
antiviral: antiviral, antirétroviral
HIV: vih
migraine: migraine
epilepsy: épilepsie, antiépileptique, anticonvulsivant, convulsions
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: sclérose en plaques
muscle disease: maladie musculaire, myopathie
muscular dystrophy: dystrophie musculaire
spinal muscular atrophy: amyotrophie spinale
children: enfant, pédiatrique, infantile, mineur
antidepressant: antidépresseur
painkiller: antidouleur, analgésique
pain: douleur
heart: cœur
liver: foie, hépatique
kidney: reins, les reins, du rein, rénal
blood pressure: tension artérielle, pression artérielle
blood flow circulation: flux sanguin, débit sanguin, circulation sanguine, circulation du sang, irrigation sanguine
nausea: nausée, vomissement
headache: mal de tête, maux de tête, céphalée
diarrhoea: diarrhée
dizziness: vertige, étourdissement
allergy: allergie, allergique
online internet: internet, en ligne, sur internet, par internet, online
website: site web, site internet
pharmacy: pharmacie
foreign pharmacy abroad: pharmacie étrangère, pharmacie à l'étranger, pharmacie en ligne étrangère
import: importer, importation
customs: douane
without prescription: sans ordonnance, sans prescription
buyers club group purchase: club d'acheteurs, achat groupé, achats groupés, acheter en groupe,
  commande groupée
funding: financement, subvention
donation fundraising: dons, collecte de fonds, cagnotte, crowdfunding, levée de fonds, faire un don
black market: marché noir
counterfeit: contrefaçon, contrefait
travel: voyager, voyage
afford: pas les moyens, se permettre
cheap: bon marché, pas cher
licensed: licence
randomised: randomisé, aléatoire, tirage au sort
double blind: double aveugle
control group: groupe contrôle, groupe témoin
preliminary results: résultats préliminaires, données préliminaires
published: publié
eligibility criteria: critères d'inclusion, critères d'éligibilité, éligible, critère
recruiting: recrutement, recrute, recrutent, cherche des volontaires
open label extension: extension en ouvert, en ouvert
expanded access: programme d'accès, accès élargi, accès étendu
right to try: droit d'essayer
animal studies mice: souris, chez l'animal, modèle animal, études animales, animal
in the laboratory in vitro: in vitro, en laboratoire
unproven: non prouvé, pas prouvé, non démontré, pas démontré, sans preuve, aucune preuve, sans preuves,
  non validé
harmful: nocif, nuisible, néfaste
stop taking: arrêter de prendre, arrêter le traitement, interrompre le traitement, arrête de prendre
keep taking: continuer à prendre, continuer le traitement, continuer de prendre
combine together with: combiner, combiné, combinaison, associer, en association avec
interaction: interaction
legal: légal, légalement
illegal: illégal
warning: mise en garde, alerte, avertissement
claims: promet, prétend, affirme, prétendent, promettent
testimonials: témoignage
expert: expert, spécialiste
guidelines: recommandations officielles, lignes directrices, référentiel
information: information, renseignement, renseigner
quality of life: qualité de vie
improve: améliorer, amélioration, améliore
reverse: inverser, inverse la maladie, réparer les dégâts
stabilise: stabiliser, stabilise, stabilisation
recovery: récupérer, récupération, guérir complètement
repair: réparer, réparation
early stage: stade précoce, début de la maladie, stade initial, récemment diagnostiqué
advanced stage: stade avancé, forme avancée
sporadic: sporadique
genetic testing: test génétique, analyse génétique, dépistage génétique
MRI scan: irm, imagerie par résonance magnétique
EMG: électromyogramme, emg
skin: peau
vein: veine
spine: colonne vertébrale, colonne
needle: aiguille
nurse: infirmier, infirmière
charity: association caritative, œuvre de bienfaisance, ong
petition: pétition
pregnancy: grossesse, enceinte
natural: naturel
sell: vendre, vend, vendent, vente
shipping delivery: livraison, livrer, expédition, envoi
reduce lower: réduire, réduit, diminuer, diminue, baisser, abaisser
prevent block: empêcher, empêche, éviter, évite, prévenir, bloquer, bloque
neuromuscular: maladie neuromusculaire, neuromusculaire
Israeli Israel: israélien, israël
Swiss Switzerland: suisse
German Germany: allemand, allemagne
American United States: américain, états-unis, usa
British United Kingdom: britannique, royaume-uni, anglais, angleterre
French France: français, france
Japanese Japan: japonais, japon
Chinese China: chinois, chine
Korean Korea: coréen, corée
Canadian Canada: canadien, canada
Australian Australia: australien, australie
Dutch Netherlands: néerlandais, hollandais, pays-bas, hollande
Swedish Sweden: suédois, suède
Danish Denmark: danois, danemark
Norwegian Norway: norvégien, norvège
Belgian Belgium: belge, belgique
Spanish Spain: espagnol, espagne
Italian Italy: italien, italie
Portuguese Portugal: portugais, portugal
Brazilian Brazil: brésilien, brésil
Indian India: indien, inde
Mexican Mexico: mexicain, mexique
Russian Russia: russe, russie
Irish Ireland: irlandais, irlande
Austrian Austria: autrichien, autriche
Finnish Finland: finlandais, finlande
Polish Poland: polonais, pologne
Turkish Turkey: turc, turque, turquie
Ukrainian Ukraine: ukrainien, ukraine
Argentinian Argentina: argentin, argentine
European Europe: européen, europe
Panamanian Panama: panaméen, panama
Colombian Colombia: colombien, colombie
helmet: casque
light helmet: casque lumineux, casque de lumière, casque à lumière, casque infrarouge
light therapy: luminothérapie, photothérapie, photobiomodulation, thérapie par la lumière, lumière rouge
infrared light: infrarouge, proche infrarouge, lumière infrarouge
laser: laser, thérapie laser, laserthérapie
magnet: aimant, magnétique, magnétothérapie, champ magnétique
breathing trainer: entraîneur respiratoire, entraînement respiratoire, entraînement des muscles respiratoires,
  entraîneur des muscles respiratoires
mask: masque, masque nasal, masque facial
cough assist: aide à la toux, assistance à la toux, toux assistée, cough assist, in-exsufflateur,
  appareil d'aide à la toux
communication aid: aide à la communication, outil de communication, appareil de communication, synthèse vocale,
  communication alternative, tableau de communication
eye gaze: commande oculaire, suivi oculaire, contrôle par le regard, commande par le regard, oculométrie, eye tracking
ketones: cétone, corps cétoniques
ketone drink: boisson cétonique, boisson aux cétones, ester de cétone
athletes: athlète, sportif de haut niveau, sportif professionnel
protein shake: shake protéiné, boisson protéinée, shake de protéines
high calorie: hypercalorique, riche en calories, enrichi en calories
vitamin D: vitamine d
vitamin B12: vitamine b12, vitamine b 12
cannabis oil: huile de cbd, huile de cannabis, huile cbd
blood pressure medicine: antihypertenseur, médicament pour la tension, médicament contre l'hypertension,
  médicament contre la tension, traitement de la tension
diabetes: diabète, diabétique
diabetes drug: antidiabétique, médicament contre le diabète, médicament pour le diabète
off-label: hors amm, hors autorisation, hors indication, hors étiquette, off label
repurposed drug: vieux médicament, ancien médicament
sleeve cuff: manchon, brassard, manchette
band strap: bande, bracelet, sangle
headband: bandeau, serre-tête
mat: tapis, matelas
electrode: électrode
electric: électrique, électricité
electric current: courant électrique, décharge électrique, impulsion électrique, impulsions électriques
stimulation: stimulation, stimuler, stimule, stimulent, stimulateur
wearable: objet connecté, dispositif portable, à porter sur soi, wearable
machine: machine
light: lumière
legs: jambe
arms: bras
hands: main
feet: pied
head: tête
scalp: cuir chevelu
fat adipose: graisse, tissu adipeux, adipeux, adipeuse, graisseux, graisseuse, gras, graisses
fat-derived cells: cellules graisseuses, cellules adipeuses, cellules de graisse, cellules du tissu adipeux
nose: nez
mouth: bouche
throat: gorge
stomach belly: estomac, ventre, abdomen
gut bowel: intestin, intestinal
rats rodents: rat, rongeur
healthy volunteers: volontaire sain, volontaires sains, sujet sain, sujets sains, personne saine
registration fee: frais d'inscription, droits d'inscription, frais de dossier
fee: frais de, tarif, honoraires
autophagy cell clean-up: autophagie, nettoyage cellulaire, nettoyage des cellules, recyclage cellulaire
inhibitor: inhibiteur
kinase inhibitor: inhibiteur de kinase, inhibiteur de la kinase, kinase
gummies: gomme, gummies, bonbon gélifié, gélifié
euros: euro
pounds sterling: livre sterling, livres sterling
subscription: abonnement
overseas: outre-mer, outre-atlantique, outre-manche
tongue: langue, la langue
sublingual under the tongue: sublingual, sous la langue, voie sublinguale
ear: oreille, oreilles, auditif, l'oreille
eyes: œil, yeux, oculaire
chest: poitrine, thorax, thoracique, cage thoracique
jaw: mâchoire, mandibule
saliva drooling: salive, bave, baver, hypersialorrhée, sialorrhée, excès de salive, je bave
choking: étouffement, s'étouffer, étouffe, avaler de travers
cough: toux, tousser
constipation: constipation, constipé
sleep insomnia: insomnie, sommeil, dormir, je dors mal, troubles du sommeil
anxiety: anxiété, angoisse, anxieux, crise d'angoisse
depression: dépression, déprimé, moral en berne, cafard
emotional lability crying laughing: labilité émotionnelle, rire et pleurer, rires et pleurs, pleurs incontrôlables,
  rires incontrôlables, rire spasmodique, pleurer sans raison, rire sans raison, syndrome pseudobulbaire
weight gain: prise de poids, prendre du poids, grossir, gagner du poids
white blood cells: globule blanc, leucocyte, lymphocyte
red blood cells: globule rouge, érythrocyte, hématie
platelets: plaquette
ion channel: canal ionique, canaux ioniques, canal à ions
potassium: potassium
sodium: sodium
calcium: calcium
receptor: récepteur
neuromuscular junction: jonction neuromusculaire, plaque motrice, connexion entre le nerf et le muscle,
  connexion nerf muscle, pont entre le nerf et le muscle, liaison entre le nerf et le muscle
synapse: synapse, synaptique
axon: axone
overactive hyperexcitable: hyperexcitable, hyperexcitabilité, surexcité, hyperactif, suractif, trop actif, excitabilité
mitochondria: centrale énergétique, centrales électriques de la cellule, usines énergétiques, piles de la cellule
clear waste clean-up: déchet, éliminer les déchets, évacuer les déchets, nettoyer les cellules, élimination des déchets,
  éliminer les toxines
rebuild restore: reconstruire, reconstruit, restaurer, restaure, rétablir, rétablit
calm soothe: calmer, calme les, apaiser, apaise, apaisant, soulager les
strengthen: renforcer, renforce, renforcement, fortifier, fortifie
dissolve melt: dissoudre, dissout, se dissout, fondre, fond dans la bouche, orodispersible
lozenge: pastille, pastille à sucer, comprimé à sucer
chewing gum: chewing-gum, chewing gum, gomme à mâcher
tea: du thé, un thé, tasse de thé, thé noir, infusion de plantes
cream ointment gel: crème, pommade, onguent, gel, baume
inhaler: inhalateur, inhalé, inhalation, inhaler
vest: gilet, veste
glove: gant
collar neck brace: minerve, collier cervical, collerette, support de cou, soutien de la tête
band strap: bracelet connecté, bracelet électronique
vibration: vibration, vibrant, vibrer, vibratoire
platform plate: plateforme, plaque vibrante, plate-forme
insoles: semelle, semelles orthopédiques
sound music: sons, musique, sonore, musicothérapie, ondes sonores
smartphone app: appli, app, application mobile, application sur le téléphone, smartphone, téléphone portable, portable
ultrasound: ultrason, échographie, ultrasons focalisés
heat: chaleur, chaud, thermothérapie
cold: froid, cryothérapie, glace
massage: massage, masser, kiné massage
bath: bain, baignoire, bain chaud
two trials at once: deux essais, deux essais en même temps, deux études en même temps, deux essais à la fois,
  deux études à la fois, un autre essai en même temps, essais simultanés
leftover medicines: médicaments restants, médicaments non utilisés, médicaments inutilisés, médicaments en trop,
  médicaments restés
deceased: décédé, défunt, mort, est mort, est décédé
dental amalgam: amalgame, amalgame dentaire
dental filling: plombage, obturation
dentist: dentiste
teeth tooth: dent
mercury: mercure
chelation: chélation, chélateur, chélateurs
detox: détox, désintoxication, détoxification, détoxifier
heavy metals: métaux lourds
food intolerance: intolérance alimentaire, intolérances alimentaires
remove take out: enlever, retirer, faire enlever
"""

# --- German ---------------------------------------------------------------------------------
_DE = """
ALS MND: als, amyotrophe lateralsklerose, lateralsklerose, motoneuronerkrankung,
  motoneuronenerkrankung, erkrankung der motoneurone, charcot, mnd, lou gehrig
motor neurons: motoneuron, motoneurone, motorische nervenzelle
neurons: neuron, neurone, nervenzelle
cells: zelle
spinal cord: rückenmark
muscles: muskel, muskulatur
muscle weakness: muskelschwäche, schwäche
muscle wasting atrophy: muskelschwund, atrophie
cramps: krampf, muskelkrampf
fasciculations twitching: faszikulation, muskelzucken, zuckung
spasticity: spastik, spastizität, steifigkeit
breathing: atmung, atmen, atem, atemmuskulatur
lungs: lunge
swallowing: schlucken, schluckstörung, dysphagie
bulbar onset: bulbärer beginn, bulbäre form, bulbärer verlauf
speech: sprechen, sprache, sprechstörung, dysarthrie
voice: stimme
nerves: nerv
brain: gehirn, hirn
cerebrospinal fluid: liquor, nervenwasser, hirnwasser
blood: blut
blood test: bluttest, blutuntersuchung
disease progression: fortschreiten, verlauf, progression, krankheitsverlauf
slow down: verlangsamen, verlangsamt, bremsen, bremst, aufhalten, aufhält
stop halt: stoppen
symptoms: symptom, beschwerden
diagnosis: diagnose, diagnostiziert
survival: überleben, länger leben, lebensverlängerung, leben verlängern
life expectancy: lebenserwartung
cure: heilung, heilen
genetic: genetisch, gen
hereditary familial: erblich, familiär
mutation: mutation, genveränderung, genmutation, genvariante, gendefekt, genetische veränderung,
  verändertes gen, mutiert, mutationsträger
frontotemporal dementia: frontotemporale demenz, demenz
fatigue: müdigkeit, erschöpfung, fatigue
weight loss: gewichtsverlust, gewichtsabnahme
walking: gehfähigkeit, gangbild
paralysis: lähmung
patient: patient, patientin, betroffene, erkrankte
carer: angehörige, pflegende
wheelchair: rollstuhl
stem cells: stammzelle
stem cell therapy: stammzelltherapie, stammzellbehandlung
cell therapy: zelltherapie
astrocytes: astrozyt, astrozyten
bone marrow: knochenmark
umbilical cord: nabelschnur
umbilical cord blood: nabelschnurblut
mesenchymal: mesenchymal
gene therapy: gentherapie
antisense: antisense, aso
oligonucleotide: oligonukleotid
antibody: antikörper
monoclonal antibody: monoklonal, monoklonaler antikörper
infusion: infusion
injection: injektion, spritze
lumbar puncture: lumbalpunktion, rückenmarkspunktion
spinal injection intrathecal: intrathekal, in den rückenmarkskanal, spritze in den rücken, rückenmarksspritze
tablet pill: tablette, pille
capsule: kapsel
powder: pulver
supplement: nahrungsergänzungsmittel, nahrungsergänzung, ergänzungsmittel, supplement
diet: diät, ernährung
fasting: fasten
ketogenic: ketogen
vitamin: vitamin
intravenous drip: tropf, intravenös, in die vene, über die vene, venös, intravenöse infusion
implant: implantat, implantieren, implantiert
device: gerät, medizinprodukt
breathing exercise: atemübung, atemtherapie, atemgymnastik
ventilation: beatmung, beatmungsgerät, heimbeatmung, nichtinvasive beatmung
tracheostomy: luftröhrenschnitt, tracheotomie, tracheostoma
feeding tube: magensonde, sonde, peg
patch: pflaster, transdermal, hautpflaster
spray: spray
nasal spray: nasenspray, durch die nase, nasal, intranasal
vaccine: impfung, impfstoff
virus: virus, viren, viral, virenfähre, harmloses virus, aav
viral vector: virusvektor, viraler vektor
protein: protein, eiweiß
enzyme: enzym
mitochondria: mitochondrien, mitochondrium, mitochondrial
inflammation: entzündung, neuroinflammation
anti inflammatory: entzündungshemmend
immune system: immunsystem, immun, abwehrsystem
immunotherapy: immuntherapie
drug medicine: medikament, arzneimittel, präparat
active substance: wirkstoff
treatment: behandlung
therapy: therapie
transplant: transplantation, transplantieren, verpflanzung
surgery: operation, chirurgie, eingriff, chirurgisch, operieren, operativ
oral: oral, zum einnehmen
antioxidant: antioxidans, antioxidantien
hormone: hormon
cannabis: cannabis, cbd
natural remedy: naturheilmittel, naturheilkunde, heilpraktiker, pflanzlich, natürliches mittel, natürliche mittel
homeopathy: homöopathie
alternative medicine: alternativmedizin, alternative medizin
acupuncture: akupunktur
physiotherapy: physiotherapie, krankengymnastik
occupational therapy: ergotherapie
exercise: sport, bewegung, training
plasma: plasma, plasmapherese
dose: dosis, dosierung
electrical stimulation: elektrostimulation, elektrische stimulation
magnetic stimulation: magnetstimulation
hyperbaric oxygen: hyperbare sauerstofftherapie, überdruckkammer, druckkammer
oxygen: sauerstoff
clinical trial: klinische studie, klinische prüfung, klinischer versuch
study: studie
trial experiment: versuch, erprobung
research: forschung
phase: phase
placebo: placebo
results: ergebnis, ergebnisse, resultat
evidence: evidenz, beleg, wissenschaftliche belege
proof: beweis, nachweis
effective: wirksam
efficacy: wirksamkeit
works: wirkt, wirken, funktioniert, funktionieren, hilft
safe safety: sicher, sicherheit, unbedenklich
dangerous: gefährlich
side effects: nebenwirkung
approved authorised: zugelassen, genehmigt
approval: zulassung, genehmigung
regulator: behörde, bfarm, arzneimittelbehörde, swissmedic, europäische arzneimittel-agentur, fda, ema,
  paul-ehrlich-institut, bundesinstitut
risk: risiko, risiken
benefit: nutzen, vorteil
proven: bewiesen, nachgewiesen, belegt
promising: vielversprechend
data: daten
participants: teilnehmer, proband
cohort: kohorte
cost price: kosten, preis, kostet
how much does it cost: wie viel kostet, wieviel kostet
clinic: klinik
private clinic: privatklinik
private test: privater test, privattest, privatlabor
Lyme disease: lyme-borreliose, borreliose, lyme
tick bite: zeckenbiss, zecke
abroad: ausland, im ausland
pay: bezahlen, bezahlt
expensive: teuer, kostspielig, unbezahlbar, zu teuer
free of charge: kostenlos, gratis
doctor: arzt, ärztin, doktor
neurologist: neurologe, neurologin
hospital: krankenhaus, spital, uniklinik, klinikum
company: firma, firmen, unternehmen, hersteller
pharmaceutical company: pharmafirma, pharmaunternehmen, pharmakonzern, pharma
biotech: biotech, biotechfirma, biotechnologie
laboratory: labor
start-up: start-up, startup, jungunternehmen
recommend: empfehlen, empfiehlt, empfehlt, empfohlen, empfehlenswert, würden sie empfehlen
recommendation: empfehlung
advise advice: raten, rät, ratschlag, beraten, rat
position: position, haltung, standpunkt
statement: stellungnahme, erklärung
position statement: positionspapier
association: verband, verein, gesellschaft
foundation: stiftung
organisation: organisation
researchers scientists: forscher, wissenschaftler
compassionate use: härtefallprogramm, compassionate use
early access: frühzugang, früher zugang
waiting list: warteliste
take part enrol: teilnehmen, teilnahme, anmelden, mitmachen, einschreiben
scam fraud: betrug, abzocke, scharlatan, quacksalber
hope: hoffnung
miracle: wunder, wundermittel
breakthrough: durchbruch
news: nachricht, neuigkeit
publication: veröffentlichung, publikation, artikel
peer reviewed: begutachtet, fachzeitschrift, peer review
failed stopped: gescheitert, abgebrochen, eingestellt
withdrawn: zurückgezogen
health insurance: krankenkasse, krankenversicherung, kostenübernahme, erstattung, krankenkasse zahlt,
  erstattet, kassenleistung, versicherung, kostenerstattung
prescription: rezept, verschreibung, verschreiben
available: verfügbar, erhältlich
worth it: lohnt sich, lohnt, sinnvoll
try: ausprobieren, versuchen, probieren
wait: warten, abwarten
buy: kaufen
what do you think: was halten sie, was haltet ihr, was meinen sie, wie sehen sie, ihre meinung
opinion: meinung, einschätzung
should I: sollte ich, soll ich, sollten wir, sollen wir, sollte man
is it true: stimmt es, ist es wahr
help: helfen, hilfe
take: einnehmen
experimental: experimentell
riluzole: riluzol
edaravone: edaravon
oral solution liquid: trinklösung, lösung zum einnehmen, sirup, flüssige form, suspension
drink: getränk, trinken, trank, shake, shakes
sachet: sachet, granulat
weekly: wöchentlich, einmal pro woche, einmal die woche, einmal wöchentlich, jede woche
daily: täglich, einmal täglich, zweimal täglich, jeden tag, pro tag, tagesdosis
monthly: monatlich, einmal im monat, einmal pro monat, jeden monat
once single one-time: einmalig, einmalige, einzeldosis, einzige dosis, einmalgabe, einmalbehandlung
subcutaneous under the skin: subkutan, unter die haut, unter der haut, unter die haut gespritzt
intramuscular: intramuskulär, in den muskel
eye drops: augentropfen
drops: tropfen
pump: pumpe, medikamentenpumpe
protein clumps aggregates: aggregat, aggregation, eiweißablagerung, eiweißklumpen, proteinaggregat,
  verklumpung, verklumpen, ablagerung, klumpen, proteinablagerung, zusammenklumpen
misfolded protein: fehlgefaltet, fehlfaltung, falsch gefaltet
cell energy: zellenergie, energie der zellen, energieversorgung der zellen, kraftwerke der zellen,
  zellkraftwerk
energy: energie
oxidative stress: oxidativer stress, freie radikale, oxidation
glutamate: glutamat
excitotoxicity: exzitotoxizität
gene silencing: gen stilllegen, gen abschalten, gen ausschalten, stummschalten
DNA: dna, erbgut
RNA: rna, mrna, boten-rna
neuroprotection protects nerve cells: neuroprotektion, neuroprotektiv, nervenschutz, schützt die nervenzellen,
  nervenzellen schützen, schützt die motoneurone, nervenschützend
synthetic peptide: synthetisches peptid, peptid
biomarker: biomarker
neurofilament: neurofilament, neurofilamente
own cells autologous: eigene zellen, körpereigene zellen, körpereigen, autolog, eigenen zellen
donor: spender
regeneration: regeneration, regenerieren, regenerativ
growth factor: wachstumsfaktor, neurotroph
molecule: molekül
microglia: mikroglia
gut microbiome: darmflora, mikrobiom, darmbakterien
toxic: giftig, toxisch, toxizität
mechanism: mechanismus, wirkmechanismus, wirkweise
seaweed algae: alge, algen, meeresalgen, seetang, braunalge, algenextrakt
plant herbal: pflanze, pflanzenextrakt, kräuter, heilkräuter, heilpflanze, kräutermittel
extract: extrakt
mushroom: pilz, heilpilz
turmeric curcumin: kurkuma, curcumin
traditional Chinese medicine: traditionelle chinesische medizin, tcm
coconut oil: kokosöl
oil: öl
green tea: grüner tee
probiotic: probiotikum, probiotika
amino acids: aminosäure
creatine: kreatin
coenzyme Q10: coenzym q10, q10
omega 3: omega 3
medical cannabis: medizinisches cannabis, cannabis auf rezept, medizinalcannabis
repurposed drug: umwidmung, umgewidmet, repurposing, bereits zugelassenes medikament, altes medikament
cancer: krebs, tumor, krebsmedikament, krebsmittel, onkologisch
leukaemia: leukämie
chemotherapy: chemotherapie, chemo
antibiotic: antibiotikum, antibiotika
antiviral: antiviral, virostatikum
HIV: hiv, aids
migraine: migräne
epilepsy: epilepsie, antiepileptikum, antiepileptika, krampfanfälle
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: multiple sklerose
muscle disease: muskelerkrankung, muskelkrankheit, myopathie
muscular dystrophy: muskeldystrophie
spinal muscular atrophy: spinale muskelatrophie
children: kinder, kinderheilkunde, pädiatrisch, minderjährig
antidepressant: antidepressivum, antidepressiva
painkiller: schmerzmittel
pain: schmerz, schmerzen
heart: herz
liver: leber
blood pressure: blutdruck
blood flow circulation: durchblutung, blutfluss, blutzirkulation, blutkreislauf
nausea: übelkeit
headache: kopfschmerz, kopfschmerzen
diarrhoea: durchfall
dizziness: schwindel
allergy: allergie, allergisch
online internet: internet, online, im netz
website: webseite, website, internetseite, homepage
pharmacy: apotheke
foreign pharmacy abroad: ausländische apotheke, apotheke im ausland, internetapotheke, versandapotheke,
  onlineapotheke
import: importieren, import, einfuhr, einführen
customs: zoll
without prescription: ohne rezept, rezeptfrei, frei verkäuflich
buyers club group purchase: einkaufsgemeinschaft, sammelbestellung, käuferclub, buyers club,
  gemeinsam bestellen
funding: finanzierung, finanziert
donation fundraising: spende, spenden, spendenaktion, crowdfunding, spendensammlung
black market: schwarzmarkt
counterfeit: fälschung, gefälscht
afford: leisten können, nicht leisten
cheap: billig, günstig
marketing authorisation: marktzulassung, auf dem markt
licensed: lizenziert, lizenz
randomised: randomisiert, zufällig zugeteilt
double blind: doppelblind
control group: kontrollgruppe, vergleichsgruppe
preliminary results: vorläufige ergebnisse, zwischenergebnisse, vorläufige daten
published: veröffentlicht, publiziert
eligibility criteria: einschlusskriterien, einschlusskriterium, teilnahmebedingungen
recruiting: rekrutierung, rekrutiert, sucht teilnehmer, probanden gesucht
open label extension: offene verlängerung, open label
expanded access: erweiterter zugang, zugangsprogramm
right to try: recht auf versuch
animal studies mice: maus, mäuse, tierversuch, tiermodell, tierstudie, im tier
in the laboratory in vitro: in vitro, im labor, reagenzglas
unproven: unbewiesen, nicht bewiesen, nicht belegt, nicht nachgewiesen, ohne beweis, ohne belege, ungeprüft,
  wissenschaftlich nicht belegt
harmful: schädlich, schadet, gesundheitsschädlich
stop taking: absetzen, abgesetzt, nicht mehr nehmen, aufhören zu nehmen, behandlung abbrechen
keep taking: weiter nehmen, weiternehmen, weiter einnehmen, fortsetzen
combine together with: kombinieren, kombiniert, kombination, zusammen mit
interaction: wechselwirkung
legal: legal
illegal: illegal, verboten
warning: warnung, warnt, warnen
claims: verspricht, behauptet, versprechen
testimonials: erfahrungsbericht, erfahrungsberichte
expert: experte, expertin, fachmann, spezialist
guidelines: leitlinie, leitlinien
information: information, informationen, infos
quality of life: lebensqualität
improve: verbessern, verbessert, verbesserung, besserung
reverse: rückgängig machen, umkehren
stabilise: stabilisieren, stabilisierung
recovery: wiederherstellung
repair: reparieren, reparatur
early stage: frühstadium, frühes stadium, frühphase, frisch diagnostiziert
advanced stage: fortgeschrittenes stadium, fortgeschritten, spätstadium
sporadic: sporadisch
genetic testing: gentest, genetischer test, genetische untersuchung, genetische beratung
MRI scan: mrt, kernspintomographie, kernspin
EMG: emg, elektromyographie
skin: haut
vein: vene
spine: wirbelsäule
needle: nadel
nurse: pflegekraft, krankenschwester, krankenpfleger
charity: wohltätigkeit, gemeinnützig, hilfsorganisation
petition: petition
pregnancy: schwangerschaft, schwanger
juice: saft, fruchtsaft
sell: verkaufen, verkauft, verkauf
shipping delivery: versand
reduce lower: senken, senkt, reduzieren, reduziert, verringern, verringert, vermindern
prevent block: verhindern, verhindert, blockieren, blockiert, hemmen, hemmt, vorbeugen
order: bestellen, bestellt, bestellung
neuromuscular: neuromuskulär, neuromuskuläre erkrankung
kidney: die nieren, der nieren, nierenfunktion, nierenwerte, nierenschaden
travel: reise ins ausland, ins ausland reisen, auslandsreise
Israeli Israel: israelisch, israel
Swiss Switzerland: schweizer, schweizerisch, schweiz
German Germany: deutsch, deutschland
American United States: amerikanisch, us-amerikanisch, usa, vereinigte staaten, amerika
British United Kingdom: britisch, großbritannien, vereinigtes königreich, englisch, england
French France: französisch, frankreich
Japanese Japan: japanisch, japan
Chinese China: chinesisch, china
Korean Korea: koreanisch, korea, südkorea
Canadian Canada: kanadisch, kanada
Australian Australia: australisch, australien
Dutch Netherlands: niederländisch, holländisch, niederlande, holland
Swedish Sweden: schwedisch, schweden
Danish Denmark: dänisch, dänemark
Norwegian Norway: norwegisch, norwegen
Belgian Belgium: belgisch, belgien
Spanish Spain: spanisch, spanien
Italian Italy: italienisch, italien
Portuguese Portugal: portugiesisch, portugal
Brazilian Brazil: brasilianisch, brasilien
Indian India: indisch, indien
Mexican Mexico: mexikanisch, mexiko
Russian Russia: russisch, russland
Irish Ireland: irisch, irland
Austrian Austria: österreichisch, österreich
Finnish Finland: finnisch, finnland
Polish Poland: polnisch, polen
Turkish Turkey: türkisch, türkei
Ukrainian Ukraine: ukrainisch, ukraine
Argentinian Argentina: argentinisch, argentinien
European Europe: europäisch, europa
Panamanian Panama: panamaisch, panama
Colombian Colombia: kolumbianisch, kolumbien
helmet: helm
light helmet: lichthelm, infrarothelm, lichthaube
light therapy: lichttherapie, fototherapie, phototherapie, photobiomodulation, rotlicht, rotlichttherapie
infrared light: infrarot, nahinfrarot, infrarotlicht, nahinfrarotlicht
laser: laser, lasertherapie
magnet: magnet, magnetfeld, magnetfeldtherapie, magnetisch
breathing trainer: atemtrainer, atemmuskeltrainer, atemmuskeltraining, atemtrainingsgerät, inspirationstrainer
mask: maske, atemmaske, beatmungsmaske, nasenmaske, gesichtsmaske
cough assist: hustenassistent, hustenhilfe, hustenmaschine, hustenassistenz, hustengerät, cough assist
communication aid: kommunikationshilfe, sprachcomputer, kommunikationsgerät, talker, unterstützte kommunikation,
  sprachausgabegerät
eye gaze: augensteuerung, augenansteuerung, blicksteuerung, eyetracking, eye tracking, augenkamera
ketones: keton, ketonkörper
ketone drink: ketongetränk, ketondrink, ketonester
athletes: sportler, sportlerin, athlet, leistungssportler, profisportler
protein shake: proteinshake, eiweißshake, eiweißdrink, proteindrink
high calorie: hochkalorisch, kalorienreich, trinknahrung
vitamin D: vitamin d
vitamin B12: vitamin b12, vitamin b 12
cannabis oil: cbd öl, cannabisöl, hanföl
blood pressure medicine: blutdruckmittel, blutdrucksenker, blutdruckmedikament, blutdrucktablette,
  antihypertensivum
diabetes: diabetes, diabetiker, zuckerkrankheit
diabetes drug: diabetesmittel, diabetesmedikament, antidiabetikum
off-label: off label, zulassungsüberschreitend, außerhalb der zulassung
repurposed drug: altbekanntes medikament, altes mittel
sleeve cuff: manschette, ärmel
band strap: band, armband, gurt, riemen
headband: stirnband, kopfband
mat: matte, unterlage, auflage
electrode: elektrode
electric: elektrisch, elektrizität
electric current: strom, stromstoss, stromimpuls, reizstrom, stromschlag
stimulation: stimulation, stimulieren, stimuliert, stimulator
wearable: tragbar, wearable, am körper getragen
machine: maschine
light: licht
legs: bein
arms: arme, im arm, den arm, der arm, linken arm, rechten arm
hands: die hand, der hand, eine hand, einer hand, linke hand, rechte hand, linken hand, rechten hand,
  die hände, den händen, der hände, beide hände, beiden händen, meine hände, seine hände, ihre hände
feet: fuss
head: kopf
scalp: kopfhaut
fat adipose: fett, fettgewebe, bauchfett, körperfett, fette, fettreich, fettreiche
nose: nase
mouth: mund
throat: hals
stomach belly: magen, bauch
gut bowel: darm
rats rodents: ratte, nagetier
animals: tier
healthy volunteers: gesunde probanden, gesunde freiwillige, gesunde menschen
registration fee: anmeldegebühr, teilnahmegebühr, einschreibegebühr, registrierungsgebühr
fee: gebühr
autophagy cell clean-up: autophagie, zellreinigung, zellrecycling, müllabfuhr
inhibitor: hemmer, inhibitor, hemmstoff
kinase inhibitor: kinasehemmer, kinaseinhibitor, kinase
gummies: gummibärchen, fruchtgummi, gummi
euros: euro
pounds sterling: pfund sterling, britische pfund
subscription: abonnement, abo
overseas: übersee
tongue: zunge
sublingual under the tongue: sublingual, unter der zunge, unter die zunge, unter die zunge legen
ear: ohr, ohren, ohrenschmerzen
eyes: auge, augen
chest: brust, brustkorb, brustkasten
jaw: kiefer, unterkiefer, kiefermuskel
saliva drooling: speichel, sabbern, sabber, speichelfluss, zu viel speichel, vermehrter speichelfluss
choking: verschlucken, verschluckt, verschlucke mich, ersticken, erstickungsanfall, erstickungsgefahr
cough: husten, hustet
constipation: verstopfung, verstopft
sleep insomnia: schlaf, schlafen, schlaflosigkeit, schlafstörung, schlafe schlecht
anxiety: angst, angstzustände, ängstlich, angststörung, panikattacke
depression: depression, depressiv, niedergeschlagen, niedergeschlagenheit
emotional lability crying laughing: affektlabilität, emotionale labilität, pathologisches lachen, pathologisches weinen,
  lachen und weinen, weinkrampf, lachkrampf, grundloses weinen, grundloses lachen, zwangsweinen, zwangslachen,
  pseudobulbärer affekt
weight gain: gewichtszunahme, an gewicht zunehmen, gewicht zunehmen, zugenommen
white blood cells: weißes blutkörperchen, weiße blutkörperchen, leukozyt, lymphozyt
red blood cells: rotes blutkörperchen, rote blutkörperchen, erythrozyt
platelets: blutplättchen, thrombozyt
ion channel: ionenkanal
potassium: kalium
sodium: natrium
calcium: kalzium, calcium
receptor: rezeptor
neuromuscular junction: neuromuskuläre endplatte, motorische endplatte, neuromuskulärer übergang, nerv muskel verbindung,
  verbindung zwischen nerv und muskel, brücke zwischen nerv und muskel, übergang von nerv zu muskel
synapse: synapse, synaptisch
axon: axon, nervenfaser
overactive hyperexcitable: übererregbar, übererregbarkeit, überaktiv, überreizt, hyperexzitabel, erregbarkeit
mitochondria: kraftwerk der zelle
clear waste clean-up: abfall, abfallstoff, abbauprodukt, müll entsorgen, abfall beseitigen, abfälle entfernen,
  giftstoffe ausscheiden
rebuild restore: wiederaufbau, wieder aufbauen, baut wieder auf, wiederherstellen, stellt wieder her
calm soothe: beruhigen, beruhigt, beruhigend, besänftigen, dämpfen
strengthen: stärkt, gestärkt, stärkend, kräftigen, kräftigt, stärkung
dissolve melt: auflösen, löst sich auf, schmelzen, schmilzt, schmelztablette, zergeht
lozenge: lutschtablette, pastille, halstablette, lutschpastille
chewing gum: kaugummi
oral solution liquid: hustensaft
tea: tee, kräutertee
cream ointment gel: creme, salbe, gel, lotion, einreiben
inhaler: inhalator, inhalation, inhalieren, inhalierbar, asthmaspray
vest: weste
glove: handschuh
collar neck brace: halskrause, nackenstütze, halsstütze, halskragen, kopfstütze, halsorthese
band strap: handgelenkband, fitnessarmband
vibration: vibration, vibrieren, vibriert, rüttelplatte, vibrationsplatte
platform plate: plattform
insoles: einlegesohle, schuheinlage, orthopädische einlagen
sound music: klang, musik, musiktherapie, schallwelle, klangtherapie
smartphone app: app, smartphone, handy app, app auf dem handy, mobiltelefon
ultrasound: ultraschall, fokussierter ultraschall
heat: wärme, wärmetherapie, hitze
cold: kälte, kältetherapie, kryotherapie, kühlung
massage: massage, massieren
bath: badewanne, vollbad, warmes bad, baden, wannenbad
two trials at once: zwei studien, zwei studien gleichzeitig, zwei studien zugleich, zwei studien parallel,
  zwei klinische studien, zwei medikamentenstudien
leftover medicines: übrig gebliebene medikamente, übrig geblieben, übriggeblieben, übriggebliebene, restliche medikamente,
  unbenutzte medikamente, nicht verwendete medikamente, restbestände
deceased: verstorben, verstorbene, gestorben, verstorbener
dental amalgam: amalgam, amalgamfüllung
dental filling: füllung, zahnfüllung, plombe
dentist: zahnarzt, zahnärztin
teeth tooth: zahn, zähne
mercury: quecksilber
chelation: chelattherapie, chelat, chelation, chelatbildner
detox: entgiftung, entgiften, ausleitung, detox
heavy metals: schwermetalle, schwermetall
food intolerance: nahrungsmittelunverträglichkeit, lebensmittelunverträglichkeit, nahrungsmittelunverträglichkeiten, lebensmittelunverträglichkeiten
remove take out: entfernen, entfernen lassen
"""

# --- Dutch ----------------------------------------------------------------------------------
_NL = """
ALS MND: als, amyotrofische laterale sclerose, motorneuronziekte, ziekte van charcot, charcot, mnd,
  ziekte van lou gehrig
motor neurons: motorneuron, motorisch neuron, motorische zenuwcel
neurons: neuron, zenuwcel
cells: cel
spinal cord: ruggenmerg
muscles: spier, spierweefsel
muscle weakness: spierzwakte, zwakte
muscle wasting atrophy: spierafbraak, atrofie, spierverlies
cramps: kramp, spierkramp
fasciculations twitching: fasciculatie, spiertrekking
spasticity: spasticiteit, stijfheid
breathing: ademhaling, ademen, adem
lungs: long
swallowing: slikken, slikproblemen, dysfagie
bulbar onset: bulbair begin, bulbaire vorm
speech: spraak, spreken, praten, dysartrie
voice: stem
nerves: zenuw
brain: hersenen, brein
cerebrospinal fluid: hersenvocht, ruggenmergvocht, liquor
blood: bloed
blood test: bloedonderzoek, bloedtest
disease progression: progressie, verloop, achteruitgang, ziekteverloop
slow down: vertragen, vertraagt, afremmen, remmen, remt
stop halt: stoppen, stilzetten
symptoms: symptoom, klacht
diagnosis: diagnose, gediagnosticeerd
survival: overleving, langer leven, levensverlenging, levensverlengend
life expectancy: levensverwachting
cure: genezing, genezen
genetic: genetisch, gen
hereditary familial: erfelijk, familiair
mutation: mutatie, genverandering, genmutatie, genvariant, gendefect, genetische afwijking, afwijkend gen,
  gemuteerd, drager van de mutatie
frontotemporal dementia: frontotemporale dementie, dementie
fatigue: vermoeidheid, moeheid
weight loss: gewichtsverlies, afvallen
walking: lopen, wandelen
paralysis: verlamming
patient: patiënt
carer: mantelzorger
family: familie
wheelchair: rolstoel
stem cells: stamcel
stem cell therapy: stamceltherapie, stamcelbehandeling
cell therapy: celtherapie
astrocytes: astrocyt
bone marrow: beenmerg
umbilical cord: navelstreng
umbilical cord blood: navelstrengbloed
mesenchymal: mesenchymaal, mesenchymale
gene therapy: gentherapie
antisense: antisense, aso
oligonucleotide: oligonucleotide
antibody: antilichaam, antilichamen
monoclonal antibody: monoklonaal, monoklonale antilichaam
infusion drip: infuus, infusie
injection: injectie, prik, spuit
lumbar puncture: ruggenprik, lumbaalpunctie
spinal injection intrathecal: intrathecaal, prik in de rug,
  injectie in de rug, injectie in het ruggenmerg
tablet pill: tablet, pil, pillen
capsule: capsule
powder: poeder
supplement: supplement, voedingssupplement
diet: dieet, voeding
fasting: vasten
ketogenic: ketogeen
vitamin: vitamine
intravenous: intraveneus
implant: implantaat, geïmplanteerd, implanteren
device: apparaat, hulpmiddel
breathing exercise: ademhalingsoefening, ademoefening
ventilation: beademing, beademingsapparaat, thuisbeademing, niet-invasieve beademing
tracheostomy: tracheostomie, tracheotomie
feeding tube: sonde, maagsonde, peg
patch: pleister, transdermaal, huidpleister
spray: spray
nasal spray: neusspray, via de neus, door de neus, nasaal, intranasaal
vaccine: vaccin, vaccinatie
virus: virus, virussen, viraal, onschadelijk virus, aangepast virus, aav
viral vector: virale vector
protein: eiwit, proteïne
enzyme: enzym
mitochondria: mitochondriën, mitochondrion, mitochondriaal
inflammation: ontsteking, neuro-inflammatie, neuroinflammatie
anti inflammatory: ontstekingsremmend
immune system: immuunsysteem, afweersysteem, afweer
immunotherapy: immunotherapie
drug medicine: medicijn, geneesmiddel, middel
active substance: werkzame stof
treatment: behandeling
therapy: therapie
transplant: transplantatie, transplanteren
surgery: operatie, chirurgie, chirurgisch, opereren, ingreep, operatief
oral: oraal, via de mond
antioxidant: antioxidant
hormone: hormoon
cannabis: cannabis, cbd
natural remedy: natuurgeneeskunde, kruiden, natuurlijk middel
homeopathy: homeopathie
alternative medicine: alternatieve geneeskunde
acupuncture: acupunctuur
physiotherapy: fysiotherapie, revalidatie
exercise: beweging, sport, training
plasma: plasma, plasmaferese
dose: dosis, dosering
electrical stimulation: elektrische stimulatie, elektrostimulatie
hyperbaric oxygen: hyperbare zuurstof, hyperbare zuurstoftherapie, drukkamer
oxygen: zuurstof
clinical trial: klinische studie, klinisch onderzoek, klinische trial, trial
study: studie
research: onderzoek
phase: fase
placebo: placebo
results: resultaat, resultaten, uitkomst
evidence: wetenschappelijk bewijs, bewijslast
proof: bewijs
effective: effectief, werkzaam
efficacy: werkzaamheid, effectiviteit
works: werkt, werken, helpt
safe safety: veilig, veiligheid
dangerous: gevaarlijk
side effects: bijwerking
approved authorised: goedgekeurd, toegelaten, geregistreerd
approval: goedkeuring, toelating, registratie
regulator: cbg, toezichthouder, europees geneesmiddelenbureau, fda, ema, igj, inspectie
risk: risico
benefit: voordeel, baat
proven: bewezen, aangetoond
promising: veelbelovend
data: gegevens, data
participants: deelnemer, proefpersoon, proefpersonen
cohort: cohort
cost price: kosten, kost, prijs
how much does it cost: wat kost, hoeveel kost
clinic: kliniek
private clinic: privékliniek, privé kliniek
private test: privétest, privélaboratorium
Lyme disease: ziekte van lyme, lyme
tick bite: tekenbeet, teek
abroad: buitenland, in het buitenland
pay: betalen, betaalt
expensive: duur, kostbaar, peperduur, onbetaalbaar, te duur
free of charge: gratis, kosteloos
doctor: arts, dokter
general practitioner: huisarts
neurologist: neuroloog, neurologen
hospital: ziekenhuis, ziekenhuizen, umc, academisch ziekenhuis
company: bedrijf, bedrijven, firma, onderneming, fabrikant
pharmaceutical company: farmaceut, farmaceutisch bedrijf, farmabedrijf
biotech: biotech, biotechbedrijf, biotechnologie
laboratory: laboratorium, lab
start-up: startup, start-up
recommend: aanraden, aanbevelen, aanrader, raadt, aanbevolen, aan te raden, raadt u aan
recommendation: aanbeveling
advise advice: advies, adviseren
position: standpunt, positie
statement: verklaring
position statement: stellingname, standpuntbepaling, position paper
association: vereniging
foundation: stichting
organisation: organisatie
researchers scientists: onderzoeker, wetenschapper
compassionate use: compassionate use, schrijnende gevallen
early access: vroege toegang, vroegtijdige toegang
waiting list: wachtlijst
take part enrol: meedoen, deelnemen, inschrijven, aanmelden, instromen, opgenomen worden in
scam fraud: oplichting, fraude, oplichterij
quack: kwakzalver, kwakzalverij
hope: hoop
miracle: wonder, wondermiddel
breakthrough: doorbraak
news: nieuws, nieuwsbericht
publication: publicatie, artikel
peer reviewed: peer review, vakblad, wetenschappelijk tijdschrift
failed stopped: mislukt, gestopt, stopgezet
withdrawn: teruggetrokken
health insurance: zorgverzekering, verzekering, vergoed, vergoeding, zorgverzekeraar, verzekeraar, vergoedt,
  basisverzekering, aanvullende verzekering
prescription: recept, voorschrift
available: beschikbaar, verkrijgbaar
worth it: de moeite waard, moeite waard
try: proberen, uitproberen
wait: wachten, afwachten
buy: kopen
what do you think: wat vindt u, wat vinden jullie, wat denkt u, wat denken jullie, hoe kijkt u
opinion: mening, uw mening
should I: moet ik, zou ik, moeten wij, moeten we, zou u
is it true: klopt het, is het waar
help: helpen, hulp
take: innemen
experimental: experimenteel
riluzole: riluzol
edaravone: edaravone
oral solution liquid: drinkoplossing, orale oplossing, siroop, stroop, vloeibare vorm, vloeibaar
drink: drankje, drank, drinken, slokje, shake, shakes
sachet: sachet, zakje, granulaat
weekly: wekelijks, eens per week, één keer per week, elke week, iedere week, wekelijkse
daily: dagelijks, elke dag, iedere dag, eens per dag, één keer per dag, per dag
monthly: maandelijks, eens per maand, één keer per maand, elke maand, iedere maand
once single one-time: eenmalig, eenmalige, één keer, eenmalige dosis, enkele dosis, eenmalige behandeling,
  eenmalige injectie
subcutaneous under the skin: subcutaan, onder de huid, onderhuids
intramuscular: intramusculair, in de spier
intravenous drip: in de ader, via een infuus, via de ader, per infuus
eye drops: oogdruppels
drops: druppels, druppel
pump: pomp, medicijnpomp
protein clumps aggregates: aggregaat, aggregatie, eiwitophoping, eiwitklontjes, klontjes, klonters,
  samenklonteren, samenklontering, ophoping, eiwitafzetting, eiwitstapeling, stapeling
misfolded protein: verkeerd gevouwen, misvouwen, misvouwing
cell energy: energie van de cellen, celenergie, energiecentrales van de cel, energiehuishouding
energy: energie
oxidative stress: oxidatieve stress, vrije radicalen, oxidatie
glutamate: glutamaat
excitotoxicity: excitotoxiciteit
gene silencing: gen uitschakelen, gen stilleggen, gen afremmen
DNA: dna, erfelijk materiaal
RNA: rna, mrna, boodschapper-rna
neuroprotection protects nerve cells: neuroprotectie, neuroprotectief, beschermt de zenuwcellen,
  zenuwcellen beschermen, beschermt de motorneuronen, zenuwbeschermend
synthetic peptide: synthetisch peptide, peptide
biomarker: biomarker
neurofilament: neurofilament
own cells autologous: eigen cellen, lichaamseigen cellen, lichaamseigen, autoloog, eigen stamcellen
donor: donor
regeneration: regeneratie, regenereren, herstel van zenuwen
growth factor: groeifactor, neurotroof
molecule: molecuul
microglia: microglia
gut microbiome: darmflora, microbioom, darmbacteriën
toxic: giftig, toxisch, toxiciteit
mechanism: mechanisme, werkingsmechanisme
seaweed algae: zeewier, alg, algen, algenextract, zeealg, bruinwier
plant herbal: plant, plantaardig, kruidenmiddel, geneeskrachtige kruiden, plantenextract
extract: extract
mushroom: paddenstoel, zwam
turmeric curcumin: kurkuma, curcumine
traditional Chinese medicine: traditionele chinese geneeskunde, chinese geneeskunde
coconut oil: kokosolie
oil: olie
green tea: groene thee
probiotic: probiotica, probioticum
amino acids: aminozuur, aminozuren
creatine: creatine
coenzyme Q10: co-enzym q10, q10
omega 3: omega 3
medical cannabis: medicinale cannabis, wiet op recept
repurposed drug: herbestemming, herbestemd, bestaand medicijn, bestaand geneesmiddel, al goedgekeurd medicijn
cancer: kanker, tumor, kankermedicijn, oncologisch
leukaemia: leukemie
chemotherapy: chemotherapie, chemo
antibiotic: antibioticum, antibiotica
antiviral: antiviraal, virusremmer
HIV: hiv, aids
migraine: migraine
epilepsy: epilepsie, anti-epilepticum, anti-epileptica, epilepsiemiddel
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: multiple sclerose
muscle disease: spierziekte, spieraandoening, myopathie
muscular dystrophy: spierdystrofie
spinal muscular atrophy: spinale musculaire atrofie
children: kinderen, kinderarts, pediatrisch, minderjarig
antidepressant: antidepressivum, antidepressiva
painkiller: pijnstiller
pain: pijn
heart: hart
kidney: nier
blood pressure: bloeddruk
blood flow circulation: doorbloeding, bloedstroom, bloeddoorstroming, bloedsomloop, bloedcirculatie
nausea: misselijkheid, misselijk, overgeven
headache: hoofdpijn
diarrhoea: diarree
dizziness: duizeligheid, duizelig
allergy: allergie, allergisch
online internet: internet, online, op internet, via internet
website: website, webshop, webpagina
pharmacy: apotheek
foreign pharmacy abroad: buitenlandse apotheek, apotheek in het buitenland, internetapotheek, online apotheek
import: importeren, invoeren, import
customs: douane
without prescription: zonder recept, zonder voorschrift, vrij verkrijgbaar
buyers club group purchase: inkoopgroep, kopersclub, buyers club, gezamenlijk bestellen, groepsaankoop
funding: financiering, gefinancierd, subsidie
donation fundraising: donatie, gift, inzamelingsactie, crowdfunding, geld inzamelen
black market: zwarte markt
counterfeit: namaak, nagemaakt, vervalst
travel: reizen, reis
afford: veroorloven, niet betalen
cheap: goedkoop
marketing authorisation: handelsvergunning, markttoelating, op de markt
licensed: gelicentieerd
randomised: gerandomiseerd, willekeurig ingedeeld, loting
double blind: dubbelblind
control group: controlegroep
preliminary results: voorlopige resultaten, tussentijdse resultaten, voorlopige gegevens
published: gepubliceerd
eligibility criteria: inclusiecriteria, toelatingscriteria, in aanmerking komen
recruiting: werving, werven, zoekt deelnemers, zoeken deelnemers
open label extension: open label, open-label extensie
expanded access: uitgebreide toegang, toegangsprogramma
right to try: recht om te proberen
animal studies mice: muis, muizen, dierproef, dierstudie, diermodel, bij dieren
in the laboratory in vitro: in vitro, in het lab, in het laboratorium, reageerbuis
unproven: onbewezen, niet bewezen, niet aangetoond, zonder bewijs, geen bewijs, wetenschappelijk onbewezen
harmful: schadelijk
stop taking: stoppen met innemen, stoppen met de behandeling, niet meer innemen, afbouwen, ermee stoppen
keep taking: blijven innemen, doorgaan met, voortzetten
combine together with: combineren, gecombineerd, combinatie, samen met
interaction: wisselwerking, interactie
legal: legaal
illegal: illegaal, verboden
warning: waarschuwing, waarschuwt, waarschuwen
claims: belooft, beweert, beloven, beweren
testimonials: ervaringsverhaal, ervaringsverhalen, getuigenis
expert: deskundige, expert, specialist
guidelines: richtlijn
information: informatie, info
quality of life: kwaliteit van leven, levenskwaliteit
improve: verbeteren, verbetering, verbetert
reverse: terugdraaien, omkeren
stabilise: stabiliseren, stabilisatie
recovery: herstel, herstellen
repair: repareren
early stage: vroeg stadium, vroege fase, beginstadium, net gediagnosticeerd, pas gediagnosticeerd
advanced stage: gevorderd stadium, vergevorderd, laat stadium
sporadic: sporadisch
genetic testing: genetische test, dna-test, erfelijkheidsonderzoek, genetisch onderzoek
MRI scan: mri
EMG: emg
skin: huid
vein: ader
spine: wervelkolom
needle: naald
nurse: verpleegkundige, verpleegster
charity: goed doel, liefdadigheid
pregnancy: zwangerschap, zwanger
sell: verkopen, verkoopt, verkoop
shipping delivery: verzending, opsturen
order: bestellen, besteld, bestelling
reduce lower: verlagen, verlaagt, verminderen, vermindert, reduceren, remt af
prevent block: voorkomen, voorkomt, tegengaan, tegengaat, blokkeren, blokkeert
liver: de lever, leverschade, leverwaarden, leverfunctie
neuromuscular: neuromusculair, neuromusculaire aandoening
Israeli Israel: israëlisch, israël
Swiss Switzerland: zwitsers, zwitserland
German Germany: duits, duitsland
American United States: amerikaans, verenigde staten, vs, amerika
British United Kingdom: brits, verenigd koninkrijk, engels, engeland
French France: frans, frankrijk
Japanese Japan: japans, japan
Chinese China: chinees, chinese, china
Korean Korea: koreaans, korea
Canadian Canada: canadees, canadese, canada
Australian Australia: australisch, australië
Dutch Netherlands: nederlands, hollands, nederland, holland
Swedish Sweden: zweeds, zweden
Danish Denmark: deens, denemarken
Norwegian Norway: noors, noorwegen
Belgian Belgium: belgisch, belgië
Spanish Spain: spaans, spanje
Italian Italy: italiaans, italië
Portuguese Portugal: portugees, portugese, portugal
Brazilian Brazil: braziliaans, brazilië
Indian India: indiaas, india
Mexican Mexico: mexicaans, mexico
Russian Russia: russisch, rusland
Irish Ireland: iers, ierland
Austrian Austria: oostenrijks, oostenrijk
Finnish Finland: fins, finland
Polish Poland: pools, polen
Turkish Turkey: turks, turkije
Ukrainian Ukraine: oekraïens, oekraïne
Argentinian Argentina: argentijns, argentinië
European Europe: europees, europese, europa
Panamanian Panama: panamees, panama
Colombian Colombia: colombiaans, colombia
helmet: helm
light helmet: lichthelm, infraroodhelm
light therapy: lichttherapie, fototherapie, fotobiomodulatie, photobiomodulatie, roodlicht, roodlichttherapie
infrared light: infrarood, nabij infrarood, infraroodlicht
laser: laser, lasertherapie
magnet: magneet, magnetisch, magneetveld, magneettherapie
breathing trainer: ademtrainer, ademspiertrainer, ademspiertraining, ademhalingstrainer, inspiratietrainer
mask: masker, neusmasker, gezichtsmasker, beademingsmasker, mondkapje
cough assist: hoestassistent, hoestmachine, hoestondersteuning, hoestapparaat, cough assist
communication aid: communicatiehulpmiddel, spraakcomputer, communicatieapparaat, spraakapparaat,
  ondersteunde communicatie, communicatiebord
eye gaze: oogbesturing, oogsturing, eyetracking, eye tracking, oogcamera
ketones: keton, ketonlichaam, ketonlichamen
ketone drink: ketondrank, ketonendrank, ketonester, ketonendrankje
athletes: atleet, topsporter, sportman, sportvrouw
protein shake: eiwitshake, proteïneshake, eiwitdrank
high calorie: calorierijk, hoogcalorisch, energierijk, veel calorieën
vitamin D: vitamine d
vitamin B12: vitamine b12, vitamine b 12
cannabis oil: cbd olie, cannabisolie, wietolie
blood pressure medicine: bloeddrukmiddel, bloeddrukverlager, bloeddrukmedicijn, bloeddrukpil,
  bloeddrukverlagend middel
diabetes: diabetes, suikerziekte, diabeet
diabetes drug: diabetesmiddel, diabetesmedicijn
off-label: off label, buiten de registratie, buiten de indicatie
repurposed drug: oud medicijn, oud geneesmiddel
sleeve cuff: manchet, mouw
band strap: armband, bandje, polsband, riem
headband: hoofdband
mat: mat, matje, onderlegger
electrode: elektrode
electric: elektrisch, elektriciteit
electric current: stroom, stroomstoot, stroomschok, elektrische stroom
stimulation: stimulatie, stimuleren, stimuleert, stimulator
wearable: draagbaar, wearable
machine: machine
light: rood licht, met licht
legs: been, benen
arms: armen
hands: hand
feet: voet
head: hoofd
scalp: hoofdhuid
fat adipose: vet, vetweefsel, lichaamsvet, buikvet, vetten, vetrijk, vetrijke
fat-derived cells: vetcel
nose: neus
mouth: mond
throat: keel
stomach belly: maag, buik
gut bowel: darm
spine: ruggengraat
rats rodents: rat, knaagdier
animals: dier, proefdier
healthy volunteers: gezonde vrijwilliger, gezonde proefpersoon, gezonde mensen
registration fee: inschrijfgeld, inschrijvingskosten, aanmeldkosten, registratiekosten
fee: tarief
autophagy cell clean-up: autofagie, celreiniging, opruimsysteem
inhibitor: remmer
kinase inhibitor: kinaseremmer, kinase
gummies: gummies, gummy, snoepje, gummibeertje
euros: euro
pounds sterling: pond sterling, britse pond
subscription: abonnement
overseas: overzee
tongue: tong
sublingual under the tongue: sublinguaal, onder de tong
ear: oor, oren, oortje, gehoor
eyes: oog, ogen, oogjes
chest: borst, borstkas
jaw: kaak, onderkaak, kaken
saliva drooling: speeksel, kwijlen, kwijl, speekselvloed, overmatig speeksel
choking: verslikken, verslik, verslikt, verslikking, verstikking
cough: hoesten, hoest
constipation: verstopping, obstipatie, verstopt
sleep insomnia: slaap, slapen, slapeloosheid, slaapproblemen, slecht slapen
anxiety: angst, angstig, ongerustheid, paniekaanval
depression: depressie, depressief, somberheid, neerslachtig
emotional lability crying laughing: emotionele labiliteit, dwanghuilen, dwanglachen, onbedaarlijk huilen,
  onbedaarlijk lachen, huilbui, lachbui, huilen zonder reden, lachen zonder reden, pseudobulbair affect
weight gain: gewichtstoename, in gewicht aankomen, kilo's aankomen, aangekomen, zwaarder worden
white blood cells: witte bloedcel, witte bloedlichaampje, leukocyt, lymfocyt
red blood cells: rode bloedcel, rode bloedlichaampje, erytrocyt
platelets: bloedplaatje, trombocyt
ion channel: ionkanaal
potassium: kalium
sodium: natrium
calcium: calcium
receptor: receptor
neuromuscular junction: neuromusculaire overgang, neuromusculaire verbinding, motorische eindplaat,
  verbinding tussen zenuw en spier, brug tussen zenuw en spier, zenuw spierverbinding, overgang van zenuw naar spier
synapse: synaps
axon: axon, zenuwuitloper
overactive hyperexcitable: overprikkeld, overactief, hyperexcitabel, overprikkelbaarheid, prikkelbaarheid
mitochondria: energiecentrale, krachtcentrale, energiefabriekje
clear waste clean-up: afval, afvalstof, afval opruimen, opruimen van afval, afvoeren van afval, gifstoffen afvoeren
rebuild restore: herbouwen, opnieuw opbouwen, wederopbouw, weer opbouwen, herstelt
calm soothe: kalmeren, kalmeert, kalmerend, rustgevend, tot rust brengen, sussen
strengthen: versterken, versterkt, sterker maken, versterking
dissolve melt: lost op, oplosbaar, opgelost in water, smelttablet, smelten, smelt
lozenge: zuigtablet, keeltablet, pastille, zuigtabletje
chewing gum: kauwgom, kauwgum
tea: thee, kruidenthee, theetje
cream ointment gel: crème, zalf, gel, smeersel, zalfje
inhaler: inhalator, puffer, pufje, inhaleren, inhalatie
vest: vest, hesje, vestje
glove: handschoen
collar neck brace: halskraag, nekkraag, nekbrace, nekondersteuning, hoofdsteun
band strap: polsbandje
vibration: trilling, vibratie, trillen, triltherapie
platform plate: platform, trilplaat, vibratieplaat
insoles: inlegzool, steunzool, zooltje, inlegzooltje
sound music: geluid, muziek, muziektherapie, geluidsgolven, klank
smartphone app: app, appje, smartphone, mobieltje, mobiele telefoon
ultrasound: echo, echografie, ultrageluid
heat: warmte, hitte, warmtetherapie
cold: kou, koude, koudetherapie, cryotherapie
massage: massage, masseren
bath: bad, badkuip, warm bad, baden
two trials at once: twee studies, twee studies tegelijk, twee studies tegelijkertijd, twee onderzoeken tegelijk, twee trials
leftover medicines: overgebleven medicijnen, overgebleven, ongebruikte medicijnen, niet gebruikte medicijnen,
  restant, overschot aan medicijnen
deceased: overleden, overledene, gestorven, dood
dental amalgam: amalgaam, amalgaamvulling
dental filling: vulling, tandvulling
dentist: tandarts
teeth tooth: tand, kies, gebit
mercury: kwik
chelation: chelatie, chelatietherapie, chelatietherapieën
detox: ontgifting, ontgiften, detox
heavy metals: zware metalen
food intolerance: voedselintolerantie, voedselintoleranties
remove take out: verwijderen, laten verwijderen
"""

# --- Portuguese (European and Brazilian spellings) ---------------------------------------------
_PT = """
ALS MND: ela, als, esclerose lateral amiotrófica, esclerose lateral, doença do neurónio motor,
  doença do neurônio motor, doença dos neurónios motores, doença dos neurônios motores,
  doença de charcot, charcot, dnm, emn, mnd, doença de lou gehrig
motor neurons: neurónio motor, neurônio motor, motoneurónio, motoneurônio
neurons: neurónio, neurônio, célula nervosa
spinal cord: medula espinal, medula espinhal, medula
muscles: músculo, muscular, musculatura
muscle weakness: fraqueza muscular, fraqueza
muscle wasting atrophy: atrofia, atrofia muscular, perda muscular
cramps: cãibra, cãimbra, câimbra
fasciculations twitching: fasciculação
spasticity: espasticidade, rigidez
breathing: respiração, respirar, respiratório
lungs: pulmão
swallowing: deglutição, engolir, disfagia
bulbar onset: início bulbar, forma bulbar
speech: fala, falar, disartria
voice: voz
nerves: nervo, nervoso
brain: cérebro, cerebral
cerebrospinal fluid: líquido cefalorraquidiano, líquido cefalorraquídeo, líquor, lcr
blood: sangue
blood test: análise de sangue, análises ao sangue, exame de sangue
disease progression: progressão, evolução da doença, avanço da doença
slow down: travar, trava, travam, retardar, retarda, abrandar, abranda, desacelerar
stop halt: parar, deter
symptoms: sintoma
diagnosis: diagnóstico, diagnosticado
survival: sobrevivência, sobrevida, prolongar a vida, viver mais
life expectancy: esperança de vida, expectativa de vida
cure: cura, curar
genetic: genético, gene
hereditary familial: hereditário
mutation: mutação, alteração genética, variante genética, defeito genético, gene defeituoso, gene mutado,
  mutado, portador da mutação, mudança genética
frontotemporal dementia: demência frontotemporal, demência
fatigue: fadiga, cansaço
weight loss: perda de peso, emagrecimento
walking: andar, caminhar, marcha
paralysis: paralisia
patient: paciente, doente
carer: cuidador
family: família
wheelchair: cadeira de rodas
stem cells: células-tronco, célula-tronco, células estaminais, célula estaminal, células-mãe,
  célula-mãe
cell therapy: terapia celular
astrocytes: astrócito
bone marrow: medula óssea
umbilical cord: cordão umbilical
mesenchymal: mesenquimal
gene therapy: terapia génica, terapia gênica, terapia genética
antisense: antisense, antissenso, aso
oligonucleotide: oligonucleotídeo, oligonucleótido
antibody: anticorpo
monoclonal antibody: anticorpo monoclonal, monoclonal
infusion: infusão, perfusão
injection: injeção, injecção, injetável, injetar, injeção
lumbar puncture: punção lombar
spinal injection intrathecal: intratecal, injeção na coluna, injeção na medula, injeção nas costas,
  injeção na espinha, picada nas costas
tablet pill: comprimido, pílula, pastilha
capsule: cápsula
powder: pó, em pó
supplement: suplemento, complemento alimentar, suplemento alimentar
diet: dieta, alimentação
fasting: jejum
ketogenic: cetogénico, cetogênico
vitamin: vitamina
intravenous drip: soro, gota a gota, intravenoso, endovenoso, na veia, pela veia, via intravenosa,
  por via intravenosa
implant: implante, implantado, implantar
device: dispositivo, aparelho
breathing exercise: exercício respiratório, fisioterapia respiratória
ventilation: ventilação, ventilador, ventilação não invasiva, bipap
tracheostomy: traqueostomia, traqueotomia
feeding tube: sonda, gastrostomia, peg
patch: adesivo, emplastro, patch, adesivo transdérmico, transdérmico
spray: spray
nasal: nasal
vaccine: vacina
virus: vírus, viral, vetor viral, vetor vírico, vírus modificado, vírus inofensivo, aav
protein: proteína
enzyme: enzima
mitochondria: mitocôndria, mitocondrial
inflammation: inflamação, neuroinflamação
anti inflammatory: anti-inflamatório
immune system: sistema imunitário, sistema imune, sistema imunológico
immunotherapy: imunoterapia
drug medicine: medicamento, fármaco, remédio, medicação
treatment: tratamento
therapy: terapia
transplant: transplante, transplantar, enxerto
surgery: cirurgia, operação, intervenção cirúrgica, cirúrgico, operar
oral: oral, via oral, por via oral, pela boca
antioxidant: antioxidante
hormone: hormona, hormônio
cannabis: cannabis, canábis, cbd
natural remedy: remédio natural, fitoterapia, ervas
homeopathy: homeopatia
alternative medicine: medicina alternativa
acupuncture: acupuntura
physiotherapy: fisioterapia, reabilitação
exercise: exercício, desporto, esporte
plasma: plasma, plasmaférese
dose: dose, dosagem
electrical stimulation: estimulação elétrica, eletroestimulação
magnetic stimulation: estimulação magnética
hyperbaric oxygen: oxigénio hiperbárico, oxigênio hiperbárico, câmara hiperbárica
oxygen: oxigénio, oxigênio
clinical trial: ensaio clínico, ensaio, estudo clínico
study: estudo
research: pesquisa, investigação
phase: fase
placebo: placebo
results: resultado
evidence: evidência, evidências científicas, prova científica
proof: prova, comprovação
effective: eficaz, eficazes, efetivo
efficacy: eficácia
works: funciona, funcionam, funcionar, resulta, dá resultado, serve
safe safety: seguro, segurança
dangerous: perigoso
side effects: efeitos secundários, efeito secundário, efeitos colaterais, efeito colateral,
  efeitos adversos
approved authorised: aprovado, autorizado
approval: aprovação, autorização
regulator: infarmed, anvisa, agência europeia de medicamentos, agência europeia do medicamento, regulador,
  fda, ema
risk: risco
benefit: benefício
proven: comprovado, provado, demonstrado
promising: promissor, promissora
data: dado
participants: participante, voluntário
cohort: coorte
cost price: custo, preço, custa
how much does it cost: quanto custa, quanto sai, quanto cobram
clinic: clínica
private clinic: clínica privada
private test: teste privado, exame privado, laboratório privado
Lyme disease: doença de lyme, borreliose, lyme
tick bite: picada de carraça, picada de carrapato, carraça, carrapato
abroad: estrangeiro, no estrangeiro, exterior, no exterior
pay: pagar, paga, pagam
expensive: caro, caríssimo, muito caro, muito cara, é cara, custoso, dispendioso
free of charge: gratuito, grátis, de graça
doctor: médico, doutor
neurologist: neurologista
hospital: hospital
company: empresa, companhia
pharmaceutical company: farmacêutica, indústria farmacêutica
biotech: biotecnológica, biotecnologia, biotech
laboratory: laboratório
start-up: startup, start-up
recommend: recomendam, recomendar, recomenda, recomendariam, recomendaria, recomendável
recommendation: recomendação
advise advice: aconselham, aconselhar, conselho, aconselha, aconselhariam
position: posição, posicionamento
statement: declaração, comunicado
position statement: tomada de posição, declaração de posição
association: associação
foundation: fundação
organisation: organização
researchers scientists: investigador, pesquisador, cientista
compassionate use: uso compassivo
early access: acesso precoce, acesso antecipado
expanded access: acesso expandido, acesso alargado, programa de acesso
waiting list: lista de espera
take part enrol: participar, inscrever, entrar no ensaio, participar no ensaio, inscrever-se
scam fraud: fraude, burla, golpe, charlatão, charlatanismo
hope: esperança
miracle: milagre, milagroso
breakthrough: avanço, descoberta
news: notícia
publication: publicação, artigo
peer reviewed: revisão por pares, revisto por pares, revisado por pares
failed stopped: fracasso, falhou, suspenso, cancelado
withdrawn: retirado
health insurance: seguro de saúde, plano de saúde, sns, sus, reembolso, comparticipação, convénio, seguradora,
  reembolsado, comparticipado
prescription: receita
available: disponível
worth it: vale a pena
try: experimentar, tentar, provar
wait: esperar, aguardar
buy: comprar
what do you think: o que acham, o que pensam, que acham, o que acha, o que pensa
opinion: opinião, parecer
should I: devo, deveria, deveríamos, devemos, devia
is it true: é verdade
where: onde
how much: quanto
help: ajudar, ajuda
take: tomar
experimental: experimental
riluzole: riluzol
edaravone: edaravona
oral solution liquid: solução oral, solução bebível, xarope, forma líquida, em líquido, suspensão oral
drink: bebida, bebível, beber, batido
sachet: saqueta, sachê, saquinho, em saquetas
weekly: semanal, semanalmente, uma vez por semana, toda semana, todas as semanas, cada semana
daily: diário, diariamente, todos os dias, todo dia, uma vez por dia, duas vezes por dia, por dia
monthly: mensal, mensalmente, uma vez por mês, todo mês, todos os meses, cada mês
once single one-time: uma só vez, uma única vez, dose única, única dose, uma só dose, de uma só vez,
  uma única injeção, uma única infusão, injeção única, administração única
subcutaneous under the skin: subcutâneo, subcutânea, debaixo da pele, sob a pele, por baixo da pele
intramuscular: intramuscular, no músculo
nasal spray: spray nasal, pelo nariz, via nasal, intranasal
eye drops: colírio, gotas para os olhos, gotas oftálmicas
drops: gotas
pump: bomba, bomba de infusão
protein clumps aggregates: agregação, agregados, agregados de proteína, agregados proteicos,
  agregação de proteínas, acumulação de proteína, acúmulo de proteína, acúmulo de proteínas, aglomerado,
  aglomerados de proteína, depósitos de proteína
misfolded protein: mal dobrada, mal enovelada, dobramento incorreto, proteína mal dobrada
cell energy: energia celular, energia das células, energia da célula, energia às células
energy: energia
oxidative stress: estresse oxidativo, stress oxidativo, radicais livres, oxidação
glutamate: glutamato
excitotoxicity: excitotoxicidade
gene silencing: silenciamento génico, silenciar o gene, desligar o gene
DNA: adn, dna
RNA: arn, rna, arn mensageiro, rna mensageiro, mrna
neuroprotection protects nerve cells: neuroproteção, neuroprotetor, protege os neurónios,
  proteger os neurónios, protege as células nervosas, proteção dos neurónios
synthetic peptide: péptido sintético, peptídeo sintético, péptido, peptídeo
biomarker: biomarcador, marcador biológico
neurofilament: neurofilamento
own cells autologous: células próprias, suas próprias células, próprias células, autólogo
donor: dador, doador
regeneration: regeneração, regenerar, regenerativo
growth factor: fator de crescimento, neurotrófico
molecule: molécula
cells: célula
microglia: micróglia
gut microbiome: microbioma, microbiota, flora intestinal
toxic: tóxico, toxicidade
mechanism: mecanismo, mecanismo de ação
seaweed algae: alga, algas marinhas, extrato de algas, à base de algas
plant herbal: planta, plantas medicinais, planta medicinal, à base de plantas, ervas medicinais, chá de ervas
extract: extrato, extracto
mushroom: cogumelo
turmeric curcumin: curcuma, açafrão-da-terra, curcumina
traditional Chinese medicine: medicina tradicional chinesa, medicina chinesa
coconut oil: óleo de coco
oil: óleo, azeite
green tea: chá verde
probiotic: probiótico
amino acids: aminoácido
creatine: creatina
coenzyme Q10: coenzima q10, coq10
omega 3: ómega 3
medical cannabis: cannabis medicinal, canábis medicinal, maconha medicinal
repurposed drug: reposicionamento, reposicionado, medicamento reaproveitado, já aprovado para outra doença
cancer: cancro, câncer, tumor, oncológico, anticancerígeno, quimioterápico
leukaemia: leucemia
chemotherapy: quimioterapia, quimio
antibiotic: antibiótico
antiviral: antiviral, antirretroviral
HIV: vih, hiv, aids
migraine: enxaqueca
epilepsy: epilepsia, antiepiléptico, anticonvulsivante, convulsões
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: esclerose múltipla
muscle disease: doença muscular, miopatia
muscular dystrophy: distrofia muscular
spinal muscular atrophy: atrofia muscular espinal, atrofia muscular espinhal
children: criança, pediátrico, infantil, menor de idade
antidepressant: antidepressivo
painkiller: analgésico, analgésicos
pain: dor
heart: coração
liver: fígado, hepático
kidney: rins, renal
blood pressure: pressão arterial, tensão arterial
blood flow circulation: fluxo sanguíneo, fluxo de sangue, circulação sanguínea, circulação do sangue, irrigação sanguínea
nausea: náusea, enjoo, vómito
headache: dor de cabeça, cefaleia
diarrhoea: diarreia
dizziness: tontura, vertigem
allergy: alergia, alérgico
online internet: internet, online, pela internet, na internet
website: site, sítio na internet, página web, página da internet
pharmacy: farmácia
foreign pharmacy abroad: farmácia estrangeira, farmácia no estrangeiro, farmácia no exterior, farmácia online
import: importar, importação, importado
customs: alfândega
without prescription: sem receita, sem receita médica, sem prescrição
buyers club group purchase: clube de compradores, compra coletiva, compra em grupo, comprar em grupo,
  compra conjunta
funding: financiamento, financiado, subsídio
donation fundraising: doação, donativo, angariação de fundos, vaquinha, crowdfunding
black market: mercado negro
counterfeit: falsificado, falsificação
travel: viajar, viagem
afford: pagar por isso, não tenho dinheiro
cheap: barato
marketing authorisation: autorização de introdução no mercado, comercializado, comercialização
licensed: licenciado, licença
randomised: aleatorizado, randomizado
double blind: duplo cego, duplamente cego
control group: grupo controlo, grupo de controlo, grupo controle, grupo de controle
preliminary results: resultados preliminares, dados preliminares
published: publicado
eligibility criteria: critérios de inclusão, critérios de elegibilidade, elegível, requisito
recruiting: recrutamento, recrutando, recrutam
open label extension: extensão aberta, rótulo aberto
right to try: direito de tentar
animal studies mice: rato, ratos, camundongo, em animais, modelo animal, estudos em animais, animal
in the laboratory in vitro: in vitro, em laboratório
unproven: não comprovado, não provado, sem comprovação, sem provas, sem evidência, não demonstrado
harmful: prejudicial, nocivo, faz mal
stop taking: parar de tomar, deixar de tomar, interromper o tratamento, suspender o tratamento
keep taking: continuar a tomar, continuar tomando, continuar o tratamento
combine together with: combinar, combinado, combinação
interaction: interação, interacção
illegal: ilegal
warning: alerta, advertência, aviso
claims: promete, prometem, afirma que, alegam
testimonials: testemunho, depoimento
expert: especialista, perito
guidelines: diretrizes, orientações clínicas, norma de orientação clínica
information: informação, informações
quality of life: qualidade de vida
improve: melhorar, melhoria, melhora
reverse: reverter, reverte
stabilise: estabilizar, estabiliza
recovery: recuperar, recuperação
repair: reparar, reparação
early stage: fase inicial, estágio inicial, fase precoce, recém-diagnosticado
advanced stage: fase avançada, estágio avançado, avançado
sporadic: esporádico
genetic testing: teste genético, exame genético, análise genética
MRI scan: ressonância magnética
EMG: eletromiografia, electromiografia
skin: pele
spine: coluna vertebral, coluna, costas
needle: agulha
nurse: enfermeiro
charity: instituição de caridade, ipss, ong
petition: petição, abaixo-assinado
pregnancy: gravidez, grávida
natural: natural
sell: vender, vendem, vende, venda
shipping delivery: envio, enviar, entrega
order: encomendar, encomenda
reduce lower: reduzir, reduz, diminuir, diminui
prevent block: impedir, impede, evitar, evita, prevenir, previne, bloquear, bloqueia
neuromuscular: doença neuromuscular, neuromuscular
Israeli Israel: israelita, israelense, israelita, israel
Swiss Switzerland: suíço, suíça
German Germany: alemão, alemã, alemanha
American United States: americano, norte-americano, estadunidense, estados unidos, eua, usa
British United Kingdom: britânico, reino unido, inglês, inglaterra
French France: francês, frança
Japanese Japan: japonês, japão
Chinese China: chinês, china
Korean Korea: coreano, coreia
Canadian Canada: canadiano, canadense, canadá
Australian Australia: australiano, austrália
Dutch Netherlands: holandês, neerlandês, países baixos, holanda
Swedish Sweden: sueco, suécia
Danish Denmark: dinamarquês, dinamarca
Norwegian Norway: norueguês, noruega
Belgian Belgium: belga, bélgica
Spanish Spain: espanhol, espanha
Italian Italy: italiano, itália
Portuguese Portugal: português, portugal
Brazilian Brazil: brasileiro, brasil
Indian India: indiano, índia
Mexican Mexico: mexicano, méxico
Russian Russia: russo, rússia
Irish Ireland: irlandês, irlanda
Austrian Austria: austríaco, áustria
Finnish Finland: finlandês, finlândia
Polish Poland: polaco, polonês, polónia, polônia
Turkish Turkey: turco, turquia
Ukrainian Ukraine: ucraniano, ucrânia
Argentinian Argentina: argentino, argentina
European Europe: europeu, europeia, europa
Panamanian Panama: panamenho, panamá
Colombian Colombia: colombiano, colômbia
helmet: capacete
light helmet: capacete de luz, capacete luminoso, capacete infravermelho
light therapy: terapia de luz, terapia com luz, fototerapia, fotobiomodulação, luz vermelha
infrared light: infravermelho, luz infravermelha, infravermelho próximo
laser: laser, laserterapia, terapia a laser, terapia laser
magnet: ímã, íman, magnético, magnetoterapia, campo magnético
breathing trainer: treinador respiratório, treino muscular respiratório, treinamento respiratório,
  treino respiratório, exercitador respiratório
mask: máscara, máscara nasal, máscara facial
cough assist: assistente de tosse, tosse assistida, máquina da tosse, máquina de tosse, cough assist,
  insuflador exsuflador
communication aid: comunicador, dispositivo de comunicação, ajuda à comunicação, comunicação alternativa,
  prancha de comunicação
eye gaze: controle ocular, controlo ocular, rastreamento ocular, controle pelo olhar, comando ocular, eye tracking
ketones: cetona, corpos cetónicos, corpos cetônicos
ketone drink: bebida de cetonas, bebida cetónica, bebida cetônica, éster de cetona
athletes: atleta, desportista, esportista
protein shake: batido de proteína, shake de proteína, batido proteico, shake proteico
high calorie: hipercalórico, rico em calorias, alto teor calórico
vitamin D: vitamina d
vitamin B12: vitamina b12, vitamina b 12
cannabis oil: óleo de cbd, óleo de cannabis, óleo de canábis, óleo cbd
blood pressure medicine: anti-hipertensor, anti-hipertensivo, remédio para a pressão, remédio para pressão,
  medicamento para a tensão, medicamento para a pressão arterial
diabetes: diabetes, diabético
diabetes drug: antidiabético, medicamento para a diabetes, medicamento para diabetes, remédio para diabetes
off-label: off label, fora da bula, uso fora da indicação, fora das indicações aprovadas
repurposed drug: medicamento antigo, remédio antigo
sleeve cuff: manga de compressão, manguito, braçadeira
band strap: pulseira, cinta, faixa elástica
headband: faixa na cabeça, faixa de cabeça, tiara, bandana
mat: esteira, colchonete, tapete
electrode: eletrodo, elétrodo
electric: elétrico, eléctrico, eletricidade
electric current: corrente elétrica, choque elétrico, impulso elétrico, impulsos elétricos
stimulation: estimulação, estimular, estimula, estimulam, estimulador
wearable: vestível, dispositivo vestível
machine: máquina
light: luz
legs: perna
arms: braço
hands: mão
feet: pés, os pés, nos pés, dos pés, planta do pé
head: cabeça
scalp: couro cabeludo
fat adipose: gordura, tecido adiposo, adiposo, gordura corporal, gorduras, gordo, gorda
fat-derived cells: células de gordura, células adiposas, células do tecido adiposo
nose: nariz
mouth: boca
throat: garganta
stomach belly: estômago, barriga, abdômen, abdómen, ventre
gut bowel: intestino, intestinal
kidney: um rim, o rim, do rim
rats rodents: ratazana, roedor, cobaia
healthy volunteers: voluntário saudável, pessoas saudáveis
registration fee: taxa de inscrição, taxa de adesão, matrícula
fee: tarifa, mensalidade
autophagy cell clean-up: autofagia, limpeza celular, limpeza das células, reciclagem celular
inhibitor: inibidor
kinase inhibitor: inibidor de quinase, inibidor de cinase, quinase, cinase
gummies: goma, gominha, bala de goma
euros: euro
pounds sterling: libra esterlina
subscription: assinatura mensal, plano de assinatura, por assinatura
overseas: ultramar, além-mar
plant herbal: erva
tongue: língua
sublingual under the tongue: sublingual, debaixo da língua, embaixo da língua, sob a língua, por baixo da língua
ear: orelha, ouvidos, dor de ouvido, no ouvido, auditivo
eyes: olho, ocular, os olhos
chest: peito, tórax, torácico, caixa torácica
jaw: mandíbula, maxilar, queixada
saliva drooling: saliva, babar, baba, babando, sialorreia, excesso de saliva
choking: engasgo, engasgar, engasgamento, me engasgo, se engasga, sufocar, sufocamento
cough: tosse, tossir
constipation: prisão de ventre, obstipação, intestino preso, constipação, obstipado
sleep insomnia: insônia, insónia, sono, dormir, não consigo dormir, durmo mal
anxiety: ansiedade, angústia, ansioso, ataque de pânico
depression: depressão, deprimido, tristeza profunda
emotional lability crying laughing: labilidade emocional, afeto pseudobulbar, choro incontrolável, riso incontrolável,
  choro e riso, chorar sem motivo, rir sem motivo, crises de choro, crise de choro
weight gain: ganho de peso, ganhar peso, engordar, aumento de peso
white blood cells: glóbulo branco, leucócito, linfócito
red blood cells: glóbulo vermelho, hemácia, eritrócito
platelets: plaqueta
ion channel: canal iônico, canal iónico, canal de íons, canal de iões
potassium: potássio
sodium: sódio
calcium: cálcio
receptor: receptor, recetor
neuromuscular junction: junção neuromuscular, placa motora, ligação entre o nervo e o músculo, ligação entre nervo e músculo,
  conexão entre o nervo e o músculo, conexão entre nervo e músculo, ponte entre o nervo e o músculo
synapse: sinapse, sináptico
axon: axônio, axónio
overactive hyperexcitable: hiperexcitável, hiperexcitabilidade, superexcitado, hiperativo, excitabilidade
mitochondria: usinas de energia, usina de energia, centrais energéticas, central energética, baterias da célula
clear waste clean-up: resíduo, lixo celular, eliminar resíduos, eliminar os resíduos, limpar as células, eliminar toxinas,
  remover o lixo
rebuild restore: reconstruir, reconstrói, restaurar, restaura, restabelecer, restabelece
calm soothe: acalmar, acalma os, acalma o, acalma a, tranquilizar, tranquiliza
strengthen: fortalecer, fortalece, fortalecimento, reforçar, reforça
dissolve melt: dissolver, dissolve, se dissolve, derreter, derrete, orodispersível
lozenge: pastilha para chupar, comprimido para chupar, bala medicinal, pastilha para a garganta
chewing gum: chiclete, pastilha elástica, goma de mascar
tea: chá, chazinho, xícara de chá, infusão de ervas
cream ointment gel: creme, pomada, unguento, gel, loção
inhaler: inalador, bombinha, inalação, inalar
vest: colete
glove: luva
collar neck brace: colar cervical, suporte para o pescoço, apoio para o pescoço, colar ortopédico
band strap: bracelete
vibration: vibração, vibratório, vibrar, vibra
platform plate: plataforma, placa vibratória
insoles: palmilha
sound music: música, musicoterapia, ondas sonoras
smartphone app: aplicativo, app, telemóvel, celular, smartphone, aplicação para o telemóvel, aplicação móvel
ultrasound: ultrassom, ultra-som, ultrassonografia, ecografia, ultrassons
heat: calor, quente, termoterapia
cold: frio, gelo, crioterapia
massage: massagem, massagear
bath: banho, banheira, banho quente
two trials at once: dois ensaios, dois ensaios ao mesmo tempo, dois estudos ao mesmo tempo, outro ensaio ao mesmo tempo,
  dois estudos clínicos, dois estudos simultâneos
leftover medicines: medicamentos que sobraram, remédios que sobraram, sobras, sobra de medicamentos, medicamentos sobrantes,
  sobraram, medicamentos não usados, medicamentos não utilizados
deceased: falecido, morreu, faleceu, morto, defunto
dental amalgam: amálgama, amálgama dentária
dental filling: obturação, restauração dentária
dentist: dentista
teeth tooth: dente
mercury: mercúrio
chelation: quelação, quelante, terapia de quelação
detox: desintoxicação, desintoxicar, detox
heavy metals: metais pesados
food intolerance: intolerância alimentar, intolerâncias alimentares
remove take out: tirar, retirar, remover
"""

# --- Italian --------------------------------------------------------------------------------
_IT = """
ALS MND: sla, als, sclerosi laterale amiotrofica, malattia del motoneurone, malattia dei motoneuroni,
  malattia del neurone motorio, malattia dei neuroni motori, malattia di charcot, charcot, mnd,
  malattia di lou gehrig
motor neurons: motoneurone, neurone motorio
neurons: neurone, cellula nervosa
spinal cord: midollo spinale, midollo
muscles: muscolo, muscolare, muscolatura
muscle weakness: debolezza muscolare, debolezza
muscle wasting atrophy: atrofia, atrofia muscolare
cramps: crampo
fasciculations twitching: fascicolazione
spasticity: spasticità, rigidità
breathing: respirazione, respirare, respiratorio
lungs: polmone
swallowing: deglutizione, deglutire, inghiottire, disfagia
bulbar onset: esordio bulbare, forma bulbare
speech: parola, parlare, disartria, linguaggio
voice: voce
nerves: nervo, nervoso
brain: cervello, cerebrale
cerebrospinal fluid: liquido cerebrospinale, liquor, liquido cefalorachidiano
blood: sangue
blood test: esame del sangue, analisi del sangue
disease progression: progressione, decorso, evoluzione della malattia
slow down: rallentare, rallenta, rallenti, rallentano, frenare, frena
stop halt: fermare, arrestare
symptoms: sintomo
diagnosis: diagnosi, diagnosticato
survival: sopravvivenza, prolungare la vita, vivere più a lungo, allungare la vita
life expectancy: aspettativa di vita
cure: guarigione, guarire
genetic: genetico, gene
hereditary familial: ereditario
mutation: mutazione, alterazione genetica, variante genetica, difetto genetico, gene difettoso, gene mutato,
  mutato, portatore della mutazione
frontotemporal dementia: demenza frontotemporale, demenza
fatigue: stanchezza, affaticamento, fatica
weight loss: perdita di peso, dimagrimento
walking: camminare, deambulazione
paralysis: paralisi
patient: paziente, malato
carer: caregiver, familiare
family: famiglia
wheelchair: sedia a rotelle, carrozzina
stem cells: cellula staminale, staminale
cell therapy: terapia cellulare
astrocytes: astrocita, astrocito
bone marrow: midollo osseo
umbilical cord: cordone ombelicale
mesenchymal: mesenchimale
gene therapy: terapia genica
antisense: antisenso, antisense, aso
oligonucleotide: oligonucleotide
antibody: anticorpo
monoclonal antibody: anticorpo monoclonale, monoclonale
infusion: infusione
injection: iniezione, puntura, iniettabile, iniettare
lumbar puncture: puntura lombare, rachicentesi
spinal injection intrathecal: intratecale, iniezione spinale, iniezione nel midollo, iniezione nella schiena,
  puntura nella schiena, iniezione nella colonna, iniezione lombare
tablet pill: compressa, pillola, pastiglia
capsule: capsula
powder: polvere, in polvere
supplement: integratore, integratore alimentare, supplemento
diet: dieta, alimentazione
fasting: digiuno
ketogenic: chetogenico
vitamin: vitamina
intravenous drip: flebo, fleboclisi, endovena, endovenoso, per via endovenosa, in vena, nella vena,
  per endovena
implant: impianto, impiantato, impiantare
device: dispositivo, apparecchio
breathing exercise: esercizio respiratorio, fisioterapia respiratoria
ventilation: ventilazione, ventilatore, ventilazione non invasiva, respiratore, niv
tracheostomy: tracheostomia, tracheotomia
feeding tube: sondino, gastrostomia, peg
patch: cerotto, patch, cerotto transdermico, transdermico
spray: spray
nasal: nasale
vaccine: vaccino
virus: virus, virale, vettore virale, virus modificato, virus innocuo, aav
protein: proteina
enzyme: enzima
mitochondria: mitocondrio, mitocondriale
inflammation: infiammazione, neuroinfiammazione
anti inflammatory: antinfiammatorio, antiinfiammatorio
immune system: sistema immunitario, immunitario
immunotherapy: immunoterapia
drug medicine: farmaco, medicinale, medicina, medicamento
treatment: trattamento, cura
therapy: terapia
transplant: trapianto, trapiantare, innesto
surgery: chirurgia, intervento chirurgico, operazione, chirurgico, operare
oral: orale, per bocca, per via orale
antioxidant: antiossidante
hormone: ormone
cannabis: cannabis, cbd
natural remedy: rimedio naturale, erba, fitoterapia
homeopathy: omeopatia
alternative medicine: medicina alternativa
acupuncture: agopuntura
physiotherapy: fisioterapia, riabilitazione
exercise: esercizio, sport, attività fisica
plasma: plasma, plasmaferesi
dose: dose, dosaggio
electrical stimulation: stimolazione elettrica, elettrostimolazione
magnetic stimulation: stimolazione magnetica
hyperbaric oxygen: ossigeno iperbarico, camera iperbarica, ossigenoterapia iperbarica
oxygen: ossigeno
clinical trial: sperimentazione clinica, studio clinico, sperimentazione, trial
study: studio
research: ricerca
phase: fase
placebo: placebo
results: risultato
evidence: evidenza, evidenze scientifiche, prove scientifiche, prova scientifica
proof: prova, dimostrazione
effective: efficace
efficacy: efficacia
works: funziona, funzionano, funzionerebbe, funzionare, serve, servono
safe safety: sicuro, sicurezza
dangerous: pericoloso
side effects: effetti collaterali, effetto collaterale, effetti avversi, effetto avverso
approved authorised: approvato, autorizzato
approval: approvazione, autorizzazione
regulator: aifa, ema, agenzia europea per i medicinali, agenzia del farmaco, agenzia italiana del farmaco,
  fda, ministero della salute
risk: rischio
benefit: beneficio, vantaggio
proven: provato, dimostrato, comprovato
promising: promettente
data: dato
participants: partecipante, volontario
cohort: coorte
cost price: costo, prezzo, costa
how much does it cost: quanto costa, quanto viene
clinic: clinica
private clinic: clinica privata
private test: test privato, esame privato, laboratorio privato
Lyme disease: malattia di lyme, borreliosi, lyme
tick bite: puntura di zecca, zecca
abroad: estero, all'estero
pay: pagare, paga
expensive: costoso, troppo caro, molto caro
free of charge: gratuito, gratis
doctor: medico, dottore
neurologist: neurologo
hospital: ospedale
company: azienda, società, ditta, impresa
pharmaceutical company: casa farmaceutica, azienda farmaceutica, industria farmaceutica
biotech: biotech, biotecnologia, biotecnologico
laboratory: laboratorio
start-up: startup, start-up
recommend: consigliate, raccomandate, raccomandare, consiglia, consigliereste, raccomanda, raccomandereste,
  consigliato, consigliabile
recommendation: raccomandazione
advise advice: consigliare, consiglio
position: posizione, presa di posizione
statement: dichiarazione, comunicato
position statement: documento di posizione, dichiarazione di posizione
association: associazione
foundation: fondazione
organisation: organizzazione
researchers scientists: ricercatore, scienziato
compassionate use: uso compassionevole
early access: accesso anticipato, accesso precoce
expanded access: accesso allargato, accesso esteso, programma di accesso, accesso ampliato
waiting list: lista d'attesa, lista di attesa
take part enrol: partecipare, iscriversi, iscrivermi, entrare nello studio, partecipare allo studio,
  arruolato, arruolamento
scam fraud: truffa, frode, ciarlatano
hope: speranza
miracle: miracolo, miracoloso
breakthrough: svolta, scoperta, progresso
news: notizia
publication: pubblicazione, articolo
peer reviewed: revisione paritaria, revisione tra pari, peer review
failed stopped: fallimento, fallito, interrotto, sospeso
withdrawn: ritirato
health insurance: servizio sanitario nazionale, ssn, rimborso, mutuabile, assicurazione, rimborsabile,
  rimborsato, a carico del ssn, passato dalla mutua
prescription: ricetta, prescrizione
available: disponibile
worth it: vale la pena, ne vale la pena
try: provare, tentare
wait: aspettare, attendere
buy: comprare, acquistare, compra, comprano, acquista, acquistano
what do you think: cosa ne pensate, che ne pensate, cosa pensate, che cosa ne pensate, cosa ne pensa,
  che ne pensa
opinion: opinione, parere
should I: dovrei, devo, dovremmo, dobbiamo
is it true: è vero
where: dove
how much: quanto
help: aiutare, aiuta, aiuto
take: prendere, assumere
experimental: sperimentale
riluzole: riluzolo
edaravone: edaravone
oral solution liquid: soluzione orale, sciroppo, forma liquida, sospensione orale, gocce orali
drink: bevanda, bibita, bere, da bere, pozione
sachet: bustina, bustine
weekly: settimanale, settimanalmente, una volta a settimana, una volta alla settimana, ogni settimana
daily: quotidiano, quotidianamente, giornaliero, ogni giorno, tutti i giorni, una volta al giorno,
  due volte al giorno, al giorno
monthly: mensile, mensilmente, una volta al mese, ogni mese
once single one-time: una sola volta, una volta sola, dose unica, unica dose, una sola dose, in un'unica dose,
  somministrazione unica, un'unica iniezione, un'unica infusione, una tantum
subcutaneous under the skin: sottocute, sottocutaneo, sotto la pelle, sottopelle
intramuscular: intramuscolare, nel muscolo
nasal spray: spray nasale, per via nasale, dal naso, intranasale
eye drops: collirio, gocce per gli occhi, gocce oculari
drops: gocce, goccia
pump: pompa, pompa di infusione
protein clumps aggregates: aggregato, aggregazione, aggregati proteici, aggregati di proteine,
  accumulo di proteine, accumulo proteico, ammasso, ammassi di proteine, grumo, depositi di proteine
misfolded protein: mal ripiegata, ripiegamento errato, proteina mal ripiegata
cell energy: energia cellulare, energia delle cellule, energia alle cellule, centrali energetiche
energy: energia
oxidative stress: stress ossidativo, radicali liberi, ossidazione
glutamate: glutammato
excitotoxicity: eccitotossicità
gene silencing: silenziamento genico, silenziare il gene, spegnere il gene
DNA: dna
RNA: rna, rna messaggero, mrna
neuroprotection protects nerve cells: neuroprotezione, neuroprotettivo, neuroprotettore, protegge i neuroni,
  proteggere i neuroni, protegge i motoneuroni, protegge le cellule nervose, protezione dei neuroni
synthetic peptide: peptide sintetico, peptide
biomarker: biomarcatore, marcatore biologico
neurofilament: neurofilamento
own cells autologous: cellule proprie, proprie cellule, sue cellule, autologo
donor: donatore
regeneration: rigenerazione, rigenerare, rigenerativo
growth factor: fattore di crescita, neurotrofico
molecule: molecola
cells: cellula
microglia: microglia
gut microbiome: microbioma, microbiota, flora intestinale
toxic: tossico, tossicità
mechanism: meccanismo, meccanismo d'azione
seaweed algae: alga, alghe marine, estratto di alghe, a base di alghe, alghe
plant herbal: pianta, piante medicinali, pianta medicinale, a base di piante, erbe medicinali, erboristeria,
  tisana
extract: estratto
mushroom: fungo
turmeric curcumin: curcuma, curcumina
traditional Chinese medicine: medicina tradizionale cinese, medicina cinese
coconut oil: olio di cocco
oil: olio
green tea: tè verde
probiotic: probiotico
amino acids: amminoacido, aminoacido
creatine: creatina
coenzyme Q10: coenzima q10, coq10
omega 3: omega 3
medical cannabis: cannabis terapeutica, cannabis medica
repurposed drug: riposizionamento, riposizionato, farmaco riproposto, già approvato per un'altra malattia
cancer: cancro, tumore, oncologico, antitumorale
leukaemia: leucemia
chemotherapy: chemioterapia, chemio
antibiotic: antibiotico
antiviral: antivirale, antiretrovirale
HIV: hiv
migraine: emicrania
epilepsy: epilessia, antiepilettico, anticonvulsivante, convulsioni
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: sclerosi multipla
muscle disease: malattia muscolare, miopatia
muscular dystrophy: distrofia muscolare
spinal muscular atrophy: atrofia muscolare spinale
children: bambino, pediatrico, infantile, minorenne
antidepressant: antidepressivo
painkiller: antidolorifico, analgesico
pain: dolore
heart: cuore
liver: fegato, epatico
kidney: rene, renale
blood pressure: pressione arteriosa, pressione sanguigna
blood flow circulation: flusso sanguigno, flusso di sangue, circolazione sanguigna, circolazione del sangue, irrorazione
nausea: nausea, vomito
headache: mal di testa, cefalea
diarrhoea: diarrea
dizziness: vertigini, capogiro
allergy: allergia, allergico
online internet: internet, online, in rete, su internet
website: sito web, sito internet, sito
pharmacy: farmacia
foreign pharmacy abroad: farmacia estera, farmacia all'estero, farmacia straniera, farmacia online
import: importare, importazione, importato
customs: dogana
without prescription: senza ricetta, senza prescrizione, senza ricetta medica
buyers club group purchase: club di acquisto, gruppo di acquisto, acquisto di gruppo, acquisto collettivo,
  acquistare in gruppo
funding: finanziamento, finanziato, sovvenzione
donation fundraising: donazione, raccolta fondi, crowdfunding, colletta
black market: mercato nero
counterfeit: contraffatto, contraffazione
travel: viaggiare, viaggio
afford: permettersi, non posso pagare
cheap: a buon mercato
marketing authorisation: autorizzazione all'immissione in commercio, commercializzato, in commercio
licensed: licenza
randomised: randomizzato
double blind: doppio cieco
control group: gruppo di controllo, gruppo controllo
preliminary results: risultati preliminari, dati preliminari
published: pubblicato
eligibility criteria: criteri di inclusione, criteri di eleggibilità, requisito, idoneo
recruiting: reclutamento, reclutano, cercano volontari
open label extension: estensione in aperto, in aperto
right to try: diritto di provare
animal studies mice: topo, topi, negli animali, modello animale, studi sugli animali, animale
in the laboratory in vitro: in vitro, in laboratorio
unproven: non provato, non dimostrato, senza prove, nessuna prova, non comprovato, senza evidenze
harmful: dannoso, nocivo, fa male
stop taking: smettere di prendere, interrompere la terapia, sospendere la terapia, smettere la terapia,
  interrompere il trattamento, sospendere il trattamento
keep taking: continuare a prendere, continuare la terapia, continuare il trattamento
combine together with: combinare, combinato, combinazione, associare, in associazione con
interaction: interazione
legal: legale
illegal: illegale
warning: avvertenza, allerta, avviso
claims: promette, promettono, afferma, sostengono
testimonials: testimonianza
expert: esperto, specialista
guidelines: linee guida, linea guida
information: informazione, informarmi
quality of life: qualità della vita, qualità di vita
improve: migliorare, miglioramento
reverse: invertire, far regredire
stabilise: stabilizzare, stabilizza
recovery: recuperare, recupero
repair: riparare, riparazione
early stage: fase iniziale, stadio iniziale, fase precoce, appena diagnosticato
advanced stage: fase avanzata, stadio avanzato, avanzato
sporadic: sporadico
genetic testing: test genetico, esame genetico, analisi genetica
MRI scan: risonanza magnetica
EMG: elettromiografia
skin: pelle
vein: vena
spine: colonna vertebrale, schiena
needle: ago
nurse: infermiere
charity: onlus, beneficenza
petition: petizione
pregnancy: gravidanza, incinta
natural: naturale
sell: vendere, vendono, vende, vendita
shipping delivery: spedizione, spedire, consegna
order: ordinare, ordine online
reduce lower: ridurre, riduce, diminuire, diminuisce, abbassare, abbassa
prevent block: impedire, impedisce, evitare, evita, prevenire, previene, bloccare, blocca
neuromuscular: malattia neuromuscolare, neuromuscolare
Israeli Israel: israeliano, israele
Swiss Switzerland: svizzero, svizzera
German Germany: tedesco, germania
American United States: americano, statunitense, stati uniti, usa
British United Kingdom: britannico, regno unito, inglese, inghilterra
French France: francese, francia
Japanese Japan: giapponese, giappone
Chinese China: cinese, cina
Korean Korea: coreano, corea
Canadian Canada: canadese, canada
Australian Australia: australiano, australia
Dutch Netherlands: olandese, paesi bassi, olanda
Swedish Sweden: svedese, svezia
Danish Denmark: danese, danimarca
Norwegian Norway: norvegese, norvegia
Belgian Belgium: belga, belgio
Spanish Spain: spagnolo, spagna
Italian Italy: italiano, italia
Portuguese Portugal: portoghese, portogallo
Brazilian Brazil: brasiliano, brasile
Indian India: indiano, india
Mexican Mexico: messicano, messico
Russian Russia: russo, russia
Irish Ireland: irlandese, irlanda
Austrian Austria: austriaco, austria
Finnish Finland: finlandese, finlandia
Polish Poland: polacco, polonia
Turkish Turkey: turco, turchia
Ukrainian Ukraine: ucraino, ucraina
Argentinian Argentina: argentino, argentina
European Europe: europeo, europa
Panamanian Panama: panamense, panama
Colombian Colombia: colombiano, colombia
helmet: casco
light helmet: casco di luce, casco luminoso, casco a infrarossi
light therapy: terapia della luce, terapia con la luce, fototerapia, fotobiomodulazione, luce rossa, luminoterapia
infrared light: infrarosso, infrarossi, luce infrarossa, vicino infrarosso
laser: laser, laserterapia, terapia laser
magnet: magnete, magnetico, magnetoterapia, campo magnetico
breathing trainer: allenatore respiratorio, allenamento respiratorio, allenamento dei muscoli respiratori,
  trainer respiratorio
mask: maschera, maschera nasale, maschera facciale, mascherina
cough assist: macchina della tosse, macchina per la tosse, assistente tosse, tosse assistita, cough assist,
  in essufflatore
communication aid: comunicatore, ausilio per la comunicazione, dispositivo di comunicazione,
  comunicazione aumentativa, tabella di comunicazione
eye gaze: puntatore oculare, comunicatore oculare, controllo oculare, tracciamento oculare, eye tracking
ketones: chetone, corpi chetonici
ketone drink: bevanda chetonica, bevanda di chetoni, estere chetonico
athletes: atleta, sportivo professionista
protein shake: frullato proteico, shake proteico, frullato di proteine
high calorie: ipercalorico, ad alto contenuto calorico, ricco di calorie
vitamin D: vitamina d
vitamin B12: vitamina b12, vitamina b 12
cannabis oil: olio di cbd, olio di cannabis, olio cbd
blood pressure medicine: antipertensivo, farmaco per la pressione, pastiglie per la pressione,
  medicina per la pressione
diabetes: diabete, diabetico
diabetes drug: antidiabetico, farmaco per il diabete, medicinale per il diabete
off-label: off label, fuori indicazione, fuori etichetta
repurposed drug: vecchio farmaco, farmaco vecchio
sleeve cuff: manicotto, manica, polsino
band strap: bracciale, braccialetto, cinturino, cinghia, fascia elastica
headband: fascia per la testa, cerchietto, fascia frontale
mat: tappetino, materassino
electrode: elettrodo
electric: elettrico, elettricità
electric current: corrente elettrica, scossa, impulso elettrico
stimulation: stimolazione, stimolare, stimola, stimolano, stimolatore
wearable: indossabile
machine: macchinario
light: luce
legs: gamba
arms: braccio
hands: mano
feet: piede
head: testa
scalp: cuoio capelluto
fat adipose: grasso, tessuto adiposo, adiposo, grassi, grassa, grasse
fat-derived cells: cellule adipose, cellule di grasso, cellule del tessuto adiposo
nose: naso
mouth: bocca
throat: gola
stomach belly: stomaco, pancia, addome
gut bowel: intestino, intestinale
rats rodents: ratto, roditore, cavia
healthy volunteers: volontari sani, volontario sano, persone sane
registration fee: quota di iscrizione, tassa di iscrizione, quota d'iscrizione
fee: tariffa, onorario, tassa
autophagy cell clean-up: autofagia, pulizia cellulare, pulizia delle cellule, riciclo cellulare
inhibitor: inibitore
kinase inhibitor: inibitore della chinasi, inibitore di chinasi, chinasi
gummies: caramella gommosa, gommosa, gummies
euros: euro
pounds sterling: sterlina
subscription: abbonamento
overseas: oltreoceano, oltremare
tongue: lingua
sublingual under the tongue: sublinguale, sotto la lingua, sotto lingua
ear: orecchio, orecchie, uditivo
eyes: occhio, occhi, oculare
chest: petto, torace, toracico, gabbia toracica
jaw: mascella, mandibola
saliva drooling: saliva, scialorrea, sbavare, sbavo, bava, eccesso di saliva
choking: soffocamento, soffocare, strozzarsi, mi strozzo, va di traverso, andare di traverso, mi va di traverso
cough: tosse, tossire
constipation: stitichezza, stipsi, costipazione, stitico
sleep insomnia: insonnia, sonno, dormire, non riesco a dormire, dormo male
anxiety: ansia, angoscia, ansioso, attacco di panico
depression: depressione, depresso, giù di morale
emotional lability crying laughing: labilità emotiva, pianto incontrollabile, riso incontrollabile, riso e pianto,
  piangere senza motivo, ridere senza motivo, affetto pseudobulbare, crisi di pianto, pianto spastico, riso spastico
weight gain: aumento di peso, prendere peso, ingrassare, ingrassato
white blood cells: globulo bianco, leucocita, linfocita
red blood cells: globulo rosso, eritrocita, emazia
platelets: piastrina
ion channel: canale ionico
potassium: potassio
sodium: sodio
calcium: livelli di calcio, livello di calcio, calcio nel sangue, ioni calcio, ioni di calcio, integratore di calcio
receptor: recettore
neuromuscular junction: giunzione neuromuscolare, placca motrice, collegamento tra nervo e muscolo,
  collegamento tra il nervo e il muscolo, ponte tra nervo e muscolo, ponte tra il nervo e il muscolo,
  connessione tra nervo e muscolo
synapse: sinapsi, sinaptico
axon: assone
overactive hyperexcitable: ipereccitabile, ipereccitabilità, sovraeccitato, iperattivo, troppo attivo, eccitabilità
mitochondria: batterie della cellula, motore della cellula, centrale energetica della cellula
clear waste clean-up: scarto, rifiuti cellulari, eliminare i rifiuti, smaltire i rifiuti, eliminare le tossine,
  ripulire le cellule, pulire le cellule
rebuild restore: ricostruire, ricostruisce, ripristinare, ripristina, restaurare
calm soothe: calmare, calma i, calma il, tranquillizzare, lenire, lenisce
strengthen: rafforzare, rafforza, rinforzare, rinforza, potenziamento
dissolve melt: sciogliere, si scioglie, scioglie, dissolvere, orosolubile, orodispersibile
lozenge: pastiglia da sciogliere in bocca, pastiglia da succhiare, caramella medicata, compressa da succhiare
chewing gum: gomma da masticare, chewing gum, cicca
tea: infuso di erbe, tazza di tè, un tè, tè nero
cream ointment gel: crema, pomata, unguento, gel
inhaler: inalatore, inalazione, inalare, spray inalatorio
vest: gilet, giubbotto, panciotto
glove: guanto
collar neck brace: collare cervicale, collare, tutore per il collo, supporto per il collo
band strap: braccialetto elettronico
vibration: vibrazione, vibrante, vibrare, vibratorio
platform plate: pedana, piattaforma, piastra
insoles: plantare, soletta
sound music: suono, musica, musicoterapia, onde sonore
smartphone app: app, applicazione per il telefono, app per smartphone, smartphone, cellulare, telefonino
ultrasound: ultrasuono, ecografia
heat: calore, caldo, termoterapia
cold: freddo, ghiaccio, crioterapia
massage: massaggio, massaggiare
bath: bagno, vasca da bagno, bagno caldo
two trials at once: due studi, due studi contemporaneamente, due sperimentazioni, due studi allo stesso tempo, due trial,
  due studi clinici
leftover medicines: farmaci avanzati, medicinali avanzati, farmaci rimasti, medicinali rimasti, farmaci inutilizzati,
  farmaci non utilizzati, avanzi di farmaci
deceased: deceduto, defunto, morto, è morto
dental amalgam: amalgama, amalgama dentale
dental filling: otturazione, piombatura
dentist: dentista
teeth tooth: dente
mercury: mercurio
chelation: chelazione, chelante, terapia chelante
detox: disintossicazione, depurazione, detox
heavy metals: metalli pesanti
food intolerance: intolleranza alimentare, intolleranze alimentari
remove take out: togliere, rimuovere
"""


# --- Polish ---------------------------------------------------------------------------------
# Nouns and adjectives in the nominative (ENDINGS["pl"] finds them from the other cases); a
# phrase is written as people write it, with its genitive complement as written.
_PL = """
ALS MND: sla, als, stwardnienie zanikowe boczne, stwardnienie boczne zanikowe, stwardnienie boczne,
  choroba neuronu ruchowego, choroba neuronów ruchowych, choroba neuronu motorycznego,
  choroba neuronów motorycznych, choroba motoneuronu, choroba motoneuronów, choroba charcota, charcot,
  choroba lou gehriga, lou gehrig, mnd
motor neurons: motoneuron, neuron ruchowy, neuron motoryczny
neurons: neuron, komórka nerwowa
spinal cord: rdzeń kręgowy
muscles: mięsień, mięśnie, mięśni, mięśniowy
muscle weakness: osłabienie mięśni, osłabienie, słabość mięśni
muscle wasting atrophy: zanik mięśni, zanik, atrofia
cramps: skurcz, kurcz
fasciculations twitching: fascykulacja, drżenie mięśni, drganie mięśni
spasticity: spastyczność, sztywność
breathing: oddychanie, oddech, oddychać, oddechowy
lungs: płuco
swallowing: połykanie, przełykanie, połykać, przełykać, dysfagia
bulbar onset: postać opuszkowa, początek opuszkowy
speech: mowa, mówienie, mówić, dyzartria, zaburzenia mowy
voice: głos
nerves: nerw, nerwowy
brain: mózg, mózgowy
cerebrospinal fluid: płyn mózgowo-rdzeniowy, płyn rdzeniowy
blood: krew
blood test: badanie krwi
disease progression: progresja, postęp choroby, przebieg choroby, rozwój choroby
slow down: spowolnić, spowalnia, spowolnienie, spowalniać, zahamować, hamuje, opóźnić, opóźnia
stop halt: zatrzymać, zatrzymuje
symptoms: objaw
diagnosis: diagnoza, rozpoznanie, zdiagnozowany
survival: przeżycie, przeżywalność, przedłużyć życie, wydłużyć życie, dłuższe życie
life expectancy: długość życia, oczekiwana długość życia
cure: wyleczenie, wyleczyć, uleczyć, wyleczalny
genetic: genetyczny, gen
hereditary familial: dziedziczny, rodzinny
mutation: mutacja, zmutowany, wadliwy gen, zmiana genetyczna, wariant genetyczny, nosiciel mutacji
frontotemporal dementia: otępienie czołowo-skroniowe, otępienie, demencja
fatigue: zmęczenie, męczliwość
weight loss: utrata wagi, chudnięcie, spadek wagi
walking: chodzenie, chodzić
paralysis: paraliż, porażenie
patient: pacjent, pacjenci, chory
carer: opiekun, opiekunka
family: rodzina
wheelchair: wózek inwalidzki
stem cells: komórka macierzysta, komórki macierzyste
cell therapy: terapia komórkowa
astrocytes: astrocyt
bone marrow: szpik kostny, szpik
umbilical cord: pępowina, pępowinowy
mesenchymal: mezenchymalny
gene therapy: terapia genowa, terapia genetyczna
antisense: antysensowny, aso
oligonucleotide: oligonukleotyd
antibody: przeciwciało
monoclonal antibody: przeciwciało monoklonalne, monoklonalny
infusion: wlew, infuzja, kroplówka, podanie dożylne
injection: zastrzyk, wstrzyknięcie, iniekcja, wkłucie, wstrzykiwać, ukłucie
lumbar puncture: punkcja lędźwiowa, nakłucie lędźwiowe
spinal injection intrathecal: dokanałowy, dokanałowo, do kanału kręgowego, podanie dokanałowe,
  zastrzyk w kręgosłup, zastrzyk do kręgosłupa, dooponowy, dooponowo
tablet pill: tabletka, pigułka
capsule: kapsułka
powder: proszek, w proszku
supplement: suplement, suplement diety, dodatek do diety
diet: dieta, odżywianie
fasting: głodówka, post przerywany
ketogenic: ketogeniczny
vitamin: witamina, witamin
intravenous drip: dożylny, dożylnie, do żyły, w żyłę, przez żyłę
implant: implant, wszczepić, wszczepiony
device: urządzenie
breathing exercise: ćwiczenia oddechowe, rehabilitacja oddechowa, fizjoterapia oddechowa
ventilation: wentylacja, respirator, wentylacja nieinwazyjna, bipap
tracheostomy: tracheostomia, tracheotomia
feeding tube: sonda do karmienia, sonda żołądkowa, gastrostomia, peg
patch: plaster, plaster na skórę, przezskórny
spray: spray, aerozol
nasal: nosowy
vaccine: szczepionka
virus: wirus, wirusowy, wektor wirusowy, zmodyfikowany wirus, aav
protein: białko, białkowy
enzyme: enzym
mitochondria: mitochondria, mitochondrium, mitochondriów, mitochondrialny
inflammation: zapalenie, stan zapalny, neurozapalenie, zapalny
anti inflammatory: przeciwzapalny
immune system: układ odpornościowy, odporność, immunologiczny
immunotherapy: immunoterapia
drug medicine: lek, lekarstwo, medykament, farmaceutyk, preparat
treatment: leczenie
therapy: terapia
transplant: przeszczep, przeszczepienie, przeszczepić
surgery: operacja, zabieg, chirurgia, chirurgiczny
oral: doustny, doustnie, przez usta
antioxidant: przeciwutleniacz, antyoksydant
hormone: hormon, hormonalny
cannabis: konopie, marihuana, cbd
natural remedy: naturalny lek, domowy sposób, zioło, zioła, ziół, ziołowy
homeopathy: homeopatia
alternative medicine: medycyna alternatywna, medycyna niekonwencjonalna
acupuncture: akupunktura
physiotherapy: fizjoterapia, rehabilitacja
exercise: ćwiczenia, ćwiczenie, sport, aktywność fizyczna
plasma: osocze, plazmafereza
dose: dawka, dawkowanie
electrical stimulation: stymulacja elektryczna, elektrostymulacja
magnetic stimulation: stymulacja magnetyczna
hyperbaric oxygen: tlen hiperbaryczny, komora hiperbaryczna, tlenoterapia hiperbaryczna
oxygen: tlen
clinical trial: badanie kliniczne, próba kliniczna, badania kliniczne
study: badanie, badanie naukowe
research: badania naukowe
phase: faza
placebo: placebo
results: wynik
evidence: dowód, dowody naukowe
effective: skuteczny
efficacy: skuteczność
works: działa, działają, zadziała, działać, działałby, pomaga, pomagają, pomoże
safe safety: bezpieczny, bezpieczeństwo, bezpiecznie
dangerous: niebezpieczny, groźny
side effects: skutki uboczne, skutek uboczny, działania niepożądane, działanie niepożądane, efekty uboczne
approved authorised: zatwierdzony, dopuszczony, zarejestrowany
approval: zatwierdzenie, rejestracja, dopuszczenie
regulator: urząd rejestracji, urpl, europejska agencja leków, fda, ema
risk: ryzyko
benefit: korzyść
proven: udowodniony, potwierdzony, sprawdzony
promising: obiecujący
data: dane
participants: uczestnik, ochotnik
cohort: kohorta
cost price: koszt, cena, kosztuje, kosztować
how much does it cost: ile kosztuje, ile to kosztuje, jaka jest cena, ile płaci się
clinic: klinika
private clinic: prywatna klinika, klinika prywatna, prywatnie
abroad: za granicą, za granicę, zagranica, zagraniczny, z zagranicy
pay: płacić, zapłacić, zapłata, opłata
expensive: bardzo drogi, za drogi, zbyt drogi, jest drogi, drogi lek, drogie, kosztowny
free of charge: za darmo, darmowy, bezpłatny, bezpłatnie
doctor: lekarz, doktor
general practitioner: lekarz rodzinny, lekarz pierwszego kontaktu
neurologist: neurolog, neurolodzy
hospital: szpital
company: firma, spółka, przedsiębiorstwo
pharmaceutical company: firma farmaceutyczna, koncern farmaceutyczny
biotech: biotechnologiczny, biotechnologia, biotech
laboratory: laboratorium
start-up: startup, start up
recommend: polecacie, polecasz, poleca, polecić, polecają, polecilibyście, polecane, polecany,
  zalecacie, zalecają, zaleca, zalecany, rekomendujecie, rekomenduje
recommendation: zalecenie, rekomendacja
advise advice: radzicie, radzi, doradzacie, porada
position: stanowisko
statement: oświadczenie, komunikat
position statement: stanowisko w sprawie
association: stowarzyszenie
foundation: fundacja
organisation: organizacja
researchers scientists: naukowiec, naukowcy, badacz
compassionate use: leczenie ratunkowe, użycie współczujące, ze względów humanitarnych
early access: wczesny dostęp
expanded access: rozszerzony dostęp, program rozszerzonego dostępu, program dostępu
waiting list: lista oczekujących, kolejka
take part enrol: wziąć udział, uczestniczyć, zapisać się, dostać się, zakwalifikować się
scam fraud: oszustwo, naciąganie, szarlatan, wyłudzenie
hope: nadzieja
miracle: cud, cudowny
breakthrough: przełom, przełomowy, odkrycie
news: wiadomość, informacja prasowa
publication: publikacja, artykuł
peer reviewed: recenzowany
failed stopped: porażka, niepowodzenie, przerwany, wstrzymany
withdrawn: wycofany
health insurance: refundacja, refundowany, nfz, ubezpieczenie, ubezpieczenie zdrowotne, zwrot kosztów
prescription: recepta
available: dostępny, dostępność
worth it: czy warto, warto, opłaca się, ma sens
try: spróbować, wypróbować, próbować
wait: czekać, poczekać
buy: kupić, kupować, kupię, kupno, zakup
what do you think: co sądzicie, co sądzisz, co pan sądzi, co pani sądzi, co myślicie, co myślisz,
  jakie jest wasze zdanie, jaka jest wasza opinia
opinion: opinia, wasze zdanie, państwa zdanie
should I: czy powinienem, czy powinnam, powinienem, powinnam, powinniśmy, czy mam, czy należy
is it true: czy to prawda, czy prawdą jest
where: gdzie
how much: ile
help: pomoc, pomóc
take: brać, przyjmować, zażywać, stosować
experimental: eksperymentalny
riluzole: riluzol
edaravone: edarawon
oral solution liquid: roztwór doustny, zawiesina doustna, syrop, w płynie
drink: napój, picie, pić, do picia
sachet: saszetka
weekly: raz w tygodniu, co tydzień, cotygodniowy, tygodniowo
daily: codziennie, codzienny, raz dziennie, dwa razy dziennie, dziennie, każdego dnia
monthly: raz w miesiącu, co miesiąc, comiesięczny, miesięcznie
once single one-time: jednorazowy, jednorazowo, jedna dawka, pojedyncza dawka, tylko raz, jeden raz
subcutaneous under the skin: podskórnie, podskórny, pod skórę, pod skórą
intramuscular: domięśniowy, domięśniowo, w mięsień
nasal spray: spray do nosa, aerozol do nosa, przez nos, donosowy, donosowo
eye drops: krople do oczu, krople oczne
drops: krople
pump: pompa, pompa infuzyjna
protein clumps aggregates: agregat, agregaty białkowe, złogi białkowe, złogi, skupiska białka,
  zlepianie się białek, agregacja białek, agregacja
misfolded protein: nieprawidłowo sfałdowane, źle sfałdowane, nieprawidłowo zwinięte, sfałdowanie
cell energy: energia komórkowa, energia komórek
energy: energia
oxidative stress: stres oksydacyjny, wolne rodniki, utlenianie
glutamate: glutaminian
excitotoxicity: ekscytotoksyczność
gene silencing: wyciszanie genu, wycisza gen, wyciszyć gen, wyłącza gen
DNA: dna
RNA: rna, mrna
neuroprotection protects nerve cells: neuroprotekcja, neuroprotekcyjny, chroni neurony,
  chroni komórki nerwowe, ochrona neuronów, chroni motoneurony
synthetic peptide: peptyd, syntetyczny peptyd
biomarker: biomarker
neurofilament: neurofilament
own cells autologous: własne komórki, autologiczny
donor: dawca
regeneration: regeneracja, regenerować, odbudowa
growth factor: czynnik wzrostu, neurotroficzny
molecule: cząsteczka, molekuła
cells: komórka
microglia: mikroglej
gut microbiome: mikrobiom, mikrobiota, flora bakteryjna
toxic: toksyczny, toksyczność
mechanism: mechanizm, mechanizm działania
seaweed algae: wodorost, wodorosty, alga, algi
plant herbal: roślina, roślinny, ziołowy preparat, na bazie roślin
extract: ekstrakt
mushroom: grzyb
turmeric curcumin: kurkuma, kurkumina
traditional Chinese medicine: tradycyjna medycyna chińska, medycyna chińska
coconut oil: olej kokosowy
oil: olej
green tea: zielona herbata
probiotic: probiotyk
amino acids: aminokwas
creatine: kreatyna
coenzyme Q10: koenzym q10, q10
omega 3: omega 3
medical cannabis: medyczna marihuana, marihuana medyczna
repurposed drug: repozycjonowanie, repozycjonowany, stary lek, znany lek, lek zatwierdzony na inną chorobę
cancer: nowotwór, lek na raka, leczenie raka, chory na raka, onkologiczny, przeciwnowotworowy
leukaemia: białaczka
chemotherapy: chemioterapia, chemia
antibiotic: antybiotyk
antiviral: przeciwwirusowy, lek przeciwwirusowy
HIV: hiv
migraine: migrena
epilepsy: padaczka, epilepsja, przeciwpadaczkowy
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: stwardnienie rozsiane
muscle disease: choroba mięśni, miopatia
muscular dystrophy: dystrofia mięśniowa
spinal muscular atrophy: rdzeniowy zanik mięśni, sma
children: dziecko, dzieci, pediatryczny
antidepressant: antydepresant, lek przeciwdepresyjny, przeciwdepresyjny
painkiller: lek przeciwbólowy, przeciwbólowy
pain: ból
heart: serce, sercowy
liver: wątroba
kidney: nerka
blood pressure: ciśnienie krwi, ciśnienie tętnicze, ciśnienie
blood flow circulation: przepływ krwi, krążenie krwi, ukrwienie
nausea: nudności, wymioty
headache: ból głowy
diarrhoea: biegunka
dizziness: zawroty głowy
allergy: alergia, uczulenie
online internet: internet, online, przez internet, w sieci
website: strona internetowa, witryna
pharmacy: apteka
foreign pharmacy abroad: apteka zagraniczna, zagraniczna apteka, apteka za granicą
import: import, importować, sprowadzić, sprowadzać, import docelowy
customs: cło, urząd celny
without prescription: bez recepty
buyers club group purchase: zakup grupowy, wspólny zakup, klub kupujących
funding: finansowanie, dofinansowanie
donation fundraising: zbiórka, darowizna, zrzutka
black market: czarny rynek
counterfeit: podróbka, podrobiony, fałszywy
travel: podróż, wyjazd, pojechać
afford: nie stać mnie, nie stać nas
cheap: tani, tanio
marketing authorisation: pozwolenie na dopuszczenie do obrotu, dopuszczenie do obrotu
licensed: licencja
randomised: randomizowany
double blind: podwójnie ślepa próba
control group: grupa kontrolna
preliminary results: wstępne wyniki
published: opublikowany
eligibility criteria: kryteria włączenia, kryteria kwalifikacji
recruiting: rekrutacja, rekrutuje
open label extension: otwarta faza przedłużona
right to try: prawo do próby
animal studies mice: mysz, myszy, na zwierzętach, model zwierzęcy, badania na zwierzętach
in the laboratory in vitro: in vitro, w laboratorium
unproven: nieudowodniony, niesprawdzony, niepotwierdzony, bez dowodów
harmful: szkodliwy, szkodzi
stop taking: odstawić, przestać brać, przestać przyjmować, odstawienie
keep taking: dalej brać, kontynuować leczenie
combine together with: łączyć, połączenie
interaction: interakcja
legal: legalny, legalnie
illegal: nielegalny
warning: ostrzeżenie
claims: obiecuje, twierdzi, twierdzą
testimonials: świadectwo
expert: ekspert, specjalista
guidelines: wytyczne
information: informacja
quality of life: jakość życia
improve: poprawa, poprawić, poprawia
reverse: odwrócić, cofnąć
stabilise: stabilizacja, ustabilizować
recovery: powrót do zdrowia
repair: naprawa, naprawić
early stage: wczesne stadium, wczesny etap, wczesna faza, świeżo zdiagnozowany
advanced stage: zaawansowane stadium, zaawansowany
sporadic: sporadyczny
genetic testing: badanie genetyczne, test genetyczny
MRI scan: rezonans magnetyczny, rezonans
EMG: elektromiografia, emg
skin: skóra
spine: kręgosłup
needle: igła
nurse: pielęgniarka
charity: organizacja charytatywna
pregnancy: ciąża
natural: naturalny
sell: sprzedawać, sprzedaje, sprzedaż
shipping delivery: wysyłka, dostawa
reduce lower: zmniejszyć, zmniejsza, obniża, obniżyć, redukuje
prevent block: zapobiega, zapobiegać, blokuje, blokować, hamować
neuromuscular: nerwowo-mięśniowy
Israeli Israel: izraelski, izrael
Swiss Switzerland: szwajcarski, szwajcaria
German Germany: niemiecki, niemcy, niemczech
American United States: amerykański, ameryka, stany zjednoczone, usa
British United Kingdom: brytyjski, wielka brytania, angielski, anglia
French France: francuski, francja
Japanese Japan: japoński, japonia
Chinese China: chiński, chiny
Korean Korea: koreański, korea
Canadian Canada: kanadyjski, kanada
Australian Australia: australijski, australia
Dutch Netherlands: holenderski, holandia
Swedish Sweden: szwedzki, szwecja
Danish Denmark: duński
Norwegian Norway: norweski, norwegia
Belgian Belgium: belgijski, belgia
Spanish Spain: hiszpański, hiszpania
Italian Italy: włoski, włochy
Portuguese Portugal: portugalski, portugalia
Brazilian Brazil: brazylijski, brazylia
Indian India: indyjski, indie
Mexican Mexico: meksykański, meksyk
Russian Russia: rosyjski, rosja
Irish Ireland: irlandzki, irlandia
Austrian Austria: austriacki, austria
Finnish Finland: fiński, finlandia
Polish Poland: polski, polska
Turkish Turkey: turecki, turcja
Ukrainian Ukraine: ukraiński, ukraina
Argentinian Argentina: argentyński, argentyna
European Europe: europejski, europa
helmet: kask, hełm
light helmet: hełm świetlny, kask świetlny, kask na podczerwień, hełm na podczerwień
light therapy: terapia światłem, fototerapia, fotobiomodulacja, światłoterapia, czerwone światło
infrared light: podczerwień, bliska podczerwień, światło podczerwone, promieniowanie podczerwone
laser: laser, laseroterapia, terapia laserowa
magnet: magnes, magnetyczny, magnetoterapia, pole magnetyczne
breathing trainer: trener oddechowy, trenażer oddechowy, trening mięśni oddechowych, trening oddechowy
mask: maska, maseczka, maska nosowa, maska twarzowa
cough assist: asystor kaszlu, koflator, wspomaganie kaszlu, cough assist
communication aid: komunikator, urządzenie do komunikacji, komunikacja alternatywna, komunikacja wspomagająca,
  tablica do komunikacji
eye gaze: sterowanie wzrokiem, eyetracker, śledzenie wzroku, eye tracking, cyberoko
ketones: keton, ciała ketonowe
ketone drink: napój ketonowy, ester ketonowy, napój z ketonami
athletes: sportowiec, sportowcy, sportowców, sportowcom, sportowcami, atleta
protein shake: shake proteinowy, koktajl białkowy, odżywka białkowa
high calorie: wysokokaloryczny, kaloryczny, bogaty w kalorie, dużo kalorii
vitamin D: witamina d
vitamin B12: witamina b12, witamina b 12
cannabis oil: olej cbd, olejek cbd, olej konopny
blood pressure medicine: lek na nadciśnienie, lek na ciśnienie, lek przeciwnadciśnieniowy, hipotensyjny
diabetes: cukrzyca, cukrzycowy, diabetyk
diabetes drug: lek na cukrzycę, lek przeciwcukrzycowy, przeciwcukrzycowy
off-label: off label, poza wskazaniami, poza rejestracją, pozarejestracyjny
sleeve cuff: rękaw, mankiet, opaska uciskowa
band strap: opaska, bransoletka
headband: opaska na głowę
mat: mata, mata magnetyczna
electrode: elektroda
electric: elektryczny
electric current: prąd, prąd elektryczny, impuls elektryczny, impulsy elektryczne
stimulation: stymulacja, stymuluje, stymulować, stymulator
wearable: noszony na ciele, urządzenie do noszenia
machine: maszyna
light: światło
legs: noga, nóg
arms hands: ręka, ramię, ramiona, ramion
hands: dłoń
feet: stopa
head: głowa
scalp: skóra głowy
fat adipose: tłuszcz, tkanka tłuszczowa, tłuszczowy
nose: nos
mouth: usta, jama ustna
throat: gardło
stomach belly: żołądek, żołądka, żołądku, brzuch
gut bowel: jelito
rats rodents: szczur, gryzoń
animals: zwierzę, zwierzęta, zwierząt, zwierzętach
healthy volunteers: zdrowi ochotnicy, zdrowych ochotników, zdrowych ochotnikach, zdrowych osobach
registration fee: opłata rejestracyjna, opłata wpisowa, wpisowe
autophagy cell clean-up: autofagia, oczyszczanie komórek, sprzątanie komórek
inhibitor: inhibitor
kinase inhibitor: inhibitor kinazy, kinaza
gummies: żelki
euros: euro
pounds sterling: funt szterling, funt brytyjski
subscription: abonament, subskrypcja
overseas: za oceanem
tongue: mięśnie języka, zanik języka, drżenie języka, drgania języka, ruchy języka
sublingual under the tongue: podjęzykowy, pod język, pod językiem
ear: ucho, uszy
eyes: oko, oczy
chest: klatka piersiowa, pierś
jaw: żuchwa, szczęka
saliva drooling: ślina, ślinotok, nadmiar śliny, ślinienie się, ślinienie
choking: krztuszenie, krztuszenie się, zachłyśnięcie, dławienie, dławię się, krztuszę się, zadławienie
cough: kaszel, kaszlu, kaszlem, kaszleć
constipation: zaparcie
sleep insomnia: sen, snu, bezsenność, spanie, spać, zasypianie
anxiety: niepokój, stany lękowe, zaburzenia lękowe, atak paniki
depression: depresja, przygnębienie, przygnębiony
emotional lability crying laughing: chwiejność emocjonalna, labilność emocjonalna, niekontrolowany płacz,
  niekontrolowany śmiech, przymusowy płacz, przymusowy śmiech, płacz bez powodu, śmiech bez powodu
weight gain: przyrost masy ciała, przybieranie na wadze, przytyć, tycie, przybrać na wadze
white blood cells: białe krwinki, biała krwinka, leukocyt, limfocyt
red blood cells: czerwone krwinki, czerwona krwinka, erytrocyt
platelets: płytki krwi, płytka krwi, trombocyt
ion channel: kanał jonowy, kanały jonowe
potassium: potas
sodium: sód
calcium: wapń
receptor: receptor
neuromuscular junction: złącze nerwowo-mięśniowe, płytka nerwowo-mięśniowa, połączenie nerwowo-mięśniowe,
  połączenie nerwu z mięśniem, most między nerwem a mięśniem, złącze między nerwem a mięśniem
synapse: synapsa
axon: akson
overactive hyperexcitable: nadpobudliwy, nadpobudliwość, nadaktywny, zbyt aktywny, pobudliwość
mitochondria: elektrownie komórki, elektrownia komórkowa, elektrownie komórek, elektrownia komórki
clear waste clean-up: odpad, usuwanie odpadów, usuwa odpady, oczyszczanie z odpadów, śmieci komórkowe, usuwanie toksyn
rebuild restore: odbudować, odbudowuje, przywrócić, przywraca
calm soothe: uspokoić, uspokaja, łagodzić, łagodzi, koić
strengthen: wzmocnić, wzmacnia, wzmocnienie, wzmacnianie
dissolve melt: rozpuścić, rozpuszcza się, rozpuszczalny, rozpuszcza, rozpływa się
lozenge: pastylka do ssania, tabletka do ssania, pastylka na gardło
chewing gum: guma do żucia
tea: herbata, herbatka, napar, herbatka ziołowa
cream ointment gel: krem, maść, żel, balsam
inhaler: inhalator, inhalacja, wziewny
vest: kamizelka
glove: rękawiczka, rękawica
collar neck brace: kołnierz ortopedyczny, kołnierz szyjny, kołnierz, stabilizator szyi
band strap: opaska na nadgarstek
vibration: wibracja, wibracyjny, drgania
platform plate: platforma, płyta wibracyjna
insoles: wkładka ortopedyczna, wkładki ortopedyczne, wkładka do butów, wkładki do butów
sound music: dźwięk, muzyka, muzykoterapia, fale dźwiękowe
smartphone app: aplikacja, apka, smartfon, telefon komórkowy
ultrasound: ultradźwięki, ultradźwięk, usg, ultrasonografia
heat: ciepło, gorąco, termoterapia, ciepły okład
cold: zimno, chłód, krioterapia, okład z lodu
massage: masaż, masować
bath: kąpiel, wanna, ciepła kąpiel
two trials at once: dwa badania jednocześnie, dwa badania naraz, dwa badania kliniczne, w dwóch badaniach,
  udział w dwóch badaniach, dwa badania
leftover medicines: pozostałe leki, niewykorzystane leki, niezużyte leki, resztki leków, zostały leki, leki które zostały
deceased: zmarły, zmarł, nieżyjący
"""

# --- Swedish --------------------------------------------------------------------------------
_SV = """
ALS MND: als, amyotrofisk lateralskleros, lateralskleros, motorneuronsjukdom, motorneuronsjukdomen,
  charcots sjukdom, charcot, mnd, lou gehrigs sjukdom
motor neurons: motorneuron, motorneuronen, motoriska nervceller, motorisk nervcell
neurons: neuron, nervcell
cells: cell
spinal cord: ryggmärg, ryggmärgen
muscles: muskel, muskler, musklerna, muskulatur
muscle weakness: muskelsvaghet, svaghet, kraftlöshet
muscle wasting atrophy: muskelförtvining, muskelsvinn, atrofi
cramps: kramp, muskelkramp
spasms: spasm
fasciculations twitching: fascikulation, muskelryckning, ryckning, fascikulationer
spasticity: spasticitet, stelhet
breathing: andning, andas, andningsmuskulatur
lungs: lunga, lungor, lungorna
swallowing: svälja, sväljer, sväljning, sväljsvårigheter, dysfagi
bulbar onset: bulbär debut, bulbär form
speech: talförmåga, talsvårigheter, svårt att prata, dysartri
voice: röst
nerves: nerv
brain: hjärna
cerebrospinal fluid: ryggmärgsvätska, cerebrospinalvätska, likvor
blood: blod
blood test: blodprov
disease progression: progression, sjukdomsförlopp, förlopp, försämring, utveckling av sjukdomen
slow down: bromsa, bromsar, sakta ner, saktar ner, fördröja, fördröjer, hejda
stop halt: stoppa, stoppar
symptoms: symptom, symtom, besvär
diagnosis: diagnos, diagnostiserad, fått diagnosen
survival: överlevnad, överleva, leva längre, förlänga livet
life expectancy: livslängd, förväntad livslängd
cure: bot, bota, botar, botemedel, läka
genetic: genetisk, gen
hereditary familial: ärftlig, familjär
mutation: mutation, genförändring, genmutation, genvariant, gendefekt, muterad, anlagsbärare
frontotemporal dementia: frontotemporal demens, demens
fatigue: trötthet, utmattning, fatigue
weight loss: viktnedgång, viktminskning, gått ner i vikt
walking: gångförmåga, svårt att gå
paralysis: förlamning
patient: patient, drabbad
carer: anhörig, närstående, vårdare
family: familj
wheelchair: rullstol
stem cells: stamcell
stem cell therapy: stamcellsterapi, stamcellsbehandling
cell therapy: cellterapi
astrocytes: astrocyt
bone marrow: benmärg
umbilical cord: navelsträng
umbilical cord blood: navelsträngsblod
mesenchymal: mesenkymal
fat-derived cells: fettceller, fettcellerna, celler från fettvävnad
gene therapy: genterapi
antisense: antisens, antisense, aso
oligonucleotide: oligonukleotid
antibody: antikropp
monoclonal antibody: monoklonal, monoklonal antikropp
infusion: infusion
injection: injektion, spruta
lumbar puncture: lumbalpunktion, ryggmärgsprov
spinal injection intrathecal: intratekal, i ryggmärgskanalen, spruta i ryggen, i ryggmärgsvätskan
tablet pill: tablett, piller
capsule: kapsel, kapslar, kapslarna
powder: pulver, pulvret
supplement: kosttillskott, tillskott, supplement
diet: kost, diet, kosthållning
fasting: fasta
ketogenic: ketogen
vitamin: vitamin
intravenous drip: dropp, intravenös, i venen, via venen, intravenöst
implant: implantat, implantera, implanterad
device: apparat, medicinteknisk produkt
breathing exercise: andningsövning, andningsträning, andningsgymnastik
ventilation: ventilation, ventilator, respirator, andningsstöd, hemventilation, noninvasiv ventilation
tracheostomy: trakeostomi, trakeotomi
feeding tube: sond, magsond, peg, gastrostomi
patch: plåster, depåplåster, transdermal
spray: spray
nasal: nasal
nasal spray: nässpray, genom näsan, via näsan, intranasal
vaccine: vaccin, vaccination
virus: virus, viral, ofarligt virus, aav
viral vector: virusvektor, viral vektor
protein: protein, äggvita
enzyme: enzym
mitochondria: mitokondrie, mitokondrier, mitokondrierna, mitokondriell
inflammation: inflammation, neuroinflammation
anti inflammatory: antiinflammatorisk, inflammationshämmande
immune system: immunsystem, immunförsvar, immun
immunotherapy: immunterapi
drug medicine: läkemedel, läkemedlet, medicin, preparat
active substance: verksam substans, aktiv substans
compound: kemisk förening, substans
treatment: behandling
therapy: terapi
transplant: transplantation, transplantera
surgery: operation, kirurgi, ingrepp, kirurgisk, operera
oral: oral, att svälja, genom munnen
antioxidant: antioxidant
hormone: hormon
cannabis: cannabis, cbd
natural remedy: naturläkemedel, naturmedel, naturmedicin, växtbaserat, naturligt medel, huskur
natural: naturlig
homeopathy: homeopati
alternative medicine: alternativmedicin, alternativ medicin
acupuncture: akupunktur
physiotherapy: fysioterapi, sjukgymnastik, fysioterapeut, sjukgymnast
occupational therapy: arbetsterapi
exercise: motion, träning, fysisk aktivitet
plasma: plasma, plasmaferes
dose: dos, dosering
electrical stimulation: elstimulering, elektrisk stimulering
magnetic stimulation: magnetstimulering
hyperbaric oxygen: hyperbar syrgas, tryckkammare, hyperbar oxygen
oxygen: syre, syrgas
clinical trial: klinisk prövning, klinisk studie, kliniskt försök, läkemedelsprövning
study: studie
trial experiment: försök
research: forskning
phase: fas
placebo: placebo, sockerpiller
results: resultat
evidence: evidens, belägg, vetenskapligt stöd, vetenskapliga belägg
proof: bevis
effective: effektiv, verksam
efficacy: effekt, verkan
works: fungerar, fungera, hjälper
safe safety: säker, säkerhet, ofarlig
dangerous: farlig
side effects: biverkning, biverkan
approved authorised: godkänd, godkänt
approval: godkännande
regulator: läkemedelsverket, myndighet, ema, fda, europeiska läkemedelsmyndigheten, swissmedic
risk: risk
benefit: nytta, fördel
proven: bevisad, påvisad, bevisat
promising: lovande
data: data
participants: deltagare, försöksperson
cohort: kohort
cost price: kostnad, pris, kostar, kosta
how much does it cost: vad kostar, hur mycket kostar
how much: hur mycket
where: var kan, var finns, var köper
clinic: klinik, mottagning
private clinic: privatklinik, privat klinik
private test: privat test, privattest, privatlabb
Lyme disease: borrelia, borrelios, lyme
tick bite: fästingbett, fästing
abroad: utomlands, utlandet, i utlandet
pay: betala, betalar
expensive: dyr, dyrt, för dyr, kostsam
free of charge: gratis, kostnadsfri
doctor: läkare, doktor
neurologist: neurolog
general practitioner: husläkare, vårdcentral, allmänläkare
hospital: sjukhus, universitetssjukhus, lasarett
company: företag, bolag, tillverkare, firma
pharmaceutical company: läkemedelsföretag, läkemedelsbolag, läkemedelsindustrin
biotech: bioteknik, bioteknikföretag, biotech
laboratory: laboratorium, labb
start-up: startup, start-up, uppstartsföretag
recommend: rekommendera, rekommenderar, rekommenderas, rekommenderad, rekommenderat
recommendation: rekommendation
advise advice: råd, råda, rådgivning, avråder, avråda
position: ståndpunkt, hållning, position, inställning
statement: uttalande, ställningstagande
position statement: ståndpunktsdokument, positionspapper
association: förening, förbund
foundation: stiftelse
organisation: organisation
researchers scientists: forskare
compassionate use: compassionate use, särskilt tillstånd, licensförskrivning
early access: tidig tillgång
waiting list: väntelista, står i kö
take part enrol: delta, deltar, anmäla, anmäla sig
scam fraud: bedrägeri, bluff, kvacksalveri, kvacksalvare, lurendrejeri
hope: hopp
miracle: mirakel, mirakelkur, undermedel
breakthrough: genombrott
news: nyhet, nyheter
publication: publikation, artikel
peer reviewed: granskad, vetenskaplig tidskrift, peer review
failed stopped: misslyckad, misslyckades, avbruten, avbröts, lades ner
withdrawn: återkallad, indragen
health insurance: försäkring, sjukförsäkring, högkostnadsskydd, subventionerad, ersättning, regionen betalar,
  landstinget betalar, läkemedelsförmånen
prescription: recept, förskrivning, förskriva
available: tillgänglig, finns att få
worth it: lönt, värt det, lönar sig, är det värt
try: prova, testa, pröva
wait: vänta, avvakta
buy: köpa, köper, köpt
order: beställa, beställer, beställning, beställt
what do you think: vad tycker ni, vad tycker du, vad anser ni, vad tror ni, vad säger ni
opinion: åsikt, uppfattning, bedömning
should I: ska jag, borde jag, bör jag, ska vi, borde vi, bör man
is it true: stämmer det, är det sant
help: hjälpa, hjälp
take: inta, intag
experimental: experimentell
riluzole: riluzol
edaravone: edaravon
oral solution liquid: oral lösning, flytande form, mixtur, suspension
drink: dryck, dricka
sachet: dospåse, portionspåse, granulat
weekly: varje vecka, en gång i veckan, veckovis
daily: dagligen, daglig, varje dag, en gång om dagen, två gånger om dagen, per dag
monthly: varje månad, en gång i månaden, månatlig
once single one-time: engångsbehandling, engångsdos, en enda dos, en gång, enstaka dos
subcutaneous under the skin: subkutan, under huden
intramuscular: intramuskulär, i muskeln
eye drops: ögondroppar
drops: droppar
pump: pump, läkemedelspump
protein clumps aggregates: aggregat, aggregering, proteinklumpar, proteinansamling, klumpar, klumpa ihop sig,
  inlagring, proteinaggregat
misfolded protein: felveckat, felveckning, felveckade
cell energy: cellernas energi, energi till cellerna, cellens kraftverk, cellernas kraftverk, kraftverk
energy: energi
oxidative stress: oxidativ stress, fria radikaler, oxidation
glutamate: glutamat
excitotoxicity: excitotoxicitet
gene silencing: stänga av genen, stänger av genen, tysta genen, slå av genen, slår av genen, gentystning
DNA: dna, arvsmassa
RNA: rna, mrna, budbärar-rna
neuroprotection protects nerve cells: neuroskydd, neuroprotektiv, skyddar nervcellerna, skydda nervcellerna,
  nervskyddande, skyddar motorneuronen
synthetic peptide: syntetisk peptid, peptid
biomarker: biomarkör
neurofilament: neurofilament
own cells autologous: egna celler, kroppsegna celler, autolog, kroppsegen
donor: donator, donatorn
regeneration: regeneration, regenerera, regenerativ, återbildning
growth factor: tillväxtfaktor, neurotrof
molecule: molekyl
microglia: mikroglia
gut microbiome: tarmflora, mikrobiom, tarmbakterier
toxic: giftig, toxisk, toxicitet
mechanism: mekanism, verkningsmekanism
seaweed algae: alg, alger, sjögräs, tång, algextrakt
plant herbal: växt, växtextrakt, örter, ört, läkeört, örtmedicin
extract: extrakt
mushroom: svamp, medicinsk svamp
turmeric curcumin: gurkmeja, kurkumin
traditional Chinese medicine: traditionell kinesisk medicin, tcm
coconut oil: kokosolja
oil: olja
green tea: grönt te
probiotic: probiotika, probiotikum
amino acids: aminosyra, aminosyror
creatine: kreatin
coenzyme Q10: koenzym q10, q10
omega 3: omega 3
medical cannabis: medicinsk cannabis
repurposed drug: redan godkänt läkemedel, gammalt läkemedel, omprövat läkemedel
cancer: cancer, tumör, cancerläkemedel, onkologisk
leukaemia: leukemi
chemotherapy: cellgift, cytostatika, kemoterapi, cellgiftsbehandling
antibiotic: antibiotika, antibiotikum
antiviral: antiviral, virushämmande
HIV: hiv, aids
migraine: migrän
epilepsy: epilepsi, epilepsiläkemedel, antiepileptika, krampanfall
Alzheimer's: alzheimer, alzheimers
Parkinson's: parkinson, parkinsons
multiple sclerosis: multipel skleros, ms
muscle disease: muskelsjukdom, myopati
muscular dystrophy: muskeldystrofi
spinal muscular atrophy: spinal muskelatrofi
children: barn, pediatrisk
antidepressant: antidepressiva, antidepressivt, antidepressivum
painkiller: smärtstillande
pain: smärtor, smärtan, värk
heart: hjärta
liver: leverfunktion, leverskada, levervärden
blood pressure: blodtryck
blood flow circulation: blodflöde, blodcirkulation, blodomlopp, genomblödning
nausea: illamående
headache: huvudvärk
diarrhoea: diarré
dizziness: yrsel
allergy: allergi, allergisk
online internet: internet, nätet, på nätet, online
website: webbsida, hemsida, webbplats
pharmacy: apotek
foreign pharmacy abroad: utländskt apotek, apotek utomlands, nätapotek, internetapotek
import: importera, import, införsel
customs: tull, tullen
without prescription: utan recept, receptfri, receptfritt
buyers club group purchase: köpklubb, buyers club, samköp, gemensam beställning
funding: finansiering, finansierad
donation fundraising: donation, insamling, gåva, crowdfunding
black market: svarta marknaden
counterfeit: förfalskning, förfalskad, falsk
afford: ha råd, inte råd
cheap: billig, billigt
marketing authorisation: marknadsgodkännande, på marknaden
market: marknad
licensed: licensierad, licens
randomised: randomiserad, lottas
double blind: dubbelblind
control group: kontrollgrupp
preliminary results: preliminära resultat, delresultat
published: publicerad, publicerades
eligibility criteria: inklusionskriterier, inklusionskriterium, behörighetskrav
recruiting: rekrytering, rekryterar, söker deltagare
open label extension: öppen förlängning, open label
expanded access: utökad tillgång
right to try: rätt att pröva
animal studies mice: mus, möss, djurförsök, djurmodell, djurstudie
in the laboratory in vitro: in vitro, i labbet, provrör
unproven: obevisad, inte bevisad, inte bevisat, utan bevis, ej vetenskapligt belagd, oprövad
harmful: skadlig, skadar, hälsofarlig
stop taking: sluta ta, slutar ta, sätta ut, avbryta behandlingen
keep taking: fortsätta ta, fortsätter ta, fortsätta med
combine together with: kombinera, kombinerad, kombination, tillsammans med
interaction: interaktion, växelverkan
legal: laglig
illegal: olaglig, förbjuden
warning: varning, varnar, varna
claims: påstår, lovar, påstående
testimonials: vittnesmål, erfarenhetsberättelse
expert: expert, specialist
guidelines: riktlinje, riktlinjer
information: information, info
quality of life: livskvalitet
improve: förbättra, förbättring, förbättrar
reverse: vända förloppet, vända sjukdomen, göra ogjort
stabilise: stabilisera, stabilisering
recovery: återhämtning, tillfrisknande
repair: reparera, reparation
early stage: tidigt skede, tidigt stadium, nydiagnostiserad
advanced stage: sent skede, långt framskriden, avancerat stadium
sporadic: sporadisk
genetic testing: gentest, genetisk testning, genetisk utredning
MRI scan: mr, magnetkamera, magnetröntgen
EMG: emg, elektromyografi
skin: hud
vein: ven
spine: ryggrad, ryggraden
needle: nål
nurse: sjuksköterska
charity: välgörenhet, ideell
petition: namninsamling, petition
pregnancy: graviditet, gravid
juice: juice, saft
sell: sälja, säljer, försäljning, säljs
shipping delivery: frakt, leverans
reduce lower: sänka, sänker, minska, minskar, reducera, reducerar
prevent block: förhindra, förhindrar, blockera, blockerar, hämma, hämmar, förebygga
neuromuscular: neuromuskulär
kidney: njure, njurar, njurfunktion
travel: resa utomlands, utlandsresa
Israeli Israel: israelisk, israel
Swiss Switzerland: schweizisk, schweiz
German Germany: tysk, tyskland
American United States: amerikansk, usa, förenta staterna, amerika
British United Kingdom: brittisk, storbritannien, england, engelsk
French France: fransk, frankrike
Japanese Japan: japansk, japan
Chinese China: kinesisk, kina
Korean Korea: koreansk, korea, sydkorea
Canadian Canada: kanadensisk, kanada
Australian Australia: australisk, australien
Dutch Netherlands: nederländsk, holländsk, nederländerna, holland
Swedish Sweden: svensk, sverige
Danish Denmark: dansk, danmark
Norwegian Norway: norsk, norge
Belgian Belgium: belgisk, belgien
Spanish Spain: spansk, spanien
Italian Italy: italiensk, italien
Portuguese Portugal: portugisisk, portugal
Brazilian Brazil: brasiliansk, brasilien
Indian India: indisk, indien
Mexican Mexico: mexikansk, mexiko
Russian Russia: rysk, ryssland
Irish Ireland: irländsk, irland
Austrian Austria: österrikisk, österrike
Finnish Finland: finsk, finland
Polish Poland: polsk, polen
Turkish Turkey: turkisk, turkiet
Ukrainian Ukraine: ukrainsk, ukraina
Argentinian Argentina: argentinsk, argentina
European Europe: europeisk, europa
Panamanian Panama: panamansk, panama
Colombian Colombia: colombiansk, colombia
helmet: hjälm
light helmet: ljushjälm, infraröd hjälm
light therapy: ljusterapi, fototerapi, fotobiomodulering, rödljusterapi
infrared light: infraröd, infrarött ljus, nära infrarött
laser: laserbehandling, laserterapi, laserljus
magnet: magnet, magnetfält, magnetfältsterapi, magnetisk
breathing trainer: andningstränare, andningsmuskelträning, andningsmuskeltränare
mask: mask, andningsmask, ansiktsmask, näsmask
cough assist: hostmaskin, hostassistans, hosthjälp, cough assist
communication aid: kommunikationshjälpmedel, talsyntes, talapparat, kommunikationsdator
eye gaze: ögonstyrning, ögonstyrd, blickstyrning, eye tracking
ketones: keton, ketonkroppar
ketone drink: ketondryck, ketonester
athletes: idrottare, idrottsman, elitidrottare, atlet
protein shake: proteinshake, proteindryck
high calorie: kaloririk, högkalorisk, näringsdryck
vitamin D: d-vitamin, vitamin d
vitamin B12: b12, vitamin b12, b12-vitamin
cannabis oil: cbd-olja, cannabisolja, hampolja
blood pressure medicine: blodtrycksmedicin, blodtryckssänkande, blodtrycksläkemedel
diabetes: diabetes, diabetiker, sockersjuka
diabetes drug: diabetesmedicin, diabetesläkemedel
off-label: off label, utanför godkänd indikation
sleeve cuff: manschett, tröjärm
band strap: band, armband, rem
headband: pannband
mat: matta, liggunderlag
electrode: elektrod
electric: elektrisk
electric current: ström, strömstöt, elchock
stimulation: stimulering, stimulera, stimulerar, stimulator
wearable: bärbar, bärs på kroppen
machine: maskin
light: ljus
legs: ben
arms: arm, armar, armen, armarna
hands: hand, händerna
feet: fot, fötter, fötterna
head: huvud
scalp: hårbotten
fat adipose: fett, fettvävnad, bukfett, kroppsfett
nose: näsa
mouth: mun
throat: hals, svalg
stomach belly: mage, magsäck
gut bowel: tarm
rats rodents: råttor, råttorna, gnagare
animals: djur
healthy volunteers: friska frivilliga, friska försökspersoner
registration fee: anmälningsavgift, deltagaravgift
fee: avgift
autophagy cell clean-up: autofagi, cellernas städning, cellrensning
inhibitor: hämmare, inhibitor
kinase inhibitor: kinashämmare, kinas
gummies: gummi, gelégodis
euros: euro
pounds sterling: pund, brittiska pund
subscription: prenumeration, abonnemang
overseas: utomeuropeisk, på andra sidan havet
tongue: tungan, tungans
sublingual under the tongue: sublingual, under tungan
ear: öra, öronen, örat, hörsel
eyes: öga, ögon
chest: bröst, bröstkorg
jaw: käke, käkmuskel, underkäke
saliva drooling: saliv, dregla, dreglar, dregling, salivering, för mycket saliv
choking: sätta i halsen, satte i halsen, sätter i halsen, kvävning, kvävas, storkna, felsväljning
cough: hosta, hostar
constipation: förstoppning, förstoppad, hård mage
sleep insomnia: sömn, sova, sömnlöshet, sömnproblem, sover dåligt
anxiety: ångest, oro, ängslig, panikångest
depression: depression, deprimerad, nedstämdhet, nedstämd
emotional lability crying laughing: emotionell labilitet, tvångsgråt, tvångsskratt, okontrollerad gråt,
  okontrollerat skratt, gråter utan anledning, skrattar utan anledning, pseudobulbär affekt
weight gain: viktökning, gå upp i vikt, går upp i vikt, öka i vikt
white blood cells: vita blodkroppar, vit blodkropp, leukocyt, lymfocyt
red blood cells: röda blodkroppar, röd blodkropp, erytrocyt
platelets: blodplätt, trombocyt
ion channel: jonkanal
potassium: kalium
sodium: natrium
calcium: kalcium
receptor: receptor
neuromuscular junction: neuromuskulära förbindelsen, neuromuskulär förbindelse, motorisk ändplatta,
  kopplingen mellan nerv och muskel, koppling mellan nerv och muskel, bron mellan nerv och muskel
synapse: synaps
axon: axon, nervtråd
overactive hyperexcitable: överretbar, överretbarhet, överaktiv, hyperexcitabel
mitochondria: energifabrik
clear waste clean-up: avfall, avfallsprodukt, rensa bort avfall, städa bort, slaggprodukt
rebuild restore: återuppbygga, bygga upp igen, återställa, återställer
calm soothe: lugna, lugnar, lugnande, dämpa
strengthen: förstärka, förstärker, stärkande, muskelstärkande, stärks
dissolve melt: lösa upp, löses upp, löser sig, smälta, smälter, munsönderfallande
lozenge: sugtablett, halstablett, pastill
chewing gum: tuggummi
oral solution liquid: sirap, hostmedicin
tea: te, örtte, en kopp te, dricka te
cream ointment gel: hudkräm, salva, gel, liniment, smörja in
inhaler: inhalator, inhalation, inhalera, astmaspray
vest: en väst, västar
glove: handske
collar neck brace: halskrage, nackkrage, nackstöd
band strap: handledsband
vibration: vibration, vibrera, vibrationsplatta
platform plate: platta, plattform
insoles: skoinlägg, inläggssula
sound music: ljud, musik, musikterapi, ljudvåg
smartphone app: app, appen, mobilapp, smartphone, mobiltelefon
ultrasound: ultraljud, fokuserat ultraljud
heat: värme, värmebehandling
cold: kyla, köld, kylbehandling, kryoterapi
massage: massage, massera
bath: badkar, varmt bad, badet
two trials at once: två studier, två studier samtidigt, två prövningar samtidigt, två läkemedelsstudier
leftover medicines: överblivna läkemedel, överblivna mediciner, överbliven, överblivna, oanvända läkemedel, blivit över
deceased: avliden, avlidne, avlidna, död, dog, avled
dental amalgam: amalgam, amalgamfyllning
dental filling: fyllning, tandfyllning
dentist: tandläkare
teeth tooth: tand, tänder
mercury: kvicksilver
chelation: kelering, keleringsterapi, kelatbehandling
detox: avgiftning, detox
heavy metals: tungmetaller
food intolerance: födoämnesintolerans
remove take out: ta bort, avlägsna
"""

# --- Danish ---------------------------------------------------------------------------------
_DA = """
ALS MND: als, amyotrofisk lateral sklerose, amyotrofisk lateralsklerose, lateral sklerose, motorneuronsygdom,
  charcots sygdom, charcot, mnd, lou gehrigs sygdom
motor neurons: motorneuron, motorneuroner, motoriske nerveceller, motorisk nervecelle
neurons: neuron, neuroner, nervecelle
cells: celle
spinal cord: rygmarv, rygmarven
muscles: muskel, muskler, musklerne, muskulatur
muscle weakness: muskelsvaghed, svaghed, kraftesløshed
muscle wasting atrophy: muskelsvind, atrofi
cramps: krampe, muskelkrampe
spasms: spasme
fasciculations twitching: fascikulation, muskeltrækning, trækninger, fascikulationer
spasticity: spasticitet, stivhed
breathing: vejrtrækning, trække vejret, åndedræt, åndedrætsmuskler
lungs: lunge
swallowing: synke, synkebesvær, synkeproblemer, dysfagi
bulbar onset: bulbær debut, bulbær form
speech: taleevne, talebesvær, taleproblemer, dysartri
voice: stemme
nerves: nerve
brain: hjerne
cerebrospinal fluid: rygmarvsvæske, spinalvæske, cerebrospinalvæske
blood: blod
blood test: blodprøve
disease progression: progression, sygdomsforløb, forløb, forværring, udvikling af sygdommen
slow down: bremse, bremser, sinke, sinker, forsinke, forsinker, sætte farten ned
stop halt: stoppe, stopper
symptoms: symptom, plager
diagnosis: diagnose, diagnosticeret, fået diagnosen
survival: overlevelse, overleve, leve længere, forlænge livet
life expectancy: levetid, forventet levetid, restlevetid
cure: helbredelse, helbrede, helbreder, kur
genetic: genetisk, gen
hereditary familial: arvelig, familiær
mutation: mutation, genforandring, genmutation, genvariant, gendefekt, muteret, bærer af genet
frontotemporal dementia: frontotemporal demens, demens
fatigue: træthed, udmattelse, fatigue
weight loss: vægttab, tabt sig, vægten falder
walking: gangfunktion, gangbesvær, svært ved at gå
paralysis: lammelse
patient: patient, ramt
carer: pårørende, plejepersonale, hjemmepleje
family: familie
wheelchair: kørestol
stem cells: stamcelle
stem cell therapy: stamcelleterapi, stamcellebehandling
cell therapy: celleterapi
astrocytes: astrocyt, astrocytter
bone marrow: knoglemarv
umbilical cord: navlestreng
umbilical cord blood: navlestrengsblod
mesenchymal: mesenkymal
fat-derived cells: fedtcelle, celler fra fedtvæv
gene therapy: genterapi
antisense: antisense, aso
oligonucleotide: oligonukleotid
antibody: antistof
monoclonal antibody: monoklonal, monoklonalt antistof
infusion: infusion
injection: injektion, indsprøjtning, sprøjte
lumbar puncture: lumbalpunktur, rygmarvsprøve
spinal injection intrathecal: intratekal, i rygmarvskanalen, sprøjte i ryggen, i rygmarvsvæsken
tablet pill: tablet, tablett, pille
capsule: kapsel, kapsler, kapslerne
powder: pulver
supplement: kosttilskud, tilskud, supplement
diet: kost, diæt, kosthold
fasting: faste
ketogenic: ketogen
vitamin: vitamin
intravenous drip: drop, intravenøs, i venen, gennem venen, intravenøst
implant: implantat, implantere, implanteret
device: apparat, medicinsk udstyr
breathing exercise: åndedrætsøvelse, vejrtrækningsøvelse, åndedrætstræning
ventilation: ventilation, respirator, vejrtrækningsstøtte, hjemmerespirator
tracheostomy: trakeostomi, trakeotomi
feeding tube: sonde, ernæringssonde, mavesonde, peg, gastrostomi
patch: plaster, depotplaster, transdermal
spray: spray
nasal: nasal
nasal spray: næsespray, gennem næsen, via næsen, intranasal
vaccine: vaccine, vaccination
virus: virus, viral, harmløst virus, aav
viral vector: virusvektor, viral vektor
protein: protein, æggehvidestof
enzyme: enzym
mitochondria: mitokondrie, mitokondrier, mitokondrierne, mitokondriel
inflammation: inflammation, betændelse, neuroinflammation
anti inflammatory: antiinflammatorisk, betændelsesdæmpende
immune system: immunsystem, immunforsvar, immun
immunotherapy: immunterapi
drug medicine: lægemiddel, lægemidler, medicin, præparat
active substance: aktivt stof, virksomt stof
compound: kemisk forbindelse, stof
treatment: behandling
therapy: terapi
transplant: transplantation, transplantere
surgery: operation, kirurgi, indgreb, kirurgisk, operere
oral: oral, til at sluge, gennem munden
antioxidant: antioxidant
hormone: hormon
cannabis: cannabis, cbd
natural remedy: naturmedicin, naturlægemiddel, naturmiddel, plantebaseret, naturligt middel, husråd
natural: naturlig
homeopathy: homøopati
alternative medicine: alternativ medicin, alternativ behandling
acupuncture: akupunktur
physiotherapy: fysioterapi, fysioterapeut
occupational therapy: ergoterapi, ergoterapeut
exercise: motion, træning, fysisk aktivitet
plasma: plasma, plasmaferese
dose: dosis, dosering
electrical stimulation: elstimulation, elektrisk stimulation
magnetic stimulation: magnetstimulation
hyperbaric oxygen: hyperbar ilt, trykkammer, hyperbar iltbehandling
oxygen: ilt
clinical trial: klinisk forsøg, klinisk afprøvning, klinisk studie, lægemiddelforsøg
study: studie, undersøgelse
trial experiment: forsøg
research: forskning
phase: fase
placebo: placebo, snydepille
results: resultat
evidence: evidens, videnskabeligt belæg, dokumentation
proof: bevis
effective: effektiv, virksom
efficacy: effekt, virkning
works: virker, virke, fungerer, hjælper
safe safety: sikker, sikkerhed, ufarlig
dangerous: farlig
side effects: bivirkning
approved authorised: godkendt
approval: godkendelse
regulator: lægemiddelstyrelsen, sundhedsstyrelsen, myndighed, myndighederne, ema, fda, det europæiske lægemiddelagentur,
  swissmedic
risk: risiko, risici
benefit: gavn, fordel, nytte
proven: bevist, påvist, dokumenteret
promising: lovende
data: data
participants: deltager, forsøgsperson
cohort: kohorte
cost price: omkostning, pris, koster, koste, udgift
how much does it cost: hvad koster, hvor meget koster
how much: hvor meget
where: hvor kan, hvor finder, hvor køber
clinic: klinik
private clinic: privatklinik, privat klinik, privathospital
private test: privat test, privattest, privatlaboratorium
Lyme disease: borrelia, borreliose, lyme
tick bite: flåtbid, flåt
abroad: udlandet, i udlandet
pay: betale, betaler
expensive: dyrt, for dyr, meget dyr, bekostelig, kostbar
free of charge: gratis, vederlagsfri
doctor: læge, doktor
neurologist: neurolog
general practitioner: egen læge, praktiserende læge, alment praktiserende
hospital: hospital, sygehus, universitetshospital, rigshospitalet
company: firma, virksomhed, selskab, producent
pharmaceutical company: medicinalfirma, medicinalvirksomhed, lægemiddelfirma, medicinalindustrien
biotech: bioteknologi, biotekfirma, biotech
laboratory: laboratorium
start-up: startup, start-up, iværksættervirksomhed
recommend: anbefale, anbefaler, anbefales, anbefalet, anbefalelsesværdig
recommendation: anbefaling
advise advice: råd, rådgive, rådgivning, fraråder, fraråde
position: holdning, standpunkt, position
statement: udtalelse, erklæring
position statement: holdningspapir, positionspapir
association: forening, forbund
foundation: fond
organisation: organisation
researchers scientists: forsker, videnskabsfolk
compassionate use: compassionate use, særlig tilladelse, udleveringstilladelse
early access: tidlig adgang
waiting list: venteliste
take part enrol: deltage, deltager i, tilmelde, tilmelde sig, være med i
scam fraud: svindel, bedrageri, fupmager, kvaksalver, kvaksalveri, humbug
hope: håb
miracle: mirakel, mirakelkur, vidundermiddel
breakthrough: gennembrud
news: nyhed, nyheder
publication: publikation, artikel
peer reviewed: fagfællebedømt, videnskabeligt tidsskrift, peer review
failed stopped: mislykkedes, slog fejl, afbrudt, stoppet, indstillet
withdrawn: trukket tilbage, tilbagekaldt
health insurance: sygesikring, tilskud til medicin, medicintilskud, regionen betaler, sundhedsforsikring,
  refusion, forsikring
prescription: recept, ordination, udskrive
available: tilgængelig, kan fås
worth it: værd, det værd, umagen værd, kan betale sig
try: prøve, afprøve, forsøge
wait: vente, afvente
buy: købe, køber, købt
order: bestille, bestiller, bestilling, bestilt
what do you think: hvad mener i, hvad synes i, hvad tror i, hvad siger i, hvad mener du
opinion: mening, vurdering, holdning til
should I: skal jeg, bør jeg, burde jeg, skal vi, bør man
is it true: passer det, er det sandt, er det rigtigt
help: hjælpe, hjælp
take: indtage, indtagelse
experimental: eksperimentel
riluzole: riluzol
edaravone: edaravon
oral solution liquid: oral opløsning, flydende form, mikstur, suspension
drink: drik, drikke
sachet: pulverbrev, dosepose, granulat
weekly: ugentlig, hver uge, en gang om ugen
daily: daglig, dagligt, hver dag, en gang om dagen, to gange om dagen, om dagen
monthly: månedlig, hver måned, en gang om måneden
once single one-time: engangsbehandling, engangsdosis, en enkelt dosis, kun en gang
subcutaneous under the skin: subkutan, under huden
intramuscular: intramuskulær, i musklen
eye drops: øjendråber
drops: dråber
pump: pumpe, medicinpumpe
protein clumps aggregates: aggregat, aggregering, proteinklumper, proteinophobning, klumper, klumper sig sammen,
  aflejring, proteinaggregat
misfolded protein: fejlfoldet, fejlfoldning, forkert foldet
cell energy: cellernes energi, energi til cellerne, cellernes kraftværk, cellens kraftværk, kraftværk
energy: energi
oxidative stress: oxidativt stress, frie radikaler, oxidation
glutamate: glutamat
excitotoxicity: excitotoksicitet
gene silencing: slukke for genet, lukke genet ned, slå genet fra, gendæmpning
DNA: dna, arvemasse, arvemateriale
RNA: rna, mrna, budbringer-rna
neuroprotection protects nerve cells: neurobeskyttelse, neuroprotektiv, beskytter nervecellerne, beskytte nervecellerne,
  nervebeskyttende, beskytter motorneuronerne
synthetic peptide: syntetisk peptid, peptid
biomarker: biomarkør
neurofilament: neurofilament
own cells autologous: egne celler, kroppens egne celler, autolog, kropsegen
donor: donor
regeneration: regeneration, regenerere, regenerativ, gendannelse
growth factor: vækstfaktor, neurotrof
molecule: molekyle
microglia: mikroglia
gut microbiome: tarmflora, mikrobiom, tarmbakterier
toxic: giftig, toksisk, toksicitet
mechanism: mekanisme, virkningsmekanisme
seaweed algae: alge, alger, tang, havalger, algeekstrakt
plant herbal: plante, planteekstrakt, urter, urt, lægeurt, urtemedicin
extract: ekstrakt
mushroom: svamp, medicinsk svamp
turmeric curcumin: gurkemeje, curcumin
traditional Chinese medicine: traditionel kinesisk medicin, tcm
coconut oil: kokosolie
oil: olie
green tea: grøn te
probiotic: probiotika, probiotikum
amino acids: aminosyre
creatine: kreatin
coenzyme Q10: coenzym q10, q10
omega 3: omega 3
medical cannabis: medicinsk cannabis
repurposed drug: allerede godkendt lægemiddel, gammelt lægemiddel, genbrugt lægemiddel
cancer: kræft, cancer, tumor, kræftmedicin, onkologisk
leukaemia: leukæmi
chemotherapy: kemoterapi, kemo
antibiotic: antibiotika, antibiotikum
antiviral: antiviral, virushæmmende
HIV: hiv, aids
migraine: migræne
epilepsy: epilepsi, epilepsimedicin, antiepileptika, krampeanfald
Alzheimer's: alzheimer, alzheimers
Parkinson's: parkinson, parkinsons
multiple sclerosis: multipel sklerose, sklerose
muscle disease: muskelsygdom, myopati
muscular dystrophy: muskeldystrofi
spinal muscular atrophy: spinal muskelatrofi
children: børn, barn, pædiatrisk
antidepressant: antidepressiva, antidepressivt, antidepressivum
painkiller: smertestillende
pain: smerte
heart: hjerte
liver: leverfunktion, leverskade, levertal
blood pressure: blodtryk
blood flow circulation: blodgennemstrømning, blodcirkulation, blodomløb
nausea: kvalme
headache: hovedpine
diarrhoea: diarré
dizziness: svimmelhed
allergy: allergi, allergisk
online internet: internet, internettet, nettet, på nettet, online
website: hjemmeside, webside, website
pharmacy: apotek
foreign pharmacy abroad: udenlandsk apotek, apotek i udlandet, netapotek, internetapotek
import: importere, import, indførsel
customs: told, tolden
without prescription: uden recept, håndkøb, håndkøbsmedicin
buyers club group purchase: købeklub, buyers club, fælleskøb, fælles bestilling
funding: finansiering, finansieret
donation fundraising: donation, indsamling, gave, crowdfunding
black market: det sorte marked, sort marked
counterfeit: forfalskning, forfalsket, falsk
afford: have råd, ikke råd, råd til
cheap: billig, billigt
marketing authorisation: markedsføringstilladelse, på markedet
market: marked
licensed: licenseret, licens
randomised: randomiseret, lodtrækning
double blind: dobbeltblind
control group: kontrolgruppe
preliminary results: foreløbige resultater, delresultater
published: publiceret, offentliggjort
eligibility criteria: inklusionskriterier, inklusionskriterie, betingelser for deltagelse
recruiting: rekruttering, rekrutterer, søger deltagere
open label extension: åben forlængelse, open label
expanded access: udvidet adgang
right to try: ret til at prøve
animal studies mice: mus, dyreforsøg, dyremodel, forsøgsdyr
in the laboratory in vitro: in vitro, i laboratoriet, reagensglas
unproven: ubevist, ikke bevist, ikke dokumenteret, uden bevis, uprøvet
harmful: skadelig, skader, sundhedsskadelig
stop taking: stoppe med, holde op med, seponere, afbryde behandlingen
keep taking: fortsætte med, blive ved med
combine together with: kombinere, kombineret, kombination, sammen med
interaction: interaktion, vekselvirkning
legal: lovlig
illegal: ulovlig, forbudt
warning: advarsel, advarer, advare
claims: påstår, lover, påstand
testimonials: vidnesbyrd, erfaringer fra patienter
expert: ekspert, specialist
guidelines: retningslinje, retningslinjer
information: information, oplysninger, info
quality of life: livskvalitet
improve: forbedre, forbedring, forbedrer
reverse: vende forløbet, vende sygdommen, gøre om
stabilise: stabilisere, stabilisering
recovery: bedring, helbredelse af
repair: reparere, reparation
early stage: tidligt stadie, tidlig fase, nydiagnosticeret
advanced stage: fremskreden, sent stadie, fremskredent stadie
sporadic: sporadisk
genetic testing: gentest, genetisk test, genetisk udredning
MRI scan: mr, mr-scanning, scanning
EMG: emg, elektromyografi
skin: hud
vein: vene, blodåre
spine: rygsøjle, rygrad
needle: nål
nurse: sygeplejerske
charity: velgørenhed, almennyttig, velgørende
petition: underskriftindsamling, borgerforslag, petition
pregnancy: graviditet, gravid
juice: juice, saft
sell: sælge, sælger, salg, sælges
shipping delivery: forsendelse, fragt, levering
reduce lower: sænke, sænker, reducere, reducerer, mindske, mindsker, nedsætte
prevent block: forhindre, forhindrer, blokere, blokerer, hæmme, forebygge
neuromuscular: neuromuskulær
kidney: nyre, nyrer, nyrefunktion
travel: rejse til udlandet, udlandsrejse
Israeli Israel: israelsk, israel
Swiss Switzerland: schweizisk, schweiz
German Germany: tysk, tyskland
American United States: amerikansk, usa, de forenede stater, amerika
British United Kingdom: britisk, storbritannien, england, engelsk
French France: fransk, frankrig
Japanese Japan: japansk, japan
Chinese China: kinesisk, kina
Korean Korea: koreansk, korea, sydkorea
Canadian Canada: canadisk, canada
Australian Australia: australsk, australien
Dutch Netherlands: nederlandsk, hollandsk, nederlandene, holland
Swedish Sweden: svensk, sverige
Danish Denmark: dansk, danmark
Norwegian Norway: norsk, norge
Belgian Belgium: belgisk, belgien
Spanish Spain: spansk, spanien
Italian Italy: italiensk, italien
Portuguese Portugal: portugisisk, portugal
Brazilian Brazil: brasiliansk, brasilien
Indian India: indisk, indien
Mexican Mexico: mexicansk, mexico
Russian Russia: russisk, rusland
Irish Ireland: irsk, irland
Austrian Austria: østrigsk, østrig
Finnish Finland: finsk, finland
Polish Poland: polsk, polen
Turkish Turkey: tyrkisk, tyrkiet
Ukrainian Ukraine: ukrainsk, ukraine
Argentinian Argentina: argentinsk, argentina
European Europe: europæisk, europa
Panamanian Panama: panamansk, panama
Colombian Colombia: colombiansk, colombia
helmet: hjelm
light helmet: lyshjelm, infrarød hjelm
light therapy: lysterapi, fototerapi, fotobiomodulation, rødlysterapi
infrared light: infrarød, infrarødt lys, nær infrarød
laser: laser, laserbehandling
magnet: magnet, magnetfelt, magnetfeltterapi, magnetisk
breathing trainer: vejrtrækningstræner, åndedrætstræner, respirationstræning
mask: ansigtsmaske, næsemaske, masken, maskebehandling
cough assist: hostemaskine, hosteassistent, hostehjælp, cough assist
communication aid: kommunikationshjælpemiddel, talecomputer, kommunikationsudstyr, taleapparat
eye gaze: øjenstyring, øjenstyret, blikstyring, eye tracking
ketones: keton, ketonstoffer
ketone drink: ketondrik, ketonester
athletes: sportsfolk, idrætsudøver, atlet, eliteatlet
protein shake: proteinshake, proteindrik
high calorie: kalorierig, højkalorisk, ernæringsdrik
vitamin D: d-vitamin, vitamin d
vitamin B12: b12, vitamin b12, b12-vitamin
cannabis oil: cbd-olie, cannabisolie, hampolie
blood pressure medicine: blodtryksmedicin, blodtrykssænkende
diabetes: diabetes, diabetiker, sukkersyge
diabetes drug: diabetesmedicin
off-label: off label, uden for godkendt indikation
sleeve cuff: manchet, ærme
band strap: bånd, armbånd, rem
headband: pandebånd
mat: måtte, liggeunderlag
electrode: elektrode
electric: elektrisk
electric current: strøm, strømstød, elektrisk stød
stimulation: stimulation, stimulere, stimulerer, stimulator
wearable: bærbar, bæres på kroppen
machine: maskine
light: lys
legs: ben
arms: arm, arme, armen, armene
hands: hånd, hænder, hænderne
feet: fod, fødder, fødderne
head: hoved
scalp: hovedbund
fat adipose: fedtvæv, mavefedt, kropsfedt
nose: næse
mouth: mund
throat: hals, svælg
stomach belly: mave, mavesæk
gut bowel: tarm
rats rodents: rotte, gnaver
animals: dyrene, forsøgsdyrene, dyr i forsøg
healthy volunteers: raske frivillige, raske forsøgspersoner
registration fee: tilmeldingsgebyr, deltagergebyr
fee: gebyr
autophagy cell clean-up: autofagi, cellernes oprydning, celleoprydning
inhibitor: hæmmer, inhibitor
kinase inhibitor: kinasehæmmer, kinase
gummies: vingummi, gummi
euros: euro
pounds sterling: pund, britiske pund
subscription: abonnement
overseas: oversøisk, på den anden side af havet
tongue: tungen, tungens
sublingual under the tongue: sublingual, under tungen
ear: øret, ørerne, ører, ørepine, hørelse
eyes: øje, øjne
chest: bryst, brystkasse
jaw: kæbe, underkæbe
saliva drooling: spyt, savl, savle, savler, spytflåd, for meget spyt
choking: fejlsynkning, kvælning, galt i halsen, får det galt i halsen
cough: hoste, hoster
constipation: forstoppelse, forstoppet, hård mave
sleep insomnia: søvn, sove, søvnløshed, søvnproblemer, sover dårligt
anxiety: angst, uro, ængstelig, panikangst
depression: depression, deprimeret, nedtrykt
emotional lability crying laughing: emotionel labilitet, tvangsgråd, tvangslatter, ukontrolleret gråd,
  ukontrolleret latter, græder uden grund, griner uden grund
weight gain: vægtøgning, tage på i vægt, tager på i vægt, tog på i vægt
white blood cells: hvide blodlegemer, hvidt blodlegeme, leukocyt
red blood cells: røde blodlegemer, rødt blodlegeme, erytrocyt
platelets: blodplade, trombocyt
ion channel: ionkanal
potassium: kalium
sodium: natrium
calcium: calcium
receptor: receptor
neuromuscular junction: neuromuskulær overgang, motorisk endeplade, forbindelsen mellem nerve og muskel,
  forbindelse mellem nerve og muskel, broen mellem nerve og muskel
synapse: synapse
axon: axon, nervetråd
overactive hyperexcitable: overirritabel, overaktiv, hyperexcitabel, overpirrelig
mitochondria: energifabrik
clear waste clean-up: affald, affaldsstof, fjerne affald, slaggestof, rydde op i affald
rebuild restore: genopbygge, genopbygger, genskabe, genskaber, genoprette
calm soothe: berolige, beroliger, beroligende, dæmpe
strengthen: styrke, styrker, styrkelse, forstærke
dissolve melt: opløse, opløses, opløser sig, smelte, smelter, smeltetablet
lozenge: sugetablet, halspastil, pastil
chewing gum: tyggegummi
oral solution liquid: sirup, hostesaft
tea: te, urtete, en kop te, drikke te
cream ointment gel: creme, salve, gel
inhaler: inhalator, inhalation, inhalere, astmaspray
vest: vest
glove: handske
collar neck brace: halskrave, nakkekrave, nakkestøtte
band strap: håndledsbånd
vibration: vibration, vibrere, vibrationsplade
platform plate: platform, vibrationsplatform
insoles: indlægssål, skoindlæg
sound music: lyd, musik, musikterapi, lydbølge
smartphone app: app, mobilapp, smartphone, mobiltelefon
ultrasound: ultralyd
heat: varme, varmebehandling
cold: kulde, kuldebehandling, kryoterapi
massage: massage, massere
bath: badekar, varmt bad, badet
two trials at once: to forsøg, to forsøg samtidig, to studier samtidig, to forsøg på én gang
leftover medicines: overskydende medicin, overskydende, tiloversblevne, tiloversblevet medicin, ubrugt medicin,
  rester af medicin
deceased: afdød, afdøde, død, døde
dental amalgam: amalgam, amalgamfyldning
dental filling: fyldning, tandfyldning
dentist: tandlæge
teeth tooth: tand, tænder
mercury: kviksølv
chelation: kelering, kelationsterapi
detox: afgiftning, detox
heavy metals: tungmetaller
food intolerance: fødevareintolerance
remove take out: fjerne, få fjernet
"""

# --- Norwegian Bokmål ----------------------------------------------------------------------
_NB = """
ALS MND: als, amyotrofisk lateral sklerose, amyotrofisk lateralsklerose, lateral sklerose, motornevronsykdom,
  motorneuronsykdom, charcots sykdom, charcot, mnd, lou gehrigs sykdom
motor neurons: motornevron, motorneuron, motornevroner, motoriske nerveceller, motorisk nervecelle
neurons: nevron, nevroner, neuron, nervecelle
cells: celle
spinal cord: ryggmarg, ryggmargen
muscles: muskel, muskler, musklene, muskulatur
muscle weakness: muskelsvakhet, svakhet, kraftløshet
muscle wasting atrophy: muskelsvinn, atrofi
cramps: krampe, muskelkrampe
spasms: spasme
fasciculations twitching: fascikulasjon, muskelrykninger, rykninger, fascikulasjoner
spasticity: spastisitet, stivhet
breathing: pust, puste, pusten, åndedrett, pustemuskler
lungs: lunge
swallowing: svelge, svelgevansker, svelgeproblemer, dysfagi
bulbar onset: bulbær debut, bulbær form
speech: taleevne, talevansker, taleproblemer, dysartri
voice: stemme
nerves: nerve
brain: hjerne
cerebrospinal fluid: ryggmargsvæske, spinalvæske, cerebrospinalvæske
blood: blod
blood test: blodprøve
disease progression: progresjon, sykdomsforløp, forløp, forverring, utvikling av sykdommen
slow down: bremse, bremser, forsinke, forsinker, senke farten
stop halt: stoppe, stopper
symptoms: symptom, plager
diagnosis: diagnose, diagnostisert, fått diagnosen
survival: overlevelse, overleve, leve lenger, forlenge livet
life expectancy: levetid, forventet levetid, gjenstående levetid
cure: helbredelse, helbrede, helbreder, kur
genetic: genetisk, gen
hereditary familial: arvelig, familiær
mutation: mutasjon, genforandring, genmutasjon, genvariant, gendefekt, mutert, bærer av genet
frontotemporal dementia: frontotemporal demens, demens
fatigue: tretthet, utmattelse, fatigue
weight loss: vekttap, gått ned i vekt, vekten går ned
walking: gangfunksjon, gangvansker, vanskelig å gå
paralysis: lammelse
patient: pasient, pasienten
carer: pårørende, pleiepersonale, hjemmesykepleie
family: familie
wheelchair: rullestol
stem cells: stamcelle
stem cell therapy: stamcelleterapi, stamcellebehandling
cell therapy: celleterapi
astrocytes: astrocytt, astrocytter, astrocyt
bone marrow: benmarg
umbilical cord: navlestreng
umbilical cord blood: navlestrengsblod
mesenchymal: mesenkymal
fat-derived cells: fettcelle, celler fra fettvev
gene therapy: genterapi
antisense: antisense, aso
oligonucleotide: oligonukleotid
antibody: antistoff
monoclonal antibody: monoklonal, monoklonalt antistoff
infusion: infusjon
injection: injeksjon, sprøyte
lumbar puncture: lumbalpunksjon, spinalpunksjon, ryggmargsprøve
spinal injection intrathecal: intratekal, i ryggmargskanalen, sprøyte i ryggen, i ryggmargsvæsken
tablet pill: tablett, pille
capsule: kapsel, kapsler, kapslene
powder: pulver
supplement: kosttilskudd, tilskudd, supplement
diet: kost, diett, kosthold
fasting: faste
ketogenic: ketogen
vitamin: vitamin
intravenous drip: drypp, intravenøs, i venen, gjennom venen, intravenøst
implant: implantat, implantere, implantert
device: apparat, medisinsk utstyr
breathing exercise: pusteøvelse, pustetrening, åndedrettsøvelse
ventilation: ventilasjon, respirator, pustestøtte, hjemmerespirator, maskebehandling
tracheostomy: trakeostomi, trakeotomi
feeding tube: sonde, ernæringssonde, magesonde, peg, gastrostomi
patch: plaster, depotplaster, transdermal
spray: spray
nasal: nasal
nasal spray: nesespray, gjennom nesen, via nesen, intranasal
vaccine: vaksine, vaksinasjon
virus: virus, viral, harmløst virus, aav
viral vector: virusvektor, viral vektor
protein: protein, eggehvitestoff
enzyme: enzym
mitochondria: mitokondrie, mitokondrier, mitokondriene, mitokondriell
inflammation: inflammasjon, betennelse, nevroinflammasjon, neuroinflammasjon
anti inflammatory: antiinflammatorisk, betennelsesdempende
immune system: immunsystem, immunforsvar, immun
immunotherapy: immunterapi
drug medicine: legemiddel, legemidler, medisin, preparat
active substance: virkestoff, aktivt stoff
compound: kjemisk forbindelse, stoff
treatment: behandling
therapy: terapi
transplant: transplantasjon, transplantere
surgery: operasjon, kirurgi, inngrep, kirurgisk, operere
oral: oral, til å svelge, gjennom munnen
antioxidant: antioksidant
hormone: hormon
cannabis: cannabis, cbd
natural remedy: naturmedisin, naturlegemiddel, naturmiddel, plantebasert, naturlig middel, husråd
natural: naturlig
homeopathy: homøopati
alternative medicine: alternativ medisin, alternativ behandling
acupuncture: akupunktur
physiotherapy: fysioterapi, fysioterapeut
occupational therapy: ergoterapi, ergoterapeut
exercise: mosjon, trening, fysisk aktivitet
plasma: plasma, plasmaferese
dose: dose, dosering
electrical stimulation: elstimulering, elektrisk stimulering
magnetic stimulation: magnetstimulering
hyperbaric oxygen: hyperbar oksygen, trykkammer, hyperbar oksygenbehandling
oxygen: oksygen, surstoff
clinical trial: klinisk studie, klinisk utprøving, klinisk forsøk, legemiddelutprøving
study: studie, undersøkelse
trial experiment: forsøk
research: forskning
phase: fase
placebo: placebo, narrepille
results: resultat
evidence: evidens, vitenskapelig belegg, dokumentasjon
proof: bevis
effective: effektiv, virksom
efficacy: effekt, virkning
works: virker, virke, fungerer, hjelper
safe safety: sikker, sikkerhet, ufarlig
dangerous: farlig
side effects: bivirkning
approved authorised: godkjent
approval: godkjenning
regulator: legemiddelverket, statens legemiddelverk, dmp, helsedirektoratet, myndighet, myndighetene, ema, fda,
  det europeiske legemiddelbyrået, swissmedic
risk: risiko, risikoer
benefit: nytte, fordel, gevinst
proven: bevist, påvist, dokumentert
promising: lovende
data: data
participants: deltaker, forsøksperson
cohort: kohorte
cost price: kostnad, pris, koster, koste, utgift
how much does it cost: hva koster, hvor mye koster
how much: hvor mye
where: hvor kan, hvor finner, hvor kjøper
clinic: klinikk
private clinic: privatklinikk, privat klinikk, privatsykehus
private test: privat test, privattest, privatlaboratorium
Lyme disease: borrelia, borreliose, lyme
tick bite: flåttbitt, flått
abroad: utlandet, i utlandet
pay: betale, betaler
expensive: dyrt, for dyr, veldig dyr, kostbar
free of charge: gratis, kostnadsfri
doctor: lege, legen, doktor
neurologist: nevrolog, neurolog
general practitioner: fastlege, fastlegen, allmennlege
hospital: sykehus, sykehuset, universitetssykehus, rikshospitalet
company: firma, selskap, bedrift, produsent
pharmaceutical company: legemiddelfirma, legemiddelselskap, farmasøytisk selskap, legemiddelindustrien
biotech: bioteknologi, bioteknologiselskap, biotech
laboratory: laboratorium
start-up: startup, start-up, oppstartsselskap, gründerbedrift
recommend: anbefale, anbefaler, anbefales, anbefalt, anbefalelsesverdig
recommendation: anbefaling
advise advice: råd, gi råd, rådgivning, fraråder, fraråde
position: holdning, standpunkt, posisjon
statement: uttalelse, erklæring
position statement: posisjonsnotat, holdningsnotat
association: forening, forbund
foundation: stiftelse
organisation: organisasjon
researchers scientists: forsker, forskere
compassionate use: compassionate use, spesielt godkjenningsfritak, godkjenningsfritak
early access: tidlig tilgang
waiting list: venteliste
take part enrol: delta, deltar i, melde seg på, påmelding
scam fraud: svindel, bedrageri, kvakksalver, kvakksalveri, humbug, lureri
hope: håp
miracle: mirakel, mirakelkur, vidundermiddel
breakthrough: gjennombrudd
news: nyhet, nyheter
publication: publikasjon, artikkel
peer reviewed: fagfellevurdert, vitenskapelig tidsskrift, peer review
failed stopped: mislyktes, feilet, avbrutt, stoppet, innstilt
withdrawn: trukket tilbake, tilbakekalt
health insurance: blå resept, helseforsikring, refusjon, forsikring, dekket av staten, helfo
prescription: resept, forskrivning, skrive ut
available: tilgjengelig, kan fås
worth it: verdt, verdt det, lønner seg, er det verdt
try: prøve, prøve ut, teste
wait: vente, avvente
buy: kjøpe, kjøper, kjøpt
order: bestille, bestiller, bestilling, bestilt
what do you think: hva mener dere, hva synes dere, hva tror dere, hva sier dere, hva mener du
opinion: mening, vurdering, syn på
should I: skal jeg, bør jeg, burde jeg, skal vi, bør man
is it true: stemmer det, er det sant, er det riktig
help: hjelpe, hjelp
take: innta, inntak
experimental: eksperimentell
riluzole: riluzol
edaravone: edaravon
oral solution liquid: mikstur, flytende form, oral løsning, suspensjon
drink: drikk, drikke
sachet: dosepose, pulverpose, granulat
weekly: ukentlig, hver uke, en gang i uken, en gang i uka
daily: daglig, hver dag, en gang om dagen, to ganger om dagen, om dagen, per dag
monthly: månedlig, hver måned, en gang i måneden
once single one-time: engangsbehandling, engangsdose, en enkelt dose, bare en gang
subcutaneous under the skin: subkutan, under huden
intramuscular: intramuskulær, i muskelen
eye drops: øyedråper
drops: dråber
pump: pumpe, medisinpumpe
protein clumps aggregates: aggregat, aggregering, proteinklumper, proteinopphopning, klumper, klumper seg sammen,
  avleiring, proteinaggregat
misfolded protein: feilfoldet, feilfolding, feil foldet
cell energy: cellenes energi, energi til cellene, cellenes kraftverk, cellens kraftverk, kraftverk
energy: energi
oxidative stress: oksidativt stress, frie radikaler, oksidasjon
glutamate: glutamat
excitotoxicity: eksitotoksisitet
gene silencing: skru av genet, slå av genet, stenge av genet, gendemping
DNA: dna, arvestoff, arvemateriale
RNA: rna, mrna, budbringer-rna
neuroprotection protects nerve cells: nevrobeskyttelse, nevroprotektiv, beskytter nervecellene, beskytte nervecellene,
  nervebeskyttende, beskytter motornevronene
synthetic peptide: syntetisk peptid, peptid
biomarker: biomarkør
neurofilament: nevrofilament, neurofilament
own cells autologous: egne celler, kroppens egne celler, autolog, kroppsegen
donor: donor, giver
regeneration: regenerasjon, regenerere, regenerativ, gjenoppbygging
growth factor: vekstfaktor, nevrotrof
molecule: molekyl
microglia: mikroglia
gut microbiome: tarmflora, mikrobiom, tarmbakterier
toxic: giftig, toksisk, toksisitet
mechanism: mekanisme, virkningsmekanisme, virkemåte
seaweed algae: alge, alger, tang, tare, algeekstrakt
plant herbal: plante, planteekstrakt, urter, urt, legeurt, urtemedisin
extract: ekstrakt
mushroom: sopp, medisinsk sopp
turmeric curcumin: gurkemeie, kurkumin
traditional Chinese medicine: tradisjonell kinesisk medisin, tcm
coconut oil: kokosolje
oil: olje
green tea: grønn te
probiotic: probiotika, probiotikum
amino acids: aminosyre
creatine: kreatin
coenzyme Q10: koenzym q10, q10
omega 3: omega 3
medical cannabis: medisinsk cannabis
repurposed drug: allerede godkjent legemiddel, gammelt legemiddel, gjenbrukt legemiddel
cancer: kreft, cancer, svulst, kreftmedisin, onkologisk
leukaemia: leukemi
chemotherapy: cellegift, kjemoterapi, cellegiftbehandling
antibiotic: antibiotika, antibiotikum
antiviral: antiviral, virushemmende
HIV: hiv, aids
migraine: migrene
epilepsy: epilepsi, epilepsimedisin, antiepileptika, krampeanfall
Alzheimer's: alzheimer, alzheimers
Parkinson's: parkinson, parkinsons
multiple sclerosis: multipel sklerose, sklerose
muscle disease: muskelsykdom, myopati
muscular dystrophy: muskeldystrofi
spinal muscular atrophy: spinal muskelatrofi
children: barn, pediatrisk
antidepressant: antidepressiva, antidepressivt, antidepressivum
painkiller: smertestillende
pain: smerte
heart: hjerte
liver: leverfunksjon, leverskade, leververdier
blood pressure: blodtrykk
blood flow circulation: blodgjennomstrømning, blodsirkulasjon, blodomløp
nausea: kvalme
headache: hodepine
diarrhoea: diaré
dizziness: svimmelhet
allergy: allergi, allergisk
online internet: internett, internettet, nettet, på nettet, online
website: nettside, hjemmeside, nettsted
pharmacy: apotek
foreign pharmacy abroad: utenlandsk apotek, apotek i utlandet, nettapotek, internettapotek
import: importere, import, innførsel
customs: toll, tollen
without prescription: uten resept, reseptfri, reseptfritt
buyers club group purchase: kjøpeklubb, buyers club, fellesinnkjøp, felles bestilling
funding: finansiering, finansiert
donation fundraising: donasjon, innsamling, gave, spleis, crowdfunding
black market: svartebørs, svarte markedet
counterfeit: forfalskning, forfalsket, falsk
afford: ha råd, ikke råd, råd til
cheap: billig, billigt
marketing authorisation: markedsføringstillatelse, på markedet
market: marked
licensed: lisensiert, lisens
randomised: randomisert, loddtrekning
double blind: dobbeltblind
control group: kontrollgruppe
preliminary results: foreløpige resultater, delresultater
published: publisert, offentliggjort
eligibility criteria: inklusjonskriterier, inklusjonskriterium, krav for å delta
recruiting: rekruttering, rekrutterer, søker deltakere
open label extension: åpen forlengelse, open label
expanded access: utvidet tilgang
right to try: rett til å prøve
animal studies mice: mus, dyreforsøk, dyremodell, forsøksdyr
in the laboratory in vitro: in vitro, i laboratoriet, reagensrør
unproven: ubevist, ikke bevist, ikke dokumentert, uten bevis, uprøvd
harmful: skadelig, skader, helseskadelig
stop taking: slutte med, slutte å ta, seponere, avbryte behandlingen
keep taking: fortsette med, fortsette å ta
combine together with: kombinere, kombinert, kombinasjon, sammen med
interaction: interaksjon, vekselvirkning
legal: lovlig
illegal: ulovlig, forbudt
warning: advarsel, advarer, advare
claims: påstår, lover, påstand
testimonials: vitnesbyrd, erfaringer fra pasienter
expert: ekspert, spesialist
guidelines: retningslinje, retningslinjer
information: informasjon, opplysninger, info
quality of life: livskvalitet
improve: forbedre, forbedring, forbedrer
reverse: snu forløpet, snu sykdommen, reversere
stabilise: stabilisere, stabilisering
recovery: bedring, tilfriskning
repair: reparere, reparasjon
early stage: tidlig stadium, tidlig fase, nydiagnostisert
advanced stage: langtkommen, sent stadium, fremskredent stadium
sporadic: sporadisk
genetic testing: gentest, genetisk test, genetisk utredning
MRI scan: mr, mr-undersøkelse, magnettomografi
EMG: emg, elektromyografi, nevrografi
skin: hud
vein: vene, blodåre
spine: ryggsøyle, ryggrad
needle: nål
nurse: sykepleier
charity: veldedighet, veldedig, ideell
petition: underskriftskampanje, opprop, petisjon
pregnancy: graviditet, gravid
juice: juice, saft
sell: selge, selger, salg, selges
shipping delivery: forsendelse, frakt, levering
reduce lower: senke, senker, redusere, reduserer, minske, minsker
prevent block: forhindre, forhindrer, blokkere, blokkerer, hemme, forebygge
neuromuscular: nevromuskulær, neuromuskulær
kidney: nyre, nyrer, nyrefunksjon
travel: reise til utlandet, utenlandsreise
Israeli Israel: israelsk, israel
Swiss Switzerland: sveitsisk, sveits, schweizisk
German Germany: tysk, tyskland
American United States: amerikansk, usa, de forente stater, amerika
British United Kingdom: britisk, storbritannia, england, engelsk
French France: fransk, frankrike
Japanese Japan: japansk, japan
Chinese China: kinesisk, kina
Korean Korea: koreansk, korea, sydkorea
Canadian Canada: kanadisk, canada, kanada
Australian Australia: australsk, australia
Dutch Netherlands: nederlandsk, hollandsk, nederland, holland
Swedish Sweden: svensk, sverige
Danish Denmark: dansk, danmark
Norwegian Norway: norsk, norge
Belgian Belgium: belgisk, belgia
Spanish Spain: spansk, spania
Italian Italy: italiensk, italia
Portuguese Portugal: portugisisk, portugal
Brazilian Brazil: brasiliansk, brasil
Indian India: indisk, india
Mexican Mexico: meksikansk, mexico
Russian Russia: russisk, russland
Irish Ireland: irsk, irland
Austrian Austria: østerriksk, østerrike
Finnish Finland: finsk, finland
Polish Poland: polsk, polen
Turkish Turkey: tyrkisk, tyrkia
Ukrainian Ukraine: ukrainsk, ukraina
Argentinian Argentina: argentinsk, argentina
European Europe: europeisk, europa
Panamanian Panama: panamansk, panama
Colombian Colombia: colombiansk, colombia
helmet: hjelm
light helmet: lyshjelm, infrarød hjelm
light therapy: lysterapi, fototerapi, fotobiomodulering, rødlysterapi
infrared light: infrarød, infrarødt lys, nær infrarød
laser: laser, laserbehandling
magnet: magnet, magnetfelt, magnetfeltterapi, magnetisk
breathing trainer: pustetrener, pustemuskeltrening, respirasjonstrening
mask: maske, ansiktsmaske, nesemaske
cough assist: hostemaskin, hosteassistent, hostehjelp, cough assist
communication aid: kommunikasjonshjelpemiddel, taledatamaskin, kommunikasjonsutstyr, taleapparat
eye gaze: øyestyring, øyestyrt, blikkstyring, eye tracking
ketones: keton, ketonstoffer
ketone drink: ketondrikk, ketonester
athletes: idrettsutøver, idrettsfolk, atlet, toppidrettsutøver
protein shake: proteinshake, proteindrikk
high calorie: kaloririk, høykalori, næringsdrikk
vitamin D: d-vitamin, vitamin d
vitamin B12: b12, vitamin b12, b12-vitamin
cannabis oil: cbd-olje, cannabisolje, hampolje
blood pressure medicine: blodtrykksmedisin, blodtrykkssenkende
diabetes: diabetes, diabetiker, sukkersyke
diabetes drug: diabetesmedisin
off-label: off label, utenfor godkjent indikasjon
sleeve cuff: mansjett, erme
band strap: bånd, armbånd, reim, stropp
headband: pannebånd
mat: matte, liggeunderlag
electrode: elektrode
electric: elektrisk
electric current: strøm, strømstøt, elektrisk støt
stimulation: stimulering, stimulere, stimulerer, stimulator
wearable: bærbar, bæres på kroppen
machine: maskin
light: lys
legs: ben
arms: arm, arme, armen, armene
hands: hånd, hender, hendene
feet: fot, føtter, føttene
head: hode
scalp: hodebunn
fat adipose: fettvev, magefett, kroppsfett
nose: nese
mouth: munn
throat: hals, svelg
stomach belly: mage, magesekk
gut bowel: tarm
rats rodents: rotte, gnager
animals: dyrene, forsøksdyrene, dyr i forsøk
healthy volunteers: friske frivillige, friske forsøkspersoner
registration fee: påmeldingsavgift, deltakeravgift
fee: avgift, gebyr
autophagy cell clean-up: autofagi, cellenes opprydding, cellerydding
inhibitor: hemmer, inhibitor
kinase inhibitor: kinasehemmer, kinase
gummies: vingummi, gummi
euros: euro
pounds sterling: pund, britiske pund
subscription: abonnement
overseas: oversjøisk, på den andre siden av havet
tongue: tungen, tungens
sublingual under the tongue: sublingual, under tunga, under tungen
ear: øret, ørene, ører, øreverk, hørsel
eyes: øye, øyne
chest: bryst, brystkasse
jaw: kjeve, underkjeve
saliva drooling: spytt, sikle, sikling, siklet, for mye spytt
choking: feilsvelging, kvelning, sette i halsen, satte det i halsen, setter det i halsen, kveles
cough: hoste, hoster
constipation: forstoppelse, forstoppet, hard mage
sleep insomnia: søvn, sove, søvnløshet, søvnproblemer, sover dårlig
anxiety: angst, uro, engstelig, panikkanfall
depression: depresjon, deprimert, nedstemt
emotional lability crying laughing: emosjonell labilitet, tvangsgråt, tvangslatter, ukontrollert gråt,
  ukontrollert latter, gråter uten grunn, ler uten grunn
weight gain: vektøkning, gå opp i vekt, går opp i vekt, legge på seg
white blood cells: hvite blodceller, hvit blodcelle, leukocytt
red blood cells: røde blodceller, rød blodcelle, erytrocytt
platelets: blodplate, trombocytt
ion channel: ionekanal
potassium: kalium
sodium: natrium
calcium: kalsium
receptor: reseptor
neuromuscular junction: nevromuskulær overgang, motorisk endeplate, forbindelsen mellom nerve og muskel,
  forbindelse mellom nerve og muskel, broen mellom nerve og muskel
synapse: synapse
axon: akson, nervetråd
overactive hyperexcitable: overirritabel, overaktiv, hypereksitabel
mitochondria: energifabrikk
clear waste clean-up: avfall, avfallsstoff, fjerne avfall, slaggstoff, rydde opp i avfall
rebuild restore: gjenoppbygge, bygge opp igjen, gjenopprette, gjenoppretter
calm soothe: roe ned, roer ned, beroligende, dempe
strengthen: styrke, styrker, forsterke, styrking
dissolve melt: løse opp, løses opp, løser seg opp, smelte, smelter, smeltetablett
lozenge: sugetablett, halspastill, pastill
chewing gum: tyggegummi
oral solution liquid: sirup, hostesaft
tea: te, urtete, en kopp te, drikke te
cream ointment gel: krem, salve, gel
inhaler: inhalator, inhalasjon, inhalere, astmaspray
vest: vest
glove: hanske
collar neck brace: nakkekrage, halskrage, nakkestøtte
band strap: håndleddsbånd
vibration: vibrasjon, vibrere, vibrasjonsplate
platform plate: plattform, vibrasjonsplattform
insoles: innleggssåle, skoinnlegg
sound music: lyd, musikk, musikkterapi, lydbølge
smartphone app: app, mobilapp, smarttelefon, mobiltelefon
ultrasound: ultralyd
heat: varme, varmebehandling
cold: kulde, kuldebehandling, kryoterapi
massage: massasje, massere
bath: badekar, varmt bad, badet
two trials at once: to studier, to studier samtidig, to forsøk samtidig, to forsøk på en gang
leftover medicines: overskytende medisiner, overskytende, til overs, ubrukte medisiner, ubrukt medisin,
  rester av medisiner
deceased: avdød, avdøde, død, døde
dental amalgam: amalgam, amalgamfylling
dental filling: fylling, tannfylling
dentist: tannlege
teeth tooth: tann, tenner
mercury: kvikksølv
chelation: kelering, kelasjonsterapi
detox: avgiftning, detox
heavy metals: tungmetaller
food intolerance: matintoleranse
remove take out: fjerne, få fjernet
"""

# --- Czech ----------------------------------------------------------------------------------
# Nouns and adjectives in the nominative singular (ENDINGS["cs"] finds them from the other cases).
_CS = """
ALS MND: als, amyotrofická laterální skleróza, laterální skleróza, onemocnění motorického neuronu,
  nemoc motorického neuronu, choroba motorického neuronu, mnd, charcotova choroba, nemoc lou gehriga
motor neurons: motorický neuron, motoneuron, motorické nervové buňky
neurons: neuron, nervová buňka
cells: buňka
spinal cord: mícha, hřbetní mícha
muscles: sval, svalstvo, svalový
muscle weakness: svalová slabost, slabost, ochablost
muscle wasting atrophy: svalová atrofie, atrofie, úbytek svalů, ubývání svalů
cramps: křeč, svalová křeč
spasms: spazmus
fasciculations twitching: fascikulace, záškub, záškuby, cukání svalů
spasticity: spasticita, ztuhlost
breathing: dýchání, dýchat, dýchací svaly
lungs: plíce
swallowing: polykání, polykat, potíže s polykáním, dysfagie
bulbar onset: bulbární forma, bulbární začátek
speech: řeč, mluvení, potíže s řečí, dysartrie
voice: hlas
nerves: nerv
brain: mozek, mozku, mozkem
cerebrospinal fluid: mozkomíšní mok, likvor
blood: krev, krve, krví
blood test: krevní test, odběr krve, krevní rozbor
disease progression: progrese, průběh nemoci, zhoršování, postup nemoci, vývoj nemoci
slow down: zpomalit, zpomaluje, zpomalují, zpomalení, brzdit, brzdí
stop halt: zastavit, zastavuje, zastaví, zastavení
symptoms: příznak, symptom, potíže
diagnosis: diagnóza, diagnostikovaný, diagnostikován
survival: přežití, přežívání, žít déle, prodloužit život, prodloužení života
life expectancy: délka života, očekávaná délka života
cure: vyléčení, vyléčit, lék na als, vyléčitelný
genetic: genetický, genový, gen
hereditary familial: dědičný, familiární, rodinný výskyt
mutation: mutace, genová změna, genová varianta, genová vada, nosič mutace
frontotemporal dementia: frontotemporální demence, demence
fatigue: únava, vyčerpání
weight loss: hubnutí, úbytek hmotnosti, ztráta váhy, ztráta hmotnosti
walking: chůze, potíže s chůzí
paralysis: ochrnutí, paralýza
patient: pacient, pacientka, nemocný
carer: pečovatel, pečující, opatrovník
family: rodina
wheelchair: invalidní vozík, vozík
stem cells: kmenová buňka
stem cell therapy: léčba kmenovými buňkami, terapie kmenovými buňkami, kmenové buňky léčba
cell therapy: buněčná terapie, buněčná léčba
astrocytes: astrocyt
bone marrow: kostní dřeň
umbilical cord: pupečník, pupeční šňůra
umbilical cord blood: pupečníková krev
mesenchymal: mezenchymální
fat-derived cells: tukové buňky, buňky z tuku, buňky z tukové tkáně
gene therapy: genová terapie, genová léčba
antisense: antisense, antisenzní, aso
oligonucleotide: oligonukleotid
antibody: protilátka
monoclonal antibody: monoklonální, monoklonální protilátka
infusion: infuze
injection: injekce, injekční stříkačka, píchnutí
lumbar puncture: lumbální punkce, punkce
spinal injection intrathecal: intratekální, do páteřního kanálu, do míchy, do mozkomíšního moku, injekce do zad
tablet pill: tableta, tabletka, pilulka, prášek na
capsule: kapsle, tobolka
powder: prášek, prášku, prášky
supplement: doplněk stravy, doplněk, potravinový doplněk, suplement
diet: dieta, strava, výživa, jídelníček
fasting: půst, hladovění
ketogenic: ketogenní
vitamin: vitamin, vitamín
intravenous drip: kapačka, nitrožilní, do žíly, intravenózní, nitrožilně
implant: implantát, implantovat, implantovaný
device: přístroj, zdravotnický prostředek, zařízení
breathing exercise: dechové cvičení, dechová rehabilitace, dechový trénink
ventilation: ventilace, ventilátor, dýchací přístroj, plicní ventilace, domácí ventilace, neinvazivní ventilace
tracheostomy: tracheostomie, tracheotomie
feeding tube: sonda, výživová sonda, peg, gastrostomie
patch: náplast, transdermální
spray: sprej
nasal: nosní
nasal spray: nosní sprej, sprej do nosu, nosem, intranazální
vaccine: vakcína, očkování, vakcinace
virus: virus, virový, neškodný virus, aav
viral vector: virový vektor
protein: protein, bílkovina
enzyme: enzym
mitochondria: mitochondrie, mitochondriální
inflammation: zánět, neurozánět
anti inflammatory: protizánětlivý
immune system: imunitní systém, imunita, imunitní
immunotherapy: imunoterapie
drug medicine: lék, léčivo, léčivý přípravek, medikament, přípravek
active substance: účinná látka, aktivní látka
compound: chemická sloučenina, sloučenina, látka
treatment: léčba, léčení, ošetření
therapy: terapie
transplant: transplantace, transplantovat
surgery: operace, chirurgie, chirurgický zákrok, zákrok, operovat
oral: ústy, perorální, orální, polknout
antioxidant: antioxidant
hormone: hormon
cannabis: konopí, cbd, marihuana
natural remedy: přírodní lék, přírodní léčba, bylinný přípravek, přírodní prostředek, lidový lék
natural: přírodní
homeopathy: homeopatie
alternative medicine: alternativní medicína, alternativní léčba
acupuncture: akupunktura
physiotherapy: fyzioterapie, rehabilitace, fyzioterapeut
occupational therapy: ergoterapie
exercise: cvičení, sport, fyzická aktivita
plasma: plazma, plazmaferéza
dose: dávka, dávkování
electrical stimulation: elektrická stimulace, elektrostimulace
magnetic stimulation: magnetická stimulace
hyperbaric oxygen: hyperbarická oxygenoterapie, přetlaková komora, hyperbarický kyslík
oxygen: kyslík
clinical trial: klinická studie, klinické hodnocení, klinický test
study: studie
trial experiment: pokus, experiment
research: výzkum
phase: fáze
placebo: placebo
results: výsledek
evidence: důkazy, vědecké důkazy, podklady
proof: důkaz
effective: účinný, efektivní
efficacy: účinnost, účinek
works: funguje, fungovat, fungují, pomáhá, zabírá
safe safety: bezpečný, bezpečnost, neškodný
dangerous: nebezpečný
side effects: vedlejší účinek, nežádoucí účinek
approved authorised: schválený, registrovaný
approval: schválení
regulator: súkl, lékový úřad, ema, fda, evropská agentura pro léčivé přípravky, swissmedic
risk: riziko
benefit: přínos, výhoda, prospěch
proven: prokázaný, ověřený
promising: slibný, nadějný
data: data, údaje
participants: účastník
cohort: kohorta
cost price: cena, náklady
how much does it cost: kolik stojí, kolik to stojí, jaká je cena
how much: kolik
where: kde koupit, kde sehnat, kde se dá
clinic: klinika, ambulance, ordinace
private clinic: soukromá klinika
private test: soukromý test, soukromá laboratoř
Lyme disease: lymeská borelióza, borelióza, lyme
tick bite: klíště, kousnutí klíštětem
abroad: v zahraničí, do zahraničí, zahraničí, ze zahraničí
pay: zaplatit, platit, platím
expensive: drahé, nákladný, příliš drahý, příliš drahé
free of charge: zdarma, bezplatně, bezplatný, zadarmo
doctor: lékař, doktor, lékařka, doktorka
neurologist: neurolog
general practitioner: praktický lékař, praktik, obvodní lékař
hospital: nemocnice, fakultní nemocnice
company: firma, společnost, výrobce
pharmaceutical company: farmaceutická firma, farmaceutická společnost, farmaceutický průmysl
biotech: biotechnologie, biotechnologická firma, biotech
laboratory: laboratoř
start-up: startup, start-up, začínající firma
recommend: doporučit, doporučujete, doporučuje, doporučený, doporučuje se, doporučujete to
recommendation: doporučení
advise advice: radit, radíte, poradit, poradenství, nedoporučujete, odrazujete, vaše rada
position: stanovisko, postoj, pozice
statement: prohlášení, vyjádření
position statement: poziční dokument, oficiální stanovisko
association: sdružení, spolek, asociace, svaz
foundation: nadace, nadační fond
organisation: organizace
researchers scientists: výzkumník, vědec, výzkumníci, vědci
compassionate use: compassionate use, program ze soucitu, použití ze soucitu, specifický léčebný program
early access: časný přístup
waiting list: čekací listina, pořadník
take part enrol: zúčastnit se, účastnit se, přihlásit se, zapojit se
scam fraud: podvod, šmejd, šarlatán, šarlatánství, podvodník
hope: naděje
miracle: zázrak, zázračný lék, zázračný
breakthrough: průlom, převratný
news: novinka, zpráva, zprávy
publication: publikace, článek
peer reviewed: recenzovaný, odborný časopis, peer review
failed stopped: neúspěšný, selhal, selhala, přerušena, ukončena, zastavena
withdrawn: stažený, stažen z trhu
health insurance: pojišťovna, zdravotní pojištění, hradí pojišťovna, úhrada, proplácí, proplatí, hrazený
prescription: recept, předpis, předepsat, předepsaný
available: dostupný, k dispozici, k dostání
worth it: vyplatí se, stojí za to, má to smysl
try: zkusit, vyzkoušet, zkoušet
wait: počkat, čekat
buy: koupit, kupovat, koupil, koupila
order: objednat, objednávka, objednal
what do you think: co si myslíte, jaký je váš názor, co na to říkáte, jak se díváte
opinion: názor, mínění, hodnocení
should I: měl bych, měla bych, měli bychom, mám si, máme si, mám to
is it true: je pravda, je to pravda, je pravda že
help: pomoc, pomůže, pomáhat
take: užívat, brát, užívání
experimental: experimentální
riluzole: riluzol
edaravone: edaravon
oral solution liquid: perorální roztok, roztok, tekutá forma, sirup, suspenze
drink: nápoj, pít
sachet: sáček, granulát
weekly: týdně, jednou týdně, každý týden
daily: denně, každý den, jednou denně, dvakrát denně, denní
monthly: měsíčně, jednou měsíčně, každý měsíc
once single one-time: jednorázový, jednorázová léčba, jediná dávka, jednou provždy
subcutaneous under the skin: podkožní, pod kůži, podkožně, subkutánní
intramuscular: nitrosvalový, do svalu, intramuskulární
eye drops: oční kapky
drops: kapky
pump: pumpa, lékové čerpadlo, čerpadlo
protein clumps aggregates: agregát, shluk, shlukování, shluky bílkovin, hromadění bílkovin, proteinové agregáty,
  usazeniny
misfolded protein: chybně složený, špatně složený, chybné skládání
cell energy: energie buněk, buněčná energie, elektrárna buňky, elektrárny buněk, buněčné elektrárny
energy: energie
oxidative stress: oxidační stres, volné radikály, oxidace
glutamate: glutamát
excitotoxicity: excitotoxicita
gene silencing: umlčení genu, umlčet gen, vypnout gen, vypíná gen, utlumení genu
DNA: dna, genetická informace
RNA: rna, mrna, mediátorová rna
neuroprotection protects nerve cells: neuroprotekce, neuroprotektivní, chrání nervové buňky, chránit nervové buňky,
  ochrana neuronů, chrání motorické neurony
synthetic peptide: syntetický peptid, peptid
biomarker: biomarker
neurofilament: neurofilament, neurofilamenta
own cells autologous: vlastní buňky, autologní, tělu vlastní
donor: dárce
regeneration: regenerace, regenerovat, regenerační, obnova
growth factor: růstový faktor, neurotrofní
molecule: molekula
microglia: mikroglie
gut microbiome: střevní mikrobiom, mikrobiom, střevní bakterie, střevní flóra
toxic: toxický, jedovatý, toxicita
mechanism: mechanismus, mechanismus účinku
seaweed algae: řasa, mořská řasa, mořské řasy, extrakt z řas
plant herbal: rostlina, rostlinný, bylina, bylinky, bylinný, bylinná léčba
extract: extrakt, výtažek
mushroom: houba, léčivá houba
turmeric curcumin: kurkuma, kurkumin
traditional Chinese medicine: tradiční čínská medicína, tcm
coconut oil: kokosový olej
oil: olej
green tea: zelený čaj
probiotic: probiotikum
amino acids: aminokyselina
creatine: kreatin
coenzyme Q10: koenzym q10, q10
omega 3: omega 3
medical cannabis: léčebné konopí, konopí pro léčebné použití
repurposed drug: již schválený lék, starý lék, lék s novým použitím, přeorientovaný lék
cancer: rakovina, nádor, lék na rakovinu, onkologický
leukaemia: leukémie, leukemie
chemotherapy: chemoterapie, cytostatika
antibiotic: antibiotikum
antiviral: antivirotikum, antivirový
HIV: hiv, aids
migraine: migréna
epilepsy: epilepsie, antiepileptikum, epileptický záchvat
Alzheimer's: alzheimer, alzheimerova choroba
Parkinson's: parkinson, parkinsonova choroba
multiple sclerosis: roztroušená skleróza
muscle disease: svalové onemocnění, myopatie
muscular dystrophy: svalová dystrofie
spinal muscular atrophy: spinální svalová atrofie, sma
children: dítě, děti, pediatrický
antidepressant: antidepresivum
painkiller: lék proti bolesti, analgetikum, prášek na bolest
pain: bolest
heart: srdce
liver: játra, jaterní
blood pressure: krevní tlak
blood flow circulation: průtok krve, krevní oběh, prokrvení
nausea: nevolnost
headache: bolest hlavy
diarrhoea: průjem
dizziness: závrať, točení hlavy
allergy: alergie, alergický
online internet: internet, na internetu, online, přes internet
website: webová stránka, web, stránky
pharmacy: lékárna
foreign pharmacy abroad: zahraniční lékárna, lékárna v zahraničí, internetová lékárna, online lékárna
import: dovoz, dovézt, dovážet
customs: clo, celnice
without prescription: bez receptu, volně prodejný
buyers club group purchase: nákupní klub, buyers club, společný nákup, hromadná objednávka
funding: financování, financovaný
donation fundraising: dar, sbírka, finanční sbírka, crowdfunding
black market: černý trh
counterfeit: padělek, padělaný, falešný
afford: dovolit si, nemám na to
cheap: levný
marketing authorisation: registrace, registrace léku, na trhu
market: trh
licensed: licencovaný, licence
randomised: randomizovaný
double blind: dvojitě zaslepený, dvojitě slepý
control group: kontrolní skupina
preliminary results: předběžné výsledky, průběžné výsledky
published: zveřejněný, publikovaný, publikováno
eligibility criteria: kritéria zařazení, vstupní kritéria, podmínky účasti
recruiting: nábor, nabírá, hledá účastníky
open label extension: otevřené prodloužení, open label
expanded access: rozšířený přístup
right to try: právo vyzkoušet
animal studies mice: myš, myši, pokusy na zvířatech, zvířecí model, studie na zvířatech
in the laboratory in vitro: in vitro, v laboratoři, ve zkumavce
unproven: neprokázaný, neověřený, bez důkazů, vědecky nepodložený
harmful: škodlivý, škodí, poškozuje
stop taking: přestat užívat, přestat brát, vysadit, ukončit léčbu
keep taking: pokračovat v užívání, dál užívat, dál brát
combine together with: kombinovat, kombinace, společně s, spolu s
interaction: interakce
legal: legální
illegal: nelegální, zakázaný
warning: varování, varovat, varuje
claims: tvrdí, slibuje, tvrzení
testimonials: svědectví, zkušenost pacienta, reference
expert: odborník, expert, specialista
guidelines: doporučený postup, směrnice, guideline
information: informace, info
quality of life: kvalita života
improve: zlepšit, zlepšení, zlepšuje
reverse: zvrátit, zvrátit nemoc, vrátit zpět
stabilise: stabilizovat, stabilizace
recovery: zotavení, uzdravení
repair: opravit, oprava
early stage: časné stadium, raná fáze, počáteční stadium, nově diagnostikovaný
advanced stage: pokročilé stadium, pozdní stadium, pokročilá fáze
sporadic: sporadický
genetic testing: genetický test, genetické vyšetření, genetické testování
MRI scan: magnetická rezonance, mri, mr
EMG: emg, elektromyografie
skin: kůže
vein: žilní, žílu, žíly
spine: páteř
needle: jehla
nurse: zdravotní sestra, sestřička
charity: charita, dobročinný, neziskový
petition: petice
pregnancy: těhotenství, těhotná
juice: džus, ovocná šťáva
sell: prodávat, prodává, prodej, prodat
shipping delivery: doprava, dodání, doručení, zásilka
reduce lower: snížit, snižuje, snižovat, zmírnit, zmírňuje, redukovat
prevent block: zabránit, zabraňuje, blokovat, blokuje, tlumit, tlumí, předcházet
neuromuscular: nervosvalový, neuromuskulární
kidney: ledvina, ledviny, funkce ledvin
travel: cesta do zahraničí, cestovat
Israeli Israel: izraelský, izrael
Swiss Switzerland: švýcarský, švýcarsko
German Germany: německý, německo
American United States: americký, usa, spojené státy, amerika
British United Kingdom: britský, velká británie, anglie, anglický
French France: francouzský, francie
Japanese Japan: japonský, japonsko
Chinese China: čínský, čína
Korean Korea: korejský, korea, jižní korea
Canadian Canada: kanadský, kanada
Australian Australia: australský, austrálie
Dutch Netherlands: nizozemský, holandský, nizozemsko, holandsko
Swedish Sweden: švédský, švédsko
Danish Denmark: dánský, dánsko
Norwegian Norway: norský, norsko
Belgian Belgium: belgický, belgie
Spanish Spain: španělský, španělsko
Italian Italy: italský, itálie
Portuguese Portugal: portugalský, portugalsko
Brazilian Brazil: brazilský, brazílie
Indian India: indický, indie
Mexican Mexico: mexický, mexiko
Russian Russia: ruský, rusko
Irish Ireland: irský, irsko
Austrian Austria: rakouský, rakousko
Finnish Finland: finský, finsko
Polish Poland: polský, polsko
Turkish Turkey: turecký, turecko
Ukrainian Ukraine: ukrajinský, ukrajina
Argentinian Argentina: argentinský, argentina
European Europe: evropský, evropa
Panamanian Panama: panamský, panama
Colombian Colombia: kolumbijský, kolumbie
Czech Czechia: český, česko, česká republika, čechy
helmet: helma, přilba
light helmet: světelná helma, infračervená helma
light therapy: světelná terapie, fototerapie, fotobiomodulace, terapie červeným světlem
infrared light: infračervený, infračervené světlo, blízké infračervené
laser: laser, laserová terapie, laserové světlo
magnet: magnet, magnetické pole, magnetoterapie, magnetický
breathing trainer: dechový trenažér, trénink dýchacích svalů
mask: maska, dýchací maska, obličejová maska, nosní maska
cough assist: odkašlávací přístroj, asistované odkašlávání, cough assist, kašlací asistent
communication aid: komunikační pomůcka, syntéza řeči, komunikátor, hlasový výstup
eye gaze: ovládání očima, oční ovládání, sledování očí, eye tracking
ketones: keton, ketolátky
ketone drink: ketonový nápoj, ketonový ester
athletes: sportovec, atlet, vrcholový sportovec
protein shake: proteinový nápoj, proteinový koktejl
high calorie: vysokokalorický, kalorický, nutriční nápoj
vitamin D: vitamin d, vitamín d, déčko
vitamin B12: b12, vitamin b12, vitamín b12
cannabis oil: cbd olej, konopný olej
blood pressure medicine: lék na tlak, lék na krevní tlak, antihypertenzivum
diabetes: cukrovka, diabetes, diabetik
diabetes drug: lék na cukrovku, antidiabetikum
off-label: off label, mimo schválenou indikaci
sleeve cuff: manžeta, rukáv
band strap: pásek, náramek, popruh
headband: čelenka
mat: podložka, podložku
electrode: elektroda
electric: elektrický
electric current: proud, elektrický proud, elektrický šok
stimulation: stimulace, stimulovat, stimuluje, stimulátor
wearable: nositelný, nosit na těle
machine: stroj
light: světlo
legs: noha, nohy
arms: paže, ruka, ruce
hands: dlaň, dlaně
feet: chodidlo, chodidla
head: hlava
scalp: pokožka hlavy
fat adipose: tuk, tuková tkáň, břišní tuk, tělesný tuk
nose: nos
mouth: ústa, pusa
throat: hrdlo, krk
stomach belly: žaludek, břicho
gut bowel: střevo
rats rodents: krysa, potkan, hlodavec
animals: zvíře, zvířata
healthy volunteers: zdraví dobrovolníci, zdravý dobrovolník
registration fee: registrační poplatek, poplatek za účast
fee: poplatek
autophagy cell clean-up: autofagie, úklid buněk, čištění buněk
inhibitor: inhibitor, blokátor
kinase inhibitor: inhibitor kinázy, kináza
gummies: gumový bonbon, želé bonbon, gumídek
euros: euro, eur
pounds sterling: libra, britská libra
subscription: předplatné
overseas: zámoří, v zámoří, za oceánem
tongue: svaly jazyka, záškuby jazyka, atrofie jazyka, ochablý jazyk, pohyby jazyka
sublingual under the tongue: sublinguální, pod jazyk, pod jazykem
ear: ucho, uši
eyes: oko, oči
chest: hrudník, hrudní koš, hruď
jaw: čelist
saliva drooling: sliny, slina, slinění, slintání, nadměrné slinění
choking: dušení, dusit se, dusím se, zakuckání, zakuckávání, zaskočení, zaskočilo mi
cough: kašel, kašle, kašlem, kašlat
constipation: zácpa
sleep insomnia: spánek, spánku, spánkem, nespavost, spát, problémy se spánkem
anxiety: úzkost, úzkostný, strach, panická ataka
depression: deprese, depresivní, skleslost
emotional lability crying laughing: emoční labilita, nekontrolovatelný pláč, nekontrolovatelný smích, pláč bez důvodu,
  smích bez důvodu, patologický pláč, patologický smích, pseudobulbární afekt
weight gain: přibírání na váze, přibrat na váze, nárůst hmotnosti, přibývání na váze
white blood cells: bílé krvinky, bílá krvinka, leukocyt, lymfocyt
red blood cells: červené krvinky, červená krvinka, erytrocyt
platelets: krevní destičky, krevní destička, trombocyt
ion channel: iontový kanál
potassium: draslík
sodium: sodík
calcium: vápník
receptor: receptor
neuromuscular junction: nervosvalová ploténka, nervosvalové spojení, motorická ploténka, spojení nervu a svalu,
  spojení mezi nervem a svalem, most mezi nervem a svalem
synapse: synapse
axon: axon
overactive hyperexcitable: hyperexcitabilní, přebuzený, přebuzení, nadměrně aktivní, hyperaktivní, dráždivost
mitochondria: energetická centrála
clear waste clean-up: odpad, odpadní látky, odstraňování odpadu, odklízení odpadu, odstraňuje odpad
rebuild restore: obnovit, obnovuje, znovu vybudovat, přestavět
calm soothe: uklidnit, uklidňuje, zklidnit, zklidňuje, tišit
strengthen: posílit, posiluje, posílení, zesílit
dissolve melt: rozpustit, rozpouští se, rozpustný, rozpouštět, rozplývá se
lozenge: pastilka, cucavá tableta, tableta k cucání, pastilka na krk
chewing gum: žvýkačka
tea: čaj, čajík, bylinkový čaj, bylinný čaj
cream ointment gel: krém, mast, gel
inhaler: inhalátor, inhalace, inhalovat
vest: vesta
glove: rukavice
collar neck brace: krční límec, límec, ortéza na krk, podpěra krku
band strap: chytrý náramek
vibration: vibrace, vibrační, vibrovat
platform plate: plošina, vibrační deska, vibrační plošina
insoles: stélka, vložky do bot, ortopedické vložky
sound music: zvuk, hudba, muzikoterapie, zvukové vlny
smartphone app: appka, mobilní aplikace, aplikace v mobilu, aplikace v telefonu, chytrý telefon, mobil, smartphone
ultrasound: ultrazvuk
heat: teplo, horko, termoterapie
cold: chlad, kryoterapie, studený obklad, chlazení
massage: masáž, masírovat
bath: koupel, vana, teplá koupel
two trials at once: dvě studie současně, dvě studie zároveň, dvě klinické studie, ve dvou studiích, dvě studie
leftover medicines: zbylé léky, zbývající léky, nepoužité léky, zbytky léků, zbyly
deceased: zesnulý, zemřelý, zemřel, zemřela
dental amalgam: amalgám, amalgámová plomba
dental filling: plomba, zubní výplň
dentist: zubař, zubní lékař
teeth tooth: zub, zuby
mercury: rtuť
chelation: chelatace, chelatační terapie
detox: detoxikace, detox
heavy metals: těžké kovy
food intolerance: potravinová intolerance
remove take out: odstranit, vyndat
"""

# --- Catalan --------------------------------------------------------------------------------
_CA = """
ALS MND: ela, esclerosi lateral amiotròfica, esclerosi lateral, malaltia de la motoneurona,
  malaltia de neurona motora, mnd, als, malaltia de charcot, malaltia de lou gehrig
motor neurons: motoneurona, neurona motora
neurons: neurona, cèl·lula nerviosa
cells: cèl·lula, cèl·lules, celula
spinal cord: medul·la espinal, medul·la
muscles: múscul, musculatura, muscular
muscle weakness: debilitat muscular, debilitat, feblesa, pèrdua de força
muscle wasting atrophy: atròfia muscular, atròfia, pèrdua de massa muscular
cramps: rampa, rampes, enrampada, cramp muscular
spasms: espasme
fasciculations twitching: fasciculació, tremolor muscular, contracció involuntària
spasticity: espasticitat, rigidesa
breathing: respiració, respirar, músculs respiratoris
lungs: pulmó, pulmons
swallowing: deglució, empassar, dificultat per empassar, disfàgia
bulbar onset: inici bulbar, forma bulbar
speech: trastorn de la parla, problemes de parla, dificultat per parlar, disàrtria
voice: pèrdua de la veu, ronquera
nerves: nervi
brain: cervell
cerebrospinal fluid: líquid cefalorraquidi, lcr
blood: sang
blood test: anàlisi de sang, analítica
disease progression: progressió, evolució de la malaltia, avenç de la malaltia, empitjorament
slow down: frenar, alentir, alenteix, endarrerir, retardar, frena
stop halt: aturar, atura, aturen, detenir
symptoms: símptoma
diagnosis: diagnòstic, diagnosticat
survival: supervivència, sobreviure, viure més, allargar la vida
life expectancy: esperança de vida
cure: curació, curar, guarir, guarició
genetic: genètic, gen
hereditary familial: hereditari, ela familiar, forma familiar
mutation: mutació, alteració genètica, variant genètica, portador
frontotemporal dementia: demència frontotemporal, demència
fatigue: fatiga, cansament, esgotament
weight loss: pèrdua de pes, aprimament
walking: caminar, dificultat per caminar
paralysis: paràlisi
patient: pacient, malalt, afectat
carer: cuidador, cuidadora, familiar cuidador
family: família
wheelchair: cadira de rodes
stem cells: cèl·lula mare, cèl·lula troncal
stem cell therapy: teràpia amb cèl·lules mare, tractament amb cèl·lules mare, teràpia cel·lular amb cèl·lules mare
cell therapy: teràpia cel·lular
astrocytes: astròcit
bone marrow: moll de l'os, medul·la òssia
umbilical cord: cordó umbilical
umbilical cord blood: sang de cordó umbilical, sang del cordó
mesenchymal: mesenquimal
fat-derived cells: cèl·lules de greix, cèl·lules del teixit adipós, cèl·lules adiposes
gene therapy: teràpia gènica
antisense: antisentit, antisense, aso
oligonucleotide: oligonucleòtid
antibody: anticòs, anticossos
monoclonal antibody: monoclonal, anticòs monoclonal
infusion: infusió
injection: injecció, punxada
lumbar puncture: punció lumbar
spinal injection intrathecal: intratecal, a la columna, a l'esquena, al líquid cefalorraquidi
tablet pill: pastilla, comprimit, càpsula de, píndola
capsule: càpsula
powder: en pols, pols de
supplement: suplement, complement alimentari, suplement nutricional
diet: dieta, alimentació
fasting: dejuni
ketogenic: cetogènic
vitamin: vitamina
intravenous drip: gota a gota, intravenós, a la vena, per via intravenosa, endovenós
implant: implant, implantar, implantat
device: dispositiu, aparell
breathing exercise: exercici respiratori, fisioteràpia respiratòria
ventilation: ventilació, ventilador, respirador, ventilació no invasiva, bipap
tracheostomy: traqueostomia, traqueotomia
feeding tube: sonda, sonda d'alimentació, peg, gastrostomia
patch: pegat, transdèrmic
spray: esprai, spray, aerosol
nasal: nasal
nasal spray: esprai nasal, pel nas, intranasal
vaccine: vacuna, vacunació
virus: virus, víric, viral, virus inofensiu, aav
viral vector: vector viral, vector víric
protein: proteïna
enzyme: enzim
mitochondria: mitocondri, mitocòndria, mitocondrial
inflammation: inflamació, neuroinflamació
anti inflammatory: antiinflamatori
immune system: sistema immunitari, immunitari, immunitat
immunotherapy: immunoteràpia
drug medicine: medicament, fàrmac, medicina
active substance: principi actiu, substància activa
compound: compost, substància
treatment: tractament
therapy: teràpia
transplant: trasplantament, trasplantar
surgery: cirurgia, operació, intervenció quirúrgica, operar
oral: oral, per via oral, per la boca
antioxidant: antioxidant
hormone: hormona
cannabis: cànnabis, cannabis, cbd, marihuana
natural remedy: remei natural, producte natural, remei casolà, medicina natural
natural: natural
homeopathy: homeopatia
alternative medicine: medicina alternativa, teràpia alternativa
acupuncture: acupuntura
physiotherapy: fisioteràpia, fisioterapeuta, rehabilitació
occupational therapy: teràpia ocupacional
exercise: exercici, esport, activitat física
plasma: plasma, plasmafèresi
dose: dosi, dosificació
electrical stimulation: estimulació elèctrica, electroestimulació
magnetic stimulation: estimulació magnètica
hyperbaric oxygen: cambra hiperbàrica, oxigen hiperbàric, oxigenoteràpia hiperbàrica
oxygen: oxigen
clinical trial: assaig clínic, estudi clínic
study: estudi
trial experiment: assaig, experiment
research: recerca, investigació
phase: fase
placebo: placebo
results: resultat
evidence: evidència, evidència científica, proves científiques
proof: prova
effective: eficaç, efectiu, eficaços
efficacy: eficàcia, efecte
works: funciona, funcionar, funcionen, serveix
safe safety: segur, seguretat, innocu
dangerous: perillós, perillosa
side effects: efecte secundari, efectes secundaris, efecte advers
approved authorised: aprovat, autoritzat
approval: aprovació, autorització
regulator: aemps, ema, fda, agència europea del medicament, swissmedic
risk: risc
benefit: benefici, avantatge
proven: demostrat, provat
promising: prometedor
data: dades
participants: participant
cohort: cohort
cost price: cost, preu, costa, costar
how much does it cost: quant costa, quin preu té, quant val
how much: quant, quants diners
where: on puc, on es pot, on el puc, on es compra
clinic: clínica, consulta mèdica
private clinic: clínica privada
private test: test privat, prova privada, laboratori privat
Lyme disease: malaltia de lyme, lyme
tick bite: picada de paparra, paparra
abroad: a l'estranger, estranger, fora del país, a fora
pay: pagar, pago
expensive: car, massa car, massa cara, molt car
free of charge: gratuït, gratis, de franc
doctor: metge, doctor, metgessa, doctora
neurologist: neuròleg, neuròloga
general practitioner: metge de capçalera, metge de família, atenció primària, centre d'atenció primària
hospital: hospital
company: empresa, companyia, fabricant, laboratori fabricant
pharmaceutical company: farmacèutica, empresa farmacèutica, indústria farmacèutica
biotech: biotecnologia, biotecnològica, biotech
laboratory: laboratori
start-up: startup, start-up, empresa emergent
recommend: recomanar, recomaneu, recomana, recomanat, recomanable
recommendation: recomanació
advise advice: consell, aconsellar, aconselleu, assessorament, desaconsellar, desaconselleu
position: postura, posició, posicionament
statement: declaració, comunicat
position statement: document de posicionament, declaració de posició
association: associació, federació
foundation: fundació
organisation: organització, entitat
researchers scientists: investigador, científic
compassionate use: ús compassiu, compassionate use
early access: accés anticipat, accés precoç
waiting list: llista d'espera
take part enrol: participar, inscriure, inscriure's, apuntar-se
scam fraud: estafa, frau, engany, xarlatà, curandero
hope: esperança
miracle: miracle, miraculós, cura miraculosa
breakthrough: avenç, descobriment
news: notícia
publication: publicació, article
peer reviewed: revisat per experts, revista científica, revisió per parells
failed stopped: fracassat, fracàs, fracassar, aturat, interromput, suspès
withdrawn: retirat
health insurance: assegurança, mútua, seguretat social, catsalut, finançat, reemborsament, subvencionat
prescription: recepta, prescripció, prescriure
available: disponible
worth it: val la pena, paga la pena
try: provar, intentar
wait: esperar
buy: comprar, compro, compra
order: encarregar, comanda, fer una comanda
what do you think: què en penseu, què opineu, què en creieu, què us sembla, què en diu
opinion: opinió, parer, valoració
should I: hauria de, hauríem de, he de, cal que
is it true: és veritat, és cert
help: ajudar, ajuda
take: prendre, prenc, prenen
experimental: experimental
riluzole: riluzol
edaravone: edaravona
oral solution liquid: solució oral, líquid, xarop, suspensió oral
drink: beguda, beure
sachet: sobret, granulat
weekly: setmanal, cada setmana, un cop per setmana, una vegada per setmana
daily: diària, dosi diària, cada dia, un cop al dia, dos cops al dia, al dia
monthly: mensual, cada mes, un cop al mes
once single one-time: dosi única, única administració, una sola vegada, un sol cop
subcutaneous under the skin: subcutani, sota la pell
intramuscular: intramuscular, al múscul
eye drops: col·liri, gotes per als ulls
drops: gotes
pump: bomba, bomba d'infusió
protein clumps aggregates: agregat, agregació, acumulació de proteïnes, grumolls, grumoll, amuntegament, dipòsits de proteïnes
misfolded protein: mal plegada, mal plegament, plegament incorrecte
cell energy: energia cel·lular, energia de les cèl·lules, centrals energètiques, central energètica
energy: energia
oxidative stress: estrès oxidatiu, radicals lliures, oxidació
glutamate: glutamat
excitotoxicity: excitotoxicitat
gene silencing: silenciar el gen, silenciament gènic, apagar el gen, apaga el gen, silencia el gen
DNA: adn, dna
RNA: arn, arnm, rna
neuroprotection protects nerve cells: neuroprotecció, neuroprotector, protegeix les neurones, protegir les neurones
synthetic peptide: pèptid sintètic, pèptid
biomarker: biomarcador
neurofilament: neurofilament
own cells autologous: cèl·lules pròpies, autòleg, autòlogues, del propi pacient
donor: donants, donant de cèl·lules, donador
regeneration: regeneració, regenerar, regeneratiu
growth factor: factor de creixement, neurotròfic
molecule: molècula
microglia: micròglia
gut microbiome: microbiota, microbioma, flora intestinal
toxic: tòxic, toxicitat
mechanism: mecanisme, mecanisme d'acció
seaweed algae: alga, algues, algues marines, extracte d'algues
plant herbal: planta, herba, herbes, plantes medicinals, fitoteràpia
extract: extracte
mushroom: bolet, fong, fongs medicinals
turmeric curcumin: cúrcuma, curcumina
traditional Chinese medicine: medicina tradicional xinesa, mtc
coconut oil: oli de coco
oil: oli
green tea: te verd
probiotic: probiòtic
amino acids: aminoàcid
creatine: creatina
coenzyme Q10: coenzim q10, q10
omega 3: omega 3
medical cannabis: cànnabis medicinal, cannabis medicinal
repurposed drug: fàrmac reposicionat, medicament ja aprovat, reposicionament
cancer: càncer, tumor, oncològic
leukaemia: leucèmia
chemotherapy: quimioteràpia
antibiotic: antibiòtic
antiviral: antiviral
HIV: vih, sida
migraine: migranya
epilepsy: epilèpsia, antiepilèptic
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: esclerosi múltiple
muscle disease: malaltia muscular, miopatia
muscular dystrophy: distròfia muscular
spinal muscular atrophy: atròfia muscular espinal
children: infant, nen, nens, pediàtric
antidepressant: antidepressiu
painkiller: analgèsic, calmant
pain: dolor
heart: cor
liver: fetge, hepàtic
blood pressure: pressió arterial, tensió arterial
blood flow circulation: flux sanguini, circulació sanguínia, circulació de la sang, reg sanguini
nausea: nàusea
headache: mal de cap
diarrhoea: diarrea
dizziness: mareig, marejos
allergy: al·lèrgia, al·lèrgic
online internet: internet, en línia, online, per internet
website: web, pàgina web, lloc web
pharmacy: farmàcia
foreign pharmacy abroad: farmàcia estrangera, farmàcia en línia, farmàcia online
import: importar, importació
customs: duana, duanes
without prescription: sense recepta
buyers club group purchase: club de compradors, buyers club, compra conjunta
funding: finançament
donation fundraising: donació, donatiu, recaptació, micromecenatge, crowdfunding
black market: mercat negre
counterfeit: falsificat, fals, falsificació
afford: permetre'm, no m'ho puc permetre
cheap: barat
marketing authorisation: autorització de comercialització, comercialitzat
market: mercat
licensed: llicenciat, amb llicència
randomised: aleatoritzat
double blind: doble cec
control group: grup control, grup de control
preliminary results: resultats preliminars
published: publicat
eligibility criteria: criteris d'inclusió, criteris d'elegibilitat
recruiting: reclutament, reclutant, busquen participants
open label extension: extensió oberta, open label
expanded access: accés ampliat
right to try: dret a provar
animal studies mice: ratolí, estudis en animals, model animal, experiments amb animals
in the laboratory in vitro: in vitro, al laboratori, en tubs d'assaig
unproven: no demostrat, sense proves, no provat, sense evidència
harmful: perjudicial, nociu
stop taking: deixar de prendre, deixar el tractament, suspendre el tractament
keep taking: continuar prenent, seguir prenent
combine together with: combinar, combinació, juntament amb
interaction: interacció
legal: legal
illegal: il·legal, prohibit
warning: advertència, alerta, adverteix
claims: afirma, promet, afirmació
testimonials: testimoni
expert: expert, especialista
guidelines: guia clínica, directrius, protocol
information: informació, info
quality of life: qualitat de vida
improve: millorar, millora
reverse: revertir, reversió
stabilise: estabilitzar, estabilització
recovery: recuperació, recuperar
repair: reparar, reparació
early stage: fase inicial, fase precoç, estadi inicial, recentment diagnosticat
advanced stage: fase avançada, estadi avançat
sporadic: esporàdic
genetic testing: prova genètica, test genètic, estudi genètic
MRI scan: ressonància magnètica, ressonància
EMG: emg, electromiografia
skin: pell
vein: vena
spine: columna vertebral, esquena
needle: agulla
nurse: infermer, infermera
charity: beneficència, sense ànim de lucre, benèfic
petition: petició, recollida de signatures
pregnancy: embaràs, embarassada
juice: suc
sell: vendre, venda, venen
shipping delivery: enviament, lliurament
reduce lower: reduir, redueix, disminuir, disminueix, baixar
prevent block: prevenir, evitar, bloquejar, bloqueja, inhibir, inhibeix
neuromuscular: neuromuscular
kidney: ronyó, ronyons, renal, funció renal
travel: viatjar, viatge
Israeli Israel: israelià, israel
Swiss Switzerland: suís, suïssa
German Germany: alemany, alemanya
American United States: americà, nord-americà, eua, estats units, amèrica
British United Kingdom: britànic, regne unit, anglaterra, anglès
French France: francès, frança
Japanese Japan: japonès, japó
Chinese China: xinès, xina
Korean Korea: coreà, corea, corea del sud
Canadian Canada: canadenc, canadà
Australian Australia: australià, austràlia
Dutch Netherlands: neerlandès, holandès, països baixos, holanda
Swedish Sweden: suec, suècia
Danish Denmark: danès, dinamarca
Norwegian Norway: noruec, noruega
Belgian Belgium: belga, bèlgica
Spanish Spain: espanyol, espanya
Italian Italy: italià, itàlia
Portuguese Portugal: portuguès, portugal
Brazilian Brazil: brasiler, brasil
Indian India: indi, índia
Mexican Mexico: mexicà, mèxic
Russian Russia: rus, rússia
Irish Ireland: irlandès, irlanda
Austrian Austria: austríac, àustria
Finnish Finland: finlandès, finlàndia
Polish Poland: polonès, polònia
Turkish Turkey: turc, turquia
Ukrainian Ukraine: ucraïnès, ucraïna
Argentinian Argentina: argentí, argentina
European Europe: europeu, europa
Panamanian Panama: panameny, panamà
Colombian Colombia: colombià, colòmbia
helmet: casc
light helmet: casc de llum, casc d'infraroig
light therapy: teràpia de llum, fototeràpia, fotobiomodulació, llum vermella
infrared light: infraroig, llum infraroja
laser: làser, teràpia làser
magnet: imant, camp magnètic, magnetoteràpia, magnètic
breathing trainer: entrenador respiratori, entrenament dels músculs respiratoris
mask: màscara, mascareta, màscara nasal
cough assist: assistent de tos, tos assistida, cough assist
communication aid: comunicador, sistema de comunicació, síntesi de veu
eye gaze: control ocular, seguiment ocular, amb la mirada, eye tracking
ketones: cetona, cossos cetònics
ketone drink: beguda cetònica, èster de cetona
athletes: atleta, esportista
protein shake: batut de proteïnes, batut proteic
high calorie: hipercalòric, calòric, suplement calòric
vitamin D: vitamina d
vitamin B12: b12, vitamina b12
cannabis oil: oli de cbd, oli de cànnabis, oli de cànem
blood pressure medicine: medicament per a la tensió, antihipertensiu
diabetes: diabetis, diabètic
diabetes drug: medicament per a la diabetis, antidiabètic
off-label: off label, fora d'indicació, fora de fitxa tècnica
sleeve cuff: màniga, maniguet, braçal
band strap: cinta, corretja, polsera
headband: cinta del cap, diadema
mat: estoreta, matalàs
electrode: elèctrode
electric: elèctric
electric current: corrent elèctric, descàrrega elèctrica
stimulation: estimulació, estimular, estimula, estimulador
wearable: portàtil, que es porta posat
machine: màquina
light: llum
legs: cama
arms: braç, braços
hands: mans, les mans
feet: peu
head: crani, cap i coll
scalp: cuir cabellut
fat adipose: greix, teixit adipós, greix abdominal
nose: nas
mouth: boca
throat: gola
stomach belly: estómac, panxa
gut bowel: intestí, budell
rats rodents: rata, rosegador
animals: animal
healthy volunteers: voluntaris sans
registration fee: quota d'inscripció, taxa d'inscripció
fee: quota, taxa, tarifa
autophagy cell clean-up: autofàgia, neteja cel·lular
inhibitor: inhibidor
kinase inhibitor: inhibidor de cinasa, inhibidor de quinasa, cinasa, quinasa
gummies: gominola, caramel de goma
euros: euro
pounds sterling: lliura, lliures esterlines
subscription: subscripció
overseas: ultramar
tongue: llengua
sublingual under the tongue: sublingual, sota la llengua
ear: orella
eyes: ull
chest: pit, tòrax, toràcic
jaw: mandíbula
saliva drooling: saliva, bava, bavejar, sialorrea, excés de saliva
choking: ennuegar, ennuegament, ennuego, ennuega, ofegament, ofegar
cough: tos, tossir
constipation: restrenyiment, restret
sleep insomnia: insomni, dormir, problemes de son, no puc dormir
anxiety: ansietat, angoixa, ansiós
depression: depressió, deprimit
emotional lability crying laughing: labilitat emocional, plor incontrolable, riure incontrolable, plorar sense motiu,
  riure sense motiu, plor i riure, afecte pseudobulbar
weight gain: augment de pes, guanyar pes, engreixar
white blood cells: glòbul blanc, leucòcit, limfòcit
red blood cells: glòbul vermell, eritròcit, hematia
platelets: plaqueta
ion channel: canal iònic
potassium: potassi
sodium: sodi
calcium: calci
receptor: receptor
neuromuscular junction: unió neuromuscular, placa motora, connexió entre el nervi i el múscul,
  connexió entre nervi i múscul, pont entre el nervi i el múscul
synapse: sinapsi, sinàptic
axon: axó
overactive hyperexcitable: hiperexcitable, hiperexcitabilitat, sobreexcitat, hiperactiu
mitochondria: piles de la cèl·lula
clear waste clean-up: residu, deixalla, eliminar residus, eliminar toxines, netejar les cèl·lules
rebuild restore: reconstruir, reconstrueix, restaurar, restableix, restablir
calm soothe: calmar, calma els, tranquil·litzar
strengthen: enfortir, enforteix, reforçar, reforça
dissolve melt: dissoldre, es dissol, dissol, es desfà, fondre
lozenge: pastilla per xuclar, caramel medicinal, comprimit per xuclar
chewing gum: xiclet, goma de mastegar
tea: tassa de te, te d'herbes, te negre, tisana
cream ointment gel: crema, pomada, ungüent
inhaler: inhalador, inhalació, inhalar
vest: armilla
glove: guant
collar neck brace: collaret cervical, collar cervical, suport per al coll
band strap: polsera intel·ligent
vibration: vibració, vibratori, vibrar
platform plate: plataforma, placa vibratòria
insoles: plantilla
sound music: música, musicoteràpia, ones sonores, sons
smartphone app: aplicació, app, mòbil, telèfon mòbil, telèfon intel·ligent
ultrasound: ultrasò, ultrasons, ecografia
heat: calor, calent, termoteràpia
cold: fred, crioteràpia, glaç, gel
massage: massatge
bath: bany, banyera, bany calent
two trials at once: dos assajos, dos assajos alhora, dos estudis alhora, dos assajos a la vegada, dos estudis al mateix temps
leftover medicines: medicaments sobrants, sobrant, medicaments que sobren, medicaments no utilitzats, que van sobrar
deceased: difunt, mort, va morir, ha mort, traspassat
dental amalgam: amalgama, amalgama dental
dental filling: empast, obturació
dentist: dentista
teeth tooth: dent, queixal
mercury: mercuri
chelation: quelació, teràpia de quelació
detox: desintoxicació, detox
heavy metals: metalls pesants
food intolerance: intolerància alimentària, intoleràncies alimentàries
remove take out: treure, retirar
"""

# --- Finnish --------------------------------------------------------------------------------
# Nouns in the nominative singular, adjectives in their base form: ENDINGS["fi"] finds them from the
# cases ("lääkkeen", "hoidosta"), FINNISH_STEMS from the stem changes, and compounds split like German.
_FI = """
ALS MND: als, amyotrofinen lateraaliskleroosi, lateraaliskleroosi, als-tauti, motoneuronitauti,
  motoneuronisairaus, mnd, charcot'n tauti, lou gehrigin tauti
motor neurons: motoneuroni, liikehermosolu, motorinen hermosolu
neurons: neuroni, hermosolu
cells: solu
spinal cord: selkäydin
muscles: lihas, lihaksisto, lihakset
muscle weakness: lihasheikkous, heikkous, voimattomuus
muscle wasting atrophy: lihassurkastuma, lihaskato, surkastuminen, atrofia
cramps: kramppi, lihaskramppi, suonenveto
spasms: spasmi
fasciculations twitching: faskikulaatio, lihasnykäys, nykiminen, lihasnykinä
spasticity: spastisuus, jäykkyys
breathing: hengitys, hengittää, hengityslihakset
lungs: keuhko
swallowing: nieleminen, niellä, nielemisvaikeus, dysfagia
bulbar onset: bulbaarinen alku, bulbaarinen muoto
speech: puhe, puhevaikeus, dysartria
voice: ääni
nerves: hermo
brain: aivot
cerebrospinal fluid: selkäydinneste, aivo-selkäydinneste, likvor
blood: veri, veren, verta
blood test: verikoe, verinäyte
disease progression: eteneminen, taudin eteneminen, taudinkulku, paheneminen, huononeminen
slow down: hidastaa, hidastaako, jarruttaa, hidastuminen, hidastavan
stop halt: pysäyttää, pysäyttääkö, pysäytys
symptoms: oire
diagnosis: diagnoosi, diagnosoitu, sain diagnoosin
survival: eloonjääminen, elinaika, elää pidempään, pidentää elämää
life expectancy: elinajanodote, odotettavissa oleva elinikä
cure: parantaa, parantuminen, parannuskeino
genetic: geneettinen, geeni, perinnöllinen geeni
hereditary familial: perinnöllinen, suvussa kulkeva, familiaalinen
mutation: mutaatio, geenimuutos, geenivirhe, geenivariantti, kantaja
frontotemporal dementia: otsa-ohimolohkorappeuma, frontotemporaalinen dementia, dementia
fatigue: väsymys, uupumus
weight loss: laihtuminen, painonlasku, painon lasku
walking: käveleminen, kävely, kävelyvaikeus
paralysis: halvaus, halvaantuminen
patient: potilas, sairastunut
carer: omainen, omaishoitaja, hoitaja
family: perhe
wheelchair: pyörätuoli
stem cells: kantasolu
stem cell therapy: kantasoluhoito, kantasoluterapia
cell therapy: soluhoito, soluterapia
astrocytes: astrosyytti
bone marrow: luuydin
umbilical cord: napanuora
umbilical cord blood: napanuoraveri
mesenchymal: mesenkymaalinen
fat-derived cells: rasvasolu, rasvakudoksen solut
gene therapy: geeniterapia, geenihoito
antisense: antisense, aso
oligonucleotide: oligonukleotidi
antibody: vasta-aine
monoclonal antibody: monoklonaalinen, monoklonaalinen vasta-aine
infusion: infuusio
injection: pistos, ruiske, injektio
lumbar puncture: selkäydinpunktio, lannepisto, lumbaalipunktio
spinal injection intrathecal: intratekaalinen, selkäydinkanavaan, selkäydinnesteeseen, pistos selkään
tablet pill: tabletti, pilleri
capsule: kapseli
powder: jauhe
supplement: ravintolisä, lisäravinne
diet: ruokavalio
fasting: paasto
ketogenic: ketogeeninen
vitamin: vitamiini
intravenous drip: tiputus, suonensisäinen, suoneen, laskimoon, suonensisäisesti
implant: implantti, istute, istuttaa
device: laite, lääkinnällinen laite
breathing exercise: hengitysharjoitus, hengitysharjoittelu, hengitysjumppa
ventilation: ventilaatio, hengityskone, hengityslaite, ventilaattori, kotiventilaatio
tracheostomy: trakeostomia, henkitorviavanne
feeding tube: letku, ruokintaletku, peg, gastrostooma, syöttöletku
patch: laastari, depotlaastari
spray: suihke, sumute
nasal: nenän kautta
nasal spray: nenäsuihke, intranasaalinen
vaccine: rokote, rokotus
virus: virus, viraalinen, vaaraton virus, aav
viral vector: virusvektori
protein: proteiini, valkuaisaine
enzyme: entsyymi
mitochondria: mitokondrio, mitokondriaalinen
inflammation: tulehdus, hermotulehdus, neuroinflammaatio
anti inflammatory: tulehdusta estävä, anti-inflammatorinen
immune system: immuunijärjestelmä, vastustuskyky, immuuni
immunotherapy: immunoterapia
drug medicine: lääke, lääkeaine, valmiste
active substance: vaikuttava aine
compound: yhdiste, aine
treatment: hoito
therapy: terapia
transplant: siirto, elinsiirto, siirrännäinen
surgery: leikkaus, kirurgia, toimenpide
oral: suun kautta, oraalinen
antioxidant: antioksidantti
hormone: hormoni
cannabis: kannabis, cbd
natural remedy: luontaistuote, luonnonlääke, rohdos, kotikonsti
natural: luonnollinen
homeopathy: homeopatia
alternative medicine: vaihtoehtohoito, vaihtoehtolääketiede
acupuncture: akupunktio
physiotherapy: fysioterapia, fysioterapeutti
occupational therapy: toimintaterapia
exercise: liikunta, harjoittelu, urheilu
plasma: plasma, plasmafereesi
dose: annos, annostus
electrical stimulation: sähköstimulaatio, sähköinen stimulaatio
magnetic stimulation: magneettistimulaatio
hyperbaric oxygen: painekammio, ylipainehappi, hyperbaarinen happi
oxygen: happi
clinical trial: kliininen tutkimus, kliininen koe, lääketutkimus
study: tutkimus
trial experiment: koe, koetutkimus
research: tutkimustyö
phase: vaihe
placebo: plasebo, lumelääke
results: tulos
evidence: näyttö, tieteellinen näyttö
proof: todiste
effective: tehokas, vaikuttava
efficacy: teho, vaikutus
works: toimii, toimiiko, auttaa, auttaako, tehoaa, tehoaako
safe safety: turvallinen, turvallisuus, vaaraton
dangerous: vaarallinen
side effects: sivuvaikutus, haittavaikutus
approved authorised: hyväksytty
approval: hyväksyntä
regulator: fimea, viranomainen, ema, fda, euroopan lääkevirasto, swissmedic
risk: riski
benefit: hyöty, etu
proven: todistettu, todettu, osoitettu
promising: lupaava
data: data, aineisto
participants: osallistuja, koehenkilö
cohort: kohortti
cost price: hinta, kustannus, maksaa, maksaako
how much does it cost: paljonko maksaa, mitä maksaa, kuinka paljon maksaa
how much: paljonko, kuinka paljon
where: mistä saa, mistä voi ostaa, mistä ostaa
clinic: klinikka, vastaanotto
private clinic: yksityinen klinikka, yksityisklinikka, yksityinen lääkäriasema
private test: yksityinen testi, yksityinen laboratorio
Lyme disease: borrelioosi, borrelia, lyme
tick bite: punkki, punkinpurema
abroad: ulkomailla, ulkomailta, ulkomaille
pay: maksaa itse, maksan
expensive: kallis
free of charge: ilmainen, maksuton
doctor: lääkäri
neurologist: neurologi
general practitioner: terveyskeskuslääkäri, yleislääkäri, terveyskeskus, omalääkäri
hospital: sairaala, yliopistosairaala
company: yritys, yhtiö, lääkevalmistaja, firma
pharmaceutical company: lääkeyhtiö, lääkeyritys, lääketeollisuus
biotech: biotekniikka, bioteknologiayritys, biotech
laboratory: laboratorio
start-up: startup, start-up, startup-yritys
recommend: suositella, suosittelette, suositteletteko, suositellaan, suositeltu, suositteleeko
recommendation: suositus
advise advice: neuvo, neuvonta, ohje, neuvoa, neuvotteko
position: kantanne, näkemys, teidän kantanne
statement: lausunto, julkilausuma
position statement: kannanotto, kantapaperi
association: yhdistys, liitto
foundation: säätiö
organisation: järjestö, organisaatio
researchers scientists: tutkija
compassionate use: erityislupa, compassionate use
early access: varhainen saatavuus
waiting list: jonotuslista, jono
take part enrol: osallistua, ilmoittautua, päästä mukaan
scam fraud: huijaus, petos, puoskari, puoskarointi, huijari
hope: toivo
miracle: ihme, ihmelääke, ihmehoito
breakthrough: läpimurto
news: uutinen
publication: julkaisu, artikkeli
peer reviewed: vertaisarvioitu, tieteellinen lehti
failed stopped: epäonnistui, epäonnistunut, keskeytetty, keskeytettiin, lopetettu
withdrawn: vedetty markkinoilta, peruttu
health insurance: vakuutus, kela, korvaus, korvattava, kelakorvaus, sairausvakuutus
prescription: resepti, lääkemääräys
available: saatavilla, saatavissa
worth it: kannattaa, kannattaako, kannattava, sen arvoinen
try: kokeilla, kokeilu
wait: odottaa, odotella
buy: ostaa, ostin, ostaako
order: tilata, tilaus
what do you think: mitä mieltä, mitä ajattelette, mitä mieltä olette
opinion: mielipide, arvio, näkökanta
should I: pitäisikö minun, pitäisikö, kannattaako minun, pitäisi
is it true: pitääkö paikkansa, onko totta
help: apu
take: ottaa lääkettä, ottaa lääke, käyttää lääkettä, nauttia
experimental: kokeellinen
riluzole: rilutsoli
edaravone: edaravoni
oral solution liquid: oraaliliuos, liuos, nestemäinen, mikstuura
drink: juoma, juoda
sachet: annospussi, pussi, rakeet
weekly: viikoittain, kerran viikossa, joka viikko, viikoittainen
daily: päivittäin, joka päivä, kerran päivässä, kahdesti päivässä, päivittäinen
monthly: kuukausittain, kerran kuukaudessa, joka kuukausi
once single one-time: kertahoito, kerta-annos, yksi annos, kertaluonteinen
subcutaneous under the skin: ihonalainen, ihon alle, ihonalaisesti
intramuscular: lihaksensisäinen, lihakseen
eye drops: silmätipat
drops: tipat
pump: pumppu, lääkepumppu
protein clumps aggregates: kasauma, kertymä, aggregaatti, proteiinikertymä, proteiinikasauma, möykky
misfolded protein: väärin laskostunut, virheellinen laskostuminen
cell energy: solujen energia, solun voimalaitos, solujen voimalaitokset, voimalaitos
energy: energia
oxidative stress: oksidatiivinen stressi, vapaat radikaalit, hapettuminen
glutamate: glutamaatti
excitotoxicity: eksitotoksisuus
gene silencing: geenin hiljentäminen, hiljentää geenin, sammuttaa geenin, sammuttaa geeni
DNA: dna, perimä
RNA: rna, mrna, lähetti-rna
neuroprotection protects nerve cells: hermosuoja, neuroprotektiivinen, suojaa hermosoluja, suojata hermosoluja,
  suojaa motoneuroneita
synthetic peptide: synteettinen peptidi, peptidi
biomarker: biomarkkeri, merkkiaine
neurofilament: neurofilamentti
own cells autologous: omat solut, autologinen
donor: luovuttaja
regeneration: uusiutuminen, regeneraatio, uudistava
growth factor: kasvutekijä, neurotrofinen
molecule: molekyyli
microglia: mikroglia
gut microbiome: suolistomikrobisto, mikrobiomi, suolistobakteerit
toxic: myrkyllinen, toksinen, toksisuus
mechanism: mekanismi, vaikutusmekanismi
seaweed algae: levä, merilevä, leväuute
plant herbal: kasvi, yrtti, rohdoskasvi, yrttilääke
extract: uute
mushroom: sieni, lääkesieni
turmeric curcumin: kurkuma, kurkumiini
traditional Chinese medicine: perinteinen kiinalainen lääketiede, tcm
coconut oil: kookosöljy
oil: öljy
green tea: vihreä tee
probiotic: probiootti
amino acids: aminohappo
creatine: kreatiini
coenzyme Q10: koentsyymi q10, q10
omega 3: omega 3
medical cannabis: lääkekannabis
repurposed drug: vanha lääke, jo hyväksytty lääke, uudelleenkäyttö
cancer: syöpä, kasvain, syöpälääke
leukaemia: leukemia
chemotherapy: solunsalpaaja, kemoterapia, sytostaatti
antibiotic: antibiootti
antiviral: viruslääke, antiviraalinen
HIV: hiv, aids
migraine: migreeni
epilepsy: epilepsia, epilepsialääke
Alzheimer's: alzheimer, alzheimerin tauti
Parkinson's: parkinson, parkinsonin tauti
multiple sclerosis: ms-tauti, ms
muscle disease: lihastauti, myopatia
muscular dystrophy: lihasdystrofia
spinal muscular atrophy: spinaalinen lihasatrofia
children: lapsi, lapset
antidepressant: masennuslääke
painkiller: kipulääke
pain: kipu
heart: sydän
liver: maksa-arvot, maksavaurio, maksan toiminta
blood pressure: verenpaine
blood flow circulation: verenkierto, verenvirtaus
nausea: pahoinvointi
headache: päänsärky
diarrhoea: ripuli
dizziness: huimaus
allergy: allergia, allerginen
online internet: internet, netti, verkko, verkosta
website: verkkosivu, nettisivu, kotisivu
pharmacy: apteekki
foreign pharmacy abroad: verkkoapteekki, ulkomainen apteekki, nettiapteekki
import: tuonti, tuoda maahan
customs: tulli
without prescription: ilman reseptiä, reseptivapaa, käsikauppa
buyers club group purchase: ostoklubi, yhteistilaus, buyers club
funding: rahoitus
donation fundraising: lahjoitus, keräys, joukkorahoitus
black market: musta pörssi, pimeät markkinat
counterfeit: väärennös, väärennetty
afford: ei ole varaa, ole varaa
cheap: halpa, edullinen
marketing authorisation: myyntilupa, markkinoilla
market: markkina
licensed: lisensoitu, lisenssi
randomised: satunnaistettu
double blind: kaksoissokkoutettu, kaksoissokko
control group: verrokkiryhmä, kontrolliryhmä
preliminary results: alustava tulos, välitulos
published: julkaistu
eligibility criteria: sisäänottokriteeri, soveltuvuuskriteeri
recruiting: rekrytointi, hakee osallistujia
open label extension: avoin jatko, open label
expanded access: laajennettu saatavuus
right to try: oikeus kokeilla
animal studies mice: hiiri, eläinkoe, eläinmalli
in the laboratory in vitro: in vitro, laboratoriossa, koeputki
unproven: todistamaton, ei todistettu, näyttöä ei ole
harmful: haitallinen, vahingollinen
stop taking: lopettaa, lopettaa lääke, lopettaa hoito
keep taking: jatkaa, jatkaa hoitoa, jatkaa lääkettä
combine together with: yhdistää, yhdistelmä, yhdessä
interaction: yhteisvaikutus, interaktio
legal: laillinen
illegal: laiton, kielletty
warning: varoitus, varoittaa
claims: väittää, lupaa, väite
testimonials: kokemus, kokemuskertomus
expert: asiantuntija, erikoislääkäri
guidelines: hoitosuositus, ohjeistus, käypä hoito
information: tieto, info
quality of life: elämänlaatu
improve: parantaa elämää, parannus, kohentaa
reverse: kääntää, peruuttaa
stabilise: vakauttaa, pysäyttää etenemisen
recovery: toipuminen
repair: korjata, korjaus
early stage: varhainen vaihe, alkuvaihe
advanced stage: pitkälle edennyt, myöhäinen vaihe
sporadic: sporadinen
genetic testing: geenitesti, geenitutkimus
MRI scan: magneettikuva, magneettikuvaus
EMG: emg, elektromyografia, enmg
skin: iho
vein: laskimo, suoni
spine: selkäranka, selkä
needle: neula
nurse: sairaanhoitaja
charity: hyväntekeväisyys
petition: adressi, vetoomus
pregnancy: raskaus, raskaana
juice: mehu
sell: myydä, myynti, myy
shipping delivery: toimitus, postitus
reduce lower: vähentää, alentaa, laskea
prevent block: estää, ehkäistä, torjua
neuromuscular: hermo-lihas, neuromuskulaarinen
kidney: munuainen, munuaisten toiminta
travel: matka, matkustaa
Israeli Israel: israelilainen, israel
Swiss Switzerland: sveitsiläinen, sveitsi
German Germany: saksalainen, saksa
American United States: amerikkalainen, yhdysvallat, usa, amerikka
British United Kingdom: brittiläinen, britannia, englanti, iso-britannia
French France: ranskalainen, ranska
Japanese Japan: japanilainen, japani
Chinese China: kiinalainen, kiina
Korean Korea: korealainen, korea, etelä-korea
Canadian Canada: kanadalainen, kanada
Australian Australia: australialainen, australia
Dutch Netherlands: hollantilainen, alankomaat, hollanti
Swedish Sweden: ruotsalainen, ruotsi
Danish Denmark: tanskalainen, tanska
Norwegian Norway: norjalainen, norja
Belgian Belgium: belgialainen, belgia
Spanish Spain: espanjalainen, espanja
Italian Italy: italialainen, italia
Portuguese Portugal: portugalilainen, portugali
Brazilian Brazil: brasilialainen, brasilia
Indian India: intialainen, intia
Mexican Mexico: meksikolainen, meksiko
Russian Russia: venäläinen, venäjä
Irish Ireland: irlantilainen, irlanti
Austrian Austria: itävaltalainen, itävalta
Finnish Finland: suomalainen, suomi
Polish Poland: puolalainen, puolan kieli
Turkish Turkey: turkkilainen, turkki
Ukrainian Ukraine: ukrainalainen, ukraina
Argentinian Argentina: argentiinalainen, argentiina
European Europe: eurooppalainen, eurooppa, eu
Panamanian Panama: panamalainen, panama
Colombian Colombia: kolumbialainen, kolumbia
helmet: kypärä
light helmet: valokypärä, infrapunakypärä
light therapy: valohoito, valoterapia, fotobiomodulaatio, punavalohoito
infrared light: infrapuna, infrapunavalo, lähi-infrapuna
laser: laser, laserhoito
magnet: magneetti, magneettikenttä, magneettihoito
breathing trainer: hengityslihasharjoitin, hengitysharjoitin
mask: maski, hengitysmaski, nenämaski, kasvomaski
cough assist: yskösavustin, yskimisen avustus, cough assist
communication aid: kommunikaatiolaite, puhelaite, puhesyntetisaattori, kommunikoinnin apuväline
eye gaze: silmänliikeohjaus, katseohjaus, eye tracking
ketones: ketoni, ketoaine
ketone drink: ketonijuoma, ketoniesteri
athletes: urheilija, huippu-urheilija
protein shake: proteiinijuoma, proteiinipirtelö
high calorie: runsasenerginen, täydennysravintojuoma, kaloripitoinen
vitamin D: d-vitamiini, vitamiini d
vitamin B12: b12, b12-vitamiini, vitamiini b12
cannabis oil: cbd-öljy, kannabisöljy, hamppuöljy
blood pressure medicine: verenpainelääke
diabetes: diabetes, diabeetikko, sokeritauti
diabetes drug: diabeteslääke
off-label: off label, käyttöaiheen ulkopuolella
sleeve cuff: mansetti, hiha
band strap: nauha, ranneke, hihna
headband: otsanauha, päänauha
mat: matto, makuualusta
electrode: elektrodi
electric: sähköinen
electric current: sähkövirta, virta, sähköisku
stimulation: stimulaatio, stimuloida, stimulaattori
wearable: puettava, päällä pidettävä
machine: kone
light: valo
legs: jalka, jalat
arms: käsivarsi
hands: käsi, kädet
feet: jalkaterä
head: pään alue, pää ja kaula
scalp: hiuspohja, päänahka
fat adipose: rasva, rasvakudos, vatsarasva
nose: nenä
mouth: suu
throat: kurkku, nielu
stomach belly: vatsa, maha
gut bowel: suoli, suolisto
rats rodents: rotta, jyrsijä
animals: eläin
healthy volunteers: terveet vapaaehtoiset, terve vapaaehtoinen
registration fee: ilmoittautumismaksu, osallistumismaksu
fee: maksu
autophagy cell clean-up: autofagia, solujen siivous
inhibitor: estäjä, inhibiittori
kinase inhibitor: kinaasin estäjä, kinaasi
gummies: kumikarkki, nallekarkki
euros: euro
pounds sterling: punta
subscription: tilausmaksu, kuukausimaksu
overseas: merentakainen, meren takana
tongue: kieleni, kielen liikkeet, kielen lihakset, kielilihas, kielen surkastuminen
sublingual under the tongue: sublinguaalinen, kielen alle, kielen alla
ear: korva
eyes: silmä
chest: rintakehä, rinta
jaw: leuka
saliva drooling: sylki, kuolaaminen, kuolata, kuola, liiallinen syljeneritys
choking: tukehtuminen, tukehtua, väärään kurkkuun, meni väärään kurkkuun, henkeen vetäminen
cough: yskä, yskiminen, yskiä
constipation: ummetus
sleep insomnia: uni, unettomuus, nukkuminen, nukkua, unihäiriö
anxiety: ahdistus, ahdistuneisuus, paniikkikohtaus, ahdistunut
depression: masennus, masentunut, alakulo
emotional lability crying laughing: tunne-elämän epävakaus, pakkoitku, pakkonauru, hallitsematon itku,
  hallitsematon nauru, itkuisuus, pseudobulbaarinen affekti
weight gain: painonnousu, painon nousu, lihominen, lihoa
white blood cells: valkosolu, valkoinen verisolu, leukosyytti, lymfosyytti
red blood cells: punasolu, punainen verisolu, erytrosyytti
platelets: verihiutale, trombosyytti
ion channel: ionikanava
potassium: kalium
sodium: natrium
calcium: kalsium
receptor: reseptori
neuromuscular junction: hermo-lihasliitos, hermolihasliitos, motorinen päätelevy, hermon ja lihaksen liitos,
  hermon ja lihaksen välinen yhteys, silta hermon ja lihaksen välillä
synapse: synapsi, hermoliitos
axon: aksoni, viejähaarake
overactive hyperexcitable: yliaktiivinen, ylivirittynyt, ylikiihtynyt, hyperaktiivinen
mitochondria: energiatehdas
clear waste clean-up: kuona-aine, kuona-aineet, jätteiden poisto, jätetuote, kuonaaine
rebuild restore: uudelleenrakentaa, rakentaa uudelleen, ennallistaa, palauttaa ennalleen
calm soothe: rauhoittaa, rauhoittava, tyynnyttää
strengthen: vahvistaa lihaksia, lihasten vahvistaminen, voimistaa, voimistaminen
dissolve melt: liueta, liukenee, liuottaa, sulaa, suussa sulava, sulava tabletti
lozenge: imeskelytabletti, kurkkupastilli, pastilli
chewing gum: purukumi
oral solution liquid: siirappi, yskänlääke
tea: teetä, yrttitee, teekuppi, kupillinen teetä
cream ointment gel: voide, geeli, salva
inhaler: inhalaattori, inhalaatio, astmalääke
vest: liivi
glove: hansikas, käsine
collar neck brace: niskatuki, kaulatuki, tukikaulus, kaulus
band strap: rannekoru
vibration: värinä, värähtely, tärinähoito
platform plate: tärinälevy, värinälevy, tärinäalusta
insoles: pohjallinen, tukipohjallinen
sound music: musiikki, musiikkiterapia, ääniaalto
smartphone app: sovellus, appi, älypuhelin, kännykkä, puhelinsovellus
ultrasound: ultraääni
heat: lämpö, lämpöhoito, kuumuus
cold: kylmä, kylmähoito, kryoterapia
massage: hieronta, hieroa
bath: kylpy, amme, kylpyamme, lämmin kylpy
two trials at once: kaksi tutkimusta samaan aikaan, kahteen tutkimukseen, kahdessa tutkimuksessa,
  kaksi tutkimusta yhtä aikaa, kaksi lääketutkimusta
leftover medicines: ylijääneet lääkkeet, ylijäänyt, ylijääneet, käyttämättömät lääkkeet, jäljelle jääneet lääkkeet, jäi yli
deceased: kuollut, kuolleen, kuolleelta, kuolleet, vainaja, menehtynyt, kuoli
dental amalgam: amalgaami, amalgaamipaikka
dental filling: hammaspaikka, täyte
dentist: hammaslääkäri
teeth tooth: hammas, hampaat
mercury: elohopea
chelation: kelaatiohoito, kelaatio
detox: myrkynpoisto, detox, puhdistuskuuri
heavy metals: raskasmetallit
food intolerance: ruoka-aineintoleranssi
remove take out: poistaa, poistattaa
"""

# --- Romanian -------------------------------------------------------------------------------
_RO = """
ALS MND: sla, scleroză laterală amiotrofică, scleroza laterala amiotrofica, scleroză laterală, boala neuronului motor,
  boală a neuronului motor, boala neuronilor motori, boala charcot, boala lui charcot, charcot, boala lou gehrig,
  lou gehrig, als, mnd
motor neurons: neuron motor, neuroni motori, neuronii motori, motoneuron
neurons: neuron, celulă nervoasă, celule nervoase
cells: celulă
spinal cord: măduva spinării, măduvă spinală, măduva spinarii, măduvă
muscles: mușchi, muscular, musculatură
muscle weakness: slăbiciune musculară, slăbiciune, slăbire musculară
muscle wasting atrophy: atrofie, atrofie musculară, pierdere musculară, topire musculară
cramps: crampă, crampe musculare
spasms: spasm
fasciculations twitching: fasciculație, zvâcnire, zvâcnituri musculare, tresărire
spasticity: spasticitate, rigiditate
breathing: respirație, respira, respiratorie, respirator
lungs: plămân, plămâni, pulmonar
swallowing: înghițire, înghiți, deglutiție, disfagie
bulbar onset: debut bulbar, formă bulbară
speech: vorbire, tulburări de vorbire, dizartrie
voice: voce
nerves: nerv
brain: creier, cerebral
cerebrospinal fluid: lichid cefalorahidian, lcr, lichidul cefalorahidian
blood: sânge, sanguin
blood test: analize de sânge, analiză de sânge, test de sânge
disease progression: progresie, progresia bolii, evoluția bolii, evoluție, agravare, înrăutățire
slow down: încetini, încetinește, încetinesc, încetinirea, încetinire, încetinit, frâna, frânează
stop halt: oprește boala, opri boala, stopa, stopează
symptoms: simptom
diagnosis: diagnostic, diagnosticat, diagnosticată
survival: supraviețuire, prelungi viața, trăi mai mult, trăiască mai mult
life expectancy: speranță de viață, speranța de viață
cure: vindecare, vindeca, vindecă, leac
genetic: genetic, genă
hereditary familial: ereditar, familial, moștenit, moștenită
mutation: mutație, modificare genetică, defect genetic, variantă genetică, genă defectă, genă mutantă, purtător
frontotemporal dementia: demență frontotemporală, demență
fatigue: oboseală, epuizare
weight loss: pierdere în greutate, scădere în greutate, slăbit
walking: mersul, mers pe jos
paralysis: paralizie, paralizat
patient: pacient, bolnav
carer: îngrijitor, aparținător
family: familie
wheelchair: scaun cu rotile, cărucior
stem cells: celule stem, celulă stem
stem cell therapy: terapie cu celule stem, tratament cu celule stem, transplant de celule stem
cell therapy: terapie celulară
astrocytes: astrocit
bone marrow: măduvă osoasă, măduva osoasă
umbilical cord: cordon ombilical
umbilical cord blood: sânge din cordonul ombilical
mesenchymal: mezenchimal, mezenchimale
fat-derived cells: celule din grăsime, celule adipoase, celule din țesutul adipos
gene therapy: terapie genică, terapie genetică
antisense: antisens, aso
oligonucleotide: oligonucleotid
antibody: anticorp
monoclonal antibody: anticorp monoclonal, monoclonal
infusion: infuzie, perfuzie
injection: injecție, injectabil, înțepătură, injecta, injectează
lumbar puncture: puncție lombară, punctie lombara
spinal injection intrathecal: intratecal, injecție în coloană, injecție în măduvă, injecție în spate,
  injecție spinală, în lichidul cefalorahidian
tablet pill: pastilă, tabletă, comprimat, pilulă
capsule: capsulă
powder: pulbere, praf, plic cu pulbere
supplement: supliment, supliment alimentar, suplimente alimentare
diet: dietă, alimentație, regim alimentar
fasting: post alimentar, înfometare, post intermitent
ketogenic: cetogen, cetogenă, ketogenic
vitamin: vitamină
intravenous drip: intravenos, perfuzabil, în venă, pe venă, intravenoasă, branulă
implant: implant, implantat, implanta
device: dispozitiv, aparat
breathing exercise: exercițiu de respirație, exerciții de respirație, gimnastică respiratorie
ventilation: ventilație, ventilator, ventilație non-invazivă, aparat de respirat, bipap
tracheostomy: traheostomie, traheotomie
feeding tube: sondă, gastrostomă, gastrostomie, peg, sondă de alimentare
patch: plasture, plasture transdermic, transdermic
spray: spray
nasal: nazal
nasal spray: spray nazal, pe nas, intranazal
vaccine: vaccin
virus: virus, viral, virus inofensiv, aav
viral vector: vector viral
protein: proteină
enzyme: enzimă
mitochondria: mitocondrie, mitocondrii, mitocondrial
inflammation: inflamație, neuroinflamație, inflamator
anti inflammatory: antiinflamator
immune system: sistem imunitar, imunitar, imunitate
immunotherapy: imunoterapie
drug medicine: medicament, medicație, remediu
active substance: substanță activă
compound: compus, substanță
treatment: tratament
therapy: terapie
transplant: transplant, transplantat
surgery: operație, intervenție chirurgicală, chirurgie, chirurgical
oral: oral, pe gură, administrare orală
antioxidant: antioxidant
hormone: hormon
cannabis: canabis, marijuana, cbd
natural remedy: remediu natural, leac băbesc, remedii naturiste, naturist
natural: natural
homeopathy: homeopatie
alternative medicine: medicină alternativă
acupuncture: acupunctură
physiotherapy: fizioterapie, kinetoterapie, recuperare medicală, kinetoterapeut
occupational therapy: terapie ocupațională, ergoterapie
exercise: exercițiu fizic, sport
plasma: plasmă, plasmafereză
dose: doză, dozaj
electrical stimulation: stimulare electrică, electrostimulare
magnetic stimulation: stimulare magnetică
hyperbaric oxygen: oxigen hiperbar, cameră hiperbară, oxigenoterapie hiperbară
oxygen: oxigen
clinical trial: studiu clinic, studii clinice, trial clinic, test clinic
study: studiu
trial experiment: experiment, trial
research: cercetare
phase: fază
placebo: placebo
results: rezultat
evidence: dovezi, dovezi științifice
proof: dovadă
effective: eficient, eficace
efficacy: eficacitate, eficiență
works: funcționează, ajută, dă rezultate
safe safety: sigur, siguranță
dangerous: periculos
side effects: efecte secundare, efect secundar, efecte adverse, reacții adverse
approved authorised: aprobat, autorizat
approval: aprobare, autorizare
regulator: anm, anmdmr, agenția medicamentului, agenția europeană a medicamentului, fda, ema, autoritate
risk: risc
benefit: beneficiu
proven: dovedit, demonstrat
promising: promițător
data: date
participants: participant, voluntar
cohort: cohortă
cost price: preț, cost, costă
how much does it cost: cât costă, cat costa, la ce preț
how much: cât, câți, câte
where: de unde, unde găsesc
clinic: clinică
private clinic: clinică privată
private test: test privat, laborator privat
Lyme disease: boala lyme, borelioză, lyme
tick bite: căpușă, mușcătură de căpușă
abroad: străinătate, în străinătate, din străinătate
pay: plăti, plătesc, plată
expensive: scump
free of charge: gratuit, gratis, fără plată
doctor: medic, doctor, doctoriță
neurologist: neurolog
general practitioner: medic de familie, medicul de familie
hospital: spital
company: companie, firmă, producător
pharmaceutical company: companie farmaceutică, firmă de medicamente, industria farmaceutică
biotech: biotehnologie, companie de biotehnologie, biotech
laboratory: laborator
start-up: startup, start-up
recommend: recomanda, recomandă, recomandați, recomandat, recomandată
recommendation: recomandare
advise advice: sfat, sfătui, sfătuiți, consiliere
position: poziție, punct de vedere, părere oficială
statement: declarație, comunicat
position statement: declarație de poziție, luare de poziție
association: asociație
foundation: fundație
organisation: organizație
researchers scientists: cercetător, om de știință, oameni de știință
compassionate use: uz compasional, utilizare compasională, autorizație specială
early access: acces timpuriu, acces anticipat
expanded access: acces extins, program de acces extins
waiting list: listă de așteptare
take part enrol: participa, particip, înscrie, înscrieți, înscriu, participare
scam fraud: înșelătorie, țeapă, fraudă, escrocherie, șarlatan
hope: speranță
miracle: minune, miraculos
breakthrough: descoperire, progres major
news: știre, noutate
publication: publicație, articol
peer reviewed: evaluat de colegi, evaluare inter pares, peer review
failed stopped: oprit, oprită, eșuat, eșec, întrerupt, întreruptă, suspendat, anulat
withdrawn: retras
health insurance: asigurare de sănătate, casa de asigurări, cnas, compensat, decontat, asigurare
prescription: rețetă, prescripție
available: disponibil
worth it: merită, merita, merită să, are rost
try: încerca, încercați, încerc, încercat
wait: aștepta, aștept
buy: cumpăra, cumpăr, cumpărați, cumpărat
order: comanda, comandă online
what do you think: ce părere aveți, ce credeți, ce ziceți, ce spuneți, ce părere au
opinion: părere, opinie
should I: ar trebui, trebuie, ar fi bine să
is it true: este adevărat, e adevărat
help: ajutor
take: lua, iau, luați, luat
experimental: experimental
riluzole: riluzol
edaravone: edaravonă, edaravone
oral solution liquid: soluție orală, sirop, lichid, suspensie orală
drink: băutură, bea, băut
sachet: plic, plicuri
weekly: săptămânal, o dată pe săptămână, în fiecare săptămână
daily: zilnic, în fiecare zi, o dată pe zi, de două ori pe zi
monthly: lunar, o dată pe lună, în fiecare lună
once single one-time: o singură dată, doză unică, o singură doză, o singură injecție, o singură perfuzie
subcutaneous under the skin: subcutanat, sub piele, subcutanată
intramuscular: intramuscular, în mușchi
eye drops: picături de ochi, picături oftalmice, picături în ochi
drops: picături
pump: pompă, pompă de perfuzie
protein clumps aggregates: agregat, agregate proteice, aglomerări de proteine, depozit de proteine, acumulare de proteine,
  cocoloașe
misfolded protein: pliere greșită, proteină pliată greșit, pliată greșit
cell energy: energia celulelor, energie celulară, centralele energetice ale celulei, centrale energetice
energy: energie
oxidative stress: stres oxidativ, radicali liberi, oxidare
glutamate: glutamat
excitotoxicity: excitotoxicitate
gene silencing: silențiere genică, blochează gena, oprește gena, dezactivează gena, închide gena
DNA: adn, dna
RNA: arn, arn mesager, rna, mrna
neuroprotection protects nerve cells: neuroprotecție, neuroprotector, protejează neuronii, protejează celulele nervoase,
  protejarea neuronilor
synthetic peptide: peptidă sintetică, peptidă
biomarker: biomarker, marker biologic
neurofilament: neurofilament
own cells autologous: celule proprii, propriile celule, autolog
donor: donator
regeneration: regenerare, regenerativ
growth factor: factor de creștere, neurotrofic
molecule: moleculă
microglia: microglie, microglia
gut microbiome: microbiom, microbiota, flora intestinală
toxic: toxic, toxicitate
mechanism: mecanism, mecanism de acțiune
seaweed algae: algă, alge marine, extract de alge
plant herbal: plantă, plante medicinale, din plante, ceai de plante, fitoterapie
extract: extract
mushroom: ciupercă
turmeric curcumin: turmeric, curcumă, curcumină
traditional Chinese medicine: medicină tradițională chineză, medicină chineză
coconut oil: ulei de cocos
oil: ulei
green tea: ceai verde
probiotic: probiotic
amino acids: aminoacid
creatine: creatină
coenzyme Q10: coenzima q10, q10
omega 3: omega 3
medical cannabis: canabis medicinal
repurposed drug: medicament vechi, medicament deja aprobat, reutilizat, repoziționat
cancer: cancer, tumoră, oncologic, anticancer
leukaemia: leucemie
chemotherapy: chimioterapie
antibiotic: antibiotic
antiviral: antiviral, antiretroviral
HIV: hiv, sida
migraine: migrenă
epilepsy: epilepsie, antiepileptic
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: scleroză multiplă, scleroza multipla
muscle disease: boală musculară, miopatie
muscular dystrophy: distrofie musculară
spinal muscular atrophy: atrofie musculară spinală
children: copil, copii, pediatric
antidepressant: antidepresiv
painkiller: analgezic, calmant
pain: durere
heart: inimă, cardiac
liver: ficat, hepatic, enzimele ficatului, enzime hepatice, afectarea ficatului, leziuni hepatice
kidney: rinichi, renal, afectare renală
blood pressure: tensiune arterială, tensiune
blood flow circulation: flux sanguin, circulația sângelui, circulație sanguină, irigare sanguină
nausea: greață, vărsături, vomă
headache: durere de cap, dureri de cap
diarrhoea: diaree
dizziness: amețeală
allergy: alergie, alergic
online internet: internet, online, pe internet, de pe internet
website: site, site web, pagină web
pharmacy: farmacie
foreign pharmacy abroad: farmacie din străinătate, farmacie online, farmacie străină
import: import, importa, importat
customs: vamă
without prescription: fără rețetă, fără prescripție
buyers club group purchase: club de cumpărători, cumpărare în grup, comandă colectivă
funding: finanțare
donation fundraising: donație, strângere de fonduri, campanie de donații
black market: piața neagră
counterfeit: contrafăcut, fals
travel: călătorie, călători
afford: nu îmi permit, nu ne permitem, nu mi permit
cheap: ieftin
marketing authorisation: autorizație de punere pe piață, pus pe piață, comercializat
market: piață
licensed: licențiat, licență
randomised: randomizat
double blind: dublu orb
control group: grup de control
preliminary results: rezultate preliminare, date preliminare
published: publicat
eligibility criteria: criterii de includere, criterii de eligibilitate, eligibil
recruiting: recrutare, recrutează
open label extension: extensie deschisă, studiu deschis
right to try: dreptul de a încerca
animal studies mice: șoarece, șoareci, studii pe animale, model animal
animals: animal
in the laboratory in vitro: in vitro, în laborator, eprubetă
unproven: nedovedit, nedemonstrat, fără dovezi
harmful: dăunător, nociv
stop taking: renunța, opri tratamentul, întrerupe tratamentul, nu mai iau, întrerupere
keep taking: continua tratamentul, continui tratamentul, să continue tratamentul
combine together with: combina, combinație, împreună cu
interaction: interacțiune
legal: legal
illegal: ilegal, interzis
warning: avertisment, avertizare
claims: promite, pretinde, susține că
testimonials: mărturie, testimonial, experiență personală
expert: expert, specialist
guidelines: ghid, ghiduri clinice, protocol
information: informație, informații
quality of life: calitatea vieții
improve: îmbunătăți, îmbunătățire, ameliorare
reverse: inversa, anula efectele
stabilise: stabiliza, stabilizare
recovery: recuperare, vindecare completă
repair: repara, reparare
early stage: stadiu incipient, fază timpurie, de curând diagnosticat
advanced stage: stadiu avansat, fază avansată
sporadic: sporadic
genetic testing: test genetic, testare genetică, analiză genetică
MRI scan: rmn, rezonanță magnetică
EMG: emg, electromiografie
skin: piele
vein: venă
spine: coloană, coloana vertebrală
needle: acul, ac de seringă
nurse: asistentă medicală, asistent medical, infirmieră
charity: organizație caritabilă, caritate, ong
petition: petiție
pregnancy: însărcinată, gravidă, în timpul sarcinii
juice: suc
sell: vinde, vând, vânzare, vândut
shipping delivery: livrare, transport, expediere
reduce lower: reduce, scade, scădea, diminua
prevent block: preveni, previne, bloca, blochează, împiedica
neuromuscular: neuromuscular
Israeli Israel: israelian, israel
Swiss Switzerland: elvețian, elvețiană, elvețieni, elveția
German Germany: german, germania
American United States: american, americană, statele unite, sua
British United Kingdom: britanic, marea britanie, regatul unit, englez, anglia
French France: francez, franța
Japanese Japan: japonez, japonia
Chinese China: chinez, china
Korean Korea: coreean, coreea
Canadian Canada: canadian, canada
Australian Australia: australian, australia
Dutch Netherlands: olandez, olanda, țările de jos
Swedish Sweden: suedez, suedia
Danish Denmark: danez, danemarca
Norwegian Norway: norvegian, norvegia
Belgian Belgium: belgian, belgia
Spanish Spain: spaniol, spania
Italian Italy: italian, italia
Portuguese Portugal: portughez, portugalia
Brazilian Brazil: brazilian, brazilia
Indian India: indian, india
Mexican Mexico: mexican, mexic
Russian Russia: rus, rusia
Irish Ireland: irlandez, irlanda
Austrian Austria: austriac, austria
Finnish Finland: finlandez, finlanda
Polish Poland: polonez, polonia
Turkish Turkey: turc, turcia
Ukrainian Ukraine: ucrainean, ucraina
Argentinian Argentina: argentinian, argentina
European Europe: european, europa, ue
Panamanian Panama: panamez, panama
Colombian Colombia: columbian, columbia
Romanian Romania: românia, românesc, românească
helmet: cască
light helmet: cască cu lumină, cască cu infraroșu
light therapy: terapie cu lumină, fototerapie, fotobiomodulare, lumină roșie
infrared light: infraroșu, lumină infraroșie
laser: laser, terapie cu laser
magnet: magnet, magnetic, magnetoterapie, câmp magnetic
breathing trainer: antrenor respirator, antrenament respirator, antrenarea mușchilor respiratori
mask: mască, mască nazală, mască facială
cough assist: asistent de tuse, aparat de tuse, tuse asistată, cough assist
communication aid: dispozitiv de comunicare, comunicator, sintetizator de voce, comunicare augmentativă
eye gaze: control prin privire, urmărirea privirii, eye tracking
ketones: cetonă, corpi cetonici
ketone drink: băutură cu cetone, ester de cetonă
athletes: sportiv, atlet
protein shake: shake proteic, băutură proteică
high calorie: hipercaloric, bogat în calorii, multe calorii
vitamin D: vitamina d
vitamin B12: vitamina b12
cannabis oil: ulei de canabis, ulei cbd, ulei de cbd
blood pressure medicine: medicament pentru tensiune, antihipertensiv, pastile de tensiune
diabetes: diabet, diabetic
diabetes drug: antidiabetic, medicament pentru diabet
off-label: off label, în afara indicației, utilizare off label
sleeve cuff: manșetă, manșon
band strap: bandă, curea, brățară
headband: bandă pentru cap, bentiță
mat: saltea, covoraș, saltea magnetică
electrode: electrod
electric: electric, electricitate
electric current: curent electric, impulsuri electrice, șocuri electrice
stimulation: stimulare, stimula, stimulator
wearable: purtabil, dispozitiv purtabil
machine: aparatură, mașinărie
light: lumină
legs: picior, picioare
arms: braț
hands: mână, mâini
feet: labă a piciorului, tălpi, talpă
head: cap
scalp: scalp, pielea capului
fat adipose: grăsime, țesut adipos, adipos
nose: nas
mouth: gură
throat: gât
stomach belly: stomac, burtă, abdomen
gut bowel: intestin, intestinal
rats rodents: șobolan, rozătoare
healthy volunteers: voluntari sănătoși, persoane sănătoase
registration fee: taxă de înscriere
fee: taxă, onorariu
autophagy cell clean-up: autofagie, curățare celulară
inhibitor: inhibitor
kinase inhibitor: inhibitor de kinază, kinază
gummies: jeleu, jeleuri, bomboane gumate
euros: euro
pounds sterling: liră sterlină, lire sterline
subscription: abonament
overseas: peste ocean
tongue: limba mea, pe limbă, mușchii limbii
sublingual under the tongue: sublingual, sub limbă
ear: ureche, urechi
eyes: ochi
chest: piept, torace, cutie toracică
jaw: maxilar, falcă, mandibulă
saliva drooling: salivă, salivație, salivare, scurgere de salivă, bale
choking: înecare, mă înec, se îneacă, sufocare, înecat
cough: tuse, tușesc, tușește
constipation: constipație, constipat
sleep insomnia: somn, insomnie, a dormi, nu pot dormi
anxiety: anxietate, neliniște, angoasă, atac de panică
depression: depresie, deprimat
emotional lability crying laughing: labilitate emoțională, plâns necontrolat, râs necontrolat, plâng fără motiv,
  râd fără motiv, plâns și râs, afect pseudobulbar, crize de plâns
weight gain: creștere în greutate, iau în greutate, a lua în greutate, îngrășare, mă îngraș
white blood cells: globule albe, globulă albă, leucocit, limfocit
red blood cells: globule roșii, globulă roșie, hematie, eritrocit
platelets: trombocit, plachetă
ion channel: canal ionic, canale ionice
potassium: potasiu
sodium: sodiu
calcium: calciu
receptor: receptor
neuromuscular junction: joncțiune neuromusculară, placă motorie, legătura dintre nerv și mușchi,
  legătură între nerv și mușchi, podul dintre nerv și mușchi
synapse: sinapsă
axon: axon
overactive hyperexcitable: hiperexcitabil, hiperexcitabilitate, supraexcitat, hiperactiv, prea activ
mitochondria: bateriile celulei
clear waste clean-up: deșeu, reziduu, eliminarea deșeurilor, curăță celulele, elimină toxinele, eliminarea toxinelor
rebuild restore: reconstrui, reconstruiește, restabili, restabilește, reface
calm soothe: calma, calmează, liniști, liniștește
strengthen: întări, întărește, întărire, fortifica
dissolve melt: dizolva, se dizolvă, dizolvare, se topește, orodispersabil
lozenge: pastilă de supt, tabletă de supt, bomboană medicinală
chewing gum: gumă de mestecat, gumă
tea: ceai, ceaiuri, cană de ceai
cream ointment gel: cremă, unguent, gel, alifie
inhaler: inhalator, inhalare, pompiță
vest: vestă vibratoare, vestă de tuse
glove: mănușă
collar neck brace: guler cervical, guler, suport pentru gât
band strap: brățară inteligentă
vibration: vibrație, vibra, vibrator
platform plate: platformă, placă vibrantă
insoles: branț, talpă ortopedică
sound music: sunet, muzică, meloterapie, unde sonore
smartphone app: aplicație, telefon mobil, smartphone
ultrasound: ultrasunete, ecografie
heat: căldură, cald, termoterapie
cold: frig, rece, crioterapie, gheață
massage: masaj
bath: baie, cadă de baie, baie caldă
two trials at once: două studii, două studii în același timp, două studii simultan, două studii clinice, două trialuri
leftover medicines: medicamente rămase, rămase, medicamente nefolosite, medicamente neutilizate, surplus de medicamente
deceased: decedat, răposat, a murit, mort, defunct
dental amalgam: amalgam, amalgam dentar
dental filling: plombă, obturație
dentist: dentist, stomatolog
teeth tooth: dinte, dinți
mercury: mercur
chelation: chelare, terapie de chelare, chelatare
detox: detoxifiere, detox
heavy metals: metale grele
food intolerance: intoleranță alimentară
remove take out: îndepărta, scoate
"""

# --- Turkish --------------------------------------------------------------------------------
_TR = """
ALS MND: als, amiyotrofik lateral skleroz, amyotrofik lateral skleroz, lateral skleroz, motor nöron hastalığı,
  charcot hastalığı, lou gehrig hastalığı, lou gehrig, mnd
motor neurons: motor nöron, motor sinir hücresi
neurons: nöron, sinir hücresi
cells: hücre
spinal cord: omurilik
muscles: kaslar, kas sistemi, kas dokusu
muscle weakness: kas güçsüzlüğü, güçsüzlük, halsizlik, kas zayıflığı
muscle wasting atrophy: atrofi, kas erimesi, kas kaybı, kas atrofisi
cramps: kramp, kas krampı
spasms: spazm
fasciculations twitching: fasikülasyon, kas seğirmesi, seğirme
spasticity: spastisite, sertlik, kas sertliği
breathing: solunum, nefes, nefes almak, nefes alma
lungs: akciğer
swallowing: yutma, yutkunma, disfaji, yutma güçlüğü
bulbar onset: bulber başlangıç, bulber form
speech: konuşma, konuşma bozukluğu, dizartri
voice: ses
nerves: sinirler, sinir sistemi, sinir hasarı
brain: beyin
cerebrospinal fluid: beyin omurilik sıvısı, bos, omurilik sıvısı
blood: kanda, kanımda, kan değerleri, kan dolaşımı, kan nakli
blood test: kan testi, kan tahlili
disease progression: ilerleme, hastalığın ilerlemesi, hastalığın seyri, kötüleşme
slow down: yavaşlatmak, yavaşlatır, yavaşlatıyor, yavaşlatabilir, yavaşlatma, yavaşlatıp
stop halt: durdurmak, durdurur, durdurabilir
symptoms: belirti, semptom
diagnosis: teşhis, tanı konuldu, tanı kondu, teşhis kondu, tanısı, tanı aldı
survival: sağkalım, hayatta kalma, ömrü uzatmak, yaşam süresi
life expectancy: yaşam beklentisi, beklenen yaşam süresi
cure: tedavi edici, şifa, çare, kesin tedavi
genetic: genetik, gen
hereditary familial: kalıtsal, ailesel, irsi
mutation: mutasyon, gen değişikliği, gen kusuru, genetik varyant, taşıyıcı
frontotemporal dementia: frontotemporal demans, demans
fatigue: yorgunluk, bitkinlik
weight loss: kilo kaybı, zayıflama
walking: yürüme, yürümek
paralysis: felç, paralizi
patient: hasta
carer: bakıcı, bakım veren, refakatçi
family: aile
wheelchair: tekerlekli sandalye
stem cells: kök hücre
stem cell therapy: kök hücre tedavisi, kök hücre nakli
cell therapy: hücre tedavisi
astrocytes: astrosit
bone marrow: kemik iliği
umbilical cord: göbek kordonu
umbilical cord blood: kordon kanı
mesenchymal: mezenkimal
fat-derived cells: yağ dokusu hücreleri, yağ hücresi
gene therapy: gen tedavisi, gen terapisi
antisense: antisens, aso
oligonucleotide: oligonükleotid
antibody: antikor
monoclonal antibody: monoklonal antikor, monoklonal
infusion: infüzyon
injection: iğne, enjeksiyon
lumbar puncture: lomber ponksiyon, belden sıvı alma
spinal injection intrathecal: intratekal, omuriliğe iğne, belden iğne, omurgaya enjeksiyon, bele iğne
tablet pill: tablet, hap
capsule: kapsül
powder: toz
supplement: takviye, besin takviyesi, gıda takviyesi
diet: diyet, beslenme
fasting: oruç, açlık
ketogenic: ketojenik
vitamin: vitamin
intravenous drip: serum, damar yolu, damardan, intravenöz, damar içi
implant: implant
device: cihaz, alet
breathing exercise: solunum egzersizi, nefes egzersizi
ventilation: ventilasyon, solunum cihazı, ventilatör, solunum makinesi, bipap
tracheostomy: trakeostomi
feeding tube: beslenme tüpü, besleme sondası, nazogastrik sonda, peg, mide tüpü
patch: bant, transdermal, cilt bandı
spray: sprey
nasal: nazal, burun içi
nasal spray: burun spreyi, burundan
vaccine: aşılama, aşılar, aşısı, aşı olmak, aşı yaptırmak
virus: virüs, viral, zararsız virüs, aav
viral vector: viral vektör
protein: protein
enzyme: enzim
mitochondria: mitokondri
inflammation: iltihap, iltihaplanma, enflamasyon, nöroinflamasyon
anti inflammatory: iltihap giderici, antiinflamatuvar, anti enflamatuar
immune system: bağışıklık sistemi, bağışıklık
immunotherapy: immünoterapi
drug medicine: ilaç
active substance: etken madde
compound: bileşik, madde
treatment: tedavi
therapy: terapi
transplant: nakil, transplantasyon
surgery: ameliyat, cerrahi
oral: ağızdan, oral
antioxidant: antioksidan
hormone: hormon
cannabis: kenevir, esrar, cbd
natural remedy: bitkisel ilaç, doğal ilaç, alternatif ilaç
natural: doğal
homeopathy: homeopati
alternative medicine: alternatif tıp
acupuncture: akupunktur
physiotherapy: fizyoterapi, fizik tedavi
occupational therapy: ergoterapi, iş terapisi
exercise: egzersiz, spor
plasma: plazma, plazmaferez
dose: doz
electrical stimulation: elektrik stimülasyonu, elektriksel uyarım
magnetic stimulation: manyetik stimülasyon
hyperbaric oxygen: hiperbarik oksijen, basınçlı oksijen
oxygen: oksijen
clinical trial: klinik araştırma, klinik çalışma, klinik deney, ilaç araştırması
study: çalışma
trial experiment: deney
research: araştırma
phase: faz
placebo: plasebo
results: sonuç
evidence: kanıt, bilimsel kanıt
proof: ispat
effective: etkili, etkin
efficacy: etki
works: işe yarar, işe yarıyor, yararı, faydalı, fayda
safe safety: güvenli, güvenlik
dangerous: tehlikeli
side effects: yan etki
approved authorised: onaylı, onaylanmış, onaylandı, ruhsatlı
approval: onay
regulator: titck, sağlık bakanlığı, ema, fda
risk: risk
benefit: yarar
proven: kanıtlanmış, kanıtlandı
promising: umut verici, umut vaat eden
data: veri
participants: katılımcı, gönüllü
cohort: kohort
cost price: fiyat, maliyet, ücret
how much does it cost: ne kadar tutuyor, kaç para, fiyatı ne kadar, ne kadar tutar
how much: kaç, ne kadar
where: nereden, nerede, nereden alabilirim
clinic: klinik
private clinic: özel klinik, özel hastane
private test: özel test, özel laboratuvar
Lyme disease: lyme hastalığı, lyme
tick bite: kene, kene ısırığı
abroad: yurt dışı, yurtdışı, yurt dışında, yurt dışından
pay: ödemek, ödeme
expensive: pahalı
free of charge: ücretsiz, bedava
doctor: doktor, hekim
neurologist: nörolog
general practitioner: aile hekimi
hospital: hastane, üniversite hastanesi
company: şirket, firma, üretici
pharmaceutical company: ilaç şirketi, ilaç firması
biotech: biyoteknoloji, biyoteknoloji şirketi, biotech
laboratory: laboratuvar
start-up: girişim şirketi, startup
recommend: önerir misiniz, öneriyor musunuz, öneriyor, önerilir, öneriyorsunuz, tavsiye, tavsiye eder misiniz,
  tavsiye ediyor musunuz, önerilen
recommendation: öneri
advise advice: danışmanlık, akıl danışmak
position: tutum, görüş, pozisyon
statement: açıklama, bildiri
position statement: görüş bildirisi, tutum belgesi
association: dernek
foundation: vakıf
organisation: kuruluş, örgüt
researchers scientists: araştırmacı, bilim insanı
compassionate use: insani amaçlı kullanım, insani kullanım, isimli hasta, özel izin
early access: erken erişim
expanded access: genişletilmiş erişim, erken erişim programı
waiting list: bekleme listesi
take part enrol: katılmak, katılabilir, başvurmak, başvurmalı, kaydolmak
scam fraud: dolandırıcılık, sahtekarlık, şarlatan, kandırmaca
hope: umut
miracle: mucize
breakthrough: çığır açan, atılım
news: haber
publication: yayın, makale
peer reviewed: hakemli
failed stopped: durduruldu, durdurulmuş, başarısız, iptal edildi, sonlandırıldı
withdrawn: geri çekildi, piyasadan çekildi
health insurance: sgk, sigorta, sağlık sigortası, geri ödeme
prescription: reçete
available: mevcut, piyasada
worth it: değer mi, değer, buna değer
try: denemek, deneyebilir
wait: beklemek
buy: satın, satın almak, satın alabilir
order: sipariş
what do you think: ne düşünüyorsunuz, ne dersiniz, görüşünüz nedir, fikriniz
opinion: fikir
should I: almalı mıyım, kullanmalı mıyım, denemeli miyim, başvurmalı mı, başvurmalı mıyım,
  beklemeli miyim, bırakmalı mıyım, sormalı mıyım, almalı mı, kullanmalı mı, denemeli mi, almalıyım, kullanmalıyım,
  denemeliyim, yapmalıyım, mı yapmalıyım
is it true: doğru mu, gerçek mi
help: yardım
take: kullanmak, almak, alıyor, kullanıyor
experimental: deneysel
riluzole: riluzol
edaravone: edaravon
oral solution liquid: şurubu, sıvı, oral solüsyon, süspansiyon
drink: içecek, içmek
sachet: saşe, poşet
weekly: haftalık, haftada bir, her hafta
daily: günlük, günde bir, her gün, günde iki
monthly: aylık, ayda bir, her ay
once single one-time: tek doz, tek seferlik, bir kez, tek enjeksiyon
subcutaneous under the skin: deri altı, cilt altı, subkutan, deri altına
intramuscular: kas içi, kas içine
eye drops: göz damlası
drops: damla
pump: pompa, ilaç pompası
protein clumps aggregates: kümelenme, protein birikimi, protein kümesi, agregat, birikim, topaklanma
misfolded protein: yanlış katlanmış, yanlış katlanma
cell energy: hücre enerjisi, hücrelerin enerjisi, enerji santrali, enerji üretimi
energy: enerji
oxidative stress: oksidatif stres, serbest radikal, oksidasyon
glutamate: glutamat
excitotoxicity: eksitotoksisite
gene silencing: gen susturma, geni susturan, geni kapatan, geni kapatmak
DNA: dna
RNA: rna, mrna
neuroprotection protects nerve cells: nöroproteksiyon, nöroprotektif, sinir hücrelerini koruyan, sinir hücrelerini korur,
  nöronları korur, nöronları koruyan
synthetic peptide: sentetik peptit, peptit, peptid
biomarker: biyobelirteç, biyomarker
neurofilament: nörofilament
own cells autologous: kendi hücreleri, kendi hücrelerimiz, otolog
donor: donör, bağışçı
regeneration: rejenerasyon, yenilenme
growth factor: büyüme faktörü, nörotrofik
molecule: molekül
microglia: mikroglia
gut microbiome: bağırsak florası, mikrobiyom, mikrobiyota
toxic: zehirli, toksik, toksisite
mechanism: mekanizma, etki mekanizması
seaweed algae: yosun, deniz yosunu, alg ekstresi
plant herbal: bitki, bitkisel
extract: özüt, ekstre, ekstrakt
mushroom: mantar
turmeric curcumin: zerdeçal, kurkumin
traditional Chinese medicine: geleneksel çin tıbbı
coconut oil: hindistan cevizi yağı
oil: yağ
green tea: yeşil çay
probiotic: probiyotik
amino acids: amino asit, aminoasit
creatine: kreatin
coenzyme Q10: koenzim q10, q10
omega 3: omega 3
medical cannabis: tıbbi kenevir, tıbbi esrar
repurposed drug: eski ilaç, başka hastalık için onaylı, yeniden konumlandırılmış
cancer: kanser, tümör
leukaemia: lösemi
chemotherapy: kemoterapi
antibiotic: antibiyotik
antiviral: antiviral, virüs ilacı
HIV: hiv, aids
migraine: migren
epilepsy: epilepsi
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: multipl skleroz, ms hastalığı
muscle disease: kas hastalığı, miyopati
muscular dystrophy: kas distrofisi
spinal muscular atrophy: spinal müsküler atrofi, sma
children: çocuk
antidepressant: antidepresan
painkiller: ağrı kesici
pain: ağrı
heart: kalp
liver: karaciğer, karaciğer hasarı, karaciğer enzimleri
kidney: böbrek, böbrek hasarı, böbrek yetmezliği
blood pressure: tansiyon, kan basıncı
blood flow circulation: kan akışı
nausea: bulantı, kusma
headache: baş ağrısı
diarrhoea: ishal
dizziness: baş dönmesi
allergy: alerji, alerjik
online internet: internet, online, çevrimiçi
website: web sitesi, internet sitesi, site
pharmacy: eczane
foreign pharmacy abroad: yurt dışı eczane, online eczane, internet eczanesi
import: ithalat, ithal
customs: gümrük
without prescription: reçetesiz, reçete olmadan
buyers club group purchase: ortak alım, toplu sipariş, alıcı kulübü
funding: finansman, fon
donation fundraising: bağış, bağış kampanyası, yardım kampanyası
black market: kara borsa
counterfeit: sahte
travel: seyahat, yolculuk
afford: gücümüz yetmiyor, karşılayamıyoruz
cheap: ucuz
marketing authorisation: ruhsat, pazarlama izni, satış izni
market: piyasa
licensed: lisanslı
randomised: randomize
double blind: çift kör
control group: kontrol grubu
preliminary results: ön sonuç
published: yayımlandı, yayınlandı
eligibility criteria: dahil edilme kriterleri, uygunluk kriterleri
recruiting: hasta alımı, gönüllü arıyor
open label extension: açık etiketli
right to try: deneme hakkı
animal studies mice: fare, hayvan deneyi, hayvan çalışması, hayvan modeli
animals: hayvan
in the laboratory in vitro: in vitro, laboratuvarda, tüpte
unproven: kanıtlanmamış, kanıtsız
harmful: zararlı
stop taking: bırakmak, bırakmalı, kesmek, ilacı bırakmak
keep taking: devam etmek, devam etmeli, kullanmaya devam
combine together with: birlikte, kombinasyon
interaction: etkileşim
legal: yasal
illegal: yasadışı, yasa dışı, kaçak
warning: uyarı
claims: iddia
testimonials: deneyim, tecrübe
expert: uzman
guidelines: kılavuz, rehber
information: bilgi
quality of life: yaşam kalitesi
improve: iyileştirmek, iyileşme, düzelme
reverse: tersine çevirmek, geri döndürmek
stabilise: stabilize, dengelemek
recovery: iyileşme süreci
repair: onarmak, onarım
early stage: erken evre, erken dönem
advanced stage: ileri evre, ileri dönem
sporadic: sporadik
genetic testing: genetik test, gen testi
MRI scan: mr, emar, manyetik rezonans
EMG: emg, elektromiyografi
skin: cilt
vein: damar, toplardamar
spine: omurga
needle: iğne ucu
nurse: hemşire
charity: hayır kurumu, yardım kuruluşu
petition: dilekçe, imza kampanyası
pregnancy: hamilelik, gebelik, hamile
juice: meyve suyu
sell: satmak, satılıyor, satış, satılan
shipping delivery: kargo, teslimat
reduce lower: azaltmak, azaltır, azaltan, düşürmek, düşürür
prevent block: önlemek, önler, engellemek, engeller, bloke
neuromuscular: nöromüsküler, sinir kas
Israeli Israel: israil, israilli
Swiss Switzerland: isviçre, isviçreli
German Germany: alman, almanya
American United States: amerikan, amerikalı, amerika, abd
British United Kingdom: ingiliz, ingiltere, birleşik krallık
French France: fransız, fransa
Japanese Japan: japon, japonya
Chinese China: çin, çinli
Korean Korea: koreli, kore
Canadian Canada: kanadalı, kanada
Australian Australia: avustralyalı, avustralya
Dutch Netherlands: hollandalı, hollanda
Swedish Sweden: isveçli, isveç
Danish Denmark: danimarkalı, danimarka
Norwegian Norway: norveçli, norveç
Belgian Belgium: belçikalı, belçika
Spanish Spain: ispanyol, ispanya
Italian Italy: italyan, italya
Portuguese Portugal: portekizli, portekiz
Brazilian Brazil: brezilyalı, brezilya
Indian India: hintli, hindistan
Mexican Mexico: meksikalı, meksika
Russian Russia: rus, rusya
Irish Ireland: irlandalı, irlanda
Austrian Austria: avusturyalı, avusturya
Finnish Finland: finlandiyalı, finlandiya
Polish Poland: polonyalı, polonya
Turkish Turkey: türk, türkiye, türkiyeli
Ukrainian Ukraine: ukraynalı, ukrayna
Argentinian Argentina: arjantinli, arjantin
European Europe: avrupa, avrupalı, ab
Panamanian Panama: panamalı, panama
Colombian Colombia: kolombiyalı, kolombiya
helmet: kask
light helmet: ışık kaskı, kızılötesi kask
light therapy: ışık tedavisi, ışık terapisi, fototerapi, fotobiyomodülasyon, kırmızı ışık
infrared light: kızılötesi, kızılötesi ışık, infrared
laser: lazer, lazer tedavisi
magnet: mıknatıs, manyetik, manyetik alan, manyetik terapi
breathing trainer: solunum kası eğitimi, nefes egzersiz cihazı, solunum egzersiz aleti
mask: maske, burun maskesi, yüz maskesi
cough assist: öksürük cihazı, öksürük destek cihazı, cough assist
communication aid: iletişim cihazı, konuşma cihazı, iletişim aracı
eye gaze: göz takip, göz izleme, göz ile kontrol, eye tracking
ketones: keton, keton cisimleri
ketone drink: keton içeceği, keton esteri
athletes: sporcu
protein shake: protein içeceği, protein tozu
high calorie: yüksek kalorili, kalorili
vitamin D: d vitamini
vitamin B12: b12 vitamini, b12
cannabis oil: kenevir yağı, cbd yağı
blood pressure medicine: tansiyon ilacı
diabetes: diyabet, şeker hastalığı
diabetes drug: diyabet ilacı, şeker ilacı
off-label: endikasyon dışı, off label
sleeve cuff: manşon, manşet
band strap: kayış, bileklik, bant kemeri
headband: kafa bandı, saç bandı
mat: mat, minder, manyetik mat
electrode: elektrot
electric: elektrik, elektrikli
electric current: elektrik akımı, akım
stimulation: stimülasyon, uyarım, uyarıcı
wearable: giyilebilir
machine: makine
light: ışık
legs: bacak
arms: kollar, kolumda
hands: el
feet: ayak
head: kafa
scalp: saçlı deri, kafa derisi
fat adipose: yağ dokusu, karın yağı
nose: burun
mouth: ağız
throat: boğaz
stomach belly: mide, karın
gut bowel: bağırsak
rats rodents: sıçan, kemirgen
healthy volunteers: sağlıklı gönüllü
registration fee: kayıt ücreti
fee: harç
autophagy cell clean-up: otofaji, hücre temizliği
inhibitor: inhibitör, baskılayıcı
kinase inhibitor: kinaz inhibitörü, kinaz
gummies: jelibon, sakız vitamin
euros: avro, euro
pounds sterling: sterlin
subscription: abonelik, üyelik
overseas: okyanus ötesi
tongue: dil kasları, dilimde
sublingual under the tongue: dil altı, dilaltı, dil altına
ear: kulak
eyes: göz
chest: göğüs, göğsüm, göğüs kafesi
jaw: çene
saliva drooling: tükürük, salya, salya akması, ağız sulanması
choking: boğulma, boğulmak, boğuluyor, tıkanma, lokma kaçması, yemek kaçması
cough: öksürük, öksürmek
constipation: kabızlık
sleep insomnia: uyku, uykusuzluk, uyumak, uyuyamıyorum
anxiety: kaygı, endişe, anksiyete, panik atak
depression: depresyon, bunalım
emotional lability crying laughing: duygusal dalgalanma, kontrolsüz ağlama, kontrolsüz gülme, sebepsiz ağlama,
  sebepsiz gülme, ağlama krizi, gülme krizi, psödobulber afekt
weight gain: kilo alma, kilo almak, kilo alıyorum, kilo artışı, şişmanlama
white blood cells: beyaz kan hücresi, akyuvar, lökosit, lenfosit
red blood cells: kırmızı kan hücresi, alyuvar, eritrosit
platelets: trombosit, kan pulcukları
ion channel: iyon kanalı
potassium: potasyum
sodium: sodyum
calcium: kalsiyum
receptor: reseptör
neuromuscular junction: sinir kas kavşağı, nöromüsküler kavşak, sinir ile kas arasındaki bağlantı,
  sinir ve kas arasındaki bağlantı, sinir kas bağlantısı, sinir ile kas arasındaki köprü
synapse: sinaps
axon: akson
overactive hyperexcitable: aşırı uyarılabilir, aşırı uyarılmış, aşırı aktif, hiperaktif, hipereksitabilite
mitochondria: hücrenin pilleri
clear waste clean-up: atık, atıkları temizlemek, toksinleri atmak, hücre çöpü
rebuild restore: yeniden inşa etmek, yeniden yapılandırmak, eski haline getirmek, yeniden oluşturmak
calm soothe: sakinleştirmek, sakinleştirici, yatıştırmak, yatıştırıcı
strengthen: güçlendirmek, güçlendirir, güçlendirici, kuvvetlendirmek
dissolve melt: çözünmek, erimek, eritmek, ağızda eriyen, çözünür
lozenge: pastil, emme tablet, boğaz pastili
chewing gum: sakız, çiklet
oral solution liquid: şurup
tea: çay, bitki çayı
cream ointment gel: krem, merhem, jel
inhaler: inhaler, inhalatör, solunum spreyi, nefes açıcı
vest: yelek
glove: eldiven
collar neck brace: boyunluk, boyun korsesi, boyun desteği
band strap: akıllı bileklik
vibration: titreşim, titreşimli
platform plate: platform, titreşim platformu
insoles: tabanlık, ortopedik tabanlık
sound music: müzik, müzik terapisi, ses dalgaları
smartphone app: mobil uygulama, telefon uygulaması, akıllı telefon, cep telefonu
ultrasound: ultrason, ultrasonografi
heat: sıcak, sıcaklık, sıcak uygulama
cold: soğuk, buz, soğuk uygulama, kriyoterapi
massage: masaj
bath: banyo, küvet, sıcak banyo
two trials at once: iki çalışma aynı anda, iki araştırma aynı anda, iki klinik çalışma, aynı anda iki çalışma,
  iki çalışmaya, iki denemeye
leftover medicines: artan ilaçlar, kalan ilaçlar, kullanılmayan ilaçlar, artan ilaç, kalan ilaç, kullanılmamış ilaç
deceased: vefat, vefat eden, ölen, merhum, hayatını kaybeden
dental amalgam: amalgam, amalgam dolgu
dental filling: dolgu, diş dolgusu
dentist: diş hekimi, dişçi
teeth tooth: diş
mercury: cıva
chelation: şelasyon, şelasyon tedavisi
detox: detoks, arındırma
heavy metals: ağır metaller
food intolerance: gıda intoleransı
remove take out: çıkarmak, çıkartmak, söktürmek
"""

# --- Hungarian ------------------------------------------------------------------------------
_HU = """
ALS MND: als, amiotrófiás laterálszklerózis, amyotrophiás laterálszklerózis, laterálszklerózis, motoneuron betegség,
  motoneuron-betegség, motoros neuron betegség, mozgatóneuron betegség, charcot betegség, charcot-kór, charcot,
  lou gehrig kór, lou gehrig, mnd
motor neurons: motoneuron, mozgatóneuron, mozgató idegsejt, motoros idegsejt
neurons: neuron, idegsejt
cells: sejt
spinal cord: gerincvelő
muscles: izom, izmok, izmot, izmai, izomzat
muscle weakness: izomgyengeség, gyengeség, erőtlenség
muscle wasting atrophy: izomsorvadás, sorvadás, atrófia, izomvesztés
cramps: görcs, izomgörcs
spasms: spazmus
fasciculations twitching: fascikuláció, izomrángás, rángás, rángatózás
spasticity: spaszticitás, merevség
breathing: légzés, lélegzés, lélegezni, légzési
lungs: tüdő
swallowing: nyelés, nyelési nehézség, diszfágia
bulbar onset: bulbáris kezdet, bulbáris forma
speech: beszéd, beszédzavar, diszartria
voice: hang
nerves: ideg
brain: agyi, agyvelő, agyműködés, agysejt
cerebrospinal fluid: agy-gerincvelői folyadék, gerincvelői folyadék, liquor
blood: vérben, vére, vérét, vérem, véremben, vérből
blood test: vérvizsgálat, vérvétel, vérkép, laborvizsgálat
disease progression: progresszió, előrehaladás, a betegség előrehaladása, romlás, állapotromlás
slow down: lassít, lassítja, lassíthatja, lassítani, lassítás, lassabban
stop halt: megállít, megállítja, megállítani
symptoms: tünet
diagnosis: diagnózis, diagnosztizálták
survival: túlélés, élettartam, tovább élni, meghosszabbítja az életet
life expectancy: várható élettartam
cure: gyógyítás, gyógyulás, meggyógyít, gyógymód
genetic: genetikai, gén
hereditary familial: örökletes, öröklött, családi halmozódású
mutation: mutáció, génhiba, génmutáció, génváltozat, hordozó
frontotemporal dementia: frontotemporális demencia, demencia
fatigue: fáradtság, kimerültség
weight loss: fogyás, súlyvesztés, testsúlycsökkenés
walking: járás, járni
paralysis: bénulás
patient: beteg, páciens
carer: gondozó, ápoló hozzátartozó
family: család
wheelchair: kerekesszék, tolószék
stem cells: őssejt
stem cell therapy: őssejtkezelés, őssejtterápia, őssejt-terápia, őssejtes kezelés, őssejt-kezelés
cell therapy: sejtterápia
astrocytes: asztrocita
bone marrow: csontvelő
umbilical cord: köldökzsinór
umbilical cord blood: köldökzsinórvér
mesenchymal: mezenchimális
fat-derived cells: zsírsejt, zsírszövetből nyert sejtek
gene therapy: génterápia, génkezelés
antisense: antiszensz, aso
oligonucleotide: oligonukleotid
antibody: antitest, ellenanyag
monoclonal antibody: monoklonális antitest, monoklonális
infusion: infúzió
injection: injekció, oltás, szúrás
lumbar puncture: lumbálpunkció, gerinccsapolás
spinal injection intrathecal: intratekális, gerincbe adott, gerinccsatornába, gerincvelői injekció
tablet pill: tabletta, pirula
capsule: kapszula
powder: por
supplement: étrend-kiegészítő, étrendkiegészítő, táplálékkiegészítő, kiegészítő
diet: étrend, diéta
fasting: böjt, koplalás
ketogenic: ketogén
vitamin: vitamin
intravenous drip: intravénás, vénás, vénába, csepegtetés, infúzióban
implant: implantátum, beültetés
device: eszköz, készülék
breathing exercise: légzőgyakorlat, légzőtorna
ventilation: lélegeztetés, lélegeztetőgép, gépi lélegeztetés, bipap
tracheostomy: tracheostomia, tracheotómia
feeding tube: szonda, gyomorszonda, peg, gasztrosztóma
patch: tapasz, transzdermális
spray: spray, permet
nasal: orrba
nasal spray: orrspray, orrspré, orron át
vaccine: vakcina, védőoltás
virus: vírus, virális, ártalmatlan vírus, aav
viral vector: vírusvektor
protein: fehérje
enzyme: enzim
mitochondria: mitokondrium, mitokondriális
inflammation: gyulladás, idegrendszeri gyulladás, neuroinflammáció
anti inflammatory: gyulladáscsökkentő
immune system: immunrendszer, immun
immunotherapy: immunterápia
drug medicine: gyógyszer, orvosság, készítmény
active substance: hatóanyag
compound: vegyület, hatóanyag-vegyület
treatment: kezelés
therapy: terápia
transplant: átültetés, transzplantáció
surgery: műtét, sebészet, sebészeti
oral: szájon át, orális
antioxidant: antioxidáns
hormone: hormon
cannabis: kannabisz, marihuána, cbd
natural remedy: természetes gyógymód, gyógynövénykészítmény, népi gyógymód
natural: természetes
homeopathy: homeopátia
alternative medicine: alternatív gyógyászat, alternatív medicina
acupuncture: akupunktúra
physiotherapy: gyógytorna, fizioterápia, gyógytornász
occupational therapy: ergoterápia
exercise: testmozgás, torna, sport
plasma: plazma, plazmaferézis
dose: adag, dózis, adagolás
electrical stimulation: elektromos stimuláció, elektrostimuláció, ingeráram
magnetic stimulation: mágneses stimuláció
hyperbaric oxygen: hiperbár oxigén, túlnyomásos oxigén, oxigénkamra
oxygen: oxigén
clinical trial: klinikai vizsgálat, klinikai kísérlet, gyógyszervizsgálat
study: vizsgálat, tanulmány
trial experiment: kísérlet
research: kutatás
phase: fázis
placebo: placebo
results: eredmény
evidence: bizonyíték, tudományos bizonyíték
proof: bizonyítás
effective: hatásos, hatékony
efficacy: hatásosság, hatékonyság, hatás
works: működik, segít, használ-e, beválik
safe safety: biztonságos, biztonság
dangerous: veszélyes
side effects: mellékhatás
approved authorised: engedélyezett, jóváhagyott, törzskönyvezett
approval: engedély, jóváhagyás
regulator: ogyéi, ogyei, ema, fda, hatóság, gyógyszerügynökség
risk: kockázat
benefit: előny, haszon
proven: bizonyított, igazolt
promising: ígéretes
data: adat
participants: résztvevő, önkéntes
cohort: kohorsz
cost price: ár, ára, árak, árát, költség
how much does it cost: mennyibe kerül, mennyi az ára, mibe kerül
how much: mennyi
where: honnan, hol lehet kapni
clinic: klinika, rendelő
private clinic: magánklinika, magánrendelő
private test: magánteszt, magánlabor
Lyme disease: lyme-kór, borreliózis, lyme
tick bite: kullancs, kullancscsípés
abroad: külföld, külföldön, külföldről, külföldi
pay: fizetni, fizet, kifizetni
expensive: drága
free of charge: ingyenes, ingyen, térítésmentes
doctor: orvos, doktor, kezelőorvos
neurologist: neurológus
general practitioner: háziorvos
hospital: kórház, klinikai központ
company: cég, vállalat, gyártó, társaság
pharmaceutical company: gyógyszercég, gyógyszergyár, gyógyszergyártó
biotech: biotechnológia, biotech
laboratory: laboratórium, labor
start-up: startup, start-up
recommend: javasolják, javasolja, javasolt, ajánlják, ajánlja, ajánlott, ajánlanám, ajánlanák, javasolnák
recommendation: ajánlás, javaslat
advise advice: tanács, tanácsolnak, tanácsol, tanácsadás
position: álláspont, állásfoglalás
statement: nyilatkozat, közlemény
position statement: állásfoglalás szövege
association: egyesület, szövetség, társulás
foundation: alapítvány
organisation: szervezet
researchers scientists: kutató, tudós
compassionate use: méltányossági alapon, egyedi méltányosság, egyedi engedély, különleges engedély
early access: korai hozzáférés
expanded access: kiterjesztett hozzáférés, korai hozzáférési program
waiting list: várólista
take part enrol: részt venni, jelentkezni, bekerülni, részvétel
scam fraud: csalás, átverés, kuruzslás, kuruzsló, szélhámos
hope: remény
miracle: csoda, csodaszer
breakthrough: áttörés
news: hír
publication: publikáció, cikk
peer reviewed: lektorált
failed stopped: leállították, leállítva, sikertelen, kudarc, megszakították, felfüggesztették
withdrawn: visszavonták, kivonták
health insurance: tb, társadalombiztosítás, biztosító, tb-támogatás, térítés
prescription: recept, vény
available: elérhető, kapható
worth it: megéri, érdemes, megérné
try: kipróbálni, kipróbál
wait: várni, várjon
buy: vásárolni, megvenni, vásárol, beszerezni, venni
order: rendelni, megrendelni
what do you think: mit gondolnak, mit gondol, mi a véleményük, mi a véleménye, mit szólnak
opinion: vélemény
should I: kellene, kell-e, szedje-e
is it true: igaz-e, igaz ez
help: segítség
take: szedni, szedje, szed, bevenni
experimental: kísérleti
riluzole: riluzol
edaravone: edaravon
oral solution liquid: belsőleges oldat, szirup, folyadék, oldat
drink: ital, inni
sachet: tasak
weekly: hetente, heti, hetente egyszer
daily: naponta, napi, naponta egyszer, naponta kétszer, mindennap
monthly: havonta, havi, havonta egyszer
once single one-time: egyszeri, egyetlen adag, egyszeri kezelés
subcutaneous under the skin: bőr alá, bőr alatti, szubkután
intramuscular: izomba, intramuszkuláris
eye drops: szemcsepp
drops: csepp
pump: pumpa, gyógyszerpumpa
protein clumps aggregates: aggregátum, fehérjecsomó, csomósodás, lerakódás, fehérjelerakódás, felhalmozódás
misfolded protein: hibásan feltekeredett, rosszul feltekeredett, feltekeredés
cell energy: sejtek energiája, energiaellátás, sejtek erőművei, erőmű
energy: energia
oxidative stress: oxidatív stressz, szabad gyök, oxidáció
glutamate: glutamát
excitotoxicity: excitotoxicitás
gene silencing: géncsendesítés, elnémítja a gént, kikapcsolja a gént
DNA: dns, dna
RNA: rns, rna, mrns, mrna
neuroprotection protects nerve cells: neuroprotekció, idegvédő, védi az idegsejteket, idegsejtek védelme
synthetic peptide: szintetikus peptid, peptid
biomarker: biomarker
neurofilament: neurofilamentum
own cells autologous: saját sejt, autológ
donor: donor, donortól
regeneration: regeneráció, regenerálódás, megújulás
growth factor: növekedési faktor, neurotróf
molecule: molekula
microglia: mikroglia
gut microbiome: bélflóra, mikrobiom, mikrobiota
toxic: mérgező, toxikus
mechanism: mechanizmus, hatásmechanizmus
seaweed algae: alga, tengeri alga
plant herbal: növény, gyógynövény, növényi
extract: kivonat
mushroom: gomba
turmeric curcumin: kurkuma, kurkumin
traditional Chinese medicine: hagyományos kínai orvoslás, kínai gyógyászat
coconut oil: kókuszolaj
oil: olaj
green tea: zöld tea
probiotic: probiotikum
amino acids: aminosav
creatine: kreatin
coenzyme Q10: koenzim q10, q10
omega 3: omega 3
medical cannabis: orvosi kannabisz, gyógyászati kannabisz
repurposed drug: régi gyógyszer, már engedélyezett gyógyszer, újrapozicionált
cancer: rák, daganat, rákellenes
leukaemia: leukémia
chemotherapy: kemoterápia
antibiotic: antibiotikum
antiviral: vírusellenes, antivirális
HIV: hiv, aids
migraine: migrén
epilepsy: epilepszia
Alzheimer's: alzheimer, alzheimer-kór
Parkinson's: parkinson, parkinson-kór
multiple sclerosis: sclerosis multiplex, szklerózis multiplex, sm
muscle disease: izombetegség, miopátia
muscular dystrophy: izomdisztrófia
spinal muscular atrophy: spinális izomatrófia
children: gyermek, gyerek
antidepressant: antidepresszáns
painkiller: fájdalomcsillapító
pain: fájdalom, fájdalmak, fájdalmat
heart: szív
liver: mája, máját, májat, májban, májra, májkárosodás, májenzim, májfunkció, májkárosító
kidney: vese, vesekárosodás, vesefunkció, veseelégtelenség
blood pressure: vérnyomás
blood flow circulation: véráramlás, vérkeringés, vérellátás
nausea: hányinger, hányás
headache: fejfájás
diarrhoea: hasmenés
dizziness: szédülés
allergy: allergia, allergiás
online internet: internet, online, neten, interneten
website: weboldal, honlap, weboldalak
pharmacy: gyógyszertár, patika
foreign pharmacy abroad: külföldi gyógyszertár, internetes gyógyszertár, online patika
import: behozatal, import
customs: vám
without prescription: recept nélkül, vény nélkül, vény nélküli
buyers club group purchase: közös vásárlás, csoportos rendelés, vásárlói klub
funding: finanszírozás
donation fundraising: adomány, adománygyűjtés, gyűjtés
black market: feketepiac
counterfeit: hamisított, hamisítvány
travel: utazás, utazni
afford: nem engedhetjük meg, megfizetni
cheap: olcsó
marketing authorisation: forgalomba hozatali engedély, forgalomba hozatal, forgalomban
market: piac
licensed: licencelt, licenc
randomised: randomizált
double blind: kettős vak
control group: kontrollcsoport
preliminary results: előzetes eredmény
published: publikált, megjelent
eligibility criteria: beválasztási kritérium, bevonási feltétel, bevonási kritérium
recruiting: toborzás, résztvevőket keres, betegeket keresnek
open label extension: nyílt kiterjesztés, nyílt címkés
right to try: kipróbálás joga
animal studies mice: egér, állatkísérlet, állatmodell
animals: állat
in the laboratory in vitro: in vitro, laborban, kémcsőben
unproven: nem bizonyított, bizonyítatlan
harmful: ártalmas, káros
stop taking: abbahagyni, abbahagyja, elhagyni, leállni
keep taking: folytatni, tovább szedni
combine together with: kombinálni, kombináció, együtt
interaction: kölcsönhatás
legal: legális, törvényes
illegal: illegális, tilos
warning: figyelmeztetés
claims: állítja, ígéri, állítás
testimonials: tapasztalat, beszámoló
expert: szakértő, szakorvos
guidelines: irányelv, protokoll
information: információ, tájékoztatás
quality of life: életminőség
improve: javít, javítja, javulás
reverse: visszafordít, visszafordítani
stabilise: stabilizál, stabilizálja
recovery: felépülés
repair: javítás, helyreállítás
early stage: korai stádium, korai szakasz
advanced stage: előrehaladott stádium, előrehaladott
sporadic: sporadikus
genetic testing: genetikai vizsgálat, génteszt
MRI scan: mr, mri, mágneses rezonancia
EMG: emg, elektromiográfia
skin: bőrfelület, bőrön át
vein: véna, visszér
spine: gerinc, gerincoszlop
needle: injekciós tű
nurse: ápoló, ápolónő, nővér
charity: jótékonysági szervezet, jótékonyság
petition: petíció
pregnancy: terhesség, várandósság, terhes
juice: gyümölcslé
sell: árul, árulják, eladni, értékesít
shipping delivery: szállítás, kiszállítás, postázás
reduce lower: csökkent, csökkenti, csökkenteni
prevent block: megelőz, megakadályoz, gátol, gátolja, blokkol
neuromuscular: neuromuszkuláris
Israeli Israel: izraeli, izrael
Swiss Switzerland: svájci, svájc
German Germany: német, németország
American United States: amerikai, egyesült államok, usa, amerika
British United Kingdom: brit, angol, egyesült királyság, anglia, nagy-britannia
French France: francia, franciaország
Japanese Japan: japán
Chinese China: kínai, kína
Korean Korea: koreai, korea
Canadian Canada: kanadai, kanada
Australian Australia: ausztrál, ausztrália
Dutch Netherlands: holland, hollandia
Swedish Sweden: svéd, svédország
Danish Denmark: dániai, dánia
Norwegian Norway: norvég, norvégia
Belgian Belgium: belga, belgium
Spanish Spain: spanyol, spanyolország
Italian Italy: olasz, olaszország
Portuguese Portugal: portugál, portugália
Brazilian Brazil: brazil, brazília
Indian India: indiai, india
Mexican Mexico: mexikói, mexikó
Russian Russia: orosz, oroszország
Irish Ireland: írországi, írország
Austrian Austria: osztrák, ausztria
Finnish Finland: finn, finnország
Polish Poland: lengyel, lengyelország
Turkish Turkey: török, törökország
Ukrainian Ukraine: ukrán, ukrajna
Argentinian Argentina: argentin, argentína
European Europe: európai, európa, eu
Panamanian Panama: panamai, panama
Colombian Colombia: kolumbiai, kolumbia
Hungarian Hungary: magyar, magyarország
Romanian Romania: román, románia
helmet: sisak
light helmet: fénysisak, infravörös sisak
light therapy: fényterápia, fotobiomoduláció, vörös fény
infrared light: infravörös, infravörös fény
laser: lézer, lézerterápia
magnet: mágnes, mágneses, mágneses tér, mágnesterápia
breathing trainer: légzésedző, légzőizom-tréner, légzőizom edzés
mask: maszk, orrmaszk, arcmaszk
cough assist: köhögéssegítő, köhögtető gép, cough assist
communication aid: kommunikációs eszköz, beszédgép, beszédszintetizátor
eye gaze: szemvezérlés, szemmozgás követés, tekintetvezérlés, eye tracking
ketones: keton, ketontest
ketone drink: ketonital, keton-észter
athletes: sportoló
protein shake: fehérjeturmix, fehérjeital
high calorie: magas kalóriatartalmú, kalóriadús
vitamin D: d-vitamin, d vitamin
vitamin B12: b12-vitamin, b12 vitamin, b12
cannabis oil: cbd-olaj, kannabiszolaj
blood pressure medicine: vérnyomáscsökkentő
diabetes: cukorbetegség, cukorbeteg, diabétesz
diabetes drug: cukorbetegség elleni gyógyszer, antidiabetikum
off-label: off label, engedélyen kívüli
sleeve cuff: mandzsetta
band strap: pánt, szalag, karpánt
headband: fejpánt
mat: matrac, alátét, mágneses matrac
electrode: elektróda
electric: elektromos
electric current: áram, elektromos áram, áramütés
stimulation: stimuláció, stimulálás, ingerlés, stimulátor
wearable: viselhető, hordható
machine: gép
light: fény
legs: láb
arms: karja, karját, karjai, felkar
hands: kéz, kezek, kezét
feet: lábfej, talp
head: fej
scalp: fejbőr
fat adipose: zsír, zsírszövet
nose: orr
mouth: száj
throat: garat, gége, torka, torkom
stomach belly: gyomor, has
gut bowel: belek, bélrendszer, bélben
rats rodents: patkány, rágcsáló
healthy volunteers: egészséges önkéntes
registration fee: regisztrációs díj, részvételi díj
fee: díj
autophagy cell clean-up: autofágia, sejttakarítás
inhibitor: gátló, inhibitor
kinase inhibitor: kinázgátló, kináz
gummies: gumicukor
euros: euró
pounds sterling: font
subscription: előfizetés
overseas: tengerentúl, tengerentúli
tongue: nyelvem, nyelvizom, nyelv sorvadása
sublingual under the tongue: nyelv alá, nyelv alatti, szublinguális
ear: fül
eyes: szem
chest: mellkas
jaw: állkapocs
saliva drooling: nyál, nyálfolyás, nyáladzás, nyálzás
choking: félrenyelés, fulladás, félrenyelni, félrenyelek, fuldoklás
cough: köhögés, köhög
constipation: székrekedés
sleep insomnia: alvás, álmatlanság, aludni, alvászavar
anxiety: szorongás, aggodalom, pánikroham
depression: depresszió, levertség
emotional lability crying laughing: érzelmi labilitás, kontrollálatlan sírás, kontrollálatlan nevetés, kényszersírás,
  kényszernevetés, ok nélküli sírás, ok nélküli nevetés, sírógörcs
weight gain: súlygyarapodás, hízás, hízni, meghízni, súlynövekedés
white blood cells: fehérvérsejt, fehér vérsejt, leukocita, limfocita
red blood cells: vörösvérsejt, vörös vérsejt, eritrocita
platelets: vérlemezke, trombocita
ion channel: ioncsatorna
potassium: kálium
sodium: nátrium
calcium: kalcium
receptor: receptor
neuromuscular junction: ideg-izom csatlakozás, neuromuszkuláris junkció, ideg izom kapcsolat,
  az ideg és az izom közötti kapcsolat, ideg és izom közötti kapcsolat, motoros véglemez
synapse: szinapszis
axon: axon, idegnyúlvány
overactive hyperexcitable: túlingerlékeny, túlingerlékenység, túlaktív, hiperaktív
mitochondria: energiagyár, sejt erőműve
clear waste clean-up: salakanyag, hulladék, salakanyagok eltávolítása, hulladék eltávolítása
rebuild restore: újjáépít, helyreállít, helyreállítja, újraépít
calm soothe: nyugtat, megnyugtat, nyugtató, csillapít
strengthen: erősít, erősíti, erősítés
dissolve melt: feloldódik, olvad, szájban olvadó, feloldani
lozenge: szopogató tabletta, szopogatós tabletta, torokpasztilla, pasztilla
chewing gum: rágógumi, rágó
tea: tea, gyógytea
cream ointment gel: krém, kenőcs, gél, balzsam
inhaler: inhalátor, inhalálás, inhalálni
vest: mellény
glove: kesztyű
collar neck brace: nyakmerevítő, nyakrögzítő, nyaktámasz, gallér
band strap: csuklópánt, karkötő
vibration: vibráció, rezgés, rezgő
platform plate: platform, rezgőlap, rezgőlemez
insoles: talpbetét, cipőbetét
sound music: zene, zeneterápia, hanghullám
smartphone app: mobilalkalmazás, telefonos alkalmazás, applikáció, app, okostelefon, mobiltelefon
ultrasound: ultrahang
heat: meleg, hőkezelés, melegítés
cold: hideg, hidegkezelés, krioterápia, jég
massage: masszázs, masszírozás
bath: fürdő, kád, meleg fürdő, fürdőkád
two trials at once: két vizsgálat egyszerre, két klinikai vizsgálat, két vizsgálatban, két vizsgálatban egyszerre
leftover medicines: megmaradt gyógyszer, maradék gyógyszer, fel nem használt gyógyszer, megmaradt, maradék
deceased: elhunyt, meghalt, halott, néhai
dental amalgam: amalgám, amalgámtömés
dental filling: tömés, fogtömés
dentist: fogorvos
teeth tooth: fogak, fogam
mercury: higany
chelation: kelátterápia, kelát
detox: méregtelenítés, detox
heavy metals: nehézfémek
food intolerance: ételintolerancia
remove take out: eltávolít, eltávolítani, kiszedni
"""

# --- Croatian (Bosnian and Serbian in Latin script read the same; ekavian forms beside ijekavian ones) ----
_HR = """
ALS MND: als, amiotrofična lateralna skleroza, amiotrofična lateralna skleroza, lateralna skleroza, bolest motoričkog neurona,
  bolest motornog neurona, bolest motoričkih neurona, bolest motornih neurona, charcotova bolest, lou gehrigova bolest,
  mnd
motor neurons: motorički neuron, motorni neuron, motoneuron
neurons: neuron, živčana stanica, nervna ćelija, nervna stanica
cells: stanica, ćelija
spinal cord: leđna moždina, kralježnička moždina, kičmena moždina
muscles: mišić, mišićni, mišićje, muskulatura
muscle weakness: slabost mišića, mišićna slabost, slabost
muscle wasting atrophy: atrofija, atrofija mišića, gubitak mišićne mase, propadanje mišića
cramps: grč, grčevi, grč u mišiću
spasms: spazam
fasciculations twitching: fascikulacija, trzanje mišića, trzaji, titranje mišića
spasticity: spastičnost, ukočenost
breathing: disanje, disati, dišni, respiratorni
lungs: pluća, plućni
swallowing: gutanje, gutati, disfagija
bulbar onset: bulbarni početak, bulbarni oblik
speech: govor, poteškoće s govorom, smetnje govora, dizartrija
voice: glas
nerves: živac, živčani, nerv
brain: mozak, moždani
cerebrospinal fluid: likvor, cerebrospinalna tekućina, moždana tekućina, leđna tekućina
blood: krv, krvni
blood test: krvna pretraga, pretraga krvi, vađenje krvi, nalaz krvi, test krvi, analiza krvi
disease progression: napredovanje bolesti, progresija, napredovanje, tijek bolesti, pogoršanje
slow down: usporiti, usporava, usporavaju, usporio, usporila, usporavanje, usporen
stop halt: zaustaviti, zaustavlja, zaustaviti bolest
symptoms: simptom
diagnosis: dijagnoza, dijagnosticiran, dijagnosticirana
survival: preživljenje, preživljavanje, produljiti život, produžiti život, živjeti dulje, živjeti duže
life expectancy: očekivani životni vijek, životni vijek
cure: izlječenje, izliječiti, izlečenje
genetic: genetski, gen
hereditary familial: nasljedni, nasljedan, obiteljski, naslijeđen, porodični
mutation: mutacija, genetska promjena, promjena gena, promjena u genu, genetski defekt, genetska varijanta, nositelj
frontotemporal dementia: frontotemporalna demencija, demencija
fatigue: umor, iscrpljenost
weight loss: gubitak težine, mršavljenje, gubitak tjelesne težine
walking: hodanje, hod
paralysis: paraliza, oduzetost
patient: bolesnik, pacijent, oboljeli
carer: njegovatelj, skrbnik
family: obitelj, porodica
wheelchair: invalidska kolica, kolica
stem cells: matična stanica, matične stanice, matične ćelije, matična ćelija
stem cell therapy: terapija matičnim stanicama, liječenje matičnim stanicama, transplantacija matičnih stanica
cell therapy: stanična terapija, ćelijska terapija
astrocytes: astrocit
bone marrow: koštana srž
umbilical cord: pupčana vrpca, pupčana vrpca
umbilical cord blood: krv iz pupkovine, pupkovina
mesenchymal: mezenhimski, mezenhimalni
fat-derived cells: stanice iz masnog tkiva
gene therapy: genska terapija, genetska terapija
antisense: antisense, aso, antisensni
oligonucleotide: oligonukleotid
antibody: antitijelo, protutijelo, antitelo
monoclonal antibody: monoklonsko antitijelo, monoklonsko protutijelo, monoklonski
infusion: infuzija
injection: injekcija, ubod, ubrizgavanje, ubrizgati, injekcijski
lumbar puncture: lumbalna punkcija
spinal injection intrathecal: intratekalno, intratekalni, injekcija u kralježnicu, injekcija u leđa, injekcija u kičmu,
  injekcija u leđnu moždinu, u likvor
tablet pill: tableta, pilula, tabletica
capsule: kapsula
powder: prah, prašak, u prahu
supplement: dodatak prehrani, suplement, dodatak
diet: prehrana, dijeta, ishrana
fasting: gladovanje, povremeni post
ketogenic: ketogena, ketogeni
vitamin: vitamin
intravenous drip: intravenski, intravenozno, u venu, kroz venu, intravenska
implant: implantat, ugradnja, ugrađen
device: uređaj, naprava, pomagalo
breathing exercise: vježbe disanja, respiratorna fizioterapija
ventilation: ventilacija, respirator, neinvazivna ventilacija, aparat za disanje, bipap
tracheostomy: traheostomija, traheotomija
feeding tube: sonda, gastrostoma, gastrostomija, peg, sonda za hranjenje
patch: flaster, transdermalni flaster, transdermalni
spray: sprej
nasal: nosni, nazalni
nasal spray: sprej za nos, nosni sprej, kroz nos
vaccine: cjepivo, vakcina
virus: virus, virusni, bezopasni virus, aav
viral vector: virusni vektor
protein: protein, bjelančevina
enzyme: enzim
mitochondria: mitohondrij, mitohondriji
inflammation: upala, neuroupala, upalni
anti inflammatory: protuupalni
immune system: imunološki sustav, imunološki sistem, imunitet, imunološki
immunotherapy: imunoterapija
drug medicine: lijek, lijekovi, lek, medikament
active substance: djelatna tvar, aktivna tvar, aktivna supstanca
compound: spoj, tvar, supstanca
treatment: liječenje, lečenje, tretman
therapy: terapija
transplant: transplantacija, presađivanje
surgery: operacija, kirurški zahvat, kirurgija, hirurgija
oral: oralni, oralno, na usta, kroz usta
antioxidant: antioksidans, antioksidant
hormone: hormon
cannabis: kanabis, marihuana, konoplja, cbd
natural remedy: prirodni lijek, prirodni pripravak, narodni lijek
natural: prirodni
homeopathy: homeopatija
alternative medicine: alternativna medicina
acupuncture: akupunktura
physiotherapy: fizioterapija, fizikalna terapija, fizioterapeut
occupational therapy: radna terapija
exercise: tjelovježba, vježbanje, fizička aktivnost
plasma: plazma, plazmafereza
dose: doza, doziranje
electrical stimulation: električna stimulacija, elektrostimulacija
magnetic stimulation: magnetska stimulacija
hyperbaric oxygen: hiperbarični kisik, hiperbarična komora, hiperbarična oksigenacija
oxygen: kisik
clinical trial: kliničko ispitivanje, klinička studija, kliničko istraživanje
study: studija, istraživanje
trial experiment: ispitivanje, pokus, eksperiment
research: istraživački, znanstveno istraživanje
phase: faza
placebo: placebo
results: rezultat
evidence: dokazi, znanstveni dokazi
proof: dokaz
effective: učinkovit, djelotvoran, efikasan
efficacy: učinkovitost, djelotvornost
works: djeluje, pomaže, funkcionira
safe safety: siguran, sigurno, sigurnost, bezopasan
dangerous: opasan, opasno
side effects: nuspojava, nuspojave, štetni učinci, neželjeni učinci
approved authorised: odobren, odobreno, registriran
approval: odobrenje
regulator: halmed, agencija za lijekove, europska agencija za lijekove, fda, ema
risk: rizik
benefit: korist
proven: dokazan, dokazano
promising: obećavajući
data: podaci
participants: sudionik, ispitanik, dobrovoljac
cohort: kohorta
cost price: cijena, trošak, košta
how much does it cost: koliko košta, koliko stoji, po kojoj cijeni
how much: koliko
where: gdje
clinic: klinika
private clinic: privatna klinika
abroad: inozemstvo, u inozemstvu, iz inozemstva
pay: platiti, plaćati, plaćanje
expensive: skupo, preskup, preskupo
free of charge: besplatan, besplatno
doctor: liječnik, doktor, lekar, doktorica, liječnica
neurologist: neurolog
general practitioner: obiteljski liječnik, liječnik opće prakse
hospital: bolnica
company: tvrtka, firma, proizvođač, kompanija, poduzeće
pharmaceutical company: farmaceutska tvrtka, farmaceutska kompanija, farmaceutska industrija
biotech: biotehnologija, biotehnološka tvrtka
laboratory: laboratorij
start-up: startup
recommend: preporučiti, preporučuje, preporučujete, preporučujemo, preporučen, preporučuju
recommendation: preporuka
advise advice: savjet, savjetovati, savjetujete, savjetujemo, savetovati
position: stav, stajalište, mišljenje udruge
statement: izjava, priopćenje
position statement: službeni stav
association: udruga, udruženje, savez
foundation: zaklada, fondacija
organisation: organizacija
researchers scientists: istraživač, znanstvenik, naučnik
compassionate use: milosrdna primjena, primjena iz suosjećanja, posebno odobrenje
early access: rani pristup
expanded access: prošireni pristup, program proširenog pristupa
waiting list: lista čekanja
take part enrol: sudjelovati, sudjelovanje, prijaviti se, uključiti se
scam fraud: prijevara, prevara, šarlatan, varalica
hope: nada
miracle: čudo, čudesan
breakthrough: proboj, otkriće
news: vijest, novost
publication: publikacija, članak
peer reviewed: recenziran, recenzirani
failed stopped: zaustavljen, prekinut, prekinuto, obustavljen, neuspješan, propao
withdrawn: povučen
health insurance: zdravstveno osiguranje, hzzo, osiguranje, dopunsko osiguranje
prescription: recept, na recept
available: dostupan, dostupno
worth it: isplati se, vrijedi li, vrijedi
try: probati, pokušati, isprobati
wait: čekati, pričekati
buy: kupiti, kupujem, kupnja, kupovina
order: naručiti, narudžba
what do you think: što mislite, šta mislite, kakvo je vaše mišljenje
opinion: mišljenje
should I: trebam li, treba li, bi li trebao, bi li trebala
is it true: je li istina, da li je istina
help: pomoć
take: uzimati, uzeti, uzima, uzimam
experimental: eksperimentalni
riluzole: riluzol
edaravone: edaravon
oral solution liquid: oralna otopina, sirup, tekućina, suspenzija
drink: piće, piti, popiti
sachet: vrećica
weekly: tjedno, jednom tjedno, svaki tjedan, nedeljno
daily: dnevno, svaki dan, jednom dnevno, dvaput dnevno, svakodnevno
monthly: mjesečno, jednom mjesečno, svaki mjesec
once single one-time: jednokratno, jednokratna, jedna doza, jedna injekcija, samo jednom
subcutaneous under the skin: potkožno, potkožni, pod kožu
intramuscular: intramuskularno, u mišić
eye drops: kapi za oči
drops: kapi
pump: pumpa, infuzijska pumpa
protein clumps aggregates: agregat, nakupine proteina, proteinske nakupine, nakupljanje proteina
misfolded protein: pogrešno smotan protein, krivo smotan protein
cell energy: stanična energija, energija stanica, elektrane stanica
energy: energija
oxidative stress: oksidativni stres, slobodni radikali
glutamate: glutamat
excitotoxicity: ekscitotoksičnost
gene silencing: utišavanje gena, isključuje gen, blokira gen
DNA: dnk, dna
RNA: rnk, rna, mrna
neuroprotection protects nerve cells: neuroprotekcija, neuroprotektivni, štiti neurone, štiti živčane stanice
synthetic peptide: sintetski peptid, peptid
biomarker: biomarker, biološki pokazatelj
neurofilament: neurofilament
own cells autologous: vlastite stanice, autologni
donor: darivatelj, donor
regeneration: regeneracija, obnova
growth factor: faktor rasta, čimbenik rasta, neurotrofni
molecule: molekula
microglia: mikroglija
gut microbiome: mikrobiom, crijevna flora, mikrobiota
toxic: otrovan, toksičan, toksičnost
mechanism: mehanizam, mehanizam djelovanja
seaweed algae: alga, morske alge
plant herbal: biljka, biljni, ljekovito bilje, biljni čaj, fitoterapija
extract: ekstrakt
mushroom: gljiva
turmeric curcumin: kurkuma, kurkumin
traditional Chinese medicine: tradicionalna kineska medicina, kineska medicina
coconut oil: kokosovo ulje
oil: ulje
green tea: zeleni čaj
probiotic: probiotik
amino acids: aminokiselina
creatine: kreatin
coenzyme Q10: koenzim q10, q10
omega 3: omega 3
medical cannabis: medicinska konoplja, medicinski kanabis
repurposed drug: stari lijek, već odobreni lijek, prenamijenjeni lijek
cancer: rak, tumor, onkološki, karcinom
leukaemia: leukemija
chemotherapy: kemoterapija
antibiotic: antibiotik
antiviral: antivirusni, antiretrovirusni
HIV: hiv, aids
migraine: migrena
epilepsy: epilepsija, antiepileptik
Alzheimer's: alzheimer, alzheimerova bolest
Parkinson's: parkinson, parkinsonova bolest
multiple sclerosis: multipla skleroza
muscle disease: mišićna bolest, miopatija
muscular dystrophy: mišićna distrofija
spinal muscular atrophy: spinalna mišićna atrofija
children: dijete, djeca, pedijatrijski
antidepressant: antidepresiv
painkiller: analgetik, lijek protiv bolova
pain: bol, bolovi
heart: srce, srčani
liver: jetra, jetreni, jetrena oštećenja, oštećenje jetre, jetreni enzimi
kidney: bubreg, bubrežni
blood pressure: krvni tlak, tlak, krvni pritisak
blood flow circulation: protok krvi, krvotok, cirkulacija krvi, prokrvljenost
nausea: mučnina, povraćanje
headache: glavobolja
diarrhoea: proljev
dizziness: vrtoglavica
allergy: alergija, alergijski
online internet: internet, online, preko interneta, na internetu
website: web stranica, internetska stranica
pharmacy: ljekarna, apoteka
foreign pharmacy abroad: inozemna ljekarna, internetska ljekarna
import: uvoz, uvesti, uvezen
customs: carina
without prescription: bez recepta
buyers club group purchase: zajednička kupnja, grupna narudžba
funding: financiranje
donation fundraising: donacija, prikupljanje sredstava, humanitarna akcija
black market: crno tržište
counterfeit: krivotvoren, lažan
travel: putovanje, putovati
afford: ne možemo si priuštiti, ne mogu si priuštiti, priuštiti
cheap: jeftin
marketing authorisation: odobrenje za stavljanje u promet, u prometu
market: tržište
licensed: licenciran, licenca
randomised: randomiziran
double blind: dvostruko slijepo, dvostruko slijepa
control group: kontrolna skupina, kontrolna grupa
preliminary results: preliminarni rezultati, preliminarni podaci
published: objavljen, objavljeno
eligibility criteria: kriteriji uključivanja, kriteriji za sudjelovanje
recruiting: regrutiranje, uključivanje ispitanika, traže ispitanike
open label extension: otvoreni nastavak, otvorena studija
right to try: pravo na pokušaj
animal studies mice: miš, miševi, istraživanja na životinjama, životinjski model
animals: životinja
in the laboratory in vitro: in vitro, u laboratoriju, u epruveti
unproven: nedokazan, nedokazano, bez dokaza
harmful: štetan, škodljiv
stop taking: prestati uzimati, prekinuti liječenje, prestati, prekinuti
keep taking: nastaviti uzimati, nastaviti liječenje
combine together with: kombinirati, kombinacija, zajedno s
interaction: interakcija, međudjelovanje
legal: legalan, zakonit
illegal: ilegalan, nezakonit, zabranjen
warning: upozorenje, upozoriti
claims: obećava, navodno
testimonials: svjedočanstvo, osobno iskustvo
expert: stručnjak, specijalist
guidelines: smjernice, protokol
information: informacija
quality of life: kvaliteta života, kvaliteta života
improve: poboljšati, poboljšanje
reverse: preokrenuti, poništiti
stabilise: stabilizirati, stabilizacija
recovery: oporavak
repair: popraviti, popravak
early stage: rani stadij, rana faza, nedavno dijagnosticiran
advanced stage: uznapredovali stadij, kasni stadij, kasna faza
sporadic: sporadični
genetic testing: genetsko testiranje, genetski test, genetska analiza
MRI scan: magnetska rezonancija, mri
EMG: emg, elektromiografija
skin: koža
vein: vena
spine: kralježnica, kičma, leđa
needle: igla
nurse: medicinska sestra
charity: humanitarna organizacija, dobrotvorna organizacija
petition: peticija
pregnancy: trudnoća, trudna
juice: sok
sell: prodavati, prodaje, prodaja, prodati
shipping delivery: dostava, isporuka, slanje
reduce lower: smanjiti, smanjuje, sniziti, snižava
prevent block: spriječiti, sprječava, blokirati, blokira
neuromuscular: neuromišićni, neuromuskularni
Israeli Israel: izraelski, izrael
Swiss Switzerland: švicarski, švicarska
German Germany: njemački, njemačka
American United States: američki, amerika, sjedinjene američke države
British United Kingdom: britanski, britanija, ujedinjeno kraljevstvo, engleska
French France: francuski, francuska
Japanese Japan: japanski, japan
Chinese China: kineski, kina
Korean Korea: korejski, koreja
Canadian Canada: kanadski, kanada
Australian Australia: australski, australija
Dutch Netherlands: nizozemski, nizozemska, holandija
Swedish Sweden: švedski, švedska
Danish Denmark: danski, danska
Norwegian Norway: norveški, norveška
Belgian Belgium: belgijski, belgija
Spanish Spain: španjolski, španjolska, španija
Italian Italy: talijanski, italija
Portuguese Portugal: portugalski, portugal
Brazilian Brazil: brazilski, brazil
Indian India: indijski, indija
Mexican Mexico: meksički, meksiko
Russian Russia: ruski, rusija
Irish Ireland: irski, irska
Austrian Austria: austrijski, austrija
Finnish Finland: finski, finska
Polish Poland: poljski, poljska
Turkish Turkey: turski, turska
Ukrainian Ukraine: ukrajinski, ukrajina
Argentinian Argentina: argentinski, argentina
European Europe: europski, europa, evropa
Colombian Colombia: kolumbijski, kolumbija
Romanian Romania: rumunjski, rumunjska
helmet: kaciga
light therapy: terapija svjetlom, svjetlosna terapija
infrared light: infracrveno svjetlo, infracrveni
laser: laser
magnet: magnet, magnetski
breathing trainer: trener disanja
mask: maska
cough assist: aparat za iskašljavanje, asistent kašlja
communication aid: komunikacijsko pomagalo
eye gaze: upravljanje pogledom
ketones: keton
ketone drink: ketonsko piće
athletes: sportaš
protein shake: proteinski napitak, šejk
high calorie: visokokaloričan, visokokalorični
vitamin D: vitamin d
vitamin B12: vitamin b12
cannabis oil: ulje kanabisa, cbd ulje
diabetes: dijabetes, šećerna bolest
diabetes drug: lijek za dijabetes
off-label: izvan odobrene indikacije, off label
band strap: traka, remen
headband: traka za glavu
electrode: elektroda
electric: električni
electric current: električna struja, struja
stimulation: stimulacija
wearable: nosivi
machine: aparat, stroj
light: svjetlo, svjetlost
legs: noga
arms: ruka
hands: šaka
feet: stopalo
head: glava
scalp: vlasište
fat adipose: mast, masno tkivo, masnoća
nose: nos
mouth: usta
throat: grlo
stomach belly: želudac, trbuh
gut bowel: crijevo, crijeva
rats rodents: štakor, glodavac
healthy volunteers: zdravi dobrovoljci, zdravi ispitanici
fee: naknada, pristojba, članarina
autophagy cell clean-up: autofagija
inhibitor: inhibitor
kinase inhibitor: inhibitor kinaze
gummies: gumeni bomboni, gumene bombone
euros: euro, eura, eur
subscription: pretplata
sublingual under the tongue: pod jezik, sublingvalno
ear: uho
eyes: oči
chest: prsa, prsni koš
jaw: čeljust
saliva drooling: slina, slinjenje
choking: gušenje, zagrcnuti, zagrcavanje
cough: kašalj, kašljanje
constipation: opstipacija
sleep insomnia: nesanica, spavanje
anxiety: tjeskoba, anksioznost, strah
depression: depresija
emotional lability crying laughing: emocionalna labilnost, prisilni plač, prisilni smijeh
weight gain: dobivanje na težini, povećanje težine, povećanje tjelesne težine
white blood cells: bijele krvne stanice, leukociti
red blood cells: crvene krvne stanice, eritrociti
platelets: trombociti
ion channel: ionski kanal
potassium: kalij
sodium: natrij
calcium: kalcij
receptor: receptor
synapse: sinapsa
axon: akson
overactive hyperexcitable: preaktivan, hiperekscitabilan
clear waste clean-up: uklanja otpad, čišćenje
rebuild restore: obnoviti
calm soothe: smiriti, umiriti
strengthen: ojačati, jačati
dissolve melt: otopiti, otapa
lozenge: pastila
chewing gum: žvakaća guma
tea: čaj
cream ointment gel: krema, mast za kožu, gel
inhaler: inhalator, pumpica
vest: prsluk
glove: rukavica
collar neck brace: ovratnik
vibration: vibracija
insoles: uložak
sound music: glazba, zvuk
smartphone app: aplikacija, mobilna aplikacija
ultrasound: ultrazvuk
heat: toplina, grijanje
cold: hladnoća, krioterapija
massage: masaža
bath: kupka, kupanje
two trials at once: dva ispitivanja istovremeno, dva klinička ispitivanja
leftover medicines: preostali lijekovi, višak lijekova
deceased: preminuo, preminula, umro, umrla, pokojni
"""

# --- Slovenian ------------------------------------------------------------------------------
_SL = """
ALS MND: als, amiotrofična lateralna skleroza, lateralna skleroza, bolezen motoričnega nevrona, bolezen motoričnih nevronov,
  bolezen motoričnih živčnih celic, charcotova bolezen, lou gehrigova bolezen, mnd
motor neurons: motorični nevron, motonevron
neurons: nevron, živčna celica
cells: celica, celic
spinal cord: hrbtenjača
muscles: mišica, mišic, mišični, mišičje
muscle weakness: mišična oslabelost, oslabelost mišic, šibkost mišic, mišična šibkost, oslabelost, šibkost
muscle wasting atrophy: atrofija, mišična atrofija, izguba mišične mase, propadanje mišic
cramps: krč, krči, mišični krč
spasms: spazem
fasciculations twitching: fascikulacija, trzanje mišic, trzljaji
spasticity: spastičnost, togost
breathing: dihanje, dihati, dihalni
lungs: pljuča, pljučni
swallowing: požiranje, požirati, disfagija
bulbar onset: bulbarni začetek, bulbarna oblika
speech: govor, težave z govorom, motnje govora, dizartrija
voice: glas
nerves: živec, živčni, živčevje
brain: možgani, možganski
cerebrospinal fluid: likvor, cerebrospinalna tekočina, možganska tekočina, hrbtenjačna tekočina
blood: kri, krvi, krvni
blood test: krvna preiskava, preiskava krvi, odvzem krvi, krvni test, test krvi
disease progression: napredovanje bolezni, napredovanje, potek bolezni, poslabšanje
slow down: upočasniti, upočasni, upočasnil, upočasnila, upočasnilo, upočasnjuje, upočasnitev, zavreti
stop halt: ustaviti, ustavi bolezen, zaustaviti
symptoms: simptom, znak bolezni
diagnosis: diagnoza, diagnosticiran, diagnosticirana
survival: preživetje, podaljšati življenje, živeti dlje
life expectancy: pričakovana življenjska doba, življenjska doba
cure: ozdravitev, ozdraviti, pozdraviti
genetic: genetski, genski, gen
hereditary familial: deden, dedni, dedna, družinski, podedovan
mutation: mutacija, genska sprememba, sprememba gena, sprememba v genu, genetska okvara, genska različica, nosilec
frontotemporal dementia: frontotemporalna demenca, demenca
fatigue: utrujenost, izčrpanost
weight loss: izguba telesne teže, izguba teže, hujšanje
walking: hoja, hoditi
paralysis: paraliza, ohromelost
patient: bolnik, bolnica, pacient, obolel
carer: skrbnik, negovalec, oskrbovalec
family: družina, svojci
wheelchair: invalidski voziček, voziček
stem cells: matična celica
stem cell therapy: zdravljenje z matičnimi celicami, terapija z matičnimi celicami, presaditev matičnih celic
cell therapy: celična terapija
astrocytes: astrocit
bone marrow: kostni mozeg
umbilical cord: popkovina
umbilical cord blood: popkovnična kri
mesenchymal: mezenhimski, mezenhimska
fat-derived cells: celice iz maščobnega tkiva, maščobno tkivo
gene therapy: genska terapija, genetska terapija
antisense: protismiselni, antisense, aso
oligonucleotide: oligonukleotid
antibody: protitelo
monoclonal antibody: monoklonsko protitelo, monoklonski
infusion: infuzija
injection: injekcija, vbrizganje, vbrizgati, vbod
lumbar puncture: lumbalna punkcija
spinal injection intrathecal: intratekalno, intratekalni, injekcija v hrbtenico, injekcija v hrbtenjačo, v hrbtenični kanal
tablet pill: tableta, tabletka
capsule: kapsula
powder: prašek, v prahu
supplement: prehransko dopolnilo, dopolnilo
diet: prehrana, dieta
fasting: stradanje, občasno postenje, postenje
ketogenic: ketogena, ketogeni
vitamin: vitamin
intravenous drip: intravensko, intravenski, v veno, v žilo, po žili
implant: vsadek, implantat, vsajen
device: naprava, pripomoček
breathing exercise: dihalne vaje, respiratorna fizioterapija
ventilation: ventilacija, ventilator, respirator, neinvazivna ventilacija, dihalni aparat, bipap
tracheostomy: traheostomija, traheotomija
feeding tube: sonda, gastrostoma, gastrostomija, peg, sonda za hranjenje
patch: obliž, transdermalni obliž, transdermalni
spray: pršilo, sprej
nasal: nosni, nazalni
nasal spray: pršilo za nos, nosno pršilo, skozi nos
vaccine: cepivo
virus: virus, virusni, neškodljiv virus, aav
viral vector: virusni vektor
protein: beljakovina, protein
enzyme: encim
mitochondria: mitohondrij
inflammation: vnetje, nevrovnetje, vnetni
anti inflammatory: protivnetni
immune system: imunski sistem, imunost, imunski
immunotherapy: imunoterapija
drug medicine: zdravilo, zdravil, medikament
active substance: učinkovina, zdravilna učinkovina
compound: spojina, snov
treatment: zdravljenje
therapy: terapija
transplant: presaditev, transplantacija
surgery: operacija, kirurški poseg, kirurgija
oral: peroralno, peroralni, skozi usta
antioxidant: antioksidant
hormone: hormon
cannabis: konoplja, kanabis, marihuana, cbd
natural remedy: naravno zdravilo, ljudsko zdravilo
natural: naraven, naravni
homeopathy: homeopatija
alternative medicine: alternativna medicina
acupuncture: akupunktura
physiotherapy: fizioterapija, fizioterapevt
occupational therapy: delovna terapija
exercise: telovadba, vadba, telesna dejavnost
plasma: plazma, plazmafereza
dose: odmerek, doza, odmerjanje
electrical stimulation: električna stimulacija, elektrostimulacija
magnetic stimulation: magnetna stimulacija
hyperbaric oxygen: hiperbarični kisik, hiperbarična komora
oxygen: kisik
clinical trial: klinična raziskava, klinično preskušanje, klinična študija
study: študija, raziskava
trial experiment: preskušanje, poskus, eksperiment
research: raziskovanje, raziskave
phase: faza
placebo: placebo
results: rezultat, izid
evidence: dokazi, znanstveni dokazi
proof: dokaz
effective: učinkovit
efficacy: učinkovitost
works: deluje, pomaga, učinkuje
safe safety: varen, varno, varnost
dangerous: nevaren, nevarno
side effects: neželeni učinek, neželeni učinki, stranski učinki, stranski učinek
approved authorised: odobren, odobreno, registriran
approval: odobritev, dovoljenje
regulator: jazmp, agencija za zdravila, evropska agencija za zdravila, fda, ema
risk: tveganje
benefit: korist
proven: dokazan, dokazano
promising: obetaven, obetajoč
data: podatki
participants: udeleženec, udeleženka, prostovoljec
cohort: kohorta
cost price: cena, stroški, stane
how much does it cost: koliko stane, koliko stanejo
how much: koliko
where: kje
clinic: klinika
private clinic: zasebna klinika
abroad: tujina, v tujini, iz tujine
pay: plačati, plačilo, plačevati
expensive: predrag, predraga
free of charge: brezplačno, brezplačen
doctor: zdravnik, zdravnica, doktor
neurologist: nevrolog, nevrologinja
general practitioner: osebni zdravnik, družinski zdravnik
hospital: bolnišnica
company: podjetje, proizvajalec
pharmaceutical company: farmacevtsko podjetje, farmacevtska družba, farmacevtska industrija
biotech: biotehnologija, biotehnološko podjetje
laboratory: laboratorij
start-up: zagonsko podjetje, startup
recommend: priporočiti, priporoča, priporočate, priporočamo, priporočajo, priporočen
recommendation: priporočilo
advise advice: nasvet, svetovati, svetujete, svetujemo, svetuje
position: stališče, mnenje društva
statement: izjava, sporočilo
position statement: uradno stališče
association: društvo, združenje
foundation: fundacija, ustanova
organisation: organizacija
researchers scientists: raziskovalec, znanstvenik
compassionate use: sočutna uporaba, uporaba iz sočutja, posebno dovoljenje
early access: zgodnji dostop
expanded access: razširjeni dostop, program razširjenega dostopa
waiting list: čakalni seznam, čakalna lista
take part enrol: sodelovati, sodelovanje, prijaviti se, vključiti se
scam fraud: prevara, goljufija, šarlatan
hope: upanje
miracle: čudež, čudežen
breakthrough: preboj, odkritje
news: novica, novost
publication: objava, članek
peer reviewed: recenziran
failed stopped: ustavljen, prekinjen, prekinjena, neuspešen, predčasno ustavili, ustavili
withdrawn: umaknjen
health insurance: zdravstveno zavarovanje, zavarovanje, zzzs, dopolnilno zavarovanje
prescription: recept, na recept
available: na voljo, dostopen
worth it: splača, se splača, vredno
try: poskusiti, preizkusiti
wait: čakati, počakati
buy: kupiti, kupim, nakup
order: naročiti, naročilo
what do you think: kaj mislite, kakšno je vaše mnenje
opinion: mnenje
should I: ali naj, bi moral, bi morala
is it true: ali je res, je res
help: pomoč
take: jemati, jemlje, jemljem, jemljete, jemanje, vzeti
experimental: eksperimentalen, eksperimentalni
riluzole: riluzol
edaravone: edaravon
oral solution liquid: peroralna raztopina, sirup, tekočina
drink: pijača, piti, popiti
sachet: vrečka, vrečica
weekly: tedensko, enkrat na teden, vsak teden
daily: dnevno, vsak dan, enkrat na dan, vsakodnevno
monthly: mesečno, enkrat na mesec, vsak mesec
once single one-time: enkratno, en odmerek, ena injekcija, samo enkrat
subcutaneous under the skin: podkožno, podkožni, pod kožo
intramuscular: intramuskularno, v mišico
eye drops: kapljice za oči
drops: kapljice
pump: črpalka, infuzijska črpalka
protein clumps aggregates: agregat, skupki beljakovin, kopičenje beljakovin
misfolded protein: napačno zvita beljakovina, napačno zvit protein
cell energy: celična energija, energija celic, elektrarne celic
energy: energija
oxidative stress: oksidativni stres, prosti radikali
glutamate: glutamat
excitotoxicity: ekscitotoksičnost
gene silencing: utišanje gena, utišanje genov, izklopi gen
DNA: dnk, dna
RNA: rnk, rna, mrna
neuroprotection protects nerve cells: nevroprotekcija, nevroprotektivni, ščiti nevrone, ščiti živčne celice
synthetic peptide: sintetični peptid, peptid
biomarker: biomarker, biološki označevalec
neurofilament: nevrofilament
own cells autologous: lastne celice, avtologni
donor: darovalec
regeneration: regeneracija, obnova
growth factor: rastni dejavnik, nevrotrofni
molecule: molekula
microglia: mikroglija
gut microbiome: mikrobiom, črevesna flora, mikrobiota
toxic: strupen, toksičen, toksičnost
mechanism: mehanizem, mehanizem delovanja
seaweed algae: alga, morske alge
plant herbal: rastlina, zeliščni, zelišča, zeliščni čaj, fitoterapija
extract: izvleček, ekstrakt
mushroom: goba
turmeric curcumin: kurkuma, kurkumin
traditional Chinese medicine: tradicionalna kitajska medicina, kitajska medicina
coconut oil: kokosovo olje
oil: olje
green tea: zeleni čaj
probiotic: probiotik
amino acids: aminokislina
creatine: kreatin
coenzyme Q10: koencim q10, q10
omega 3: omega 3
medical cannabis: medicinska konoplja
repurposed drug: staro zdravilo, že odobreno zdravilo
cancer: rak, tumor, onkološki
leukaemia: levkemija
chemotherapy: kemoterapija
antibiotic: antibiotik
antiviral: protivirusni, protivirusno zdravilo
HIV: hiv, aids
migraine: migrena
epilepsy: epilepsija, antiepileptik
Alzheimer's: alzheimer, alzheimerjeva bolezen
Parkinson's: parkinson, parkinsonova bolezen
multiple sclerosis: multipla skleroza
muscle disease: mišična bolezen, miopatija
muscular dystrophy: mišična distrofija
spinal muscular atrophy: spinalna mišična atrofija
children: otrok, otroci, pediatrični
antidepressant: antidepresiv
painkiller: analgetik, protibolečinsko zdravilo
pain: bolečina
heart: srce, srčni
liver: jetra, jeter, jetrni, okvara jeter, okvare jeter, poškodba jeter, jetrni encimi
kidney: ledvica, ledvični
blood pressure: krvni tlak
blood flow circulation: pretok krvi, krvni obtok, prekrvavitev, prekrvljenost
nausea: slabost v želodcu, bruhanje, siljenje na bruhanje
headache: glavobol
diarrhoea: driska
dizziness: vrtoglavica
allergy: alergija, alergijski
online internet: internet, splet, na spletu, prek spleta
website: spletna stran
pharmacy: lekarna
foreign pharmacy abroad: tuja lekarna, spletna lekarna
import: uvoz, uvoziti, uvožen
customs: carina
without prescription: brez recepta
buyers club group purchase: skupinski nakup, skupno naročilo
funding: financiranje
donation fundraising: donacija, zbiranje sredstev, dobrodelna akcija
black market: črni trg
counterfeit: ponaredek, ponarejen
travel: potovanje, potovati
afford: si ne moremo privoščiti, si ne morem privoščiti, privoščiti
cheap: poceni, cenen
marketing authorisation: dovoljenje za promet, v prometu
market: trg
licensed: licenca, licenciran
randomised: randomiziran
double blind: dvojno slepa, dvojno slepo
control group: kontrolna skupina
preliminary results: preliminarni rezultati, začetni rezultati
published: objavljen
eligibility criteria: merila za vključitev, vključitvena merila
recruiting: vključevanje bolnikov, iščejo udeležence
open label extension: odprti podaljšek, odprta študija
right to try: pravica do poskusa
animal studies mice: miš, miši, poskusi na živalih, živalski model
animals: žival
in the laboratory in vitro: in vitro, v laboratoriju, v epruveti
unproven: nedokazan, nedokazano, brez dokazov
harmful: škodljiv
stop taking: prenehati jemati, opustiti, opustite, prekiniti zdravljenje
keep taking: nadaljevati z jemanjem, nadaljevati zdravljenje
combine together with: kombinirati, kombinacija, skupaj z
interaction: interakcija, medsebojno delovanje
legal: zakonit
illegal: nezakonit, prepovedan
warning: opozorilo, opozoriti
claims: obljublja, naj bi
testimonials: pričevanje, osebna izkušnja
expert: strokovnjak, specialist
guidelines: smernice, protokol
information: informacija
quality of life: kakovost življenja
improve: izboljšati, izboljšanje
reverse: obrniti, odpraviti
stabilise: stabilizirati, stabilizacija
recovery: okrevanje
repair: popraviti
early stage: zgodnja faza, zgodnji stadij, nedavno diagnosticiran
advanced stage: napredovali stadij, pozna faza
sporadic: sporadični
genetic testing: genetsko testiranje, genski test, genetska analiza
MRI scan: magnetna resonanca, mri
EMG: emg, elektromiografija
skin: koža
vein: vena, žila
spine: hrbtenica, hrbet
needle: igla
nurse: medicinska sestra
charity: dobrodelna organizacija
petition: peticija
pregnancy: nosečnost, noseča
juice: sok
sell: prodajati, prodaja, prodati
shipping delivery: dostava, pošiljanje
reduce lower: zmanjšati, zmanjša, znižati, zniža
prevent block: preprečiti, preprečuje, zavirati, zavira, blokirati, blokira
neuromuscular: živčno mišični, nevromuskularni
Israeli Israel: izraelski, izrael
Swiss Switzerland: švicarski, švica
German Germany: nemški, nemčija
American United States: ameriški, amerika, združene države
British United Kingdom: britanski, britanija, združeno kraljestvo, anglija
French France: francoski, francija
Japanese Japan: japonski, japonska
Chinese China: kitajski, kitajska
Korean Korea: korejski, koreja
Canadian Canada: kanadski, kanada
Australian Australia: avstralski, avstralija
Dutch Netherlands: nizozemski, nizozemska
Swedish Sweden: švedski, švedska
Danish Denmark: danski, danska
Norwegian Norway: norveški, norveška
Belgian Belgium: belgijski, belgija
Spanish Spain: španski, španija
Italian Italy: italijanski, italija
Portuguese Portugal: portugalski, portugalska
Brazilian Brazil: brazilski, brazilija
Indian India: indijski, indija
Mexican Mexico: mehiški, mehika
Russian Russia: ruski, rusija
Irish Ireland: irski, irska
Austrian Austria: avstrijski, avstrija
Finnish Finland: finski, finska
Polish Poland: poljski, poljska
Turkish Turkey: turški, turčija
Ukrainian Ukraine: ukrajinski, ukrajina
European Europe: evropski, evropa
Romanian Romania: romunski, romunija
helmet: čelada
light therapy: svetlobna terapija, zdravljenje s svetlobo
infrared light: infrardeča svetloba, infrardeči
laser: laser
magnet: magnet, magnetni
mask: maska
cough assist: aparat za izkašljevanje
communication aid: komunikacijski pripomoček
ketones: keton
athletes: športnik
protein shake: beljakovinski napitek
high calorie: visokokaloričen
vitamin D: vitamin d
vitamin B12: vitamin b12
cannabis oil: konopljino olje, cbd olje
diabetes: sladkorna bolezen, diabetes
off-label: zunaj odobrene indikacije
electrode: elektroda
electric: električni
electric current: električni tok
stimulation: stimulacija
machine: aparat, stroj
light: svetloba
legs: noga
feet: stopalo
head: glava
nose: nos
mouth: usta
throat: grlo
stomach belly: želodec, trebuh
gut bowel: črevo, črevesje
rats rodents: podgana, glodavec
healthy volunteers: zdravi prostovoljci
fee: pristojbina, članarina
autophagy cell clean-up: avtofagija
inhibitor: zaviralec, inhibitor
kinase inhibitor: zaviralec kinaze
euros: evro, evrov, eur
subscription: naročnina
sublingual under the tongue: pod jezik, podjezično
eyes: oči
chest: prsni koš, prsi
saliva drooling: slina, slinjenje
choking: dušenje, zadušitev
cough: kašelj, kašljanje
constipation: zaprtje
sleep insomnia: nespečnost, spanje
anxiety: tesnoba, anksioznost
depression: depresija
weight gain: pridobivanje telesne teže, povečanje telesne teže
white blood cells: bele krvničke, levkociti
red blood cells: rdeče krvničke, eritrociti
platelets: trombociti
receptor: receptor
synapse: sinapsa
axon: akson
tea: čaj
cream ointment gel: krema, mazilo, gel
inhaler: inhalator
vest: telovnik
glove: rokavica
massage: masaža
bath: kopel
leftover medicines: ostanki zdravil, preostala zdravila
deceased: umrl, umrla, pokojni
"""

# --- Estonian -------------------------------------------------------------------------------
_ET = """
ALS MND: als, amüotroofiline lateraalskleroos, lateraalskleroos, motoneuronihaigus, motoneuroni haigus,
  motoorse neuroni haigus, mnd
motor neurons: motoneuron, motoorne neuron
neurons: neuron, närvirakk, närvirakud
cells: rakk, raku, rakud
spinal cord: seljaaju
muscles: lihas, lihaste, lihaseid
muscle weakness: lihasnõrkus, nõrkus
muscle wasting atrophy: atroofia, lihasatroofia, lihaste kõhetumine, lihaskõhetus
cramps: kramp, krambid, lihaskramp, lihaskrambid
spasms: spasm
fasciculations twitching: fastsikulatsioon, lihastõmblused, tõmblused
spasticity: spastilisus, jäikus
breathing: hingamine, hingata
lungs: kops, kopsud
swallowing: neelamine, neelata, düsfaagia
bulbar onset: bulbaarne algus, bulbaarne vorm
speech: kõne, kõnehäire, düsartria
voice: hääl
nerves: närv
brain: aju
cerebrospinal fluid: liikvor, seljaajuvedelik, seljaaju vedelik, tserebrospinaalvedelik
blood: veri, vere
blood test: vereanalüüs, vereproov
disease progression: progresseerumine, haiguse kulg, haiguse süvenemine
slow down: aeglustada, aeglustab, aeglustas, aeglustus, aeglustumine, aeglustanud, pidurdada, pidurdab
stop halt: peatada, peatab
symptoms: sümptom
diagnosis: diagnoos, diagnoositud
survival: elulemus, pikendada elu, elada kauem
life expectancy: oodatav eluiga, eluiga
cure: välja ravida, tervenemine, terveks
genetic: geneetiline, geen
hereditary familial: pärilik, perekondlik
mutation: mutatsioon, geenimuutus, muutus geenis, muutusest geenis, geenivariant, geenidefekt, kandja
frontotemporal dementia: frontotemporaalne dementsus, dementsus
fatigue: väsimus, kurnatus
weight loss: kaalulangus, kaalukaotus
walking: kõndimine
paralysis: halvatus
patient: patsient, haige
carer: hooldaja
family: perekond, pere
wheelchair: ratastool
stem cells: tüvirakk, tüvirakud, tüviraku
stem cell therapy: tüvirakuravi, tüvirakkravi, tüvirakkude siirdamine
cell therapy: rakuteraapia
astrocytes: astrotsüüt
bone marrow: luuüdi
umbilical cord: nabanöör
umbilical cord blood: nabaväädiveri
mesenchymal: mesenhümaalne
gene therapy: geeniteraapia
antisense: antisenss, aso
oligonucleotide: oligonukleotiid
antibody: antikeha
monoclonal antibody: monoklonaalne antikeha
infusion: infusioon, tilkinfusioon
injection: süst, süstimine, süstida, süstitakse, süstib
lumbar puncture: lumbaalpunktsioon, nimmepunktsioon
spinal injection intrathecal: intratekaalne, intratekaalselt, süst selgroogu, süst seljaajuvedelikku
tablet pill: tablett, tabletid
capsule: kapsel
powder: pulber
supplement: toidulisand
diet: dieet, toitumine
fasting: paastumine
ketogenic: ketogeenne
vitamin: vitamiin
intravenous drip: veenisisene, veenisiseselt, intravenoosne, tilguti, veeni
implant: implantaat
device: seade, abivahend
breathing exercise: hingamisharjutus, hingamisharjutused
ventilation: ventilatsioon, hingamisaparaat, mitteinvasiivne ventilatsioon, bipap
tracheostomy: trahheostoomia
feeding tube: sond, gastrostoom, peg, toitmissond
patch: plaaster
spray: sprei, pihusti
nasal spray: ninasprei, ninna
vaccine: vaktsiin
virus: viirus, aav
viral vector: viirusvektor
protein: valk
enzyme: ensüüm
mitochondria: mitokonder
inflammation: põletik, põletikuline
anti inflammatory: põletikuvastane
immune system: immuunsüsteem
immunotherapy: immunoteraapia
drug medicine: ravim, ravimi, ravimid, antisenss-ravim
active substance: toimeaine
treatment: ravi
therapy: teraapia
transplant: siirdamine
surgery: operatsioon, kirurgia
oral: suukaudne, suu kaudu
antioxidant: antioksüdant
hormone: hormoon
cannabis: kanep, marihuaana, cbd
natural remedy: looduslik ravim, rahvameditsiin
homeopathy: homöopaatia
alternative medicine: alternatiivmeditsiin
acupuncture: nõelravi, akupunktuur
physiotherapy: füsioteraapia, füsioterapeut
occupational therapy: tegevusteraapia
exercise: treening, kehaline aktiivsus
plasma: plasma
dose: annus, doos
electrical stimulation: elektristimulatsioon
hyperbaric oxygen: hüperbaarne hapnik
oxygen: hapnik
clinical trial: kliiniline uuring, kliiniline katse
study: uuring
trial experiment: katse
research: teadustöö
phase: faas
placebo: platseebo
results: tulemus
evidence: tõendid
proof: tõend
effective: tõhus, efektiivne
efficacy: tõhusus
works: toimib, aitab, mõjub
safe safety: ohutu, ohutus
dangerous: ohtlik
side effects: kõrvaltoime, kõrvaltoimed, kõrvalmõju
approved authorised: heaks kiidetud, lubatud
approval: heakskiit, müügiluba
regulator: ravimiamet, euroopa ravimiamet, fda, ema
risk: risk
benefit: kasu
proven: tõestatud, tõestada
promising: paljutõotav
data: andmed
participants: osaleja
cost price: hind, maksab, maksumus
how much does it cost: kui palju maksab, palju maksab
how much: kui palju
where: kus, kust
clinic: kliinik
private clinic: erakliinik
abroad: välismaa, välismaal, välismaalt, välismaale
pay: maksta
expensive: liiga kallis, kulukas
free of charge: tasuta
doctor: arst
neurologist: neuroloog
general practitioner: perearst
hospital: haigla
company: ettevõte, firma, tootja
pharmaceutical company: ravimifirma, ravimitootja
laboratory: labor, laboratoorium
recommend: soovitab, soovitame, soovitate, soovitada, soovitan, soovitatakse
recommendation: soovitus
advise advice: nõuanne
position: seisukoht
statement: avaldus
association: selts, ühing
foundation: sihtasutus
organisation: organisatsioon
researchers scientists: teadlane
compassionate use: erandkorras kasutamine, kaastundlik kasutamine
early access: varajane juurdepääs
expanded access: laiendatud juurdepääs
waiting list: ootejärjekord
take part enrol: osaleda, osalemine
scam fraud: pettus, petis, šarlatan
hope: lootus
miracle: imeravim
breakthrough: läbimurre
news: uudis
publication: publikatsioon, artikkel
peer reviewed: eelretsenseeritud
failed stopped: peatatud, katkestatud, ebaõnnestus, ebaõnnestunud
withdrawn: tagasi võetud
health insurance: haigekassa, ravikindlustus, kindlustus
prescription: retsept, retseptiravim
available: saadaval, kättesaadav
worth it: tasub, väärt
try: proovida
wait: oodata
buy: osta, ostma, ostke, ostan
order: tellida, tellimus
what do you think: mida arvate
opinion: arvamus
should I: kas peaksin
help: abi
take: võtta, võtma, võtab, võtan
experimental: eksperimentaalne
riluzole: riluzool
edaravone: edaravoon
oral solution liquid: suukaudne lahus, siirup
drink: jook, juua
sachet: kotike
weekly: kord nädalas, iganädalane, igal nädalal
daily: iga päev, kord päevas, igapäevane
monthly: kord kuus, igakuine, iga kuu
once single one-time: ühekordne, ühekordne süst
subcutaneous under the skin: nahaalune, naha alla
intramuscular: lihasesisene, lihasesse
eye drops: silmatilgad
drops: tilgad
pump: pump
protein clumps aggregates: valgukogumid, valguladestused
cell energy: raku energia
energy: energia
oxidative stress: oksüdatiivne stress, vabad radikaalid
glutamate: glutamaat
gene silencing: geeni vaigistamine
DNA: dna
RNA: rna, mrna
neuroprotection protects nerve cells: neuroprotektsioon, kaitseb närvirakke
biomarker: biomarker
neurofilament: neurofilament, neurofilamendi
own cells autologous: autoloogne
donor: doonor
regeneration: regeneratsioon
growth factor: kasvufaktor
molecule: molekul
toxic: mürgine, toksiline
mechanism: mehhanism, toimemehhanism
seaweed algae: vetikas, merevetikas
plant herbal: ravimtaim, taimne, taimetee
extract: ekstrakt
turmeric curcumin: kurkum, kurkumiin
coconut oil: kookosõli
green tea: roheline tee
probiotic: probiootikum
amino acids: aminohape
creatine: kreatiin
cancer: vähk, kasvaja
leukaemia: leukeemia
chemotherapy: keemiaravi
antibiotic: antibiootikum
HIV: hiv, aids
migraine: migreen
epilepsy: epilepsia
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: hulgiskleroos
muscular dystrophy: lihasdüstroofia
spinal muscular atrophy: spinaalne lihasatroofia
children: laps, lapsed
antidepressant: antidepressant
painkiller: valuvaigisti
pain: valu
heart: süda, südame
liver: maksakahjustus, maksaensüümid, maksa kahjustus
kidney: neer
blood pressure: vererõhk
blood flow circulation: verevool, vereringe
nausea: iiveldus
headache: peavalu
diarrhoea: kõhulahtisus
dizziness: peapööritus
allergy: allergia
online internet: internet, veebis
website: veebileht, koduleht
pharmacy: apteek
foreign pharmacy abroad: veebiapteek
import: sissevedu
customs: toll
without prescription: retseptita, ilma retseptita
donation fundraising: annetus, korjandus
black market: must turg
counterfeit: võltsitud, võltsing
travel: reisimine, reisida
cheap: odav
randomised: randomiseeritud
double blind: topeltpime
control group: kontrollrühm
preliminary results: esialgsed tulemused
published: avaldatud
eligibility criteria: sobivuskriteeriumid, sobida
recruiting: värbamine
animal studies mice: hiir, loomkatsed
animals: loom
in the laboratory in vitro: in vitro, katseklaasis
unproven: tõestamata
harmful: kahjulik
stop taking: lõpetada võtmine, katkestada ravi
combine together with: kombineerida
interaction: koostoime
legal: seaduslik
illegal: ebaseaduslik, keelatud
warning: hoiatus
claims: väidab, lubadus
testimonials: kogemuslugu, isiklik kogemus
expert: ekspert, spetsialist
guidelines: ravijuhend, juhis
information: teave
quality of life: elukvaliteet
improve: parandada
stabilise: stabiliseerida
early stage: varajane staadium
advanced stage: kaugelearenenud staadium
sporadic: sporaadiline
genetic testing: geenitest, geneetiline testimine, geenianalüüs
MRI scan: magnetresonantstomograafia, mrt
EMG: emg, elektromüograafia
skin: nahk, naha
vein: veen
spine: selgroog
needle: nõel
nurse: meditsiiniõde
charity: heategevus
pregnancy: rasedus, rase
juice: mahl
sell: müüa, müüb, müük
shipping delivery: tarne, saatmine
reduce lower: vähendada, vähendab, alandab
prevent block: ennetada, takistada, blokeerida
neuromuscular: neuromuskulaarne
Israeli Israel: iisraeli, iisrael
Swiss Switzerland: šveitsi, šveits
German Germany: saksa, saksamaa
American United States: ameerika, usa
British United Kingdom: briti, suurbritannia, inglise, inglismaa
French France: prantsuse, prantsusmaa
Japanese Japan: jaapani, jaapan
Chinese China: hiina
Canadian Canada: kanada
Dutch Netherlands: hollandi, holland, madalmaad
Swedish Sweden: rootsi
Danish Denmark: taani
Norwegian Norway: norra
Spanish Spain: hispaania
Italian Italy: itaalia
Russian Russia: vene, venemaa
Finnish Finland: soome
Polish Poland: poola
European Europe: euroopa
helmet: kiiver
laser: laser
mask: mask
electrode: elektrood
electric current: elektrivool
stimulation: stimulatsioon
legs: jalg, jalad
hands: käsi, käed
mouth: suu
stomach belly: magu, kõhuvalu
gut bowel: soolestik
fee: tasu, liikmemaks
inhibitor: inhibiitor
euros: euro, eurot
subscription: tellimustasu
sublingual under the tongue: keelealune
eyes: silm, silmad
chest: rindkere
saliva drooling: sülg, süljevool
choking: lämbumine
cough: köha
constipation: kõhukinnisus
sleep insomnia: unetus
anxiety: ärevus
depression: depressioon
weight gain: kaalutõus
ion channel: ioonkanal
receptor: retseptor
cream ointment gel: kreem, salv, geel
massage: massaaž
leftover medicines: ülejäänud ravimid
deceased: surnud, lahkunud
"""

# --- Galician -------------------------------------------------------------------------------
_GL = """
ALS MND: ela, esclerose lateral amiotrófica, esclerose lateral, enfermidade da motoneurona, enfermidade de motoneurona,
  enfermidade de charcot, charcot, mnd, als
motor neurons: motoneurona, neurona motora
neurons: neurona, célula nerviosa
cells: célula
spinal cord: médula espiñal, medula espiñal, médula
muscles: músculo, muscular, musculatura
muscle weakness: debilidade muscular, debilidade, feblez
muscle wasting atrophy: atrofia, atrofia muscular, perda muscular
cramps: cãibra, cambra, caimbra, cãimbra, cambras musculares
spasms: espasmo
fasciculations twitching: fasciculación
spasticity: espasticidade, rixidez
breathing: respiración, respirar, respiratorio
lungs: pulmón
swallowing: deglutición, tragar, disfaxia
bulbar onset: inicio bulbar, forma bulbar
speech: fala, falar, problemas de fala, disartria
voice: voz
nerves: nervio, nervioso
brain: cerebro, cerebral
cerebrospinal fluid: líquido cefalorraquídeo, lcr
blood: sangue
blood test: análise de sangue, analítica
disease progression: progresión, avance da enfermidade, evolución da enfermidade
slow down: frear, frea, retardar, retarda, ralentizar, ralentiza, enlentecer
stop halt: deter, deten, parar
symptoms: síntoma
diagnosis: diagnóstico, diagnosticado
survival: supervivencia, alongar a vida, vivir máis
life expectancy: esperanza de vida
cure: cura, curar, curación
genetic: xenético, xene
hereditary familial: hereditario
mutation: mutación, cambio xenético, alteración xenética, variante xenética, portador
frontotemporal dementia: demencia frontotemporal, demencia
fatigue: fatiga, cansazo
weight loss: perda de peso
walking: camiñar, andar
paralysis: parálise
patient: paciente, doente, enfermo, afectado
carer: coidador
family: familia
wheelchair: cadeira de rodas
stem cells: células nai, célula nai
cell therapy: terapia celular
astrocytes: astrocito
bone marrow: medula ósea, médula ósea
umbilical cord: cordón umbilical
mesenchymal: mesenquimal
gene therapy: terapia xénica, terapia xenética
antisense: antisentido, aso
oligonucleotide: oligonucleótido
antibody: anticorpo
monoclonal antibody: anticorpo monoclonal, monoclonal
infusion: infusión, perfusión
injection: inxección, inxectable, inxectar
lumbar puncture: punción lumbar
spinal injection intrathecal: intratecal, inxección na columna, inxección nas costas
tablet pill: comprimido, pastilla, píldora
capsule: cápsula
powder: en po
supplement: suplemento, complemento alimenticio
diet: dieta, alimentación
fasting: xaxún
ketogenic: cetoxénica, cetoxénico
vitamin: vitamina
intravenous drip: intravenoso, na vea, pola vea, soro, gota a gota
implant: implante, implantado
device: dispositivo, aparello
ventilation: ventilación, ventilador, respirador, bipap
tracheostomy: traqueostomía, traqueotomía
feeding tube: sonda, gastrostomía, peg
patch: parche, transdérmico
nasal: nasal
vaccine: vacina
virus: virus, viral
protein: proteína
mitochondria: mitocondria
inflammation: inflamación
anti inflammatory: antiinflamatorio
immune system: sistema inmunitario, inmunidade
immunotherapy: inmunoterapia
drug medicine: medicamento, fármaco, medicación, menciña
active substance: substancia activa, principio activo
compound: composto
treatment: tratamento
therapy: terapia
transplant: transplante
surgery: cirurxía, operación
oral: oral, pola boca
antioxidant: antioxidante
hormone: hormona
cannabis: cannabis, marihuana, cbd
natural remedy: remedio natural
homeopathy: homeopatía
alternative medicine: medicina alternativa
acupuncture: acupuntura
physiotherapy: fisioterapia, fisioterapeuta
occupational therapy: terapia ocupacional
exercise: exercicio
plasma: plasma
dose: dose
electrical stimulation: estimulación eléctrica
oxygen: osíxeno
clinical trial: ensaio clínico
study: estudo
trial experiment: ensaio, experimento
research: investigación
phase: fase
placebo: placebo
results: resultado
evidence: evidencia, probas científicas
effective: eficaz, efectivo
efficacy: eficacia
works: funciona, serve
safe safety: seguro, seguridade
dangerous: perigoso
side effects: efectos secundarios, efectos adversos, efecto adverso
approved authorised: aprobado, autorizado
approval: aprobación, autorización
regulator: aemps, axencia do medicamento, axencia europea do medicamento, fda
risk: risco
benefit: beneficio
proven: probado, demostrado
promising: prometedor
data: datos
participants: participante, voluntario
cost price: prezo, custo, custa
how much does it cost: canto custa, canto vale
where: onde
clinic: clínica
private clinic: clínica privada
abroad: estranxeiro, no estranxeiro, fóra de españa
pay: pagar
expensive: caro
free of charge: gratuíto, de balde
doctor: médico, médica, doutor, doutora
neurologist: neurólogo, neuróloga
general practitioner: médico de cabeceira, médico de familia
hospital: hospital
company: empresa, compañía, fabricante
pharmaceutical company: farmacéutica, empresa farmacéutica
laboratory: laboratorio
recommend: recomendar, recomenda, recomendades, recomendamos, recomendado
recommendation: recomendación
advise advice: consello, aconsellar, aconsellades
position: posición, postura
statement: declaración, comunicado
association: asociación
foundation: fundación
organisation: organización
researchers scientists: investigador, científico
compassionate use: uso compasivo
early access: acceso temperán, acceso anticipado
expanded access: acceso ampliado
waiting list: lista de espera
take part enrol: participar
scam fraud: estafa, fraude, timo
hope: esperanza
miracle: milagre
breakthrough: avance
news: noticia
publication: publicación, artigo
failed stopped: detido, suspendido, fracasou, interrompido
withdrawn: retirado
health insurance: seguro médico, sergas, seguridade social
prescription: receita
available: dispoñible
worth it: paga a pena, vale a pena
try: probar
wait: agardar
buy: mercar, comprar
order: encargar
what do you think: que opinades, que pensades, que opina
opinion: opinión
should I: debería, debo
help: axuda
take: tomar, toma, tomo
experimental: experimental
riluzole: riluzol
edaravone: edaravona
oral solution liquid: solución oral, xarope
drink: bebida, beber
weekly: semanal, cada semana, unha vez á semana
daily: diario, cada día, ao día
monthly: mensual, cada mes, ao mes
once single one-time: unha soa vez, dose única
subcutaneous under the skin: subcutáneo, baixo a pel, debaixo da pel
intramuscular: intramuscular
eye drops: colirio
pump: bomba
energy: enerxía
oxidative stress: estrés oxidativo
glutamate: glutamato
DNA: adn
RNA: arn
neuroprotection protects nerve cells: neuroprotección
synthetic peptide: péptido
biomarker: biomarcador
neurofilament: neurofilamento
donor: doador, doante
regeneration: rexeneración
growth factor: factor de crecemento
molecule: molécula
toxic: tóxico
mechanism: mecanismo
seaweed algae: alga
plant herbal: planta, herbas
extract: extracto
mushroom: cogomelo
turmeric curcumin: cúrcuma, curcumina
amino acids: aminoácido
creatine: creatina
cancer: cancro, tumor
leukaemia: leucemia
chemotherapy: quimioterapia
antibiotic: antibiótico
HIV: vih, sida
migraine: enxaqueca
epilepsy: epilepsia
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: esclerose múltiple
muscular dystrophy: distrofia muscular
children: neno, nena
antidepressant: antidepresivo
painkiller: analxésico
pain: dor
heart: corazón
liver: fígado, hepático
kidney: ril, renal
blood pressure: tensión arterial
blood flow circulation: fluxo sanguíneo, circulación sanguínea, circulación do sangue, rego sanguíneo
nausea: náusea, vómito
headache: dor de cabeza
diarrhoea: diarrea
dizziness: mareo
allergy: alerxia
online internet: internet, en liña
website: páxina web, sitio web
pharmacy: farmacia
import: importar
customs: aduana
without prescription: sen receita
donation fundraising: doazón
black market: mercado negro
counterfeit: falsificado
travel: viaxe, viaxar
cheap: barato
randomised: aleatorizado
double blind: dobre cego
control group: grupo control, grupo de control
published: publicado
animal studies mice: estudos en animais
unproven: non probado, sen probas
harmful: prexudicial, nocivo
stop taking: deixar de tomar
keep taking: seguir tomando, continuar tomando
combine together with: combinar, xunto con
interaction: interacción
illegal: ilegal, prohibido
warning: advertencia, aviso
testimonials: testemuño
expert: experto, especialista
guidelines: guía clínica, protocolo
information: información
quality of life: calidade de vida
improve: mellorar, mellora
early stage: fase inicial, fase temperá
advanced stage: fase avanzada
genetic testing: proba xenética, test xenético
MRI scan: resonancia magnética
skin: pel
vein: vea
spine: columna, costas
needle: agulla
nurse: enfermeira, enfermeiro
pregnancy: embarazo, embarazada
juice: zume
sell: vender, vende
reduce lower: reducir, reduce, baixar
prevent block: previr, bloquear
Spanish Spain: español, españa
Portuguese Portugal: portugués, portugal
Galician Galicia: galego, galega, galicia
sleep insomnia: somnolencia, insomnio, sono
mouth: boca
deceased: falecido, morto
"""

# --- Slovak ---------------------------------------------------------------------------------
_SK = """
ALS MND: als, amyotrofická laterálna skleróza, laterálna skleróza, choroba motorického neurónu, ochorenie motorických
  neurónov, mnd
motor neurons: motorický neurón, motoneurón
neurons: neurón, nervová bunka
cells: bunka
spinal cord: miecha, miechy, miechu
muscles: sval, svalový, svalstvo
muscle weakness: svalová slabosť, slabosť
muscle wasting atrophy: atrofia, svalová atrofia, úbytok svalov, ubúdanie svalov
cramps: kŕč, kŕče
spasms: spazmus
fasciculations twitching: fascikulácia, zášklby, zášklby svalov
spasticity: spasticita, stuhnutosť
breathing: dýchanie, dýchať, dýchací
lungs: pľúca, pľúcny
swallowing: prehĺtanie, prehĺtať, dysfágia
bulbar onset: bulbárny začiatok, bulbárna forma
speech: reč, poruchy reči, dyzartria
voice: hlas
nerves: nerv, nervový
brain: mozog, mozgový
cerebrospinal fluid: mozgovomiechový mok, likvor, miechový mok
blood: krv, krvi, krvný
blood test: krvný test, odber krvi, vyšetrenie krvi
disease progression: progresia, postup choroby, zhoršovanie
slow down: spomaliť, spomaľuje, spomalil, spomalila, spomalenie
stop halt: zastaviť, zastavuje
symptoms: príznak, symptóm
diagnosis: diagnóza, diagnostikovaný
survival: prežitie, predĺžiť život, žiť dlhšie
life expectancy: dĺžka života, očakávaná dĺžka života
cure: vyliečenie, vyliečiť
genetic: genetický, génový, gén
hereditary familial: dedičný, rodinný výskyt
mutation: mutácia, zmena génu, génová zmena, genetická zmena, nositeľ
frontotemporal dementia: frontotemporálna demencia, demencia
fatigue: únava, vyčerpanie
weight loss: úbytok hmotnosti, chudnutie, strata hmotnosti
walking: chôdza
paralysis: ochrnutie, paralýza
patient: pacient, chorý
carer: opatrovateľ, opatrovateľka
family: rodina
wheelchair: invalidný vozík, vozík
stem cells: kmeňová bunka
stem cell therapy: liečba kmeňovými bunkami, terapia kmeňovými bunkami
cell therapy: bunková terapia
astrocytes: astrocyt
bone marrow: kostná dreň
umbilical cord blood: pupočníková krv
mesenchymal: mezenchymálny
gene therapy: génová terapia
antisense: antisense, aso
oligonucleotide: oligonukleotid
antibody: protilátka
monoclonal antibody: monoklonálna protilátka, monoklonálny
infusion: infúzia
injection: injekcia, vpich, pichnúť
lumbar puncture: lumbálna punkcia
spinal injection intrathecal: intratekálne, intratekálny, injekcia do chrbtice, injekcia do miechy, do mozgovomiechového
  moku
tablet pill: tableta, tabletka
capsule: kapsula
powder: prášok, v prášku
supplement: výživový doplnok, doplnok stravy, doplnok
diet: strava, jedálniček
fasting: hladovanie
ketogenic: ketogénny
vitamin: vitamín
intravenous drip: vnútrožilový, vnútrožilovo, intravenózny, intravenózne, do žily, infúzna súprava
implant: implantát
device: zariadenie, prístroj, pomôcka
breathing exercise: dychové cvičenie, dychová rehabilitácia
ventilation: ventilácia, dýchací prístroj, neinvazívna ventilácia, bipap
tracheostomy: tracheostómia
feeding tube: sonda, gastrostómia, peg, výživová sonda
patch: náplasť
spray: sprej
nasal spray: nosový sprej, do nosa
vaccine: vakcína, očkovacia látka
virus: vírus, vírusový, aav
viral vector: vírusový vektor
protein: bielkovina, proteín
enzyme: enzým
mitochondria: mitochondria
inflammation: zápal, zápalový, neurozápal
anti inflammatory: protizápalový
immune system: imunitný systém, imunita
immunotherapy: imunoterapia
drug medicine: liek, liečivo
active substance: účinná látka
compound: zlúčenina, látka
treatment: liečba, liečenie
therapy: terapia
transplant: transplantácia
surgery: operácia, chirurgický zákrok
oral: ústami, perorálne, perorálny
antioxidant: antioxidant
hormone: hormón
cannabis: konope, kanabis, marihuana, cbd
natural remedy: prírodný liek
homeopathy: homeopatia
alternative medicine: alternatívna medicína
acupuncture: akupunktúra
physiotherapy: fyzioterapia, rehabilitácia, fyzioterapeut
occupational therapy: ergoterapia
exercise: cvičenie
plasma: plazma
dose: dávka, dávkovanie
electrical stimulation: elektrická stimulácia, elektrostimulácia
hyperbaric oxygen: hyperbarický kyslík
oxygen: kyslík
clinical trial: klinická štúdia, klinické skúšanie
study: štúdia
trial experiment: skúšanie, pokus, experiment
research: výskum
phase: fáza
placebo: placebo
results: výsledok
evidence: dôkazy
proof: dôkaz
effective: účinný
efficacy: účinnosť
works: funguje, pomáha, účinkuje
safe safety: bezpečný, bezpečnosť
dangerous: nebezpečný
side effects: vedľajší účinok, vedľajšie účinky, nežiaduci účinok, nežiaduce účinky
approved authorised: schválený, registrovaný
approval: schválenie, registrácia
regulator: štátny ústav pre kontrolu liečiv, šúkl, európska agentúra pre lieky, fda
risk: riziko
benefit: prínos, úžitok
proven: dokázaný, overený
promising: sľubný
data: údaje
participants: účastník
cohort: kohorta
cost price: cena, náklady
how much does it cost: koľko stojí, koľko to stojí
how much: koľko
where: kde
clinic: klinika
private clinic: súkromná klinika
abroad: zahraničie, v zahraničí, zo zahraničia
pay: platiť, zaplatiť, platba
expensive: drahý
free of charge: zadarmo, bezplatne, bezplatný
doctor: lekár, lekárka, doktor
neurologist: neurológ, neurologička
general practitioner: všeobecný lekár, obvodný lekár
hospital: nemocnica
company: firma, spoločnosť, výrobca
pharmaceutical company: farmaceutická firma, farmaceutická spoločnosť
biotech: biotechnológia, biotechnologická firma
laboratory: laboratórium
recommend: odporúčať, odporúča, odporúčate, odporúčame, odporúčaný
recommendation: odporúčanie
advise advice: radiť, radíte, radíme
position: stanovisko
statement: vyhlásenie
association: združenie, spolok, zväz
foundation: nadácia
organisation: organizácia
researchers scientists: výskumník, vedec
compassionate use: použitie zo súcitu, súcitné použitie
early access: skorý prístup, včasný prístup
expanded access: rozšírený prístup
waiting list: čakacia listina, poradovník
take part enrol: zúčastniť sa, účasť
scam fraud: podvod, šarlatán
hope: nádej
miracle: zázrak, zázračný
breakthrough: prelom, objav
publication: článok, publikácia
failed stopped: zastavený, zastavená, prerušený, prerušená, neúspešný
withdrawn: stiahnutý
health insurance: zdravotné poistenie, poisťovňa, zdravotná poisťovňa
prescription: recept, na predpis
available: dostupný
worth it: oplatí sa
try: skúsiť, vyskúšať
wait: čakať, počkať
buy: kúpiť, kupovať, nákup
order: objednať, objednávka
what do you think: čo si myslíte
opinion: názor
help: pomoc
take: užívať, užíva, užívam, užívate
experimental: experimentálny
riluzole: riluzol
edaravone: edaravón
oral solution liquid: perorálny roztok, sirup
drink: nápoj, piť
sachet: vrecko, vrecúško
weekly: týždenne, raz týždenne, každý týždeň
daily: denne, každý deň, raz denne
monthly: mesačne, raz mesačne, každý mesiac
once single one-time: jednorazovo, jednorazový, jedna dávka
subcutaneous under the skin: podkožne, podkožný, pod kožu
intramuscular: do svalu, intramuskulárne
eye drops: očné kvapky
drops: kvapky
pump: pumpa
protein clumps aggregates: zhluky bielkovín, agregáty
energy: energia
oxidative stress: oxidačný stres, voľné radikály
glutamate: glutamát
gene silencing: umlčanie génu
DNA: dnk
RNA: rnk, mrna
neuroprotection protects nerve cells: neuroprotekcia, chráni nervové bunky
synthetic peptide: peptid
biomarker: biomarker
neurofilament: neurofilament
own cells autologous: vlastné bunky, autológny
donor: darca
regeneration: regenerácia, obnova
growth factor: rastový faktor
molecule: molekula
microglia: mikroglia
gut microbiome: mikrobióm, črevná flóra
toxic: toxický, jedovatý
mechanism: mechanizmus, mechanizmus účinku
seaweed algae: riasa, morské riasy
plant herbal: bylina, bylinný, rastlinný
extract: extrakt, výťažok
turmeric curcumin: kurkuma, kurkumín
coconut oil: kokosový olej
green tea: zelený čaj
probiotic: probiotikum
amino acids: aminokyselina
creatine: kreatín
coenzyme Q10: koenzým q10
omega 3: omega 3
cancer: rakovina, nádor
leukaemia: leukémia
chemotherapy: chemoterapia
antibiotic: antibiotikum
HIV: hiv, aids
migraine: migréna
epilepsy: epilepsia
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: skleróza multiplex
muscular dystrophy: svalová dystrofia
spinal muscular atrophy: spinálna svalová atrofia
children: deti, detský
antidepressant: antidepresívum
painkiller: liek proti bolesti
pain: bolesť
heart: srdce
liver: pečeň, pečene, poškodenie pečene, pečeňové enzýmy
kidney: oblička, obličky
blood pressure: krvný tlak
blood flow circulation: prietok krvi, krvný obeh, prekrvenie
nausea: nevoľnosť, zvracanie
headache: bolesť hlavy
diarrhoea: hnačka
dizziness: závrat
allergy: alergia
online internet: internet, online, na internete
website: webová stránka
pharmacy: lekáreň, lekárne, lekárni, lekárňach
foreign pharmacy abroad: internetová lekáreň, zahraničná lekáreň
import: dovoz, dovážať
customs: colnica, clo
without prescription: bez receptu, bez predpisu
donation fundraising: zbierka, finančná zbierka, darovanie
black market: čierny trh
counterfeit: falošný, falšovaný
travel: cestovanie, cestovať
cheap: lacný
randomised: randomizovaný
double blind: dvojito zaslepená
control group: kontrolná skupina
preliminary results: predbežné výsledky
published: zverejnený, publikovaný
eligibility criteria: kritériá zaradenia
animal studies mice: myš, pokusy na zvieratách
animals: zviera
in the laboratory in vitro: in vitro, v laboratóriu
unproven: nedokázaný, neoverený
harmful: škodlivý
stop taking: prestať užívať, vysadiť
keep taking: pokračovať v užívaní
combine together with: kombinovať, kombinácia
interaction: interakcia
illegal: nelegálny, zakázaný
warning: varovanie, upozornenie
claims: sľubuje
testimonials: svedectvo, osobná skúsenosť
expert: odborník, špecialista
guidelines: odporúčané postupy, usmernenie
information: informácia
quality of life: kvalita života
improve: zlepšiť, zlepšenie
stabilise: stabilizovať
recovery: zotavenie
early stage: skoré štádium, včasné štádium
advanced stage: pokročilé štádium
genetic testing: genetické testovanie, genetický test
MRI scan: magnetická rezonancia
EMG: emg, elektromyografia
skin: koža
vein: žila
spine: chrbtica, chrbát
needle: ihla
nurse: zdravotná sestra
pregnancy: tehotenstvo, tehotná
juice: džús
sell: predávať, predáva, predaj
shipping delivery: doručenie, zásielka
reduce lower: znížiť, znižuje
prevent block: zabrániť, zabraňuje, blokovať, blokuje
neuromuscular: nervovosvalový
German Germany: nemecký, nemecko
American United States: americký, amerika, spojené štáty
British United Kingdom: britský, británia, anglicko
French France: francúzsky, francúzsko
Swiss Switzerland: švajčiarsky, švajčiarsko
Israeli Israel: izraelský, izrael
Chinese China: čínsky, čína
Czech Czechia: český, česko, česká republika
Austrian Austria: rakúsky, rakúsko
Hungarian Hungary: maďarský, maďarsko
Polish Poland: poľský, poľsko
European Europe: európsky, európa
Slovak Slovakia: slovenský, slovensko
"""

# --- Latvian --------------------------------------------------------------------------------
_LV = """
ALS MND: als, amiotrofiskā laterālā skleroze, laterālā skleroze, amiotrofiskā skleroze, motoneironu slimība, motorā
  neirona slimība, mnd
motor neurons: motoneirons, motorais neirons, kustību neirons
neurons: neirons, nervu šūna
cells: šūna
spinal cord: muguras smadzenes, muguras smadzeņu
muscles: muskulis, muskuļi, muskulatūra
muscle weakness: muskuļu vājums, vājums
muscle wasting atrophy: atrofija, muskuļu atrofija, muskuļu izdilšana
cramps: krampji, krampis
spasms: spazma, spazmas
fasciculations twitching: fascikulācija, muskuļu raustīšanās, raustīšanās
spasticity: spasticitāte, stīvums
breathing: elpošana, elpot, elpošanas
lungs: plaušas
swallowing: rīšana, rīšanas traucējumi, disfāgija
bulbar onset: bulbārais sākums, bulbārā forma
speech: runa, runas traucējumi, dizartrija
voice: balss
nerves: nervs, nervu
brain: smadzenes, galvas smadzenes
cerebrospinal fluid: cerebrospinālais šķidrums, muguras smadzeņu šķidrums, likvors
blood: asinis, asins
blood test: asins analīze, asins analīzes, asins tests
disease progression: progresēšana, progresija, slimības gaita, slimības attīstība
slow down: palēnināt, palēnina, palēninātu, palēnināja, bremzēt, nepalēnina
stop halt: apturēt, aptur
symptoms: simptoms, pazīme
diagnosis: diagnoze, diagnosticēts
survival: izdzīvošana, pagarināt dzīvi, dzīvot ilgāk
life expectancy: dzīves ilgums, paredzamais dzīves ilgums
cure: izārstēt, izārstēšana, izārstē
genetic: ģenētisks, gēns
hereditary familial: iedzimts, pārmantots, ģimenes anamnēze
mutation: mutācija, gēna izmaiņa, ģenētiska izmaiņa, nesējs
frontotemporal dementia: frontotemporālā demence, demence
fatigue: nogurums, spēku izsīkums
weight loss: svara zudums, svara zaudēšana, tievēšana
weight gain: svara pieaugums
walking: staigāšana, iešana, staigāt
paralysis: paralīze
patient: pacients, slimnieks
carer: aprūpētājs, kopējs
family: ģimene
wheelchair: ratiņkrēsls, ratiņi
stem cells: cilmes šūna, cilmes šūnas
stem cell therapy: cilmes šūnu terapija, ārstēšana ar cilmes šūnām
cell therapy: šūnu terapija
astrocytes: astrocīts
bone marrow: kaulu smadzenes
umbilical cord: nabassaite
umbilical cord blood: nabassaites asinis
mesenchymal: mezenhimāls
fat-derived cells: taukaudu šūnas
gene therapy: gēnu terapija
antisense: antisense, aso
oligonucleotide: oligonukleotīds
antibody: antiviela
monoclonal antibody: monoklonāla antiviela, monoklonāls
infusion: infūzija, pilināšana
injection: injekcija, pote, dūriens
lumbar puncture: lumbālpunkcija, mugurkaula punkcija
spinal injection intrathecal: intratekāls, intratekāli, injekcija mugurkaulā, injekcija muguras smadzenēs
tablet pill: tablete, tabletes
capsule: kapsula
powder: pulveris
supplement: uztura bagātinātājs, bagātinātājs
diet: diēta, uzturs
fasting: badošanās, gavēnis
ketogenic: ketogēns
vitamin: vitamīns
vitamin D: d vitamīns
vitamin B12: b12 vitamīns
intravenous drip: intravenozi, intravenozs, vēnā ievadīts, pilinātājs
implant: implants
device: ierīce, aparāts
breathing exercise: elpošanas vingrinājumi
ventilation: ventilācija, elpošanas aparāts, neinvazīvā ventilācija, bipap
tracheostomy: traheostomija
feeding tube: zonde, gastrostoma, gastrostomija, peg, barošanas zonde
patch: plāksteris
spray: aerosols, izsmidzināms
nasal: deguna
nasal spray: deguna aerosols, deguna sprejs
vaccine: vakcīna
virus: vīruss, vīrusu
viral vector: vīrusu vektors
protein: olbaltumviela, proteīns
enzyme: enzīms, ferments
mitochondria: mitohondrijs, mitohondriji
inflammation: iekaisums
anti inflammatory: pretiekaisuma
immune system: imūnsistēma, imunitāte
immunotherapy: imūnterapija
drug medicine: zāles, medikaments, medikamenti
active substance: aktīvā viela
compound: savienojums, viela
treatment: ārstēšana, ārstēt
therapy: terapija
transplant: transplantācija
surgery: operācija, ķirurģija
oral: iekšķīgi, perorāli
antioxidant: antioksidants
hormone: hormons
cannabis: kaņepes, marihuāna, kanabiss, cbd
medical cannabis: medicīniskā kaņepe, medicīniskās kaņepes
cannabis oil: kaņepju eļļa
natural remedy: dabisks līdzeklis, tautas līdzeklis
natural: dabisks
homeopathy: homeopātija
alternative medicine: alternatīvā medicīna
acupuncture: akupunktūra
physiotherapy: fizioterapija, fizioterapeits, rehabilitācija
occupational therapy: ergoterapija
exercise: vingrošana, vingrinājumi, fiziskās aktivitātes
plasma: plazma
dose: deva, devas
electrical stimulation: elektriskā stimulācija, elektrostimulācija
magnetic stimulation: magnētiskā stimulācija
hyperbaric oxygen: hiperbariskais skābeklis
oxygen: skābeklis
clinical trial: klīniskais pētījums, klīniskie pētījumi
study: pētījums
trial experiment: eksperiments, izmēģinājums
research: pētniecība, zinātne
phase: fāze
placebo: placebo
results: rezultāts
evidence: pierādījumi
proof: pierādījums
effective: efektīvs, iedarbīgs
efficacy: efektivitāte, iedarbība
works: darbojas, palīdz, iedarbojas
safe safety: drošs, drošība, droši
dangerous: bīstams
side effects: blakusparādība, blakusparādības, blakusefekts, blakusefekti
approved authorised: apstiprināts, reģistrēts, apstiprināja
approval: apstiprināšana, apstiprinājums, reģistrācija
regulator: zāļu valsts aģentūra, eiropas zāļu aģentūra, fda
marketing authorisation: reģistrācijas apliecība, tirdzniecības atļauja
licensed: licencēts
risk: risks
benefit: ieguvums, labums
proven: pierādīts
unproven: nepierādīts
promising: daudzsološs
data: dati
participants: dalībnieks
cohort: kohorta
cost price: cena, izmaksas
how much does it cost: cik maksā, cik tas maksā, cik izmaksā
how much: cik
where: kur
clinic: klīnika
private clinic: privātā klīnika, privātklīnika
abroad: ārzemēs, ārvalstīs, uz ārzemēm, no ārzemēm
overseas: aiz okeāna
pay: maksāt, samaksāt, maksājums
expensive: dārgs
cheap: lēts
afford: atļauties
free of charge: bezmaksas, par brīvu, bez maksas
fee: maksa
registration fee: reģistrācijas maksa
doctor: ārsts, ārste, dakteris
neurologist: neirologs, neiroloģe
general practitioner: ģimenes ārsts
hospital: slimnīca
nurse: medmāsa
company: uzņēmums, firma, ražotājs
pharmaceutical company: farmācijas uzņēmums, farmācijas kompānija
biotech: biotehnoloģija, biotehnoloģiju uzņēmums
start-up: jaunuzņēmums
laboratory: laboratorija
recommend: ieteikt, iesaka, iesakāt, iesakām, ieteiktu, ieteicams, rekomendēt
recommendation: ieteikums, rekomendācija
advise advice: padoms, konsultēt
position: nostāja
statement: paziņojums
position statement: nostājas paziņojums
association: biedrība, apvienība
foundation: fonds
charity: labdarība, labdarības organizācija
organisation: organizācija
researchers scientists: pētnieks, zinātnieks
compassionate use: līdzjūtības programma, lietošana līdzjūtības apsvērumu dēļ
early access: agrīna piekļuve
expanded access: paplašināta piekļuve
right to try: tiesības izmēģināt
waiting list: gaidīšanas saraksts, rinda
take part enrol: piedalīties, pieteikties, dalība
recruiting: pieņem dalībniekus, dalībnieku atlase
scam fraud: krāpšana, krāpnieks, šarlatāns
hope: cerība
miracle: brīnums, brīnumlīdzeklis
breakthrough: izrāviens, atklājums
news: jaunumi, ziņas
publication: publikācija, raksts
peer reviewed: recenzēts
failed stopped: pārtraukts, neizdevās, neveiksmīgs
withdrawn: atsaukts
health insurance: veselības apdrošināšana, apdrošināšana, kompensējamo zāļu saraksts
prescription: recepte
without prescription: bez receptes
available: pieejams
worth it: vai ir vērts, ir vērts
try: izmēģināt, pamēģināt
wait: gaidīt
buy: pirkt, nopirkt, iegādāties, nepērciet, pērku
order: pasūtīt, pasūtījums
sell: pārdot, pārdod, tirdzniecība
what do you think: ko jūs domājat, ko domājat
opinion: viedoklis, domas
should I: vai man vajadzētu, vai man būtu
is it true: vai tā ir taisnība, vai tiesa
help: palīdzība
take: lietot, lieto, lietoju, lietojat, sāciet lietot
experimental: eksperimentāls
riluzole: riluzols
edaravone: edaravons
oral solution liquid: šķīdums, sīrups
drink: dzēriens, dzert
sachet: paciņa
weekly: reizi nedēļā, katru nedēļu, iknedēļas
daily: katru dienu, reizi dienā, ikdienas
monthly: reizi mēnesī, katru mēnesi, ikmēneša
once single one-time: vienreiz, vienreizējs, viena deva
subcutaneous under the skin: zemādas, zem ādas, subkutāni
intramuscular: intramuskulāri, intramuskulāra injekcija
eye drops: acu pilieni
drops: pilieni
pump: sūknis, pumpa
protein clumps aggregates: olbaltumvielu kunkuļi, agregāti
misfolded protein: nepareizi salocīta olbaltumviela
cell energy: šūnu enerģija
energy: enerģija
oxidative stress: oksidatīvais stress, brīvie radikāļi
glutamate: glutamāts
excitotoxicity: eksitotoksicitāte
gene silencing: gēnu apklusināšana
DNA: dnsk, dns
RNA: rnsk, rns, mrns
neuroprotection protects nerve cells: neiroprotekcija, aizsargā nervu šūnas
synthetic peptide: peptīds
biomarker: biomarķieris
neurofilament: neirofilaments
own cells autologous: pašu šūnas, autologs
donor: donors
regeneration: reģenerācija, atjaunošanās
growth factor: augšanas faktors
molecule: molekula
microglia: mikroglija
gut microbiome: mikrobioms, zarnu mikroflora
toxic: toksisks, indīgs
mechanism: mehānisms, darbības mehānisms
seaweed algae: aļģes, jūras aļģes
plant herbal: augs, augu, ārstniecības augi
extract: ekstrakts
mushroom: sēne
turmeric curcumin: kurkuma, kurkumīns
traditional Chinese medicine: ķīniešu tradicionālā medicīna
coconut oil: kokosriekstu eļļa
oil: eļļa
green tea: zaļā tēja
tea: tēja
probiotic: probiotiķis
amino acids: aminoskābe
creatine: kreatīns
coenzyme Q10: koenzīms q10
omega 3: omega 3
repurposed drug: citai slimībai paredzētas zāles
cancer: vēzis, audzējs
leukaemia: leikēmija
chemotherapy: ķīmijterapija
antibiotic: antibiotika
antiviral: pretvīrusu
HIV: hiv, aids
migraine: migrēna
epilepsy: epilepsija
Alzheimer's: alcheimers, alcheimera slimība
Parkinson's: parkinsons, parkinsona slimība
multiple sclerosis: multiplā skleroze
muscle disease: muskuļu slimība
muscular dystrophy: muskuļu distrofija
spinal muscular atrophy: spināla muskuļu atrofija
diabetes: diabēts, cukura diabēts
children: bērni, bērns
antidepressant: antidepresants
painkiller: pretsāpju līdzeklis
pain: sāpes
heart: sirds
liver: aknas
kidney: nieres, niere
blood pressure: asinsspiediens
blood pressure medicine: asinsspiediena zāles
blood flow circulation: asinsrite, asins cirkulācija
nausea: slikta dūša, nelabums, vemšana
headache: galvassāpes
diarrhoea: caureja
constipation: aizcietējums
dizziness: reibonis, galvas reiboņi
sleep insomnia: miegs, bezmiegs, miegainība
anxiety: trauksme
depression: depresija
emotional lability crying laughing: emocionālā labilitāte, nevaldāmi smiekli, nevaldāmas raudas, smiekli, raudas,
  raudāšana, smiešanās, pseidobulbārais afekts
allergy: alerģija
online internet: internets, internetā, tiešsaistē
website: tīmekļa vietne, mājaslapa, vietne
smartphone app: lietotne, aplikācija
pharmacy: aptieka
foreign pharmacy abroad: interneta aptieka, ārzemju aptieka
import: imports, ievest
customs: muita
buyers club group purchase: kopiepirkums
donation fundraising: ziedojums, ziedot, līdzekļu vākšana, ziedojumu vākšana
funding: finansējums
petition: petīcija
black market: melnais tirgus
counterfeit: viltots, viltojums
market: tirgus
randomised: randomizēts
double blind: dubultmaskēts, dubultakls
control group: kontroles grupa
preliminary results: sākotnējie rezultāti, provizoriskie rezultāti
published: publicēts
eligibility criteria: iekļaušanas kritēriji
open label extension: atklātais pagarinājums
animal studies mice: pele, peles, dzīvnieku pētījumi
rats rodents: žurka, grauzējs
animals: dzīvnieks
healthy volunteers: veseli brīvprātīgie
in the laboratory in vitro: in vitro, laboratorijas apstākļos
harmful: kaitīgs
stop taking: pārtraukt lietot, pārtraukt lietošanu
keep taking: turpināt lietot
combine together with: kombinēt, kopā ar, kombinācija
interaction: mijiedarbība
legal: legāls, likumīgs
illegal: nelegāls, aizliegts
off-label: ārpus reģistrētām indikācijām
warning: brīdinājums
claims: apgalvo, sola
testimonials: atsauksmes, pieredzes stāsti
expert: eksperts, speciālists
guidelines: vadlīnijas
information: informācija
quality of life: dzīves kvalitāte
improve: uzlabot, uzlabojums
reverse: apgriezt
stabilise: stabilizēt
recovery: atveseļošanās
repair: labot, salabot
rebuild restore: atjaunot, atgriež
strengthen: stiprināt
calm soothe: nomierināt
early stage: agrīna stadija
advanced stage: vēla stadija
sporadic: sporādisks
genetic testing: ģenētiskā testēšana, ģenētiskais tests
MRI scan: magnētiskā rezonanse, mrt
EMG: emg, elektromiogrāfija
skin: āda
vein: vēna
spine: mugurkauls, mugura
needle: adata
pregnancy: grūtniecība
juice: sula
shipping delivery: piegāde, sūtījums
reduce lower: samazināt, mazināt, samazinājās
prevent block: novērst, bloķēt
neuromuscular: neiromuskulārs
neuromuscular junction: neiromuskulārā sinapse
travel: ceļot, ceļojums
helmet: ķivere
light therapy: gaismas terapija
infrared light: infrasarkanā gaisma
laser: lāzers
light: gaisma
magnet: magnēts
mask: maska
cough assist: klepus asistents
cough: klepus
choking: aizrīšanās
saliva drooling: siekalas, siekalošanās
communication aid: saziņas ierīce
eye gaze: acu vadība
ketones: ketoni
athletes: sportisti
protein shake: olbaltumvielu kokteilis
high calorie: kaloriju bagāts, augstas kalorijas
electrode: elektrods
stimulation: stimulācija
wearable: valkājama ierīce
machine: iekārta
legs: kājas
arms: rokas
hands: plaukstas
feet: pēdas
head: galva
nose: deguns
mouth: mute
throat: rīkle, kakls
tongue: mēle
jaw: žoklis
eyes: acis
ear: auss
chest: krūtis, krūškurvis
stomach belly: vēders, kuņģis
gut bowel: zarnas
fat adipose: tauki, taukaudi
bladder: urīnpūslis
inhibitor: inhibitors
receptor: receptors
synapse: sinapse
axon: aksons
ion channel: jonu kanāls
potassium: kālijs
sodium: nātrijs
calcium: kalcijs
white blood cells: leikocīti, baltās asins šūnas
red blood cells: eritrocīti
platelets: trombocīti
cream ointment gel: krēms, ziede, gels
inhaler: inhalators
lozenge: sūkājamā tablete
chewing gum: košļājamā gumija
gummies: želejas konfektes
ultrasound: ultraskaņa
massage: masāža
heat: siltums
cold: aukstums
bath: vanna
vibration: vibrācija
euros: eiro
subscription: abonements
two trials at once: divi pētījumi vienlaikus
leftover medicines: atlikušās zāles, neizlietotās zāles
deceased: miris, mirusi
German Germany: vācu, vācija
American United States: amerikāņu, amerika, asv
British United Kingdom: britu, lielbritānija, anglija
French France: franču, francija
Swiss Switzerland: šveices, šveice
Israeli Israel: izraēlas, izraēla
Chinese China: ķīniešu, ķīna
Japanese Japan: japāņu, japāna
Russian Russia: krievu, krievija
Polish Poland: polijas, polija
Lithuanian Lithuania: lietuvas, lietuva
Estonian Estonia: igaunijas, igaunija
Swedish Sweden: zviedrijas, zviedrija
Finnish Finland: somijas, somija
European Europe: eiropas, eiropa
Latvian Latvia: latvijas, latvija, latviešu
"""

# --- Welsh ----------------------------------------------------------------------------------
# Welsh mutates a word's first letter after some words ("ei gyffur", "fy nghyffur", "ei chyffur"): the table writes
# the radical form and INITIAL_MUTATIONS leads the mutated ones back to it.
# language.py has no Welsh row yet: read as Welsh, the Welsh half printed above an English one (blind-q's table tent)
# becomes the file's first document, with no position heading it knows, and the English half a translation of it; so
# the table serves a statement whose language is given (its sidecar), until the split prefers the half with the position.
_CY = """
ALS MND: als, mnd, clefyd niwronau motor, clefyd motor niwron, clefyd niwron motor, sglerosis ochrol amyotroffig
motor neurons: niwronau motor, niwron motor
neurons: niwron, cell nerf, celloedd nerf
cells: cell, celloedd
spinal cord: llinyn asgwrn y cefn, madruddyn y cefn
muscles: cyhyr, cyhyrau
muscle weakness: gwendid cyhyrau, gwendid
muscle wasting atrophy: atroffi, cyhyrau'n gwywo, nychu cyhyrau
cramps: cramp, crampiau
spasms: sbasm
fasciculations twitching: plycio, plyciadau
spasticity: sbastigedd, anystwythder, stiffrwydd
breathing: anadlu, anadl
lungs: ysgyfaint
swallowing: llyncu
bulbar onset: dechrau bylbar
speech: lleferydd
voice: llais
nerves: nerf, nerfau
brain: ymennydd
cerebrospinal fluid: hylif serebro sbinol, hylif yr asgwrn cefn
blood: gwaed
blood test: prawf gwaed, profion gwaed
disease progression: datblygiad y clefyd, dirywiad
slow down: arafu
stop halt: stopio
symptoms: symptom, symptomau
diagnosis: diagnosis, diagnosio
survival: goroesi, byw yn hirach
life expectancy: disgwyliad oes
cure: iachâd, iacháu
genetic: genetig, genyn
hereditary familial: etifeddol, teuluol
mutation: mwtaniad
frontotemporal dementia: dementia blaenarleisiol, dementia
fatigue: blinder
weight loss: colli pwysau
weight gain: magu pwysau
walking: cerdded
paralysis: parlys
patient: claf, cleifion
carer: gofalwr, gofalwyr
family: teulu
wheelchair: cadair olwyn
stem cells: bôn-gell, bôn-gelloedd
stem cell therapy: therapi bôn-gelloedd, triniaeth bôn-gelloedd
cell therapy: therapi celloedd
bone marrow: mêr esgyrn
umbilical cord: llinyn bogail
gene therapy: therapi genynnau
antibody: gwrthgorff, gwrthgyrff
infusion: trwyth
injection: pigiad, chwistrelliad
lumbar puncture: pigiad meingefnol
spinal injection intrathecal: intrathecal, pigiad i'r asgwrn cefn
tablet pill: tabled, tabledi, pilsen, pils
capsule: capsiwl
powder: powdr
supplement: atodiad, ychwanegiad
diet: deiet
fasting: ymprydio
vitamin: fitamin
intravenous drip: mewnwythiennol, drip
implant: mewnblaniad
device: dyfais, teclyn
ventilation: awyru, peiriant anadlu
tracheostomy: tracheostomi
feeding tube: tiwb bwydo, peg
patch: clwt
spray: chwistrell
nasal spray: chwistrell trwyn
vaccine: brechlyn
virus: firws
protein: protein
enzyme: ensym
inflammation: llid
immune system: system imiwnedd
drug medicine: cyffur, cyffuriau, meddyginiaeth, moddion
treatment: triniaeth, triniaethau
therapy: therapi
transplant: trawsblaniad
surgery: llawdriniaeth
oral: trwy'r geg
antioxidant: gwrthocsidydd
hormone: hormon
cannabis: canabis
natural remedy: meddyginiaeth naturiol
natural: naturiol
alternative medicine: meddygaeth amgen
acupuncture: aciwbigo
physiotherapy: ffisiotherapi, ffisiotherapydd
occupational therapy: therapi galwedigaethol
exercise: ymarfer corff
dose: dos, dogn
oxygen: ocsigen
clinical trial: treial clinigol, treialon clinigol
study: astudiaeth
trial experiment: treial, arbrawf
research: ymchwil
placebo: plasebo
results: canlyniad, canlyniadau
evidence: tystiolaeth
effective: effeithiol
efficacy: effeithiolrwydd
works: gweithio
safe safety: diogel, diogelwch
dangerous: peryglus
side effects: sgil effaith, sgil effeithiau
approved authorised: cymeradwy, cymeradwyo
licensed: trwyddedig, trwyddedu
risk: risg
benefit: budd, mantais
promising: addawol
cost price: cost, pris
how much does it cost: faint mae'n gostio, faint yw'r gost
how much: faint
where: ble
clinic: clinig
private clinic: clinig preifat
abroad: dramor, tramor
pay: talu
expensive: drud
cheap: rhad
free of charge: am ddim
doctor: meddyg, meddygon
neurologist: niwrolegydd, niwrolegwyr
general practitioner: meddyg teulu
hospital: ysbyty
nurse: nyrs
company: cwmni
pharmaceutical company: cwmni fferyllol
laboratory: labordy
recommend: argymell, argymhellwn
recommendation: argymhelliad, argymhellion
advise advice: cyngor, cynghori
position: safbwynt
opinion: barn
statement: datganiad
association: cymdeithas
charity: elusen
organisation: sefydliad, mudiad
researchers scientists: ymchwilydd, ymchwilwyr, gwyddonydd, gwyddonwyr
hope: gobaith
miracle: gwyrth
news: newyddion
failed stopped: wedi methu, methiant
withdrawn: wedi'i dynnu'n ôl
prescription: presgripsiwn
without prescription: heb bresgripsiwn
available: ar gael
worth it: gwerth chweil
try: rhoi cynnig, trio
wait: aros
buy: prynu
order: archebu
sell: gwerthu
what do you think: beth ydych chi'n feddwl, beth yw eich barn
should I: a ddylwn i
is it true: ydy hi'n wir, a yw'n wir
help: cymorth, helpu
take: cymryd, cymerir
experimental: arbrofol
weekly: bob wythnos, wythnosol
daily: bob dydd, dyddiol, ddwywaith y dydd, unwaith y dydd
monthly: bob mis, misol
once single one-time: unwaith, dos sengl
subcutaneous under the skin: o dan y croen, isgroenol
eye drops: diferion llygaid
drops: diferion
pump: pwmp
energy: egni
DNA: dna
RNA: rna
donor: rhoddwr
regeneration: adfywio
toxic: gwenwynig
mechanism: mecanwaith
plant herbal: llysieuol, planhigyn, planhigion
extract: dyfyniad
mushroom: madarch
oil: olew
green tea: te gwyrdd
cancer: canser
antibiotic: gwrthfiotig
epilepsy: epilepsi
Alzheimer's: alzheimer
Parkinson's: parkinson
multiple sclerosis: sglerosis ymledol
diabetes: diabetes, clefyd siwgr
children: plant
antidepressant: gwrth iselder
painkiller: poenladdwr, cyffur lladd poen
pain: poen
heart: calon
liver: afu
kidney: aren, arennau
blood pressure: pwysedd gwaed
nausea: cyfog
headache: cur pen
diarrhoea: dolur rhydd
dizziness: pendro, penysgafnder
sleep insomnia: cwsg, anhunedd
anxiety: gorbryder
depression: iselder
emotional lability crying laughing: crio, chwerthin, crio a chwerthin
allergy: alergedd
online internet: ar lein, rhyngrwyd
website: gwefan
pharmacy: fferyllfa
import: mewnforio
customs: tollau
donation fundraising: rhodd, codi arian
funding: cyllid, ariannu
petition: deiseb
counterfeit: ffug
randomised: ar hap
control group: grŵp rheoli
published: cyhoeddi, cyhoeddwyd
animals: anifail, anifeiliaid
animal studies mice: llygod
harmful: niweidiol
stop taking: peidio â chymryd, rhoi'r gorau i gymryd
keep taking: daliwch ati, dal ati, parhau i gymryd
combine together with: cyfuno
interaction: rhyngweithio
legal: cyfreithlon
illegal: anghyfreithlon
warning: rhybudd
expert: arbenigwr, arbenigwyr
guidelines: canllawiau
information: gwybodaeth
quality of life: ansawdd bywyd
improve: gwella
recovery: adferiad
early stage: cam cynnar
genetic testing: prawf genetig, profion genetig
MRI scan: sgan mri
skin: croen
vein: gwythïen
spine: asgwrn cefn
needle: nodwydd
pregnancy: beichiogrwydd
juice: sudd
reduce lower: lleihau, gostwng
prevent block: atal, rhwystro
travel: teithio
helmet: helmed
light: golau
mask: mwgwd
cough: peswch
choking: tagu
saliva drooling: poer, glafoerio
legs: coesau
arms: breichiau
hands: dwylo
feet: traed
mouth: ceg
throat: gwddf
tongue: tafod
eyes: llygaid
stomach belly: bol, stumog
euros: ewro
pounds sterling: punt, punnoedd
deceased: marw
British United Kingdom: prydain, prydeinig, y deyrnas unedig
American United States: america, americanaidd, yr unol daleithiau
German Germany: yr almaen, almaenig
French France: ffrainc, ffrengig
European Europe: ewrop, ewropeaidd
Welsh Wales: cymru, cymreig
early access: mynediad cynnar
health insurance: yswiriant iechyd
vibration: dirgrynu, dirgryniad
platform plate: plât
massage: tylino
heat: gwres
cold: oerfel
"""

# --- Lithuanian -----------------------------------------------------------------------------
_LT = """
ALS MND: als, šoninė amiotrofinė sklerozė, amiotrofinė šoninė sklerozė, motorinio neurono liga, motorinių neuronų
  liga, mnd
motor neurons: motorinis neuronas, motoriniai neuronai
neurons: neuronas, nervinė ląstelė
cells: ląstelė
spinal cord: nugaros smegenys
muscles: raumuo, raumenys, raumenų
muscle weakness: raumenų silpnumas, silpnumas
muscle wasting atrophy: atrofija, raumenų atrofija, raumenų nykimas
cramps: mėšlungis, traukuliai
spasms: spazmas
fasciculations twitching: fascikuliacija, raumenų trūkčiojimas, trūkčiojimas
spasticity: spastiškumas, sąstingis
breathing: kvėpavimas, kvėpuoti
lungs: plaučiai
swallowing: rijimas, rijimo sutrikimas, disfagija
bulbar onset: bulbarinė forma, bulbarinė pradžia
speech: kalbos sutrikimas, dizartrija
voice: balsas
nerves: nervas
brain: smegenys, galvos smegenys
cerebrospinal fluid: smegenų skystis, likvoras
blood: kraujas
blood test: kraujo tyrimas
disease progression: progresavimas, ligos eiga, ligos progresavimas
slow down: sulėtinti, sulėtina, lėtina, lėtinti
stop halt: sustabdyti, sustabdo
symptoms: simptomas
diagnosis: diagnozė, diagnozuotas
survival: išgyvenamumas, pailginti gyvenimą, gyventi ilgiau
life expectancy: gyvenimo trukmė
cure: išgydyti, išgydymas
genetic: genetinis, genas
hereditary familial: paveldimas
mutation: mutacija, geno pokytis, nešiotojas
frontotemporal dementia: frontotemporalinė demencija, demencija
fatigue: nuovargis
weight loss: svorio netekimas, svorio kritimas
walking: vaikščiojimas, vaikščioti
paralysis: paralyžius
patient: pacientas, ligonis
carer: slaugytojas, globėjas
family: šeima
wheelchair: neįgaliojo vežimėlis, vežimėlis
stem cells: kamieninė ląstelė
stem cell therapy: kamieninių ląstelių terapija, gydymas kamieninėmis ląstelėmis
cell therapy: ląstelių terapija
bone marrow: kaulų čiulpai
umbilical cord blood: virkštelės kraujas
gene therapy: genų terapija
antisense: antisense, aso
oligonucleotide: oligonukleotidas
antibody: antikūnas
monoclonal antibody: monokloninis antikūnas
infusion: infuzija
injection: injekcija, suleidimas
lumbar puncture: juosmeninė punkcija, lumbalinė punkcija
spinal injection intrathecal: intratekalinis, intratekališkai, injekcija į stuburą
tablet pill: tabletė
capsule: kapsulė
powder: milteliai
supplement: maisto papildas, papildas
diet: dieta, mityba
fasting: badavimas
ketogenic: ketogeninis
vitamin: vitaminas
intravenous drip: intraveninis, į veną, lašinė
implant: implantas
device: prietaisas, įrenginys
ventilation: ventiliacija, dirbtinė plaučių ventiliacija, kvėpavimo aparatas, bipap
tracheostomy: tracheostomija
feeding tube: maitinimo zondas, zondas, gastrostoma, peg
patch: pleistras
spray: purškalas
nasal spray: nosies purškalas
vaccine: vakcina
virus: virusas
viral vector: virusinis vektorius
protein: baltymas
enzyme: fermentas
mitochondria: mitochondrija
inflammation: uždegimas
anti inflammatory: priešuždegiminis
immune system: imuninė sistema, imunitetas
immunotherapy: imunoterapija
drug medicine: vaistas
active substance: veiklioji medžiaga
compound: junginys, medžiaga
treatment: gydymas, gydyti
therapy: terapija
transplant: transplantacija
surgery: operacija
oral: per burną, geriamasis
antioxidant: antioksidantas
hormone: hormonas
cannabis: kanapės, marihuana, cbd
natural: natūralus
homeopathy: homeopatija
alternative medicine: alternatyvioji medicina
acupuncture: akupunktūra
physiotherapy: kineziterapija, fizioterapija, reabilitacija
occupational therapy: ergoterapija
exercise: mankšta, pratimai
plasma: plazma
dose: dozė
electrical stimulation: elektrinė stimuliacija, elektrostimuliacija
hyperbaric oxygen: hiperbarinis deguonis
oxygen: deguonis
clinical trial: klinikinis tyrimas, klinikiniai tyrimai
study: tyrimas
trial experiment: eksperimentas, bandymas
research: mokslinis tyrimas, moksliniai tyrimai
phase: fazė
placebo: placebas
results: rezultatas
evidence: įrodymai
proof: įrodymas
effective: veiksmingas, efektyvus
efficacy: veiksmingumas, efektyvumas
works: veikia, padeda
safe safety: saugus, saugumas, saugu
dangerous: pavojingas
side effects: šalutinis poveikis, šalutiniai poveikiai, šalutinis reiškinys
approved authorised: patvirtintas, registruotas
approval: patvirtinimas, registracija
regulator: valstybinė vaistų kontrolės tarnyba, europos vaistų agentūra, fda
risk: rizika
benefit: nauda
proven: įrodytas
unproven: neįrodytas
promising: perspektyvus, daug žadantis
data: duomenys
participants: dalyvis
cost price: kaina
how much does it cost: kiek kainuoja
how much: kiek
where: kur
clinic: klinika
private clinic: privati klinika
abroad: užsienyje, užsienis, iš užsienio
pay: mokėti, sumokėti
expensive: brangus
cheap: pigus
free of charge: nemokamai, nemokamas
doctor: gydytojas, daktaras
neurologist: neurologas
general practitioner: šeimos gydytojas
hospital: ligoninė
nurse: slaugytoja, medicinos sesuo
company: įmonė, bendrovė, gamintojas
pharmaceutical company: farmacijos įmonė, farmacijos bendrovė
laboratory: laboratorija
recommend: rekomenduoti, rekomenduojate, rekomenduojame, rekomenduoja, patarti
recommendation: rekomendacija
advise advice: patarimas
position: pozicija, požiūris
opinion: nuomonė
statement: pareiškimas
association: asociacija, draugija
foundation: fondas
charity: labdara
organisation: organizacija
researchers scientists: mokslininkas, tyrėjas
compassionate use: gailestingumo programa
early access: ankstyvoji prieiga
waiting list: laukiančiųjų sąrašas, eilė
take part enrol: dalyvauti, dalyvavimas
scam fraud: sukčiavimas, apgavystė, šarlatanas
hope: viltis
miracle: stebuklas
breakthrough: proveržis
news: naujienos
publication: publikacija, straipsnis
failed stopped: nutrauktas, sustabdytas, nepavyko
withdrawn: atšauktas
health insurance: sveikatos draudimas, ligonių kasa, kompensuojamieji vaistai
prescription: receptas
without prescription: be recepto
available: prieinamas, galima gauti
worth it: verta
try: išbandyti, pabandyti
wait: laukti
buy: pirkti, nusipirkti, įsigyti
order: užsakyti
sell: parduoti, parduoda
what do you think: ką manote, ką jūs manote
should I: ar turėčiau, ar man reikėtų
is it true: ar tiesa
help: pagalba
take: vartoti, vartoja, vartoju, vartojate
experimental: eksperimentinis
riluzole: riluzolas
edaravone: edaravonas
drink: gėrimas
weekly: kas savaitę, kartą per savaitę
daily: kasdien, kas dieną, kartą per dieną, du kartus per dieną
monthly: kas mėnesį, kartą per mėnesį
once single one-time: vienkartinis, vieną kartą
subcutaneous under the skin: po oda, poodinis
intramuscular: į raumenį
eye drops: akių lašai
drops: lašai
energy: energija
oxidative stress: oksidacinis stresas
glutamate: glutamatas
DNA: dnr
RNA: rnr
biomarker: biožymuo
neurofilament: neurofilamentas
donor: donoras
regeneration: regeneracija, atsinaujinimas
molecule: molekulė
toxic: toksiškas, nuodingas
mechanism: mechanizmas, veikimo mechanizmas
plant herbal: augalas, žolelės, augalinis
extract: ekstraktas
mushroom: grybas
turmeric curcumin: ciberžolė, kurkuminas
oil: aliejus
green tea: žalioji arbata
tea: arbata
probiotic: probiotikas
creatine: kreatinas
cancer: vėžys
chemotherapy: chemoterapija
antibiotic: antibiotikas
HIV: živ, aids
haemophilia: hemofilija
migraine: migrena
epilepsy: epilepsija
Alzheimer's: alzheimerio liga
Parkinson's: parkinsono liga
multiple sclerosis: išsėtinė sklerozė
diabetes: diabetas, cukrinis diabetas
children: vaikas, vaikai
antidepressant: antidepresantas
painkiller: nuskausminamieji vaistai, vaistai nuo skausmo
pain: skausmas
heart: širdis
liver: kepenys
kidney: inkstas
blood pressure: kraujospūdis
nausea: pykinimas, vėmimas
headache: galvos skausmas
diarrhoea: viduriavimas
dizziness: galvos svaigimas, svaigimas
sleep insomnia: miegas, nemiga, mieguistumas
anxiety: nerimas
depression: depresija
emotional lability crying laughing: emocinis labilumas, nevaldomas juokas, nevaldomas verksmas, juokas, verksmas
allergy: alergija
online internet: internetas, internete, internetu
website: svetainė
pharmacy: vaistinė
foreign pharmacy abroad: internetinė vaistinė
import: importas, įvežti
customs: muitinė
donation fundraising: aukojimas, lėšų rinkimas
black market: juodoji rinka
counterfeit: padirbtas, suklastotas
randomised: atsitiktinių imčių
double blind: dvigubai aklas
control group: kontrolinė grupė
preliminary results: preliminarūs rezultatai
published: paskelbtas, publikuotas
animal studies mice: pelė, tyrimai su gyvūnais
animals: gyvūnas
harmful: kenksmingas
stop taking: nutraukti vartojimą, nustoti vartoti
keep taking: toliau vartoti
combine together with: derinti, kartu su
interaction: sąveika
legal: legalus, teisėtas
illegal: nelegalus, draudžiamas
warning: įspėjimas
expert: ekspertas, specialistas
guidelines: gairės
information: informacija
quality of life: gyvenimo kokybė
improve: pagerinti, pagerėjimas
recovery: pasveikimas
early stage: ankstyva stadija
advanced stage: pažengusi stadija
genetic testing: genetinis tyrimas, genetinis testas
MRI scan: magnetinio rezonanso tomografija, mrt
EMG: emg, elektromiografija
skin: oda
vein: vena
spine: stuburas, nugara
needle: adata
pregnancy: nėštumas
juice: sultys
shipping delivery: pristatymas, siunta
reduce lower: sumažinti, mažina
prevent block: užkirsti kelią, blokuoti, slopinti
travel: keliauti, kelionė
German Germany: vokietija, vokiškas
American United States: amerika, jav, amerikietiškas
British United Kingdom: jungtinė karalystė, anglija, didžioji britanija
French France: prancūzija, prancūziškas
Polish Poland: lenkija
Russian Russia: rusija
Latvian Latvia: latvija
European Europe: europa
Lithuanian Lithuania: lietuva
"""

# --- Greek ----------------------------------------------------------------------------------
# Keys lose their tonos and dialytika and write final ς as σ (normalise), so "θεραπεία", "θεραπειας" and "ΘΕΡΑΠΕΙΑΣ"
# are one word.
_EL = """
ALS MND: als, απσ, αμυοτροφική πλευρική σκλήρυνση, αμυοτροφική σκλήρυνση, πλευρική σκλήρυνση, νόσος κινητικού νευρώνα,
  νόσος του κινητικού νευρώνα, νόσος των κινητικών νευρώνων, mnd
motor neurons: κινητικός νευρώνας, κινητικοί νευρώνες, κινητικών νευρώνων
neurons: νευρώνας, νευρώνες, νευρικό κύτταρο
cells: κύτταρο
spinal cord: νωτιαίος μυελός
muscles: μυς, μύες, μυών, μυϊκός
muscle weakness: μυϊκή αδυναμία, αδυναμία
muscle wasting atrophy: ατροφία, μυϊκή ατροφία
cramps: κράμπα, κράμπες
spasms: σπασμός
fasciculations twitching: δεσμιδώσεις, μυϊκές συσπάσεις
spasticity: σπαστικότητα, δυσκαμψία
breathing: αναπνοή, αναπνέω, αναπνευστικός
lungs: πνεύμονας, πνεύμονες
swallowing: κατάποση, δυσκολία στην κατάποση, δυσφαγία
bulbar onset: βολβική έναρξη, βολβική μορφή
speech: ομιλία, δυσαρθρία
voice: φωνή
nerves: νεύρο
brain: εγκέφαλος
cerebrospinal fluid: εγκεφαλονωτιαίο υγρό, ενυ
blood: αίμα
blood test: εξέταση αίματος, εξετάσεις αίματος, αιματολογική εξέταση
disease progression: εξέλιξη της νόσου, εξέλιξη, πρόοδος της νόσου
slow down: επιβραδύνει, επιβραδύνουν, επιβράδυνση, καθυστερεί
stop halt: σταματά, σταματάει, σταματήσει, αναστέλλει
symptoms: σύμπτωμα
diagnosis: διάγνωση
survival: επιβίωση, παρατείνει τη ζωή
life expectancy: προσδόκιμο ζωής
cure: θεραπεύει, ίαση, γιατρειά
genetic: γενετικός, γονίδιο
hereditary familial: κληρονομικός, οικογενής
mutation: μετάλλαξη, φορέας
frontotemporal dementia: μετωποκροταφική άνοια, άνοια
fatigue: κόπωση, κούραση
weight loss: απώλεια βάρους
weight gain: αύξηση βάρους
walking: βάδιση, περπάτημα
paralysis: παράλυση
patient: ασθενής, άρρωστος
carer: φροντιστής, φροντίστρια
family: οικογένεια
wheelchair: αναπηρικό αμαξίδιο, καροτσάκι
stem cells: βλαστοκύτταρο, βλαστικό κύτταρο
stem cell therapy: θεραπεία με βλαστοκύτταρα, θεραπεία βλαστοκυττάρων
cell therapy: κυτταρική θεραπεία
astrocytes: αστροκύτταρο
bone marrow: μυελός των οστών
umbilical cord blood: ομφαλοπλακουντιακό αίμα
mesenchymal: μεσεγχυματικός
gene therapy: γονιδιακή θεραπεία
antisense: αντινοηματικός, antisense, aso
oligonucleotide: ολιγονουκλεοτίδιο
antibody: αντίσωμα
monoclonal antibody: μονοκλωνικό αντίσωμα
infusion: έγχυση
injection: ένεση
lumbar puncture: οσφυονωτιαία παρακέντηση, οσφυϊκή παρακέντηση
spinal injection intrathecal: ενδορραχιαία, ενδορραχιαίος, ένεση στη σπονδυλική στήλη
tablet pill: χάπι, δισκίο
capsule: κάψουλα
powder: σκόνη
supplement: συμπλήρωμα διατροφής, συμπλήρωμα
diet: δίαιτα, διατροφή
fasting: νηστεία
ketogenic: κετογονικός
vitamin: βιταμίνη
vitamin D: βιταμίνη d
intravenous drip: ενδοφλέβιος, ενδοφλεβίως
implant: εμφύτευμα
device: συσκευή
ventilation: αναπνευστήρας, μη επεμβατικός αερισμός, μηχανικός αερισμός, bipap
tracheostomy: τραχειοστομία
feeding tube: γαστροστομία, σωλήνας σίτισης, peg
patch: επίθεμα
spray: σπρέι, εκνέφωμα
nasal spray: ρινικό σπρέι, ρινικό εκνέφωμα
vaccine: εμβόλιο
virus: ιός
viral vector: ιικός φορέας
protein: πρωτεΐνη
enzyme: ένζυμο
mitochondria: μιτοχόνδριο
inflammation: φλεγμονή
anti inflammatory: αντιφλεγμονώδης
immune system: ανοσοποιητικό σύστημα, ανοσοποιητικό
immunotherapy: ανοσοθεραπεία
drug medicine: φάρμακο, σκεύασμα
active substance: δραστική ουσία
compound: ουσία
treatment: θεραπεία, αγωγή
therapy: θεραπευτικός
transplant: μεταμόσχευση
surgery: χειρουργείο, επέμβαση
oral: από το στόμα, από του στόματος
antioxidant: αντιοξειδωτικός
hormone: ορμόνη
cannabis: κάνναβη, μαριχουάνα, cbd
medical cannabis: φαρμακευτική κάνναβη
cannabis oil: έλαιο κάνναβης
natural: φυσικός
homeopathy: ομοιοπαθητική
alternative medicine: εναλλακτική ιατρική
acupuncture: βελονισμός
physiotherapy: φυσικοθεραπεία, φυσικοθεραπευτής, αποκατάσταση
occupational therapy: εργοθεραπεία
exercise: άσκηση, γυμναστική
plasma: πλάσμα
dose: δόση
electrical stimulation: ηλεκτρική διέγερση, ηλεκτροδιέγερση
magnetic stimulation: μαγνητική διέγερση
hyperbaric oxygen: υπερβαρικό οξυγόνο
oxygen: οξυγόνο
clinical trial: κλινική δοκιμή, κλινική μελέτη
study: μελέτη
trial experiment: δοκιμή, πείραμα
research: έρευνα
phase: φάση
placebo: εικονικό φάρμακο, placebo
results: αποτέλεσμα
evidence: τεκμήρια
proof: απόδειξη
effective: αποτελεσματικός
efficacy: αποτελεσματικότητα
works: δουλεύει, λειτουργεί, βοηθάει, βοηθά, βοηθούν
safe safety: ασφαλής, ασφάλεια, ασφαλώς
dangerous: επικίνδυνος
side effects: παρενέργεια, ανεπιθύμητη ενέργεια
approved authorised: εγκεκριμένος, εγκρίθηκε
approval: έγκριση
regulator: εοφ, εθνικός οργανισμός φαρμάκων, ευρωπαϊκός οργανισμός φαρμάκων, ema, fda
marketing authorisation: άδεια κυκλοφορίας
risk: κίνδυνος
benefit: όφελος
proven: αποδεδειγμένος
unproven: αναπόδεικτος, μη αποδεδειγμένος
promising: πολλά υποσχόμενος, ελπιδοφόρος
data: δεδομένα
participants: συμμετέχων
cost price: κόστος, τιμή
how much does it cost: πόσο κοστίζει, πόσο κάνει
how much: πόσο
clinic: κλινική
private clinic: ιδιωτική κλινική
abroad: εξωτερικό, στο εξωτερικό
pay: πληρώνω, πληρώσω, πληρωμή
expensive: ακριβός
cheap: φθηνός
afford: αντέξω οικονομικά
free of charge: δωρεάν
fee: χρέωση, αμοιβή
doctor: γιατρός, ιατρός
neurologist: νευρολόγος
general practitioner: οικογενειακός γιατρός, παθολόγος
hospital: νοσοκομείο
nurse: νοσηλευτής, νοσηλεύτρια, νοσοκόμα
company: εταιρεία, παρασκευαστής
pharmaceutical company: φαρμακευτική εταιρεία, φαρμακοβιομηχανία
biotech: βιοτεχνολογία
laboratory: εργαστήριο
recommend: συνιστάτε, συνιστάμε, συνιστά, συνιστώ, συστήνετε, προτείνετε
recommendation: σύσταση
advise advice: συμβουλή, συμβουλεύω
position: θέση
opinion: γνώμη, άποψη
statement: δήλωση, ανακοίνωση
association: σύλλογος, σωματείο
foundation: ίδρυμα
charity: φιλανθρωπικός οργανισμός
organisation: οργάνωση, οργανισμός
researchers scientists: ερευνητής, επιστήμονας
compassionate use: χρήση από ανθρωπιστική ανάγκη, πρόγραμμα ανθρωπιστικής χρήσης
early access: πρώιμη πρόσβαση
expanded access: διευρυμένη πρόσβαση
waiting list: λίστα αναμονής
take part enrol: συμμετέχω, συμμετοχή, συμμετάσχω, εγγραφώ
scam fraud: απάτη, απατεώνας, τσαρλατάνος
hope: ελπίδα
miracle: θαύμα, θαυματουργός
breakthrough: επανάσταση, ανακάλυψη
news: ειδήσεις
publication: δημοσίευση, άρθρο
failed stopped: απέτυχε, διακόπηκε
withdrawn: αποσύρθηκε
health insurance: ασφάλιση υγείας, εοπυυ, ασφαλιστικό ταμείο
prescription: συνταγή
without prescription: χωρίς συνταγή
available: διαθέσιμος
worth it: αξίζει
try: δοκιμάσω, δοκιμάσει
wait: περιμένω, περιμένει
buy: αγοράσω, αγορά, αγοράζω
order: παραγγελία, παραγγείλω
sell: πουλάει, πουλάνε, πώληση
what do you think: τι λέτε, τι πιστεύετε, τι γνώμη έχετε
should I: πρέπει να, θα έπρεπε
is it true: είναι αλήθεια, ισχύει
help: βοήθεια
take: παίρνω, παίρνει, λαμβάνω, λήψη
experimental: πειραματικός
riluzole: ριλουζόλη, riluzole
edaravone: εδαραβόνη, edaravone
oral solution liquid: πόσιμο διάλυμα, διάλυμα, σιρόπι
drink: ρόφημα, ποτό
weekly: εβδομαδιαίως, κάθε εβδομάδα, μία φορά την εβδομάδα
daily: καθημερινά, κάθε μέρα, ημερησίως, μία φορά την ημέρα
monthly: μηνιαίως, κάθε μήνα, μία φορά τον μήνα
once single one-time: μία φορά, εφάπαξ
subcutaneous under the skin: υποδόριος, υποδορίως, κάτω από το δέρμα
intramuscular: ενδομυϊκός, ενδομυϊκώς
sublingual under the tongue: υπογλώσσιος, κάτω από τη γλώσσα
eye drops: οφθαλμικές σταγόνες
drops: σταγόνα
pump: αντλία
protein clumps aggregates: συσσωματώματα πρωτεΐνης, συσσωμάτωμα
misfolded protein: λανθασμένα αναδιπλωμένη πρωτεΐνη
energy: ενέργεια
oxidative stress: οξειδωτικό στρες, ελεύθερες ρίζες
glutamate: γλουταμινικό
excitotoxicity: διεγερσιτοξικότητα
gene silencing: γονιδιακή σίγηση
DNA: dna
RNA: rna, mrna
neuroprotection protects nerve cells: νευροπροστασία, νευροπροστατευτικός
synthetic peptide: πεπτίδιο
biomarker: βιοδείκτης
neurofilament: νευρονημάτιο
own cells autologous: αυτόλογος
donor: δότης
regeneration: αναγέννηση
growth factor: αυξητικός παράγοντας
molecule: μόριο
microglia: μικρογλοία
gut microbiome: μικροβίωμα
toxic: τοξικός
mechanism: μηχανισμός, μηχανισμός δράσης
seaweed algae: φύκι, άλγη
plant herbal: φυτό, βότανο, φυτικός
extract: εκχύλισμα
mushroom: μανιτάρι
turmeric curcumin: κουρκουμάς, κουρκουμίνη
oil: λάδι, έλαιο
green tea: πράσινο τσάι
tea: τσάι
probiotic: προβιοτικό
creatine: κρεατίνη
coenzyme Q10: συνένζυμο q10
repurposed drug: επαναπροσδιορισμένο φάρμακο
off-label: εκτός ενδείξεων
cancer: καρκίνος
leukaemia: λευχαιμία
chemotherapy: χημειοθεραπεία
antibiotic: αντιβιοτικό
HIV: hiv, aids
asthma: άσθμα
migraine: ημικρανία
epilepsy: επιληψία
Alzheimer's: αλτσχάιμερ, νόσος αλτσχάιμερ
Parkinson's: πάρκινσον, νόσος πάρκινσον
multiple sclerosis: σκλήρυνση κατά πλάκας
muscular dystrophy: μυϊκή δυστροφία
spinal muscular atrophy: νωτιαία μυϊκή ατροφία
diabetes: διαβήτης, σακχαρώδης διαβήτης
children: παιδί
antidepressant: αντικαταθλιπτικό
painkiller: παυσίπονο
pain: πόνος
heart: καρδιά
liver: ήπαρ, συκώτι
kidney: νεφρό
blood pressure: αρτηριακή πίεση
nausea: ναυτία, εμετός
headache: πονοκέφαλος
diarrhoea: διάρροια
constipation: δυσκοιλιότητα
dizziness: ζάλη
sleep insomnia: ύπνος, αϋπνία, υπνηλία
anxiety: άγχος
depression: κατάθλιψη
emotional lability crying laughing: συναισθηματική αστάθεια, ψευδοπρομηκική συναισθηματική διαταραχή, ανεξέλεγκτο
  γέλιο, ανεξέλεγκτο κλάμα, γέλιο, κλάμα
allergy: αλλεργία
online internet: διαδίκτυο, ίντερνετ, online
website: ιστοσελίδα, ιστότοπος
smartphone app: εφαρμογή
pharmacy: φαρμακείο
foreign pharmacy abroad: ηλεκτρονικό φαρμακείο, διαδικτυακό φαρμακείο
customs: τελωνείο
donation fundraising: δωρεά, έρανος
black market: μαύρη αγορά
counterfeit: πλαστός, μαϊμού
randomised: τυχαιοποιημένος
double blind: διπλά τυφλός
control group: ομάδα ελέγχου
preliminary results: προκαταρκτικά αποτελέσματα
published: δημοσιευμένος, δημοσιεύθηκε
animal studies mice: ποντίκι, μελέτες σε ζώα
animals: ζώο
harmful: βλαβερός, επιβλαβής
stop taking: διακοπή της θεραπείας, σταματήσω
combine together with: συνδυασμός, μαζί με
interaction: αλληλεπίδραση
legal: νόμιμος
illegal: παράνομος
warning: προειδοποίηση
guidelines: κατευθυντήριες οδηγίες, οδηγίες
information: πληροφορία
quality of life: ποιότητα ζωής
improve: βελτιώνει, βελτίωση
recovery: ανάρρωση
early stage: αρχικό στάδιο
advanced stage: προχωρημένο στάδιο
genetic testing: γενετικός έλεγχος, γονιδιακός έλεγχος
MRI scan: μαγνητική τομογραφία
EMG: ηλεκτρομυογράφημα, emg
skin: δέρμα
vein: φλέβα
spine: σπονδυλική στήλη, πλάτη
needle: βελόνα
pregnancy: εγκυμοσύνη
juice: χυμός
shipping delivery: αποστολή
reduce lower: μειώνει, μείωση
prevent block: προλαμβάνει, εμποδίζει, αναστολή
travel: ταξίδι
light therapy: φωτοθεραπεία
laser: λέιζερ
light: φως
mask: μάσκα
cough assist: συσκευή υποβοήθησης βήχα
cough: βήχας, βήχω, βήξει
choking: πνίγεται, πνιγμός
saliva drooling: σιελόρροια, σάλιο, σάλια, τρέχουν σάλια
communication aid: βοήθημα επικοινωνίας
eye gaze: έλεγχος με το βλέμμα
legs: πόδι
arms: χέρι
head: κεφάλι
nose: μύτη
mouth: στόμα
throat: λαιμός
tongue: γλώσσα
eyes: μάτι
chest: στήθος
stomach belly: στομάχι, κοιλιά
gut bowel: έντερο
bladder: ουροδόχος κύστη
inhibitor: αναστολέας
receptor: υποδοχέας
cream ointment gel: κρέμα, αλοιφή, γέλη
inhaler: εισπνεόμενο
massage: μασάζ
vibration: δόνηση
euros: ευρώ
subscription: συνδρομή
two trials at once: δύο μελέτες ταυτόχρονα
leftover medicines: περισσευούμενα φάρμακα
German Germany: γερμανία, γερμανικός
American United States: ηπα, αμερική, αμερικανικός
British United Kingdom: ηνωμένο βασίλειο, βρετανία, αγγλία, βρετανικός
French France: γαλλία, γαλλικός
Swiss Switzerland: ελβετία
Israeli Israel: ισραήλ
Chinese China: κίνα, κινεζικός
Japanese Japan: ιαπωνία
Russian Russia: ρωσία
Italian Italy: ιταλία
Spanish Spain: ισπανία
Hungarian Hungary: ουγγαρία, ουγγρικός
Turkish Turkey: τουρκία
Cypriot Cyprus: κύπρος
European Europe: ευρώπη, ευρωπαϊκός
Greek Greece: ελλάδα, ελληνικός
"""

# --- Icelandic ------------------------------------------------------------------------------
# Keys are normalised as the questions are: þ is "th", ð "d", æ "ae", accents gone ("meðferð" is "medferd").
_IS = """
ALS MND: als, mnd, hreyfitaugahrörnun, hreyfitaugungahrörnun, hreyfitaugasjúkdómur, hreyfitaugungasjúkdómur
motor neurons: hreyfitaugungur, hreyfitaugafruma
neurons: taugungur, taugafruma
cells: fruma
spinal cord: mæna
muscles: vöðvi
muscle weakness: vöðvaslappleiki, máttleysi
muscle wasting atrophy: vöðvarýrnun, rýrnun
cramps: sinadráttur, krampi
fasciculations twitching: vöðvakippir, kippir
spasticity: síspenna, stirðleiki
breathing: öndun
lungs: lungu, lunga
swallowing: kynging, kyngingarerfiðleikar
speech: talerfiðleikar, taltruflun
voice: rödd
nerves: taug
brain: heili
cerebrospinal fluid: mænuvökvi
blood: blóð
blood test: blóðprufa, blóðrannsókn
disease progression: framgangur sjúkdómsins, framvinda sjúkdómsins, framgangur
slow down: hægja á, hægir á
stop halt: stöðva, stöðvar
symptoms: einkenni
diagnosis: greining
survival: lifun, lengja lífið
life expectancy: lífslíkur
cure: lækning
genetic: erfðafræðilegur, gen, erfðir
hereditary familial: arfgengur, ættgengur
mutation: stökkbreyting, arfberi
frontotemporal dementia: framheilabilun, heilabilun
fatigue: þreyta
weight loss: þyngdartap
paralysis: lömun
patient: sjúklingur
carer: umönnunaraðili
family: fjölskylda
wheelchair: hjólastóll
stem cells: stofnfruma
stem cell therapy: stofnfrumumeðferð
cell therapy: frumumeðferð
gene therapy: genameðferð
antisense: antisense, aso
antibody: mótefni
monoclonal antibody: einstofna mótefni
infusion: innrennsli, dreypi
injection: sprauta, stungulyf
lumbar puncture: mænuástunga, mænustunga
spinal injection intrathecal: í mænuvökva, í mænugöng
tablet pill: tafla, töflur, pilla
capsule: hylki
powder: duft
supplement: fæðubótarefni, bætiefni
diet: mataræði
fasting: fasta
vitamin: vítamín
intravenous drip: í æð
implant: ígræði
device: tæki, búnaður
ventilation: öndunarvél, öndunaraðstoð
tracheostomy: barkaraufun
feeding tube: magaslanga, næringarslanga, peg
spray: úði
nasal spray: nefúði
vaccine: bóluefni
virus: veira
viral vector: veiruferja
protein: prótein
enzyme: ensím
mitochondria: hvatberi
inflammation: bólga
anti inflammatory: bólgueyðandi
immune system: ónæmiskerfi
immunotherapy: ónæmismeðferð
drug medicine: lyf
active substance: virkt efni
treatment: meðferð
surgery: skurðaðgerð
oral: um munn
antioxidant: andoxunarefni
hormone: hormón
cannabis: kannabis, cbd
natural remedy: náttúrulyf
alternative medicine: óhefðbundnar lækningar
acupuncture: nálastungur
physiotherapy: sjúkraþjálfun, sjúkraþjálfari
occupational therapy: iðjuþjálfun
exercise: líkamsrækt, æfingar
dose: skammtur
oxygen: súrefni
clinical trial: klínísk rannsókn, klínískar rannsóknir, lyfjarannsókn
study: rannsókn
trial experiment: tilraun
phase: fasi
placebo: lyfleysa
results: niðurstaða
evidence: sannanir, vísbendingar
effective: áhrifaríkur
works: virkar, hjálpar, gagnast
safe safety: öruggur, öryggi
dangerous: hættulegur
side effects: aukaverkun, aukaverkanir
approved authorised: samþykktur, viðurkenndur
approval: samþykki
marketing authorisation: markaðsleyfi
regulator: lyfjastofnun, lyfjastofnun evrópu, fda
risk: áhætta
benefit: ávinningur
proven: sannaður
unproven: ósannaður
promising: lofandi
data: gögn
participants: þátttakandi
cost price: kostnaður
how much does it cost: hvað kostar
how much: hversu mikið
private clinic: einkastofa
abroad: erlendis, útlöndum
pay: borga, greiða
expensive: dýrt, kostnaðarsamur
cheap: ódýr
free of charge: ókeypis, gjaldfrjáls
doctor: læknir
neurologist: taugalæknir
general practitioner: heimilislæknir
hospital: sjúkrahús, spítali, landspítali
nurse: hjúkrunarfræðingur
company: fyrirtæki, framleiðandi
pharmaceutical company: lyfjafyrirtæki
laboratory: rannsóknarstofa
recommend: mæla með, mælið með, mælið þið með, mælir með, mælir þú með, mælum með, mælt með, mælið
recommendation: ráðlegging, meðmæli
advise advice: ráðgjöf
position: afstaða, afstöðu
opinion: skoðun, álit
statement: yfirlýsing
association: félag, samtök
foundation: sjóður
researchers scientists: rannsakandi, vísindamaður
compassionate use: mannúðarnotkun
early access: snemmbúinn aðgangur, snemmaðgangur, flýtiaðgangur
expanded access: útvíkkaður aðgangur
waiting list: biðlisti
take part enrol: taka þátt, þátttaka, skrá sig
scam fraud: svindl, svik
hope: von
miracle: kraftaverk
news: fréttir
failed stopped: mistókst
health insurance: sjúkratryggingar
prescription: lyfseðill
without prescription: án lyfseðils
available: fáanlegur, í boði
worth it: þess virði
try: prófa
wait: bíða
buy: kaupa, keypt, kaupir
order: panta
sell: selja, selur
what do you think: hvað finnst ykkur, hvað finnst þér
should I: ætti ég
is it true: er það satt
help: hjálp
take: taka, tekur
experimental: tilraunakenndur
riluzole: rilúsól, riluzole
edaravone: edaravón, edaravone
weekly: vikulega, einu sinni í viku
daily: daglega, á hverjum degi
monthly: mánaðarlega, mánaðarlegur, einu sinni í mánuði
once single one-time: einu sinni, stakur skammtur
subcutaneous under the skin: undir húð
intramuscular: í vöðva
drops: dropi
saliva drooling: munnvatn, slef
cough: hósti
choking: köfnun
cancer: krabbamein
antibiotic: sýklalyf
migraine: mígreni
epilepsy: flogaveiki
Alzheimer's: alzheimer
Parkinson's: parkinson, parkinsonsveiki
multiple sclerosis: mænusigg
diabetes: sykursýki
children: barn, börn
pain: verkur, sársauki
heart: hjarta
liver: lifur, lifrar
kidney: nýra, nýru
blood pressure: blóðþrýstingur
nausea: ógleði
headache: höfuðverkur
diarrhoea: niðurgangur
dizziness: svimi
sleep insomnia: svefn, svefnleysi
anxiety: kvíði
depression: þunglyndi
emotional lability crying laughing: tilfinningalegur óstöðugleiki, hláturköst, grátköst, óstjórnlegur hlátur,
  óstjórnlegur grátur
allergy: ofnæmi
online internet: net, internet
website: vefsíða
smartphone app: app, smáforrit
pharmacy: apótek, lyfjaverslun
customs: tollur
donation fundraising: söfnun
black market: svartur markaður
counterfeit: falsaður
harmful: skaðlegur
stop taking: hætta að taka
interaction: milliverkun
legal: löglegur
illegal: ólöglegur
warning: viðvörun
information: upplýsingar
quality of life: lífsgæði
genetic testing: erfðapróf, erfðarannsókn
skin: húð
needle: nál
pregnancy: meðganga
euros: evrur
subscription: áskrift
German Germany: þýskaland, þýskur
American United States: bandaríkin, bandarískur
British United Kingdom: bretland, breskur
French France: frakkland, franskur
Danish Denmark: danmörk, danskur
Norwegian Norway: noregur, norskur
Swedish Sweden: svíþjóð, sænskur
European Europe: evrópa, evrópskur
Icelandic Iceland: ísland, íslenskur
"""

# Terms that are everyday words in lower case and count only when written in capitals:
# German and Dutch "als" (as, than, if), Portuguese "ela" (she), "usa" (uses), "peg" (pega).
CAPITALS_ONLY: dict[str, frozenset[str]] = {
    "de": frozenset({"als"}),
    "nl": frozenset({"als"}),
    "pt": frozenset({"ela", "usa", "peg"}),
    "es": frozenset({"usa", "peg"}),
    "it": frozenset({"usa"}),
    "pl": frozenset({"dna"}),  # "do dna" (to the bottom)
    # Danish and Norwegian "mnd." is the month ("3 mnd"); Danish "peg" is "point!".
    "da": frozenset({"mnd", "peg"}),
    "nb": frozenset({"mnd"}),
    "ca": frozenset({"als"}),  # Catalan "als" is "to the"
    "cs": frozenset({"dna"}),  # "ode dna" (from the bottom), "dna" (gout)
    # Turkish "boş" (empty) is "bos" unaccented, the abbreviation of cerebrospinal fluid; "ab" and "mr".
    "tr": frozenset({"als", "bos", "ab", "mr"}),  # "alsın", "alsa" (let him take, if he took)
    "hu": frozenset({"mr", "tb", "hiv"}),  # "hív" (calls) is "hiv" unaccented
    # Croatian and Slovenian "dna" is "of the bottom" ("do dna"), Slovenian "peg" is "of spots".
    "hr": frozenset({"dna", "mnd"}),
    "sl": frozenset({"dna", "peg"}),
    "et": frozenset({"ema"}),  # Estonian "ema" is the mother, not the European Medicines Agency
    "gl": frozenset({"ela", "peg"}),  # Galician "ela" is "she", as in Portuguese
    "sk": frozenset({"dna"}),  # Slovak "dna" is gout, "do dna" to the bottom
}

# Everyday words that look like an inflected term and are taken only as written: Spanish "cara"
# (face) is not "caro" (expensive), "costa" (coast) is not "costo" (cost), "algo" (something)
# is not "alga" (seaweed).
AS_WRITTEN: dict[str, frozenset[str]] = {
    "fr": frozenset({"rate", "rates"}),  # "raté" (failed) is not "rat"
    "de": frozenset({"armee", "armeen", "westen"}),  # the army is not "Arme" (arms), the west not "Weste" (vest)
    "nl": frozenset({"gele"}),  # "gele" (yellow) is not "gel"
    # "rato" (a while) is not "rata" (rat), "correo" (mail) not "correa", "bando" (side) not "banda",
    # "mango" not "manga".
    # "suena" (it sounds) is not "sueño" (sleep).
    "es": frozenset(
        "algo cara caras costa costas rato ratos correo correos bando bandos mango mangos suena suenan".split()
    ),
    # "pesa" (weighs) is not "pés", "olha" (look!) not "olho" (eye).
    "pt": frozenset({"algo", "cara", "caras", "vendo", "pesa", "pesas", "olha", "olhe", "olhem"}),
    # "testo" (text) is not "testa" (head), "tasso" (rate) not "tassa" (fee), Luca not "luce".
    # "suona" (it plays, it sounds like) is not "suono" (sound).
    "it": frozenset({"funge", "ordinari", "pianti", "pianto", "testo", "testi", "tasso", "tassi", "luca", "lucas",
                       "suona", "suonano"}),
    # Polish "mówi" (says) is not "mowa" (speech), "braci" (brothers) not "brać" (take),
    # "wynika" (it follows) not "wynik" (result), "dany" (given) not "dane" (data), "droga" (road)
    # not "drogi" (expensive), "dziale" (department) not "działa" (works), "kurczę" (gosh) not cramps,
    # "nosi" (wears) not "nos" (nose).
    # Swedish "händer" (happens) is not "hand", "hälsa" (health) not "hals" (throat), "rösta" (vote)
    # not "röst" (voice), "varken" (neither) not "värk" (pain), "sönder" (broken) not "sond", "fast" not
    # "fas", "växte" (grew) not "växt" (plant), "bott" (lived) and "botten" not "bot" (cure).
    # "höstas" (last autumn) is not "hosta" (cough), "dödar" (kills) not "död".
    "sv": frozenset(
        "hande handa hander halsa halsan rosta rostar rostade varken sonder fast vaxte bott botten infor radd radda "
        "dodar hostas".split()
    ),
    # Danish and Norwegian "født" (born) is not "fod", "kræfter" (forces) not "kræft" (cancer), "fordelt"
    # (shared out) not "fordel", "lyst" (wish) not "lys", "bevisst" (aware) not "bevis", "kurs" not "kur".
    # "lyder" (sounds, obeys) is not "lyd" (sound), "høsten" (the autumn) not "hoste" (cough).
    "da": frozenset("fodt kraefter kraefterne fordelt lyst kurs kurser kursen lyder lyde hosten".split()),
    "nb": frozenset("fodt krefter kreftene fordelt lyst bevisst kurs kurser kursen lyder lyde hosten hostens".split()),
    "pl": frozenset(
        "mowi mowie mowia braci bracie wynika dany dana danego danej danym danemu droga drogi droge drodze "
        "drogach ceni dziale dzialy twierdzy glosi kurcze radzie zyli nosi".split()
    ),
    # Czech "činí" (does) is not "Čína", "daří" (thrives) not "dar" (gift), "dáte" (you give) not data,
    # "žili" (they lived) not "žíla" (vein), "hlásí" (reports) not "hlas" (voice), "nosí" (wears) not
    # "nos" (nose), "ústí" (mouth of a river) not "ústa", "pomocí" (by means of) not "pomoc" (help).
    "cs": frozenset("cini cinu dari date zili zila hlasi nosi usti pomoci".split()),
    # Catalan "cara" (face) is not "car" (expensive), "gens" (at all) not "gen".
    "ca": frozenset("cara cares gens".split()),
    # Finnish compounds and words that end in a listed word: "erinomainen" (excellent) is no carer,
    # "yliopisto" (university) no injection ("pistos"), "tietokone" (computer) no information machine,
    # "avioliitto" (marriage) and "Neuvostoliitto" no association, "vertaa" (compares) not "verta"
    # (blood), "uuteen" (into a new) not "uute" (extract), "tietoinen" (aware) not "tieto".
    # "korvata", "korvaa" (replace) are not "korva" (ear).
    "fi": frozenset(
        "korvata korvaa korvaan korvattu "
        "erinomainen erinomaisen erinomaista erinomaisesti erinomaiset erinomaisia yliopisto yliopiston "
        "yliopistossa yliopistosta yliopistolla yliopistoon yliopistot yliopistojen tietokone tietokoneen "
        "tietokoneella tietokoneet tietokonetta tietokoneita avioliitto avioliiton avioliitossa "
        "neuvostoliitto neuvostoliiton neuvostoliitossa vertaa verrata uuteen tietoinen tietoisia "
        "tietoisena tietoisuus virtanen tuonne".split()
    ),
    # Romanian "gata" (ready) is not the throat ("gât").
    # "veni" (to come) is no vein ("venă"), "dați" (give) no data ("date"), a taxi no fee ("taxă").
    "ro": frozenset({"gata", "gati", "veni", "dati", "taxi"}),
    # "fazla" (too much) is no phase ("faz"), "verin" (give) no data ("veri"), "gene" (again) no gene,
    # "doktora" (a PhD) no doctor, "görüşme" (a meeting) no position, "cinsi" (its kind) not China ("Çin").
    "tr": frozenset(
        "fazla fazlasi fazlaca fazladir verin verim gene doktora gorusme tanim tanimi cinsi cinsini cinsinden".split()
    ),
    # Hungarian "bele" (into it) is not the gut ("bél"), "rakja" (puts) not cancer ("rák").
    # "tudom", "tudok" (I know, I can) are not the lungs ("tüdő"), "idegen" (foreign) no nerve,
    # "valamennyi" (all of them) no "how much".
    # "szemben" (opposite), "szemét" (rubbish) are not "szem" (eye), "team" not tea.
    "hu": frozenset(
        "bele rakja rakok tudom tudok tudomra idegen idegenek valamennyi valamennyit valamennyien "
        "valamennyire szemben szembe szemet team".split()
    ),
    # Croatian "nosi" (carries) is not the nose, "boli" (it hurts) is pain all the same; "vena" is a vein but "veni"
    # (to her) no; "ruku" (arm, hand) yes; "sina" (of the son) no "sin" (none listed). "stanica" is also a station.
    # "pomoću" (by means of) is no help, "koristi", "koriste" (uses) no benefit, "kosti" (bones) no cost, "napravi"
    # (makes) no device, "pita" (asks) no drink, "tjedna" (of the week) not weekly, "nose" (they carry) no nose,
    # "skupa" (together) not expensive.
    "hr": frozenset(
        "nosi nosim nose veni glasa glasati kraja pomocu koristi koriste koristiti koristio koristila koristimo "
        "kosti kostima kostiju napravi napraviti napravio napravila napravim pita pitam pitao pitala tjedna "
        "skupa".split()
    ),
    # Slovenian "nosi" (carries) is not the nose, "glasi" (reads, says) not the voice.
    "sl": frozenset({"nosi", "nosim", "glasi", "glasijo"}),
    # Estonian "abil" (by means of) is no help ("abi"), "tasuta" (free) no fee, "veenda" (convince) no vein. Without
    # its õ, "õli" (oil) would be "oli" (was) and "kõht" (belly) "koht" (place): those are not listed.
    "et": frozenset({"abil", "tasuta", "veenda", "veendunud"}),
    # Galician "cara" (face) is not "caro" (expensive), "algo" (something) not "alga", "vendo" (seeing) not "vender".
    # "pela", "pelas" (by the, as Portuguese writes it) are no skin ("pel"), "sido" (been) no AIDS ("sida").
    "gl": frozenset({"cara", "caras", "algo", "vendo", "pela", "pelas", "sido"}),
    # Slovak "nosí" (wears) is not the nose, "pomocou" (by means of) no help, "stojí" (stands) no price, "dokáže",
    # "dokážu" (can do) no proof, "žili" (they lived) no vein; "brať" (take) is "brat" (brother) without its accent,
    # "pôst" (fasting) "post", "dar" (gift) "darí" (thrives): not listed.
    "sk": frozenset({"nosi", "pomocou", "stoji", "dokaze", "dokazu", "dokazal", "dokazala", "zili", "zila"}),
}

# Polish declines nouns and adjectives through seven cases. A table writes the nominative; a
# question's word is tried with each case ending replaced by the nominative ending it can
# come from, whatever the term's gender (accents are gone by then: "tabletką" is "tabletka"):
# nominative ending: the case endings that lead back to it.
_PL_CASES = {
    "a": "i y e ie om ami ach ej ych ymi",  # feminine: tabletki, terapii, chorobie, genowej
    "ka": "ce ek",  # tabletce, tabletek
    "ga": "dze",
    "ra": "rze",
    "ta": "cie",
    "da": "dzie",
    "": "u a owi em iem ie i y e ow om ami ach owie",  # masculine: leku, lekiem, leki, leków
    "t": "cie",  # internecie
    "r": "rze",
    "o": "a u e em iem om ami ach",  # neuter: białka, białkiem
    "ko": "ek",  # białek
    "e": "a u em om ami ach ego emu ym ych ymi",  # badania, klinicznego
    "nie": "n",  # badań
    "um": "a ach ami om ow",  # laboratoria, mitochondriów
    "y": "ego emu ej ym ych ymi a e",  # adjectives: kostnego, prywatnej, genowych
    "i": "iego iemu iej im ich imi ie a",  # polskiego, polskiej, tanie
}

# Swedish, Danish and Norwegian add the article to the noun: a table writes "celle", a question
# "cellen", "celler", "cellerne" (Danish), "cellene" (Norwegian), "cellerna" (Swedish), and the
# genitive "nervecellernes". Adjectives add -t and -e/-a. One stage, each ending back to the bare
# word, with and without a genitive -s; undoubling then gives "sygdommen" → "sygdom".
_SCANDINAVIAN_ENDINGS = tuple(
    (ending + genitive, "")
    for ending in "arna orna erna rna na erne rne ene ne en et er ar or r n t a e".split() + [""]
    for genitive in ("s", "")
    if ending + genitive
)

# Czech declines like Polish: a table writes the nominative, a question's word is tried with each
# case ending replaced by the nominative ending it can come from (accents are gone by then:
# "léčbě" is "lecbe"): nominative ending: the case endings that lead back to it.
_CS_CASES = {
    "a": "y e u ou am ach ami i",  # feminine: tablety, léčbě, léčbu, tabletou
    "ka": "ce ek",  # tabletce, buněk
    "ha": "ze",
    "ra": "re",  # sestře
    "e": "i emi ich im",  # injekci, injekcemi
    "ie": "ii iemi iich",  # terapii, terapiemi
    "": "u a em y um ech ich im emi ovi ove e i ami ach",  # léku, lékem, léky, léků, lékaře; křečím
    "ek": "ku ky kem kum ki",  # účinek: účinku, účinky
    "o": "a u em ech",  # neuter: riziko, rizika
    "um": "a u em",  # centrum
    "y": "a e ou eho emu em ym ych ymi i",  # adjectives: genová, genového, kmenovými
    "i": "iho imu im ich imi",  # soft adjectives and -í nouns: přírodního, léčením
}

# Croatian (Bosnian, Serbian) and Slovenian decline like Czech: a table writes the nominative (masculine for
# adjectives, "genetski"; a feminine phrase as it stands, "matična stanica"), a question's word is tried with each
# case ending replaced by the nominative ending it can come from (accents are gone by then: "liječniku" is
# "lijecniku"). The genitive plural without an ending ("celic", "zdravil") is listed where it matters.
_HR_CASES = {
    "a": "e i u om oj ama ih im ima",  # stanica: stanice, stanici, stanicu, stanicom, stanicama; matičnih, matičnim
    "": "a u om em e i ovi ova ove ovima evi eva eve evima ima",  # lijek: lijeka, lijeku, lijekom, lijekovi
    "e": "a u em ima",  # neuter: liječenje, liječenja, liječenjem
    "o": "a u om ima",  # neuter: mjesto, mjesta, mjestom
    "i": "a e u o og oga om ome oj im ih ima",  # adjectives: genetski, genetska, genetskog, genetskim, genetskih
    "ak": "ka ku kom ci ke",  # fleeting a: dodatak, dodatka, dodaci
}
_SL_CASES = {
    "a": "e i o am ami ah ih im imi",  # celica: celice, celici, celico, celicam, celicami, celicah; matičnih celic
    "": "a u om em i ov ev ih e ema",  # zdravnik: zdravnika, zdravniku, zdravnikom, zdravniki, zdravnikov, zdravnikih
    "o": "a u om i ih",  # neuter: zdravilo, zdravila, zdravilu, zdravilom, zdravili, zdravilih
    "e": "a u em i ih",  # neuter: zdravljenje, zdravljenja, zdravljenju, zdravljenjem
    "i": "a e ega emu em im ih imi o",  # adjectives: genski, genska, genskega, genskemu, genskim, gensko
    "ek": "ka ku kom ki kov",  # fleeting e: izvleček, izvlečka, izvlečki
}

# Slovak declines like Czech, with its own endings (accents are gone by then: "liečbou" is "liecbou"): nominative
# ending: the case endings that lead back to it.
_SK_CASES = {
    "a": "y e u ou am ach ami i",  # tableta: tablety, tablete, tabletu, tabletou, tabletám
    "ka": "ke iek",  # tabletka: tabletke, tabletiek
    "": "a u om e y i ov och ami ovi",  # liek: lieku, liekom, lieky, liekov; lekár: lekára, lekárovi
    "ia": "ie iu iou ii iam iach iami",  # terapia: terapie, terapiu, terapiou
    "ie": "ia iu im i",  # ochorenie: ochorenia, ochoreniu, ochorením
    "o": "a u om e ach ami",  # neuter: riziko, rizika
    "y": "a e u o ou eho emu om ych ym ymi i",  # adjectives: genetický, genetická, genetického, genetickým
    "ok": "ku ky kom koch",  # doplnok: doplnku, doplnky
}

# Latvian declines by the nominative's ending (accents are gone by then: "šūnām" is "sunam"); nominative ending: the
# case endings that lead back to it. Adjectives are listed as the table writes them (masculine "-s", or the definite
# "-ais"/"-ā" of a fixed phrase), and their other genders and cases lead back there.
_LV_CASES = {
    "s": "a am u i iem us os as ai",  # pētījums: pētījuma, pētījumam, pētījumu; drošs: droša, drošas
    "is": "im i a iem us os",  # 2nd declension: skapis, skapim, skapi
    "ais": "a am o ie iem us os ajam ajiem ajos",  # klīniskais: klīniskā, klīniskajam, klīniskie
    "a": "as ai u am o ajai ajam",  # šūna: šūnas, šūnai, šūnu, šūnām; multiplā: multiplo, multiplās
    "e": "es ei i em",  # tablete: tabletes, tabletei, tableti, tabletēm
    "i": "u iem us os",  # plural nouns: krampji, krampju, krampjiem; smiekli: smiekliem
    "as": "u am",  # raudas: raudu, raudām; plaušas: plaušām
    "es": "u em",  # zāles: zāļu, zālēm; smadzenes: smadzeņu
}

# Lithuanian declines by the nominative's ending, as Latvian does (accents gone: "ląstelėmis" is "lastelemis"); adjectives
# are listed masculine ("genetinis", "saugus"), and their feminine forms lead back there too.
_LT_CASES = {
    "as": "o ui a u e ai ams us ais uose",  # vaistas: vaisto, vaistui, vaistą, vaistu, vaiste; vaistai, vaistų
    "is": "io iui i iu yje iai iams ius iais iuose e es ei emis ese",  # genetinis, ligonis; genetinė, genetinės
    "ys": "io iui i iu yje iai iams ius iais iuose ims is imis yse",  # smegenys: smegenų, smegenims; kepenys
    "us": "aus ui u umi uje umis ums uose i ios",  # saugus: saugaus, saugu; saugi, saugios
    "a": "os ai u oje oms as omis ose",  # liga: ligos, ligai, ligą, ligoje; ligų, ligoms, ligas
    "e": "es ei eje iu ems emis ese",  # ląstelė: ląstelės, ląstelei, ląstelę, ląstelėje; ląstelių, ląstelėmis
    "ai": "u ams us ais uose",  # plural nouns: plaučiai, plaučių, plaučiams; milteliai
}

# Greek declines by the nominative's ending (tonos gone and final ς written σ by then: "φαρμάκων" is "φαρμακων");
# nominative ending: the case endings that lead back to it. Adjectives are listed masculine ("γενετικός", "ασφαλής"),
# and their feminine and neuter forms lead back there too.
_EL_CASES = {
    "οσ": "ου ο οι ων ουσ ε η ησ εσ α",  # γιατρός: γιατρού, γιατρό, γιατροί; γενετικός: γενετική, γενετικές, γενετικά
    "ο": "ου α ων",  # φάρμακο: φαρμάκου, φάρμακα, φαρμάκων; γονίδιο: γονίδια
    "ι": "ιου ια ιων",  # χάπι: χαπιού, χάπια, χαπιών
    "α": "ασ εσ ων",  # θεραπεία: θεραπείας, θεραπείες, θεραπειών; κάψουλα: κάψουλες
    "η": "ησ εσ εισ ων εων",  # ένεση: ένεσης, ενέσεις, ενέσεων; βιταμίνη: βιταμίνες
    "μα": "ματοσ ματα ματων",  # αίμα: αίματος; σύμπτωμα: συμπτώματα
    "ησ": "η εσ εισ ων ουσ",  # ασθενής: ασθενή, ασθενείς, ασθενών; ασφαλής: ασφαλές, ασφαλούς
    "ασ": "α εσ ων",  # νευρώνας: νευρώνα, νευρώνες, νευρώνων
}

# Icelandic writes the definite article as an ending after the case ending ("lyfið", "meðferðina", "læknirinn",
# "lyfjunum"); it goes first, then the case ending back to the nominative the table writes (þ ð æ ö are "th", "d", "ae",
# "o" by then, and a vowel the ending changed is not put back: the table lists "töflur" beside "tafla").
_IS_ARTICLE = tuple((ending, "") for ending in "inn nn inum num ins id d inu nu in ina inni innar n na nni nnar nir nna nar".split()) + (
    ("unum", "um"), ("anna", "a"))
_IS_CASES = {
    "ur": "i s ar a um ir t an ri ra u rar",  # sjúkdómur: sjúkdómi, sjúkdóms; öruggur: öruggt, öruggan, öruggri
    "ir": "is i ar a um",  # læknir: læknis, lækni, læknar, lækna, læknum
    "": "s i ar ir a um ja jum u",  # lyf: lyfs, lyfi, lyfja, lyfjum; meðferð: meðferðar, meðferðir
    "a": "u ur um na",  # fruma: frumu, frumur, frumum, frumna
    "i": "a ar um is ja jum",  # vöðvi: vöðva, vöðvar; hylki: hylkis, hylkja
    "ar": "um a",  # sjúkratryggingar: sjúkratryggingum
}
# The bare stem of a "-ur" word (accusative "sjúkdóm", feminine "örugg") is the nominative without its ending.
_IS_BARE_STEMS = tuple((consonant, consonant + "ur") for consonant in "bdfgklmnprstvx")

# Estonian adds case endings to a stem that may differ from the base form. Stages, in order: the clitic "-ki"/"-gi";
# a case ending ("-sse", "-s", "-st", "-le", "-l", "-lt", "-ks", "-ga", "-ta", the partitive "-t", "-id", the plural
# "-d"); the plural genitive "-de"/"-te" ("ravimitega" → "ravimite" → "ravimi"); the stem vowel ("ravimi" →
# "ravim", "geenis" → "geeni" → "geen"); then a doubled last consonant is undoubled ("vedelikku" → "vedelikk" →
# "vedelik"). Compounds ("tüvirakuravi") are listed whole: a split over genitive stems would read everyday words.
_ET_CLITICS = (("ki", ""), ("gi", ""))
_ET_CASES = tuple((ending, "") for ending in "sse s st le l lt ks ni na ta ga t d id sid eid".split())
_ET_PLURALS = (("de", ""), ("te", ""))
_ET_STEMS = tuple((vowel, "") for vowel in "ieua")

# Finnish adds case endings, possessives and clitics to a stem that may differ from the base
# form. Stages, in order: a possessive or clitic ("lääkärini", "onkohan"); a case ending; the stem back to the base form ("turvallise" → "turvallinen", "sairaude" →
# "sairaus", "tablete" → "tableti", "lääkkee" → "lääkke"); consonant gradation, approximated
# on the last syllable ("hoido" → "hoito", "tableti" → "tabletti", "lääkke" → "lääke").
_FI_VOWELS = "aeiouy"  # ä and ö are a and o by then
_FI_CASES = tuple(
    (ending, "")
    for ending in (
        "n a ta tta ssa sta lla lta lle ksi na t en in seen siin hin den tten ja jen ita iden itten "
        "issa ista illa ilta ille iksi ina ihin ine"
    ).split()
) + tuple((vowel * 2 + "n", vowel) for vowel in _FI_VOWELS) + tuple(("h" + vowel + "n", "") for vowel in _FI_VOWELS)
_FI_CLITICS = tuple((ending, "") for ending in "kin kaan ko han ni si nsa mme nne".split())
_FI_STEMS = (
    ("e", "i"), ("ee", "e"), ("se", "nen"), ("s", "nen"), ("si", "nen"), ("ude", "us"), ("ut", "us"),
    ("kse", "s"), ("ks", "s"), ("ksi", "s"), ("ime", "in"),
)
_FI_GRADATION = tuple(
    (weak + vowel, strong + vowel)
    for weak, strong in (("d", "t"), ("t", "tt"), ("k", "kk"), ("p", "pp"), ("v", "p"), ("nn", "nt"),
                         ("ng", "nk"), ("ll", "lt"), ("rr", "rt"), ("mm", "mp"))
    for vowel in _FI_VOWELS
) + (("kke", "ke"), ("tte", "te"), ("ppe", "pe"))

# Catalan: plural -s and -es (with -ca/-ga/-ça/-ja written -ques/-gues/-ces/-ges), -ns of the
# words in -ó ("injeccions"), then the feminine -a ("genètica" → "genètic").
_CA_PLURALS = (("ques", "ca"), ("gues", "ga"), ("ces", "ca"), ("ges", "ja"), ("ns", ""), ("es", "a"), ("es", ""), ("s", ""))

# Romanian adds the article and the case to the noun: a table writes "capsulă", "terapie", "medicament",
# "studiu"; a question "capsulele", "terapiei", "medicamentului", "studiile" (diacritics are gone by then,
# and with them the t/ț and s/ș of the plurals: "experți" is "experti"): base ending: the endings that lead
# back to it.
_RO_CASES = {
    "a": "e ele ei elor i ile ilor ii",  # capsulă: capsule, capsulele, capsulei; pastilă: pastile; clinică: clinici
    "ie": "ia ii iile iei iilor",  # terapie: terapia, terapii, terapiei
    "e": "ea i ile ii ilor",  # durere: durerea, dureri
    "": "ul ului lui le lor e ele elor i ii ilor uri urile urilor a",  # medicament, rinichi, sânge; adjectives
    "u": "ul ului",  # studiu: studiul
    "iu": "ii iile iilor",  # studii
}

# Turkish stacks suffixes on an unchanging stem, vowel harmony choosing a or e, ı i u or ü (ı ü ö are
# i u o by then). Stages, outermost first: the copula or "-ki" ("ilaçtır", "hastanedeki"); a case,
# also after the possessive's "n" ("tedavisinde"); a possessive ("ilacım", "tedavisi", "hücreleri"); the
# plural; a final b, d or g back to the p, t or k it softened from ("böbreği" → "böbrek"; ç and c are one
# letter by then: "ilacı" → "ilaç").
_TR_COPULA = tuple((ending, "") for ending in "dir dur tir tur dirler durlar ki".split())
_TR_CASES = tuple(
    (ending, "")
    for ending in (
        "i u yi yu ni nu a e ya ye na ne da de ta te nda nde dan den tan ten ndan nden in un nin nun "
        "la le yla yle nla nle"
    ).split()
)
_TR_POSSESSIVES = tuple(
    (ending, "") for ending in "i u si su im um in un imiz umuz iniz unuz m n miz muz niz nuz lari leri".split()
)
_TR_PLURALS = (("lar", ""), ("ler", ""))
_TR_SOFTENING = (("b", "p"), ("d", "t"), ("g", "k"))

# Hungarian: a case ending ("-ban", "-nak", "-t", "-val" with its v turned into the last consonant:
# "gyógyszerrel"), then a possessive or the plural ("tablettáit", "sejteket", "neurológusával"). Long á and é
# before a suffix are a and e by then ("tablettát" is "tablettat").
_HU_CASES = tuple(
    (ending, "")
    for ending in (
        "ban ben ba be bol nak nek val vel ra re rol hoz hez tol ig ert kent nal nel on en n t at et ot ul"
    ).split()
) + tuple((consonant * 2 + vowel + "l", consonant) for consonant in "bcdfgjklmnprstz" for vowel in "ae")
_HU_POSSESSIVES = tuple(
    (ending, "") for ending in "a e ja je ai ei jai jei i k ok ek ak m om em am unk uk juk".split()
)

# Inflection a question may add to a table's base form, as (ending, replacement) rewrites.
# A word is tried as written, then with at most one rewrite from each stage, in order
# (plural first, then gender), keeping at least MIN_STEM letters.
ENDINGS: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {
    "es": (
        (("es", ""), ("s", "")),
        (("a", "o"), ("o", "a"), ("a", "")),
    ),
    "pt": (
        (("oes", "ao"), ("aes", "ao"), ("ais", "al"), ("eis", "el"), ("ns", "m"), ("es", ""), ("s", "")),
        (("a", "o"), ("o", "a"), ("a", "")),
    ),
    "it": (
        (("che", "ca"), ("chi", "co"), ("ghe", "ga"), ("ghi", "go"), ("s", "")),
        (("i", "io"), *((old, new) for old in "aeio" for new in "aeio" if old != new)),
    ),
    "fr": (
        (("aux", "al"), ("x", ""), ("s", "")),
        (("euse", "eur"), ("ienne", "ien"), ("enne", "en"), ("elle", "el"), ("ive", "if"), ("e", "")),
    ),
    "de": ((("en", ""), ("n", ""), ("e", ""), ("er", ""), ("es", ""), ("s", ""), ("ern", "")),),
    "nl": ((("en", ""), ("s", ""), ("e", "")),),  # plus undoubling: stamcellen → stamcel
    # One stage: any case ending straight back to the nominative the table writes.
    "pl": (tuple((ending, base) for base, endings in _PL_CASES.items() for ending in endings.split()),),
    **{language: (_SCANDINAVIAN_ENDINGS,) for language in ("sv", "da", "nb")},
    "cs": (tuple((ending, base) for base, endings in _CS_CASES.items() for ending in endings.split()),),
    "ca": (_CA_PLURALS, (("a", ""),)),
    "fi": (_FI_CLITICS, _FI_CASES, _FI_STEMS, _FI_GRADATION),
    "ro": (tuple((ending, base) for base, endings in _RO_CASES.items() for ending in endings.split()),),
    "tr": (_TR_COPULA, _TR_CASES, _TR_POSSESSIVES, _TR_PLURALS, _TR_SOFTENING),
    "hu": (_HU_CASES, _HU_POSSESSIVES),
    "hr": (tuple((ending, base) for base, endings in _HR_CASES.items() for ending in endings.split()),),
    "sl": (tuple((ending, base) for base, endings in _SL_CASES.items() for ending in endings.split()),),
    "et": (_ET_CLITICS, _ET_CASES, _ET_PLURALS, _ET_STEMS),
    "sk": (tuple((ending, base) for base, endings in _SK_CASES.items() for ending in endings.split()),),
    "lv": (tuple((ending, base) for base, endings in _LV_CASES.items() for ending in endings.split()),),
    "lt": (tuple((ending, base) for base, endings in _LT_CASES.items() for ending in endings.split()),),
    "el": (tuple((ending, base) for base, endings in _EL_CASES.items() for ending in endings.split()),),
    "is": (_IS_ARTICLE, (*((ending, base) for base, endings in _IS_CASES.items() for ending in endings.split(" ")),
                         *_IS_BARE_STEMS)),
    # Welsh plurals: "cyffuriau", "triniaethau", "meddygon", "treialon", "celloedd", "tabledi", "gofalwyr".
    "cy": ((("iau", ""), ("au", ""), ("ion", ""), ("on", ""), ("oedd", ""), ("ydd", ""), ("i", ""), ("wyr", "wr")),),
    # Galician: Portuguese-like plurals ("inxeccións", "animais", "riles"), then gender.
    "gl": (
        (("ns", "n"), ("is", "l"), ("es", ""), ("s", "")),
        (("a", "o"), ("o", "a"), ("a", "")),
    ),
}
MIN_STEM = 3
# Welsh mutates a word's first letter after some words: soft ("ei gyffur", "y driniaeth", "ei bigiad", "fy meddyg" →
# "feddyg", "dim lawer", "ei anadl" from "ganadl"), nasal ("fy nghyffur", "fy mhigiad", "fy nhriniaeth"), aspirate
# ("a chyffur", "a phigiad", "a thriniaeth") and h before a vowel ("ei hafu"). Each (mutated start, radical start)
# pair offers the radical form beside the written one; only a listed word is ever matched.
INITIAL_MUTATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "cy": (("ngh", "c"), ("mh", "p"), ("nh", "t"), ("ng", "g"), ("ch", "c"), ("ph", "p"), ("th", "t"), ("dd", "d"),
           ("g", "c"), ("b", "p"), ("d", "t"), ("f", "b"), ("f", "m"), ("l", "ll"), ("r", "rh"), ("m", "b"),
           ("n", "d"), ("h", ""), ("", "g")),
}
UNDOUBLING = frozenset({"nl", "sv", "da", "nb", "et"})

# German, Dutch, Scandinavian, Finnish and Hungarian compounds: linking letters between two stems, and the
# shortest stem ("stamcell|s|behandling", "nervecelle|kraftværk", "vese|károsodás").
COMPOUND_LANGUAGES = frozenset({"de", "nl", "sv", "da", "nb", "fi", "hu"})
LINKS = ("", "s", "es", "n", "en", "e", "er")
# Hungarian joins its stems bare: a link would read "szív|es|en" (gladly) as the heart.
COMPOUND_LINKS = {"hu": ("",)}
MIN_COMPOUND_STEM = 4
MIN_HEAD_AFTER_UNKNOWN = 6  # "Wunderstammzellen": an unlisted first part, then a listed head
MAX_COMPOUND = 60  # longer "words" are noise, not compounds
# Finnish and Hungarian join base forms ("kantasolu|hoito", "hermo|solu", "őssejt|kezelés"): a stem cut
# from a listed word would be a syllable of everyday words ("kiina" → "kiin|nostaa").
BASE_FORM_COMPOUNDS = frozenset({"fi", "hu"})

_TABLES = {"es": _ES, "fr": _FR, "de": _DE, "nl": _NL, "pt": _PT, "it": _IT, "pl": _PL, "sv": _SV, "da": _DA, "nb": _NB,
           "cs": _CS, "ca": _CA, "fi": _FI, "ro": _RO, "tr": _TR, "hu": _HU, "hr": _HR, "sl": _SL,
           "et": _ET, "gl": _GL, "sk": _SK, "lv": _LV, "lt": _LT, "cy": _CY,
           "el": _EL, "is": _IS}


# --- Matching -------------------------------------------------------------------------------


# The letters NFKD leaves whole, folded as lexicon.normalise folds them (Danish "ø" is "o" there too,
# Turkish dotless "ı" is "i", Croatian "đ" is "d").
_FOLD = str.maketrans({"ß": "ss", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                       "ı": "i", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})


def _unaccented(text: str) -> str:
    """NFKD with the combining accents dropped, plus the letters NFKD leaves whole (ß, œ, æ, ø, ł)."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Like lexicon.normalise: accents stripped, lower case, non-alphanumerics → spaces; Greek letters are kept (the
    Greek table's keys), without tonos and with final ς written σ ("θεραπείας" → "θεραπειασ")."""
    return re.sub(r"[^a-z0-9α-ω]+", " ", _unaccented(text).lower().replace("ς", "σ")).strip()


# A word as the tables read it: Latin letters and digits; in Greek also Greek letters (after _unaccented, Α-Ω α-ω and ς).
_WORD = re.compile(r"[A-Za-z0-9]+")
_GREEK_WORD = re.compile(r"[A-Za-z0-9Α-Ωα-ω]+")


def _tokens(text: str, language: str = "") -> list[tuple[str, str]]:
    """(normalised word, word as written) pairs; the written form keeps its capitals. Only a Greek text's Greek letters
    are read: elsewhere a Greek letter ('TNF-α') stays between words as before."""
    if language == "el":
        return [(word.lower().replace("ς", "σ"), word) for word in _GREEK_WORD.findall(_unaccented(text))]
    return [(word.lower(), word) for word in _WORD.findall(_unaccented(text))]


def _parse(table: str) -> dict[str, str]:
    """'English: term, term' lines (a line starting with spaces continues the previous one)."""
    lines: list[str] = []
    for line in table.strip().splitlines():
        if line.startswith(" ") and lines:
            lines[-1] += " " + line.strip()
        elif line.strip():
            lines.append(line.strip())
    glossary: dict[str, str] = {}
    for line in lines:
        english, _, terms = line.partition(":")
        for term in terms.split(","):
            key = normalise(term)
            if not key:
                continue
            if glossary.get(key, english.strip()) != english.strip():
                raise ValueError(f"{key!r} is both {glossary[key]!r} and {english.strip()!r}")
            glossary[key] = english.strip()
    return glossary


GLOSSARY: dict[str, dict[str, str]] = {language: _parse(table) for language, table in _TABLES.items()}


@lru_cache(maxsize=65536)
def _forms(word: str, language: str) -> tuple[str, ...]:
    """The base forms a written word may stand for: itself first, then its de-inflected variants
    (longest first), so that a word listed as written wins over a listed relative."""
    if word in AS_WRITTEN.get(language, ()):
        return (word,)
    forms = {word} | {new + word[len(old):] for old, new in INITIAL_MUTATIONS.get(language, ())
                      if word.startswith(old) and len(word) - len(old) >= MIN_STEM}
    for stage in ENDINGS.get(language, ()):
        for form in list(forms):
            for old, new in stage:
                if form.endswith(old) and len(form) - len(old) >= MIN_STEM:
                    forms.add(form[: -len(old)] + new)
    if language in UNDOUBLING:  # stamcellen → stamcell → stamcel, sygdommen → sygdomm → sygdom
        forms |= {f[:-1] for f in forms if len(f) > MIN_STEM and f[-1] == f[-2] and f[-1] not in "aeiou"}
    if language == "nl":  # a long vowel is written single in an open syllable: infusen → infus → infuus, ogen → oog
        forms |= {f[:-2] + f[-2] + f[-2:] for f in forms if f != word and len(f) >= MIN_STEM
                  and re.fullmatch(r".*[^aeiou][aeou][^aeiouy]", f)}
    return (word, *sorted(forms - {word}, key=lambda form: (-len(form), form)))


def base_forms(word: str, language: str) -> tuple[str, ...]:
    """A written word's possible base forms in a language, itself first ('facebooku' → … 'facebook', Polish)."""
    return _forms(normalise(word), language)


class _Matcher:
    """One language's table as a first-word index of phrases, longest first, plus compound stems."""

    def __init__(self, language: str, table: dict[str, str]) -> None:
        self.language = language
        self.capitals_only = CAPITALS_ONLY.get(language, frozenset())
        self.as_written = AS_WRITTEN.get(language, frozenset())
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, english in table.items():
            words = tuple(key.split())
            self.phrases.setdefault(words[0], []).append((words, english))
        for entries in self.phrases.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self.stems: dict[str, str] = {}
        if language in COMPOUND_LANGUAGES:
            for key, english in table.items():
                if " " in key or key in self.capitals_only:
                    continue
                for form in {key, *_stripped(key, language)}:
                    if len(form) >= MIN_COMPOUND_STEM:
                        self.stems.setdefault(form, english)

    def match_at(self, tokens: list[tuple[str, str]], i: int) -> tuple[int, list[str]]:
        """(words consumed, English terms) for the longest phrase starting at tokens[i]."""
        best: tuple[int, list[str]] = (0, [])
        for first in _forms(tokens[i][0], self.language):
            for words, english in self.phrases.get(first, ()):
                n = len(words)
                if n <= best[0] or i + n > len(tokens):
                    continue
                if len(words) == 1 and words[0] in self.capitals_only and not tokens[i][1].isupper():
                    continue
                if all(words[k] in _forms(tokens[i + k][0], self.language) for k in range(1, n)):
                    best = (n, [english])
        if (not best[0] and self.stems and 2 * MIN_COMPOUND_STEM <= len(tokens[i][0]) <= MAX_COMPOUND
                and tokens[i][0] not in self.as_written):  # nor is an everyday word split ("kræfter|ne")
            parts = self.decompose(tokens[i][0])
            if parts:
                best = (1, parts)
        return best

    def decompose(self, word: str) -> list[str]:
        """Greedy split of a compound into listed stems ('stammzelltherapie' → stem cells, therapy)."""
        parts = self._split(word, 0)
        for start in range(MIN_COMPOUND_STEM, len(word) - MIN_HEAD_AFTER_UNKNOWN + 1):  # unlisted modifier
            if parts:
                break
            parts = self._split(word, start)
            if parts and len(parts[0][0]) < MIN_HEAD_AFTER_UNKNOWN:
                parts = []
        return [english for _, english in parts]

    def _split(self, word: str, start: int) -> list[tuple[str, str]]:
        """(stem, English) pairs covering word[start:], longest stem first, backtracking."""
        endings = {ending for stage in ENDINGS[self.language][:2] for ending, _ in stage}  # Finnish: clitic, case
        links = COMPOUND_LINKS.get(self.language, LINKS)

        @lru_cache(maxsize=None)
        def split(i: int) -> list[tuple[str, str]] | None:
            rest = word[i:]
            if not rest or rest in links or rest in endings:
                return []
            for form in _forms(rest, self.language):  # the head, inflected: ...stamcellen
                if len(form) >= MIN_COMPOUND_STEM and form in self.stems:
                    return [(form, self.stems[form])]
            for j in range(len(word), i + MIN_COMPOUND_STEM - 1, -1):
                stem = word[i:j]
                if stem in self.stems:
                    for link in links:
                        if word.startswith(link, j):
                            tail = split(j + len(link))
                            if tail is not None:
                                return [(stem, self.stems[stem]), *tail]
            return None

        return split(start) or []


def _stripped(word: str, language: str) -> set[str]:
    """A listed word without its own inflection ('stammzelle' → 'stammzell'), for compounds."""
    if language in BASE_FORM_COMPOUNDS:
        return set()
    return {word[: -len(e)] for e, _ in ENDINGS[language][0] if word.endswith(e) and len(word) > len(e) + MIN_STEM}


_MATCHERS = {language: _Matcher(language, table) for language, table in GLOSSARY.items()}


def gloss(text: str, language: str) -> list[str]:
    """English equivalents of the domain terms in a question written in `language` (es, fr, de, nl,
    pt, it, pl, sv, da, nb, cs, ca, fi, ro, tr, hu, hr, sl, et, gl, sk, lv, lt, cy, el, is), longest phrases first, each
    term once, in order of appearance."""
    return glossed(text, language)[0]


def glossed(text: str, language: str) -> tuple[list[str], set[str]]:
    """The English terms of `gloss`, and the question's own (normalised) words they translate."""
    matcher = _MATCHERS.get(language)
    if matcher is None:
        return [], set()
    tokens = _tokens(text, language)
    found: list[str] = []
    sources: set[str] = set()
    i = 0
    while i < len(tokens):
        consumed, english = matcher.match_at(tokens, i)
        for term in english:
            if term not in found:
                found.append(term)
        if english:
            sources.update(word for word, _ in tokens[i:i + consumed])
        i += consumed or 1
    return found, sources
