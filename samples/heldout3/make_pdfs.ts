// Writes the PDFs of heldout3 with pdfkit. All facts are invented; only council names are real.
// Run from this folder: npx tsx make_pdfs.ts
import PDFDocument from 'pdfkit';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function make(name: string, date: string, draw: (d: PDFKit.PDFDocument) => void, opts: PDFKit.PDFDocumentOptions = {}): Promise<void> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60, info: { Title: '', Author: 'Department for Education', CreationDate: new Date(`${date}T10:00:00Z`) }, ...opts });
    const out = createWriteStream(path.join(HERE, name));
    out.on('finish', () => resolve());
    doc.pipe(out);
    draw(doc);
    doc.end();
  });
}

// p01: two-column improvement notice (Thurrock, February 2021)
const p01 = make('p01_thurrock_notice_two_column.pdf', '2021-02-08', (d) => {
  d.font('Helvetica-Bold').fontSize(15).text('Improvement Notice: Thurrock Council', { align: 'left' });
  d.font('Helvetica').fontSize(10).text('Issued by the Department for Education on 8 February 2021');
  d.moveDown(1);
  d.fontSize(9.5).text(
    [
      'Background. This notice is issued to Thurrock Council ("the Council") in respect of its children\'s social care services. Ofsted judged the Council\'s services for children in need of help and protection, children in care and care leavers to be inadequate in a report published on 14 December 2020. The Minister has considered the Council\'s response and is satisfied that a notice, rather than a statutory direction, is the proportionate response at this time.',
      'Improvement partner. The Council will work with Southend-on-Sea City Council, which has agreed to act as improvement partner and to provide practice leadership, workforce advice and peer challenge.',
      'Improvement adviser. Dorothy Ingram is appointed as improvement adviser. She will chair the Council\'s improvement board and provide independent advice to the Department on the Council\'s progress.',
      'Actions required. The Council must agree an improvement plan with the improvement adviser within 8 weeks of the date of this notice. The plan must set out how the Council will reduce the number of children waiting for an assessment and improve the quality of supervision for social workers.',
      'Monitoring. The improvement board will meet at least every three months and the adviser will report to the Minister after each meeting. Departmental officials will attend as observers.',
      'Duration. This notice will remain in force for a period of 18 months, after which the Minister will decide whether it should be lifted or whether further action is needed.',
      'Failure to comply. If the Council does not comply with this notice, or does not make sufficient progress, the Secretary of State may use powers under section 497A of the Education Act 1996 to issue a statutory direction.',
    ].join('\n\n'),
    { columns: 2, columnGap: 18, height: 560, align: 'justify' },
  );
  d.moveDown(1);
  d.fontSize(9).text('Department for Education, Sanctuary Buildings, Great Smith Street, London SW1P 3BT', 60, 760);
});

// p02: direction whose council appears only in the address block (Bury, March 2022)
const p02 = make('p02_bury_direction_address_block.pdf', '2022-03-03', (d) => {
  d.font('Helvetica').fontSize(10).text('Department for Education\nSanctuary Buildings\nGreat Smith Street\nLondon SW1P 3BT', { align: 'right' });
  d.moveDown(1.5);
  d.text('Chief Executive\nBury Metropolitan Borough Council\nTown Hall\nKnowsley Street\nBL9 0SW');
  d.moveDown(1);
  d.text('3 March 2022');
  d.moveDown(1.5);
  d.font('Helvetica-Bold').fontSize(12).text('Direction under section 497A(4B) of the Education Act 1996 as applied by section 50 of the Children Act 2004');
  d.moveDown(1);
  d.font('Helvetica').fontSize(10.5);
  const paras = [
    '1. The Secretary of State is satisfied, having regard to the report of Ofsted published in January 2022 which judged the Authority\'s children\'s services to be inadequate, that the Authority is failing to perform to an adequate standard some or all of the functions to which section 497A of the Education Act 1996 is applied by section 50 of the Children Act 2004.',
    '2. The Secretary of State therefore directs that the Authority shall comply with any instructions of the Secretary of State or of Oliver Brenton, appointed as Children\'s Services Commissioner, in relation to the improvement of its children\'s social care functions.',
    '3. The Authority shall enter into an arrangement with Stockport Metropolitan Borough Council, which will act as improvement partner, and shall agree the terms of that arrangement by 31 May 2022.',
    '4. The Authority shall provide the Commissioner with a written progress report each month.',
    '5. This Direction takes effect on the date of this letter and shall remain in force until revoked by the Secretary of State.',
  ];
  for (const p of paras) d.text(p, { align: 'justify' }).moveDown(0.7);
  d.moveDown(1);
  d.text('Signed on behalf of the Secretary of State for Education\n\nAnthony Fairclough\nDeputy Director, Regions Group');
});

