// Dexie in unit tests gets an in-memory IndexedDB. The real one is exercised by the e2e suite in Chromium.
import 'fake-indexeddb/auto';
// No browser i18n API here: strings come from the English catalog, with Chrome's substitution rules.
import {speak} from './speak.ts';

speak('en');
