import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/index.js';

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows in column order', () => {
    expect(toCsv([{ a: 1, b: 'x' }], ['b', 'a'])).toBe('b,a\r\nx,1\r\n');
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n');
  });

  it('quotes delimiters, quotes and line breaks (RFC 4180)', () => {
    const rows = [
      { text: 'x,y' },
      { text: 'say "hi"' },
      { text: 'two\nlines' },
      { text: 'cr\rhere' },
      { text: 'plain text' },
      { text: ' padded ' },
    ];
    expect(toCsv(rows, ['text'])).toBe(
      'text\r\n"x,y"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\nplain text\r\n padded \r\n',
    );
  });

  it('writes null and undefined as empty cells, numbers and booleans as text', () => {
    const rows = [{ a: null, b: undefined, c: 0, d: false, e: -1.5 }];
    expect(toCsv(rows, ['a', 'b', 'c', 'd', 'e'])).toBe('a,b,c,d,e\r\n,,0,false,-1.5\r\n');
  });

  it('quotes header names that need it', () => {
    expect(toCsv([{ 'a,b': 1 }], ['a,b'])).toBe('"a,b"\r\n1\r\n');
  });
});
