import { runRuleCases } from '../labelled/language/rule-tester.js';

const msg = (w: string) =>
  `"${w}" is presented as the cause; name the condition or change that let the failure happen instead of the person.`;

runRuleCases('names-as-root-cause', {
  valid: [
    '14:20 Ravi restarted the gateway and errors stopped.',
    'A config change that lowered the timeout took checkout down.',
    'Thanks to Priya for spotting the bad config so quickly.',
    'The fix was reviewed by Søren and paired on with Oluwaseun.',
    'Jenkins re-queued the job and the second run broke the cache.',
    'Terraform deleted the load balancer because its name changed.',
    'The IC declared the incident resolved.',
    'Hana to add a second-approver rule for production access.',
    'Sam should not need to restart the gateway by hand.',
    'The config was merged after review by Kofi and Yuki.',
    'Priya said: “I think the deploy caused it.”',
    '# Timeline\n\n- 10:27 The stale firewall rule was deleted by @fatima.\n',
  ],
  invalid: [
    {
      text: 'Dmitri pushed a bad config that took checkout down.',
      errors: [
        { line: 1, column: 1, endColumn: 7, message: msg('Dmitri'), suggestion: 'A bad config took checkout down.' },
      ],
    },
    {
      text: 'The outage was caused by Wei Zhang’s change.',
      errors: [{ line: 1, column: 26, endColumn: 37, fixed: 'The outage was caused by the change.' }],
    },
    {
      text: 'The bucket was deleted by @kim.',
      errors: [{ line: 1, column: 27, endColumn: 31, fixed: 'The bucket was deleted.' }],
    },
    {
      text: 'Wei’s typo caused the outage.',
      errors: [{ line: 1, column: 1, endColumn: 6, fixed: 'The typo caused the outage.' }],
    },
    {
      text: 'Root cause: John’s change to the rate limiter.',
      errors: [{ line: 1, column: 13, endColumn: 19, fixed: 'Root cause: the change to the rate limiter.' }],
    },
    { text: 'Honestly, this came down to Yuki.', errors: [{ line: 1, column: 29, endColumn: 33 }] },
    { text: 'This was on Aleksandr.', errors: [{ line: 1, column: 13, endColumn: 22 }] },
    {
      text: 'Because Priya merged the PR without review, the query shipped.',
      errors: [{ line: 1, column: 9, endColumn: 14 }],
    },
    {
      text: 'Hana should not get prod access again.',
      errors: [{ line: 1, column: 1, endColumn: 5, suggestion: 'Aim the remedy at the system' }],
    },
    {
      text: 'Sam broke the build.',
      errors: [{ line: 1, column: 1, endColumn: 4, suggestion: 'What broke the build?' }],
    },
    {
      text: 'Kim deleting the bucket triggered the outage.',
      errors: [{ line: 1, column: 1, endColumn: 4, suggestion: 'Deleting the bucket triggered the outage.' }],
    },
    { text: 'Engineer B caused the outage.', errors: [{ line: 1, column: 1, endColumn: 11 }] },
    {
      text: 'The outage was caused by Sam Lee.',
      config: { people: ['Sam Lee'] },
      errors: [{ line: 1, column: 26, endColumn: 33 }],
    },
    { text: 'The outage was caused by Nguyễn Văn An.', errors: [{ line: 1, column: 26, endColumn: 39 }] },
    { text: 'Remove Hana’s prod access until the review is done.', errors: [{ line: 1, column: 8, endColumn: 14 }] },
  ],
});
