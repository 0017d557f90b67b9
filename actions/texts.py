"""Every sentence the actions say, in English and in French, by key.

`say(lang, key, **values)` gives the text in the conversation's language. Each English key
has a French one (tests/unit/bot/nlu/test_language.py checks it), so nothing a patient reads is
left in English by mistake; the only English a French conversation gets is content that has
no French version yet (a knowledge answer, a clinic answer), and then the reply says so once
(FALLBACK_NOTE). The French is written for patients in Quebec and in France alike: "vous",
plain words, "puncture sèche" with "dry needling" where it helps.
"""

from typing import Dict

from bot import MODALITY_NAMES

TEXTS: Dict[str, Dict[str, str]] = {
    "en": {
        "disclaimer": (
            "I'm Needle Guide, an automated assistant for {clinic}: I give general information, "
            "not medical advice. To reach a person, call {phone}."
        ),
        "privacy_link": "How we handle your data: {url}",
        "chat_privacy": (
            "About this chat: before anything is saved, personal details such as names, phone "
            "numbers and emails are taken out. Staff at {clinic} read saved chats to see what people "
            "ask and to make the answers better. Chats are deleted after {days} days. To delete this "
            "conversation now, send the single word DELETE."
        ),
        "fallback_note": "This answer is only available in English for now.",
        "clarify": "Happy to explain {what}. Which treatment do you mean?",
        "not_offered": "Please note that {clinic} does not currently offer {modality}.",
        "booking_offer": "For advice about your own situation, you can book an assessment at {url} or call {phone}.",
        "cancel_line": "To change or cancel an appointment, go to {url} or call {phone}.",
        "booking_not_offered": (
            "{clinic} does not currently offer {modality}, but you can book an assessment "
            "to talk about your options."
        ),
        "booking": "You can book an appointment{what} online at {url}, or call us at {phone}.",
        "booking_for": " for {modality}",
        "hours": "Our hours: {hours}.",
        "hours_unknown": "Please call {phone} for our hours.",
        "call_us": "You can call us at {phone}.",
        "clinic_unknown": "The team at {clinic} can tell you about {label}. Call {phone}, or book online at {url}.",
        "location": "{clinic} is at {address}.",
        "location_unknown": "Please call {phone} for directions.",
        "human": "I'm an automated assistant, so for a person please call {clinic} at {phone}.",
        "human_hours": " Someone can answer during opening hours ({hours}).",
        "contact": "You can reach {clinic} at {phone}.",
        "contact_address": " We're at {address}.",
        "goodbye": "Take care! If you'd like to book, visit {url} or call {phone}.",
        "thanks": "You're welcome! Is there anything else you'd like to know?",
        "bot_identity": (
            "I'm Needle Guide, an automated assistant for {clinic}, not a person. I share general "
            "information from published articles about needling treatments. For advice about your "
            "own health, please call {phone}."
        ),
        "greet": (
            "Hi! I can answer questions about acupuncture, dry needling and IMS "
            "(intramuscular stimulation). What would you like to know?"
        ),
        "not_covered_clinic": "The team at {clinic} can help: call {phone} or book at {url}.",
        "not_covered_reaction": (
            "Please tell your practitioner about it: call {clinic} at {phone}. "
            "If it is severe or getting worse, call {emergency} now."
        ),
        "not_covered_ask": (
            "Please ask {who}: they know your health and can advise you. "
            "You can also call {clinic} at {phone}."
        ),
        "not_covered": "I don't have information about {about}, so I can't answer that. {help}",
        "not_covered_plan": (
            "Only that plan or payer can tell you what it pays: please ask them directly. "
            "You can also call {clinic} at {phone}."
        ),
        "no_entry": (
            "I don't have reliable information on {what} for {about}. The team at {clinic} can tell you: "
            "call {phone}."
        ),
        "out_of_scope": (
            "That's outside what I can help with. {can_help} I can't give advice about medication, "
            "diagnose a problem or talk about other treatments: for that, please call {clinic} at {phone}."
        ),
        "unclear": "{problem} You can also call {clinic} at {phone}.",
        "unsure_suggest": "I'm not sure I understood. Did you mean one of these? You can also call {clinic} at {phone}.",
        "unsure": "I'm not sure I understood. {can_help} You can also call {clinic} at {phone}.",
        "can_help": (
            "I can explain acupuncture, dry needling and IMS: what they are, how they differ, "
            "whether they hurt, how long sessions last, safety, who provides them and what the research says."
        ),
        "apology": "Sorry, something went wrong on my side and I can't answer right now. Please call {phone}.",
        "builtin_phone": "the clinic",
        "safety_note": (
            "If you have trouble breathing, chest pain, bleeding that won't stop, or you faint, "
            "call {number} now."
        ),
        "and": " and ",
        "that": "that",
        "unclear_empty": "I didn't catch a question there. What would you like to know?",
        "unclear_no_words": "I can only read words, not pictures or emoji. What would you like to know?",
        "unclear_too_long": (
            "That's a long message! Could you ask me one short question at a time? "
            "For anything about your own situation, the clinic team is happy to help."
        ),
        "unclear_other_language": "Sorry, I can only answer in English or French for now.",
        "unclear_unknown_words": "Sorry, I didn't understand that. Could you put your question another way?",
        # emergencies: the number first and alone
        "emergency_crisis": (
            "Please call or text {crisis} now to talk to someone at the crisis line, any time, "
            "day or night. If you are in immediate danger, call {emergency}."
        ),
        "emergency_not_alone": "You don't have to go through this alone.",
        "emergency_medical": (
            "Call {emergency} now. Trouble breathing, chest pain, bleeding that won't stop "
            "or fainting that doesn't pass needs emergency care right away, so please don't wait "
            "for a chat reply."
        ),
        "emergency_maybe_self_harm": (
            "If you are having thoughts of harming yourself, call or text "
            "{crisis} to talk to someone at the crisis line, any time."
        ),
        "emergency_other_language": "Appelez le {emergency} maintenant : n'attendez pas une réponse ici.",
        "emergency_other_language_crisis": (
            "Appelez ou textez le {crisis} maintenant pour parler à quelqu'un, "
            "jour et nuit. En cas de danger immédiat, appelez le {emergency}."
        ),
        "emergency_other_language_maybe": (
            "Appelez le {emergency} maintenant. Si vous pensez à vous faire du mal, "
            "appelez ou textez le {crisis}, jour et nuit."
        ),
        "emergency_tell_clinic": "When you're safe, let {clinic} know what happened: {phone}.",
        "emergency_tell_the_clinic": "When you're safe, let the clinic know what happened.",
    },
    "fr": {
        "disclaimer": (
            "Je suis Needle Guide, un assistant automatisé de {clinic} : je donne de l'information "
            "générale, pas des conseils médicaux. Pour parler à une personne, appelez le {phone}."
        ),
        "privacy_link": "Comment nous traitons vos données : {url}",
        "chat_privacy": (
            "À propos de cette conversation : avant tout enregistrement, on retire les renseignements "
            "personnels comme les noms, les numéros de téléphone et les courriels. "
            "L'équipe de {clinic} lit les conversations enregistrées pour voir ce que les gens demandent "
            "et améliorer les réponses. Elles sont effacées après {days} jours. Pour effacer cette "
            "conversation maintenant, envoyez seulement le mot EFFACER."
        ),
        "fallback_note": "Cette réponse n'existe qu'en anglais pour l'instant.",
        "clarify": "Avec plaisir, je vous explique {what}. De quel traitement parlez-vous?",
        "not_offered": "À noter : {clinic} n'offre pas {modality} pour le moment.",
        "booking_offer": (
            "Pour un conseil sur votre situation, vous pouvez prendre rendez-vous pour une évaluation "
            "sur {url} ou appeler le {phone}."
        ),
        "cancel_line": "Pour changer ou annuler un rendez-vous, allez sur {url} ou appelez le {phone}.",
        "booking_not_offered": (
            "{clinic} n'offre pas {modality} pour le moment, mais vous pouvez prendre "
            "rendez-vous pour une évaluation et parler de vos options."
        ),
        "booking": "Vous pouvez prendre rendez-vous{what} en ligne sur {url}, ou nous appeler au {phone}.",
        "booking_for": " pour {modality}",
        "hours": "Nos heures d'ouverture : {hours}.",
        "hours_unknown": "Appelez le {phone} pour connaître nos heures d'ouverture.",
        "call_us": "Vous pouvez nous appeler au {phone}.",
        "clinic_unknown": (
            "L'équipe de {clinic} peut vous renseigner sur {label}. Appelez le {phone}, "
            "ou prenez rendez-vous en ligne sur {url}."
        ),
        "location": "{clinic} se trouve au {address}.",
        "location_unknown": "Appelez le {phone} pour savoir comment vous rendre chez nous.",
        "human": "Je suis un assistant automatisé. Pour parler à une personne, appelez {clinic} au {phone}.",
        "human_hours": " Quelqu'un peut vous répondre pendant les heures d'ouverture ({hours}).",
        "contact": "Vous pouvez joindre {clinic} au {phone}.",
        "contact_address": " Nous sommes au {address}.",
        "goodbye": "Prenez soin de vous! Pour prendre rendez-vous, allez sur {url} ou appelez le {phone}.",
        "thanks": "Avec plaisir! Voulez-vous savoir autre chose?",
        "bot_identity": (
            "Je suis Needle Guide, un assistant automatisé de {clinic}, pas une personne. Je donne "
            "de l'information générale tirée d'articles publiés sur les traitements par aiguilles. "
            "Pour un conseil sur votre santé, appelez le {phone}."
        ),
        "greet": (
            "Bonjour! Je réponds aux questions sur l'acupuncture, la puncture sèche (dry needling) et l'IMS "
            "(stimulation intramusculaire). Que voulez-vous savoir?"
        ),
        "not_covered_clinic": "L'équipe de {clinic} peut vous aider : appelez le {phone} ou prenez rendez-vous sur {url}.",
        "not_covered_reaction": (
            "Parlez-en à votre praticien : appelez {clinic} au {phone}. "
            "Si c'est intense ou que ça empire, appelez le {emergency} tout de suite."
        ),
        "not_covered_ask": (
            "Posez la question à {who} : cette personne connaît votre santé et peut vous conseiller. "
            "Vous pouvez aussi appeler {clinic} au {phone}."
        ),
        "not_covered": "Je n'ai pas d'information sur {about}, alors je ne peux pas répondre. {help}",
        "not_covered_plan": (
            "Seul ce régime ou cet assureur peut vous dire ce qu'il rembourse : posez-lui la question "
            "directement. Vous pouvez aussi appeler {clinic} au {phone}."
        ),
        "no_entry": (
            "Je n'ai pas d'information fiable sur {what} pour {about}. L'équipe de {clinic} peut vous "
            "renseigner : appelez le {phone}."
        ),
        "out_of_scope": (
            "Cette question dépasse ce que je peux faire. {can_help} Je ne peux pas donner de conseils "
            "sur les médicaments, poser un diagnostic ou parler d'autres traitements : pour cela, "
            "appelez {clinic} au {phone}."
        ),
        "unclear": "{problem} Vous pouvez aussi appeler {clinic} au {phone}.",
        "unsure_suggest": (
            "Je ne suis pas certain d'avoir compris. Vouliez-vous dire l'une de ces questions? "
            "Vous pouvez aussi appeler {clinic} au {phone}."
        ),
        "unsure": "Je ne suis pas certain d'avoir compris. {can_help} Vous pouvez aussi appeler {clinic} au {phone}.",
        "can_help": (
            "Je peux expliquer l'acupuncture, la puncture sèche et l'IMS : ce que c'est, leurs différences, "
            "si ça fait mal, la durée des séances, la sécurité, qui les offre et ce que dit la recherche."
        ),
        "apology": (
            "Désolé, un problème est survenu de mon côté et je ne peux pas répondre pour l'instant. "
            "Appelez le {phone}."
        ),
        "builtin_phone": "la clinique",
        "safety_note": (
            "Si vous avez du mal à respirer, une douleur à la poitrine, un saignement qui ne s'arrête "
            "pas ou si vous vous évanouissez, appelez le {number} maintenant."
        ),
        "and": " et ",
        "that": "cela",
        "unclear_empty": "Je n'ai pas vu de question. Que voulez-vous savoir?",
        "unclear_no_words": "Je ne lis que des mots, pas les images ni les émojis. Que voulez-vous savoir?",
        "unclear_too_long": (
            "C'est un long message! Pourriez-vous me poser une courte question à la fois? "
            "Pour votre situation personnelle, l'équipe de la clinique est là pour vous aider."
        ),
        "unclear_other_language": "Désolé, je ne peux répondre qu'en français ou en anglais pour l'instant.",
        "unclear_unknown_words": "Désolé, je n'ai pas compris. Pourriez-vous poser votre question autrement?",
        "emergency_crisis": (
            "Appelez ou textez le {crisis} maintenant pour parler à quelqu'un de la ligne de crise, "
            "jour et nuit. En cas de danger immédiat, appelez le {emergency}."
        ),
        "emergency_not_alone": "Vous n'avez pas à traverser ça seul.",
        "emergency_medical": (
            "Appelez le {emergency} maintenant. Avoir du mal à respirer, une douleur à la poitrine, "
            "un saignement qui ne s'arrête pas ou un évanouissement qui ne passe pas demande des "
            "soins d'urgence tout de suite : n'attendez pas une réponse ici."
        ),
        "emergency_maybe_self_harm": (
            "Si vous pensez à vous faire du mal, appelez ou textez le {crisis} pour parler "
            "à quelqu'un de la ligne de crise, jour et nuit."
        ),
        "emergency_other_language": "Call {emergency} now: don't wait for a reply here.",
        "emergency_other_language_crisis": (
            "Call or text {crisis} now to talk to someone, day or night. "
            "If you are in immediate danger, call {emergency}."
        ),
        "emergency_other_language_maybe": (
            "Call {emergency} now. If you are thinking of harming yourself, "
            "call or text {crisis}, day or night."
        ),
        "emergency_tell_clinic": "Quand vous serez en sécurité, dites à {clinic} ce qui s'est passé : {phone}.",
        "emergency_tell_the_clinic": "Quand vous serez en sécurité, dites à la clinique ce qui s'est passé.",
    },
}

