// Generates the 8 instrument PDFs (p*.pdf) and the 2 broken files (b*.pdf) of this held-out corpus.
// Deterministic: CreationDate/ModDate are the instrument's own date. Run: npx tsx samples/heldout2/make.ts
// All facts are invented; only the council names are real.
import PDFDocument from 'pdfkit';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.dirname(fileURLToPath(import.meta.url));
type Doc = InstanceType<typeof PDFDocument>;

function newDoc(title: string, date: string, margins = { top: 80, bottom: 80, left: 72, right: 72 }): Doc {
  const d = new Date(`${date}T09:00:00Z`);
  return new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    info: { Title: title, Author: 'Department for Education', Subject: title, CreationDate: d, ModDate: d },
  });
}

function save(doc: Doc, file: string): Promise<void> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => {
      writeFileSync(path.join(DIR, file), Buffer.concat(chunks));
      resolve();
    });
    doc.end();
  });
}

/** Running header/footer on every page; footer may use {n} and {m}. */
function decorate(doc: Doc, header: string | null, footer: string | null, align: 'left' | 'center' | 'right' = 'center') {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { top, bottom, left, right } = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left, right };
    const w = doc.page.width - left - right;
    doc.font('Helvetica').fontSize(8).fillColor('#555555');
    if (header) doc.text(header, left, 36, { width: w, align, lineBreak: false });
    if (footer) {
      const t = footer.replace('{n}', String(i + 1)).replace('{m}', String(range.count));
      doc.text(t, left, doc.page.height - 48, { width: w, align, lineBreak: false });
    }
    doc.page.margins = { top, bottom, left, right };
    doc.fillColor('black');
  }
}

const para = (doc: Doc, s: string, opts: PDFKit.Mixins.TextOptions = {}) => {
  doc.font('Helvetica').fontSize(11).text(s, { align: 'left', ...opts });
  doc.moveDown(0.6);
};
const bold = (doc: Doc, s: string, size = 11, opts: PDFKit.Mixins.TextOptions = {}) => {
  doc.font('Helvetica-Bold').fontSize(size).text(s, opts);
  doc.font('Helvetica').fontSize(11);
  doc.moveDown(0.4);
};
/** A numbered clause with a hanging indent. */
const clause = (doc: Doc, num: string, s: string, indent = 0) => {
  const x = doc.page.margins.left + indent;
  const y = doc.y;
  doc.font('Helvetica').fontSize(11).text(num, x, y, { width: 30 });
  doc.text(s, x + 30, y, { width: doc.page.width - doc.page.margins.right - x - 30 });
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5);
};

