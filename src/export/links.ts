// Which URIs may become links in what we publish (the feed, the report). Only http(s): a source's URI comes
// from a feed, a page or a manifest, so it can be javascript: or data: (script run by whoever clicks), and a
// local source's file: URI names a path on our machine. Those are shown as text, never as a link.

/** The URI, normalised, when it is an http(s) URL; otherwise null. */
export function safeHref(uri: string): string | null {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
