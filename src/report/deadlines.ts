// Deadlines as a reader should see them: one row per deadline, however many sources report it. The merge keeps
// deadlines apart when their wording differs ("by 30 June 2025" in the direction, "by the end of June 2025" in an
// article); here two deadlines with the same date and agreeing actions (or no action) are one, and the row shown is
// the one from the best source (the instrument itself before GOV.UK before the press), with every source listed.
import { agrees, rank } from '../merge/normalise.js';
import type { InterventionRecord } from '../schema/intervention.js';

type Deadline = InterventionRecord['deadlines'][number];

function bestRank(d: Deadline, r: InterventionRecord): number {
  const ranks = d.from.map((uri) => {
    const s = r.sources.find((x) => x.uri === uri);
    return s ? rank(s.kind) : 9;
  });
  return ranks.length ? Math.min(...ranks) : 9;
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  if (!a.due || a.due !== b.due) return false;
  return !a.action || !b.action || agrees(a.action, b.action);
}

export interface DistinctDeadline {
  /** The best-sourced report's values, with the sources of every report of it. */
  deadline: Deadline;
  /** Every report folded into it, as the merge gave them (each with its own wording and sources). */
  members: Deadline[];
}

/** The record's deadlines with duplicates folded into the best-sourced one; order of first appearance kept. */
export function distinctDeadlines(r: InterventionRecord): DistinctDeadline[] {
  const groups: Deadline[][] = [];
  for (const d of r.deadlines) {
    const g = groups.find((members) => members.some((m) => sameDeadline(m, d)));
    if (g) g.push(d);
    else groups.push([d]);
  }
  return groups.map((members) => {
    const best = members.reduce((a, b) => (bestRank(b, r) < bestRank(a, r) ? b : a));
    const from = [...new Set([best, ...members].flatMap((m) => m.from))];
    const action = best.action ?? members.find((m) => m.action)?.action ?? null;
    return { deadline: { ...best, action, from }, members: [best, ...members.filter((m) => m !== best)] };
  });
}