// ---------------------------------------------------------------- p01: letter + boxed improvement notice (Reading)
async function p01() {
  const doc = newDoc('Improvement notice: Reading Borough Council', '2025-03-12');
  const W = doc.page.width - 144;
  doc.font('Helvetica-Bold').fontSize(10).text('Department for Education', 72, 60, { width: W, align: 'right' });
  doc.font('Helvetica').fontSize(9);
  for (const l of ['Sanctuary Buildings', '20 Great Smith Street', 'Westminster', 'London SW1P 3BT', 'tel: 0370 000 2288', 'www.gov.uk/dfe'])
    doc.text(l, { width: W, align: 'right' });
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(10).text('Imogen Carrow MP', 72, doc.y, { width: W });
  doc.font('Helvetica').fontSize(9).text('Parliamentary Under-Secretary of State for Children and Families', { width: W });
  doc.moveDown(1);
  doc.fontSize(10);
  for (const l of ['Councillor Ruth Ashby', 'Leader of the Council', 'Councillor Daniel Okafor', 'Lead Member for Children', 'Reading Borough Council', 'Civic Offices, Bridge Street', 'Reading RG1 2LU'])
    doc.text(l, 330, doc.y, { width: W - 258, align: 'left' });
  doc.moveDown(1);
  const yRef = doc.y;
  doc.text('Our ref: MIN/2025/0412', 72, yRef);
  doc.text('12 March 2025', 72, yRef, { width: W, align: 'right' });
  doc.x = 72;
  doc.moveDown(1.5);
  para(doc, 'Dear Councillor Ashby and Councillor Okafor,');
  bold(doc, "Reading Borough Council: children's social care improvement notice");
  para(
    doc,
    "I am writing about the findings of Ofsted's inspection of local authority children's services in Reading, the report of which was published on 22 January 2025. Inspectors judged the overall effectiveness of services for children and families to be inadequate, with serious weaknesses in the council's response to children at risk of harm.",
  );
  para(
    doc,
    'I have considered the inspection findings alongside the advice of my officials and your own self-assessment. I am encouraged by the openness with which you and your Director of Children\'s Services, Brian Hollis, have engaged with the Department. I have decided that the council should receive the improvement notice set out below. It takes effect from the date of this letter.',
  );
  // boxed notice
  const boxItems = [
    '1.  The council will work with Bracknell Forest Council, which the Department has appointed as its sector-led improvement partner, drawing on its practice model and leadership support.',
    '2.  The Department has appointed Julian Pask as improvement adviser to the council. He will chair the Reading Children\'s Services Improvement Board and advise ministers on progress.',
    "3.  The council must submit an improvement plan to the Department within 10 weeks of the date of this notice, setting out how it will address each of the inspection's recommendations.",
    '4.  The Improvement Board will meet every six weeks, and the adviser will report to ministers at quarterly intervals.',
    '5.  This notice will remain in force for a minimum of 12 months. Ministers will then decide whether it can be lifted or whether further action is required.',
  ];
  const inner = W - 30;
  doc.font('Helvetica').fontSize(10);
  let h = 40;
  for (const it of boxItems) h += doc.heightOfString(it, { width: inner }) + 6;
  if (doc.y + h > doc.page.height - 80) doc.addPage();
  const top = doc.y;
  doc.lineWidth(1.2).rect(72, top, W, h).stroke();
  doc.font('Helvetica-Bold').fontSize(11).text('IMPROVEMENT NOTICE', 87, top + 12, { width: inner, align: 'center' });
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(10);
  for (const it of boxItems) {
    doc.text(it, 87, doc.y, { width: inner });
    doc.moveDown(0.3);
  }
  doc.x = 72;
  doc.y = top + h + 14;
  para(
    doc,
    'If the council fails to comply with the notice, or if improvement is not made at sufficient pace, I will consider using my powers under section 497A of the Education Act 1996, as applied by section 50 of the Children Act 2004, to issue a statutory direction.',
  );
  para(doc, "I am copying this letter to Tessa Lowry, Chief Executive, and to Yvette Marchant, His Majesty's Inspector at Ofsted.");
  para(doc, 'Yours sincerely,');
  doc.moveDown(1.5);
  bold(doc, 'Imogen Carrow MP');
  doc.fontSize(9).text('Parliamentary Under-Secretary of State for Children and Families');
  await save(doc, 'p01_notice_letter_reading.pdf');
}

