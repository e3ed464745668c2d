// The report's stylesheet and its one small script, written as report.css and report.js next to index.html.
// The script only enhances: it shows the filter controls and turns the column headings into sort buttons. Without it
// every row is still in the page. It is a classic script (module scripts do not load from file://).

export const CSS = `*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1b1b1b; background: #fff; overflow-wrap: break-word; }
a { color: #1d4f91; }
a:visited { color: #4c2c92; }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid #fd0; outline-offset: 0; }
.skip { position: absolute; left: -999px; }
.vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip:focus { left: 0.5rem; top: 0.5rem; background: #fd0; color: #000; padding: 0.25rem 0.5rem; z-index: 1; }
header.site { background: #1b1b1b; padding: 0.6rem 1rem; }
header.site a { color: #fff; font-weight: 700; text-decoration: none; }
main, footer.about { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
footer.about { margin-top: 3rem; padding-top: 0.5rem; padding-bottom: 2rem; border-top: 1px solid #b1b4b6; color: #454a4d; font-size: 0.9rem; }
footer.about h2 { font-size: 1rem; margin: 0.5rem 0; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 1.2rem 0 0.6rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
.muted { color: #505a5f; }
.lede { font-size: 1.1rem; }
.badge { display: inline-block; padding: 0 0.45em; border: 1px solid currentColor; border-radius: 0.25em;
  font-size: 0.85em; font-weight: 600; white-space: nowrap; }
.status-under, .status-in_force { color: #942514; background: #fbeae7; }
.status-not, .status-revoked, .status-revocation { color: #0b5d2a; background: #e6f4ea; }
.status-replaced { color: #454a4d; background: #f0f0f0; }
.status-unknown { color: #594d00; background: #fff7bf; }
.badge.send { color: #3d2375; background: #efe9f8; margin-left: 0.3em; }
section.new { border-left: 4px solid #1d4f91; padding: 0.1rem 0 0.1rem 0.9rem; margin: 1.2rem 0; }
section.new h2 { margin-top: 0.5rem; }
.new-list { padding-left: 1.2rem; }
.new-list li { margin: 0.3rem 0; }
.follow { margin: 0.5rem 0; }
.downloads ul { padding-left: 1.2rem; }
.scraped { font-size: 0.9rem; margin: 0.3rem 0 0.8rem; }
.said { margin: 0 0 0.4rem; max-width: 40rem; }
.said q { font-style: italic; }
.said-by { font-size: 0.9rem; white-space: normal; }
ul.disagree { padding-left: 1.2rem; }
ul.disagree li { margin: 0.4rem 0; }
/* The council timeline picture (timeline-svg.ts): colours by status, as the badges. */
.tl-figure { margin: 0.5rem 0 1rem; }
svg.tl { display: block; width: 100%; max-width: 26rem; height: auto; font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.tl-axis { stroke: #505a5f; stroke-width: 2; }
.tl-tick { stroke: #505a5f; stroke-width: 1; }
.tl-year { fill: #454a4d; font-size: 12px; }
.tl-today { stroke: #1b1b1b; stroke-width: 1.5; stroke-dasharray: 3 2; }
.tl-today-label { font-weight: 600; fill: #1b1b1b; }
.tl-period { fill: #b1b4b6; }
.tl-period.st-in_force { fill: #d4351c; }
.tl-mark { stroke: #fff; stroke-width: 1.5; fill: #505a5f; }
.tl-mark.st-in_force { fill: #942514; }
.tl-mark.st-revoked { fill: #0b5d2a; }
.tl-mark.st-unknown { fill: #594d00; }
.tl-mark .tl-cross { stroke: #0b5d2a; stroke-width: 3.5; fill: none; }
.tl-mark.st-in_force .tl-cross { stroke: #942514; }
.tl-leader { stroke: #b1b4b6; stroke-width: 1; fill: none; }
.tl-label { fill: #1d4f91; font-weight: 700; text-decoration: underline; }
.tl-when { fill: #454a4d; font-size: 12px; }
.tl-item:focus { outline: 3px solid #fd0; }
.tl-item:hover .tl-label { fill: #0b0c0c; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 1rem 0 0.5rem; }
.filters label { display: block; font-weight: 600; }
.filters input, .filters select { font: inherit; padding: 0.3rem 0.4rem; border: 2px solid #1b1b1b; border-radius: 0; min-width: 14rem; max-width: 100%; background: #fff; }
.count { margin: 0.5rem 0; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem 0.45rem 0; border-bottom: 1px solid #b1b4b6; }
th { border-bottom: 2px solid #1b1b1b; white-space: nowrap; }
button.sort { font: inherit; font-weight: 700; color: #1d4f91; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
button.sort::after { content: " \\2195"; color: #505a5f; text-decoration: none; display: inline-block; margin-left: 0.2em; }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; }
th[aria-sort="descending"] button.sort::after { content: " \\25BC"; }
td.past, li.past { color: #6f2c00; }
.past-label { font-weight: 700; }
.timeline { padding-left: 1.5rem; }
.timeline li { margin: 0.35rem 0; }
.chain { display: block; font-size: 0.92rem; color: #454a4d; }
section.instrument { border-top: 4px solid #1d4f91; margin-top: 2.5rem; }
section.instrument.st-replaced, section.instrument.st-revoked { border-top-color: #b1b4b6; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; min-width: 0; }
.refs { white-space: nowrap; font-size: 0.9rem; }
.refs a { margin-right: 0.25em; }
ol.sources { padding-left: 1.5rem; }
ol.sources li { margin: 0.6rem 0; }
blockquote { margin: 0.3rem 0; padding: 0.2rem 0 0.2rem 0.8rem; border-left: 4px solid #b1b4b6; color: #2b2b2b; }
.uri { word-break: break-all; font-size: 0.9rem; }
code { font-size: 0.9em; word-break: break-all; }
@media (max-width: 40rem) {
  h1 { font-size: 1.5rem; }
  .filters input, .filters select { min-width: 0; width: 100%; }
  .filters > div { flex: 1 1 100%; }
  /* The councils table reflows into one card per council; the headings stay as a row of sort buttons. */
  table.reflow, table.reflow tbody, table.reflow tr, table.reflow td { display: block; width: 100%; }
  table.reflow thead tr { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
  table.reflow th { border: 0; padding: 0.25rem 0; }
  table.reflow thead { display: block; border-bottom: 2px solid #1b1b1b; }
  table.reflow caption { display: block; }
  table.reflow tr { border-bottom: 1px solid #b1b4b6; padding: 0.5rem 0; }
  table.reflow td { border: 0; padding: 0.1rem 0; }
  table.reflow td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  table.reflow td.name::before { content: none; }
  table.reflow td.name { font-size: 1.1rem; font-weight: 600; }
  /* A council page's values tables: one card per row, each cell with its heading, no sideways scrolling. */
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards thead { display: none; }
  table.cards tr { border-bottom: 1px solid #b1b4b6; padding: 0.4rem 0; }
  table.cards td { border: 0; padding: 0.1rem 0; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.3rem; }
}
@media print {
  header.site, .filters, .count, .skip { display: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; }
}
`;

