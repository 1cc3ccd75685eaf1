/**
 * Turns schema-valid entries into the typed model, checking what a schema cannot: that dates
 * exist, that spans and validity intervals run forwards.
 */
import { parseDateSpec, span, withBound, withPart } from '../values/date';
import type { DateBound, DatePart, DateRange, DateValue, Parsed } from '../values/date';
import { approximationInterval, DURATION_DAYS, MAGNITUDES } from '../values/quantity';
import type { Approximation, DurationUnit, Interval, Magnitude } from '../values/quantity';
import type { Entity, EntityType, Fact, FactFrame, FactValue, Frame, FrameInstance, FrameTrigger, Source, SourceKind } from './model';
import { PROBLEM_KINDS, problem } from './problems';
import type { Problem } from './problems';
import type { PathSegment, RawEntry } from './yamlFile';

type Built<T> = { item: T; problems: readonly Problem[] } | { item: undefined; problems: readonly Problem[] };

/* The raw shapes below are guaranteed by facts/schema.json, which validateEntry has checked. */
type DateSpec = string | number;

interface RawSource { id: string; title: string; kind: SourceKind; publisher?: string; date?: DateSpec; asOf?: DateSpec; localCopy?: string; note?: string }
interface RawInstance { type?: string; args?: Record<string, string | string[]>; descriptions?: Record<string, string[]>; details?: string[]; distinguishing?: string[]; occurrence?: 'first' | 'repeat' }
interface RawFactFrame extends RawInstance { role?: string; requires?: string[]; anchor?: string }
interface RawEntity { id: string; name: string; type: EntityType; aliases?: string[]; abbreviations?: string[]; partOf?: string; frame?: RawInstance & { type: string }; note?: string }
interface RawFrame { id: string; summary?: string; recurring?: boolean; triggers: (string | { phrase: string; subject?: string; object?: string; needs?: string; pos?: 'verb' | 'noun' })[]; agentVerbs?: string[]; roles: Record<string, EntityType[]>; marks?: Record<string, string>; polarity?: { holds?: string[]; opposite?: string[]; ends?: string[] }; note?: string }
interface RawLocator { id: string; paragraph: number; phrase: string }
interface RawFact { id: string; claim: string; subject: string; property: string; about?: string[]; cues?: string[]; frame?: RawFactFrame; value: RawValue; source: RawLocator; note?: string }
type RawValue =
  | { type: 'date'; date?: DateSpec; from?: DateSpec; to?: DateSpec; part?: DatePart; bound?: DateBound }
  | { type: 'money'; amount: number; magnitude?: Magnitude; currency: string; approximation?: Approximation; tolerance?: number }
  | { type: 'count'; value: number; unit: string; approximation?: Approximation; tolerance?: number }
  | { type: 'duration'; value: number; unit: DurationUnit; approximation?: Approximation; tolerance?: number }
  | { type: 'role'; role: string; organization?: string; from?: DateSpec; until?: DateSpec }
  | { type: 'attribution'; relation: string; actors: string[] }
  | { type: 'status'; status: string; by?: string; held?: boolean; from?: DateSpec; until?: DateSpec; endedBy?: string; ended?: string };

export function buildSource(entry: RawEntry): Built<Source> {
  const raw = entry.data as RawSource;
  const problems: Problem[] = [];
  const date = raw.date === undefined ? undefined : dateAt(entry, ['date'], raw.date, problems);
  const asOf = raw.asOf === undefined ? undefined : rangeAt(entry, ['asOf'], raw.asOf, problems);
  if (problems.length > 0) return { item: undefined, problems };
  return {
    item: {
      id: raw.id,
      title: raw.title,
      kind: raw.kind,
      ...(raw.publisher !== undefined && { publisher: raw.publisher }),
      ...(date !== undefined && { date }),
      ...(asOf !== undefined && { asOf }),
      ...(raw.localCopy !== undefined && { localCopy: raw.localCopy }),
      ...(raw.note !== undefined && { note: raw.note }),
      origin: entry.origin,
    },
    problems,
  };
}

export function buildEntity(entry: RawEntry): Built<Entity> {
  const raw = entry.data as RawEntity;
  return {
    item: {
      id: raw.id,
      name: raw.name,
      type: raw.type,
      aliases: raw.aliases ?? [],
      abbreviations: raw.abbreviations ?? [],
      ...(raw.partOf !== undefined && { partOf: raw.partOf }),
      ...(raw.frame !== undefined && { frame: { ...instance(raw.frame), type: raw.frame.type } }),
      ...(raw.note !== undefined && { note: raw.note }),
      origin: entry.origin,
    },
    problems: [],
  };
}

