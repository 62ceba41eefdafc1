// Closed classes of English function words the subject finder walks over. Grammar, not rule vocabulary.

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Auxiliaries, negation and adverbs that may sit between a subject and its verb. */
export const AUX_ADVERBS = set(
  "had has have having was were is are am be been being did does do didn't doesn't don't hadn't hasn't haven't " +
    "wasn't weren't isn't aren't not never also then just simply completely totally apparently clearly obviously " +
    'again still even probably likely initially subsequently later unfortunately accidentally mistakenly inadvertently ' +
    'once repeatedly somehow only all both basically essentially actually already ultimately eventually reportedly ' +
    'mostly partly partially themselves himself herself itself immediately quickly',
);

/** Forms of "be" (and "get") that make a following participle passive. */
export const BE_FORMS = set('was were is are am be been being got gets get getting');

/** Words that end a subject noun phrase when walking left (a new clause or a preposition starts). */
export const CLAUSE_WORDS = set(
  'because since when while after before although though if unless until once whereas so and but or nor then ' +
    'that which who whom whose where why how what as than of in on at to for from with without into onto over under ' +
    'about by during through across via per there here whether ' +
    // Reporting verbs open a clause: in "Priya said the deploy caused it" Priya reports, the deploy acts.
    'said says asked asks thought noted believed suspected wondered found confirmed reported mentioned explained guessed ' +
    'assumed argued claimed suggested noticed realised realized saw showed learned knew discovered checked verified told ' +
    'wrote traced concluded agreed decided',
);

/** Words that may follow a role noun used as a person ("the engineer restarted", "the on-call who"). */
export const AFTER_ROLE = set(
  "who that which was were is are had has have did didn't does doesn't should could would must might may can will " +
    'and or but then also never not just had quickly immediately later again to on in at from with by for of as ' +
    'forgot took ran broke made saw hit put set lost left began sent went got kept found thought knew ' +
    'tried chose decided noticed missed failed ignored bypassed overlooked neglected skipped paged acked',
);

/** Nouns after a capitalised word that make it a product or system name ("Hellman cluster", "Redis instance"). */
export const SYSTEM_HEADS = set(
  'cluster clusters instance instances server servers service services database db node nodes job jobs pipeline queue ' +
    'topic bucket api app client sdk library plugin module operator controller deployment pod pods container image ' +
    'config release version build worker workers broker consumer producer agent proxy gateway endpoint dashboard alert ' +
    'alarm check bot script account project repo repository branch org region zone table index schema flag flags ' +
    'feature site page docs integration webhook token key cache provider runner runners action actions workflow ' +
    'console portal cli stack store tier layer host hosts machine machines vm vms disk volume network lb upgrade outage ' +
    'incident migration rollout deploy deploys plan provider cloud',
);

/** Nouns after a role word that make the role a modifier ("the on-call rotation", "the admin panel"). */
export const ROLE_MODIFIED = set(
  'rotation schedule handoff handover channel page pager tool tools tooling console panel portal ui dashboard api ' +
    'account accounts experience docs guide runbook role roles access permissions credentials key keys mode shift ' +
    'queue alias list policy process workflow checklist laptop machine environment team teams review reviews ' +
    'productivity velocity onboarding training program handbook',
);

/** What people produce at work (singular): "Priya's typo", "Wei's script", "Sam's PR" name a person's deed. */
export const WORK_NOUNS = set(
  'typo script pr commit patch query command code config configuration diff change edit update mistake error bug oversight migration ' +
    'deploy deployment rollout release merge push approval decision call action cleanup refactor rewrite automation playbook runbook ' +
    'procedure documentation doc spec design schema template checklist terraform plan review test fix hotfix alteration modification ' +
    'amendment failover restart rotation upgrade run rerun operation work slip blunder misconfiguration choice move tweak override setting ' +
    'rule shortcut workaround hack rollback revert import upload job sync refund negligence carelessness laziness incompetence inattention sloppiness recklessness handling handiwork',
);
