// The events of one document: one per (council, instrument, issue date), with the facts attached to each.
// Mentions without a date join the council's first event of a compatible kind; a dated mention fills an
// undated event or starts a new one ("the direction of 22 August 2018" beside the revocation that ends it).
import type { CadenceFact } from '../../extractors/cadences.js';
import type { DeadlineFact } from '../../extractors/deadlines.js';
import type { DurationFact } from '../../extractors/durations.js';
import { ORDERING, type InstrumentMention } from '../../extractors/instruments.js';
import type { OfstedFact } from '../../extractors/ofsted.js';
import { evidence, sentenceEvidence } from '../../extractors/text.js';
import type { CouncilRef, Deadline, Duration, Evidence, InstrumentKind, Intervention, Ofsted, Partner, Person, ReviewCadence, Service } from '../schema/record.js';

/** A revised direction is also "the Direction" in its own text. */
const SAME_INSTRUMENT: Record<InstrumentKind, InstrumentKind[]> = {
  direction: ['direction'],
  revised_direction: ['revised_direction', 'direction'],
  revocation: ['revocation'],
  improvement_notice: ['improvement_notice'],
  commissioner_appointment: ['commissioner_appointment', 'direction'],
  other: ['other'],
};

/** The words of a mention, from its sentence. */
const spoken = (m: InstrumentMention) => m.sentence.text.slice(m.start - m.sentence.start, m.end - m.sentence.start);

/** A period given to do something: "nine months to improve", "a year to show progress". */
const TIME_TO_ACT = /\b(?:months?|years?|weeks?) to [a-z]+$/i;
/** An ISO 8601 period in months (P1Y and P12M are one length); NaN for weeks, days and open-ended terms. */
const monthsOf = (iso: string) => {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(iso);
  return m && (m[1] || m[2]) ? Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) : NaN;
};

const words = (a: string) => a.toLowerCase().replace(/\s+/g, ' ');
const sameWords = (a: string, b: string) => words(a) === words(b);
/** "until May 2017" and "has until May 2017": one phrase holds the other. */
const withinWords = (a: string, b: string) => words(a).includes(words(b)) || words(b).includes(words(a));

const compatibleDates = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** The clause around a phrase, without the phrase: what the deadline or cadence asks for. */
function clauseAround(sentence: string, from: number, to: number): string | null {
  const before = sentence.slice(0, from).replace(/[\s,;:]+$/, '').split(/[,;:]\s/).pop() ?? '';
  const after = sentence.slice(to).replace(/^[\s,;:]+/, '').split(/[,;:.]\s|[.;]$/)[0] ?? '';
  const clause = `${before} ${after}`.replace(/\s+/g, ' ').trim();
  return clause ? clause.slice(0, 200) : null;
}

export class Event {
  readonly partners: Partner[] = [];
  readonly people: Person[] = [];
  readonly deadlines: Deadline[] = [];
  readonly cadences: ReviewCadence[] = [];
  readonly durations: Duration[] = [];
  ofsted: Ofsted | null = null;
  /** Every mention that named this instrument, in document order. */
  readonly mentions: InstrumentMention[] = [];

  constructor(
    readonly council: CouncilRef,
    /** A direction turns out to be a revised one when the text says it replaces another. */
    public kind: InstrumentKind,
    public issuedOn: string | null,
    readonly mention: InstrumentMention,
    readonly self: boolean,
  ) {}

  addPartner(council: CouncilRef, role: string, ev: Evidence) {
    const known = this.partners.find((p) => p.council.name === council.name);
    if (!known) this.partners.push({ council, role, evidence: ev });
    else if (known.role === 'partner' && role !== 'partner') known.role = role;
  }

  /** People attached only because their sentence continued about this event, not because it named one. */
  readonly assumedPeople = new Set<string>();

  addPerson(name: string, role: string, ev: Evidence, assumed = false) {
    if (!this.people.some((p) => p.name === name)) {
      this.people.push({ name, role, evidence: ev });
      if (assumed) this.assumedPeople.add(name);
    } else if (!assumed) this.assumedPeople.delete(name);
  }

  addDeadline(d: DeadlineFact, text: string) {
    // Once per event: a headline and the body often state the same fact in the same words.
    if (this.deadlines.some((x) => x.evidence.start === d.start || (x.due === d.due && withinWords(x.text, d.text)))) return;
    const action = clauseAround(d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start);
    this.deadlines.push({ text: d.text, due: d.due, action, evidence: evidence(text, d.start, d.end) });
  }

  addCadence(c: CadenceFact, firstDue: string | null, text: string) {
    if (this.cadences.some((x) => x.evidence.start === c.start || (x.every === c.every && sameWords(x.text, c.text)))) return;
    const activity = clauseAround(c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start);
    this.cadences.push({ text: c.text, every: c.every, activity, firstDue, evidence: evidence(text, c.start, c.end) });
  }

