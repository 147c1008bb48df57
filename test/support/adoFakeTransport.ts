// The in-process transport to the Azure DevOps fake lives with the fake (packages/ado-fake/sync-transport.ts) since
// the fault run uses it too; tests may keep importing it from here.
export { adoFakeTransport } from '@incb/ado-fake';
