/**
 * Name normalisation shared by the fact-base lint and the checker, so that "ISIS-K", "Isis K"
 * and "ISIS–K" are one name and curly and straight apostrophes never decide a match.
 */

/** Folds typographic quotes and dashes to their ASCII forms; keeps everything else. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ');
}

/** A name as it is compared: case-folded, punctuation treated as space, white space collapsed. */
export function normalizeName(name: string): string {
  return foldTypography(name)
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Text as a phrase search sees it: typography folded, white space collapsed, case folded. */
export function normalizeForPhraseSearch(text: string): string {
  return foldTypography(text).replace(/\s+/g, ' ').toLowerCase();
}
