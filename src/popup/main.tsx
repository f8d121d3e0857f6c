import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {localise, t} from '../shared/i18n.ts';
import {database} from '../store/db.ts';
import {preloadSettings} from '../ui/use-settings.ts';
import {inTab, Popup, preloadView} from './popup.tsx';
import {parseRoute, viewLabel} from './route.ts';
import '../ui/base.css';
import './popup.css';

// Before the first render: the page's language and direction, its title (the popup keeps it in step with the view),
// and the wide layout, which must never flash at popup width.
localise(document.documentElement);
const {view} = parseRoute(window.location.hash);
document.title = t('popup_documentTitle', viewLabel(view));
if (inTab()) document.documentElement.classList.add('in-tab');
// Every view reads the store: its connection opens while the view's code and React start, not after the first render.
void database().open().catch(() => undefined); // a failure is the first query's to report
// The settings are read meanwhile too: every view needs them, and read after the first render they cost a render more.
const settings = preloadSettings().catch(() => undefined); // read again, and any failure reported, by useSettings
// Opened onto People: its store query needs only the settings and its own code (fetched on demand, as the view's is,
// to keep Now's first load small); it starts while the rest of the view's code arrives, and before the view renders.
const prefetch = view === 'people'
  ? Promise.all([import('./use-people.ts'), settings]).then(([{prefetchPeople}, read]) => read && prefetchPeople(read)).catch(() => undefined)
  : undefined;
// Opened onto another view than Now: its code and the settings first (a few milliseconds, read side by side), so the
// view renders at once instead of behind a Suspense fallback (lazy-view.tsx). If the fetch fails, the view says so.
const before = view === 'now' ? Promise.resolve() : Promise.all([preloadView(view).catch(() => undefined), settings, prefetch]);
void before.then(() => createRoot(document.getElementById('root')!).render(<StrictMode><Popup /></StrictMode>));
