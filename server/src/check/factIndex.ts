/**
 * Everything the checker looks up, built once per fact base: names to entities, frame triggers
 * and the other phrases of frames (polarity words, descriptions, distinguishing and required
 * words) by lemma, and the events and relations the base knows with the facts about each.
 *
 * Every fact sits in an instance of a frame: an event's facts share the event's instance, a fact
 * with a frame of its own is an instance by itself, and a fact written without a frame gets one
 * made from its cue words (its subject and `about` entities as participants).
 */
import type { Entity, EntityType, Fact, FactBase, Frame, FrameInstance } from '../factbase/model';
import { eventFrameOf } from '../factbase/checks/unknownFrames';
import { tokenize } from '../nlp/tokens';
import { PhraseIndex, words } from './phraseIndex';
import type { Word } from './phraseIndex';

/** The default role a fact's value fills, by the value's type. */
const DEFAULT_ROLE: Readonly<Record<string, string>> = {
  date: 'time', money: 'amount', count: 'count', duration: 'duration', attribution: 'agent', status: 'state', role: 'holder',
};

/** An event or relation the fact base knows: a frame, who filled its roles, and the facts about it. */
export interface Instance {
  readonly id: string;
  readonly frame: Frame;
  /** Role → entity ids, including the actors the instance's attribution facts name. */
  readonly args: Readonly<Record<string, readonly string[]>>;
  readonly descriptions: FrameInstance['descriptions'];
  readonly details: readonly string[];
  readonly distinguishing: readonly string[];
  readonly occurrence?: 'first' | 'repeat';
  /** The event entity, when the instance is one; its names name the instance. */
  readonly event?: Entity;
  readonly facts: readonly Fact[];
}

/** Where a fact sits: its instance, the role its value fills and the words it needs. */
export interface FactPlace {
  readonly instance: Instance;
  readonly role: string;
  readonly requires: readonly string[];
  readonly anchor?: string;
}

/** What a phrase of a frame means, when it is found in a sentence. */
export type FramePhrase =
  | { readonly kind: 'trigger'; readonly frame: Frame; readonly subject?: string; readonly object?: string; readonly needs?: string; readonly pos?: 'verb' | 'noun' }
  | { readonly kind: 'agent-verb'; readonly frame: Frame }
  | { readonly kind: 'polarity'; readonly frame: Frame; readonly polarity: 'holds' | 'opposite' | 'ends' }
  | { readonly kind: 'description'; readonly instance: Instance; readonly role: string }
  | { readonly kind: 'distinguishing'; readonly instance: Instance }
  | { readonly kind: 'requires'; readonly fact: Fact };

export interface FactIndex {
  readonly base: FactBase;
  /** Entity names, aliases and abbreviations, on surface words. */
  readonly names: PhraseIndex<Entity>;
  /** Phrases of frames, on lemmas (and on surface forms, for words the tagger reads otherwise). */
  readonly phrases: PhraseIndex<FramePhrase>;
  readonly instances: readonly Instance[];
  /** Instances of a frame. */
  instancesOf(frameId: string): readonly Instance[];
  /** Instances of a frame that one of the entities takes part in (for frames of cue words, where that decides). */
  instancesWith(frameId: string, entityIds: Iterable<string>): readonly Instance[];
  /** Whether the frame is made of a fact's cue words, not written in the fact base. */
  isCueFrame(frameId: string): boolean;
  /** Facts whose relative time counts from the event ("a year after the Crocus City Hall attack"). */
  anchoredOn(eventId: string): readonly Fact[];
  /** The events of a frame that some fact counts a time from. */
  anchorsOfFrame(frameId: string): readonly string[];
  /** The instance an event entity is. */
  instanceOfEvent(entityId: string): Instance | undefined;
  placeOf(fact: Fact): FactPlace | undefined;
  /** Facts whose subject is the entity. */
  factsAbout(entityId: string): readonly Fact[];
  /** The date the fact base holds for an event: its time fact. */
  timeOf(eventId: string): Fact | undefined;
  entity(id: string): Entity | undefined;
  /** The state an entity belongs to, walking partOf (the Supreme Court → Russia). */
  rootOf(id: string): string;
  /** Whether `inner` is `outer` or part of it. */
  within(inner: string, outer: string): boolean;
}

/** Lemmas of a phrase, as the tagger reads it; a phrase of one word keeps its surface form too. */
function lemmaWords(phrase: string): Word[][] {
  const surface = words(phrase);
  const tokens = tokenize(phrase).filter((t) => t.pos !== 'PUNCT' || /\w/.test(t.text));
  const lemmas = tokens.map((t) => ({ norm: t.lemma, raw: t.text, start: t.start, end: t.end }));
  const forms = [surface.map((w) => ({ ...w, norm: w.norm }))];
  if (lemmas.map((w) => w.norm).join(' ') !== surface.map((w) => w.norm).join(' ')) forms.push(lemmas);
  // The tagger keeps a hyphen as a word of its own ("front - runner"); so does the phrase's form
  // that sentences are matched against word by word.
  if (/\w-\w/.test(phrase)) {
    const hyphenated = tokenize(phrase).filter((t) => t.pos !== 'PUNCT' || /\w/.test(t.text) || t.text === '-');
    forms.push(hyphenated.map((t) => ({ norm: t.norm, raw: t.text, start: t.start, end: t.end })));
    forms.push(hyphenated.map((t) => ({ norm: t.lemma, raw: t.text, start: t.start, end: t.end })));
  }
  return forms.filter((f) => f.length > 0);
}

