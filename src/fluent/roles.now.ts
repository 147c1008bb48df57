import { Role } from '@servicenow/sdk/core'

export const adminRole = Role({ name: 'x_incb_bridge.admin', description: 'Configures Incident Bridge' })
