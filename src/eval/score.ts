// Scoring one record against its gold line. Events are paired on council and instrument (issue date breaks
// ties); the facts of paired events are compared as sets; unpaired events count all their facts as misses.
import type { DocumentRecord, Intervention } from '../schema/record.js';
import { EXPECTED_ERROR, type GoldEvent, type GoldLine } from './gold.js';

export const FIELDS = ['councils', 'partners', 'people', 'deadlines', 'cadences', 'durations', 'links'] as const;
export const ACCURACIES = ['instrument', 'service', 'issued', 'published', 'due', 'error', 'ofsted'] as const;
export type Field = (typeof FIELDS)[number];
export type Accuracy = (typeof ACCURACIES)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  fields: Record<Field, Tally>;
  accuracies: Record<Accuracy, { right: number; total: number }>;
  misses: string[];
}

export function emptyScore(): Score {
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Score['fields'],
    accuracies: Object.fromEntries(ACCURACIES.map((a) => [a, { right: 0, total: 0 }])) as Score['accuracies'],
    misses: [],
  };
}

export function addScores(into: Score, from: Score): void {
  for (const f of FIELDS) for (const k of ['tp', 'fp', 'fn'] as const) into.fields[f][k] += from.fields[f][k];
  for (const a of ACCURACIES) {
    into.accuracies[a].right += from.accuracies[a].right;
    into.accuracies[a].total += from.accuracies[a].total;
  }
  into.misses.push(...from.misses);
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const overlaps = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));
/** A date is right when it agrees with the gold at the gold's precision. */
export const sameDate = (pred: string | null | undefined, gold: string) => !!pred && pred.slice(0, gold.length) === gold && pred.length >= gold.length;

/** Pairs items of two lists with a predicate, greedily in gold order; returns pairs and leftovers. */
function pair<G, P>(gold: G[], pred: P[], same: (g: G, p: P) => boolean) {
  const left = [...pred];
  const pairs: Array<[G, P]> = [];
  const missed: G[] = [];
  for (const g of gold) {
    const i = left.findIndex((p) => same(g, p));
    if (i < 0) missed.push(g);
    else pairs.push([g, left.splice(i, 1)[0]]);
  }
  return { pairs, missed, extra: left };
}

function tally(score: Score, field: Field, file: string, r: { pairs: unknown[]; missed: unknown[]; extra: unknown[] }, show: (x: any) => string) {
  score.fields[field].tp += r.pairs.length;
  score.fields[field].fn += r.missed.length;
  score.fields[field].fp += r.extra.length;
  for (const m of r.missed) score.misses.push(`${file}: missed ${field} ${show(m)}`);
  for (const x of r.extra) score.misses.push(`${file}: extra ${field} ${show(x)}`);
}

function scoreFacts(score: Score, file: string, g: GoldEvent | null, p: Intervention | null) {
  const where = `[${g?.council ?? p?.council.name}]`;
  tally(score, 'partners', file, pair(g?.partners ?? [], p?.partners ?? [], (a, b) => a.authority === b.council.name), (x) => `${where} ${x.authority ?? x.council.name}`);
  tally(score, 'people', file, pair(g?.people ?? [], p?.people ?? [], (a, b) => overlaps(a.name, b.name)), (x) => `${where} ${x.name}`);
  const deadlines = pair(g?.deadlines ?? [], p?.deadlines ?? [], (a, b) => overlaps(a.text, b.text) || (!!a.due && a.due === b.due));
  tally(score, 'deadlines', file, deadlines, (x) => `${where} "${x.text}" → ${x.due}`);
  for (const [gd, pd] of deadlines.pairs) {
    if (!gd.due) continue;
    score.accuracies.due.total++;
    if (pd.due === gd.due) score.accuracies.due.right++;
    else score.misses.push(`${file}: wrong due ${where} "${gd.text}": ${pd.due} (gold ${gd.due})`);
  }
  tally(score, 'cadences', file, pair(g?.cadences ?? [], p?.reviewCadences ?? [], (a, b) => a.every === b.every && overlaps(a.text, b.text)), (x) => `${where} "${x.text}" ${x.every}`);
  tally(score, 'durations', file, pair(g?.durations ?? [], p?.durations ?? [], (a, b) => a.length === b.length && overlaps(a.text, b.text)), (x) => `${where} "${x.text}" ${x.length}`);
}

