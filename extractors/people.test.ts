import { describe, expect, it } from 'vitest';
import { findPeople, PeopleReader } from './people.js';
import { splitSentences } from './text.js';

// sentence → [name, role] pairs
const TABLE: Array<[string, Array<[string, string]>]> = [
  ["The Secretary of State appoints Harriet Vane as Children's Services Commissioner for Bury (\"the Commissioner\").", [['Harriet Vane', "Children's Services Commissioner"]]],
  ['The decision follows advice from commissioner Peter Wimsey, who arrived last year.', [['Peter Wimsey', 'commissioner']]],
  ['Mary Bunter OBE is to chair the council’s new Improvement Board.', [['Mary Bunter', 'chair of the council’s new Improvement Board']]],
  ['Leaders will meet Samuel Okoro, the SEND improvement adviser chosen by ministers.', [['Samuel Okoro', 'SEND improvement adviser']]],
  ['The DfE has appointed Dr Niamh Calloway-Reeve, a former director of children\'s services, as improvement adviser.', [['Niamh Calloway-Reeve', 'improvement adviser']]],
  ['Rupert Okwuosa, a former headteacher, will chair the SEND Improvement Board.', [['Rupert Okwuosa', 'chair of the SEND Improvement Board']]],
  ['Kwame Oduya-Farrant has been appointed by the Department for Education as SEND improvement adviser.', [['Kwame Oduya-Farrant', 'SEND improvement adviser']]],
  ['Anita Rowe, a former director of children’s services, has been appointed children’s services commissioner.', [['Anita Rowe', 'children’s services commissioner']]],
  ['Ministers appointed Professor Ravi Anand CBE as children’s services commissioner.', [['Ravi Anand', 'children’s services commissioner']]],
];

describe('findPeople', () => {
  it.each(TABLE)('%s', (text, expected) => {
    const [s] = splitSentences(text);
    const found = findPeople(s);
    expect(found.map((p) => [p.name, p.role])).toEqual(expected);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.name);
  });

  it('does not take ministers, councillors or bodies for appointees', () => {
    for (const text of [
      'Education secretary Jane Marple said the councils must improve.',
      'Cllr Tom Quinn came under criticism.',
      'Kent County Council has been appointed as improvement adviser.',
      'Staff from Lincolnshire County Council are to be appointed as Intervention Advisers.',
    ]) {
      expect(findPeople(splitSentences(text)[0])).toEqual([]);
    }
  });
});

describe('PeopleReader', () => {
  it('reads "Ms Vane was appointed" as the Harriet Vane named earlier', () => {
    const sentences = splitSentences('Advice from commissioner Harriet Vane followed. The old direction, under which Ms Vane was appointed, has gone.');
    const reader = new PeopleReader(sentences);
    expect(reader.read(sentences[0]).map((p) => [p.name, p.role])).toEqual([['Harriet Vane', 'commissioner']]);
    const found = reader.read(sentences[1]);
    expect(found.map((p) => [p.name, p.role])).toEqual([['Harriet Vane', 'commissioner']]);
    expect(sentences[1].text.slice(found[0].start - sentences[1].start, found[0].end - sentences[1].start)).toBe('Vane');
  });
});
