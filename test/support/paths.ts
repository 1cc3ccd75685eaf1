import * as path from 'node:path';

/** The repository root, from the compiled test's location (out/test/support). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const BUNDLED_FACTS = path.join(ROOT, 'facts');
export const CLI = path.join(ROOT, 'bin', 'factlint.js');
