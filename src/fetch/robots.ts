// A small robots.txt reader: User-agent groups, Allow/Disallow with `*` and `$`, longest match wins and
// Allow wins a tie (RFC 9309). Our group is the one whose User-agent token appears in our UA string,
// else the `*` group.

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

export class RobotsRules {
  constructor(private readonly rules: Rule[]) {}

  static allowAll(): RobotsRules {
    return new RobotsRules([]);
  }

  static disallowAll(): RobotsRules {
    return new RobotsRules([{ allow: false, pattern: '/', regex: /^\// }]);
  }

  /** pathAndQuery: e.g. /api/search.json?q=x */
  isAllowed(pathAndQuery: string): boolean {
    let best: Rule | undefined;
    for (const rule of this.rules) {
      if (!rule.regex.test(pathAndQuery)) continue;
      if (
        !best ||
        rule.pattern.length > best.pattern.length ||
        (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
      )
        best = rule;
    }
    return best ? best.allow : true;
  }
}

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Parses robots.txt for the given User-Agent string. */
export function parseRobots(text: string, userAgent: string): RobotsRules {
  const ua = userAgent.toLowerCase();
  const groups: { agents: string[]; rules: Rule[] }[] = [];
  let current: { agents: string[]; rules: Rule[] } | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
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
      current.rules.push({ allow: field === 'allow', pattern: value, regex: patternToRegex(value) });
    }
  }
  // The product token is the UA's first word before '/', e.g. "directions" in "directions/0.1 (...)".
  const token = ua.split(/[\s/]/)[0];
  const specific = groups.filter((g) => g.agents.some((a) => a !== '*' && (a === token || ua.includes(a))));
  const chosen = specific.length > 0 ? specific : groups.filter((g) => g.agents.includes('*'));
  return new RobotsRules(chosen.flatMap((g) => g.rules));
}
