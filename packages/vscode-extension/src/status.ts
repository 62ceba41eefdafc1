import { languages, StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';

/**
 * The status bar item: how many findings the active file has. Clicking it opens the Problems panel,
 * where they are listed. Hidden for editors whose language is not linted.
 */
export class FindingsStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[];

  constructor(
    private readonly source: string,
    private readonly linted: () => readonly string[],
  ) {
    this.item = window.createStatusBarItem('blameless-lint.findings', StatusBarAlignment.Right, 100);
    this.item.name = 'blameless-lint findings';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      languages.onDidChangeDiagnostics(() => this.update()),
      window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const editor = window.activeTextEditor;
    if (!editor || !this.linted().includes(editor.document.languageId)) {
      this.item.hide();
      return;
    }
    const count = languages.getDiagnostics(editor.document.uri).filter((d) => d.source === this.source).length;
    this.item.text = count === 0 ? '$(check) blameless' : `$(warning) blameless: ${count}`;
    this.item.tooltip =
      count === 0
        ? 'blameless-lint: no findings in this file'
        : `blameless-lint: ${count} finding${count === 1 ? '' : 's'} in this file. Click to open the Problems panel.`;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
