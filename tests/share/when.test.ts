// How the sharing dialogs write when an operation was made (`at`, SPEC format version 2).
import { describe, expect, it } from 'vitest';
import { when } from '../../src/i18n/shareView-zh';

describe('when an operation was made, as shown', () => {
  it('a date alone as written; a time in UTC+8 (with or without the offset) as date and minutes', () => {
    expect(when('2025-06-08')).toBe('2025-06-08');
    expect(when('2025-06-08T09:05:00+08:00')).toBe('2025-06-08 09:05');
    expect(when('2025-06-08T09:05')).toBe('2025-06-08 09:05');
    expect(when('2025-06-08T09:05:07.250')).toBe('2025-06-08 09:05');
  });

  it('another offset is said, not converted', () => {
    expect(when('2025-06-08T01:05:00Z')).toBe('2025-06-08 01:05 (UTC)');
    expect(when('2025-06-08T09:05:00-05:00')).toBe('2025-06-08 09:05 (UTC-05:00)');
  });

  it('anything else as written', () => {
    for (const odd of ['', '昨天', '2025-06-08T9:05', '2025-06-08 09:05', '<b>x</b>']) expect(when(odd)).toBe(odd);
  });
});
