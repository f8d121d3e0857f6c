// @vitest-environment jsdom
import {act, createElement} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {StoredNudge} from '../store/records.ts';

// Acting on a nudge goes through the background; these tests only read and page the list.
vi.mock('webextension-polyfill', () => ({default: {runtime: {sendMessage: vi.fn()}, storage: {sync: {get: async () => ({})}, onChanged: {addListener() {}, removeListener() {}}}}}));
const {database} = await import('../store/db.ts');
const {NowList} = await import('./now-list.tsx');

Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});

const NOW = Date.now();
const HOUR = 3_600_000;
/** 45 due nudges, deadlines an hour apart and given in shuffled order: the list sorts them, most urgent first. */
const backlog: StoredNudge[] = Array.from({length: 45}, (_, index) => ({
  id: `n${index}`, kind: 'commitment-due', subjectId: `c${index}`, title: {own: `Promise ${index}`}, detail: {own: ''}, createdAt: NOW - 10 * HOUR,
  surfaceAt: NOW - 10 * HOUR, dueAt: NOW - 50 * HOUR + index * HOUR, status: 'active',
}));

let root: Root;
let host: HTMLElement;
beforeEach(async () => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  await database().nudges.clear();
  await database().nudges.bulkAdd([...backlog].reverse());
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** Let the live queries answer (fake-indexeddb resolves on later macrotasks) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let tick = 0; tick < 100 && !done(); tick++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(done()).toBe(true);
}

const titles = () => [...host.querySelectorAll('[data-nudge-id] strong')].map((strong) => strong.textContent);
const list = () => host.querySelector('[data-testid="now-list"]');
const moreButton = () => [...host.querySelectorAll('button')].find((button) => button.textContent?.startsWith('Show '));

describe('NowList with a long backlog', () => {
  it('shows the most urgent page, names the list by its total, and shows more on request', async () => {
    await act(async () => root.render(createElement(NowList, {focusId: null})));
    await until(() => moreButton() !== undefined);
    expect(titles()).toEqual(Array.from({length: 20}, (_, index) => `Promise ${index}`));
    expect(list()!.getAttribute('aria-label')).toBe('45 need you');
    expect(moreButton()!.textContent).toBe('Show 20 more of 25');
    await act(async () => moreButton()!.click());
    await until(() => titles().length === 40);
    expect(titles().slice(20)).toEqual(Array.from({length: 20}, (_, index) => `Promise ${20 + index}`));
    expect(moreButton()!.textContent).toBe('Show 5 more of 5');
    await act(async () => moreButton()!.click());
    await until(() => titles().length === 45);
    expect(moreButton()).toBeUndefined();
  });

  it('opens a notification’s nudge however deep it lies, focused', async () => {
    await act(async () => root.render(createElement(NowList, {focusId: 'n31'})));
    await until(() => titles().length > 0);
    expect(titles()).toHaveLength(32);
    expect(titles().at(-1)).toBe('Promise 31');
    await until(() => document.activeElement?.getAttribute('data-nudge-id') === 'n31');
  });
});
