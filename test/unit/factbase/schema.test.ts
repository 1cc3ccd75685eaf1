import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { BUNDLED_FACTS, FIXTURES, ROOT } from '../../support/paths';

const schema = JSON.parse(fs.readFileSync(path.join(BUNDLED_FACTS, 'schema.json'), 'utf8')) as Record<string, unknown>;

/** A plain ajv with no factlint code in between: what any other tool would see. */
function plainValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(schema);
}

describe('the published fact-file schema (facts/schema.json)', () => {
  it('is a valid draft-07 JSON Schema', () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  });

  it('describes every entry and value kind, so the YAML extension can explain them on hover', () => {
    const definitions = schema.definitions as Record<string, { description?: string; properties?: Record<string, unknown> }>;
    for (const name of ['source', 'entity', 'fact', 'locator', 'value', 'dateValue', 'moneyValue', 'countValue', 'durationValue', 'roleValue', 'attributionValue', 'statusValue', 'dateSpec']) {
      assert.ok(definitions[name]?.description, `${name} has a description`);
    }
  });

  it('accepts the bundled fact files and the good fixtures as they are', () => {
    const validate = plainValidator();
    const files = [
      ...fs.readdirSync(BUNDLED_FACTS).filter((f) => f.endsWith('.yaml')).map((f) => path.join(BUNDLED_FACTS, f)),
      ...fs.readdirSync(path.join(FIXTURES, 'factbase', 'good')).map((f) => path.join(FIXTURES, 'factbase', 'good', f)),
    ];
    assert.ok(files.length >= 4);
    for (const file of files) {
      assert.equal(validate(parse(fs.readFileSync(file, 'utf8'))), true, `${file}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects what the loader reports as schema violations', () => {
    const validate = plainValidator();
    const broken = parse(fs.readFileSync(path.join(FIXTURES, 'factbase', 'broken', 'schema.yaml'), 'utf8'));
    assert.equal(validate(broken), false);
    const paths = new Set((validate.errors ?? []).map((e) => e.instancePath));
    for (const p of ['/sources/1', '/entities/1/type', '/facts/3/value/date', '/facts/5/value/currency']) assert.ok(paths.has(p), p);
  });

  it('is wired to fact files for the YAML extension, by the manifest and by each bundled file', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { yamlValidation: { fileMatch: string[]; url: string }[] };
    };
    const [entry] = manifest.contributes.yamlValidation;
    assert.equal(entry?.url, './facts/schema.json');
    assert.ok(entry?.fileMatch.includes('*.facts.yaml'));
    for (const f of fs.readdirSync(BUNDLED_FACTS).filter((n) => n.endsWith('.yaml'))) {
      assert.match(f, /\.facts\.yaml$/, `${f} matches the manifest's fileMatch`);
      const firstLine = fs.readFileSync(path.join(BUNDLED_FACTS, f), 'utf8').split('\n', 1)[0];
      assert.equal(firstLine, '# yaml-language-server: $schema=./schema.json', f);
    }
  });
});
