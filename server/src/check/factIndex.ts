/**
 * Everything the checker looks up, built once per fact base: names to entities, cue words to the
 * facts they signal, and which facts speak about each entity with each cue.
 */
import type { Entity, Fact, FactBase } from '../factbase/model';
import { PhraseIndex, words } from './phraseIndex';

export interface FactIndex {
  readonly base: FactBase;
  /** Entity names, aliases and abbreviations. */
  readonly names: PhraseIndex<Entity>;
  /** Cue phrases, each to its normalised key. */
  readonly cues: PhraseIndex<string>;
  /** Facts by (entity id, cue key); an entity counts when it is the subject or is in `about`. */
  facts(entityId: string, cueKey: string): readonly Fact[];
  /** Facts whose subject is the entity. */
  factsAbout(entityId: string): readonly Fact[];
}

export function cueKey(cue: string): string {
  return words(cue).map((w) => w.norm).join(' ');
}

export function buildFactIndex(base: FactBase): FactIndex {
  const names = new PhraseIndex<Entity>();
  for (const entity of base.entities.values()) {
    names.add(entity.name, entity);
    for (const alias of entity.aliases) names.add(alias, entity);
    for (const abbreviation of entity.abbreviations) names.add(abbreviation, entity, true);
  }
  const cues = new PhraseIndex<string>();
  const seenCues = new Set<string>();
  const byEntityCue = new Map<string, Fact[]>();
  const bySubject = new Map<string, Fact[]>();
  for (const fact of base.facts.values()) {
    (bySubject.get(fact.subject) ?? bySubject.set(fact.subject, []).get(fact.subject))?.push(fact);
    for (const cue of fact.cues) {
      const key = cueKey(cue);
      if (key === '') continue;
      if (!seenCues.has(key)) {
        seenCues.add(key);
        cues.add(cue, key);
      }
      for (const entityId of new Set([fact.subject, ...fact.about])) {
        const k = `${entityId}\u0000${key}`;
        (byEntityCue.get(k) ?? byEntityCue.set(k, []).get(k))?.push(fact);
      }
    }
  }
  return {
    base,
    names,
    cues,
    facts: (entityId, key) => byEntityCue.get(`${entityId}\u0000${key}`) ?? [],
    factsAbout: (entityId) => bySubject.get(entityId) ?? [],
  };
}
