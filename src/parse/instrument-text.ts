// The text of a legal instrument (a direction, an improvement notice, a revocation letter), whatever file it
// came in: recognised by its heading or its operative words, and dated by its own date line.
import { findDates, isDateLine, parseDate } from './published-date.js';

const HEADING = /^(?:(?:REVISED |SEND |STATUTORY )*DIRECTIONS? (?:ISSUED )?TO\b|(?:SEND |NON-STATUTORY )?IMPROVEMENT NOTICE\b|NOTICE OF REVOCATION\b|REVOCATION OF (?:THE )?(?:STATUTORY |REVISED )*(?:DIRECTION|IMPROVEMENT NOTICE))/;
/** A title-case heading ("Improvement notice: SEND") counts only with a date line of its own, as instruments have. */
const TITLE_HEADING = /^(?:SEND )?(?:improvement notice|(?:revised )?direction|notice of revocation)(?::| issued to\b| to\b)/i;
/** A letter from the Department: a salutation, its sign-off, and the Secretary of State in between. */
const LETTER = [/^Dear\b/m, /\bYours (?:sincerely|faithfully)\b/, /\bSecretary of State\b|\bDepartment for Education\b/];
const OPERATIVE = /\bNOW,? THEREFORE\b|\bhereby (?:directs|revokes|gives notice)\b|\bThe Secretary of State (?:hereby )?directs\b|\bDIRECTS the Council\b/;
const LABELLED = /^(?:date of issue|issue date|dated?|date of (?:this )?(?:direction|notice|letter)|made(?: on)?)\b/i;
/** "GIVEN under the hand of the Secretary of State … this 9th day of October 2024" */
const DAY_OF = /\bthis (\d{1,2})(?:st|nd|rd|th)? day of ([A-Z][a-z]+),? (\d{4})\b/;

/** A heading in the first lines, or the operative words of an instrument anywhere. */
export function looksLikeInstrument(paragraphs: string[]): boolean {
  const top = paragraphs.slice(0, 12).map((p) => p.trim());
  if (top.some((p) => HEADING.test(p)) || paragraphs.some((p) => OPERATIVE.test(p))) return true;
  if (top.some((p) => TITLE_HEADING.test(p)) && top.some((p) => LABELLED.test(p))) return true;
  const all = paragraphs.join('\n');
  return LETTER.every((re) => re.test(all)) && /\b(?:direction|improvement notice)\b/i.test(all);
}

/** The instrument's own date: a labelled date line, "this 9th day of …", else the first line that is only a date. */
export function instrumentDate(lines: string[]): string | null {
  for (const line of lines) {
    if (LABELLED.test(line.trim())) {
      const iso = isDateLine(line) ?? findDates(line)[0]?.iso;
      if (iso) return iso;
    }
    const dayOf = DAY_OF.exec(line);
    const dated = dayOf && parseDate(`${dayOf[1]} ${dayOf[2]} ${dayOf[3]}`);
    if (dated) return dated;
  }
  for (const line of lines) {
    const iso = isDateLine(line);
    if (iso) return iso;
  }
  return null;
}

/**
 * A GOV.UK publication page about an instrument, as text (a mirror, a saved page): its title names the instrument
 * and whom it was issued to ("Decision: Improvement notice issued to X", "Revised direction issued to Y: May 2024").
 */
const PUBLICATION_TITLE = /^(?:Decision:?\s*)?(?:(?:revised|statutory|SEND|non-statutory)\s+)*(?:direction|improvement notice|notice to improve)s?\s+(?:issued\s+)?to\b/i;
const PUBLICATION_TOP = 4;

export function looksLikePublication(paragraphs: string[]): boolean {
  return paragraphs.slice(0, PUBLICATION_TOP).some((p) => PUBLICATION_TITLE.test(p.trim()));
}
