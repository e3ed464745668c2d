// The extract stage: a parsed document → one intervention per legal instrument it reports.
// Pass 1 finds the instruments and the council each is addressed to (the events); pass 2 walks the sentences
// with a focus council and attaches partners, people, deadlines, cadences, durations and the Ofsted judgement.
import { findCadences } from '../../extractors/cadences.js';
import { councilOfDomain, findCouncils, type CouncilMention } from '../../extractors/councils.js';
import { findDeadlines } from '../../extractors/deadlines.js';
import { findDurations } from '../../extractors/durations.js';
import { addressTitle } from '../../extractors/instrument-dates.js';
import { findInstruments, ORDERING, type InstrumentMention } from '../../extractors/instruments.js';
import { findLegalBasis } from '../../extractors/legal-basis.js';
import { findOfsted } from '../../extractors/ofsted.js';
import { findPartners, type PartnerFact } from '../../extractors/partners.js';
import { PeopleReader, type PersonFact } from '../../extractors/people.js';
import { documentService, serviceNear } from '../../extractors/service.js';
import { evidence, sentenceEvidence, splitSentences, type Sentence } from '../../extractors/text.js';
import type { Intervention, Service } from '../schema/record.js';
import type { ParsedDocument } from '../parse/types.js';
import { collectionItems } from './collection.js';
import { EventTable, type Event } from './events.js';
import { isAddressee, subjectsOf } from './subjects.js';

/** News names its subjects early: a council first named later is a subject only when explicitly addressed. */
const LEDE_SENTENCES = 6;
/** Only sentences of prose count towards the lede: navigation, captions and teasers are shorter. */
const PROSE_WORDS = 6;
/** A short line without a full stop: a heading. */
const HEADING = /^[A-Z][^.!?]{0,60}$/;
const EXTRACTED_KINDS = new Set(['instrument_pdf', 'govuk_publication', 'govuk_collection', 'news']);
/** "All three directions require ...", "both councils": the sentence is about every council in the document. */
const ALL_EVENTS = /\b(?:all|both|each of the|the (?:two|three|four|five)) (?:\w+ )?(?:directions|notices|councils|authorities)\b|\bboth\b/i;
/** Policy talk about councils in general ("councils which fail ... would have commissioners appointed"). */
const HYPOTHETICAL = /\b(?:would|could|might)\b|\bcouncils (?:which|that|who)\b/i;
/** A deadline inside a condition ("… appointed if they fail to improve within six months") sets no deadline. */
const IN_CONDITION = /\bif (?:it|they|the council|councils|services) (?:fails?|do not|does not|don['’]t|doesn['’]t)\b[^.;:]*$/i;
const INTERVENTION_CONTEXT = /children['’]s services|children['’]s social care|\bSEND\b|special educational|Department (?:for|of) Education|\bDfE\b|Secretary of State|education secretary|children['’]s minister|\bOfsted\b|Education Act 1996|Children Act 2004/i;

export function extractInterventions(doc: ParsedDocument): Intervention[] {
  // Feeds and search listings only point at documents; their items are read from the documents themselves.
  if (!EXTRACTED_KINDS.has(doc.kind) || !INTERVENTION_CONTEXT.test(doc.text)) return [];
  if (doc.kind === 'govuk_collection') return fromCollection(doc);
  return fromText(doc);
}

/** Each collection item read as a publication; offsets moved back into the collection's text. */
function fromCollection(doc: ParsedDocument): Intervention[] {
  const out: Intervention[] = [];
  for (const item of collectionItems(doc.text)) {
    const text = doc.text.slice(item.start, item.end);
    const found = fromText({ ...doc, kind: 'govuk_publication', text, publishedAt: item.titleDate });
    for (const i of found) {
      const same = out.find((o) => o.council.name === i.council.name && o.instrument === i.instrument && datesAgree(o.issuedOn, i.issuedOn));
      if (same) {
        if ((i.issuedOn?.length ?? 0) > (same.issuedOn?.length ?? 0)) same.issuedOn = i.issuedOn;
        for (const p of i.partners) if (!same.partners.some((x) => x.council.name === p.council.name)) same.partners.push(shift(p, item.start));
        continue;
      }
      out.push(shift(i, item.start));
    }
  }
  return out;
}

const datesAgree = (a: string | null, b: string | null) => a === b || (!!a && !!b && (a.startsWith(b) || b.startsWith(a)));

/** Moves every evidence span inside a value by `by` characters. */
function shift<T>(value: T, by: number): T {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    v && typeof v === 'object' && typeof v.quote === 'string' && typeof v.start === 'number' ? { ...v, start: v.start + by, end: v.end + by } : v,
  );
}

