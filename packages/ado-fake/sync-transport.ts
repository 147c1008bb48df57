// The emulator's HttpTransport served by the Azure DevOps fake in process (fake.handleSync): RESTMessageV2.execute()
// is synchronous, the fake's HTTP server is not, so unit tests and the fault run (sandbox/faults) drive the real
// client against the real fake this way.
// Requests for any other origin go to `other` (an OAuth token endpoint, say) or fail as a refused connection would.
import type { HttpRequest, HttpResponse, HttpTransport } from '@incb/glide-emulator';
import type { AdoFake } from './ado-fake';

export function adoFakeTransport(fake: AdoFake, other?: HttpTransport): HttpTransport {
  const origin = new URL(fake.url).origin;
  return {
    send(request: HttpRequest): HttpResponse {
      if (new URL(request.url).origin !== origin) {
        if (other) return other.send(request);
        return { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: `Connection refused: ${request.url}` };
      }
      const answer = fake.handleSync({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: request.body,
        bodyBase64: request.bodyBase64,
        timeoutMs: request.timeoutMs,
      });
      if (answer.status === 0) return { status: 0, headers: {}, body: '', errorCode: 1, errorMessage: answer.errorMessage };
      // Binary bodies (attachment downloads) keep their bytes in bodyBase64, as the sandbox's transports give them;
      // `body` is their UTF-8 reading, what getBody() returns on an instance.
      if (answer.bodyBase64 === undefined) return { status: answer.status, headers: answer.headers, body: answer.body };
      return { status: answer.status, headers: answer.headers, body: Buffer.from(answer.bodyBase64, 'base64').toString('utf8'), bodyBase64: answer.bodyBase64 };
    },
  };
}
