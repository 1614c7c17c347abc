/* global process */
// Preload for a service process started by a test: its clock runs VCS_TEST_CLOCK_AHEAD_MS ahead of the real one
// (as the in-process tests' DAY_AHEAD worker clock does), so notifications due "today from 09:00" are due whatever
// the hour the test runs at. Date.now() and `new Date()` move; dates built from a value, and timers, do not.
const ahead = Number(process.env.VCS_TEST_CLOCK_AHEAD_MS ?? '0');
if (Number.isFinite(ahead) && ahead !== 0) {
  const RealDate = Date;
  const ShiftedDate = function Date(...args) {
    if (!new.target) return new RealDate(RealDate.now() + ahead).toString();
    return args.length === 0 ? new RealDate(RealDate.now() + ahead) : new RealDate(...args);
  };
  Object.setPrototypeOf(ShiftedDate, RealDate); // Date.parse, Date.UTC
  ShiftedDate.prototype = RealDate.prototype; // every date is still `instanceof Date`
  ShiftedDate.now = () => RealDate.now() + ahead;
  globalThis.Date = ShiftedDate;
}
