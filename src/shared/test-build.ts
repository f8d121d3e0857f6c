// Whether this build is one made for tests. A production build (`vite build`, what the store packages hold) has
// MODE "production"; vitest runs with "test", the end-to-end suite loads a `--mode test` build and the benchmarks a
// `--mode bench` one. Vite writes MODE in as a literal, so in a production build this is the constant false and
// the bundler drops everything behind it: the test-only handlers and the test hooks are not in the shipped code.
export const TEST_BUILD: boolean = import.meta.env.MODE === 'test' || import.meta.env.MODE === 'bench';
