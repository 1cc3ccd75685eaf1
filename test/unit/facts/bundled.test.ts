/**
 * The bundled fact base: it loads cleanly, covers every kind of value the issue names, names
 * entities the way writers do, and its coverage table accounts for every paragraph and fact.
 * (Its key phrases are checked against the analysis itself by `.ci/run`, which can read it.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadFactBase } from '../../../server/src/factbase/load';
import type { Fact, FactBase } from '../../../server/src/factbase/model';
import { normalizeName } from '../../../server/src/text/normalize';
import { BUNDLED_FACTS } from '../../support/paths';

const ANALYSIS_PARAGRAPHS = 9;

function loadBundled() {
  const files = fs.readdirSync(BUNDLED_FACTS).filter((f) => f.endsWith('.yaml')).sort();
  return loadFactBase(files.map((f) => ({ file: `facts/${f}`, text: fs.readFileSync(path.join(BUNDLED_FACTS, f), 'utf8') })));
}

function namesOf(base: FactBase, id: string): string[] {
  const e = base.entities.get(id);
  assert.ok(e, id);
  return [e.name, ...e.aliases, ...e.abbreviations].map(normalizeName);
}

describe('the bundled fact base', () => {
  const { base, problems } = loadBundled();
  const facts = [...base.facts.values()];

  it('loads with no problem', () => assert.deepEqual(problems, []));

  it('has several dozen facts drawn from one analysis', () => {
    assert.ok(facts.length >= 40, `${facts.length} facts`);
    assert.deepEqual([...base.sources.keys()], ['moscow-taliban-rapprochement']);
    assert.ok(facts.every((f) => f.source.sourceId === 'moscow-taliban-rapprochement'));
  });

  it('states no publisher or date the analysis does not give', () => {
    const source = base.sources.get('moscow-taliban-rapprochement');
    assert.equal(source?.publisher, undefined);
    assert.equal(source?.date, undefined);
    assert.equal(source?.title, 'Moscow’s Taliban Rapprochement: High-Risk Realpolitik');
  });

  it('uses every value type, and dates at every precision the analysis uses', () => {
    const types = new Set(facts.map((f) => f.value.type));
    for (const t of ['date', 'money', 'duration', 'role', 'attribution', 'status']) assert.ok(types.has(t as Fact['value']['type']), t);
    const precisions = new Set(facts.flatMap((f) => (f.value.type === 'date' ? [f.value.date.precision] : [])));
    for (const p of ['month', 'year', 'span', 'month-of-year']) assert.ok(precisions.has(p as never), p);
  });

  it('holds the figures and dates exactly as the analysis gives them', () => {
    const value = (id: string) => base.facts.get(id)?.value;
    const wealth = value('afghanistan-mineral-wealth');
    assert.ok(wealth?.type === 'money');
    assert.deepEqual([wealth.amount, wealth.magnitude, wealth.currency, wealth.approximation], [3, 'trillion', 'USD', 'around']);
    assert.ok(wealth.interval.low <= 2.8e12 && wealth.interval.high >= 3.2e12 && wealth.interval.high < 30e12);
    const label = (id: string): string | undefined => {
      const v = value(id);
      return v?.type === 'date' ? v.date.label : undefined;
    };
    assert.equal(label('crocus-attack-date'), 'March 2024');
    assert.equal(label('taliban-takeover-date'), 'August 2021');
    assert.equal(label('chechnya-recognition-date'), 'the mid-to-late 1990s');
    assert.equal(label('diplomat-accreditation-date'), '2022');
    assert.equal(label('ukraine-invasion-date'), 'February 2022');
    assert.equal(label('us-kabul-visit-date'), 'March 2025');
    assert.equal(label('mineral-survey-date'), 'December (year not stated)');
    const war = value('us-war-duration');
    assert.ok(war?.type === 'duration' && war.value === 2 && war.unit === 'decade');
  });

  it('keeps the designation time-aware: in force from 2003, annulled by the Supreme Court', () => {
    const v = base.facts.get('taliban-terrorist-designation-russia')?.value;
    assert.ok(v?.type === 'status');
    assert.equal(v.from?.label, '2003');
    assert.equal(v.until?.label, '2025');
    assert.equal(v.endedBy, 'russian-supreme-court');
    assert.equal(v.ended, 'annulled');
    const recognition = base.facts.get('iran-recognition-of-taliban')?.value;
    assert.ok(recognition?.type === 'status' && recognition.held === false);
  });

  it('knows the names writers use for the entities the issue lists', () => {
    const expectations: [string, string[]][] = [
      ['isk', ['Islamic State Khorasan Province', 'ISK', 'ISKP', 'ISIS-K', 'IS-K', 'ISIL-K']],
      ['taliban', ['Taliban', 'the Taliban', 'de facto Afghan government']],
      ['russian-supreme-court', ['Russian Supreme Court', 'Supreme Court of the Russian Federation', "Russia's Supreme Court"]],
      ['prc', ["People's Republic of China", 'PRC', 'China', 'Beijing']],
      ['zamir-kabulov', ['Zamir Kabulov', 'Kabulov']],
      ['crocus-attack', ['Crocus City Hall attack']],
      ['voice-of-khorasan', ['Voice of Khorasan']],
      ['ttp', ['Tehrik-e-Taliban', 'TTP']],
    ];
    for (const [id, names] of expectations) {
      const known = namesOf(base, id);
      for (const n of names) assert.ok(known.includes(normalizeName(n)), `${id} is also called ${n}`);
    }
  });

  it('gives every fact a frame and a short key phrase', () => {
    for (const f of facts) {
      assert.ok(f.frame !== undefined, f.id);
      assert.ok(f.source.phrase.split(/\s+/).length <= 8, f.id);
      assert.ok(f.source.paragraph >= 1 && f.source.paragraph <= ANALYSIS_PARAGRAPHS, f.id);
    }
  });

  describe('the coverage table in facts/README.md', () => {
    const readme = fs.readFileSync(path.join(BUNDLED_FACTS, 'README.md'), 'utf8');
    const section = readme.split(/^## Coverage\b.*$/m)[1]?.split(/^## /m)[0] ?? '';
    const rows = section
      .split('\n')
      .filter((l) => /^\|\s*\d+\s*\|/.test(l))
      .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));

    it('has one row for each paragraph of the analysis, in order', () => {
      assert.deepEqual(rows.map((r) => Number(r[0])), Array.from({ length: ANALYSIS_PARAGRAPHS }, (_, i) => i + 1));
    });

    it('lists every fact exactly once, in the row of the paragraph it cites', () => {
      const listed = new Map<string, number>();
      for (const row of rows) {
        for (const m of (row[2] ?? '').matchAll(/`([a-z0-9.-]+)`/g)) {
          const id = String(m[1]);
          assert.ok(!listed.has(id), `${id} is listed twice`);
          listed.set(id, Number(row[0]));
        }
      }
      for (const f of facts) assert.equal(listed.get(f.id), f.source.paragraph, `${f.id} is listed under paragraph ${f.source.paragraph}`);
      for (const id of listed.keys()) assert.ok(base.facts.has(id), `the table lists an unknown fact ${id}`);
    });

    it('says for every paragraph what was left out and why', () => {
      for (const row of rows) assert.ok((row[3] ?? '').length > 10, `paragraph ${row[0]} explains what it leaves out`);
    });
  });
});
