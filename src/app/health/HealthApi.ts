import IntegrationLogWriter from '../logging/IntegrationLogWriter';
export default class HealthApi { get(): string { return new IntegrationLogWriter().write('health'); } }
