// What the CLI prints besides results: exit codes, errors, a progress bar on terminals, nothing extra when piped.

import cliProgress from 'cli-progress';
import { storeFailure } from '../store/failures.js';
import { MAX_LISTING } from '../store/types.js';

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The command could not run: unreadable database, failed server, internal error. */
  failure: 1,
  /** Wrong usage: unknown command or option, missing argument, bad option value. */
  usage: 2,
  /** The command ran, but some inputs were skipped (each one reported on stderr). */
  partial: 3,
  /** Something asked for does not exist (an article or story id). */
  notFound: 4,
} as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

/** The message for an error no command expected: a known store failure says what to do, anything else is internal. */
export const failureMessage = (error: unknown): string =>
  storeFailure(error) ?? `internal error: ${(error as Error).message}`;

export const warn = (message: string): void => {
  process.stderr.write(`wiretrace: ${message}\n`);
};

/** Writes chunks to stdout, honouring back-pressure so that exports of any size stream. */
export async function writeAll(chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  for await (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

/** A progress counter on stderr when it is a terminal; a no-op otherwise. */
export function progress(label: string): { update(n: number, extra?: string): void; stop(): void } {
  if (!process.stderr.isTTY || process.env.CI) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {value} {extra}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { extra: '' });
  return {
    update: (n, extra = '') => bar.update(n, { extra }),
    stop: () => bar.stop(),
  };
}

/** An option that takes one of a few words; undefined when not given, a usage error when it is none of them. */
export function choiceOption<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value))
    throw new CliError(`${name} must be one of ${choices.join(', ')}, got "${value}"`, EXIT.usage);
  return value as T;
}

/** Parses a non-negative integer option or fails with a usage error naming it. */
export function intOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new CliError(`option ${name} must be a non-negative integer, got "${value}"`, EXIT.usage);
  return n;
}

/**
 * `--limit` of a listing, 1 to MAX_LISTING. Asking for more used to return MAX_LISTING rows without a word (`quotes
 * --json --limit 3000` gave 1000 items of 1824), and 0 gave one row; both are now usage errors that say what to do.
 */
export function limitOption(value: string | undefined, fallback: number): number {
  const n = intOption('--limit', value, fallback);
  if (n < 1 || n > MAX_LISTING)
    throw new CliError(
      `option --limit must be 1 to ${MAX_LISTING}, got "${value}" (export writes every row)`,
      EXIT.usage,
    );
  return n;
}

/**
 * The closing line of a listing: how many of how many, and when that is not all of them, which ones and where the
 * next start. Listings stop at MAX_LISTING rows a call, so `--offset` is the way to the rest.
 */
export function shownOf(shown: number, offset: number, total: number, noun: string): string {
  const line = `${shown} of ${total} ${noun}`;
  if (offset === 0 && shown >= total) return line;
  if (shown === 0) return `${line} (--offset ${offset} is past the last)`;
  const next = offset + shown < total ? `; next: --offset ${offset + shown}` : '';
  return `${line} (${offset + 1}–${offset + shown}${next})`;
}