export function buildFrame(entry: RawEntry): Built<Frame> {
  const raw = entry.data as RawFrame;
  const triggers: FrameTrigger[] = raw.triggers.map((t) => (typeof t === 'string' ? { phrase: t } : { phrase: t.phrase, ...(t.subject !== undefined && { subject: t.subject }), ...(t.object !== undefined && { object: t.object }), ...(t.needs !== undefined && { needs: t.needs }), ...(t.pos !== undefined && { pos: t.pos }) }));
  const problems: Problem[] = [];
  const roles = new Set(Object.keys(raw.roles));
  for (const [mark, role] of Object.entries(raw.marks ?? {})) {
    if (!roles.has(role)) problems.push(invalid(entry, ['marks', mark], `names the role "${role}", which the frame does not have (${[...roles].join(', ')})`));
  }
  triggers.forEach((t, i) => {
    for (const key of ['subject', 'object', 'needs'] as const) {
      const role = t[key];
      if (role !== undefined && !roles.has(role)) problems.push(invalid(entry, ['triggers', i, key], `names the role "${role}", which the frame does not have`));
    }
  });
  if (problems.length > 0) return { item: undefined, problems };
  const p = raw.polarity;
  return {
    item: {
      id: raw.id,
      ...(raw.summary !== undefined && { summary: raw.summary }),
      triggers,
      agentVerbs: raw.agentVerbs ?? [],
      roles: raw.roles,
      marks: raw.marks ?? {},
      ...(p !== undefined && { polarity: { holds: p.holds ?? [], opposite: p.opposite ?? [], ends: p.ends ?? [] } }),
      recurring: raw.recurring ?? false,
      ...(raw.note !== undefined && { note: raw.note }),
      origin: entry.origin,
    },
    problems,
  };
}

/** An instance's fields with lists in place of single ids. */
function instance(raw: RawInstance): Omit<FrameInstance, 'type'> {
  const args: Record<string, readonly string[]> = {};
  for (const [role, ids] of Object.entries(raw.args ?? {})) args[role] = typeof ids === 'string' ? [ids] : ids;
  return {
    args,
    descriptions: raw.descriptions ?? {},
    details: raw.details ?? [],
    distinguishing: raw.distinguishing ?? [],
    ...(raw.occurrence !== undefined && { occurrence: raw.occurrence }),
  };
}

function factFrame(raw: RawFactFrame): FactFrame {
  return {
    ...(raw.type !== undefined && { type: raw.type }),
    ...instance(raw),
    ...(raw.role !== undefined && { role: raw.role }),
    requires: raw.requires ?? [],
    ...(raw.anchor !== undefined && { anchor: raw.anchor }),
  };
}

export function buildFact(entry: RawEntry): Built<Fact> {
  const raw = entry.data as RawFact;
  const problems: Problem[] = [];
  const value = buildValue(entry, raw.value, problems);
  if (value === undefined || problems.length > 0) return { item: undefined, problems };
  return {
    item: {
      id: raw.id,
      claim: raw.claim,
      subject: raw.subject,
      property: raw.property,
      about: raw.about ?? [],
      cues: raw.cues ?? [],
      ...(raw.frame !== undefined && { frame: factFrame(raw.frame) }),
      value,
      source: {
        sourceId: raw.source.id,
        paragraph: raw.source.paragraph,
        phrase: raw.source.phrase,
        paragraphOrigin: entry.at(['source', 'paragraph']),
        phraseOrigin: entry.at(['source', 'phrase']),
      },
      ...(raw.note !== undefined && { note: raw.note }),
      origin: entry.origin,
      claimOrigin: entry.at(['claim']),
    },
    problems,
  };
}

