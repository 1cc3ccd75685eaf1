/**
 * Grammatical words the reader needs by name: the personal pronouns that can be a clause's
 * subject ("and it carried out", "they back", "a label it had carried").
 */
export const SUBJECT_PRONOUNS: readonly string[] = ['i', 'we', 'you', 'they', 'he', 'she', 'it'];
