/**
 * `npm run eval:analysis -- <analysis.txt>`: the analysis the bundled facts are drawn from,
 * checked as a draft as of May 2025 (just after its own date). It must get no error, and nearly
 * every fact (at least 90%) must be recognised as supported in the sentence it was drawn from:
 * the sentence that holds the fact's key phrase. Prints what is missed; exits 1 when either
 * condition fails. `.ci/run` runs it with ../shared/seeds; `npm test` never needs that folder.
 */
import * as fs from 'node:fs';
import { checkDocument } from '../../server/src/check/checkDocument';
import { splitSentences } from '../../server/src/text/sentences';
import { parseDateSpec } from '../../server/src/values/date';
import { bundledIndex } from '../support/bundled';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error(`usage: npm run eval:analysis -- <analysis.txt> (got ${file ?? 'nothing'})`);
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const parsed = parseDateSpec('2025-05');
if (!parsed.ok || parsed.value.kind !== 'range') throw new Error('date');
const index = bundledIndex();
const result = checkDocument(text, index, { today: parsed.value, asOf: parsed.value });

const errors = result.findings.filter((f) => f.severity === 'error');
for (const f of result.findings) console.log(`${f.severity} ${f.range.start.line}:${f.range.start.column} ${f.code} "${f.claim}": ${f.message}`);

// The sentence that holds a fact's key phrase, as the engine splits sentences (per line: the
// analysis has one paragraph per line).
const sentenceOf = (phrase: string): { start: number; end: number; text: string } | undefined => {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]"));
  const m = new RegExp(words.join('\\s+'), 'i').exec(text);
  if (!m) return undefined;
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  const lineEnd = text.indexOf('\n', m.index);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const span = splitSentences(line).find((s) => lineStart + s.start <= m.index && m.index < lineStart + s.end);
  return span ? { start: lineStart + span.start, end: lineStart + span.end, text: line.slice(span.start, span.end) } : undefined;
};

let recognised = 0;
const missed: string[] = [];
for (const fact of index.base.facts.values()) {
  const sentence = sentenceOf(fact.source.phrase);
  const hit = sentence !== undefined && result.supported.some((c) => c.factId === fact.id && c.offsets.start < sentence.end && c.offsets.end > sentence.start);
  if (hit) recognised++;
  else missed.push(`${fact.id}: ${sentence ? sentence.text.trim().slice(0, 150) : '(key phrase not found)'}`);
}
const total = index.base.facts.size;
const share = recognised / total;
console.log(`the analysis as a draft as of May 2025: ${errors.length} errors; ${recognised} of ${total} facts (${Math.round(share * 100)}%) recognised as supported in the sentence they were drawn from`);
for (const m of missed) console.log(`  not recognised: ${m}`);
if (errors.length > 0 || share < 0.9) process.exit(1);
