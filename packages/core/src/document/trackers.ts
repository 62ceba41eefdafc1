// References from an action item to the team's tracker: ticket keys (OPS-123), issue references (#123,
// owner/repo#123), links to an issue, or whatever a tracker column holds. Pure: the patterns come from the
// `action-item-tracked` rule's `trackers` option.

export interface Tracker {
  /** A regular expression (JavaScript syntax) that matches a reference. */
  pattern: string;
  /** The tracker's name, for messages and the `actions` report. */
  name: string;
}

interface TrackerRef {
  text: string;
  /** The tracker's name, or "column" for the value of a Ticket/Issue column. */
  tracker: string;
  start: number;
  end: number;
}

const TRACKER_HEADER =
  /^(?:tickets?|issues?|jira|tracker|tracking|tracked in|link|links|ref|refs|reference|references|task|story|card|bug|pr|linear|gitlab|github)$/i;
const FIELD =
  /(?:^|[\s([,;.|—–-])(tickets?|issues?|jira|tracker|tracking|tracked in|refs?|references?|task|story|card|bug|change(?: request)?|chg|cr|rfc)\s*(?:#|no\.?|number)?\s*[:=]\s*([^\s,;()\[\]]*\d[^\s,;()\[\]]*)/giu;
const PLACEHOLDER = /^(?:tbd|tba|tbc|none|n\/a|-+|—|–|\?+|todo|pending|)$/i;
// Standards and algorithms share the shape of a ticket key: "SHA-256", "UTF-8", "ISO-8601", "RFC-9110", "NG-911", "EAN-13".
const STANDARD =
  /^(?:SHA|UTF|ISO|RFC|NG|EAN|UPC|GTIN|CRC|TLS|SSL|HTTP|HTTPS|IPV|AES|RSA|MD|PCI|CVE|CWE|GDPR|HIPAA|SOC|ECMA|IEEE|ANSI|X|P|H|E|S|Q|L|V|ES|PG|DB|OS|WCAG|IEC|EN|DIN|COVID|A|B|C)-\d/;
// "#4" in "step #4", "item #2", "rule #3" is a number in a list, not an issue; "the #1 priority" is a rank; "store
// #214" numbers a place or a thing.
const NOT_ISSUE_BEFORE =
  /\b(?:the|a|our|their|its|store|shop|branch|site|gate|dock|bay|lane|terminal|pit|truck|device|rack|aisle|step|item|no|number|row|line|section|rule|point|page|slide|option|priority|rank|shard|node|pod|room|floor|table|attempt|run|try|version)\s*$/i;
// A number that names a thing modifies the noun after it ("the Pit #3 lookout", "Gate #4 scanner"); a reference to
// an issue stands alone or before a function word, a field or punctuation ("#123 for the details", "#123 — owner").
const NAMES_A_THING_AFTER =
  /^\s+(?!(?:and|or|for|to|in|on|at|by|with|from|as|is|was|are|were|will|has|had|tracks?|covers?|owner|owners|due|status|eta|assignee|deadline|target|until|before|after|of|the|a|an|this|that|it|we|which|where|tickets?|issues?|cards?|story|stories|epics?|tasks?|bugs?|prs?|follow-ups?)\b)[a-z]{3,}\b/;
// "the HDX-200 boxes", "an RX-7 gateway": a key between an article and a noun is a model's name.
const ARTICLE_BEFORE = /\b(?:the|a|an|our|their|its|all|every|each)\s+$/i;

// "Forklift #7", "Dock #3": a number after a capitalised noun names that thing; after a tracker's own word or a
// linking keyword it is the tracker's ("PR #12", "Issue #45", "Fixes #9", "Related #3", "Follow-up #8").
const NAMED_THING_BEFORE =
  /(?:^|[\s(])(?!(?:PR|MR|Issue|Issues|Bug|Ticket|Story|Task|Epic|Case|Change|Request|Pull|GitHub|GitLab|Jira|See|Fix|Fixes|Fixed|Close|Closes|Closed|Resolve|Resolves|Resolved|Related|Relates|Blocked|Blocks|Depends|Duplicate|Follow-up|GH|GL|JIRA|ADO|Followup|Parent|Refs?|Tracked|Tracking|In|Via|Per)\s*$)\p{Lu}[\p{L}-]*\s*$/u;
// "quality procedure QP-14", "form W-2", "SOP-7": a document's number has the shape of a ticket key.
const DOCUMENT_BEFORE =
  /\b(?:procedure|policy|standard|form|document|doc|sop|clause|regulation|directive|spec|specification|section)\s*$/i;

const compiled = new WeakMap<readonly Tracker[], Array<{ re: RegExp; name: string }>>();

function compile(trackers: readonly Tracker[]): Array<{ re: RegExp; name: string }> {
  let c = compiled.get(trackers);
  if (!c) {
    c = [];
    for (const t of trackers) {
      try {
        c.push({ re: new RegExp(t.pattern, 'gu'), name: t.name });
      } catch {
        // Config validation rejects a pattern that does not compile; one passed past it matches nothing.
      }
    }
    compiled.set(trackers, c);
  }
  return c;
}

/** Every reference to a tracker in an item's text (source offsets from `start`) and its tracker column. */
export function trackerRefs(
  text: string,
  start: number,
  cells: ReadonlyArray<{ header: string; text: string; start: number; end: number }> | undefined,
  trackers: readonly Tracker[],
): TrackerRef[] {
  const out: TrackerRef[] = [];
  for (const { re, name } of compile(trackers)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const before = text.slice(0, m.index);
      if (
        // "the V136-4.2 turbines": a model or version number has the shape of a key, and a point after it.
        /^\.\d/.test(text.slice(m.index + m[0].length)) ||
        STANDARD.test(m[0]) ||
        DOCUMENT_BEFORE.test(before) ||
        (ARTICLE_BEFORE.test(before) && NAMES_A_THING_AFTER.test(text.slice(m.index + m[0].length))) ||
        (m[0].startsWith('#') &&
          (NOT_ISSUE_BEFORE.test(before) ||
            NAMED_THING_BEFORE.test(before) ||
            NAMES_A_THING_AFTER.test(text.slice(m.index + m[0].length))))
      )
        continue;
      if (out.some((r) => r.start <= start + m!.index && r.end >= start + m!.index + m![0].length)) continue;
      out.push({ text: m[0], tracker: name, start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  // A field of the item that names its ticket, whatever the tracker's format: "Ticket: CHG0034519",
  // "Tracking: https://…/nav_to.do?…PRB0041177". Its value must hold a number ("Ticket: to be filed" is none).
  for (const m of text.matchAll(FIELD)) {
    const at = start + m.index! + m[0].length - m[2]!.length;
    if (PLACEHOLDER.test(m[2]!) || out.some((r) => r.start <= at && r.end > at)) continue;
    out.push({ text: m[2]!, tracker: 'field', start: at, end: at + m[2]!.length });
  }
  for (const cell of cells ?? []) {
    const value = cell.text.replace(/[*_`~]/g, '').trim();
    if (
      TRACKER_HEADER.test(cell.header.replace(/[*_`:]/g, '').trim()) &&
      !PLACEHOLDER.test(value) &&
      // A reference holds a number or a link; "(to be created)", "à créer" in the column say there is none yet.
      /\d|https?:\/\//.test(cell.text) &&
      !out.some((r) => r.start >= cell.start && r.end <= cell.end)
    ) {
      out.push({ text: value, tracker: 'column', start: cell.start, end: cell.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
