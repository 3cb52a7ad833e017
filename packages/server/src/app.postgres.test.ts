import { describeHttpApi } from './testing/http-api-suite.js';
import { describeOnPostgres } from './testing/postgres-test-database.js';

describeOnPostgres('HTTP API', describeHttpApi);
