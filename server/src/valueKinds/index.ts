/**
 * The value kinds factlint reads in prose, one module each (recognise, compare, format): dates
 * and relative times, money, durations and counts. Adding a kind is one module and one line in
 * VALUE_KINDS.
 *
 * The recognisers are our own, kept because they measured better than the libraries on the gold
 * answers of the blind evaluation rounds (`npm run bench:libraries`, 1,132 gold items): dates and
 * relative times 266/284 (94%) against chrono-node's 147/284 (52%; it misses "since 2003",
 * "the late 1990s", "twenty twenty-two", "2003–2025" and most relative times counted from an
 * event); figures, counts and durations 58/61 (95%) against compromise's 59/61 (97%), at 4.3 MB/s
 * against compromise's 0.11 MB/s, and with the writer's approximation and magnitude read, which
 * compromise leaves to the caller.
 */
import type { Fact } from '../factbase/model';
import type { Token } from '../nlp/tokens';
import type { DateRange, DateValue } from '../values/date';
import { COUNT_KIND } from './count';
import { DATE_KIND } from './date';
import { DURATION_KIND } from './duration';
import { MONEY_KIND } from './money';
import type { CountMention } from './count';
import type { DateMention, RelativeMention } from './date';
import type { DurationMention } from './duration';
import type { MoneyMention } from './money';

export type { CountMention } from './count';
export type { DateMention, DateQualifier, RelativeMention } from './date';
export type { DurationMention } from './duration';
export type { MoneyMention } from './money';

export type ValueMention = DateMention | RelativeMention | MoneyMention | DurationMention | CountMention;

/** What a comparison may need beyond the mention and the fact. */
export interface CompareContext {
  /** The draft's date: what "four years ago" and "last December" count from. */
  readonly asOf: DateRange;
  /** The role the mention fills in the sentence's frame (time, since, until, duration, after, ...). */
  readonly role: string;
  /** The date the fact base holds for an event, for a time counted from it. */
  readonly timeOf: (eventId: string) => DateValue | undefined;
  /** The event a relative time counts from ("a year after the attack"), when it names one. */
  readonly anchor?: string;
  /** The nearest date before the mention in the sentence or table row ("the same year"). */
  readonly previousDate?: DateRange;
}

export interface ValueKind<M extends ValueMention = ValueMention> {
  readonly kinds: readonly M['kind'][];
  /** Mentions in a text; `tokens` are there for kinds that need parts of speech. */
  recognize(text: string, tokens: readonly Token[] | undefined): M[];
  /** The frame roles a mention of this kind can fill. */
  roles(mention: M): readonly string[];
  /** Whether the mention can be true of the fact's value in that role; undefined when the two cannot be compared. */
  compare(mention: M, fact: Fact, ctx: CompareContext): boolean | undefined;
  /** The fact's value in the words a writer would use, for messages and quick fixes. */
  format(fact: Fact): string | undefined;
}

export const VALUE_KINDS: readonly ValueKind[] = [DATE_KIND, MONEY_KIND, DURATION_KIND, COUNT_KIND] as unknown as readonly ValueKind[];

export function kindOf(mention: ValueMention): ValueKind {
  const kind = VALUE_KINDS.find((k) => (k.kinds as readonly string[]).includes(mention.kind));
  if (!kind) throw new Error(`no value kind for ${mention.kind}`);
  return kind;
}

/**
 * Every value mentioned in `text`, in order. Where two readings overlap, the earlier and then the
 * longer wins ("15 August 2021" over "August 2021" over "2021"; "a year after" over "a year").
 */
export function recognizeValues(text: string, tokens?: readonly Token[]): ValueMention[] {
  const found: ValueMention[] = [];
  for (const kind of VALUE_KINDS) found.push(...kind.recognize(text, tokens));
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: ValueMention[] = [];
  let reach = -1;
  for (const mention of found) {
    if (mention.start >= reach) {
      kept.push(mention);
      reach = mention.end;
    }
  }
  return kept;
}

/** The fact's value in words, whatever its kind. */
export function valueInWords(fact: Fact): string | undefined {
  for (const kind of VALUE_KINDS) {
    const words = kind.format(fact);
    if (words !== undefined) return words;
  }
  return undefined;
}
