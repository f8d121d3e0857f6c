// Draft fixture files: an optional first line `#! {json}` holds the DraftInput fields other than text.
import type {DraftInput} from '../../src/nlp/index.ts';

export function parseDraftFile(content: string): DraftInput {
  if (!content.startsWith('#! ')) return {text: content};
  const nl = content.indexOf('\n');
  const header = JSON.parse(content.slice(3, nl === -1 ? undefined : nl)) as Partial<DraftInput>;
  return {...header, text: nl === -1 ? '' : content.slice(nl + 1)};
}
