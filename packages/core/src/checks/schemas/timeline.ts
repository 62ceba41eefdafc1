import { closed, texts } from './shapes.js';

export const timelineParams = closed(
  {
    problem: {
      enum: ['timezone', 'order', 'timestamp'],
      description: 'What the rule checks: zones, order or missing timestamps.',
    },
    messages: texts('Message templates by kind of problem.'),
  },
  ['problem'],
);
