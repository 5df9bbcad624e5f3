export { generateDemoBundle } from './generate-demo';
