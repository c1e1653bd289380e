// Compares two files of JSON lines keyed by "case": prints each difference and ends with
// "N passed, N failed"; exit status 0 only when every expected case matches.
import { readFileSync } from "node:fs";

const load = (path) => {
  const byCase = new Map();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const record = JSON.parse(line);
    byCase.set(record.case, record);
  }
  return byCase;
};

const canonical = (record) =>
  JSON.stringify(Object.keys(record).sort().reduce((o, k) => ((o[k] = record[k]), o), {}));

const expected = load(process.argv[2]);
const got = load(process.argv[3]);
let passed = 0;
let failed = 0;
for (const [name, want] of expected) {
  const have = got.get(name);
  if (have !== undefined && canonical(have) === canonical(want)) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${name}\n  expected: ${canonical(want)}\n  got:      ${have === undefined ? "(nothing)" : canonical(have)}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
