// Legal basis citations, normalised to "section 497A(4B) Education Act 1996" form (eyecite-style: find the
// citation, normalise it, keep one per distinct provision).
const CITATION = /\b(?<unit>section|part|regulation)\s+(?<num>\d+[A-Z]*(?:\(\d+[A-Z]*\))*)(?:\s+of)?\s+(?:the\s+)?(?<act>(?:[A-Z][a-z]+\s+(?:and\s+)?)+Act\s+\d{4})/g;

/** Acts that ground children's-services interventions; other citations (Local Government Act 1999) are not kept. */
const INTERVENTION_ACTS = ['Education Act 1996', 'Children Act 2004', 'Children and Families Act 2014', 'Children Act 1989'];

export function findLegalBasis(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CITATION)) {
    const act = m.groups!.act.replace(/\s+/g, ' ');
    if (!INTERVENTION_ACTS.includes(act)) continue;
    const unit = m.groups!.unit.toLowerCase();
    const cite = `${unit === 'part' ? 'Part' : unit} ${m.groups!.num} ${act}`;
    if (!out.includes(cite)) out.push(cite);
  }
  return out;
}
