import browser from 'webextension-polyfill';
import {originOf, type Self} from './allowed-senders.ts';

let self: Self | undefined;

/** This extension's id and the origin of its own pages, as the sender checks compare them. */
export const thisExtension = (): Self => (self ??= {id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))!});
