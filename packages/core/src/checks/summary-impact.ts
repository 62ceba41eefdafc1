/**
 * What a summary says about impact: something measured (a count, a share, a duration, money, a time window)
 * and someone affected (users, customers, a region, a service's callers). Numbers that identify rather than
 * measure (versions, dates, years, clock times alone, ticket and build numbers, HTTP status codes) do not
 * count.
 */
export interface ImpactVocabulary {
  /** Nouns of affected parties, singular or plural: "users", "merchant", "callers". */
  parties: Set<string>;
  /** Units that make a number or an article a measure: "minutes", "percent", "requests". */
  units: Set<string>;
  /** Number words: "two", "dozens", "half". */
  numbers: Set<string>;
  /** Plural nouns of things, never an affected party however a failure reached them: "rows", "pods". */
  things: Set<string>;
  /** Parties that also name a part of a system ("the HL7 listener", "the Kafka consumer"): a party only in the plural. */
  roles: Set<string>;
}

import type { Tag } from '../grammar/tag.js';
import { findClockTimes } from '../document/timestamps.js';
import { timeWindows } from '../document/time-windows.js';
import { isPeopleNoun } from '../grammar/lexicon.js';

/** A word of the summary with its part of speech. */
export interface TaggedWord {
  text: string;
  lower: string;
  tag: Tag;
}

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const NOUN = new Set<Tag>(['NN', 'NNS', 'NNP']);
const CONTENT = new Set<Tag>(['NN', 'NNS', 'NNP', 'JJ', 'VB', 'VBZ', 'X']);

/** Does the text measure the impact? `w` are its words, tagged. */
export function measures(text: string, w: TaggedWord[], v: ImpactVocabulary): boolean {
  // A window between two times ("between 14:02 and 14:43 UTC", "from 09:10 to 09:55", "from 9am until noon")
  // is a measure.
  if (timeWindows(text).length) return true;
  // So are two times of day in separate sentences when the later one says the impact ended ("At 10:10 we
  // deployed … we were back online at 10:13"); a meeting at 09:00 and a report filed at 17:30 bound nothing.
  if (windowAcross(text)) return true;
  // A duration as an adjective: "a 17-minute outage", "the 3-day backlog".
  if (/\b\d+(?:[.,]\d+)?-(?:second|minute|hour|day|week|month)\b/i.test(text)) return true;
  // "HTTP 500s" are status codes in the plural, not 500 seconds.
  const unitText = text.replace(/\b(?:http|status)\s+[1-5]\d\ds\b/gi, ' ');
  // A number inside a name is no measure: "k8s", "i18n".
  if (
    /[$€£]\s?\d|(?<!\p{L})\d+(?:[.,]\d+)*\s?(?:%|percent\b|per cent\b|[kKmM]\b|ms\b|s\b|h\b|hrs?\b|mins?\b)/u.test(
      unitText,
    )
  )
    return true;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    const next = w[i + 1]?.lower ?? '';
    const prev = w[i - 1]?.lower ?? '';
    if (/^\d[\d,.]*(?:k|m|x)?$/.test(x.lower)) {
      if (identifier(x, prev, next, w[i + 1])) continue;
      // A number of units of time is a duration, whatever is before it ("Duration 47 minutes" in a form's row).
      if (/^(?:seconds?|minutes?|hours?|days?|weeks?|months?)$/.test(next)) return true;
      // A number after a capitalised noun is part of a name: "Terminal 3", "Form 941", "Carousel 14".
      if (i > 0 && NOUN.has(w[i - 1]!.tag) && /^\p{Lu}/u.test(w[i - 1]!.text) && !MONTHS.test(prev)) continue;
      // A number right after a noun and before no noun names the thing ("data center 2", "deploy 4411").
      if (
        i > 0 &&
        NOUN.has(w[i - 1]!.tag) &&
        !/^(of|to|by|from|over|under|than)$/.test(prev) &&
        !(w[i + 1] && NOUN.has(w[i + 1]!.tag))
      )
        continue;
      return true;
    }
    if (v.numbers.has(x.lower) && !(x.lower === 'one' && /^(of|another)$/.test(next))) {
      // "two hours", "dozens of merchants", "half of all requests", "a third of".
      if (
        v.units.has(next) ||
        v.parties.has(next) ||
        next === 'of' ||
        /^(more|fewer|less|hundred|thousand|million)$/.test(next)
      )
        return true;
    }
    // "an hour", "a day", "about a minute".
    if (
      (x.lower === 'a' || x.lower === 'an') &&
      /^(second|minute|hour|day|week|month|half|third|quarter|fifth|tenth|dozen)$/.test(next)
    )
      return true;
  }
  return false;
}

