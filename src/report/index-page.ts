// index.html: what is new since the last run, every council with its current status and its latest instrument
// (filterable and sortable by the script), and the dataset's downloads and feed.
import type { InterventionRecord } from '../schema/intervention.js';
import { DOWNLOADS, MAIN_FEED } from './downloads.js';
import { escapeHtml, formatDate, instrumentLabel, layout, statusLabel, timeHtml } from './html.js';
import { aboutFooter, instrumentAnchor, type CouncilView, type ReportContext } from './model.js';

export const UNDER_TEXT = 'Under intervention';
export const NOT_UNDER_TEXT = 'Not under intervention';

export function councilHref(view: CouncilView): string {
  return `council/${view.slug}.html`;
}

/** The SEND mark: a visible word, not a colour alone. */
export function sendBadge(r: Pick<InterventionRecord, 'service'>): string {
  return r.service === 'SEND' ? ' <span class="badge send" title="Special educational needs and disabilities">SEND</span>' : '';
}

function row(view: CouncilView): string {
  const status = view.underIntervention ? 'under' : 'not';
  const statusText = view.underIntervention ? UNDER_TEXT : NOT_UNDER_TEXT;
  const last = view.last;
  const lastCell = last
    ? `${escapeHtml(instrumentLabel(last.instrument))}${sendBadge(last)} <span class="badge status-${escapeHtml(last.status)}">${escapeHtml(statusLabel(last.status))}</span>`
    : '<span class="muted">none</span>';
  const lastValue = last ? `${instrumentLabel(last.instrument)}${last.service === 'SEND' ? ' SEND' : ''}` : '';
  const n = view.records.length;
  const send = view.records.filter((r) => r.service === 'SEND').length;
  const sendCount = send ? ` <span class="badge send" title="of which about special educational needs and disabilities">${send} SEND</span>` : '';
  return `<tr data-name="${escapeHtml(view.council.name)}" data-status="${status}"${send ? ' data-send="1"' : ''}>
<td class="name" data-label="Council"><a href="${escapeHtml(councilHref(view))}">${escapeHtml(view.council.name)}</a></td>
<td data-label="Status" data-value="${status === 'under' ? '0' : '1'}"><span class="badge status-${status}">${statusText}</span></td>
<td data-label="Last instrument" data-value="${escapeHtml(lastValue)}">${lastCell}</td>
<td data-label="Date" data-value="${escapeHtml(last?.issuedOn ?? '')}">${last ? timeHtml(last.issuedOn) : '<span class="muted">—</span>'}</td>
<td data-label="Instruments" data-value="${n}">${n}${sendCount}</td>
</tr>`;
}

function utcMinute(iso: string): string {
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

/** "New since the last run": the interventions the previous run's dataset did not have, linked to their sections. */
function newSection(ctx: ReportContext): string {
  const fresh = ctx.newSinceLastRun;
  if (fresh === undefined) return '';
  const since = ctx.lastRunAt ? ` (the run that started ${escapeHtml(utcMinute(ctx.lastRunAt))})` : '';
  let body: string;
  if (fresh === null) body = '<p>This is the dataset’s first run: every intervention below is new.</p>';
  else if (!fresh.length) body = `<p>Nothing new since the last run${since}.</p>`;
  else {
    const items = fresh.map((r) => {
      const at = ctx.byId.get(r.id);
      const href = at ? `${councilHref(at.view)}#${instrumentAnchor(at.index)}` : null;
      const what = `${escapeHtml(r.council.name)}: ${escapeHtml(instrumentLabel(r.instrument))}${r.issuedOn ? `, ${timeHtml(r.issuedOn)}` : ' (undated)'}`;
      return `<li>${href ? `<a href="${escapeHtml(href)}">${what}</a>` : what}${sendBadge(r)} <span class="badge status-${escapeHtml(r.status)}">${escapeHtml(
        statusLabel(r.status),
      )}</span> <span class="muted">first seen by this dataset on ${timeHtml(r.firstSeen.slice(0, 10))}</span></li>`;
    });
    body = `<p>${fresh.length === 1 ? 'One intervention' : `${fresh.length} interventions`} not in the dataset of the last run${since}:</p>
<ul class="new-list">
${items.join('\n')}
</ul>`;
  }
  return `<section class="new" aria-labelledby="new-h">
<h2 id="new-h">New since the last run</h2>
${body}
</section>`;
}

function downloadsSection(ctx: ReportContext): string {
  const files = DOWNLOADS.filter((d) => ctx.files.has(d.file));
  if (!files.length) return '';
  return `<section class="downloads" aria-labelledby="downloads-h">
<h2 id="downloads-h">Download the data</h2>
<ul>
${files.map((d) => `<li><a href="../${escapeHtml(d.file)}" download>${escapeHtml(d.file)}</a> — ${escapeHtml(d.label)} <span class="muted">(${escapeHtml(d.format)})</span></li>`).join('\n')}
</ul>
</section>`;
}

function feedLine(ctx: ReportContext): string {
  if (!ctx.files.has(MAIN_FEED)) return '';
  return `<p class="follow">Follow changes: <a href="../${MAIN_FEED}" type="application/atom+xml">Atom feed of every intervention</a>${
    [...ctx.files].some((f) => f.startsWith('feeds/')) ? ', or a council’s own feed from its page' : ''
  }.</p>`;
}

export function indexPage(ctx: ReportContext): string {
  const s = ctx.stats;
  const table = ctx.councils.length
    ? `<form id="filters" class="filters" role="search" aria-label="Filter councils" hidden>
<div><label for="q">Council name</label><input id="q" type="search" autocomplete="off" spellcheck="false"></div>
<div><label for="status-filter">Status</label><select id="status-filter">
<option value="">All councils</option>
<option value="under">${UNDER_TEXT}</option>
<option value="not">${NOT_UNDER_TEXT}</option>
</select></div>
</form>
<p id="count" class="count" aria-live="polite" hidden></p>
<div class="table-wrap">
<table id="councils" class="reflow">
<caption>Councils and their latest DfE instrument</caption>
<thead><tr>
<th scope="col" data-sort="text" aria-sort="ascending">Council</th>
<th scope="col" data-sort="text">Status</th>
<th scope="col" data-sort="text">Last instrument</th>
<th scope="col" data-sort="date">Date</th>
<th scope="col" data-sort="number">Instruments</th>
</tr></thead>
<tbody>
${ctx.councils.map(row).join('\n')}
</tbody>
</table>
</div>`
    : '<p>No interventions have been found yet.</p>';
  const body = `<h1>DfE interventions in councils’ children’s services</h1>
<p class="lede">${escapeHtml(String(s.underIntervention))} of ${escapeHtml(String(s.councils))} councils listed are under intervention now.
Choose a council to see its instruments, deadlines and the documents they come from. <span class="badge send">SEND</span> marks
instruments about special educational needs and disabilities; the rest are about children’s social care.</p>
${feedLine(ctx)}
${newSection(ctx)}
<h2 id="councils-h">All councils</h2>
${table}
${downloadsSection(ctx)}`;
  return layout({ title: 'DfE interventions in councils’ children’s services', root: '', body, footer: aboutFooter(ctx), script: true });
}
