// Which service an instrument concerns: SEND (special educational needs and disabilities, Children and
// Families Act 2014 Part 3) or children's social care. The words beside a mention decide ("a SEND direction",
// "the direction on children's social care"); a document-wide tally decides for the rest.
import type { Service } from '../src/schema/record.js';

const SEND = /\bSEND\b|special educational needs|Children and Families Act 2014/g;
const CARE = /children['’]s social care|\bsocial care\b|child protection|children in need/gi;
/** How far around a mention its service words are looked for. */
const BEFORE = 50;
const AFTER = 60;

/** The service named right beside a mention, the nearer one when both are; null when neither is. */
export function serviceNear(
  text: string,
  start: number,
  end: number,
  bounds: { start: number; end: number },
  reach: { before: number; after: number } = { before: BEFORE, after: AFTER },
): Service | null {
  const from = Math.max(bounds.start, start - reach.before);
  const window = text.slice(from, Math.min(bounds.end, end + reach.after));
  const distance = (re: RegExp) => {
    let best = Infinity;
    for (const m of window.matchAll(re)) {
      const at = from + m.index!;
      best = Math.min(best, at < start ? start - at : Math.max(0, at - end));
    }
    return best;
  };
  const send = distance(SEND);
  const care = distance(CARE);
  if (send === Infinity && care === Infinity) return null;
  return send <= care ? 'SEND' : "children's social care";
}

/** The document's service when a mention says nothing: SEND when the title says so or SEND words dominate. */
export function documentService(title: string, text: string): Service {
  if (new RegExp(SEND.source).test(title)) return 'SEND';
  const send = (text.match(SEND) ?? []).length;
  const care = (text.match(CARE) ?? []).length;
  return send > 2 && send > care * 2 ? 'SEND' : "children's social care";
}