function fromText(doc: ParsedDocument): Intervention[] {
  const anchor = doc.publishedAt;
  const text = doc.text;

  const sentences = splitSentences(text);
  const mentions = findCouncils(text, anchor);
  const bySentence = groupBy(mentions, (m) => sentenceAt(sentences, m.start, m.end));
  const partnerFacts = new Map<number, PartnerFact[]>();
  const partnerMentions = new Set<CouncilMention>();
  for (const s of sentences) {
    const facts = findPartners(text, s, bySentence.get(s.index) ?? []);
    partnerFacts.set(s.index, facts);
    for (const f of facts) partnerMentions.add(f.partner);
  }
  const subjectMentions = (s: Sentence) => (bySentence.get(s.index) ?? []).filter((m) => !m.body && !partnerMentions.has(m));

  const isInstrumentDoc = doc.kind === 'instrument_pdf' || doc.kind === 'govuk_publication';
  // An instrument's own text that orders a trust or a partnership is still one instrument.
  const instruments = findInstruments(text, sentences, anchor).filter((m) => !m.excluded && !(isInstrumentDoc && m.kind === 'other'));
  const instrumentsIn = groupBy(instruments, (m) => m.sentence.index);
  const table = new EventTable();
  const mentionEvents = new Map<InstrumentMention, Event[]>();

  // Pass 1: events.
  // A section heading that names a council ("Darlington", "Luton: plan due in May") opens a lede of its own.
  const headings = sentences.filter((s) => HEADING.test(s.text) && (bySentence.get(s.index)?.[0]?.start ?? -1) === s.start);
  const opening = ledeSentences(sentences);
  const lede = new Set([...opening, ...headings].flatMap((s) => subjectMentions(s).map((m) => m.council.name)));
  let focus: CouncilMention[] = [];
  // A council that helps another in this document is not the one an instrument is addressed to, unless it says so.
  // (A document that names no other council has nobody for it to help: "the Council, our owner and key partner".)
  const councilsNamed = new Set(mentions.filter((m) => !m.body).map((m) => m.council.name));
  const partnerNames = new Set(councilsNamed.size > 1 ? [...partnerMentions].map((m) => m.council.name) : []);
  const primary = isInstrumentDoc ? primaryCouncil(text, doc.title, mentions, instruments, partnerNames) : null;
  // A council's own page that says only "the Council" is about that council.
  const site = siteCouncil(doc.uri);
  if (site) lede.add(site.council.name);
  for (const s of sentences) {
    const here = subjectMentions(s);
    const mentioned = instrumentsIn.get(s.index) ?? [];
    for (const m of mentioned) {
      const candidates = here.filter((c) => !partnerNames.has(c.council.name) || isAddressee(text, m, c));
      let subjects = subjectsOf(text, m, candidates, focus.length ? focus : primary ? [primary] : site ? [site] : []);
      if (isInstrumentDoc && primary && !subjects.some((c) => isAddressee(text, m, c))) subjects = [primary];
      // A council first named late is a subject only when addressed, or when an instrument was already addressed to it.
      if (!isInstrumentDoc) subjects = subjects.filter((c) => lede.has(c.council.name) || isAddressee(text, m, c) || table.all().some((e) => e.council.name === c.council.name));
      const isSelf = isInstrumentDoc && table.size === 0;
      // An instrument PDF is dated by its own date line; a GOV.UK page's date is when it was published, so its
      // instrument takes a date from the text first.
      const date = isSelf && doc.kind === 'instrument_pdf' ? (m.date ?? anchor) : m.date;
      // A commissioner appointed in the sentence that issues a direction is part of that direction.
      const host = (c: CouncilMention) => {
        if (m.kind !== 'commissioner_appointment') return undefined;
        const e = mentioned.flatMap((x) => (ORDERING.has(x.kind) ? (mentionEvents.get(x) ?? []) : [])).find((x) => x.council.name === c.council.name);
        if (e && date && !e.issuedOn && !e.self) e.issuedOn = date;
        return e;
      };
      const events = subjects.map((c) => host(c) ?? table.upsert(c.council, asRevisedWhenNew(text, m, table, c), date, isSelf));
      mentionEvents.set(m, events);
      if (subjects.length) focus = subjects;
    }
    const notPartners = here.filter((c) => !partnerNames.has(c.council.name));
    if (notPartners.length && !mentioned.length) focus = notPartners;
  }
  if (table.size === 0) return [];
  if (isInstrumentDoc) table.dateSelf(anchor);

  // Services are known from the mentions alone; a sentence that names one service ("SEND improvement partner")
  // belongs to that council's instrument of that service when the document has one.
  const services = new Map(table.all().map((e, _, all) => [e, serviceOfEvent(e, all, doc)] as const));
  const mixed = new Set(table.all().filter((e) => table.all().some((x) => x.council.name === e.council.name && services.get(x) !== services.get(e))).map((e) => e.council.name));
  const byService = (events: Event[], s: Sentence): Event[] => {
    if (!events.some((e) => mixed.has(e.council.name))) return events;
    const said = serviceNear(text, s.start, s.end, s, { before: 0, after: Infinity });
    if (!said) return events;
    return unique(events.map((e) => (services.get(e) === said ? e : (table.all().find((x) => x.council.name === e.council.name && services.get(x) === said) ?? e))));
  };

  // Pass 2: facts, attached to the events the sentence is about.
  const legalBasis = findLegalBasis(text);
  let current: Event[] = table.primaryEvents().slice(0, 1);
  // People are read in every sentence, in order (a later "Ms Doe" is the Jo Doe named before), and kept where the sentence has events.
  const reader = new PeopleReader(sentences);
  for (const s of sentences) {
    const people = reader.read(s);
    const mentioned = instrumentsIn.get(s.index) ?? [];
    // A revocation's sentence is about the revocation, not the instrument it ends.
    const named = mentioned.filter((i) => !i.revokedObject).flatMap((i) => mentionEvents.get(i) ?? []);
    const byCouncil = mainEvents(subjectMentions(s), table);
    const everyone = byCouncil.length === 0 && ALL_EVENTS.test(s.text) ? table.primaryEvents() : [];
    const targets = byService(everyone.length ? everyone : named.length ? unique(named) : byCouncil.length ? unique(byCouncil) : current, s);
    if (byCouncil.length) current = unique(byCouncil);
    else if (named.length && !isInstrumentDoc) {
      // Later sentences continue about the instrument in hand, not one named in passing ("replaces the one of January").
      const inHand = mentioned.filter((i) => !i.other).flatMap((i) => mentionEvents.get(i) ?? []);
      current = unique(inHand.length ? inHand : named).slice(0, 1);
    }
    attachPartners(text, partnerFacts.get(s.index) ?? [], named, targets, table);
    if (targets.length) attachFacts(doc, s, people, targets, !everyone.length && !named.length, table);
  }
  table.settlePeople();
  table.foldIntoInstruments();
  dateFromAddress(table.all(), doc.uri);
  if (!isInstrumentDoc && anchor) dateFromReportingTense(table.all(), new Set(opening), anchor);
  table.settleOfsted();
  return table.all().map((e) => e.toIntervention(legalBasis, services.get(e)!));
}

