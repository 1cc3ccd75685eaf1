/**
 * Loaded files are reusable: assembling the base does not change them, so a caller can keep the
 * files that did not change and reload only the one that did, and get the same base as a full load.
 */
import * as assert from 'node:assert/strict';
import { assembleFactBase, loadFactBase, loadFile } from '../../../server/src/factbase/load';

const ENTITIES = { file: 'entities.yaml', text: 'factlint: 1\nsources: [{ id: s, title: S, kind: other }]\nentities:\n  - { id: a, name: Alpha, type: place }\n' };
const FACTS = (year: string) => ({
  file: 'facts.yaml',
  text: `factlint: 1\nfacts:\n  - { id: f, claim: Alpha was founded then., subject: a, property: founded, cues: [founded], value: { type: date, date: ${year} }, source: { id: s, paragraph: 1, phrase: founded } }\n`,
});

describe('loading one file at a time', () => {
  it('gives the same base and problems as loading everything at once', () => {
    const once = loadFactBase([ENTITIES, FACTS('2001')]);
    const assembled = assembleFactBase([loadFile(ENTITIES), loadFile(FACTS('2001'))]);
    assert.deepEqual(assembled, once);
  });

  it('reuses unchanged files across a broken edit and its repair', () => {
    const entities = loadFile(ENTITIES);
    const good = assembleFactBase([entities, loadFile(FACTS('2001'))]);
    assert.equal(good.base.facts.size, 1);

    const broken = assembleFactBase([entities, loadFile(FACTS('20x1'))]);
    assert.equal(broken.base.facts.size, 0);
    assert.deepEqual(broken.problems.map((p) => [p.code, p.origin.file]), [['schema-violation', 'facts.yaml']]);

    const repaired = assembleFactBase([entities, loadFile(FACTS('2002'))]);
    assert.deepEqual(repaired.problems, []);
    const value = repaired.base.facts.get('f')?.value;
    assert.ok(value?.type === 'date');
    assert.equal(value.date.label, '2002');
    assert.equal(entities.entities.length, 1, 'the reused file is unchanged');
  });
});
