import browser from 'webextension-polyfill';
import type {Handler} from './handler.ts';

const startedAt = Date.now();

export const runtimePing: Handler<'runtime/ping'> = async () => ({
  version: browser.runtime.getManifest().version,
  startedAt,
});
