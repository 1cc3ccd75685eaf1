/**
 * The schema works where writers meet it: in VS Code's YAML extension. These tests run that
 * extension's own language service (yaml-language-server) against facts/schema.json, through the
 * same modeline the bundled files carry, and check that it validates and completes fact files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { BUNDLED_FACTS } from '../../support/paths';

const SCHEMA_URI = pathToFileURL(path.join(BUNDLED_FACTS, 'schema.json')).toString();

function service() {
  const ls = getLanguageService({
    // Only the local schema is ever served: the service must not reach for the network.
    schemaRequestService: async (uri: string) => {
      if (uri !== SCHEMA_URI) throw new Error(`unexpected schema request ${uri}`);
      return fs.readFileSync(path.join(BUNDLED_FACTS, 'schema.json'), 'utf8');
    },
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  ls.configure({ validate: true, completion: true, hover: true, yamlVersion: '1.2' });
  return ls;
}

let version = 0;

/**
 * A document in facts/, so its modeline `$schema=./schema.json` resolves to the bundled schema.
 * Each gets a new version: the service caches parsed documents by URI and version.
 */
function doc(name: string, text: string): TextDocument {
  return TextDocument.create(pathToFileURL(path.join(BUNDLED_FACTS, name)).toString(), 'yaml', ++version, text);
}

const MODELINE = '# yaml-language-server: $schema=./schema.json\n';

describe('the schema in the YAML extension (yaml-language-server)', () => {
  it('finds nothing wrong in the bundled fact files', async () => {
    const ls = service();
    for (const name of fs.readdirSync(BUNDLED_FACTS).filter((f) => f.endsWith('.facts.yaml'))) {
      const diagnostics = await ls.doValidation(doc(name, fs.readFileSync(path.join(BUNDLED_FACTS, name), 'utf8')), false);
      assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`), [], name);
    }
  });

  it('marks mistakes where they are, with the schema\'s own wording', async () => {
    const text = `${MODELINE}factlint: 1
facts:
  - id: bad
    claim: A date in words and an unknown field.
    subject: somewhere
    property: date
    cues: [opened]
    colour: red
    value: { type: date, date: March 2024 }
    source: { id: src, paragraph: 1, phrase: in March }
`;
    const diagnostics = await service().doValidation(doc('editing.facts.yaml', text), false);
    const found = diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message]);
    assert.ok(found.some(([line, , message]) => line === 9 && /not allowed|colour/i.test(String(message))), JSON.stringify(found));
    assert.ok(found.some(([line, column, message]) => line === 10 && column === 32 && /write a date as 2024, 2024-03/.test(String(message))), JSON.stringify(found));
  });

  it('completes the fields of a fact and the kinds of value', async () => {
    const ls = service();
    const fieldsText = `${MODELINE}factlint: 1\nfacts:\n  - id: x\n    \n`;
    const fields = await ls.doComplete(doc('editing.facts.yaml', fieldsText), { line: 4, character: 4 }, false);
    const labels = fields.items.map((i) => i.label);
    for (const field of ['claim', 'subject', 'property', 'cues', 'value', 'source']) assert.ok(labels.includes(field), `${field} in ${labels.join(', ')}`);

    const typeText = `${MODELINE}factlint: 1\nfacts:\n  - id: x\n    value:\n      type: \n`;
    const types = await ls.doComplete(doc('editing.facts.yaml', typeText), { line: 5, character: 12 }, false);
    const typeLabels = types.items.map((i) => i.label);
    for (const t of ['date', 'money', 'count', 'duration', 'role', 'attribution', 'status']) assert.ok(typeLabels.includes(t), `${t} in ${typeLabels.join(', ')}`);
  });
});