function addPhrase(index: PhraseIndex<FramePhrase>, phrase: string, value: FramePhrase): void {
  for (const form of lemmaWords(phrase)) index.addWords(form, value);
}

export function buildFactIndex(base: FactBase): FactIndex {
  const names = new PhraseIndex<Entity>();
  for (const entity of base.entities.values()) {
    names.add(entity.name, entity);
    for (const alias of entity.aliases) names.add(alias, entity);
    for (const abbreviation of entity.abbreviations) names.add(abbreviation, entity, true);
  }

  const byEvent = new Map<string, { event: Entity; facts: Fact[] }>();
  const own: Fact[] = [];
  for (const fact of base.facts.values()) {
    const eventFrame = fact.frame?.type === undefined ? eventFrameOf(fact, base.entities) : undefined;
    if (eventFrame) {
      const event = base.entities.get(fact.subject) as Entity;
      (byEvent.get(event.id) ?? byEvent.set(event.id, { event, facts: [] }).get(event.id))?.facts.push(fact);
    } else {
      own.push(fact);
    }
  }

  const instances: Instance[] = [];
  const places = new Map<string, FactPlace>();
  const roleOf = (fact: Fact): string => fact.frame?.role ?? DEFAULT_ROLE[fact.value.type] ?? 'time';
  const withActors = (args: Record<string, string[]>, fact: Fact) => {
    const role = roleOf(fact);
    if (fact.value.type === 'attribution') args[role] = [...new Set([...(args[role] ?? []), ...fact.value.actors])];
    if (fact.value.type === 'role') args[role] = [...new Set([...(args[role] ?? []), fact.subject])];
    if (fact.value.type === 'status' && fact.value.by !== undefined && !args.agent) args.agent = [fact.value.by];
  };
  const place = (fact: Fact, instance: Instance) => {
    places.set(fact.id, {
      instance,
      role: roleOf(fact),
      requires: fact.frame?.requires ?? [],
      ...(fact.frame?.anchor !== undefined && { anchor: fact.frame.anchor }),
    });
  };

  for (const { event, facts } of byEvent.values()) {
    const spec = event.frame as FrameInstance;
    const frame = base.frames.get(spec.type);
    if (!frame) continue;
    const args: Record<string, string[]> = Object.fromEntries(Object.entries(spec.args).map(([r, ids]) => [r, [...ids]]));
    for (const fact of facts) withActors(args, fact);
    const instance: Instance = { id: event.id, frame, args, descriptions: spec.descriptions, details: spec.details, distinguishing: spec.distinguishing, ...(spec.occurrence && { occurrence: spec.occurrence }), event, facts };
    instances.push(instance);
    for (const fact of facts) place(fact, instance);
  }
  const cueFrames = new Map<string, Frame>();
  for (const fact of own) {
    const frame = fact.frame?.type !== undefined ? base.frames.get(fact.frame.type) : cueFrame(fact, cueFrames);
    if (!frame) continue;
    const spec = fact.frame;
    const args: Record<string, string[]> = spec
      ? Object.fromEntries(Object.entries(spec.args).map(([r, ids]) => [r, [...ids]]))
      : { subject: [fact.subject], ...(fact.about.length > 0 && { about: [...fact.about] }) };
    // A fact about a subject that is not an argument of its own frame still names it as the patient.
    if (spec && !Object.values(args).some((ids) => ids.includes(fact.subject)) && roleOf(fact) !== 'holder' && 'patient' in frame.roles && !args.patient) args.patient = [fact.subject];
    withActors(args, fact);
    const instance: Instance = {
      id: `fact:${fact.id}`, frame, args,
      descriptions: spec?.descriptions ?? {}, details: spec?.details ?? [], distinguishing: spec?.distinguishing ?? [],
      ...(spec?.occurrence && { occurrence: spec.occurrence }), facts: [fact],
    };
    instances.push(instance);
    place(fact, instance);
  }

  const phrases = new PhraseIndex<FramePhrase>();
  const framesSeen = new Set<Frame>();
  for (const instance of instances) {
    const frame = instance.frame;
    if (!framesSeen.has(frame)) {
      framesSeen.add(frame);
      for (const t of frame.triggers) addPhrase(phrases, t.phrase, { kind: 'trigger', frame, ...(t.subject && { subject: t.subject }), ...(t.object && { object: t.object }), ...(t.needs && { needs: t.needs }), ...(t.pos && { pos: t.pos }) });
      for (const v of frame.agentVerbs) addPhrase(phrases, v, { kind: 'agent-verb', frame });
      for (const polarity of ['holds', 'opposite', 'ends'] as const) for (const w of frame.polarity?.[polarity] ?? []) addPhrase(phrases, w, { kind: 'polarity', frame, polarity });
    }
    for (const [role, list] of Object.entries(instance.descriptions)) for (const d of list) addPhrase(phrases, d, { kind: 'description', instance, role });
    for (const d of instance.distinguishing) addPhrase(phrases, d, { kind: 'distinguishing', instance });
    for (const fact of instance.facts) for (const r of places.get(fact.id)?.requires ?? []) addPhrase(phrases, r, { kind: 'requires', fact });
  }

  const byFrame = new Map<string, Instance[]>();
  for (const i of instances) (byFrame.get(i.frame.id) ?? byFrame.set(i.frame.id, []).get(i.frame.id))?.push(i);
  const byFrameEntity = new Map<string, Map<string, Instance[]>>();
  for (const i of instances) {
    if (!isCueFrame(i.frame.id)) continue;
    const byEntity = byFrameEntity.get(i.frame.id) ?? byFrameEntity.set(i.frame.id, new Map()).get(i.frame.id) as Map<string, Instance[]>;
    for (const id of new Set(Object.values(i.args).flat())) byEntity.set(id, [...(byEntity.get(id) ?? []), i]);
  }
  const anchored = new Map<string, Fact[]>();
  for (const [factId, place] of places) {
    const fact = base.facts.get(factId);
    if (place.anchor !== undefined && fact) anchored.set(place.anchor, [...(anchored.get(place.anchor) ?? []), fact]);
  }
  const byEventId = new Map(instances.filter((i) => i.event).map((i) => [i.event?.id ?? '', i]));
  const bySubject = new Map<string, Fact[]>();
  for (const fact of base.facts.values()) (bySubject.get(fact.subject) ?? bySubject.set(fact.subject, []).get(fact.subject))?.push(fact);
  const times = new Map<string, Fact>();
  for (const fact of base.facts.values()) if (fact.value.type === 'date' && places.get(fact.id)?.role === 'time' && places.get(fact.id)?.instance.event) times.set(fact.subject, fact);

  const rootCache = new Map<string, string>();
  const rootOf = (id: string): string => {
    const cached = rootCache.get(id);
    if (cached) return cached;
    let e = base.entities.get(id);
    let root = id;
    for (let depth = 0; e?.partOf !== undefined && depth < 8; depth++) {
      root = e.partOf;
      e = base.entities.get(e.partOf);
    }
    rootCache.set(id, root);
    return root;
  };
  const within = (inner: string, outer: string): boolean => {
    let e = base.entities.get(inner);
    if (inner === outer) return true;
    for (let depth = 0; e?.partOf !== undefined && depth < 8; depth++) {
      if (e.partOf === outer) return true;
      e = base.entities.get(e.partOf);
    }
    return false;
  };

  const anchorsByFrame = new Map<string, string[]>();
  for (const eventId of anchored.keys()) {
    const frameId = byEventId.get(eventId)?.frame.id;
    if (frameId !== undefined) anchorsByFrame.set(frameId, [...(anchorsByFrame.get(frameId) ?? []), eventId]);
  }
  return {
    base,
    names,
    phrases,
    instances,
    instancesOf: (id) => byFrame.get(id) ?? [],
    instancesWith: (id, entityIds) => {
      const byEntity = byFrameEntity.get(id);
      if (!byEntity) return [];
      const found = new Set<Instance>();
      for (const e of entityIds) for (const i of byEntity.get(e) ?? []) found.add(i);
      return [...found];
    },
    isCueFrame,
    anchoredOn: (id) => anchored.get(id) ?? [],
    anchorsOfFrame: (id) => anchorsByFrame.get(id) ?? [],
    instanceOfEvent: (id) => byEventId.get(id),
    placeOf: (fact) => places.get(fact.id),
    factsAbout: (id) => bySubject.get(id) ?? [],
    timeOf: (id) => times.get(id),
    entity: (id) => base.entities.get(id),
    rootOf,
    within,
  };
}

const CUE_FRAME = 'cues:';
/** Whether a frame was made from a fact's cue words (see cueFrame). */
export function isCueFrame(frameId: string): boolean {
  return frameId.startsWith(CUE_FRAME);
}

/** A frame for a fact written with cue words only: its cues trigger it, its entities take part. */
function cueFrame(fact: Fact, shared: Map<string, Frame>): Frame | undefined {
  if (fact.cues.length === 0) return undefined;
  // Facts with the same cue words share one frame, so a base of many such facts indexes each
  // word once; which fact a sentence speaks of is then decided by the entities it names.
  const key = [...fact.cues].sort().join('\u0000');
  const known = shared.get(key);
  if (known) return known;
  const anyType: EntityType[] = ['person', 'organization', 'state', 'institution', 'event', 'publication', 'place', 'group'];
  const frame: Frame = {
    id: `${CUE_FRAME}${fact.id}`,
    triggers: fact.cues.map((phrase) => ({ phrase })),
    agentVerbs: [],
    roles: { subject: anyType, about: anyType, agent: anyType, holder: anyType, organization: anyType },
    marks: {},
    recurring: false,
    origin: fact.origin,
  };
  shared.set(key, frame);
  return frame;
}
