// The rhino project's per-test time-out. Jobs run one at a time in the one Rhino engine of the run, interpreted; a
// flow that takes two seconds alone takes several when the machine is busy, and Jest's default of five seconds then
// fails a test for the machine's load, not for anything the app did (times are measured in npm run bench, never
// asserted).
jest.setTimeout(60000);
