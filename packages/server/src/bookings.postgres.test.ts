import { describeBookings } from './testing/booking-suite.js';
import { describeOnPostgres } from './testing/postgres-test-database.js';

describeOnPostgres('service booking', describeBookings);
