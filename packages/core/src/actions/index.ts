// The `actions` report: every action item across postmortems, with owner, due date, status and problems.
// Reading one text is the engine's (no Node built-in); collecting folders and the command are in node.ts.
export { actionItems, type ActionRow, type ActionStatus, type ActionProblem } from './report-rows.js';
export { formatActions, ACTIONS_FORMATS, type ActionsFormat } from './format.js';
