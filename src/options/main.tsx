import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {Options} from './options.tsx';
import '../ui/base.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<StrictMode><Options /></StrictMode>);
