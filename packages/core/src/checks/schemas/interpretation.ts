import { closed, texts, words } from './shapes.js';

export const interpretationParams = closed(
  {
    phrases: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
      description: 'Category -> phrase patterns (see document/phrase-match.ts for the syntax).',
    },
    labels: texts('Category -> how the message names it ("a state of mind").'),
    except: words('Look-alikes that are about systems, not people ("kernel panicked", "confused deputy").'),
    rewrites: texts("Phrase pattern -> a neutral replacement ('' = delete the word)."),
  },
  ['phrases', 'labels'],
);