MODALITY_NAMES_FR = {
    "acupuncture": "l'acupuncture",
    "dry_needling": "la puncture sèche (dry needling)",
    "ims": "l'IMS",
}
# Buttons: a treatment's name alone, capitalised.
MODALITY_TITLES = {
    "en": {m: n[0].upper() + n[1:] for m, n in MODALITY_NAMES.items()},
    "fr": {"acupuncture": "Acupuncture", "dry_needling": "Puncture sèche (dry needling)", "ims": "IMS"},
}

TOPIC_WORDS = {
    "en": {
        "overview": "what it is",
        "difference": "how they differ",
        "origins": "where it comes from",
        "technique": "how it is done",
        "sensation": "what it feels like",
        "aftercare": "what to expect afterwards",
        "session_length": "how long a session lasts",
        "treatment_course": "how many sessions it takes",
        "practitioners": "who can do it",
        "safety": "how safe it is",
        "evidence": "what the research says",
        "conditions": "what it is used for",
        "needles": "the needles used",
        "insurance": "insurance",
        "choosing": "choosing between them",
    },
    "fr": {
        "overview": "ce que c'est",
        "difference": "leurs différences",
        "origins": "d'où ça vient",
        "technique": "comment ça se fait",
        "sensation": "ce qu'on ressent",
        "aftercare": "à quoi s'attendre après",
        "session_length": "la durée d'une séance",
        "treatment_course": "le nombre de séances",
        "practitioners": "qui peut le faire",
        "safety": "la sécurité",
        "evidence": "ce que dit la recherche",
        "conditions": "ce que ça peut traiter",
        "needles": "les aiguilles utilisées",
        "insurance": "l'assurance",
        "choosing": "comment choisir",
    },
}

