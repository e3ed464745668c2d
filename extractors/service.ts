// Which service an instrument concerns: SEND (special educational needs and disabilities, Children and
// Families Act 2014 Part 3) or children's social care (the default).
import type { Service } from '../src/schema/record.js';

const SEND = /\bSEND\b|special educational needs|Children and Families Act 2014/;

/** SEND when the instrument's own sentence or the document title says so, or SEND cues dominate the text. */
export function serviceOf(sentence: string, title: string, text: string): Service {
  if (SEND.test(sentence) || SEND.test(title)) return 'SEND';
  const send = (text.match(/\bSEND\b|special educational needs/g) ?? []).length;
  const care = (text.match(/children['’]s social care|social work|child protection|children in need/gi) ?? []).length;
  return send > 2 && send > care * 2 ? 'SEND' : "children's social care";
}
