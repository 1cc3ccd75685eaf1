/**
 * Grammatical words the reader needs by name: the personal pronouns that can be a clause's
 * subject ("and it carried out", "they back", "a label it had carried").
 */
export const SUBJECT_PRONOUNS: readonly string[] = ['i', 'we', 'you', 'they', 'he', 'she', 'it'];

/**
 * Particles of phrasal verbs, which may stand after the verb's object: "struck the group off its
 * list", "carried it out", "handed the ruling down".
 */
export const VERB_PARTICLES: readonly string[] = ['off', 'down', 'out', 'up', 'away', 'back', 'over'];

/**
 * Prepositions that a verb's trigger may take as its second word with the verb's object between
 * them, like a particle: "struck the group from the register" (the trigger "strike from"). Only a
 * trigger written with the preposition is found this way.
 */
export const SEPARABLE_PREPOSITIONS: readonly string[] = ['from'];

/**
 * Prepositions after which a status noun is only mentioned, not presented as holding: "the start
 * of the recognition", "calls for recognition", "a different measure from Russia's list".
 */
export const MENTIONING_PREPOSITIONS: readonly string[] = ['of', 'for', 'from', 'than', 'like', 'unlike'];

/** Verbs that carry a noun's frame without adding one of their own: "grant recognition", "keep an embassy". */
export const SUPPORT_VERBS: readonly string[] = ['grant', 'take', 'extend', 'give', 'keep', 'make', 'sign', 'impose', 'announce', 'launch', 'hold', 'provide', 'offer', 'conduct', 'maintain', 'have', 'accord', 'receive', 'accept', 'open', 'close', 'shut', 'lift', 'remove', 'annul', 'end', 'drop', 'scrap', 'revoke', 'suspend', 'issue', 'put', 'place', 'publish', 'run', 'produce', 'carry', 'perpetrate', 'stage', 'mount', 'commit', 'claim', 'reach', 'conclude', 'strike', 'seal', 'ink', 'pursue', 'begin', 'start', 'deepen', 'expand', 'step', 'establish', 'build', 'forge', 'leave', 'withdraw', 'pull', 'shutter', 'operate', 'retain', 'preserve', 'continue', 'remain', 'stay', 'become', 'be', 'serve', 'act', 'name', 'appoint', 'call', 'label', 'designate', 'list', 'ban', 'outlaw', 'declare', 'brand', 'consider', 'see', 'view', 'treat', 'regard'];

/**
 * Support verbs of naming or regarding: they carry the frame of the noun they predicate of their
 * object ("Moscow calls the Taliban a terrorist group"), never of their object itself ("Putin
 * called the attack barbaric" does not make Putin its agent).
 */
export const REGARDING_VERBS: readonly string[] = ['call', 'label', 'brand', 'consider', 'see', 'view', 'treat', 'regard'];

/** Verbs with two objects, the first the one who receives: "grant the Taliban recognition". */
export const GIVING_VERBS: readonly string[] = ['grant', 'give', 'offer', 'extend', 'accord', 'award', 'deny', 'refuse', 'hand', 'send', 'lend', 'promise', 'afford'];

/**
 * Support verbs of telling: who announces an act may not be who did it ("the foreign ministry
 * announced the decision" of a court), so their subject may confirm the act's agent, never
 * contradict it.
 */
export const ANNOUNCING_VERBS: readonly string[] = ['announce', 'unveil', 'publicise', 'publicize'];

/** Support verbs that end what their noun names; their subject did not do what the noun names. */
export const ENDING_VERBS: readonly string[] = ['lift', 'remove', 'annul', 'end', 'drop', 'scrap', 'revoke', 'suspend', 'cancel', 'overturn', 'strike', 'rescind', 'repeal', 'abolish', 'quash', 'void'];

/** Verbs that link a subject to a noun that says what it is or does: "Kabulov is the envoy", "served as envoy". */
export const LINKING_VERBS: readonly string[] = ['be', 'remain', 'become', 'serve', 'act', 'stay', 'continue'];

/** Verbs of becoming and seeming, which link a subject to a predicate as "be" does: "recognition has grown closer". */
export const BECOMING_VERBS: readonly string[] = ['get', 'grow', 'draw', 'come', 'look', 'seem', 'appear', 'move'];

/** Nouns that refer back to a group or a state named before: "the group", "the movement". */
export const GROUP_NOUNS: readonly string[] = ['group', 'movement', 'organisation', 'organization', 'militants', 'insurgents', 'regime', 'country', 'state', 'government', 'administration', 'authorities', 'emirate'];

