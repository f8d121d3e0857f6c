// Calendar's data-eventid is base64 of "<event id>[_<instance>] <calendar address>". Redacting the base64 letters
// would keep the attribute valid base64 of nonsense; instead the text inside is redacted like any id and encoded
// again, in the same alphabet (standard or URL-safe) and with the same padding, so code that decodes it still
// finds an id, an instance date shape and an address shape.

const STRICT_TEXT = new TextDecoder('utf-8', {fatal: true});
/** Printable text: what an encoded id holds. Anything else (binary, control characters) is not decoded. */
const PRINTABLE = /^[^\p{Cc}\p{Cs}]+$/u;

type Encoding = {urlSafe: boolean; padded: boolean};

function decode(value: string): {text: string; encoding: Encoding} | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) || (/[+/]/.test(value) && /[_-]/.test(value))) return null;
  const encoding = {urlSafe: /[_-]/.test(value), padded: value.endsWith('=')};
  const bare = value.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (bare.length % 4 === 1) return null;
  try {
    const binary = atob(bare + '='.repeat((4 - (bare.length % 4)) % 4));
    const text = STRICT_TEXT.decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
    return PRINTABLE.test(text) ? {text, encoding} : null;
  } catch {
    return null;
  }
}

function encode(text: string, {urlSafe, padded}: Encoding): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  let encoded = btoa(binary);
  if (!padded) encoded = encoded.replace(/=+$/, '');
  return urlSafe ? encoded.replace(/\+/g, '-').replace(/\//g, '_') : encoded;
}

/**
 * A base64 id with the text it encodes redacted by `redactInside`; a value that does not decode to text is
 * redacted by `redactAsIs` instead (letters to letters and digits to digits keeps it valid base64).
 */
export function redactBase64Id(value: string, redactInside: (text: string) => string, redactAsIs: (value: string) => string): string {
  const decoded = decode(value);
  return decoded ? encode(redactInside(decoded.text), decoded.encoding) : redactAsIs(value);
}

/** The text inside a base64 id, or null: for the pre-pass that collects every word of the page. */
export function textInsideBase64(value: string): string | null {
  return decode(value)?.text ?? null;
}
