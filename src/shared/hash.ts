/**
 * A stable 64-bit string hash (two 32-bit FNV-1a passes with different offset bases), as 14 base-36 characters.
 * For deriving record ids from content, so the same commitment arriving twice gets the same id. Not cryptographic;
 * collisions are vanishingly unlikely at the scale of one person's mail.
 */
export function stableHash(text: string): string {
  let low = 0x811c9dc5;
  let high = 0x01000193 ^ 0x9e3779b9;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code ^ (low >>> 24), 0x01000193) >>> 0;
  }
  return high.toString(36).padStart(7, '0') + low.toString(36).padStart(7, '0');
}
