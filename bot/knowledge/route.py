"""Every decision about a reply, in one place: `route(question) -> Decision`.

The actions (actions/respond.py) only read the question from Rasa and render the decision;
`Decision.rule` names the rule below that decided, and goes into the reply contract and
the review log, so staff can see why the assistant answered as it did.

The rules, in the order they are applied (the first that applies decides):
 1. red_flag             an emergency phrase (knowledge/red_flags.yml): the emergency reply.
                         Not when it describes a long-standing condition the patient asks to
                         have treated ("short of breath for a year, could acupuncture help?"):
                         that is answered with the one-line safety note (self-harm never is),
                         even though the phrase set the intent to emergency. So is one told
                         as past ("my face drooped last month, bell's palsy. does acupuncture
                         help?"), or as past and resolved whatever is asked ("chest pain last
                         month, turned out to be reflux, the cardiologist cleared me"): a past
                         time and an all-clear in the story, nothing still going on ("still",
                         "since last night", "again", "now" keep the alarm; "now I'd like to
                         try it" does not). Any past time ("a few years back", "l'été
                         dernier"), any all-clear ("was nothing", "been fine since", "c'était
                         rien"). Nor a faint told at a past session asked whether it will happen
                         again ("i passed out last time, could that happen again?": nothing now,
                         timeline.past_faint_asked_again), nor "want to die" said of needles with
                         a laugh or asked whether it hurts ("needles make me wanna die lol, does
                         it hurt?": a figure of speech). Nor one imagined for later, asking what to do then
                         ("hypothetically, if I felt short of breath tonight after my
                         session, what should I do?"): safety / after-care with the safety
                         note (`hypothetical`), whatever treatment it names; "I have chest pain right now" still alarms
                         (past or now: bot/knowledge/timeline.py; "years ago", "ages ago", "il y a
                         longtemps" are long past with no number too). The phrases themselves
                         leave out a question about a risk ("can IMS cause shortness of breath?"),
                         a faint told long ago ("my mom collapsed years ago, still scared of
                         needles") and chest muscles tight from a workout asked with a price or
                         a treatment ("my pec is tight from bench press, what does needling
                         cost?"); the arm, the jaw, sweating, the breath or "right now" alarm.
                         A scare for the lung or the breath told of someone else or as over,
                         asked how likely it is ("my friend's lung collapsed after acupuncture
                         years ago... how likely is that?"), with no alarm raised, is the safety
                         entry (`risk_of_a_past_scare`), unless the classifier is sure it is
                         out of scope.
                         A message with a red flag never gets a clinic answer (rule 6):
                         the clinic's phone instead, with the safety note.
 1a. erase               a message that is only "delete" / "effacer" (or "delete my conversation"):
                         asks to confirm; "yes" / "oui" next erases the whole conversation
                         (the tracker store does it, bot/privacy/erase.py), "no" keeps it.
 2. input_problem        empty, emoji-only, too long, another language, no known word.
 3. choose_entry         a button the patient pressed: that entry.
 4. classifier_emergency the classifier alone reads an emergency, with confidence of at least
                         EMERGENCY_MIN_CONFIDENCE (chosen from measured precision), in a message
                         that is not a clear clinic question ("missed my appointment, am I
                         charged?", "do you bill Blue Cross direct?"; a story with "stairs" in it
                         and no question is none), nor about mixing herbs
                         or pills with treatment, nor asks whether treatment is safe to
                         have ("is acupuncture ok while breastfeeding?"), nor asks whether a
                         treatment would help ("my IT band hurts after 5k, would dry needling
                         help?", "does it help the swollen ankles I get after long flights?": "it"
                         opening the message is the treatment), nor only tells of tiredness after a session ("why am I so
                         wiped out after acupuncture? slept 3 hours"), nor asks whether needling
                         may still be done with a condition ("can they still needle my calves?"),
                         nor tells of metal from a surgery still in place ("j'ai encore la plaque
                         pis les vis dedans"),
                         nor tells a sign as past and cleared, as rule 1 lets through ("collapsed
                         two years ago, low blood pressure, fine since"),
                         nor asks whether a lingering effect from days ago is normal, or came from
                         the needles, with nothing going on now ("still numb since 3 days ago, is
                         that normal", "numb on and off since tuesday's IMS, is that from the
                         needles?"), nor only asks what a treatment not had yet is ("the physio
                         keeps suggesting IMS. What is it exactly?": the overview), nor asks
                         whether a treatment named is worth it ("read acupuncture doesn't help
                         knees over 50... should i not bother?"), nor asks which product to buy for a pain or
                         whether to go straight back to work after a session,
                         nor is a booking request, an age question ("is 12 too young?"), a pain that
                         keeps someone up, a short follow-up for another body part ("and my lower
                         back from the lathe?"), how the treatment feels or another complaint
                         ("and does it hurt?", "and headaches? I get both") after an answer, or a numbness still there since a past session
                         (written rule 6; spreading, sudden or a whole limb keeps it), nor asks how the
                         treatment feels ("does it hurt? he didn't survive 40 winters to be stuck full of
                         pins"), nor tells an accident as past with when ("he had a fender bender last
                         month"), nor asks whether what someone said of a sign that comes back is right,
                         with no danger word, nor (texting shorthand written out: "last wk",
                         "cmb") asks how many sessions a course takes or a clinic logistics
                         question, or follows up the clinic's own answer, with no danger word
                         (bot/knowledge/emergency_alone.py): the emergency reply. Let through, a
                         question sentence asking plainly how it feels or whether it is safe decides
                         the topic over the weak second guess ("Is it safe? I cannot afford to end up
                         in the ER").
                         Otherwise, or below it, the next likely
                         intent decides, and the reply carries a one-line safety note.
 5. not_covered          a subject the documents do not cover (knowledge/not_covered.yml),
                         anywhere in the message: said plainly, with who can help (not when
                         the question sentences ask only clinic logistics and the subject is
                         told in the sentences around them: "my wrist is in a cast so my
                         partner drives me in. is there parking?"). Never a
                         nearby entry. Unless its `in_story` says otherwise: `when_asked`
                         ones (a past injection, a joint replacement to come, other
                         therapies tried, cupping or herbs offered) told only in the story
                         count when the question names them or points back ("is that ok?",
                         or "is it any good?" with no needling named anywhere),
                         never when it asks whether needling helps the problem told ("GP wants
                         a cortisone jab. would acupuncture sort it instead?") or only about
                         "the needles part", nor, for a procedure told (injections: "after 3
                         epidurals", "mes infiltrations"), when a "this", "that" or "ça" asks
                         about our treatment itself (how it feels, "does it burn like that?", how many sessions or needles,
                         what to know before trying it, what its name means) and nothing of
                         needling around the procedure (safe, wait, after it, instead);
                         `pain_question` ones (post-natal) not, wherever told,
                         when the question asks whether needling helps a musculoskeletal
                         problem ("4 months postpartum, my back is wrecked. does acupuncture
                         help back pain?"), or points back at one told before it or in the turn
                         before ("my knee arthritis is bad" then "could needling help that or am
                         I too old?"; a declined turn keeps the conditions told); `cause` ones (diabetes, a medicine, an operation)
                         not when told only in the story and the question sentence asks
                         whether needling helps, or for the research, for a condition the
                         entries cover ("numb toes from diabetes. could needling help nerve
                         pain like that?"), the story being the complaint's background;
                         but kept when the question asks whether it is too soon ("shoulder
                         surgery 6 weeks ago. can I get needling there yet or is it too soon?"),
                         and a medicine kept when the question asks for needling alongside it
                         ("on sumatriptan for migraines. can acupuncture help them on top of
                         that?", "while on it", "en plus de ça": written rule 7), an operation
                         proposed when it asks for needling in the meantime ("the surgeon wants
                         to operate. could acupuncture help while I wait?", "en attendant").
                         Before this rule, a body part and a complaint in
                         a question asking whether needling helps ("any use for the ache
                         under my kneecap?") name the nearest condition
                         (knowledge/body_words.yml). Subjects by the question's shape:
                         permission for an activity around a session ("can I <X> after / the
                         same night / while the needles are in?"; the dry-needling exercises
                         are answered), or when to come around a shift ("before or after my
                         night shift?") or whether to shave first, asked of someone else too ("can
                         she swim the same day as her acupuncture?", "on session days"), or a flight
                         or a trip soon after (driving a vehicle named right after: "conduire le camion de
                         déneigement tout de suite après les aiguilles?"); an activity taken up again after
                         a broken bone ("cast comes off next week. when can I start ... again?"); a shot
                         weighed against needling, the shoulder named or not ("should I do that or dry
                         needling instead?", "which one works better?", "as good as a shot?"); which chair
                         or stool is best for a job (session 24); whether a piece of gear helps when no needling is
                         asked about ("do compression socks help?"), and by its shape any thing to
                         buy, recommended, kinder to a body part or worth it ("which stool is easier
                         on your back?", "où acheter un repose-pieds ?"); a coach or tradesperson to
                         recommend; a job or shift changed to spare the body; declaring needling on
                         a medical for a licence or a job; another therapy compared with needling or chosen
                         against it in the question ("would a massage do the same as dry
                         needling?"; not how it feels, nor whether needling helps); a payer
                         other than a health plan (tax, car insurance, workers' compensation,
                         a government plan, a public scheme named: "la CSPAAT va-tu payer?",
                         "l'assurance-emploi paye-tu la physio?", "France Travail rembourse ?")
                         unless asked to bill it directly; what one named insurer, mutuelle or
                         savings account pays ("does Blue Cross cover IMS?", a plan being left
                         or kept some months after a job: "will my old insurer still pay after
                         I've left?": only that plan can say; the reply says so). A caregiver
                         asking about their own stress or sleep is answered whatever illness
                         the person they care for has; so is anyone asking whether needling
                         helps their own pain when the illness told is someone else's ("since
                         his stroke, lifting him has wrecked my back"), or their own stress or
                         sleep told as theirs ("can acupuncture help stress? my dad had a heart
                         attack and since then I'm stressed": `_own_stress_question`). A symptom the entries name, caused by
                         an illness they don't ("nausea from chemo", the subject's
                         `symptoms_answered`), is answered, unless the message asks about the
                         illness itself ("is it safe during chemo?"); the gut of a bowel
                         disease is the illness itself ("fix my gut, I have crohns"), unless
                         a separate complaint is named ("not Crohn's, it's IBS"). A subject told only in
                         the story as past and over ("broke my wrist 2 yrs ago, all healed now",
                         "ma soeur a fait un AVC il y a 5 ans, elle va bien maintenant") before a
                         question that names none and points at nothing told is background
                         (timeline.told_as_over), unless the patient asks whether they may have
                         it after their own ("fully recovered. is acupuncture safe?"); so is a
                         payer told only in the story before a question with no paying in it
                         ("on the NHS list for my knee. what happens in a session?"); online
                         reviews or ratings told in a story sentence, not asked about, are
                         background too ("is there parking? every google review complains about
                         it": `_without_reviews_told_in_the_story`), and so is someone else's
                         illness told as over before "is it actually safe?" (here and in rule
                         13), or before how common its side effects are or whether it hurts
                         ("ma cousine a fait un malaise pendant une séance l'an dernier, elle va
                         très bien. Les effets secondaires graves c'est fréquent?"), one sentence
                         read as story and question at its last ", but" / ", mais"; so is
                         someone else's illness told three years back or more and as over before
                         whether needling is safe "for him" / "for someone like her" naming no
                         illness ("dad had a stroke 4 years ago, recovered. is acupuncture safe for
                         him?": `_SAFE_FOR_THE_ONE_TOLD`; not a heart that stopped); so is an
                         illness still present told only outside the sentences that ask ("I have
                         MS and my calves are tight. could needling help the tightness?", "are the
                         needles single use? my immune system is weak"), unless the question asks
                         whether needling is safe or allowed, points at it ("for me", "given
                         that"), or asks whether needling helps with no muscle or joint complaint
                         of its own, or nerve pain, or the joint pain of an illness of the joints
                         (`_without_illness_in_the_story`; cancer with its treatment going on stays
                         declined), or asks to keep it from coming back ("passed a kidney stone in
                         the spring. can acupuncture stop me getting more?": `_KEEP_IT_FROM_COMING_BACK`,
                         not with a complaint or a number of sessions of its own); rule 13 reads
                         an old faint told so the same way. Any other subject told only in an
                         aside, beside a question about needling that neither names it nor
                         points back at it, is background too (`_without_subject_in_an_aside`):
                         someone else's (a sister's menopause, the grandkids minded, a stranger's
                         defibrillator) when the question is the patient's own or asks no help;
                         the patient's own mood or mind, menopause, weight, voice job or drive
                         home when the question asks neither whether needling is safe nor whether
                         it helps anything but a muscle or joint complaint it names ("does it
                         hurt? I'm autistic", "knees ached since menopause. can acupuncture help
                         knee pain"); an operation or a new joint, the patient's own or someone
                         else's, told as the story's past or a reason ("does it hurt? after my knee
                         op I can't take more pain"), unless the question asks whether needling is
                         safe, when to start, or about needling near a scar, staples or metal;
                         a health word told only in that operation's sentence is not rule 13's. A pregnancy, a medicine, a child's age or a session's
                         reaction of the patient's own count wherever told. A named one-area
                         musculoskeletal diagnosis (carpal tunnel, gout in a toe, TMJ, plantar
                         fasciitis: knowledge/body_words.yml `diagnoses`) is no subject at all.
                         A reaction or event at a session that no entry names (crying, feeling
                         faint or dizzy, tiredness or feeling wiped out afterwards, a tingle that
                         lasts, itching or a rash at the needle spots, a needle that fell out,
                         moving or being left alone with the needles in) is a subject
                         (`session_reaction`, `session_faint`: written rule 6; dizziness or the
                         room spinning on getting up after the needles, however short, when asked
                         about: "got a bit dizzy for a few seconds sitting up off the table. normal?",
                         session 24); the ones the
                         entries name (soreness, bruising, a drop of blood, feeling relaxed or
                         dozing off, the twitch) keep the message answered from them. Things
                         used with needling that no entry names (a numbing cream, a heat lamp)
                         are `other_tcm`. An illness word typed with one slip ("high blood
                         presure", "a stoke") is read as meant for this rule and rule 13
                         (bot/knowledge/typos.py). The patient's own job ("I'm a dentist",
                         "dental hygienist, neck tight", "je suis sage-femme") names no
                         subject, here or in rule 13 (bot/knowledge/occupations.py); an
                         animal's complaint asked about with needling is for a vet. A short
                         follow-up on the marks of what the last reply declined ("les
                         ventouses font mal?" then "et les marques violettes, c'est grave?")
                         stays that subject unless it names a treatment of ours
                         (`previous_subject`, from the last reply's contract); so does "do you
                         guys do it?" after it. The patient's own work told as such ("I tattoo
                         for a living", "après 8h de tatouage", "I do 8 massages a day") is no
                         tattoo on the skin nor a massage had; someone else's faint somewhere
                         else, or a faint as a figure of speech for a price, is no session faint;
                         someone else's faint at a session told as over, before "is it safe?" in
                         general, is the safety entry; a child who only says something ("ma fille
                         dit que...") is no child to treat; the cold acting on joints is weather;
                         a tingle is a session's reaction only with a session told as had.
                         The patient's life told in a story sentence (hearing aids or lip-reading,
                         an adult relative's autism told with an age, a doctor's "lose weight" or
                         "drink more water", skipping lunch, flying out for work) is no subject
                         asked (`_without_life_told_in_the_story`; an ear complaint named keeps
                         it), nor is a trade or workplace (a dental lab, a cold store, a
                         kinesiology class) or the clients one cares for (occupations.py).
                         Feeling anxious or on edge after a session (`session_mood`), a
                         drug test, a broken bone mending, a supplement or sleep aid taken
                         with treatment, too drowsy to drive: subjects too. So is what to do
                         or avoid just before a session (a coffee, brushing the tongue, a session
                         the day before a concert: `aftercare_actions`, written rule 9). An
                         after-effect in a follow-up that points back ("numb since, is that
                         normal?") counts the conversation's session (bot/knowledge/session_talk.py).
                         Why an acupuncturist looked at the tongue, took the pulse or asked about
                         sleep and digestion, or whether that was normal, is the whole-person entry
                         (written rule 8; a wrist that hurts is no pulse taken); what a
                         reading means stays `other_tcm`; a needle put in the wrist is no pulse
                         taken there (rule 9's technique). A needle compared
                         with a flu shot's or a blood test's names no health word of its own.
                         (A request to cancel is still a cancellation, but a medicine that may
                         "cancel out" treatment is no cancelled visit; a
                         logistics question with the subject only in the story around it
                         is a logistics question: "is the building step free? I'm on
                         crutches after surgery". "What is
                         it?" after another therapy told in the story ("wants to add cupping
                         next time. what is it?") asks about that therapy: declined.)
                         Before this rule, a permit of any kind to get ("a busking permit downtown?"; not a
                         parking one), a loan on a pawned thing ("combien on me prêterait au Crédit
                         municipal?") or something reported to a public authority ("report a near miss to
                         the DOT"; a practitioner to their college stays `practitioner_conduct`) is out of
                         scope (`everyday.PAPERS_AND_BANK`, `everyday.OTHER_ADVISERS`, session 24).
                         Whether to get a lawyer, which glasses to buy, how to
                         apply for a visa or get a power of attorney ("comment obtenir une
                         procuration?"; one held, told beside a booking, stays the booking), renew
                         a work permit or apply for jobless benefits ("how do I apply for EI? my
                         record of employment hasn't come") is out of scope (`everyday.OTHER_ADVISERS`,
                         `everyday.PAPERS_AND_BANK`); a note for a boss or a teacher is a
                         subject (`notes_for_others`), proof of a visit stays the front desk's,
                         and so does whether the clinic's physio writes one ("can the physio
                         write a note for my employer?"). Shock-wave or ultrasound therapy, or a
                         scan asked for before needling ("faut-il passer une échographie
                         avant?"), is `devices_and_scans`; a public plan named by its name or
                         kind (Alberta Health Care, a provincial plan, the IVAC) is another payer.
                         So are a plan by any name ("does the PSHCP cover it?", one held through a
                         school or a spouse, a disability or travel insurer, a named insurer asked
                         whether it will cut what it pays), an accident scheme's forms and approvals
                         (an OCF form, no-fault benefits, "how do I get more visits approved?") and
                         which insurance to take out; so are an employer's plan by its name, a
                         federal employees' plan or the SUVA ("does Amtrak's health plan pay?",
                         FEHB), and a tax deduction or credit by its office or form, or a business
                         expense ("claim it as a medical expense with CRA", "deductible on schedule
                         A", "déduire dans ma déclaration de revenus": session 23); blue-light
                         glasses are a shop's (`everyday.OTHER_ADVISERS`), even asked whether we
                         sell them; safety asked with the claim only told ("is it
                         safe? my claim covers some visits") is the safety entry.
                         Complaining about another practitioner to the body that licenses them, where
                         or by when ("is it too late to report her to the college?", "porter plainte à
                         l'Ordre"), suing or compensation for an injury, disputing their fees somewhere,
                         a consent form, being told to undress: `practitioner_conduct`; online reviews
                         and star ratings, prepaying many sessions, sessions paid for at a clinic that
                         closed: `consumer_matters`. A complaint about this clinic's own staff ("je veux
                         me plaindre d'une de vos physios, à qui je parle?") is the front desk's (rule
                         6's contact hand-off), never small talk. A `when_asked` subject named in a
                         question sentence is asked, whatever is told after it ("is cupping worth it?
                         my old clinic left circles on my back"); "how do I stop it happening again?"
                         points back at what was told. A question opening on whether the needles
                         are new, clean or single use, its reason told after it ("i work with
                         animals... paranoid about infections"), has no subject found only by
                         reading the two as one (`_without_subject_joined_across_a_hygiene_question`);
                         asked so with germs told, the sterile needles answer it (safety). A fright
                         at a bill told as a heart attack ("j'ai cru faire une crise cardiaque en
                         voyant la facture") is no heart condition; stimulator trials told as done
                         are no implant; a child laughed at, asleep or in a baby carrier is no
                         health word (bystanders.py).
 6. clinic_answer        a logistics question only the clinic can answer (fees, billing,
                         referral, what to wear, cancelling, first visit, parking, access,
                         languages): the clinic's own answer from clinic.yml `answers:`;
    clinic_unknown       the same question when the clinic wrote no answer: its phone.
                         The topic comes from the question; the story only when the question
                         asks nothing of its own and is no request to book or for a person.
                         A patient asking who to talk to ("a charge I don't recognise on my
                         bill, who do I talk to?"), or for something only the front desk
                         handles (a gift card, a discount code, the booking page failing,
                         bringing someone along, even worded as what to bring: "can I bring
                         my 6 month old?"), gets the contact hand-off (rule 8) first; so do,
                         when no topic is asked, how to pay (a card, cash, when), a receipt
                         with particular details or a lost one sent again, a reminder, arriving
                         late, a woman or a man to treat: money words alone are no fees
                         question. So does paperwork no answer covers: a note or letter for work
                         or school, something added to or changed in the intake form or file,
                         whether treatment records are kept from an employer, a form to sign for
                         an insurer, whether the clinic takes car-accident or work-injury claims
                         (what such a payer pays stays rule 5). Whether two treatments differ,
                         money only the suspected motive ("or just a fancier name to charge
                         more?"), is no fees question: difference. Someone brought to the patient's own visit ("bring my 2
                         year old to my appt") is no question about needling children; moving
                         a visit named by its day or time ("my thursday 4pm") is cancelling. Cancelling stays a
                         cancellation, a fee in a message about cancelling too, and so does a
                         charge for not turning up ("will I be charged if I don't show up?").
                         A request to move a visit gets the clinic's cancellation answer,
                         which carries the notice it needs, the booking link and the phone
                         (rubric: [clinic, booking]). A text or call about a visit never
                         booked, and a reduced rate for people short of money (sliding
                         scale, low income; no price asked),
                         go to the front desk. With the first question unsure and naming
                         nothing, a clinic question asked after it decides ("paid 35
                         elsewhere, is that normal? what do you charge"). Special arrangements
                         no answer covers (hours reserved for people at risk, the same physio
                         every visit) go to the front desk, an illness told as whom the hours
                         are for included. Whether plans cover a treatment at all, asked of no
                         clinic, is the insurance entry (written rule 5), not direct billing.
                         A question pointing back at a paper told in the story ("...wrote me a
                         referral. do I bring it or do you not need one?") takes the story's topic;
                         so does getting in with a thing told ("uses a wheelchair. Can she get into
                         the room in it?"). Stairs told only as where a pain shows, the message
                         asking whether needling helps ("knee still sore on stairs. can needling
                         help?"), are no access question. Kept away by the weather, a charge asked
                         ("roads closed by a storm and I can't get in, still charged?"), is the
                         cancellation policy (the clinic closing stays the front desk's).
                         What happens at the first visit, asked with its forms or its length
                         beside it ("first time getting acupuncture, what happens at the first
                         appointment? do i fill out forms"), is the first visit, a treatment named
                         or not (what a treatment's session is like, alone, stays its entries);
                         so is whether the first day treats or only talks ("do i get needled that
                         first day or is it all talking": `FIRST_DAY_TREATED_OR_TALK`).
                         The clinic's supplies asked for an allergy (latex gloves, scented oils,
                         sheets washed in scented soap) go to the front desk, even with an allergy
                         subject named. Needling kept up to stay well ("a monthly tune up?") is a
                         course of treatment, not a booking, unless it asks to book; so is the
                         home exercise on top of the needling ("do I really need both?"), the
                         classifier unsure.
                         A refund for a visit, the file sent on to another practitioner, a tip,
                         sessions at a workplace, someone staying in the room during another's
                         treatment: the front desk.
                         A discount for a group (seniors, students, a club, a team, a company's
                         staff; no price asked), the booking
                         page stuck or freezing (asked, not told before a booking), a service
                         animal: the front desk; a guide dog (or a white cane), a table that
                         lowers or help to transfer onto it: the access answer. Something sold
                         at the clinic ("do you sell ear seeds at the front desk?", "vendez-vous
                         des attelles?"), the room and its senses (shared or private, quiet, dim
                         lights, the music down), the forms in large print or for a screen
                         reader, the clinic's fax number: the front desk, whatever subject the
                         thing sold names or the story tells (not someone else selling, nor
                         getting a guide dog), unless a remedy is asked for a complaint ("do
                         you sell chinese herbs for inflammation?", "liniment for bruises?":
                         the remedy's decline). A visit moved with its reason told after it
                         ("move Friday's appointment, mum's in hospital", "can we switch it to
                         monday? snowed in") is cancelling, whatever the reason names; direct
                         billing names any plan ("my teachers' union benefits"), the bill sent
                         straight to it so as not to front it ("can you send it straight to my
                         plan so I don't have to front it?"), and a plan asked to be billed
                         directly is never what that plan pays (`BILLED_DIRECT`). After the clinic's direct-billing answer, another
                         plan named ("what about Sun Life?") is still direct billing; after the
                         first visit or what to bring, "how long will it be?" is the first visit,
                         and so is the time to book off work for it ("how long should I book off
                         work for the first appointment?").
                         A change on the clinic's side (the practitioner sick or away that day, the
                         clinic closed for snow or a holiday, "do you call me?"), a waitlist, a
                         chaperone, a woman or a man to treat: the front desk, even beside cancelling.
                         Someone to interpret, or weak English told, is languages; the forms in
                         another language ("les formulaires en arabe ?") are the front desk's. So
                         is any means of payment ("chèques vacances", PayPal, "en espèces"), and a
                         sick note or a note for work about a visit told ("a sick note for my
                         supervisor? I missed a shift after my session"); with no visit told it
                         stays `notes_for_others`. The clinic asked to claim from the plan itself,
                         or at the desk ("can you claim straight from my health fund at the
                         desk?"), is direct billing.
                         Arriving late with a charge asked ("10 min late, am I billed?") is
                         cancellation; late with none asked stays the front desk. The assistant asked
                         to write a note about no visit ("write my boss a note") is out of scope.
                         Read by what is asked, not a word told beside it (session 17): a price
                         told only as a limit or a comparison ("can only afford it every couple of
                         weeks, how many sessions?", "half the price, is it the same thing?") leaves
                         the fees to the classifier's guess, while a price asked outright ("how much",
                         "a price difference") stays the fees; "late back to work" is no late
                         arrival; a visit moved by its treatment ("move mum's Friday acupuncture")
                         or missed ill on the day with the charge asked is cancellation; the clinic
                         upstairs, or getting in on crutches, is accessibility; help asked in a
                         language told in the story is languages; a lawyer's or insurer's letter
                         or report, offered or asked for, is the front desk's paperwork.
                         Money or a means of paying told only outside the sentences that ask,
                         the classifier sure of a topic of the documents ("does it hurt? don't want
                         to be stuck with a package I already paid for", "does needling help tennis
                         elbow? odd jobs for cash"), is story: no fees, no front desk
                         (`_money_only_told`, session 21). A discount for "people who are
                         unemployed" or out of work is a group's rate: the front desk.
                         So is a discount for any people named ("volunteer officials":
                         `OTHER_GROUP_RATE`; not for paying cash or a package), and one another
                         business gives asked of us ("the dentist gives us a discount. do you have
                         one too?": `DISCOUNT_TOO`, the business told only story). A fee "if I don't
                         show" is cancellation; "bill Great-West direct" is direct billing. A move
                         told and only the new time asked ("Possible la semaine d'après ?",
                         `_ANOTHER_TIME_ASKED`) is cancellation (written rule 11); regular visits
                         "just to keep going", a topic guessed unsure, are the course of treatment
                         (`STAY_WELL`); "can my husband get an appointment?" is a booking (session 23).
                         A relative's visit missed, the charge asked ("if dad misses his
                         appointment because the bus is late is he still charged"), is cancellation;
                         someone asked to come in with the patient, a weak language told ("my english
                         is not very good... he can come inside with me?"), is languages; steps at the
                         door, or the way in asked with an injury told and no treatment named ("on
                         crutches after a stress fracture, is there an elevator?"), is accessibility
                         (`_getting_in_asked`, session 21).
                         A receipt asked of the clinic in the question ("can i get a receipt with my
                         name on it for the church treasurer", "vous me faites un reçu pour les
                         impôts?") is the front desk's whoever it is for, no subject and no billing
                         topic from the story's claim (`RECEIPT_ASKED`); so are feedback or a
                         complaint about one's own visit, a free consult or trial visit, and the
                         clinic asked to come out to a workplace or a farm (session 23).
                         A charge for a visit missed by any name ("a fee for missing an
                         appointment?", "I miss my slot, do you charge?") is cancellation; paying in
                         parts ("half today and the rest next payday") is the front desk's;
                         "où est-ce que je me stationne ?" is parking; a price told in the story
                         with only its size asked again ("is it really that much every single
                         time?", `_PRICE_SIZE_ASKED`) is fees; a price for mending goods ("how much
                         to resole work boots?") is none of our fees; a work truck or a ute parked
                         is parking, and a heart attack "had" at a price seen is a fright, no heart
                         subject (knowledge/not_covered.yml; session 24).
 7. smalltalk            hello, thanks, goodbye, "are you a bot?". Small talk about an everyday
                         subject (weather, a restaurant or a place to eat, a film) with no treatment, needles,
                         condition or complaint in it is out of scope (rule 12), in French as
                         in English ("un bon resto près de la clinique?"; needles told only as
                         when it falls ask nothing: "a bakery near you? always hungry after the
                         needles"). A fear of needles
                         with a request for tips, read as a hand-off, is answered from
                         sensation. Then, before the hand-offs: a sceptic's question (placebo,
                         sham, "do I have to believe in it?", woo) is answered from evidence;
                         who may give it, how to check a practitioner is registered ("ok but
                         who's allowed to do it here?", "how can i chek they're licenced",
                         even read as a hand-off) or legit, tell a good one from a bad one or
                         find one to trust, whether one has the right or is recognised ("le
                         kiné a-t-il le droit?", "y a-tu un ordre?"), from practitioners (a
                         cash payment told of someone else is no front-desk question), for the
                         conversation's treatment; "ok and does it hurt more than X?" keeps
                         the conversation's treatment beside X.
 8. handoff              booking, phone, hours, address, a person. A booking link names a
                         treatment only when this message asked for it. Someone booked for a
                         treatment or two people at once ("can i book my wife for dry needling",
                         "book me and my wife back to back"), appointments asked for ("can I get
                         appointments for me and my husband?"), are bookings, weak English told
                         only as why someone comes along included. Asking how to book
                         ("I'd like to try IMS. How do I make an appointment?") is a booking,
                         the booking word typed with a slip too ("an appointmant for my
                         husband": `_BOOKING_WORD_SLIP`),
                         whatever the classifier made of the story ("before I book, ..." is
                         only a preface: the question after it decides). So is a request
                         for a slot, a day or a time of day ("can i get in thurs after 5?",
                         "sign me up, mornings work best", "any openings friday?", "can i get
                         in with your IMS physio?", "fit me in this week", "anything open this
                         week with the acupuncturist?", "des disponibilités?"), or to be seen
                         by a kind of practitioner ("need to see someone who does IMS asap"; who
                         gives it, asked, stays practitioners), or asks to book and then says when,
                         how soon ("asap") or with whom ("want to book IMS. any weekday after 3:30 works", "can I book
                         with a female physio?": the booking, not only the front desk); a misspelt
                         treatment or "after 5" in it never makes it about after a session.
                         Something asked for at a time of day, no day named and no booking verb
                         ("do you have anything at 6am?", "une place vers 20 h ?"), is the hours
                         when that time is outside the clinic's opening hours (clinic.yml `hours`,
                         bot/knowledge/clock.py), and a booking inside them. Appointments asked
                         about at hours or on days in general, no booking asked ("do you have
                         appointments after 6?", "...tuesday or thursday afternoons"), are the hours
                         (APPOINTMENTS_AT_HOURS); coming in wished for on days told ("I'd like to come
                         in twice, say monday and thursday, is that doable?") is a booking
                         (COMING_IN_WISHED). Coming in after
                         something ("are you open late? could I come after?") is no activity
                         after a session.
                         A message opening on "open" and a time, no place named ("open late? we
                         wrap at 8", "ouvert le soir ?"), is the hours (OPEN_WITHOUT_SUBJECT).
                         Also when the
                         classifier fell back only because it hesitated between two hand-offs
                         ("can I just call someone?": a person or the phone). Not advice
                         asked about a body complaint ("desk job, shoulder sore for months.
                         what do you recommend?"): rule 10; nor another place's opening
                         hours ("when does the farmers market open?"): out of scope; nor a
                         question about another town, one's own practitioner elsewhere, clinics
                         phoned around or a company's claim read as location or contact
                         (`_handoff_about_elsewhere`): declined when nothing about needling is
                         asked, how that practitioner was trained is the practitioners entry,
                         what to ask around is choosing. Whether this chat is kept or read is
                         out of scope, told as `chat_privacy`: how this assistant keeps the
                         conversation and how to erase it. A visit asked for in so many words ("book me an IMS
                         session friday", "je voudrais un rendez-vous, mais pas avec...") is a
                         booking whatever wish follows it; "do I need an appointment every
                         week?" asks how often.
                         A fear of needles with "could someone like me do this?" is answered
                         from sensation; needle hygiene ("do you wash your hands, are the
                         needles new every time?") from safety; a hand-off guessed with
                         confidence under UNSURE_HANDOFF never overrides a question whether
                         needling helps a condition told ("my mum is 81 with hip arthritis...
                         would acupuncture ease the pain?"): rule 9. Nor does a booking guess
                         for whether needling is worth trying for a problem told ("shin splints
                         again. worth trying dry needling for them?"): rule 9; asking to book
                         stays a booking. A short unsure
                         follow-up on needle hygiene after talk of the needles ("are they
                         reused?") is answered from safety.
 9. condition_question   a treatment and a condition named together in the question ("IMS for
                         sciatica?") is about the research for that condition, whatever else
                         the classifier guessed (out of scope, unsure); also when the question
                         asks whether needling helps without naming what ("is dry needling used
                         for that?") and the condition is in the story. Not when it asks whether
                         the treatment causes the condition ("can acupuncture set off a
                         migraine?"): that is a side effect, answered from safety; nor when
                         the patient felt worse after a session ("had acupuncture for my back
                         yesterday and today it's worse"): that is about afterwards; nor why a
                         needle went where it did ("put a needle in my wrist. why the wrist when
                         my neck hurts?", "il a piqué mes mains, pourquoi?"): technique, also when
                         the classifier was unsure; nor breathing asked as a risk of needling the
                         chest or back ("could that mess with my breathing?"): safety; nor
                         a choice asked between two treatments named ("acupuncture or dry
                         needling for a desk job neck? which one would you pick", "would dry
                         needling help it or is acupuncture better for that?"): choosing
                         (`_choice_between_named`).
10. personal_advice      "my shoulder has been sore for months, what do you recommend?", "knee
                         arthritis. does needling do anything for that?": what the documents
                         say about needling for that problem, and an offer to book an
                         assessment, whichever hand-off the classifier guessed from the
                         short question. Named musculoskeletal diagnoses (plantar fasciitis,
                         jaw-muscle pain) are answered; age told as context ("is he too
                         old?") declines nothing. Never for a request for a diagnosis, nor for
                         "is it normal to be that anxious?", nor when the question's own words
                         choose another entry ("how many needles would that be for both
                         shoulders?": the needles).
11. followup             a short message that only makes sense after the last answer ("and for
                         IMS?", "is that the same for the neck?") keeps the conversation's
                         topic, a clinic topic included ("et le pendjabi?" after the languages,
                         "and after that?" after a fee), a hand-off's ("and sundays?" after the
                         hours); "and is IMS any different?" after how acupuncture feels asks how
                         IMS feels (not "different from X", nor after an answer on how they
                         differ); "which one for a runner with a cranky
                         knee?" after two treatments compared is choosing, even with the
                         complaint named and the classifier sure of choosing; needle hygiene
                         ("and are they new each time?") guessed unsurely as another topic is
                         safety; a place named by the lungs beside it ("what about the upper
                         back, near the lungs?") is safety; "and my hip?" after a question on
                         knee arthritis asks about the hip, even when the classifier took it
                         for the name of a treatment. A short question opening on the last
                         answer ("ok how soon could I be back playing?") that the classifier
                         is unsure of is answered from its likeliest topic, not declined; one
                         behind an emergency guess whose next guess is a hand-off ("and for dad's
                         upper back from the stooping?") keeps the conversation's topic.
                         So is a short opening ("and what about her hands?", "et pour les
                         migraines ?") with a story after it: the conversation's treatment
                         and topic stay, never "which treatment?"; so after an answer for every
                         treatment ("and what about my lower back? i sit bent over people all
                         day"), and "pis pour les poignets?" opens one. Another body part or a
                         one-area diagnosis named moves the last complaint there ("and my
                         wrists?", "and what about carpal tunnel?"), never the last body part
                         again; an unknown health word asked so ("and what about scoliosis?") is
                         rule 13's. Opening on the last answer with the classifier unsure: the
                         twitch ("what about the twitch thing, my mate's leg kicked"), whether
                         it is safe for the one told ("what about for my father, he's 78... is it
                         safe for him"), the exercises on top ("je dois-tu quand même faire mes
                         exercices?"). A treatment named in a declined question stays the
                         conversation's ("does acupuncture help hot flashes?" then "what about
                         the insomnia then": actions/respond.py sets it).
12. out_of_scope         other treatments, medication doses, diagnosis, weather. The reply says
                         which by one principle: a question about health or a treatment
                         (a treatment or needling named, a condition, a body part or
                         complaint, a health word, a word of care: "does kinesio tape do
                         anything?", "my tongue shows 'dampness', what does that mean?") is
                         not covered by the documents, said plainly with who can help
                         (reason not_covered, subject `unanchored`); only one unrelated to
                         health ("who won the game last night?") is out of scope. So is, before
                         any clinic topic or hand-off, an everyday matter asked by its shape with
                         none of ours named ("are split shifts legal?", "which backpack should I
                         buy?", "vous connaissez un bon pédiatre?", "how do I turn off autocorrect?",
                         "what does an eGFR of 38 mean?", "which GPS unit is best?", "how do I join a
                         search and rescue team?", "put it on my credit card or wait till I find
                         work?": bot/knowledge/everyday.py), or an errand of daily life by its
                         subject in the question sentence, no complaint and none of the clinic's
                         logistics in the message (the garden, fog on the road, a ferry, a room
                         to rent, the grape harvest: `asks_errand`, session 22; a train or a
                         church service to catch, the price of one's own work to set: "à quelle
                         heure part le premier train?", "how do I price a reupholstery job?",
                         session 23, never the clinic's hours or fees); or, with none of ours
                         named and no conversation about ours, the best thing for a purpose ("best
                         yeast for a tripel?"), a pick or a bet on a race ("vos pronostics pour le Prix
                         de Diane?") or a market stall asked for, how to train for a trade ("comment
                         devenir physiothérapeute?", "get into a stonemasonry apprenticeship"), or the
                         difference between two things with nothing of health in the message ("un
                         géomètre et un géomaticien": `asks_far_afield`, `asks_career`,
                         `asks_difference_afield`, session 23, tuner WC). Never what a
                         word of the documents means or whether it is real ("what even is a
                         trigger point", "qi, real anatomy?": `defined_term`, its entry; not
                         "de qi", the needle sensation). Also a request
                         for a diagnosis that names no treatment, needles or session, whatever
                         the classifier guessed ("a lump in my armpit, what could it be?").
                         Not when the classifier only hesitated between out of scope and a
                         topic and the message is about needling ("my physio does acupuncture
                         too. is that a real thing?"), or names a treatment and a curated term
                         of an entry ("a collapsed lung from dry needling, how often?"): that
                         topic answers it (rule 16), nor a fear of needles told with a
                         treatment ("scared of needles, what should I know before
                         acupuncture?": how it feels), nor whether two of our treatments
                         named are the same, in anyone's words (difference). Nor a muscle that
                         jumped or twitched when the needle went in: the twitch response
                         (technique). Nor a strange feeling at the needle the patient had to
                         breathe through (sensation). Nor a named way of moving the needle asked
                         what it means ("sparrow pecking", pistoning, twirling, "needle
                         manipulation", "le picorage"), however sure the classifier was: technique.
                         Nor, the classifier unsure, whether a named treatment helps a pain or
                         body part told ("cortisone stopped working in my elbow, would
                         acupuncture be worth a go?"): the research and conditions (rule 9).
                         Nor how many visits or sessions for a body part told, no treatment named
                         and no payment asked ("how many visits for my shoulder n back", "how many
                         treatmeants before grandma would know... for her back"): the course of
                         treatment (`HOW_MANY_VISITS_FOR_A_PART`, session 23).
13. unknown_health_term  the question names a health word that appears nowhere in the
                         knowledge base ("scoliosis"), from knowledge/health_words.txt or a
                         disease name by its form ("cystitis", "une cystite"; never the
                         musculoskeletal ones): said plainly, never guessed. Not when a named
                         one-area diagnosis ("carpal tunnel") is asked as "can needling help?",
                         nor an illness named as a symptom's cause ("nausea from chemo"), nor a
                         faint at a blood test or a shot told as background ("passed out at a
                         flu shot once. are your needles like those?"; "terrified of needles. I
                         passed out at the blood clinic once as a kid": told as long ago, with
                         no question, even last). Not when
                         the word is only in the story and the question asks about a
                         condition the knowledge base covers, or about the needles themselves
                         ("new needles for every patient?"), nor when it is only a familiar
                         reference ("I pass out at blood tests", "do the needles inject
                         anything, like cortisone?"), nor another needle told with a fear of
                         ours ("I sweat through my shirt at bloodwork", "survived a tattoo"), nor a
                         shot told as tried and no longer working, asked whether needling helps;
                         nor a named one-area diagnosis asked how many sessions or which of our
                         treatments is better ("how many IMS visits for a frozen shoulder?").
14. low_confidence       the classifier is unsure: likely questions as buttons, and the phone;
                         with nothing about health, the body, a treatment or the clinic in the
                         message ("is it too early to plant out my tomatoes?", "how do i renew my
                         MCP card"), out of scope instead (`nothing_of_ours`, also for rule 15;
                         the clinic's logistics, "you" and a session's words keep it unsure).
                         When it only hesitated between topics (best guess a topic, no other
                         kind of reply close behind) and the message is about needling, the
                         question is answered from those topics instead (rule 16). So is a
                         question about needling (or a trigger point) naming the own word of one
                         topic's entries, typed with one slip or not ("will needling leave
                         bruses?", "un point trigger c'est quoi?"; bot/knowledge/entry_words.py).
                         So is an event at a session the entries name, told with a session and
                         no reaction beside it that none names (dozing off or snoring on the table,
                         a muscle that jumped under the needle, a bruise or a drop of blood: "j'ai
                         eu une petite goutte de sang au point", `_session_event_named`, session 23).
15. unanchored_guess     a topic guess below UNANCHORED_MIN_CONFIDENCE for a message that names
                         no treatment, condition, needles, term or word of one of the topic's
                         entries ("trigger point"): likely questions as buttons.
16. kb_specific, kb_general, kb_comparison
                         the topic is the classifier's, except for a few questions whose wording
                         says it (question_topic, one table in bot/knowledge/entry_choice.py:
                         how long soreness lasts, how long the needles
                         stay in, how long before it works, whether a feeling is normal, which
                         treatment hurts most, takes longest, is covered, whether anything is
                         injected, how it works, what it is based on... in French; whether
                         one treatment is the same as another, how many needles, who gives
                         it or how to become one, whether it is legal or regulated and how
                         practitioners train or whether their training is enough, feeling
                         worse after a session (also when the classifier was unsure), its tradition
                         (qi, meridians) compared with none of our treatments, a fear of
                         needles, infection or fainting (safety), what it is used for
                         ("is that the kind of thing IMS is used for?"), the idea behind it or
                         where it comes from, what it is, a study the patient read about;
                         "which one makes more sense?" between two named treatments
                         (choosing), also "would acupuncture or dry needling make more sense?";
                         "...for my low back? which should i pick" in a further sentence, the
                         classifier unsure, is choosing, not the research for the back;
                         the question sentence over the story: "is this the kind of thing it's
                         for?" or "could it take the edge off?" with a problem told (conditions),
                         "what even is a trigger point?" and "how is IMS done?" (technique), "does
                         it work?" alone (evidence), fresh or sealed needles (safety), a fear of
                         needles with "what should I know first?" (sensation, also before rule 10);
                         "est-ce que c'est dangereux?" in the question sentence
                         (safety), "will they assess me first?" (technique), "ça dure combien
                         de temps?" with soreness told (aftercare); a fear of needles stays
                         sensation even with a condition named; nothing felt of the needles
                         (sensation; nothing felt after some sessions stays the course), breathing
                         as a risk of needling (safety), how a needle in a tight or short muscle
                         fixes it (overview), a named needle manipulation (technique); what
                         meridians or qi are (origins), how many needles are usual, a sting as the
                         needle went in (sensation), whether athletes use it or needling fixes a
                         pain told (conditions), a bruise changing colour (aftercare));
                         having both treatments in one plan, the same week or in turns
                         ("can I alternate them?": choosing, the having-both entry); "I almost
                         jumped off the table" is how it felt, not the twitch; "I'm nervous,
                         will they examine me first?" is the assessment (technique); "what does
                         X even mean" with a treatment named and no topic guessed (overview);
                         "is IMS the right choice for me?" stays choosing with a problem told;
                         "same needles?" of two treatments compared is no needle reuse; a fear
                         of needles asking how thick they are (needles); an old faint (long
                         ago, at a blood test or the dentist) before "can I have it?" (safety);
                         a further question of the message ("is that realistic? how many
                         sessions does it take") says the entry as the question sentence does;
                         the entry (bot/knowledge/select.py) for the topic, the treatments and
                         the conditions asked about: a specific one whose words appear first,
                         then the general one, then the smallest comparison that covers them
                         ("what kinds of problems is it used for?" after a problem told: the
                         general list, only a problem named in the question counting).
                         The research asked in so many words ("is there actual research on that
                         or just stories?") is the research entry, not the uses for the problem
                         told; "which one makes sense for a stiff neck?" among treatments named is
                         the choosing entry, not the uses for the neck; "how many IMS sessions for
                         a back that's been sore ever since they put me on nights?" is the course,
                         not the soreness a session leaves.
                         A condition asked with a treatment turns the question to the research
                         when the aspect gives way, or the question asks whether it helps;
                         aftercare, sensation, technique, a course of treatment... stay put;
                         so does a feeling asked "normal?" (a bruise on the shoulder);
                         so does cover, unless the question says nothing of cover or payment
                         ("acupuncture for IBS?" guessed as insurance);
    ask_which            a topic without a treatment, in a conversation about none yet (not
                         "what about the lung thing" after an answer on one treatment: followup;
                         "even during exams?" keeps the last question too;
                         "why around the sore spot and not on it?": technique, any treatment);
                         a topic the wording moved the question off is no longer a candidate;
    no_entry             no entry for that topic and treatment: said plainly.
An entry chosen by kb_general, kb_specific or personal_advice for a question whose asked-about
thing no entry mentions (a thing to buy, "which compression sleeve should I buy?": `unanchored`;
a plan by a name no entry uses: `named_plan`, also after a followup on insurance, "what about
UHIP?", and a union's, a guild's or a local's plan whatever its name ("the SAG-AFTRA health plan",
"the actors guild plan"); for kb_general, what the question asks needling to
help, the feeling told, the allergy or the thing asked what it is, when neither the knowledge base
nor the topic's examples use that word: "help my milk supply?", "felt loopy") is not its answer:
declined (bot/knowledge/anchoring.py).
"""

import re
from dataclasses import dataclass, field, replace
from typing import FrozenSet, List, Optional, Sequence, Tuple

from bot import MODALITIES
from bot.knowledge import (
    TOPICS,
    anchoring,
    body,
    clock,
    emergency_alone,
    entry_words,
    everyday,
    session_talk,
    typos,
    wording,
)
from bot.knowledge import subjects as subject_rules
from bot.knowledge.bystanders import without_child_bystander
from bot.knowledge.entry_choice import (
    _DOZED_ON_THE_TABLE,
    ACUPOINTS,
    DE_QI,
    DOZED_OFF,
    FEAR_QUESTION,
    HOW_MANY_NEEDLES,
    HOW_MANY_SESSIONS,
    LEAVES_MARKS,
    LESS_SCARY,
    NEEDLING_ALONE,
    NO_END,
    NORMAL_OR,
    RESEARCH_BEHIND,
    SESSIONS_COUNT_ASKED,
    SIDE_EFFECTS_ASKED,
    SORENESS,
    TRIGGER_POINTS,
    TWITCHED_UNDER_NEEDLE,
    WHAT_DOES_MEAN,
    WHAT_IT_IS_FOR,
    WHAT_TRIGGER_POINT,
    WHERE_NEEDLES_GO,
    WHO_DOES_IT,
    WILL_BE_SORE,
    WORRIED_ABOUT,
    WORSE_BEFORE_BETTER,
    compared_aspect,
    compared_aspect_en,
    question_topic,
    sessions_for_a_sore_part,
)
from bot.knowledge.everyday import (
    ELSEWHERE_TO_FIND,
    asks_another_adviser,
    asks_career,
    asks_difference_afield,
    asks_errand,
    asks_everyday,
    asks_far_afield,
)
from bot.knowledge.family import CHILD_CARRIED, without_child_carried
from bot.knowledge.health_words import unknown_health_term
from bot.knowledge.model import Entry
from bot.knowledge.occupations import without_own_job
from bot.knowledge.question import Question
from bot.knowledge.select import mentions
from bot.knowledge.store import KnowledgeStore
from bot.knowledge.timeline import (
    hypothetical,
    long_standing,
    past_faint_asked_again,
    risk_of_a_past_scare,
    told_as_over,
)
from bot.knowledge.wording import (
    AFTER_A_SESSION,
    ALWAYS_THAT_INTENSE,
    ASKS_ADVICE,
    ASKS_HOW_MUCH,
    ASKS_INJECTED,
    ASKS_MEANING,
    ASSESSED_FIRST,
    BREATHING_RISK,
    CAUSES_IT,
    CONDITION_TOPICS,
    FEAR_OF_NEEDLES,
    HAVE_BOTH,
    HITS_SOMETHING,
    HOLISTIC,
    IN_A_SESSION,
    IS_IT_NORMAL,
    LUNG_RISK,
    MAKES_SENSE,
    MOVED_NEEDLE,
    NEEDLED_ELSEWHERE,
    NEEDLES_PUT_THERE,
    NEEDLING_WORDS,
    PAYMENT_WORDS,
    RESEARCH_WORDS,
    SAME_AS,
    SIDE_EFFECT_WORDS,
    SORENESS_TOPICS,
    TIPS,
    USED_FOR,
    WHAT_IS_IT,
    WHICH_ONE,
    WHOLE_PERSON,
    WHY,
    asks_help,
    asks_how_it_works,
    asks_same_as,
    exercise_soreness,
    last_sentence,
    worse_after_session,
)
from bot.nlu.focus import is_question, sentences

TOPIC_PREFIX = "ask_"
# The topic slot holds a knowledge-base topic, or "clinic:<topic>" after a clinic answer.
CLINIC_TOPIC_PREFIX = "clinic:"
SMALLTALK = {"greet", "thanks", "goodbye", "bot_identity"}
# How often and for how long treatment goes on, asked in its own words (rule 15's course of treatment)
COURSE_ASKED = re.compile(
    r"\bcourse of (treatments?|sessions|needling|acupuncture|ims|dry needling)\b|"
    r"\bhow (often|frequently) (would|will|should|do|does|must|can) (i|we|you|he|she|people|one|my \w+)\b.{0,30}?"
    r"\b(go|come( in)?|need (it|them|to)|have (it|them|sessions?|treatments?)|get (it|them|needled|treated)|book)\b|"
    r"\bhow many weeks\b|\b[àa] quelle fr[ée]quence\b|\bcombien de fois par (semaine|mois)\b|\bplan de traitement\b"
)
# "what's that all about?", "c'est quoi ce délire?": what a thing seen or heard of is
_WHAT_IS_THAT_THING = re.compile(
    r"\bwhat('?s| is) (that|this|it) (all )?about\b|\bwhat('?s| is) (this|that) (thing|craze|trend|madness)\b|"
    r"\bc'est quoi (ce|cette) (d[eé]lire|truc|bazar|machin|affaire|histoire|mode|tendance)\b|\bc'est quoi [cç]a\b"
)
HANDOFFS = {"book", "ask_contact", "ask_hours", "ask_location", "human_handoff"}
UNSURE = {"nlu_fallback", "out_of_scope", ""}
# An out-of-scope guess this sure is trusted even for a message naming a needling risk.
SURE_OUT_OF_SCOPE = 0.9

# The classifier's own emergency call (no red-flag phrase) is trusted from this confidence
# up: the lowest threshold with no false alarm on the cases and the tune half
# (`python -m bench.emergency_threshold`, reports/emergency-threshold.md); below it, ordinary
# pain stories and a question about what to bring had been read as emergencies.
EMERGENCY_MIN_CONFIDENCE = 0.8
# Below this confidence, a topic guess for a message that names no treatment, condition or
# technical term, in a conversation about nothing yet, is a guess: clarify instead.
UNANCHORED_MIN_CONFIDENCE = 0.6
# The classifier fell back, but its best guess is a topic at this confidence or more, with no
# other kind of reply within HESITANT_MARGIN of it: answered from that topic when the message
# is about needling (see _hesitation).
HESITANT_MIN_CONFIDENCE = 0.25
HESITANT_MARGIN = 0.1
# The classifier read out of scope below this confidence, with a topic within this margin of
# it: a message about needling is answered from that topic (see _scope_hesitation).
SCOPE_HESITANT_MAX = 0.6
SCOPE_HESITANT_MARGIN = 0.2
SCOPE_TERM_MAX = 0.8
# The classifier fell back between two hand-offs (a person, the phone, the hours, the address)
# that together hold at least this much: either gives the patient the clinic's contact.
HANDOFF_PAIR_MIN = 0.7
# A follow-up that keeps the conversation's topic is short.
FOLLOWUP_MAX_WORDS = 9
# A sentence in the follow-up's form ("what about the insomnia then, I barely sleep") is this short.
FOLLOWUP_OPENING_MAX_WORDS = 14
OPENING_FOLLOWUP_MAX_CONFIDENCE = 0.5  # below it, an opening follow-up keeps the last topic
_FOLLOWUP_FORM = re.compile(
    # "ok and what about my neck", "so and how about...": two openers before it
    r"^\W*(ok|okay|so|but|right|alright)\W+(and|but)\W+(what|how) about\b|"
    # narrowing the last question to one place: "my wrist specifically, from the trowel", "mainly the
    # left knee", "surtout le poignet", "plus précisément mon coude"
    r"^\W*((my|the|mon|ma|mes|le|la|les|l') ?)?(\w+ ){0,2}\w+,? (specifically|in particular|particularly|especially|mostly|mainly|"
    r"en particulier|surtout|plus pr[eé]cis[eé]ment)\b|^\W*(specifically|in particular|mainly|mostly|especially|"
    r"surtout|plus pr[eé]cis[eé]ment|en particulier|particuli[eè]rement)\W+(my|the|for|in|mon|ma|mes|le|la|les|l'|pour|au|aux)\b|"
    r"^\W*(and|but|ok|okay|so)?\W*(what about|how about|same (for|with)|(is|does|would) "
    r"(that|it|this) (the same|apply|also|too|work the same)|and (for|with|if)|also for)\b|"
    r"\b(the same|as well|too|also) (for|with)\b|"
    # "and dry needling, how new is that?": the other treatment first, then the same question
    r"^\W*(and|et) (what about |for |pour )?(dry needling|acupuncture|ims|l'ims|l'acupuncture|le dry needling|"
    r"la puncture s[eè]che)\W*,|"
    # French: "et pour l'IMS?", "pareil pour le cou?", "ça marche aussi pour..."
    r"^\W*(et|mais|ok|donc|pis|puis)?\W*(et (pour|avec|si|chez)|(pis|puis) (pour|avec|si|chez)|pareil (pour|avec)|m[eê]me chose (pour|avec)|"
    r"aussi pour|(c'est|c est|cest|est-ce) (pareil|la m[eê]me chose)|(ça|ca|cela) (s'applique|marche|"
    r"fonctionne|vaut) aussi|qu'en est-il)\b|\b(pareil|aussi|[eé]galement) (pour|avec)\b"
)
_POINTS_BACK = re.compile(
    r"\b(that|this|it|same|too|also|as well|what about|how about|and for|and with|"
    r"and the|and my|and if|and a|what if|then|either|instead|"
    r"ça|ca|cela|pareil|aussi|m[eê]me chose|et pour|et avec|et si|et le|et la|et les|et mon|et ma|"
    r"alors|plut[oô]t|sinon)\b"
)

# "How do I make an appointment?": asking how to book is a booking, whatever the classifier
# made of the story around it ("I'd like to try IMS" read as a question about a session).
_ASKS_TO_BOOK = re.compile(
    # a visit asked for in so many words, a wish about it after ("book me a dry needling appointment saturday",
    # "I want a first appointment with someone who won't upsell me", "j'veux un rendez-vous, mais pas avec...")
    r"\bbook me (an? |the |my )?(first )?(\w+ ){0,3}(appointment|appt|session|slot|visit|consult\w*)\b|"
    r"(?<!do )(?<!did )(?<!will )(?<!would )(?<!should )(?<!if )"
    r"\b((i|we) (want|need|would like|wanna)|(i|we)'?d like) (to book |to get |to make )?(an? |my )?(first )?(\w+ ){0,3}(appointment|appt)\b"
    r"(?! (\w+ ){0,3}(if|while|when|to (ask|talk|discuss)|but|every|each|per|for (it|this|that|acupuncture|needling|ims) to)\b)|"
    r"\b(j'?veux|je veux|je voudrais|j'aimerais|on veut|on voudrait) (prendre |avoir |booker |r[eé]server )?(un|une|mon) "
    r"(premier |premi[eè]re )?(rendez-vous|rdv)\b(?! (\w+ ){0,3}(si|quand|pour (savoir|demander|parler))\b)|"
    r"\b(how|where) (do|can|could|would|should) (i|we) (make|book|get|schedule|set up|arrange) "
    r"(an? |my |the |our |a first )?(appointment|appt|session|consultation|visit)\b|"
    # "ok sounds good, how do I book one": "book" after "how do I" is always the verb
    r"\b(how|where) (do|can|could|would|should) (i|we) (book|schedule)\b|"
    r"\b(book|schedule) (one|it|me in|myself in|in|a time|a slot)\b|"
    # for someone else: "I'd like to book my dad in", "can you schedule my wife an appointment", "book him in"
    r"\b(book|schedule|squeeze|fit) (my|our) (\w+ ){1,2}(in|an? (appointment|appt|session|consultation|visit))\b|"
    r"\b(book|schedule) (him|her|them) (in|an? (appointment|appt|session))\b|"
    # someone booked for a treatment, or two people at once: "can i book my wife for dry needling", "book him
    # for an assessment", "book me and my wife back to back", "réserver ma mère pour de l'acupuncture"
    r"\b(book|schedule) (me|him|her|them|us|my \w+|our \w+)( in)? for (an? |some |the |his |her |their |my )?(first )?"
    r"(acupuncture|dry needling|needling|ims|sessions?|appointments?|appts?|assessments?|consult\w*|treatments?|visits?)\b|"
    r"\b(book|schedule) (me|us) (and|&|\+) (my|our) \w+\b|"
    r"\b(r[eé]server|booker|inscrire) (ma|mon|mes|notre|nos) \w+ (pour|[aà]) (une? |de l'|de la |du |des )?"
    r"(acupuncture|puncture|ims|dry needling|s[eé]ances?|rendez-vous|rdv|consultation|[eé]valuation|traitement)\b|"
    # an appointment asked for in so many words: "can I get appointments for acupuncture for me and my husband?",
    # "could we get two appointments back to back?", "est-ce qu'on peut avoir deux rendez-vous de suite ?" (not an
    # appointment asked about under a condition: "can I get an appointment if I'm pregnant?")
    # someone close asked for too: "can my husband get an appointment? he can't turn wheels anymore"
    r"\b(can|could|may) (i|we|my (husband|wife|partner|dad|father|mum|mom|mother|son|daughter|sister|brother|"
    r"grand\w+|friend|boyfriend|girlfriend|fianc\w+)) (get|make|have|grab|set up) (an? |two |2 |some |back[- ]to[- ]back |joint )?(appointments?|appts?)\b"
    r"(?! (\w+ ){0,3}(if|while|when|even though|during|with (a|my) \w+ (condition|problem|injury))\b)|"
    r"\b(puis-je|je peux|est-ce que je peux|on peut|est-ce qu'on peut|pourrais-je|pourrait-on|peut-on|pourrions-nous) "
    r"(avoir|obtenir) (un|une|des|deux) (rendez-vous|rdv|s[eé]ances?)\b(?! (\w+ ){0,3}(si|quand|pendant|m[eê]me si)\b)|"
    # "want to schedule a first appointment for my husband", "need to book an initial visit"
    r"^\W*(want|wanna|need|would like|looking|hoping|trying) to (book|schedule|make|get|set up|arrange) (an? |my |the )?"
    r"(first |initial |new patient )?(\w+ ){0,2}(appointment|appt|session|consultation|visit|assessment)\b|"
    r"\b(book|schedule|make|get) (an? |the )?(first |initial |new patient )?(appointment|appt|session|consultation|visit) for (my|our) "
    r"(dad|father|mum|mom|mother|wife|husband|partner|son|daughter|kids?|child|boy|girl|sister|brother|"
    r"grand\w+|aunt|uncle|friend|fianc\w+|boyfriend|girlfriend)\b|"
    r"\b(prendre|r[eé]server|booker) (un |une )?(rendez-vous|rdv|s[eé]ance|consultation) pour (ma|mon|mes) "
    r"(m[eè]re|p[eè]re|maman|papa|femme|mari|conjoint\w*|fils|fille|enfants?|s[oœ]eur|fr[eè]re|grand-\w+|copine|copain|ami\w*)\b|"
    # a day or time asked for: "cool, can i get one thursday evening", "could we do friday?"
    r"\b(can|could|may|do you have) (i |we )?(get|have|grab|book|do|take|squeeze me in|fit me in|come in|"
    r"anything|a spot|a slot|an opening|space|room|availability)( one| a (spot|slot|time|session)| an? (appointment|appt))?"
    r"( on| for| this| next| a)? (mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(puis-je|je peux|on peut|est-ce que je peux|est-ce qu'on peut) (en )?(avoir|prendre|r[eé]server|booker|venir)"
    r"( un| une)?( rendez-vous| rdv| s[eé]ance)? (ce |le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|"
    # a day or a time of day asked for, the day typed short: "can i get in thurs after 5?", "any
    # openings friday morning?", "je peux passer jeudi soir?"
    r"\b(can|could|may) (i|we|you) (get|squeeze|fit|book) (me |us )?in\b(?! (to|the|my|your|a|an|and|with)\b)|"
    # a practitioner or a week wished for: "could i get in with your IMS guy next week?", "can u fit me in this wk"
    r"\b(can|could|may|any (way|chance)|possible to) (i |we |you )?(get|squeeze|fit|book) (me |us )?in (with|to see) "
    r"(the |a |an |your |one of your |someone|somebody|\w+'s )(\w+ ){0,2}(physio\w*|pt|acupuncturist|practitioner|therapist|"
    r"guy|lady|woman|man|person|doc|doctor|someone|somebody)\b|"
    r"\b(get|squeeze|fit|book) (me |us )?in (this|next|later this|early next) (week|wk|weekend|month)\b|"
    r"\b(can|could|may) (i|we) (come|pop|drop) in (\w+ ){0,2}(on |this |next |tomorrow|today|tonight|early|late|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)(day)?|mornings?|afternoons?|evenings?|after (work|\d)|before (work|\d)|at \d)|"
    r"\b(any|got any|have any|do you have (any )?|are there (any )?)(openings?|availability|spots?|slots?|"
    r"appointments?|times?) (left |open |free |available )?(on |for |this |next |tomorrow|today|tonight|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)(day)?|mornings?|afternoons?|evenings?|after|before|early|late|\d)|"
    r"\b(any|got any) (openings?|availability|spots? (open|left|free))\b|"
    # availability asked without a day: "do you have anything this week with the acupuncturist?", "anything
    # open tomorrow?", "what's your next available?", "avez-vous des disponibilités avec la physio?"
    r"\b(do you|do y'?all|you guys|would you|have you|got|is there|are there)( guys)?( have| got)? (anything|something|any ?thing|"
    r"any (openings?|availability|spots?|slots?|room|space|times?)|availability|openings?|a (spot|slot|time)|room|space)"
    r"( (open|free|available|left))? (\w+ ){0,2}(this|next|tomorrow|today|tonight|soon|sooner|earlier|later|with (the|a|an|your|one of)|"
    r"on (the )?(weekend|(mon|tues|wednes|thurs|fri|satur|sun)day)|(mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
    r"\b(anything|something|any ?thing) (open|free|available) (\w+ ){0,2}(this|next|tomorrow|today|tonight|soon|with|on|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(any|got any|have any) (openings?|availability|spots?|slots?|room) with\b|"
    r"\b(next|first|earliest|soonest) (available|availability|opening|open (spot|slot|appointment|appt))\b|"
    r"\bhow (soon|quickly|fast) (can|could|would) (i|we|you) (get (in|seen|booked)|be seen|see me|fit me in|book me)\b|"
    r"\b(avez|as|auriez|aurais)[- ](vous|tu) (de la |des |une |quelque chose|encore )?(disponibilit[eé]s?|places?|cr[eé]neaux?|"
    r"ouvertures?|plages?|de libre|de disponible|trou)\b|"
    r"\b(des|une|de la|y a-t-il des|il y a des|y'?a tu des|y a des) (disponibilit[eé]s?|places? (libres?|disponibles?)|cr[eé]neaux? (libres?|disponibles?)) "
    r"(avec|pour|cette|ce|la semaine|demain|bient[oô]t|aujourd'hui)\b|"
    r"\b(quelque chose|une place|un cr[eé]neau|un trou) (de )?(libre|disponible|d'ouvert) (\w+ ){0,2}(cette|ce|demain|avec|la semaine|bient[oô]t|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b|"
    r"\b(prochaine|premi[eè]re) (disponibilit[eé]|place (libre|disponible)|plage (libre|disponible))\b|"
    r"\b(sign|put|pencil|slot|squeeze|fit) (me|us|him|her) (up|down|in)\b|"
    # the time that suits, said as a request: "mornings work best for me", "fridays after 4 suit me"
    r"\b(mornings?|afternoons?|evenings?|weekends?|(mon|tues|wednes|thurs|fri|satur|sun)(day)?s?|"
    r"after (work|\d{1,2}( ?[ap]m)?)|before (work|noon|\d{1,2}( ?[ap]m)?)|lunch ?time|"
    r"early|late) (work|works|are|is|would be|suits?) (best|better|good|great|fine|for me|for us)\b|"
    r"\b(inscri(s|vez|re)[- ](moi|nous)|(des |une )?(places?|disponibilit[eé]s?|cr[eé]neaux?|ouvertures?) "
    r"(\w+ ){0,2}(ce |cette |le |la |demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|"
    r"apr[eè]s-midi|soir|semaine))|"
    r"\b(je peux|puis-je|on peut|pourrais-je|je pourrais) (passer|venir|avoir (une place|un rendez-vous|un rdv)) "
    r"(\w+ ){0,2}(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|matin|apr[eè]s-midi|soir|"
    r"apr[eè]s \d|avant \d)|"
    r"\b(le matin|les matins|le soir|les soirs|l'apr[eè]s-midi|en (semaine|fin de semaine)) (me )?"
    r"(convien\w*|serai\w* mieux|c'est mieux|m'arrange\w*|marche mieux)\b|"
    r"\b(i'?d like to|i would like to|i want to|can i|could i|may i) (book|schedule|make) (an? |my )?"
    r"(appointment|appt|session|consultation|visit)\b|"
    # a visit wished for with a kind of practitioner: "I'd love to get in with someone who does IMS",
    # "need an appointment with the acupuncturist who does cupping-free treatment", "wanna see
    # whoever does dry needling this week" (who may give it, asked, stays practitioners)
    r"\b(like|love|want|wanting|need|needing|hoping|trying|wanna|gotta|looking) (to )?(get in|get seen|get booked|"
    r"be seen|book in|book|see|get an? (appointment|appt|visit|spot|slot)|have an? (appointment|appt)) (with |by )?"
    r"(someone|somebody|anyone|whoever|one of (your|the) \w+|(the|a|an|your) (\w+ ){0,2}(physio\w*|pt|acupuncturist|"
    r"practitioner|therapist|person|guy|lady|doc|doctor|kin\w*|chiro\w*)) (who|that) (does|do|offers?|practi[cs]es?|"
    r"specializ\w+ in|is trained in|can do)\b|"
    r"(?<!do )(?<!would )(?<!will )(?<!should )\b(i|we)( really| just| urgently)? (need|want|'?d like|would like|wanna|"
    r"gotta get) (an? |to (book|make|get|grab|set up) an? )(appointment|appt)\b(?!s)|"
    r"\b(appointment|appt|spot|slot) (\w+ ){0,6}(asap|as soon as possible)\b|"
    # the same in French: "j'aimerais voir quelqu'un qui fait de la puncture sèche cette semaine"
    r"\b(voudrais|veux|voulais|aimerais|aurais besoin de|ai besoin de|dois|faudrait que je|cherche [aà]) "
    r"(voir|consulter|rencontrer|prendre (un )?(rendez-vous|rdv) avec|avoir (un )?(rendez-vous|rdv) avec) "
    r"(quelqu'un|une? (\w+ )?(physio\w*|praticien\w*|th[eé]rapeute|acupuncteur\w*|acupunctrice|kin[eé]\w*)|(le|la|votre) \w+) "
    r"(qui (fait|font|pratique|offre|donne|s'y conna[iî]t)|(\w+ ){0,6}(cette semaine|au plus vite|d[eè]s que possible|"
    r"rapidement|bient[oô]t|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi))\b|"
    r"\b(rendez-vous|rdv) (\w+ ){0,6}(au plus vite|d[eè]s que possible|le plus t[oô]t possible|en urgence)\b|"
    # French: "comment je fais pour prendre rendez-vous?", "je voudrais réserver une séance"
    r"\b(comment|o[uù]) (je peux |puis-je |on peut |je fais pour |faire pour |est-ce que je peux )?"
    r"(prendre|r[eé]server|booker|fixer) (un |une )?(rendez-vous|rdv|s[eé]ance|consultation)\b|"
    r"\b(je voudrais|j'aimerais|je veux|je peux) (prendre|r[eé]server|booker) (un |une )?"
    r"(rendez-vous|rdv|s[eé]ance|consultation)\b"
)


# The booking word typed with a slip ("I'd like to make an appointmant for my husband", "need an
# apointment", "appoinment for friday"): read as meant wherever a booking is looked for, so the
# slip never turns a booking into an out-of-scope reply.
_BOOKING_WORD_SLIP = re.compile(
    r"\b(?!appointments?\b)(app?oi?n?t?m[ae]nt|appointement|appoitment|appoin?tmen)(s?)\b"
)


class _SlipsMended:
    """A pattern searched with the booking word's slips put right first (same `search` as re)."""

    def __init__(self, rx: "re.Pattern[str]") -> None:
        self.rx = rx

    def search(self, text: str):
        return self.rx.search(_BOOKING_WORD_SLIP.sub(r"appointment\2", text))


ASKS_TO_BOOK = _SlipsMended(_ASKS_TO_BOOK)

# A question asking only what to do with something told in the story ("...a referral. do I bring it
# or do you not need one?", "...une référence. je dois l'apporter?"): the story's clinic topic.
POINTS_BACK_TO_STORY = re.compile(
    r"\b(bring|need|require|want|see|keep|accept|take|send|show|fax|e-?mail|hand in|use) (it|one|that one|them|those|"
    r"the (letter|note|form|paper|copy))( (with|along|in|to|first|at all|or|\?)|\W*$)|"
    r"\b(l'|les )(apporter|amener|envoyer|montrer|faxer|garder)\b|"
    # getting in with something told ("my mother uses a wheelchair. Can she get into the treatment room in it?")
    r"\b(get|fit|go|roll|come|getting|fitting) (in|into|through|inside|up|around) (\w+ ){0,4}(in|with|on|using) (it|them|that|her chair|his chair|my chair)\b|"
    r"\b(entrer|passer|circuler|rentrer) (\w+ ){0,4}avec (celui-ci|celle-ci|[cç]a)\W*$|"
    r"\b(en )?(avez|as|ai|aurai|auriez)[- ](vous |tu )?(vraiment |m[eê]me )?besoin\b|\bil en (faut|prend) (une?|vraiment)\b"
)

# Needling kept up for wellness, with no complaint: "just to stay healthy, like a monthly tune up?",
# "as maintenance once I'm better?", "pour rester en forme, en prévention?" (treatment_course)
# "do I really need both?", "is that really necessary?", "les deux, vraiment?": whether the
# thing told before (exercises on top of the needling) is needed
NEED_BOTH = re.compile(
    r"\b(need|have to|got to|gotta|must|should|supposed to) (\w+ )?(do )?(both|all (of )?(that|this|it|them)|them too|it too|"
    r"that too|those too|the two)\b|\b(is|are) (it|that|this|they|those|these|both) (really |actually |even |truly )?"
    r"(necessary|needed|required|essential|needed too|worth it)\b|"
    r"\b(les deux|vraiment (n[eé]cessaire|obligatoire|utile)s?|(faut|dois)[- ](il|je) vraiment|est-ce (vraiment )?(n[eé]cessaire|obligatoire))\b"
)
STAY_WELL = re.compile(
    r"\b(stay|keep|staying|keeping) (me |myself )?(healthy|well|in (good )?(shape|balance)|balanced|on top of things)\b|"
    # "can I get acupuncture regularly just to keep going? no injury, just the years"
    r"\b(get|have|come for|book) (\w+ ){0,2}(regularly|on a regular basis|every (few|couple( of)?) (weeks|months))\b"
    r".{0,40}\b(keep (me |myself |us )?going|keep (me |myself )?(working|moving)|stay (working|moving))\b|"
    r"\b(tune[- ]?ups?|maintenance|top[- ]?ups?|preventive(ly)?|preventative(ly)?|prevention|general (wellness|well-being|health)|"
    r"overall (wellness|health)|for wellness|wellness (visits?|sessions?|care)|(monthly|regular|ongoing|routine) (sessions?|visits?|check-?ins?))\b|"
    r"\b(rester|garder|me garder|me maintenir|rester) (en (forme|sant[eé]|bonne sant[eé]|[eé]quilibre))\b|"
    r"\b(en pr[eé]vention|de fa[cç]on pr[eé]ventive|pour pr[eé]venir|entretien|bien-[eê]tre g[eé]n[eé]ral|"
    r"(s[eé]ances?|visites?) (mensuelles?|r[eé]guli[eè]res?|d'entretien))\b"
)

# "Worth trying dry needling for them?", "is IMS any good for that?", "ça vaut le coup pour mon
# genou?": whether needling is worth it for a problem, a question for the research, not a booking.
WORTH_TRYING = re.compile(
    r"\bworth (a |it\b|trying|giving|getting|doing|having|going for|the (money|time|effort))|"
    r"\b(any|much) (good|use) for\b|\b(would|will|could|does|do|is|can) (\w+ ){0,3}(it|that|this|acupuncture|"
    r"dry needling|needling|ims|needles|the needles) (actually |even |really )?(help|work|do (anything|much))\b|"
    r"\bvau(t|drait|drai(en)?t) (la peine|le coup)\b|\b(bon|efficace|utile) pour\b"
)

# "different", typed in a hurry ("diffrent", "diferent", "difference")
_DIFFERS = re.compile(r"\bdif+e?re?n(t|ce)s?\b|\bdiff[eé]ren\w*|\bdiff\b")
# A price asked for ("how much", "what does it cost", "combien"), not money named as a motive
# ("just a fancier name to charge more"), nor a price list named as where the treatments were
# seen ("my clinic lists both on the price sheet", "sur la grille de prix").
_PRICE_LIST = r"(?! (sheets?|lists?|menus?|pages?|boards?|cards?|charts?|tables?)\b)"
_ASKS_PRICE = re.compile(
    r"\b(how much|what('?s| is| are| does| do)? (\w+ ){0,3}(cost|price|fee|rate)s?"
    + _PRICE_LIST
    + r"|costs?|"
    r"prices?" + _PRICE_LIST + r"|pricing" + _PRICE_LIST + r"|fees?|rates?|"
    r"combien|co[uû]te?\w*|(?<!liste de )(?<!grille de )(?<!grille des )prix|tarifs?(?! affich\w*))\b"
)

# The price told in the story, only its size asked again in the question: "your IMS price nearly gave me a
# heart attack lol. is it really that much every single time?", "c'est vraiment aussi cher à chaque fois ?"
_PRICE_SIZE_ASKED = re.compile(
    r"\b(that|this|so) much (each|every|per|a|for (each|every|one|a)) (single )?(time|session|visit|treatment|appointment|appt|go)\b|"
    r"\b(aussi|si|autant) cher (a|pour) (chaque|toutes les) (fois|seances?|visites?)\b"
)

# A price told beside another question, the money only a limit or a comparison ("if I can only afford it
# every couple weeks, how many sessions does it take?", "is a cheap deal session the same as the real one?",
# "one place does it for half the price, what's the difference?", "c'est moins cher ailleurs, c'est la même
# chose?"): that question is asked, not our fees. Not when a price is asked as well ("how much", "what do you
# charge", "combien").
_PRICE_ASKED_OUTRIGHT = re.compile(
    r"\b(how much|what (do|does|would|will|did) (you|it|a session|a visit|they|one) (\w+ )?(charge|cost)|"
    r"what('?s| is| are) (the |your )?(price|cost|fee|rate)s?|(price|cost|fee|rate)s? (of|for|per)\b|"
    r"(do|would|will|can) you (offer|have|do|give) (any |a )?(discount|package|deal|rate)s?|combien|"
    r"(price|cost|fee|rate)s? differen\w*|differen\w* in (the )?(price|cost|fee|rate)s?|diff[eé]rence de (prix|co[uû]t|tarif)|"
    r"quel(le)? (est )?(le |la |vos |votre )?(prix|tarifs?|co[uû]ts?)|vos (prix|tarifs))"
)
_ANOTHER_THING_ASKED = re.compile(
    r"\b(how many (sessions?|treatments?|visits?|times|appointments?)|how often|same (thing|as)|the real (one|thing)|"
    r"differen\w*|dif+e?re?n(t|ce)s?|cut corners|worth it|(does|will|would) it (actually |even )?(work|help)|"
    r"combien de (s[eé]ances?|traitements?|fois)|m[eê]me chose|diff[eé]ren\w*|vaut (la peine|le coup))\b"
)

_BOOKING_VERB = re.compile(
    r"\b(book\w*|schedul\w*|sign me up|r[eé]serv\w*|prendre (un )?(rendez-vous|rdv))\b"
)

# A reduced rate for people short of money: the fees answer names none, the front desk knows
# ("any sliding scale?", "low income rates?", "tarif selon le revenu?"), unless a price is asked too.
# People a clinic may charge less: seniors, students, veterans, families...
_GROUP = (
    r"(seniors?|senior citizens?|pensioners?|retirees?|retired (folks|people)|oaps?|elderly|students?|uni students|"
    r"college students|kids|children|youth|teens?|veterans?|vets|military|first responders?|nurses|healthcare workers|"
    r"families|family|couples?|athletes|unemployed|out of work|jobless|laid off|between jobs|low income|"
    # members of a club, a team, a group or a company: "a discount to members of a running club?"
    r"(club |union |gym )?members|(running|cycling|hiking|sports?|golf|tennis|rowing|ski|soccer|hockey|football|rugby) "
    r"(clubs?|teams?|groups?)|clubs?|teams?|groups?|employees|staff|coworkers|co-workers|colleagues)"
)
_GROUP_FR = (
    r"([eé]tudiants?|[eé]tudiantes?|a[iî]n[eé]s?|a[iî]n[eé]es?|retrait[eé]s?|personnes [aâ]g[eé]es|65 ans et plus|"
    r"enfants?|jeunes|familles?|familial|couples?|militaires|v[eé]t[eé]rans?|sans[- ]emploi|ch[oô]meurs?|"
    r"membres|clubs?|[eé]quipes?|groupes?|employ[eé]\w*|coll[eè]gues)"
)
REDUCED_RATE = re.compile(
    r"\b(sliding[- ]scale|low[- ]income|income[- ]based|based on (my |your )?income|pay what you can|"
    r"financial (hardship|assistance|aid|help)|reduced (rates?|fees?|prices?)|hardship (rates?|fees?)|"
    r"[eé]chelle (mobile|variable)|tarifs? (r[eé]duits?|sociaux|social|solidaires?)|selon (le|mon|les) revenus?|"
    r"faible revenu|petits? revenus?)\b"
)
# A lower price for a group of people: clinic.yml's fees answer names none ("any discount for
# seniors?", "do students pay less?", "avez-vous un tarif étudiant?"); "how much for students?" is fees
GROUP_RATE = re.compile(
    rf"\b(discount\w*|deals?|reduced|special|cheaper|lower) (\w+ ){{0,2}}(rates? |prices? |fees? )?(for|to) (\w+ ){{0,3}}"
    # "any discount for people who are unemployed?", "for those who are retired"
    rf"((who|that) (are|is|'re) (\w+ )?)?{_GROUP}\b|"
    rf"\b{_GROUP}('?s)? (discount\w*|rates?|prices?|pricing|deals?)\b|"
    rf"\b{_GROUP} (\w+ ){{0,2}}(pay|get) (less|a (discount|break|deal|lower rate))\b|"
    rf"\b(tarifs?|prix|rabais|r[eé]ductions?|escomptes?|promotions?) (sp[eé]cia\w* )?(pour )?(les |des )?{_GROUP_FR}\b"
)
# A discount for some people the group list above does not name ("any discount for volunteer
# officials?"), or one another business gives, asked of us ("the dentist gives track workers a
# discount. do you have one too?"): the fees answer names no discount, so the front desk. Not a
# discount for how one pays or buys ("for paying cash", "for a package"): the fees answer.
_NOT_A_GROUP = (
    r"(paying|pay|payment|cash|buying|booking|packages?|bulk|prepay\w*|multiple|several|more|sessions?|visits?|"
    r"treatments?|referrals?|the first|first|a (package|bunch|block|series|few))"
)
OTHER_GROUP_RATE = re.compile(
    rf"\b(discount\w*|reduced rates?|special rates?) (\w+ ){{0,2}}(for|to) (?!{_NOT_A_GROUP}\b)(\w+ ){{0,2}}"
    r"(\w+s|staff|people|folks|crew)\b"
)
DISCOUNT_TOO = re.compile(
    r"\b(do|would|could|can|will|does) (you|y'?all|you guys|the clinic|your clinic) (\w+ )?(have|offer|give|do|match) "
    r"(one|that|the same|those|it|something similar|something like that)( too| as well| also)?\b"
)
DISCOUNT_TOLD = re.compile(r"\b(discount\w*|rabais|r[eé]ductions?|escomptes?)\b")
_PRICE_NAMED = re.compile(r"\b(how much|prices?|cost|costs|combien|prix|co[uû]te?\w*)\b")

# A short question asking only for another time, the move of a visit told before it ("Possible la
# semaine d'après ?", "could it be next week instead?"): the question sentence alone names no move.
_ANOTHER_TIME_MAX_WORDS = 10
_ANOTHER_TIME_ASKED = re.compile(
    r"\b(possible|possibles|can|could|would|will|is|est-ce|peux|peut|pourr\w*|[çc]a (marche|va|irait))\b.{0,40}"
    r"\b(next week|the week after|later|another day|a different day|instead|(next |this )?(monday|tuesday|wednesday|"
    r"thursday|friday|saturday)|semaine (d'apr[eè]s|suivante|prochaine)|plus tard|un autre jour|(lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi) (prochain|suivant|d'apr[eè]s))\b|"
    r"^\W*(possible|possibles|c'est possible|est-ce possible)\b"
)
# "Before I book, ...": a preface to another question, not a request to book.
BEFORE_BOOKING = re.compile(
    r"\bbefore (i|we) (actually |go ahead and |finally )?(book|commit|sign up|schedule|make (an|the) (appointment|appt))\b|"
    r"\bavant de (prendre|r[eé]server|booker) (un |le )?(rendez-vous|rdv|s[eé]ance)\b"
)

# "A charge I don't recognise on my bill, who do I talk to?": the patient asks for a person, whatever
# the logistics words around it; "can I buy a gift card?" only the front desk can handle.
ASKS_PERSON = re.compile(
    r"\bwho (do|should|can|could|would) (i|we) (talk|speak|call|contact)( to| with)?\b|"
    r"\b(talk|speak) (to|with) (a |an )?(real |actual )?(person|human|someone|somebody|staff|the front desk|"
    r"reception)\b|\b(reach|get (through to|hold of)|get ahold of) (a |an |the )?(real |actual |live )?(person|human|someone|"
    r"somebody|staff|front desk|reception\w*)\b|\b(joindre|rejoindre) (quelqu'un|une (vraie )?personne|un humain|"
    r"la r[eé]ception\w*)\b|\b(à qui|a qui) (je peux |est-ce que je peux |dois-je |je dois )?(parler|m'adresser|"
    r"appeler)\b|\bparler (à|a) (quelqu'un|une personne|un humain|la r[eé]ception)\b"
)
# special arrangements no clinic.yml answer covers: hours kept for people at risk, the same
# practitioner every visit ("reserved times for immunocompromised patients?", "will I see the
# same physio every time?", "toujours la même acupunctrice?")
SPECIAL_ARRANGEMENT = re.compile(
    r"\b((reserved|set aside|dedicated|special|separate|quiet|seniors'?) (hours|times|time slots?|slots|days|mornings|sessions) for|"
    r"(hours|times|time slots?|slots|days|mornings|sessions) (set aside|reserved|kept) for|"
    r"(plages?( horaires?)?|heures|cr[eé]neaux|horaires|journ[eé]es|moments) (sp[eé]ciale?s |sp[eé]cifiques? )?(r[eé]serv[eé]e?s|d[eé]di[eé]e?s|sp[eé]ciale?s|sp[eé]cifiques|prioritaires) (pour|aux)|"
    r"(see|get|have|keep|with|be) (the )?same (physio|physiotherapist|therapist|practitioner|acupuncturist|person|pt|one|"
    r"chiro|doctor|lady|guy|woman|man)\b.{0,30}\b(every|each|all the|next) (time|visit|session|appointment)|"
    r"((always|will i|do i|can i) (\w+ )?(see|get|have|keep)|(is it|will it be|it'?s)( always)?) the same (physio|physiotherapist|therapist|practitioner|acupuncturist|person|pt)|"
    r"(toujours|chaque fois|[aà] chaque (fois|s[eé]ance|visite)) (\w+ ){0,3}(le|la) m[eê]me (physio\w*|th[eé]rapeute|praticien\w*|"
    r"acupunct\w*|kin[eé]\w*|personne)|(le|la) m[eê]me (physio\w*|th[eé]rapeute|praticien\w*|acupunct\w*|kin[eé]\w*|personne) "
    r"(\w+ ){0,3}([aà] )?(chaque|toutes les) (fois|s[eé]ances?|visites?|rendez-vous))\b"
)
# What the clinic's rooms are stocked with (gloves, sheets, oils, scents), asked for an allergy or a
# sensitivity: only the front desk knows ("i'm allergic to latex, are your gloves latex?", "do you
# use scented oils? strong smells give me migraines", "vos draps sont lavés avec un savon parfumé?")
_SUPPLIES = (
    r"(gloves?|sheets?|linens?|towels?|pillow ?cases?|pillows?|table (covers?|paper)|blankets?|massage oils?|oils?|"
    r"lotions?|creams?|soaps?|(hand )?sanitizers?|wipes|swabs|bandages?|band-?aids?|plasters?|detergents?|"
    r"laundry soap|candles?|incense|diffusers?|essential oils?|air fresheners?|cleaning products?)"
)
# what a supply is made of or smells of; a scent or a glove is asked about by itself
_MATERIAL = (
    r"(latex|nitrile|vinyl|scented|unscented|fragrance[- ]free|fragranced|fragrances?|perfumed|perfumes?|scents?|"
    r"nuts?|nut oils?|almond|coconut|peanut|lavender|essential oils?|incense|candles|diffusers?|air fresheners?|gloves)"
)
_SUPPLIES_FR = (
    r"(gants|draps|serviettes|oreillers?|couvertures?|huiles?( essentielles)?|cr[eè]mes?|lotions?|savons?|d[eé]sinfectants?|"
    r"lingettes|pansements?|diffuseurs?|encens|bougies|produits (nettoyants|d'entretien)|d[eé]tergents?)"
)
_MATERIAL_FR = r"(latex|nitrile|parfum\w*|sans parfum|noix|arachides?|amande|lavande|huiles essentielles|encens|bougies|diffuseurs?|gants)"
# Whether gloves are worn at all for needling ("do your practitioners wear gloves?", "portez-vous des
# gants?"), with no material or allergy told: how the practitioner works, which the documents do not
# say (practitioner_conduct), not a supply the front desk can check ("are your gloves latex?")
_GLOVES_WORN = re.compile(
    r"\b(wear|wears|wearing|wore|put on|puts on|use|uses|using)\b (any |their |his |her |medical )?gloves\b|"
    r"\b(portez|porte|portent|mettez|met|mettent)[- ](vous|il|elle|ils|elles)? ?(pas )?(des |de )?gants\b"
)
_GLOVE_MATERIAL_OR_ALLERGY = re.compile(r"\b(latex|nitrile|vinyl|allerg\w*|powder\w*|poudr\w*)\b")


# an allergy or a sensitivity told, which makes a supply asked about the front desk's to check
_SUPPLY_SENSITIVITY = re.compile(
    r"\b(allerg\w*|sensitiv\w*|intoleran\w*|react(ion|ions|s)?|rash\w*|hives|asthma\w*|migraines?|headaches?|"
    r"smells?|odou?rs?|scents? (bother|bothers|get|gets|give|gives|trigger\w*)|sensible|odeurs?|eczema|irritat\w*)\b"
)


def _used_with_the_treatment(q: Question, subject: subject_rules.Subject) -> bool:
    """Something put on with the needling as part of it, asked with no allergy or sensitivity told ("my friend
    says her essential oils amplify acupuncture. do you use essential oils during treatment?"): a thing used
    besides needling (other_tcm, written rule 6), not a supply for the front desk to check."""
    return subject.id == "other_tcm" and not _SUPPLY_SENSITIVITY.search(q.whole.lower())


def _gloves_worn_at_all(q: Question, subject: subject_rules.Subject) -> bool:
    low = q.whole.lower()
    return (
        subject.id == "practitioner_conduct"
        and bool(_GLOVES_WORN.search(low))
        and not _GLOVE_MATERIAL_OR_ALLERGY.search(low)
    )


CLINIC_SUPPLIES = re.compile(
    rf"\b(are|is|do|does|will|would) (your|the|you(r)? guys'?|the clinic'?s?) (\w+ ){{0,2}}{_SUPPLIES} "
    rf"(\w+ ){{0,3}}(made (of|with) |washed (in|with) |contain(ing)? |have |with )?(any )?{_MATERIAL}\b|"
    rf"\b(do|does|would|will) (you|you guys|the clinic|they|the (physio|acupuncturist|therapist)s?) "
    rf"(use|wear|have|burn|put on|stock|wash \w+ with|keep) (any |some |a )?(\w+ )?{_MATERIAL}\b|"
    r"\b(latex|fragrance|scent|perfume|nut)[- ]free (gloves?|clinic|rooms?|office|products?|sheets?|oils?|supplies)\b|"
    rf"\b(vos|les|leurs) {_SUPPLIES_FR} (\w+ ){{0,2}}(sont|contiennent|ont|sont-ils|sont-elles)? ?(en |au |de |avec |sans )?{_MATERIAL_FR}\b|"
    rf"\b(utilisez|portez|mettez|employez)[- ](vous )?(\w+ ){{0,2}}(des |du |de l')?{_MATERIAL_FR}\b"
)

# Something the clinic may sell, asked of the clinic ("do you sell ear seeds at the front desk?", "can I
# buy a heat pack from you?", "vendez-vous des bandes de kinésio à la réception?"): a shop question only
# the front desk can answer, whatever the thing sold names (a treatment we don't give, a brace), never
# the decline for that subject nor an unknown health word. Not someone else selling ("my acupuncturist
# wants to sell me herbs, are they safe?") nor which one to buy anywhere ("quel rouleau de jade acheter?").
SOLD_AT_THE_CLINIC = re.compile(
    r"\b(do|does|can|could|would|will) (you|you guys|y'?all|ya|u|the clinic|your clinic|the front desk|reception|the office)"
    r"( also| even| guys)? (sell|stock|carry|have (\w+ ){0,3}for sale)\b|"
    r"\b(sell|sold|for sale|buy|purchase) (\w+ ){0,4}(at|from|in) (the|your) (front desk|desk|reception|clinic|office|shop)\b|"
    r"\b(can|could|may) (i|we) (buy|purchase|pick up) (\w+ ){0,6}(from (you|y'?all)|there|here)\b|"
    r"\b(vendez|vends)[- ](vous|tu)\b|\b(vous|tu) (\w+ )?(vendez|vends)\b|"
    r"\b(acheter|se procurer|me procurer) (\w+ ){0,4}(a|à|chez) (la r[eé]ception|l'accueil|la clinique|votre clinique|vous|votre bureau)\b"
)
# The room and its senses, asked of the clinic: a shared or a private room, a quiet or dim room, the
# lights or the music turned down ("is it one big open room or private rooms?", "do you have a quiet room
# with dim lighting? fluorescent lights wreck me", "une salle calme avec la lumière tamisée?"): only the
# front desk can say or arrange it, however the classifier read the story of the need.
_ROOM = r"(rooms?|space|spaces|area|cubicles?|booths?|salles?|pi[eè]ces?|cabines?)"
ROOM_AND_SENSES = re.compile(
    rf"\b(shared|open|one big|big open|communal|common|group|open[- ]plan|private|separate|closed|own|individual) "
    rf"(treatment )?{_ROOM}\b(?! (for|of) (the |my )?(needles?|needling))|"
    r"\b(room|space) (to myself|of my own|by myself|alone)\b|\b(treatment )?rooms? (that'?s|that is|which is|is|are|that are) "
    r"(\w+ )?(quiet|calm|dark|dim|dimly lit|private|shared|separate|closed|open|soundproof\w*)\b|\b(curtains?|dividers?|partitions?) (between|around|or)\b|"
    r"\b(quiet|quieter|calm|calmer|dark|darker|dim|dimmer|dimly lit|dimmed|low[- ]light|low[- ]stimulation|"
    r"sensory[- ]friendly|low[- ]sensory|soundproof\w*) (treatment )?(rooms?|space|area|corner|spot|lighting|lights?)\b|"
    r"\b(dim|turn (off|down)|switch off|lower|keep (off|down|low)) (the )?(lights?|lighting|music|radio)\b|"
    r"\b(lights?|lighting|music|radio) (\w+ )?(dimmed|turned (off|down)|switched off|off|down|lower)\b|"
    r"\b(fluorescent|overhead|bright|harsh) (lights?|lighting|tubes?)\b|\bnoise[- ](cancel\w*|canceling) (headphones?|earbuds?)\b|"
    r"\b(salles?|pi[eè]ces?|cabines?) (de (traitement|soins?) )?(sont(-elles)? |est(-elle)? )?(commune|communes|partag[eé]e?s?|priv[eé]e?s?|ferm[eé]e?s?|individuelles?|calmes?|"
    r"tranquilles?|sombres?|isol[eé]e?s?)\b|\b(lumi[eè]res?|[eé]clairage) (tamis[eé]e?s?|douces?|basses?|faibles?|"
    r"[eé]teinte?s?|fortes?|vives?)\b|\b(tamiser|baisser|[eé]teindre|fermer) (la |les )?(lumi[eè]res?|musique|n[eé]ons?)\b|"
    r"\bn[eé]ons\b|\b(seule?|tout seul|toute seule) dans (la|une) (salle|pi[eè]ce)\b"
)
# The clinic's forms in a format the patient can read ("can I get the intake form in large print?", "will
# my screen reader work with your forms?", "les formulaires en gros caractères?"): the front desk sends
# them, not what to bring.
_FORMS = r"(forms?|paperwork|intake|documents?|handouts?|exercise sheets?|instructions|receipts?|formulaires?|papiers?|feuilles?)"
_LANGUAGE_NAME = (
    r"(another language|other languages|my (own )?language|her language|his language|their language|une autre langue|"
    r"d'autres langues|ma langue|sa langue|leur langue|arabic|spanish|french|english|mandarin|cantonese|chinese|punjabi|"
    r"hindi|urdu|farsi|persian|korean|vietnamese|tagalog|portuguese|italian|german|russian|polish|ukrainian|somali|"
    r"tamil|gujarati|bengali|japanese|turkish|greek|arabe|espagnol|fran[cç]ais|anglais|chinois|mandarin|cantonais|"
    r"pendjabi|portugais|italien|allemand|russe|polonais|ukrainien|vietnamien|cor[eé]en|persan|turc|grec|tagalog|cr[eé]ole)"
)
FORMS_IN_ANOTHER_FORMAT = re.compile(
    rf"\b{_FORMS}\b.{{0,60}}\b(large|larger|big|bigger) (print|font|text|type|letters)\b|"
    rf"\b(large|larger|big|bigger) (print|font|text|type)\b.{{0,40}}\b{_FORMS}\b|"
    rf"\b{_FORMS}\b.{{0,60}}\b(screen ?readers?|braille|voice ?over|text[- ]to[- ]speech|accessible (format|version|pdf)|"
    r"gros caract[eè]res|lecteur d'[eé]cran|synth[eè]se vocale)\b|"
    rf"\b(screen ?readers?|braille|gros caract[eè]res|lecteur d'[eé]cran)\b.{{0,60}}\b{_FORMS}\b|"
    # in another language, or translated ("do you have the intake forms in Spanish?", "is the paperwork
    # translated?", "les formulaires d'inscription en arabe ?"): the front desk, not the languages spoken
    rf"\b{_FORMS}\b.{{0,40}}\b(in|en) (\w+ )?{_LANGUAGE_NAME}\b|\b{_FORMS}\b.{{0,30}}\b(translated|traduits?|traduites?)\b|"
    rf"\b(translated|{_LANGUAGE_NAME}) (version|copy|copies|translation)s? of (the |your |my )?(\w+ )?{_FORMS}\b|"
    rf"\b(version|traduction)s? (en |en langue )?{_LANGUAGE_NAME} (des?|du) {_FORMS}\b"
)
# The clinic's fax or email asked for, to send something ("what's your fax number? the VA needs to send an
# authorization", "votre numéro de fax?"): a contact detail, for the front desk, whatever payer sends it.
CONTACT_DETAIL = re.compile(
    r"\b(your|ur|the clinic'?s?|the office'?s?|a|the) (fax|fax (number|no|#|line)|e-?mail address|mailing address|postal address)\b|"
    r"\bfax (number|no|#|line)\b|\b(fax|e-?mail|send|mail) (it |them |this |that |the \w+ )?(to you|over to you)\b|"
    r"\b(votre|le|ton|un) (num[eé]ro de )?(fax|t[eé]l[eé]copieur)\b|\bnum[eé]ro de (fax|t[eé]l[eé]copieur)\b|"
    r"\b(votre|ton) (adresse (courriel|e-?mail|postale)|courriel)\b"
)

# The booking page or the site stuck, asked about in the question itself ("your online booking keeps
# freezing"); told only in the story before a wish to book, it is a booking
SITE_STUCK = re.compile(
    r"\b(page|site|website|app|link|portal|booking system|online booking|payment step|checkout|calendar|"
    r"lien|application|r[eé]servation en ligne|calendrier)\b.{0,40}\b(freez\w*|froze|frozen|hang(s|ing)?|stuck|"
    r"glitch\w*|spinning|blank|times? out|timed out|won'?t open|doesn'?t open|not opening|(ne )?(charge|ouvre) pas|"
    r"g[eè]le|fig[eé]\w*|bloqu[eé]\w*|plant[eé]\w*)"
)

# A complaint about this clinic's own staff ("I want to complain about one of your physios, she was
# rude. who do I talk to?", "je veux me plaindre d'une de vos physios, à qui je parle?"): the front
# desk hears it (rule 6's contact hand-off), never the not-covered decline nor small talk, however
# the classifier read "à qui je parle" (session 14, tuner tq)
_OUR_STAFF = (
    r"(your|y'?all'?s|the clinic'?s|this clinic'?s|votre|vos|de vos|d'une de vos|d'un de vos)\s(\w+ )?"
    r"(staff|physio\w*|acupuncturists?|practitioners?|therapists?|receptionists?|front desk|team|employees?|"
    r"personnel|[eé]quipe|kin[eé]\w*|acupunct\w*|r[eé]ceptionnistes?|employ[eé]\w*|th[eé]rapeutes?|praticien\w*)\b"
)
COMPLAINT_ABOUT_OUR_STAFF = re.compile(
    r"\b(complain\w*|complaints?|grievances?|plaindre|plainte|plaintes)\b.{0,60}\b" + _OUR_STAFF + r"|"
    # feedback or a complaint about the patient's own visit, offered to the clinic: "I'd like to give feedback about
    # my last visit, who do I send it to", "je voudrais faire une plainte sur ma dernière séance" (not a review site)
    r"\b(give|leave|send|share|provide|submit|make|file|raise|lodge|donner|laisser|envoyer|faire|formuler|d[eé]poser) "
    r"(you |vous )?(some |my |a |a formal |an |un |une |des |mes |mon )?(feedback|compliments?|complaints?|commentaires?|"
    r"r[eé]troactions?|plaintes?)\b.{0,40}\b(my|our|the|his|her|ma|mon|mes|la|le|notre) (last |recent |first |latest |"
    r"derni[eè]re? |premi[eè]re? )?(visit|appointment|appt|session|treatment|care|experience|visite|rendez-vous|rdv|"
    r"s[eé]ance|traitement|consultation)s?\b|"
    r"\b" + _OUR_STAFF + r".{0,80}\b(complain\w*|complaints?|plaindre|plainte)\b"
)
# Whether an infection may be caught, asked ("no chance of an infection then?", "risque d'attraper une
# infection ?"): a risk asked, not a site that looks infected now (that is red_flags.yml's)
RISK_OF_INFECTION_ASKED = re.compile(
    r"\b(chances?|risks?|risky|risques?|dangers?|possib\w*|likely|likelihood|probab\w*|odds|"
    r"(get|getting|catch|catching|pick up|picking up|attraper|pogner|choper|avoir|contracter)( an?| une| des)?)\b "
    r"(\w+ ){0,3}(of |d'|de |for )?(an? |une |des |les )?(infections?|germs?|bact[eé]ri\w*|microbes?)\b"
)
FRONT_DESK_ONLY = re.compile(
    r"\b(gift (cards?|certifi?cates?|certificats?|certs?|vouchers?)|vouchers?|cartes?[- ]cadeaux?|bons?[- ]cadeaux?|"
    r"ch[eè]ques?[- ]cadeaux?|"
    # a home visit, a copy of one's file: only the front desk can say ("do you do home visits?")
    r"home visits?|house calls?|mobile (service|acupuncture|visits?)|come to (my|her|his|their|our) (home|house|place)|"
    r"(visites?|soins|s[eé]ances?|traitements?) [aà] domicile|vous d[eé]placez [aà] domicile|"
    # the clinic asked to come out to a workplace, a farm or a team ("Vous pouvez venir au domaine ? On est 12
    # vendangeurs", "could someone come out to our job site?"): sessions at a workplace, for the front desk
    r"(come|go|travel) (out )?(to|onto) (the|our|my|a) (\w+ )?(farm|ranch|vineyard|winery|job ?site|work ?site|"
    r"building site|worksite|workplace|office|warehouse|plant|mill|site)|"
    r"(venir|venez|vous d[eé]placer|vous d[eé]placez|passer) (au|[aà] la|sur le|sur la|dans notre|dans le|[aà] notre) "
    r"(\w+ )?(domaine|ferme|vignoble|chantier|bureau|entrep[oô]t|usine|exploitation|entreprise|cabane)|"
    # a free consult or trial visit, offered elsewhere or not: clinic.yml's fees answer says nothing of one ("do you
    # do a free 15 minute consult?", "une consultation gratuite ?")
    r"free (\d+[- ]?(min|mins|minute) )?(phone |intro\w* |initial |first )?(consult\w*|assessments?|trial (sessions?|visits?)|"
    r"discovery calls?|meet and greet)|(consultations?|s[eé]ances?|bilans?|[eé]valuations?) (\w+ )?(gratuite?s?|d'essai|offerte?s?)|"
    # the clinic asked to come to a place where the patient is cared for (_COMES_TO_A_PLACE)
    r"(come|go|travel|visit|make visits|do visits) (out )?(to|into|at) (the|a|an|my|her|his|their|our|mum'?s|mom'?s|dad'?s) (\w+ ){0,2}"
    r"(units?|wards?|hospitals?|care homes?|nursing homes?|facilit(y|ies)|residences?|hospices?|rehab|centres?|centers?)|"
    r"(d[eé]placez|d[eé]placer|venez|venir) ([aà] l'|[aà] la|au|dans (le|la|l')) ?(\w+ ){0,2}(h[oô]pital|unit[eé]|centre|"
    r"r[eé]sidence|chsld|foyer|service|clinique de dialyse)|"
    r"cop(y|ies) of (my|the|her|his|our) (\w+ )?(notes|records?|chart|file)|"
    r"copie (de|du) (mon |son )?(dossier|mes notes)|"
    # a discount or promo code, the booking page failing: clinic.yml has no answer for these,
    # the front desk has ("your page won't take my discount code")
    r"(discount|promo|promotional|coupon|referral|voucher) codes?|codes? (promo|de r[eé]duction|rabais))\b|"
    # a package of sessions bought or paid ahead: the clinic's fees answer does not say, the front
    # desk does ("can I pay for a package of 10 sessions up front?", "payer un forfait d'avance")
    r"\b((pay|paying|buy|buying|purchase|prepay|payer|acheter|prendre) (for )?(a |an |un |une )?"
    r"(package|bundle|block|pack|forfait|bloc|carte)s? (of |de |d')?(\d+|\w+) (sessions?|visits?|treatments?|appointments?|s[eé]ances?|"
    r"visites?|traitements?)|(package|bundle|block|pack|forfait|bloc|carte)s? (of |de |d')?(\d+|\w+) (sessions?|visits?|treatments?|"
    r"s[eé]ances?|visites?|traitements?) .{0,30}(up ?front|in advance|ahead|d'avance|[aà] l'avance|en avance))\b|"
    # what becomes of a package's sessions not used: given back, passed on, shared, run out ("if I stop my
    # 10-pack early is the rest refunded?", "can my husband use my leftover sessions?", "les séances
    # restantes de mon forfait sont remboursées ?"): the clinic's fees answer does not say, the front desk does
    r"\b(packages?|bundles?|\d+[- ]?packs?|forfaits?|carnets?)\b.{0,60}\b(refund\w*|money back|reimburs\w*|unused|"
    r"left ?over|remaining|transfer\w*|shar(e|ed|ing)|expir\w*|rembours\w*|transf[eé]r\w*|partag\w*|restant\w*|"
    r"non utilis[eé]\w*|c[eé]der)\b|"
    r"\b(refund\w*|money back|unused|left ?over|remaining|transfer\w*|shar(e|ed|ing)|use (up )?the rest of|"
    r"rembours\w*|transf[eé]r\w*|partag\w*|restant\w*|non utilis[eé]\w*|c[eé]der)\b.{0,60}"
    r"\b(packages?|bundles?|\d+[- ]?packs?|forfaits?|carnets?)\b|"
    # a payment split or put off: "can I pay half now and the rest next month?", "payer une partie
    # maintenant et le reste plus tard ?", "do you do payment plans?"
    r"\b(pay|paying) (for it |for them )?(part|half|some|a (bit|portion|part)|a deposit)( of it)? (now|today|up ?front|first)\b|"
    r"\b(pay|paying) (the rest|the remainder|the balance|the other half)\b.{0,20}\b(later|next|when|after|once)\b|"
    r"\b(payment plans?|(pay|paying) (it )?in (installments?|instalments?|parts|chunks)|installments?|instalments?)\b|"
    r"\b(payer|r[eé]gler|verser) (une partie|la moiti[eé]|un peu|le reste)\b|"
    r"\b(payer|r[eé]gler) (en )?(deux|trois|plusieurs|\d) (fois|versements?)\b|\bplan de paiement\b|"
    + SPECIAL_ARRANGEMENT.pattern
    + r"|"
    # a payment taken twice, a charge to give back: only the front desk sees the till ("I think I
    # paid twice for my visit", "j'ai été débité deux fois")
    r"\b((paid|pay|charged|billed|debited) (me |you |for (it|this|that|my \w+) )?(twice|two times|double)|"
    r"double[- ](charged|charge|billed|payment|paid)|overcharged|"
    r"(pay[eé]|d[eé]bit[eé]|factur[eé]|pr[eé]lev[eé]|charg[eé]) (\w+ ){0,2}deux fois)\b|"
    # something left behind at the clinic: "left my sunglasses in the treatment room", "did anyone
    # hand in a scarf?", "j'ai oublié mes lunettes dans la salle"
    r"\b((left|forgot|lost) (my |a |an |our |her |his )(\w+ ){0,2}(in|at|behind in|behind at) (the |your |one of the |one of your )"
    r"(\w+ )?(treatment |waiting )?(rooms?|clinic|office|waiting area|reception|change room|cubicle)|"
    r"(hand(ed)? (it |them )?in|(anyone|someone|somebody) turn(ed)? (it |them )?in|lost (and|&) found|lost property)|"
    r"(oubli[eé]|laiss[eé]|perdu) (mon|ma|mes|un|une) (\w+ ){0,2}(dans|[aà]) (la|le|votre|une) (salle|clinique|cabinet|"
    r"bureau|r[eé]ception|salle d'attente)|objets? (trouv[eé]s|perdus))\b|"
    r"\b(page|site|website|app|link|portal|booking system|online booking|payment step|checkout|calendar|"
    r"lien|application|r[eé]servation en ligne|calendrier)\b.{0,40}\b(error|won'?t (work|load|take|accept|let|open)|"
    r"doesn'?t (work|load|take|accept|let|open)|not (working|loading|accepting|opening)|broken|crash\w*|erreur|"
    r"(ne )?(marche|fonctionne|charge|ouvre) pas|bug\w*)|"
    # an animal brought along, a service dog too: clinic.yml's access answer does not say (a guide dog
    # leading a blind patient is how they get around: the access answer, clinic_topics.yml)
    r"\b(service|assistance|therapy|support|emotional support) (dogs?|animals?|pets?)\b|"
    r"\b(chiens?|animal|animaux) (d'assistance|de service|de soutien)\b|"
    # money given back for a visit: "can I get a refund for last session, it got cut short?", "vous pouvez me
    # rembourser la séance ?" (not what a plan pays back)
    r"\b((get|give|want|ask for|request|issue|owe) (me |us )?(a |my |the |some |any )?(partial |full )?refunds?|refunds? (for|on) "
    r"(my|the|last|a|that|this|today'?s|yesterday'?s)|(pouvez|pourriez|allez)[- ]vous (me )?rembourser (la|ma|cette) (s[eé]ance|visite)|"
    r"vous (pouvez|pourriez|allez) (me )?rembourser (la|ma|cette) (s[eé]ance|visite))\b|"
    # the file sent on to another practitioner: "can you send my treatment notes to my new physio?"
    r"\b(send|transfer|forward|fax|share|e-?mail) (over )?(my|the|her|his|our) (\w+ )?(notes|records?|charts?|files?|reports?) "
    r"(over )?to\b|\b(envoyer|transf[eé]rer|transmettre|faxer) (mon|le|son|mes|les) (dossier|notes|rapport)\w* (\w+ )?(a|à|au|aux)\b|"
    # a tip for the practitioner: "do I tip my acupuncturist?", "on laisse un pourboire ?"
    r"\b(do|should|must|am i supposed to|are you supposed to|is it rude not to) (i|we|you|people|patients)? ?tip\b|"
    r"\b(tipping|gratuit(y|ies)|pourboires?)\b|"
    # sessions given elsewhere by the clinic: "do you do onsite sessions at offices?", "des séances en entreprise ?"
    r"\b(on-?site|in-?office|workplace|corporate) (sessions?|visits?|clinics?|treatments?|acupuncture|needling|days?|wellness)\b|"
    r"\b(s[eé]ances?|soins|acupuncture|traitements?) (en entreprise|sur (le|notre) lieu de travail|dans nos bureaux)\b|"
    # someone staying in the room during another's treatment: "can I sit in the room with dad while he has his
    # treatment?", "je peux rester avec ma mère pendant sa séance ?"
    r"\b(can|could|may) (i|we) (sit|stay|be|wait|remain) (in )?(in the (treatment )?room |in there |inside )?(with|beside|next to) "
    r"(him|her|them|my \w+|our \w+|dad|mom|mum)\b.{0,40}\b(while|during)\b|"
    r"\b(rester|[eê]tre|m'asseoir) (\w+ )?(avec|[aà] c[oô]t[eé] de) (lui|elle|eux|mon \w+|ma \w+) (\w+ )?pendant\b"
)

# Changes on the clinic's side and arrangements only the front desk can make, no clinic.yml key
# answers them: the practitioner sick or away on the day, the clinic closed for snow or a holiday,
# whether they call or text the patient, a waitlist, a chaperone or a closed room ("what if my
# physio is off sick that day, do you phone me?", "êtes-vous ouverts les jours fériés?"). Even
# in a message about cancelling: "if the acupuncturist cancels, do I get rebooked?"
_STAFF = (
    r"(practitioner|therapist|physio\w*|pt|acupuncturist|acupuncturists|chiro\w*|provider|clinician|massage therapist|"
    r"rmt|kinesiologist|kin|doctor|dr \w+)"
)
_STAFF_FR = r"(praticien\w*|th[eé]rapeute|physio\w*|acupuncteur|acupunctrice|kin[eé]\w*|ost[eé]o\w*|docteur|m[eé]decin)"
CLINIC_SIDE = re.compile(
    rf"\b{_STAFF}'?s? (\w+ ){{0,2}}(is|gets|got|was|calls in|call in|falls|fall|were|are|be|goes|went) (\w+ )?(sick|ill|unwell|off sick|"
    r"out sick|away|on (vacation|holiday|holidays|leave|mat(ernity)? leave|sick leave)|off that day|not (in|there|available))\b|"
    rf"\b{_STAFF} (\w+ )?(cancels?|cancell?ed|cancell?ing|has to cancel|needs to cancel|calls in sick|can'?t make it|no[- ]shows?)\b|"
    r"\b(will|would|do|does|can|could) (you|you guys|y'?all|the clinic|someone|somebody|the front desk|they) (\w+ )?(call|phone|text|email|"
    r"e-mail|contact|notify) (me|us)\b(?! (about|with) (my |the )?(results?|diagnos\w*))|"
    # the clinic open or closed in bad weather or on a holiday: "are you open on stat holidays?", "closed for snow?"
    r"\b(open(?! up)|opened|closed?|closing|shut|hours)\b.{0,40}\b(snow\w*|storms?|bad weather|weather|ice|freezing rain|power|blizzards?|"
    r"holidays?|long weekend|christmas|xmas|boxing day|new year'?s|easter|thanksgiving|canada day|victoria day|labou?r day|family day)\b|"
    r"\b(snow ?days?|snowstorms?|snow storms?|bad weather|inclement weather|ice storms?|blizzards?|power (outage|cut)|(stat|statutory|public|bank) "
    r"holidays?|holidays?|christmas|easter)\b.{0,40}\b(open|opened|closed?|closing|shut|hours|cancel\w*)\b|"
    r"\b(snow ?days?|holiday (hours|schedule))\b|"
    r"\b(wait ?list|waiting list|wait-list|cancell?ation list|standby list|chaperon\w*|private (rooms?|space)|closed rooms?|curtains?)\b|"
    # French
    rf"\b(si|quand|et si) (mon|ma|le|la|l') ?{_STAFF_FR} (est |tombe |serait |tombait |doit |devait )?(malade|absente?|en vacances|"
    r"en cong[eé]|annule|annulait|pas l[aà])\b|"
    r"\b(m'appelez|m'appellez|me contactez|m'avertissez|me pr[eé]venez|m'[eé]crivez|me textez|m'appellerez|me contacterez|"
    r"me pr[eé]viendrez|vous m'appelez|on me pr[eé]vient|on me contacte)\b|"
    # (not called in to work: "si on m'appelle pour faire du temps supplémentaire et que j'annule, des frais?")
    r"\bon m'appelle\b(?! (pour (faire|travailler|rentrer|remplacer|un|une|du|des|de)|au (travail|bureau|boulot)|[aà] la job|en renfort))|"
    r"\b(ouvert\w*|ferm[eé]\w*|fermez|ouvrez|heures|horaires?)\b.{0,40}\b(temp[eê]tes?|neige|verglas|panne|f[eé]ri[eé]s?|no[eë]l|"
    r"p[aâ]ques|jour de l'an|vacances|f[eê]tes?|action de gr[aâ]ce)\b|"
    r"\b(temp[eê]tes?( de neige)?|verglas|panne de courant|jours? f[eé]ri[eé]s?|f[eé]ri[eé]s|no[eë]l|p[aâ]ques|vacances de la construction)"
    r"\b.{0,40}\b(ouvert\w*|ferm[eé]\w*|fermez|ouvrez|heures|horaires?|annul\w*)\b|"
    r"\b(liste d'attente|liste d'annulation|liste de rappel|chaperon\w*|salle ferm[eé]e|salle priv[eé]e|pi[eè]ce ferm[eé]e|rideaux?)\b"
)
# a woman or a man asked to treat: "can I ask for a female physio?", "est-ce que je peux demander
# une femme pour le traitement?", "is the acupuncturist a guy or a girl?"
ASKS_GENDER = re.compile(
    r"\b(ask for|request|requesting|prefer|preferably|want|get|see|book with|booked with|be treated by|be seen by|be with|treated by|"
    r"have it done by|choose|pick) (a |an )?(female|woman|lady|girl|male|man|guy)\b(?! (who|with|in|at|of)\b)|"
    rf"\b(is|are) (the |your |my |his |her )?(\w+ )?{_STAFF}s? (a )?(male|female|man|woman|guy|lady|girl|men|women)\b|"
    rf"\b(female|male|women|woman|men|lady|ladies) (only )?{_STAFF}s?\b|"
    r"\b(demander|avoir|choisir|pr[eé]f[eéè]r\w*|veux|voudrais|aimerais|voir|[eê]tre trait[eé]e? par|[eê]tre soign[eé]e? par|r[eé]server avec) "
    r"(une|un) (femme|homme|praticienne|acupunctrice|physioth[eé]rapeute femme|th[eé]rapeute femme)\b|"
    rf"\b(une|un) {_STAFF_FR} (femme|homme|f[eé]minin|masculin)\b|"
    rf"\b(c'est|est-ce|est-ce que c'est|c'est-tu) (un homme ou une femme|une femme ou un homme)\b"
)

# Paperwork, records and letters only the front desk handles, no clinic.yml key covers: a note or
# letter for work or school ("my work needs a note saying I was at a treatment"), something added
# to or changed in the intake form or file, whether treatment records are kept from an employer,
# a form to sign for an insurer, whether the clinic takes car-accident or work-injury claims.
_NOTE = r"(?<!doctor's )(?<!doctors )(?<!dr's )(?<!gp )(?<!medical )(?<!sick )(notes?|letters?|certificates?|attestations?|forms?|paperwork|documents?|documentation)"
_FOR_WHOM = (
    r"(work|job|employer|boss|manager|supervisor|hr|school|teacher|university|uni|college|class|professor|prof|coach|"
    r"insurer|insurance company|lawyer|union)"
)
_FR_FOR_WHOM = r"(travail|job|employeur|employeuse|patron|patronne|boss|[eé]cole|prof|professeur\w*|universit[eé]|coll[eè]ge|cégep|c[eé]gep|assureur|avocat\w*|rh)"
_RECORD = r"(intake( forms?)?|files?|charts?|records?|forms?|patient files?|dossier|notes)"
# a visit of the patient's told in the message ("after my session", "à cause de ma séance")
_A_VISIT_TOLD = (
    r"\b(after|since|because of|due to|for|from|at|following|[aà] cause de|apr[eè]s|pour|depuis) (my|the|an?|today'?s|"
    r"yesterday'?s|last|this|that|ma|mon|la|le|une?|cette|ce) (\w+ )?(sessions?|appointments?|appts?|visits?|treatments?|"
    r"acupuncture|dry needling|needling|ims|s[eé]ances?|rendez-vous|rdv|traitements?|visites?)\b"
)
# The assistant asked to write something itself that says nothing of a visit ("write up an email to my
# manager saying I'm off Monday", "rédige-moi un mot pour mon prof"): no paperwork of the clinic's,
# out of scope. A note about the visit ("write me a note saying I was at my appointment") stays paperwork.
WRITE_IT_FOR_ME = re.compile(
    r"^(?!.*\b(appointments?|appts?|sessions?|visits?|treatments?|attend\w*|physio\w*|acupunct\w*|needl\w*|ims|"
    r"rendez-vous|rdv|s[eé]ances?|traitements?|consultations?)\b).*"
    r"(\b(write|draft|compose|type) (me |us |up )?(a |an |my |the )?(\w+ )?(note|letter|email|e-mail|message|excuse|text)\b|"
    r"\b([eé]cri[rst]\w*|r[eé]dig\w*)[- ](moi|nous)? ?(un|une|le|la) (\w+ )?(mot|lettre|courriel|message|billet|note|excuse)\b)"
)
PAPERWORK = re.compile(
    # a report or letter asked of the clinic for a lawyer or an insurer, or one from them offered ("how much to
    # write a report for my solicitor?", "a letter from my lawyer, do you need it?", "un rapport pour mon avocat?")
    r"\b(write|writing|do|prepare|send|fill out|complete|charge (\w+ ){0,3}for) (\w+ ){0,2}(a |an |the |my )?(\w+ )?(reports?|letters?|"
    r"summary|medico-?legal \w+) (for|to) (my|the|our|her|his) (\w+ )?(lawyers?|attorneys?|solicitors?|insurers?|insurance company|"
    r"adjusters?|case managers?)\b|\b(letters?|reports?|documents?|papers|paperwork) from (my|the|our) (\w+ )?(lawyers?|attorneys?|"
    r"solicitors?|insurers?|adjusters?|case managers?)\b.{0,40}\b(need|want|bring|send|keep|copy|use)\b|"
    r"\b(rapport|lettre|r[eé]sum[eé]) (\w+ ){0,2}pour (mon|ma|l'|le|la) (avocat\w*|assureur|agent\w* d'indemnisation)\b|"
    # a note or report back to the patient's own doctor ("my rheumatologist wants a note back from whoever does
    # my acupuncture", "can you send a report to my GP?", "un rapport pour mon médecin?")
    r"\b(send|write|fax|email|e-mail|mail) (\w+ ){0,2}(a |an |the )?(\w+ )?(notes?|reports?|letters?|summary|update) (back )?"
    r"(to|for) (my|her|his|our|the) (\w+ )?(doctors?|gp|family doctor|physician|specialist|rheumatologist|surgeon|oncologist|"
    r"neurologist|cardiologist|nephrologist|endocrinologist|pain (doctor|specialist)|nurse practitioner)\b|"
    r"\b(doctors?|gp|physician|specialist|rheumatologist|surgeon|oncologist|neurologist|cardiologist|nephrologist|"
    r"endocrinologist|nurse practitioner)('?s)? (\w+ ){0,2}(wants?|needs?|asked (me )?for|asking for|would like) (\w+ ){0,2}"
    r"(notes?|reports?|letters?|summary|update)\b|"
    r"\b(rapport|compte[- ]rendu|lettre|mot|note|r[eé]sum[eé]) (\w+ ){0,2}(pour|[aà]) (mon|ma|le|la) (m[eé]decin|docteure?|"
    r"rhumatologue|sp[eé]cialiste|chirurgien\w*|oncologue|neurologue|cardiologue|n[eé]phrologue|endocrinologue|omnipraticien\w*)\b|"
    # the clinic's practitioner asked to fill in a payer's form or report ("can the physio fill out my WCB
    # form?", "est-ce que la physio peut remplir le rapport pour la CNESST?")
    r"\b(physio\w*|kin[eé]\w*|acupunct\w*|practitioners?|therapists?|th[eé]rapeutes?|clinic|clinique|you)\b (\w+ ){0,2}"
    r"(fill|complete|sign|do|remplir|compl[eé]ter|signer|faire|r[eé]diger)\w* (out |in )?(le |la |les |mon |ma |mes |un |une |the |my |a |an |this |that )?"
    # up to three words before it: "fill out my insurer's monthly treatment report?"
    r"([\w']+ ){0,3}(forms?|reports?|paperwork|rapports?|formulaires?|papiers?)\b|"
    rf"\b{_NOTE} (\w+ ){{0,3}}(for|to give|to show|to hand in to|to send to) (to )?(my |the |our |her |his )?{_FOR_WHOM}\b|"
    rf"\b(my |our |her |his |the )?{_FOR_WHOM}('?s)? (\w+ ){{0,2}}(needs?|wants?|requires?|asked (me )?for|asking (me )?for|asks (me )?for|"
    rf"needs? me to (get|bring|have))\b.{{0,40}}\b{_NOTE}\b|"
    rf"\b{_NOTE} (\w+ ){{0,3}}(saying|stating|that says|showing|to show|confirming|proving) (that )?(i|we|he|she|my \w+) "
    r"(was|were|had|attended|came|went|am|have been|did)\b|"
    r"\bproof (of|that i) (attendance|appointment|visit|treatment|my (visit|appointment|session)|attended|was there)\b|"
    # a sick note asked with a visit of the patient's told: "can you write me a sick note for my supervisor? I missed
    # a shift after my session", "un billet pour mon patron? j'ai manqué le travail à cause de ma séance"
    rf"^(?=.*{_A_VISIT_TOLD}).*\b((sick|medical|doctor'?s?|work) (notes?|letters?|certificates?|slips?)|billet|mot|certificat( m[eé]dical)?|arr[eê]t de travail) (\w+ ){{0,3}}(for|to give|to show|to hand in to|to send to|pour|[aà] donner [aà]|[aà] remettre [aà]) (to )?"
    rf"(my |the |our |her |his |mon |ma |l'|le |la |mes )?({_FOR_WHOM}|{_FR_FOR_WHOM})\b|"
    rf"\bproof (\w+ ){{0,2}}for (my |the )?{_FOR_WHOM}\b|"
    r"\b(sign|fill (out|in)|complete) (a |my |the |this |an )?(\w+ )?forms? for (my |the |her |his )?"
    + _FOR_WHOM
    + r"\b|"
    # "can someone add it to my file", "update my intake form", "change the phone number on my file"
    rf"\b(add|put|write|note|include|change|update|correct|fix|edit|amend|remove)\b (\w+ ){{0,4}}(to|on|in|into|from) "
    rf"(my|the|her|his|our) (\w+ )?{_RECORD}\b|"
    rf"\b(change|update|correct|fix|edit|amend|add to) (my|the|her|his|our) (\w+ )?(intake( forms?)?|file|chart|records?|"
    r"contact (info\w*|details)|address|phone number|e-?mail( address)?)\b|"
    # whether treatment records are kept private, from an employer or an insurer
    r"\b(treatment|health|medical|patient|clinical|session) (info\w*|records?|notes|files?|charts?|details|history)\b.{0,30}"
    r"\b(private|confidential|kept private|secret|shared|share|disclosed|see|seen|access)\b|"
    r"\b(my|our) (records?|files?|charts?|notes|info\w*)\b.{0,30}\b(private|confidential|shared|disclosed)\b|"
    r"\b(employer|boss|work|job|manager|hr|insurer|insurance company|company)\b.{0,30}\b(see|seeing|find out|know|"
    r"access|get|look at|read)\b.{0,30}\b(records?|files?|charts?|notes|what (i'?m|i am) (being )?treated for|"
    r"what i (have|had|come in for)|my (diagnosis|condition|treatment))\b|"
    # the patient's clinical file: who sees it, how long it is kept, whether it can be deleted, whether it goes to an
    # employer or a payer ("who gets to see the notes you write about me?", "combien de temps gardez-vous mon
    # dossier ?", "do you share my chart with my insurer?"); this chat's own messages stay CHAT_KEPT_OR_READ's
    r"\b(who|anyone|anybody|someone|somebody) (\w+ ){0,3}(sees?|reads?|access(es)?|looks? at|views?|ha(s|ve) access to|gets? (access|to see|to read))\b.{0,25}"
    r"\b(my|the|your|her|his|our|these|those) (\w+ ){0,2}(notes|records?|files?|charts?|dossier)\b|"
    r"\bhow long\b.{0,30}\b(keep|kept|hold|held|store|stored|retain\w*|archive\w*)\b.{0,25}\b(notes|records?|files?|charts?)\b|"
    r"\bhow long\b.{0,25}\b(notes|records?|files?|charts?)\b.{0,25}\b(kept|held|stored|retained|archived|on file)\b|"
    r"\b(my|the|her|his|our|patient|treatment|clinical|medical) (notes|records?|files?|charts?)\b.{0,60}\b(delet|destroy|eras|shred|wip)\w*|"
    r"\b(delet|destroy|eras|shred|wip)\w* (\w+ ){0,3}(notes|records?|files?|charts?)\b|"
    r"\b(send|share|give|release|disclose|pass|forward|report|hand)\w* (\w+ ){0,2}(my|the|her|his|our|any) (\w+ )?(notes|records?|files?|"
    r"charts?|info\w*|details|diagnosis)\b.{0,40}\b(employers?|boss|work|job|hr|insur\w*|wsib|wcb|worksafe|cnesst|saaq|icbc|"
    r"union|lawyers?|government|anyone|anybody)\b|"
    r"\bqui (\w+ ){0,2}(voit|voient|lit|lisent|peut (voir|lire|consulter)|peuvent (voir|lire|consulter)|a acc[eè]s|ont acc[eè]s|"
    r"consulte\w*)\b.{0,25}\b(mon|mes|le|les|votre|vos|son|ses) (\w+ )?(dossiers?|notes|fiches?|donn[eé]es)\b|"
    r"\bcombien de temps\b.{0,40}\b(gard|conserv|archiv)\w*\b.{0,25}\b(dossiers?|notes|fiches?|donn[eé]es)\b|"
    r"\bcombien de temps\b.{0,30}\b(dossiers?|notes|fiches?)\b.{0,25}\b(gard|conserv|archiv)\w*|"
    r"\b(supprim|d[eé]trui|effac)\w* (\w+ ){0,2}(mon|mes|le|les|ce|ces) (\w+ )?(dossiers?|notes|fiches?|donn[eé]es)\b|"
    r"\b(envoy|transm|partag|communiqu|donn|divulgu|remett)\w* (\w+ ){0,2}(mes|mon|ma|le|les) (\w+ )?(notes|dossiers?|fiches?|"
    r"informations?|donn[eé]es|rapports?|diagnostics?)\b.{0,40}\b(employeur|patron|patronne|assureur|cnesst|saaq|ivac|"
    r"travail|syndicat|avocat|gouvernement)|"
    # whether the clinic takes car-accident or work-injury claims ("do you take car accident claims?")
    r"\b(do|can|will|would) (you|you guys|the clinic|your clinic|y'?all) (\w+ ){0,2}(take|accept|handle|deal with|work with|do|see) "
    r"(\w+ ){0,2}(car accident|auto( insurance)?|motor vehicle|mva|accident|whiplash|icbc|saaq|wsib|wcb|worksafe|workers'? comp\w*|"
    r"work injury|insurance) (claims?|cases?|patients?|files?)\b|"
    # French
    rf"\b(un |une |le |la )?(mot|lettre|papier|justificatif|attestation|certificat|preuve|billet|formulaire)s? (\w+ ){{0,3}}"
    rf"(pour|[aà] donner [aà]|[aà] remettre [aà]) (mon |ma |l'|le |la |mes )?{_FR_FOR_WHOM}\b|"
    r"\b(justificatif|attestation|preuve|certificat) (de |d')(pr[eé]sence|pr[eé]sence [aà]|pr[eé]sent\w*|absence|pr[eé]sence au rendez-vous|rendez-vous|visite|soins?|traitement)\b|"
    rf"\b(mon |ma |l'|le |la )?{_FR_FOR_WHOM} (\w+ ){{0,2}}(veut|demande|exige|a besoin d'?)\b.{{0,40}}\b(mot|lettre|papier|justificatif|attestation|"
    r"certificat|formulaire|re[cç]u|document)s?\b|"
    r"\b(ajouter|mettre|noter|inscrire|changer|modifier|corriger|mettre [aà] jour)\b (\w+ ){0,4}(dans|sur|[aà]) (mon|le|ma|la) "
    r"(\w+ )?(dossier|formulaire|fiche)\b|"
    r"\b(modifier|corriger|changer|mettre [aà] jour|compl[eé]ter) (mon|le|ma|la) (\w+ )?(dossier|formulaire|fiche)\b|"
    r"\b(dossier|informations?|notes?|donn[eé]es)( m[eé]dica\w*| de (traitement|sant[eé]|soins))?\b.{0,30}\b(confidenti\w*|priv[eé]\w*|secret|"
    r"partag[eé]\w*)\b|"
    r"\b(employeur|patron|patronne|boss|assureur|travail)\b.{0,30}\b(voir|savoir|conna[iî]tre|acc[eé]der|avoir acc[eè]s)\b|"
    r"\b(prenez|acceptez|traitez|g[eé]rez|faites)(-vous| vous)? (\w+ ){0,2}(les )?(r[eé]clamations?|dossiers?|patients?|cas) "
    r"(\w+ ){0,2}(saaq|cnesst|d'assurance auto|auto|d'accident|accident)"
)

# Logistics the clinic wrote no answer for, told in any words: how to pay (a card, cash, when),
# a receipt with particular details, a reminder or confirmation, arriving late, asking for a
# woman or a man to treat. Only when no other logistics topic is asked: "how much is a session
# and do you take credit card?" is a fees question.
# A receipt asked for, made out in someone's name, the tax only its use: "can I get the receipts in my name for tax?",
# "un reçu à mon nom pour les impôts ?" (what the tax office allows stays another payer's question)
RECEIPT_FOR_TAX = re.compile(
    r"\b(receipts?|invoices?|re[cç]us?|factures?)\b.{0,40}\b((in|under) (my|his|her|their|our|\w+'s) names?|"
    r"made out|addressed to|au nom d|[aà] (mon|son|leur|notre) nom|en (mon|son) nom)|"
    r"\b(my|his|her|their|\w+'s) names? on (the |my |his |her |their )?(receipts?|invoices?)\b"
)
# A receipt asked of the clinic in the question itself ("can i get a receipt with my name on it for the church
# treasurer", "vous me faites un reçu pour les impôts?", "can you email me a receipt? ... the claim"): the front
# desk issues it (written rule 5), whoever it is for (a church, the tax office, a plan) and whatever the story
# says it will be used for. Not a receipt told ("my insurer wants me to explain my receipt") nor what a payer
# does with one ("can I claim my receipts on my taxes?": another payer's question).
RECEIPT_ASKED = re.compile(
    r"\b(can|could|may|will|would|do|does|pls|please)( i| we| you| u| ya| you guys| u guys)? (please )?(get|have|grab|"
    r"email|e-mail|send|give|provide|issue|print|make|write|do)( me| us)? (a |an |my |the |some |all |all my |all the )?"
    r"(itemi[sz]ed |detailed |official |proper |separate |new |paper |printed )?(receipts?|invoices?)\b|"
    r"\b(i|we) (need|want|would like|'d like|'ll need) (a |an |my |the |some )?(itemi[sz]ed |detailed |official |proper )?"
    r"(receipts?|invoices?)\b|"
    r"\b(vous )?(me |nous )?(faites|faire|donner|donnez|fournir|fournissez|envoyer|envoyez|[eé]mettre|[eé]mettez|avoir|"
    r"obtenir|remettre) (un|une|des|mon|mes|le|la|les) (\w+ )?(re[cç]us?|factures?)\b|"
    r"\bbesoin d'(un|une|des|mes) (\w+ )?(re[cç]us?|factures?)\b"
)
FRONT_DESK_LOGISTICS = re.compile(
    # a photo or a video sent in place of a visit: "can I text the physio a pic of the bruise instead of coming in?",
    # "je peux envoyer une photo au lieu de venir ?"
    r"\b(text|send|email|e-mail|message|show|whatsapp|upload|envoy|texter|textez|montrer|montrez)\w* (\w+ ){0,3}(a |an |some |une |des )?"
    r"(photos?|pictures?|pics?|images?|videos?|vid[eé]os?)\b.{0,50}\b(instead of|rather than|au lieu de|plut[oô]t que de) "
    r"(coming|going|a visit|an appointment|booking|seeing|venir|passer|me d[eé]placer|prendre (un )?rendez-vous)|"
    # what the patient or the practitioner wears for the visit to hear or lip-read: "can I keep my earbuds in during
    # the session?", "will she wear a clear mask?", "je peux garder mon casque antibruit ?"
    r"\b(wear|wearing|keep|keeping|leave|use|using|have) (\w+ ){0,2}(headphones?|earbuds?|earphones?|airpods|ear ?plugs?|"
    r"ear defenders?)\b|\b(clear|transparent|see-through|windowed) (face )?masks?\b|"
    r"\b(lower|remove|take off|pull down) (the |your |her |his |their )?(face )?masks?\b|"
    r"\b(porter|garder|mettre|utiliser) (\w+ ){0,2}(casque|[eé]couteurs|bouchons d'oreilles?|coquilles)\b|"
    r"\bmasques? (transparents?|inclusifs?|[aà] fen[eê]tre)\b|\b(baisser|enlever|retirer) (le |son |votre |leur )?masque\b|"
    # a visit by video or phone: "any chance of a virtual appointment?", "une téléconsultation c'est possible?"
    r"\b(video|virtual|online|zoom|facetime|phone|telephone) (appointment|appt|visit|consult\w*|session|assessment|follow[- ]?up)s?\b|"
    r"\b(tele-?health|tele-?rehab|telemedicine|t[eé]l[eé]consultations?|t[eé]l[eé]r[eé]adaptation)\b|"
    r"\b(rendez-vous|rdv|consultation|s[eé]ance|suivi) (en ligne|virtuel\w*|par (vid[eé]o|visio|zoom|t[eé]l[eé]phone))\b|\ben visio\b|"
    r"\b(cash(?![a-z])|debit(?![a-z])|ch[eè]ques?|visa|mastercard|amex|american express|apple pay|google pay|interac|"
    # other means of payment, in France too: "vous acceptez les chèques vacances ?", "en espèces ou par
    # carte bleue ?", "do you take PayPal or Klarna?", "tickets restaurant ?"
    r"paypal|venmo|zelle|klarna|afterpay|crypto\w*|bitcoin|personal checks?|(take|accept) checks?|contactless|"
    r"ancv|(ch[eè]ques?|coupons?)[- ](vacances?|sport)|(tickets?|titres?)[- ]restaurants?|cesu|esp[eè]ces|carte (bleue|bancaire)|"
    r"(par|en) cb|sans contact|paiement (en (plusieurs|\d+) fois|fractionn[eé])|lydia|"
    # paying in parts: "can i pay half today and the rest next payday", "a payment plan?", "payer la moitié maintenant"
    r"pay (\w+ )?(half|part|some|a (part|portion|bit)|\d+ ?%) (of it |of the (bill|cost|fee) )?(now|today|2day|up ?front|first|"
    r"this week|tonight)\b.{0,30}\b(the )?(rest|remainder|balance|other half)\b|(payment|instal?ment) plans?|"
    r"(pay|paying) (it |for it |the (bill|cost|fee) )?(in|by|over) (instal?lments?|parts|chunks|halves|two|2|three|3|a few) ?(payments|goes|months)?\b|"
    r"split (the|my|it|a) (payment|bill|cost|fee)s? (into|over|across)|payer (la moiti[eé]|une partie)\b.{0,40}\ble reste\b|"
    r"e-?transfers?|credit cards?|(hsa|fsa) cards?|pay(ing)? (with|by|in|using|when|at|before|after)|"
    r"(use|using) (it|them|that|my (hsa|fsa|health spending account)( card)?) to pay|"
    r"(take|accept|use|tap) (a |my |your )?(credit |debit )?cards?|cards? or cash|be paid|payment (method|options?)|"
    r"cartes? (de credit|de cr[eé]dit|de d[eé]bit)|comptant|payer (par|avec|en|comment)|acompte|"
    r"(receipt|invoice|re[cç]u|facture)s?\b.{0,60}\b(number|num[eé]ro|codes?|name|nom|signature|license|licence)|"
    r"(email|send|give|print|reprint|resend) (me )?(all (of )?)?(a |my |the )?(cop(y|ies) of )?(all (of )?)?(my |the )?(receipt|invoice|statement)s?|"
    # a lost receipt sent again: "lost my receipt, can you email me another one?", "me refaire un reçu"
    r"(lost|lose|misplaced|can'?t find|cannot find|threw out|perdu|[eé]gar[eé]) (all (of )?my|all the|my|the|a|mon|ma|le|la|un|une|mes|les|tous mes) (\w+ )?"
    r"(receipt|invoice|re[cç]u|facture)s?|(another|new|second|duplicate|replacement) (copy of (my |the )?)?(receipt|invoice)|"
    r"(refaire|renvoyer|r[eé]imprimer|r[eé]envoyer|redonner) (moi )?(un|une|le|la|mon|ma|des|mes) (nouveau |nouvelle |autre )?"
    r"(re[cç]us?|factures?)|duplicata|"
    # "j'ai besoin d'un reçu pour mes impôts": a receipt asked for, in French
    r"besoin d'(un|une|des|mes) (\w+ )?(re[cç]us?|factures?)\b|"
    r"(veux|voudrais|voudrait|aimerais|demander|recevoir) (un|une|des|mes|le|la|les) (re[cç]us?|factures?)\b|"
    # "vous pouvez me donner un reçu pour mes impôts?", "pouvez-vous me faire une facture?"
    r"(donner|fournir|faire|remettre|[eé]mettre|obtenir|avoir) (moi )?(un|une|des|mes) (\w+ )?(re[cç]us?|factures?)\b|"
    # the time of one's own visit, the email or text with it lost: "lost the email with my appointment
    # time", "when is my next appointment?", "j'ai perdu le courriel avec l'heure de mon rdv"
    r"(lost|deleted|delete|can'?t find|cannot find|misplaced|never got|didn'?t get|perdu|supprim[eé]|effac[eé]|pas re[cç]u) "
    r"(the |my |your |an? |mon |le |ma |la |l'|votre |le |un )?(\w+ )?(e-?mails?|texts?|messages?|confirmations?|courriels?|"
    r"textos?|sms|texto)\b.{0,60}\b(appointment|appt|booking|session|visit|rendez-vous|rdv|s[eé]ance)|"
    r"(when|what time|what day) (is|was|'?s) my (next |upcoming |first )?(appointment|appt|session|visit|booking)|"
    r"(c'est quand|quand est|[aà] quelle heure (est|c'est)) (mon|ma) (prochain |prochaine )?(rendez-vous|rdv|s[eé]ance)|"
    # a receipt made out to someone else, or paid by bank transfer: "can the receipt be made out to my daughter?",
    # "can I send the money by bank transfer?", "je peux faire un virement ?"
    r"(receipt|invoice|re[cç]u|facture)s? (\w+ ){0,3}(made out|addressed|issued|written|put) (\w+ ){0,2}(to|in|under|for|au nom)\b|"
    r"\b(my|his|her|their|\w+'s) names? on (the |my |his |her |their )?(receipts?|invoices?)\b|"
    r"\b(bank transfers?|wire transfers?|(by|via|with) (a )?(bank )?wire|virements?)\b|"
    # "can I get a receipt to send to my insurer myself?", "vous donnez des reçus?"
    r"(get|have|need|ask for|want|provide|issue|give|do) (you )?(give |provide |issue |do )?(me )?(a |an |my |the )?"
    r"(itemi[sz]ed |detailed |official |proper )?(receipt|invoice)s?|"
    r"(avoir|obtenir|donner|donnez|fournir|fournissez|envoyer|envoyez|[eé]mettre|[eé]mettez|faire|faites) (moi )?(un|une|des|mon|ma|le|la|les|mes) "
    r"(re[cç]us?|factures?)\b|(re[cç]us?|factures?) (d[eé]taill[eé]e?s?|officiel\w*|itemi[sz]ed|d[eé]taill[eé])\b|"
    r"reminders?|remind me|confirm (my|the|our) (appointment|appt|booking|session)|confirmation (text|email|call)|"
    # a text, an email or a call about a visit the patient never made: "got an email about a booking i never made"
    r"(never|didn'?t|did not|don'?t remember|do not remember) (\w+ )?(book|booked|make|made|schedule|scheduled|ask for|asked for)\b|"
    r"(text|email|e-mail|call|voicemail|message)s? (\w+ ){0,3}(saying|says|that says|about|confirming|for) (\w+ ){0,3}"
    r"(appointment|appt|booking|session|visit)s? (is |was )?(confirmed|booked|tomorrow|today)|"
    r"(jamais|pas) (pris|r[eé]serv[eé]|book[eé]) (de |ce |un |le )?(rendez-vous|rdv|s[eé]ance)|"
    r"rappel|confirmer (mon|le|ma) (rendez-vous|rdv|s[eé]ance)|"
    r"(running|be|i'?m|i am|i'?ll be|gonna be|going to be|arrive|arriving|get there|show up) (\w+ )?"
    r"(\d+ ?(min|mins|minutes) )?late\b(?! (back|for work|to work|for my (shift|job|meeting)))|arrive (a bit |a little )?late|(arrive|arriver|arrivais|arrivez) en retard|"
    r"en retard (de|pour)|"
    r"(female|male|woman|women|man|lady|girl|guy) (practitioner|therapist|physio\w*|acupuncturist|doctor|clinician)|"
    r"(une|un) (femme|homme|praticienne|th[eé]rapeute femme)\b.{0,20}(praticien|th[eé]rapeute|physio|acupuncteur|me traite|pour me))"
)

# Who may come to a minor's visits, alone or with whom, and who signs the consent: the front desk's
# ("can a 15 year old come in without a parent?", "can her aunt sign the forms?", "est-ce qu'un
# ado peut venir seul à ses rendez-vous?"); no clinic.yml key answers it.
WHO_COMES_OR_SIGNS = re.compile(
    r"\b(come|comes|coming|attend|attends|go|goes|be seen|show up)\b (\w+ ){0,3}(by (himself|herself|themselves|themself)|"
    r"alone|on (his|her|their) own|without (a|his|her|their|me|us|the) (parents?|mum|mom|dad|guardian|adult))\b|"
    r"\b(do|does|must|should|have|has|need|needs) (i|a parent|the parent|we|one of us|an adult|a guardian|his (mum|mom|dad)|"
    r"her (mum|mom|dad)) (have |has |need |needs )?(to )?(be there|be present|come (too|with|along)|stay)\b|"
    r"\b(sign|signs|signing|co-?sign) (the |a |his |her |their |my )?(consent|intake|permission)( forms?| papers?| sheets?)?\b|"
    r"\b(consent|intake|permission) forms?\b (\w+ ){0,3}(sign|signed|signing)\b|"
    r"\b(venir|aller|se presenter) (\w+ ){0,3}(seule?s?|tout seul|toute seule|sans (ses|son|sa|un|une) (parents?|p[eè]re|m[eè]re|adulte))\b|"
    r"\b(signer|signe|signera|signent) (le |les |la |un |une |son |ses )?(formulaires? de )?(consentement|autorisation)\b|"
    # how the forms are signed, on a screen or in person ("can I e-sign the consent form?", "do I have to
    # sign in person?", "je peux signer en ligne ?"): the front desk's
    r"\b(e-?sign\w*|electronic(ally)? sign\w*|digital(ly)? sign\w*|docusign|sign (?!up\b)(\w+ ){0,2}(online|electronically|"
    r"digitally|in person|on paper|by hand|on (a|the|my) (screen|phone|tablet))|signatures? ([eé]lectroniques?|num[eé]riques?)|"
    r"signer (\w+ ){0,2}(en ligne|[eé]lectroniquement|num[eé]riquement|en personne|sur place|[aà] la main|sur (mon|le|un) "
    r"([eé]cran|t[eé]l[eé]phone|cell|tablette)))\b"
)


def _first_visit_asked_front_desk_told(q: Question, logistics: Optional[str]) -> bool:
    """The first visit asked in the question sentence, a front-desk-only phrase told only in the story
    before it ("never had physio, back home you just go to the hospital. what happens at the first
    appointment?"): the story says where the patient comes from, the question is the first visit."""
    return (
        logistics == "first_visit"
        and subject_rules.clinic_topic(q.text) == "first_visit"
        and not FRONT_DESK_ONLY.search(q.text.lower())
    )


# What happens at the first visit, asked with its paperwork or its length beside it ("what happens at
# the first appointment? do i fill out forms", "what happens at the first visit for dry needling? how
# long will it take", "comment se passe le premier rendez-vous, il y a des formulaires ?"): the clinic's
# first visit, even with a treatment named (what a treatment's session is like alone stays its entries)
FIRST_VISIT_ASKED = re.compile(
    r"\bwhat (actually |really |exactly |usually )?(happens|will happen|goes on|to expect|do (you|they) do) (at|on|in|during|for) "
    r"(the|my|a|your|our) (first|1st|initial) (appointment|appt|visit|consult\w*|assessment|session)\b|"
    r"\b(comment|qu'est-ce qui|qu'est ce qui|que) (se passe|se d[eé]roule|arrive|va se passer)(-t-il)? (\w+ ){0,2}"
    r"(premi[eè]re?|1re|1er) (visite|rendez-vous|rdv|consultation|s[eé]ance|[eé]valuation)\b"
)
FIRST_VISIT_DETAIL = re.compile(
    r"\b(forms?|paperwork|intake|consent|questionnaires?|fill (\w+ )?(out|in)|sign (\w+ )?in|register|registration|"
    r"formulaires?|paperasse|consentement|remplir|inscription)\b|"
    r"\bhow long (will|would|does|do|is|should|'?ll) (it|this|that|the (visit|appointment|appt|session|assessment)|i be there) "
    r"(\w+ )?(take|last|be|run)?\b|\bcombien de temps\b"
)
BRING_OR_WEAR = re.compile(r"\b(bring|wear|brought|dress|apporter|amener|porter|m'habiller)\b")
# A plan asked to be billed directly by the clinic, by whatever name ("can you bill my university staff health
# plan directly so I don't pay upfront?", "do you direct-bill the teamsters plan?"): the clinic's direct
# billing (written rule 5's exception), not what that plan pays, even with "pay" in the reason given.
BILLED_DIRECT = re.compile(
    r"\bbill\w* (\w+ ){0,5}direct(ly)?\b|\bdirect[- ]?bill\w*\b|\bfactur\w* (\w+ ){0,4}directement\b"
)
# Whether the first visit treats or only talks ("do i get needled that first day or is it all talking",
# "do you treat at the first appointment or is it just an assessment?"): the clinic's first visit, not how
# needling feels.
FIRST_DAY_TREATED_OR_TALK = re.compile(
    r"\b(needled?|needling|needles|treat|treated|treatment|done)\b[^.?!]{0,40}\b(first|1st|initial) "
    r"(day|visit|appointment|appt|session|time)\b[^.?!]{0,30}\bor (is it |just |only |will it be |it'?s )?"
    r"(all |mostly |just |only )?(talk\w*|chat\w*|an? assessment|assessment|questions|history|paperwork|intake)\b"
)

# Someone's weak English or French told, not asked about ("she doesn't speak much English", "mum's english
# isn't great", "ma mère parle pas bien français"): the clinic's languages only when asked about
LANGUAGE_TOLD = re.compile(
    r"\benglish is (poor|bad|weak|limited|basic|broken)\b|"
    r"\benglish (isn'?t|is not|isnt|not|is n't) (great|good|very good|the best|strong|so good|perfect)\b|"
    r"\b(limited|broken|little|poor) english\b|\b(doesn'?t|does not|don'?t|do not|can'?t|cannot) (really )?(speak|understand) "
    r"(much |good |a lot of |any )?english\b|"
    r"\b(parle|parlent|comprend|comprennent) (pas|presque pas|pas tr[eè]s|pas beaucoup) (bien |tr[eè]s bien )?(le )?(fran[cç]ais|anglais)\b"
)

# Help asked for someone whose language was told in the story ("my mom only speaks Cantonese... can you help
# her understand what's going on?", "mon père parle juste espagnol, vous pouvez lui expliquer?"): the clinic's
# languages, whatever the classifier guessed from the question sentence alone
HELP_TO_UNDERSTAND = re.compile(
    r"\b(help|helping) (her|him|them|my \w+|us) (to )?(understand|follow|communicate|talk)\b|"
    r"\b(explain|explaining|talk|speak) (it |things |this |that |everything )?(to|with) (her|him|them|my \w+)\b|"
    r"\b(l'|les |la |le )?aider (ma |mon |mes )?(\w+ )?(a )?(comprendre|communiquer|suivre)\b|"
    r"\b(lui|leur) (expliquer|parler)\b|\b(expliquer|parler) (a|avec) (ma|mon|mes) \w+\b"
)

# Someone asked to come into the visit with the patient ("he can come inside with me?", "can my son come in
# the room with me?"): with a language told in the story, the clinic's languages (the one who comes in
# helps to talk with us), not the front desk's question about bringing someone
SOMEONE_COMES_IN = re.compile(
    r"\b(can|could|may|is it ok if|ok if|okay if) (he|she|they|my \w+|our \w+)( \w+)? (come|comes|be|stay|sit|go) "
    r"(in|inside|along|with (me|us|her|him|them)|in the room|into the room)\b|"
    r"\b(he|she|they|my \w+|our \w+) (can|could|may|is allowed to|are allowed to) (come|stay|be|sit|go) "
    r"(in|inside|along|with (me|us|her|him|them)|in the room|into the room)\b"
)

# A letter or paper from a lawyer, an insurer or an employer offered ("I also have a letter from my lawyer, do
# you need that?", "j'ai une lettre de mon avocat, vous en avez besoin?"): the front desk says what it keeps
LETTER_OFFERED = re.compile(
    r"^(?=.*\b(letters?|notes?|reports?|forms?|paperwork|documents?|papers?|claim numbers?|lettres?|documents?|"
    r"formulaires?|papiers?|rapports?)\b)(?=.*\b(lawyers?|attorneys?|solicitors?|insurers?|insurance (company|adjuster)|"
    r"adjusters?|employers?|boss|union|avocats?|assureurs?|employeurs?|syndicats?|cnesst|saaq|icbc|wsib|acc)\b)"
    r".*\b((do|would|will) you (guys )?(need|want) (that|it|them|this|those|a copy)|(should|do|shall) i (bring|send|"
    r"email|forward) (that|it|them|this|those|a copy)|(vous )?en (avez|aurez|aviez) besoin|(dois-je|je dois|faut-il) "
    r"(l'|les |vous l'|vous les )(apporter|envoyer|amener))\b"
)

# "Can I bring my baby to the appointment?": bringing someone along, with no other logistics
# question ("can my daughter come to translate?" is about languages), is for the front desk,
# even though "bring" reads as what to bring.
BRINGS_SOMEONE = re.compile(
    r"\b(bring|bringing|come with|come along with|amener|emmener|venir avec|viens avec|accompagn[eé]e? (de|par)) "
    r"(along )?(my|our|a|the|mon|ma|mes|un|une|le|la|les) (\w+ ){0,2}(baby|babies|"
    r"kids?|child|children|son|daughter|toddler|husband|wife|partner|friend|mum|mom|mother|dad|father|dog|"
    r"b[eé]b[eé]|enfants?|fils|fille|chien|conjointe?|amie?|newborn|infant|little one|"
    # "can I bring my 6 month old?", "amener mon petit de 2 ans"
    r"\d+[- ]?(months?|mo|weeks?|years?|yr)[- ]old|petite?|nouveau-n[eé])\b|"
    # "can my husband come with me?", "ok if my 5 year old sits in the waiting room?"
    r"\b(can|could|may|is it ok if|ok if|okay if|is it alright if) (my|our) (\w+ )?(husband|wife|partner|mum|mom|mother|"
    r"dad|father|friend|kids?|son|daughter|toddler|child|baby|\d+[- ]?(year|yr|month)s?[- ]?old)s? "
    r"(come|comes|sit|sits|wait|waits|join|joins|be there|stay|stays|tag along|accompany)\b"
)

# "Can you diagnose my knee?", "what could it be?": a diagnosis, not advice on needling.
_ASKS_DIAGNOSIS = re.compile(
    r"\b(diagnos\w*|what (could|might|would) (it|this|that) be|what'?s (causing|wrong with)|"
    # reading a scan's result: "is my MRI bad?", "mon IRM est grave?"
    r"(mri|irm|x-?rays?|scans?|ultrasound|[eé]chographie|radiographie)\b.{0,40}\b(mean|means|serious|bad|"
    r"worrying|grave|s[eé]rieu\w*|inqui[eé]tant\w*|veut dire|signifie)\b|"
    r"what is (causing|wrong with)|"
    r"what (is|'s) (it|this|that)\W*$)|"
    # French: "vous pouvez me dire ce que j'ai?", "c'est-tu une hernie?"
    r"\b(diagnosti\w*|qu'est-ce que j'ai|qu'est ce que j'ai|ce que j'ai\b|(ça|ca|ce) pourrait [eê]tre quoi|"
    r"qu'est-ce que (ça|ca|ce) pourrait [eê]tre|(c'est|c est|cest|c'est-tu|ce serait|(ça|ca) serait|"
    r"est-ce que c'est|est ce que c'est|serait-ce) (une?|de la|des) (d[eé]chirure|hernie|tendinite|"
    r"fracture|entorse|bursite|capsulite|nerf coinc[eé]|inflammation|kyste|tumeur)\b)",
    re.IGNORECASE,
)

# "what's the difference between IMS and dry needling", "c'est quoi la différence": the
# difference asked in words, whatever condition the story named
DIFFERENCE_ASKED = re.compile(
    r"\b(differen(ce|t)|diff[eé]ren(ce|t)e?s?|same (thing )?as|versus|vs\.?|pareil|(la )?m[eê]me chose)\b"
)
CONDITION_KEEPS_TOPIC = {
    "safety",
    "practitioners",
    "session_length",
    "needles",
    "insurance",
    "sensation",
    "aftercare",
    "technique",
    "origins",
    "evidence",
    "conditions",
    "treatment_course",
}
# Words that tie a message to needling, so that a topic guess for it is not a shot in the dark.
_TREATMENT_WORDS = re.compile(r"\b(acupunct\w*|accupunct\w*|needl\w*|ims|puncture|aiguilles?)\b")
# Conditions of muscles, joints, tendons and nerves (knowledge/synonyms.yml).
MUSCULOSKELETAL = frozenset(
    {
        "low_back_pain",
        "knee_osteoarthritis",
        "hip_osteoarthritis",
        "neck_pain",
        "myofascial_pain",
        "tendinopathy",
        "fibromyalgia",
        "sports_injury",
        "rotator_cuff",
        "nerve_pain",
        "chronic_pain",
    }
)
# "Can someone like me even do this?": whether the patient could go through with it (said with
# a fear of needles, it is how it feels, not a request for a person).
COULD_I_DO_IT = re.compile(
    r"\b(can|could) (someone|somebody|people|a person) like me\b|"
    r"\b(can|could) i (even |still |actually |really )?(do|have|handle|manage|get through|cope with|try) "
    r"(this|it|that|acupuncture|dry needling|needling|ims)\b|"
    r"\bquelqu'un comme moi\b|\b(je peux|je pourrais|est-ce que je (peux|pourrais)) (quand m[eê]me |vraiment )?"
    r"(le faire|y arriver|supporter (ça|ca|les aiguilles))\b"
)
# Needle hygiene ("do you wash your hands, are the needles new every time?") is the safety
# entry's subject, whichever hand-off the classifier guessed from "do you".
HYGIENE_QUESTION = re.compile(
    r"\b(wash (your|their|the) hands|hand ?washing|gloves)\b|"
    r"\bneedles? (are |is )?(\w+ )?(new|clean|sterile|single[- ]use|disposable|reused|re-used|thrown away)\b|"
    r"\b(new|clean|sterile|disposable|fresh) needles?\b|\b(reuse|re-use|reused|re-used|sterili[sz]\w*|single[- ]use|disposable)\b|"
    r"\b(lavez|lave|laver)[- ](vous )?(les|vos) mains\b|\baiguilles? (\w+ )?(neuves?|st[eé]riles?|jetables?)\b|"
    r"\br[eé]utilis\w*"
)
# Needle hygiene asked in a follow-up the classifier took for another topic ("and are the needles
# brand new each time?" after how it feels): safety, when the guess is this unsure.
HYGIENE_GUESS_MAX = 0.8
# Catching something told beside a question on new needles: "paranoid about germs", "can't afford to get sick"
GERMS_TOLD = re.compile(
    r"\b(germs?|infect\w*|bugs|microbes?|bacteria\w*|viruses|virus|get sick|getting sick|catch \w+|"
    r"microbes?|bact[eé]ries?|tomber malade|attraper \w+)\b"
)
# Subjects that are another therapy: "what is it?" after one told in the story asks about it.
OTHER_THERAPY_SUBJECTS = {
    "other_tcm",
    "other_therapies",
    "electroacupuncture",
    "ear_acupuncture",
    "cosmetic",
    "devices_and_scans",
}
_OUR_TREATMENT = re.compile(
    r"\b(dry needling|acupuncture|accupuncture|ims|needling|puncture s[eè]che|l'acupuncture|l'ims)\b"
)
# Topics after which "are they reused?" still speaks of the needles.
TOPICS_ABOUT_NEEDLES = {"needles", "safety", "technique", "sensation"}
# Below this, a hand-off guess is too unsure to override a question about needling for a condition.
UNSURE_HANDOFF = 0.6
# "where a lung could get hit", "près du poumon?"
LUNG_HIT = re.compile(r"\blungs?\b.{0,20}\b(get |be )?(hit|nicked|pierced|punctured|touched)\b|\bpoumons?\b")
# "can the needles touch the lung? he needled my upper back", "could they hit a lung": whether the
# needle can reach the lung, asked with a body part told (safety, not that body part's condition)
# "what about the upper back, near the lungs?", "c'est près des poumons, ça?": the needling place
# named by the lungs beside it asks whether it is safe there
NEAR_LUNG = re.compile(
    r"\b(near|close to|next to|right over|over|above|around|by|close by) (the |my |a |your )?(lungs?|rib ?cage)\b|"
    r"\b(pr[eè]s|proche|[aà] c[oô]t[eé]) (du|des|de mon|de mes) poumons?\b"
)
LUNG_REACHED = re.compile(
    r"\b(needles?|aiguilles?|needling|it|they|ils|elles|ça|ca)\b[^.?!]{0,25}\b(touch|touche|toucher|hit|reach|atteindre"
    r"|puncture|pierce|percer|perforer|nick|piquer)\w*\b[^.?!]{0,12}\b(the |a |my |un |le |les |mon |mes )?(lungs?|poumons?)\b"
)
# "Is acupuncture the same thing as traditional chinese medicine? what's the qi stuff about?": with
# only one of our treatments named, what it is compared to is its tradition (origins).
# A safety guess for a question that says nothing of safety ("is dry needling something people
# with fibro do?") gives way to the condition; "is it safe with my fibro?" stays safety.
SAFETY_WORDS = re.compile(
    r"\b(safe\w*|risk\w*|danger\w*|side[- ]effects?|harm\w*|injur\w*|complications?|ok|okay|"
    r"s[eé]curi\w*|s[uû]re?s?|dangereu\w*|risqu\w*)\b"
)
# A fear of fainting during a session: "scared I'll pass out", "peur de m'évanouir".
FAINTING_FEAR = re.compile(
    r"\b(scared|afraid|terrified|worried|nervous|anxious|fear|freaked out|peur|crainte|inqui[eè]te?|stress[eé]e?) "
    r"(that |of |i'?ll |i will |i might |i'?d |about |de |que je |d')?(\w+ )?(faint|fainting|pass(ing)? out|black(ing)? out|"
    r"m'[eé]vanouir|tomber dans les pommes|perdre connaissance|faire un malaise|[eé]vanouissement)\b"
)


# "I honestly have no clue what dry needling is": what the treatment is, whatever the story.
_ASKS_WHAT_IT_IS = re.compile(
    r"\b(no (clue|idea)|not sure|don'?t (know|understand|get)|wondering|explain) (what|how) "
    r"(dry needling|acupuncture|ims|needling|it|this) (is|works|does)\b|"
    # "my PT suggests dry needling. what does it actually do?": what it does, nothing named after it
    r"\bwhat (does|do|would|will) (it|this|that|they|dry needling|acupuncture|ims|needling|the needles?) "
    r"(actually |really |even |exactly |basically )?do( exactly| to (you|me|the (muscles?|body)))?\W*$|"
    r"\b(qu'est-ce que (ça|ca|cela) fait|(ça|ca) fait quoi)( (exactement|au juste|vraiment))?\W*$|"
    + WHAT_IS_IT.pattern
)
# What follows a "what is it" question in its own sentence, after a comma or a dash, told and not asked
# ("what even is dry needling, my coach keeps telling me to get my quads needled before the meet",
# "c'est quoi au juste l'IMS, mon kiné veut m'en faire avant le match"): no question opener, no "?".
_TOLD_AFTER_A_COMMA = re.compile(
    r"^(?P<named>(?:\s*(?:l'|le |la |les )?(?:acupuncture|ims|dry needling|needling|puncture s[eè]che|aiguilles s[eè]ches))?)"
    r"\s*(?:,|;|:|\s-+|\u2013|\u2014)\s*(?!(?:and|or|but|also|plus|can|could|would|will|should|is|are|does|do|how|"
    r"what|when|why|where|which|who|et|ou|mais|est-ce|peut|puis|comment|quand|pourquoi|o[uù]|combien|quel\w*)\b)[^?]+$"
)


def _what_it_is_without_the_story_after(text: str) -> str:
    """`text` up to the end of its "what is it" question when what follows in the sentence is told, not
    asked (see `_TOLD_AFTER_A_COMMA`): the subject is read from the question, not from the story."""
    low = text.lower()
    found = _ASKS_WHAT_IT_IS.search(low)
    after = _TOLD_AFTER_A_COMMA.match(low[found.end() :]) if found else None
    if after:
        return text[: found.end() + after.end("named")]
    return text


# "ok how soon could I be back playing?", "so could I catch something from them?": a short
# question opening on the last answer, when the classifier is unsure, stays in the conversation.
_CARRIES_ON = re.compile(
    r"^\W*(ok(ay)?|k|alright|all right|right|so|and|but|then|great|cool|got it|sounds good|"
    r"makes sense|i see|d'accord|ok alors|donc|et|mais)\b.{0,60}\b(how|what|when|which|can|could|will|"
    r"would|should|is|are|do|does|comment|quand|est-ce|peut|puis)\b"
)
FOLLOWUP_TOPIC_MIN = 0.05

# "cool, thanks, bye": only words that close a conversation, however the classifier read them.
ONLY_CLOSING = re.compile(
    r"^\W*((ok(ay)?|k|cool|great|perfect|awesome|nice|got it|thanks?|thank you( so much)?|thx|ty|cheers|"
    r"bye|bye bye|goodbye|good bye|see (ya|you)|take care|have a good (day|one)|merci( beaucoup)?|au revoir|"
    r"bonne (journ[eé]e|soir[eé]e)|super|parfait|ciao)\W*)+$"
)
SAYS_BYE = re.compile(r"\b(bye|goodbye|good bye|see (ya|you)|take care|have a good|au revoir|bonne|ciao)\b")
# "Will they give me herbs too? I take blood pressure pills": a question about mixing
# medicines or herbs with treatment, not a call for help now (rule 4 gives the safety note).
_MEDICINES_QUESTION = re.compile(
    r"\b(will|would|do|does|can|could|should|is it (ok|okay|safe|fine)|are)\b.{0,40}"
    r"\b(herbs?|herbal|supplements?|vitamins?|mix\w*|interact\w*|combin\w*)\b"
)
# "Is acupuncture ok while breastfeeding?", "can I still get dry needling if I'm on my
# period?": whether treatment is safe to have is a question, never a call for help now.
_SAFE_TO_HAVE = re.compile(
    r"\b(is|are|would|will)( it| acupuncture| needling| dry needling| ims| this| that| treatment| "
    r"a session| the needles| needles)( \w+)? (ok|okay|safe|fine|alright|all right|risky|dangerous|"
    r"a (good|bad) idea)\b|\b(can|could|should|may) (i|we|you) (still |safely )?(have|get|do|try|book|"
    r"go for|continue)\b.{0,40}\b(while|if|when|with|during)\b|"
    r"\b(est-ce|c'est|ce serait|serait-ce)( que c'est| que)? (s[eé]curitaire|s[uû]r|dangereux|correct|"
    r"risqu[eé]|une bonne id[eé]e)\b|\b(je peux|puis-je|peut-on|on peut) (quand m[eê]me |encore )?"
    r"(avoir|recevoir|faire|essayer)\b.{0,40}\b(si|pendant|quand|avec)\b"
)
# "Why am I so wiped out after acupuncture? Slept 3 hours": tiredness after a session is never
# an emergency by itself; the classifier alone does not raise the alarm on it (rule 4).
_JUST_TIRED = re.compile(
    r"\b(tired|sleepy|wiped( out)?|exhausted|drained|knackered|zonked|slept|fatigu\w*|[eé]puis[eé]e?|crev[eé]e?)\b"
)
_NOT_JUST_TIRED = re.compile(
    r"\b(wake|waking|woke|respond\w*|breath\w*|confus\w*|unconscious|chest|faint\w*|pass(ed)? out|slurr\w*|"
    r"numb|weak|fever|swell\w*|blue|grey|gray|pale|collaps\w*|r[eé]pond\w*|r[eé]veill\w*|respir\w*)\b"
)

# A patient's request to erase their conversation (README: Your data: access and erasure):
# the whole message is the request, so a question that mentions deleting is still a question.
ERASE_REQUEST = re.compile(
    r"^\W*(?:(?:please\s+)?(?:delete|erase)(?:\s+(?:my|this|the)\s+(?:conversation|chat|messages|data|history))?"
    r"|(?:effacer|supprimer|effacez|supprimez)(?:\s+(?:ma|cette|la)\s+(?:conversation|discussion))?"
    r"|(?:effacer|supprimer)\s+mes\s+(?:messages|donn[ée]es))\W*$",
    re.IGNORECASE,
)
FRENCH_REQUEST = re.compile(r"\b(effac|supprim)", re.IGNORECASE)
CONFIRM = re.compile(
    r"^\W*(yes|y|yes please|yes delete( it)?|delete( it)?|oui|o|oui svp|oui,? effacer|effacer)\W*$",
    re.IGNORECASE,
)
REFUSE = re.compile(r"^\W*(no|n|no thanks|keep( it)?|non|non merci|garder)\W*$", re.IGNORECASE)


@dataclass
class Decision:
    """What to reply, and which rule decided it. `kind` is the reply contract's kind."""

    rule: str
    kind: str
    entry: Optional[Entry] = None
    topic: Optional[str] = None
    modalities: List[str] = field(default_factory=list)
    conditions: FrozenSet[str] = field(default_factory=frozenset)
    reason: Optional[str] = None  # fallback: why there is no answer
    subject: Optional[subject_rules.Subject] = None  # fallback not_covered: what is not covered
    term: Optional[str] = None  # fallback not_covered: the unknown health word
    clinic_topic: Optional[str] = None  # clinic / contact: the logistics question
    intent: Optional[str] = None  # smalltalk and contact: which one
    category: str = ""  # emergency: medical or self_harm
    classifier_only: bool = False  # emergency: no red-flag phrase matched
    safety_note: bool = False  # add the one-line "when to call the emergency number"
    booking_offer: bool = False  # add an offer to book an assessment
    booking_modality: Optional[str] = None  # booking: the treatment the patient asked to book
    also: List[Entry] = field(default_factory=list)  # entries for the message's other questions
    language: str = "en"  # erase: the language the patient asked in


def _needles_of_both(q: Question) -> bool:
    from bot.knowledge.entry_choice import _REUSED, NEEDLES_OF_BOTH

    text = q.text.lower()
    return bool(NEEDLES_OF_BOTH.search(text)) and not _REUSED.search(text)


def condition_question(q: Question) -> bool:
    """A treatment and a condition named together in the question ("acupuncture for
    migraines?") is a question about what the research says for that condition, whatever NLU
    guessed. A condition in the story before the question ("my knee has ached all season. What
    even is IMS?") does not make it one."""
    return (
        bool(q.asked_conditions and (q.named or _what_about_after_conditions(q)))
        and not CAUSES_IT.search(q.text.lower())
        and not worse_after_session(q)
        # "does acupuncture look at my whole health or just my sore knee?" asks about the approach
        and not HOLISTIC.search(q.text.lower())
        # "a needle in my wrist. why the wrist when my neck hurts?": where the points go (technique)
        and not needle_placed_elsewhere(q)
        # "needling around my upper back, could that mess with my breathing?": the lung risk (safety)
        and not BREATHING_RISK.search(q.text.lower())
        # "can needling in my neck hit an artery?", "a friend's lung collapsed... should I be
        # worried about that for my shoulder?": a risk asked about (safety)
        and not risk_asked(q)
    )


def _what_about_after_conditions(q: Question) -> bool:
    """ "does acupuncture help RA?" then "what about just the pain in my knee, it's osteoarthritis": a
    follow-up in the follow-up's form naming a condition, after a question whether the conversation's
    treatment helps one, asks the same for it."""
    return (
        bool(q.context) and q.previous_topic in CONDITION_TOPICS and bool(_WHAT_ABOUT.search(q.text.lower()))
    )


def risk_asked(q: Question) -> bool:
    """Whether the question asks about a needling risk: a nerve, an artery or an organ hit, or
    whether to worry about a risk told in the story (a collapsed lung, a side effect)."""
    text, whole = q.text.lower(), q.whole.lower()
    return bool(HITS_SOMETHING.search(text)) or bool(
        WORRIED_ABOUT.search(text)
        and (LUNG_RISK.search(whole) or HITS_SOMETHING.search(whole) or SIDE_EFFECT_WORDS.search(whole))
    )


def needle_placed_elsewhere(q: Question) -> bool:
    """ "Went for neck pain and she put a needle in my wrist. Why the wrist?", "il a piqué mes
    mains, pourquoi les mains?": why a needle went where it did asks how the points are chosen,
    not whether needling helps the pain told."""
    text = q.text.lower()
    return bool(
        NEEDLES_PUT_THERE.search(q.whole.lower())
        and (WHY.search(text) or MAKES_SENSE.search(text) or asks_how_it_works(text))
        and not asks_help(q)
    )


# "does it hurt more than dry needling?", "c'est pire que l'acupuncture?": the one talked about
# compared with the one named
MORE_THAN_NAMED = re.compile(
    r"\b(it|this|that|ims|acupuncture|dry needling) (\w+ ){0,3}(more|less|worse|better|longer|stronger)( \w+)? than\b|"
    r"\b(plus|moins|pire|mieux) (\w+ )?que\b"
)
# "What it feels like", "ce que ça fait": how a session feels
FEELS_LIKE = re.compile(
    r"\bwhat (it|that|this|needling|acupuncture|dry needling|ims|the needles?) (\w+ )?(feels?|felt) like\b|"
    r"\bhow (it|the needles?) (\w+ )?(feels?|will feel|would feel)\b|\bwhat (it'?s|it is|it will be) like\b|"
    r"\b(ce que (ça|ca) fait|quelle sensation|(ça|ca) fait quoi)\b"
)


# The tradition's words named only to be ruled out: "no qi or energy talk please", "sans parler
# d'énergie ou de méridiens", "skip the meridian stuff".
NO_TRADITION_TALK = re.compile(
    r"(?i)\b(no|without|not|skip( the)?|spare me( the)?|none of (the|that)|leave out( the)?|pas de|sans( parler d[e'])?)\b"
    r"( \w+){0,2}? ?(qi|chi|meridians?|energy|energies|yin|yang|m[eé]ridiens?|[eé]nergies?)\b"
    r"(( or| and| ou| et|,) (\w+ )?(qi|chi|meridians?|energy|energies|yin|yang|m[eé]ridiens?|[eé]nergies?))*"
)


# The tradition's words, set beside the research only as what it might be instead ("or is it all qi?")
TRADITION_WORDS = re.compile(
    r"(?i)\b(qi|chi|meridians?|energy|energies|yin|yang|m[eé]ridiens?|[eé]nergies?|traditions?|traditionnelles?)\b"
)


def asked_modalities(q: Question, topic: str) -> List[str]:
    """The modalities a question is about: named ones, else the conversation's."""
    mods = list(q.named) or list(q.context)
    if len(q.named) == 1 and MORE_THAN_NAMED.search(q.text.lower()):
        # "does it hurt more than normal dry needling?" after a question on IMS: both
        mods = list(dict.fromkeys([m for m in q.context if m not in q.named] + mods))
    if topic == "difference" and len(mods) <= 1:
        # "are acupuncture points and trigger points the same?": trigger points are dry
        # needling's, acupoints acupuncture's; the points compared name the treatments
        mods = list(dict.fromkeys(mods + _treatments_by_their_points(q.text.lower())))
    if topic == "difference" and len(mods) == 1:
        others = [m for m in q.context if m not in mods]
        mods = mods + others if others else list(MODALITIES)
    if topic == "difference" and not mods:
        mods = list(MODALITIES)
    return mods


def _treatments_by_their_points(text: str) -> List[str]:
    """The treatments whose own points a question compares: acupoints (acupuncture) with
    trigger points (dry needling). Only when both kinds of points are named."""
    if TRIGGER_POINTS.search(text) and ACUPOINTS.search(text):
        return ["acupuncture", "dry_needling"]
    return []


# "same needles right?" said of two treatments compared, and the words that make it needles used again
_SAME_NEEDLES = re.compile(
    r"\b(the |use |uses |using )?same (needles?|ones|kind of needles?|type of needles?)\b|"
    r"\b(les |la |des )?m[eê]mes? (sortes? d'|types? d')?aiguilles?\b",
    re.IGNORECASE,
)
_REUSE_TOLD = re.compile(
    r"\b(everyone|everybody|every (patient|person|client)|other (people|patients?|persons?|clients?|side)|"
    r"(next|last|previous) (person|patient|client)|before me|after me|again|re-?us\w*|infect\w*|hiv|hepatit\w*|"
    r"clean\w*|dirty|steril\w*|tout le monde|autres? (patients?|personnes?|clients?)|r[eé]utilis\w*|st[eé]ril\w*|"
    r"propres?|sales?)\b"
)


# What needling is used for in general: "what kinds of problems is it used for?", "what conditions can
# IMS treat?", "pour quels problèmes on utilise l'acupuncture?"
GENERAL_USES = re.compile(
    r"\bwhat (kinds?|sorts?|types?) of (problems|conditions|things|issues|injuries|pain|ailments)\b|"
    r"\bwhat (problems|conditions|things|issues|injuries|ailments) (is|are|does|do|can|could)\b|"
    r"\b(pour|dans) quels? (types? de |genres? de |sortes? de )?(probl[eè]mes|maux|conditions|cas|troubles)\b|"
    r"\bquels? (types? de |genres? de |sortes? de )?(probl[eè]mes|maux|troubles) (on |peut|peuvent|est-ce)|"
    # "...everything hurts. what is dry needling good for?", "à quoi sert l'IMS?": what it is used for in general
    + WHAT_IT_IS_FOR.pattern
)


def find_answer(store: KnowledgeStore, q: Question, topic: str, mods: List[str]) -> Optional[Entry]:
    """The entry for `topic`. Conditions from the story before the question count only when
    the question is about what needling is used for or what the research says ("does it
    work for me?"); otherwise "my shoulder's been bad. How long does the bruise last?" would
    pull towards the research on shoulders."""
    conditions = set(q.conditions) if topic in CONDITION_TOPICS else set(q.asked_conditions)
    # "...his shoulder is 'dead'. what kinds of problems is dry needling used for?": the list of uses,
    # not the research on the problem told before it
    general_uses = topic in CONDITION_TOPICS and bool(GENERAL_USES.search(q.text.lower()))
    if general_uses:  # only a problem named in the question sentence itself
        conditions = set(store.synonyms.find_in_text("condition", q.text))
    # "How many sessions for tennis elbow?" stays a question about the course of treatment:
    # the research entries for the condition are only looked at for topics that give way.
    widen = (
        topic in CONDITION_TOPICS
        or topic not in CONDITION_KEEPS_TOPIC
        and not WHAT_IS_IT.search(q.text.lower())
        # "cranky knee... what's the difference between IMS and dry needling?" asks how they differ
        and not (topic == "difference" and DIFFERENCE_ASKED.search(q.text.lower()))
    )
    related = [t for t in q.topics + (CONDITION_TOPICS if conditions and widen else []) if t != topic]
    if conditions and not widen:
        related = [t for t in related if t not in CONDITION_TOPICS]
    if topic in CONDITION_TOPICS and exercise_soreness(q):
        # "legs are dead after the marathon, does it help that soreness?": not the soreness a
        # session leaves
        related = [t for t in related if t not in SORENESS_TOPICS]
    topics = [topic] + list(dict.fromkeys(related))
    if topic == "overview" and asks_how_it_works(q.text):
        # "...for my lower back. how is it supposed to work?": how it works, whatever the story
        # named; the research for the back is no answer to it
        topics = [topic]
    text = q.text if general_uses else q.whole
    if topic == "sensation" and ALWAYS_THAT_INTENSE.search(q.text.lower()):
        # "it hurt like hell when it twitched. is that how dry needling normally feels?": how it
        # feels in general, not the twitch or the shoulder told before
        text, conditions = q.text, set()
    lookup: FrozenSet[str] = frozenset(mods) if mods else frozenset(MODALITIES)
    question = q.text
    if topic == "overview":  # "how does it work? no qi or energy talk please": not the qi entry
        text, question = NO_TRADITION_TALK.sub(" ", text), NO_TRADITION_TALK.sub(" ", question)
    if topic == "evidence" and RESEARCH_BEHIND.search(question.lower()):
        # "any research behind it or is it all qi?": the research, not the qi entry
        text, question = TRADITION_WORDS.sub(" ", text), TRADITION_WORDS.sub(" ", question)
    if topic == "sensation":  # "the ache around the needle, is that the 'de qi' thing?": how it feels, not qi
        text, question = DE_QI.sub(" ", text), DE_QI.sub(" ", question)
    if topic != "safety" and len(mods) >= 2 and not _REUSE_TOLD.search(text.lower()):
        # "difference between dry needling and acupuncture? same needles right?": the same needles
        # for the two treatments, not needles used again on another patient (the sterile entry's term)
        text, question = _SAME_NEEDLES.sub(" ", text), _SAME_NEEDLES.sub(" ", question)
    if topic == "choosing" and len(mods) >= 2 and HAVE_BOTH.search(q.text.lower()):
        # "could I alternate them, one week each?": having the two together is the having-both
        # entry's own word, however it was said
        text, question = f"{text} both", f"{question} both"
    asked = frozenset(conditions) if general_uses else q.asked_conditions
    entry = store.find(topics, lookup, text, conditions, question=question, asked=asked)
    if entry is not None and _research_asked_got_uses(entry, topic, question):
        # "can needling help fibromyalgia?" then "ok and is there actual research on that or just
        # stories?": the research asked for in so many words, not the list of uses for the problem
        # told, when no research entry names it
        entry = store.find([topic], lookup, question, set(), question=question) or entry
    if (
        entry is not None
        and topic == "treatment_course"
        and entry.topic in SORENESS_TOPICS
        and sessions_for_a_sore_part(q)
    ):
        # "how many IMS sessions would it take for a back that's been sore since...": the course for
        # the sore back, not the soreness a session leaves (the after-care entry's word)
        plain = SORENESS.sub(" ", text.lower())
        entry = (
            store.find([topic], lookup, plain, conditions, question=SORENESS.sub(" ", question.lower()))
            or entry
        )
    if entry is not None and _which_named_got_uses(entry, topic, mods, question):
        # "acupuncture, dry needling or IMS - which one makes sense for a neck that's stiff?": choosing
        # among the treatments named, not the list of uses for the neck
        entry = store.find([topic], lookup, question, set(), question=question) or entry
    if entry is None and len(mods) >= 2:  # a comparison asked on an aspect we have no entry for
        entry = store.find(
            ["difference"], lookup, q.whole, conditions, question=q.text, asked=q.asked_conditions
        )
    return entry


def _research_asked_got_uses(entry: Entry, topic: str, question: str) -> bool:
    """The research asked in so many words ("is there actual research on that?", "which of them has
    the most research behind it") and the entry found the uses for a problem told (its sibling
    topic, conditions), there being no research entry for it."""
    return (
        topic == "evidence" and entry.topic == "conditions" and bool(RESEARCH_BEHIND.search(question.lower()))
    )


def _which_named_got_uses(entry: Entry, topic: str, mods: Sequence[str], question: str) -> bool:
    """Which of two or more treatments named to pick, asked in so many words, and the entry found the
    uses for the problem told (a sibling topic of choosing)."""
    return (
        topic == "choosing"
        and len(mods) >= 2
        and entry.topic in CONDITION_TOPICS
        and bool(WHICH_ONE.search(question.lower()))
    )


def _kb_rule(entry: Entry, topic: str, mods: Sequence[str]) -> str:
    if not entry.is_general:
        return "kb_specific"
    if entry.topic == topic and set(entry.modalities) == set(mods or MODALITIES):
        return "kb_general"
    return "kb_comparison"


def answer_topic(store: KnowledgeStore, q: Question, topic: str, **extra) -> Decision:
    """The knowledge-base answer for `topic` and the question's treatments (rule 16)."""
    mods = asked_modalities(q, topic)
    entry = find_answer(store, q, topic, mods)
    rule = extra.pop("rule", None)  # the caller's name for a kb answer; no entry has its own rule
    if entry is None and not mods:
        return Decision("ask_which", "clarify", topic=topic, **extra)
    if entry is None:
        return Decision("no_entry", "fallback", reason="no_entry", topic=topic, modalities=mods, **extra)
    rule = rule or _kb_rule(entry, topic, mods)
    return Decision(
        rule,
        "kb",
        entry=entry,
        topic=topic,
        modalities=mods,
        conditions=q.conditions,
        also=_other_questions(store, q, entry),
        **extra,
    )


def _other_questions(store: KnowledgeStore, q: Question, answered: Entry) -> List[Entry]:
    """For a message with several questions: the best entry for each of the others, offered
    as a button, so no question is silently dropped."""
    found = []
    mods = frozenset(q.named or q.context)
    for other in q.others[:2]:
        hits = [e for e in store.search(other, limit=3, modalities=mods) if e.id != answered.id]
        if hits and hits[0] not in found:
            found.append(hits[0])
    return found


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


def _which_of_two(q: Question) -> bool:
    """ "which one would you pick for a sore desk neck?" right after two treatments were compared:
    choosing between them for the complaint told, not advice on the complaint alone."""
    return (
        q.intent in UNSURE | {"ask_choosing", "ask_conditions", "ask_evidence"}
        and bool(WHICH_ONE.search(q.text.lower()))
        and len(set(q.context)) >= 2
        and not q.named
        and q.previous_topic in ("difference", "choosing")
    )


def _fear_tips(q: Question) -> bool:
    """A fear of needles told, and the question asks for tips or what would make it easier
    ("any tips?", "anything that makes it easier?", "des conseils?"), not to book."""
    text = q.text.lower()
    return (
        bool(FEAR_OF_NEEDLES.search(q.whole.lower()))
        and bool(TIPS.search(q.text) or LESS_SCARY.search(text))
        and not ASKS_TO_BOOK.search(text)
    )


def _followup_misread(q: Question) -> bool:
    """A short "and for <another problem>?" after a knowledge-base answer on a treatment, read by
    the classifier as a hand-off, small talk or out of scope: it asks the last question again
    for that problem ("et pour le stress au travail?", "what about a runner with sore calves?")."""
    return (
        bool(q.previous_topic)
        and not q.previous_topic.startswith(CLINIC_TOPIC_PREFIX)
        # "can needling help tendon problems?" names no treatment of its own: the complaint carries on
        and bool(q.context or q.context_conditions)
        and q.intent in HANDOFFS | SMALLTALK | {"out_of_scope"}
        # "my wrist specifically, from the trowel": a body part alone narrows the last complaint
        and bool(q.conditions or body.musculoskeletal_condition(q.whole) or body.names_body_part(q.whole))
        # "pis pour l'arthrose du pouce à cause du tricot?": a sentence in the follow-up's form may
        # carry a few words of why
        and _words(q.whole) <= FOLLOWUP_OPENING_MAX_WORDS
        and bool(_FOLLOWUP_FORM.search(q.whole.lower()))
    )


def _is_followup(q: Question) -> bool:
    """A short message that only makes sense after the last answer (rule 11); a short opening in
    the follow-up's form with a story after it counts as short ("and what about my lower back? i
    sit bent over people all day", "pis pour les poignets? je coupe des cheveux toute la journée")."""
    if not q.previous_topic:
        return False
    text = q.whole.lower()
    short = _words(text) <= FOLLOWUP_MAX_WORDS or _opening_sentence(q) is not None
    return short and bool(q.conditions or q.named or _POINTS_BACK.search(text))


_THE_OTHER_ONE = re.compile(
    r"\b(the other (one|treatment|kind|type)|other one|l'autre|les autres|the others)\b"
)


def _follow_up_on_the_conversations_treatment(q: Question) -> bool:
    """A follow-up in the follow-up's form ("and what about my lungs if they needle my traps?", "ok
    fair enough. what about the insomnia then?", "et pour le sommeil ?") after an answer about a
    treatment the conversation named: that treatment carries on, no need to ask which."""
    if not q.context or not q.previous_topic or q.previous_topic.startswith(CLINIC_TOPIC_PREFIX):
        return False
    if _THE_OTHER_ONE.search(q.whole.lower()):
        return False  # "what about the other one?": which one is still to ask
    return any(
        _FOLLOWUP_FORM.search(sentence.lower().strip())
        for sentence in [q.text, *wording.sentences(q.whole)]
        if _words(sentence) <= FOLLOWUP_OPENING_MAX_WORDS
    )


def _next_intent(q: Question) -> Question:
    """The question as if the classifier's emergency guess were not there."""
    ranking = [(name, conf) for name, conf in q.ranking if name != "emergency"]
    name, conf = ranking[0] if ranking else ("nlu_fallback", 0.0)
    topics = [n[len(TOPIC_PREFIX) :] for n, c in ranking if n.startswith(TOPIC_PREFIX) and c >= 0.15][:3]
    if name.startswith(TOPIC_PREFIX) and name[len(TOPIC_PREFIX) :] not in topics:
        topics.insert(0, name[len(TOPIC_PREFIX) :])
    return replace(q, intent=name, confidence=conf, topics=topics)


def route(
    q: Question,
    store: KnowledgeStore,
    offers_answer=lambda topic: True,
    opening: Optional[Tuple[int, int]] = None,
) -> Decision:
    """Decide the reply to `q` (the rules are in this module's docstring, in this order).
    `offers_answer(topic)` says whether the clinic wrote its own answer to a logistics topic;
    `opening` is the clinic's earliest opening and latest closing, in minutes after midnight
    (clock.opening_span of clinic.yml `hours`), when known."""
    if (
        q.red_flag
        and not long_standing(q)
        and not hypothetical(q)
        and not past_faint_asked_again(q)
        and not emergency_alone.figure_of_speech(q.whole)
        and not emergency_alone.illness_named_only(q.whole)
        and not (q.red_flag == "medical" and emergency_alone.numbness_lingering_asked(q))
    ):
        return Decision("red_flag", "emergency", category=q.red_flag)
    erasure = erase_step(q)
    if erasure:
        return erasure
    if q.input_problem:
        return Decision("input_problem", "fallback", reason=q.input_problem)
    if q.intent == "choose_entry":
        entry = store.get(q.kb_id or "")
        if entry is None:
            return Decision("no_entry", "fallback", reason="no_entry")
        return Decision(
            "choose_entry", "kb", entry=entry, topic=entry.topic, modalities=list(entry.modalities)
        )

    safety_note = bool(q.red_flag)  # a long-standing condition: answered, with the safety note
    if q.red_flag and hypothetical(q) and not q.intent.startswith(TOPIC_PREFIX):
        # "what should I do if I get chest pain after my next treatment?": what to watch for and
        # do after a session, whatever the classifier made of the alarm words
        decision = answer_topic(store, replace(q, topics=["safety", "aftercare"]), "safety")
        decision.safety_note = True
        return decision
    if q.intent == "emergency":
        # A red-flag phrase sets the intent itself; a long-standing condition was let through
        # above, so only the classifier's own reading can raise the alarm here.
        if (
            not q.red_flag
            and q.confidence >= EMERGENCY_MIN_CONFIDENCE
            and not asks_about_treatment(q)
            and not emergency_alone.not_an_alarm(q)
        ):
            return Decision("classifier_emergency", "emergency", category="medical", classifier_only=True)
        q, safety_note = _next_intent(q), True
        if emergency_alone.asks_what_it_is(q):
            # "the physio keeps suggesting IMS. What is it exactly?": the overview, not the second guess
            q = replace(q, intent="ask_overview", topics=["overview"])
        elif emergency_alone.topic_plainly_asked(q):
            # "does it hurt? he didn't survive 40 winters to be stuck full of pins", "Is it safe? I
            # cannot afford to end up in the ER": the asked sentence decides over a weak second guess
            topic = emergency_alone.topic_plainly_asked(q)
            # as sure as the emergency reading was: the asked sentence, not a guess, names the topic
            sure = max([q.confidence] + [c for n, c in q.ranking if n == "emergency"])
            q = replace(q, intent=f"{TOPIC_PREFIX}{topic}", topics=[topic], confidence=sure)
        if (
            q.intent in HANDOFFS - {"book"}
            and q.previous_topic
            and not q.previous_topic.startswith(CLINIC_TOPIC_PREFIX)
            and _is_followup(q)
            and not ASKS_TO_BOOK.search(q.text.lower())
        ):
            # "and for my mum's upper back from the gardening?" after how many sessions: a short
            # follow-up keeps the conversation's topic; the second guess behind the classifier's
            # emergency is not a request for the clinic's phone or a person
            q = replace(q, intent="nlu_fallback")
        if q.red_flag and q.conditions and q.intent in HANDOFFS and not ASKS_TO_BOOK.search(q.text.lower()):
            # "frozen for 7 months, the pain wakes me at night. What would you recommend?": the
            # second guess behind the red flag is not a request for the hours; the condition is.
            q = replace(q, intent="nlu_fallback")
    if (
        q.intent == "book"
        and BEFORE_BOOKING.search(q.whole.lower())
        and not ASKS_TO_BOOK.search(q.text.lower())
    ):
        # "just curious before i book - what would a punctured lung feel like?": the question
        # after the preface decides, not the word "book"
        ranking = [(n, c) for n, c in q.ranking if n != "book"]
        if ranking and ranking[0][0].startswith(TOPIC_PREFIX):
            q = _next_intent(replace(q, ranking=ranking))
    lung_told = bool(
        LUNG_RISK.search(q.whole.lower())
        and (q.named or q.context or _TREATMENT_WORDS.search(q.whole.lower()))
    )
    if (
        risk_of_a_past_scare(q)
        # a collapsed lung told with a treatment ("mon ami a eu le poumon perforé après l'acupuncture
        # il y a des années... c'est probable?") is the risk, whatever after-care was guessed
        and (q.intent not in {"ask_safety", "ask_aftercare"} or (lung_told and q.intent != "ask_safety"))
        and not (q.intent in UNSURE and q.confidence >= SURE_OUT_OF_SCOPE)
    ):
        # "my friend's lung collapsed after acupuncture years ago... how likely is that?": the risk,
        # not the first visit or the research, whatever the classifier read in the story
        decision = answer_topic(store, replace(q, topics=["safety", "aftercare"]), "safety")
    elif old_faint_asks_can_have(q):
        # "my dad passed out years ago at the dentist, can he get dry needling?": an old faint told
        # before asking whether needling may be had is the safety entry (how it feels with a fear
        # told), not an unknown health word, a session's reaction nor the session's length
        topics = (
            ["sensation", "safety"] if FEAR_OF_NEEDLES.search(q.whole.lower()) else ["safety", "sensation"]
        )
        decision = answer_topic(store, replace(q, topics=topics), topics[0])
    else:
        decision = _route_question(q, store, offers_answer, opening)
    entry_topic = decision.entry.topic if decision.entry else ""
    if decision.rule in anchoring.GUARDED_RULES:
        unanchored = anchoring.unanchored(q.text, store, decision.rule, entry_topic)
    elif decision.rule in anchoring.PLAN_GUARDED_RULES and entry_topic == "insurance":
        unanchored = anchoring.plan_unanchored(q.text, store, entry_topic)  # "what about UHIP?"
    else:
        unanchored = None
    if unanchored:
        decision = Decision("not_covered", "fallback", reason="not_covered", subject=unanchored)
    decision.safety_note = decision.safety_note or safety_note
    if q.red_flag and decision.kind == "clinic":
        # A sign of an emergency, even told as past, is never met with a clinic's own answer
        # (fees, access...): the patient gets the clinic's phone and the safety note.
        decision = Decision(
            "clinic_unknown",
            "contact",
            clinic_topic=decision.clinic_topic,
            intent="ask_contact",
            safety_note=True,
        )
    return decision


# A message that asks something: a question mark, or a question word opening a sentence.
_ASKS_SOMETHING = re.compile(
    r"\?|\b(do|does|did|can|could|will|would|should|is|are|am) (i|you|we|they|it|there|he|she)\b|"
    r"(^|[.!,;]\s*)(do|does|did|is|are|can|could|will|would|should|how|what|when|where|who|why|which|"
    r"est-ce|combien|comment|quand|o[uù]|pourquoi|quel\w*|puis-je|peut-on|dois-je|faut-il)\b|"
    # a request to the clinic is one too: "I need to cancel tomorrow's 2pm, my kid is sick"
    r"\b((i|we|i'?d|we'?d) )?(need|have|want|would like|like|wanna|gotta|got) to (cancel|reschedule|move|change)\b|"
    r"\b(je dois|je veux|j'aimerais|je voudrais|il faut que j'?) ?(annuler|d[ée]placer|reporter|changer)\b"
)


def asks_about_treatment(q: Question) -> bool:
    """ "Do you bill Blue Cross direct?", "my knee hurts from my IT band, would dry needling help?",
    "whiplash since last year, would needling still help?": a question for the clinic, or
    whether a treatment would help, is not a call for help now, whatever the classifier read in
    the pain words around it. Only a red-flag phrase raises the alarm in such a message (on the
    spent sets, every emergency the classifier caught alone asked neither); the reply carries
    the one-line safety note instead."""
    if subject_rules.clinic_topic(q.text) and _ASKS_SOMETHING.search(q.whole.lower()):
        return True  # a clinic question; a story with "stairs" in it and no question is not one
    if _MEDICINES_QUESTION.search(q.text.lower()):
        return True
    if _SAFE_TO_HAVE.search(q.text.lower()):
        return True  # "is acupuncture ok while breastfeeding?": whether it is safe to have
    whole = q.whole.lower()
    if _JUST_TIRED.search(whole) and not _NOT_JUST_TIRED.search(whole) and AFTER_A_SESSION.search(whole):
        return True  # tired or sleepy after a session, nothing else: an after-effect question
    return bool(q.named or NEEDLING_WORDS.search(q.text.lower())) and asks_help(q)


def erase_step(q: Question) -> Optional[Decision]:
    """Rule 1a: "DELETE" asks to confirm; "YES" then erases, "NO" keeps (kind `privacy`)."""
    text = q.whole.strip()
    language = (
        "fr"
        if FRENCH_REQUEST.search(text) or text.lower().strip(" .!") in ("oui", "o", "non", "garder")
        else "en"
    )
    if q.erase_asked and CONFIRM.match(text):
        return Decision("erase", "privacy", reason="erased", language=language)
    if q.erase_asked and REFUSE.match(text):
        return Decision("erase", "privacy", reason="kept", language=language)
    if ERASE_REQUEST.match(text):
        return Decision("erase", "privacy", reason="confirm_erase", language=language)
    return None


# Asking to book in one's own words, then when one is free or whom one wants ("want to book IMS for my
# back. any weekday after 3:30 works", "I'd like to book dry needling, mornings are best", "can I book
# with a female physio?", "j'aimerais réserver de l'acupuncture, le jeudi soir idéalement"): a booking
WANTS_TO_BOOK = re.compile(
    r"\b(i'?d like to|i would like to|i want to|want to|wanna|looking to|hoping to|trying to|can i|could i|may i|"
    r"i need to|need to|i'?d love to|let me|please|can we|could we|may we|we'?d like to|we want to|we need to) (book|schedule|make an appointment|reserve)\b|"
    r"\b(je voudrais|je veux|j'aimerais|je souhaite|je souhaiterais|puis-je|je peux|est-ce que je peux|j'aimerai) "
    r"(r[eé]server|booker|prendre (un )?(rendez-vous|rdv)|avoir (un )?(rendez-vous|rdv)|cédule\w*|c[eé]duler)\b"
)
BOOKING_WISH = re.compile(
    r"\b(after|before|apr[eè]s|avant|around|vers|from|by) \d|\b(any|every|most|on) (week)?days?\b|\bweek ?(days?|ends?|nights?)\b|"
    r"\b(mornings?|afternoons?|evenings?|lunch ?(time|break|hour)|matins?|apr[eè]s-midi|soirs?|soir[eé]es?|fin de semaine|midi)\b|"
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b|"
    r"\b\d{1,2}(:\d\d)? ?(am|pm|h\d*)\b|\b(works?|suits?|is) (best|for me|fine|good)\b|\b(je suis libre|i'?m free|i am free)\b|"
    r"\b(female|male|woman|man|lady|guy|femme|homme)\b|"
    # with whom, after an answer on who gives it: "can I book with one of your physios then", "book with them"
    r"\b(book|schedule|r[eé]server)\w* (in )?(with|avec) (them|him|her|one of (your|the|them|those)|your|the same|elle|lui|eux|"
    r"l'une? de (vos|ces)|votre|vos)\b|"
    # as soon as can be: "need to book dry needling for my wrist asap", "je voudrais réserver au plus vite"
    r"\b(asap|as soon as (possible|you can)|urgently|au plus vite|d[eè]s que possible|le plus t[oô]t possible)\b|"
    # before a departure or a date: "can i book dry needling before I fly home on the 14th?", "want to book IMS
    # before my trip", "je voudrais réserver avant de partir le 20"
    r"\b(before|by|until) (i|we) (leave|go|fly|move|head)\b|\bbefore (my|our|the) (trip|flight|vacation|holidays?|move|"
    r"departure|wedding|race|tournament)\b|\b(on|before|by) the \d{1,2}(st|nd|rd|th)?\b|\bavant (de partir|mon d[eé]part|"
    r"notre d[eé]part|mon voyage|mes vacances|mon vol|le \d{1,2})\b|"
    # two people booked together: "book dry needling for me and my husband at the same time", "pour moi et ma fille"
    r"\bfor (me|myself|us) (and|\+|&) (my|our) \w+\b|\b(both|two|2) of us\b|\b(at the same time|back[- ]to[- ]back|together|"
    r"same (time|slot|day)|side by side)\b|\bpour (moi|nous) et (mon|ma|mes|notre)\b|\b(en m[eê]me temps|tou(s|tes) les deux|"
    r"l'un apr[eè]s l'autre|une apr[eè]s l'autre|un apr[eè]s l'autre|ensemble|c[oô]te [aà] c[oô]te)\b"
)


# Coming in wished for, with the days or times told ("I'd like to come in for IMS twice while I'm home, say
# monday and thursday, is that doable?"): a booking (BOOKING_WISH says when), whatever entry the
# classifier guessed from the treatment named
COMING_IN_WISHED = re.compile(
    r"\b(i'?d|i would|we'?d|we would) (like|love) to come in\b|\b(i|we) (want|wanna|need) to come in\b|"
    r"\b(hoping|planning|looking) to come in\b"
)

# Appointments asked about at a time of day or on days in general, no booking asked ("do you have
# appointments after 6? I only have coverage once my partner's home", "Do you have appointments tuesday or
# thursday afternoons"): whether the clinic sees people then is its hours (the front desk), not a slot
# asked for ("any openings friday?", "do you have any appointments tomorrow?" stay bookings)
APPOINTMENTS_AT_HOURS = re.compile(
    r"\b(do|does) (you|u|y'?all|the clinic)( guys)? (have|do|offer|take) (any )?(appointments|appts)\b"
    r"(?= (\w+ ){0,4}?((after|past|before|later than|earlier than) \d|(early )?(mornings|afternoons|evenings|nights|weekends)\b|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)days\b))"
)

# What a treatment is, asked, the price list only where it was seen, no price asked ("What is IMS? It's on your price
# list", "c'est quoi l'IMS ? je l'ai vu dans vos tarifs")
_WHAT_IT_IS_SEEN_ON_THE_PRICES = re.compile(
    r"^(?!.*\b(how much|cost\w*|price of|prices? for|charge\w*|fees? for|combien|co[uû]t\w*|prix de|tarif de|tarifs? pour)\b)"
    r"(?=.*\b(what'?s|what is|what are|what does \w+ (mean|stand for)|c'est quoi|qu'est-ce que c'est|qu'est-ce que)\b)"
    r".*\b(on|in|from|at|sur|dans) (your|the|vos|votre|la|les) (\w+ )?(price|fee|rate|pricing|tarif\w*|prix)( lists?| sheets?| menus?| pages?"
    r"| boards?| grilles?| listes?)?\b"
)


def _asks_to_book_with_a_wish(q: Question) -> bool:
    """Asking to book, then saying when or with whom, and nothing else asked (a clinic topic or a
    subject decides otherwise)."""
    whole = q.whole.lower()
    return bool(
        (WANTS_TO_BOOK.search(whole) or COMING_IN_WISHED.search(whole))
        and BOOKING_WISH.search(whole)
        and not q.red_flag
    )


def _route_question(q: Question, store: KnowledgeStore, offers_answer, opening=None) -> Decision:
    """Rules 5 to 16 of the module docstring, in order."""
    if asks_another_adviser(q.text) and not any(
        s.id == "practitioner_conduct" for s in subject_rules.not_covered_subjects(q.text)
    ):
        # "do I need an attorney after the crash?", "which brand of blue-blocking lenses?", "how do I
        # apply for a disabled parking badge for my mum?": a lawyer's, a shop's or the city's question,
        # out of scope whatever the classifier guessed (bot/knowledge/everyday.py; suing a practitioner
        # is rule 5's practitioner_conduct: "can I sue my acupuncturist?")
        return Decision("out_of_scope", "fallback", reason="out_of_scope")
    if (
        (
            asks_everyday(q.whole)
            or (asks_errand(q.text, q.whole) and not (q.named or q.context or q.conditions))
        )
        and not q.red_flag
        and subject_rules.not_covered_subject(q.whole) is None
    ):
        # "are split shifts legal?", "which backpack should I buy?", "vous connaissez un bon pédiatre?", "how do
        # I turn off autocorrect?": an everyday matter by its shape, none of ours named (bot/knowledge/everyday.py)
        return _out_of_scope_or_not_covered(q, store)
    if (
        not (q.context or q.red_flag)
        and subject_rules.not_covered_subject(q.whole) is None
        and (
            (asks_career(q.text, q.whole) and not q.named)
            or (asks_far_afield(q.text, q.whole) and not q.named)
            or (
                asks_difference_afield(q.whole)
                and not q.named
                and not about_health(q, store)
                and not any(rx.search(q.whole.lower()) for _, rx in _DEFINED_TERMS)
            )
        )
    ):
        # "whats the best yeast for a tripel?", "who do you like in the Queen's Plate?", "comment devenir
        # physiothérapeute?", "un emplacement au marché?", "la différence entre un géomètre et un géomaticien?": far
        # from needling and the clinic, none of ours named and no conversation about ours (session 23, tuner WC)
        return _out_of_scope_or_not_covered(q, store)
    # The clinic topic comes from the question; the story decides only when the question
    # itself asks nothing of its own ("I got charged for missing Monday. Is that right?"), not
    # when it asks to book or for a person ("the booking page fails at the payment step. Can
    # someone book me in by phone?": no question about fees).
    logistics = subject_rules.clinic_topic(q.text) or (
        subject_rules.clinic_topic(q.whole)
        if q.intent in HANDOFFS | UNSURE | {"ask_insurance"}
        and not _asks_about_treatment_itself(q)
        and not ASKS_TO_BOOK.search(q.text.lower())
        and not ASKS_PERSON.search(q.text.lower())
        else None
    )
    if (
        not logistics
        and _ANOTHER_TIME_ASKED.search(q.text.lower())
        and not _TREATMENT_WORDS.search(q.text.lower())
        and not asks_help(q)
        and _words(q.text) <= _ANOTHER_TIME_MAX_WORDS
        and subject_rules.clinic_topic(q.whole) == "cancellation"
    ):
        # "je dois déplacer mon rendez-vous de mercredi, on coule les joints ce jour-là. Possible la
        # semaine d'après ?": the move told, only the new time asked: moving one's visit (written rule 11)
        logistics = "cancellation"
    if (
        not logistics
        and _PRICE_SIZE_ASKED.search(q.text.lower())
        and subject_rules.clinic_topic(q.whole) == "fees"
    ):
        # "your IMS price nearly gave me a heart attack lol. is it really that much every single time?": the price
        # told in the story, its size asked again: our fees, not the treatment named beside the price
        logistics = "fees"
    if (
        not logistics
        and q.others
        and not (q.named or q.conditions)
        and q.confidence < UNANCHORED_MIN_CONFIDENCE
        and q.intent not in {"book", "emergency"}
    ):
        # "paid 40 elsewhere, is that normal? what do you charge": the first question is unsure and
        # names nothing; the clinic question asked after it decides
        logistics = next(filter(None, (subject_rules.clinic_topic(o) for o in q.others)), None)
    if (
        logistics in (None, "what_to_bring")
        and POINTS_BACK_TO_STORY.search(q.text.lower())
        and not ASKS_TO_BOOK.search(q.text.lower())
    ):
        # "my doctor wrote me a referral. do I have to bring it or do you not need one?": the
        # question points back at the paper told in the story, whatever the classifier guessed
        logistics = subject_rules.clinic_topic(q.whole) or logistics
    if (
        (SAME_AS.search(q.text.lower()) or _DIFFERS.search(q.text.lower()))
        and not _ASKS_PRICE.search(q.text.lower())
        and (logistics == "fees" or q.intent in UNSURE | HANDOFFS - {"book"} | {"ask_insurance"})
        and len(set(q.named) | set(q.context)) >= 2
        and not ASKS_PERSON.search(q.text.lower())
    ):
        # "is IMS actually different from dry needling or is my clinic just calling it something
        # fancier to charge more?": whether the treatments differ, money only the suspected motive
        logistics = None
        q = replace(q, intent="ask_difference", topics=["difference"])
    if (
        logistics == "fees"
        and subject_rules.clinic_topic(" ".join(_QUESTION_SENTENCE.findall(q.text))) is None
        and _money_only_told(q, _ASKS_PRICE)
    ):
        # "is it safe? I cannot afford to end up in the ER", "does it hurt? don't want to be stuck with
        # a package I already paid for": the asked sentence names no fees; the money is the story's
        logistics = None
    if (
        logistics == "fees"
        and _ANOTHER_THING_ASKED.search(q.text.lower())
        and not _PRICE_ASKED_OUTRIGHT.search(q.whole.lower())
        and subject_rules.clinic_topic(q.whole) == "fees"
    ):
        # "is it worth it if I can only afford it every couple weeks? how many sessions does it take?": the
        # money is a limit or a comparison told, the question another one (the classifier's guess decides)
        logistics = None
    if (
        logistics in (None, "what_to_bring")
        and FIRST_VISIT_ASKED.search(q.whole.lower())
        and FIRST_VISIT_DETAIL.search(q.whole.lower())
        and not BRING_OR_WEAR.search(q.whole.lower())
    ):
        # "first time getting acupuncture, what happens at the first appointment? do i fill out forms and
        # stuff": the clinic's first visit (its intake and its length), not only how a treatment goes
        logistics = "first_visit"
    if logistics is None and FIRST_DAY_TREATED_OR_TALK.search(q.text.lower()):
        logistics = "first_visit"  # "do i get needled that first day or is it all talking"
    if (
        logistics == "languages"
        and (ASKS_TO_BOOK.search(q.text.lower()) or WANTS_TO_BOOK.search(q.text.lower()))
        and subject_rules.clinic_topic(LANGUAGE_TOLD.sub(" ; ", q.whole.lower())) != "languages"
    ):
        # "can i book my wife for dry needling? she dont speak much english so i will come with her": a
        # booking, the language told only as why someone comes along (not "do you have an interpreter?")
        logistics, q = None, replace(q, intent="book")
    if (
        not logistics
        and (HELP_TO_UNDERSTAND.search(q.text.lower()) or SOMEONE_COMES_IN.search(q.text.lower()))
        and subject_rules.clinic_topic(q.whole) == "languages"
    ):
        # "my mom only speaks Cantonese. can you help her understand what's going on?", "my english is not
        # very good, my husband translate for me. he can come inside with me?": the languages told
        logistics = "languages"
    if logistics == "fees" and _WHAT_IT_IS_SEEN_ON_THE_PRICES.search(q.whole.lower()):
        logistics = None  # "what is IMS? it's on your price list": what the treatment is, the price list only where it was seen
    if logistics == "fees" and subject_rules.clinic_topic(q.whole) == "cancellation":
        logistics = "cancellation"  # "I have to cancel tomorrow. Is there a fee?": a cancellation fee
    if (
        logistics in ("direct_billing", "fees")
        and RECEIPT_ASKED.search(q.text.lower())
        and subject_rules.clinic_topic(q.text) is None
    ):
        # "can you email me a receipt? i'll be on the boat when i send the claim in": the front desk issues it
        logistics = None
    had_conditions = bool(q.conditions)
    q = _body_complaint(q)
    body_asked = bool(q.conditions) and not had_conditions
    if not logistics:
        logistics = _clinic_topic_kept(q)
    subject = (
        _not_covered(q)
        or _not_covered_typed_with_a_slip(q)
        or _declined_again(q)
        or _asks_if_offered_again(q)
    )
    if (
        subject
        and subject.id == "named_plan"
        and logistics == "direct_billing"
        and BILLED_DIRECT.search(q.text.lower())
    ):
        subject = None  # "can you bill my university staff health plan directly so I don't pay upfront?"
    slot = clock.slot_asked(q.text) if not logistics and not subject else None
    if slot and not _BOOKING_VERB.search(q.text.lower()):
        # "do you have anything at 6am? i get off at 5:30", "vous avez une place vers 20 h ?": a slot
        # asked for at a time of day, no day named. Outside the opening hours, the hours say what
        # there is; inside them, it is a request for a slot (a booking)
        if opening and clock.outside_hours(slot, opening):
            return Decision("handoff", "contact", intent="ask_hours")
        modality = q.named[0] if len(q.named) == 1 else None
        return Decision("handoff", "booking", intent="book", booking_modality=modality)
    if not logistics and not subject and not q.red_flag and _opening_asked_without_subject(q):
        return Decision("handoff", "contact", intent="ask_hours")  # "open late? we wrap at 8 most nights"
    if not logistics and not subject and _asks_to_book_with_a_wish(q):
        # "want to book IMS for my back. any weekday after 3:30 works": a booking, whatever the
        # classifier guessed from the times told (not "after" a session), and a woman or a man
        # asked for while booking is still the booking, not only the front desk
        modality = q.named[0] if len(q.named) == 1 else None
        return Decision("handoff", "booking", intent="book", booking_modality=modality)
    if subject and subject.id in ("named_plan", "other_payers") and _another_plan_billed(q):
        # "do you bill Blue Cross directly?" then "what about Sun Life?": still direct billing
        return Decision("followup", "clinic", clinic_topic="direct_billing")
    if (
        subject
        and _ASKS_WHAT_IT_IS.search(q.text.lower())
        and not subject_rules.not_covered_subject(_what_it_is_without_the_story_after(q.text))
        and not (subject.id in OTHER_THERAPY_SUBJECTS and not _OUR_TREATMENT.search(q.text.lower()))
    ):
        # "my physio wants to needle my jaw. I have no clue what dry needling is"; but "wants to
        # add cupping next time. what is it?" asks what the other therapy is
        subject = None
    if subject and subject.id == "other_payers" and RECEIPT_FOR_TAX.search(q.text.lower()):
        subject = None  # "can the receipts be in my name for my taxes?": a receipt asked, the tax only what it is for
    if subject and RECEIPT_ASKED.search(q.text.lower()):
        subject = None  # "a receipt with my name on it for the church treasurer": a receipt asked, whom it is for only its use
    if subject and SPECIAL_ARRANGEMENT.search(q.text.lower()):
        subject = (
            None  # "reserved hours for immunocompromised patients?": whom the hours are for, no illness asked
        )
    if subject and subject.id == "practitioner_conduct" and COMPLAINT_ABOUT_OUR_STAFF.search(q.whole.lower()):
        subject = None  # "I'd like to file a complaint about one of your physios": the front desk hears it
    if (
        subject
        and CLINIC_SUPPLIES.search(q.text.lower())
        and not _gloves_worn_at_all(q, subject)
        and not _used_with_the_treatment(q, subject)
    ):
        subject = None  # "latex allergy, are your gloves latex?": the clinic's supplies, for the front desk
    if subject and _sold_at_the_clinic(q) and subject.in_story not in ("cause", "pain_question"):
        subject = None  # "do you sell ear seeds at the front desk?": a shop question, for the front desk
    if subject and _front_desk_request(q) and subject_rules.not_covered_subject(q.text) is None:
        # "do you sell gift cards? want one for my son's daycare teacher", "whats your fax number? the VA
        # needs to send an authorization", "a quiet room? I have PTSD": the subject is only in the story
        subject = None
    if (
        subject
        and DISCOUNT_TOO.search(q.text.lower())
        and DISCOUNT_TOLD.search(q.whole.lower())
        and subject_rules.not_covered_subject(q.text) is None
    ):
        # "the dentist near the track gives us a discount. do you have one too?": a discount asked of
        # us; whoever gives one elsewhere is only the story (the front desk, below)
        subject = None
    if (
        subject
        and subject.id not in ("practitioner_conduct", "notes_for_others")
        and PAPERWORK.search(q.text.lower())
    ):
        subject = None  # "forgot my asthma on the intake form, can you add it to my file?": the file, for the front desk
    if subject and subject.id == "children" and _a_young_persons_visit_arranged(q, logistics):
        subject = None  # "can my 15 year old come to her visits alone?": the front desk's, no needling of a child asked
    if subject and _brings_someone_along(q):
        subject = None  # "no babysitter, can i bring my 2 year old to my appt?" is for the front desk
    if (
        subject
        and logistics == "languages"
        and subject.id != "care_arrangements"
        # (nor is someone of another trade to find who speaks a language: "where can I find a family doctor
        # who speaks Spanish?" stays other_trades, bot/knowledge/everyday.py)
        and not (subject.id == "other_trades" and ELSEWHERE_TO_FIND.search(q.text.lower()))
    ):
        # (a care home where a language is spoken is no question about the clinic's languages:
        # "je cherche un EHPAD où on parle portugais pour mon père" stays declined)
        subject = None  # "can my son interpret for me?": the clinic's languages, no question about children
    if subject and logistics == "accessibility" and _getting_in_asked(q):
        subject = None  # "I'm on crutches after a stress fracture, is there an elevator or is it stairs?"
    if subject and logistics and _logistics_asked_subject_told(q):
        subject = None  # "is the building step free? I'm on crutches after surgery" asks about access
    if (
        subject
        and (not logistics or logistics == "first_visit" and ASKS_TO_BOOK.search(q.text.lower()))
        and _hand_off_asked_subject_told(q)
    ):
        # (a first visit asked to book, a wish about it told: "I want a first appointment with someone
        # who won't sell me supplements" is a booking)
        # "are you open evenings? I finish dialysis at 4", "book my dad in, he's on dialysis, tuesdays work":
        # the hours, a slot or a booking asked, the illness only why the time matters
        subject = None
    if subject and logistics != "cancellation":  # "I must cancel, my kid is sick" is a cancellation
        return Decision("not_covered", "fallback", reason="not_covered", subject=subject)
    if (
        not logistics
        and not q.red_flag
        and APPOINTMENTS_AT_HOURS.search(q.text.lower())
        and not _BOOKING_VERB.search(q.whole.lower())
        and not WANTS_TO_BOOK.search(q.whole.lower())
    ):
        # "do you have appointments after 6? I only have coverage once my partner's home": the hours
        return Decision("handoff", "contact", intent="ask_hours")
    if (
        session_talk.asks_why_checked(q.whole.lower())
        and (not q.named or "acupuncture" in q.named)
        and not WHAT_TRIGGER_POINT.search(
            q.text.lower()
        )  # "...why my wrist hurts. what even is a trigger point?"
    ):
        # "why did the acupuncturist look at my tongue and take my pulse? I came in for my knee":
        # traditional acupuncture looks at the whole person (written rule 8)
        asked = replace(q, topics=["overview"], named=["acupuncture"], conditions=frozenset())
        entry = store.get(session_talk.WHOLE_PERSON_ENTRY)
        if entry is None:
            return answer_topic(store, asked, "overview")
        return Decision(
            "kb_specific",
            "kb",
            entry=entry,
            topic="overview",
            modalities=["acupuncture"],
            also=_other_questions(store, asked, entry),
        )
    if not logistics and _followup_misread(q):
        # "can acupuncture help migraines?" then "et pour le stress au travail?", "and for a yoga
        # teacher with sore wrists?": the same question for another problem, whatever hand-off,
        # small talk or out-of-scope the classifier read in its few words
        told = q.conditions or _another_body_part(q) or frozenset([body.musculoskeletal_condition(q.whole)])
        return _follow_up(store, replace(q, conditions=told, asked_conditions=q.asked_conditions or told))
    if (
        q.intent in SMALLTALK | HANDOFFS - {"book"}
        and WHO_DOES_IT.search(q.text.lower())
        and (q.named or q.context)
        and not ASKS_PERSON.search(q.text.lower())
    ):
        # "c'est quoi l'IMS?" then "pis c'est qui qui fait ça, un physio?": who gives the treatment
        # talked about, not who the assistant is
        return answer_topic(store, replace(q, topics=["practitioners"]), "practitioners")
    if CHAT_KEPT_OR_READ.search(q.whole.lower()) and not q.red_flag:
        # "is this chat saved anywhere? does a person read it?", "qui voit ce que j'écris?": how this chat is
        # kept is no subject of the documents nor a front-desk question; the reply says how this
        # assistant keeps it and how to erase it (actions/respond.py)
        return Decision("chat_privacy", "fallback", reason="out_of_scope")
    if WRITE_IT_FOR_ME.search(q.whole.lower()) and not logistics:
        return Decision("out_of_scope", "fallback", reason="out_of_scope")  # "write my boss a note..."
    if (
        (
            ASKS_PERSON.search(q.text.lower())
            or (
                REDUCED_RATE.search(q.whole.lower())
                or GROUP_RATE.search(q.text.lower())
                or OTHER_GROUP_RATE.search(q.text.lower())
                or DISCOUNT_TOO.search(q.text.lower())
                and DISCOUNT_TOLD.search(q.whole.lower())
            )
            and not _PRICE_NAMED.search(q.whole.lower())
            or SITE_STUCK.search(q.text.lower())
            or FRONT_DESK_ONLY.search(q.whole.lower())
            and not _first_visit_asked_front_desk_told(q, logistics)
            or COMPLAINT_ABOUT_OUR_STAFF.search(q.whole.lower())
            or PAPERWORK.search(q.whole.lower())
            or CLINIC_SUPPLIES.search(q.text.lower())
            or FORMS_IN_ANOTHER_FORMAT.search(q.text.lower())
            or WHO_COMES_OR_SIGNS.search(q.text.lower())
            and not ASKS_TO_BOOK.search(q.text.lower())
            and logistics != "languages"  # "should I come along to translate?" stays the languages answer
            or logistics in (None, "what_to_bring")
            and (
                _sold_at_the_clinic(q)
                or ROOM_AND_SENSES.search(q.text.lower())
                or CONTACT_DETAIL.search(q.text.lower())
                or BRINGS_SOMEONE.search(q.text.lower())
                or FRONT_DESK_LOGISTICS.search(q.whole.lower())
                # "how can I check an acupuncturist is legit? a guy near work does it cash only": the
                # cash is the story's, the question is how to check a practitioner (rule 7)
                and not (_checks_a_practitioner(q) and not FRONT_DESK_LOGISTICS.search(q.text.lower()))
                # "does needling help tennis elbow? odd jobs for cash": a means of paying told, not asked
                and not (not logistics and _money_only_told(q, FRONT_DESK_LOGISTICS))
                or LETTER_OFFERED.search(q.whole.lower())
                or ASKS_GENDER.search(q.text.lower())
            )
        )
        and logistics != "cancellation"
        or _clinic_side(q, logistics)
    ):
        return Decision("handoff", "contact", intent="human_handoff")
    if logistics == "cancellation" and _fear_tips(q):
        # "terrified of needles and my wife booked me in. any tips or should i cancel?": cancelling
        # is what the fear might lead to, the question is how to get through it (how it feels)
        return answer_topic(store, replace(q, topics=["sensation"]), "sensation")
    if logistics:
        if offers_answer(logistics):
            return Decision("clinic_answer", "clinic", clinic_topic=logistics)
        return Decision("clinic_unknown", "contact", clinic_topic=logistics, intent="ask_contact")

    if q.intent in SMALLTALK and not (q.named or q.conditions) and not q.others:
        return Decision("smalltalk", "smalltalk", intent=q.intent)
    if q.intent in UNSURE and ONLY_CLOSING.match(q.whole.lower()):  # "cool, thanks, bye"
        return Decision(
            "smalltalk", "smalltalk", intent="goodbye" if SAYS_BYE.search(q.whole.lower()) else "thanks"
        )

    defined = _defined_term_entry(q, store)
    if defined is not None:
        # "what's a trigger point anyway, my physio says my shoulders are full of them", "qi...
        # is that an actual thing in the body?": the entry that says what that word means
        return Decision(
            "defined_term", "kb", entry=defined, topic=defined.topic, modalities=list(defined.modalities)
        )
    if off_topic(q):
        return Decision("out_of_scope", "fallback", reason="out_of_scope")
    if _checks_a_practitioner(q):
        # "ok but who's allowed to do it where I live?": the practitioners, for the treatment talked of
        return answer_topic(store, replace(q, topics=["practitioners"]), "practitioners")
    if (
        _OPENS_ON_ANSWER.search(q.whole.lower())
        and q.context
        and set(q.named) - set(q.context)
        and _MORE_THAN.search(q.text.lower())
    ):
        q = replace(q, named=list(dict.fromkeys(list(q.context) + list(q.named))))
    if (
        WHOLE_PERSON.search(q.text.lower())
        and q.intent not in HANDOFFS | SMALLTALK
        and (q.named or q.context or NEEDLING_WORDS.search(q.whole.lower()))
    ):
        # "does acupuncture look at my whole health or just my sore knee?": the approach (overview),
        # not the research for the knee, whatever the classifier made of it
        return answer_topic(store, replace(q, topics=["overview"]), "overview")
    if SCEPTIC.search(q.whole.lower()) and q.intent not in HANDOFFS | SMALLTALK:
        # "isn't acupuncture basically an elaborate placebo?": what the research shows; with no
        # treatment named yet, for all three
        named = q.named or q.context or list(MODALITIES)
        return answer_topic(store, replace(q, topics=["evidence"], named=named), "evidence")
    if q.intent in HANDOFFS - {"book"} and FEAR_OF_NEEDLES.search(q.whole.lower()) and TIPS.search(q.text):
        # "j'ai peur que les aiguilles me fassent mal. vous avez des conseils?" asks how it feels
        return answer_topic(store, replace(q, topics=["sensation"]), "sensation")
    if q.intent == "book" and q.confidence < UNSURE_HANDOFF and _fear_tips(q):
        # "I go pale at the sight of a needle and my physio wants to needle my hip. anything that
        # makes it easier?": a booking guessed unsurely from the story; the question is how it feels
        return answer_topic(store, replace(q, topics=["sensation"]), "sensation")

    if (
        q.intent in HANDOFFS - {"book"}
        and FEAR_OF_NEEDLES.search(q.whole.lower())
        and COULD_I_DO_IT.search(q.text.lower())
    ):
        # "terrified of needles, passed out at a blood test. can someone like me do this?"
        return answer_topic(store, replace(q, topics=["sensation"]), "sensation")
    if (
        q.intent in HANDOFFS - {"book"}
        and HYGIENE_QUESTION.search(q.text.lower())
        and not ASKS_TO_BOOK.search(q.text.lower())
    ):
        # "do you wash your hands between patients and are the needles new every time?"
        return answer_topic(store, replace(q, topics=["safety", "needles"]), "safety")
    if (
        q.intent.startswith(TOPIC_PREFIX)
        and (
            q.topics[:1] not in (["safety"], ["needles"])
            # "are the needles brand new each time? ...I'm now paranoid about germs": the needles
            # asked, the fear of catching something told beside it makes it the sterile needles
            # (safety), the classifier unsure between the two (session 21, tuner tx)
            or (q.topics[:1] == ["needles"] and GERMS_TOLD.search(q.whole.lower()))
        )
        and q.confidence < HYGIENE_GUESS_MAX
        and HYGIENE_QUESTION.search(q.text.lower())
        and (q.named or q.context or NEEDLING_WORDS.search(q.text.lower()))
    ):
        # "and are the needles brand new each time?" after how it feels, guessed as choosing
        return answer_topic(store, replace(q, topics=["safety", "needles"]), "safety")
    if (
        q.intent in HANDOFFS - {"book"}
        and (
            LUNG_RISK.search(q.whole.lower())
            or HITS_SOMETHING.search(q.text.lower())
            or LUNG_HIT.search(q.text.lower())
        )
        and not ASKS_TO_BOOK.search(q.text.lower())
    ):
        # "my physio wants to needle my upper traps. is that the area where a lung could get hit?"
        return answer_topic(store, replace(q, topics=["safety"]), "safety")

    if (
        q.intent in HANDOFFS - {"book"}
        and q.confidence < UNSURE_HANDOFF
        and q.conditions
        and (q.named or NEEDLING_WORDS.search(q.text.lower()))
        and _ANY_USE.search(q.text.lower())
        and not ASKS_TO_BOOK.search(q.text.lower())
    ):
        # "my mum is 81 with arthritis in her hip... would acupuncture ease the pain?": an unsure
        # hand-off guess read from the story; the question asks whether needling helps (rule 9)
        q = replace(q, intent="nlu_fallback")

    if (
        q.intent == "book"
        and q.conditions
        and (q.named or NEEDLING_WORDS.search(q.text.lower()))
        and WORTH_TRYING.search(last_sentence(q.text).lower())
        and not ASKS_TO_BOOK.search(q.text.lower())
        and not _BOOKING_VERB.search(q.text.lower())
    ):
        # "shin splints again, third season running. worth trying dry needling for them?": whether
        # needling is worth it for a problem told is the research for it (written rule 1), however
        # much "trying" reads as booking to the classifier
        q = replace(q, intent="nlu_fallback")
    if (
        (
            q.intent in HANDOFFS | UNSURE
            # an unsure topic guess too ("can I get it regularly to keep going?" read as safety)
            or q.confidence < UNANCHORED_MIN_CONFIDENCE
            and q.intent.startswith(TOPIC_PREFIX)
            and not SAFETY_WORDS.search(q.text.lower())
        )
        and STAY_WELL.search(q.text.lower())
        and not ASKS_TO_BOOK.search(q.text.lower())
        and not _BOOKING_VERB.search(q.text.lower())
        and (q.named or q.context or NEEDLING_WORDS.search(q.whole.lower()))
    ):
        # "can I have acupuncture just to stay healthy, like a monthly tune up?": regular care for
        # wellness is a course of treatment, however booking-like "monthly" sounds
        return answer_topic(store, replace(q, topics=["treatment_course"]), "treatment_course")
    under_way = bool(q.previous_topic) and not (q.previous_topic or "").startswith(CLINIC_TOPIC_PREFIX)
    if (
        (q.intent in UNSURE or under_way and q.confidence < UNANCHORED_MIN_CONFIDENCE)
        and not q.red_flag
        and (
            NEEDLING_ALONE.search(q.text.lower())
            or NEEDLING_ALONE.search(q.whole.lower())
            and NEED_BOTH.search(last_sentence(q.text).lower())
        )
        # the treatment named, or the conversation's, or the needling a conversation under way was
        # about for every treatment ("combien de séances pour une tendinite?" then "et faut-il que je
        # fasse des exercices en plus?")
        and (q.named or q.context or NEEDLING_WORDS.search(q.whole.lower()) or under_way)
    ):
        # "my PT wants me to do the band work at home on top of the needling. do i really need both?":
        # whether the needling alone is enough is the course of treatment, the classifier unsure
        return answer_topic(store, replace(q, topics=["treatment_course"]), "treatment_course")
    q = _between_handoffs(q)
    if _handoff_about_elsewhere(q):
        if not (q.named or q.context or NEEDLING_WORDS.search(q.whole.lower())):
            return _out_of_scope_or_not_covered(q, store)  # "comment trouver un médecin à Genève?"
        if TRAINING_ASKED.search(q.whole.lower()):
            # "my PT in Leeds does dry needling, what training does he have?": who gives it (rule 7)
            return answer_topic(store, replace(q, topics=["practitioners"]), "practitioners")
        if COMPARES_CLINICS.search(q.whole.lower()):
            # "what should I ask when I phone around acupuncture places?": how to choose one
            return answer_topic(store, replace(q, topics=["choosing"]), "choosing")
        # "ma kiné à Lyon fait des aiguilles, formée comment?": neither the address nor the phone is asked
        q = replace(
            q,
            intent="nlu_fallback",
            topics=[t for t in q.topics if t not in ("location", "contact")],
            ranking=[(n, c) for n, c in q.ranking if n not in ("ask_location", "ask_contact")],
        )
    if q.intent != "book" and ASKS_TO_BOOK.search(q.text.lower()):
        q = replace(q, intent="book")  # "I'd like to try IMS. How do I make an appointment?"
    if q.intent == "ask_hours" and OTHER_PLACE_HOURS.search(q.text.lower()) and not q.named:
        return Decision("out_of_scope", "fallback", reason="out_of_scope")  # "when does the market open?"
    if (
        q.intent != "book"
        and FEAR_OF_NEEDLES.search(q.whole.lower())
        and (FEELS_LIKE.search(q.text.lower()) or FEAR_QUESTION.search(q.text.lower()))
    ):
        # "she is terrified of needles. what can I tell her about what it feels like?", "scared of
        # needles but my back is wrecked. what should i know first?": how it feels, whatever
        # problem the story told
        return answer_topic(store, replace(q, topics=["sensation"]), "sensation")
    if (
        q.intent in HANDOFFS - {"book"}
        and q.conditions
        and ASKS_ADVICE.search(q.text)
        and not _ASKS_DIAGNOSIS.search(q.whole)
    ):
        # "desk job, shoulder sore for months. what do you recommend?" asks what needling does for
        # that problem, whichever hand-off the classifier guessed from the short question (rule 10)
        return answer_topic(
            store,
            replace(q, context=[], topics=["conditions", "evidence"]),
            "conditions",
            rule="personal_advice",
            booking_offer=True,
        )
    if q.intent in HANDOFFS - {"book"} and not q.red_flag and RISK_OF_INFECTION_ASKED.search(q.text.lower()):
        # "so there's no chance of an infection then?", "donc aucun risque d'attraper une infection?":
        # whether one can catch an infection is the safety topic, whichever hand-off the classifier
        # guessed from the short question
        return answer_topic(store, replace(q, topics=["safety"]), "safety")
    if q.intent in HANDOFFS:
        if q.intent == "book":
            modality = q.named[0] if len(q.named) == 1 else None
            return Decision("handoff", "booking", intent=q.intent, booking_modality=modality)
        return Decision("handoff", "contact", intent=q.intent)

    if q.intent != "book" and (LUNG_REACHED.search(q.whole.lower()) or NEAR_LUNG.search(q.text.lower())):
        # "les aiguilles peuvent toucher le poumon ? il m'a piqué dans le haut du dos": safety
        return answer_topic(store, replace(q, topics=["safety"]), "safety")
    if (
        body_asked
        and not _is_followup(q)
        and not WHAT_IS_IT.search(q.text.lower())
        and not IS_IT_NORMAL.search(q.text.lower())
        and not _ASKS_DIAGNOSIS.search(q.whole)
        # "can dry needling loosen my pecs or is that dangerous near the lungs?" is about safety too
        and not (q.topics[:1] == ["safety"] and SAFETY_WORDS.search(q.text.lower()))
        and not HOLISTIC.search(q.text.lower())  # the whole person or just the sore knee: overview
    ):
        # "rolled my ankle three weeks ago. can needling speed it up?": the nearest condition
        # entry, whatever aspect the classifier guessed from the story (rule 9 or 10).
        if _choice_between_named(q):
            # "acupuncture or dry needling for my sore desk neck? which would you pick": a choice
            # between the treatments named, the problem told only what it is for
            return _answer_the_choice(q, store)
        if q.named:
            topic = (
                q.topics[0]
                if q.topics and q.topics[0] in CONDITION_TOPICS
                else "conditions"
                if USED_FOR.search(q.text.lower())
                else "evidence"
            )
            topics = [topic] + [t for t in CONDITION_TOPICS if t != topic]
            return answer_topic(store, replace(q, topics=topics), topic, rule="condition_question")
        return answer_topic(
            store,
            replace(q, context=[], topics=["conditions", "evidence"]),
            "conditions",
            rule="personal_advice",
            booking_offer=True,
        )
    q = _story_condition_asked(q)
    is_topic = q.intent.startswith(TOPIC_PREFIX)
    if not is_topic and q.intent != "inform_modality" and condition_question(q):
        if WHAT_IS_IT.search(q.text.lower()) and not asks_help(q):
            # "whats IMS? my physio brought it up for my sciatica" asks what it is
            return answer_topic(store, replace(q, topics=["overview"]), "overview", rule="condition_question")
        if _choice_between_named(q):
            # "acupuncture or dry needling for a desk job neck? which one would you pick": choosing
            return _answer_the_choice(q, store)
        return answer_topic(
            store, replace(q, topics=list(CONDITION_TOPICS)), CONDITION_TOPICS[0], rule="condition_question"
        )

    if (
        q.conditions
        and not q.named
        and not _is_followup(q)
        and not _ASKS_DIAGNOSIS.search(q.whole)
        and not IS_IT_NORMAL.search(q.text.lower())
        and (
            q.intent in ("nlu_fallback", "ask_choosing")
            or q.intent in UNSURE | SMALLTALK
            and ASKS_ADVICE.search(q.whole)
            or q.asked_conditions
            and asks_help(q)
            and q.intent not in HANDOFFS
        )
        and not NEEDLING_ALONE.search(q.whole.lower())
        and not needle_placed_elsewhere(q)
        and not _which_of_two(q)
        # "my back is way better after 3 sessions. how do they even work?": how it works (overview)
        and not asks_how_it_works(q.text)
        # "how many needles would that be for both shoulders?": the wording says another entry
        and not _wording_names_another_topic(q)
    ):
        return answer_topic(
            store,
            replace(q, context=[], topics=["conditions", "evidence"]),
            "conditions",
            rule="personal_advice",
            booking_offer=True,
        )

    if asks_same_as(q) and not q.intent.startswith(TOPIC_PREFIX) and q.intent != "out_of_scope":
        return answer_topic(store, q, "difference")  # "and is it the same as dry needling?"
    if _keeps_clinic_topic(q):
        # "et le pendjabi?" after the languages spoken, "and after that?" after the first visit's fee
        return Decision("followup", "clinic", clinic_topic=q.previous_topic[len(CLINIC_TOPIC_PREFIX) :])
    if _keeps_contact_topic(q):
        # "and saturdays?" after the clinic's hours: still the hours
        return Decision("followup", "contact", intent=q.previous_handoff)
    if (
        q.intent == "inform_modality"
        and not q.named
        and not q.previous_topic
        and WHERE_NEEDLES_GO.search(q.whole.lower())
        and WHY.search(q.text.lower())
    ):
        # "my physio needled around my knee, not the sore spot. why around it and not on it?": how
        # the points are chosen, whichever treatment it was (no need to ask which)
        return answer_topic(store, replace(q, topics=["technique", "overview"]), "technique")
    if (
        q.intent == "inform_modality"
        and not q.named
        and not (q.conditions and _is_followup(q))
        and not _points_back_at_one(q)
        and not (_opens_as_followup(q) and q.context)
        and not _follow_up_on_the_conversations_treatment(q)
    ):
        return Decision("ask_which", "clarify", topic=q.previous_topic)
    if q.intent == "inform_modality" and not q.previous_topic and len(q.named) > 1:
        # "my sciatica is back. acupuncture or dry needling?" opens a conversation: which to choose
        return answer_topic(store, q, "choosing")
    if (q.intent in UNSURE or _which_of_two(q)) and (
        WHICH_ONE.search(q.text.lower())
        and len(set(q.named) | set(q.context)) >= 2
        and _words(q.whole) <= 2 * FOLLOWUP_MAX_WORDS
    ):
        # "ok which one for a runner with a cranky knee" after the difference between two treatments;
        # "and which one hurts more?" compares them on how they feel (the aspect asked)
        named = list(dict.fromkeys(list(q.named) + list(q.context)))
        both = replace(q, named=named)
        text = q.text.lower()
        topic = compared_aspect_en(both, text) or compared_aspect(both, text) or "choosing"
        return answer_topic(store, replace(both, topics=[topic]), topic)
    if _continues(q):
        return _follow_up(store, q)

    if q.intent in UNSURE and worse_after_session(q) and (q.named or q.context):
        return answer_topic(
            store, q, "aftercare"
        )  # "had acupuncture yesterday, today it's worse. did something go wrong?"
    if q.intent in UNSURE and _carries_on(q):
        topics = [
            n[len(TOPIC_PREFIX) :]
            for n, c in q.ranking
            if n.startswith(TOPIC_PREFIX) and c >= FOLLOWUP_TOPIC_MIN
        ]
        if topics:  # "ok how soon could I be back playing?" after "can dry needling help a hamstring strain?"
            return answer_topic(store, replace(q, topics=topics[:3]), topics[0], rule="followup")
    if q.intent in UNSURE and MOVED_NEEDLE.search(q.whole.lower()) and ASKS_MEANING.search(q.text.lower()):
        # "my PT said she'd do some 'sparrow pecking' on my calf. what does that mean?": a named way
        # of moving the needle is how treatment is done, however sure the classifier was of the
        # unfamiliar words; a term of an entry ("pistoning") picks that entry
        return answer_topic(store, replace(q, topics=["technique", "needles"]), "technique")
    if q.intent in UNSURE and needle_placed_elsewhere(q):
        # "came in for low back pain and he stuck needles in my ankles. how does that make sense?":
        # a needle put away from the pain is how the points are chosen (technique)
        return answer_topic(store, replace(q, topics=["technique", "overview"]), "technique")
    if (
        q.intent == "out_of_scope"
        and TWITCHED.search(q.text.lower())
        and (NEEDLING_WORDS.search(q.whole.lower()) or _on_the_conversations_treatment(q))
    ):
        # "felt a zap down my leg when the needle went in. why did my muscle jump like that"; "does
        # dry needling hurt?" then "what about the twitch thing, my mate said his leg kicked"
        return answer_topic(store, replace(q, topics=["technique", "sensation"]), "technique")
    if (
        q.intent in UNSURE
        and q.confidence < SURE_OUT_OF_SCOPE
        and not q.red_flag
        and _on_the_conversations_treatment(q)
        and (_SAFE_TO_HAVE.search(q.whole.lower()) or _SAFE_FOR_THEM_FR.search(q.whole.lower()))
    ):
        # "does IMS hurt?" then "what about for my father, he's 78 and kind of frail. is it safe for
        # him": whether the conversation's treatment is safe for the one told (written rule 3's
        # plain age stays answered; a very old person was declined by rule 5 before this)
        return answer_topic(store, replace(q, topics=["safety"]), "safety", rule="followup")
    if (
        q.intent == "out_of_scope"
        and session_talk.FELT_STRANGE.search(q.whole.lower())
        and (NEEDLING_WORDS.search(q.whole.lower()) or _TREATMENT_WORDS.search(q.whole.lower()) or q.named)
    ):
        # "dry needling on my neck was such a weird feeling, i had to breathe through it. normal?":
        # how needling feels (a feeling no entry names was declined by rule 5 before this)
        return answer_topic(store, replace(q, topics=["sensation", "safety"]), "sensation")
    if (
        q.intent in UNSURE
        and q.confidence < SURE_OUT_OF_SCOPE
        and (LUNG_RISK.search(q.whole.lower()) or HITS_SOMETHING.search(q.text.lower()))
        and (q.named or q.context or _TREATMENT_WORDS.search(q.whole.lower()))
    ):
        # "I read about a woman whose lung collapsed. should I be worried about going back?"
        return answer_topic(store, replace(q, topics=["safety"]), "safety")
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and FEAR_OF_NEEDLES.search(q.whole.lower())
        and (q.named or q.context)
    ):
        # "fainted getting blood drawn years ago, fine since. want to try acupuncture but i'm
        # scared of needles. what should i know?": how it feels, not out of scope
        return answer_topic(store, replace(q, topics=["sensation", "safety"]), "sensation")
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and len(set(q.named)) >= 2
        and SAME_AS.search(q.whole.lower())
    ):
        # "I teach pilates and my clients keep asking if dry needling is the same as acupuncture.
        # what's the short answer?": two of our treatments compared, whoever asks it
        return answer_topic(store, replace(q, topics=["difference"]), "difference")
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and q.named
        and asks_help(q)
        and (q.conditions or body.musculoskeletal_condition(q.whole) or body.names_body_part(q.whole))
        and not AFTER_A_SESSION.search(q.whole.lower())
    ):
        # "cortisone in my elbow stopped working after the third one, would acupuncture be worth a
        # go?": whether a named treatment helps a pain told is what it is used for (rule 9)
        return answer_topic(
            store, replace(q, topics=["evidence", "conditions"]), "evidence", rule="condition_question"
        )
    if q.intent == "out_of_scope":
        q = _scope_hesitation(q, store)
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and not q.topics
        and WHAT_DOES_MEAN.search(q.text.lower())
        and (q.named or q.context)
        and not RESEARCH_WORDS.search(q.text.lower())
    ):
        # "the IMS guy said the needle would 'reset' my nerve. what does reset even mean here": a word
        # said of one of our treatments, asked what it means, read as out of scope with no topic
        # behind it: what the treatment is and does (the what-does-it-mean rule, written rule 12).
        # An illness word still goes to rule 13 below.
        q = replace(q, intent=f"{TOPIC_PREFIX}overview", topics=["overview", "technique"])
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and COURSE_ASKED.search(q.text.lower())
        and not PAYMENT_WORDS.search(q.text.lower())
    ):
        # "what does a course of treatment look like, weekly?", "à quelle fréquence faut-il y aller
        # ?": how often and for how long is the course of treatment, however unsure the classifier
        return answer_topic(store, replace(q, topics=["treatment_course"]), "treatment_course")
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and HOW_MANY_SESSIONS.search(q.text.lower())
        and not PAYMENT_WORDS.search(q.text.lower())
        and (q.named or _on_the_conversations_treatment(q))
    ):
        # "how long is a session?" then "ok and how many would I need for a sore neck": how many
        # sessions of the treatment asked or talked of is the course of treatment
        return answer_topic(store, replace(q, topics=["treatment_course"]), "treatment_course")
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and HOW_MANY_VISITS_FOR_A_PART.search(q.text.lower())
        and not PAYMENT_WORDS.search(q.whole.lower())
        and body.names_body_part(q.text)
    ):
        # "how many visits for my shoulder n back", "how many treatmeants before grandma would know
        # if its doing anything for her back": visits asked for a body part, no treatment named,
        # are the course of treatment at a needling clinic, never out of scope
        return answer_topic(store, replace(q, topics=["treatment_course"]), "treatment_course")
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and SIDE_EFFECTS_ASKED.search(q.text.lower())
        and (q.named or NEEDLING_WORDS.search(q.whole.lower()) or _on_the_conversations_treatment(q))
    ):
        # "what are the side effects of IMS? a facebook group scared me off": the side effects of
        # one of our treatments are its safety, wherever the worry was read
        return answer_topic(store, replace(q, topics=["safety"]), "safety")
    if (
        q.intent == "out_of_scope"
        and q.confidence < SURE_OUT_OF_SCOPE
        and q.named
        and not q.conditions
        and (WHAT_IS_IT.search(q.text.lower()) or _WHAT_IS_THAT_THING.search(q.text.lower()))
    ):
        # "saw a reel of a physio sticking needles in a guy's neck, what's that all about? dry
        # needling?": what a named treatment is, wherever it was seen (its overview)
        return answer_topic(store, replace(q, topics=["overview", "technique"]), "overview")
    if q.intent == "out_of_scope" or _wants_diagnosis(q):
        return _out_of_scope_or_not_covered(q, store)

    # "knee arthritis, dont want surgery yet. does needling do anything for that?" asks about
    # the knee: a condition the knowledge base covers, named in the question, is answered.
    unreferenced = _without_references(q)
    term = unknown_health_term(unreferenced, store)
    if term and _OTHER_SHOTS_TOLD.fullmatch(term) and FEAR_OF_NEEDLES.search(q.whole.lower()):
        # "terrified of needles, I sweat through my shirt at bloodwork": the other needle says how
        # afraid the patient is; any other health word still counts
        unreferenced = _OTHER_SHOTS_TOLD.sub(" ", unreferenced)
        term = unknown_health_term(unreferenced, store)
    if not term:
        # "does acupuncture help tinitus?": a health word typed with one slip, read as meant
        term = unknown_health_term(typos.corrected(unreferenced), store)
    if (
        term
        and q.asked_conditions
        and not unknown_health_term(last_sentence(q.text), store)
        and not _condition_only_inside(q, term)
    ):
        term = None
    if term and _SHOT_WORD.match(term) and _FAILED_SHOT.search(q.whole.lower()) and asks_help(q):
        term = None  # "cortisone stopped working, would acupuncture be worth a go?": the shot is background
    if (
        term
        and _FAINT_WORD.fullmatch(term)
        and _FAINT_AT_OTHER_NEEDLE.search(q.whole.lower())
        and (
            not _FAINT_WORD.search(last_sentence(q.whole).lower())
            or _FAINT_TOLD_LONG_AGO.search(last_sentence(q.whole).lower())
        )
    ):
        term = None  # "blacked out at a blood test as a kid. do acupuncture needles feel like that?"
    if term and _FAINT_WORD.fullmatch(term) and _old_faint_as_background(q):
        term = None  # "passed out at my accident 2 yrs ago (totally fine now). does acupuncture hurt?"
    if term and ABOUT_THE_NEEDLES.search(q.text.lower()) and not unknown_health_term(q.text, store):
        term = None  # "my uncle has hepatitis B. do you open new needles for every patient?"
    if term and _pain_question(q) and any(term in p for p in body.diagnosis_phrases(q.text)):
        term = None  # "can acupuncture help carpal tunnel?" (written rule 1)
    if term and _course_or_choice_for_diagnosis(q, term):
        term = None  # "how many IMS visits for tennis elbow?", "which is better for bursitis?" (rule 1)
    if term and _symptom_of_illness(q, term):
        term = None  # "can acupuncture help with nausea from chemo?" asks about nausea (rule 3)
    if term and _BRUISES_EASILY.search(term) and _asks_only_about_bruising(q):
        term = None  # "will I get bruises? I bruise like a peach": the bruise, an after-effect named (rule 6)
    if term and _operation_told_aside(q, term):
        term = None  # "what's IMS? the pain clinic after my fusion mentioned it": the operation is background
    if term and _term_only_in_someone_elses_sentence(q, term):
        term = None  # "Is acupuncture safe? My cousin got an infected back from a hijama guy": the cousin's
    if term and _term_in_someone_elses_story_told_as_over(q, term):
        term = (
            None  # "my boss had a stroke last season, he's fine now... is it actually safe?": his, and over
        )
    if term:
        return Decision("unknown_health_term", "fallback", reason="not_covered", term=term)

    if q.intent == "nlu_fallback":
        q = _hesitation(q, store)
    if (
        q.intent in UNSURE
        and HYGIENE_QUESTION.search(q.text.lower())
        and q.previous_topic in TOPICS_ABOUT_NEEDLES
        and _words(q.text) <= FOLLOWUP_MAX_WORDS
    ):
        # "what needles do you use?" then "are they reused?": needle hygiene is safety's subject
        return answer_topic(store, replace(q, topics=["safety", "needles"]), "safety")
    if (
        (q.intent in UNSURE or not q.topics)
        and FAINTING_FEAR.search(q.whole.lower())
        and (
            q.named
            or q.context
            or IN_A_SESSION.search(q.whole.lower())
            or NEEDLING_WORDS.search(q.whole.lower())
        )
    ):
        # "j'ai peur de m'évanouir pendant la séance, ça arrive souvent?": fainting is safety's subject
        return answer_topic(store, replace(q, topics=["safety", "sensation"]), "safety")
    if (
        q.intent == "nlu_fallback"
        and FEAR_OF_NEEDLES.search(q.whole.lower())
        and (q.named or q.context or NEEDLING_WORDS.search(q.whole.lower()))
    ):
        # "I faint at needles... should I just avoid acupuncture?", the classifier unsure: how it feels
        # (safety's entries only for a faint: "heart pounding out of my chest" is no chest injury)
        topics = ["sensation", "safety"] if SIDE_EFFECT_WORDS.search(q.whole.lower()) else ["sensation"]
        return answer_topic(store, replace(q, topics=topics), "sensation")
    if (q.intent in UNSURE or not q.topics) and (q.named or NEEDLING_WORDS.search(q.whole.lower())):
        # the classifier unsure, the words plain: "didn't explain a thing, just started jabbing.
        # isn't the PT supposed to assess you first?" asks how a session goes (technique);
        # "acupuncture or dry needling for my wrist? which one should i go for" asks which to choose
        if ASSESSED_FIRST.search(q.whole.lower()):
            return answer_topic(store, replace(q, topics=["technique"]), "technique")
        if q.named and asks_how_it_works(q.text) and not RESEARCH_WORDS.search(q.text.lower()):
            # "mechanistically, how is acupuncture supposed to work in western terms?": how it works
            return answer_topic(store, replace(q, topics=["overview"]), "overview")
        if len(set(q.named)) >= 2 and WHICH_ONE.search(q.whole.lower()):
            return answer_topic(store, replace(q, topics=["choosing", "difference"]), "choosing")
        if len(set(q.named) | set(q.context)) >= 2 and HAVE_BOTH.search(q.text.lower()):
            # "my physio does dry needling and mentioned acupuncture later. can you have both in
            # the same plan?": having the two treatments in one plan (the choosing entry on both)
            named = list(dict.fromkeys(list(q.named) + list(q.context)))
            return answer_topic(store, replace(q, named=named, topics=["choosing", "difference"]), "choosing")
    if q.intent in UNSURE or not q.topics:
        event_topic = _session_event_named(q)
        if event_topic:
            # "grandad fell asleep during his acupuncture and started snoring lol is that normal",
            # "my calf jumped really hard when the physio put a needle in", "j'ai eu une petite goutte
            # de sang au point": an event at a session the entries name (written rule 6), the
            # classifier unsure: its entry answers, never the buttons
            return answer_topic(store, replace(q, topics=[event_topic]), event_topic)
        named_topic = entry_words.named_topic(q.text, store)
        ranked = dict(q.ranking or ())
        if named_topic and ranked.get("out_of_scope", 0.0) >= ranked.get(f"{TOPIC_PREFIX}{named_topic}", 0.0):
            named_topic = None  # the classifier reads it out of scope rather than that topic: unsure
        if named_topic and (
            q.named
            or q.context
            or NEEDLING_WORDS.search(q.whole.lower())
            or _TRIGGER_POINT_TYPED.search(q.text.lower())
            or entry_words.TRIGGER_POINT_FR.search(q.text.lower())
        ):
            # "will needling leave bruses?", "un point trigger c'est quoi?": the classifier unsure,
            # the question names one topic's own word (typed with a slip or not); unless the wording
            # table says another entry ("maybe a bit better?? ... how many do people usually need?")
            named_topic = question_topic(replace(q, topics=[named_topic]))
            return answer_topic(store, replace(q, topics=[named_topic]), named_topic)
        return _unsure(q, store=store)

    topic = question_topic(q)
    worded = topic != q.topics[0]
    if worded:
        # the wording moved the question off the classifier's topic: that topic's entries are no
        # longer candidates ("is dry needling something runners use?" is not about training)
        q = replace(q, topics=[topic] + [t for t in q.topics[1:] if t != topic])
    if topic == "needles" and "difference" in q.topics and _needles_of_both(q):
        # "are dry needling needles the same as acupuncture needles?": the needles of the two compared are
        # the needles entry's, never the difference entries' by the classifier's second guess
        q = replace(q, topics=[t for t in q.topics if t != "difference"])
    if (
        not _anchored(q, store, topic)
        and q.confidence < UNANCHORED_MIN_CONFIDENCE
        # "vous en mettez combien?" in a conversation under way: the needles, by a pronoun
        and not (q.previous_topic and topic == "needles" and HOW_MANY_NEEDLES.search(q.text.lower()))
    ):
        seconded = _seconded_topic(q, store)
        if seconded:
            # "will i bruise?? photo shoot next week": the question names an entry word of the
            # classifier's next guess (bruising, after-care), the two agree
            return answer_topic(store, replace(q, topics=[seconded]), seconded)
        return _unsure(q, "unanchored_guess", store)
    unsaid_cover = topic == "insurance" and not PAYMENT_WORDS.search(q.text.lower())
    if (
        condition_question(q)
        and topic not in CONDITION_TOPICS
        and not (topic == "sensation" and FEAR_OF_NEEDLES.search(q.whole.lower()))
        and not WHAT_IS_IT.search(q.text.lower())
        and not (topic == "overview" and asks_how_it_works(q.text))
        and not ALWAYS_THAT_INTENSE.search(q.text.lower())
        and not NEEDLED_ELSEWHERE.search(q.text.lower())
        and not (topic == "difference" and DIFFERENCE_ASKED.search(q.text.lower()))
        # "Is IMS the right choice for me if massage hasn't helped my back?": whether it suits the
        # patient is the choosing entries' own question, whatever problem is told with it
        and not (topic == "choosing" and RIGHT_FOR_ME.search(q.text.lower()))
        # "acupuncture or dry needling for a low back from lifting? which should i pick": a choice asked
        # between the treatments named, the problem told only what it is for
        and not (topic == "choosing" and _choice_between_named(q))
        # "would i need acupuncture forever for the fibro?": how long the course goes on, not the research
        and not (topic == "treatment_course" and NO_END.search(q.text.lower()))
        # "back stiff from the flight. is one session even worth it or do you need a bunch of them?"
        and not (topic == "treatment_course" and SESSIONS_COUNT_ASKED.search(q.text.lower()))
        # "do I still have to do the shoulder exercises if I'm having dry needling?": the course of
        # treatment (exercise with the needling), not the research on shoulders
        and not (topic == "treatment_course" and NEEDLING_ALONE.search(q.text.lower()))
        # "a bruise on my shoulder from acupuncture, only now going yellow. normal?": whether what
        # a session left is normal, not the research on shoulders
        and not (topic in SORENESS_TOPICS and NORMAL_OR.search(q.text.lower()) and not asks_help(q))
        # "i bruise like a peach. will dry needling leave marks on my legs?": the marks a session leaves
        and not (topic == "aftercare" and LEAVES_MARKS.search(q.text.lower()) and not asks_help(q))
        # "dry needling on my lower back tuesday, how sore will I be wednesday?": the soreness a
        # session leaves, not the research on the back
        and not (topic == "aftercare" and WILL_BE_SORE.search(q.text.lower()) and not asks_help(q))
        and (
            unsaid_cover
            or topic not in CONDITION_KEEPS_TOPIC
            and not (topic == "choosing" and len(q.named) > 1)
            or (
                asks_help(q)
                or q.confidence < UNANCHORED_MIN_CONFIDENCE
                and not ASKS_HOW_MUCH.search(q.text.lower())
                # "my shoulder blade muscle was jumping under the needle?? is that supposed to happen"
                # (the twitch): the wording chose the topic, whatever the classifier's doubt
                and not (worded and topic in CONDITION_KEEPS_TOPIC)
            )
            and not (
                topic in ("insurance", "practitioners")
                or topic == "safety"
                and (SAFETY_WORDS.search(q.text.lower()) or HITS_SOMETHING.search(q.text.lower()))
            )
        )
    ):
        topic = CONDITION_TOPICS[0]
    last = last_sentence(q.text).lower()
    if (
        topic == "choosing"
        and len(set(q.named)) == 1
        and q.conditions
        and (SHOULD_TRY.search(last) or asks_help(replace(q, text=last)))
        and not RIGHT_FOR_ME.search(q.text.lower())
        and not _compares_other_therapy(q)
    ):
        # "headaches since my concussion. should I try acupuncture?", "GP wants a cortisone jab.
        # would acupuncture sort it instead?": one treatment, for the problem told, is whether it helps
        q = replace(q, asked_conditions=q.asked_conditions or q.conditions)
        topic = CONDITION_TOPICS[0]
    return answer_topic(store, q, topic)


# "Is that safe?", "can I get it done now?": a question that points back at the story, so a
# subject told there is what it asks about.
# A sentence of the message that ends in a question mark.
_QUESTION_SENTENCE = re.compile(r"[^.!?]*\?")
# A question about "it" opening its sentence ("is it any good for back pain?", "does it work?", "ça marche
# pour le dos ?"): with no needling named in the message, "it" is what the story told (rule 5, `when_asked`).
_IT_ASKED = re.compile(
    r"^\W*(and |but |so )?(is it|does it|would it|will it|can it|could it|do they|are they|est-ce que (ça|ca)|(ça|ca)) "
    r"(\w+ ){0,3}(any good|good|work\w*|help\w*|worth it|marche|aide|fonctionne|vaut)\b"
)
# What leads into the question inside its sentence: "In Japan they put moxa on it but I just want to
# know: can needling help tennis elbow?", "ma tante fait des ventouses, moi je veux juste savoir si...":
# what comes before is the story told, the question follows.
_LEAD_IN = re.compile(
    r"^.*(:\s|\bbut (all )?i (just |only |really |simply )?(want|wanna|need|would like|'d like) to (know|ask)\b|"
    r"\b(my|the) (real |actual )?question is\b|\bje (veux|voudrais) (juste |seulement |simplement )?savoir\b|"
    r"\bma (vraie )?question (c'est|est)\b)"
)


def _without_lead_in(sentence: str) -> str:
    """The question in `sentence` without what leads into it (_LEAD_IN); the whole when none."""
    return _LEAD_IN.sub(" ", sentence.lower().replace("\u2019", "'"), count=1)


_POINTS_AT_STORY = re.compile(
    r"\b(that|this|these|those|then|now|yet|still|too|also|either|same \w+|(right|straight|just|soon) after|"
    # what happened told, asked how to keep it from coming back: "how do I stop it happening again?"
    r"(happen\w*|occur\w*) again|(it|that|this) (from )?(happening|occurring)|se reprodui\w*|"
    r"(ça|ca|cela|ce|alors|maintenant|encore|aussi)|what('?s| is| are) (it|they)|"
    # needling asked for the time between the treatments told: "Botox every 12 weeks. can I do acupuncture in between?"
    r"in between(?=\W*$)|in between (them|those|these|the (shots|injections|jabs|doses|treatments))|entre (les deux|deux (injections|piq[uû]res|traitements))|"
    # trying again after what happened: "nearly fainted last time. is it safe to try again?"
    r"(try|have|do|get|go) (\w+ ){0,2}(again|back)|[aà] nouveau|de nouveau|recommencer|r[eé]essayer|y retourner|"
    # how long to wait after what was told: "cortisone shot yesterday. needling tomorrow or do I wait?",
    # "infiltration hier, je peux faire des aiguilles demain ou faut attendre?"
    r"(do|should|must|shall) (i|we) (\w+ )?wait|wait (a bit|a while|longer|first|until|till)|how long (\w+ ){0,3}wait|"
    r"(il )?faut(-il)? (\w+ )?attendre|(je )?dois(-je)? (\w+ )?attendre|attendre (avant|un peu|combien|encore)|"
    # a choice between the things told: "a shot or the needles, which should I go with?", "lequel choisir?"
    r"which (one |of (the two|them|these|those|both) )?(should|would|do|shall) (i|you) (pick|choose|go (with|for)|do|try|get|take)|"
    # ...or which of them works better (session 24, tuner YB): "a cortisone shot or dry needling for my hip. which one works better?"
    r"which (one |of (the two|them|these|those|both) )?(works?|is|would (work|be)|'?s) (better|best|more effective)|"
    r"(lequel|laquelle) (choisir|prendre|je (devrais|dois) (choisir|prendre))|"
    # what the practitioner was doing in the story: "took my pulse for ages. what was she checking?"
    r"what (was|were|is|are) (s?he|they|the \w+) (checking|looking (at|for)|feeling (for)?|testing|reading|doing)|"
    r"qu'est-ce qu'(il|elle)s? (v[eé]rifiai(en)?t|cherchai(en)?t|regardai(en)?t|faisai(en)?t)|"
    # needling placed relative to the thing told: "can they needle around it?", "des aiguilles autour?"
    r"(around|near|next to|close to|over|on top of) (it|them|there|the (scar|implant|joint|site|area))|"
    r"autour|[aà] c[oô]t[eé]|pr[eè]s de ([cç]a|la|l'endroit|l'articulation|la cicatrice))\b"
)
# The illness told asked to be kept from coming back (session 21, tuner tw): "had a kidney stone in the spring,
# passed it eventually. can acupuncture stop me getting more?", "prevent another one?", "en éviter d'autres?": the
# illness itself is asked, not a complaint of its own (rule 5, `_without_illness_in_the_story`)
_KEEP_IT_FROM_COMING_BACK = re.compile(
    r"\b((getting|get|having|have|forming|form|developing) (any )?more( of them| of those| of these| stones?| attacks?| "
    r"episodes?)?(?=\W*$)|another (one|attack|episode|bout|flare)(?=\W*$)|"
    r"(prevent|stop|keep) (\w+ ){0,2}(coming back|recurring|returning|from (coming|happening))|"
    r"(en )?([eé]viter|pr[eé]venir|emp[eê]cher) (\w+ ){0,2}(d'autres|une autre|un autre|la r[eé]cidive|que [cç]a revienne)|"
    r"d'autres (crises|calculs|pierres))\b"
)
# "Any use for...", "does it do anything for...": asks whether needling helps.
_ANY_USE = re.compile(
    r"\b(any (use|good|point)|do (anything|much|something) for|(help|helps|treat|fix|sort out|sort (it|this|that|them)( out)?|"
    r"good for|effective for|option for|(an|a good|an ok|a) option|speed (\w+ )?up|heal\w*|recover\w*|ease|relieve|loosen|calm|settle|"
    r"worth (a )?(try|trying|shot|go|it))\b|aider|soulager|traiter|efficace|gu[eé]rir|vaut la peine)"
)


# Another therapy compared with needling, or chosen between, in the question: "would a deep
# tissue massage do the same thing as dry needling?", "un ostéo ou un acupuncteur, lequel?",
# "FSN, is it different from normal acupuncture?". Not how it feels ("hurts more than a massage").
_OTHER_THERAPY = (
    r"(massages?|massage therap\w*|rmts?|chiro\w*|ost[eé]o\w*|fsn|fu'?s subcutaneous|subcutaneous needling|"
    r"cupping|ventouses?|gua sha|graston|shock ?wave|ondes de choc|reflexolog\w*|r[eé]flexolog\w*|reiki|"
    r"massoth[eé]rap\w*|kin[eé]sith[eé]rap\w*)"
)
_COMPARES = (
    r"(same (thing |effect |results? )?as|do the same|different (from|than)|differ\w*|vs\.?|versus|"
    r"instead( of)?|rather than|better( than)?|worse than|more effective|which( one)?|compare\w*|"
    r"lequel|laquelle|plut[oô]t|mieux|pareil|diff[eé]ren\w*|au lieu|"
    # "a massage or dry needling?", "un ostéo ou un acupuncteur?": the two side by side
    # "should I see a chiropractor or do acupuncture?", "ou faire de l'acupuncture": the needling chosen instead
    r"(or|ou) (do |try |get |go for |faire |essayer )?(a |an |the |un |une |le |la |l'|de l'|du |see |voir )?(acupunct\w*|dry needling|needling|ims|"
    r"puncture|aiguilles))"
)
_COMPARES_OTHER = re.compile(
    rf"\b{_OTHER_THERAPY}\b[^.?!]{{0,60}}\b{_COMPARES}\b|\b{_COMPARES}\b[^.?!]{{0,40}}\b{_OTHER_THERAPY}\b"
)
# "...a chiropractor or acupuncture? which is better?": the question compares what the story told
_COMPARES_WORD = re.compile(rf"\b{_COMPARES}\b")
_HOW_IT_FEELS = re.compile(
    r"\b(hurts?|painful|sore|uncomfortable|intense|fait (plus |moins )?mal|douloureu\w*)\b"
)


# A sceptic's question is about the evidence: "isn't it just placebo?", "sham needling",
# "do I have to believe in it?", "is it woo?", "c'est de la pseudo-science?".
SCEPTIC = re.compile(
    r"\b(placebo\w*|sham|fake needl\w*|(believe|faith) in it|believe it (works|will work)|woo|"
    r"pseudo-?scien\w*|snake oil|hocus|bogus|all in (my|your|the) head|mind over matter|"
    r"(faut|dois|doit)[- ](il |je |on )?y croire|y croire pour|fumisterie|dans (la|ma) t[eê]te)\b"
)


# ...but "would needling help or do I just need a massage?" asks what needling does, and
# "can a chiropractor do acupuncture?" who may give it.
_WHO_MAY_OR_HELPS = re.compile(
    r"\b(allowed|licen[cs]ed|qualified|certified|regulated|legal(ly)?|le droit|autoris\w*)\b|"
    r"\b(would|will|could|can|does|do|might) (\w+ ){0,2}(needling|needles|acupuncture|ims)\b (\w+ ){0,2}(help|work|do)\b"
)


# Who may give it, or how to check a practitioner is registered, in any words: "ok but who's
# allowed to do it where I live?", "comment je vérifie que mon physio est membre de l'ordre?".
WHO_MAY_GIVE_IT = re.compile(
    r"\bwho('?s| is| are)? (actually |really |even )?(allowed|qualified|licen[cs]ed|authori[sz]ed|permitted|able|supposed|meant) "
    r"to (be )?(do|doing|give|giving|perform|performing|practi[cs]e|practi[cs]ing)\b|"
    r"\b(check|chek|chck|chekc|cheque|verify|verfy|find out|know|make sure)\b.{0,50}\b(registered|regist[eo]red|"
    r"licen[cs]ed|liscen[cs]ed|lisen[cs]ed|certified|qualified|a member|accredited|properly trained|"
    r"in good standing)\b|"
    # "how can I check an acupuncturist is legit?" (the practitioner, not whether the treatment is)
    r"\b(check|chek|verify|find out|know|make sure|tell)\b.{0,40}\b(acupuncturists?|practitioners?|physios?|"
    r"physiotherapists?|therapists?|providers?|guy|person|someone|somebody|he|she|they|clinic)('?s| is| are)? "
    r"(\w+ )?(legit|legitimate|the real deal|properly trained)\b|\bqui (a le droit|peut|est autoris\w*|sont autoris\w*) (de |d')?(le |la |l'|en )?"
    r"(faire|pratiquer|donner)\b|\b(v[eé]rifi\w*|savoir si|m'assurer)\b.{0,50}\b(membre|inscrit\w*|ordre|certifi\w*|"
    r"dipl[oô]m[eé]\w*|accr[eé]dit[eé]\w*|reconnue?s?|s[eé]rieu(x|se))\b|"
    # "how do I find someone legit?", "find one I can trust", "trouver un acupuncteur sérieux"
    r"\b(find|get|pick|choose) (a |an |one |someone |somebody |a good |a proper )?(\w+ )?(that'?s |who'?s |who is )?"
    r"(legit|legitimate|reputable|trustworthy|i can trust|we can trust|properly (trained|qualified)|qualified|registered)\b|"
    r"\btrouver (un |une |quelqu'un )?(\w+ )?(s[eé]rieu(x|se)|reconnue?|qualifi[eé]e?|dipl[oô]m[eé]e?|de confiance|membre)\b|"
    # "la physio a le droit de piquer des aiguilles?", "les acupuncteurs sont-tu reconnus? y a-tu un ordre?"
    r"\b(physio\w*|kin[eé]\w*|acupunct\w*|praticien\w*|th[eé]rapeutes?|chiro\w*|massoth[eé]rapeutes?|coach|"
    r"entra[iî]neu\w*|m[eé]decins?|docteurs?|il|elle|ils|elles|n'importe qui) (\w+ )?(a|ont|avait|avaient)(-t-(il|elle)|-(ils|elles))? "
    r"le droit (de|d')\b|"
    r"\b(acupuncteurs?|acupunctrices?|physios?|physioth[eé]rapeutes?|kin[eé]s?|praticien\w*|th[eé]rapeutes?) "
    r"(sont|est)(-tu|-ils|-elles| tu)? (\w+ )?(reconnue?s?|r[eé]glement[eé]\w*|encadr[eé]\w*|dipl[oô]m[eé]\w*)\b|"
    r"\by a(-t-il|-tu| tu|-t'il)? un ordre\b|"
    # "does it matter who I go to?", "est-ce que ça change quelque chose, qui je vais voir?"
    r"\bdoes it (really )?matter (who|which (acupuncturist|practitioner|physio\w*|therapist|clinic|one)) (i|we|you|she|he|they) "
    r"(go to|see|pick|choose|book with|use)\b|"
    # telling a good practitioner from a bad one: "how do I tell a good acupuncturist from a bad one?",
    # "what should I look for in a dry needling physio?", "comment reconnaître un bon acupuncteur?"
    r"\b(tell|know|spot|pick|choose|find|recogni[sz]e) (if |whether )?(a |an |the )?(good|bad|decent|competent|skilled|"
    r"qualified|legit|proper|right) (one|acupuncturist|practitioner|physio\w*|therapist|provider|needler)\b|"
    r"\b(good|decent) (one|acupuncturist|practitioner|physio\w*|therapist|provider) from (a )?(bad|poor|dodgy|shady) one\b|"
    r"\bwhat (should|do|would) (i|we|you) look (for|out for) in (a |an )?(acupuncturist|practitioner|physio\w*|"
    r"therapist|provider)\b|\b(reconna[iî]tre|choisir|trouver|distinguer|rep[eé]rer) (un |une )?(bon|bonne|mauvais|"
    r"mauvaise) (acupuncteur|acupunctrice|praticien\w*|physio\w*|th[eé]rapeute|kin[eé]\w*)\b"
)
# "how can I check ...": the patient asks how to do it themselves, not for the clinic to do it
_ASKS_HOW_I = re.compile(
    r"\bhow (can|do|would|should|could|does) (i|we|one|someone|people|a patient)\b|\bcomment (je|on)\b"
)


def _checks_a_practitioner(q: Question) -> bool:
    """Who may give the treatment talked of, or how to check or find a proper practitioner (rule
    7), asked in the question sentence; a hand-off guess only when the patient asks how they can."""
    text = q.text.lower()
    return bool(
        WHO_MAY_GIVE_IT.search(text)
        and (q.intent not in HANDOFFS | SMALLTALK or q.intent != "book" and _ASKS_HOW_I.search(text))
        and (q.named or q.context or NEEDLING_WORDS.search(q.whole.lower()))
    )


# A follow-up comparing the conversation's treatment with another: "ok and does it hurt more than
# acupuncture?" after a question on dry needling is about both.
_MORE_THAN = re.compile(r"\b(more|less|worse|better)( \w+)? than\b|\b(plus|moins) (\w+ )?que\b")
_OPENS_ON_ANSWER = re.compile(r"^\W*(ok(ay)?|and|but|so|alright|et|mais|d'accord|ok et|ok mais)\b")


# A question about the needles themselves (clean, new, single-use, what they are made of): the
# needles and safety entries answer it, whatever illness the story names.
ABOUT_THE_NEEDLES = re.compile(
    r"\b(new|fresh|clean|sterile|single[- ]use|disposable|unused|sealed|reused?)\b (\w+ ){0,2}(needles?|aiguilles?)\b|"
    r"\b(needles?|aiguilles?)\b.{0,30}\b(clean|sterile|single[- ]use|disposable|reused?|made (of|from)|metal|steel|"
    r"neuves?|st[eé]riles?|jetables?|r[eé]utilis\w*)\b"
)


CAREGIVER = re.compile(
    r"\b(caregiv\w*|care ?giv\w*|caring for|looking after|taking care of|aidante?s?|proche aidante?|"
    r"je m'occupe d[eu]|prendre soin d[eu])\b"
)
OWN_STRESS_OR_SLEEP = re.compile(
    r"\b(stress\w*|sleep\w*|insomnia|tension|tense|exhaust\w*|burn(ed|t)? ?out|anxi\w*|sommeil|dormir|"
    r"[eé]puis\w*|fatigue\w*|angoiss\w*)\b"
)


# Someone else and what they have ("since his stroke", "my wife has had Parkinson's for years",
# "le Parkinson de mon père"): the span up to the next clause break.
_RELATIVE = (
    r"(husband|wife|partner|spouse|mum|mom|mother|dad|father|son|daughter|kids?|child|brother|sister|"
    r"grand\w+|friend|neighbou?r|aunt|uncle|\w+-in-law|boyfriend|girlfriend|mari|femme|conjointe?|"
    r"m[eè]re|p[eè]re|fils|fille|fr[eè]re|s(oe|œ)ur|ami|amie|voisine?|chum|blonde)"
)
_OTHER_PERSON = re.compile(
    r"\b(his|her|their|sa|ses|leur)\b( [\w']+){1,2}|"
    rf"\b(my|our) {_RELATIVE}('s|s')( [\w']+){{1,2}}|"
    rf"\b(my|our|mon|ma|notre) {_RELATIVE} (has|had|have|was|is|got|lives|suffers|with|a|avait|souffre|vit)\b"
    r"[^,.;!?]{0,60}?(?=\s(and|but|so|et|mais|donc)\b|[,.;!?]|$)|"
    rf"([\w']+ ){{0,2}}\b(de|du) (mon|ma|notre) {_RELATIVE}\b"
)
# The pain or stiffness asked about is the patient's own: "given me an ache in my back", "mon dos"
_OWN_BODY = re.compile(
    r"\b(my|me|i'?ve|i have|i get|mon|ma|mes|j'ai|m'a)\b[^.?!]{0,50}?\b(ache\w*|pain\w*|sore\w*|stiff\w*|"
    r"back|neck|shoulders?|shoulder blades?|knees?|hips?|wrists?|arms?|legs?|douleurs?|mal|dos|cou|nuque|[eé]paules?|"
    r"genoux?|hanches?|poignets?)\b"
)
_ABOUT_THEM = re.compile(
    r"\b(him|her|them|he|she|they|his|their|lui|elle|eux|il|kids?|child|children|son|daughter|enfants?|fils|fille)\b"
)


def _wording_names_another_topic(q: Question) -> bool:
    """Whether the question's own words choose an entry of a topic other than the research or what it
    is used for (entry_choice's table: how many needles, how long they stay in...), so that a problem
    told with it is no request for advice on that problem."""
    if not q.topics:
        return False
    topic = question_topic(q)
    return topic != q.topics[0] and topic not in CONDITION_TOPICS


def _own_pain_question(q: Question) -> bool:
    """The question asks whether needling helps the patient's own pain, told in the message,
    not the other person's: "would dry needling help?" after "helping him up has wrecked my back"."""
    text = q.text.lower()
    if _ABOUT_THEM.search(text):
        return False
    asks = asks_help(q) or bool(_ANY_USE.search(text)) or bool(ASKS_ADVICE.search(text))
    return asks and bool(_OWN_BODY.search(q.whole.lower()))


# The patient's own stress or sleep told in the story ("since then I'm stressed", "I can't sleep"):
# the stress asked about is theirs, not the relative's whose illness the story tells.
_OWN_STRESS_TOLD = re.compile(
    r"\b(i'?m|im|i am|i've been|ive been|i feel|i get|i can'?t|i cant|i'?ve|my)\b[^.?!]{0,30}?"
    r"\b(stress\w*|sleep\w*|anxi\w*|tense|on edge|exhaust\w*|burn(ed|t)? ?out)\b"
)


def _own_stress_question(q: Question) -> bool:
    """The question asks whether needling helps stress or sleep, about no one else, and the story
    tells the stress as the patient's own: "can acupuncture help stress? my dad had a heart attack
    3 yrs ago and since then Im stressed" (the illness is the father's, past; the stress is theirs)."""
    text = q.text.lower()
    if _ABOUT_THEM.search(text) or not (OWN_STRESS_OR_SLEEP.search(text) and asks_help(q)):
        return False
    return bool(_OWN_STRESS_TOLD.search(q.whole.lower()))


def _compares_other_therapy(q: Question) -> bool:
    """The question sentence (or a short message) compares another therapy with needling, or
    asks which to see: how that therapy compares is not in the documents. The patient's own
    job ("I'm an osteopath myself, how is dry needling different from acupuncture?") is none."""
    text = without_own_job(q.text.lower())
    return bool(
        _COMPARES_OTHER.search(text) and not _HOW_IT_FEELS.search(text) and not _WHO_MAY_OR_HELPS.search(text)
    )


# "I'm fine with the needles part", "just the needles": of everything offered, the needles are asked about.
NEEDLES_PART = re.compile(
    r"\b(the )?(needles?|needling|acupuncture) (part|bit|side|portion)\b|\b(just|only) (the )?(needles?|needling)\b|"
    r"\b(la partie|le c[oô]t[eé]) (aiguilles?|acupuncture)\b|\b(juste|seulement) les aiguilles\b"
)


# A short follow-up on what the last reply declined, asking about its marks or whether they
# are serious ("les ventouses font mal?" then "et les marques violettes, c'est grave?"; "and the
# round bruises it leaves, normal?"): still that subject, never the entry about needle bruises.
_FOLLOWS_ON = re.compile(r"^\W*(and|also|plus|what about|how about|et|aussi|puis|pis|mais|ok et|ok and)\b")
_ITS_MARKS = re.compile(
    r"\b(marks?|marques?|bruis\w*|bleus?|circles?|cercles?|ronds?|rings?|spots?|taches?|redness|rougeurs?|"
    r"hickeys?|su[cç]ons?|discolou?r\w*|welts?|blisters?|cloques?|burns?|br[uû]lures?)\b"
)
_IN_THE_LAST_REPLY = 16  # words: longer messages ask something of their own


def _declined_again(q: Question) -> Optional[subject_rules.Subject]:
    """The subject the last reply declined, when this message only follows on about its marks
    and names no treatment of ours (rule 5)."""
    if not q.previous_subject or q.named:
        return None
    text = q.text.lower().replace("\u2019", "'")
    if len(text.split()) > _IN_THE_LAST_REPLY or NEEDLING_WORDS.search(text):
        return None
    if not (_FOLLOWS_ON.search(text) and _ITS_MARKS.search(text)):
        return None
    try:
        return _subject(q.previous_subject)
    except StopIteration:  # a subject since renamed: the message is read on its own
        return None


# "do you guys do it?", "vous faites ça ici?": whether the clinic offers what the last reply declined
_DO_YOU_OFFER_IT = re.compile(
    r"\b(do|does|can|could|would|will) (you|you guys|y'?all|u|u guys|your (clinic|place|team)|the clinic|anyone (there|here)) "
    r"(\w+ )?(do|offer|provide|perform|give|sell|try|have) (it|that|this|those|these|them|any)\b|"
    r"\b(is|are) (it|that|this|those|they) (something )?(offered|available|done) (here|there|at (your|the) (clinic|place))\b|"
    r"\b(can|could) i (get|have|book) (it|that|this|one|those) (done )?(here|there|with you|at your (clinic|place))\b|"
    r"\b(vous|tu) (en |le |la |les )?(faites|fais|offrez|offres|proposez|proposes|pratiquez|pratiques)\b|"
    r"\b(c'est|est-ce) (offert|disponible|fait) (chez vous|ici|[aà] (votre|la) clinique)\b"
)


def _asks_if_offered_again(q: Question) -> Optional[subject_rules.Subject]:
    """The subject the last reply declined, when this short message only asks whether the
    clinic does it ("what's cosmetic acupuncture" then "do you guys do it?"; rule 5)."""
    if not q.previous_subject or q.named or q.conditions:
        return None
    text = q.text.lower().replace("\u2019", "'")
    if len(text.split()) > FOLLOWUP_MAX_WORDS or NEEDLING_WORDS.search(text):
        return None
    if not _DO_YOU_OFFER_IT.search(text):
        return None
    try:
        return _subject(q.previous_subject)
    except StopIteration:
        return None


# How long the visit lasts, asked after the clinic's answer on the first visit or what to bring
_HOW_LONG_VISIT = re.compile(
    r"\bhow long\b(?! (until|till|before|for (the )?(results?|it to work|relief)|does it take to (work|feel|help)))|"
    r"\b(combien de temps|(ca|la s[eé]ance|le rendez-vous|la visite) dure|dur[eé]e)\b(?!.{0,20}\b(effets?|r[eé]sultats?|soulag\w*))"
)
# Enough time at the visit for everything, or a longer visit ("will they have time for all that?",
# "do I book a longer one?", "aurez-vous le temps de tout voir?")
_VISIT_TIME_ENOUGH = re.compile(
    r"\b(have|be) (enough |the )?time (for|to (go over|cover|get through|look at)) (all|every|each|everything|them all)\b|"
    r"\b(book|get|need|want|ask for) (a )?longer (one|appointment|appt|visit|session|slot)\b|\benough time\b|"
    r"\b(assez de temps|le temps de tout|un rendez-vous plus long|une (s[eé]ance|visite|consultation) plus longue)\b"
)
# An insurer or plan named after the clinic's direct-billing answer ("what about Sun Life?")
_ANOTHER_ONE = re.compile(
    r"^\W*(ok |okay |so )?(and|also|or|what about|how about|et|ou|puis|pis|mais|ok et|pis pour|et pour)\b"
)


def _clinic_topic_kept(q: Question) -> Optional[str]:
    """A short follow-up to the clinic's answer on the first visit or what to bring asking how
    long it lasts ("and how long will it be?"): the first visit."""
    prev = q.previous_topic or ""
    if not prev.startswith(CLINIC_TOPIC_PREFIX) or q.named or q.conditions or q.red_flag:
        return None
    text = q.whole.lower()
    if prev[len(CLINIC_TOPIC_PREFIX) :] not in ("what_to_bring", "first_visit"):
        return None
    # "ok how long does it take, I need to arrange childcare", "will they have time for all of it or do I
    # book a longer one?": the length of the visit asked first, a reason told after it
    first = re.split(r"[,;.?!]", text.strip(" ,;.?!"))[0]
    if _VISIT_TIME_ENOUGH.search(text) or (
        _words(first) <= FOLLOWUP_MAX_WORDS and _HOW_LONG_VISIT.search(first)
    ):
        return "first_visit"
    if _words(text) > FOLLOWUP_MAX_WORDS:
        return None
    if _HOW_LONG_VISIT.search(text):
        return "first_visit"
    return None


def _another_plan_billed(q: Question) -> bool:
    """A short follow-up to the clinic's direct-billing answer naming another plan: is that
    one billed directly too (written rule 5's `direct_billing`)?"""
    return (
        q.previous_topic == CLINIC_TOPIC_PREFIX + "direct_billing"
        and not (q.named or q.conditions or q.red_flag)
        and _words(q.whole) <= FOLLOWUP_MAX_WORDS
        and bool(_ANOTHER_ONE.search(q.whole.lower()))
    )


def _subject(sid: str) -> subject_rules.Subject:
    """The not-covered subject with this id (knowledge/not_covered.yml)."""
    return next(r.subject for r in subject_rules.load_not_covered() if r.subject.id == sid)


# A question about the illness or its treatment itself, not a symptom of it: "is it safe during
# chemo?", "will it interfere with my treatment?", "can it cure it?" (anywhere in the message:
# "... could it help the nausea? is it allowed?" asks both)
_ABOUT_THE_ILLNESS = re.compile(
    r"\b(safe|dangerous|risky|ok to|okay to|allowed|interfere\w*|interact\w*|instead of|cure\w*|"
    r"s[uû]r|sans danger|dangereux|risqu[eé]|gu[eé]rir|interf[eé]r\w*|[aà] la place|permis|autoris[eé]\w*|"
    r"contre-?indiqu[eé]\w*)\b"
)


# An inflammatory bowel disease (written rules 2 and 10): its belly and gut are the illness itself, so
# "digestion" asked beside it is not a symptom the entries answer, unless a separate digestive complaint the
# entries name is told ("Crohns is not my thing, its IBS... can acupuncture help IBS?").
_BOWEL_DISEASE = re.compile(
    r"\b(crohn'?s|crohn|colitis|colite|inflammatory bowel|ibd|mici|maladie inflammatoire (chronique )?de l'intestin)\b"
)
_OTHER_GUT_COMPLAINT = re.compile(
    r"\b(ibs|irritable|sii|bloat\w*|ballonn\w*|reflux|heartburn|gerd|acid|constipat\w*|nause\w*|queasy)\b"
)


# Post-traumatic stress by its full name ("syndrome de stress post-traumatique", "post-traumatic stress
# disorder"): the "stress" in it names the illness (written rule 2 for mental_health_other), not the
# everyday stress the entries answer (rule 3).
_PTSD_FULL_NAME = re.compile(
    r"\b((le |du )?syndrome (de |d'|du )?|[eé]tat de )?stress post-?traumatique\b|\bpost-?traumatic stress( disorder)?\b"
)


def _stress_only_in_the_illness_name(q: Question) -> bool:
    """The only stress asked about is the one in the name of post-traumatic stress."""
    low = q.whole.lower().replace("\u2019", "'")
    return (
        _asked_conditions(q) == frozenset({"stress"})
        and bool(_PTSD_FULL_NAME.search(low))
        and not re.search(r"\bstress", _PTSD_FULL_NAME.sub(" ", low))
    )


def _SYMPTOMS_ANSWERED() -> FrozenSet[str]:
    """Every symptom some illness subject says the entries answer (knowledge/not_covered.yml)."""
    return frozenset().union(*(r.subject.symptoms_answered for r in subject_rules.load_not_covered()))


def _condition_only_inside(q: Question, term: str) -> bool:
    """Is the only body part of the message the one inside the unknown illness's own name
    ("restless legs every night. does acupuncture help with that?"): no covered condition
    told besides it, so the story's illness is what "that" points back to."""
    whole = q.whole.lower().replace("\u2019", "'")
    if term not in whole or not body.names_body_part(term):
        return False
    rest = whole.replace(term, " ")
    return not body.names_body_part(rest) and not body.diagnosis_phrases(rest)


def _symptom_of_illness(q: Question, term: str) -> bool:
    """Is `term` an illness (or its treatment) named only as the cause of a symptom the
    question asks about, one the entries answer ("nausea from chemo", "mal dormir depuis ma
    ménopause")? Written rule 3; `symptoms_answered` in knowledge/not_covered.yml says which."""
    illnesses = subject_rules.not_covered_subjects(term)
    if illnesses:
        symptom_asked = all(s.symptoms_answered & _asked_conditions(q) for s in illnesses)
    else:  # a health word no subject lists ("radiation is making me nauseous")
        symptom_asked = bool(_SYMPTOMS_ANSWERED() & _asked_conditions(q))
    return symptom_asked and _asks_covered_condition(q) and not _ABOUT_THE_ILLNESS.search(q.whole.lower())


def _not_covered_typed_with_a_slip(q: Question) -> Optional[subject_rules.Subject]:
    """Rule 5's subject when an illness word in the message was typed with one slip ("does
    acupunture help with high blood presure", "my dad had a stoke"): read as meant (typos.py)."""
    whole = typos.corrected(q.whole)
    if whole == q.whole.lower().replace("\u2019", "'"):
        return None
    text = typos.corrected(q.text)
    return _not_covered(replace(q, text=text, full_text=whole if q.full_text else ""))


# Answers about a session itself: an activity asked about "after" right after one of them is around
# that session ("how long is a session?" then "je peux-tu aller faire du vélo après?", written rule 9)
# Quebec French asks with "-tu" after the verb ("je peux-tu y aller?"): read as "je peux y aller?"
_QUEBEC_TU = re.compile(r"\b(peux|peut|pourrais|pourrait|dois|doit)-(tu|ti)\b", re.I)
# A follow-up's opening word, left out when the question is read as told after the session
_FOLLOW_UP_OPENER = re.compile(
    r"^\W*((and|so|ok|okay|but|et|pis|puis|mais|alors|ok pis|pis l[aà])\b\W*)+", re.I
)
_SESSION_TOPICS = frozenset({"session_length", "sensation", "technique", "overview", "safety", "first_visit"})
_AFTER_THE_SESSION = re.compile(
    r"\b(after|afterwards|after that|right after|apr[eè]s|ensuite|le lendemain)\W*$|\bapr[eè]s\W"
)


def _answer_the_choice(q: Question, store: KnowledgeStore) -> Decision:
    """The choosing entry for a choice between the treatments named, a problem told only as what it
    is for; the condition entries stand behind it (rule 9)."""
    return answer_topic(
        store, replace(q, topics=["choosing", *CONDITION_TOPICS]), "choosing", rule="condition_question"
    )


def _it_is_the_therapy_told(q: Question) -> bool:
    """Whether "it" in the question is the therapy told: with no needling named anywhere in the message
    ("the girls have circles on their backs from cupping. is it any good for back pain?"), the "it" asked
    about is the `when_asked` subject told, not our treatment."""
    return bool(
        _IT_ASKED.search(last_sentence(q.text).lower())
        and not _TREATMENT_WORDS.search(q.whole.lower())
        and not q.named
    )


def _not_covered(q: Question) -> Optional[subject_rules.Subject]:
    """Rule 5's subject: the first subject of knowledge/not_covered.yml the message is about,
    as its `in_story` setting says. `pain_question` subjects ("4 months postpartum, my back is
    wrecked. does acupuncture help low back pain?") are set aside, wherever they are told, when
    the question asks whether needling helps a musculoskeletal problem; `when_asked` subjects
    ("had a PRP shot last year... how many sessions before I can train again?") told only in
    the story count when the question names them or points back at it ("is that ok?")."""
    found = subject_rules.not_covered_subjects(q.whole)
    if not found and (q.context or q.named) and session_talk.POINTS_BACK_TO_SESSION.search(q.text.lower()):
        # "my hand has felt numb for an hour since, is that normal?" after telling of the session
        # in the turn before: read as if it named the session (written rule 6)
        for prefix in (session_talk.AS_IF_AFTER_SESSION, session_talk.SESSION_PREFIX_FR):
            found = [
                s
                for s in subject_rules.not_covered_subjects(prefix + q.whole)
                if s.id in AFTER_EFFECT_SUBJECTS
            ]
            if found:
                break
    if (
        not found
        and (
            q.previous_topic == "aftercare"
            or (q.previous_topic in _SESSION_TOPICS and _AFTER_THE_SESSION.search(q.text.lower()))
        )
        and q.intent not in HANDOFFS
        and not q.named
        and ASKS_MAY_I.search(q.text.lower())
        and not _TREATMENT_WORDS.search(q.whole.lower())
    ):
        # "what should I expect after acupuncture?" then "can I play 18 holes that afternoon?":
        # an activity asked about right after the answer on after a session is around that
        # session (aftercare_actions, written rule 9), read as if it named it
        for prefix in (session_talk.AS_IF_AFTER_SESSION, session_talk.SESSION_PREFIX_FR):
            found = [
                s
                for s in subject_rules.not_covered_subjects(
                    prefix + _QUEBEC_TU.sub(r"\1", _FOLLOW_UP_OPENER.sub("", q.whole))
                )
                if s.id == "aftercare_actions"
            ]
            if found:
                break
    if found and session_talk.asks_why_checked(q.whole.lower()):
        # "why did she look at my tongue and take my pulse? I came for my knee": the whole-person
        # approach (written rule 8), not the reading itself; nor what to eat, when it was only what
        # she asked about ("quizzed me on my diet before needling my back. normal?")
        found = [s for s in found if s.id not in ("other_tcm", "diet_and_drink")]
        if not _compares_other_therapy(q) and re.search(r"\bacupunct\w*", q.whole.lower()):
            # "...asked about my digestion, my periods. is that normal? The hijama man never asked me
            # anything": the other therapy told beside it is the story (written rule 8)
            found = [s for s in found if s.id != "other_therapies"]
    compares = _compares_other_therapy(q)
    if not any(s.id == "other_therapies" for s in found) and compares:
        found = [_subject("other_therapies")] + found
    if found and CAREGIVER.search(q.whole.lower()) and OWN_STRESS_OR_SLEEP.search(q.text.lower()):
        # "caring for my husband since his stroke... would acupuncture help caregiver stress?":
        # the illness is the other person's; the question is the patient's own stress or sleep
        asked = {s.id for s in subject_rules.not_covered_subjects(q.text)}
        found = [s for s in found if s.id in asked]
    if found and _OTHER_PERSON.search(q.whole.lower()) and (_own_pain_question(q) or _own_stress_question(q)):
        # "I look after my husband since his stroke and lifting him has given me an ache between my
        # shoulder blades. would dry needling help?": the illness is someone else's, the pain asked
        # about is the patient's own
        own = {s.id for s in subject_rules.not_covered_subjects(_OTHER_PERSON.sub(" ", q.whole.lower()))}
        found = [s for s in found if s.id in own]
    if any(s.in_story == "pain_question" for s in found) and _pain_question(q):
        found = [s for s in found if s.in_story != "pain_question"]
    if any(s.id == "children" for s in found) and CHILD_CARRIED.search(q.whole.lower()):
        # "pulled my back carrying my sleeping 6 yr old up the stairs. is needling any good for low
        # back pain?": the child lifted is the cause of the patient's own pain, no one to treat
        kept = {s.id for s in subject_rules.not_covered_subjects(without_child_carried(q.whole.lower()))}
        found = [s for s in found if s.id != "children" or s.id in kept]
    if (
        any(s.in_story == "cause" for s in found)
        and _asks_covered_condition(q)
        and not _TOO_SOON.search(q.text.lower())
    ):
        asked = {s.id for s in subject_rules.not_covered_subjects(last_sentence(q.text))}
        if COMING_OFF_MEDICINE.search(q.whole.lower()):
            # "does acupuncture help reflux? I'm on pills daily and would love to get off them": a
            # wish to come off the medicine is the prescriber's question (written rule 7)
            asked.add("medication")
        if WAITING_FOR_THE_OPERATION.search(last_sentence(q.text).lower().replace("\u2019", "'")):
            # "the surgeon wants to operate. can I do acupuncture in the meantime to heal faster?": needling
            # asked for the time before the operation told (needling before surgery)
            asked.add("surgery")
        if _MEDICINE_FOR_IT_AFTER.search(_after_the_question(q.whole).lower().replace("\u2019", "'")):
            # "can acupuncture help the migraines I still get? I'm on propranolol for them": a medicine
            # taken for the complaint asked, told right after the question (written rules 7 and 10)
            asked.add("medication")
        if WITH_THE_MEDICINE.search(last_sentence(q.text).lower().replace("\u2019", "'")):
            # "I'm on sumatriptan for migraines. can acupuncture help my migraines on top of that?",
            # "can I do acupuncture for sleep while on it?": needling asked alongside the medicine
            # told (written rule 7), not only for the complaint
            asked.add("medication")
        found = [s for s in found if s.in_story != "cause" or s.id in asked]
    if (
        any(s.symptoms_answered for s in found)
        and _asks_covered_condition(q)
        and not _ABOUT_THE_ILLNESS.search(q.whole.lower())
        and not _stress_only_in_the_illness_name(q)
    ):
        # "chemo makes me so nauseous, can acupuncture help the nausea?": the symptom is asked,
        # the illness is its cause (written rule 3)
        asked_conditions = _asked_conditions(q)
        if _BOWEL_DISEASE.search(q.whole.lower()) and not _OTHER_GUT_COMPLAINT.search(q.whole.lower()):
            # "can acupuncture fix my gut, I have crohns": the gut of a bowel disease is the illness
            # itself (written rule 10), not a digestive complaint it caused
            asked_conditions = asked_conditions - {"digestion"}
        found = [s for s in found if not (s.symptoms_answered & asked_conditions)]
    last = last_sentence(q.whole)
    if (
        any(s.in_story == "when_asked" for s in found)
        and (_pain_question(q) or NEEDLES_PART.search(last.lower()))
        and not _compares_other_therapy(q)
    ):
        # "GP wants to give me a cortisone jab. would acupuncture sort it instead?" asks whether
        # needling helps the problem; "wants to do needles, cupping and herbs. I'm fine with the
        # needles part, is that safe?" asks about the needles: what else was offered is the story
        # (what leads into the question in its sentence is story: "they put moxa on it but I just want
        # to know: can needling help tennis elbow?")
        named = {s.id for s in subject_rules.not_covered_subjects(_without_lead_in(last_sentence(q.text)))}
        # ...but a question sentence naming it asks about it, whatever is told after ("is cupping worth
        # it? my old clinic left huge circles on my back": the cupping, not the back)
        for asked in _QUESTION_SENTENCE.findall(q.text):
            named |= {s.id for s in subject_rules.not_covered_subjects(_without_lead_in(asked))}
        if _it_is_the_therapy_told(q):
            named |= {s.id for s in found}
        found = [s for s in found if s.in_story != "when_asked" or s.id in named]
    if found and HOLISTIC.search(last.lower()):
        # "looked at my tongue. why? does acupuncture look at more than the pain?": what it looks
        # at is the question, not the thing told before it
        named = {s.id for s in subject_rules.not_covered_subjects(last)}
        found = [s for s in found if s.in_story != "when_asked" or s.id in named]
    for without_story in _STORY_FILTERS:  # rule 5's story filters, in order (defined after them, below)
        if not found:
            break
        found = without_story(q, found)
    if not found or q.whole == q.text:
        return found[0] if found else None
    in_question = None
    for subject in found:
        if subject.in_story != "when_asked":
            return subject
        if in_question is None:
            in_question = {s.id for s in subject_rules.not_covered_subjects(q.text)}
        # "est-ce que ..." opens a French question: its "ce" points at nothing told
        if (
            subject.id in in_question
            or (
                _POINTS_AT_STORY.search(_EST_CE_QUE.sub(" ", q.text.lower()))
                and not _asks_of_the_treatment_itself(q, subject)
            )
            or _it_is_the_therapy_told(q)
        ):
            return subject
        if subject.id == "other_therapies" and (
            compares or (_COMPARES_WORD.search(q.text.lower()) and not _COMPARES_OURS.search(q.text.lower()))
        ):
            return subject  # "un ostéo ou un acupuncteur? lequel est le mieux": the question compares them
    return None


# A procedure told in the story (a past epidural, cortisone, nerve blocks, "mes infiltrations") before a
# question about our treatment itself: how it feels, how many sessions or needles, what to know before
# trying it, what its name means ("after 3 epidurals... does it hurt?", "les infiltrations m'ont soulagée
# trois semaines. il faut combien de séances avant de savoir si ça marche?"). The "this", "that", "ça"
# of such a question is the treatment, not the procedure told (written rules 5 and 7).
_PROCEDURE_SUBJECTS = frozenset({"injections"})
_OF_THE_TREATMENT_ITSELF = re.compile(
    r"\b(hurts?|painful|fait (plus |moins )?mal|douloureu\w*|"
    r"how many (\w+ ){0,2}(sessions|visits|treatments|appointments|appts|needles)|"
    r"combien (de |d')(\w+ )?(s[eé]ances|traitements|visites|rendez-vous|aiguilles)|"
    r"(should|do) (i|we) (\w+ )?(know|expect) (before|about)|"
    r"why (is it|is this|'?s it) called|what does (the )?(name|dry|it) mean|does (that|this|it) mean|"
    # how it feels, set beside the procedure's feeling (session 21, tuner tw): "my leg felt on fire for a week after the
    # RFA. does acupuncture burn like that?"
    r"burns?|burning|stings?|stinging|(feel|feels|felt) (\w+ )?like (that|this|it)|br[uû]le\w*)\b"
)
# ...but the procedure is still the question when it is asked whether needling is all right around
# it, when to have it, or to compare them ("can I have needling the week after my epidural?", "is that
# ok after a nerve block?", "dois-je attendre?", "which one should I pick?")
_AROUND_THE_PROCEDURE = re.compile(
    r"\b(safe|safely|ok|okay|alright|all right|allowed|risks?|risky|dangers?|dangerous|contraindicat\w*|"
    r"wait\w*|too soon|how soon|same (day|week|time)|in between|instead|rather|better|worse|compared?|versus|vs|"
    r"s[uû]re?s?|sans danger|risqu\w*|dangereu\w*|attendre|au lieu|plut[oô]t|mieux|entre les|"
    r"(before|after|around|avant|apr[eè]s) (the |my |a |an |l'|la |les |mon |ma |mes |une? |(that|this|it|them|those|these|[cç]a)\b))"
)


def _asks_of_the_treatment_itself(q: Question, subject: subject_rules.Subject) -> bool:
    """Whether a question pointing with "this", "that" or "ça" after a procedure told in the story
    (`_PROCEDURE_SUBJECTS`) asks about our treatment itself (`_OF_THE_TREATMENT_ITSELF`), nothing of
    needling around the procedure (`_AROUND_THE_PROCEDURE`): the story is its background. Read in the
    sentences that ask, so "after the RFA" told in the story is no timing asked."""
    low = " ".join(_asking_parts(sentences(q.text))).lower().replace("\u2019", "'")
    return (
        subject.id in _PROCEDURE_SUBJECTS
        and bool(_OF_THE_TREATMENT_ITSELF.search(low))
        and not _AROUND_THE_PROCEDURE.search(low)
    )


# Two of our own treatments side by side in the question ("c'est quoi la différence entre l'acupuncture et
# les aiguilles sèches?", "IMS vs dry needling?"): the comparison is between them, not with a therapy
# told in the story ("...moi je connais juste la hijama").
_OURS_WORDS = (
    r"(acupunct\w*|accupunct\w*|acupunt\w*|dry needling|needling|ims|aiguilles s[eè]ches|puncture s[eè]che)"
)
_COMPARES_OURS = re.compile(rf"\b{_OURS_WORDS}\b.{{0,60}}\b{_OURS_WORDS}\b")


_TOLD_AFTER_IS_STORY = frozenset({"other_therapies"})


def _question_then_story(q: Question) -> List[str]:
    """The message's sentences when it opens with a question about a treatment of ours and tells more
    after it ("Is acupuncture safe? My cousin got an infected back from a hijama guy."), else []: the
    shape both `_without_subject_told_after_the_question` and `_term_only_in_someone_elses_sentence`
    read a story told after the question from."""
    parts = [p for p in sentences(q.whole) if p.strip()]
    if len(parts) < 2 or not q.named or not parts[0].rstrip().endswith("?"):
        return []
    return parts


def _without_subject_told_after_the_question(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "Is acupuncture safe? My cousin got an infected back from a hijama guy so I'm nervous.": a
    `when_asked` subject (another therapy: a past injection or a session's reaction still counts) told only in a
    sentence after the question, which names a treatment of ours and neither names the subject nor
    points at anything, is the story behind the question (written rules 2 and 3). A session's own
    reaction counts wherever told (written rule 6). Read only when the classifier read the whole message
    (no focus taken out of it)."""
    if q.whole != q.text:
        return found
    parts = _question_then_story(q)
    if not parts or parts[-1].rstrip().endswith("?"):
        return found
    asked = [p for p in parts if p.rstrip().endswith("?")]
    asked_ids = set()
    for p in asked:
        asked_ids |= {s.id for s in subject_rules.not_covered_subjects(p)}
        if _POINTS_AT_STORY.search(_EST_CE_QUE.sub(" ", p.lower())):
            return found
    return [
        s
        for s in found
        if s.id not in _TOLD_AFTER_IS_STORY or s.id in asked_ids or s.id in AFTER_EFFECT_SUBJECTS
    ]


def _without_subject_joined_across_a_hygiene_question(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "r the needles new every time?? i work with animals all day and im paranoid about infections",
    "are the needles new every single time? I can't afford to get sick": a message that opens by asking
    whether the needles are new, clean or single use, and tells why after it. A subject found only by
    reading the question and the story as one ("needles... animals", "every single time... sick"), in
    neither sentence alone, is no subject of the patient's: the question sentence decides, the story
    gives its reason (written rules 2 and 3; session 21, tuner tx). A subject any one sentence names
    still counts."""
    parts = [p for p in sentences(q.whole) if p.strip()]
    if len(parts) < 2 or "?" not in parts[0]:
        return found
    first = parts[0].lower()
    if not (HYGIENE_QUESTION.search(first) and re.search(r"\b(needles?|aiguilles?)\b", first)):
        return found
    alone = {s.id for p in parts for s in subject_rules.not_covered_subjects(p)}
    return [s for s in found if s.id in alone]


# Online reviews or ratings told in a sentence of the story, not asked about ("is there parking? every
# google review is people complaining about parking", "les avis sur google disent toute pis son
# contraire"): where the question came from (session 22, tuner UA). Money (a prepaid package, a refund,
# a clinic closed) told beside them keeps the sentence: consumer_matters asks about that.
_REVIEWS_TOLD = re.compile(
    r"\b(reviews?|reviewers?|reviewed|ratings?|rated|stars?|[eé]toiles?|yelp|avis|commentaires)\b", re.I
)
_MONEY_TOLD = re.compile(
    r"\b(pre-?pa\w*|prepay\w*|refund\w*|rembours\w*|paid|pay\w*|pa(yer|y[eé]e?s?)|packages?|forfaits?|"
    r"money|argent|closed|shut|bankrupt|faillite|ferm[eé]e?|scam|arnaque|sue|lawsuit|poursuiv\w*)\b",
    re.I,
)


def _without_reviews_told_in_the_story(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "how long is an acupuncture session? google reviews keep complaining they're too short", "a 1
    star yelp review says she had bruises for a week. is bruising normal?": reviews or ratings read
    online and told as where the question came from. consumer_matters (judging a clinic by its
    reviews) counts when a question sentence asks about the reviews themselves ("how do I tell if
    google reviews are fake?", "3,2 étoiles sur google, j'y vais quand même?"); a story sentence that
    only tells of them is background, and the question is answered on its own. Prepaying, refunds
    and clinics closed are read wherever told, as before (session 22, tuner UA)."""
    if not any(s.id == "consumer_matters" for s in found):
        return found
    parts = [p for p in sentences(q.whole) if p.strip()]
    told = [p for p in parts if not is_question(p) and _REVIEWS_TOLD.search(p) and not _MONEY_TOLD.search(p)]
    kept = [p for p in parts if p not in told]
    if not told or not any(is_question(p) for p in kept):
        return found
    still = {s.id for s in subject_rules.not_covered_subjects(" ".join(kept))}
    return [s for s in found if s.id != "consumer_matters" or s.id in still]


# A question sentence that points at a person or a condition told in the story ("is it safe for
# me?", "would it be ok for her?", "given that", "with my heart", "pour elle"): the story is asked about.
_ASKS_FOR_THE_ONE_TOLD = re.compile(
    r"\b(for|with|to|on|in) (me|her|him|them|someone like (me|her|him))\b|\b(she|he|they|her|his|him|hers|their|them)\b|"
    r"\bgiven\b|\bafter (that|this|it|what)\b|\bbecause of\b|\b(with|despite) (my|a|that|this) history\b|"
    r"\b(pour|avec|chez) (moi|elle|lui|eux|elles)\b|\bmalgr[eé]\b|\b(elle|il|ils|elles)\b|\bmon (historique|passé|pass[eé])\b"
)
# Whether the patient themself may have it ("is it safe", "can I still get it", "ok for someone who"):
# asked after their own past illness, the illness is the question, however long ago
_ASKS_IF_OK_TO_HAVE = re.compile(
    r"\b(safe|safely|ok|okay|alright|all right|risks?|risky|dangers?|dangerous|allowed|contraindicat\w*|"
    r"should i|can i|could i|may i|am i able|would i be able|is it wise|s[uû]re?s?|sans danger|risqu\w*|"
    r"dangereu\w*|puis-je|je peux|j'peux|est-ce que je peux|pourrais-je|je pourrais|ai-je le droit|d[eé]conseill\w*)\b"
)


# How many sessions: a question about the treatment with no treatment named ("combien de séances pour
# le dos en général?", "how many visits would a stiff neck take?")
_SESSIONS_ASKED = re.compile(
    r"\bhow many (\w+ )?(sessions|visits|treatments|appointments|appts)\b|"
    r"\bcombien de (s[eé]ances|traitements|visites|rendez-vous|rdv)\b"
)
# Who may practise it ("like who is actually allowed to do it?", "qui a le droit d'en faire?"): the
# practitioners, not whether the patient may have it after what they told
_WHO_MAY_PRACTISE = re.compile(
    r"\bwho('?s| is| are)? (\w+ )?(allowed|permitted|licensed|qualified|certified)\b|"
    r"\bqui (a|ont|est|sont) (\w+ )?(le droit|autoris[eé]e?s?|qualifi[eé]e?s?)\b"
)


def _last_and_story(parts: List[str]) -> Tuple[str, str, str]:
    """A message of two sentences or more as its last sentence, the story before it, and the last sentence
    lowered with "est-ce" taken out (its "ce" points at nothing told): how rule 5 and rule 13 read a
    story told as over."""
    last = parts[-1]
    return last, " ".join(parts[:-1]), _EST_CE.sub(" ", last.lower())


# "ça fait mal?" asks how the treatment feels: its "ça" points at no story told (session 24, tuner xd)
_IT_HURTS = re.compile(r"\b(ça|ca|cela) (\w+ )?fai(t|sait) mal\b")
# The side effects asked about are the treatment's, whether or not the question names it ("les effets
# secondaires graves c'est fréquent?" after a story of a session)
_SIDE_EFFECTS_ASKED = re.compile(r"\b(side[- ]effects?|effets? secondaires?|effets? ind[eé]sirables?)\b")


# A story, then a question after its last ", but": "she's fine now, but is it dangerous?" (session 24, tuner xd)
_BUT_THEN_ASKED = re.compile(r"^(.*\S),\s+(?:mais|but)\s+([^,]+\?)\W*$", re.IGNORECASE | re.DOTALL)


def _story_then_but_asked(text: str) -> List[str]:
    """The story and the question of one sentence split at its last ", but" / ", mais" before a
    question mark; the sentence alone when there is none."""
    m = _BUT_THEN_ASKED.match(text.strip())
    return [m.group(1) + ".", m.group(2)] if m else [text]


def _safe_in_general_not_the_event(low: str) -> bool:
    """The last sentence asks whether needling is safe in general ("is it actually safe?"), not about
    the event told itself, to the patient or again ("is fainting common?", "ça peut m'arriver?")."""
    return bool(_SAFE_IN_GENERAL.search(low)) and not _THE_EVENT_ASKED.search(low)


# Whether needling is safe for the one told of ("is acupuncture safe for him", "is it safe for someone like
# him?", "sécuritaire pour lui?", "safe for him for his sore shoulder?"), after their illness told as past
# and over: asked of needling in general for that person, the safety entry answers it (session 24, tuner
# yc: vo-077, wc-108, we-089, wn-136 labelled so); the illness named in the question ("safe for him after
# a stroke?") still asks about it
_SAFE_FOR_THE_ONE_TOLD = re.compile(
    r"\b(for|pour) (him|her|them|someone like (him|her|them)|lui|elle|eux)\b"
    r"( (for|pour) (his|her|their|son|sa|ses) [\w' ]{1,30}?(?=\W*$))?"
)
# Told three years back or more ("four years ago", "a few years back", "il y a cinq ans"): a recovery long
# settled; "last year" or "two years ago" is recent, the illness still the question (the labels: vo-077,
# wc-108, we-089, wn-136 answered; ut-002, sx-088 declined at two years)
_YEARS_BACK = re.compile(
    r"\b([3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|several|many|a few|few) (years?|yrs?) (ago|back|earlier)\b|"
    r"(?<!\w\s)\b(years|ages|decades) (ago|back)\b|"
    r"\bil y a ([3-9]|\d\d|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|des) (ans|ann[eé]es)\b"
)
# The French question's inverted pronoun ("l'acupuncture est-elle sécuritaire pour lui?"): the treatment,
# no one told
_INVERTED_PRONOUN = re.compile(r"-(t-)?(elle|il)\b")
# A heart that stopped (a cardiac arrest) is not over when told as such: its survivors often carry an
# implanted defibrillator, the cardiologist's to clear (ut-002 declined)
_HEART_STOPPED = re.compile(
    r"\b(cardiac arrest|arr[eê]ts? cardiaques?|heart stopped|c(oe|œ)ur (s'est )?arr[eê]t[eé])\b"
)
# The one told still at their everyday life ("still runs his fromagerie", "still does his shows"): a sign
# of being well, not of the illness still going on
_STILL_AT_THEIR_LIFE = re.compile(
    r"\bstill (runs|does|works|plays|walks|drives|teaches|coaches|performs|skates|rides|golfs|swims|gardens|hikes|"
    r"goes to) (his|her|their|every)\b"
)


def _without_story_told_as_over(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "I passed out at the scene of my accident 2 yrs ago (totally fine now)... does acupuncture
    hurt?", "a gash on my shin last week (got stitches, healing fine). will the needling make me
    bleed?", "a friend had a stroke years ago, she's ok now... is dry needling in the neck safe?":
    a subject told only in the story, as past and over, before a question that names no subject
    and does not point back at it, is the question's background. Told of the patient themself,
    the question must not ask whether they may have it ("I had a stroke last year, fully
    recovered. is acupuncture safe?" still asks about the stroke). A session's own reaction
    (a faint at acupuncture) is never background (written rule 6). One sentence whose question
    follows a last ", but" / ", mais" is read as the story, then the question ("ma tante a fait un
    malaise l'an passé, elle va très bien maintenant, mais c'est dangereux l'acupuncture?")."""
    story_sentences = sentences(q.whole)
    if len(story_sentences) < 2:
        story_sentences = _story_then_but_asked(q.whole)
    if len(story_sentences) < 2:
        return found
    last, story, low = _last_and_story(story_sentences)
    # "dad had a stroke 3 years ago, recovered fine. is acupuncture safe for him?": needling's safety for
    # the one told, asked in general, is no question about their illness (`_SAFE_FOR_THE_ONE_TOLD`)
    for_the_one_told = bool(
        _safe_in_general_not_the_event(low)
        and _SAFE_FOR_THE_ONE_TOLD.search(low)
        and not _HEART_STOPPED.search(story.lower())
        and _YEARS_BACK.search(story.lower())
    )
    if for_the_one_told:
        story = _STILL_AT_THEIR_LIFE.sub(" ", story)
        low = _INVERTED_PRONOUN.sub(" ", _SAFE_FOR_THE_ONE_TOLD.sub(" ", low))
    if (
        not told_as_over(story)
        or subject_rules.not_covered_subjects(last)
        or _POINTS_AT_STORY.search(_IT_HURTS.sub(" ", low))
        or _ASKS_FOR_THE_ONE_TOLD.search(low)
        or not (
            q.named
            or q.context
            or _NEEDLING_ASKED.search(low)
            or _SESSIONS_ASKED.search(low)
            or _SIDE_EFFECTS_ASKED.search(low)
        )
    ):
        return found
    someone_else = _told_of_someone_else(story) or for_the_one_told
    if not someone_else and _ASKS_IF_OK_TO_HAVE.search(_WHO_MAY_PRACTISE.sub(" ", low)):
        return found
    asked = _asked_subject_ids(q, story_sentences)
    # someone else's story, then whether needling is safe in general, not about the event told
    general = someone_else and _safe_in_general_not_the_event(low)
    if general:
        # "my boss had a stroke last season, he's fine now, but he keeps telling me acupuncture is
        # dangerous. is it actually safe?": a short question read with the sentence before it still
        # asks only whether needling is safe, not about the other person's illness (session 22, tuner UA)
        asked = {
            s.id
            for p in story_sentences[-1:] + [p for p in story_sentences if "?" in p]
            for s in subject_rules.not_covered_subjects(p)
        }
    told = {s.id for s in subject_rules.not_covered_subjects(story)} - asked
    # someone else's faint at a session, told as over, before a question whether needling is safe in
    # general ("une amie a fait un malaise pendant une séance l'an passé, elle va très bien. est-ce que
    # c'est sécuritaire en général?"): the safety entry answers it; asked about the event itself, to the
    # patient or again ("ça peut m'arriver?", "is fainting common?"), it stays the session's reaction
    return [s for s in found if s.id not in told or (s.id in AFTER_EFFECT_SUBJECTS and not general)]


def _term_in_someone_elses_story_told_as_over(q: Question, term: str) -> bool:
    """ "my boss had a stroke last season and he's fine now but he keeps telling me acupuncture is
    dangerous. is it actually safe?": a health word told only in a story of someone else's, told as
    past and over, before a last sentence asking whether needling is safe in general that names no
    health word and points at no one told, is their story (rule 5's `_without_story_told_as_over`,
    read the same way here; session 22, tuner UA)."""
    parts = sentences(q.whole)
    if len(parts) < 2:
        parts = _story_then_but_asked(q.whole)
    if len(parts) < 2:
        return False
    last, story, low = _last_and_story(parts)
    return bool(
        term.lower() in story.lower()
        and term.lower() not in last.lower()
        and told_as_over(story)
        and _told_of_someone_else(story)
        and _safe_in_general_not_the_event(low)
        and not _ASKS_FOR_THE_ONE_TOLD.search(low)
        and not _POINTS_AT_STORY.search(_IT_HURTS.sub(" ", low))
        and (q.named or _NEEDLING_ASKED.search(q.whole.lower()))
    )


def _term_only_in_someone_elses_sentence(q: Question, term: str) -> bool:
    """ "Is acupuncture safe? My cousin got an infected back from a hijama guy so I'm nervous.": a
    health word told only in sentences about someone else, none of them a question, beside a
    question naming a treatment of ours that asks nothing of that person, is their story, not the
    patient's health asked about (written rules 2 and 3)."""
    parts = _question_then_story(q)
    low_term = term.lower()
    with_term = [p for p in parts if low_term in p.lower()]
    if not with_term:
        return False
    asked = [p for p in parts if p.rstrip().endswith("?")]
    if any(p.rstrip().endswith("?") or not _told_of_someone_else(p) for p in with_term):
        return False
    return not any(_ASKS_FOR_THE_ONE_TOLD.search(p.lower()) for p in asked)


def _told_of_someone_else(story: str) -> bool:
    """The story is about a relative or a friend ("my dad has COPD", "a friend had a stroke"): what
    it tells is theirs, so a question about it is not background to the patient's own."""
    low = story.lower()
    return bool(_OTHER_PERSON.search(low) or _A_FRIEND.search(low))


# Whole-body illnesses (written rule 2) that, told only in the story and still present ("I have
# MS", "type 2 diabetes", "mon système immunitaire fragile"), are the background of a question
# about something else: the question sentence decides the subject. Not a medicine, pregnancy or a
# session's reaction (rule 7, rule 6), which count wherever told.
_STORY_ILLNESSES = frozenset(
    {"diabetes", "neurological", "autoimmune", "joint_instability", "respiratory_immune", "cancer"}
    # kidney or liver disease, dialysis ("on dialysis 3x a week. are your needles single use?")
    | {"stones"}
)
# The question points at the illness told: "for me", "with my condition", "given that", "dans mon cas"
_FOR_THE_ILLNESS = re.compile(
    r"\b(for|with|to|on) (me|someone like me|people like me|my (condition|illness|disease|diagnosis|history|"
    r"situation|health|immune system|\w+ (condition|illness|disease)))\b|\bgiven\b|\bbecause of\b|\bdespite\b|"
    r"\bin my (case|situation|condition)\b|\b(pour|avec|chez) moi\b|\bmalgr[eé]\b|\bdans mon (cas|[eé]tat)\b|"
    r"\bavec (ma|mon) (maladie|condition|diagnostic|[eé]tat|sant[eé])\b|\b(make|makes|made) (it|them) (worse|better)\b|"
    r"\b(aggravate|worsen|flare)\w*\b|"
    # what needling would do to the thing told: "can it make them more stable?", "le rendre plus stable?"
    r"\b(make|makes|making|keep|keeps|get|gets) (it|them|those|these|that|this) (more |less |any )?\w+|"
    r"\b(les|le|la) (rendre|garder) (plus |moins )?\w+"
)
# An illness whose own pain is in the joints (rheumatoid arthritis, lupus, a spondylitis): the pain
# asked about is the illness itself (written rule 2), however the question names it.
_ILLNESSES_OF_THE_JOINTS = frozenset({"autoimmune"})
# An infection whose lasting complaint is joint pain (Lyme's arthritis, chikungunya's): the joint pain
# asked about after it is the pain the illness left (written rule 2), not a joint complaint of its own
_INFECTION_OF_THE_JOINTS = re.compile(r"\b(lyme|borreli\w*|tick[- ]borne|chikungunya)\b")
# Whether needling helps, asked the spoken French way: "l'acupuncture, ça aide ?", "ça marcherait ?"
_CA_AIDE = re.compile(
    r"\b(ça|ca|cela) (aide|aiderait|aidera|marche|marcherait|fonctionne|fonctionnerait|soulage)\b"
)
# Cancer treatment going on, or what it leaves (nerve damage, lymphoedema): needling then is the
# oncologist's question, whatever complaint is asked (knowledge/not_covered.yml `cancer`)
_CANCER_TREATMENT_NOW = re.compile(
    r"\b(chemo\w*|chimio\w*|radiation|radiotherap\w*|lymph ?o?edema|lymphoed[eè]me|neuropath\w*|numb\w*|"
    r"tingl\w*|engourdi\w*|in treatment|en traitement)\b"
)

# Feeling lost where the needles go ("still numb in my hand since the stroke"): how it feels and
# whether it is safe then are the doctor's to say, whatever is asked
_FEELING_LOST = re.compile(
    r"\b(numb\w*|no feeling|can'?t feel|cannot feel|paraly\w*|engourdi\w*|insensib\w*|ne sens (plus|pas|rien))\b"
)
# The question still about the illness: a risk ("riskier for his lungs"), its nerve pain ("help that
# burning nerve pain"), or making a sign of it go away ("make the goosebumps go away")
_STILL_THE_ILLNESS = re.compile(
    r"\b(risk\w*|nerve (pain|damage)|nerfs?|neuropath\w*|burning|br[uû]l\w*|shooting|tingl\w*|fourmill\w*|"
    r"go away|disappear\w*|dispara[iî]\w*|partir)\b"
)
# Asked for someone else: "pour son dos", "his back", "their lungs"
_ASKED_FOR_ANOTHER = re.compile(r"\b(his|their|son|sa|ses|leur)\b")
_A_FEAR = re.compile(
    r"\b(fears?|scared|afraid|nerves|nervous|anxious|anxiety|phobia|peur|crainte|trouille|angoisse)\b"
)
# A complaint called by its kind, the body part told before: "the tightness", "la raideur"
_COMPLAINT_WORD = re.compile(
    r"\b(tight\w*|stiff\w*|sore\w*|ache\w*|aching|pain|pains|knots?|cramp\w*|spasms?|tension|raideurs?|"
    r"tensions?|courbatur\w*|crampes?|n[oœ]uds?|douleurs?|mal)\b"
)


def _asking_parts(parts: List[str]) -> List[str]:
    """The sentences that ask: those with a question mark, else the last one (the story-as-background
    rules read the question here and the story in the rest)."""
    return [p for p in parts if "?" in p] or parts[-1:]


# A claim told that needling helps an illness, asked whether it is true (session 18, tuner tx): "my uncle
# swears acupuncture cured his asthma. is that true?", "on m'a dit que l'acupuncture soigne le diabète, c'est
# vrai?": the illness is what is asked about, no background
_TRUE_ASKED = re.compile(
    r"\b(is (that|it|this) (really |actually )?(true|right|correct|legit|real|a thing)|is there (any )?truth|"
    r"for real|c'est (tu |vraiment )?vrai|est-ce (que c'est )?vrai|vrai ou (faux|pas)|vraiment)\b|\btrue\s*\?"
)
_CLAIM_TOLD = re.compile(
    r"\b(said|says|say|told|tells|tell|claim\w*|heard|read|swear\w*|reckons?|insist\w*|dit|disent|disait|"
    r"pr[eé]tend\w*|affirm\w*|lu|entendu)\b.{0,80}\b(help\w*|cure\w*|treat\w*|fix\w*|works?|heal\w*|aide\w*|"
    r"soign\w*|gu[eé]ri\w*|trait\w*|marche)\b"
)


def _without_illness_in_the_story(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "I have MS and my calves are tight all the time. could dry needling help the tightness?",
    "are the needles single use? my immune system is weak", "type 2 diabetes here. will the
    physio assess me before needling?": an illness still present, told only outside the sentences
    that ask, is the background of the question, not its subject. It stays the subject when
    the question asks whether needling is safe or allowed, points at the illness ("for me",
    "given that"), or asks whether needling helps without naming a muscle or joint complaint
    of its own ("I have MS. should I try acupuncture?"), nerve pain being the illness's own
    (written rules 2 and 3), and joint pain the own pain of an illness of the joints or of an
    infection that leaves it ("got Lyme last summer. can acupuncture help the joint pain?").
    Cancer with its treatment going on stays declined."""
    if not any(s.id in _STORY_ILLNESSES for s in found):
        return found
    parts = sentences(q.whole)
    if len(parts) < 2:
        return found
    asked_parts = _asking_parts(parts)
    story = " ".join(p for p in parts if p not in asked_parts)
    asked = " ".join(asked_parts)
    low = _EST_CE.sub(" ", asked.lower().replace("\u2019", "'"))
    if (
        not story
        or not (q.named or _NEEDLING_ASKED.search(q.whole.lower()))
        or _ABOUT_THE_ILLNESS.search(low)
        or _ASKS_IF_OK_TO_HAVE.search(low)
        or _FOR_THE_ILLNESS.search(low)
        or _FEELING_LOST.search(story.lower())
        or _STILL_THE_ILLNESS.search(low)
        or _told_of_someone_else(story)
        or _ASKED_FOR_ANOTHER.search(low)
        or (_TRUE_ASKED.search(low) and _CLAIM_TOLD.search(story.lower()))
        or (
            _KEEP_IT_FROM_COMING_BACK.search(low)
            and not body.musculoskeletal_condition(asked)
            and not _SESSIONS_ASKED.search(low)
        )
    ):
        return found
    helps = bool(
        asks_help(replace(q, text=asked))
        or _ANY_USE.search(low)
        or _CA_AIDE.search(low)
        or RESEARCH_WORDS.search(low)
        or SHOULD_TRY.search(low)
    )
    if helps and _A_FEAR.search(low) and FEAR_OF_NEEDLES.search(q.whole.lower()):
        helps = False  # "anything that helps with the fear before acupuncture?": how it feels
    if helps:
        # the complaint asked about, named in the question ("help tight muscles like that?") or
        # only called by its kind there ("help with the tightness?") after the story named where
        complaint = body.musculoskeletal_condition(asked) or (
            _COMPLAINT_WORD.search(low) and body.musculoskeletal_condition(story)
        )
        if not complaint or complaint == "nerve_pain":
            return found
        own_pain = {s.id for s in found} & _ILLNESSES_OF_THE_JOINTS
        if _INFECTION_OF_THE_JOINTS.search(q.whole.lower()):
            own_pain |= {s.id for s in found} & {"respiratory_immune"}
    else:
        own_pain = set()
    told = {s.id for s in subject_rules.not_covered_subjects(story)}
    told -= {s.id for text in asked_parts for s in subject_rules.not_covered_subjects(text)}
    if "cancer" in told and _CANCER_TREATMENT_NOW.search(q.whole.lower()):
        told.discard("cancer")
    told -= own_pain
    return [s for s in found if s.id not in told or s.id not in _STORY_ILLNESSES]


# Subjects that count wherever the patient tells them of themself (written rules 6 and 7): a
# pregnancy, a medicine, their own age as a child or an older adult, a reaction at their own session.
_OWN_COUNTS_WHEREVER_TOLD = frozenset(
    {"pregnancy", "medication", "blood_thinners", "children", "older_adults", "postnatal", "after_birth"}
    | {"session_reaction", "session_mood", "unnamed_after_effect", "session_faint"}  # AFTER_EFFECT_SUBJECTS
)
# The patient's own trait or condition that, told beside a question about something else, is its
# background: a mood or mind, menopause, weight, a voice job, needing to drive home. The patient's
# own illnesses of _STORY_ILLNESSES are _without_illness_in_the_story's; a heart, a bone or blood
# condition, an implant (what is safe with them), a subject that is a question's shape, a
# pregnancy, a medicine or a session's reaction are never background of the patient's own.
_OWN_TRAITS = frozenset(
    {
        "menopause_hormones",
        "seasonal_depression",
        "mental_health_other",
        "weight_loss",
        "voice",
        "brain_fog",
        "driving_after",
    }
)
# An operation had (or planned): told only in an aside, it is background like a trait of the patient's own
# or someone else's story, unless the question asks whether needling is safe, when to start, or about
# needling near what the operation left
_OPERATIONS = frozenset({"surgery", "joint_replacement"})
# "when can I start?", "how soon can I have it?", "quand est-ce que je peux commencer?"
_WHEN_TO_START = re.compile(
    r"\b(when|how soon|how long)\b[^?.]{0,30}\b(start|begin|resume|go back|have|get|book|try|wait|do it|come)\b|"
    r"\b(can|could|may|should|ok to|okay to|safe to|ready to|fine to) (i |we |she |he )?(start|begin|resume|go back)\b|"
    r"\b(wait\w*|ready)\b|\bquand\b[^?.]{0,30}\b(commencer|reprendre|recommencer|faire|venir)\b|"
    r"\b(peux|peut|pourrai|pourra|puis)[- ](je |on |elle |il )?(commencer|reprendre|recommencer)\b|\battendre\b"
)
# Whether a kind of practitioner may give it asks who does it, not whether the patient may have it
_PRACTITIONER_ALLOWED = re.compile(
    r"\b(doctors?|drs?|gps?|physios?|physiotherapists?|chiros?|chiropractors?|nurses?|anesthe\w*|anaesthe\w*|"
    r"m[eé]decins?|infirmi\w*|kin[eé]s?|physioth[eé]rapeutes?) (be |are |is )?(allowed|permitted|licensed|qualified|"
    r"autoris[eé]\w*|le droit) (to |de |d')?(do|practi[cs]e|perform|offer|give|needle|faire|pratiquer)?\b"
)
# What the surgeon left, asked about: staples, stitches, a scar or incision, metal, a new joint
_OPERATION_SITE = re.compile(
    r"\b(scars?|incisions?|staples?|stitch\w*|sutures?|wounds?|metal|hardware|implants?|plates?|screws?|rods?|pins|"
    r"titanium|prosthe\w*|new (hip|knee|shoulder|joint)|replacement|replaced|the op(eration)?|the surgery|"
    r"cicatrices?|agrafes?|points de suture|plaies?|m[eé]tal|vis|tiges?|plaques?|proth[eè]ses?|op[eé]ration|chirurgie)\b"
)
_ASKS_AS_MYSELF = re.compile(r"\b(i|i'm|im|i'll|i'd|i've|me|my|myself|je|moi|mon|ma|mes)\b|\bj'")
_SAYS_I = re.compile(r"\b(i|i'm|im|i've|i'd|je|j'ai|j'suis|moi)\b|\bj'")
_OWN_YOUNG_AGE = re.compile(r"\b(i'?m|im|i am|j'ai) (only |just |seulement |juste )?(1[0-7]|[5-9])\b")
# "what should I expect / know / bring?": asks what happens, not whether the patient may have it
_SHOULD_I_KNOW = re.compile(r"\bshould (i|we) (expect|know|bring|wear|do|ask|tell|watch|look)\b")
# A plan or payer told, asked what pays: what that plan pays (written rule 5), never background
_PAYERS = frozenset({"named_plan", "other_payers"})
# Someone the patient only tells of, not a relative: "an influencer", "a man at our club", "une dame au gym"
_SOMEONE_TOLD_OF = re.compile(
    r"\b(an?|one|some|this|that|the) (influencers?|tiktokers?|youtubers?|celebrit\w+|streamers?|man|woman|guy|lady|"
    r"gal|dude|girl|boy|person|player|member|patient|client|athlete|runner|teammate|player)\b(?! (like )?me\b)|"
    r"\b(un|une) (influenceu\w+|homme|femme|gars|fille|dame|monsieur|joueu\w+|patiente?|cliente?|membre)\b"
)
# A kid or grandkid told as the one the patient looks after or helps, not as the patient
_KIDS_TOLD = re.compile(
    r"\b(my|our|mes|mon|ma|nos|notre) (grand\w*|kids?|children|son|daughter|baby|toddler|boy|girl|enfants?|fils|"
    r"filles?|petits?-enfants|petite?-fils|petite-fille|bebe|b[eé]b[eé])\b"
)
# The question asks about the patient themself (or anyone, "does it help you quit?")
_ASKS_OF_ONESELF = re.compile(
    r"\b(i|i'm|im|i'll|i'd|i've|me|my|myself|mine|you|j'|je|moi|mon|ma|mes|tu|vous)\b|\bj'"
)
# "ça aide-tu?", "ça marche?", "ça fait mal?": the "ça" is the treatment asked about, nothing told
_CA_THE_TREATMENT = re.compile(
    r"\b(ça|ca|cela)(?= (aide|aiderait|marche|marcherait|fonctionne|fonctionnerait|vaut|fait mal|ferait mal|"
    r"pique|soulage|soulagerait)\b)"
)
# Whether needling does something to what was told, in any words: "rebuild bone density", "improve
# hearing", "bring the strength back", "anyone had luck with it?", "ça aide vraiment?"
_ASKS_AN_EFFECT = re.compile(
    r"\b(help\w*|work(s|ed)?|luck|results?|success\w*|rebuild\w*|improv\w*|boost\w*|clear\w*|cur(e|es|ed|ing)|"
    r"slow\w*|revers\w*|restor\w*|bring \w+ (\w+ )?back|increas\w*|reduc\w*|lower\w*|rais(e|es|ing)|speed\w*|"
    r"heal\w*|fix\w*|get rid|aide\w*|marche\w*|fonctionne\w*|am[eé]lior\w*|gu[eé]ri\w*|soulag\w*|r[eé]duir\w*|"
    # the verb, not the noun ("what happens during a treatment, step by step?" asks no effect)
    r"treat(s|ed|ing)?|trait(e|es|er|ent|erait|eraient|ée|é))\b"
)
# Whether needling goes with what was told: "est-ce compatible avec l'acupuncture?", "ok with my HRT?"
_GOES_WITH = re.compile(
    r"\b(compatib\w*|combin\w*|mix\w*|interfer\w*|interact\w*|contre-indiqu\w*|(ok|okay|fine|safe) with|"
    r"pose (un |des )?probl[eè]mes?)\b"
)
# "clear it up?", "help with them?", "can acupuncture regulate it?", "peut-elle les régulariser?": the
# question's object is what was told (not "should I try it?", "is it worth it?": the treatment)
_DOES_IT_TO_WHAT_WAS_TOLD = re.compile(
    r"\b\w+ (it|them|this|that|ça|ca|les|la|le) (up|out|down|away|go|back|disappear\w*)?\s*\??$|\b(with|for) (it|them)\b|"
    r"\b(regulat\w*|fix|cure|treat|heal|ease|calm|reduce|improve|reverse|balance|settle|shrink|slow|control|"
    r"normali[sz]e|restart|sort) (it|them|this|that)( out)?\s*\??$|"
    r"\b(le|la|les|l') ?(r[eé]gul\w*|soign\w*|trait\w*|calm\w*|r[eé]gl\w*|gu[eé]ri\w*|r[eé]tabli\w*|normalis\w*)\s*\??$"
)


# A tendency to bruise or bleed told (health_words' shape), and a question whether needling will
# leave a bruise or marks: a bruise is an after-effect the entries name (written rule 6)
_BRUISES_EASILY = re.compile(r"\b(bruis\w*|bleed\w*|bleus?|saigne\w*)\b")
_ASKS_ABOUT_BRUISING = re.compile(
    r"\b(bruis\w*|marks?|black and blue|black-and-blue|bleed\w*|bleus?|marques?|saign\w*|ecchymoses?)\b"
)

# "can u get it if u bruise easy?", "is it for people who bleed easily?": whether they may have it
_IF_ONE_BRUISES = re.compile(
    r"\b(can|could|may|should) (u|you|ya|one|someone|people|anyone) (still |safely )?(get|have|do|try)\b|"
    r"\b(if|when|who|qui|si) (i|u|you|one|someone|people|je|on)\b"
)


def _asks_only_about_bruising(q: Question) -> bool:
    """ "will I bruise? I bruise really easy", "est-ce que je vais avoir des bleus? je marque facilement": the
    question asks whether needling leaves a bruise, not whether the patient may have it ("can I get dry
    needling if I bruise easily?", "is it dangerous?") nor about a medicine (rule 5 reads that)."""
    parts = sentences(q.whole)
    asked = " ".join(_asking_parts(parts)) or q.text
    low = _EST_CE.sub(" ", asked.lower().replace("\u2019", "'"))
    return bool(_ASKS_ABOUT_BRUISING.search(low)) and not (
        _ASKS_IF_OK_TO_HAVE.search(low) or _IF_ONE_BRUISES.search(low)
    )


def _operation_told_aside(q: Question, term: str) -> bool:
    """A health word told only in a sentence that tells of an operation ("the pain clinic after my
    fusion mentioned it", "my wife has a new hip") is that operation's: background when the operation
    told there is (`_without_subject_in_an_aside`), so rule 13 does not decline the question for it."""
    parts = sentences(q.whole)
    asked = " ".join(_asking_parts(parts)) or q.text
    if term in asked.lower().replace("\u2019", "'"):
        return False
    told = [p for p in parts if term in p.lower().replace("\u2019", "'")]
    if not told:
        return False
    operations = {s.id: s for p in told for s in subject_rules.not_covered_subjects(p) if s.id in _OPERATIONS}
    return bool(operations) and not _without_subject_in_an_aside(q, list(operations.values()))


# What the patient's life is, told beside a question about needling, not asked about: hearing
# ("hard of hearing", "two hearing aids", "I lip-read", "malentendant"), an adult's autism ("my son is 20
# and autistic", "ma fille de 19 ans est autiste"), a doctor's dismissal ("every doctor
# says drink more water", "just told me to lose weight", "on me dit de perdre du poids") or a working
# life ("I skip lunch", "before I fly back out", "je saute le dîner"). Only in the story's sentences: a
# question sentence naming it still asks about it ("can I keep my hearing aids in during acupuncture?").
_ADULT_AGE = r"(?:1[89]|[2-9]\d)"
_LIFE_TOLD = re.compile(
    r"\bhard of hearing\b|\bhearing aids?\b|\blip[- ]?read\w*|\bdeaf\b|\bmalentendante?s?\b"
    r"|\bappareils? auditifs?\b|\blire sur les l[eè]vres\b"
    r"|\bautistic adults?\b"
    rf"|\b{_ADULT_AGE}\b[^.?!]{{0,25}}\bautis(?:tic|m|te)\b|\bautis(?:tic|m|te)\b[^.?!]{{0,10}}\b{_ADULT_AGE}\b"
    r"|\b(?:says?|said|saying|tells?|telling|told|keeps? saying)( me)?( to| i should| i need to| that i need to| i just need to)?"
    r" (?:just )?(?:drink more (?:water|fluids)|lose (?:some |the )?weight)\b"
    r"|\b(?:dit|disent|dire)( de| qu'il faut)? (?:juste )?(?:boire plus d'eau|perdre du poids|maigrir)\b"
    r"|\bskip(?:s|ped|ping)? (?:lunch|breakfast|meals?)\b|\bsaute (?:le d[iî]ner|le d[eé]jeuner|des repas)\b"
    r"|\bfly(?:ing)? (?:back )?out(?: for work| to (?:camp|site|the rigs?))?\b|\bfly[- ]in[,/ ]+fly[- ]out\b|\bfifo\b"
)

_EAR_COMPLAINT = re.compile(
    r"\b(ringing|tinnitus|buzzing|hearing loss|losing (my |her |his )?hearing|ear ?aches?|vertigo|dizz\w*"
    r"|acouph[eè]nes?|bourdonnements?|perte auditive|vertiges?|mal (aux|[aà] l') ?oreilles?)\b"
)


def _without_child_told_as_bystander(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "why is it called dry needling? my 9 yr old asked me", "can I book for myself while my kid is at
    practice?": a child who asked, is elsewhere, is minded or brought along is the patient's life, not
    the one to be needled (written rules 2 and 3); a child the question points at stays."""
    if not any(s.id == "children" for s in found):
        return found
    told = without_child_bystander(q.whole)
    if told == q.whole:
        return found
    kept = {s.id for s in subject_rules.not_covered_subjects(told)}
    return [s for s in found if s.id != "children" or s.id in kept]


def _without_life_told_in_the_story(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "is acupuncture safe in general? I'm 58, healthy apart from wearing two hearing aids": a subject
    matched only by the patient's (or an adult relative's) life told in the story is no subject
    asked (written rules 2 and 3); a child, a pregnancy or an illness told there still is."""
    whole = q.whole.lower().replace("\u2019", "'")
    if not _LIFE_TOLD.search(whole) or _EAR_COMPLAINT.search(whole):
        return found  # "mum has ringing in her ears and wears hearing aids": the ears are asked about
    parts = sentences(whole)
    if len(parts) < 2:
        return found
    told = " ".join(_LIFE_TOLD.sub(" ", p) if not is_question(p) else p for p in parts)
    kept = {s.id for s in subject_rules.not_covered_subjects(told)}
    return [s for s in found if s.id in kept]


def _without_subject_in_an_aside(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "Does acupuncture hurt? I'm autistic and light touch is worse for me", "how will I feel after
    dry needling? I need to be ok to drive home", "my knees have ached since menopause. can
    acupuncture help knee pain?", "my sister went for her menopause stuff. what's the difference
    between acupuncture and dry needling?": the question decides (written rules 2 and 3). A subject
    told only outside the sentences that ask, in a question about needling that neither names it
    nor points back at it, is background: someone else's (a relative, a friend, an influencer, the
    grandkids minded) when the question is the patient's own or asks no help; the patient's own when
    the question asks neither whether needling is safe or allowed nor whether it helps, or asks
    whether it helps a muscle or joint complaint it names. A pregnancy, a medicine, the patient's
    own age or their own session's reaction count wherever told (written rules 6 and 7)."""
    parts = sentences(q.whole)
    if len(parts) < 2:
        return found
    asked_parts = _asking_parts(parts)
    story_parts = [p for p in parts if p not in asked_parts]
    if not story_parts:
        return found
    asked = " ".join(asked_parts)
    low = _CA_THE_TREATMENT.sub("it", _EST_CE.sub(" ", asked.lower().replace("\u2019", "'")))
    if (
        # the question names needling, or names a treatment and asks nothing of what it does
        not (
            _NEEDLING_ASKED.search(low)
            or (
                q.named and q.intent not in ("ask_conditions", "ask_evidence", "out_of_scope", "nlu_fallback")
            )
        )
        # a bare "can it?", "true?", "vraiment?" rests on the story
        or (len(re.findall(r"\w+", low)) <= 3 and not _NEEDLING_ASKED.search(low))
        or _DOES_IT_TO_WHAT_WAS_TOLD.search(low.strip())
        or _GOES_WITH.search(low)
        or _POINTS_AT_STORY.search(low)
        or _ASKS_FOR_THE_ONE_TOLD.search(low)
        or _FOR_THE_ILLNESS.search(low)
        or _ABOUT_THE_ILLNESS.search(_PRACTITIONER_ALLOWED.sub(" ", low))
    ):
        return found
    focus = [q.text] if q.text != q.whole else []
    asked_ids = {s.id for text in asked_parts + focus for s in subject_rules.not_covered_subjects(text)}
    helps = bool(
        asks_help(replace(q, text=asked))
        or _ANY_USE.search(low)
        or RESEARCH_WORDS.search(low)
        or SHOULD_TRY.search(low)
        or _ASKS_AN_EFFECT.search(low)
    )
    asks_ok = bool(_ASKS_IF_OK_TO_HAVE.search(_SHOULD_I_KNOW.sub(" ", _PRACTITIONER_ALLOWED.sub(" ", low))))
    # a muscle or joint complaint asked about: named in the question, or its place named there after the
    # story named the complaint ("now I have plantar fasciitis... would acupuncture help my heel?")
    complaint = body.musculoskeletal_condition(asked) or (
        body.names_body_part(asked) and body.musculoskeletal_condition(" ".join(story_parts))
    )
    own_complaint = complaint not in (None, False, "", "nerve_pain")
    background = set()
    # each sentence told, then the story whole for a subject told across two of them
    for part in story_parts + ([" ".join(story_parts)] if len(story_parts) > 1 else []):
        plow = part.lower().replace("\u2019", "'")
        told = {s.id: s for s in subject_rules.not_covered_subjects(part)}
        someone_else = bool(
            _told_of_someone_else(plow) or _SOMEONE_TOLD_OF.search(plow) or _KIDS_TOLD.search(plow)
        )
        for sid, subject in told.items():
            if (
                sid in asked_ids
                or (subject.in_story != "counts" and sid not in _OPERATIONS)
                or (sid in _PAYERS and _PAY_ASKED.search(low))
            ):
                continue
            if sid in _OPERATIONS:
                # an operation told as the story's past, a reason or someone else's, before a question
                # that asks nothing of needling with it ("does dry needling hurt? after my knee op I
                # can't take more pain"); asked whether it is safe or when to start, or about needling
                # near what the surgeon left (staples, a scar, metal), it is the question
                if not (
                    asks_ok
                    or _TOO_SOON.search(low)
                    or _WHEN_TO_START.search(low)
                    or _OPERATION_SITE.search(low)
                    or (helps and not own_complaint and not someone_else)
                ):
                    background.add(sid)
                continue
            if (
                someone_else
                and sid in _OWN_COUNTS_WHEREVER_TOLD
                and (
                    (sid != "children" and _SAYS_I.search(plow))
                    or (sid == "children" and _OWN_YOUNG_AGE.search(plow))
                )
            ):
                continue  # "I'm 20 weeks pregnant; with my son years ago...", "I'm 15 and my mum says": the patient's own
            if someone_else:
                if _ASKED_FOR_ANOTHER.search(low) or (asks_ok and not told_as_over(part)):
                    continue
                if sid in _OWN_COUNTS_WHEREVER_TOLD and not _ASKS_AS_MYSELF.search(low):
                    continue  # "my daughter is 7. does acupuncture hurt?": asked for the child
                if _ASKS_OF_ONESELF.search(low) or not helps or own_complaint:
                    background.add(sid)
            elif (
                sid in _OWN_TRAITS
                and not _FEELING_LOST.search(plow)
                and not asks_ok
                and (not helps or own_complaint)
            ):
                background.add(sid)
    return [s for s in found if s.id not in background]


def _asked_subject_ids(q: Question, parts: List[str]) -> set:
    """The subjects named where the message asks: its focus sentence, its last sentence and any
    sentence with a question mark ("can i put my acupuncture through workers comp? hurt my back
    in march" asks in the first)."""
    asked = [q.text, parts[-1]] + [p for p in parts if "?" in p]
    return {s.id for text in asked for s in subject_rules.not_covered_subjects(text)}


# "est-ce que" / "qu'est-ce" only asks: its "ce" points at nothing told
_EST_CE = re.compile(r"\b(est|qu'est|n'est)-ce\b")
# "est-ce que" opening a yes-or-no question (not "qu'est-ce qu'elle vérifiait?", which asks what)
_EST_CE_QUE = re.compile(r"(?<!qu')\b(est|n'est)-ce (que|qu')")
_NEEDLING_ASKED = re.compile(r"\b(needl\w*|aiguilles?|puncture|acupunct\w*|ims|dn)\b")
_A_FRIEND = re.compile(
    r"\b(a|my|our) (friend|coworker|co-worker|colleague|neighbou?r|cousin|buddy|mate|boss|manager|supervisor|"
    r"roommate|room-mate|flatmate|teammate|landlord|landlady)\b|\b(un|une) (ami|amie|coll[eè]gue|voisin|voisine|cousin|cousine) [aà] moi\b|\bun(e)? de mes (amis|amies|coll[eè]gues)\b|"
    # "une amie a fait un malaise", "ma cousine a fait...", "mon collègue"
    r"\b(une|mon|ma) (ami|amie|coll[eè]gue|voisine?|cousine?|co[eé]quipi[eè]re?|tante|oncle|grand-m[eè]re"
    r"|grand-p[eè]re|belle-s(oe|œ)ur|beau-fr[eè]re)\b"
)
# Whether needling is safe or dangerous, asked in general ("is acupuncture actually safe?", "c'est
# dangereux l'acupuncture ou pas?", "est-ce que c'est sécuritaire en général?")...
_SAFE_IN_GENERAL = re.compile(
    r"\b(safe|safely|dangerous|risky|s[eé]curitaire|dangereu\w*|sans (danger|risques?)|risqu[eé]e?)\b"
    # ...or how common its serious side effects are, or whether it hurts (session 24, tuner xd): "les effets
    # secondaires graves c'est fréquent?", "are serious side effects common?", "moi je veux juste savoir si
    # ça fait mal": the safety and sensation entries answer it
    r"|\b(side[- ]effects?|effets? secondaires?|effets? ind[eé]sirables?|complications?)\b"
    r"|\b(does|do|will|would) (it|they|acupuncture|needling|dry needling|ims|the needles?) (\w+ )?(hurt|sting)\b"
    r"|\b([cç]a|cela|la puncture s[eè]che|l'acupuncture|l'ims|le dry needling) (\w+ )?fai(t|sait) mal\b"
)
# ...not about the event told itself, to the patient or again ("is fainting common?", "ça peut m'arriver?")
_THE_EVENT_ASKED = re.compile(
    r"\b(faint\w*|pass(ed|ing)? out|black(ed|ing)? out|dizz\w*|light-?headed|malaise\w*|[eé]vanoui\w*|"
    r"tomb\w* dans les pommes|again|happen\w*|to me|arriv\w*|recommenc\w*|de nouveau|[aà] nouveau)\b"
)
# Paying, in the question sentence: a payer told in the story is asked about only with one of these
_PAY_ASKED = re.compile(
    r"\b(pay|pays|paid|paying|cover|covers|covered|coverage|claims?|reimburs\w*|refunds?|bill\w*|fund\w*|"
    r"costs?|price|fees?|afford|receipts?|insur\w*|rembours\w*|couvr\w*|couvert\w*|pai\w*|pay[eé]\w*|"
    r"prise? en charge|prend(s|re)? en charge|frais|co[uû]t\w*|prix|tarifs?|factur\w*|assur\w*|mutuelle|dossier)\b"
)


def _without_payer_in_the_story(
    q: Question, found: List[subject_rules.Subject]
) -> List[subject_rules.Subject]:
    """ "I'm on the NHS waiting list for physio after my whiplash... Who actually does acupuncture?",
    "Accident de voiture il y a 3 semaines... l'acupuncture peut aider pour un coup du lapin ?": a
    payer (other_payers) told only in the story, before a question sentence that asks nothing
    about paying and does not point back at it, is the story, not what is asked."""
    if not any(s.id == "other_payers" for s in found):
        return found
    whole = q.whole.lower().replace("\u2019", "'")
    if (
        not _PAY_ASKED.search(whole)
        and _ACCIDENT_TOLD.search(whole)
        and not any(
            s.id == "other_payers" for s in subject_rules.not_covered_subjects(_ACCIDENT_TOLD.sub(" ", whole))
        )
    ):
        # "mon cou me tue depuis l'accident de char, l'acupuncture ça aide-tu?": the accident is how the
        # pain began, no payer, when nothing is said of paying
        return [s for s in found if s.id != "other_payers"]
    story_sentences = sentences(q.whole)
    if len(story_sentences) < 2:
        return found
    asked_sentences = [p for p in story_sentences if "?" in p]
    if "?" not in story_sentences[-1] and asked_sentences:
        # "what happens during a session? I'm only going because ACC covers part of it.": the
        # sentences with a question mark ask; a statement after them is the story
        story_sentences = story_sentences[: story_sentences.index(asked_sentences[-1]) + 1]
    last = story_sentences[-1]
    low = _EST_CE.sub(" ", last.lower())
    points = _POINTS_AT_STORY.search(low)
    if points and points.group(0) in ("ça", "ca", "cela", "ce") and _NEEDLING_ASKED.search(low):
        points = None  # "combien de séances d'IMS ça prend?": the "ça" is the treatment named
    if (
        _PAY_ASKED.search(low)
        or (_PAY_ASKED.search(q.text.lower()) and "?" in q.text and q.text in last)
        or "other_payers" in _asked_subject_ids(q, story_sentences)
        or points
        or (_HOW_TO_GET.search(low) and not _NEEDLING_ASKED.search(low))
    ):
        return found
    return [s for s in found if s.id != "other_payers"]


# Rule 5's story filters, in the order `_not_covered` applies them to the subjects found: each drops the
# subjects only told as the story behind the question (never adds one), and the next reads what is left.
_STORY_FILTERS = (
    _without_story_told_as_over,
    _without_illness_in_the_story,
    _without_payer_in_the_story,
    _without_subject_in_an_aside,
    _without_child_told_as_bystander,
    _without_life_told_in_the_story,
    _without_subject_told_after_the_question,
    _without_subject_joined_across_a_hygiene_question,
    _without_reviews_told_in_the_story,
)


# An accident told as how a pain began, not as a payer: "since the car accident", "accident de char"
_ACCIDENT_TOLD = re.compile(
    r"\baccidents? (de (travail|la route|voiture|char|moto|v[eé]lo|auto|bicyclette)|du travail|d'auto)\b|"
    r"\b(car|motor vehicle|auto|bike|work|workplace) (accident|crash|injury)\b"
)
# A step asked of the payer told before ("ACC says I need a claim number. how do I get one?")
_HOW_TO_GET = re.compile(
    r"\b(how|where) (do|can|could|would|should) (i|we) (get|obtain|find|apply|file|open|start|lodge|submit|request)\b|"
    r"\bcomment (on )?(obtenir|avoir|faire|ouvrir|demander|d[eé]poser|j'obtiens|j'ai)\b"
)


# Needling asked for the time before an operation told: "in the meantime", "while I wait", "until the surgery",
# "en attendant", "d'ici l'opération"
WAITING_FOR_THE_OPERATION = re.compile(
    r"\b(in the meantime|meanwhile|while (i'?m |i am |we'?re |she'?s |he'?s )?waiting|while i wait|until (the|my|her|his) "
    r"(surgery|op|operation)|before (the|my|her|his) (surgery|op|operation)|en attendant|d'ici (l'op[eé]ration|la chirurgie)|"
    r"avant (l'op[eé]ration|la chirurgie|mon op[eé]ration|ma chirurgie))\b"
)
# Needling asked with the medicine told before it, pointed back at: "while on it", "on top of that",
# "alongside them", "en plus de ça", "en même temps que mon traitement" (written rule 7)
WITH_THE_MEDICINE = re.compile(
    r"\b(while (i'?m |im |i am |still |she'?s |he'?s )?(on|taking) (it|them|that|this|those|these)|on top of (it|that|this|them|those|these)|"
    r"alongside (it|them|that|this|those|these)|along with (it|them|that|this|those)|"
    r"(combined|together|at the same time) with (it|them|that|this|those)|in addition to (it|them|that|this|those)|"
    r"as well as (it|them|that|this|those)|"
    r"en plus (de [cç]a|de cela|de (ce|mon|ma|mes|ces) (m[eé]dicaments?|traitement|pilules?))|"
    r"en m[eê]me temps que (([cç]a|cela)\b|(ce|mon|ma|mes|ces) (m[eé]dicaments?|traitement|pilules?))|"
    r"pendant que je (le|la|les) prends|avec (ce|mon|ces|mes) (m[eé]dicaments?|traitement|pilules?))"
)
# A medicine told after the question as taken for the complaint asked ("I'm on propranolol for them",
# "je prends du Topamax pour ça")
_MEDICINE_FOR_IT_AFTER = re.compile(
    r"\b(i'?m|im|i am|i'?ve been|been) (on|taking) (\w+ ){1,3}for (them|it|those|these|that|this|my \w+)\b|"
    r"\b(je prends|j'prends|je suis sous) (\w+ ){1,3}pour ([cç]a|elles?|eux|les|mes \w+|mon \w+|ma \w+)\b"
)


def _after_the_question(text: str) -> str:
    """What the message says after its last question mark."""
    return text.rsplit("?", 1)[1] if "?" in text else ""


# Wanting to come off, cut down or stop a medicine taken now ("would love to get off them", "get
# off my lorazepam eventually", "arrêter mes somnifères un jour"): told beside a question whether
# needling helps, the medicine is no background (written rule 7; medication's `in_story: cause`).
COMING_OFF_MEDICINE = re.compile(
    r"\b(get|getting|come|coming|go|going|wean\w*|taper\w*|be) off (of )?(my |the |these |those |all |some )?"
    r"(\w+ ){0,2}?(medications?|medicines?|meds|pills|tablets|painkillers?|pain meds|prescriptions?|"
    r"preventives?|preventatives?|inhalers?|puffers?|them|it|\w+(pam|lam|pine|tine|done|clone|zole|pril|olol|statin|xetine|triptan))\b|"
    r"\b(stop|quit|ditch|drop) (taking )?(my |the |these |those )(\w+ ){0,1}(medications?|medicines?|meds|pills|"
    r"tablets|painkillers?|prescriptions?|preventives?|preventatives?)\b|"
    r"\b(arreter|arr[eê]ter|lacher|l[aâ]cher|me sevrer|sevrer|diminuer|reduire|r[eé]duire|me passer) (de )?(mes |mon |ma |les |des |mes |ces )"
    r"(\w+ ){0,1}(medicaments?|m[eé]dicaments?|pilules?|comprim[eé]s|somniferes?|somnif[eè]res?|anxiolytiques?|"
    r"antidepresseurs?|antid[eé]presseurs?|anti-?douleurs?|traitement de fond)\b"
)

# Asking leave to do something ("can I play 18 holes that afternoon?", "est-ce que je peux faire la
# sortie du club dimanche?"); what it is to do is the subject's patterns' business.
# A visit asked for ("can I come in saturday instead?", "je peux venir samedi?") is no activity.
ASKS_MAY_I = re.compile(
    r"\b(can|could|may|should) (i|we) (still |safely |even |just )?(?!(come|book|get|see|schedule|make|move|change|"
    r"reschedule|cancel|call|pay|bring|park|have|switch|return|drop|pick|go back|expect|feel|ask|email|text)\b)\w+|"
    r"\bam i (ok|okay|fine|good|allowed) to\b|"
    r"\b(je peux|puis-je|est-ce que je peux|je pourrais|pourrais-je|on peut|peut-on|est-ce qu'on peut|"
    r"j'ai le droit de)(-tu|-ti| tu)?\b (?!(venir|r[eé]server|prendre (un|une|mon|le|la) (autre )?(rendez-vous|rdv|s[eé]ance)|"
    r"annuler|d[eé]placer|changer|payer|appeler|revenir|m'attendre|ressentir|avoir)\b)"
)

# Whether it is too soon for needling after what the story told ("had shoulder surgery 6 weeks ago.
# can I get dry needling there yet or is it too soon?"): a `cause` subject told is the question
_TOO_SOON = re.compile(
    r"\b(too (soon|early)|(yet|already)\W*(\?|$| or)|how (soon|long) (after|before|until|till|do i (have to |need to )?wait)|"
    r"wait (until|till|before|longer)|trop t[oô]t|(d[eé]j[aà]|maintenant)\W*(\?|$| ou)|combien de temps (apr[eè]s|attendre))"
)

# After-effects a follow-up may point back at ("numb since, is that normal?"): written rule 6.
AFTER_EFFECT_SUBJECTS = frozenset(
    {"session_reaction", "session_mood", "unnamed_after_effect", "session_faint"}
)
TWITCHED = re.compile(r"\b(twitch\w*|jump\w*|jolt\w*|zap\w*|spasm\w*|tressaut\w*|sursaut\w*|contraction)\b")
# Everyday subjects with no health, treatment or clinic question in them: the weather, a
# restaurant or café, a film, a recipe ("vous connaissez un bon resto près de la clinique?").
OFF_TOPIC = re.compile(
    r"\b(weather|forecast|restaurants?|resto|restos|caf[eé]s|coffee shops?|pubs?|movies?|films?|recipes?|"
    r"m[eé]t[eé]o|quel temps (il )?(fait|fera|va faire)|recettes?|cin[eé]ma|brunch|"
    # a place to eat: "c'est où la meilleure poutine proche de la clinique?" (where to buy a thing is left
    # to the anchoring guard's decline, bot/knowledge/anchoring.py)
    r"poutine|pizzas?|pizzeria|sushis?|burgers?|tacos?|bakery|boulangerie|grocery|[eé]picerie|place to eat)\b"
)


# Opening hours asked of a place that is not the clinic ("what time does the farmers market
# open saturday", "à quelle heure ouvre le marché?"): out of scope, not the clinic's hours.
OTHER_PLACE_HOURS = re.compile(
    r"\b(does|do|is|are|will) (the|a|that) (?!clinic|office|practice|front desk|reception|physio|acupunctur|doors?|building|parking|place|cent(er|re)|desk)"
    r"(\w+ ){0,2}\w+ (open|close|closed|opening|closing)\b|"
    r"\b(ouvre|ferme|ouvrent|ferment|ouvert|ferm[eé]e?) (le|la|les|l')(?! ?(clinique|bureau|cabinet|r[eé]ception|physio|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|midi|week-?end|fin de semaine|jour|temps des f[eê]tes)\b)"
)


# The opening hours asked with no place named, the message opening on it: "open late?", "open
# sundays? I work all week", "ouvert le soir ?". The clinic is the only place it can mean; a place
# named ("does the market open early?") or something else open ("anything open saturday?": a slot)
# never starts the sentence with "open" (a rule matching "open late" anywhere took both, session 20).
OPEN_WITHOUT_SUBJECT = re.compile(
    r"^\W*(still )?(open|ouverts?) (\w+ )?(late|later|early|earlier|evenings?|nights?|weekends?|after (work|\d+)|"
    r"before (work|\d+)|past \d+|till \d+|until \d+|(on )?(mon|tues|wednes|thurs|fri|satur|sun)days?|tard|t[oô]t|"
    r"le soir|en soir[eé]e|la fin de semaine|le week-end|le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    r"jusqu'[aà] \d+)\b[^.!?]*\?"
)


def _opening_asked_without_subject(q: Question) -> bool:
    """The message's first question opens on "open" and a time ("open late? we wrap at 8 or 9 most
    nights"): the clinic's hours (session 21)."""
    return bool(OPEN_WITHOUT_SUBJECT.search(q.whole.lower()))


# The clinic asked whether it is open ("are you guys open saturdays?", "êtes-vous ouverts le samedi?
# je travaille au resto la semaine"): its hours, whatever everyday place the story names
CLINIC_OPEN = re.compile(
    r"\b(are|r) (you|u|y'?all|you guys) (\w+ )?(open|closed)\b|\b(do|does) (you|y'?all|you guys|the clinic) (\w+ )?(open|close)\b|"
    r"\b([eê]tes|etes)[- ]vous (\w+ )?(ouverts?|ferm[eé]s?)\b|\bvous ([eê]tes|etes) (\w+ )?(ouverts?|ferm[eé]s?)\b|"
    r"\b(ouvrez|fermez)[- ]vous\b|\best-ce que vous (ouvrez|fermez)\b|\b(t'es|tu es|es-tu|c'est) ouvert\b"
)


# The needles told only as when the errand falls ("any lebanese bakery near your clinic? I always need a
# man'oushe after the needles lol", session 21, tuner tr): no question about them.
AFTER_THE_NEEDLES = re.compile(
    r"\b(after|before|apr[eè]s|avant) (the|my|each|every|les|mes|la|ma|chaque) (needles?|needling|aiguilles?|piq[uû]res?)\b"
)


def off_topic(q: Question) -> bool:
    """Small talk about an everyday subject, in English or French, that names no treatment,
    needles, condition or body complaint: out of scope (rule 12), not a hand-off or a guess.
    Needles told only as when it falls ("after the needles") ask nothing of them."""
    whole = q.whole.lower()
    return bool(
        OFF_TOPIC.search(whole)
        and not CLINIC_OPEN.search(q.text.lower())
        and not (q.named or q.context or q.conditions or q.red_flag)
        and not NEEDLING_WORDS.search(AFTER_THE_NEEDLES.sub(" ", whole))
        and not body.musculoskeletal_condition(q.whole)
    )


def _asks_covered_condition(q: Question) -> bool:
    """Does the question sentence ask whether needling helps, or what the research says, for
    a condition the entries cover ("could needling help nerve pain like that?", "someone said
    acupuncture helps nausea. is there research on that")? A disease, a medicine or an
    operation told before it is the background of the complaint, not the question."""
    last = last_sentence(q.text).lower()
    asks = asks_help(replace(q, text=last)) or bool(
        _ANY_USE.search(last) or RESEARCH_WORDS.search(last) or SHOULD_TRY.search(last)
    )
    # "can acupuncture help migraines?" then "what about the headaches since my concussion?":
    # a follow-up on whether it helps, the treatment being the conversation's
    follow_up = bool(q.context) and bool(_WHAT_ABOUT.search(last))
    return (
        (asks or follow_up)
        and bool(_asked_conditions(q))
        and bool(q.named or follow_up or NEEDLING_WORDS.search(q.text.lower()))
    )


_WHAT_ABOUT = re.compile(
    r"^\W*((so|ok|okay|and|but|et|mais) )?((what|how) about|(and|et) (for|pour|with|avec))\b"
)


def _asked_conditions(q: Question) -> FrozenSet[str]:
    """The conditions the question asks about; for "should I try acupuncture?", which names
    none, the ones told in the story before it ("headaches since my concussion...")."""
    if q.asked_conditions:
        return q.asked_conditions
    last = last_sentence(q.text).lower()
    return q.conditions if SHOULD_TRY.search(last) or _HELPS_WITH_NOTHING_NAMED.search(last) else frozenset()


# "...arthritis in my fingers since the menopause. can acupuncture help?", "est-ce que l'acupuncture peut
# aider?": whether needling helps, with nothing named after it, asks about the complaint told before
_HELPS_WITH_NOTHING_NAMED = re.compile(
    r"\b(acupunct\w*|needling|ims|it) (\w+ ){0,2}(help|helps|aider|aide|aiderait|aidera)\W*$|"
    r"\b(l'acupuncture|l'ims|le dry needling|les aiguilles|[cç]a) (\w+ ){0,2}(aider|aide|aiderait|aidera)\W*$"
)


# "Is IMS the right choice for me?", "is dry needling a good fit for me?", "est-ce le bon choix pour
# moi?": whether the treatment suits the patient (the choosing entries' own question)
RIGHT_FOR_ME = re.compile(
    r"\b(the |a |an )?(right|good|best|better|smart|sensible) (choice|fit|option|match|call|pick|way to go) for me\b|"
    r"\b(right|suitable|appropriate|a (good )?fit|the one) for me\b|\b(suit|suits|suited to) me\b|"
    r"\b(le |un )?(bon|meilleur) (choix|traitement|option) pour moi\b|\b(la |une )?(bonne|meilleure) option pour moi\b|"
    r"\b(me convien(t|drait|drai[ts]?)|est fait pour moi|pour quelqu'un comme moi)\b"
)


# "Should I try acupuncture?", "is it worth getting dry needling?", "devrais-je essayer
# l'acupuncture?": whether to try needling for the problem told is whether it would help.
SHOULD_TRY = re.compile(
    r"\b(should|could|would|can|might) (i|we|she|he|they|you) (try|get|do|consider|look into|give)\b"
    r".{0,30}\b(acupunct\w*|needl\w*|ims|it|this|that)\b|"
    r"\b(devrais|devrait|dois|pourrais|faudrait)(-je|-il| je| il)? (essayer|tenter|consulter|faire)\b"
)


# "could it help me?", "ça pourrait m'aider?": help asked for the problem told before
_HELPS_ME = re.compile(r"\b(help|helps|relieve|ease) me\b|\b(m'aider|m'aide|me soulager|me soulage)\b")


def _course_or_choice_for_diagnosis(q: Question, term: str) -> bool:
    """Does the question ask how many sessions, or which treatment is better, for a named one-area
    musculoskeletal diagnosis (knowledge/body_words.yml `diagnoses`: frozen shoulder, bursitis),
    with needling or one of our treatments named ("how many needling visits does a frozen shoulder
    take?", "acupuncture or dry needling for hip bursitis, which is better?")? Written rule 1: the
    entries on a course of treatment and on choosing answer it."""
    text = q.text.lower()
    if not any(term in p for p in body.diagnosis_phrases(q.text)):
        return False
    if not (q.named or NEEDLING_WORDS.search(text)):
        return False
    if ASKS_HOW_MUCH.search(text):
        return True
    # the choice is between two of our treatments, not a splint or an operation against needling
    return len(set(q.named)) >= 2 and bool(WHICH_ONE.search(text) or _BETTER_OF_TWO.search(text))


# "dry needling or acupuncture, which works better?", "lequel est mieux"
_BETTER_OF_TWO = re.compile(
    r"\b(which|what)( one)? (is|works|would (be|work)) (better|best)\b|\b(better|mieux)\b.{0,40}\bor\b|"
    r"\b(lequel|laquelle|quel|quelle)\b.{0,30}\b(mieux|meilleure?)\b"
)


def _pain_question(q: Question) -> bool:
    """Does the question itself ask whether needling helps a musculoskeletal problem ("can
    needling help a stiff neck?", "does it do anything for arthritic knees?")?"""
    text = q.text.lower()
    asks = asks_help(q) or bool(_ANY_USE.search(text)) or bool(ASKS_ADVICE.search(text))
    conditions = q.asked_conditions
    if not conditions and (_POINTS_BACK.search(text) or _HELPS_ME.search(text)):
        # "my knee arthritis is bad" then "could needling help that or am I too old?": the problem
        # the question points back at, told before it or in the turn before
        conditions = q.conditions | q.context_conditions
    return asks and bool(conditions & MUSCULOSKELETAL or body.musculoskeletal_condition(q.text))


_HOW_DOES = re.compile(r"\bhow (does|do|would|will|is|can|could)\b|\bcomment\b")


def _body_complaint(q: Question) -> Question:
    """ "Is acupuncture any use for the ache under my kneecap?": a body part and a complaint
    (knowledge/body_words.yml) in a question asking whether needling helps, with no condition
    the synonyms know, is about the nearest condition the entries cover (muscle pain, a tendon,
    a sports injury, arthritis, nerve pain). Not after a session ("my calf is sore after dry
    needling, would ice help?"): that is about afterwards."""
    if q.conditions or q.input_problem:
        return q
    text = q.text.lower()
    if not (asks_help(q) or _ANY_USE.search(text) or ASKS_ADVICE.search(text)) or _HOW_DOES.search(text):
        return q  # "how does IMS work on a sore muscle?" asks how it works
    if AFTER_A_SESSION.search(q.whole.lower()) or worse_after_session(q):
        return q
    if NEEDLING_ALONE.search(text):
        return q  # "do I have to do the exercises too, or is needling enough to fix my shoulder?": the course
    # the body part may be in the story the question points back to ("sprained my wrist a
    # month ago. could needling speed things up?")
    condition = body.musculoskeletal_condition(q.text) or body.musculoskeletal_condition(q.whole)
    if condition:
        return replace(q, conditions=frozenset([condition]), asked_conditions=frozenset([condition]))
    return q


# "He's a giant baby about needles": a health word used as a figure of speech.
_FIGURATIVE = re.compile(
    r"\b(is|he'?s|she'?s|i'?m|such|a) (a |an )?(big|giant|huge|total|real|massive) (baby|cry ?baby)\b"
)
# The needles compared with other needles the patient knows: "are they anything like the ones
# for flu shots?", "thinner than a blood test needle?", "pareilles aux aiguilles des vaccins?".
# The shot or the test is the yardstick, not what is asked about.
_COMPARED_NEEDLES = re.compile(
    r"\b(like|than|as|to|from|compared (to|with)|versus|vs|comme|que|qu'|aux|[aà] celles?|compar[eé]\w* (a|à|aux|avec))"
    r"\b[^.?!]{0,50}?\b(flu shots?|flu jabs?|shots?|jabs?|vaccin\w*|blood (tests?|draws?|work)|injections?|"
    r"prises? de sang|piq[uû]res?|vaccins?)\b"
)
_NAMES_A_NEEDLE = re.compile(r"\b(needles?|aiguilles?)\b")
# Other needles a patient afraid of ours tells of, to say how afraid ("sweat through my shirt at
# bloodwork", "somehow survived getting a tattoo", "je tourne de l'oeil aux vaccins"): the fear is
# what is asked about (sensation), not the blood test, the tattoo or the vaccine.
# "cortisone in my elbow stopped working after the third one": a shot told as tried and no longer
# helping is background to whether needling helps (the `injections` subject's own `unless`)
_SHOT = r"(cortisone|steroids?|corticost[eé]ro\w*|shots?|injections?|infiltrations?|prp)"
_FAILED_SHOT = re.compile(
    r"\b"
    + _SHOT
    + r"\b.{0,50}\b(stopped (working|helping)|quit working|wore off|wear off|did nothing|did not (help|work)|"
    r"didn'?t (help|work|do (anything|much))|no longer (work|help)\w*|don'?t (work|help) anymore|"
    r"ne (marche|fonctionne|fait)n?t? plus|n'ont (rien fait|pas (marché|marche|aidé|aide))|n'a (rien fait|pas (marché|marche|aidé|aide)))\b"
)
_SHOT_WORD = re.compile(r"^(cortisone|steroids?|corticost[eé]ro\w*|shots?|injections?|infiltrations?|prp)$")
_OTHER_SHOTS_TOLD = re.compile(
    r"\b(blood ?work|blood (tests?|draws?|samples?|tests? needles?)|flu (shots?|jabs?)|vaccin\w*|shots?|jabs?|"
    r"injections?|insulin|ivs?|i\.v\.?|tattoo\w*|tatoo\w*|tatts?|piercings?|pierced|prises? de sang|piq[uû]res?|"
    r"tatouages?|perfusions?|prélèvements?|prelevements?)\b"
)


# A faint or a dizzy turn told at another needle (a blood test, a shot), not at a session: the
# patient's past with needles, background to a question about ours
_FAINT_WORD = re.compile(
    r"fainted|fainting|passed out|pass out|blacked out|dizzy|lightheaded|light-headed|light headed|woozy"
)


def _old_faint_as_background(q: Question) -> bool:
    """A faint told in the story as past and over, not at a session of ours ("passed out at the scene
    of my accident 2 yrs ago, totally fine now"), before a question that does not ask about fainting
    nor point back at it: the story, not the question (rule 13)."""
    parts = sentences(q.whole)
    if len(parts) < 2:
        return False
    last, story = _EST_CE.sub(" ", parts[-1].lower()), " ".join(parts[:-1]).lower()
    return bool(
        told_as_over(story)
        and not _FAINT_WORD.search(last)
        and not _FAINT_AT_SESSION.search(story)
        and not _POINTS_AT_STORY.search(last)
        and not _ASKS_FOR_THE_ONE_TOLD.search(last)
    )


_FAINT_AT_SESSION = re.compile(
    r"\b(during|at|after|in|from) (my |the |a |an |our |your )?(acupunct\w*|sessions?|treatments?|ims|dry needling|needling|needles?|appointments?|visits?)\b"
)
_FAINT_AT_OTHER_NEEDLE = re.compile(
    r"^(?!.*\b(during|at|after|in) (my |the |a |an )?(acupunct\w*|session|treatment|ims|dry needling|needling)\b)"
    r".*\b(faint\w*|pass(ed|es|ing)? out|black(ed)? out|dizzy|light-? ?headed|woozy)\b.{0,30}"
    r"\b(at|during|for|getting|having|after|with|from) (a |an |the |my |some )?(\w+ ){0,2}(blood ?work|blood (tests?|draws?|drawn|taken|samples?)|"
    r"flu (shots?|jabs?)|vaccin\w*|shots?|jabs?|injections?|needles? at the (doctor|dentist)\w*|dentists?|"
    r"blood (clinics?|labs?|banks?|drives?))\b"
)
# A faint told in a statement as a childhood or long-past event ("I passed out at the blood clinic once
# as a kid", no question asked): the patient's past with needles, even in the message's last sentence
_FAINT_TOLD_LONG_AGO = re.compile(
    r"^[^?]*\b(as a (kid|child|teen(ager)?)|when i was (young|little|a kid|a child|a teen\w*)|years ago|long ago|"
    r"ages ago|in (high school|college))\b[^?]*$"
)


# A faint told as long ago, as over, or at another needle (a blood test, the dentist), of the
# patient or of someone else: "my dad passed out years ago at the dentist", "i collapsed a long time
# ago when i gave blood", "mon père a fait un malaise chez le dentiste il y a des années". Not one at
# a session of ours ("nearly passed out during IMS": `session_faint`, the clinic's to answer).
_FAINTED = re.compile(
    r"\b(faint(ed|s)?|pass(ed|es)? out|black(ed|s)? out|collaps(ed|es)|keel(ed|s)? over|swooned|"
    r"(m'|s'|t')?[eé]vanoui[es]?|perdu connaissance|(fait|faisait|fais) (un|des) malaises?|tomb[eé]e?s? dans les pommes)\b"
)
_LONG_AGO_OR_ELSEWHERE = re.compile(
    r"\b(years? ago|years back|a long time ago|long ago|ages ago|as a (kid|child|teen(ager)?)|when i was (young|little|a kid|"
    r"a child|a teen\w*)|in (high school|college|the past)|decades? ago|once|one time|fine (ever )?since|ok since|"
    r"il y a (des|quelques|plusieurs|\d+|deux|trois|dix) (ans|ann[eé]es)|il y a longtemps|quand j'[eé]tais (petite?|jeune|enfant)|"
    r"[aà] l'adolescence|une fois|depuis [cç]a va|[cç]a va (bien )?depuis)\b|"
    r"\b(blood ?(tests?|draws?|work|samples?)|bloodwork|gave blood|giving blood|donat(ed|ing) blood|blood donations?|"
    r"flu (shots?|jabs?)|vaccin\w*|injections?|shots?|jabs?|dentists?|prises? de sang|don de sang|donn\w* du sang|"
    r"dentiste|piq[uû]res?)\b"
)
_AT_OUR_SESSION = re.compile(
    r"\b(during|at|after|in|in the middle of|pendant|durant|apr[eè]s|[aà]|lors d'une?) (my |the |a |an |his |her |ma |la |"
    r"une |mon |sa |son |l')?(\w+ ){0,2}(acupunct\w*|acuponct\w*|sessions?|s[eé]ances?|treatments?|traitements?|ims|dry needling|needling|"
    r"puncture)\b"
)
_CAN_HAVE = re.compile(
    r"\b(can|could|may|should|shall|would)( i| he| she| they| we| my \w+| you)? (still |safely |ever |even )?"
    r"(get|have|try|do|go for|book|be needled|handle)\b|"
    r"\b(is it|would it be|is (acupuncture|dry needling|ims|needling|it|that|this)) (\w+ )?(ok|okay|safe|fine|alright|"
    r"a (bad|good) idea|risky|dangerous)\b|"
    r"\b(off limits|out of the question|rule[sd]? (me|him|her|them) out|a no-go|not allowed|allowed to)\b|"
    r"\b(peu[tx]|pourrai[st]?|pourrait|puis-je|peut-il|peut-elle|est-ce qu'(il|elle|on) peut|est-ce que je peux)\b"
    r"( (quand m[eê]me|encore|toujours))? (faire|essayer|avoir|recevoir|suivre)\b|"
    r"\b(c'est|est-ce|est-ce que c'est|ce serait) (\w+ )?(dangereux|s[eé]curitaire|correct|ok|risqu[eé]|interdit|contre-indiqu[eé])\b"
)


def old_faint_asks_can_have(q: Question) -> bool:
    """A faint told as long ago, over or at another needle, then a question whether needling may be
    had ("i collapsed a long time ago when i gave blood, can i still try IMS?"): the safety entry,
    never an alarm (no red flag gets here unless let through as long past) nor a declined subject."""
    whole = q.whole.lower()
    fainted = _FAINTED.search(whole)
    if not fainted or q.intent == "emergency":
        return False
    around = whole[max(0, fainted.start() - 40) : fainted.end() + 40]
    can_have = _CAN_HAVE.search(q.text.lower())
    return bool(
        can_have
        and _LONG_AGO_OR_ELSEWHERE.search(whole)
        and not _AT_OUR_SESSION.search(around)
        # "can i still get acupuncture if i might pass out?": fainting at a session, asked, stays
        # the clinic's subject (`session_faint`)
        and not _FAINTED.search(q.text.lower()[can_have.end() :])
        and not FAINTING_FEAR.search(whole)
        and (q.named or q.context or NEEDLING_WORDS.search(q.text.lower()))
    )


def _without_references(q: Question) -> str:
    """The question without the health words it names only as a familiar reference: "I nearly
    pass out at blood tests" says how afraid of needles the patient is, and "do the needles
    inject anything, like cortisone?" is answered by what the needles are (nothing is
    injected). Neither asks about blood tests or cortisone."""
    text = FEAR_OF_NEEDLES.sub(" ", q.text.lower())
    text = _FIGURATIVE.sub(" ", text)  # "my husband is a giant baby about needles"
    text = without_child_carried(text)  # "a sore back from lifting my toddler": the pain is asked
    if _NAMES_A_NEEDLE.search(text):
        text = _COMPARED_NEEDLES.sub(" ", text)  # "anything like the ones for flu shots?"
    if ASKS_INJECTED.search(text) and (q.named or NEEDLING_WORDS.search(text)):
        text = re.split(r"\b(like|such as|e\.g\.|comme|genre)\b", text, maxsplit=1)[0]
    return text


# A hand-off the classifier read from a question about somewhere or someone else: where to get
# something made or find a doctor in a named town, one's own practitioner elsewhere, clinics called
# around to compare, a claim with a company ("where could I get orthotics made in Halifax?", "comment
# trouver un dentiste à Lyon?", "ma kiné à Lyon fait des aiguilles, elle est formée?", "what do I ask when
# I phone around clinics?", "how do I open a claim with Uber Eats?"): what is asked decides, and a
# town or a phone word told about another place is no question for our front desk
_CITY = r"(?i:in|near|around|outside|à|a|en|au|pr[eè]s de) (?-i:[A-ZÀ-Ý][\w'-]+)"
# Clinics phoned around or compared ("what do I ask when I phone around clinics?", "comparer les cabinets")
COMPARES_CLINICS = re.compile(
    r"\b(call|ring|phone)(ing)? around\b|\bcompar(e|ing) (\w+ ){0,2}(clinics|practitioners|places|physios|acupuncturists)\b|"
    r"\b(appeler|t[eé]l[eé]phoner|comparer) (\w+ ){0,2}(cliniques|cabinets|kin[eé]s|acupuncteurs|physios)\b"
)
ELSEWHERE_HANDOFF = re.compile(
    r"(?i:\b(where|how) (can|could|do|should|would|might) (i|we|you|one) (find|get|go to|look for|see|have)\b"
    r"(?! (you|your|ur|the clinic|here)\b)|\bwhere to (find|get|go)\b|\bo[uù] (trouver|puis-je|je peux|est-ce que je peux|aller)\b|"
    r"\bcomment (je )?(trouve\w*|d[eé]nicher)\b)[^?.!]{0,80}\b" + _CITY + "|"
    r"(?i:\b(my|mon|ma|mes|notre) (physio\w*|pt|kin[eé]\w*|acupunct\w*|osteo\w*|chiro\w*|doctor|gp|m[eé]decin|docteure?) )"
    + _CITY
    + "|"
    "(?i:"
    + COMPARES_CLINICS.pattern
    + r"|\b(claim|complaint|dispute) (with|against) (?!(you|your|the clinic|us)\b)\w+)"
)
# Whether this chat is kept or read by someone ("do you save my messages?", "does a human read this?",
# "qui lit ce que j'écris?", "vous gardez mes messages?")
CHAT_KEPT_OR_READ = re.compile(
    r"\b(do|does|will|are) (you|u|this|anyone|someone|somebody|a (real )?(person|human))( at (the|your) (clinic|office))? "
    r"(\w+ )?(store|save|keep|record|log|read|see)s? "
    r"(what i (type|write|say)|my (messages?|chats?|answers?)|(these|this|the|our) (chats?|conversations?|messages?))\b|"
    r"\bwho (actually |really |else )?(reads?|sees?|can see|can read|has access to) ((these|this|the|my|our) (chats?|conversations?|"
    r"messages?)|what i (type|write))\b|"
    r"\bqui (lit|voit|peut lire|peut voir|a acc[eè]s [aà]) (ce que j'[eé]cris|mes messages|cette conversation|nos [eé]changes|ce chat|la conversation)\b|"
    r"\b(gardez|conservez|enregistrez|stockez)[- ](vous )?(ce que j'[eé]cris|mes messages|cette conversation|nos [eé]changes)\b"
)
# How the practitioner told of was trained ("what training does she have?", "il est formé comment?")
TRAINING_ASKED = re.compile(
    r"\b(how (is|was|are|were|do|does) (he|she|they|someone|a physio) (\w+ )?trained|what (kind of |sort of )?(training|"
    r"qualifications?|certification|course) (does|do|did|has|have) (he|she|they)|how much training)\b|"
    r"\b(il|elle|ils|elles) (est|sont) (\w+ )?form[eé]e?s? comment|comment (est-ce qu'?)?(il|elle|ils|elles) (est|sont|a|ont) "
    r"(\w+ )?form[eé]e?s?|quelle (genre de |sorte de )?formation\b"
)
# ... unless the message asks about this clinic too ("are you near Ottawa?", "votre clinique à Genève")
_ASKS_US = re.compile(
    r"\b(your (clinic|office|address|number|phone|location|place)|you guys|(are|r) (you|u)|do (you|u) (have|take|do|offer|know)|"
    r"votre (clinique|cabinet|adresse|num[eé]ro)|vous (avez|[eê]tes|etes|faites|prenez))\b"
)


def _handoff_about_elsewhere(q: Question) -> bool:
    """A contact or location hand-off read from a question about another place, provider or company."""
    return (
        q.intent in ("ask_location", "ask_contact")
        and bool(ELSEWHERE_HANDOFF.search(q.whole))
        and not _ASKS_US.search(q.whole.lower())
    )


def _between_handoffs(q: Question) -> Question:
    """ "Can I just call someone?" is a person or the phone, and the classifier fell back only
    because it could not tell which: both are a hand-off, so the likelier one is taken."""
    ranked = [(n, c) for n, c in q.ranking if n != "nlu_fallback"]
    if (
        q.intent != "nlu_fallback"
        or len(ranked) < 2
        or ranked[0][0] == "book"
        or ranked[1][0] == "book"
        or not all(n in HANDOFFS for n, _ in ranked[:2])
        or ranked[0][1] + ranked[1][1] < HANDOFF_PAIR_MIN
    ):
        return q
    return replace(q, intent=ranked[0][0], confidence=ranked[0][1])


def _story_condition_asked(q: Question) -> Question:
    """ "I ache all over with fibromyalgia. Is dry needling used for that?": the question asks
    whether needling helps without naming what, so it asks about the condition told in the
    story. Not when the story is about a session ("my knee is sore after IMS, would ice help?")."""
    text = q.text.lower()
    told_before = False
    if not q.conditions and q.context_conditions and (_POINTS_BACK.search(text) or _HELPS_ME.search(text)):
        # "my knee arthritis is pretty bad" then "could needling help that?", "ça pourrait m'aider?":
        # the problem told in the turn before, to a needling assistant; moved to another body part
        # named ("and my wrists?"), that part's
        q, told_before = replace(q, conditions=_another_body_part(q) or q.context_conditions), True
    if (
        not q.conditions
        or q.asked_conditions
        or not (q.named or told_before or NEEDLING_WORDS.search(text))
        or not (asks_help(q) or told_before and _HELPS_ME.search(text))
        or AFTER_A_SESSION.search(q.whole.lower())
    ):
        return q
    return replace(q, asked_conditions=q.conditions)


def _asks_about_treatment_itself(q: Question) -> bool:
    """ "Does acupuncture look at your whole body or just the sore spot? The intake form asked
    about my sleep": the question is about the treatment; the intake form is only in the story
    told after it, so it is no logistics question."""
    return q.whole != q.text and bool(_TREATMENT_WORDS.search(q.text.lower()))


def _choice_between_named(q: Question) -> bool:
    """Two treatments named and a sentence that asks which to choose ("...? which should i pick",
    "which would you pick"): the choosing entries, not the research for the problem told
    (session 21)."""
    return len(set(q.named)) >= 2 and any(
        WHICH_ONE.search(s.lower()) or OR_BETTER.search(s.lower())
        for s in [q.text, *q.others, last_sentence(q.whole)]
    )


# "would dry needling help it or is acupuncture better for that?", "IMS, or would acupuncture be
# better?": the second treatment offered as the better one, a choice between the two named
OR_BETTER = re.compile(
    r"\bor (is|are|would|will|does|do|might) (?!(it|that|this|there)\b)(\w+ ){1,3}(be |work |do )?(better|best|preferable|a better (fit|bet|choice|option))\b|"
    r"\bou (est-ce que )?(l'|la |le )?(\w+ ){1,3}(serait|est|marche|fonctionne) (\w+ )?mieux\b"
)


# The classifier's guesses that are a topic of the documents, not the clinic's money or a hand-off.
_KB_TOPIC_INTENTS = {f"{TOPIC_PREFIX}{t}" for t in TOPICS} - {"ask_insurance"}
# A guess this sure decides over money told only outside the asked sentence.
MONEY_TOLD_MIN_CONFIDENCE = 0.8


def _money_only_told(q: Question, pattern: "re.Pattern[str]") -> bool:
    """Money (or a means of paying) found by `pattern` only outside the sentences that ask, which
    the classifier surely reads as a topic of the documents: "does it hurt? i don't want to be stuck
    with a package i already paid for", "Does needling help tennis elbow? I've been doing odd jobs for
    cash", "my credit card statement nearly gave me a heart attack lol. how many sessions for a stiff
    neck?". The question sentence decides the topic; the money is the story's (session 21)."""
    asked = " ".join(_QUESTION_SENTENCE.findall(q.text)).lower()
    return (
        bool(asked.strip())
        and q.intent in _KB_TOPIC_INTENTS
        and q.confidence >= MONEY_TOLD_MIN_CONFIDENCE
        and not pattern.search(asked)
        and not _ASKS_PRICE.search(asked)
        and not PAYMENT_WORDS.search(asked)
    )


# ...to the patient's own visit: "to my appt", "with me", "pendant ma séance"
_TO_MY_VISIT = re.compile(
    r"\b(to|at|for|during|into) (my|our) (appt|appointment|visit|session|treatment)\b|\b(with|along with) me\b|"
    r"\b(while|when) i('m| am)? (have|having|get|getting)\b|"
    # "sits in the waiting room while I'm in", "pendant que je suis dans la salle"
    r"\b(while|when) i('m| am) (in|inside|in there|in with|being (seen|treated))\b|\bpendant que je (suis|serai)\b|"
    r"\b([aà]|pendant|durant) (mon|ma|notre) (rendez-vous|rdv|s[eé]ance|traitement|consultation)\b|\bavec moi\b"
)


def _clinic_side(q: Question, logistics) -> bool:
    """A change on the clinic's side or an arrangement only the front desk makes, asked in the
    question ("if my physio is sick that day, do you call me?"), not a request to book; with a
    clinic topic asked too only when it is the cancelling ("if the acupuncturist cancels...")."""
    text = q.text.lower()
    return (
        bool(CLINIC_SIDE.search(text))
        and logistics in (None, "cancellation", "first_visit")
        and not ASKS_TO_BOOK.search(text)
        # the patient kept away by the weather, a charge asked ("if the roads are closed because of a storm
        # and I can't get in, do I still get charged?"): the cancellation policy, nothing changed on the clinic's side
        and not (logistics == "cancellation" and _KEPT_AWAY.search(text))
    )


_KEPT_AWAY = re.compile(
    r"\b(i|we) (can'?t|cannot|couldn'?t|won'?t be able to|am unable to|are unable to) (get in|get there|make it|come in|drive)\b|"
    r"\broads? (are |is |were |get |got )?(closed|shut|blocked|impassable|icy)\b|"
    r"\b(routes?|chemins?) (sont |est )?(ferm[eé]e?s?|bloqu[eé]e?s?)\b|\b(je|on) (ne )?(peux|pourrai|pourra|peut) pas (me rendre|venir|passer)\b"
)


# bought elsewhere, or for a complaint: "do you sell ear seed kits i can buy online?", "do you sell
# liniments for sore knees?" ask about the product, not the clinic's desk
_BOUGHT_ELSEWHERE = re.compile(
    r"\b(online|on ?line|on amazon|on the internet|en ligne|sur amazon|sur internet)\b"
)


def _sold_at_the_clinic(q: Question) -> bool:
    """ "Do you sell heat packs at the front desk?": something sold at the clinic, asked of it; not
    bought online, nor for a complaint named in the question (what it does for it is the question)."""
    text = q.text.lower()
    return bool(
        SOLD_AT_THE_CLINIC.search(text)
        and not _BOUGHT_ELSEWHERE.search(text)
        and not _A_COMPLAINT.search(text)
        and not _REMEDY_TO_TAKE.search(text)
    )


# A remedy to take alongside the treatment, asked whether the clinic sells it ("do you sell Chinese herbal
# powder to take with the acupuncture?", "vous vendez des plantes chinoises à prendre avec les séances?"):
# herbal medicine is a health question the documents do not cover (other_tcm), not a shop question. Only
# sold ("do you sell chinese herbs too or only do needles?"), it stays the front desk's.
_REMEDY_TO_TAKE = re.compile(
    r"\b(herbs?|herbal|supplements?|remed(y|ies)|powders?|plantes|herbes|suppl[eé]ments?|rem[eè]des|poudres?)\b"
    r"[^.?!]{0,40}\b(to take|take (them |it )?with|[aà] prendre|prendre avec)\b"
)


def _front_desk_request(q: Question) -> bool:
    """A request only the front desk handles, asked in the question sentence itself: a gift card or
    another front-desk-only thing, something sold at the desk, the room and its senses, the forms
    in another format, the clinic's fax or email."""
    text = q.text.lower()
    return bool(
        FRONT_DESK_ONLY.search(text)
        or _sold_at_the_clinic(q)
        or ROOM_AND_SENSES.search(text)
        or FORMS_IN_ANOTHER_FORMAT.search(text)
        or CONTACT_DETAIL.search(text)
    )


def _brings_someone_along(q: Question) -> bool:
    """ "No babysitter tomorrow, can I bring my 2 year old to my appt?": someone brought along
    to the patient's own visit, not treated: a question for the front desk, not about needling
    children (or anyone else)."""
    text = q.text.lower()
    return bool(BRINGS_SOMEONE.search(text) and _TO_MY_VISIT.search(text)) and not re.search(
        r"\b(for|get|have|try) (\w+ )?(acupuncture|dry needling|needling|ims|treated|needled)\b|"
        r"\b(treat|needle) (him|her|them)\b",
        text,
    )


# a complaint told about the young person: their visit is then a question about needling a child
_A_COMPLAINT = re.compile(
    r"\b(pain\w*|hurts?|hurting|hurt|sore\w*|aches?|aching|achy|cramps?|injur\w*|sprain\w*|strain\w*|tendin\w*|"
    r"headaches?|migraines?|stiff\w*|tight\w*|anxi\w*|stress\w*|sleep\w*|asthma|allerg\w*|inflam\w*|bruis\w*|swell\w*|swollen|"
    r"mal|douleurs?|bless\w*|entorse|crampes?|migraines?|raide\w*|stress\w*|sommeil|anxi\w*|ecchymoses?|enflure)\b"
)


def _a_young_persons_visit_arranged(q: Question, logistics) -> bool:
    """ "Can a 16 year old come to his appointments alone?", "what should my daughter wear to her
    first visit?", "can I pay with my HSA card for my son's visits?": how a young person's visit is
    booked, paid, attended or consented to, with no complaint of theirs told and no needling asked,
    is the clinic's answer or the front desk's, not a question about needling children."""
    text = q.text.lower()
    whole = q.whole.lower()
    asks_arrangement = bool(
        logistics
        or FRONT_DESK_LOGISTICS.search(text)
        or WHO_COMES_OR_SIGNS.search(text)
        or PAPERWORK.search(text)
    )
    return (
        asks_arrangement
        and not (q.conditions or q.named)
        and not NEEDLING_WORDS.search(whole)
        and not _A_COMPLAINT.search(whole)
        and not body.names_body_part(whole)
        and all(s.id == "children" for s in subject_rules.not_covered_subjects(q.whole))
    )


# The clinic asked to come to a place where the patient is cared for ("do you come to the dialysis unit?",
# "would your acupuncturist visit mum's care home?", "vous vous déplacez à l'hôpital?"): the front desk's
_COMES_TO_A_PLACE = re.compile(
    r"\b(do|does|can|could|would|will) (you|y'?all|you guys|your \w+|the \w+|anyone|someone) (ever )?(come|go|travel|visit|"
    r"make visits|do visits) (out )?(to|into|at) (the|a|an|my|her|his|their|our|mum'?s|mom'?s|dad'?s) (\w+ ){0,2}"
    r"(units?|wards?|hospitals?|care homes?|nursing homes?|facilit(y|ies)|residences?|hospices?|rehab|centres?|centers?)\b|"
    r"\b(vous|tu) (vous |te )?(d[eé]placez|d[eé]places|venez|viens) ([aà] l'|[aà] la|au|dans (le|la|l')) ?(\w+ ){0,2}"
    r"(h[oô]pital|unit[eé]|centre|r[eé]sidence|chsld|foyer|service)\b"
)
# The front desk's own questions, asked in the question sentence: the opening hours, a day or a time of day
# free ("do you have appointments tuesday afternoons?", "vous avez des places le mardi?")
_OPENINGS_ASKED = re.compile(
    r"\b(any|do you have|have you got|you got|got|is there|are there) (any )?(\w+ )?(appointments?|appts?|openings?|spots?|"
    r"slots?|availability|times?|space) (\w+ ){0,3}((mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|"
    r"evenings?|weekends?|nights?|after (work|school|\d))\b|"
    r"\b(avez|auriez)[- ]vous (\w+ )?(des |une |de la )?(places?|disponibilit[eé]s?|rendez-vous|rdv|plages?|cr[eé]neaux)\b|"
    r"\bvous avez (\w+ )?(des |une |de la )?(places?|disponibilit[eé]s?|rendez-vous|rdv|plages?|cr[eé]neaux)\b"
)


def _hand_off_asked_subject_told(q: Question) -> bool:
    """ "Vous êtes ouverts le soir? je finis la dialyse vers 16h", "my mum has kidney failure. any
    appointments on saturdays?", "book my dad in for acupuncture, he's on dialysis, Tuesdays work":
    the opening hours, a slot or a booking asked, the subject told only as who comes or why a time
    matters. Not when the message asks whether needling is safe or helps (that stays declined)."""
    text = q.text.lower()
    booking = bool(ASKS_TO_BOOK.search(text) or _asks_to_book_with_a_wish(q))
    comes = bool(
        _COMES_TO_A_PLACE.search(text)
    )  # "do you come to the dialysis unit?": the place is no question
    asked = booking or comes or CLINIC_OPEN.search(text) or _OPENINGS_ASKED.search(text)
    if not asked or q.red_flag:
        return False
    if _ABOUT_THE_ILLNESS.search(q.whole.lower()) or asks_help(q):
        return False
    return booking or comes or subject_rules.not_covered_subject(q.text) is None


# The way into the clinic asked about in so many words: "is there an elevator or is it stairs?", "are there
# steps at the entrance?", "do you have a ramp?"
_WAY_IN_ASKED = re.compile(
    r"\b(is there|are there|do you have|have you got|you got|any|is it) (an? |any |some )?(elevators?|lifts?|ramps?|stairs|steps?)\b|"
    r"\bstep[- ]?free\b|\bwheel ?chair accessible\b|\by a-t-il (un |une |des )?(ascenseur|rampe|escaliers?|marches)\b"
)


def _getting_in_asked(q: Question) -> bool:
    """ "I'm on crutches after a stress fracture, is there an elevator or is it stairs?": the way into the
    clinic is asked, with no treatment named; the injury told is only why it matters (the story and the
    question in one sentence, unlike `_logistics_asked_subject_told`)."""
    text = q.text.lower()
    return bool(
        _WAY_IN_ASKED.search(text)
        and not (q.named or NEEDLING_WORDS.search(q.whole.lower()))
        and not asks_help(q)
    )


def _logistics_asked_subject_told(q: Question) -> bool:
    """ "Is the building step free? I'm on crutches after ankle surgery": the question itself
    asks about logistics, and the subject the documents don't cover is only in the story
    around it. The patient asked about access, not about needling after surgery."""
    if (
        q.whole != q.text
        and bool(subject_rules.clinic_topic(q.text))
        and subject_rules.not_covered_subject(q.text) is None
    ):
        return True
    return _logistics_sentence_subject_in_the_story(q)


def _logistics_sentence_subject_in_the_story(q: Question) -> bool:
    """ "my wrist is in a cast so my partner has to drive me in. is there parking?": the question
    sentences ask about logistics with no declined subject in them, and the subject is only in
    the sentences told around them, none of which asks anything."""
    parts = sentences(q.whole)
    if len(parts) < 2:
        return False
    asked = [p for p in parts if is_question(p)]
    if not asked or any(
        not subject_rules.clinic_topic(p) or subject_rules.not_covered_subject(p) is not None for p in asked
    ):
        return False
    return True


# What a word of the documents means, asked as such (session 12): "what even is a trigger point",
# "qi and meridians, are they real anatomy?". Each word with the entry that explains it.
_DEFINED_TERMS = (
    (
        "all-technique-trigger-points",
        re.compile(r"\btrigger[ -]?points?\b|\bpoints? (g[aâ]chettes?|gachettes?|d[eé]tente)\b"),
    ),
    # (not "de qi", the needle sensation the sensation entries name)
    ("acu-origins-qi-meridians", re.compile(r"(?<!\bde )(?<!\bde-)\bqi\b|\bmeridians?\b|\bm[eé]ridiens?\b")),
)
# "what is a trigger point": the term right after the question words
_WHAT_IS_TERM = re.compile(
    r"\bwhat(( even| exactly| actually| really)? (is|are)|'s|s)( even| exactly| actually| really)? "
    r"(a |an |the |these |those |this |that )?(\w+ )?(trigger|qi\b|meridian|points? g)|"
    r"\bwhat (does|do) (\w+ ){0,3}(trigger[ -]?points?|qi|meridians?) (\w+ )?mean\b|"
    r"\bc'est quoi(,)? (au juste |exactement |vraiment |donc )?(un |une |les |le |la |des |ces )?(points? g|qi\b|m[eé]ridien)|"
    r"\bqu'est-ce qu'(un|une|on appelle) (\w+ )?(points? g|qi\b|m[eé]ridien)"
)
_ASKS_DEFINITION = re.compile(
    _WHAT_IS_TERM.pattern + "|"
    r"\b(is|are|was|were) (that|this|it|they|those|these|there|qi|meridians?|trigger points?) (\w+ ){0,2}"
    r"(real|a real thing|an actual thing|a thing|legit|made up|imaginary|science|scientific|(real |actual )?anatomy|"
    r"(something )?(you can|they can) (see|find)|proven)\b|"
    r"\b(real|actual) (anatomy|things?|structures?|part of the body)\b|\b(do|does) (they|it|qi|meridians?) (really |actually )?exist\b|"
    r"\bc'est quoi(,)? (au juste |exactement |vraiment )?(un |une |les |le |la |des |ces )?(\w+ )?(points?|qi|m[eé]ridiens?)\b|"
    r"\bqu'est-ce qu'(un|une|on appelle) (\w+ )?(points?|qi|m[eé]ridiens?)\b|"
    r"\b(ça|ca|ils|elles|le qi|les m[eé]ridiens) (existe|existent) (vraiment|pour de vrai|r[eé]ellement)\b|"
    r"\bc'est (du |de l')?(r[eé]el|vrai|scientifique|anatomi\w*|concret)\b"
)


def _defined_term_entry(q: Question, store: KnowledgeStore):
    """The entry explaining a word of the documents the question asks the meaning or the reality
    of, when the classifier was unsure or read it as out of scope; None otherwise."""
    if q.red_flag or q.others:
        return None
    whole = q.whole.lower()
    if not (_ASKS_DEFINITION if q.intent in UNSURE else _WHAT_IS_TERM).search(whole):
        return None
    found = [eid for eid, rx in _DEFINED_TERMS if rx.search(whole)]
    return store.get(found[0]) if len(found) == 1 else None


def _scope_hesitation(q: Question, store: KnowledgeStore) -> Question:
    """ "My physio does acupuncture too. Is that a real thing?": the classifier leaned to out of
    scope, unsure (below SCOPE_HESITANT_MAX), with a topic close behind (within
    SCOPE_HESITANT_MARGIN), and the message names a treatment, needles or a term of the
    knowledge base, or continues a conversation about a treatment. That topic answers it;
    otherwise it stays out of scope. A message naming a treatment and a curated term of an
    entry ("a collapsed lung from dry needling, how often does that happen?") is answered
    below SCOPE_TERM_MAX, whatever the margin: the term picks the entry (select.py)."""
    ranked = [(n, c) for n, c in q.ranking if n != "nlu_fallback"]
    if len(ranked) < 2 or ranked[0][0] != "out_of_scope":
        return q
    needling = bool(q.named or NEEDLING_WORDS.search(q.whole.lower()))
    # a curated term of an entry ("collapsed lung") with a treatment named: the entry is there
    term = needling and store.mentions_term(q.whole)
    if ranked[0][1] >= (SCOPE_TERM_MAX if term else SCOPE_HESITANT_MAX):
        return q
    best, conf = ranked[1]
    if not best.startswith(TOPIC_PREFIX) or (conf < ranked[0][1] - SCOPE_HESITANT_MARGIN and not term):
        return q
    if not (needling or q.context or store.mentions_term(q.whole)):
        return q
    topic = best[len(TOPIC_PREFIX) :]
    topics = [topic] + [t for t in q.topics if t != topic]
    return replace(q, intent=best, confidence=conf, topics=topics[:3])


# Words of health and care (English and French, accents as typed or folded). A question the
# documents don't answer that is about health or a treatment is not covered; only one unrelated
# to health is out of scope (written rule 12).
_HEALTH_OR_CARE = re.compile(
    r"\b(physio\w*|kin[eé]s?|kin[eé]sith\w*|doctors?|docs?|gp|m[eé]decins?|chiro\w*|ost[eé]o\w*|"
    r"therap\w*|th[eé]rap\w*|medic\w*|m[eé]dic\w*|pills?|tablets?|drugs?|surg\w*|chirurg\w*|"
    r"operations?|op[eé]r[eé]e?s?|symptoms?|sympt[oô]mes?|pains?|painful|aches?|aching|hurts?|hurting|"
    r"sore\w*|douleurs?|douloureu\w*|mal (au|aux|[aà] la|[aà] l'|de)|injur\w*|bless\w*|health\w*|"
    r"sant[eé]|sick|illness\w*|maladies?|diseases?|diagnos\w*|tongue|langue|pulse|pouls|herbs?|"
    r"herbes?|herbal|rehab\w*|r[eé][eé]ducation|tcm|mtc|qi|hospital\w*|h[oô]pital\w*|nurses?|"
    r"infirmi\w*|courbatures?|tendin\w*|arthri\w*|arthrose)\b"
)


def about_health(q: Question, store: KnowledgeStore) -> bool:
    """Is the message about health or a treatment: one of ours or needling named, a condition,
    a body part or complaint, a health word (knowledge/health_words.txt) or a word of care?"""
    whole = q.whole.lower()
    return bool(
        q.named
        or q.conditions
        or NEEDLING_WORDS.search(whole)
        or _TREATMENT_WORDS.search(whole)
        or _HEALTH_OR_CARE.search(whole)
        or body.names_body_part(q.whole)
        or body.musculoskeletal_condition(q.whole)
        or unknown_health_term(q.whole, store)
    )


# A question or request typed with no question mark: "whats the best pillow for whiplash",
# "any tips for a better chair height", "quel oreiller pour la nuque"
_ASKS_WITHOUT_A_MARK = re.compile(
    r"^\W*(whats|what|which|how|any|best|recommend\w*|suggest\w*|tips?|tell me|quel\w*|comment|"
    r"des conseils|un conseil)\b|\b(whats|what's|which one|which is|recommend|suggest|the right way|"
    r"the best way|any tips)\b"
)


def _out_of_scope_or_not_covered(q: Question, store: KnowledgeStore) -> Decision:
    """A question no rule answers, read as out of scope: when it is about health or a treatment
    ("does kinesio tape do anything?", "what does 'dampness' on my tongue mean?") the documents
    don't cover it, said plainly with who can help (not_covered); otherwise it is out of scope.
    A problem only told, nothing asked ("my knee arthritis is pretty bad"), declines nothing it
    asked: out of scope, its condition kept for the question after it."""
    whole = q.whole.lower()
    if about_health(q, store) and (_ASKS_SOMETHING.search(whole) or _ASKS_WITHOUT_A_MARK.search(whole)):
        return Decision("out_of_scope", "fallback", reason="not_covered", subject=anchoring.UNANCHORED)
    return Decision("out_of_scope", "fallback", reason="out_of_scope")


def _wants_diagnosis(q: Question) -> bool:
    """ "I have a lump in my armpit, what could it be?": a request for a diagnosis, in a message
    that names no treatment, needles or session and in a conversation about none."""
    text = q.whole.lower()
    return bool(
        _ASKS_DIAGNOSIS.search(text)
        and not q.named
        and not q.context
        and not NEEDLING_WORDS.search(text)
        and not AFTER_A_SESSION.search(text)
    )


def _unsure(q: Question, rule: str = "low_confidence", store: Optional[KnowledgeStore] = None) -> Decision:
    """No answer we trust: likely questions as buttons, and the phone. Unless nothing in the
    message is ours (`nothing_of_ours`): then it is out of scope, said plainly."""
    if store is not None and nothing_of_ours(q, store):
        return Decision("out_of_scope", "fallback", reason="out_of_scope")
    return Decision(rule, "fallback", reason="low_confidence")


# What keeps an unsure question ours with no treatment or health word in it: the clinic's logistics
# (`everyday.CLINIC_LOGISTICS`: open, hours, parking, the bus, a fee, cancelling, being late, a call, someone;
# and here the rest: the metro, a price, what to bring or wear, a wait), a person asked for, the clinic
# addressed, a session's own words ("is it normal to fall asleep on the table?", "how soon should I notice
# something?"), and someone hurt (an emergency the classifier missed)
_OURS_WITHOUT_HEALTH = re.compile(
    r"\b(subway|m[eé]tro|train|get there|heures?|price\w*|prix|cost\w*|co[uû]t\w*|how much|combien|pay\w*|bring|"
    r"wear|apporter|amener|porter|wait\w*|attente|today|tonight|aujourd'hui|ce soir|"
    r"appel\w*|person|human|staff|you|u|vous|your|votre|vos|table|"
    r"normal\w*|notice|noticed|remarqu\w*|better|worse|mieux|pire|feel\w*|sens|senti\w*|bruis\w*|bleus?|"
    # someone hurt now, in words the health list lacks ("hit by the tow wire, lying on deck, his head is bleeding"):
    # never read as out of scope
    r"bleed\w*|blood\w*|saign\w*|sang|head|t[eê]te|lying|couch[eé]e?|not moving|bouge pas|unconscious|inconscient\w*|"
    r"injur\w*|bless[eé]\w*|hurt\w*|collaps\w*|breath\w*|respir\w*|"
    # ...or taken ill in words the list lacks ("went down, he's confused, talking nonsense, skin hot and dry")
    r"confus\w*|nonsense|n'importe quoi|skin|peau|went down|faint\w*|[eé]vanoui\w*|shak\w*|trembl\w*|seiz\w*|"
    r"convuls\w*|vomit\w*|vomi|threw up|thrown up|fever\w*|fi[eè]vre|swell\w*|swollen|enfl[eé]\w*|numb\w*|"
    r"engourdi\w*|dizz\w*|[eé]tourdi\w*|ambulance|911|emergency|urgence\w*|au secours)\b"
)
# Fewer words than this point back at what came before ("is that ok"): no message of its own to read
NOTHING_OF_OURS_MIN_WORDS = 5


def nothing_of_ours(q: Question, store: KnowledgeStore) -> bool:
    """An unsure question with nothing about health, the body, a treatment or the clinic's services
    in it ("is it too early to plant out my tomatoes?", "how do i renew my MCP card", "quel temps y
    va faire à Chéticamp demain"): out of scope, not likely questions about needling as buttons
    (rules 14 and 15; session 22, tuner UB). The clinic's logistics stay unsure: "can I pay by
    e-transfer?" names no treatment, but it is ours."""
    whole = q.whole.lower()
    return _words(q.whole) >= NOTHING_OF_OURS_MIN_WORDS and not (
        q.named
        or q.context
        or q.conditions
        or q.red_flag
        or q.previous_topic
        or q.intent in SMALLTALK
        or everyday.OURS.search(whole)
        or everyday.CLINIC_LOGISTICS.search(whole)
        or _OURS_WITHOUT_HEALTH.search(whole)
        or about_health(q, store)
    )


def _hesitation(q: Question, store: KnowledgeStore) -> Question:
    """ "Are acupuncture needles sterile or do they reuse them?": the classifier hesitated between
    two topics (needles, safety) and fell back. When its best guess is a topic, with no other
    kind of reply (out of scope, a hand-off) close behind, and the message is about needling,
    the question is answered from the likely topics; otherwise it stays unsure."""
    ranked = [(n, c) for n, c in q.ranking if n != "nlu_fallback"]
    if not ranked or not ranked[0][0].startswith(TOPIC_PREFIX) or ranked[0][1] < HESITANT_MIN_CONFIDENCE:
        return q
    best, conf = ranked[0]
    if any(not n.startswith(TOPIC_PREFIX) and c >= conf - HESITANT_MARGIN for n, c in ranked[1:]):
        return q
    topic = best[len(TOPIC_PREFIX) :]
    if not _anchored(q, store, topic):
        return q
    named_topic = entry_words.named_topic(q.text, store)
    if named_topic and f"{TOPIC_PREFIX}{named_topic}" in dict(ranked):
        topic = named_topic  # "will needling leave bruses?" guessed as technique: the word says after-care
    if topic not in ("sensation", "safety") and FEAR_OF_NEEDLES.search(q.whole.lower()):
        return q  # "terrified of them. can I still do this?": a fear of needles is how it feels
    topics = [topic] + [t for t in q.topics if t != topic]
    return replace(q, intent=best, confidence=conf, topics=topics[:3])


# "trigger point" with a letter missing or doubled ("triger point", "trigerpoints")
_TRIGGER_POINT_TYPED = entry_words.TRIGGER_POINT_TYPED


# how close the classifier's next guess must be to its first for the question's own entry word to decide
SECONDED_MARGIN = 0.1

# How many visits (typed fast: "treatmeants", "appts") for a body part told in the same sentence
HOW_MANY_VISITS_FOR_A_PART = re.compile(
    r"\bhow many (more )?(\w+ ){0,2}(sess\w*|visits?|treat\w*|appoint\w*|appts?)\b.{0,60}\b(for|on|in|with) "
    r"(my|his|her|their|our|the|a|mum'?s|mom'?s|dad'?s|grandma'?s|grandpa'?s)\b"
)

# A drop of blood or a bruise at a needle spot, or whether one will bleed: the bruising entry
# (written rule 6 names them). "bled like a faucet shaving" is told, not had at a session: the
# session words below must be there too.
BLED_AT_THE_NEEDLE = re.compile(
    r"\b(bleed\w*|bled|bruis\w*|(drop|spot|dot|bead) of blood|goutte de sang|un (petit )?bleu|des bleus|"
    r"saign\w*)\b"
)
# A session told or asked about, in any words: a treatment, needles, the table, the point
SESSION_TOLD = re.compile(
    r"\b(on the table|sur la table|au point|at the (needle|point|spot)|the needle spot|"
    r"acupunct\w*|dry needling|ims|s[eé]ance|session|appointment|treatment)\b"
)
# Reactions no entry names (written rule 6) keep the message declined, beside any event above
NO_ENTRY_REACTION = re.compile(
    r"\b(tired|exhausted|wiped|drained|weepy|cr(y|ied|ying)|tears|emotional|faint\w*|pass(ed)? out|dizzy|"
    r"light ?headed|spacey|numb\w*|itch\w*|rash|fever|hives|swell\w*|swollen|won'?t stop|keeps? bleeding|"
    r"still bleeding|pleure\w*|[eé]vanoui\w*|malaise|[eé]tourdi\w*)\b"
)


def _session_event_named(q: Question) -> Optional[str]:
    """The topic of an event at a session the entries name, told or asked about with a session
    (dozing off on the table: sensation; a muscle that jumped under the needle: technique; a bruise
    or a drop of blood: after-care), for a message the classifier was unsure of. None with a
    reaction no entry names beside it (tiredness, a faint, numbness: written rule 6)."""
    low = q.whole.lower()
    if not (q.named or q.context or NEEDLING_WORDS.search(low) or SESSION_TOLD.search(low)):
        return None
    if NO_ENTRY_REACTION.search(low):
        return None
    if DOZED_OFF.search(low) and _DOZED_ON_THE_TABLE.search(low):
        return "sensation"
    if TWITCHED_UNDER_NEEDLE.search(low):
        return "technique"
    if BLED_AT_THE_NEEDLE.search(low):
        return "aftercare"
    return None


def _seconded_topic(q: Question, store: KnowledgeStore) -> Optional[str]:
    """The classifier's second topic guess, close behind its first, when the question sentence names
    one of that topic's entries' own words and no other topic's ("will i bruise??": bruising)."""
    ranked = list(q.ranking or ())
    if len(ranked) < 2 or not ranked[1][0].startswith(TOPIC_PREFIX):
        return None
    second = ranked[1][0][len(TOPIC_PREFIX) :]
    if ranked[0][1] - ranked[1][1] > SECONDED_MARGIN:
        return None
    named = entry_words.named_topic(q.text, store)
    return second if named == second else None


def _anchored(q: Question, store: KnowledgeStore, topic: str) -> bool:
    """Does the message name something the knowledge base is about: a treatment, a condition,
    needles, a curated term, or a word that picks out one of the topic's entries ("trigger
    point")? Only asked of unsure guesses, so the entry scan stays rare."""
    if q.named or q.context or q.conditions or NEEDLING_WORDS.search(q.whole.lower()):
        return True
    if _TRIGGER_POINT_TYPED.search(q.whole.lower()):
        return True  # "what even is a triger point": the term, typed fast
    if entry_words.TRIGGER_POINT_FR.search(q.whole.lower()):
        return True  # "un point gâchette au juste, c'est quoi": the term in French
    if TWITCHED_UNDER_NEEDLE.search(q.whole.lower()) and IN_A_SESSION.search(q.whole.lower()):
        return True  # "le muscle a sauté tout seul quand il a piqué": the twitch, no word for the needle
    if (
        topic == "sensation"
        and DOZED_OFF.search(q.whole.lower())
        and _DOZED_ON_THE_TABLE.search(q.whole.lower())
    ):
        return True  # "I dozed off on the table at my first session, is that weird?": a session had, felt
    if topic == "aftercare" and WORSE_BEFORE_BETTER.search(q.whole.lower()):
        return True  # "the consent form says it could get worse before better, how long?": a session's flare
    if _carries_on(q):
        return True
    if (
        q.previous_topic == topic
        and _words(q.whole) <= FOLLOWUP_MAX_WORDS
        and _REFERS_BACK.search(q.whole.lower())
    ):
        return True  # "what's a trigger point?" then "how do they find them": the same topic, pointed at
    if store.mentions_term(q.whole):
        return True
    text = q.whole.lower()
    return any(
        mentions(text, k)
        for e in store.entries.values()
        if e.topic == topic and not e.is_general
        for k in e.keywords
    )


# Pronouns that point back at the last answer's subject ("how do they find them", "ça se soigne?")
_REFERS_BACK = re.compile(r"\b(them|they|those|these|it|that|this|ones?|les|ils|elles|ça|ca|cela)\b")
# A short follow-up after a clinic answer that opens on it ("and Punjabi?", "et le samedi?")...
_OPENS_ON_CLINIC_ANSWER = re.compile(r"^\W*(and|or|what about|how about|et|ou|pis|puis|mais)\b")
# ...or asks about what comes next ("and after that?", "the ones after?", "et les suivantes?")
_AND_AFTER_THAT = re.compile(
    r"^\W*(and|ok|so|then|but|et|ok et|mais)?\W*(what about |how about )?(after that|then|afterwards|the (next|following) "
    r"(ones?|sessions?|visits?|appointments?)|the (ones?|sessions?|visits?|appointments?) after( that| this| the first( one)?)?|follow[- ]?ups?( visits?)?|(et )?apr[eè]s( (ça|ca|cela))?|"
    r"ensuite|les (suivantes?|suivants|s[eé]ances suivantes|prochaines?( s[eé]ances)?))\W*$"
)


# "and saturdays?", "what about sunday mornings?", "et le dimanche?", "pis le soir?" after the clinic's
# hours, address or phone: a day, a time of day or a way to reach the clinic, opened on the last answer
_OPENS_ON_HANDOFF = re.compile(
    r"^\W*(and|or|what about|how about|also|et|ou|pis|puis|mais|sinon|ok et|ok and)\b"
)
_HANDOFF_WORDS = re.compile(
    r"\b((mon|tues|wednes|thurs|fri|satur|sun)(day)?s?|weekends?|week ?ends?|holidays?|stat(utory)? holidays?|"
    r"mornings?|evenings?|nights?|afternoons?|lunch ?time|early|late|open|opening|close|closing|hours|times?|"
    r"address|phone|number|e-?mail|fax|text|where|when|what time|"
    r"lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|fins? de semaine|f[eé]ri[eé]s?|matins?|soirs?|"
    r"soir[eé]es?|apr[eè]s-midi|midi|heures?|horaires?|ouvert\w*|ferm\w*|adresse|t[eé]l[eé]phone|num[eé]ro|courriel|o[uù]|quand)\b"
)


def _keeps_contact_topic(q: Question) -> bool:
    """A short follow-up to the clinic's hours, address or phone ("and saturdays?" after "what time
    do you close?"): a day, a time or a way to reach the clinic, naming no treatment or
    condition, stays on that hand-off instead of asking which treatment."""
    text = q.whole.lower()
    return (
        q.previous_handoff in HANDOFFS - {"book"}
        and not (q.named or q.conditions or q.red_flag)
        and _words(text) <= FOLLOWUP_MAX_WORDS // 2 + 1
        and bool(_OPENS_ON_HANDOFF.search(text) or _words(text) <= 2)
        and bool(_HANDOFF_WORDS.search(text))
        and not _TREATMENT_WORDS.search(text)
    )


def _keeps_clinic_topic(q: Question) -> bool:
    """A short follow-up to the clinic's own answer that names no treatment or condition: the
    classifier took a language's name for a treatment ("et le pendjabi?") or "after that" for
    after-care; the patient is still asking about that logistics topic."""
    text = q.whole.lower()
    return (
        (q.previous_topic or "").startswith(CLINIC_TOPIC_PREFIX)
        and not (q.named or q.conditions or q.red_flag)
        and _words(text) <= FOLLOWUP_MAX_WORDS
        and bool(
            _AND_AFTER_THAT.search(text)
            or q.intent in ("inform_modality", "nlu_fallback")
            and _OPENS_ON_CLINIC_ANSWER.search(text)
        )
    )


def _carries_on(q: Question) -> bool:
    """A short question that opens on the last answer ("ok how soon could I be back playing?")
    after a knowledge-base answer: it belongs to that conversation, not to out of scope."""
    return (
        bool(q.previous_topic)
        and not (q.previous_topic or "").startswith(CLINIC_TOPIC_PREFIX)
        and _words(q.whole) <= FOLLOWUP_MAX_WORDS
        and bool(_CARRIES_ON.search(q.whole.lower()))
    )


# "even during exam week?", "même en pleine période de stress?": the last question, a circumstance added
_EVEN_WHEN = re.compile(
    r"^\W*(and |but |ok |et |mais |pis )?(even|m[eê]me) (during|in|with|if|when|while|at|on|for|after|en|pendant|durant|avec|si|"
    r"quand|lors|dans|apr[eè]s|pour)\b"
)
_THE_OTHER = re.compile(r"\b(other|others|another|autre|autres)\b")


def _points_back_at_one(q: Question) -> bool:
    """A short follow-up opening on the last answer about one treatment ("is dry needling safe?"
    then "what about the lung thing I read about"): that treatment, no need to ask which."""
    text = q.whole.lower()
    return (
        len(set(q.context)) == 1
        and bool(q.previous_topic)
        and not (q.previous_topic or "").startswith(CLINIC_TOPIC_PREFIX)
        and _words(text) <= FOLLOWUP_MAX_WORDS
        and bool(_FOLLOWS_ON.search(text))
        and not _THE_OTHER.search(text)
    )


# A follow-up that opens on the last answer ("and what about her hands? she's got it in her
# fingers too", "et pour dormir? je dors 4h par nuit", "and IMS? my physio mentioned it"): its
# first sentence is short and opens with "and" / "et" / "what about", whatever story follows.
_OPENS_AS_FOLLOWUP = re.compile(
    r"^\W*((ok|okay|alright|right|d'accord|mais|pis|puis|so|donc)\W+)?(and|et|what about|how about)\b|"
    # "pis pour les poignets?", "puis avec l'IMS?": "pis" / "puis" (and then) opens it alone
    r"^\W*(pis|puis) (pour|avec|si|chez|dans|le|la|les|l'|mon|ma|mes|au|aux)\b"
)
_FIRST_SENTENCE = re.compile(r"^[^?!.]*[?!.]")
OPENING_FOLLOWUP_MAX_WORDS = 6
_TREATMENT_ONLY = re.compile(
    r"^\W*((ok|okay|so|mais|pis|puis)\W+)?(and|et|what about|how about)\W+(for |pour |with |avec )?"
    r"(the |l'|le |la )?(acupuncture|accupuncture|acupuncteur|dry needling|ims|puncture s[eè]che|"
    r"aiguilles s[eè]ches|needling|electro-?acupuncture)\W*$"
)


def _opening_sentence(q: Question) -> Optional[str]:
    """The message's first sentence when it opens on the last knowledge-base answer, short, in the
    follow-up's form ("and what about her hands?", "pis pour les poignets?"), with a story after it."""
    if not q.previous_topic or q.previous_topic.startswith(CLINIC_TOPIC_PREFIX):
        return None
    whole = q.whole.lower().strip()
    first = _FIRST_SENTENCE.match(whole)
    if not first or first.group(0).strip() == whole:
        return None  # nothing after it: the short follow-up rules decide
    sentence = first.group(0)
    if _OPENS_AS_FOLLOWUP.search(sentence) and _words(sentence) <= OPENING_FOLLOWUP_MAX_WORDS:
        return sentence
    return None


# "c'est sans danger pour lui?", "est-ce sans risque pour elle?": whether it is safe, in French
_SAFE_FOR_THEM_FR = re.compile(r"\b(sans (danger|risques?)|s[eé]curitaire)\b")


def _on_the_conversations_treatment(q: Question) -> bool:
    """Does the message open on the last knowledge-base answer about a treatment ("what about the
    twitch thing, my mate said his whole leg kicked", "et les exercices?"), however long the story
    after the opening?"""
    return (
        bool(q.context)
        and bool(q.previous_topic)
        and not (q.previous_topic or "").startswith(CLINIC_TOPIC_PREFIX)
        and bool(_FOLLOWS_ON.search(q.whole.lower()))
    )


def _opens_as_followup(q: Question) -> bool:
    """Does the message's first sentence open on the last answer about a treatment, short, with
    only a story after it? The conversation's treatment and topic carry on."""
    return bool(q.context or q.named) and _opening_sentence(q) is not None


# "and is IMS any different?", "any different with dry needling?", "c'est différent pour l'IMS?": the
# last question asked again of another treatment, compared with nothing named ("different from X")
_ANY_DIFFERENT = re.compile(
    r"^\W*((and|but|so|ok|okay|what about|how about|et|mais|pis|puis)\W+)*((is|are|would|will|does|do|was)\b (it|that|this|things?|"
    r"\w+|\w+ \w+|l'\w+) (be )?|(et )?(l'\w+|le dry needling|la puncture s[eè]che|ims|acupuncture|dry needling),? )?"
    r"(any |much |very |at all |really |that |c'est |est-ce |(c'est|est-ce) (\w+ )?)?(different|differ|pareil|diff[eé]rent\w*)\b"
    r"(?! (from|than|to|between|de|que|qu'|entre)\b)"
)
# topics a comparison of treatments would answer itself
_COMPARES_ITSELF = {"difference", "choosing", "overview", "origins"}


def _any_different_for_another(q: Question) -> bool:
    """A short "is IMS any different?" after an answer on one aspect of another treatment: that
    aspect, for the treatment named now, not how the treatments differ in general."""
    if not q.previous_topic or q.previous_topic.startswith(CLINIC_TOPIC_PREFIX):
        return False
    if q.previous_topic in _COMPARES_ITSELF or not q.context or not q.named:
        return False
    if not set(q.named) - set(q.context) or len(set(q.named)) > 1:
        return False
    first = _FIRST_SENTENCE.match(q.whole.lower().strip())
    sentence = first.group(0) if first else q.whole.lower()
    return _words(sentence) <= FOLLOWUP_OPENING_MAX_WORDS // 2 + 1 and bool(_ANY_DIFFERENT.search(sentence))


def _continues(q: Question) -> bool:
    """Is this a short follow-up that keeps the conversation's topic? "and for IMS?" (the
    classifier unsure, or naming a treatment only), "is that the same for the neck?" (even when
    the classifier named another topic), never "what about the weather?"."""
    if q.intent == "inform_modality":
        return True
    if _any_different_for_another(q):
        return True  # "does acupuncture hurt?" then "and is IMS any different?": how IMS feels
    if _opens_as_followup(q) and (
        q.confidence < OPENING_FOLLOWUP_MAX_CONFIDENCE
        or _TREATMENT_ONLY.search(_FIRST_SENTENCE.match(q.whole.lower().strip()).group(0).strip())
    ):
        # "et pour dormir? je dors genre 4h par nuit" (the classifier unsure), "and IMS? my physio
        # mentioned it for my shoulder" (another treatment, the same question)
        return True
    if (
        q.previous_topic
        and q.context
        and not q.previous_topic.startswith(CLINIC_TOPIC_PREFIX)
        and _words(q.whole) <= FOLLOWUP_MAX_WORDS
        and _EVEN_WHEN.search(q.whole.lower())
    ):
        return True  # "does it help stress?" then "even during exam week?": the same question
    if not q.previous_topic or not _is_followup(q):
        return False
    concrete = bool(q.named or q.conditions)
    if asks_same_as(q):
        return False  # "is it the same thing as dry needling?" asks how they differ
    if q.intent == "nlu_fallback":
        return True
    if q.intent == "out_of_scope":
        return concrete
    return q.intent.startswith(TOPIC_PREFIX) and concrete and bool(_FOLLOWUP_FORM.search(q.whole.lower()))


def _follow_up(store: KnowledgeStore, q: Question) -> Decision:
    """A short follow-up keeps the conversation's topic: "and for IMS?", "same for the neck?";
    unless its wording says which entry answers it (entry_choice's table, from that topic): "ok
    how many sessions does that usually take?" after the research is the course of treatment."""
    topic = q.previous_topic or "overview"
    if q.previous_topic and not topic.startswith(CLINIC_TOPIC_PREFIX):
        topic = question_topic(replace(q, topics=[topic]))
    about_afterwards = AFTER_A_SESSION.search(q.whole.lower()) or worse_after_session(q)
    story_condition = (
        None
        if q.previous_topic or about_afterwards or TIPS.search(q.whole)
        else (next(iter(q.conditions), None) or body.musculoskeletal_condition(q.whole))
    )
    if not q.previous_topic and (
        NEEDLES_PUT_THERE.search(q.whole.lower())
        and (asks_how_it_works(q.whole.lower()) or WHY.search(q.whole.lower()))
        # "my physio needled around my knee, not the sore spot. why around it and not on it?"
        or WHERE_NEEDLES_GO.search(q.whole.lower())
        and WHY.search(q.text.lower())
    ):
        # "sore foot. the acupuncturist put needles in my HAND for it?? how is that supposed to
        # work": where the needles go and why is how it is done, not the research on feet
        return answer_topic(store, replace(q, topics=["technique", "overview"]), "technique")
    if story_condition and not FEAR_OF_NEEDLES.search(q.whole.lower()):
        # the first message, "shin splints. dry needling, yes or no?", read as only naming a
        # treatment: whether it helps that problem (rule 9)
        q = replace(q, conditions=q.conditions or frozenset([story_condition]))
        q = replace(q, asked_conditions=q.asked_conditions or q.conditions)
        return answer_topic(
            store, replace(q, topics=["evidence", "conditions"]), "evidence", rule="condition_question"
        )
    if not q.previous_topic and FEAR_OF_NEEDLES.search(q.whole.lower()):
        # the first message, "I faint at needles... should I just avoid acupuncture?", read as only
        # naming a treatment: a fear of needles (or of fainting) is how it feels
        topic = "sensation"
    if topic.startswith(CLINIC_TOPIC_PREFIX):  # "and for dry needling?" after the clinic's fees
        return Decision("followup", "clinic", clinic_topic=topic[len(CLINIC_TOPIC_PREFIX) :])
    term = _health_word_followed_up(q, store)
    if term:
        # "can acupuncture help migraines?" then "and what about scoliosis?": a health word the knowledge
        # base never uses is declined (rule 13), never answered from the last condition's entry
        return Decision("unknown_health_term", "fallback", reason="not_covered", term=term)
    if not q.named and not q.context and not q.conditions:
        return Decision("ask_which", "clarify", topic=topic)  # "and for the neck?" needs no treatment
    if not q.conditions:  # "and acupuncture?" after "does IMS help my neck?": still the neck
        q = replace(q, conditions=_another_body_part(q) or q.context_conditions)
    return answer_topic(store, q, topic, rule="followup")


def _health_word_followed_up(q: Question, store: KnowledgeStore) -> Optional[str]:
    """The unknown health word a follow-up in the follow-up's form asks about ("and what about
    scoliosis?", "what about my dad's acid reflux?"), as rule 13 reads a question sentence; None for
    a named one-area diagnosis, the needles, or a circumstance added ("even with a newborn?")."""
    text = q.text.lower()
    if not _FOLLOWS_ON.search(text) or _EVEN_WHEN.search(text):
        return None  # "even with a newborn at home?": a circumstance added to the last question
    if ABOUT_THE_NEEDLES.search(text) or FEAR_OF_NEEDLES.search(q.whole.lower()):
        return None
    term = unknown_health_term(without_child_carried(q.text.lower()), store)
    if term and any(term in phrase for phrase in body.diagnosis_phrases(q.text)):
        return (
            None  # "and what about carpal tunnel?": a one-area diagnosis the entries answer (written rule 1)
        )
    return term


# The last question's complaint, kept when the follow-up only moves it to another body part: a
# kind of problem (a tendon, a nerve, arthritis), not a place (the neck, the lower back)
_COMPLAINT_KINDS = frozenset(
    {"tendinopathy", "nerve_pain", "sports_injury", "myofascial_pain", "chronic_pain"}
)


def _another_body_part(q: Question) -> FrozenSet[str]:
    """The condition a follow-up naming only another body part or a one-area diagnosis asks about
    ("does it help neck pain?" then "pis pour les poignets?", "and my wrists?", "and what about carpal
    tunnel?"): the diagnosis's, that body part's complaint, the last question's kind of problem, or
    muscle and joint pain; never the last body part again."""
    text = q.text.lower()
    condition = body.musculoskeletal_condition(text)  # "and what about carpal tunnel?": its own
    if not condition and body.names_body_part(text):
        kept = [c for c in sorted(q.context_conditions) if c in _COMPLAINT_KINDS]
        condition = kept[0] if kept else "myofascial_pain"
    return frozenset([condition]) if condition else frozenset()


# A few questions that reach every lazily built table route() reads: the health-word guard's
# phrases, the not-covered subjects and their word index, the knowledge base's vocabulary and the
# topic examples (bot/knowledge/anchoring.py). English and French, a story and a question.
_WARM_UP_QUESTIONS = (
    ("does dry needling hurt?", "ask_sensation", "my back has been sore for weeks."),
    ("est-ce que l'acupuncture peut aider?", "ask_conditions", "j'ai mal au genou depuis un mois."),
    ("can acupuncture help my frozen gizmo?", "ask_conditions", ""),
)


def warm_up(store) -> None:
    """Build those tables now, not on the first patient's message. Why: on a fresh action server
    the first route() call took 5 to 7 s (the health-word phrases looked up in the knowledge base,
    ~5,000 subject patterns compiled, the topic examples read), and a patient waited that long.
    The action server calls this once, when its answer action is registered (actions/knowledge_answer.py)."""
    for text, intent, story in _WARM_UP_QUESTIONS:
        route(
            Question(
                text=text,
                intent=intent,
                confidence=0.9,
                topics=[intent[4:]],
                named=[],
                context=[],
                full_text=f"{story} {text}".strip(),
                ranking=[(intent, 0.9)],
            ),
            store,
        )
