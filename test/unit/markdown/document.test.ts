import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LEFT_OUT, parseMarkdown, sourceRange } from '../../../server/src/markdown/document';
import type { MarkdownDocument } from '../../../server/src/markdown/document';
import { FIXTURES } from '../../support/paths';

const CONSTRUCTS = fs.readFileSync(path.join(FIXTURES, 'markdown', 'constructs.md'), 'utf8');

/** Every run must be a verbatim copy of the source it points at. */
function assertRunsVerbatim(doc: MarkdownDocument): void {
  for (const block of doc.blocks) {
    for (const run of block.runs) {
      const text = block.text.slice(run.textStart, run.textStart + run.length);
      const source = doc.text.slice(run.sourceStart, run.sourceStart + run.length);
      assert.equal(text, source, `${block.kind} at line ${block.line + 1}`);
    }
  }
}

/** Where a needle found in block text sits in the source, as "line:column" (1-based, UTF-16). */
function where(doc: MarkdownDocument, needle: string): string[] {
  const found: string[] = [];
  for (const block of doc.blocks) {
    for (let at = block.text.indexOf(needle); at >= 0; at = block.text.indexOf(needle, at + 1)) {
      const range = sourceRange(block, at, at + needle.length);
      assert.equal(doc.text.slice(range.start, range.end), needle, `the range of "${needle}" covers it in the source`);
      const p = doc.lines.position(range.start);
      found.push(`${p.line}:${p.column}`);
    }
  }
  return found;
}

describe('reading a Markdown draft', () => {
  const doc = parseMarkdown(CONSTRUCTS);

  it('keeps the prose of headings, block quotes, list items, table rows, footnotes and link text', () => {
    assert.deepEqual(doc.blocks.map((b) => [b.kind, b.text.replaceAll(LEFT_OUT, '#')]), [
      ['heading', 'Moscow & the Taliban in 2024'],
      ['blockquote', 'Russia, which annexed Crimea in 2014, accredited a # in 2022 see 2021.#'],
      ['list-item', 'item one: $3 trillion in 2011 continued line with tab 2012'],
      ['table-header', 'Event | Date'],
      ['table-row', 'Crocus City Hall attack | March 2024'],
      ['table-row', '🚀 Rocket | pipe | 2019'],
      ['paragraph', 'Text with ### and *escaped* 2013 © 2014 #.'],
      ['footnote', 'Footnote says 2021.'],
    ]);
  });

  it('keeps a list or paragraph quoted inside a block quote as quoted words, and a callout as the writer\'s', () => {
    const quoted = parseMarkdown('> Earlier draft:\n>\n>> 1. Moscow shut its embassy.\n>> 2. It reopened.\n\n> **Did you know?**\n> - Moscow kept it open.\n');
    assert.deepEqual(quoted.blocks.map((b) => [b.kind, b.text]), [
      ['blockquote', 'Earlier draft:'],
      ['blockquote', 'Moscow shut its embassy.'],
      ['blockquote', 'It reopened.'],
      ['paragraph', 'Did you know?'],
      ['list-item', 'Moscow kept it open.'],
    ]);
  });

  it('leaves out code, HTML and its content, link destinations and titles, autolinks and front matter', () => {
    const all = doc.blocks.map((b) => b.text).join('\n');
    for (const absent of ['1999', '2003', '2005', '2006', '2007', 'diplomat', 'http', 'title', 'date:']) assert.ok(!all.includes(absent), absent);
    assert.deepEqual(doc.frontMatter, { text: 'date: 2025-04-20', offset: 4 });
  });

  it('maps every character of prose to its exact place in the source', () => {
    assertRunsVerbatim(doc);
    assert.deepEqual(where(doc, '2024'), ['4:33', '14:35']);
    assert.deepEqual(where(doc, '2022'), ['7:5'], 'a block quote continuation line, after "> " and two spaces');
    assert.deepEqual(where(doc, '2012'), ['10:26'], 'a list continuation indented with a tab');
    assert.deepEqual(where(doc, '2019'), ['15:23'], 'a table cell after an emoji and an escaped pipe');
    assert.deepEqual(where(doc, 'escaped'), ['18:40'], 'text after a backslash escape');
    assert.deepEqual(where(doc, '2014'), ['6:35', '18:62'], 'text after an entity');
  });

  it('collects HTML comments, for suppressions, with their offsets', () => {
    assert.equal(doc.comments.length, 1);
    const comment = doc.comments[0];
    assert.equal(comment?.body, ' factlint-disable-next-line contradiction -- reason ');
    assert.deepEqual(doc.lines.position(comment?.offset ?? -1), { line: 17, column: 1 });
  });

  it('gives the same positions with CRLF line ends, a lone CR, and after a byte-order mark', () => {
    const crlf = parseMarkdown(CONSTRUCTS.replace(/\n/g, '\r\n'));
    assertRunsVerbatim(crlf);
    assert.deepEqual(where(crlf, '2022'), ['7:5']);
    assert.deepEqual(where(crlf, '2019'), ['15:23']);
    const bom = parseMarkdown(`\ufeff${CONSTRUCTS}`);
    assert.deepEqual(where(bom, '2024'), ['4:33', '14:35']);
    const cr = parseMarkdown('a\r\r> Crocus City Hall attack in March 2024\r> and 2022 🚀 done 2023.\r');
    assertRunsVerbatim(cr);
    assert.deepEqual(where(cr, '2023'), ['4:20'], 'an emoji counts two UTF-16 units');
  });

  it('counts CJK text before a claim in UTF-16 units', () => {
    const cjk = parseMarkdown('# 日本語のテキスト 2024\n\n中文 (PRC) 在 2021 年。\n');
    assert.deepEqual(where(cjk, '2024'), ['1:12']);
    assert.deepEqual(where(cjk, '2021'), ['3:12']);
  });

  it('never throws and never misplaces text on randomly damaged Markdown', () => {
    let seed = 424242;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['`', '*', '_', '[', ']', '(', ')', '<', '>', '|', '\\', '&amp;', '\n', '\t', '#', '- ', '> ', '```', '<!--', '-->', '🚀', '\r\n', '&#', '[^1]', '<span>'];
    for (let i = 0; i < 500; i++) {
      let text = CONSTRUCTS;
      for (let e = 0; e < 1 + Math.floor(random() * 5); e++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.5 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 6)) : text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
      }
      assertRunsVerbatim(parseMarkdown(text));
    }
  });
});
