// Azure DevOps' own explanation of a failed request, for the outbox entry's last_error and the log. Its error body
// is JSON like {"$id":"1","innerException":null,"message":"TF401320: ...","typeName":"...","typeKey":
// "RuleValidationException","errorCode":0,"eventId":3200}; proxies and sign-in redirects answer with HTML or text.
import { htmlToText } from './html';
import { parseJsonOrNull } from './jsonNesting';
import { truncate } from './truncate';

var BODY_MAX = 500;

export function adoErrorMessage(status: number, body: string): string {
  var prefix = status === 0 ? 'No response' : 'HTTP ' + status;
  var text = body === null || body === undefined ? '' : String(body);
  // Not JSON after all (often a truncated body), or nested too deeply to parse safely: shown as text below.
  var data = /^\s*\{/.test(text) ? parseJsonOrNull(text) : null;
  if (data && typeof data.message === 'string' && data.message !== '') {
    return prefix + ': ' + data.message + (typeof data.typeKey === 'string' && data.typeKey !== '' ? ' (' + data.typeKey + ')' : '');
  }
  if (/^\s*</.test(text)) text = htmlToText(text);
  text = text.replace(/\s+/g, ' ').replace(/^ | $/g, '');
  return text === '' ? prefix : prefix + ': ' + truncate(text, BODY_MAX);
}
