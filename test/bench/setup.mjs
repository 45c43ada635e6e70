// Loads a program and the default template the way a build does, for the benchmark scripts.
import { validateFolder as validate } from '../../dist/pipeline/validate.js';
import { buildModel } from '../../dist/model/build-model.js';
import { loadTemplate } from '../../dist/templating/load-template.js';
import { Wording } from '../../dist/templating/wording.js';

export async function setUp(dataDir) {
  const result = await validate(dataDir);
  if (!result.data) throw new Error(`${dataDir} is not valid`);
  const model = buildModel(result.data);
  const { template } = await loadTemplate(model.template);
  return { model, template, wording: new Wording(template) };
}
