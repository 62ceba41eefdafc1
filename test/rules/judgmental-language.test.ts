import { runRuleCases } from '../labelled/language/rule-tester.js';

const msg = (w: string) =>
  `"${w}" judges a person instead of describing what happened; say what they did and what made it reasonable at the time.`;

runRuleCases('judgmental-language', {
  valid: [
    'The alert failed to fire because its query matched no series.',
    'The pager escalation missed the secondary on-call.',
    'Clients that ignore the Retry-After header retry immediately.',
    'Jenkins skipped the smoke tests after a timeout.',
    'The Kubernetes operator failed to reconcile the spec.',
    'Carelessness was not a factor; the form accepted the wrong region.',
    'The image gallery uses lazy loading.',
    'A configuration loader for lazy people.',
    'IN NO EVENT SHALL THE AUTHORS BE LIABLE, WHETHER IN CONTRACT, TORT (INCLUDING NEGLIGENCE OR OTHERWISE), ARISING FROM THE SOFTWARE.',
    'We use git blame to find when the line changed.',
    'Nobody is to blame for the outage.',
    'We missed the alert because it went to an old channel.',
    'The page fault rate doubled.',
    'Where someone’s mistake contributed, we anonymise it.',
    '`ignore_errors` was set in the playbook.',
    'We avoid words like “careless” in reviews.',
    'Zorbit failed to sync the config; we run `zorbit` on every host.',
    'Quillon missed the exec event. The quillon rules only watch containers.',
  ],
  invalid: [
    {
      text: 'Priya forgot to drain the node before the deploy.',
      errors: [
        {
          line: 1,
          column: 7,
          endColumn: 16,
          message: msg('forgot to'),
          suggestion: 'Nothing prompted anyone to drain the node.',
        },
      ],
    },
    {
      text: 'The on-call ignored the first page from support.',
      errors: [
        {
          line: 1,
          column: 13,
          endColumn: 20,
          suggestion: 'The first page from support did not stand out enough to be acted on.',
        },
      ],
    },
    { text: 'The DBA who built the replica was negligent.', errors: [{ line: 1, column: 35, endColumn: 44 }] },
    { text: 'This was @kim’s fault.', errors: [{ line: 1, column: 17, endColumn: 22 }] },
    { text: 'The reviewer dropped the ball on the schema change.', errors: [{ line: 1, column: 14, endColumn: 30 }] },
    {
      text: 'Zoë bypassed the canary stage.',
      errors: [
        { line: 1, column: 5, endColumn: 13, suggestion: 'Nothing stopped the canary stage from being bypassed.' },
      ],
    },
    { text: 'The alert was missed by Engineer B.', errors: [{ line: 1, column: 15, endColumn: 21 }] },
    { text: '- 03:14 UTC Engineer missed the disk alert.', errors: [{ line: 1, column: 22, endColumn: 28 }] },
    { text: 'Kenji paged Sam, and he ignored it.', errors: [{ line: 1, column: 25, endColumn: 32 }] },
    { text: 'Oluwaseun was lazy about the rollback test.', errors: [{ line: 1, column: 15, endColumn: 19 }] },
    { text: 'The platform team neglected to renew the certificate.', errors: [{ line: 1, column: 19, endColumn: 31 }] },
    { text: 'Mehmet Yılmaz didn’t bother to check the lag.', errors: [{ line: 1, column: 15, endColumn: 31 }] },
    // The writers judge themselves too (shared/corpus/GOLD.md: "we failed to restart the handlers" is judgmental).
    {
      text: 'Our team failed to update the status page for an hour.',
      errors: [{ line: 1, column: 10, endColumn: 19 }],
    },
  ],
});
