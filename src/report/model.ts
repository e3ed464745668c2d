// What the pages show, worked out once from the merged dataset: one view per council, with its instruments in
// timeline order, a unique page slug, and the counts for the About footer.
import type { CouncilRef } from '../schema/record.js';
import type { CouncilTimeline, InterventionRecord } from '../schema/intervention.js';
import { escapeHtml, slugify } from './html.js';
import { EvidenceIndex } from './evidence.js';

export interface CouncilView {
  council: CouncilRef;
  slug: string;
  underIntervention: boolean;
  /** Instruments oldest first, as the timeline orders them; records the timeline does not list come after. */
  records: InterventionRecord[];
  /** Timeline ids with no record in the dataset (shown, not dropped). */
  missingIds: string[];
  /** The latest dated instrument, else the last one; null when there are none. */
  last: InterventionRecord | null;
}

export interface ReportContext {
  /** Generation time, ISO timestamp. */
  generatedAt: string;
  /** The generation date in England (YYYY-MM-DD): deadlines before it are marked past. */
  today: string;
  councils: CouncilView[];
  /** Record id → [council view, position in its timeline]; for "replaces"/"replaced by" links. */
  byId: Map<string, { view: CouncilView; index: number }>;
  stats: { councils: number; underIntervention: number; instruments: number; sources: number };
  /** Each value's sentence in each source (empty when the report was given no document records). */
  evidence: EvidenceIndex;
  /**
   * The records new since the last run, newest issue date first; null when there is no earlier run to compare with,
   * undefined when the report was not told (then it says nothing about what is new).
   */
  newSinceLastRun: InterventionRecord[] | null | undefined;
  /** When the last run began (ISO), for "new since the run of …"; null if unknown. */
  lastRunAt: string | null;
  /** Dataset files present beside the report (paths relative to the data directory). */
  files: Set<string>;
}

export interface ContextExtras {
  documents?: ConstructorParameters<typeof EvidenceIndex>[0];
  /** Ids of the dataset the last run published; null or absent when there was none. */
  previousIds?: ReadonlySet<string> | null;
  lastRunAt?: string | null;
  files?: Set<string>;
}

function councilKey(c: CouncilRef): string {
  return c.gss ?? `name:${c.name.trim().toLowerCase()}`;
}

/** The date in England of an instant, as YYYY-MM-DD. */
export function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Records not in the last run's dataset, newest issue date first (undated last), then by council. */
function newRecords(interventions: InterventionRecord[], previousIds: ReadonlySet<string>): InterventionRecord[] {
  return interventions
    .filter((r) => !previousIds.has(r.id))
    .sort((a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? '') || a.council.name.localeCompare(b.council.name, 'en-GB') || a.id.localeCompare(b.id));
}

export function buildContext(
  interventions: InterventionRecord[],
  timelines: CouncilTimeline[],
  now: Date,
  extras: ContextExtras = {},
): ReportContext {
  const records = new Map(interventions.map((r) => [r.id, r]));
  const views = new Map<string, CouncilView>();
  const placed = new Set<string>();

  for (const t of timelines) {
    const key = councilKey(t.council);
    let view = views.get(key);
    if (!view) {
      view = { council: t.council, slug: '', underIntervention: false, records: [], missingIds: [], last: null };
      views.set(key, view);
    }
    view.underIntervention ||= t.underIntervention;
    for (const id of t.interventions) {
      const r = records.get(id);
      if (!r) view.missingIds.push(id);
      else if (!placed.has(id)) {
        view.records.push(r);
        placed.add(id);
      }
    }
  }
  // Records no timeline lists still belong on their council's page (after the timeline's own, oldest first).
  const orphans = interventions
    .filter((r) => !placed.has(r.id))
    .sort((a, b) => (a.issuedOn ?? '9999').localeCompare(b.issuedOn ?? '9999') || a.id.localeCompare(b.id));
  for (const r of orphans) {
    const key = councilKey(r.council);
    let view = views.get(key);
    if (!view) {
      view = { council: r.council, slug: '', underIntervention: r.status === 'in_force', records: [], missingIds: [], last: null };
      views.set(key, view);
    }
    view.records.push(r);
    placed.add(r.id);
  }

  const councils = [...views.values()].sort(
    (a, b) => a.council.name.localeCompare(b.council.name, 'en-GB') || councilKey(a.council).localeCompare(councilKey(b.council)),
  );
  const used = new Set<string>();
  for (const v of councils) {
    const base = slugify(v.council.name);
    let slug = base;
    if (used.has(slug) && v.council.gss) slug = `${base}-${v.council.gss.toLowerCase()}`;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    v.slug = slug;
    const dated = v.records.filter((r) => r.issuedOn);
    v.last = dated.length ? dated.reduce((a, b) => ((b.issuedOn as string) >= (a.issuedOn as string) ? b : a)) : (v.records.at(-1) ?? null);
  }

  const byId = new Map<string, { view: CouncilView; index: number }>();
  for (const v of councils) v.records.forEach((r, index) => byId.set(r.id, { view: v, index }));

  const sources = new Set(interventions.flatMap((r) => r.sources.map((s) => s.uri)));
  return {
    generatedAt: now.toISOString(),
    today: londonDate(now),
    councils,
    byId,
    stats: {
      councils: councils.length,
      underIntervention: councils.filter((v) => v.underIntervention).length,
      instruments: interventions.length,
      sources: sources.size,
    },
    evidence: new EvidenceIndex(extras.documents ?? []),
    newSinceLastRun:
      extras.previousIds === undefined ? undefined : extras.previousIds?.size ? newRecords(interventions, extras.previousIds) : null,
    lastRunAt: extras.lastRunAt ?? null,
    files: extras.files ?? new Set(),
  };
}

/** The anchor id of an instrument on its council page. */
export function instrumentAnchor(index: number): string {
  return `i${index + 1}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The About footer shared by every page. */
export function aboutFooter(ctx: ReportContext): string {
  const s = ctx.stats;
  const when = new Date(ctx.generatedAt);
  const readable = `${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<h2>About this data</h2>
<p>Department for Education interventions in English councils’ children’s services — improvement notices, statutory
directions, revised directions, revocations and commissioner appointments — found in published documents and
read automatically. Every value links to the documents it was read from; check the quoted evidence before relying on it.</p>
<p>Generated <time datetime="${escapeHtml(ctx.generatedAt)}">${escapeHtml(readable)}</time>.
${escapeHtml(plural(s.councils, 'council'))}, ${escapeHtml(String(s.underIntervention))} under intervention;
${escapeHtml(plural(s.instruments, 'instrument'))} from ${escapeHtml(plural(s.sources, 'source document'))}.</p>`;
}
