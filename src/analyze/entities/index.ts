// Door of within-article entity analysis: names found, roles kept, mentions resolved to local entities.

export { analyzeEntities, dedupeRoles, type EntityAnalysis, type EntityInput } from './analyze.js';
export {
  DEMONYMS,
  initials,
  isDemonym,
  isFemaleFirstName,
  isGeneration,
  isMaleFirstName,
  nameKey,
  PATRONYMIC_ENDING,
  placeKey,
  sameFirstName,
} from './lexicon.js';
