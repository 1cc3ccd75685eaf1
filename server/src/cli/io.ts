/** What a CLI command may touch of its process, passed in so tests can run commands in-process. */
export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY: boolean;
  stdout(line: string): void;
  stderr(line: string): void;
}
