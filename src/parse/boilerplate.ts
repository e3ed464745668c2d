// Boilerplate rules shared by the HTML and plain-text readers. The patterns are data, kept here in one place,
// so that a new kind of clutter is handled by adding a word, not by adding code. Ideas from Readability
// (class/id weights) and trafilatura (line-level rules for navigation, promos and comment sections).

/**
 * One test for a list of line patterns: the patterns that share flags joined into one alternation, so a line is
 * scanned once per flag set rather than once per pattern (most are anchored and fail at once, but a call each
 * adds up over every line of every page). Matches exactly where one of the patterns does.
 */
function anyOf(patterns: RegExp[]): (line: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (line) => {
    const t = line.trim();
    return joined.some((re) => re.test(t));
  };
}

/**
 * Words in class, id or role values that mark an element as not article text. Matched as whole words, where
 * words are separated by whitespace, "-" or "_" ("ad-slot", "story__ad", "rail__mostread" all match).
 */
export const BOILERPLATE_ATTR_WORDS = [
  // adverts
  'ad', 'ads', 'adslot', 'ad-slot', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'gpt', 'sponsored', 'mpu',
  // consent and cookie banners
  'cookie', 'cookies', 'consent', 'cmp', 'gdpr', 'tcf', 'banner', 'privacy-notice',
  // promos, paywalls, newsletters
  'promo', 'promotion', 'subscribe', 'subscription', 'subscriptions', 'paywall', 'newsletter', 'signup', 'sign-up', 'register',
  'support-us', 'donate', 'contribute', 'membership',
  // lists of other articles
  'related', 'most-read', 'mostread', 'most-popular', 'popular', 'trending', 'recommended', 'recirculation', 'more-stories',
  'read-more', 'readmore', 'recent-posts', 'post-navigation', 'pagination', 'jobs',
  // sharing
  'share', 'sharing', 'social', 'sharethis', 'addthis',
  // site furniture
  'sidebar', 'rail', 'widget', 'widget-area', 'breadcrumb', 'breadcrumbs', 'crumbs', 'nav', 'navbar', 'navigation', 'menu',
  'masthead', 'site-header', 'kicker', 'eyebrow', 'section-label', 'logo', 'branding', 'site-title', 'site-name', 'site-description', 'footer', 'skip', 'skip-link', 'ticker', 'feedback', 'toolbar', 'modal', 'popup', 'overlay',
  // tag and category lists, photo credits
  'tags', 'taglist', 'tag-list', 'tags-links', 'cat-links', 'topics', 'credit', 'caption',
  // reader comments (extracted separately before the cleanup; see COMMENT_ATTR_WORDS)
  'comment', 'comments', 'cmt', 'disqus', 'respond', 'replies', 'discussion',
];

/**
 * Words in class, id values that say "the article is here" ("entry-content", "post-body", "story"): they add to
 * a candidate's score in main-text.ts, as Readability's positive class weights do.
 */
export const CONTENT_ATTR_WORDS = [
  'article', 'articlebody', 'article-body', 'body', 'content', 'entry', 'entry-content', 'hentry', 'h-entry', 'main', 'post',
  'post-body', 'post-content', 'text', 'blog', 'story', 'story-body', 'prose', 'rich-text', 'richtext',
];

/** Words in class/id values that mark a reader-comments section or a single comment. */
export const COMMENT_ATTR_WORDS = ['comment', 'comments', 'comments-area', 'comments-section', 'cmt', 'disqus', 'discussion', 'replies'];

/** ARIA roles of page furniture. */
export const BOILERPLATE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar'];

/** Elements never part of article text. `header` and `footer` are handled separately (an article's own header holds its title). */
export const DROP_TAGS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'nav', 'aside', 'form', 'button',
  'input', 'select', 'textarea', 'label', 'figcaption', 'img', 'picture', 'video', 'audio', 'map', 'dialog',
];

const wordsRegex = (words: string[]): RegExp => {
  const alternation = words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  return new RegExp(`(?:^|[\\s_-])(?:${alternation})(?=$|[\\s_-])`, 'i');
};
const BOILERPLATE_ATTR = wordsRegex(BOILERPLATE_ATTR_WORDS);
const COMMENT_ATTR = wordsRegex(COMMENT_ATTR_WORDS);
const CONTENT_ATTR = wordsRegex(CONTENT_ATTR_WORDS);

/** True for a class/id/role string such as "share-bar" or "rail__mostread". */
export const attrLooksBoilerplate = (attrs: string): boolean => BOILERPLATE_ATTR.test(attrs);
export const attrLooksLikeComments = (attrs: string): boolean => COMMENT_ATTR.test(attrs);
export const attrLooksLikeContent = (attrs: string): boolean => CONTENT_ATTR.test(attrs);

