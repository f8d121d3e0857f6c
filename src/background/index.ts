// The service worker. Wiring only: every behaviour lives in a handler or module of its own.
import {listenForMessages} from './router.ts';

listenForMessages();
