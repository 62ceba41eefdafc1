/** The process as the CLI sees it: injectable, so the CLI is a function of argv and these streams. */
export interface CliIo {
  stdout: { isTTY?: boolean; write(text: string): unknown };
  stderr: { isTTY?: boolean; write(text: string): unknown };
  stdin: AsyncIterable<Buffer | string>;
  cwd: string;
  env: Record<string, string | undefined>;
}
