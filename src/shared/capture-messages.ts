// The options page asking a Gmail or Calendar tab for a redacted capture of what it shows (Diagnostics), and the
// answer. Sent with tabs.sendMessage straight to the tab's content script: the capture never passes through the
// background, is never stored, and leaves the machine only if the user shares the file.
import type {SiteName} from './messages.ts';

export type CaptureRequest = {rapport: 1; tab: 'capture'};

export type CaptureReply =
  | {ok: true; site: SiteName; view: string; html: string; capturedAt: number}
  /** 'nothing': the tab shows no compose, conversation or calendar; 'failed': an error, logged for Diagnostics. */
  | {ok: false; site: SiteName; reason: 'nothing' | 'failed'};

export const CAPTURE_REQUEST: CaptureRequest = {rapport: 1, tab: 'capture'};

export function isCaptureRequest(value: unknown): value is CaptureRequest {
  return typeof value === 'object' && value !== null && (value as CaptureRequest).rapport === 1 && (value as CaptureRequest).tab === 'capture';
}

const SITES: ReadonlySet<unknown> = new Set<SiteName>(['gmail', 'calendar']);

export function isCaptureReply(value: unknown): value is CaptureReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  if (!SITES.has(reply.site)) return false;
  if (reply.ok === true) return typeof reply.html === 'string' && typeof reply.view === 'string' && typeof reply.capturedAt === 'number';
  return reply.ok === false && (reply.reason === 'nothing' || reply.reason === 'failed');
}