// What a sentence says when the impact ended: the service back, the incident over.
const ENDED =
  /\b(?:back (?:online|up|to normal)|(?:working|available|online|up|normal|healthy|operational) again|resolved|restored|recovered|mitigated|fixed|ended|cleared|all[- ]clear|subsided|returned to normal)\b/i;

/** A start and an end given as two different times of day, the sentence of the later one saying the impact ended. */
function windowAcross(text: string): boolean {
  const times = findClockTimes(text);
  const first = times[0] && text.slice(times[0].start, times[0].end).replace(/[\s.]/g, '').toLowerCase();
  return times.slice(1).some((t) => {
    if (text.slice(t.start, t.end).replace(/[\s.]/g, '').toLowerCase() === first) return false;
    const from = Math.max(text.lastIndexOf('. ', t.start), text.lastIndexOf('\n', t.start)) + 1;
    const to = text.slice(t.end).search(/\.(?:\s|$)|\n/);
    return ENDED.test(text.slice(from, to < 0 ? text.length : t.end + to));
  });
}

/** A number that names something rather than counting it. */
function identifier(x: TaggedWord, prev: string, next: string, nextWord: TaggedWord | undefined): boolean {
  const t = x.lower;
  if (/^v?\d+\.\d+\.\d+/.test(t) || /^\d+\.\d+\.\d+/.test(t)) return true; // 2.14.3
  if (/^(?:19|20)\d\d$/.test(t)) return true; // a year
  if (/^\d{4}-\d{2}-\d{2}/.test(t) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(t)) return true; // a date
  if (MONTHS.test(prev) || MONTHS.test(next)) return true; // March 12, 12 March
  if (/^(?:st|nd|rd|th)$/.test(next)) return true;
  if (/^\d{1,2}[:.]\d{2}/.test(t) && !/^\d+\.\d+$/.test(t)) return true; // a clock time alone
  if (
    /^[1-5]\d\d$/.test(t) &&
    (/^(http|status|code|an?|the)$/.test(prev) || /^(errors?|responses?|status|codes?|s)$/.test(next))
  )
    return true;
  // "waiting on the 38.": a number after "the" that counts nothing names a thing (a route, a gate).
  if (prev === 'the' && (!nextWord || nextWord.tag === 'PUNCT' || /^[.,;:!?)]$/.test(next))) return true;
  if (
    /^(?:version|release|v|build|deploy|deployment|pr|issue|ticket|incident|sev|p|step|port|node|pod|shard|line|page|rev|revision|commit|tier|level|phase|ipv|http|tls|python|java|node\.js|postgres|postgresql|mysql|redis|kernel|android|ios|windows|ubuntu|debian|firmware|api|model|gen|no|number|#|room|floor|gate)$/.test(
      prev,
    )
  )
    return true;
  if (/^\d+\.\d+$/.test(t) && !nextWord) return true;
  if (
    /^\d+\.\d+$/.test(t) &&
    !/^(%|percent|seconds?|minutes?|hours?|days?|x|times|million|k|m|ms|gb|mb|tb)$/.test(next)
  )
    return true; // 7.3 (a version)
  return false;
}

const EXPERIENCED = /^(saw|noticed|experienced|reported|complained|waited|missed|paid|received|lost|got)$/;
const AFFECTED = /^(affected|impacted|hit|disrupted|stranded)$/;
const REACHING =
  /^(rejected|declined|blocked|dropped|delayed|accessible|inaccessible|available|unavailable|visible|invisible|shown|presented|sent|delivered|served|exposed|charged|belonging|owned|used|offline)$/;