  addDuration(d: DurationFact, text: string) {
    if (this.durations.some((x) => x.evidence.start === d.start || (x.length === d.length && sameWords(x.text, d.text)))) return;
    // "a year to improve" in the lede and "12 months to demonstrate progress" below are one period given: keep the
    // fuller statement (the later one on a tie).
    const restated = this.durations.findIndex((x) => TIME_TO_ACT.test(x.text) && TIME_TO_ACT.test(d.text) && monthsOf(x.length) === monthsOf(d.length));
    if (restated >= 0 && this.durations[restated].text.length > d.text.length) return;
    if (restated >= 0) this.durations.splice(restated, 1);
    const of = clauseAround(d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start);
    this.durations.push({ text: d.text, length: d.length, qualifier: d.qualifier, of, evidence: evidence(text, d.start, d.end) });
  }

  setOfsted(f: OfstedFact) {
    if (!this.ofsted) this.ofsted = { rating: f.rating, publishedOn: f.publishedOn };
    else {
      this.ofsted.rating ??= f.rating;
      this.ofsted.publishedOn ??= f.publishedOn;
    }
  }

  toIntervention(legalBasis: string[], service: Service): Intervention {
    return {
      council: this.council,
      instrument: this.kind,
      service,
      issuedOn: this.issuedOn,
      legalBasis: this.self || this.kind !== 'revocation' ? legalBasis : [],
      partners: this.partners,
      people: this.people,
      deadlines: this.deadlines,
      reviewCadences: this.cadences,
      durations: this.durations,
      ofsted: this.ofsted,
      evidence: sentenceEvidence(this.mention.sentence),
    };
  }
}

export class EventTable {
  private readonly events: Event[] = [];

  get size() {
    return this.events.length;
  }

  all(): Event[] {
    return this.events;
  }

  upsert(council: CouncilRef, m: InstrumentMention, date: string | null, self: boolean): Event {
    const event = this.place(council, m, date, self);
    event.mentions.push(m);
    return event;
  }

  private place(council: CouncilRef, m: InstrumentMention, date: string | null, self: boolean): Event {
    const mine = this.events.filter((e) => e.council.name === council.name);
    if (m.replacing) {
      // "This direction replaces the earlier one": the direction in hand (or the one of that date) is the revised one.
      const directions = mine.filter((e) => e.kind === 'direction' || e.kind === 'revised_direction');
      const same = date ? directions.find((e) => e.issuedOn && compatibleDates(e.issuedOn, date)) : directions.find((e) => e.mentions.some((x) => !x.other));
      if (same) {
        same.kind = 'revised_direction';
        if (date && (!same.issuedOn || date.length > same.issuedOn.length)) same.issuedOn = date;
        return same;
      }
      const event = new Event(council, m.kind, date, m, self);
      this.events.push(event);
      return event;
    }
    const selfEvent = mine.find((e) => e.self);
    // "the letter lifting the improvement notice", undated: the notice already in hand, whichever it is.
    const revokedInHand = m.revokedObject && !date ? mine.find((e) => e.kind === m.kind) : undefined;
    if (revokedInHand) return revokedInHand;
    // "Direction issued to X" over "A revised statutory direction issued to X": the page's instrument is the revised
    // one (a page of "Directions issued to X" holds several).
    if (!m.other && !date && selfEvent?.kind === 'direction' && m.kind === 'revised_direction' && !/s$/i.test(spoken(selfEvent.mention))) {
      selfEvent.kind = 'revised_direction';
      return selfEvent;
    }
    if (!m.other && selfEvent && SAME_INSTRUMENT[selfEvent.kind].includes(m.kind)) {
      if (!date) return selfEvent;
      // A dated mention of another kind ("gave the Council a direction on 30 March 2017") is an earlier instrument.
      if (m.kind === selfEvent.kind && (!selfEvent.issuedOn || compatibleDates(selfEvent.issuedOn, date))) {
        if (!selfEvent.issuedOn || date.length > selfEvent.issuedOn.length) selfEvent.issuedOn = date;
        return selfEvent;
      }
    }
    const sameKind = mine.filter((e) => e.kind === m.kind && !(e.self && m.other));
    if (date) {
      const dated = sameKind.find((e) => e.issuedOn && compatibleDates(e.issuedOn, date));
      if (dated) {
        if (date.length > dated.issuedOn!.length) dated.issuedOn = date;
        return dated;
      }
      const undated = sameKind.find((e) => !e.issuedOn && !e.self);
      if (undated) {
        undated.issuedOn = date;
        return undated;
      }
    } else if (m.other && sameKind.some((e) => e.issuedOn)) {
      // "the first direction", "the earlier direction": the oldest dated one.
      return [...sameKind].filter((e) => e.issuedOn).sort((a, b) => a.issuedOn!.localeCompare(b.issuedOn!))[0];
    } else if (sameKind.length) return sameKind[0];
    const event = new Event(council, m.kind, date, m, self);
    this.events.push(event);
    return event;
  }

