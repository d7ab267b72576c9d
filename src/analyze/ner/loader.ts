// Loads the committed tagger weights once per path: the only I/O of the recognizer.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { deserializeModel, type NerModel } from './model.js';

const cache = new Map<string, NerModel>();

/** The package root: the nearest folder above this file that holds package.json (works from src/ and dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const DEFAULT_MODEL_FILE = 'ner.bin.gz';

/** Reads a model file (or folder holding ner.bin.gz); default: models/ner/ in the package. Cached per path. */
export function loadNerModel(path?: string): NerModel {
  let file = path ? resolve(path) : join(packageRoot(), 'models', 'ner', DEFAULT_MODEL_FILE);
  if (!file.endsWith('.gz') && !file.endsWith('.bin')) file = join(file, DEFAULT_MODEL_FILE);
  const hit = cache.get(file);
  if (hit) return hit;
  const raw = readFileSync(file);
  const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  const model = deserializeModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!model) throw new Error(`not a wiretrace NER model: ${file}`);
  cache.set(file, model);
  return model;
}
