/**
 * Words that place a statement in time: whether a clause presents a state as holding now, speaks
 * of the past, or marks an event as the first, a repeat or an earlier one.
 */

/** Adverbs and verbs that present a state as still holding ("still lists", "remains banned"). */
export const CONTINUING_WORDS: readonly string[] = ['still', 'currently', 'now', 'today', 'presently', 'remain', 'continue', 'stay', 'as of now', 'to this day', 'to date', 'ongoing', 'continuing', 'persist', 'at present', 'so far'];

/** Words that speak of the writer's own now, even in a passage set in the past ("Today the listing is gone"). */
export const WRITERS_NOW_WORDS: readonly string[] = ['now', 'today', 'currently', 'presently', 'at present', 'as of now', 'to this day', 'to date', 'so far', 'nowadays', 'these days'];

/**
 * Words that tell of a change since an act ("have since signed", "has now signed", "became
 * binding"): with one of these, a status said of the act's outcome may be a later one. Not words
 * that only order a past narrative ("later signed", "then signed").
 */
export const CHANGE_WORDS: readonly string[] = ['since', 'since then', 'now', 'recently', 'lately', 'newly', 'become', 'upgrade', 'convert', 'turn into'];

/** Words that add a clause's subject to what the sentence before told: "Russia, too, closed its mission". */
export const ADDITIVE_WORDS: readonly string[] = ['too', 'also', 'likewise', 'as well', 'similarly', 'in turn'];

/** Words that put a clause in the past, or say a state no longer holds. */
export const PAST_WORDS: readonly string[] = [
  'formerly', 'previously', 'once', 'then', 'back', 'earlier', 'originally', 'initially', 'used to', 'at the time', 'at that time', 'in those days',
  'no longer', 'until', 'till', 'before', 'ex', 'former', 'erstwhile', 'onetime', 'historically', 'long', 'ago',
];

/** Present forms of be, have and do: a clause with one of these, unmarked for the past, speaks of now. */
export const PRESENT_AUXILIARIES: readonly string[] = ['is', 'are', 'am', "'s", 'has', 'have', 'does', 'do', 'remains', 'remain', 'stays', 'continues'];

/** Past forms of be, have and do. */
export const PAST_AUXILIARIES: readonly string[] = ['was', 'were', 'had', 'did', "'d"];

/** Words that mark an event as the first of its kind or an earlier one: not a later repeat. */
export const FIRST_WORDS: readonly string[] = ['first', 'initial', 'initially', 'original', 'originally', 'earlier', 'previous', 'previously', 'prior', 'once', 'before'];

/** Words that mark an event as a repeat or a return. */
export const REPEAT_WORDS: readonly string[] = ['again', 'second', 'return', 'returned', 'retake', 'retook', 'recapture', 'recaptured', 'renewed', 'back', 'once more', 'anew', 'latest', 'most recent'];

/** Light verbs that say when an event happened without naming it: "It came in March 2024." */
export const LIGHT_VERBS: readonly string[] = ['come', 'happen', 'occur', 'take place', 'unfold', 'strike', 'follow', 'be', 'date', 'arrive', 'begin', 'start', 'go'];

/** Pronouns and determiners that refer back to what the previous sentence named. */
export const ANAPHORS: readonly string[] = ['it', 'this', 'that', 'these', 'those', 'they', 'its', 'their'];

/** Nouns that refer back to an event or decision without naming it: "the move", "the decision". */
export const GENERAL_EVENT_NOUNS: readonly string[] = ['event', 'incident', 'move', 'step', 'decision', 'development', 'episode', 'affair', 'shift', 'change'];

/**
 * Prepositions that set a change in the time of the event they name: "shut its embassy after the
 * takeover", "closed during the chaos of the takeover". ("Before" and "since" do not: they give
 * a time other than the event's.)
 */
export const EVENT_TIME_PREPOSITIONS: readonly string[] = ['after', 'following', 'during', 'amid', 'amidst', 'in the wake of', 'in the aftermath of', 'in the days after', 'in the weeks after', 'in the months after'];

/** Prepositions that make the event after them a point of reference: "its best-known strike before Crocus". */
export const ANCHOR_PREPOSITIONS: readonly string[] = ['before', 'after', 'since', 'until', 'till', 'following', 'prior to', 'ahead of', 'in the wake of', 'preceding', 'pre', 'post'];

/**
 * Words that make "since" open a period of comparison rather than date an event: "the deadliest
 * attack since 2004", "more people than any attack since 2004", "the first visit since 2019".
 * Superlatives ending in -est are recognised by their form; these are the other markers.
 */
export const COMPARISON_MARKERS: readonly string[] = ['most', 'least', 'first', 'only', 'than any', 'than ever', 'biggest', 'worst', 'best'];

/**
 * Openings of a sentence that sets the time of the narration before it ("Russia lists the Taliban
 * as a terrorist organisation. The year is 2003."): a present tense there is a historical one.
 */
export const TIME_SETTERS: readonly string[] = ['the year is', 'the year was', 'it is', 'it was', 'we are in', 'we are now in', 'this is', 'this was'];

/** Words that make a title a past one: "the former special representative", "then-envoy". */
export const FORMER_WORDS: readonly string[] = ['former', 'formerly', 'ex', 'onetime', 'one-time', 'erstwhile', 'previous', 'previously', 'then', 'once', 'earlier', 'retired', 'longtime', 'outgoing'];

/**
 * Markers of a clause that gives the time of the clause it depends on: "shut its embassy when
 * Kabul fell". Not "after" or "since" (a later time, not that one) nor "as" (also a comparison).
 */
export const WHEN_CLAUSE_MARKERS: readonly string[] = ['when', 'while'];

/** Phrases that date a state from its start: "the listing dates from 2003", "went back to 2003". By lemma. */
export const ORIGIN_PHRASES: readonly string[] = ['date back', 'date from', 'go back', 'stretch back', 'trace back', 'in place from', 'in place since', 'in force from', 'in force since', 'on the book since', 'on the list since'];

/**
 * Labels before a number that make it an identifier, not a year: "Resolution 1267", "EDM 1187",
 * "No. 2003", "Flight 2021", "para 2014".
 */
export const IDENTIFIER_LABELS: readonly string[] = [
  'no', 'nos', 'number', 'resolution', 'motion', 'edm', 'bill', 'decree', 'order', 'article', 'case', 'docket', 'file', 'flight',
  'item', 'ref', 'reference', 'paragraph', 'para', 'section', 'annex', 'page', 'room', 'route', 'form', 'code', 'law',
];

/**
 * Units after a number that make it a quantity, not a year: "2000 troops", "1500 km",
 * "2021 followers".
 */
export const QUANTITY_UNITS_AFTER_NUMBER: readonly string[] = [
  'people', 'persons', 'troops', 'soldiers', 'fighters', 'members', 'deaths', 'casualties', 'dead', 'km', 'kilometres',
  'kilometers', 'miles', 'tons', 'tonnes', 'dollars', 'euros', 'pounds', 'metres', 'meters', 'followers', 'views', 'hostages',
];
