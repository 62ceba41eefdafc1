// 100 phrases for the floor: one combined regular expression over raw text, the least any prose linter can do.
// The kind of words the language rules look for; the exact list only needs to be fixed so runs compare.
export const PHRASES = [
  'careless', 'carelessly', 'sloppy', 'negligent', 'negligence', 'lazy', 'reckless', 'incompetent', 'incompetence', 'clumsy',
  'failed to', 'neglected to', 'forgot to', 'ignored', 'missed', 'bypassed', 'overlooked', 'blame', 'blamed', 'fault',
  'mistake by', 'his mistake', 'her mistake', 'their mistake', 'should have', 'could have', 'would have', 'if only', 'had they', 'had he',
  'had she', 'it was obvious', 'obviously', 'clearly should', 'human error', 'operator error', 'user error', 'pebkac', 'root cause', 'caused by',
  'due to', 'because of', 'responsible for', 'accountable', 'guilty', 'culprit', 'screwed up', 'messed up', 'dropped the ball', 'not paying attention',
  'inattentive', 'irresponsible', 'foolish', 'stupid', 'dumb', 'silly', 'naive', 'inexperienced', 'junior engineer', 'rookie',
  'oversight', 'lapse', 'slip', 'blunder', 'fumbled', 'botched', 'bungled', 'neglect', 'neglectful', 'ought to have',
  'must have known', 'should not have', "shouldn't have", "could've", "should've", "would've", 'in hindsight', 'with hindsight', 'realized', 'panicked',
  'unfortunately', 'failed to notice', 'did not notice', 'did not check', 'did not follow', 'without checking', 'without testing', 'rushed', 'hastily', 'cut corners',
  'be more careful', 'look into', 'improve monitoring', 'consider', 'rebuild', 'whoever', 'the culprit', 'at fault', 'fat finger', 'fat-fingered',
];
if (PHRASES.length !== 100 || new Set(PHRASES).size !== 100) throw new Error(`bench: PHRASES must be 100 distinct phrases (${PHRASES.length})`);
