// @vitest-environment jsdom
import {act, createElement} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {computeRadar, defaultRadarSettings, type KeyPerson} from '../radar/index.ts';
import {PersonCard} from './person-card.tsx';

const sent: Array<{name: string; request: unknown}> = [];
vi.mock('../shared/send.ts', () => ({send: async (name: string, request: unknown) => {
  sent.push({name, request});
  return {};
}}));

Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});
const NOW = Date.parse('2026-12-03T15:00:00Z');
let root: Root;
let host: HTMLElement;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('ul'));
  root = createRoot(host);
  sent.length = 0;
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (person: KeyPerson, inWhoIsWho: boolean) => {
  const [entry] = computeRadar({people: [person], contacts: [], items: [], settings: defaultRadarSettings, now: NOW, workingHoursBetween: () => 0});
  act(() => root.render(createElement(PersonCard, {
    entry: entry!, now: NOW, timeZone: 'UTC', groupEvery: defaultRadarSettings.everyDays, focused: false, inWhoIsWho, onAnnounce: () => {},
  })));
};
const buttons = () => [...host.querySelectorAll('button')].map((button) => button.textContent);
const groupChoices = () => [...host.querySelectorAll('select')[0]!.options].map((option) => option.value);

describe('a key person\'s card', () => {
  it('offers no Remove and no group for who-is-who\'s executive: who-is-who says who is key', () => {
    render({email: 'dana@n.example', name: 'Dana', group: 'executive', addedAt: 0}, true);
    expect(buttons()).not.toContain('Remove from key people');
    expect(host.querySelectorAll('select')).toHaveLength(1); // the interval only
    expect(host.textContent).toContain('Key because of who-is-who in Settings.');
  });

  it('lets the user remove someone once the executive but no longer in who-is-who, and keeps their group selectable', async () => {
    render({email: 'old-boss@n.example', name: 'Old Boss', group: 'executive', addedAt: 0, everyDays: 21}, false);
    expect(groupChoices()).toEqual(['internal', 'external', 'executive']);
    expect(host.querySelectorAll('select')[1]!.value).toBe('21');
    const remove = [...host.querySelectorAll('button')].find((button) => button.textContent === 'Remove from key people')!;
    await act(async () => remove.click());
    expect(sent).toEqual([{name: 'people/remove', request: {email: 'old-boss@n.example'}}]);
  });

  it('saves a new interval with the person\'s group, and the group default as no interval', async () => {
    render({email: 'kim@acme.example', name: 'Kim', group: 'external', addedAt: 0, everyDays: 21}, false);
    const interval = host.querySelectorAll('select')[1]!;
    await act(async () => {
      interval.value = '';
      interval.dispatchEvent(new Event('change', {bubbles: true}));
    });
    expect(sent).toEqual([{name: 'people/save', request: {email: 'kim@acme.example', name: 'Kim', group: 'external', everyDays: null}}]);
  });
});
