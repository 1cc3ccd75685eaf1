/**
 * Words that decide whether a clause asserts what it says: questions, conditions, hypotheses,
 * modality, negation, and speech the writer reports rather than asserts. Lemmas unless noted; a
 * linguist can review this file without reading any code.
 */

/** Lemmas that open a conditional or concessive clause: "If Moscow recognised the Taliban, ...". */
export const CONDITIONAL_MARKERS: readonly string[] = ['if', 'unless', 'whether', 'suppose', 'supposing', 'provided', 'assuming', 'lest', 'once'];

/** Auxiliaries that open a condition by inversion: "Had Moscow closed its embassy, ...", "Were Russia to recognise ...". */
export const INVERTED_CONDITION_AUXILIARIES: readonly string[] = ['had', 'were', 'should'];

/** Labels that make what follows a question put to the reader: "True or false: Moscow shut its embassy." */
export const QUESTION_LABELS: readonly string[] = ['true or false', 'fact or fiction', 'fact or myth', 'myth or fact', 'true or not'];

/** Modal auxiliaries and adverbs: the clause speaks of a possibility, not a fact. */
export const MODAL_WORDS: readonly string[] = [
  'may', 'might', 'could', 'would', 'should', 'must', 'shall', 'can', 'will',
  'perhaps', 'maybe', 'possibly', 'probably', 'likely', 'unlikely', 'potential', 'potentially', 'possible', 'hypothetical', 'hypothetically',
  'reportedly', 'allegedly', 'supposedly', 'apparently', 'purportedly',
  'conditional', 'pending', 'prospective', 'distant', 'eventual', 'eventually', 'someday', 'future',
];

/** "can" speaks of ability as often as of possibility. */
export const WEAK_MODALS: readonly string[] = ['can'];

/** Words of prediction: "will", "shall", "'ll". */
export const FUTURE_WORDS: readonly string[] = ['will', 'shall', "'ll", 'wo'];

/** Verbs that make their complement an aim, a plan or a wish: "Moscow seeks to recognise ...". */
export const INTENTION_VERBS: readonly string[] = [
  'seek', 'aim', 'plan', 'want', 'wish', 'hope', 'intend', 'try', 'attempt', 'consider', 'weigh', 'mull', 'propose', 'threaten', 'risk',
  'expect', 'prepare', 'move', 'push', 'urge', 'call', 'press', 'lobby', 'demand', 'ask', 'offer', 'promise', 'pledge', 'vow',
];

/** Verbs that permit what their infinitive names: "amendments allowed courts to suspend such listings". */
export const PERMISSION_VERBS: readonly string[] = ['allow', 'permit', 'enable', 'empower', 'authorise', 'authorize', 'entitle', 'let'];

/**
 * Verbs whose "that" clause is a proposal, not a fact: "recommended that the Kremlin remove the
 * Taliban from the list" says no one has removed them. (Not "suggest" or "insist", which also
 * report facts.)
 */
export const MANDATIVE_VERBS: readonly string[] = ['recommend', 'propose', 'urge', 'demand', 'request', 'ask', 'advise', 'require', 'order', 'petition', 'move', 'stipulate', 'decree'];

/** Nouns after which a clause is a possibility or a request: "talk of recognition", "calls for ...". */
export const INTENTION_NOUNS: readonly string[] = ['possibility', 'prospect', 'chance', 'plan', 'proposal', 'bid', 'push', 'talk', 'call', 'hope', 'risk', 'question', 'idea', 'option', 'scenario', 'step toward', 'step towards', 'path to', 'path toward'];

/** Negating words, beside wink's own negation scope. */
export const NEGATORS: readonly string[] = ['not', 'never', 'no', 'nor', 'neither', 'without', 'none', 'nobody', 'nothing', 'nowhere'];

/**
 * Texts that can "have" someone do something, in the sense of depicting it: "the draft has Moscow
 * shutting its embassy", "the column has the listing dating from 1999". What they depict is
 * theirs to answer for, as if they had said it.
 */
