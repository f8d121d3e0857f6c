// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {readOpenDetails} from './details.ts';

describe('readOpenDetails', () => {
  it('reads the guests of the open event, keyed like the chips', () => {
    expect(readOpenDetails(loadFixture('calendar', 'week-en-details.html'))).toEqual({
      eventId: 'weeklysync3m8n_20261123T200000Z',
      attendees: [
        {email: 'jordan@northwind.example', name: 'Jordan Avery'},
        {email: 'dana@northwind.example', name: 'Dana Whitfield'},
        {email: 'priya@northwind.example', name: 'Priya Natarajan'},
      ],
    });
  });

  it('is null when no details are open', () => {
    expect(readOpenDetails(loadFixture('calendar', 'week-en.html'))).toBeNull();
  });
});
