// Polite HTTP for feeds and article pages: a clear user agent, robots.txt, per-host concurrency and delay, timeouts, caps.

import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { guardedLookup, isPrivateAddress, PrivateAddressError } from './address.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.js';

export const USER_AGENT =
  'wiretrace/0.1 (news-intelligence feed reader; +https://github.com/wiretrace/wiretrace)';
/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'wiretrace';

export interface FetcherOptions {
  allowPrivate?: boolean;
  userAgent?: string;
  /** Requests at once to one host. Default 1. */
  perHostConcurrency?: number;
  /** Pause between two requests to one host, in ms; a larger robots.txt Crawl-delay wins. Default 1000. */
  perHostDelayMs?: number;
  /** Whole-request limit, in ms. Default 15000. */
  timeoutMs?: number;
  /** Largest response body kept, in bytes (after decompression). Default 5 MiB. */
  maxBytes?: number;
  maxRedirects?: number;
  /** How long a host's robots.txt is trusted, in ms. Default one hour. */
  robotsTtlMs?: number;
  now?: () => number;
  /** Told of every request as it leaves (after its politeness wait): for logs and tests. */
  onRequest?: (url: string, at: number) => void;
}

export interface FetchResult {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export class FetchError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'network' | 'private' | 'robots' | 'too-large' | 'redirects' | 'http',
    readonly status?: number,
  ) {
    super(message);
  }
}

