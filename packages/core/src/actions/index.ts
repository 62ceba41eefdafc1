// The `actions` report: every action item across postmortems, with owner, due date, status and problems.
export { actionItems, ACTION_RULES, type ActionRow, type ActionStatus, type ActionProblem } from './items.js';
export { collectActions, type CollectActionsOptions, type CollectActionsResult } from './collect.js';
export { formatActions, ACTIONS_FORMATS, type ActionsFormat } from './format.js';
export { runActionsCommand, ACTIONS_HELP } from './command.js';
