import {
  CodeAction,
  CodeActionKind,
  commands,
  languages,
  Uri,
  window,
  workspace,
  type Diagnostic,
  type ExtensionContext,
} from 'vscode';

export const EXPLAIN_COMMAND = 'blameless-lint.explainRule';

/** The rule docs ship inside the extension (dist/rules/<id>.md), so Explain Rule works offline. */
function docsFolder(context: ExtensionContext): Uri {
  return Uri.joinPath(context.extensionUri, 'dist', 'rules');
}

async function shippedRuleIds(context: ExtensionContext): Promise<string[]> {
  const entries = await workspace.fs.readDirectory(docsFolder(context));
  return entries
    .map(([name]) => name)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

const ruleIdOf = (d: Diagnostic): string | undefined => {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
};

/** The rule behind the cursor in the active editor, if the cursor is on one of our findings. */
function ruleAtCursor(source: string): string | undefined {
  const editor = window.activeTextEditor;
  if (!editor) return undefined;
  const here = editor.selection.active;
  const found = languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === source && d.range.contains(here));
  return found ? ruleIdOf(found) : undefined;
}

/**
 * Explain Rule: the rule given (from a code action), else the one under the cursor, else a pick
 * from every rule; its docs open in a Markdown preview beside the editor.
 */
export async function explainRule(context: ExtensionContext, source: string, given?: unknown): Promise<void> {
  let id = typeof given === 'string' ? given : ruleAtCursor(source);
  const known = await shippedRuleIds(context);
  if (!id || !known.includes(id)) {
    id = await window.showQuickPick(known, { placeHolder: 'Which blameless-lint rule?' });
    if (!id) return;
  }
  const doc = Uri.joinPath(docsFolder(context), `${id}.md`);
  await commands.executeCommand('markdown.showPreviewToSide', doc);
}

/** One "Explain rule" code action per distinct rule among the diagnostics under the cursor. */
export function explainRuleActions(diagnostics: readonly Diagnostic[], source: string): CodeAction[] {
  const ids = new Set<string>();
  for (const d of diagnostics) {
    const id = d.source === source ? ruleIdOf(d) : undefined;
    if (id) ids.add(id);
  }
  return [...ids].map((id) => {
    const action = new CodeAction(`Explain rule ${id}`, CodeActionKind.QuickFix);
    action.command = { command: EXPLAIN_COMMAND, title: `Explain rule ${id}`, arguments: [id] };
    return action;
  });
}
