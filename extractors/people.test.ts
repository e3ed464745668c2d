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
  // Role before the name, with or without a comma, with a place or "for …" after the role
  ['Commissioner Odile Marsh met staff at the town hall on Tuesday.', [['Odile Marsh', 'Commissioner']]],
  ['The council must follow the instructions of the DfE-appointed Children’s Services Commissioner, Tomas Brede.', [['Tomas Brede', 'DfE-appointed Children’s Services Commissioner']]],
  ["Commissioner for children's services Wendell Okafor was sent in after the inspection.", [['Wendell Okafor', "Commissioner"]]],
  ['Children’s commissioner Priya Lindqvist said the service had turned a corner.', [['Priya Lindqvist', 'Children’s commissioner']]],
  ['The report by the Blackmoor Services Commissioner, Ines Kovac, is published today.', [['Ines Kovac', 'Blackmoor Services Commissioner']]],
  // Name then role: appositive, relative clause, "acting as", dashes, honours
  ['Hector Quayle, the DfE-appointed commissioner, will report to ministers in March.', [['Hector Quayle', 'DfE-appointed commissioner']]],
  ['Dame Rosalind Achebe CBE, the intervention adviser, praised the new leadership team.', [['Rosalind Achebe', 'intervention adviser']]],
  ['Greta Olander, who was appointed commissioner in May, will stay until the direction ends.', [['Greta Olander', 'commissioner']]],
  ['Ferris Dunmore – who was Okafor’s fellow children’s commissioner for the county – has been asked to stay on.', [['Ferris Dunmore', 'Okafor’s fellow children’s commissioner']]],
  ['The recommendation came from a neighbouring chief executive, Lionel Tamsin, acting as children’s commissioner for the borough.', [['Lionel Tamsin', 'children’s commissioner']]],
  ['I thank Oona Breckle, who served as commissioner under the direction, for her challenge.', [['Oona Breckle', 'commissioner']]],
  ['Our thanks go to Improvement Advisor Bastian Rook for his support.', [['Bastian Rook', 'Improvement Advisor']]],
  // Appointments: active, passive (the name read back from the anchor), "to lead a review"
  ['The Department has appointed former director Imelda Foyle as children’s services commissioner.', [['Imelda Foyle', 'children’s services commissioner']]],
  ['Cosmo Elgar has been appointed children’s services commissioner at Fenwick Borough Council.', [['Cosmo Elgar', 'children’s services commissioner']]],
  ['Neighbouring county chief executive Ruth Anselm has been appointed commissioner for Eastmoor and will oversee the improvements.', [['Ruth Anselm', 'commissioner']]],
  ['It emerged on Friday that Milo Varga from a northern city council, has been appointed Children’s Services Commissioner.', [['Milo Varga', 'Children’s Services Commissioner']]],
  ['Lorna Pask, who is chief executive of a social enterprise that runs services in two boroughs, has been appointed as commissioner for children’s services in the city.', [['Lorna Pask', 'commissioner']]],
  ['Sven Ashdown, chief executive of a community interest company, has been appointed to lead a three-month review of the service.', [['Sven Ashdown', 'lead a three-month review']]],
  ['The Council shall co-operate with Ada Finchley, who has been appointed by the Secretary of State as Children’s Services Commissioner.', [['Ada Finchley', 'Children’s Services Commissioner']]],
  ['The Council must co-operate with Eamon Tull, who is hereby appointed as Children’s Services Commissioner.', [['Eamon Tull', 'Children’s Services Commissioner']]],
  ['Priscilla Gale has been confirmed as the new Children’s Commissioner for the county, with Tobias Renn also joining as Support Commissioner.', [['Priscilla Gale', 'new Children’s Commissioner'], ['Tobias Renn', 'Support Commissioner']]],
  ['Education Secretary Jane Marple has appointed Boris Kettle as commissioner.', [['Boris Kettle', 'commissioner']]],
  // Led by, chaired by, and lists of reviewers
  ['The review, led by Anneliese Porter, found little evidence of change.', [['Anneliese Porter', 'lead of the review']]],
  ['From June the improvement board will be chaired by Desmond Ickworth, who ran a county service for a decade.', [['Desmond Ickworth', 'chair of the improvement board']]],
  ['The report, compiled by Prof Ignatius Le Bon, recommends a trust.', [['Ignatius Le Bon', 'author of the report']]],
  ['The findings come from an independent review by economist Professor Maud Ferrer, a city director of children’s services Gil Amory and Dame Hilde Brandt into the options.', [['Maud Ferrer', 'author of the review'], ['Gil Amory', 'author of the review'], ['Hilde Brandt', 'author of the review']]],
  ['The Minister has appointed a review team led by Rufus Hale, Director of Children’s Services at a nearby county.', [['Rufus Hale', 'lead of the review team']]],
  ['A new improvement board, headed by independent chair Cyril Barnaby, meets monthly.', [['Cyril Barnaby', 'independent chair']]],
  ['Lord Ravenscroft, who chairs the improvement board, was pleased with progress.', [['Lord Ravenscroft', 'chair of the improvement board']]],
  ['Bertram Ives, who chaired Eastmoor’s improvement board, said the decision was deserved.', [['Bertram Ives', 'chair of Eastmoor’s improvement board']]],
  // Trusts set up by the intervention
  ['Sir Magnus Pell, chair of the new trust, said it would open in April.', [['Magnus Pell', 'chair of the new trust']]],
  ['Fenella Dray, the trust’s chief executive, said the transfer had gone smoothly.', [['Fenella Dray', 'chief executive of the trust']]],
  ['Under the plans, the trust’s board will be chaired by Winifred Oakes from the spring.', [['Winifred Oakes', 'chair of the trust board']]],
  ['When the Trust was set up, its Chair, Anton Pryce, and Chief Executive, Della Moss, agreed three aims.', [['Anton Pryce', 'Chair'], ['Della Moss', 'Chief Executive']]],
  ['The trust has now appointed a permanent chief executive, Rowan Teague, formerly of a county council.', [['Rowan Teague', 'permanent chief executive']]],
  ['New Eastmoor Children’s Trust chair named as Percy Lund', [['Percy Lund', 'New Eastmoor Children’s Trust chair']]],
  ['Percy Lund, formerly of a national improvement body, will be the first chair of Eastmoor Children’s Trust when it launches.', [['Percy Lund', 'first chair of Eastmoor Children’s Trust']]],
  // Predecessors and back references
  ['He takes over as commissioner from Lord Alfred Cobb, who was appointed two years ago.', [['Alfred Cobb', 'previous commissioner']]],
  // Two names sharing a plural role; the outgoing holder before "passed the reins to"
  ['After a year as commissioner, Corin Vale OBE passed the reins to Ada Lusk and Bram Ito CBE as the two new commissioners.', [['Corin Vale', 'previous commissioner'], ['Ada Lusk', 'new commissioners'], ['Bram Ito', 'new commissioners']]],
  ['Tilda Marr and Oren Fisk, the improvement advisers, met the board.', [['Tilda Marr', 'improvement advisers'], ['Oren Fisk', 'improvement advisers']]],
  ['Wanda Pike, the commissioner, stepped down in June.', [['Wanda Pike', 'previous commissioner']]],
  ['The DfE has appointed a second commissioner after the first, Jasper Wynn, found the council had made a good start.', [['Jasper Wynn', 'second commissioner']]],
  ["In a letter to the council's chief executive, children's minister Ivo Marsh said commissioner Dora Quill had found improvements.", [['Dora Quill', 'commissioner']]],
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
      // ministers, politicians, a council's own officers, England's children's commissioner, other commissioners
      'Nicky Pargeter appoints commissioner at struggling council',
      "Education secretary Ivo Marsh said the commissioner's report was clear.",
      'Council leader Jane Roe said the commissioner had been helpful.',
      "The council's director of children's services, Jane Roe, said the commissioner was welcome.",
      'Children’s Commissioner for England Jane Roe said the figures were worrying.',
      'Police and crime commissioner Jane Roe attended the meeting.',
      'Jane Roe, cabinet member for children’s services, welcomed the commissioner’s report.',
      'This led to the appointment of two MHCLG commissioners, Jane Roe and Bob Penn, to oversee the budget.',
      'After a review by commissioner-in-waiting, Mr Ferris has given the council until January.',
      "The report, written by the council's chief executive Jane Roe, lists the services to move.",
      'Barnardo’s chief executive Jane Roe said the trust was a good idea.',
      'Jane Roe, chief executive of a national charity, said the trust would help.',
      'Jane Roe, who said the commissioner was helpful, left the meeting.',
      'Jane Roe was the council’s director when the commissioner was appointed.',
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

