import { type ClassifierOptions, predict, type TrainingExample, trainClassifier } from "./classifier.ts";
import { seededRandom, seededShuffle } from "./random.ts";

export interface CrossValidationOptions {
  /** Number of folds (2 or more). */
  k: number;
  /** Seed of the shuffle before folding: the same seed gives the same folds. */
  seed: number;
  classifier?: Partial<ClassifierOptions>;
}

export interface CrossValidationResult {
  k: number;
  /** Examples evaluated (each is held out exactly once). */
  n: number;
  /** Share of held-out examples whose top prediction is right. */
  accuracy: number;
  /** Share whose right label is among the top 3. */
  top3Accuracy: number;
  /** Accuracy of always answering the training folds' most frequent label. */
  majorityBaseline: number;
  /** Mean top probability: close to `accuracy` when the confidence means what it says. */
  meanConfidence: number;
  /** Mean −ln p(right label); lower is better. */
  logLoss: number;
}

/**
 * k-fold cross-validation. Each fold is predicted by a model trained on the other k − 1, and so is the
 * baseline: its "majority" is the training folds' majority, as a real deployment would know it.
 */
export function crossValidate(
  examples: readonly TrainingExample[],
  options: CrossValidationOptions,
): CrossValidationResult {
  const { k, seed } = options;
  if (!Number.isInteger(k) || k < 2) throw new Error("k must be an integer of at least 2");
  if (examples.length < k) throw new Error(`need at least k = ${k} examples, got ${examples.length}`);
  const shuffled = seededShuffle(examples, seededRandom(seed));
  let correct = 0;
  let top3 = 0;
  let majorityCorrect = 0;
  let confidence = 0;
  let logLoss = 0;
  for (let fold = 0; fold < k; fold++) {
    const test = shuffled.filter((_, i) => i % k === fold);
    const train = shuffled.filter((_, i) => i % k !== fold);
    const model = trainClassifier(train, options.classifier);
    const majority = majorityLabel(train);
    for (const example of test) {
      const ranked = predict(model, example.text);
      if (ranked[0]?.label === example.label) correct++;
      if (ranked.slice(0, 3).some((p) => p.label === example.label)) top3++;
      if (majority === example.label) majorityCorrect++;
      confidence += ranked[0]?.probability ?? 0;
      const p = ranked.find((r) => r.label === example.label)?.probability ?? 0;
      // A label unseen in training gets no probability; cap the loss so one such example cannot dominate.
      logLoss += -Math.log(Math.max(p, 1e-12));
    }
  }
  const n = shuffled.length;
  return {
    k,
    n,
    accuracy: correct / n,
    top3Accuracy: top3 / n,
    majorityBaseline: majorityCorrect / n,
    meanConfidence: confidence / n,
    logLoss: logLoss / n,
  };
}

/** The most frequent label (ties: the first in label order). */
export function majorityLabel(examples: readonly TrainingExample[]): string | null {
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [label, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}
