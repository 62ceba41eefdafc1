import { closed, text, texts, words } from './shapes.js';

export const actionItemParams = closed(
  {
    problem: {
      enum: ['owner', 'deadline', 'overdue', 'vague', 'tracked'],
      description: 'What the rule checks about each open action item.',
    },
    messages: texts('Message templates by kind of problem.'),
    teams: words('Words that make an owner a team ("sre", "platform").'),
    roles: words('Roles that rotate or are shared, not one person ("on-call", "incident commander").'),
    leading: words('Phrase patterns that make an item vague as its first words ("look into", "consider").'),
    anywhere: words('Phrase patterns that make an item vague wherever they stand ("be more careful").'),
    tooBig: words('Items too big to show progress in a week ("rebuild the deploy system")'),
    exhortations: text(
      'The rule whose vocabulary of exhortation ("be more careful", "take more care") the items are read with.',
    ),
    degree: words('Words of degree in an item that asks for more of something ("more", "better").'),
    recurring: words('Words of a recurring duty rather than a change ("always", "regularly").'),
    wholes: words('Words that make an item about a whole ("all", "every").'),
  },
  ['problem', 'messages'],
);
