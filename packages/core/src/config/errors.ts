/**
 * A bad config is its own error channel (STYLE.md 8): not a finding in the user's text, not API misuse.
 * The message alone must let a user fix the file: it names the file, the key and what is wrong.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The config file as given (absolute when found on disk), or a label such as `config` for objects. */
  readonly file: string;
  /** JSON path of the offending key (`rules.counterfactual`, `people[2]`); empty when the whole file is wrong. */
  readonly key: string;
  /** What is wrong, in plain words, without the file and key. */
  readonly problem: string;
  /** 1-based line (and column) in the file, when known (malformed JSON/YAML). */
  readonly line?: number;
  readonly column?: number;

  constructor(
    file: string,
    key: string,
    problem: string,
    options: { displayFile?: string; line?: number; column?: number; cause?: unknown } = {},
  ) {
    const where =
      options.line === undefined ? '' : `:${options.line}${options.column === undefined ? '' : `:${options.column}`}`;
    super(`${options.displayFile ?? file}${where}: ${key ? `${key}: ` : ''}${problem}`, { cause: options.cause });
    this.file = file;
    this.key = key;
    this.problem = problem;
    if (options.line !== undefined) this.line = options.line;
    if (options.column !== undefined) this.column = options.column;
  }
}

/** Turns an ajv instance path (`/rules/timeline-timezone/1/zone`) into a readable key (`rules.timeline-timezone[1].zone`). */
export function keyFromPointer(pointer: string, prefix = ''): string {
  let key = prefix;
  if (pointer === '') return key;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) key += `[${part}]`;
    else key += key ? `.${part}` : part;
  }
  return key;
}
