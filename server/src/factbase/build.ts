/**
 * Turns schema-valid entries into the typed model, checking what a schema cannot: that dates
 * exist, that spans and validity intervals run forwards.
 */
import { parseDateSpec, span, withBound, withPart } from '../values/date';
import type { DateBound, DatePart, DateRange, DateValue, Parsed } from '../values/date';
import { approximationInterval, DURATION_DAYS, MAGNITUDES } from '../values/quantity';
import type { Approximation, DurationUnit, Interval, Magnitude } from '../values/quantity';
import type { Entity, EntityType, Fact, FactValue, Source, SourceKind } from './model';
import { PROBLEM_KINDS, problem } from './problems';
import type { Problem } from './problems';
import type { PathSegment, RawEntry } from './yamlFile';

type Built<T> = { item: T; problems: readonly Problem[] } | { item: undefined; problems: readonly Problem[] };

/* The raw shapes below are guaranteed by facts/schema.json, which validateEntry has checked. */
type DateSpec = string | number;

interface RawSource { id: string; title: string; kind: SourceKind; publisher?: string; date?: DateSpec; localCopy?: string; note?: string }
interface RawEntity { id: string; name: string; type: EntityType; aliases?: string[]; abbreviations?: string[]; partOf?: string; note?: string }
interface RawLocator { id: string; paragraph: number; phrase: string }
interface RawFact { id: string; claim: string; subject: string; property: string; about?: string[]; cues: string[]; value: RawValue; source: RawLocator; note?: string }
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
  if (problems.length > 0) return { item: undefined, problems };
  return {
    item: {
      id: raw.id,
      title: raw.title,
      kind: raw.kind,
      ...(raw.publisher !== undefined && { publisher: raw.publisher }),
      ...(date !== undefined && { date }),
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
      ...(raw.note !== undefined && { note: raw.note }),
      origin: entry.origin,
    },
    problems: [],
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
      cues: raw.cues,
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
