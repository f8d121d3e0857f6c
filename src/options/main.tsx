import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {localise, t} from '../shared/i18n.ts';
import {Options} from './options.tsx';
import '../ui/base.css';
import './options.css';

localise(document.documentElement);
document.title = t('options_pageTitle');
createRoot(document.getElementById('root')!).render(<StrictMode><Options /></StrictMode>);
