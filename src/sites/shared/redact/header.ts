// The comment at the top of a capture: when, from which view and by which version, and what was done to it. It
// says nothing about the page's content (no address, no title): the view is one of the content scripts' own names.

export type CaptureStamp = {capturedAt: Date; version: string};

const SITE_NAMES = {gmail: 'Gmail', calendar: 'Google Calendar'} as const;
/** View names are ours ("compose-popup", "week"); anything else is written as "unknown" rather than trusted. */
const VIEW_NAME = /^[a-z][a-z0-9-]{0,40}$/;
const VERSION = /^[0-9][0-9.]{0,20}$/;

export function captureHeader({site, view}: {site: keyof typeof SITE_NAMES; view: string}, {capturedAt, version}: CaptureStamp): string {
  return [
    `<!-- Rapport capture: ${SITE_NAMES[site]}, view "${VIEW_NAME.test(view) ? view : 'unknown'}", captured ${capturedAt.toISOString()}`,
    `     by Rapport ${VERSION.test(version) ? version : 'unknown'}. Every text, name, address, subject and id is a same-shaped placeholder`,
    '     (letters for letters, digits for digits, punctuation kept; the same word gets the same placeholder throughout).',
    '     Elements, attributes, classes and the site\'s hooks are as the page had them. Scripts, styles, comments and',
    '     Rapport\'s own UI are left out; ancestors of the captured part keep their attributes and no other children. -->',
  ].join('\n');
}