ASK_WORDS_FR = {
    "doctor": "votre médecin",
    "doctor_or_midwife": "votre médecin ou votre sage-femme",
    "pharmacist": "un pharmacien",
    "clinic": "l'équipe de la clinique",
    "vet": "un vétérinaire",
    "plan": "le régime ou l'assureur lui-même",
    "doctor_pharmacist_or_clinic": "votre médecin, un pharmacien ou l'équipe de la clinique",
}

CLINIC_TOPIC_LABELS_FR = {
    "cancellation": "l'annulation ou le changement d'un rendez-vous",
    "direct_billing": "la facturation directe à votre assurance",
    "fees": "nos tarifs",
    "referral": "le besoin d'une recommandation médicale",
    "what_to_bring": "quoi apporter ou porter",
    "first_visit": "la première visite ou une consultation gratuite",
    "parking": "le stationnement et comment venir",
    "accessibility": "l'accessibilité",
    "languages": "les langues parlées",
}

# knowledge/not_covered.yml subjects, in French (completes "Je n'ai pas d'information sur ...").
NOT_COVERED_FR = {
    "unanchored": "ce que vous demandez : les documents de la clinique n'en parlent pas",
    "animals": "l'acupuncture ou les aiguilles pour les animaux (chiens, chats, chevaux)",
    "pregnancy": "les aiguilles pendant la grossesse ou pour la fertilité et la FIV",
    "postnatal": "les aiguilles pendant l'allaitement ou dans les semaines après l'accouchement",
    "after_birth": "les aiguilles dans les semaines après l'accouchement",
    "joint_replacement": "les aiguilles près d'une prothèse articulaire",
    "aftercare_actions": (
        "ce que vous pouvez faire ou devez éviter juste avant ou après une séance, comme manger, "
        "la glace ou la chaleur, le sport, le bain ou la baignade, ou un concert ou une course peu après"
    ),
    "blood_thinners": "les aiguilles si vous prenez des anticoagulants ou avez un trouble de la coagulation",
    "medication": "la prise de médicaments ou d'antidouleurs autour d'une séance",
    "other_reactions": (
        "les réactions à une séance autres que la douleur, les bleus ou un saignement, comme "
        "un étourdissement, la nausée, un engourdissement ou une atteinte d'un nerf"
    ),
    "session_faint": "un évanouissement ou un malaise pendant une séance ou à la vue des aiguilles",
    "session_reaction": (
        "les réactions ou incidents pendant une séance dont les fiches ne parlent pas (étourdissement, "
        "pleurs, engourdissement, démangeaisons ou rougeurs, une aiguille tombée, bouger ou rester seul avec les aiguilles)"
    ),
    "telling_doctor": "s'il faut dire à votre médecin, ou déclarer à un examen médical ou sur un formulaire, que vous recevez des aiguilles",
    "everyday_complaints": (
        "les aiguilles contre le décalage horaire, la gueule de bois, le hoquet ou un fort réflexe nauséeux"
    ),
    "condition_details": (
        "ce que veut dire un symptôme ou un résultat de test, ce qui déclenche un problème, "
        "ou quand venir pendant une crise"
    ),
    "notes_for_others": "les mots ou les lettres pour un employeur, une école ou un professeur",
    "diabetic_neuropathy": "les aiguilles pour une atteinte des nerfs due au diabète",
    "needle_incident": "une aiguille qui s'est cassée, coincée ou qui est restée après une séance",
    "metal_allergy": "les aiguilles si vous êtes allergique au nickel, au métal ou au latex",
    "diabetes": "les aiguilles si vous avez le diabète",
    "cancer": "les aiguilles pendant ou après un traitement contre le cancer",
    "implants": "les aiguilles avec un stimulateur cardiaque ou un autre appareil implanté",
    "surgery": "les aiguilles avant ou après une chirurgie",
    "children": "les aiguilles chez les enfants et les adolescents",
    "during_period": "les aiguilles pendant les règles",
    "travel_after": "prendre l'avion ou voyager peu après une séance",
    "named_plan": "ce que rembourse un assureur, une mutuelle ou un régime en particulier",
    "other_payers": "le remboursement par les impôts, l'assurance auto, la CNESST ou un régime public",
    "practitioner_conduct": (
        "ce qu'un praticien doit vous expliquer ou vous faire signer, ou une plainte, une poursuite "
        "ou une contestation de ses honoraires"
    ),
    "care_arrangements": (
        "organiser les soins d'un proche : du répit, une maison de retraite, un praticien au chevet à "
        "l'hôpital ou en soins palliatifs, un chauffeur pour les rendez-vous ou l'aide au proche aidant"
    ),
    "consumer_matters": (
        "juger une clinique à ses avis en ligne ou ses étoiles, payer beaucoup de séances d'avance, "
        "ou des séances payées dans une clinique qui a fermé"
    ),
    "combined_therapies": "recevoir une autre thérapie manuelle (chiro, massage) le même jour que les aiguilles",
    "older_adults": "un âge limite pour les aiguilles chez les personnes âgées",
    "heart_blood_pressure": "les aiguilles avec un problème cardiaque ou de tension artérielle",
    "head_injury": "la récupération après une commotion cérébrale ou un traumatisme crânien",
    "neurological": (
        "les aiguilles pour des problèmes neurologiques comme la récupération après un AVC, la SP, "
        "le Parkinson, la paralysie de Bell ou l'épilepsie"
    ),
    "autoimmune": "les aiguilles avec une polyarthrite rhumatoïde, un lupus ou une autre maladie auto-immune",
    "menopause_hormones": "les aiguilles pour la ménopause, les hormones ou la thyroïde",
    "seasonal_depression": "les aiguilles pour la dépression saisonnière",
    "stones": "les aiguilles pour les calculs aux reins ou à la vésicule biliaire",
    "fresh_injury": "le moment de commencer les aiguilles après une blessure récente ou un accident",
    "mental_health_other": "les aiguilles pour des troubles de santé mentale comme le TSPT, le TDAH ou la bipolarité",
    "injections": "les injections comme la cortisone, le PRP ou le Botox, et leur comparaison avec les aiguilles",
    "devices_and_scans": (
        "les ondes de choc ou les ultrasons, ou un examen comme une échographie, une radiographie ou une IRM, "
        "avant ou avec les aiguilles"
    ),
    "other_therapies": "la comparaison avec le massage, la chiropratique ou d'autres thérapies manuelles",
    "electroacupuncture": "les aiguilles avec stimulation électrique (électroacupuncture)",
    "performance_boost": "les aiguilles pour améliorer les performances (réflexes, concentration, mémoire, vitesse, sport)",
    "needle_depth": "la profondeur, la longueur, le calibre ou la marque des aiguilles, en chiffres",
    "ear_acupuncture": "l'acupuncture de l'oreille (auriculothérapie) et les graines sur l'oreille",
    "other_tcm": "les ventouses, la moxibustion, le gua sha, les plantes et les autres thérapies que les aiguilles",
    "self_treatment": "les aiguilles ou l'acupression que l'on fait soi-même à la maison",
    "cosmetic": "l'acupuncture esthétique ou du visage, les soins de la peau et la perte de cheveux",
    "skin": "les aiguilles sur des tatouages, des perçages, des grains de beauté, des cicatrices ou une peau malade",
    "weight_loss": "les aiguilles pour perdre du poids",
    "other_complaints": "les aiguilles pour un kyste, la fatigue oculaire ou les yeux secs, l'intolérance à la chaleur ou une hernie",
    "activity_change": "changer ou abandonner un instrument, un sport ou un métier à cause de la douleur",
    "session_mood": "l'anxiété, la nervosité ou le moral bas après une séance",
    "unnamed_after_effect": (
        "un effet après une séance dont les fiches ne parlent pas (une boule sous la peau, une autre partie du corps "
        "qui réagit, le pouls senti dans une aiguille, uriner plus souvent)"
    ),
    "drug_test": "l'effet des aiguilles sur un test de dépistage de drogues ou un autre test",
    "bone_healing": "les aiguilles pour aider un os cassé à guérir",
    "bone_disease": "les aiguilles avec l'ostéoporose ou des os minces et fragiles",
    "spine_shape": "redresser une colonne courbée (scoliose) ou changer la forme de la colonne ou des os",
    "unwell": "une séance quand vous êtes malade, par exemple avec un rhume, la grippe, de la fièvre ou la COVID",
    "respiratory_immune": "les aiguilles pour le rhume, la grippe, les sinus, l'asthme ou le système immunitaire",
    "tmj_jaw": "les aiguilles pour la mâchoire (ATM) ou le grincement des dents",
    "plantar_fasciitis": "les aiguilles pour la fasciite plantaire ou la douleur au talon et au pied",
    "carpal_tunnel": "les aiguilles pour le syndrome du canal carpien ou d'autres problèmes de poignet et de main",
    "ear_balance": "les aiguilles pour les acouphènes, le vertige ou les étourdissements",
    "pelvic_health": "les aiguilles pour la santé pelvienne, urinaire ou sexuelle",
    "pain_measurement": "les tests ou appareils qui mesurent l'intensité de la douleur",
    "brain_fog": "les aiguilles pour le brouillard mental, la mémoire ou la concentration",
    "exercise_advice": "les exercices, les étirements ou l'entraînement à faire",
    "diet_and_drink": "quoi manger ou boire, ou les toxines, avant ou après une séance",
    "faith": "ce que votre foi ou vos croyances disent des aiguilles",
    "own_treatment_plan": "s'il faut continuer, changer ou arrêter votre propre traitement",
    "blood_borne_infections": "les aiguilles si vous avez l'hépatite, le VIH ou une autre infection transmise par le sang",
    "blood_clots": "les aiguilles près d'un caillot de sang ou si vous avez eu des caillots",
    "dental": "la douleur aux dents",
    "driving_after": "conduire ou travailler juste après une séance",
    "products": "quel oreiller, matelas, orthèse, soulier ou autre produit acheter",
    "joint_instability": "une articulation qui se déboîte ou qui est instable (luxations, hyperlaxité)",
    "voice": "l'effet des aiguilles dans le cou ou la gorge sur la voix ou les cordes vocales",
    "named_method": "les méthodes ou marques d'aiguilles qui portent un nom et leur comparaison",
    "other_trades": "les commerces ou professionnels d'un autre métier (prothèses auditives, lunettes, pharmacies)",
}
UNKNOWN_SUBJECT_FR = "ce sujet"


def say(lang: str, key: str, **values) -> str:
    """The text for `key` in `lang` (English when the language has none), filled in."""
    table = TEXTS.get(lang) or TEXTS["en"]
    template = table.get(key, TEXTS["en"][key])
    return template.format(**values) if values else template


def modality_name(lang: str, modality: str) -> str:
    return (
        MODALITY_NAMES_FR.get(modality, modality) if lang == "fr" else MODALITY_NAMES.get(modality, modality)
    )


def topic_words(lang: str, topic: str) -> str:
    return TOPIC_WORDS.get(lang, TOPIC_WORDS["en"]).get(topic or "", say(lang, "that"))
