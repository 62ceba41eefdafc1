/** The list of findings: range, severity, message, the rule's id linking to its docs, and each rewrite (a button when it has an edit). */
import type { Diagnostic, Fix } from '@blameless-lint/core';

interface FindingActions {
  /** Select the finding's range in the editor. */
  reveal(diagnostic: Diagnostic): void;
  /** Apply a rewrite's edit to the text. */
  apply(fix: Fix): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function item(d: Diagnostic, index: number, actions: FindingActions): HTMLLIElement {
  const li = el('li', `finding sev-${d.severity}`);
  li.dataset.index = String(index);
  li.dataset.rule = d.ruleId;
  li.dataset.start = String(d.range.start.offset);
  li.dataset.end = String(d.range.end.offset);
  // The whole range, as the CLI's JSON and vfile count it (1-based): where the finding ends matters as much.
  const { start, end } = d.range;
  const pos = el('button', 'pos', `${start.line}:${start.column}-${end.line}:${end.column}`);
  pos.type = 'button';
  pos.title = 'Show in the text';
  pos.addEventListener('click', () => actions.reveal(d));
  const rule = el('a', 'rule', d.ruleId);
  rule.href = d.url;
  rule.target = '_blank';
  rule.rel = 'noopener';
  li.append(pos, el('span', 'severity', d.severity), el('span', 'message', d.message), rule);
  for (const suggestion of d.suggestions ?? []) {
    const row = el('div', 'rewrite');
    row.append(el('span', 'rewrite-text', suggestion.description));
    const fix = suggestion.fix;
    if (fix) {
      const apply = el('button', 'apply', 'Apply');
      apply.type = 'button';
      apply.title = `Replace "${d.actual ?? ''}" with "${fix.text}"`;
      apply.addEventListener('click', () => actions.apply(fix));
      row.append(apply);
    }
    li.append(row);
  }
  return li;
}

export function renderFindings(list: HTMLElement, diagnostics: readonly Diagnostic[], actions: FindingActions): void {
  list.replaceChildren(...diagnostics.map((d, i) => item(d, i, actions)));
}
