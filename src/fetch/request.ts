// One HTTP exchange over node:http(s): no redirects, no retries, just the caps. We use node:http rather
// than fetch() because hostMap must connect to a mirror while sending the canonical Host header, and
// because we need to see a body cut short (fewer bytes than Content-Length) as its own error.
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { FetchFailure } from './types.js';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The decoded body for 2xx responses; empty otherwise (drained, not kept). */
  bytes: Buffer;
}

export interface RawRequest {
  /** Where the socket goes (after hostMap). */
  physicalUrl: URL;
  /** The canonical host, sent as the Host header so a mirror serves the right site. */
  hostHeader: string;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBodyBytes: number;
  /**
   * Keep only the first this many bytes of an uncompressed body and stop reading there (robots.txt: the rest
   * is ignored anyway). A compressed body is read whole (within maxBodyBytes) and cut after decoding.
   */
  prefixBytes?: number;
}

// Keep-alive agents: a nightly run makes hundreds of requests to two hosts.
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 16 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 16 }),
};

function decode(raw: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const opts = { maxOutputLength: maxBytes };
  try {
    switch ((encoding ?? '').trim().toLowerCase()) {
      case 'gzip':
      case 'x-gzip':
        return zlib.gunzipSync(raw, opts);
      case 'deflate':
        return zlib.inflateSync(raw, opts);
      case 'br':
        return zlib.brotliDecompressSync(raw, opts);
      default:
        return raw;
    }
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new FetchFailure('too_large', `The body is larger than ${maxBytes} bytes once decompressed.`);
    throw new FetchFailure('fetch_failed', `Cannot decode the ${encoding} body: ${(err as Error).message}`, undefined, true);
  }
}

export function requestOnce(req: RawRequest): Promise<RawResponse> {
  const { physicalUrl, maxBodyBytes } = req;
  const isHttps = physicalUrl.protocol === 'https:';
  const signal = AbortSignal.timeout(req.timeoutMs);
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const fail = (failure: FetchFailure) => {
      if (settled) return;
      settled = true;
      clientRequest.destroy();
      reject(failure);
    };
    const timeoutFailure = () =>
      new FetchFailure('timeout', `No complete response within ${req.timeoutMs} ms.`, undefined, true);

    const clientRequest = (isHttps ? https : http).request(
      physicalUrl,
      {
        method: 'GET',
        agent: isHttps ? agents.https : agents.http,
        headers: { ...req.headers, Host: req.hostHeader },
        signal,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const keepBody = status >= 200 && status < 300;
        const declared = res.headers['content-length'] !== undefined ? Number(res.headers['content-length']) : undefined;
        const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
        const prefix = req.prefixBytes !== undefined && (encoding === '' || encoding === 'identity') ? req.prefixBytes : undefined;
        if (keepBody && prefix === undefined && declared !== undefined && declared > maxBodyBytes) {
          fail(new FetchFailure('too_large', `Content-Length ${declared} is over the ${maxBodyBytes}-byte cap.`, status));
          return;
        }
        const chunks: Buffer[] = [];
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (!keepBody) return;
          if (prefix !== undefined) {
            chunks.push(chunk);
            if (received < prefix) return;
            // Enough: the rest is not wanted. Resolve with the prefix and drop the connection.
            settled = true;
            resolve({ status, headers: res.headers, bytes: Buffer.concat(chunks).subarray(0, prefix) });
            clientRequest.destroy();
            return;
          }
          if (received > maxBodyBytes) {
            fail(new FetchFailure('too_large', `The body passed the ${maxBodyBytes}-byte cap; download stopped.`, status));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (settled) return;
          if (!res.complete || (declared !== undefined && received < declared)) {
            fail(new FetchFailure('truncated', `Got ${received} of ${declared ?? '?'} bytes; the connection closed early.`, status, true));
            return;
          }
          try {
            let bytes = keepBody ? decode(Buffer.concat(chunks), res.headers['content-encoding'], maxBodyBytes) : Buffer.alloc(0);
            if (req.prefixBytes !== undefined && bytes.length > req.prefixBytes) bytes = bytes.subarray(0, req.prefixBytes);
            settled = true;
            resolve({ status, headers: res.headers, bytes });
          } catch (err) {
            fail(err as FetchFailure);
          }
        });
        const onBroken = (err?: Error) => {
          if (settled) return;
          if (signal.aborted) return fail(timeoutFailure());
          if (declared !== undefined && received < declared)
            return fail(new FetchFailure('truncated', `Got ${received} of ${declared} bytes; the connection closed early.`, status, true));
          fail(new FetchFailure('fetch_failed', `The connection broke while reading the body: ${err?.message ?? 'closed'}`, status, true));
        };
        res.on('error', onBroken);
        res.on('aborted', () => onBroken());
        res.on('close', () => {
          if (!res.complete) onBroken();
        });
      },
    );
    clientRequest.on('error', (err: NodeJS.ErrnoException) => {
      if (settled) return;
      if (signal.aborted || err.name === 'AbortError') return fail(timeoutFailure());
      fail(new FetchFailure('fetch_failed', `Request failed: ${err.code ?? ''} ${err.message}`.trim(), undefined, true));
    });
    clientRequest.end();
  });
}