// ---------------------------------------------------------------- p02: formal direction with clauses and two annexes (Hillingdon)
async function p02() {
  const doc = newDoc('Direction: London Borough of Hillingdon', '2025-06-17');
  const W = doc.page.width - 144;
  doc.font('Helvetica-Bold').fontSize(14).text('DIRECTION', { align: 'center' });
  doc.moveDown(0.5);
  doc.fontSize(10).text(
    'ISSUED UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996, AS APPLIED BY SECTION 50 OF THE CHILDREN ACT 2004',
    { align: 'center' },
  );
  doc.moveDown(0.5);
  doc.fontSize(12).text('TO THE LONDON BOROUGH OF HILLINGDON', { align: 'center' });
  doc.moveDown(1.2);
  bold(doc, 'Recitals', 12);
  clause(
    doc,
    'A.',
    "On 2 May 2025 His Majesty's Chief Inspector of Education, Children's Services and Skills published the report of an inspection of the London Borough of Hillingdon's services for children in need of help and protection, children in care and care leavers. The overall effectiveness of those services was judged to be inadequate.",
  );
  clause(
    doc,
    'B.',
    "Having considered that report and representations from the Council, the Secretary of State for Education ('the Secretary of State') is satisfied that the Council is failing to perform to an adequate standard some or all of the functions to which section 497A of the Education Act 1996 is applied by section 50 of the Children Act 2004 ('the Functions').",
  );
  clause(doc, 'C.', 'The Secretary of State considers it expedient, in accordance with section 497A(4B), to direct the Council as set out below.');
  doc.moveDown(0.5);
  bold(doc, 'Directions', 12);
  bold(doc, '1.  Citation and commencement');
  clause(doc, '1.1', "This instrument may be cited as the London Borough of Hillingdon (Children's Services) Direction 2025 and comes into force on the day on which it is made.");
  bold(doc, '2.  Co-operation with the Commissioner');
  clause(doc, '2.1', 'The Council shall—');
  clause(doc, '(a)', "co-operate fully with the Children's Services Commissioner appointed by the Secretary of State, whose terms of reference are set out in Annex A;", 30);
  clause(doc, '(b)', "give the Commissioner, and any person authorised by the Commissioner, access at all reasonable times to the Council's premises, documents, systems and staff; and", 30);
  clause(doc, '(c)', 'have regard to any advice or recommendation made by the Commissioner in relation to the Functions.', 30);
  bold(doc, '3.  Improvement arrangements');
  clause(doc, '3.1', "The Council shall establish a Children's Services Improvement Board, to be chaired by the Commissioner, no later than 31 July 2025.");
  clause(doc, '3.2', 'The Council shall, within four months of the date of this Direction, agree with the Commissioner an improvement plan that—');
  clause(doc, '(a)', 'addresses each recommendation of the inspection report;', 30);
  clause(doc, '(b)', 'sets measurable milestones for the timeliness and quality of assessments; and', 30);
  clause(doc, '(c)', 'explains how the Council will secure sufficient permanent social workers.', 30);
  clause(doc, '3.3', 'The Council shall work with the sector-led improvement partner named in Annex B.');
  bold(doc, '4.  Reporting');
  clause(doc, '4.1', 'The Council shall provide the Department for Education with a written report on progress at intervals of no more than three months.');
  bold(doc, '5.  Duration');
  clause(doc, '5.1', 'This Direction shall remain in force until it is revoked by the Secretary of State.');
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(11);
  doc.text('Signed by authority of the Secretary of State for Education');
  doc.moveDown(2);
  doc.text('Harriet Vosper');
  doc.text('Deputy Director, Intervention and Improvement (London and South East)');
  doc.text('Department for Education');
  doc.moveDown(0.5);
  doc.text('Dated this 17th day of June 2025');

  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(13).text("ANNEX A: TERMS OF REFERENCE FOR THE CHILDREN'S SERVICES COMMISSIONER", { align: 'left' });
  doc.moveDown(1);
  clause(doc, '1.', "The Secretary of State has appointed Marguerite Dellow as Children's Services Commissioner for the London Borough of Hillingdon ('the Commissioner').");
  clause(doc, '2.', 'The Commissioner shall—');
  clause(doc, '(a)', "assess the Council's leadership, management and governance of children's social care;", 30);
  clause(doc, '(b)', 'advise whether the Council has the capacity and capability to improve within a reasonable timeframe; and', 30);
  clause(doc, '(c)', 'recommend whether the Functions should continue to be exercised by the Council or by alternative arrangements.', 30);
  clause(doc, '3.', 'The Commissioner will provide an initial report to the Secretary of State by 30 September 2025.');
  clause(
    doc,
    '4.',
    'In carrying out the review the Commissioner may seek the views of neighbouring authorities, including the London Boroughs of Harrow and Ealing, and of partners in the local safeguarding arrangements.',
  );
  doc.moveDown(1.5);
  doc.font('Helvetica-Bold').fontSize(13).text('ANNEX B: SECTOR-LED IMPROVEMENT PARTNER');
  doc.moveDown(1);
  clause(doc, '1.', 'The London Borough of Hounslow is appointed as sector-led improvement partner to the Council.');
  clause(doc, '2.', 'The partner will provide practice leadership, peer review and coaching for team managers, and will attend meetings of the Improvement Board.');
  clause(doc, '3.', "The costs of the partner's support are met by the Department for Education.");
  decorate(doc, 'OFFICIAL  |  Direction to the London Borough of Hillingdon', 'Page {n} of {m}', 'right');
  await save(doc, 'p02_direction_hillingdon.pdf');
}

