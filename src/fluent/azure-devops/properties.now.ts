// Limits of the Azure DevOps sender an admin tunes without a code change (read by
// src/app/sync/settings.ts, which falls back to the same default when a value is missing or not positive).
import { Property } from '@servicenow/sdk/core'
import { adminRole } from '../roles.now'

Property({
    $id: Now.ID['property-attachment-max-bytes'],
    name: 'x_incb_bridge.attachment.max_bytes',
    type: 'integer',
    value: 10485760,
    description:
        'Largest incident attachment, in bytes, uploaded to Azure DevOps; larger ones are skipped and logged, not uploaded.',
    roles: { read: [adminRole], write: [adminRole] },
})
