import type { Command } from 'commander';
import { officeTools } from '../../output/office/versions.js';
import { ztdeckVersion } from '../../paths.js';
import type { CommandContext } from '../context.js';

/** ztdeck doctor: what this machine can build, and the programs ztdeck runs for it. */
export function registerDoctor(program: Command, ctx: CommandContext): void {
  program
    .command('doctor')
    .summary('say which programs ztdeck found for the PDF and the slide previews')
    .description(
      "Prints the versions of ztdeck and Node.js, and whether LibreOffice (for --format pdf and previews) and poppler's pdftoppm (for previews) were found, where, and which version. The other formats need neither.",
    )
    .action(async () => {
      const lines = [`ztdeck ${ztdeckVersion}`, `Node.js ${process.versions.node}`];
      const [office, rasteriser] = await officeTools(ctx.io.env);
      for (const tool of [office, rasteriser])
        if (tool)
          lines.push(
            tool.path
              ? `${tool.name}: ${tool.version ?? 'version not printed'} (${tool.path})`
              : `${tool.name}: not found`,
          );
      if (!office?.path)
        lines.push(
          'To build the PDF, install LibreOffice Impress (apt-get install libreoffice-impress; brew install --cask libreoffice; Windows: the installer) or name soffice in ZTDECK_SOFFICE.',
        );
      else if (!rasteriser?.path)
        lines.push('To draw slide previews, install poppler (apt-get install poppler-utils; brew install poppler).');
      ctx.io.out(`${lines.join('\n')}\n`);
    });
}
