// Dexie in unit tests gets an in-memory IndexedDB. The real one is exercised by the e2e suite in Chromium.
import 'fake-indexeddb/auto';
