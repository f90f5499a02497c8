import { z } from "zod";
import { PERSONAL_DATA_TOKENS } from "../privacy/index.ts";
import type { Result } from "../result.ts";
import { validate } from "../validate.ts";
import type { VocType } from "./voc-item.ts";

/**
 * Multinomial naive Bayes over character n-grams, learned from the hospital's own tagged VOC.
 *
 * Character 2–3-grams suit Korean: a syllable block already carries most of a morpheme, so "주차",
 * "차장", "대기", "기시간" match across particles and endings ("주차장이", "주차장에서") without a
 * tokenizer or a dictionary. Nothing about the hospital is typed into the code: all it knows comes
 * from the examples.
 *
 * Additive (Laplace) smoothing is over a fixed nominal n-gram space, not over the grams seen so far,
 * and unseen grams are scored, not skipped. Then learning an example only raises the likelihood of that
 * text under its label and leaves the other labels untouched, so a staff correction can never make the
 * corrected label less likely for the same text.
 */
export interface ClassifierOptions {
  /** Shortest and longest n-gram, in characters. */
  minN: number;
  maxN: number;
  /** Additive (Lidstone) smoothing; 1 is Laplace. */
  alpha: number;
  /** Count a gram once per text (better for short texts, where repetition is noise). */
  binary: boolean;
  /**
   * Size of the n-gram space smoothed over; fixed for the model's life (see above). Learning never
   * lowers the label's probability for texts with at most this many distinct n-grams: a 5000-character
   * VOC has at most 2 × 5000.
   */
  vocabularySize: number;
  /**
   * Divides the summed log-likelihood before normalising. n-grams overlap (every syllable is in
   * several), so naive Bayes counts the same evidence several times and is overconfident; a
   * temperature spreads the posteriors so that the top probability reads like a confidence.
   */
  temperature: number;
}

/**
 * Chosen by 5-fold cross-validation on the masked demo VOC (voc-demo-accuracy test): alpha 1 (Laplace)
 * puts too much mass on unseen grams (touchpoint accuracy 0.46 against 0.78 at 0.01); a temperature of
 * 20 brings the mean top probability near the accuracy (0.82 for 0.78; 0.99 without it) and barely
 * changes the ranking.
 */
export const DEFAULT_CLASSIFIER_OPTIONS: Readonly<ClassifierOptions> = {
  minN: 2,
  maxN: 3,
  alpha: 0.01,
  binary: true,
  vocabularySize: 1 << 14,
  temperature: 20,
};

export const CLASSIFIER_FORMAT = "motmap.voc-classifier/v1";

const Count = z.number().int().min(0);

const LabelStats = z.object({
  /** Examples learned with this label. */
  examples: Count.min(1),
  /** Sum of `counts`. */
  total: Count,
  counts: z.record(z.string(), Count.min(1)),
});
export type LabelStats = z.infer<typeof LabelStats>;

/** Plain JSON: the server persists it as is and parses it back with `parseClassifierModel`. */
export const ClassifierModel = z
  .object({
    format: z.literal(CLASSIFIER_FORMAT),
    options: z.object({
      minN: z.number().int().min(1).max(5),
      maxN: z.number().int().min(1).max(5),
      alpha: z.number().positive(),
      binary: z.boolean(),
      vocabularySize: z.number().int().min(1),
      temperature: z.number().positive(),
    }),
    examples: Count,
    labels: z.record(z.string(), LabelStats),
  })
  .refine((m) => m.options.minN <= m.options.maxN, { message: "minN must not exceed maxN", path: ["options"] })
  .refine((m) => Object.values(m.labels).reduce((s, l) => s + l.examples, 0) === m.examples, {
    message: "examples must equal the sum of the labels' examples",
    path: ["examples"],
  });
export type ClassifierModel = z.infer<typeof ClassifierModel>;

export interface TrainingExample {
  text: string;
  label: string;
}

export interface Prediction {
  label: string;
  /** Normalised posterior; the list sums to 1. */
  probability: number;
}

export function parseClassifierModel(json: unknown): Result<ClassifierModel> {
  return validate(ClassifierModel, json);
}

export function emptyClassifier(options: Partial<ClassifierOptions> = {}): ClassifierModel {
  return { format: CLASSIFIER_FORMAT, options: { ...DEFAULT_CLASSIFIER_OPTIONS, ...options }, examples: 0, labels: {} };
}

const MASK_TOKENS = Object.values(PERSONAL_DATA_TOKENS);

/**
 * Lower case, compatibility forms folded (full-width digits, half-width katakana), masking tokens
 * dropped, digits read as 0 ("3시간" and "4시간" are the same complaint), anything that is not a letter
 * or a digit read as one space.
 */