/** Headings (or lines) that introduce a list of links to other content, not article text. */
const LINK_LIST_HEADINGS: RegExp[] = [
  /^(most (read|popular|viewed|shared|commented)|popular (now|stories|articles)|trending( now)?)$/i,
  /^related( (articles?|stories|news|content|links|posts|reading|topics|internet links|pages))?:?$/i,
  /^(more|other) (from|news|stories|articles|on this|in|like this)\b.{0,40}$/i,
  /^(recent|latest|top) (posts|stories|news|articles|jobs)$/i,
  /^(you (may|might) also (like|be interested in)|recommended( for you)?|read (more|next)|see also|further reading)$/i,
  /^(featured jobs|jobs|latest jobs|share this( page| article| story)?|share|topics|tags)$/i,
];
export const isLinkListHeading = anyOf(LINK_LIST_HEADINGS);

/** Headings that open a reader-comments section: everything after them is comments. */
const COMMENT_HEADINGS: RegExp[] = [
  /^(\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(comments?|responses?|thoughts?|replies|reactions)\b.{0,200}$/i,
  /^(reader(s'?)?\s+)?comments?(\s*\(\d+\))?:?$/i,
  /^comments?\s*\(\d+\)$/i,
  /^(leave|post|add|write) (a|new|your) (reply|comment|response)\b.{0,40}$/i,
  /^comments are (closed|moderated)\.?$/i,
  /^(join|have your say in) the (conversation|discussion)$/i,
  /^have your say$/i,
];
export const isCommentHeading = anyOf(COMMENT_HEADINGS);

/**
 * Cookie and browser notices ("Your browser is no longer supported", "please enable cookies / JavaScript"). They
 * look far along a line, so they are tried only on a line that names a cookie, a browser or JavaScript.
 */
const NOTICE_WORDS = /cookie|browser|javascript/i;
const NOTICE_LINES: RegExp[] = [
  /\bcookies?\b.{0,120}\b(use|using|accept|policy|consent|settings|preferences|store|happy to receive)\b/i,
  /\b(use|using|uses|accept|receive|store|set)\b.{0,120}\bcookies\b/i,
  /^(about |our use of )?cookies?( on (our|this) (website|site)| policy| settings| notice| preferences)?$/i,
  /\byour browser\b.{0,80}\b(no longer supported|not supported|out of date|outdated|upgrade|cookies|javascript)\b/i,
  /\b(best|optimal)( possible)? experience\b.{0,80}\b(browser|cookies|javascript)\b/i,
  /\b(enable|disabled?) (cookies|javascript)\b/i,
];

/** Single lines that are never article text, wherever they appear. */
const BOILERPLATE_LINES: RegExp[] = [
  // consent buttons
  /^(accept|reject|allow|manage)( all| additional)?( cookies| policy| preferences| settings)?\.?$/i,
  /^(ok,? i agree|i'?m fine with this|got it|close|dismiss|no thanks)\.?$/i,
  /^(learn|find out|read) more\.?$/i,
  // site furniture
  /^(accessibility links|skip to (main )?content|skip navigation|back to top|print this page|menu|search|sign in|log in|register|my account)$/i,
  /^(quick send cv|upload (your )?cv|email a friend|add new comment|print|tweet|like this:?|like loading\.*|loading\.*)$/i,
  /^(related internet links|related links)$/i,
  /^more from\b.{0,60}$/i,
  /\bbloggers like this\b/i,
  /^(share|share this( page| article| story)?|share on \w+|follow us)( on)?:?(\s+(facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest)\b,?)*$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest)$/i,
  /^get emails about this page\b.{0,40}$/i,
  /^if you need this document in a format that works better with your assistive technology\b/i,
  /^(was this page (useful|helpful)\??|is this page useful\??|report a problem with this page)$/i,
  /^(advert|advertisement)$/i,
  // an image caption left in the text, with its credit at the end ("… (Image: Agency)")
  /\((image|photo|picture|pic|credit)s?:\s*[^)]{1,60}\)\s*$/i,
  // a lone lower-case word: image alt text or a tag label left behind by a text dump ("support")
  /^[a-z]+$/,
  // photo credits and captions
  /^(photo|picture|image|pic|credit|photograph|illustration)s?( credit)?\s*[:©]/i,
  /^©\s*\S/,
  // subscription calls to action
  /^(subscribe|subscribe now|subscribe today|sign up|sign up now|register now|join now|become a member)\.?!?$/i,
  /^from £\s?\d+(\.\d{2})?\s*(\/|a|per)\s*(month|year|week|issue)\b/i,
  /^(already (a subscriber|subscribed|a member)\??)/i,
];
const isNoticeLine = anyOf(NOTICE_LINES);
const isOtherBoilerplateLine = anyOf(BOILERPLATE_LINES);
export const isBoilerplateLine = (s: string): boolean => isOtherBoilerplateLine(s) || (NOTICE_WORDS.test(s) && isNoticeLine(s));

/** Markers of a subscription or membership offer ("From £15 / month", "Subscribe"). */
const OFFER_MARKERS: RegExp[] = [/^from £\s?\d/i, /^(subscribe|subscribe now|join now|become a member)\.?$/i, /\b(membership|subscription)$/i];
const isOfferMarker = anyOf(OFFER_MARKERS);
const BULLET = /^\s*[•▪●◦·*–-]\s+/;

/** A short line with no sentence punctuation: a heading, a list item, a label. */
export const isShortLabel = (s: string): boolean => {
  const t = s.trim();
  return t.length > 0 && t.split(/\s+/).length <= 8 && !/[.!?:;]["”’)]?$/.test(t);
};

/**
 * Removes subscription/membership blocks from a list of lines: each offer marker takes with it the bullet
 * lists, blank lines and short label lines directly around it (the "CYP Now Digital membership" heading,
 * the bullet list of benefits, the price, the button).
 */
export function dropOfferBlocks(lines: string[]): string[] {
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (!isOfferMarker(line)) return;
    drop.add(i);
    // Backwards the block's heading and list go too; forwards only blanks and bullets (a following offer's
    // own marker takes its heading), so the article or comments heading after the block survive.
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < lines.length; j += step) {
        const t = lines[j].trim();
        if (isCommentHeading(t)) break;
        if (t === '' || BULLET.test(t) || isOfferMarker(t) || (step < 0 && isShortLabel(t))) drop.add(j);
        else break;
      }
    }
  });
  return lines.filter((_, i) => !drop.has(i));
}

