// Imported first by the entry: ES modules evaluate their imports in order before the entry's body, so this mark
// precedes everything else the content script loads.
import {markStart} from '../shared/startup.ts';

markStart('calendar');
