// The subset of java.text.SimpleDateFormat patterns that GlideDateTime/GlideDate accept (setValueUTC,
// setDisplayValue(value, format), getByFormat and the constructor's list of fallback formats), in UTC, English.
// Letters: y M d H h m s S a E X Z, quoted 'literals' and '' for a quote. Any other letter throws, so a script using
// a pattern the emulator does not know fails loudly instead of being parsed wrongly.
// Parsing is NON-lenient, like SimpleDateFormat.setLenient(false): fields out of range (month 13, 31 April,
// fraction "6438544" read by S as 6,438,544 ms) fail instead of rolling over, and the whole text must be consumed.
import { civilToMillis, daysInMonth, isoDayOfWeek, millisToCivil, pad } from './civilTime';

interface Token {
  letter: string;
  count: number;
  literal: string;
}

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
var DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
var SUPPORTED = 'yMdHhmsSaEXZ';
var NUMERIC = 'ydHhmsS';

function tokenize(pattern: string): Token[] {
  var tokens: Token[] = [];
  var i = 0;
  while (i < pattern.length) {
    var ch = pattern.charAt(i);
    if (ch === "'") {
      var end = i + 1;
      var text = '';
      while (end < pattern.length) {
        if (pattern.charAt(end) === "'") {
          if (pattern.charAt(end + 1) === "'") {
            text += "'";
            end += 2;
            continue;
          }
          break;
        }
        text += pattern.charAt(end);
        end++;
      }
      // '' outside a quoted run is one literal quote.
      tokens.push({ letter: '', count: 0, literal: end === i + 1 ? "'" : text });
      i = end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      if (SUPPORTED.indexOf(ch) < 0) throw new Error('Date pattern letter not supported by the emulator: ' + ch + ' in "' + pattern + '"');
      var count = 1;
      while (pattern.charAt(i + count) === ch) count++;
      tokens.push({ letter: ch, count: count, literal: '' });
      i += count;
    } else {
      tokens.push({ letter: '', count: 0, literal: ch });
      i++;
    }
  }
  return tokens;
}

function isNumeric(token: Token | undefined): boolean {
  return !!token && token.letter !== '' && (NUMERIC.indexOf(token.letter) >= 0 || (token.letter === 'M' && token.count <= 2));
}

/** Index of the longest name (full or three-letter) that `text` starts with at `pos`, or -1. */
function matchName(text: string, pos: number, names: string[]): { index: number; length: number } {
  var rest = text.substr(pos).toLowerCase();
  for (var i = 0; i < names.length; i++) {
    if (rest.indexOf(names[i].toLowerCase()) === 0) return { index: i, length: names[i].length };
  }
  for (var j = 0; j < names.length; j++) {
    if (rest.indexOf(names[j].substr(0, 3).toLowerCase()) === 0) return { index: j, length: 3 };
  }
  return { index: -1, length: 0 };
}

/** "Z", "+05", "+0530" or "+05:30" at `pos`: offset in minutes and characters used, or null. */
function parseOffset(text: string, pos: number, allowZ: boolean): { minutes: number; length: number } | null {
  if (allowZ && text.charAt(pos) === 'Z') return { minutes: 0, length: 1 };
  var match = /^([+-])(\d\d)(?::?(\d\d))?/.exec(text.substr(pos));
  if (!match) return null;
  var hours = parseInt(match[2], 10);
  var minutes = match[3] ? parseInt(match[3], 10) : 0;
  if (hours > 23 || minutes > 59) return null;
  return { minutes: (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes), length: match[0].length };
}

/**
 * Milliseconds since the epoch that `text` denotes under `pattern` (UTC unless the text carries an X/Z offset), or
 * null when it does not match. `nowMs` anchors two-digit years (Java: within 80 years before to 20 after now).
 */
