const t0 = performance.now();
const { validate } = await import('../../dist/api.js');
const t1 = performance.now();
const r = await validate('data');
const t2 = performance.now();
await validate('data');
const t3 = performance.now();
console.log('import', (t1-t0).toFixed(0), 'validate', (t2-t1).toFixed(0), 'again', (t3-t2).toFixed(0));
