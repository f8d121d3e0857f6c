import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {inTab, Popup} from './popup.tsx';
import '../ui/base.css';
import './popup.css';

// Before the first render, so the wide layout never flashes at popup width.
if (inTab()) document.documentElement.classList.add('in-tab');
createRoot(document.getElementById('root')!).render(<StrictMode><Popup /></StrictMode>);