export function parseWithPattern(text: string, pattern: string, nowMs: number): number | null {
  var tokens = tokenize(pattern);
  var year = 1970, month = 1, day = 1, hour = 0, hour12 = -1, pm = false, minute = 0, second = 0, millisecond = 0;
  var offsetMinutes = 0;
  var pos = 0;
  for (var i = 0; i < tokens.length; i++) {
    var token = tokens[i];
    if (!token.letter) {
      if (text.substr(pos, token.literal.length) !== token.literal) return null;
      pos += token.literal.length;
      continue;
    }
    if (isNumeric(token)) {
      // Abutting numeric fields ("yyyyMMdd") are read at their pattern width; otherwise all digits are taken.
      var digits = isNumeric(tokens[i + 1]) ? new RegExp('^\\d{' + token.count + '}').exec(text.substr(pos)) : /^\d+/.exec(text.substr(pos));
      if (!digits) return null;
      var value = parseInt(digits[0], 10);
      pos += digits[0].length;
      if (token.letter === 'y') {
        year = value;
        if (token.count <= 2 && digits[0].length === 2) {
          var start = millisToCivil(nowMs).year - 80;
          year = start - (start % 100) + value;
          if (year < start) year += 100;
        }
      } else if (token.letter === 'M') month = value;
      else if (token.letter === 'd') day = value;
      else if (token.letter === 'H') hour = value;
      else if (token.letter === 'h') hour12 = value;
      else if (token.letter === 'm') minute = value;
      else if (token.letter === 's') second = value;
      else millisecond = value;
    } else if (token.letter === 'M' || token.letter === 'E') {
      var name = matchName(text, pos, token.letter === 'M' ? MONTHS : DAYS);
      if (name.index < 0) return null;
      // A parsed day name does not move the date, as in Java when a full date is also given.
      if (token.letter === 'M') month = name.index + 1;
      pos += name.length;
    } else if (token.letter === 'a') {
      var marker = text.substr(pos, 2).toUpperCase();
      if (marker !== 'AM' && marker !== 'PM') return null;
      pm = marker === 'PM';
      pos += 2;
    } else {
      var offset = parseOffset(text, pos, token.letter === 'X');
      if (!offset) return null;
      offsetMinutes = offset.minutes;
      pos += offset.length;
    }
  }
  if (pos !== text.length) return null;
  if (hour12 >= 0) {
    if (hour12 < 1 || hour12 > 12) return null;
    hour = (hour12 % 12) + (pm ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || millisecond > 999) return null;
  var local = civilToMillis({ year: year, month: month, day: day, hour: hour, minute: minute, second: second, millisecond: millisecond });
  return local - offsetMinutes * 60000;
}

/** `ms` rendered in UTC with `pattern`. */
export function formatWithPattern(ms: number, pattern: string): string {
  var tokens = tokenize(pattern);
  var t = millisToCivil(ms);
  var out = '';
  for (var i = 0; i < tokens.length; i++) {
    var token = tokens[i];
    var n = token.count;
    switch (token.letter) {
      case '':
        out += token.literal;
        break;
      case 'y':
        out += n === 2 ? pad(t.year % 100, 2) : pad(t.year, n);
        break;
      case 'M':
        out += n <= 2 ? pad(t.month, n) : n === 3 ? MONTHS[t.month - 1].substr(0, 3) : MONTHS[t.month - 1];
        break;
      case 'E':
        var dayName = DAYS[isoDayOfWeek(ms) - 1];
        out += n <= 3 ? dayName.substr(0, 3) : dayName;
        break;
      case 'd':
        out += pad(t.day, n);
        break;
      case 'H':
        out += pad(t.hour, n);
        break;
      case 'h':
        out += pad(t.hour % 12 === 0 ? 12 : t.hour % 12, n);
        break;
      case 'm':
        out += pad(t.minute, n);
        break;
      case 's':
        out += pad(t.second, n);
        break;
      case 'S':
        out += pad(t.millisecond, n);
        break;
      case 'a':
        out += t.hour < 12 ? 'AM' : 'PM';
        break;
      case 'X':
        out += 'Z';
        break;
      default:
        out += '+0000';
    }
  }
  return out;
}