// ---------------------------------------------------------------- p03: revised direction reciting history (Redcar and Cleveland)
async function p03() {
  const doc = newDoc('Revised direction: Redcar and Cleveland Borough Council', '2025-02-20', { top: 90, bottom: 80, left: 80, right: 80 });
  doc.font('Helvetica-Bold').fontSize(16).text('Revised Direction to Redcar and Cleveland Borough Council');
  doc.moveDown(0.3);
  doc.font('Helvetica-Oblique').fontSize(10).text('Section 497A(4B) of the Education Act 1996, as applied by section 50 of the Children Act 2004');
  doc.moveDown(1.2);
  const p = (n: string, s: string) => clause(doc, n, s);
  bold(doc, 'Background', 12);
  p(
    '1.',
    'On 3 March 2022 the Secretary of State issued a direction to Redcar and Cleveland Borough Council ("the Council") following an inspection by Ofsted, published in January 2022, which judged the Council\'s children\'s services to be inadequate. That direction required the Council to co-operate with a Children\'s Services Commissioner, and Alan Wedderburn was appointed to that role.',
  );
  p(
    '2.',
    "On 14 June 2023 the Secretary of State issued a revised direction which, following the Commissioner's recommendation that the Council retain its children's services, required the Council to work with Darlington Borough Council as its improvement partner.",
  );
  p(
    '3.',
    "Ofsted re-inspected the Council's children's services in October 2024. The report, published in December 2024, judged the overall effectiveness of services to require improvement to be good.",
  );
  p(
    '4.',
    'The Secretary of State is satisfied that the Council has made progress but that further improvement is required, and that it remains expedient to give a direction under section 497A(4B).',
  );
  bold(doc, 'Direction', 12);
  p('5.', 'This Direction revokes and replaces the Direction of 14 June 2023.');
  p(
    '6.',
    'The Council shall continue to work with Darlington Borough Council as its improvement partner. The Council shall also draw on support from Stockton-on-Tees Borough Council in relation to the recruitment and retention of foster carers.',
  );
  p(
    '7.',
    "The Secretary of State has appointed Colin Metcalfe as Children's Services Adviser. The Council shall co-operate with the Adviser, who will review progress every four months and advise the Secretary of State whether this Direction can be revoked.",
  );
  p('8.', 'The Council shall submit to the Department a sustainability plan, describing how improvements will be maintained, within six weeks of the date of this Direction.');
  p('9.', 'This Direction will remain in force for no longer than 18 months, unless it is revoked sooner or replaced by a further direction.');
  doc.moveDown(2);
  doc.font('Helvetica').fontSize(11);
  doc.text('Signed:   V. Hallam');
  doc.moveDown(0.3);
  doc.text('Verity Hallam');
  doc.text("Director, Children's Social Care Improvement");
  doc.text('For and on behalf of the Secretary of State for Education');
  doc.moveDown(0.5);
  doc.text('Date: 20/2/2025');
  decorate(doc, 'Department for Education', 'Redcar and Cleveland: revised direction', 'left');
  await save(doc, 'p03_revised_direction_redcar.pdf');
}

