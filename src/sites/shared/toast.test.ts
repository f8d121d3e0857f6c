// @vitest-environment jsdom
import {describe, expect, it, vi} from 'vitest';
import {showToast} from './toast.ts';

describe('showToast', () => {
  it('shows the message and its action, marked with the interface language', () => {
    const run = vi.fn();
    showToast('Tracking 1 commitment.', {label: 'Undo', run});
    const host = document.querySelector('rapport-toast')!;
    const box = host.shadowRoot!.querySelector<HTMLElement>('.toast')!;
    expect(box.textContent).toBe('Tracking 1 commitment.Undo');
    expect([box.getAttribute('dir'), box.getAttribute('lang')]).toEqual(['ltr', 'en']);
    box.querySelector('button')!.click();
    expect(run).toHaveBeenCalledOnce();
    expect(host.isConnected).toBe(false);
  });
});
