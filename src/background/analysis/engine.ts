// The analysis engine, for the background. Imported statically: service workers may not use import() (the HTML
// spec disallows it there), so the engine loads with the worker. That costs each worker start the evaluation of
// compromise; the analysis port keeps the worker alive while a compose is open, so writers rarely pay it.
import * as nlp from '../../nlp/index.ts';

export function loadNlp(): Promise<typeof nlp> {
  return Promise.resolve(nlp);
}
