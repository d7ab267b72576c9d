// Loads the committed tagger weights once per path: the only I/O of the recognizer.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { modelPath } from '../package-root.js';
import { deserializeModel, type NerModel } from './model.js';

const cache = new Map<string, NerModel>();

export const DEFAULT_MODEL_FILE = 'ner.bin.gz';

/** Reads a model file (or folder holding ner.bin.gz); default: models/ner/ in the package. Cached per path. */
export function loadNerModel(path?: string): NerModel {
  let file = path ? resolve(path) : modelPath('ner', DEFAULT_MODEL_FILE);
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
