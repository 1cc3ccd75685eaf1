/** The bundled fact base, indexed, and the fixed date fixture drafts are read as of. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildFactIndex } from '../../server/src/check/factIndex';
import type { FactIndex } from '../../server/src/check/factIndex';
import { loadFactBase } from '../../server/src/factbase/load';
import { parseDateSpec } from '../../server/src/values/date';
import type { DateRange } from '../../server/src/values/date';
import { BUNDLED_FACTS } from './paths';

/** Fixtures that set no date of their own are read as of this day. */
export const FIXTURE_TODAY: DateRange = (() => {
  const p = parseDateSpec('2026-11-24');
  if (!p.ok || p.value.kind !== 'range') throw new Error('bad date');
  return p.value;
})();

let index: FactIndex | undefined;

/** The fact files (*.yaml) in these folders, loaded together and indexed; they must load cleanly. */
export function indexOf(dirs: readonly string[]): FactIndex {
  const files = dirs.flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f)));
  const { base, problems } = loadFactBase(files.map((file) => ({ file: path.basename(file), text: fs.readFileSync(file, 'utf8') })));
  assert.deepEqual(problems, []);
  return buildFactIndex(base);
}

export function bundledIndex(): FactIndex {
  index ??= indexOf([BUNDLED_FACTS]);
  return index;
}