/** Every person the reader finds in a document, in order, once each. */
function readAll(text: string): Array<[string, string]> {
  const sentences = splitSentences(text);
  const reader = new PeopleReader(sentences);
  const out: Array<[string, string]> = [];
  for (const s of sentences) for (const p of reader.read(s)) if (!out.some(([n]) => n === p.name)) out.push([p.name, p.role]);
  return out;
}

describe('PeopleReader over a document', () => {
  it.each([
    // a later "Ms Doe", "Doe said" or "Lord Doe" is the person named in full, never a new one
    [
      'Ingrid Holloway has been appointed commissioner for Eastmoor. Ms Holloway will report in March. Holloway said the work was urgent.',
      [['Ingrid Holloway', 'commissioner']],
    ],
    [
      'He takes over as commissioner from Lord Percival Stroud, appointed in 2014. Lord Stroud’s contract ended in May.',
      [['Percival Stroud', 'previous commissioner']],
    ],
    // a peer named only by title and surname is a name of its own
    ['Anders Wilkes will take over as commissioner from Lord Fothergill, whose term has ended.', [['Lord Fothergill', 'previous commissioner']]],
    // a surname appointed later, resolved to the full name said earlier in another role
    [
      'An independent review by Hattie Prowse and Dame Lena Ortiz was published. The city director Prowse will be appointed as a commissioner.',
      [['Hattie Prowse', 'author of the review'], ['Lena Ortiz', 'author of the review']],
    ],
    // an appointment announced without a name: the next sentence's subject takes the role, and its predecessor too
    [
      'Education Secretary Ivo Marsh has appointed a new commissioner to oversee the county’s services. Konrad Bell will take over from Lord Ashby, whose contract has run out.',
      [['Konrad Bell', 'commissioner'], ['Lord Ashby', 'previous commissioner']],
    ],
    [
      'The county’s newly appointed children’s commissioner has urged staff to stay calm. Speaking on her first day, Helen Vale admitted that the council’s chief executive Jo Roe had resisted the plan.',
      [['Helen Vale', 'children’s commissioner']],
    ],
    // a byline line after the headline is not the appointee; the next real sentence is
    [
      'DfE appoints commissioner to review Eastmoor services\nRonan Pike\nThe Department for Education has appointed a children’s services commissioner to the council.\nFormer county director Lydia Crane was appointed on 3 June and will consider whether the council can improve.',
      [['Lydia Crane', 'children’s services commissioner']],
    ],
    // "brought in to examine failings": the role the document gave the appointment
    [
      'The Department for Education has appointed a commissioner to oversee the council. Oswin Tate, a former director, has been brought in to examine failings at the council.',
      [['Oswin Tate', 'commissioner']],
    ],
    // "the DfE has appointed Mr X": the full name said before
    [
      'Gideon Marsh, who runs services in a nearby county, starts on Monday. Leaders wanted an experienced commissioner and the DfE has appointed Mr Marsh, who knows the area.',
      [['Gideon Marsh', 'commissioner']],
    ],
    // a role with no name, then a quoted speaker: nobody
    ['The DfE has appointed a new commissioner. Jane Roe said she was disappointed by the decision.', []],
    ['A commissioner has been appointed. Council leader Jane Roe welcomed the news.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });
});
