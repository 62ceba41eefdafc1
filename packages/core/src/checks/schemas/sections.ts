import { closed, texts, words } from './shapes.js';

export const sectionsParams = closed(
  {
    problem: {
      enum: ['required', 'summary', 'single-factor', 'impact', 'coverage'],
      description: 'What the rule checks about the sections.',
    },
    messages: texts('Message templates by kind of problem.'),
    parties: words('Who can be affected ("customers", "users").'),
    units: words('Units that measure impact ("requests", "minutes").'),
    numbers: words('Number words that measure ("two", "hundreds").'),
    things: words('Plural nouns of things, never an affected party ("rows", "pods").'),
    roles: words('Parties that also name a part of a system ("consumer", "listener"): a party only in the plural.'),
    model: {
      type: 'object',
      description:
        'The angle reader of factor-coverage, trained by scripts/train-factor-angles.mjs (rules/<id>.model.json).',
      properties: {
        angles: { type: 'array', items: { type: 'string' } },
        prior: { type: 'array', items: { type: 'number' } },
        stems: { type: 'object', additionalProperties: { type: 'array', items: { type: 'number' } } },
      },
      required: ['angles', 'prior', 'stems'],
      additionalProperties: false,
    },
    names: texts('How messages name each section kind.'),
    rootCause: words('Phrase patterns that state a root cause ("root cause was", "was caused by").'),
  },
  ['problem', 'messages'],
);
