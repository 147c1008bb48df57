export default class IntegrationLogWriter { write(x: string): string { return 'log:' + x; } }
