// Partner councils and their roles, per clause: "Wigan Council will take over services in Bolton",
// "work with Sutton Council", "appoints Kent County Council as improvement partner", "pair Slough with
// Reading". Each partner is paired with the council it helps: the clause's own subject when it names one
// ("in Bolton", "to Merton"), else the caller's focus council.
import roles from './data/roles.json' with { type: 'json' };
import type { CouncilMention } from './councils.js';
import type { Sentence } from './text.js';

export interface PartnerFact {
  partner: CouncilMention;
  role: string;
  /** The council helped, when the sentence says which. */
  subject: CouncilMention | null;
  sentence: Sentence;
}

const ROLE = new RegExp(`\\b(?:${roles.partnerRoles.join('|')})\\b`, 'i');
const PARTNER_WORD = new RegExp(`\\b(?:${roles.partnerVerbs.join('|')})\\b`, 'i');
const CLAUSE_BREAK = /;|,\s+(?:and|while|whereas|but)\s+|,\s+(?=[A-Z])/g;

// Cues on the text right before or after a mention that make it the helping council.
const BEFORE = [
  /\b(?:with|alongside|from|by|under the guidance of|guided by|with (?:the )?help (?:of|from)|partners? at)\s+(?:the\s+)?(?:(?:high-performing|neighbouring|nearby|good|outstanding)\s+)?$/i,
  new RegExp(`\\bas\\s+(?:the\\s+|an?\\s+|its\\s+)?["“]?(?:${roles.partnerRoles.join('|')})["”]?,\\s+$`, 'i'),
];
/** "co-operating with the DfE's appointed advisers, Kent County Council": the role, then the council it names (the
 * comma opens a clause, so this is read before the clause). */
const ROLE_THEN_NAME = new RegExp(`\\b(?:${roles.partnerRoles.join('|')})["”]?,\\s+(?:the\\s+)?$`, 'i');
/** A council right after "appoints" or "names" is a partner only when a partner role follows it. */
const APPOINTED_BEFORE = /\b(?:appoint(?:s|ed|ing)?|nam(?:es|ed|ing)|re-appoints?)\s+(?:the\s+)?$/i;
const AFTER = [
  // "Leeds City Council will take over", "Kent County Council will now act as", "X, one of the DfE's Partners in
  // Practice, will provide support", "Stockport Council, which acted as improvement partner"
  /^(?:\s*,[^,.;]{3,100},)?\s+(?:which\s+)?(?:will|would|is to|are to|has been|have been|had been|has|had|was|were|is being|is|are|to)\s+(?:now\s+|also\s+|continue to\s+|been\s+|agreed to\s+)?(?:be\s+)?(?:expected to\s+)?(?:provid|take over|lead|support|act|appointed|named|chosen|chair|work|help|offer|deliver|mentor)/i,
  /^\s*,\s*(?:which|whose [^,.;]{0,50}?)\s+(?:has agreed to |have agreed to |has been |had been |is |was |will )?(?:act(?:ed|ing|s)?|support(?:ed|ing|s)?|provid(?:ed|ing|es|e)|named|appointed|chosen|selected)\b/i,
  /^\s+(?:supported|helped|mentored|partnered|advised)\b|^\s+(?:acted|served|worked) as\b/i,
  // "Bury Council was the council's SEND improvement partner", "Wigan Council children's services is currently
  // Bolton's improvement partner"
  new RegExp(`^(?:\\s+children['’]s services)?(?:\\s*,[^,.;]{3,100},)?\\s+(?:was|is|will be|has been|had been|remains)\\s+(?:now\\s+|currently\\s+|still\\s+)?(?:the council['’]s|its|their|our|the|[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3}(?:\\s+children['’]s services)?['’]s?)\\s+["“]?(?:${roles.partnerRoles.join('|')})`, 'i'),
  new RegExp(`^\\s+as\\s+(?:the\\s+|an?\\s+|its\\s+)?["“]?(?:${roles.partnerRoles.join('|')})`, 'i'),
];
/** The helping council's own officer lent to the council in trouble. */
const LENT_OFFICER = /^['’]s?\s+(?:director of children['’]s services|DCS|chief executive|senior (?:leaders|team)|staff|officers)\b[^.;]{0,40}?\b(?:will|to|has been|was|is)\s+(?:be\s+)?(?:act|appointed|lead|chair|support|provide|work)/i;
const HELPED = /\b(?:supported|supporting|supports|helped|helping|helps|mentored|advised|assisted)\s+(?:the\s+)?$/i;
const SUBJECT_BEFORE = /\b(?:in|to|for|at|on|issued to|direction to)\s+(?:the\s+)?$/i;
const PAIR = /\bpair(?:s|ed|ing)?\b/i;

