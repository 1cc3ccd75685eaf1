/**
 * The language server's fact base: every fact file loaded on its own (from disk, or from the
 * editor while it is open), reassembled when one changes. A file whose new text has errors keeps
 * its last good version in force for checking drafts, while its problems are reported on it; the
 * writer's broken edit never takes facts away from the drafts.
 */
import { assembleFactBase, loadFile } from '../factbase/load';
import type { LoadedFile } from '../factbase/load';
import type { FactBase } from '../factbase/model';
import type { Problem } from '../factbase/problems';
import { buildFactIndex } from '../check/factIndex';
import type { FactIndex } from '../check/factIndex';

interface FileState {
  /** What the current text yields, problems included. */
  readonly current: LoadedFile;
  /** The last version without errors, used for checking while the current one has errors. */
  readonly lastGood?: LoadedFile;
}

export class FactBaseStore {
  private readonly files = new Map<string, FileState>();
  private index: FactIndex | undefined;
  private crossProblems: readonly Problem[] = [];

  /** Sets a fact file's text (its URI labels it); returns its own problems. */
  set(uri: string, text: string): readonly Problem[] {
    const current = loadFile({ file: uri, text });
    const ok = !current.problems.some((p) => p.severity === 'error');
    const previous = this.files.get(uri);
    const lastGood = ok ? current : previous?.lastGood;
    this.files.set(uri, lastGood ? { current, lastGood } : { current });
    this.index = undefined;
    return current.problems;
  }

  delete(uri: string): void {
    this.files.delete(uri);
    this.index = undefined;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  /** The index drafts are checked against, built from each file's last good version. */
  factIndex(): FactIndex {
    if (!this.index) {
      const inForce = [...this.files.values()].flatMap((s) => (s.lastGood ? [s.lastGood] : []));
      const assembled = assembleFactBase(inForce);
      this.crossProblems = assembled.problems.filter((p) => !inForce.some((f) => f.problems.includes(p)));
      this.index = buildFactIndex(assembled.base);
    }
    return this.index;
  }

  base(): FactBase {
    return this.factIndex().base;
  }

  /** Every problem to show on a fact file: its own, and cross-file ones located in it. */
  problemsFor(uri: string): Problem[] {
    this.factIndex();
    const own = this.files.get(uri)?.current.problems ?? [];
    return [...own, ...this.crossProblems.filter((p) => p.origin.file === uri)];
  }
}
