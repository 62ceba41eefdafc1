// Every check kind's parameter schema, by kind name: the registry the rules build validates rules/*.yml
// against and generates `ParamsOf<kind>` (generated.ts) from. A new kind adds its schema here first.
import { actionItemParams } from './action-item.js';
import { agentBlameParams } from './agent-blame.js';
import { hindsightParams } from './hindsight.js';
import { interpretationParams } from './interpretation.js';
import { lessonsParams } from './lessons.js';
import { personCauseParams } from './person-cause.js';
import { personErrorParams } from './person-error.js';
import { phraseParams } from './phrase.js';
import { sectionsParams } from './sections.js';
import { suppressionsParams } from './suppressions.js';
import { timelineParams } from './timeline.js';

export const paramSchemas = {
  suppressions: suppressionsParams,
  phrase: phraseParams,
  'person-error': personErrorParams,
  hindsight: hindsightParams,
  'agent-blame': agentBlameParams,
  'person-cause': personCauseParams,
  timeline: timelineParams,
  'timeline-interpretation': interpretationParams,
  'action-item': actionItemParams,
  sections: sectionsParams,
  lessons: lessonsParams,
};