// ---------------------------------------------------------------- p04: SEND improvement notice with a schedule table (Hertfordshire)
async function p04() {
  const doc = newDoc('SEND improvement notice: Hertfordshire County Council', '2025-04-07');
  const W = doc.page.width - 144;
  doc.font('Helvetica').fontSize(10).text('7 April 2025', { width: W, align: 'right' });
  doc.moveDown(0.5);
  doc.text("To: the Chief Executive and the Director of Children's Services, Hertfordshire County Council");
  doc.moveDown(1.2);
  doc.font('Helvetica-Bold').fontSize(15).text('Improvement Notice: Hertfordshire County Council');
  doc.fontSize(12).text('Special Educational Needs and Disabilities (SEND)');
  doc.moveDown(1);
  para(
    doc,
    "This Improvement Notice is issued to Hertfordshire County Council ('the Council') in respect of its functions under Part 3 of the Children and Families Act 2014, following the joint area SEND inspection by Ofsted and the Care Quality Commission published on 14 February 2025. Inspectors found widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND.",
  );
  bold(doc, 'Requirements', 12);
  clause(doc, '1.', 'The Council shall work with Essex County Council, which will act as its SEND improvement partner.');
  clause(doc, '2.', 'The Department has appointed Dr Sunita Rahman as SEND Improvement Adviser. She will chair the Hertfordshire SEND Improvement Board, which will meet monthly.');
  clause(doc, '3.', 'The Council shall deliver the actions in the Schedule below by the dates shown.');
  clause(doc, '4.', 'This Notice will remain in place for at least 18 months and will be reviewed by ministers at that point.');
  doc.moveDown(0.5);
  bold(doc, 'Schedule of actions', 12);
  const cols = [
    { x: 72, w: 28, h: 'No.' },
    { x: 100, w: 235, h: 'Action' },
    { x: 337, w: 100, h: 'Lead' },
    { x: 439, w: 84, h: 'Complete by' },
  ];
  const rows = [
    ['1', 'Publish a co-produced SEND and alternative provision strategy', 'Director of Education', '30 June 2025'],
    ['2', 'Issue at least 60% of new EHC plans within 20 weeks', 'Head of SEND Statutory Services', '31 December 2025'],
    ['3', 'Clear the backlog of overdue annual reviews', 'Head of SEND Statutory Services', '31 March 2026'],
    ['4', 'Review specialist placement sufficiency', 'Director of Education', 'Ongoing, reported quarterly'],
  ];
  const drawRow = (cells: string[], hdr: boolean) => {
    doc.font(hdr ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const hgt = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i].w - 6 }))) + 8;
    const y = doc.y;
    if (hdr) doc.rect(72, y, 451, hgt).fillAndStroke('#e6e6e6', '#000000').fillColor('black');
    else doc.rect(72, y, 451, hgt).stroke();
    cells.forEach((c, i) => {
      if (i > 0) doc.moveTo(cols[i].x - 1, y).lineTo(cols[i].x - 1, y + hgt).stroke();
      doc.text(c, cols[i].x + 3, y + 4, { width: cols[i].w - 6 });
    });
    doc.x = 72;
    doc.y = y + hgt;
  };
  drawRow(cols.map((c) => c.h), true);
  for (const r of rows) drawRow(r, false);
  doc.moveDown(1.5);
  para(doc, 'Failure to make sufficient progress may lead the Secretary of State to consider further action, including a statutory direction.');
  doc.moveDown(1);
  doc.font('Helvetica').fontSize(11).text('Nadia Fairbrother');
  doc.text('Director, SEND and Alternative Provision Improvement');
  doc.text('Department for Education');
  decorate(doc, 'OFFICIAL', 'Page {n} of {m}', 'center');
  await save(doc, 'p04_send_notice_hertfordshire.pdf');
}

