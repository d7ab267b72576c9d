// Finds where malformed JSON goes wrong, because V8's messages give a position only for some errors.

export interface TextPosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** The offset of the first character at which `text` stops being valid JSON, or -1 if it is valid. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // The containers still open, innermost last.
  const stack: ('array' | 'object')[] = [];
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const scanString = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 1;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          i += 1;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const scanNumber = (): boolean => {
    const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') return false;
    i += m[0].length;
    return true;
  };
  // A state machine over an explicit stack: recursion would let hostile nesting overflow the call stack.
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipWs();
    if (state === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipWs();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          state = 'after';
        } else {
          stack.push(c === '{' ? 'object' : 'array');
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      let ok = false;
      if (c === '"') ok = scanString();
      else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) ok = scanNumber();
      else {
        for (const word of ['true', 'false', 'null']) {
          if (text.startsWith(word, i)) {
            i += word.length;
            ok = true;
            break;
          }
        }
      }
      if (!ok) return Math.min(i, n);
      state = 'after';
    } else if (state === 'key') {
      if (text[i] !== '"' || !scanString()) return Math.min(i, n);
      skipWs();
      if (text[i] !== ':') return Math.min(i, n);
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const c = text[i];
      if (c === ',') {
        i++;
        state = top === 'object' ? 'key' : 'value';
      } else if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) {
        i++;
        stack.pop();
      } else {
        return Math.min(i, n);
      }
    }
  }
  return i === n ? -1 : i;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let j = text.indexOf('\n'); j !== -1 && j < offset; j = text.indexOf('\n', j + 1)) {
    line++;
    lineStart = j + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** A one-line account of why JSON.parse failed on `text`, with line and column. */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // V8 quotes the input in some messages; keep the reason short and free of hostile text.
  const reason = raw.replace(/, ".*" is not valid JSON$/s, '').slice(0, 120);
  const bare = reason.replace(/ in JSON at position \d+.*$/s, '');
  let offset = jsonErrorOffset(text);
  if (offset === -1) {
    const m = /at position (\d+)/.exec(raw);
    offset = m ? Number(m[1]) : -1;
  }
  if (offset === -1) return `malformed JSON: ${reason}`;
  const at = positionAt(text, offset);
  return `malformed JSON at line ${at.line}, column ${at.column}: ${bare}`;
}
