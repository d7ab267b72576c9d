import { describe, expect, it } from 'vitest';
import * as server from './index.js';

describe('src/server public surface', () => {
  it('exports what the CLI and the lead wire, and nothing else', () => {
    expect(Object.keys(server).sort()).toEqual(
      [
        'CSP',
        'DEFAULT_HOST',
        'DEFAULT_PORT',
        'SafeHtml',
        'buildOpenApi',
        'createApp',
        'escapeHtml',
        'html',
        'startServer',
      ].sort(),
    );
    expect(server.DEFAULT_HOST).toBe('127.0.0.1');
    expect(server.DEFAULT_PORT).toBe(7340);
  });
});
