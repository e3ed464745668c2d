// A small robots.txt reader: User-agent groups, Allow/Disallow with `*` and `$`, longest match wins and
// Allow wins a tie (RFC 9309). Our group is the one whose User-agent token appears in our UA string,
// else the `*` group. Within budget: only the first robotsMaxBytes are read (the RFC asks crawlers to parse
// at least 500 KiB and lets them ignore the rest) and at most robotsMaxRules rules are kept.

interface Rule {
  allow: boolean;
  pattern: string;
  /** null: a plain prefix (no `*` or `$`), matched with startsWith, which is cheaper than a regex. */
  regex: RegExp | null;
}

export interface RobotsLimits {
  maxBytes: number;
  maxRules: number;
}

/** The RFC 9309 minimum, and the rule cap of budgets.robotsMaxRules. */
export const DEFAULT_ROBOTS_LIMITS: RobotsLimits = { maxBytes: 500 * 1024, maxRules: 50_000 };

export class RobotsRules {
  private readonly ordered: Rule[];

  /**
   * @param unreachable why robots.txt could not be fetched (network error, timeout, 5xx), when it could not:
   *   nothing on the host is fetched then, and that is a failure of the run, not a refusal by the site.
   */
  constructor(
    rules: Rule[],
    readonly unreachable: string | null = null,
    /** Rules dropped by the rule budget. */
    readonly ignoredRules = 0,
  ) {
    // Longest pattern first, Allow before Disallow on equal length: the first match is then the answer.
    this.ordered = [...rules].sort((a, b) => b.pattern.length - a.pattern.length || Number(b.allow) - Number(a.allow));
  }

  get ruleCount(): number {
    return this.ordered.length;
  }

  static allowAll(): RobotsRules {
    return new RobotsRules([]);
  }

  static disallowAll(): RobotsRules {
    return new RobotsRules([{ allow: false, pattern: '/', regex: null }]);
  }

  static unreachable(reason: string): RobotsRules {
    return new RobotsRules([{ allow: false, pattern: '/', regex: null }], reason);
  }

  /** pathAndQuery: e.g. /api/search.json?q=x */
  isAllowed(pathAndQuery: string): boolean {
    for (const rule of this.ordered) {
      if (rule.regex ? rule.regex.test(pathAndQuery) : pathAndQuery.startsWith(rule.pattern)) return rule.allow;
    }
    return true;
  }
}

function patternToRegex(pattern: string): RegExp | null {
  if (!/[*$]/.test(pattern)) return null;
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .replace(/\*+/g, '*') // runs of * mean one *, and keep the regex linear
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Parses robots.txt for the given User-Agent string; text past limits.maxBytes (UTF-16 units) is ignored. */
export function parseRobots(text: string, userAgent: string, limits: RobotsLimits = DEFAULT_ROBOTS_LIMITS): RobotsRules {
  const ua = userAgent.toLowerCase();
  const groups: { agents: string[]; rules: Rule[] }[] = [];
  let current: { agents: string[]; rules: Rule[] } | undefined;
  let lastWasAgent = false;
  let kept = 0;
  let ignored = 0;
  const head = text.length > limits.maxBytes ? text.slice(0, limits.maxBytes) : text;
  for (const rawLine of head.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = m[1].toLowerCase();
    const value = m[2].trim();
    if (field === 'user-agent') {
      // Consecutive User-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' || field === 'disallow') {
      // An empty Disallow means "allow everything": no rule.
      if (value === '') continue;
      if (kept >= limits.maxRules) {
        ignored++;
        continue;
      }
      kept++;
      current.rules.push({ allow: field === 'allow', pattern: value, regex: patternToRegex(value) });
    }
  }
  // The product token is the UA's first word before '/', e.g. "directions" in "directions/0.1 (...)".
  const token = ua.split(/[\s/]/)[0];
  const specific = groups.filter((g) => g.agents.some((a) => a !== '*' && (a === token || ua.includes(a))));
  const chosen = specific.length > 0 ? specific : groups.filter((g) => g.agents.includes('*'));
  return new RobotsRules(
    chosen.flatMap((g) => g.rules),
    null,
    ignored,
  );
}
