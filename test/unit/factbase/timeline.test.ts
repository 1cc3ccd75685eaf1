import * as assert from 'node:assert/strict';
import { loadFactBase } from '../../../server/src/factbase/load';
import type { StatusFactValue } from '../../../server/src/factbase/model';
import { stateAt } from '../../../server/src/factbase/timeline';
import { parseDateSpec } from '../../../server/src/values/date';
import type { DateRange } from '../../../server/src/values/date';

function when(spec: string | number): DateRange {
  const parsed = parseDateSpec(spec);
  if (!parsed.ok || parsed.value.kind !== 'range') throw new Error(String(spec));
  return parsed.value;
}

const BASE = `factlint: 1
sources: [{ id: s, title: S, kind: other }]
entities:
  - { id: group, name: Group, type: organization }
  - { id: land, name: Land, type: state }
  - { id: court, name: Court, type: institution }
facts:
  - id: listing
    claim: Listed from 2003 until a court annulled it in 2025.
    subject: group
    property: listing
    cues: [listed]
    value: { type: status, status: listed, by: land, from: 2003, until: 2025, endedBy: court, ended: annulled }
    source: { id: s, paragraph: 1, phrase: listed }
  - id: recognition
    claim: Not recognised.
    subject: group
    property: recognition
    cues: [recognised]
    value: { type: status, status: recognition, by: land, held: false }
    source: { id: s, paragraph: 1, phrase: not recognised }
  - id: office
    claim: In office since March 2020.
    subject: group
    property: office
    cues: [office]
    value: { type: status, status: in office, from: 2020-03 }
    source: { id: s, paragraph: 1, phrase: in office }
`;

describe('what a status says about a moment', () => {
  const { base, problems } = loadFactBase([{ file: 'timeline.yaml', text: BASE }]);
  const value = (id: string): StatusFactValue => base.facts.get(id)?.value as StatusFactValue;

  it('loads the timeline fixture cleanly', () => assert.deepEqual(problems, []));

  it('judges a designation in force from 2003 until 2025 by the date asked about', () => {
    const listing = value('listing');
    assert.deepEqual(stateAt(listing, when(2002)), { state: 'not-held', reason: 'not-yet' });
    assert.deepEqual(stateAt(listing, when('2003-06')), { state: 'unknown', reason: 'starting' });
    assert.deepEqual(stateAt(listing, when('2010-05-01')), { state: 'held' });
    assert.deepEqual(stateAt(listing, when(2024)), { state: 'held' });
    assert.deepEqual(stateAt(listing, when('2025-06')), { state: 'unknown', reason: 'ending' });
    assert.deepEqual(stateAt(listing, when('2026-11-24')), { state: 'not-held', reason: 'ended' });
  });

  it('takes an end its source reports as come by the date the source speaks up to', () => {
    const listing = value('listing');
    // A source of April 2025 that reports the end "in 2025": by June 2025 it had ended.
    assert.deepEqual(stateAt(listing, when('2025-06'), when('2025-04')), { state: 'not-held', reason: 'ended' });
    assert.deepEqual(stateAt(listing, when('2025-03'), when('2025-04')), { state: 'unknown', reason: 'ending' });
    assert.deepEqual(stateAt(listing, when(2024), when('2025-04')), { state: 'held' });
    // A source that speaks up to a date after the end's year tells nothing more.
    assert.deepEqual(stateAt(listing, when('2025-06'), when('2026-01')), { state: 'unknown', reason: 'ending' });
  });

  it('says a status stated as not granted is not held', () => {
    assert.deepEqual(stateAt(value('recognition'), when(2024)), { state: 'not-held', reason: 'never' });
  });

  it('uses month precision at an open-ended start', () => {
    const office = value('office');
    assert.deepEqual(stateAt(office, when('2020-02')), { state: 'not-held', reason: 'not-yet' });
    assert.deepEqual(stateAt(office, when('2020-03-10')), { state: 'unknown', reason: 'starting' });
    assert.deepEqual(stateAt(office, when('2020-04')), { state: 'held' });
    assert.deepEqual(stateAt(office, when(2020)), { state: 'unknown', reason: 'starting' });
    assert.deepEqual(stateAt(office, when(2099)), { state: 'held' });
  });
});
