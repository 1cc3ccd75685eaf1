/**
 * Numbers as writers write them: "3", "3.2", "3,000", "three", "twenty-one", "a" (in "a decade").
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const WORDS = [...Object.keys(TENS), ...Object.keys(UNITS)].sort((a, b) => b.length - a.length).join('|');

/** A number in figures or words; the regex source, for use inside larger patterns. */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${WORDS})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?(?:[- ]hundred)?|a|an|a dozen|dozen)`;

const TEEN_OR_TENS = '(?:nineteen|twenty)';
const UNDER_HUNDRED = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?|${Object.keys(UNITS).slice(1).join('|')})`;

/**
 * A year in words, as speakers say them: "twenty twenty-two", "nineteen ninety-six", "two
 * thousand and three", "two thousand three". The regex source, for larger patterns.
 */
export const YEAR_WORDS_SOURCE = `(?:${TEEN_OR_TENS}[- ]${UNDER_HUNDRED}|two thousand(?: and)?(?:[- ]${UNDER_HUNDRED})?|${TEEN_OR_TENS} hundred)`;

/** The year a YEAR_WORDS_SOURCE match says. */
export function yearWordsValue(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/-/g, ' ');
  const thousand = /^two thousand(?: and)?(?: (.*))?$/.exec(t);
  if (thousand) return 2000 + (thousand[1] ? (numberValue(thousand[1]) ?? NaN) : 0);
  const [century, ...rest] = t.split(' ');
  const c = century === 'nineteen' ? 19 : century === 'twenty' ? 20 : undefined;
  if (c === undefined) return undefined;
  if (rest.join(' ') === 'hundred') return c * 100;
  const tail = numberValue(rest.join(' '));
  return tail === undefined || tail >= 100 ? undefined : c * 100 + tail;
}

/** The value of a number matched by NUMBER_SOURCE, or undefined. */
export function numberValue(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^[\d,]+(?:\.\d+)?$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  if (t === 'a' || t === 'an') return 1;
  if (t === 'a dozen' || t === 'dozen') return 12;
  let total = 0;
  let any = false;
  for (const part of t.split(/[- ]/)) {
    if (part === 'hundred') {
      total = (total === 0 ? 1 : total) * 100;
    } else if (UNITS[part] !== undefined) {
      total += UNITS[part];
    } else if (TENS[part] !== undefined) {
      total += TENS[part];
    } else {
      return undefined;
    }
    any = true;
  }
  return any ? total : undefined;
}