export const DEPICTING_TEXTS: readonly string[] = [
  'draft', 'para', 'paragraph', 'article', 'piece', 'story', 'column', 'chapter', 'section', 'version', 'text', 'book', 'novel',
  'film', 'script', 'report', 'timeline', 'entry', 'page', 'lede', 'lead', 'headline', 'caption', 'slide', 'copy', 'memo', 'brief', 'note',
];

/** Words that negate the status word right after them ("never closed", "nothing final"). */
export const WORD_NEGATORS: readonly string[] = ['not', 'never', 'no', 'nothing', 'none', 'nor', "n't", 'without'];

/** Words that make a change of status only part of one ("partially evacuate", "partly closed"): the status still holds. */
export const PARTIAL_WORDS: readonly string[] = ['partially', 'partly', 'partial', 'half'];

/** Verbs whose complement is denied ("has yet to recognise", "failed to", "refused to"). */
export const NEGATING_VERBS: readonly string[] = ['fail', 'refuse', 'decline', 'deny', 'stop short', 'shy away', 'resist', 'avoid', 'reject', 'withhold', 'hold off', 'rule out'];

/**
 * Predicates that say a state is drawing near, so it does not hold yet: "recognition has become
 * much closer", "a deal is within reach". Said of the status noun as a linking verb's subject.
 */
export const NEARING_PREDICATES: readonly string[] = ['closer', 'nearer', 'close', 'near', 'imminent', 'within reach', 'in sight', 'on the horizon', 'on the cards', 'on the table'];

/** "has yet to", "is yet to", "some time away from": not (yet). */
export const NOT_YET: readonly string[] = ['yet to', 'has yet to', 'have yet to', 'is yet to', 'are yet to', 'away from', 'far from', 'short of', 'stopped short of', 'stops short of', 'stop short of'];

/**
 * Reporting verbs: the complement is someone else's claim ("officials said the attack came in
 * 2023"). Verbs that also assert their complement in the writer's voice ("confirmed", "showed")
 * are not here.
 */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'claim', 'allege', 'insist', 'argue', 'assert', 'contend', 'maintain', 'suggest', 'tell', 'state', 'declare', 'stress',
  'warn', 'write', 'believe', 'think', 'accuse', 'blame', 'charge', 'speculate', 'posit', 'report', 'tweet', 'post', 'repeat',
  'reckon', 'assume', 'imply', 'hint', 'testify', 'recount', 'remark', 'comment', 'describe', 'misstate', 'misreport',
  'add', 'explain', 'describe', 'characterize', 'portray', 'paint', 'frame', 'dub', 'call', 'label', 'term', 'quote', 'cite',
  'affirm', 'announce',
];

/**
 * Factive verbs: the writer who says someone "noted" or "pointed out" that X takes X as true, so X
 * is the writer's claim ("The Observatory noted that the decision came two years after ...").
 * Kept apart from the reporting verbs on purpose; nothing reads this list but the test that keeps
 * the two lists apart.
 */
export const FACTIVE_VERBS: readonly string[] = ['note', 'observe', 'point out', 'acknowledge', 'admit', 'concede', 'recall', 'remind', 'reveal', 'show', 'confirm', 'realise', 'realize', 'know', 'discover', 'notice', 'demonstrate', 'prove', 'establish', 'regret'];

/** Reporting that introduces its source: "according to officials", "in the words of". */
export const REPORTING_PHRASES: readonly string[] = ['according to', 'in the words of', 'in the view of', 'as told by', 'as reported by', 'per'];

/** Nouns that name a claim: "the claim that", "Moscow's allegation". */
export const CLAIM_NOUNS: readonly string[] = ['claim', 'allegation', 'assertion', 'contention', 'accusation', 'charge', 'argument', 'statement', 'story', 'narrative', 'rumour', 'rumor', 'report', 'suggestion', 'theory', 'line', 'talking point', 'myth', 'misconception', 'belief', 'view', 'version', 'account', 'post'];

/**
 * Words that reject a reported claim: "a claim for which there is no evidence", "falsely", "in
 * fact". One of them near a report, in the same sentence or the next, makes the report a rejected
 * one. Word forms, not lemmas: "wrong" and "wrongly" both count.
 */
