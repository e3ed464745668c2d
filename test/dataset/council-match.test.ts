// --council resolves any name the gazetteer knows, a GSS code, or a name only the dataset holds; anything else
// is an error naming the nearest councils.
import { describe, expect, it } from 'vitest';
import { matchCouncil } from '../../src/export/council-match.js';

const BCP = { name: 'Bournemouth, Christchurch and Poole', gss: 'E06000058' };
const KIRKLEES = { name: 'Kirklees', gss: 'E08000034' };
const UNCODED = { name: 'Isle of Nowhere Children’s Trust', gss: null };
const matching = (query: string) => {
  const m = matchCouncil(query, [BCP, KIRKLEES, UNCODED]);
  return m.ok ? [BCP, KIRKLEES, UNCODED].filter((c) => m.matches(c)).map((c) => c.name) : m.message;
};

describe('matchCouncil', () => {
  it('takes official names, short names, abbreviations and GSS codes, in any case and spelling of "and"', () => {
    for (const q of ['BCP', 'bcp council', 'Bournemouth, Christchurch and Poole Council', 'bournemouth christchurch & poole', 'E06000058', ' e06000058 ']) {
      expect(matching(q), q).toEqual([BCP.name]);
    }
    expect(matching('Kirklees Council')).toEqual(['Kirklees']);
  });

  it('an abolished council also names the one that took it over', () => {
    expect(matching('Borough of Poole')).toEqual([BCP.name]);
  });

  it('a name only the dataset holds matches itself', () => {
    expect(matching("isle of nowhere children's trust")).toEqual([UNCODED.name]);
  });

  it('anything else suggests the nearest current councils', () => {
    expect(matching('Kirklees Counci')).toMatch(/^unknown council 'Kirklees Counci'; did you mean Kirklees \(E08000034\), /);
    expect(matching('E08000099')).toMatch(/^unknown council 'E08000099'; did you mean /);
    expect(matchCouncil('  ')).toEqual({ ok: false, message: '--council needs a name or GSS code', suggestions: [] });
  });
});
