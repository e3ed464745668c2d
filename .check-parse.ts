import { readFileSync } from 'node:fs';
import { parseDocument } from '/work/main/src/parse/index.js';
const verbose = process.argv[2];
for (const corpus of ['dev', 'seeds']) {
  const dir = `/work/shared/corpus/${corpus}`;
  for (const line of readFileSync(`${dir}/gold.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const g = JSON.parse(line);
    if (verbose && !g.file.includes(verbose)) continue;
    const bytes = readFileSync(`${dir}/${g.file.startsWith('docs/') || corpus === 'seeds' ? g.file : g.file}`);
    const uri = g.url ?? `file://${dir}/${g.file}`;
    try {
      const d = await parseDocument({ bytes, uri, contentType: g.content_type ?? null });
      const kindOk = d.kind === g.kind;
      const dateOk = g.published == null || d.publishedAt === g.published;
      const linksOk = !g.links?.length || JSON.stringify(d.links) === JSON.stringify(g.links);
      console.log(`${kindOk && dateOk && linksOk ? 'OK  ' : 'FAIL'} ${g.file} kind=${d.kind}${kindOk ? '' : '≠' + g.kind} date=${d.publishedAt}${dateOk ? '' : '≠' + g.published} links=${d.links.length}${linksOk ? '' : ' LINKS≠'} comments=${d.comments.length} title=${JSON.stringify(d.title)} len=${d.text.length}`);
      if (verbose) { console.log(d.text); console.log('--- COMMENTS'); console.log(d.comments); console.log(d.links); }
    } catch (e: any) {
      const ok = g.expect_error && e.code;
      console.log(`${ok ? 'OK  ' : 'FAIL'} ${g.file} ERROR ${e.code} (${g.expect_error}) ${e.message}`);
    }
  }
}
