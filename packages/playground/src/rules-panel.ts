/** The rule switches: a preset choice and a checkbox per rule, each with its finding count and a docs link. */
import type { Diagnostic } from '@blameless-lint/core';
import type { PresetName, RuleInfo } from './protocol.js';

interface RulesPanelEvents {
  toggle(id: string, on: boolean): void;
}

export function renderRules(
  container: HTMLElement,
  rules: readonly RuleInfo[],
  isOn: (id: string) => boolean,
  events: RulesPanelEvents,
): void {
  const groups = [
    { scope: 'language', title: 'Language (any prose)' },
    { scope: 'structure', title: 'Structure (postmortems)' },
  ] as const;
  const children: HTMLElement[] = [];
  for (const group of groups) {
    const heading = document.createElement('h3');
    heading.textContent = group.title;
    children.push(heading);
    for (const rule of rules.filter((r) => r.scope === group.scope)) {
      const label = document.createElement('label');
      label.className = 'rule-toggle';
      label.title = rule.description;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.rule = rule.id;
      box.checked = isOn(rule.id);
      box.addEventListener('change', () => events.toggle(rule.id, box.checked));
      const name = document.createElement('span');
      name.textContent = rule.id;
      const count = document.createElement('span');
      count.className = 'count';
      count.dataset.rule = rule.id;
      const docs = document.createElement('a');
      docs.href = rule.url;
      docs.target = '_blank';
      docs.rel = 'noopener';
      docs.textContent = 'docs';
      label.append(box, name, count, docs);
      children.push(label);
    }
  }
  container.replaceChildren(...children);
}

/** Finding counts beside the checkboxes. */
export function renderCounts(container: HTMLElement, diagnostics: readonly Diagnostic[]): void {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  for (const el of container.querySelectorAll<HTMLElement>('.count')) {
    const n = counts.get(el.dataset.rule ?? '') ?? 0;
    el.textContent = n ? String(n) : '';
  }
}

export function setPresetChoice(select: HTMLSelectElement, preset: PresetName): void {
  select.value = preset;
}
