/** A fact's value in the words a writer would use, for messages and quick fixes. */
import type { Fact } from '../../factbase/model';
import { formatDuration, formatMoney } from '../../values/quantity';

export function valueInWords(fact: Fact): string | undefined {
  const v = fact.value;
  switch (v.type) {
    case 'date':
      return v.date.label.replace(/ \(year not stated\)$/, '');
    case 'money':
      return formatMoney(v.amount, v.magnitude, v.currency, v.approximation);
    case 'duration':
      return formatDuration(v.value, v.unit, 'exact');
    default:
      return undefined;
  }
}
