// @vitest-environment jsdom
import {act, createElement, useState} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {speak} from '../../tests/unit/speak.ts';
import {pluralKey} from '../shared/i18n.ts';
import {sentence} from '../ui/sentence.tsx';
import {ViewTabs} from './tabs.tsx';
import {TrendChart} from './trend-chart.tsx';
import type {View} from './route.ts';

Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  speak('en');
});


function Harness() {
  const [view, setView] = useState<View>('now');
  return createElement(ViewTabs, {current: view, onSelect: setView});
}

const tabs = () => [...host.querySelectorAll<HTMLElement>('[role="tab"]')];
const selected = () => tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;
const press = (key: string) => act(() => {
  (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
});

describe('ViewTabs', () => {
  it('is one tab stop, and arrows, Home and End move the selection and the focus together, wrapping around', () => {
    act(() => root.render(createElement(Harness)));
    expect(host.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Rapport views');
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);
    tabs()[0]!.focus();
    press('ArrowRight');
    expect(selected()).toBe('This week');
    expect(document.activeElement?.textContent).toBe('This week');
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1]);
    press('End');
    expect(selected()).toBe('People');
    press('ArrowRight');
    expect(selected()).toBe('Now');
    press('ArrowLeft');
    expect(selected()).toBe('People');
    press('Home');
    expect(selected()).toBe('Now');
    expect(tabs()[0]!.getAttribute('aria-controls')).toBe('panel-now');
    expect(tabs()[1]!.hasAttribute('aria-controls')).toBe(false);
  });

  it('follows the arrows as the user sees the tabs in a right-to-left interface, and names them in the interface language', () => {
    speak('es', {rtl: true});
    act(() => root.render(createElement(Harness)));
    expect(tabs().map((tab) => tab.textContent)).toEqual(['Ahora', 'Esta semana', 'Compromisos', 'Personas']);
    tabs()[0]!.focus();
    press('ArrowLeft');
    expect(selected()).toBe('Esta semana');
    press('ArrowRight');
    expect(selected()).toBe('Ahora');
  });
});

describe('sentence', () => {
  it('puts elements where the language puts them, in the plural the count asks for', () => {
    act(() => root.render(createElement('p', null, sentence(pluralKey('popup_writingSummary', 1), createElement('strong', null, '1'), createElement('strong', null, '5')))));
    expect(host.innerHTML).toBe('<p><strong>1</strong> draft coached, <strong>5</strong> tone hints.</p>');
    speak('es');
    act(() => root.render(createElement('p', null, sentence(pluralKey('popup_writingSummary', 4), createElement('strong', null, '4'), createElement('strong', null, '5')))));
    expect(host.innerHTML).toBe('<p>Borradores revisados: <strong>4</strong>; avisos de tono: <strong>5</strong>.</p>');
  });
});

describe('TrendChart', () => {
  it('names itself and carries every week’s figure in text', () => {
    const weeks = [{weekStart: '2026-11-16', hints: 6, drafts: 2}, {weekStart: '2026-11-23', hints: 3, drafts: 1}];
    act(() => root.render(createElement(TrendChart, {weeks})));
    const svg = host.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const label = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(label).toBe('Tone hints per week, last 2 weeks week of Mon, Nov 16: 6; week of Mon, Nov 23: 3.');
    expect(host.querySelector('figcaption')?.textContent).toBe('3 tone hints this week, fewer than the 6 the week before.');
    expect(host.querySelectorAll('.bar.current')).toHaveLength(1);
    expect([...host.querySelectorAll('.axis')].map((text) => text.textContent)).toEqual(['Nov 16', 'Nov 23']);
  });

  it('speaks the interface language', () => {
    speak('es');
    const weeks = [{weekStart: '2026-11-16', hints: 6, drafts: 2}, {weekStart: '2026-11-23', hints: 3, drafts: 1}];
    act(() => root.render(createElement(TrendChart, {weeks})));
    expect(host.querySelector('title')?.textContent).toBe('Avisos de tono por semana, últimas 2 semanas');
    expect(host.querySelector('desc')?.textContent).toBe('semana del lun, 16 nov: 6; semana del lun, 23 nov: 3.');
    expect([...host.querySelectorAll('.axis')].map((text) => text.textContent)).toEqual(['16 nov', '23 nov']);
  });
});