const UNABLE = /^(could|couldn't|cannot|can't|unable|were|was)$/;
/** Nouns of people formed from a verb: "commuters", "cyclists", "attendees", "residents". */
const AGENT = /[a-z]{3}(?:ers|ors|ists|ees|ants|ents|ians)$/;

/** A role noun that names a part of the system: "the consumer", "LabLink's HL7 listener", not "every client". */
function component(w: TaggedWord[], i: number, v: ImpactVocabulary): boolean {
  if (!v.roles.has(w[i]!.lower)) return false;
  const prev = w[i - 1];
  return !!prev && (prev.lower === 'the' || NOUN.has(prev.tag) || /\d/.test(prev.lower));
}
const GROUP = /^(team|department|desk|office|unit|shift|crew|staff|workforce|group)$/;

/** The plural at i is counted as a share: "~9% of", "half of all", "1,200 of our". */
function shareOf(w: TaggedWord[], i: number, v: ImpactVocabulary): boolean {
  let k = i - 1;
  while (k >= 0 && /^(all|the|our|their|those|these)$/.test(w[k]!.lower)) k--;
  if (w[k]?.lower !== 'of') return false;
  const count = w[k - 1]?.lower ?? '';
  return (
    /^[~≈]?\d[\d,.]*%?$/.test(count) ||
    count === '%' ||
    v.numbers.has(count) ||
    /^(most|many|half|some|percent)$/.test(count)
  );
}

/** The words after the plural at `i`, in its clause, say it went through something. */
function wentThrough(w: TaggedWord[], i: number): boolean {
  for (let k = i + 1; k < Math.min(w.length, i + 7); k++) {
    const x = w[k]!.lower;
    if (/^[.,;:!?]$/.test(x) || w[k]!.tag === 'PUNCT') return false;
    if (EXPERIENCED.test(x)) return true;
    // "couldn't take card payments", "were unable to board": any verb after a denial of ability.
    if (/^(couldn't|cannot|can't|unable)$/.test(x) || (x === 'could' && w[k + 1]?.lower === 'not')) return true;
    if (
      UNABLE.test(x) &&
      /^(not|unable|left|locked|stranded|blocked|charged|double-charged|logged|stuck|turned|held|kicked|refused|denied|shown|sent|billed|overcharged|dropped|delayed)$/.test(
        w[k + 1]?.lower ?? '',
      )
    )
      return true;
    if (/^(had|got|with)$/.test(x) && w[k + 1]?.lower === 'no') return true;
    // "forecasters on the western desk worked without radar": people doing their work without what failed.
    if (/^(worked|operated|coped|managed|went|flew|drove|sailed)$/.test(x) && w[k + 1]?.lower === 'without')
      return true;
  }
  return false;
}

/** The plural at `i` is what a verb of access or delivery reached: "to", "for" or "by" after one, within a few words. */
function reachedBy(w: TaggedWord[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (/^(to|for|by|from)$/.test(w[k]!.lower))
      return w.slice(Math.max(0, k - 6), k).some((x) => REACHING.test(x.lower));
    // Only the plural's own modifiers lie between ("to approximately 140 line mechanics").
    if (w[k]!.tag === 'NNS' || !/^[\p{Ll}\d][\p{Ll}\d,.-]*$/u.test(w[k]!.lower)) return false;
  }
  return false;
}

// A rate per second names a measure, not a plural of anyone: "0 kbps", "40k rps", "3 Gbps", "12 iops".
const RATE = /^(?:[kmgt]?i?bps|[kmgt]?bit\/s|[rqtp]ps|iops|fps)$/;
const isUnit = (l: string, v: ImpactVocabulary) => v.units.has(l) || RATE.test(l);

/**
 * Does the text name who was affected? A party noun counts as the head of its phrase ("EU customers", "the
 * users"), not as a modifier of another noun ("consumer lag", "the customer database").
 */
