import { describe, expect, it } from 'vitest';
import { findInstruments } from './instruments.js';
import { splitSentences } from './text.js';

// text, anchor → [kind, date, excluded] per mention
const TABLE: Array<[string, string | null, Array<[string, string | null, boolean]>]> = [
  ['A statutory direction issued to Bury Council requires it to act.', null, [['direction', null, false]]],
  // Ends of intervention as they are reported, and directions that replace others.
  ['The lifting of the improvement notice followed a good inspection.', null, [['revocation', null, false], ['improvement_notice', null, false]]],
  ['The county has now been taken out of intervention.', null, [['revocation', null, false]]],
  ['The service no longer needs to be overseen by a government commissioner.', null, [['revocation', null, false]]],
  ['This direction was closed on 4 March 2021.', null, [['revocation', '2021-03-04', false]]],
  ['This direction has closed. A new direction replaces it.', null, [['revised_direction', null, false]]],
  ['The statutory direction is closed. A direction issued in May 2019 replaces it.', null, [['revised_direction', '2019-05', false]]],
  ['The new direction replaces the improvement notice issued in June 2023.', null, [['direction', null, false], ['improvement_notice', '2023-06', false]]],
  ['The government directed Bury Council to work with a partner.', null, [['direction', null, false]]],
  ['Ministers issued a government directive to the council.', null, [['direction', null, false]]],
  ['It signalled a shift in direction for the government.', null, []],
  ['An improvement notice issued to Bury Council following an Ofsted inspection in March 2021 sets targets.', '2021-06-01', [['improvement_notice', null, false]]],
  ['A statutory direction issued to Rutland county council on 2 May 2019 names an adviser.', null, [['direction', '2019-05-02', false]]],
  ['A direction notice for Bury sets out a review. The notice for Oldham says the same.', null, [['direction', null, false], ['direction', null, false]]],
  // How the press reports commissioners and arrangements that no instrument word names.
  ['The DfE said it was reassured by the direction in which the council is travelling.', null, []],
  ['If the council fails to comply with the notice, a statutory direction could follow.', null, [['direction', null, true]]],
  ['The findings could lead to the service being taken out of the council’s control, the DfE said.', null, [['other', null, true]]],
  ['• DfE Improvement Notice January 2022 to work with an adviser', null, [['improvement_notice', '2022-01', false]]],
  ['Under a statutory directive issued by the government today, the council must comply.', '2021-04-09', [['direction', '2021-04-09', false]]],
  ['The department removed the intervention on 3rd May, 2019 after a good inspection.', null, [['revocation', '2019-05-03', false]]],
  ['Commissioner Jo Bloggs, who was appointed last September, reported.', '2022-01-25', [['commissioner_appointment', '2021-09', false]]],
  ['We announced the appointment of Jo Bloggs as the new commissioner.', null, [['commissioner_appointment', null, false]]],
  ['The report by commissioner Jo Bloggs, a former director, who was appointed in May, is out.', '2022-08-04', [['commissioner_appointment', '2022-05', false]]],
  ['The Secretary of State put in place a children’s commissioner to review the service.', null, [['commissioner_appointment', null, false]]],
  ['Ministers have sent in a commissioner to run the failing service.', null, [['commissioner_appointment', null, false]]],
  ['The DfE-appointed commissioner said progress was slow.', null, [['commissioner_appointment', null, false]]],
  ['A former chief executive has been confirmed as the new children’s services commissioner for the county.', null, [['commissioner_appointment', null, false]]],
  ['Ministers said an independent trust will take over the council’s social work.', null, [['other', null, false]]],
  ['Its children’s services will be outsourced to a not-for-profit company, the DfE said.', null, [['other', null, false]]],
  ['The cabinet agreed its services will be outsourced to a not-for-profit company.', null, []],
  ['Ministers ordered the creation of an independent trust.', null, [['other', null, false]]],
  ['The direction requires an independent trust to take over social work.', null, [['direction', null, false]]],
  ['The children’s commissioner for England criticised the delays.', null, []],
  ['The government said the multi-academy trust will take over the school.', null, [['other', null, true]]],
  ['The statutory direction, issued yesterday, names a partner.', '2016-10-07', [['direction', '2016-10-06', false]]],
  ['This new direction replaces the one issued in January.', '2016-10-07', [['revised_direction', null, false], ['direction', '2016-01', false]]],
  ['(3) On 4 May 2019 the Secretary of State gave the Council a direction under section 497A(4B).', null, [['direction', '2019-05-04', false]]],
  ['Revocation of the statutory direction issued to Rutland County Council on 3 June 2020', null, [['revocation', null, false], ['direction', '2020-06-03', false]]],
  ['That notice was lifted on 9 April 2016 once practice had improved.', null, [['revocation', '2016-04-09', false]]],
  ['The DfE has issued a revised direction to Shropshire Council.', null, [['revised_direction', null, false]]],
  ['Sefton Council has been issued with an improvement notice.', null, [['improvement_notice', null, false]]],
  ['The statutory directions made under the Local Government Act 1999 cover the budget.', null, [['direction', null, true]]],
  ['The department has decided to issue a notice rather than a statutory direction.', null, [['direction', null, true]]],
  ['The report does not trigger a statutory direction.', null, [['direction', null, true]]],
  ['The school will receive a directive academy order.', null, []],
  ['The Secretary of State decided to issue this improvement notice rather than a statutory direction.', null, [['improvement_notice', null, false], ['direction', null, true]]],
  ['A SEND improvement notice was not considered sufficient.', null, [['improvement_notice', null, true]]],
  ["Southwark's improvement notice was revoked on 27 June.", '2025-07-03', [['revocation', '2025-06-27', false]]],
  ['The statutory direction imposed after a damning Ofsted report has been revoked.', null, [['revocation', null, false]]],
  ['The June 2019 Direction is revoked and replaced by this Direction.', null, [['direction', '2019-06', false], ['direction', null, false]]],
  ['This Direction shall remain in force until it is revoked.', null, [['direction', null, false]]],
  ['The DfE has issued a notice to improve.', null, [['improvement_notice', null, false]]],
  ['Cumberland Council was given the direction by the Department for Education on 14 February.', '2025-02-18', [['direction', '2025-02-14', false]]],
  ['The judge issued a direction to the council to file evidence.', null, []],
  ['Cabinet agreed a new direction for the service.', null, []],
  ['Councils rated inadequate can be issued with an improvement notice or a statutory direction.', null, [['improvement_notice', null, true], ['direction', null, true]]],
  ['The Secretary of State has directed Bury Council to work with a commissioner.', null, [['direction', null, false]]],
  ['The DfE has ended formal intervention in Bury Council’s children’s services.', null, [['revocation', null, false]]],
  ['The children’s services commissioner, appointed in May, has warned the council.', '2022-08-04', [['commissioner_appointment', '2022-05', false]]],
  ['Rochdale council has been under a statutory direction since 2019.', null, [['direction', '2019', false]]],
  ['The DfE revoked the improvement notice it issued in June 2022.', '2024-11-20', [['revocation', null, false], ['improvement_notice', '2022-06', false]]],
  ['Two SEND improvement notices went out: Surrey County Council received its notice on 12 January.', '2026-01-15', [['improvement_notice', null, false], ['improvement_notice', '2026-01-12', false]]],
  ['The DfE revoked the notice on 10 October, 19 months after it was issued.', '2025-10-14', [['revocation', '2025-10-10', false]]],
  ['The education secretary issued a statutory direction on Tuesday.', '2025-02-05', [['direction', '2025-02-04', false]]],
  ['The improvement notice, published on GOV.UK on Friday, is dated May 6.', '2025-05-12', [['improvement_notice', '2025-05-06', false]]],
  ['Failure to make progress may lead the Secretary of State to consider further action, including a statutory direction.', null, [['direction', null, true]]],
  ['I confirm that the statutory direction issued to Blackpool Council on 19 July 2023 under section 497A(4B), is revoked.', null, [['direction', '2023-07-19', false], ['revocation', null, false]]],
  ['Officials judged the progress enough for the direction to be revoked, according to a letter dated 3 March.', '2022-03-08', [['revocation', '2022-03-03', false]]],
];

describe('findInstruments', () => {
  it.each(TABLE)('%s', (text, anchor, expected) => {
    const found = findInstruments(text, splitSentences(text), anchor);
    expect(found.map((m) => [m.kind, m.date, m.excluded])).toEqual(expected);
  });
});
