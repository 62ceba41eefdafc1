// Whether an action item is still open, as its writer marked it: a status word in a Status column or after
// `status:`, or written into the item itself ("Add X — DONE", "(fixed)", "DONE: Add X", "~~Add X~~ (dropped)").
// Closed means nobody has to act any more: done, and also given up ("won't do", "dropped", "failed").

const CLOSED_WORDS = String.raw`done|complete|completed|closed|fixed|resolved|shipped|merged|finished|won['’]?t do|won['’]?t fix|wontfix|not doing|dropped|cancell?ed|abandoned|rejected|obsolete|superseded|declined|not needed|failed`;
const CLOSED = new RegExp(String.raw`^(?:${CLOSED_WORDS}|✅|✔️?|☑️?|yes|y)$`, 'i');
const OPEN =
  /^(?:open|todo|to do|doing|in progress|in-progress|wip|pending|blocked|not started|planned|started|ongoing|next|no|n|❌|⬜)$/i;

// When a closed item was closed, written after its status word: "done 11/24", "completed 2026-11-20",
// "Done 11-25", "done on 14 Mar", "fixed Nov 3".
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const WHEN = String.raw`(?:\s+(?:on\s+|in\s+)?(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?[\s-]+${MONTH}(?:[\s-]+\d{4})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?))?`;
const CLOSED_WHEN = new RegExp(String.raw`^(?:${CLOSED_WORDS})${WHEN}$`, 'i');
// A status after a dash, bar or colon may carry a date and a reason: "— won't do; X covers it", "- done 11/24".
const TRAILING = new RegExp(
  String.raw`\s[-–—·]\s*(?:[^\s/:*_]+\s*\/\s*)?(?:${CLOSED_WORDS})${WHEN}\s*(?:[.!]*$|[;,]\s+\S[^\n]*$)|\s*[:|]\s*(?:${CLOSED_WORDS})${WHEN}[\s.!]*$`,
  'i',
);
// After a comma only with its date, or as the bare last word "done"/"completed": "Flush X, done 14 Mar" ("Alert
// when the job is stuck, failed" stays open).
const COMMA_WHEN = new RegExp(
  String.raw`,\s*(?:(?:${CLOSED_WORDS})${WHEN.replace(/\)\?$/, ')')}|done|completed)[\s.!]*$`,
  'i',
);
// A status as the item's last sentence: "Restart the paging server by 11/15. DONE", "… 2026-11-20. Completed 11/21."
// … or with when or where it was done: "… by 12/08/2026. Done on the night."
const LAST_SENTENCE = new RegExp(
  String.raw`[.;!]\s+(?:${CLOSED_WORDS})(?:${WHEN}|\s+(?:on|in|at|during|before|after)\s[^.;!\n]{1,30})[\s.!]*$`,
  'i',
);
// A status written into the item: a leading "DONE:" / "[Fixed]" (also glossed: "Erledigt / Done:"), a trailing
// "— DONE", "- won't do", "(fixed)", "(done 2026-11-09)".
const WRITTEN = new RegExp(
  String.raw`^[\s*_]*(?:\[\s*(?:${CLOSED_WORDS})\s*\]|(?:[^\s/:*_]+\s*\/\s*)?(?:${CLOSED_WORDS})\s*[:\-–—])|(?:\s*[:|]\s*|\s[-–—]\s*|[(\[]\s*)(?:${CLOSED_WORDS})\s*[)\]]?[\s.!]*$|[(\[]\s*(?:${CLOSED_WORDS})${WHEN}\s*\.?\s*[)\]]`,
  'i',
);
// A last field that opens with a status and goes on with a remark: "· shipped in hotfix, closed", "*(done, released
// 4 November)*", "— merged in #4410". ("failed" is left out: "— failed logins alert" names a thing.)
const REMARK_WORDS = CLOSED_WORDS.replace('|failed', '');
const STATUS_REMARK = new RegExp(
  String.raw`(?:\s[·|–—]\s*|:\s+|[(\[]\s*)(?:${REMARK_WORDS})${WHEN}(?:\s*[,;:]\s*|\s+(?:in|by|on|with|via|as|at)\s)[^·|–—()\[\]\n]{0,60}[)\]]?[\s*_.!]*$`,
  'i',
);
// The item's last sentence opens with a status and says more: "… Done, all six, on Nov 18.", "… Not doing it."
// A status after a dash with who and when in brackets: "— Done (Rui, 12/03)".
const BRACKET_REMARK = new RegExp(String.raw`\s[-–—·|]\s*(?:${REMARK_WORDS})\s*\([^()\n]{1,40}\)[\s*_.!]*$`, 'i');
const LAST_REMARK = new RegExp(
  String.raw`[.;!]\s+(?:${REMARK_WORDS.replace('|fixed', '')})\b[^.;!\n]{0,40}[.!]?\s*$`,
  'i',
);
const WRITTEN_OPEN = /^[\s*_]*(?:\[\s*(?:todo|doing|wip|in progress)\s*\]|(?:todo|doing|wip|in progress)\s*[:\-–—])/i;
// Struck through: the whole task, or the task followed by a short remark ("~~Add X~~ (dropped)").
const STRUCK = /^\s*~~[^~][\s\S]*~~\s*(?:[([-–—:,]?[^~]{0,40})?$/;
// … or followed by a reason of any length that opens with a closed word ("~~Buy X~~ - won't do; Y covers it").
const STRUCK_CLOSED = new RegExp(String.raw`^\s*~~[^~][\s\S]*~~\s*[(\[\-–—:,]?\s*(?:${CLOSED_WORDS})\b`, 'i');
const TICKS = /✅|✔|☑/;
// A status set apart by emphasis or capitals: "**DONE** Add X", "Add X _fixed_", "DONE Add X", with when it was
// closed inside the emphasis: "… by 11/12. **Done 2026-11-11.**", "__Completed on 11 Nov 2026__".
const SET_APART = new RegExp(String.raw`(?:\*\*|__|\*|_)\s*(?:${CLOSED_WORDS})${WHEN}\s*[.!]?\s*(?:\*\*|__|\*|_)`, 'i');
const SHOUTED = /^[\s*_]*(?:DONE|FIXED|CLOSED|RESOLVED|COMPLETED?|MERGED|SHIPPED|WONTFIX|DROPPED|CANCELL?ED|FAILED)\b/;

/** A status cell's or `status:` label's word: closed, open, or null when it says neither. */
export function readStatusWord(value: string): 'open' | 'done' | null {
  // "~~Open~~ Done": a struck-out status was replaced by the one after it.
  // "Won't do (deadline passed)": a reason after the status word does not change it.
  // "Closed — duplicates from test patients": a reason after a dash does not change it either.
  const v = value
    .replace(/~~[^~]*~~/g, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+[-–—:;]\s.*$/, '')
    .replace(/[*_`.~]/g, '')
    // "Completed on 21.03.2025": the label's value stops before the date.
    .replace(/\s+(?:on|in|at)$/i, '')
    .trim();
  // "erledigt / Done": a status glossed in a second language.
  if ([v, ...v.split(/(?<=\p{L})\s*\/\s*(?=\p{L})/u)].some((x) => CLOSED.test(x) || CLOSED_WHEN.test(x))) return 'done';
  if (OPEN.test(v)) return 'open';
  return null;
}

/** A status word the item carries in its own text, or null. */
export function writtenStatus(text: string): 'open' | 'done' | null {
  if (WRITTEN_OPEN.test(text)) return 'open';
  if (
    WRITTEN.test(text) ||
    TRAILING.test(text) ||
    STATUS_REMARK.test(text) ||
    BRACKET_REMARK.test(text) ||
    LAST_REMARK.test(text) ||
    LAST_SENTENCE.test(text) ||
    COMMA_WHEN.test(text) ||
    STRUCK_CLOSED.test(text) ||
    TICKS.test(text) ||
    STRUCK.test(text) ||
    SET_APART.test(text) ||
    SHOUTED.test(text)
  )
    return 'done';
  return null;
}

/** Is this word a status rather than a name ("— DONE", "[wip]")? */
export const isStatusWord = (w: string): boolean => CLOSED.test(w.trim()) || OPEN.test(w.trim());
