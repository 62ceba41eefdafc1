import { runRuleCases } from '../labelled/language/rule-tester.js';

const msg = (w: string) =>
  `"${w}" names a person as the cause and stops the analysis; describe the conditions that made the error possible.`;

runRuleCases('human-error', {
  valid: [
    'We avoid the phrase “human error” in our reviews.',
    'We avoid the phrase "human error" in our reviews.',
    'The user error rate on the signup form doubled after the release.',
    'This was not operator error; the console defaulted to production.',
    'The API returns user error messages in the response body.',
    'Rather than human error, we found three gaps in the tooling.',
    'The term operator error hides the design problem.',
    'Server errors rose to 4% of requests.',
    '`human_error_total` is a metric name.',
    '```\nroot cause: human error\n```',
  ],
  invalid: [
    {
      text: 'The root cause was human error.',
      errors: [
        {
          line: 1,
          column: 20,
          endColumn: 31,
          message: msg('human error'),
          suggestion: 'Describe what made the action possible',
        },
      ],
    },
    {
      text: 'This was operator error: the wrong cluster was selected.',
      errors: [{ line: 1, column: 10, endColumn: 24, message: msg('operator error') }],
    },
    { text: 'PEBKAC, basically.', errors: [{ line: 1, column: 1, endColumn: 7, message: msg('PEBKAC') }] },
    { text: '# Review\n\nSupport closed it as user error.\n', errors: [{ line: 3, column: 22, endColumn: 32 }] },
    {
      text: '- Human errors will always happen.\n- Pilot error, in short.',
      errors: [
        { line: 1, column: 3 },
        { line: 2, column: 3 },
      ],
    },
    { text: 'It was a human mistake.', errors: [{ line: 1, column: 10, endColumn: 23 }] },
  ],
});