export function namesAffected(text: string, w: TaggedWord[], v: ImpactVocabulary): boolean {
  // A field that names them: "Affected: 1,870 claimants", "| Who was affected | …".
  if (
    /(?:^|\n)[\s*_|-]*(?:affected|impacted|who was (?:affected|impacted)|who)[\s*_]*(?::|\|\s|\s{2,})\s*[^\s|]/i.test(
      text,
    )
  )
    return true;
  // A cloud region ("us-east-1", "eu-west-2").
  if (/\b[a-z]{2}-[a-z]+-\d\b/.test(text)) return true;
  for (let i = 0; i < w.length; i++) {
    const l = w[i]!.lower;
    const head = !(w[i + 1] && NOUN.has(w[i + 1]!.tag) && w[i + 1]!.lower !== 'who');
    // Listed parties, and any plural noun of people ("engineers", "nurses", "maintainers").
    if (head && ((v.parties.has(l) && !component(w, i, v)) || (w[i]!.tag === 'NNS' && isPeopleNoun(l)))) return true;
    // A share of a plural: "~9% of commuters", "half of all riders", "1,200 of our members".
    if (
      head &&
      /[^s]s$/.test(l) &&
      !isUnit(l, v) &&
      !v.things.has(l) &&
      (isPeopleNoun(l) || AGENT.test(l)) &&
      shareOf(w, i, v)
    )
      return true;
    // A group of people that went through something: "the yard planning team lost access".
    if (head && GROUP.test(l) && wentThrough(w, i)) return true;
    // A plural that calls the failed service: "the three services that call lab-gateway".
    if (
      head &&
      /s$/.test(l) &&
      /^(that|which)$/.test(w[i + 1]?.lower ?? '') &&
      /^(call|use|depend|read|query|consume)$/.test(w[i + 2]?.lower ?? '')
    )
      return true;
    // "customer-facing", "user-visible", "merchant's".
    // "customer-owned", "member-only", "user-wide": a party in a compound adjective.
    const stem = l.replace(/(?:-facing|-visible|-side|-only|-wide|-[a-z]+ed|'s|s')$/, '');
    if (stem !== l && v.parties.has(stem)) return true;
    // A counted plural that went through something: "about 140 donors saw an error", "3,000 households lost power".
    // Any plural a failure reached, whatever the noun (units and things such as "requests", "rows" are
    // measures, not parties): the subject of what people go through ("learners could not play lecture videos",
    // "27 member firms subscribed to that side received gapped books"), what a verb of access or rejection
    // reached ("not accessible to enrollees"), or a plural said to be affected ("all B2B shippers affected").
    // A counted noun said to be affected, plural in meaning whatever its form: "~600 pax affected".
    if (
      head &&
      /^[\d.,~]+k?$/.test(w[i - 1]?.lower ?? '') &&
      AFFECTED.test(w[i + 1]?.lower ?? '') &&
      !isUnit(l, v) &&
      !v.things.has(l)
    )
      return true;
    // A counted noun is plural in meaning whatever its form ("around 1,200 podcaster could not upload").
    // Not a quantity of something ("96 MWh of production", "3 TB of logs"): a measure, whoever lost it.
    const counted =
      /^[~≈]?\d[\d,.]*k?$/.test(w[i - 1]?.lower ?? '') &&
      !/^[~≈]?[01]$/.test(w[i - 1]!.lower) &&
      !(w[i + 1]?.lower === 'of' && w[i]!.tag !== 'NNS') &&
      // "dropped to 6.1 after …": only a noun is counted.
      CONTENT.has(w[i]!.tag);
    // (A word in -s is read as a plural when the tagger missed one, but never a function word: "was", "this", "its".)
    const plural = w[i]!.tag === 'NNS' || (/[^s]s$/.test(l) && CONTENT.has(w[i]!.tag));
    if (head && (plural || counted) && !isUnit(l, v) && !v.things.has(l)) {
      const subject = !/^(of|to|for|by|with|in|on|at|from)$/.test(w[i - 1]?.lower ?? '');
      if (
        (subject && wentThrough(w, i)) ||
        reachedBy(w, i) ||
        w.slice(i + 1, i + 6).some((x) => AFFECTED.test(x.lower))
      )
        return true;
    }
  }
  return false;
}
