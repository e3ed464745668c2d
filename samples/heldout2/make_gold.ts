// Writes gold.jsonl for this corpus and checks it: every text phrase, person and non-appointee occurs in the
// document's visible text (PDF text via pdf-parse, HTML with tags stripped; whitespace runs count as one space),
// council/partner/distractor names are short names from ../../../shared/reference/authorities.csv, and dates and
// periods are well-formed. Run: npx tsx samples/heldout2/make_gold.ts
import { PDFParse } from 'pdf-parse';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const CSC = "children's social care";
const SEND = 'SEND';

type P = { authority: string; role: string };
type Person = { name: string; role: string };
type D = { text: string; due: string | null; what: string };
type C = { text: string; every: string; what: string };
type L = { text: string; length: string; what: string };
interface Ev {
  council: string;
  instrument: string;
  service: string;
  issued: string | null;
  partners?: P[];
  people?: Person[];
  deadlines?: D[];
  cadences?: C[];
  durations?: L[];
  ofsted_rating?: string | null;
  ofsted_date?: string | null;
}
interface Line {
  file: string;
  url: string;
  published: string | null;
  kind: string;
  events: Ev[];
  distractors?: string[];
  not_appointees?: string[];
  expect_error?: string;
}

const GOV = 'https://assets.publishing.service.gov.uk/media';
const GOLD: Line[] = [
  // ------------------------------------------------------------------ instrument PDFs
  {
    file: 'p01_notice_letter_reading.pdf',
    url: `${GOV}/67d18a20b3c5e21f9a0c4d11/Reading_improvement_notice_March_2025.pdf`,
    published: '2025-03-12',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Reading', instrument: 'improvement_notice', service: CSC, issued: '2025-03-12',
        partners: [{ authority: 'Bracknell Forest', role: 'sector-led improvement partner' }],
        people: [{ name: 'Julian Pask', role: 'improvement adviser, chair of the improvement board' }],
        deadlines: [{ text: 'within 10 weeks of the date of this notice', due: '2025-05-21', what: 'submit an improvement plan' }],
        cadences: [
          { text: 'every six weeks', every: 'P6W', what: 'improvement board meetings' },
          { text: 'at quarterly intervals', every: 'P3M', what: 'adviser reports to ministers' },
        ],
        durations: [{ text: 'for a minimum of 12 months', length: 'P12M', what: 'the notice' }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-01',
      },
    ],
    distractors: [],
    not_appointees: ['Imogen Carrow', 'Ruth Ashby', 'Daniel Okafor', 'Brian Hollis', 'Tessa Lowry', 'Yvette Marchant'],
  },
  {
    file: 'p02_direction_hillingdon.pdf',
    url: `${GOV}/6851c0aa7e91f2a3b4c5d6e7/Hillingdon_direction_June_2025.pdf`,
    published: '2025-06-17',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Hillingdon', instrument: 'direction', service: CSC, issued: '2025-06-17',
        partners: [{ authority: 'Hounslow', role: 'sector-led improvement partner' }],
        people: [{ name: 'Marguerite Dellow', role: "Children's Services Commissioner" }],
        deadlines: [
          { text: 'no later than 31 July 2025', due: '2025-07-31', what: 'establish an improvement board' },
          { text: 'within four months of the date of this Direction', due: '2025-10-17', what: 'agree an improvement plan' },
          { text: 'by 30 September 2025', due: '2025-09-30', what: "commissioner's initial report" },
        ],
        cadences: [{ text: 'at intervals of no more than three months', every: 'P3M', what: 'written progress reports to the DfE' }],
        durations: [{ text: 'until it is revoked by the Secretary of State', length: 'open-ended', what: 'the direction' }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-05',
      },
    ],
    distractors: ['Harrow', 'Ealing'],
    not_appointees: ['Harriet Vosper'],
  },
  {
    file: 'p03_revised_direction_redcar.pdf',
    url: `${GOV}/67b6f3e2a1d4c5b6a7e8f901/Redcar_and_Cleveland_revised_direction_February_2025.pdf`,
    published: '2025-02-20',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Redcar and Cleveland', instrument: 'revised_direction', service: CSC, issued: '2025-02-20',
        partners: [
          { authority: 'Darlington', role: 'improvement partner' },
          { authority: 'Stockton-on-Tees', role: 'support on foster carer recruitment and retention' },
        ],
        people: [{ name: 'Colin Metcalfe', role: "Children's Services Adviser" }],
        deadlines: [{ text: 'within six weeks of the date of this Direction', due: '2025-04-03', what: 'submit a sustainability plan' }],
        cadences: [{ text: 'every four months', every: 'P4M', what: 'adviser reviews progress' }],
        durations: [{ text: 'for no longer than 18 months', length: 'P18M', what: 'the revised direction' }],
        ofsted_rating: 'requires improvement', ofsted_date: '2024-12',
      },
      {
        council: 'Redcar and Cleveland', instrument: 'direction', service: CSC, issued: '2022-03-03',
        people: [{ name: 'Alan Wedderburn', role: "Children's Services Commissioner" }],
        ofsted_rating: 'inadequate', ofsted_date: '2022-01',
      },
      {
        council: 'Redcar and Cleveland', instrument: 'revised_direction', service: CSC, issued: '2023-06-14',
        partners: [{ authority: 'Darlington', role: 'improvement partner' }],
      },
    ],
    distractors: [],
    not_appointees: ['Verity Hallam'],
  },
  {
    file: 'p04_send_notice_hertfordshire.pdf',
    url: `${GOV}/67f39b1c2d3e4f5a6b7c8d90/Hertfordshire_SEND_improvement_notice.pdf`,
    published: '2025-04-07',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Hertfordshire', instrument: 'improvement_notice', service: SEND, issued: '2025-04-07',
        partners: [{ authority: 'Essex', role: 'SEND improvement partner' }],
        people: [{ name: 'Sunita Rahman', role: 'SEND Improvement Adviser, chair of the SEND Improvement Board' }],
        deadlines: [
          { text: '30 June 2025', due: '2025-06-30', what: 'publish a co-produced SEND and AP strategy' },
          { text: '31 December 2025', due: '2025-12-31', what: 'issue 60% of new EHC plans within 20 weeks' },
          { text: '31 March 2026', due: '2026-03-31', what: 'clear the backlog of overdue annual reviews' },
        ],
        cadences: [
          { text: 'meet monthly', every: 'P1M', what: 'SEND Improvement Board meetings' },
          { text: 'reported quarterly', every: 'P3M', what: 'placement sufficiency review' },
        ],
        durations: [{ text: 'for at least 18 months', length: 'P18M', what: 'the notice' }],
        ofsted_rating: null, ofsted_date: null,
      },
    ],
    distractors: [],
    not_appointees: ['Nadia Fairbrother'],
  },
  {
    file: 'p05_revocation_coventry.pdf',
    url: `${GOV}/686e2f0a9b8c7d6e5f4a3b21/Coventry_revocation_letter_July_2025.pdf`,
    published: '2025-07-09',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Coventry', instrument: 'revocation', service: CSC, issued: '2025-07-09',
        cadences: [{ text: 'every six months', every: 'P6M', what: 'DfE officials meet the council' }],
        durations: [{ text: 'for a further year', length: 'P1Y', what: 'post-revocation meetings' }],
        ofsted_rating: null, ofsted_date: null,
      },
      {
        council: 'Coventry', instrument: 'direction', service: CSC, issued: '2023-09-21',
        partners: [{ authority: 'Warwickshire', role: 'improvement partner' }],
        people: [{ name: 'Bernard Oyelaran', role: "Children's Services Commissioner" }],
        ofsted_rating: 'inadequate', ofsted_date: '2023-07',
      },
    ],
    distractors: [],
    not_appointees: ['Meriel Tansley', 'Nadeem Farrukh', 'Siobhan Keane', 'Julia Nettleford', 'Martin Ebbs'],
  },
  {
    file: 'p06_direction_bedford_trust.pdf',
    url: `${GOV}/6732f1e0d9c8b7a6f5e4d3c2/Bedford_direction_November_2024.pdf`,
    published: '2024-11-12',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Bedford', instrument: 'direction', service: CSC, issued: '2024-11-12',
        partners: [{ authority: 'Central Bedfordshire', role: 'practice improvement partner' }],
        people: [{ name: 'Fenella Harcourt', role: "Children's Services Commissioner" }],
        deadlines: [
          { text: 'no later than 1 April 2026', due: '2026-04-01', what: 'trust assumes operational responsibility' },
          { text: 'within 8 weeks of the date of this Direction', due: '2025-01-07', what: 'agree a transition plan' },
        ],
        cadences: [{ text: 'at least once a year', every: 'P1Y', what: "commissioner reviews the trust's performance" }],
        durations: [{ text: 'for an initial term of five years', length: 'P5Y', what: 'the service delivery contract with the trust' }],
        ofsted_rating: 'inadequate', ofsted_date: '2024-08',
      },
    ],
    distractors: ['Milton Keynes'],
    not_appointees: ['Rhodri Tulloch'],
  },
  {
    file: 'p07_send_direction_gloucestershire.pdf',
    url: `${GOV}/66c2a1b0c9d8e7f6a5b4c3d2/Gloucestershire_SEND_direction_August_2024.pdf`,
    published: '2024-08-19',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Gloucestershire', instrument: 'direction', service: SEND, issued: '2024-08-19',
        partners: [{ authority: 'Wiltshire', role: 'SEND improvement partner' }],
        people: [{ name: 'Owain Treharne', role: 'SEND Commissioner' }],
        deadlines: [
          { text: 'within 60 days of the date of this Direction', due: '2024-10-18', what: 'produce a SEND recovery plan' },
          { text: 'by the end of the spring term 2025', due: null, what: "commissioner reports on progress" },
        ],
        cadences: [
          { text: 'every two weeks', every: 'P2W', what: 'SEND Improvement Board meetings until the plan is agreed' },
          { text: 'monthly after that', every: 'P1M', what: 'SEND Improvement Board meetings thereafter' },
        ],
        durations: [{ text: 'until the Secretary of State notifies the Council in writing that it is revoked', length: 'open-ended', what: 'the direction' }],
        ofsted_rating: null, ofsted_date: null,
      },
    ],
    distractors: [],
    not_appointees: ['Anjali Mercer-Dunn'],
  },
  {
    file: 'p08_commissioner_letter_lewisham.pdf',
    url: `${GOV}/67977d3e2f1a0b9c8d7e6f54/Lewisham_commissioner_appointment_letter.pdf`,
    published: '2025-01-27',
    kind: 'instrument_pdf',
    events: [
      {
        council: 'Lewisham', instrument: 'commissioner_appointment', service: CSC, issued: '2025-01-27',
        partners: [{ authority: 'Greenwich', role: 'adviser to the council during the review' }],
        people: [{ name: 'Rupert Gallagher', role: "Children's Services Commissioner" }],
        deadlines: [{ text: 'by 30 April 2025', due: '2025-04-30', what: "commissioner's report" }],
        cadences: [{ text: 'on a fortnightly basis', every: 'P2W', what: 'commissioner meets the mayor and DCS' }],
        ofsted_rating: 'inadequate', ofsted_date: '2024-12',
      },
    ],
    distractors: [],
    not_appointees: ['Delphine Achterberg', 'Jeremy Sallow', 'Kemi Ashdown', 'Tobias Renwick'],
  },
  // ------------------------------------------------------------------ HTML news
  {
    file: 'h01_communitycare_havering.html',
    url: 'https://www.communitycare.co.uk/2025/04/16/havering-ordered-to-hand-control-of-childrens-services-to-a-trust/',
    published: '2025-04-16',
    kind: 'news',
    events: [
      {
        council: 'Havering', instrument: 'direction', service: CSC, issued: '2025-04-11',
        people: [{ name: 'Lesley Brandreth', role: "children's services commissioner, interim chair of the shadow trust board" }],
        deadlines: [{ text: 'within nine months', due: '2026-01-16', what: 'trust up and running' }],
        durations: [{ text: 'for a minimum of three years', length: 'P3Y', what: 'the trust arrangement' }],
        ofsted_rating: 'inadequate', ofsted_date: '2024-10',
      },
    ],
    distractors: ['Doncaster', 'Slough', 'Sandwell'],
    not_appointees: ['Tamsin Rooke', 'Oscar Devlin', 'Carla Mendes', 'Jo Whitmarsh', 'Phil Anstey', 'R. Okonedo'],
  },
  {
    file: 'h02_cypnow_norfolk_send.html',
    url: 'https://www.cypnow.co.uk/content/news/ministers-step-in-at-norfolk-over-send-failings',
    published: '2025-09-03',
    kind: 'news',
    events: [
      {
        council: 'Norfolk', instrument: 'improvement_notice', service: SEND, issued: '2025-08-28',
        partners: [{ authority: 'Cambridgeshire', role: 'SEND improvement partner' }],
        people: [{ name: 'Harriet Ojo', role: 'SEND improvement adviser' }],
        deadlines: [
          { text: 'by the February half-term', due: null, what: 'reduce overdue EHC needs assessments' },
          { text: 'by Christmas', due: '2025-12-25', what: 'publish a revised SEND sufficiency strategy' },
        ],
        cadences: [{ text: 'every quarter', every: 'P3M', what: 'adviser reviews progress' }],
        durations: [{ text: 'for the next 12 months', length: 'P12M', what: 'the notice' }],
        ofsted_rating: null, ofsted_date: null,
      },
    ],
    distractors: ['Devon', 'Suffolk'],
    not_appointees: ['Fiona Sallis', 'Alistair Brede', 'Louisa Fenn'],
  },
  {
    file: 'h03_lgc_barnsley.html',
    url: 'https://www.lgcplus.com/services/childrens-services/barnsley-teams-up-with-neighbouring-sheffield-after-statutory-direction/5038104.article',
    published: '2025-06-24',
    kind: 'news',
    events: [
      {
        council: 'Barnsley', instrument: 'direction', service: CSC, issued: '2025-06-19',
        partners: [{ authority: 'Sheffield', role: 'improvement partner' }],
        deadlines: [{ text: 'within 90 days', due: '2025-09-22', what: 'produce an improvement plan' }],
        cadences: [{ text: 'fortnightly', every: 'P2W', what: 'improvement board meetings' }],
        durations: [{ text: 'for up to two years', length: 'P2Y', what: 'the arrangement' }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-04',
      },
    ],
    distractors: ['Rotherham', 'Wakefield'],
    not_appointees: ['Kieran Oduya', 'Graham Tolland'],
  },
  {
    file: 'h04_bbc_portsmouth.html',
    url: 'https://www.bbc.co.uk/news/articles/cq5x2portsm0',
    published: '2025-10-07',
    kind: 'news',
    events: [
      {
        council: 'Portsmouth', instrument: 'commissioner_appointment', service: CSC, issued: '2025-10-06',
        partners: [{ authority: 'Hampshire', role: 'mentor to frontline managers' }],
        people: [{ name: 'Nigel Ampofo', role: 'commissioner' }],
        deadlines: [{ text: 'by Christmas', due: '2025-12-25', what: "commissioner's report to ministers" }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-08',
      },
    ],
    distractors: ['Southampton'],
    not_appointees: ['Eleanor Crisp', 'Sasha Lindqvist', 'Amir Chaudhry'],
  },
  {
    file: 'h05_guardian_derbyshire.html',
    url: 'https://www.theguardian.com/society/2025/feb/05/derbyshire-childrens-services-special-measures-ofsted',
    published: '2025-02-05',
    kind: 'news',
    events: [
      {
        council: 'Derbyshire', instrument: 'direction', service: CSC, issued: '2025-02-04',
        people: [{ name: 'Imran Haverstock', role: 'commissioner' }],
        cadences: [{ text: 'at six-month intervals', every: 'P6M', what: 'commissioner reports to ministers' }],
        durations: [{ text: 'until ministers are satisfied', length: 'open-ended', what: 'the direction' }],
        ofsted_rating: 'inadequate', ofsted_date: '2024-12',
      },
    ],
    distractors: ['Derby', 'Ealing', 'Nottinghamshire'],
    not_appointees: ['Owen Marchetti', 'Rosa Pemberton', 'Yvonne Stratford'],
  },
  {
    file: 'h06_leicestermercury_leicester.html',
    url: 'https://www.leicestermercury.co.uk/news/leicester-news/leicester-city-council-served-improvement-10198765',
    published: '2025-05-12',
    kind: 'news',
    events: [
      {
        council: 'Leicester', instrument: 'improvement_notice', service: CSC, issued: '2025-05-06',
        partners: [{ authority: 'Leicestershire', role: 'mentor to social work managers' }],
        deadlines: [{ text: 'by next March', due: '2026-03-31', what: 'cut reliance on agency social workers' }],
        cadences: [{ text: 'quarterly review meetings', every: 'P3M', what: 'review meetings with DfE officials' }],
        durations: [{ text: 'for at least a year', length: 'P1Y', what: 'the notice' }],
        ofsted_rating: 'requires improvement', ofsted_date: '2025-03',
      },
    ],
    distractors: ['Rutland'],
    not_appointees: ['Hannah Bellweather', 'Harinder Mallory', 'Stephen Ruddle', 'Margaret Ingle', 'Tom Sheard'],
  },
  {
    file: 'h07_press_southampton.html',
    url: 'https://www.southampton.gov.uk/news/press-releases/council-statement-government-intervention-childrens-services/',
    published: '2025-11-19',
    kind: 'news',
    events: [
      {
        council: 'Southampton', instrument: 'direction', service: CSC, issued: '2025-11-17',
        partners: [{ authority: 'Hampshire', role: 'improvement partner' }],
        people: [{ name: 'Philippa Marchbanks', role: "Hampshire's DCS, leads the improvement board" }],
        deadlines: [{ text: 'before the end of the year', due: '2025-12-31', what: 'review of front door arrangements' }],
        cadences: [{ text: 'meet monthly', every: 'P1M', what: 'improvement board meetings' }],
        durations: [{ text: 'for at least 18 months', length: 'P18M', what: 'the direction' }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-09',
      },
    ],
    distractors: [],
    not_appointees: ['Dominic Ashworth', 'Nadine Osei-Craig'],
  },
  {
    file: 'h08_communitycare_wandsworth.html',
    url: 'https://www.communitycare.co.uk/2025/07/02/wandsworths-improvement-notice-lifted-after-significant-progress/',
    published: '2025-07-02',
    kind: 'news',
    events: [
      { council: 'Wandsworth', instrument: 'revocation', service: CSC, issued: '2025-06-27', ofsted_rating: null, ofsted_date: null },
      {
        council: 'Wandsworth', instrument: 'improvement_notice', service: CSC, issued: '2023-11',
        partners: [{ authority: 'Richmond upon Thames', role: 'improvement partner' }],
        people: [{ name: 'Colette Brightwell', role: 'improvement adviser, chair of the improvement board' }],
        ofsted_rating: 'requires improvement', ofsted_date: '2023-09',
      },
    ],
    distractors: ['Lambeth', 'Merton'],
    not_appointees: ['Callum Verity', 'Tobias Renwick', 'Ayesha Mbatha', 'Dee Hollins'],
  },
  {
    file: 'h09_cypnow_surrey_send.html',
    url: 'https://www.cypnow.co.uk/content/news/surrey-issued-with-send-direction-as-commissioner-appointed',
    published: '2025-01-29',
    kind: 'news',
    events: [
      {
        council: 'Surrey', instrument: 'direction', service: SEND, issued: '2025-01-24',
        partners: [
          { authority: 'West Sussex', role: 'shares expertise on EHC plans and annual reviews' },
          { authority: 'Kent', role: 'shares expertise on EHC plans and annual reviews' },
        ],
        people: [{ name: 'Beverley Outram', role: 'SEND commissioner' }],
        deadlines: [{ text: 'by 31 May', due: '2025-05-31', what: 'submit a revised SEND improvement plan' }],
        cadences: [{ text: 'every month', every: 'P1M', what: 'SEND improvement board meetings' }],
        durations: [{ text: 'for an initial 12 months', length: 'P12M', what: 'the direction' }],
        ofsted_rating: null, ofsted_date: null,
      },
    ],
    distractors: ['Hampshire'],
    not_appointees: ['Derek Lanyon', 'Miriam Thorne', 'Jane Ackroyd'],
  },
  {
    file: 'h10_lgc_salford.html',
    url: 'https://www.lgcplus.com/services/childrens-services/salford-given-revised-direction-as-commissioner-steps-back/5039918.article',
    published: '2025-10-14',
    kind: 'news',
    events: [
      {
        council: 'Salford', instrument: 'revised_direction', service: CSC, issued: '2025-10-09',
        partners: [{ authority: 'Bury', role: 'improvement partner' }],
        deadlines: [{ text: 'by 31 March next year', due: '2026-03-31', what: 'complete the improvement programme' }],
        cadences: [{ text: 'six-monthly reviews', every: 'P6M', what: 'DfE reviews' }],
        durations: [{ text: 'for a further 12 months', length: 'P12M', what: 'the revised direction' }],
      },
      {
        council: 'Salford', instrument: 'direction', service: CSC, issued: '2023-10',
        people: [{ name: 'Jonathan Pike', role: 'commissioner' }],
        ofsted_rating: 'inadequate', ofsted_date: '2023-08',
      },
    ],
    distractors: ['Trafford', 'Wigan', 'Stockport'],
    not_appointees: ['Priya Wendell'],
  },
  {
    file: 'h11_bbc_halton_sthelens.html',
    url: 'https://www.bbc.co.uk/news/articles/c0j4merseyn7',
    published: '2025-03-26',
    kind: 'news',
    events: [
      {
        council: 'Halton', instrument: 'improvement_notice', service: CSC, issued: '2025-03-25',
        partners: [{ authority: 'Warrington', role: 'improvement partner' }],
        deadlines: [{ text: 'within six months', due: '2025-09-26', what: 'produce an improvement plan' }],
        durations: [{ text: 'for at least 12 months', length: 'P12M', what: 'the notice' }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-02',
      },
      {
        council: 'St Helens', instrument: 'improvement_notice', service: CSC, issued: '2025-03-25',
        partners: [{ authority: 'Wigan', role: 'support partner' }],
        deadlines: [{ text: 'by the end of June', due: '2025-06-30', what: 'show progress' }],
        cadences: [{ text: 'monthly progress meetings', every: 'P1M', what: 'progress meetings with the DfE' }],
        ofsted_rating: 'requires improvement', ofsted_date: '2025-01',
      },
    ],
    distractors: ['Knowsley', 'Liverpool', 'Sefton'],
    not_appointees: ['Liam Treacy', 'Bernadette Quayle'],
  },
  {
    file: 'h12_plymouthherald_plymouth.html',
    url: 'https://www.plymouthherald.co.uk/news/plymouth-news/plymouth-childrens-services-under-government-10412233',
    published: '2025-08-14',
    kind: 'news',
    events: [
      {
        council: 'Plymouth', instrument: 'direction', service: CSC, issued: '2025-08-08',
        partners: [{ authority: 'Devon', role: 'support with fostering and adoption services' }],
        people: [{ name: 'Geraint Fowlie', role: 'commissioner' }],
        deadlines: [{ text: 'within 12 weeks', due: '2025-11-06', what: 'agree an improvement plan with the commissioner' }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-07',
      },
      {
        council: 'Plymouth', instrument: 'improvement_notice', service: CSC, issued: '2024-03',
        ofsted_rating: 'requires improvement', ofsted_date: '2024-01',
      },
    ],
    distractors: ['Cornwall'],
    not_appointees: ['Jasmine Treloar', 'Jemima Laity', 'Keith Doble'],
  },
  // ------------------------------------------------------------------ text dumps
  {
    file: 't01_eastlondon_towerhamlets.txt',
    url: 'https://www.eastlondonadvertiser.co.uk/news/24901234.tower-hamlets-council-issued-improvement-notice-childrens-services/',
    published: '2025-02-03',
    kind: 'news',
    events: [
      {
        council: 'Tower Hamlets', instrument: 'improvement_notice', service: CSC, issued: '2025-01-30',
        partners: [{ authority: 'Islington', role: 'improvement partner' }],
        deadlines: [{ text: 'by the summer', due: null, what: 'stabilise the social work workforce' }],
        cadences: [{ text: 'every six weeks', every: 'P6W', what: 'reports to the DfE-chaired improvement board' }],
        ofsted_rating: 'requires improvement', ofsted_date: '2024-11',
      },
    ],
    distractors: ['Hackney', 'Newham'],
    not_appointees: ['Ruksana Begum-Hale', 'Farhan Chowdhury-Lane', 'Derek Lunn'],
  },
  {
    file: 't02_ldrs_brent_send.txt',
    url: 'https://www.kilburntimes.co.uk/news/25512345.brent-councils-send-improvement-notice-lifted/',
    published: '2025-10-14',
    kind: 'news',
    events: [
      { council: 'Brent', instrument: 'revocation', service: SEND, issued: '2025-10-10' },
      {
        council: 'Brent', instrument: 'improvement_notice', service: SEND, issued: '2024-03',
        partners: [{ authority: 'Barnet', role: 'SEND improvement partner' }],
        cadences: [{ text: 'quarterly progress meetings', every: 'P3M', what: 'progress meetings with DfE advisers' }],
      },
    ],
    distractors: ['Harrow', 'Ealing'],
    not_appointees: ['Harriet Amos-Kwarteng', 'Gwen Adeyemi-Roth', 'Tola Mensah'],
  },
  {
    file: 't03_lincolnshireecho_lincolnshire.txt',
    url: 'https://www.lincolnshirelive.co.uk/news/local-news/government-issues-direction-lincolnshire-county-10567890',
    published: '2025-11-06',
    kind: 'news',
    events: [
      {
        council: 'Lincolnshire', instrument: 'direction', service: CSC, issued: '2025-11-04',
        people: [{ name: 'Fiona Lowther', role: 'commissioner' }],
        deadlines: [{ text: 'within three months', due: '2026-02-06', what: "commissioner's report" }],
        cadences: [{ text: 'every two months', every: 'P2M', what: 'commissioner meets council leaders' }],
        durations: [{ text: 'initially for 18 months', length: 'P18M', what: 'the direction' }],
        ofsted_rating: 'inadequate', ofsted_date: '2025-09',
      },
    ],
    distractors: ['North Lincolnshire', 'North East Lincolnshire', 'Nottinghamshire'],
    not_appointees: ['Alfie Brackenbury', 'Ian Wrexham-Bell', 'S. Faulkner'],
  },
  {
    file: 't04_dorsetecho_dorset.txt',
    url: 'https://www.dorsetecho.co.uk/news/24789012.dorset-council-handed-improvement-notice-somerset-steps-help/',
    published: '2024-12-09',
    kind: 'news',
    events: [
      {
        council: 'Dorset', instrument: 'improvement_notice', service: CSC, issued: '2024-12-04',
        partners: [{ authority: 'Somerset', role: 'improvement partner' }],
        deadlines: [{ text: 'by 30 September', due: '2025-09-30', what: 'reduce social worker caseloads' }],
        cadences: [{ text: 'twice yearly', every: 'P6M', what: 'reviews' }],
        durations: [{ text: 'for a minimum of 12 months', length: 'P12M', what: 'the notice' }],
        ofsted_rating: 'requires improvement', ofsted_date: '2024-10',
      },
    ],
    distractors: ['Bournemouth, Christchurch and Poole'],
    not_appointees: ['Marcus Penhaligon', 'Clare Whittingdale', 'Annie Vose'],
  },
  // ------------------------------------------------------------------ hard negatives
  {
    file: 'x01_harrowtimes_ofsted_harrow.html',
    url: 'https://www.harrowtimes.co.uk/news/24998877.harrow-childrens-services-rated-inadequate-ofsted/',
    published: '2025-05-21',
    kind: 'news',
    events: [],
    distractors: ['Harrow', 'Brent'],
    not_appointees: ['Gemma Ostrowski', 'Neville Ashcombe', 'Shobha Kanjilal', 'Rita Spall'],
  },
  {
    file: 'x02_kentonline_send_tribunal.txt',
    url: 'https://www.kentonline.co.uk/ashford/news/mum-wins-tribunal-battle-against-kent-county-council-312345/',
    published: '2025-06-18',
    kind: 'news',
    events: [],
    distractors: ['Kent', 'Medway'],
    not_appointees: ['Leonie Marchbank', 'Adrian Poulsom', 'Mariam Okello', 'Sally Brookfield'],
  },
  {
    file: 'x03_wakefieldexpress_dispersal.html',
    url: 'https://www.wakefieldexpress.co.uk/news/crime/police-issue-direction-to-disperse-in-wakefield-city-centre-4812345',
    published: '2025-08-23',
    kind: 'news',
    events: [],
    distractors: ['Wakefield', 'Leeds'],
    not_appointees: ['Nathan Ellwood', 'Rachel Haworth'],
  },
  {
    file: 'x04_herefordtimes_nhs_direction.txt',
    url: 'https://www.herefordtimes.com/news/24934567.health-secretary-issues-statutory-direction-herefordshire-council/',
    published: '2025-03-11',
    kind: 'news',
    events: [],
    distractors: ['Herefordshire', 'Worcestershire'],
    not_appointees: ['Owain Prothero-Lake', 'Bethan Lloyd-Severn'],
  },
  // ------------------------------------------------------------------ broken
  {
    file: 'b01_access_denied.pdf',
    url: `${GOV}/68a1f0c2d4/Sefton_direction_August_2025.pdf`,
    published: null,
    kind: 'broken',
    events: [],
    expect_error: 'not_pdf',
  },
  {
    file: 'b02_zero_bytes.pdf',
    url: `${GOV}/68b20c11e5/Rochdale_improvement_notice.pdf`,
    published: null,
    kind: 'broken',
    events: [],
    expect_error: 'empty',
  },
];

// ------------------------------------------------------------------ checks
const csv = readFileSync(path.join(DIR, '../../../shared/reference/authorities.csv'), 'utf8');
const NAMES = new Set<string>();
for (const line of csv.split('\n').slice(1)) {
  const m = line.match(/^[^,]*,("([^"]*)"|[^,]*)/);
  if (m) NAMES.add(m[2] ?? m[1]);
}

const ws = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&ndash;/g, '–').replace(/&mdash;/g, '—').replace(/&pound;/g, '£')
    .replace(/&hellip;/g, '…').replace(/&middot;/g, '·').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));

async function visibleText(file: string): Promise<string> {
  const buf = readFileSync(path.join(DIR, file));
  if (file.endsWith('.pdf')) {
    const r = await new PDFParse({ data: buf }).getText();
    return r.text;
  }
  if (file.endsWith('.html')) {
    return decode(
      buf.toString('utf8')
        .replace(/<script[\s\S]*?<\/script>/gi, ' ')
        .replace(/<style[\s\S]*?<\/style>/gi, ' ')
        .replace(/<head>[\s\S]*?<\/head>/i, ' ')
        .replace(/<[^>]+>/g, ' '),
    );
  }
  return buf.toString('utf8');
}

const errors: string[] = [];
const warn: string[] = [];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PERIOD = /^P\d+[DWMY]$/;
for (const g of GOLD) {
  const err = (m: string) => errors.push(`${g.file}: ${m}`);
  if (g.published && !DATE.test(g.published)) err(`bad published ${g.published}`);
  if (g.expect_error) continue;
  const raw = await visibleText(g.file);
  const text = ws(raw);
  const has = (s: string) => text.includes(ws(s));
  const hasLine = (s: string) => raw.replace(/[’‘]/g, "'").includes(s);
  for (const e of g.events) {
    if (!NAMES.has(e.council)) err(`council ${e.council} not a short name`);
    if (!has(e.council.replace(/^Kingston upon Hull$/, 'Hull'))) warn.push(`${g.file}: council name "${e.council}" not verbatim`);
    if (e.issued && !DATE.test(e.issued)) err(`bad issued ${e.issued}`);
    if (e.ofsted_date && !/^\d{4}-\d{2}$/.test(e.ofsted_date)) err(`bad ofsted_date ${e.ofsted_date}`);
    if (e.ofsted_rating && !['inadequate', 'requires improvement'].includes(e.ofsted_rating)) err(`bad rating ${e.ofsted_rating}`);
    for (const p of e.partners ?? []) if (!NAMES.has(p.authority)) err(`partner ${p.authority} not a short name`);
    for (const p of e.people ?? []) if (!has(p.name)) err(`person "${p.name}" not in text`);
    for (const d of e.deadlines ?? []) {
      if (!has(d.text)) err(`deadline "${d.text}" not in text`);
      else if (!hasLine(d.text)) warn.push(`${g.file}: deadline "${d.text}" spans a line break`);
      if (d.due && !/^\d{4}-\d{2}-\d{2}$/.test(d.due)) err(`bad due ${d.due}`);
    }
    for (const c of e.cadences ?? []) {
      if (!has(c.text)) err(`cadence "${c.text}" not in text`);
      else if (!hasLine(c.text)) warn.push(`${g.file}: cadence "${c.text}" spans a line break`);
      if (!PERIOD.test(c.every)) err(`bad every ${c.every}`);
    }
    for (const l of e.durations ?? []) {
      if (!has(l.text)) err(`duration "${l.text}" not in text`);
      else if (!hasLine(l.text)) warn.push(`${g.file}: duration "${l.text}" spans a line break`);
      if (!PERIOD.test(l.length) && l.length !== 'open-ended') err(`bad length ${l.length}`);
    }
  }
  for (const d of g.distractors ?? []) {
    if (!NAMES.has(d)) err(`distractor ${d} not a short name`);
    if (!has(d)) err(`distractor ${d} not in text`);
  }
  for (const n of g.not_appointees ?? []) if (!has(n)) err(`not_appointee "${n}" not in text`);
}

const norm = (e: Ev) => ({
  council: e.council,
  instrument: e.instrument,
  service: e.service,
  issued: e.issued,
  partners: e.partners ?? [],
  people: e.people ?? [],
  deadlines: e.deadlines ?? [],
  cadences: e.cadences ?? [],
  durations: e.durations ?? [],
  ofsted_rating: e.ofsted_rating ?? null,
  ofsted_date: e.ofsted_date ?? null,
});
const out = GOLD.map((g) =>
  JSON.stringify({
    file: g.file,
    url: g.url,
    published: g.published,
    kind: g.kind,
    events: g.events.map(norm),
    distractors: g.distractors ?? [],
    not_appointees: g.not_appointees ?? [],
    ...(g.expect_error ? { expect_error: g.expect_error } : {}),
  }),
);
writeFileSync(path.join(DIR, 'gold.jsonl'), out.join('\n') + '\n');
for (const w of warn) console.log(`note: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`ERROR ${e}`);
  process.exit(1);
}
console.log(`gold.jsonl: ${GOLD.length} lines, ${GOLD.reduce((n, g) => n + g.events.length, 0)} events, all checks passed`);
