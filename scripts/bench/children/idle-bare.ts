// A Node process that does nothing but wait on a long timer: the floor the engine's idle
// wake-ups are compared with (bundled and started the same way).
const timer = setTimeout(() => undefined, 2 ** 31 - 1);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  clearTimeout(timer);
  process.exit(0);
});
