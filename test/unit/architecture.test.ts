/**
 * Architecture invariants, checked on the source so that a stray import fails the build:
 * - the engine (server/src outside cli/ and the language server) imports no fs, no vscode, no
 *   LSP runtime and nothing that can reach a network or start a process;
 * - nothing under server/src or client/src opens a network connection or runs a program;
 * - each folder of server/src imports only what its row in ARCHITECTURE.md allows.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/paths';

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? sources(full) : d.name.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push(String(m[1] ?? m[2] ?? m[3]));
  }
  return found;
}

const bare = (specifier: string): string => specifier.replace(/^node:/, '');
const FRONT_ENDS = [path.join(ROOT, 'server', 'src', 'cli'), path.join(ROOT, 'server', 'src', 'lsp')];
const NEVER_IN_ENGINE = ['fs', 'fs/promises', 'vscode', 'vscode-languageserver', 'vscode-languageserver/node', 'tinyglobby'];
const NEVER_ANYWHERE = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads', 'vm'];

describe('architecture', () => {
  const engine = sources(path.join(ROOT, 'server', 'src')).filter((f) => !FRONT_ENDS.some((d) => f.startsWith(d + path.sep)));

  it('finds the engine sources', () => assert.ok(engine.length >= 10, `${engine.length} files`));

  it('keeps the engine pure: no fs, no vscode, no LSP runtime', () => {
    for (const file of engine) {
      for (const spec of imports(file)) {
        assert.ok(!NEVER_IN_ENGINE.includes(bare(spec)), `${path.relative(ROOT, file)} imports ${spec}`);
      }
    }
  });

  it('makes no network connections and runs no programs anywhere in the product', () => {
    for (const file of [...sources(path.join(ROOT, 'server', 'src')), ...sources(path.join(ROOT, 'client', 'src'))]) {
      for (const spec of imports(file)) {
        assert.ok(!NEVER_ANYWHERE.includes(bare(spec)), `${path.relative(ROOT, file)} imports ${spec}`);
      }
      assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /\beval\s*\(|new Function\s*\(/, path.relative(ROOT, file));
    }
  });

  describe('the layers ARCHITECTURE.md lists', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `server\/src\/([a-zA-Z]+)\/` \| [^|]* \| ?([^|]*?) ?\|$/gm)].map((m) => ({ folder: String(m[1]), allowed: String(m[2]) }));
    const folders = fs.readdirSync(path.join(ROOT, 'server', 'src'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'types').map((d) => d.name);
    const SHARED_TYPES = ['factbase/model', 'check/findings/types'];

    it('has a row for every folder of server/src', () => {
      assert.deepEqual(rows.map((r) => r.folder).sort(), folders.sort());
    });

    for (const { folder, allowed } of rows) {
      it(`${folder}/ imports only what its row allows`, () => {
        const ours = new Set(allowed.split(',').map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('`')));
        const packages = new Set([...allowed.matchAll(/`([^`]+)`/g)].map((m) => String(m[1])));
        for (const file of sources(path.join(ROOT, 'server', 'src', folder))) {
          const text = fs.readFileSync(file, 'utf8');
          for (const m of text.matchAll(/^(import|export)(\s+type)?\s[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
            const spec = String(m[3]);
            const typeOnly = m[2] !== undefined;
            const where = `${path.relative(ROOT, file)} imports ${spec}`;
            if (spec.startsWith('.')) {
              const resolved = path.resolve(path.dirname(file), spec);
              // Data files of the repository ("facts/schema.json") are listed like packages.
              if (!resolved.startsWith(path.join(ROOT, 'server', 'src') + path.sep)) {
                assert.ok(packages.has(path.relative(ROOT, resolved).split(path.sep).join('/')), where);
                continue;
              }
              const target = path.relative(path.join(ROOT, 'server', 'src'), resolved).split(path.sep);
              const top = target[0] ?? '';
              if (top === folder || top === 'types') continue;
              if (typeOnly && SHARED_TYPES.some((t) => target.join('/').startsWith(t))) continue;
              assert.ok(ours.has(top), where);
            } else {
              const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.startsWith('node:') ? spec : (spec.split('/')[0] ?? spec);
              assert.ok(packages.has(pkg) || (typeOnly && pkg.startsWith('vscode-languageserver')), where);
            }
          }
        }
      });
    }
  });

  it('detects a forbidden import when one is there (the check itself works)', () => {
    const probe = path.join(ROOT, 'out', 'architecture-probe.ts');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(probe, "import * as fs from 'node:fs';\nconst x = require('child_process');\nexport { fs, x };\n");
    assert.deepEqual(imports(probe).map(bare), ['fs', 'child_process']);
    fs.rmSync(probe);
  });
});
