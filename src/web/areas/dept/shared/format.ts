/** The district's clock: every instant is shown in China Standard Time, whatever the browser's zone. */
export { formatInstant } from '../../../../shared/dates.js';
