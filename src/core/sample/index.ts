export { buildSampleBundle } from './sample-event';
