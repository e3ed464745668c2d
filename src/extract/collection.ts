// A GOV.UK collection lists one instrument per document title ("Direction issued to Medway Council: October
// 2024"): each titled line is its own event, dated by the month in its title.
import { findCouncils } from '../../extractors/councils.js';
import { DATE_SOURCE, resolveDateMatch } from '../../extractors/dates.js';
import { findInstruments } from '../../extractors/instruments.js';
import { serviceOf } from '../../extractors/service.js';
import { sentenceEvidence, splitSentences } from '../../extractors/text.js';
import type { Intervention } from '../schema/record.js';
import { isAddressee } from './subjects.js';

const TITLE_DATE = new RegExp(`:\\s*(?:SEND,?\\s*)?${DATE_SOURCE}`, 'i');

export function collectionInterventions(text: string, anchor: string | null): Intervention[] {
  const out: Intervention[] = [];
  const mentions = findCouncils(text, anchor);
  for (const s of splitSentences(text)) {
    const first = findInstruments(text, [s], anchor).find((m) => !m.excluded && m.start - s.start < 12);
    if (!first) continue;
    const council = mentions.find((c) => c.start > first.end && c.end <= s.end && isAddressee(text, first, c));
    if (!council) continue;
    const d = TITLE_DATE.exec(s.text);
    const issuedOn = d?.groups ? resolveDateMatch(d.groups, null, 'past') : null;
    if (out.some((e) => e.council.name === council.council.name && e.instrument === first.kind && e.issuedOn === issuedOn)) continue;
    out.push({
      council: council.council,
      instrument: first.kind,
      service: serviceOf(s.text, '', ''),
      issuedOn,
      legalBasis: [],
      partners: [],
      people: [],
      deadlines: [],
      reviewCadences: [],
      durations: [],
      ofsted: null,
      evidence: sentenceEvidence(s),
    });
  }
  return out;
}