function buildValue(entry: RawEntry, raw: RawValue, problems: Problem[]): FactValue | undefined {
  const at = (...path: PathSegment[]): PathSegment[] => ['value', ...path];
  switch (raw.type) {
    case 'date': {
      let date: DateValue | undefined;
      if (raw.date !== undefined) {
        date = dateAt(entry, at('date'), raw.date, problems);
      } else if (raw.from !== undefined && raw.to !== undefined) {
        const from = rangeAt(entry, at('from'), raw.from, problems);
        const to = rangeAt(entry, at('to'), raw.to, problems);
        if (from && to) date = checked(entry, at('to'), span(from, to), problems);
      }
      if (date === undefined) return undefined;
      if (raw.part !== undefined || raw.bound !== undefined) {
        if (date.kind !== 'range') {
          problems.push(invalid(entry, at(raw.part !== undefined ? 'part' : 'bound'), 'part and bound need a date with a year'));
          return undefined;
        }
        if (raw.part !== undefined) date = withPart(date, raw.part);
        if (raw.bound !== undefined) date = withBound(date, raw.bound);
      }
      return { type: 'date', date };
    }
    case 'money':
      return {
        type: 'money',
        amount: raw.amount,
        ...(raw.magnitude !== undefined && { magnitude: raw.magnitude }),
        currency: raw.currency,
        ...approximate(raw, raw.amount * (raw.magnitude ? MAGNITUDES[raw.magnitude] : 1)),
      };
    case 'count':
      return { type: 'count', value: raw.value, unit: raw.unit, ...approximate(raw, raw.value) };
    case 'duration':
      return { type: 'duration', value: raw.value, unit: raw.unit, ...approximate(raw, raw.value * DURATION_DAYS[raw.unit]) };
    case 'role': {
      const validity = interval(entry, raw.from, raw.until, problems);
      if (validity === undefined) return undefined;
      return { type: 'role', role: raw.role, ...(raw.organization !== undefined && { organization: raw.organization }), ...validity };
    }
    case 'attribution':
      return { type: 'attribution', relation: raw.relation, actors: raw.actors };
    case 'status': {
      const validity = interval(entry, raw.from, raw.until, problems);
      if (validity === undefined) return undefined;
      return {
        type: 'status',
        status: raw.status,
        held: raw.held ?? true,
        ...(raw.by !== undefined && { by: raw.by }),
        ...validity,
        ...(raw.endedBy !== undefined && { endedBy: raw.endedBy }),
        ...(raw.ended !== undefined && { ended: raw.ended }),
      };
    }
  }
}

/** How approximate a figure is, and the interval of true values that admits. */
function approximate(raw: { approximation?: Approximation; tolerance?: number }, nominal: number): { approximation: Approximation; tolerance?: number; interval: Interval } {
  const approximation = raw.approximation ?? 'exact';
  return {
    approximation,
    ...(raw.tolerance !== undefined && { tolerance: raw.tolerance }),
    interval: approximationInterval(nominal, approximation, raw.tolerance),
  };
}

function interval(entry: RawEntry, from: DateSpec | undefined, until: DateSpec | undefined, problems: Problem[]): { from?: DateRange; until?: DateRange } | undefined {
  const start = from === undefined ? undefined : rangeAt(entry, ['value', 'from'], from, problems);
  const end = until === undefined ? undefined : rangeAt(entry, ['value', 'until'], until, problems);
  if ((from !== undefined && !start) || (until !== undefined && !end)) return undefined;
  if (start && end && end.end < start.start) {
    problems.push(invalid(entry, ['value', 'until'], `it ends (${end.label}) before it starts (${start.label})`));
    return undefined;
  }
  return { ...(start && { from: start }), ...(end && { until: end }) };
}

function dateAt(entry: RawEntry, path: PathSegment[], spec: DateSpec, problems: Problem[]): DateValue | undefined {
  return checked(entry, path, parseDateSpec(spec), problems);
}

function rangeAt(entry: RawEntry, path: PathSegment[], spec: DateSpec, problems: Problem[]): DateRange | undefined {
  const date = dateAt(entry, path, spec, problems);
  if (date === undefined) return undefined;
  if (date.kind !== 'range') {
    problems.push(invalid(entry, path, `${date.label} has no year; spans and validity intervals need one`));
    return undefined;
  }
  return date;
}

function checked<T>(entry: RawEntry, path: PathSegment[], parsed: Parsed<T>, problems: Problem[]): T | undefined {
  if (parsed.ok) return parsed.value;
  problems.push(invalid(entry, path, parsed.message));
  return undefined;
}

function invalid(entry: RawEntry, path: PathSegment[], message: string): Problem {
  const id = (entry.data as { id?: unknown }).id;
  return problem(PROBLEM_KINDS.invalidValue, `The ${entry.kind} "${String(id)}" ${path.join('.')}: ${message}; it is not loaded.`, entry.at(path));
}