// ---------------------------------------------------------------- p05: revocation letter, date only in the signature block (Coventry)
async function p05() {
  const doc = newDoc('Revocation of direction: Coventry City Council', '2025-07-09');
  doc.font('Helvetica-Bold').fontSize(12).text('From Baroness Meriel Tansley');
  doc.font('Helvetica').fontSize(10).text('Parliamentary Under-Secretary of State for Children and Families');
  doc.moveDown(1.5);
  for (const l of ['Councillor Nadeem Farrukh, Leader', 'Councillor Siobhan Keane, Cabinet Member for Children and Young People', 'Coventry City Council', 'Council House, Earl Street', 'Coventry CV1 5RR'])
    doc.text(l);
  doc.moveDown(1.5);
  para(doc, 'Dear Councillor Farrukh and Councillor Keane,');
  bold(doc, 'Revocation of the statutory direction issued to Coventry City Council');
  para(
    doc,
    'I am pleased to confirm that the Secretary of State has decided to revoke the direction issued to Coventry City Council on 21 September 2023 under section 497A(4B) of the Education Act 1996, as applied by section 50 of the Children Act 2004. The revocation takes effect from the date of this letter.',
  );
  para(
    doc,
    "The direction was issued after Ofsted judged the council's children's services to be inadequate in an inspection report published in July 2023. Under the direction, Bernard Oyelaran was appointed as Children's Services Commissioner, and Warwickshire County Council acted as the council's improvement partner.",
  );
  para(
    doc,
    "Ofsted's most recent inspection, published in May 2025, judged services to be good, with leaders described as 'relentless in their focus on children'. This is a remarkable achievement, and I want to recognise the commitment of frontline staff.",
  );
  para(
    doc,
    'To help the council sustain this progress, officials from the Department will continue to meet with you every six months for a further year. These meetings are not part of any statutory intervention.',
  );
  para(
    doc,
    "I would like to thank the council's staff, the Commissioner, and colleagues at Warwickshire for their work. I am copying this letter to Julia Nettleford, Chief Executive, and to Martin Ebbs, Director of Children's Services.",
  );
  para(doc, 'Yours sincerely,');
  doc.moveDown(1.5);
  doc.font('Helvetica-Bold').text('Baroness Meriel Tansley');
  doc.font('Helvetica').text('Parliamentary Under-Secretary of State for Children and Families');
  doc.moveDown(0.5);
  doc.text('Date: 9/7/2025');
  await save(doc, 'p05_revocation_coventry.pdf');
}

// ---------------------------------------------------------------- p06: direction naming a children's trust (Bedford)
async function p06() {
  const doc = newDoc("Direction: Bedford Borough Council (children's trust)", '2024-11-12');
  const W = doc.page.width - 144;
  doc.font('Helvetica').fontSize(11).text('12 November 2024', { width: W, align: 'left' });
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(14).text("Direction to Bedford Borough Council concerning the transfer of children's social care functions to Bedford Children's Trust", { align: 'center' });
  doc.moveDown(1);
  bold(doc, 'Whereas:');
  clause(doc, '(i)', "Ofsted's inspection of the Council's children's services, reported on 8 August 2024, judged overall effectiveness to be inadequate for the second consecutive time;");
  clause(
    doc,
    '(ii)',
    "the Secretary of State appointed Fenella Harcourt as Children's Services Commissioner, whose report of October 2024 concluded that the Council does not have the capacity to secure sustainable improvement and recommended that children's social care be delivered by an independent trust;",
  );
  clause(
    doc,
    '(iii)',
    'the Secretary of State is satisfied that the Council is failing to perform to an adequate standard functions to which section 497A of the Education Act 1996 is applied by section 50 of the Children Act 2004.',
  );
  para(doc, 'Now therefore, the Secretary of State, in exercise of the powers conferred by section 497A(4B) of the Education Act 1996, directs the Council as follows:');
  clause(
    doc,
    '1.',
    "The Council shall, in accordance with arrangements approved by the Secretary of State, enter into a service delivery contract with Bedford Children's Trust Limited ('the Trust'), a company limited by guarantee and independent of the Council, under which the Trust will exercise the Council's children's social care functions on its behalf.",
  );
  clause(doc, '2.', 'The Trust shall assume operational responsibility for those functions no later than 1 April 2026.');
  clause(doc, '3.', 'The Council shall, within 8 weeks of the date of this Direction, agree with the Commissioner a transition plan covering staff transfer, finance, property and information systems.');
  clause(doc, '4.', "The Commissioner shall continue in post to oversee the establishment of the Trust and shall review the Trust's performance at least once a year.");
  clause(doc, '5.', 'The Council shall co-operate with Central Bedfordshire Council, which the Secretary of State has asked to act as practice improvement partner until the Trust is established.');
  clause(doc, '6.', 'The service delivery contract shall be for an initial term of five years.');
  clause(
    doc,
    '7.',
    "The Council retains its statutory responsibilities, including the appointment of a Director of Children's Services under section 18 of the Children Act 2004. Milton Keynes City Council has been consulted on cross-boundary placements.",
  );
  doc.moveDown(2);
  doc.font('Helvetica').text('Signed on behalf of the Secretary of State for Education');
  doc.moveDown(1.5);
  doc.text('Rhodri Tulloch');
  doc.text('Deputy Director, Regions Group');
  decorate(doc, 'Bedford Borough Council — Direction under section 497A(4B) Education Act 1996', 'Page {n} of {m}', 'center');
  await save(doc, 'p06_direction_bedford_trust.pdf');
}