interface HostState {
  active: number;
  nextAt: number;
  waiters: (() => void)[];
  robots?: { rules: RobotsRules; until: number };
  /** The robots.txt request in flight, shared by every request to the host that waits for it. */
  robotsLoading?: Promise<RobotsRules>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export class PoliteFetcher {
  private readonly hosts = new Map<string, HostState>();
  private readonly o: Required<Omit<FetcherOptions, 'now' | 'onRequest'>> & {
    now: () => number;
    onRequest?: FetcherOptions['onRequest'];
  };

  constructor(options: FetcherOptions = {}) {
    this.o = {
      allowPrivate: options.allowPrivate ?? false,
      userAgent: options.userAgent ?? USER_AGENT,
      perHostConcurrency: options.perHostConcurrency ?? 1,
      perHostDelayMs: options.perHostDelayMs ?? 1000,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 5,
      robotsTtlMs: options.robotsTtlMs ?? 3_600_000,
      now: options.now ?? Date.now,
      onRequest: options.onRequest,
    };
  }

  private host(origin: string): HostState {
    let state = this.hosts.get(origin);
    if (!state) {
      state = { active: 0, nextAt: 0, waiters: [] };
      this.hosts.set(origin, state);
    }
    return state;
  }

  /** Waits for a slot on the host: at most N at once, and the delay since the last request started. */
  private async slot(origin: string): Promise<() => void> {
    const state = this.host(origin);
    while (state.active >= this.o.perHostConcurrency) await new Promise<void>((r) => state.waiters.push(r));
    state.active++;
    const delay = Math.max(this.o.perHostDelayMs, (state.robots?.rules.crawlDelay ?? 0) * 1000);
    const startAt = Math.max(state.nextAt, this.o.now());
    state.nextAt = startAt + delay;
    // A timer can also wake a few ms early (it runs on the event loop's cached clock): wait until the clock agrees.
    for (let wait = startAt - this.o.now(); wait > 0; wait = startAt - this.o.now()) await sleep(wait);
    // Timers wake late under load: the delay counts from when the request really leaves.
    state.nextAt = Math.max(state.nextAt, this.o.now() + delay);
    return () => {
      state.active--;
      state.waiters.shift()?.();
    };
  }

  /** robots.txt of the host, fetched once per TTL. Missing (4xx) allows all; unreachable (5xx, network) allows none for now. */
  async robots(url: URL): Promise<RobotsRules> {
    const state = this.host(url.origin);
    if (state.robots && state.robots.until > this.o.now()) return state.robots.rules;
    state.robotsLoading ??= this.loadRobots(url, state).finally(() => {
      state.robotsLoading = undefined;
    });
    return state.robotsLoading;
  }

  private async loadRobots(url: URL, state: HostState): Promise<RobotsRules> {
    let rules: RobotsRules;
    try {
      const res = await this.request(new URL('/robots.txt', url.origin), {}, true);
      if (res.status >= 200 && res.status < 300) rules = parseRobots(res.body.toString('utf8'), ROBOTS_TOKEN);
      else if (res.status >= 400 && res.status < 500) rules = ALLOW_ALL;
      else rules = DISALLOW_ALL;
    } catch (error) {
      if (error instanceof FetchError && error.kind === 'private') throw error;
      rules = DISALLOW_ALL;
    }
    // A failed robots.txt is retried sooner than a good one is refreshed.
    const ttl = rules === DISALLOW_ALL ? Math.min(this.o.robotsTtlMs, 60_000) : this.o.robotsTtlMs;
    state.robots = { rules, until: this.o.now() + ttl };
    return rules;
  }

  /** GET with robots.txt, politeness and redirects; headers may carry If-None-Match / If-Modified-Since. */
  async get(address: string, headers: Record<string, string> = {}): Promise<FetchResult> {
    let url = new URL(address);
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new FetchError(`unsupported protocol ${url.protocol}`, 'network');
      const rules = await this.robots(url);
      if (!rules.allow(url.pathname + url.search))
        throw new FetchError(`robots.txt of ${url.host} disallows ${url.pathname}`, 'robots');
      const res = await this.request(url, headers, false);
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        if (hop >= this.o.maxRedirects)
          throw new FetchError(`more than ${this.o.maxRedirects} redirects`, 'redirects');
        url = new URL(location, url);
        continue;
      }
      return res;
    }
  }

  private async request(url: URL, headers: Record<string, string>, isRobots: boolean): Promise<FetchResult> {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    // Literal addresses never go through DNS, so the connect-time guard would not see them.
    if (isIP(hostname) && !this.o.allowPrivate && isPrivateAddress(hostname)) {
      throw new FetchError(
        `${hostname} is a private or loopback address (use --allow-private to allow)`,
        'private',
      );
    }
    const release = await this.slot(url.origin);
    this.o.onRequest?.(url.toString(), this.o.now());
    try {
      return await this.once(url, headers, isRobots);
    } finally {
      release();
    }
  }

  private once(url: URL, headers: Record<string, string>, isRobots: boolean): Promise<FetchResult> {
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.request(
        url,
        {
          method: 'GET',
          headers: {
            'user-agent': this.o.userAgent,
            accept: isRobots ? 'text/plain' : '*/*',
            'accept-encoding': 'gzip, deflate, br',
            ...headers,
          },
          lookup: guardedLookup(this.o.allowPrivate) as never,
          timeout: this.o.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.o.maxBytes) {
              req.destroy(new FetchError(`response larger than ${this.o.maxBytes} bytes`, 'too-large'));
              return;
            }
            chunks.push(chunk);
          });
          res.on('end', () => {
            clearTimeout(deadline);
            try {
              const raw = Buffer.concat(chunks);
              const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
              const limit = { maxOutputLength: this.o.maxBytes };
              const body =
                encoding === 'gzip'
                  ? gunzipSync(raw, limit)
                  : encoding === 'deflate'
                    ? inflateSync(raw, limit)
                    : encoding === 'br'
                      ? brotliDecompressSync(raw, limit)
                      : raw;
              const flat: Record<string, string> = {};
              for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = String(v);
              resolve({ url: url.toString(), status: res.statusCode ?? 0, headers: flat, body });
            } catch (error) {
              reject(new FetchError(`cannot decompress: ${(error as Error).message}`, 'too-large'));
            }
          });
          res.on('error', (error) => reject(toFetchError(error)));
        },
      );
      // The socket timeout only notices silence; a slow drip is cut by this whole-request deadline.
      const deadline = setTimeout(
        () => req.destroy(new FetchError(`no complete answer within ${this.o.timeoutMs} ms`, 'timeout')),
        this.o.timeoutMs,
      );
      req.on('timeout', () =>
        req.destroy(new FetchError(`no answer within ${this.o.timeoutMs} ms`, 'timeout')),
      );
      req.on('error', (error) => {
        clearTimeout(deadline);
        reject(toFetchError(error));
      });
      req.end();
    });
  }
}

function toFetchError(error: Error): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof PrivateAddressError) return new FetchError(error.message, 'private');
  return new FetchError(error.message, 'network');
}
