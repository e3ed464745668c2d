// index.html: every council with its current status and its latest instrument, filterable and sortable by the script.
import { escapeHtml, instrumentLabel, layout, statusLabel, timeHtml } from './html.js';
import { aboutFooter, type CouncilView, type ReportContext } from './model.js';

export const UNDER_TEXT = 'Under intervention';
export const NOT_UNDER_TEXT = 'Not under intervention';

export function councilHref(view: CouncilView): string {
  return `council/${view.slug}.html`;
}

function row(view: CouncilView): string {
  const status = view.underIntervention ? 'under' : 'not';
  const statusText = view.underIntervention ? UNDER_TEXT : NOT_UNDER_TEXT;
  const last = view.last;
  const lastCell = last
    ? `${escapeHtml(instrumentLabel(last.instrument))} <span class="badge status-${escapeHtml(last.status)}">${escapeHtml(statusLabel(last.status))}</span>`
    : '<span class="muted">none</span>';
  const lastValue = last ? instrumentLabel(last.instrument) : '';
  const n = view.records.length;
  return `<tr data-name="${escapeHtml(view.council.name)}" data-status="${status}">
<td class="name" data-label="Council"><a href="${escapeHtml(councilHref(view))}">${escapeHtml(view.council.name)}</a></td>
<td data-label="Status" data-value="${status === 'under' ? '0' : '1'}"><span class="badge status-${status}">${statusText}</span></td>
<td data-label="Last instrument" data-value="${escapeHtml(lastValue)}">${lastCell}</td>
<td data-label="Date" data-value="${escapeHtml(last?.issuedOn ?? '')}">${last ? timeHtml(last.issuedOn) : '<span class="muted">—</span>'}</td>
<td data-label="Instruments" data-value="${n}">${n}</td>
</tr>`;
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
Choose a council to see its instruments, deadlines and the documents they come from.</p>
${table}`;
  return layout({ title: 'DfE interventions in councils’ children’s services', root: '', body, footer: aboutFooter(ctx), script: true });
}
