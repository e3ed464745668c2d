// A GOV.UK collection lists its instruments as items: a title line ("Direction issued to Medway Council:
// October 2024") and the description lines under it ("This direction was revoked on 2 May 2022").
// Each item is read as a small publication of its own, dated by the month in its title.
import { DATE_SOURCE, resolveDateMatch } from '../../extractors/dates.js';

export interface CollectionItem {
  start: number;
  end: number;
  /** The month (or date) in the item's title, ISO, or null. */
  titleDate: string | null;
}

/** A title line: descriptions are sentences and end with a full stop, titles do not. */
const ITEM_TITLE = /^(?:SEND |revised |non-statutory )*(?:directions?|improvement notices?) issued to [^\n]*[^.\n]$/gim;
const TITLE_DATE = new RegExp(`:\\s*(?:SEND,?\\s*)?${DATE_SOURCE}\\s*$`, 'i');

export function collectionItems(text: string): CollectionItem[] {
  const titles = [...text.matchAll(ITEM_TITLE)];
  return titles.map((m, i) => {
    const start = m.index!;
    const blank = text.indexOf('\n\n', start);
    const next = titles[i + 1]?.index ?? text.length;
    const end = blank >= 0 && blank < next ? blank : next;
    const d = TITLE_DATE.exec(m[0]);
    return { start, end, titleDate: d?.groups ? resolveDateMatch(d.groups, null, 'past') : null };
  });
}
