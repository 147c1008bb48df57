// The dictionary every emulated instance starts with, before the app's own schema is loaded.
import { SchemaJson } from '../contract';
import { platformTables } from './platform-tables';
import { taskTables } from './task-tables';

export var baseSchema: SchemaJson = { tables: platformTables.concat(taskTables) };
