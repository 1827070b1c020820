// Calendar days counted on the Brussels calendar, for tests. The helper is production code now
// (the demo seed needs it too); re-exported here so tests keep one obvious place to find it.
export { brusselsDaysAgo } from '../../src/cases/deadlines/working-days.js';
