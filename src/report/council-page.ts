// council/<slug>.html: one council's history as a picture and a list, then each instrument with its values, the
// sentence each value came from in each source, where sources disagree (in words), and the sources themselves.
import type { InterventionRecord, SourceRef } from '../schema/intervention.js';
import { distinctDeadlines } from './deadlines.js';
import { disagreementHtml, sourceName } from './disagreements.js';
import { councilFeed } from './downloads.js';
import { readableUrl, type Said, type ValueKind } from './evidence.js';
import { escapeHtml, formatPeriod, instrumentLabel, isPast, layout, safeHref, statusLabel, timeHtml } from './html.js';
import { NOT_UNDER_TEXT, sendBadge, UNDER_TEXT } from './index-page.js';
import { aboutFooter, instrumentAnchor, type CouncilView, type ReportContext } from './model.js';
import { timelineSvg, type TimelineEntry } from './timeline-svg.js';

const KIND_LABELS: Record<SourceRef['kind'], string> = {
  instrument_pdf: 'Instrument (PDF)',
  govuk_publication: 'GOV.UK publication',
  govuk_collection: 'GOV.UK collection',
  news: 'News',
  feed: 'News feed',
  other: 'Other document',
};

/** A date cell's content, with "(past)" when the date is before the report's generation date. */
export function dueHtml(due: string | null, today: string): string {
  if (!due) return '<span class="muted">no date</span>';
  return isPast(due, today) ? `${timeHtml(due)} <span class="past-label">(past)</span>` : timeHtml(due);
}

/**
 * The record's sources as the page lists them: one entry per readable page, so a GOV.UK publication fetched both
 * as Content API JSON and as its page is listed once. `entryOf[i]` is the entry (0-based) of `record.sources[i]`.
 */
interface SourceEntries {
  entries: { href: string | null; shown: string; members: SourceRef[] }[];
  entryOf: number[];
}

function sourceEntries(r: InterventionRecord): SourceEntries {
  const entries: SourceEntries['entries'] = [];
  const entryOf = r.sources.map((s) => {
    const shown = readableUrl(s.uri);
    const at = entries.findIndex((e) => e.shown === shown);
    if (at >= 0) {
      entries[at].members.push(s);
      return at;
    }
    entries.push({ href: safeHref(shown), shown, members: [s] });
    return entries.length - 1;
  });
  return { entries, entryOf };
}

function sourceAnchor(recordIndex: number, entry: number): string {
  return `${instrumentAnchor(recordIndex)}-s${entry + 1}`;
}

interface Here {
  r: InterventionRecord;
  index: number;
  ctx: ReportContext;
  view: CouncilView;
  sources: SourceEntries;
}

/** "[2]": a link to a source's entry in the list (or out, if the record does not list it). */
function refLink(uri: string, h: Here): string {
  const i = h.r.sources.findIndex((s) => s.uri === uri);
  if (i >= 0) {
    const entry = h.sources.entryOf[i];
    const label = h.r.sources[i].title ?? uri;
    return `<a href="#${sourceAnchor(h.index, entry)}" title="${escapeHtml(label)}" aria-label="Source ${entry + 1}: ${escapeHtml(label)}">[${entry + 1}]</a>`;
  }
  const href = safeHref(readableUrl(uri));
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer" aria-label="Source: ${escapeHtml(uri)}">[source]</a>` : `<code>${escapeHtml(uri)}</code>`;
}

/** Links to the sources that gave a value: [1] [2], one per listed entry. */
function refs(from: string[], h: Here): string {
  if (!from.length) return '<span class="muted">—</span>';
  return `<span class="refs">${[...new Set(from.map((uri) => refLink(uri, h)))].join(' ')}</span>`;
}