// ---------------------------------------------------------------- p07: SEND direction in Parts (Gloucestershire)
async function p07() {
  const doc = newDoc('SEND direction: Gloucestershire County Council', '2024-08-19', { top: 72, bottom: 72, left: 90, right: 90 });
  doc.font('Helvetica-Bold').fontSize(12).text('THE GLOUCESTERSHIRE COUNTY COUNCIL (SPECIAL EDUCATIONAL NEEDS AND DISABILITIES) DIRECTION 2024', { align: 'center' });
  doc.moveDown(0.8);
  doc.font('Helvetica-Oblique').fontSize(10).text(
    "Made by the Secretary of State for Education under section 497A(4B) of the Education Act 1996, as applied by section 50 of the Children Act 2004, in relation to the Council's functions under Part 3 of the Children and Families Act 2014.",
    { align: 'center' },
  );
  doc.moveDown(1.2);
  const part = (s: string) => {
    doc.moveDown(0.4);
    doc.font('Helvetica-Bold').fontSize(11).text(s, { align: 'center' });
    doc.moveDown(0.6);
  };
  part('PART 1 — PRELIMINARY');
  clause(
    doc,
    '1.',
    "In this Direction, 'the Council' means Gloucestershire County Council; 'the SEND Commissioner' means the person appointed under paragraph 3; and 'the Board' means the SEND Improvement Board established under paragraph 5.",
  );
  clause(
    doc,
    '2.',
    "The Secretary of State has considered the report of the area SEND inspection of Gloucestershire, published by Ofsted and the Care Quality Commission on 25 June 2024, which identified widespread and/or systemic failings, and the Council's failure to make sufficient progress against the written statement of action agreed in 2022.",
  );
  part('PART 2 — REQUIREMENTS');
  clause(doc, '3.', 'The Secretary of State appoints Professor Owain Treharne as SEND Commissioner. The Council shall—');
  clause(doc, '(a)', 'co-operate with the SEND Commissioner and provide such information as the SEND Commissioner may reasonably request;', 30);
  clause(doc, '(b)', 'within 60 days of the date of this Direction, produce a SEND recovery plan agreed by the SEND Commissioner; and', 30);
  clause(doc, '(c)', 'implement that plan.', 30);
  clause(doc, '4.', 'The Council shall work with Wiltshire Council as its SEND improvement partner.');
  clause(doc, '5.', 'The Council shall establish the Board, which shall meet every two weeks until the recovery plan is agreed and monthly after that.');
  clause(doc, '6.', "The SEND Commissioner shall report to the Secretary of State on the Council's progress by the end of the spring term 2025.");
  part('PART 3 — DURATION');
  clause(doc, '7.', 'This Direction has effect until the Secretary of State notifies the Council in writing that it is revoked.');
  doc.moveDown(2);
  doc.font('Helvetica').fontSize(11).text('Dated this 19th day of August 2024');
  doc.moveDown(1.2);
  doc.text('Signed:');
  doc.text('Anjali Mercer-Dunn');
  doc.text('Deputy Director, SEND Intervention');
  doc.text('For the Secretary of State for Education');
  decorate(doc, null, '— {n} —', 'center');
  await save(doc, 'p07_send_direction_gloucestershire.pdf');
}

