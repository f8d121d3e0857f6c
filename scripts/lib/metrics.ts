export type Counts = {tp: number; fp: number; fn: number; tn: number};

export function count(pairs: Array<{gold: boolean; pred: boolean}>): Counts {
  const c: Counts = {tp: 0, fp: 0, fn: 0, tn: 0};
  for (const {gold, pred} of pairs) {
    if (gold && pred) c.tp++;
    else if (!gold && pred) c.fp++;
    else if (gold && !pred) c.fn++;
    else c.tn++;
  }
  return c;
}

export function prf(c: Counts): {precision: number; recall: number; f1: number; accuracy: number} {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return {precision, recall, f1, accuracy: (c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn || 1)};
}

export const fmt = (x: number) => x.toFixed(3);
