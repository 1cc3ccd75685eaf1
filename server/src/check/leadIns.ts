/**
 * A list that completes the sentence before it: "Since the Taliban swept back into Kabul in
 * August 2021, Russia has:" and then "- kept its embassy in Kabul open;", "- welcomed an
 * accredited Taliban diplomat in 2022;". Each item that opens with a verb says what the lead-in's
 * subject did, and is read as the lead-in and the item together.
 */
import { LEFT_OUT } from '../markdown/document';
import { tokenize } from '../nlp/tokens';
import type { Token } from '../nlp/tokens';

/** The words before the colon of a sentence that ends in a subject and an auxiliary and a colon ("Russia has:", "Moscow has since:"). */
export function leadInOf(sentence: string): string | undefined {
  // (What Markdown leaves out of the text, a comment after the colon, is no word of it.)
  let text = sentence.trimEnd();
  while (text.endsWith(LEFT_OUT)) text = text.slice(0, -LEFT_OUT.length).trimEnd();
  if (!text.endsWith(':')) return undefined;
  const lead = text.slice(0, -1).trimEnd();
  const tokens = tokenize(lead);
  let k = tokens.length - 1;
  while (k > 0 && tokens[k]?.pos === 'ADV') k--;
  const aux = tokens[k];
  const subject = tokens[k - 1];
  if (aux?.pos !== 'AUX' || subject === undefined || !(subject.pos === 'PROPN' || subject.pos === 'NOUN' || subject.pos === 'PRON')) return undefined;
  return lead;
}

/** An item that opens with a lower-case verb, read after its lead-in: the text and where the item starts in it. */
export function continuedItem(lead: string, item: string): { readonly text: string; readonly start: number } | undefined {
  const first = /\p{L}/u.exec(item);
  if (!first || first[0] !== first[0].toLowerCase()) return undefined;
  // (Tagged after the lead-in, where the item's first word stands after its auxiliary: "has
  // accredited a Taliban diplomat" is a verb, though alone "accredited a ..." may read as an adjective.)
  const text = `${lead} ${item}`;
  const start = lead.length + 1;
  const tokens: Token[] = tokenize(text);
  let k = tokens.findIndex((t) => t.start >= start);
  while (tokens[k]?.pos === 'PUNCT' || tokens[k]?.pos === 'ADV') k++;
  if (k < 0 || tokens[k]?.pos !== 'VERB') return undefined;
  return { text, start };
}