export const REJECTION_WORDS: readonly string[] = [
  'false', 'falsely', 'wrong', 'wrongly', 'incorrect', 'incorrectly', 'untrue', 'inaccurate', 'inaccurately', 'mistaken', 'mistakenly',
  'erroneous', 'erroneously', 'baseless', 'unfounded', 'groundless', 'unsupported', 'unsubstantiated', 'debunked', 'misleading',
  'no evidence', 'without evidence', 'not true', 'not so', 'not correct', 'not the case', 'in fact', 'actually', 'in reality',
  'fabricated', 'bogus', 'myth', 'fiction', 'nonsense', 'disputed', 'dubious', 'doubtful', 'rated', 'verdict', 'misstated', 'misremembered',
  'conflates', 'confuses', 'confused', 'garbled', 'off by', 'correction', 'corrected', 'rather than', 'not quite', 'no basis',
];

/** Tags that withdraw a line of the draft's own: "[SUPERSEDED, see 09:40]", "(retracted)". */
export const RETRACTION_TAGS: readonly string[] = ['superseded', 'retracted', 'withdrawn', 'struck', 'deleted', 'scrapped', 'see correction'];

/** Words opening a bracketed note that corrects the line before: "[No: 2003.]", "[Wrong, it was 2003.]". */
export const CORRECTION_OPENERS: readonly string[] = ['no', 'wrong', 'incorrect', 'not so', 'correction', 'false', 'error'];

/** Estimates and the sources they are attributed to: "a 2010 U.S. survey put them at $1 trillion". */
export const ESTIMATE_SOURCE_NOUNS: readonly string[] = [
  'survey', 'study', 'report', 'estimate', 'assessment', 'analysis', 'review', 'index', 'census', 'count', 'tally', 'figure', 'data',
  'geologist', 'expert', 'analyst', 'official', 'ministry', 'government', 'agency', 'bank', 'institute', 'researcher', 'economist', 'source', 'observer', 'critic', 'study',
  'memo', 'memorandum', 'paper', 'document', 'briefing', 'forecast', 'projection', 'valuation', 'appraisal', 'audit', 'calculation',
  'people', 'commentator', 'pundit', 'journalist', 'scholar', 'diplomat', 'broker',
];

/** Verbs that attribute a figure to whoever estimated it. */
export const ESTIMATE_VERBS: readonly string[] = ['put', 'estimate', 'value', 'peg', 'place', 'calculate', 'reckon', 'project', 'forecast', 'assess', 'find', 'suggest', 'say', 'claim', 'count', 'tally', 'report', 'record', 'uncover', 'discover', 'identify', 'reveal', 'map'];

/** Words that take back what was just said, after a dash or a comma: "in twenty twenty— sorry, twenty twenty-two", "in 2002, no wait, 2004". */
export const REPAIR_MARKERS: readonly string[] = ['sorry', 'i mean', 'rather', 'or rather', 'correction', 'make that', 'no wait', 'scratch that', 'pardon'];

/**
 * Words that say the state a noun names is not (yet) real: "recognition remains conditional",
 * "the start of formal recognition", "prerequisites for official recognition".
 */
export const NOT_REAL_WORDS: readonly string[] = [
  'conditional', 'pending', 'unlikely', 'unclear', 'premature', 'uncertain', 'distant', 'elusive', 'off the table', 'start of', 'beginning of', 'prerequisite', 'prerequisites',
  'precondition', 'preconditions', 'condition for', 'conditions for', 'road to', 'way to', 'path to', 'toward', 'towards', 'eventual', 'potential', 'possible', 'future',
  'prospective', 'hypothetical', 'would-be', 'quest for', 'push for', 'bid for', 'seek', 'seeking', 'sought', 'want', 'wants', 'wanted', 'hope for', 'hopes for', 'aim', 'goal',
];

/** Sources a correction notice sets aside: "An earlier version of this article said ...". */
export const SUPERSEDED_SOURCES: readonly string[] = ['earlier version', 'previous version', 'original version', 'earlier draft', 'earlier edition', 'previous edition', 'first version'];

/** Reporting verbs that take a noun and an "as" phrase: "described Voice of Khorasan as an al-Qaeda magazine". */
export const CHARACTERISING_VERBS: readonly string[] = ['describe', 'characterise', 'characterize', 'portray', 'depict', 'misdescribe'];