/** Drops a paragraph identical to the one just before it (a standfirst printed twice, a duplicated caption). */
export function dropRepeats(paragraphs: string[]): string[] {
  return paragraphs.filter((p, i) => i === 0 || p.trim() === '' || p.trim() !== paragraphs[i - 1].trim());
}

/** Starts of a new reader comment in flattened text: "1. Name …", "Name says:", a short "name + date" line. */
function startsComment(line: string): boolean {
  const t = line.trim();
  if (/^\d{1,3}[.)]\s+\S/.test(t)) return true;
  if (/\bsays:?$/i.test(t) && t.length <= 80) return true;
  return t.length <= 100 && /\b\d{1,2}[:.]\d{2}\s*(am|pm)?\b|\b\d+\s+(minutes?|hours?|days?|weeks?|months?)\s+ago\b/i.test(t);
}

/** Splits the text after a comments heading into one string per comment, dropping the section's own furniture. */
export function splitComments(lines: string[]): string[] {
  const comments: string[][] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || isCommentHeading(line) || isBoilerplateLine(line)) continue;
    const last = comments[comments.length - 1];
    // A name on its own line followed by the date line is one comment's header, not two comments.
    const nameOnly = last?.length === 1 && isShortLabel(last[0]) && !startsComment(last[0]);
    if (!last || (startsComment(line) && !nameOnly)) comments.push([]);
    comments[comments.length - 1].push(line);
  }
  return comments.map((c) => c.join('\n')).filter(Boolean);
}

export interface CleanedBlocks {
  paragraphs: string[];
  comments: string[];
}

/**
 * The paragraph-level rules shared by HTML and plain text: drop subscription blocks, boilerplate lines and
 * "Most read"/"Related" headings with the headline list under them, drop a paragraph repeated right after
 * itself, and move a reader-comments section (its heading and everything after it) into `comments`.
 */
export function cleanBlocks(blocks: string[]): CleanedBlocks {
  const input = dropOfferBlocks(blocks);
  const kept: string[] = [];
  let comments: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const p = input[i].trim();
    if (!p) continue;
    if (kept.length > 0 && isCommentHeading(p)) {
      comments = splitComments(input.slice(i + 1).flatMap((b) => b.split('\n')));
      break;
    }
    if (isBoilerplateLine(p)) continue;
    if (isLinkListHeading(p)) {
      // The list under it: short headline-like lines without a closing full stop.
      while (i + 1 < input.length && isHeadlineLike(input[i + 1]) && !isCommentHeading(input[i + 1])) i++;
      continue;
    }
    kept.push(p);
  }
  return { paragraphs: dropRepeats(kept), comments };
}

/** A line that reads like a linked headline: at most 15 words, no closing full stop. */
export const isHeadlineLike = (s: string): boolean => {
  const t = s.trim();
  return t.length > 0 && t.split(/\s+/).length <= 15 && !/[.!?:;]["”’)]?$/.test(t);
};