export const JS = `(function () {
  'use strict';
  var table = document.getElementById('councils');
  var form = document.getElementById('filters');
  if (!table || !form || !table.tHead || !table.tBodies[0]) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var q = document.getElementById('q');
  var status = document.getElementById('status-filter');
  var count = document.getElementById('count');
  var collator = typeof Intl !== 'undefined' ? new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' }) : null;

  function norm(s) {
    s = String(s || '');
    if (s.normalize) s = s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '');
    return s.toLowerCase().replace(/\\s+/g, ' ');
  }
  function apply() {
    var needle = norm(q.value).trim();
    var wanted = status.value;
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!needle || norm(row.getAttribute('data-name')).indexOf(needle) !== -1) &&
        (!wanted || row.getAttribute('data-status') === wanted);
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = 'Showing ' + shown + ' of ' + rows.length + (rows.length === 1 ? ' council' : ' councils');
  }
  function compare(a, b) {
    return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
  }
  function value(row, col) {
    var cell = row.cells[col];
    if (!cell) return '';
    var v = cell.getAttribute('data-value');
    return v === null ? cell.textContent.trim() : v;
  }
  function sortBy(col, th) {
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir);
    var sign = dir === 'ascending' ? 1 : -1;
    var keyed = rows.map(function (row, i) { return { row: row, v: value(row, col), n: value(row, 0), i: i }; });
    keyed.sort(function (a, b) {
      if (a.v === '' && b.v !== '') return 1; // blanks (undated) last either way
      if (b.v === '' && a.v !== '') return -1;
      var c = sign * compare(a.v, b.v);
      if (c === 0) c = compare(a.n, b.n); // ties by council name, A to Z
      return c === 0 ? a.i - b.i : c;
    });
    keyed.forEach(function (k) { tbody.appendChild(k.row); });
  }

  heads.forEach(function (th, col) {
    if (!th.hasAttribute('data-sort')) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () { sortBy(col, th); });
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  q.addEventListener('input', apply);
  status.addEventListener('change', apply);
  form.hidden = false;
  count.hidden = false;
  apply();
})();
`;
