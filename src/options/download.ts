/** Save `content` (one text, or its parts) as a file the user keeps: a blob URL made in this page, so nothing is
 * requested from anywhere. Parts go into the Blob as they are, never joined into one string. */
export function download(name: string, content: string | readonly string[], type: string): void {
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : [...content], {type}));
  const link = Object.assign(document.createElement('a'), {href: url, download: name});
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