// ---------------------------------------------------------------- p08: commissioner appointment letter (Lewisham)
async function p08() {
  const doc = newDoc("Appointment of a Children's Services Commissioner: Lewisham", '2025-01-27');
  const W = doc.page.width - 144;
  doc.font('Helvetica-Bold').fontSize(13).text('Department for Education', { width: W, align: 'center' });
  doc.moveTo(72, doc.y + 4).lineTo(72 + W, doc.y + 4).stroke();
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(10);
  for (const l of ['Mayor Delphine Achterberg', 'London Borough of Lewisham', 'Laurence House', '1 Catford Road', 'London SE6 4RU']) doc.text(l);
  doc.moveDown(1);
  doc.text('27 January 2025');
  doc.moveDown(1.5);
  para(doc, 'Dear Mayor Achterberg,');
  bold(doc, "Appointment of a Children's Services Commissioner for Lewisham");
  para(
    doc,
    "Ofsted's inspection of children's services in Lewisham, published on 10 December 2024, judged the council's services to be inadequate. Inspectors reported that too many children wait too long for help and that managers do not have an accurate understanding of practice.",
  );
  para(
    doc,
    "In light of these findings, the Secretary of State has today appointed Rupert Gallagher as Children's Services Commissioner for Lewisham. The Commissioner's role is to review the council's capacity and capability to improve and to advise whether children's social care services should remain under the council's operational control.",
  );
  para(doc, 'The Commissioner will report to the Secretary of State by 30 April 2025. In the meantime, he will meet you and your Director of Children\'s Services on a fortnightly basis.');
  para(
    doc,
    "The Commissioner will draw on the expertise of the Royal Borough of Greenwich, whose children's services leadership team has agreed to act as adviser to the council during the review.",
  );
  para(doc, "No decision has yet been taken on whether to issue a statutory direction; that decision will follow the Commissioner's report.");
  para(doc, 'I am copying this letter to Jeremy Sallow, Chief Executive, and to Councillor Kemi Ashdown, Cabinet Member for Children and Young People.');
  para(doc, 'Yours sincerely,');
  doc.moveDown(1.2);
  doc.font('Helvetica-Bold').text('Tobias Renwick MP');
  doc.font('Helvetica').text('Minister for Children and Families');
  await save(doc, 'p08_commissioner_letter_lewisham.pdf');
}

// ---------------------------------------------------------------- broken files
function broken() {
  const denied = `<!DOCTYPE html>
<html><head><title>Access Denied</title></head>
<body>
<h1>Access Denied</h1>
You don't have permission to access "http&#58;&#47;&#47;assets&#46;publishing&#46;service&#46;gov&#46;uk&#47;media&#47;68a1f0c2d4&#47;Sefton&#95;direction&#95;August&#95;2025&#46;pdf" on this server.<p>
Reference&#32;&#35;18&#46;5b2a1302&#46;1755523411&#46;3f9a0c1
<p>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;5b2a1302&#46;1755523411&#46;3f9a0c1</p>
</body>
</html>
`;
  writeFileSync(path.join(DIR, 'b01_access_denied.pdf'), denied);
  writeFileSync(path.join(DIR, 'b02_zero_bytes.pdf'), '');
}

await p01();
await p02();
await p03();
await p04();
await p05();
await p06();
await p07();
await p08();
broken();
console.log('ok');
