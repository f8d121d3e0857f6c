import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {localise, t} from '../shared/i18n.ts';
import {inTab, Popup, preloadView} from './popup.tsx';
import {parseRoute, viewLabel} from './route.ts';
import '../ui/base.css';
import './popup.css';

// Before the first render: the page's language and direction, its title (the popup keeps it in step with the view),
// and the wide layout, which must never flash at popup width.
localise(document.documentElement);
const {view} = parseRoute(window.location.hash);
preloadView(view);
document.title = t('popup_documentTitle', viewLabel(view));
if (inTab()) document.documentElement.classList.add('in-tab');
createRoot(document.getElementById('root')!).render(<StrictMode><Popup /></StrictMode>);