// p03: direction using "the Authority" (Kirklees, December 2016)
const p03 = make('p03_kirklees_direction_authority.pdf', '2016-12-19', (d) => {
  d.font('Times-Bold').fontSize(13).text('DIRECTION', { align: 'center' });
  d.font('Times-Roman').fontSize(11).text('issued under section 497A(4B) of the Education Act 1996, as applied by section 50 of the Children Act 2004', { align: 'center' });
  d.moveDown(1);
  d.text('TO: Kirklees Council ("the Authority")');
  d.text('DATE: 19 December 2016');
  d.moveDown(1);
  const paras = [
    'WHEREAS Ofsted, in a report published on 11 November 2016, judged the Authority\'s services for children in need of help and protection, children looked after and care leavers to be inadequate;',
    'AND WHEREAS the Secretary of State is satisfied that the Authority is failing to perform to an adequate standard its children\'s social care functions;',
    'NOW the Secretary of State directs the Authority as follows:',
    '(a) The Authority shall co-operate with Eleanor Brough, appointed as Children\'s Services Commissioner, and shall give her access to its premises, records and staff.',
    '(b) The Authority shall work with Leeds City Council as its improvement partner.',
    '(c) The Authority shall submit to the Commissioner, no later than 31 March 2017, an improvement plan setting out the actions it will take to address the findings of the Ofsted report.',
    '(d) The Commissioner shall review the Authority\'s progress at six-monthly intervals and report to the Secretary of State.',
    '(e) This Direction shall have effect for an initial period of two years from the date on which it is made.',
  ];
  for (const p of paras) d.text(p, { align: 'justify' }).moveDown(0.6);
  d.moveDown(1);
  d.text('Signed: Margaret Tulloch\nA senior civil servant in the Department for Education, on behalf of the Secretary of State');
});

// p04: revocation notice in a box, date only inside the box (Sandwell, April 2022)
const p04 = make('p04_sandwell_revocation_box.pdf', '2022-04-28', (d) => {
  d.font('Helvetica').fontSize(10.5).text('Department for Education', { align: 'right' });
  d.moveDown(1);
  d.text('To the Chief Executive and the Director of Children\'s Services');
  d.moveDown(1);
  d.text('Dear Chief Executive,');
  d.moveDown(0.5);
  d.text('I am writing to confirm that the Secretary of State has decided to revoke the statutory direction relating to your children\'s social care services. The formal notice of revocation is set out below.', { align: 'justify' });
  d.moveDown(1);
  const top = d.y;
  d.rect(60, top, 475, 190).lineWidth(1.5).stroke();
  d.font('Helvetica-Bold').fontSize(12).text('NOTICE OF REVOCATION', 75, top + 14, { width: 445, align: 'center' });
  d.font('Helvetica').fontSize(10.5).moveDown(0.6);
  d.text('Sandwell Metropolitan Borough Council', 75, d.y, { width: 445, align: 'center' });
  d.moveDown(0.6);
  d.text('The Secretary of State, in exercise of the powers conferred by section 497A of the Education Act 1996 as applied by section 50 of the Children Act 2004, hereby revokes the Direction issued to the Council on 21 October 2016.', 75, d.y, { width: 445, align: 'justify' });
  d.moveDown(0.6);
  d.text('Date: 28 April 2022', 75, d.y, { width: 445 });
  d.moveDown(0.3);
  d.text('Signed on behalf of the Secretary of State for Education', 75, d.y, { width: 445 });
  d.y = top + 205;
  d.x = 60;
  d.text('Although the Direction is revoked, departmental officials will continue to meet the Council every six months for 12 months to make sure that improvements are sustained. I would like to thank staff for their hard work.', 60, d.y, { width: 475, align: 'justify' });
  d.moveDown(1);
  d.text('Yours sincerely,\n\nRosalind Achebe\nDirector, Children\'s Social Care Improvement', 60, d.y);
});

// b01: "scanned" page: drawn shapes and a grey raster-like block, no text layer
const b01 = make('b01_scanned_no_text.pdf', '2019-06-11', (d) => {
  d.rect(40, 40, 515, 760).fill('#f4f1ea');
  for (let i = 0; i < 38; i++) {
    const y = 120 + i * 17;
    const w = 380 + ((i * 53) % 110);
    d.rect(70, y, w, 7).fill(i % 9 === 0 ? '#555555' : '#8a8a8a');
  }
  d.rect(70, 60, 160, 40).fill('#333333');
  d.circle(470, 80, 22).lineWidth(2).stroke('#444444');
  d.moveTo(70, 770).lineTo(300, 770).stroke('#222222');
});

// b02: encrypted with a user password
const b02 = make(
  'b02_encrypted_direction.pdf',
  '2014-09-30',
  (d) => {
    d.font('Helvetica').fontSize(11).text('Direction issued to Slough Borough Council on 30 September 2014. This text cannot be read without the password.');
  },
  { userPassword: 'dfe-restricted', ownerPassword: 'owner-secret', permissions: { printing: 'lowResolution' }, pdfVersion: '1.7' } as PDFKit.PDFDocumentOptions,
);

await Promise.all([p01, p02, p03, p04, b01, b02]);
console.log('pdfs written');
