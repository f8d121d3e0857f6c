// Text from mail and calendars goes into the Markdown agenda as text: a sentence holding `![x](http://…)`, a link
// or `<img src=…>` must paste as those characters, not as an image, a link or HTML that loads something.
// Backslash escapes are CommonMark's own way to say "this character is text"; only the characters that can start
// markup mid-line are escaped (the agenda puts every piece of mail text after a list or heading mark), so ordinary
// text stays readable: `!` and `(` mean nothing once `[` is escaped.
const MARKUP = /[\\`*_[\]<>|~&]/g;

export function markdownText(text: string): string {
  return text.replace(MARKUP, (character) => `\\${character}`);
}
