// The WIQL subset a sync needs, evaluated like Azure DevOps (case-insensitive strings, whole-tag CONTAINS,
// day-precision dates unless timePrecision), and strict about what it does not understand.
import { createFieldRegistry } from '../ado-fields';
import { identityFor } from '../ado-identities';
import { parseWiql, runWiql, WiqlContext } from '../wiql';
import { Fields, StoredWorkItem } from '../work-item-model';

const fields = createFieldRegistry([{ referenceName: 'Custom.ServiceNowNumber', name: 'ServiceNow Number', type: 'string' }]);
const alice = identityFor('Alice Example', 'alice@example.com');

function item(id: number, f: Fields): StoredWorkItem {
  return { id, rev: 1, fields: { 'System.Id': id, 'System.TeamProject': 'Proj', ...f }, relations: [], revisions: [], updates: [], comments: [] };
}

const items = [
  item(1, { 'System.Title': 'Disk full', 'System.State': 'To Do', 'System.Tags': 'incident; servicenow', 'System.ChangedDate': '2024-05-01T10:00:00.1234567Z' }),
  item(2, { 'System.Title': 'Slow login', 'System.State': 'Doing', 'System.Tags': 'servicenow-like', 'System.ChangedDate': '2024-05-02T08:30:00.0000001Z', 'System.AssignedTo': alice }),
  item(3, { 'System.Title': 'Old thing', 'System.State': 'Done', 'System.ChangedDate': '2024-04-20T00:00:00.5000000Z', 'Custom.ServiceNowNumber': 'INC0010001' }),
];
const ctx: WiqlContext = { project: 'Proj', me: alice, nowMs: Date.UTC(2024, 4, 2, 12), timePrecision: false };

function ids(query: string, over: Partial<WiqlContext> = {}): number[] {
  return runWiql(parseWiql(query, fields), items, { ...ctx, ...over });
}

describe('WIQL', () => {
  it('matches whole tags with CONTAINS, case-insensitively', () => {
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'ServiceNow'")).toEqual([1]);
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE [System.Tags] NOT CONTAINS 'servicenow'")).toEqual([2, 3]);
  });

  it('compares ChangedDate by day without timePrecision, by tick with it', () => {
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE [System.ChangedDate] > '2024-05-01'")).toEqual([2]);
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE [System.ChangedDate] >= '2024-05-01'")).toEqual([1, 2]);
    const precise = "SELECT [System.Id] FROM WorkItems WHERE [System.ChangedDate] > '2024-05-01T10:00:00.123Z'";
    expect(ids(precise, { timePrecision: true })).toEqual([1, 2]);
    expect(ids(precise.replace('.123Z', '.1234567Z'), { timePrecision: true })).toEqual([2]);
  });

  it('rejects a time in a date literal unless timePrecision is on, quoting the clause', () => {
    expect(() => ids("SELECT [System.Id] FROM WorkItems WHERE [System.ChangedDate] > '2024-05-01T10:00:00Z'")).toThrow(
      /cannot supply a time with the date.*«\[System\.ChangedDate\] > '2024-05-01T10:00:00Z'»/,
    );
  });

  it('supports IN, @project, @me, @today offsets, AND/OR/NOT and parentheses', () => {
    expect(ids('SELECT [System.Id] FROM WorkItems WHERE [System.Id] IN (3, 1, 99)')).toEqual([1, 3]);
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND ([System.State] = 'to do' OR [System.State] = 'Done')")).toEqual([1, 3]);
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE NOT [System.State] = 'Done' AND [System.AssignedTo] = @me")).toEqual([2]);
    expect(ids('SELECT [System.Id] FROM WorkItems WHERE [System.ChangedDate] >= @today - 1')).toEqual([1, 2]);
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE [ServiceNow Number] = 'inc0010001'")).toEqual([3]);
    expect(ids("SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] <> @project")).toEqual([]);
  });

  it('orders by ORDER BY fields, then by id', () => {
    expect(ids('SELECT [System.Id] FROM WorkItems ORDER BY [System.ChangedDate] DESC')).toEqual([2, 1, 3]);
    expect(ids('SELECT [System.Id], [System.Title] FROM WorkItems ORDER BY [System.Title]')).toEqual([1, 3, 2]);
  });

  it('rejects unknown fields (TF51005) and syntax it does not know (TF51006)', () => {
    expect(() => ids('SELECT [System.Nope] FROM WorkItems')).toThrow(/TF51005.*«\[System\.Nope\]»/);
    expect(() => ids('SELECT TOP 5 [System.Id] FROM WorkItems')).toThrow(/TF51006/);
    expect(() => ids("SELECT [System.Id] FROM WorkItems WHERE [System.State] != 'Done'")).toThrow(/TF51006/);
    expect(() => ids("SELECT [System.Id] FROM WorkItems WHERE [System.State] = 'Done' LIMIT 3")).toThrow(/TF51006: Expecting end of query/);
  });
});
