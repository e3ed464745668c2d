// robots.txt through robots-parser (RFC 9309: User-agent groups by product token, Allow/Disallow with `*` and
// `$`, longest match wins and Allow wins a tie, percent-encoding normalised). What is ours is the budget:
// only the first robotsMaxBytes are read (the RFC asks crawlers to parse at least 500 KiB and lets them ignore
// the rest) and at most robotsMaxRules rules are kept; and what a robots.txt that could not be fetched means.
import robotsParserModule from 'robots-parser';

// Its types declare an ES default export; at run time the CommonJS module itself is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;

export interface RobotsLimits {
  maxBytes: number;
  maxRules: number;
}

/** The RFC 9309 minimum, and the rule cap of budgets.robotsMaxRules. */
export const DEFAULT_ROBOTS_LIMITS: RobotsLimits = { maxBytes: 500 * 1024, maxRules: 50_000 };

/** robots-parser answers for URLs of the host its robots.txt came from; ours asks by path, so any one origin does. */
const ORIGIN = 'https://robots.invalid';

export class RobotsRules {
  /**
   * @param robot the parsed file, or null for "allow all" (no robots.txt) / "disallow all" (`disallowAll`)
   * @param unreachable why robots.txt could not be fetched (network error, timeout, 5xx), when it could not:
   *   nothing on the host is fetched then, and that is a failure of the run, not a refusal by the site.
   */
  private constructor(
    private readonly robot: Robot | null,
    private readonly userAgent: string,
    private readonly allowWithoutFile: boolean,
    readonly unreachable: string | null = null,
    /** Rules kept within the budget (all groups). */
    readonly ruleCount = 0,
    /** Rules dropped by the rule budget. */
    readonly ignoredRules = 0,
  ) {}

  static parsed(robot: Robot, userAgent: string, ruleCount: number, ignoredRules: number): RobotsRules {
    return new RobotsRules(robot, userAgent, true, null, ruleCount, ignoredRules);
  }

  static allowAll(): RobotsRules {
    return new RobotsRules(null, '', true);
  }

  static disallowAll(): RobotsRules {
    return new RobotsRules(null, '', false);
  }

  static unreachable(reason: string): RobotsRules {
    return new RobotsRules(null, '', false, reason);
  }

  /** pathAndQuery: e.g. /api/search.json?q=x */
  isAllowed(pathAndQuery: string): boolean {
    if (!this.robot) return this.allowWithoutFile;
    return this.robot.isAllowed(`${ORIGIN}${pathAndQuery}`, this.userAgent) ?? true;
  }
}

const RULE_LINE = /^\s*(?:allow|disallow)\s*:\s*[^\s#]/i;
const AGENT_LINE = /^\s*user-agent\s*:/i;

/**
 * Parses robots.txt for the given User-Agent string (robots-parser matches its product token, "directions" in
 * "directions/0.1 (…)"); text past limits.maxBytes (UTF-16 units) is ignored, and so are rules past maxRules.
 */
export function parseRobots(text: string, userAgent: string, limits: RobotsLimits = DEFAULT_ROBOTS_LIMITS): RobotsRules {
  const head = text.length > limits.maxBytes ? text.slice(0, limits.maxBytes) : text;
  const lines = head.split(/\r\n|\r|\n/);
  let inGroup = false;
  let kept = 0;
  let ignored = 0;
  const within = lines.filter((line) => {
    if (AGENT_LINE.test(line)) inGroup = true;
    // A rule before any User-agent line belongs to no group: robots-parser ignores it, and so does the count.
    if (!inGroup || !RULE_LINE.test(line)) return true;
    if (kept < limits.maxRules) return ++kept > 0;
    ignored++;
    return false;
  });
  const robot = robotsParser(`${ORIGIN}/robots.txt`, within.join('\n'));
  return RobotsRules.parsed(robot, userAgent, kept, ignored);
}
