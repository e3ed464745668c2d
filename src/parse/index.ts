// Placeholder until the parse stage lands: plain text only.
import { ParseError, type DocumentInput, type ParsedDocument } from './types.js';
export * from './types.js';

export async function parseDocument(input: DocumentInput): Promise<ParsedDocument> {
  if (input.bytes.length === 0) throw new ParseError('empty', 'The document is empty (0 bytes).');
  return { kind: 'news', contentType: 'text/plain', title: null, publishedAt: null, text: input.bytes.toString('utf8'), links: [], comments: [] };
}
