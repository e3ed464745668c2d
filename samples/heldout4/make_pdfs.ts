// Generates the six instrument PDFs of samples/heldout4 with pdfkit.
// Run from this folder: npx tsx make_pdfs.ts
// All names of people, dates and requirements are invented; only council names are real.
import PDFDocument from 'pdfkit';
import fs from 'node:fs';
import path from 'node:path';

type Block =
  | { t: 'h'; s: string }            // heading
  | { t: 'p'; s: string }            // paragraph
  | { t: 'n'; n: string; s: string } // numbered paragraph
  | { t: 'b'; s: string }            // bullet
  | { t: 'sig'; lines: string[] }    // signature block
  | { t: 'page' }                    // page break
  | { t: 'right'; s: string };       // right-aligned (date/address)

interface Spec { file: string; header: string; footer: string; title: string[]; blocks: Block[] }

function render(spec: Spec, dir: string) {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, bufferPages: true,
    info: { Title: spec.title.join(' '), Author: 'Department for Education', Creator: 'Microsoft Word' } });
  doc.pipe(fs.createWriteStream(path.join(dir, spec.file)));
  doc.font('Helvetica-Bold').fontSize(13);
  for (const t of spec.title) doc.text(t, { align: 'center' });
  doc.moveDown();
  for (const b of spec.blocks) {
    switch (b.t) {
      case 'h': doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(b.s).moveDown(0.3); break;
      case 'p': doc.font('Helvetica').fontSize(10.5).text(b.s, { align: 'left' }).moveDown(0.5); break;
      case 'n': {
        doc.font('Helvetica').fontSize(10.5);
        const y = doc.y;
        doc.text(b.n, 72, y, { width: 30 });
        doc.text(b.s, 104, y, { width: 419 });
        doc.x = 72; doc.moveDown(0.5); break;
      }
      case 'b': doc.font('Helvetica').fontSize(10.5).text('\u2022  ' + b.s, 90, doc.y, { width: 433 }); doc.x = 72; doc.moveDown(0.3); break;
      case 'sig': doc.moveDown(1); doc.font('Helvetica-Oblique').fontSize(10.5).text(b.lines[0]); doc.font('Helvetica').moveDown(0.3);
        for (const l of b.lines.slice(1)) doc.text(l); doc.moveDown(); break;
      case 'page': doc.addPage(); break;
      case 'right': doc.font('Helvetica').fontSize(10.5).text(b.s, { align: 'right' }).moveDown(0.3); break;
    }
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bm = doc.page.margins.bottom; doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#555');
    doc.text(spec.header, 72, 36, { width: 451, align: 'center', lineBreak: false });
    doc.text(`${spec.footer}    Page ${i + 1} of ${range.count}`, 72, doc.page.height - 48, { width: 451, align: 'center', lineBreak: false });
    doc.fillColor('black'); doc.page.margins.bottom = bm;
  }
  doc.end();
}

