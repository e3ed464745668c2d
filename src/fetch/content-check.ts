// Is the body what the candidate said it would be? Servers answer a missing PDF with a 200 HTML page more
// often than with a 404, so a PDF is only a PDF when its bytes start with %PDF.
import type { Expect } from './types.js';
import { FetchFailure } from './types.js';

function startsWithText(bytes: Buffer, test: RegExp): boolean {
  const head = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return test.test(head);
}

export function isPdf(bytes: Buffer): boolean {
  // %PDF may follow a little junk (the spec allows it within the first 1024 bytes).
  return bytes.subarray(0, 1024).includes('%PDF');
}

export function checkExpected(expect: Expect, contentType: string | null, bytes: Buffer): void {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const looksHtml = startsWithText(bytes, /^(<!doctype html|<html|<head|<body)/i);
  let ok: boolean;
  switch (expect) {
    case 'pdf':
      ok = isPdf(bytes);
      break;
    case 'json':
      ok = /json/.test(type) ? !looksHtml : startsWithText(bytes, /^[{[]/);
      break;
    case 'html':
      ok = /html/.test(type) || looksHtml;
      break;
    case 'feed':
      ok = !looksHtml && (/(xml|rss|atom)/.test(type) || startsWithText(bytes, /^(<\?xml|<rss|<feed)/i));
      break;
    default:
      ok = true;
  }
  if (!ok)
    throw new FetchFailure(
      'unexpected_type',
      `Expected ${expect} but got ${type || 'no Content-Type'} (${JSON.stringify(bytes.subarray(0, 40).toString('latin1'))}…).`,
    );
}

export function acceptHeader(expect: Expect): string {
  switch (expect) {
    case 'pdf':
      return 'application/pdf, */*;q=0.1';
    case 'json':
      return 'application/json';
    case 'html':
      return 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
    case 'feed':
      return 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8';
    default:
      return '*/*';
  }
}
