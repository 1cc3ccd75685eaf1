import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadFactBase } from '../../../server/src/factbase/load';
import { checkSourceLocators, splitSourceParagraphs } from '../../../server/src/factbase/sourceText';
import { FIXTURES } from '../../support/paths';

const BRIEF = fs.readFileSync(path.join(FIXTURES, 'sources', 'brief.txt'), 'utf8');
const GOOD = path.join(FIXTURES, 'factbase', 'good', 'all-value-types.yaml');

function goodBase(transform: (text: string) => string = (t) => t) {
  return loadFactBase([{ file: 'good.yaml', text: transform(fs.readFileSync(GOOD, 'utf8')) }]).base;
}

describe('source paragraphs', () => {
  it('numbers blank-line paragraphs after the title, skipping headings and keeping a list together', () => {
    const paragraphs = splitSourceParagraphs(BRIEF, 'A Brief on Examples: Part One');
    assert.equal(paragraphs.length, 7);
    assert.deepEqual(paragraphs.map((p) => [p.number, p.line, p.text.slice(0, 12)]), [
      [1, 3, 'The summit o'],
      [2, 8, '- A reform i'],
      [3, 11, 'The coastal '],
      [4, 14, 'Reserves off'],
      [5, 16, 'The meeting '],
      [6, 18, 'Jane Roe bec'],
      [7, 20, 'The coast ha'],
    ]);
    assert.match(paragraphs[0]?.text ?? '', /\nfounded in 1991/, 'a hard-wrapped paragraph stays one paragraph');
  });

  it('numbers one paragraph per line when the text has no blank lines, like the seed analysis', () => {
    const text = 'The Title’s Here\n- point one\n- point two\nFirst body paragraph.\nSecond body paragraph.\n';
    const paragraphs = splitSourceParagraphs(text, "The Title's Here");
    assert.deepEqual(paragraphs.map((p) => p.text), ['- point one\n- point two', 'First body paragraph.', 'Second body paragraph.']);
  });

  it('counts a first line that is not the title as paragraph 1', () => {
    assert.equal(splitSourceParagraphs('Not the title\nBody\n', 'The Title')[0]?.text, 'Not the title');
  });

  it('is not thrown off by CRLF line ends and a byte-order mark', () => {
    const crlf = `\ufeff${BRIEF.replace(/\n/g, '\r\n')}`;
    assert.deepEqual(splitSourceParagraphs(crlf, 'A Brief on Examples: Part One'), splitSourceParagraphs(BRIEF, 'A Brief on Examples: Part One'));
  });
});

describe('checking locators against a source text', () => {
  it('finds every key phrase of the good fixture in its stated paragraph', () => {
    assert.deepEqual(checkSourceLocators(goodBase(), 'brief', BRIEF, 'brief.txt'), []);
  });

  it('reports a phrase cited to the wrong paragraph, at the phrase, and says where it is', () => {
    const base = goodBase((t) => t.replace('paragraph: 4, phrase: around $3 trillion', 'paragraph: 5, phrase: around $3 trillion'));
    const problems = checkSourceLocators(base, 'brief', BRIEF, 'brief.txt');
    assert.deepEqual(problems.map((p) => [p.code, p.origin.range.start.line, p.origin.range.start.column]), [['phrase-not-found', 94, 48]]);
    assert.match(problems[0]?.message ?? '', /"around \$3 trillion" of "reserves" does not occur in paragraph 5 of brief\.txt\. It occurs in paragraph 4\./);
  });

  it('reports a paragraph the text does not have, at the paragraph number', () => {
    const base = goodBase((t) => t.replace('paragraph: 7, phrase: protected since 2003', 'paragraph: 9, phrase: protected since 2003'));
    const problems = checkSourceLocators(base, 'brief', BRIEF, 'brief.txt');
    assert.deepEqual(problems.map((p) => [p.code, p.origin.range.start.line, p.origin.range.start.column]), [['paragraph-out-of-range', 137, 37]]);
    assert.match(problems[0]?.message ?? '', /cites paragraph 9, but brief\.txt has 7 paragraphs\. It occurs in paragraph 7\./);
  });

  it('matches phrases across typographic quotes, case and line wrapping', () => {
    const base = goodBase((t) => t.replace("phrase: the ministry's bulletin", 'phrase: "THE MINISTRY’S BULLETIN"').replace('phrase: By 2014', 'phrase: "had opened quiet contacts"'));
    assert.deepEqual(checkSourceLocators(base, 'brief', BRIEF, 'brief.txt'), []);
  });

  it('flags a claim that repeats eight words of the source', () => {
    const base = goodBase((t) => t.replace('claim: Jane Roe has been minister since 2020.', 'claim: Jane Roe became minister in 2020 and now edits the bulletin.'));
    const problems = checkSourceLocators(base, 'brief', BRIEF, 'brief.txt');
    assert.deepEqual(problems.map((p) => [p.code, p.origin.range.start.line]), [['claim-copies-source', 117]]);
  });
});