/** The main event of each council in `mentions` that has one. */
function mainEvents(mentions: CouncilMention[], table: EventTable): Event[] {
  const out: Event[] = [];
  for (const m of mentions) {
    const e = table.primaryFor(m.council.name);
    if (e) out.push(e);
  }
  return out;
}

/**
 * A sentence's partners go to the helped council's instrument the sentence names ("While the notice was in force,
 * Brent worked with …"), else to its main one; a partner with no helped council named, to the sentence's first event.
 */
function attachPartners(text: string, facts: PartnerFact[], named: Event[], targets: Event[], table: EventTable): void {
  for (const p of facts) {
    const helped = p.subject ? (named.find((e) => e.council.name === p.subject!.council.name) ?? table.primaryFor(p.subject.council.name)) : undefined;
    for (const e of helped ? [helped] : targets.slice(0, 1)) {
      if (e.council.name !== p.partner.council.name) e.addPartner(p.partner.council, p.role, evidence(text, p.partner.start, p.partner.end));
    }
  }
}

/**
 * Pass 2's facts of one sentence, once the events it is about (`targets`) are known: its people, deadlines, review
 * cadences, durations and Ofsted judgement. `assumed`: the sentence names neither a council nor an instrument.
 */
function attachFacts(doc: ParsedDocument, s: Sentence, people: PersonFact[], targets: Event[], assumed: boolean, table: EventTable): void {
  const text = doc.text;
  const anchor = doc.publishedAt;
  for (const person of people) {
    // An outgoing holder ("Jo Doe passed the reins to …") stays with the instrument that appointed them.
    const outgoing = PREVIOUS_ROLE.test(person.role) && table.all().some((e) => e.people.some((p) => p.name === person.name));
    if (outgoing) continue;
    for (const e of appointedTo(person.role, targets, table)) e.addPerson(person.name, person.role, sentenceEvidence(s), assumed);
  }
  const deadlines = HYPOTHETICAL.test(s.text)
    ? []
    : findDeadlines(s, anchorFor(doc, targets[0], anchor)).filter((d) => !IN_CONDITION.test(text.slice(s.start, d.start)));
  for (const d of deadlines) for (const e of targets) e.addDeadline(d, text);
  for (const c of findCadences(s)) {
    const first = deadlines.find((d) => /^the first/i.test(d.text));
    for (const e of targets) e.addCadence(c, first?.due ?? null, text);
  }
  for (const d of findDurations(s)) for (const e of targets) e.addDuration(d, text);
  const ofsted = findOfsted(s, anchor);
  if (ofsted) for (const e of ALL_EVENTS.test(s.text) ? targets : targets.slice(0, 1)) table.judgedEvent(e, ofsted.rating)?.setOfsted(ofsted);
}

