// Uploaded attachments: POST .../_apis/wit/attachments?fileName= stores the bytes and answers {id, url}; the url is
// what a JSON Patch `AttachedFile` relation must point at, and GET on it returns the bytes.
import { randomUUID } from 'crypto';
import { AdoIdentity } from './ado-identities';

export interface StoredAttachment {
  id: string;
  fileName: string;
  bytes: Buffer;
  uploadedBy: AdoIdentity;
  createdDate: string;
}

export class AttachmentStore {
  private readonly byId = new Map<string, StoredAttachment>();

  add(fileName: string, bytes: Buffer, uploadedBy: AdoIdentity, createdDate: string): StoredAttachment {
    const attachment = { id: randomUUID(), fileName, bytes, uploadedBy, createdDate };
    this.byId.set(attachment.id, attachment);
    return attachment;
  }

  get(id: string): StoredAttachment | undefined {
    return this.byId.get(id.toLowerCase());
  }

  /** The attachment an `AttachedFile` relation url points at (`.../_apis/wit/attachments/{id}[?fileName=...]`). */
  fromUrl(url: string): StoredAttachment | undefined {
    const m = /\/_apis\/wit\/attachments\/([0-9a-fA-F-]{36})(?:[?#]|$)/.exec(url);
    return m ? this.get(m[1]) : undefined;
  }

  count(): number {
    return this.byId.size;
  }
}
