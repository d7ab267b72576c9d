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
 * Trained by bench/stories/train.ts on ECB+ (odd topics, all of them) with logistic regression; the time-gap
 * weight is set by hand because ECB+ has no dates (a week apart costs about as much as a tenth of cosine).
 */
export const DEFAULT_MODEL: StoryModel = {
  bias: -5.919,
  weights: [2.268, 7.76, 4.318, 0.764, 0.593, -1.642, -0.35, -0.805, 1.478, 1.329, -0.114, 0.866],
  threshold: 0.2,
};

export function probability(model: StoryModel, f: FeatureVector): number {
  let z = model.bias;
  for (let i = 0; i < f.length; i++) z += model.weights[i] * f[i];
  return 1 / (1 + Math.exp(-z));
}
