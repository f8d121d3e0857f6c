// An mbox file holds many messages, each opened by a "From " separator line; a body line that began with "From "
// was written as ">From " (mboxrd), so the split is unambiguous and the quoting is undone after it.

/** The messages of an mbox, each without its separator line. */
export function splitMbox(text: string): string[] {
  return text.split(/^From [^\n]*\n/m).filter((m) => m.trim()).map((m) => m.replace(/^>(>*From )/gm, '$1'));
}
