// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {redactAttribute} from './attributes.ts';
import {Placeholders} from './placeholders.ts';

function element(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild!;
}
const redact = (html: string, name: string) => {
  const target = element(html);
  return redactAttribute(target, name, target.getAttribute(name)!, new Placeholders(new Set()));
};

describe('attributes', () => {
  it('keep the hooks: classes, roles, states, and the data attributes Calendar is read by', () => {
    expect(redact('<div class="T-I J-J5-Ji aoO" role="button" tabindex="1"></div>', 'class')).toBe('T-I J-J5-Ji aoO');
    expect(redact('<div data-datekey="29047" data-eventchip=""></div>', 'data-datekey')).toBe('29047');
    expect(redact('<div selector="scheduledSend"></div>', 'selector')).toBe('scheduledSend');
    expect(redact('<div jsaction="click:cOuCgd; keydown:I481le"></div>', 'jsaction')).toBe('click:cOuCgd; keydown:I481le');
    expect(redact('<div id="xDetDlg"></div>', 'id')).toBe('xDetDlg');
  });

  it('redact what people wrote or are called, in any attribute that carries it', () => {
    for (const [html, name] of [
      ['<div aria-label="Message Body"></div>', 'aria-label'], ['<span title="Sun, Nov 22, 2026"></span>', 'title'],
      ['<div data-tooltip="Send (Ctrl-Enter)"></div>', 'data-tooltip'], ['<div data-name="Dana Whitfield"></div>', 'data-name'],
      ['<div data-hovercard-id="dana@northwind.example"></div>', 'data-hovercard-id'], ['<span email="sam@acme.example"></span>', 'email'],
      ['<img alt="Sam Lee">', 'alt'], ['<input placeholder="Subject">', 'placeholder'], ['<input value="Re: Q4 planning">', 'value'],
      ['<div data-email="sam@acme.example"></div>', 'data-email'], ['<div data-some-new-thing="Board deck"></div>', 'data-some-new-thing'],
    ] as const) {
      const out = redact(html, name)!;
      expect(out, name).not.toMatch(/Message|Body|Sun|Nov|2026|Send|Ctrl|Enter|Dana|Whitfield|dana|northwind|sam|acme|Sam|Lee|Subject|Q4|planning|Board|deck/);
      expect(out, name).toHaveLength(element(html).getAttribute(name)!.length);
    }
  });

  it("keep `name` on form controls and Gmail's recipient rows, and redact a person's name", () => {
    expect(redact('<input name="subjectbox">', 'name')).toBe('subjectbox');
    expect(redact('<div name="to"></div>', 'name')).toBe('to');
    expect(redact('<span class="gD" name="Sam Lee"></span>', 'name')).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2}$/);
  });

  it("keep the format of Gmail's ids and replace their numbers", () => {
    expect(redact('<div data-message-id="#msg-f:1790000000000000001"></div>', 'data-message-id')).toMatch(/^#msg-f:[1-9]\d{18}$/);
    expect(redact('<input name="draft" value="#msg-a:r-2222222222222222222">', 'value')).toMatch(/^#msg-a:r-[1-9]\d{18}$/);
    expect(redact('<div data-eventid="tasks_a1b2c3d4e5"></div>', 'data-eventid')).toMatch(/^tasks_/);
  });

  it('redact an element id that carries data, leave out inline event code, keep bare values and icon drawings', () => {
    expect(redact('<div id="m-1790000000000000001"></div>', 'id')).toMatch(/^m-\d{19}$/);
    expect(redact('<div id="m-1790000000000000001"></div>', 'id')).not.toContain('1790000000000000001');
    expect(redact('<div onclick="steal()"></div>', 'onclick')).toBeNull();
    expect(redact('<div data-expanded="true" data-column="3"></div>', 'data-column')).toBe('3');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M12 2C6.48 2 2 6.48 2 12');
    expect(redactAttribute(path, 'd', path.getAttribute('d')!, new Placeholders(new Set()))).toBe('M12 2C6.48 2 2 6.48 2 12');
  });
});
