// Text from outside with a long run of spaces inside it: /^\s+|\s+$/g, /[ \t]+\n/ and a lazy group before \s*<
// retry from every space of the run, quadratic time (in Rhino 40,000 spaces took 16 s; a hook body holds a million,
// far past a transaction's time and the sandbox's session call time-out, which kills its engine). Every function the
// app runs on such text (headers, query parameters, hook and Azure DevOps values, HTML) answers at once.
import { parseRetryAfter } from '../../../src/app/core/delivery';
import { downloadContentType } from '../../../src/app/core/downloadHeaders';
import { htmlToText } from '../../../src/app/core/html';
import { parseIsoDateTime } from '../../../src/app/core/isoDate';
import { isJsonContentType } from '../../../src/app/core/jsonContentType';
import { readRateLimit } from '../../../src/app/core/rateLimit';
import { parseListParams } from '../../../src/app/agent/listParams';
import { parseAdoIdentity } from '../../../src/app/inbound/adoIdentity';
import { shortDescriptionFromTitle } from '../../../src/app/inbound/inboundChanges';

const RUN = ' '.repeat(300000);
const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);

/** what `work` returns, failing when it took longer than a second (the old patterns took minutes here) */
function quickly<T>(work: () => T): T {
  const started = Date.now();
  const result = work();
  expect(Date.now() - started).toBeLessThan(1000);
  return result;
}

test.each([
  ['Content-Type', () => isJsonContentType('application/json' + RUN + 'x'), false],
  ['Retry-After', () => parseRetryAfter('1' + RUN + '2', NOW), null],
  ['X-RateLimit headers', () => readRateLimit(200, { 'x-ratelimit-remaining': '1' + RUN + '2' }, NOW, 0, 60000).remaining, null],
  ['a stored content type', () => downloadContentType('text/plain' + RUN + 'x'), 'application/octet-stream'],
  ['an ISO date', () => parseIsoDateTime('2026-11-22T10:00:00Z' + RUN + 'x'), null],
  ['an identity', () => parseAdoIdentity('Jamal' + RUN + '<jamal@fabrikam.example'), { displayName: 'Jamal' + RUN + '<jamal@fabrikam.example', uniqueName: '', id: '' }],
  ['a work item title', () => shortDescriptionFromTitle('INC0010001', '\n' + 'Disk' + RUN + 'full' + RUN).length, 300008],
  ['a list parameter', () => parseListParams({ state: ['1' + RUN + '2'] }).error!.status, 400],
  // the spaces before the line break go, those between the words stay
  ['HTML with spaces kept by <pre>', () => htmlToText('<pre>a' + RUN + 'b' + RUN + '\n</pre>').length, 300002],
])('%s with 300,000 spaces inside is read at once', (_name, work, expected) => {
  expect(quickly(work as () => unknown)).toEqual(expected);
});

test('the linear readings keep their meaning', () => {
  expect(isJsonContentType('  application/json ; charset=utf-8')).toBe(true);
  expect(parseIsoDateTime(' 2026-11-22T10:00:00Z\n')).not.toBeNull();
  expect(parseAdoIdentity(' Jamal Hartnett <jamal@fabrikam.example> ')).toEqual({ displayName: 'Jamal Hartnett', uniqueName: 'jamal@fabrikam.example', id: '' });
  expect(htmlToText('<div>a  </div>\t\n<pre>b \t\n\n\n\nc   </pre>  ')).toBe(htmlToText('<div>a</div><pre>b\n\nc</pre>'));
});
