// Azure DevOps' own explanation of a failed request, for the outbox entry's last_error and the log. Its error body
// is JSON like {"$id":"1","innerException":null,"message":"TF401320: ...","typeName":"...","typeKey":
// "RuleValidationException","errorCode":0,"eventId":3200}; proxies and sign-in redirects answer with HTML or text.
import { htmlToText } from './html';
import { truncate } from './truncate';

var BODY_MAX = 500;

export function adoErrorMessage(status: number, body: string): string {
  var prefix = status === 0 ? 'No response' : 'HTTP ' + status;
  var text = body === null || body === undefined ? '' : String(body);
  if (/^\s*\{/.test(text)) {
    try {
      var data = JSON.parse(text);
      if (data && typeof data.message === 'string' && data.message !== '') {
        return prefix + ': ' + data.message + (typeof data.typeKey === 'string' && data.typeKey !== '' ? ' (' + data.typeKey + ')' : '');
      }
    } catch (e) {
      // Not JSON after all (often a truncated body): shown as text below.
    }
  }
  if (/^\s*</.test(text)) text = htmlToText(text);
  text = text.replace(/\s+/g, ' ').replace(/^ | $/g, '');
  return text === '' ? prefix : prefix + ': ' + truncate(text, BODY_MAX);
}
