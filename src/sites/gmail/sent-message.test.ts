import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../../tests/unit/speak.ts';
import {sentMessage} from './sent-message.ts';

speakEnglishAfterEach();

describe('sentMessage', () => {
  it.each([
    [0, 0, null],
    [1, 0, 'Tracking 1 commitment.'],
    [2, 0, 'Tracking 2 commitments.'],
    [0, 1, 'Closed 1 you delivered.'],
    [0, 3, 'Closed 3 you delivered.'],
    [1, 1, 'Tracking 1 commitment, closed 1 you delivered.'],
    [2, 1, 'Tracking 2 commitments, closed 1 you delivered.'],
    [1, 2, 'Tracking 1 commitment, closed 2 you delivered.'],
    [3, 2, 'Tracking 3 commitments, closed 2 you delivered.'],
  ])('tracked %i, closed %i', (tracked, closed, expected) => {
    expect(sentMessage(tracked, closed)).toBe(expected);
  });

  it('in Spanish, each count with its own plural', () => {
    speak('es');
    expect(sentMessage(1, 0)).toBe('1 compromiso en seguimiento.');
    expect(sentMessage(0, 2)).toBe('Cerrados 2 compromisos que ya cumpliste.');
    expect(sentMessage(2, 1)).toBe('2 compromisos en seguimiento; cerrado 1 que ya cumpliste.');
    expect(sentMessage(1, 3)).toBe('1 compromiso en seguimiento; cerrados 3 que ya cumpliste.');
  });
});
