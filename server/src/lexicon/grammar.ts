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
 * Prepositions after which a status noun is only mentioned, not presented as holding: "the start
 * of the recognition", "calls for recognition", "a different measure from Russia's list".
 */
export const MENTIONING_PREPOSITIONS: readonly string[] = ['of', 'for', 'from', 'than', 'like', 'unlike'];
