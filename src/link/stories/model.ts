// The join decision: a logistic model over document-to-story similarity features, with shipped weights.

/** Features of one (document or story, story) pair; the order of FEATURE_NAMES is the weight order. */
export const FEATURE_NAMES = [
  'cosWords',
  'cosNames',
  'cosNumbers',
  'wordsXNames',
  'yearMatch',
  'yearConflict',
  'logGapDays',
  'logSize',
  'nameCoverage',
  'storyNameCoverage',
  'protagonistInStory',
  'storyProtagonistInDoc',
  'maxMemberWords',
  'maxMemberNames',
  'numbersConflict',
  'leadNamesConflict',
] as const;

export type FeatureVector = number[];

export interface StoryModel {
  bias: number;
  /** One weight per entry of FEATURE_NAMES. */
  weights: number[];
  /** Probability at or above which a document joins its best candidate. */
  threshold: number;
}

/**
 * Trained by bench/stories/train.ts on ECB+ (odd topics, all of them) with logistic regression, the documents fed
 * as the pipeline feeds them (entity-stage names in StoryDoc.entities); the time-gap weight is set by hand because
 * ECB+ has no dates (a week apart costs about as much as a tenth of cosine).
 */
export const DEFAULT_MODEL: StoryModel = {
  bias: -4.21,
  weights: [
    0.313, 6.186, 4.311, 1.451, 0.586, -1.46, -0.35, -0.595, 0.78, 1.134, -0.216, 0.411, 0.361, 1.939, -0.22, -2.066,
  ],
  threshold: 0.3,
};

export function probability(model: StoryModel, f: FeatureVector): number {
  let z = model.bias;
  for (let i = 0; i < f.length; i++) z += model.weights[i] * f[i];
  return 1 / (1 + Math.exp(-z));
}