/**
 * An event's service: what the words beside its mentions say, else the nearest service words in their sentences;
 * else, when another instrument in the document is explicitly SEND, children's social care (the document holds
 * both kinds); else the document's own service.
 */
function serviceOfEvent(e: Event, all: Event[], doc: ParsedDocument): Service {
  const near = (x: Event) => x.mentions.map((m) => serviceNear(doc.text, m.start, m.end, m.sentence)).find((s) => s !== null) ?? null;
  const whole = { before: Infinity, after: Infinity };
  const own = near(e) ?? e.mentions.map((m) => serviceNear(doc.text, m.start, m.end, m.sentence, whole)).find((s) => s !== null);
  if (own) return own;
  if (all.some((x) => x !== e && near(x) === 'SEND')) return "children's social care";
  return documentService(doc.title ?? '', doc.text);
}

/** "The new direction" in a story about a revised direction is that revised direction. */
function asRevisedWhenNew(text: string, m: InstrumentMention, table: EventTable, c: CouncilMention): InstrumentMention {
  if (m.kind !== 'direction' || !/^new\b/i.test(text.slice(m.start, m.end))) return m;
  return table.all().some((e) => e.council.name === c.council.name && e.kind === 'revised_direction') ? { ...m, kind: 'revised_direction' } : m;
}

/** Relative deadlines run from the instrument's date in instruments and on its GOV.UK page, from the article's date in news. */
function anchorFor(doc: ParsedDocument, event: Event, fallback: string | null): string | null {
  if ((doc.kind === 'instrument_pdf' || doc.kind === 'govuk_publication') && event.issuedOn && event.issuedOn.length === 10) return event.issuedOn;
  return fallback;
}

/**
 * The council an instrument document is addressed to: named after "issued to"; else the one in its title; else the
 * one it names most (a letterhead's "Westminster" is named once, the addressee throughout).
 */
function primaryCouncil(text: string, title: string | null, mentions: CouncilMention[], instruments: InstrumentMention[], partners: Set<string>): CouncilMention | null {
  const councils = mentions.filter((m) => !m.body && !partners.has(m.council.name));
  for (const i of instruments.slice(0, 5)) {
    const c = councils.find((m) => isAddressee(text, i, m));
    if (c) return c;
  }
  const titled = title ? findCouncils(title, null).map((m) => m.council.name) : [];
  const inTitle = councils.find((m) => titled.includes(m.council.name));
  if (inTitle) return inTitle;
  const count = (name: string) => councils.filter((m) => m.council.name === name).length;
  return councils.reduce<CouncilMention | null>((best, m) => (!best || count(m.council.name) > count(best.council.name) ? m : best), null);
}

