// @vitest-environment jsdom
import {act} from 'react';
import {createRoot} from 'react-dom/client';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {ErrorBoundary} from './error-boundary.tsx';

const sent = vi.hoisted(() => [] as Array<{name: string; request: unknown}>);
vi.mock('../shared/send.ts', () => ({send: async (name: string, request: unknown) => void sent.push({name, request})}));

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

function BadRow({title}: {title: unknown}) {
  // What an imported object where a title belongs does: React refuses to draw an object.
  return <li>{title as string}</li>;
}

afterEach(() => {
  sent.length = 0;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows a short message in place of the failing view, keeps its siblings, and logs the error', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(async () => root.render(
      <main>
        <ErrorBoundary name="popup:now"><ul><BadRow title={{text: 'not a string'}} /></ul></ErrorBoundary>
        <ErrorBoundary name="popup:sites"><p data-testid="sibling">Gmail: 2 compose windows</p></ErrorBoundary>
      </main>,
    ));
    expect(container.querySelector('[data-testid="view-failed"]')?.textContent).toContain('could not be shown');
    expect(container.querySelector('[data-testid="sibling"]')?.textContent).toBe('Gmail: 2 compose windows');
    expect(printed.mock.calls.some(([first]) => String(first).includes('[Rapport] ui:popup:now'))).toBe(true);
    expect(sent).toEqual([{name: 'log/error', request: expect.objectContaining({source: 'ui:popup:now', message: expect.stringContaining('Objects are not valid as a React child')})}]);
    await act(async () => root.unmount());
  });

  it('draws its children unchanged when nothing throws', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(async () => root.render(<ErrorBoundary name="options:data"><p>fine</p></ErrorBoundary>));
    expect(container.innerHTML).toBe('<p>fine</p>');
    expect(sent).toEqual([]);
    await act(async () => root.unmount());
  });
});
