// @vitest-environment jsdom
// The working-week form refuses values the rest of Rapport cannot use, saying why, and saves nothing.
import {act} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {ScheduleForm} from './schedule-form.tsx';

const fake = vi.hoisted(() => ({sync: {} as Record<string, unknown>, writes: 0}));
vi.mock('webextension-polyfill', () => ({default: {
  storage: {
    sync: {
      get: async (keys: string[]) => Object.fromEntries(keys.filter((key) => key in fake.sync).map((key) => [key, fake.sync[key]])),
      set: async (items: Record<string, unknown>) => {
        fake.writes++;
        Object.assign(fake.sync, items);
      },
    },
    onChanged: {addListener() {}, removeListener() {}},
  },
}}));

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | undefined;

async function renderForm(): Promise<HTMLElement> {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  await act(async () => root!.render(<ScheduleForm />));
  for (let flush = 0; flush < 3; flush++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return container;
}

const submit = async (form: HTMLElement) => {
  await act(async () => form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  for (let flush = 0; flush < 3; flush++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
};

afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  fake.sync = {};
  fake.writes = 0;
});

describe('the working-week form', () => {
  it('refuses a week with no working day, and saves nothing', async () => {
    const form = await renderForm();
    const days = [...form.querySelector('fieldset')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => box.checked);
    expect(days).toHaveLength(5);
    for (const day of days) await act(async () => day.click());
    await submit(form);
    expect(form.querySelector('[data-testid="schedule-status"]')!.textContent).toBe('Not saved: choose at least one working day.');
    expect(fake.writes).toBe(0);
  });

  it('saves a good week', async () => {
    const form = await renderForm();
    await submit(form);
    expect(form.querySelector('[data-testid="schedule-status"]')!.textContent).toBe('Saved.');
    expect(fake.writes).toBe(1);
  });
});