/** A commissioner belongs to the council's commissioner appointment when the text reports one, not to a trust or a
 * revocation the sentence is about (under a direction or notice, the commissioner stays with it). */
function appointedTo(role: string, targets: Event[], table: EventTable): Event[] {
  if (!/commissioner/i.test(role) || targets.some((t) => ORDERING.has(t.kind))) return targets;
  return targets.map((t) => (t.kind === 'commissioner_appointment' ? t : (table.all().find((e) => e.council.name === t.council.name && e.kind === 'commissioner_appointment') ?? t)));
}

/** The council whose site the document is on, as a mention of no span (it is named by the address, not the text). */
function siteCouncil(uri: string | undefined): CouncilMention | null {
  const council = councilOfDomain(uri);
  return council ? { start: 0, end: 0, surface: '', council, body: false, possessive: false } : null;
}

const PREVIOUS_ROLE = /^previous\b/i;

/** News reports what happened today or lately: "has appointed", "the minister has said", "was issued today", "this afternoon", "this week". */
const TODAY = /\btoday\b|\bthis (?:morning|afternoon|evening)\b/i;
const RECENT = /\b(?:has|have)\s+(?:now\s+|also\s+|just\s+|today\s+)?(?:been\s+)?(?:issued|appointed|given|served|sent|placed|ordered|directed|handed|imposed|lifted|revoked|removed|ended|decided|announced|named|published|told|put|brought|installed|confirmed|made|stripped|moved|transferred|said)\b|\bthis (?:week|month)\b/i;

/** A name as the words of an address give it: lower case, letters only ("stoke on trent"). */
const asAddressWords = (name: string) => ` ${name.toLowerCase().replace(/[^a-z]+/g, ' ').trim()} `;

/** An undated instrument of the kind and council that the page address's GOV.UK title names takes the title's month. */
function dateFromAddress(events: Event[], uri: string | undefined): void {
  // Most events are dated by their text: the address is read only for one that is not.
  if (events.every((e) => e.issuedOn)) return;
  const title = addressTitle(uri);
  if (!title) return;
  for (const e of events) if (!e.issuedOn && e.kind === title.kind && asAddressWords(title.to).includes(asAddressWords(e.council.name))) e.issuedOn = title.month;
}

/**
 * An undated instrument that a news article's lede reports in the present perfect, or that follows a lede in that
 * tense, took place in the article's month ("The DfE has appointed a commissioner"); one reported as happening
 * today, anywhere in the article, on the article's day.
 */
function dateFromReportingTense(events: Event[], lede: Set<Sentence>, anchor: string): void {
  const ledeIsRecent = [...lede].some((s) => RECENT.test(s.text) || TODAY.test(s.text));
  for (const e of events) {
    if (e.issuedOn || e.mentions.every((m) => m.other)) continue;
    const said = e.mentions.filter((m) => !m.other && lede.has(m.sentence)).map((m) => m.sentence.text);
    if (e.mentions.some((m) => !m.other && TODAY.test(m.sentence.text))) e.issuedOn = anchor;
    else if (said.some((t) => RECENT.test(t)) || (!said.length && ledeIsRecent)) e.issuedOn = anchor.slice(0, 7);
  }
}

/** The opening sentences of prose, and whatever short lines (headline, navigation, captions) stand among them. */
/** Whether `text` has at least `n` words (as `split(/\s+/)` counts them), without splitting all of it. */
function hasWords(text: string, n: number): boolean {
  const gaps = /\s+/g;
  let words = 1;
  while (words < n && gaps.exec(text)) words++;
  return words >= n;
}

function ledeSentences(sentences: Sentence[]): Sentence[] {
  let prose = 0;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (prose >= LEDE_SENTENCES) break;
    out.push(s);
    if (hasWords(s.text, PROSE_WORDS)) prose++;
  }
  return out;
}

function groupBy<T>(xs: T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The index of the sentence that holds [start, end), by binary search (sentences are in order), or -1. */
function sentenceAt(sentences: Sentence[], start: number, end: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? s.index : -1;
  }
  return -1;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