  /**
   * A person a sentence ties to a named instrument belongs to that instrument, not to the one an earlier sentence
   * (a heading, a letter's signature) was assumed to be about.
   */
  settlePeople(): void {
    for (const e of this.events) {
      for (const name of e.assumedPeople) {
        const namedElsewhere = this.events.some((x) => x !== e && x.council.name === e.council.name && x.people.some((p) => p.name === name) && !x.assumedPeople.has(name));
        if (namedElsewhere) e.people.splice(e.people.findIndex((p) => p.name === name), 1);
      }
    }
  }

  /**
   * A judgement published after an instrument was issued did not lead to it: it goes to the council's first
   * instrument issued on or after it that has none ("a direction in November 2018 … judged inadequate in June 2019
   * … commissioners appointed in October 2019"). Where there is none, it stays.
   */
  settleOfsted(): void {
    for (const e of this.events) {
      const judged = e.ofsted?.publishedOn;
      if (!judged || !e.issuedOn || !isAfter(judged, e.issuedOn)) continue;
      const later = this.events
        .filter((x) => x.council.name === e.council.name && !x.ofsted && x.issuedOn && !isAfter(judged, x.issuedOn))
        .sort((a, b) => (a.issuedOn! < b.issuedOn! ? -1 : 1))[0];
      if (!later) continue;
      later.ofsted = e.ofsted;
      e.ofsted = null;
    }
  }

  /**
   * One event per instrument: a commissioner named under a direction belongs to that direction, and a trust or
   * partnership a direction or notice orders is part of it (unless the text dates it apart).
   */
  foldIntoInstruments(): void {
    for (const e of [...this.events]) {
      if (e.kind !== 'commissioner_appointment' && e.kind !== 'other') continue;
      const dated = !!e.issuedOn;
      const host = this.events.find((x) => x.council.name === e.council.name && ORDERING.has(x.kind) && (!dated || (!!x.issuedOn && compatibleDates(x.issuedOn, e.issuedOn!))));
      if (!host) continue;
      for (const p of e.people) host.addPerson(p.name, p.role, p.evidence);
      for (const p of e.partners) host.addPartner(p.council, p.role, p.evidence);
      host.deadlines.push(...e.deadlines.filter((d) => !host.deadlines.some((x) => x.evidence.start === d.evidence.start)));
      host.cadences.push(...e.cadences.filter((c) => !host.cadences.some((x) => x.evidence.start === c.evidence.start)));
      host.durations.push(...e.durations.filter((d) => !host.durations.some((x) => x.evidence.start === d.evidence.start)));
      if (e.ofsted) host.setOfsted({ rating: e.ofsted.rating, publishedOn: e.ofsted.publishedOn, start: 0, sentence: e.mention.sentence });
      this.events.splice(this.events.indexOf(e), 1);
    }
  }

  /**
   * The document's own instrument takes the document's date when its text gives none, or gives only the month the
   * document was published in ("Revised direction issued to X: May 2024", published 7 May 2024).
   */
  dateSelf(anchor: string | null): void {
    for (const e of this.events) {
      if (!e.self) continue;
      if (!e.issuedOn || (anchor && e.issuedOn.length === 7 && anchor.startsWith(e.issuedOn))) e.issuedOn = anchor;
    }
  }

  /**
   * The event facts about a council attach to: the document's own instrument, else the newest one (an undated
   * instrument counts as newest: dated ones are usually earlier instruments named for context).
   */
  primaryFor(councilName: string): Event | undefined {
    const all = this.events.filter((e) => e.council.name === councilName);
    // Instruments named only as ended or replaced ones are never the one in hand.
    const inHand = all.filter((e) => e.mentions.some((m) => !m.other));
    const mine = inHand.length ? inHand : all;
    const newest = (e: Event) => e.issuedOn ?? '9999';
    return mine.find((e) => e.self) ?? mine.reduce<Event | undefined>((best, e) => (!best || newest(e) > newest(best) ? e : best), undefined);
  }

  /**
   * Where an Ofsted judgement read beside `event` belongs. An inadequate one is what an intervention follows, never
   * what a revocation follows (that is a better grade): beside a revocation it is the judgement of the council's
   * instrument the revocation ends (its first other event), or of nothing when the document names none.
   */
  judgedEvent(event: Event, rating: OfstedFact['rating']): Event | undefined {
    if (event.kind !== 'revocation' || rating !== 'inadequate') return event;
    return this.events.find((e) => e.council.name === event.council.name && e.kind !== 'revocation');
  }

  primaryEvents(): Event[] {
    return [...new Set(this.events.map((e) => this.primaryFor(e.council.name)!))];
  }
}

/** Whether date `a` is later than `b` at the precision both give ("2019-06" is after "2018-11", not after "2019"). */
function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}
