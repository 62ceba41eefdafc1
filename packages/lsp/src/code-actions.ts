import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addToConfigEdit, type ConfigList, type EditCapabilities } from './config-edit.js';
import type { EditTarget } from './config-edit-target.js';
import { rangesOverlap, toLspRange } from './convert.js';
import { autoFix, selectFixes, type Diagnostic } from './library.js';
import type { LintOutcome } from './linter.js';
import { disableLineEdit } from './suppression.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.blameless-lint`;

interface ActionRequest {
  doc: TextDocument;
  outcome: LintOutcome;
  range: Range;
  only?: string[];
  /** `markdown`, `mdx` or `text`: decides the suppression comment form. */
  language: string;
  caps: EditCapabilities;
  /** Where the "add to config" fix may write for this document, or why it may not (see editTarget). */
  configTarget(): EditTarget;
  /** The client shows a refused action with its reason (`CodeAction.disabled`); otherwise a refused one is left out. */
  disabledSupport: boolean;
  /** A document the editor has open (a config file being edited), to edit it as the editor has it. */
  openDocument(uri: string): TextDocument | undefined;
  /** Which config list, if any, a finding's words could be added to (decided by rule data in the library). */
  configListFor(finding: Diagnostic): { path: ConfigList; value: string } | undefined;
}

const edit = (uri: string, edits: TextEdit[]): WorkspaceEdit => ({ changes: { [uri]: edits } });
const fixEdit = (f: NonNullable<NonNullable<Diagnostic['suggestions']>[number]['fix']>): TextEdit => ({
  range: toLspRange(f.range),
  newText: f.text,
});

/** Every auto-fix in the document (the library's selection, as `--fix` applies it), in order, without overlaps. */
function fixAllEdits(findings: readonly Diagnostic[]): TextEdit[] {
  return selectFixes(findings).map(fixEdit);
}

const wanted = (only: string[] | undefined, kind: string) =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function codeActions(req: ActionRequest): CodeAction[] {
  const { doc, outcome, only } = req;
  const actions: CodeAction[] = [];
  let where: EditTarget | undefined;
  const configTarget = () => (where ??= req.configTarget()); // looked up once, and only when a finding needs it
  const fixAll = fixAllEdits(outcome.findings);
  const hits = outcome.findings
    .map((finding, index) => ({ finding, lsp: outcome.diagnostics[index] as LspDiagnostic }))
    .filter(({ lsp }) => lsp && rangesOverlap(lsp.range, req.range));

  if (wanted(only, CodeActionKind.QuickFix)) {
    for (const { finding, lsp } of hits) {
      const fixes = (finding.suggestions ?? []).filter((s) => s.fix);
      for (const s of fixes) {
        actions.push({
          title: s.description || `Replace with "${s.fix!.text}"`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: fixes.length === 1,
          edit: edit(doc.uri, [fixEdit(s.fix!)]),
        });
      }
      const target = req.configListFor(finding);
      if (target) {
        const change = addToConfigEdit(configTarget(), target.path, target.value, req.caps, req.openDocument);
        if (change && 'edit' in change)
          actions.push({ title: change.title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: change.edit });
        else if (change && req.disabledSupport)
          actions.push({
            title: change.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [lsp],
            disabled: { reason: change.refused },
          });
      }
      const disable = disableLineEdit(doc, req.language, lsp.range.start.line, finding.ruleId);
      if (disable)
        actions.push({
          title: `Disable ${finding.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: edit(doc.uri, [disable]),
        });
    }
    if (fixAll.length > 0 && hits.some(({ finding }) => autoFix(finding))) {
      actions.push({
        title: 'Fix all auto-fixable blameless-lint problems',
        kind: CodeActionKind.QuickFix,
        edit: edit(doc.uri, fixAll),
      });
    }
  }
  if (fixAll.length > 0 && only?.some((o) => wanted([o], FIX_ALL_KIND) && o !== CodeActionKind.Empty)) {
    actions.push({
      title: 'Fix all auto-fixable blameless-lint problems',
      kind: FIX_ALL_KIND,
      edit: edit(doc.uri, fixAll),
    });
  }
  return actions;
}
