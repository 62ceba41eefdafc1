import { runRuleCases } from '../labelled/language/rule-tester.js';

const msg = (w: string) =>
  `"${w}" judges a decision with knowledge nobody had at the time; describe what happened and why it made sense then.`;

runRuleCases('counterfactual', {
  valid: [
    'The endpoint should have returned 404 but returned 500.',
    'Each service should have a runbook linked from its alert.',
    'A canary stage would have caught the bad config.',
    'We should add a check that blocks deploys without review.',
    'The cache should have expired after five minutes.',
    'If only one replica is healthy, the proxy refuses writes.',
    'If only `http_proxy` is set, every request goes through the proxy.',
    'If only the primary region has capacity, traffic stays there.',
    'The alert would have fired if the threshold had been 80 percent.',
    'We would have caught this with a canary, so we are adding one.',
    'Had the cache been warm, the spike would have been small.',
    'The linter "should have known" nothing about the generated file.',
  ],
  invalid: [
    {
      text: 'We should have rolled back sooner.',
      errors: [
        {
          line: 1,
          column: 4,
          endColumn: 15,
          message: msg('should have'),
          suggestion: 'We did not roll back sooner. What made that look reasonable at the time?',
        },
      ],
    },
    {
      text: 'The reviewer could have asked for a load test.',
      errors: [{ line: 1, column: 14, endColumn: 24, suggestion: 'The reviewer did not ask for a load test.' }],
    },
    {
      text: 'Ravi should have checked the dashboard first.',
      errors: [{ line: 1, column: 6, suggestion: 'Ravi did not check the dashboard first.' }],
    },
    {
      text: 'Had Zoë read the plan, she would have seen the missing index.',
      errors: [{ line: 1, column: 1, endColumn: 8 }],
    },
    {
      text: 'In hindsight, the retry limit was too high.',
      errors: [{ line: 1, column: 1, endColumn: 13, message: msg('In hindsight') }],
    },
    { text: 'If only someone had compared the two files.', errors: [{ line: 1, column: 1, endColumn: 8 }] },
    { text: 'Anyone paying attention would have seen it.', errors: [{ line: 1, column: 1, endColumn: 24 }] },
    {
      text: 'Our team should have paged sooner.',
      errors: [{ line: 1, column: 10, endColumn: 21, suggestion: 'Our team did not page sooner.' }],
    },
    { text: 'The outage could have been avoided.', errors: [{ line: 1, column: 12, endColumn: 22 }] },
    {
      text: 'If @kim had checked the diff, the bug would not have shipped.',
      errors: [{ line: 1, column: 1, endColumn: 12 }],
    },
    {
      text: 'It was obvious that the disk was filling.\n\nThe on-call shouldn’t have restarted it.',
      errors: [
        { line: 1, column: 1 },
        { line: 3, column: 13 },
      ],
    },
  ],
});