const specs: Spec[] = [
  {
    file: 'i01_direction_hillingdon.pdf', header: 'OFFICIAL', footer: 'Direction: London Borough of Hillingdon',
    title: ['DIRECTION ISSUED TO THE LONDON BOROUGH OF HILLINGDON', 'PURSUANT TO SECTION 497A(4B) OF THE EDUCATION ACT 1996', 'AS APPLIED BY SECTION 50 OF THE CHILDREN ACT 2004'],
    blocks: [
      { t: 'right', s: '14 March 2018' },
      { t: 'n', n: '1.', s: 'WHEREAS the Secretary of State for Education ("the Secretary of State") is satisfied, having regard to the report of Ofsted published on 22 January 2018, which judged the London Borough of Hillingdon\'s ("the Council") services for children in need of help and protection, children looked after and care leavers to be inadequate, that the Council is failing to perform to an adequate standard some or all of the functions to which section 497A of the Education Act 1996 is applied by section 50 of the Children Act 2004 ("the children\'s social care functions").' },
      { t: 'n', n: '2.', s: 'AND WHEREAS the Secretary of State considers it expedient, in accordance with section 497A(4B), that the Council should act in accordance with this Direction.' },
      { t: 'h', s: 'NOW THEREFORE the Secretary of State directs as follows:' },
      { t: 'n', n: '3.', s: 'The Council shall co-operate with Gillian Morrow, who is hereby appointed as Children\'s Services Commissioner ("the Commissioner"), or such other person as the Secretary of State may appoint, and shall allow the Commissioner such access to its premises, documents and staff as the Commissioner considers necessary.' },
      { t: 'n', n: '4.', s: 'The Council shall, within three months of the date of this Direction, submit to the Commissioner an improvement plan setting out how it will address the recommendations of the Ofsted report.' },
      { t: 'n', n: '5.', s: 'The Council shall comply with any instructions of the Secretary of State or the Commissioner in relation to the improvement of its children\'s social care functions and shall provide such information as is requested.' },
      { t: 'n', n: '6.', s: 'This Direction takes effect on the date it is issued.' },
      { t: 'n', n: '7.', s: 'It remains in force until it is revoked by the Secretary of State.' },
      { t: 'sig', lines: ['Signed: Nadia Pembury', 'Nadia Pembury', 'Deputy Director, Children\'s Services Intervention and Improvement', 'An official of the Department for Education, authorised by the Secretary of State', 'Dated: 14 March 2018'] },
      { t: 'page' },
      { t: 'h', s: 'ANNEX A: TERMS OF REFERENCE FOR THE CHILDREN\'S SERVICES COMMISSIONER' },
      { t: 'p', s: 'The Commissioner will:' },
      { t: 'b', s: 'assess the Council\'s leadership capacity and capability to deliver sustained improvement in children\'s social care;' },
      { t: 'b', s: 'advise on whether alternative delivery arrangements should be put in place;' },
      { t: 'b', s: 'chair the Hillingdon Children\'s Improvement Board;' },
      { t: 'b', s: 'report to the Secretary of State on progress every 12 weeks.' },
      { t: 'p', s: 'The Commissioner will work with the Chief Executive of the Council, Patricia Moreland, and the Director of Children\'s Services, Dele Amusan. Where appropriate the Commissioner may draw on advice from neighbouring authorities, including Ealing and Harrow.' },
      { t: 'p', s: 'Department for Education, Sanctuary Buildings, Great Smith Street, London SW1P 3BT' },
    ],
  },
  {
    file: 'i02_improvement_notice_bracknell_forest.pdf', header: 'OFFICIAL - Improvement Notice', footer: 'Bracknell Forest Council: Improvement Notice, July 2023',
    title: ['Improvement Notice', 'Bracknell Forest Council', 'Children\'s Social Care'],
    blocks: [
      { t: 'p', s: 'Issued: 6 July 2023' },
      { t: 'p', s: 'This Improvement Notice is issued to Bracknell Forest Council ("the Council") following Ofsted\'s inspection of local authority children\'s services, the report of which was published on 24 May 2023 and which judged the Council\'s children\'s services to require improvement to be good, with the experiences and progress of children who need help and protection judged inadequate.' },
      { t: 'h', s: '1. Background' },
      { t: 'n', n: '1.1', s: 'The Department for Education ("the Department") recognises the Council\'s commitment to improvement. However, the Minister for Children, Families and Wellbeing has concluded that formal oversight is needed to ensure rapid progress in the Council\'s front door and child protection services.' },
      { t: 'h', s: '2. Actions the Council is required to take' },
      { t: 'n', n: '2.1', s: 'The Council must, within 28 days of the date of this notice, establish a Children\'s Improvement Board with an independent chair agreed by the Department.' },
      { t: 'n', n: '2.2', s: 'The Council must work with Wokingham Borough Council, which has been appointed as sector-led improvement partner, and must agree a partnership memorandum with it.' },
      { t: 'n', n: '2.3', s: 'The Council must reduce the number of children waiting for a child and family assessment to fewer than 40 by 31 October 2023.' },
      { t: 'n', n: '2.4', s: 'The Council must co-operate with Hugh Penrose, who has been appointed by the Department as improvement adviser, and who will attend bi-monthly review meetings with Department officials and the Council\'s senior leadership team.' },
      { t: 'h', s: '3. Duration' },
      { t: 'n', n: '3.1', s: 'This notice will remain in place for a minimum period of 12 months. The Department will then consider whether the notice should be lifted, extended or escalated to a statutory direction.' },
      { t: 'n', n: '3.2', s: 'Failure to comply with this notice may result in the Secretary of State using her powers under section 497A(4B) of the Education Act 1996 to issue a direction.' },
      { t: 'sig', lines: ['Signed by', 'Eleri Vaughan', 'Director, Regions Group', 'On behalf of the Secretary of State for Education', '6 July 2023'] },
      { t: 'p', s: 'cc: Timothy Wheatley, Chief Executive; Cllr Gareth Barnsdale, Executive Member for Children, Young People and Learning' },
    ],
  },
  {
    file: 'i03_revised_direction_bcp.pdf', header: 'OFFICIAL', footer: 'Revised Direction - Bournemouth, Christchurch and Poole Council',
    title: ['REVISED DIRECTION', 'ISSUED TO BOURNEMOUTH, CHRISTCHURCH AND POOLE COUNCIL', 'UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996', 'AS APPLIED BY SECTION 50 OF THE CHILDREN ACT 2004'],
    blocks: [
      { t: 'p', s: 'Date of this Revised Direction: 10 February 2022' },
      { t: 'n', n: '1.', s: 'On 12 March 2020 the Secretary of State for Education issued a Direction ("the 2020 Direction") to Bournemouth, Christchurch and Poole Council ("the Council") following the Ofsted inspection report published on 29 January 2020, which judged the Council\'s children\'s services to be inadequate.' },
      { t: 'n', n: '2.', s: 'Following the Commissioner\'s review of December 2021, the Secretary of State has decided to revoke the 2020 Direction and replace it with this Revised Direction, so as to provide for a formal partnership with a neighbouring authority.' },
      { t: 'h', s: 'The Secretary of State directs that the Council shall:' },
      { t: 'n', n: '3.', s: 'continue to co-operate with the Children\'s Services Commissioner, Theresa Langridge, who shall chair the BCP Children\'s Services Improvement Board;' },
      { t: 'n', n: '4.', s: 'enter into a partnership agreement with Dorset Council for a period of 24 months from the date of this Revised Direction, Dorset Council acting as improvement partner;' },
      { t: 'n', n: '5.', s: 'by 1 September 2022, implement the revised model of practice recommended by the Commissioner;' },
      { t: 'n', n: '6.', s: 'provide the Department for Education with monthly performance data in a form agreed with the Commissioner.' },
      { t: 'n', n: '7.', s: 'This Revised Direction revokes and replaces the 2020 Direction. It shall remain in force until revoked by the Secretary of State.' },
      { t: 'sig', lines: ['Signed on behalf of the Secretary of State for Education', 'Rupert Aldersey', 'Director, Children\'s Social Care Improvement and Intervention', 'Department for Education', '10 February 2022'] },
      { t: 'page' },
      { t: 'h', s: 'Annex: Terms of reference of the Improvement Board' },
      { t: 'p', s: 'The Board will be chaired by the Commissioner and will include the Council\'s Chief Executive, the Director of Children\'s Services, the Lead Member, and senior representatives of Dorset Council, Dorset Police and NHS Dorset. Hampshire County Council may be invited to attend as an observer.' },
      { t: 'p', s: 'The Board will receive a report from the Director of Children\'s Services at each meeting and will publish a summary of its minutes.' },
    ],
  },
  {
    file: 'i04_revocation_letter_gloucestershire.pdf', header: 'Department for Education', footer: 'Sanctuary Buildings, Great Smith Street, Westminster, London SW1P 3BT   www.gov.uk/dfe',
    title: ['Department for Education'],
    blocks: [
      { t: 'right', s: 'Josh MacAlister MP\nMinister for Children and Families' },
      { t: 'p', s: 'Peter Bramwell\nChief Executive\nGloucestershire County Council\nShire Hall\nWestgate Street\nGloucester GL1 2TG' },
      { t: 'right', s: '6 October 2025' },
      { t: 'p', s: 'Dear Peter,' },
      { t: 'h', s: 'REVOCATION OF STATUTORY DIRECTION: GLOUCESTERSHIRE CHILDREN\'S SERVICES' },
      { t: 'p', s: 'I am writing to inform you that I have decided to revoke the statutory direction issued to Gloucestershire County Council on 23 March 2021 under section 497A(4B) of the Education Act 1996, as applied by section 50 of the Children Act 2004. The revocation takes effect from the date of this letter.' },
      { t: 'p', s: 'Ofsted\'s inspection, published in August 2025, judged the council\'s children\'s services to be good, and my officials\' assessment confirms that the improvements are sustainable. I would like to thank Wiltshire Council, which acted as the council\'s improvement partner throughout the period of the direction, and the former Commissioner for their support.' },
      { t: 'p', s: 'To help secure this progress, my officials will hold six-monthly stocktake meetings with you and your Director of Children\'s Services for 12 months from the date of this letter.' },
      { t: 'p', s: 'I am copying this letter to Cllr Stephen Darley, Cabinet Member for Children\'s Safeguarding and Early Years, and to Ofsted.' },
      { t: 'sig', lines: ['Yours sincerely,', 'Josh MacAlister MP', 'Minister for Children and Families'] },
    ],
  },
  {
    file: 'i05_send_direction_brent.pdf', header: 'OFFICIAL', footer: 'London Borough of Brent - SEND Direction - September 2024',
    title: ['DIRECTION TO THE LONDON BOROUGH OF BRENT', 'IN RESPECT OF ITS FUNCTIONS UNDER PART 3 OF THE CHILDREN AND FAMILIES ACT 2014', 'ISSUED UNDER SECTION 497A(4B) OF THE EDUCATION ACT 1996'],
    blocks: [
      { t: 'p', s: 'This Direction is made on 19 September 2024.' },
      { t: 'h', s: 'Recitals' },
      { t: 'n', n: '(a)', s: 'The joint local area SEND inspection of Brent by Ofsted and the Care Quality Commission, reported in June 2024, found widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with special educational needs and disabilities.' },
      { t: 'n', n: '(b)', s: 'The Secretary of State is satisfied that the London Borough of Brent ("the Council") has failed to perform to an adequate standard its functions under Part 3 of the Children and Families Act 2014.' },
      { t: 'h', s: 'Direction' },
      { t: 'n', n: '1.', s: 'The Council must co-operate with Sunita Mehra, who is appointed by the Secretary of State as independent chair of the SEND Improvement and Assurance Board.' },
      { t: 'n', n: '2.', s: 'The Council must, within 12 weeks of the date of this Direction, submit a SEND improvement plan to the Department for Education.' },
      { t: 'n', n: '3.', s: 'The Council must work with the London Borough of Harrow as its SEND improvement partner.' },
      { t: 'n', n: '4.', s: 'The Board shall report to the Minister on a termly basis.' },
      { t: 'n', n: '5.', s: 'This Direction will remain in force until it is revoked.' },
      { t: 'sig', lines: ['Signed', 'Imran Kadir', 'Deputy Director, SEND Intervention and Improvement', 'For and on behalf of the Secretary of State for Education', '19 September 2024'] },
      { t: 'p', s: 'Copied to: Kim Wrightson, Chief Executive, London Borough of Brent; the Director of Children and Young People; NHS North West London Integrated Care Board.' },
    ],
  },
  {
    file: 'i06_improvement_notice_halton.pdf', header: 'Improvement Notice - Halton Borough Council', footer: 'Department for Education',
    title: ['IMPROVEMENT NOTICE', 'Halton Borough Council: Children\'s Services', '11 February 2015'],
    blocks: [
      { t: 'h', s: 'Introduction' },
      { t: 'n', n: '1.', s: 'This Improvement Notice sets out the actions that Halton Borough Council ("the Council") must take to improve its children\'s services following the Ofsted inspection report published on 12 December 2014, which judged the Council\'s services for children in need of help and protection to require improvement.' },
      { t: 'h', s: 'Improvement partner' },
      { t: 'n', n: '2.', s: 'The Council is to work with Warrington Borough Council. Warrington\'s Director of Children\'s Services will mentor the Council\'s Director of Children\'s Services and Warrington will act as improvement partner.' },
      { t: 'h', s: 'Improvement adviser and board' },
      { t: 'n', n: '3.', s: 'Dennis Okafor is appointed as the Department\'s improvement adviser and will chair the Halton Improvement Board, which will meet at least every three months.' },
      { t: 'h', s: 'Specific actions' },
      { t: 'n', n: '4.', s: 'The Council must, by 31 March 2015, produce a workforce strategy to reduce its reliance on agency social workers.' },
      { t: 'n', n: '5.', s: 'The Council must ensure that all children subject to a child protection plan have a review within timescale.' },
      { t: 'h', s: 'Duration and review' },
      { t: 'n', n: '6.', s: 'This notice will be in force for a minimum of 12 months, after which the Department will review whether it should be lifted.' },
      { t: 'sig', lines: ['Signed', 'Edward Timpson MP', 'Minister of State for Children and Families', '11 February 2015'] },
      { t: 'p', s: 'cc: David Parrish, Chief Executive; Cllr Tom McIlroy, Portfolio Holder for Children, Young People and Families; Knowsley Metropolitan Borough Council (for information)' },
    ],
  },
];

const dir = path.dirname(new URL(import.meta.url).pathname);
for (const s of specs) render(s, dir);
console.log('wrote', specs.length, 'PDFs');
