// The URLs Azure DevOps puts into its responses, built for the fake's own address so clients can follow them.
export interface AdoUrls {
  baseUrl: string;
  organization: string;
  projectId: string;
  workItem(id: number): string;
  workItemUpdates(id: number): string;
  workItemUpdate(id: number, updateNumber: number): string;
  workItemRevisions(id: number): string;
  workItemRevision(id: number, rev: number): string;
  workItemComments(id: number): string;
  workItemComment(id: number, commentId: number): string;
  workItemHtml(id: number): string;
  workItemType(type: string): string;
  fields(): string;
  field(referenceName: string): string;
  attachment(id: string, fileName: string): string;
  recycleBin(id: number): string;
}

export function createAdoUrls(baseUrl: string, organization: string, projectId: string): AdoUrls {
  const org = `${baseUrl}/${encodeURIComponent(organization)}`;
  const wit = `${org}/${projectId}/_apis/wit`;
  return {
    baseUrl,
    organization,
    projectId,
    workItem: (id) => `${wit}/workItems/${id}`,
    workItemUpdates: (id) => `${wit}/workItems/${id}/updates`,
    workItemUpdate: (id, n) => `${wit}/workItems/${id}/updates/${n}`,
    workItemRevisions: (id) => `${wit}/workItems/${id}/revisions`,
    workItemRevision: (id, rev) => `${wit}/workItems/${id}/revisions/${rev}`,
    workItemComments: (id) => `${wit}/workItems/${id}/comments`,
    workItemComment: (id, commentId) => `${wit}/workItems/${id}/comments/${commentId}`,
    workItemHtml: (id) => `${org}/${projectId}/_workitems/edit/${id}`,
    workItemType: (type) => `${wit}/workItemTypes/${encodeURIComponent(type)}`,
    fields: () => `${org}/_apis/wit/fields`,
    field: (referenceName) => `${org}/_apis/wit/fields/${referenceName}`,
    attachment: (id, fileName) => `${wit}/attachments/${id}?fileName=${encodeURIComponent(fileName)}`,
    recycleBin: (id) => `${wit}/recyclebin/${id}`,
  };
}
