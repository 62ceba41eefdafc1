// Just enough English morphology to turn a sentence's own words into a rewrite: participle -> base form.

const IRREGULAR: Record<string, string> = {
  been: 'be',
  had: 'have',
  caught: 'catch',
  seen: 'see',
  known: 'know',
  taken: 'take',
  done: 'do',
  made: 'make',
  run: 'run',
  gone: 'go',
  written: 'write',
  put: 'put',
  set: 'set',
  found: 'find',
  thought: 'think',
  brought: 'bring',
  sent: 'send',
  spent: 'spend',
  kept: 'keep',
  left: 'leave',
  told: 'tell',
  built: 'build',
  got: 'get',
  gotten: 'get',
  said: 'say',
  read: 'read',
  hit: 'hit',
  cut: 'cut',
  shut: 'shut',
  begun: 'begin',
  given: 'give',
  shown: 'show',
  spoken: 'speak',
  understood: 'understand',
  held: 'hold',
  felt: 'feel',
  heard: 'hear',
  paid: 'pay',
  rolled: 'roll',
  stopped: 'stop',
  chosen: 'choose',
  drawn: 'draw',
  driven: 'drive',
  fallen: 'fall',
  forgotten: 'forget',
  frozen: 'freeze',
  hidden: 'hide',
  led: 'lead',
  lost: 'lose',
  meant: 'mean',
  met: 'meet',
  ridden: 'ride',
  risen: 'rise',
  sought: 'seek',
  sold: 'sell',
  stood: 'stand',
  struck: 'strike',
  taught: 'teach',
  thrown: 'throw',
  woken: 'wake',
  won: 'win',
  worn: 'wear',
  broken: 'break',
  spotted: 'spot',
  planned: 'plan',
  referred: 'refer',
  preferred: 'prefer',
  committed: 'commit',
  submitted: 'submit',
  dropped: 'drop',
};

/** Is this word a past participle ("checked", "caught", "seen")? */
export function isParticiple(lower: string): boolean {
  return lower in IRREGULAR || (/ed$/.test(lower) && lower.length > 3) || /^(been|had|done)$/.test(lower);
}

/** Base form of a past participle, best effort: "noticed" -> "notice", "rolled" -> "roll". */
export function baseForm(lower: string): string {
  const hit = IRREGULAR[lower];
  if (hit) return hit;
  if (lower.endsWith('ied')) return lower.slice(0, -3) + 'y';
  if (!lower.endsWith('ed')) return lower;
  const stem = lower.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  // "noticed", "escalated", "paged", "used": the stem lost a silent e.
  if (
    (/(c|g|v|z|at|ut|quir|ur|as|us|is|os|vok|ar)$/.test(stem) && !/(ck|ng|oor|eak|ear)$/.test(stem)) ||
    /chang$/.test(stem)
  )
    return stem + 'e';
  if (/[^aeiou][aeiou][sz]$/.test(stem)) return stem + 'e';
  return stem;
}
