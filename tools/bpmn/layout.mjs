// Generates diagram layout (DI) for a BPMN file that has none, in place:
//   node tools/bpmn/layout.mjs processes/<file>.bpmn
// Used when authoring a model by hand; afterwards refine it in Camunda Modeler.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, 'utf8');
  const laidOut = await layoutProcess(xml);
  writeFileSync(file, laidOut);
  console.log(`laid out ${file}`);
}