/** Verbs that do what their object noun names: "grant recognition", "impose a ban", "sign an agreement". */
export const DOING_VERBS: readonly string[] = ['grant', 'extend', 'accord', 'give', 'confer', 'offer', 'impose', 'introduce', 'sign', 'conclude', 'reach', 'strike', 'seal', 'ink', 'open', 'keep', 'maintain', 'establish', 'issue', 'adopt', 'enact', 'announce', 'carry', 'launch', 'receive', 'win', 'gain', 'obtain', 'secure', 'get', 'enjoy', 'have', 'hold', 'retain'];

/** Verbs whose complement describes their subject's state: "the agreements are final", "kept its embassy open". */
export const PREDICATE_VERBS: readonly string[] = ['be', 'remain', 'stay', 'keep', 'become', 'seem', 'look'];

/** Conjunctions that set one clause against another: ", but Russia kept its embassy open". */
export const CONTRASTING_CONJUNCTIONS: readonly string[] = ['but', 'yet'];

/** Words that set two things against each other: "separate the Beslan siege from Crocus", "worse than the 2002 siege". */
export const CONTRAST_WORDS: readonly string[] = ['from', 'than', 'unlike', 'versus', 'vs', 'between', 'compared', 'whereas', 'while'];

/** Comparatives before "than" that compare an amount: "more than 140 people". */
export const QUANTITY_COMPARATIVE_WORDS: readonly string[] = ['more', 'less', 'fewer', 'over', 'under', 'rather', 'other'];

/**
 * Question words that open the phrase a fragment answer fills: "Which court removed the
 * Taliban from the list? The Supreme Court." "how" counts with the word after it ("how long",
 * "how much", "how many").
 */
export const WH_DETERMINERS: readonly string[] = ['what', 'which'];
export const WH_PRONOUNS: readonly string[] = ['who', 'whom'];
/** Question words for a time or a place: their answer stands after a preposition ("in March 2024"). */
export const WH_ADVERBS: readonly string[] = ['when', 'where'];
export const WH_DEGREE_WORDS: readonly string[] = ['long', 'much', 'many', 'old'];
/** Labels before an answer: "Answer: August 2021.", "A: The Supreme Court." */
export const ANSWER_LABELS: readonly string[] = ['answer', 'a', 'ans', 'reply', 'response'];
/** Labels before a question on a card or sheet: "Q: Who struck it down?". */
export const QUESTION_CARD_LABELS: readonly string[] = ['question', 'q'];

/** Words that may open a clause before its subject: "and it", "so it stood", "but then it". */
export const CLAUSE_OPENERS: readonly string[] = ['and', 'but', 'yet', 'or', 'so', 'then', 'thus', 'hence'];

/** Relative pronouns, which open a clause about the noun before them: "the minerals, which people put at". */
export const RELATIVE_PRONOUNS: readonly string[] = ['which', 'who', 'whom', 'whose', 'where', 'that'];

/** Conjunctions that open a clause conceding or contrasting with its own subject: "though China has led". */
export const CONCESSIVE_MARKERS: readonly string[] = ['though', 'although', 'whereas', 'while'];

/**
 * Agent verbs that make their subject the doer only with the event as their object ("IS-K
 * claimed the attack"); before a clause they report ("claimed Ukraine was involved").
 */
export const OBJECT_ONLY_AGENT_VERBS: readonly string[] = ['claim'];

/** Conjunctions that open a subordinate clause: "because the court ruled", "until it was lifted". */
export const SUBORDINATORS: readonly string[] = ['because', 'although', 'though', 'while', 'whereas', 'since', 'after', 'before', 'when', 'as', 'once', 'until', 'till', 'unless', 'if', 'whether', 'so', 'lest', 'whenever', 'wherever'];

/** Relative pronouns that describe a thing rather than a person: "the listing, which stood ...". */
export const NONPERSONAL_RELATIVE_PRONOUNS: readonly string[] = ['which', 'that'];

/** Nouns whose "that" opens what they hold, not a clause describing them: "the claim that Kabul fell in 2020". */
export const CONTENT_NOUNS: readonly string[] = ['claim', 'allegation', 'assertion', 'argument', 'suggestion', 'belief', 'view', 'fact', 'report', 'statement', 'accusation', 'charge', 'notion', 'idea', 'news'];

/** Phrases that open a subordinate clause as a single conjunction does: "by the time Kabul fell". */
export const SUBORDINATING_PHRASES: readonly string[] = ['by the time', 'as soon as', 'now that', 'ever since'];
