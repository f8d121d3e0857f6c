// L2-regularised logistic regression by full-batch gradient descent: tiny (a few dozen binary features),
// deterministic (zero start, fixed steps), so `npm run fit:politeness` reproduces the shipped weights exactly.
export type Example = {x: Uint8Array; y: 0 | 1};
export type Fitted = {bias: number; weights: number[]};

export function fitLogistic(data: Example[], dims: number, {steps = 3000, rate = 0.5, l2 = 0.002} = {}): Fitted {
  const w = new Float64Array(dims);
  let b = 0;
  const n = data.length || 1;
  for (let step = 0; step < steps; step++) {
    const g = new Float64Array(dims);
    let gb = 0;
    for (const {x, y} of data) {
      let z = b;
      for (let i = 0; i < dims; i++) if (x[i]) z += w[i] as number;
      const err = 1 / (1 + Math.exp(-z)) - y;
      gb += err;
      for (let i = 0; i < dims; i++) if (x[i]) g[i] = (g[i] as number) + err;
    }
    b -= (rate * gb) / n;
    for (let i = 0; i < dims; i++) w[i] = (w[i] as number) - rate * ((g[i] as number) / n + l2 * (w[i] as number));
  }
  return {bias: b, weights: [...w]};
}
