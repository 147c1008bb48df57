// The e2e project's per-test time-out: every step is an HTTP round trip into Rhino, which runs interpreted.
jest.setTimeout(60000);
