// Real outbound HTTP for sessions in Rhino: the host's httpSend(requestJson) -> answerJson of job-runner.js, done
// with java.net.http.HttpClient (HttpURLConnection cannot send PATCH). Plain ES5 run by the Rhino shell; the driver
// loads it as a function body and takes `createRhinoHttpSend` from it.
//
// createRhinoHttpSend(j): `j` holds the Java classes, captured by rhino-driver.js BEFORE the ServiceNow-ES5 profile
// deletes `java`/`Packages` from the global object (the scripts must not reach Java; this code must).
// The protocol is packages/glide-emulator/glide/session/engine-transport.ts's; in short:
//   in   { method, url, headers, body, bodyBase64?, timeoutMs }
//   out  { status, headers (names lower case, repeated headers joined with ', '), body (UTF-8), bodyBase64 }
//        or { failure: 'timeout' | 'refused' | 'reset' | 'unknown_host' | 'other', detail }
// HTTP/1.1 only, redirects not followed, and timeoutMs bounds the whole exchange (connect, send, response body), as
// the Node engine's transport does. Headers the client computes itself (Content-Length, Host, Connection...) are
// not copied from the script.
function createRhinoHttpSend(j) {
  var RESTRICTED = { connection: true, 'content-length': true, expect: true, host: true, upgrade: true };
  // Built on first use: most engines (the test tiers') never send a request and should not start its threads.
  var client = null;

  function failure(kind, detail) {
    return JSON.stringify({ failure: kind, detail: String(detail) });
  }

  function describeFailure(e) {
    var ex = e && e.javaException ? e.javaException : null;
    if (ex instanceof j.ExecutionException && ex.getCause() !== null) {
      ex = ex.getCause();
    }
    if (ex === null) {
      return failure('other', e && e.message ? e.message : e);
    }
    if (ex instanceof j.TimeoutException || ex instanceof j.HttpTimeoutException) {
      return failure('timeout', ex);
    }
    if (ex instanceof j.ConnectException) {
      return failure(ex.getCause() instanceof j.UnresolvedAddressException ? 'unknown_host' : 'refused', ex);
    }
    if (ex instanceof j.IOException) {
      return failure('reset', ex);
    }
    return failure('other', ex);
  }

  function requestBody(request) {
    if (request.bodyBase64 !== undefined) {
      return j.Base64.getDecoder().decode(String(request.bodyBase64));
    }
    return new j.JavaString(String(request.body || '')).getBytes(j.UTF_8);
  }

  function headersOf(response) {
    var headers = {};
    var entries = response.headers().map().entrySet().iterator();
    while (entries.hasNext()) {
      var entry = entries.next();
      var name = String(entry.getKey()).toLowerCase();
      if (name.charAt(0) === ':') {
        continue;
      }
      var values = [];
      var list = entry.getValue().iterator();
      while (list.hasNext()) {
        values.push(String(list.next()));
      }
      headers[name] = values.join(', ');
    }
    return headers;
  }

  return function httpSend(requestJson) {
    var request = JSON.parse(requestJson);
    var future = null;
    var response;
    try {
      var builder = j.HttpRequest.newBuilder(j.URI.create(String(request.url)));
      for (var name in request.headers) {
        if (Object.prototype.hasOwnProperty.call(request.headers, name) && !RESTRICTED[name.toLowerCase()]) {
          builder.header(name, String(request.headers[name]));
        }
      }
      var bytes = requestBody(request);
      builder.method(String(request.method), bytes.length > 0 ? j.BodyPublishers.ofByteArray(bytes) : j.BodyPublishers.noBody());
      if (client === null) {
        client = j.HttpClient.newBuilder().version(j.HttpClient.Version.HTTP_1_1).followRedirects(j.HttpClient.Redirect.NEVER).build();
      }
      future = client.sendAsync(builder.build(), j.BodyHandlers.ofByteArray());
      response = future.get(request.timeoutMs, j.TimeUnit.MILLISECONDS);
    } catch (e) {
      if (future !== null) {
        future.cancel(true);
      }
      return describeFailure(e);
    }
    var body = response.body();
    return JSON.stringify({
      status: response.statusCode(),
      headers: headersOf(response),
      body: String(new j.JavaString(body, j.UTF_8)),
      bodyBase64: String(j.Base64.getEncoder().encodeToString(body))
    });
  };
}
