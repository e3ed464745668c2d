// What a run did, for the closing summary, the runs table and the exit code.
export interface RunCounts {
  /** Distinct URLs the sources yielded (listings included). */
  discovered: number;
  /** Bodies downloaded (200s), whether or not they turned out to be new. */
  fetched: number;
  /** 304s, or 200s whose bytes we already held: nothing extracted again. */
  unchanged: number;
  new: number;
  changed: number;
  /** Documents whose fetch failed, by error code. */
  failed: number;
  failures: Record<string, number>;
  /** Not fetched on purpose (host_not_allowed, an optional probe that failed), by reason. */
  skipped: number;
  skips: Record<string, number>;
  /** Fetched fine but readDocument returned an error record (scanned_pdf, …), by code. Not a run failure. */
  extractErrors: Record<string, number>;
  attachmentsAdded: number;
  attachmentsRemoved: number;
  sourcesFailed: { source: string; message: string }[];
  /** Documents the sources listed (not listings, not links to hosts outside allowedHosts), and how many of them arrived (new, changed or unchanged). */
  wanted: number;
  obtained: number;
  /** Listing items (collection documents, search results, feed items, manifest lines) of the wrong shape, each with why. */
  badItems: { source: string; message: string }[];
  /** --offline only: versions re-extracted from stored bodies. */
  reextracted: number;
  http: { requests: number; bodies: number; notModified: number; retries: number };
  /** Scans OCRed in this run, scans whose stored OCR text was reused (same bytes, same engine), pages OCRed. */
  ocr: { read: number; reused: number; pages: number };
}

export function emptyCounts(): RunCounts {
  return {
    discovered: 0,
    fetched: 0,
    unchanged: 0,
    new: 0,
    changed: 0,
    failed: 0,
    failures: {},
    skipped: 0,
    skips: {},
    extractErrors: {},
    attachmentsAdded: 0,
    attachmentsRemoved: 0,
    sourcesFailed: [],
    wanted: 0,
    obtained: 0,
    badItems: [],
    reextracted: 0,
    http: { requests: 0, bodies: 0, notModified: 0, retries: 0 },
    ocr: { read: 0, reused: 0, pages: 0 },
  };
}

export const bump = (tally: Record<string, number>, key: string) => {
  tally[key] = (tally[key] ?? 0) + 1;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Why the run failed, in one line, or null when it did not. Checked in order of how much it says about the
 * night: a source that could not be reached at all; a run that got none of the documents it meant to (every
 * one refused by robots.txt, say: nothing failed, yet nothing came); then documents and listing items that failed.
 */
export function failureReason(counts: RunCounts): string | null {
  if (counts.sourcesFailed.length) {
    const [first] = counts.sourcesFailed;
    const more = counts.sourcesFailed.length > 1 ? ` (and ${plural(counts.sourcesFailed.length - 1, 'more source')})` : '';
    return `source ${first.source} could not be reached: ${first.message}${more}`;
  }
  if (counts.wanted > 0 && counts.obtained === 0) {
    const why = tallyText({ ...counts.failures, ...counts.skips });
    return `nothing was fetched: none of the ${plural(counts.wanted, 'document')} the sources listed arrived${why ? ` (${why})` : ''}`;
  }
  const parts: string[] = [];
  if (counts.failed) parts.push(`${plural(counts.failed, 'document')} failed (${tallyText(counts.failures)})`);
  if (counts.badItems.length) parts.push(`${plural(counts.badItems.length, 'listing item')} of the wrong shape (first: ${counts.badItems[0].message})`);
  return parts.length ? parts.join('; ') : null;
}

/** 0 when everything went well; 1 when some documents or sources failed (the rest still done). */
export function exitCodeFor(counts: RunCounts): 0 | 1 {
  return failureReason(counts) === null ? 0 : 1;
}

const tallyText = (t: Record<string, number>) =>
  Object.entries(t)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

export function formatSummary(counts: RunCounts, seconds: number, offline: boolean): string {
  if (offline)
    return `offline: re-extracted ${counts.reextracted} stored versions in ${seconds.toFixed(1)} s` +
      (Object.keys(counts.extractErrors).length ? `; extraction errors: ${tallyText(counts.extractErrors)}` : '') +
      (counts.ocr.read || counts.ocr.reused ? `; ocr: ${counts.ocr.read} read, ${counts.ocr.reused} reused` : '');
  const reason = failureReason(counts);
  const lines = [
    ...(reason ? [`run failed: ${reason}`] : []),
    `discovered ${counts.discovered}, fetched ${counts.fetched}, unchanged ${counts.unchanged}, new ${counts.new}, changed ${counts.changed}, failed ${counts.failed}, skipped ${counts.skipped} (${seconds.toFixed(1)} s)`,
  ];
  if (counts.failed) lines.push(`  failed: ${tallyText(counts.failures)}`);
  if (counts.skipped) lines.push(`  skipped: ${tallyText(counts.skips)}`);
  if (Object.keys(counts.extractErrors).length) lines.push(`  extraction errors (stored as error records): ${tallyText(counts.extractErrors)}`);
  if (counts.attachmentsAdded || counts.attachmentsRemoved)
    lines.push(`  publication attachments: ${counts.attachmentsAdded} added, ${counts.attachmentsRemoved} removed`);
  for (const s of counts.sourcesFailed) lines.push(`  source ${s.source} failed: ${s.message}`);
  for (const b of counts.badItems) lines.push(`  bad listing item from ${b.source}: ${b.message}`);
  const h = counts.http;
  lines.push(`  http: ${h.requests} requests, ${h.bodies} bodies, ${h.notModified} not modified, ${h.retries} retries`);
  if (counts.ocr.read || counts.ocr.reused) lines.push(`  ocr: ${plural(counts.ocr.read, 'scan')} read (${plural(counts.ocr.pages, 'page')}), ${counts.ocr.reused} reused`);
  return lines.join('\n');
}
