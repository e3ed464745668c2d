import { describe, expect, it } from 'vitest';
import { findPeople, findSurnameAppointments } from './people.js';
import { splitSentences } from './text.js';

// sentence → [name, role] pairs
const TABLE: Array<[string, Array<[string, string]>]> = [
  ["The Secretary of State appoints Nick Whitfield as Children's Services Commissioner for Sunderland (\"the Commissioner\").", [['Nick Whitfield', "Children's Services Commissioner for Sunderland"]]],
  ['The direction follows a review by commissioner Eleanor Brazil, who was sent in last year.', [['Eleanor Brazil', 'commissioner']]],
  ['Alan Woods CBE is to chair the Children’s Services Improvement Board (CSIB).', [['Alan Woods', 'chair the Children’s Services Improvement Board']]],
  ['The council must work with Joanna Pettigrew, the SEND improvement adviser appointed by the DfE.', [['Joanna Pettigrew', 'SEND improvement adviser']]],
  ['The DfE has appointed Dr Niamh Calloway-Reeve, a former director of children\'s services, as improvement adviser.', [['Niamh Calloway-Reeve', 'improvement adviser']]],
  ['Rupert Okwuosa, a former headteacher, will chair the SEND Improvement Board.', [['Rupert Okwuosa', 'chair the SEND Improvement Board']]],
  ['Kwame Oduya-Farrant has been appointed by the Department for Education as SEND improvement adviser.', [['Kwame Oduya-Farrant', 'SEND improvement adviser']]],
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
      'Education secretary Justine Greening said the councils must improve.',
      'Cllr Rachael Saunders came under criticism.',
      'Essex County Council has been appointed as improvement adviser.',
      'Staff from Lincolnshire County Council are to be appointed as Intervention Advisers.',
    ]) {
      expect(findPeople(splitSentences(text)[0])).toEqual([]);
    }
  });
});

describe('findSurnameAppointments', () => {
  it('ties "Ms Brazil was appointed" to the Eleanor Brazil named earlier', async () => {
    const [first, second] = splitSentences('A review by commissioner Eleanor Brazil followed. The direction, under which Ms Brazil was appointed, is replaced.');
    const known = findPeople(first);
    const found = findSurnameAppointments(second, known);
    expect(found.map((p) => [p.name, p.role])).toEqual([['Eleanor Brazil', 'commissioner']]);
    expect(second.text.slice(found[0].start - second.start, found[0].end - second.start)).toBe('Brazil');
  });
});