interface Clause {
  start: number;
  end: number;
}

function clauses(s: Sentence, mentions: CouncilMention[]): Clause[] {
  const cuts = [s.start];
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    const at = s.start + m.index!;
    if (!mentions.some((c) => at > c.start && at < c.end)) cuts.push(at);
  }
  cuts.push(s.end);
  return cuts.slice(1).map((end, i) => ({ start: cuts[i], end }));
}

function roleIn(text: string): string {
  const m = ROLE.exec(text);
  if (!m) return 'partner';
  const role = m[0].toLowerCase().replace(/s$/, '').replace(/^send/, 'SEND');
  return role === 'strategic partnership' ? 'strategic partner' : role;
}

export function findPartners(text: string, s: Sentence, inSentence: CouncilMention[]): PartnerFact[] {
  const councils = inSentence.filter((m) => !m.body);
  if (councils.length === 0) return [];
  const out: PartnerFact[] = [];
  if (PAIR.test(s.text)) {
    // "pair Slough with Reading, Luton with Hertfordshire": each "A with B" pairs B to A.
    for (let i = 0; i + 1 < councils.length; i++) {
      const between = text.slice(councils[i].end, councils[i + 1].start);
      if (/^(?:['’]s)?\s+with\s+(?:the\s+)?$/i.test(between)) {
        out.push({ partner: councils[i + 1], role: roleIn(s.text), subject: councils[i], sentence: s });
        i++;
      }
    }
    if (out.length) return out;
  }
  const sentenceHasCue = ROLE.test(s.text) || PARTNER_WORD.test(s.text);
  if (!sentenceHasCue) return [];
  for (const clause of clauses(s, councils)) {
    const inClause = councils.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const clauseText = text.slice(clause.start, clause.end);
    // Partners named after their role ("its adviser, Kent County Council"): the role is read before them.
    const named = new Set<CouncilMention>();
    const roleBefore = (m: CouncilMention) => text.slice(Math.max(s.start, m.start - 60), m.start);
    const partners = inClause.filter((m) => {
      // "North Lincolnshire Council's director of children's services will act as an adviser"
      if (m.possessive) return LENT_OFFICER.test(text.slice(m.end, clause.end));
      if (ROLE_THEN_NAME.test(roleBefore(m))) {
        named.add(m);
        return true;
      }
      const before = text.slice(clause.start, m.start);
      const after = text.slice(m.end, clause.end);
      // "Devon County Council supported Torbay as its improvement partner": Torbay is the one helped.
      if (AFTER.some((re) => re.test(after)) && !HELPED.test(before)) return true;
      // "appointed Kent County Council as improvement partner", never "appointed Bury children's commissioner".
      if (APPOINTED_BEFORE.test(before)) return ROLE.test(after);
      return BEFORE.some((re) => re.test(before)) && (ROLE.test(clauseText) || PARTNER_WORD.test(clauseText));
    });
    // Councils joined by "and" to a partner ("Officers from Leeds City Council and Camden Council") share its role.
    for (const m of inClause) {
      if (partners.includes(m)) continue;
      const prev = partners.find((p) => /^\s+and\s+$/.test(text.slice(p.end, m.start)));
      if (prev) partners.push(m);
    }
    if (partners.length === 0) continue;
    const subject =
      inClause.find((m) => !partners.includes(m) && SUBJECT_BEFORE.test(text.slice(clause.start, m.start))) ??
      inClause.find((m) => !partners.includes(m)) ??
      null;
    for (const p of partners) out.push({ partner: p, role: roleIn(named.has(p) ? roleBefore(p) : clauseText), subject, sentence: s });
  }
  return out;
}
