export { generateDemoBundle, type DemoOptions } from './generate-demo';
export { mulberry32, Rng } from './prng';