/** A source named as a sentence would name it, linked to its readable page. */
function namedSource(uri: string, h: Here): string {
  const source = h.r.sources.find((s) => s.uri === uri) ?? { kind: 'other' as const, uri };
  const href = safeHref(readableUrl(uri));
  const name = escapeHtml(sourceName(source, h.r));
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${name}</a>` : name;
}

/**
 * "Where it says so" for one value: each distinct sentence once, with the sources that say it (by name, linked to the
 * readable page, and by number in the list). Sources with no sentence at hand are listed by number only.
 */
function saidCell(said: Said[], from: string[], h: Here): string {
  const bySentence = new Map<string, string[]>();
  for (const s of said) {
    const page = readableUrl(s.uri);
    const list = bySentence.get(s.sentence) ?? [];
    if (!list.some((u) => readableUrl(u) === page)) list.push(s.uri);
    bySentence.set(s.sentence, list);
  }
  const quoted = [...bySentence].map(
    ([sentence, uris]) =>
      `<div class="said"><q>${escapeHtml(sentence)}</q> <span class="said-by">— ${uris.map((u) => namedSource(u, h)).join(', ')} ${refs(uris, h)}</span></div>`,
  );
  const unquoted = from.filter((uri) => !said.some((s) => s.uri === uri));
  if (unquoted.length) quoted.push(`<div class="said muted">Also in ${refs(unquoted, h)}</div>`);
  return quoted.join('');
}

function said(h: Here, kind: ValueKind, value: Parameters<ReportContext['evidence']['valueSaid']>[2]): string {
  return saidCell(h.ctx.evidence.valueSaid(h.r, kind, value), value.from, h);
}

/** A values table; on a phone each row becomes a card whose cells carry their heading (data-label). */
function table(caption: string, headings: string[], rows: { cells: string[]; cls?: string }[]): string {
  const cell = (c: string, i: number) => `<td data-label="${escapeHtml(headings[i])}">${c}</td>`;
  return `<div class="table-wrap" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table class="cards">
<caption class="vh">${escapeHtml(caption)}</caption>
<thead><tr>${headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr${r.cls ? ` class="${escapeHtml(r.cls)}"` : ''}>${r.cells.map(cell).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
}

function or(value: string | null, fallback = '—'): string {
  return value ? escapeHtml(value) : `<span class="muted">${escapeHtml(fallback)}</span>`;
}

/** "the statutory direction of 5 March 2024", linked to its section (here or on another council's page). */
function chainLink(id: string, ctx: ReportContext, here: CouncilView): string {
  const target = ctx.byId.get(id);
  if (!target) return `an instrument not in the dataset (<code>${escapeHtml(id)}</code>)`;
  const r = target.view.records[target.index];
  const text = `${escapeHtml(instrumentLabel(r.instrument))}${r.issuedOn ? `, ${timeHtml(r.issuedOn)}` : ' (undated)'}`;
  const href = target.view === here ? `#${instrumentAnchor(target.index)}` : `${escapeHtml(target.view.slug)}.html#${instrumentAnchor(target.index)}`;
  return `<a href="${href}">${text}</a>`;
}

function chainNotes(r: InterventionRecord, ctx: ReportContext, view: CouncilView): string[] {
  const notes: string[] = [];
  if (r.replaces) notes.push(`Replaces ${chainLink(r.replaces, ctx, view)}`);
  if (r.replacedBy) notes.push(`Replaced by ${chainLink(r.replacedBy, ctx, view)}`);
  if (r.revokedBy) notes.push(`Revoked by ${chainLink(r.revokedBy, ctx, view)}`);
  return notes;
}

function heading(r: InterventionRecord): string {
  return `${escapeHtml(instrumentLabel(r.instrument))}, ${r.issuedOn ? timeHtml(r.issuedOn) : 'undated'}`;
}

function statusBadge(r: InterventionRecord): string {
  return `<span class="badge status-${escapeHtml(r.status)}">${escapeHtml(statusLabel(r.status))}</span>`;
}

function sourcesList(h: Here): string {
  const { r, index, sources } = h;
  if (!r.sources.length) return '<p class="muted">No source documents recorded.</p>';
  const items = sources.entries.map((e, i) => {
    const s = e.members[0];
    const title = escapeHtml(s.title ?? s.uri);
    const titleHtml = e.href ? `<a href="${escapeHtml(e.href)}" rel="noopener noreferrer">${title}</a>` : title;
    const cite = e.href ? ` cite="${escapeHtml(e.href)}"` : '';
    const sentence = h.ctx.evidence.instrumentSaid(s.uri, s.evidence).sentence;
    const quote = sentence
      ? `<blockquote${cite}><p>${escapeHtml(sentence)}</p></blockquote>`
      : '<p class="muted">No quote recorded.</p>';
    // The address shown is the page a person reads; the data address it was read from (the GOV.UK Content API) after.
    const read = e.members.filter((m) => m.uri !== e.shown).map((m) => `<br><span class="muted">Read from</span> <code>${escapeHtml(m.uri)}</code>`);
    return `<li id="${sourceAnchor(index, i)}">
<strong>${titleHtml}</strong><br>
<span class="muted">${escapeHtml(KIND_LABELS[s.kind] ?? s.kind)} · published ${timeHtml(s.publishedAt)}</span>
${quote}
<span class="uri">${e.href ? `<a href="${escapeHtml(e.href)}" rel="noopener noreferrer">${escapeHtml(e.shown)}</a>` : `<code>${escapeHtml(e.shown)}</code>`}${read.join('')}</span>
</li>`;
  });
  return `<ol class="sources">\n${items.join('\n')}\n</ol>`;
}

function instrumentSection(r: InterventionRecord, index: number, ctx: ReportContext, view: CouncilView): string {
  const id = instrumentAnchor(index);
  const h: Here = { r, index, ctx, view, sources: sourceEntries(r) };
  const parts: string[] = [];
  const missing: string[] = [];
  const WHERE = 'Where it says so';

  const facts = [
    ['Status', statusBadge(r)],
    ['Issued', timeHtml(r.issuedOn)],
    ['Service', `${escapeHtml(r.service)}${sendBadge(r)}`],
    ['Legal basis', r.legalBasis.length ? r.legalBasis.map(escapeHtml).join('; ') : '<span class="muted">not stated</span>'],
    ...chainNotes(r, ctx, view).map((n) => ['Chain', n]),
    [
      'Ofsted',
      r.ofsted && (r.ofsted.rating || r.ofsted.publishedOn)
        ? `${or(r.ofsted.rating, 'rating not stated')}${r.ofsted.publishedOn ? `, published ${timeHtml(r.ofsted.publishedOn)}` : ''}`
        : '<span class="muted">not stated</span>',
    ],
  ];
  parts.push(`<dl class="facts">\n${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`);
  // When the crawler found it, not a date of the instrument: said so, and kept apart from the facts.
  parts.push(
    `<p class="scraped muted">First seen by this dataset on ${timeHtml(r.firstSeen.slice(0, 10))}; last changed in this dataset on ${timeHtml(
      r.updated.slice(0, 10),
    )}. These are when this dataset’s crawler found it and its sources, not dates of the instrument.</p>`,
  );

  if (r.partners.length)
    parts.push(
      `<h3>Partners</h3>\n${table(
        'Partner councils',
        ['Council', 'Role', WHERE],
        r.partners.map((p) => ({ cells: [escapeHtml(p.council.name), escapeHtml(p.role), said(h, 'partners', p)] })),
      )}`,
    );
  else missing.push('partners');
  if (r.people.length)
    parts.push(
      `<h3>People</h3>\n${table(
        'People named',
        ['Name', 'Role', WHERE],
        r.people.map((p) => ({ cells: [escapeHtml(p.name), escapeHtml(p.role), said(h, 'people', p)] })),
      )}`,
    );
  else missing.push('people');
  if (r.deadlines.length)
    parts.push(
      `<h3>Deadlines</h3>\n${table(
        'Deadlines',
        ['Due', 'Action', 'As written', WHERE],
        distinctDeadlines(r).map(({ deadline: d, members }) => {
          const saidAll = members.flatMap((m) => ctx.evidence.valueSaid(r, 'deadlines', m));
          return {
            cls: d.due && isPast(d.due, ctx.today) ? 'past' : undefined,
            cells: [dueHtml(d.due, ctx.today), or(d.action), escapeHtml(d.text), saidCell(saidAll, d.from, h)],
          };
        }),
      )}`,
    );
  else missing.push('deadlines');
  if (r.reviewCadences.length)
    parts.push(
      `<h3>Reviews</h3>\n${table(
        'Review cadences',
        ['Every', 'Activity', 'First due', 'As written', WHERE],
        r.reviewCadences.map((c) => ({
          cells: [
            escapeHtml(formatPeriod(c.every)),
            or(c.activity),
            c.firstDue ? dueHtml(c.firstDue, ctx.today) : '<span class="muted">—</span>',
            escapeHtml(c.text),
            said(h, 'reviewCadences', c),
          ],
        })),
      )}`,
    );
  else missing.push('review cadences');
  if (r.durations.length)
    parts.push(
      `<h3>Durations</h3>\n${table(
        'Durations',
        ['Length', 'Qualifier', 'Of', 'As written', WHERE],
        r.durations.map((d) => ({ cells: [escapeHtml(formatPeriod(d.length)), or(d.qualifier), or(d.of), escapeHtml(d.text), said(h, 'durations', d)] })),
      )}`,
    );
  else missing.push('durations');
  if (missing.length) parts.push(`<p class="muted">Not found in the sources: ${escapeHtml(missing.join(', '))}.</p>`);
  if (r.conflicts.length)
    parts.push(`<h3>Where sources disagree</h3>
<p class="muted">The value shown above is the best source’s: the instrument itself, then GOV.UK, then the press.</p>
<ul class="disagree">
${r.conflicts.map((c) => `<li>${disagreementHtml(c, r)}</li>`).join('\n')}
</ul>`);
  parts.push(`<h3>Sources</h3>\n${sourcesList(h)}`);

  return `<section class="instrument st-${escapeHtml(r.status)}" id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${index + 1}. ${heading(r)}${sendBadge(r)}</h2>
${parts.join('\n')}
</section>`;
}

/** When each instrument stopped being in force: the issue date of what replaced or revoked it, if dated. */
function timelineEntries(view: CouncilView, ctx: ReportContext): TimelineEntry[] {
  return view.records.map((record, i) => {
    const next = record.replacedBy ?? record.revokedBy;
    const target = next ? ctx.byId.get(next) : undefined;
    return { record, anchor: instrumentAnchor(i), endedOn: target ? (target.view.records[target.index].issuedOn ?? null) : null };
  });
}

export function councilPage(view: CouncilView, ctx: ReportContext): string {
  const name = view.council.name;
  const status = view.underIntervention ? 'under' : 'not';
  const list = view.records.length
    ? `<ol class="timeline">
${view.records
  .map((r, i) => {
    const notes = chainNotes(r, ctx, view);
    return `<li><a href="#${instrumentAnchor(i)}">${heading(r)}</a>${sendBadge(r)} ${statusBadge(r)}${notes.map((n) => `<span class="chain">${n}</span>`).join('')}</li>`;
  })
  .join('\n')}
</ol>`
    : '<p>No instruments recorded.</p>';
  const missing = view.missingIds.length
    ? `<p class="muted">The timeline also lists ${view.missingIds.length} instrument(s) with no record in the dataset: ${view.missingIds
        .map((id) => `<code>${escapeHtml(id)}</code>`)
        .join(', ')}.</p>`
    : '';
  const feed = view.council.gss && ctx.files.has(councilFeed(view.council.gss));
  const follow = feed
    ? `<p class="follow">Follow ${escapeHtml(name)}: <a href="../../${escapeHtml(councilFeed(view.council.gss!))}" type="application/atom+xml">Atom feed of its changes</a>.</p>`
    : '';
  const body = `<p><a href="../index.html">All councils</a></p>
<h1>${escapeHtml(name)}</h1>
<p class="lede"><span class="badge status-${status}">${view.underIntervention ? UNDER_TEXT : NOT_UNDER_TEXT}</span>
${view.council.gss ? ` <span class="muted">GSS code ${escapeHtml(view.council.gss)}</span>` : ''}</p>
${follow}
<h2 id="timeline">Timeline</h2>
${timelineSvg(timelineEntries(view, ctx), ctx.today, name)}
${list}
${missing}
${view.records.map((r, i) => instrumentSection(r, i, ctx, view)).join('\n')}`;
  return layout({ title: `${name} — DfE interventions`, root: '../', body, footer: aboutFooter(ctx) });
}
