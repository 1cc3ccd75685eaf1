/**
 * phrase-too-long: a locator quotes a few words to find the passage, never a sentence, so the
 * fact base cannot become a copy of its sources.
 */
import { PROBLEM_KINDS, problem } from '../problems';
import type { Problem } from '../problems';
import type { Check } from './types';

export const MAX_PHRASE_WORDS = 8;

export const phraseTooLong: Check = (input) => {
  const problems: Problem[] = [];
  for (const loaded of input.facts) {
    const words = loaded.item.source.phrase.trim().split(/\s+/).length;
    if (words > MAX_PHRASE_WORDS) {
      problems.push(problem(PROBLEM_KINDS.phraseTooLong, `The key phrase of "${loaded.item.id}" has ${words} words; quote at most ${MAX_PHRASE_WORDS}.`, loaded.item.source.phraseOrigin));
    }
  }
  return { problems, rejected: new Set() };
};