export function normaliseForClassifier(text: string): string {
  let s = text.normalize("NFKC").toLowerCase();
  for (const token of MASK_TOKENS) s = s.split(token).join(" ");
  return s
    .replace(/\p{N}/gu, "0")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The character n-grams of a text with their counts (1 each when `binary`). Word edges are kept as spaces. */
export function extractNgrams(
  text: string,
  options: Pick<ClassifierOptions, "minN" | "maxN" | "binary"> = DEFAULT_CLASSIFIER_OPTIONS,
): Map<string, number> {
  const grams = new Map<string, number>();
  const normal = normaliseForClassifier(text);
  if (normal === "") return grams;
  const chars = Array.from(` ${normal} `);
  for (let n = options.minN; n <= options.maxN; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join("");
      if (gram.trim() === "") continue;
      grams.set(gram, options.binary ? 1 : (grams.get(gram) ?? 0) + 1);
    }
  }
  return grams;
}

/** Trains a model from tagged examples. Order does not matter. */
export function trainClassifier(
  examples: readonly TrainingExample[],
  options: Partial<ClassifierOptions> = {},
): ClassifierModel {
  const model = emptyClassifier(options);
  for (const example of examples) addInPlace(model, example);
  return model;
}

/** Returns a new model that has also learned `example`; the given model is left unchanged. */
export function learn(model: ClassifierModel, example: TrainingExample): ClassifierModel {
  const previous = model.labels[example.label];
  const copy: ClassifierModel = {
    ...model,
    labels: {
      ...model.labels,
      [example.label]: previous
        ? { ...previous, counts: { ...previous.counts } }
        : { examples: 0, total: 0, counts: {} },
    },
  };
  addInPlace(copy, example);
  return copy;
}

function addInPlace(model: ClassifierModel, example: TrainingExample): void {
  let stats = model.labels[example.label];
  if (stats === undefined) {
    stats = { examples: 0, total: 0, counts: {} };
    model.labels[example.label] = stats;
  }
  stats.examples++;
  model.examples++;
  for (const [gram, count] of extractNgrams(example.text, model.options)) {
    stats.counts[gram] = (stats.counts[gram] ?? 0) + count;
    stats.total += count;
  }
}

/** Every label the model knows, most likely first (ties by label), probabilities summing to 1. */
export function predict(model: ClassifierModel, text: string): Prediction[] {
  // Sorted so that the result does not depend on the order examples were learned in, to the last bit.
  const labels = Object.keys(model.labels).sort();
  if (labels.length === 0) return [];
  const { alpha, vocabularySize, temperature } = model.options;
  const grams = extractNgrams(text, model.options);
  const scores = labels.map((label) => {
    const stats = model.labels[label] as LabelStats;
    const denominator = Math.log(stats.total + alpha * vocabularySize);
    let logLikelihood = 0;
    for (const [gram, count] of grams) {
      logLikelihood += count * (Math.log((stats.counts[gram] ?? 0) + alpha) - denominator);
    }
    return Math.log(stats.examples / model.examples) + logLikelihood / temperature;
  });
  const max = Math.max(...scores);
  const weights = scores.map((s) => Math.exp(s - max));
  const sum = weights.reduce((a, b) => a + b, 0);
  return labels
    .map((label, i) => ({ label, probability: (weights[i] as number) / sum }))
    .sort((a, b) => b.probability - a.probability || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

// ───────────────────────────── VOC suggestions ─────────────────────────────

/** Two models over the same texts: which touchpoint, and which kind of VOC. */
export interface VocSuggestionModel {
  touchpoint: ClassifierModel;
  type: ClassifierModel;
}

export interface TaggedVoc {
  text: string;
  /** Untagged items still teach the type model. */
  touchpointId?: string | null;
  type?: VocType | null;
}

export interface VocSuggestion {
  /** The most likely touchpoints, best first. */
  touchpoints: Prediction[];
  /** complaint / compliment / suggestion / inquiry, best first. */
  types: Prediction[];
}

export function trainVocSuggestionModel(
  items: readonly TaggedVoc[],
  options: Partial<ClassifierOptions> = {},
): VocSuggestionModel {
  return {
    touchpoint: trainClassifier(touchpointExamples(items), options),
    type: trainClassifier(typeExamples(items), options),
  };
}

/** Learns one accepted or corrected item (a staff correction is just a new example). */
export function learnVoc(model: VocSuggestionModel, item: TaggedVoc): VocSuggestionModel {
  return {
    touchpoint: item.touchpointId
      ? learn(model.touchpoint, { text: item.text, label: item.touchpointId })
      : model.touchpoint,
    type: item.type ? learn(model.type, { text: item.text, label: item.type }) : model.type,
  };
}

export function suggestVoc(model: VocSuggestionModel, text: string, limit = 3): VocSuggestion {
  return {
    touchpoints: predict(model.touchpoint, text).slice(0, limit),
    types: predict(model.type, text),
  };
}

function touchpointExamples(items: readonly TaggedVoc[]): TrainingExample[] {
  return items.flatMap((i) => (i.touchpointId ? [{ text: i.text, label: i.touchpointId }] : []));
}

function typeExamples(items: readonly TaggedVoc[]): TrainingExample[] {
  return items.flatMap((i) => (i.type ? [{ text: i.text, label: i.type }] : []));
}
