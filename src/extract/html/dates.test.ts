import { describe, expect, it } from 'vitest';
import { dateFromText, dateFromUrl, normalizeDate } from './dates.js';

describe('normalizeDate', () => {
  it('keeps ISO dates and date-times with their offset', () => {
    expect(normalizeDate('2020-08-25')).toBe('2020-08-25');
    expect(normalizeDate('2020-08-25T14:30:00+03:00')).toBe('2020-08-25T14:30:00+03:00');
    expect(normalizeDate('2020-08-25T14:30:00.123Z')).toBe('2020-08-25T14:30:00Z');
    expect(normalizeDate('2020-08-25 14:30')).toBe('2020-08-25T14:30:00');
    expect(normalizeDate('2020-08-25T14:30:00+0300')).toBe('2020-08-25T14:30:00+03:00');
  });
  it('reads compact, epoch and RFC 2822 forms', () => {
    expect(normalizeDate('20200825')).toBe('2020-08-25');
    expect(normalizeDate('1598355000')).toBe('2020-08-25T11:30:00Z');
    expect(normalizeDate('Tue, 25 Aug 2020 11:30:00 GMT')).toBe('2020-08-25T11:30:00Z');
  });
  it('rejects what is not a date', () => {
    expect(normalizeDate('')).toBeNull();
    expect(normalizeDate('yesterday')).toBeNull();
    expect(normalizeDate('2020-13-45')).toBeNull();
  });
});

describe('dateFromText', () => {
  it('reads numeric dates in several orders and scripts', () => {
    expect(dateFromText('Опубликовано 25.08.2020 в 14:30', 'ru')).toBe('2020-08-25');
    expect(dateFromText('2020年8月21日 18時05分', 'ja')).toBe('2020-08-21');
    expect(dateFromText('2020년 8월 19일', 'ko')).toBe('2020-08-19');
    expect(dateFromText('08/25/2020', null)).toBe('2020-08-25');
  });
  it('reads written-out dates', () => {
    expect(dateFromText('Published August 25, 2020', 'en')).toBe('2020-08-25');
    expect(dateFromText('25 de agosto de 2020', 'es')).toBe('2020-08-25');
    expect(dateFromText('25 августа 2020', 'ru')).toBe('2020-08-25');
  });
  it('does not invent a year', () => {
    expect(dateFromText('on Tuesday, August 25', 'en')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds dates in common URL shapes', () => {
    expect(dateFromUrl('https://x.com/2019/11/19/story/')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.com/news/2019-11-19-story')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.com/story-12345')).toBeNull();
  });
});