export function scoreRecord(gold: GoldLine, record: DocumentRecord): Score {
  const score = emptyScore();
  const file = gold.file;
  if (gold.published) {
    score.accuracies.published.total++;
    if (record.source.publishedAt === gold.published) score.accuracies.published.right++;
    else score.misses.push(`${file}: wrong published ${record.source.publishedAt} (gold ${gold.published})`);
  }
  // A scan labelled for a reader without OCR ("the expected behaviour is to report a scanned document") that was
  // read by OCR: the record reports the scan (source.ocr), and the labels say nothing of the text OCR found.
  if (gold.expect_error === 'scanned' && record.source.ocr) {
    score.accuracies.error.total++;
    score.accuracies.error.right++;
    score.misses.push(`${file}: read by OCR (confidence ${record.source.ocr.meanConfidence}); labelled for a reader without OCR, its events are not scored`);
    return score;
  }
  if (gold.expect_error) {
    score.accuracies.error.total++;
    const code = record.error?.code ?? 'none';
    if ((EXPECTED_ERROR[gold.expect_error] ?? [gold.expect_error]).includes(code)) score.accuracies.error.right++;
    else score.misses.push(`${file}: wrong error ${code} (gold ${gold.expect_error})`);
  }
  // Only feeds and collections are labelled for links; a publication page's attachment links are not scored.
  if (gold.kind === 'feed' || gold.kind === 'govuk_collection') tally(score, 'links', file, pair(gold.links, record.links, (a, b) => a === b), (x) => String(x));

  const preds = record.interventions;
  const sameEvent = (g: GoldEvent, p: Intervention) => g.council === p.council.name && g.instrument === p.instrument;
  // Exact issue dates first, so that two directions to one council pair with the right ones.
  const byDate = pair(gold.events, preds, (g, p) => sameEvent(g, p) && !!g.issued && sameDate(p.issuedOn, g.issued));
  const rest = pair(byDate.missed, byDate.extra, sameEvent);
  const loose = pair(rest.missed, rest.extra, (g, p) => g.council === p.council.name);
  const matched = [...byDate.pairs, ...rest.pairs, ...loose.pairs];
  tally(score, 'councils', file, { pairs: matched, missed: loose.missed, extra: loose.extra }, (x) => `${x.council?.name ?? x.council} ${x.instrument} ${x.issued ?? x.issuedOn ?? ''}`);
  for (const [g, p] of matched) {
    score.accuracies.instrument.total++;
    if (g.instrument === p.instrument) score.accuracies.instrument.right++;
    else score.misses.push(`${file}: wrong instrument [${g.council}] ${p.instrument} (gold ${g.instrument})`);
    if (g.service) {
      score.accuracies.service.total++;
      if (g.service === p.service) score.accuracies.service.right++;
      else score.misses.push(`${file}: wrong service [${g.council} ${g.instrument}] ${p.service} (gold ${g.service})`);
    }
    if (g.issued) {
      score.accuracies.issued.total++;
      if (sameDate(p.issuedOn, g.issued)) score.accuracies.issued.right++;
      else score.misses.push(`${file}: wrong issued [${g.council} ${g.instrument}] ${p.issuedOn} (gold ${g.issued})`);
    }
    if (g.ofsted_rating || g.ofsted_date) {
      score.accuracies.ofsted.total++;
      const rightRating = (p.ofsted?.rating ?? null) === (g.ofsted_rating ?? null);
      const rightDate = !g.ofsted_date || sameDate(p.ofsted?.publishedOn, g.ofsted_date);
      if (rightRating && rightDate) score.accuracies.ofsted.right++;
      else score.misses.push(`${file}: wrong ofsted [${g.council}] ${JSON.stringify(p.ofsted)} (gold ${g.ofsted_rating} ${g.ofsted_date})`);
    }
    scoreFacts(score, file, g, p);
  }
  for (const g of loose.missed) scoreFacts(score, file, g, null);
  for (const p of loose.extra) scoreFacts(score, file, null, p);
  return score;
}

export function f1(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function microF1(score: Score): number {
  const total = FIELDS.reduce((acc, f) => ({ tp: acc.tp + score.fields[f].tp, fp: acc.fp + score.fields[f].fp, fn: acc.fn + score.fields[f].fn }), { tp: 0, fp: 0, fn: 0 });
  return f1(total).f;
}
