import { normaliseDate } from './dates';

describe('normaliseDate', () => {
  it.each([
    ['20220215', '2022-02-15'],
    ['2022-02-15', '2022-02-15'],
    ['2022-02-15T23:30:00+03:00', '2022-02-15'],
    ['2022-02-15 08:00', '2022-02-15'],
    ['2022/2/5', '2022-02-05'],
    ['15 February 2022', '2022-02-15'],
    ['15th Feb. 2022', '2022-02-15'],
    ['February 15, 2022', '2022-02-15'],
    ['Feb 15 2022', '2022-02-15'],
    ['Tuesday, 15 February 2022', '2022-02-15'],
    ['Tue, Feb. 15, 2022 10:30 a.m. ET', '2022-02-15'],
    ['Published: 15 February 2022, 14:05 GMT', '2022-02-15'],
    ['Updated on 2022-02-15', '2022-02-15'],
    ['  SEPTEMBER 1, 2021 ', '2021-09-01'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %j', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each([
    '2022-02-30',
    '29 February 2022',
    '20221315',
    '15/02/2022',
    'February 15, 2022, will go down in history',
    'Putin met Scholz on 15 February 2022.',
    'https://example.com/2022/02/15',
    '',
    'Tuesday',
  ])('refuses %j', (input) => {
    expect(normaliseDate(input)).toBeUndefined();
  });
});
