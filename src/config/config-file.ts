import * as z from 'zod';
import { FORMATS } from '../build/output-names.js';
import { LANGUAGES } from '../schema/index.js';

export { CONFIG_FILE } from './settings-file.js';

/** rag-report.yaml: the defaults a team would otherwise type every time. Paths are relative to the file. */
export const configFileSchema = z
  .strictObject({
    data: z.string().min(1).optional().describe('The data folder. Default: data'),
    out: z.string().min(1).optional().describe('The output folder of build. Default: dist'),
    languages: z.array(z.enum(LANGUAGES)).min(1).optional().describe('The languages to build and check. Default: each report.yaml\'s languages'),
    formats: z.array(z.enum(FORMATS)).min(1).optional().describe('The formats to build. Default: docx, html, md, json'),
    office: z.string().min(1).optional().describe("The path of LibreOffice's soffice, for pdf. Default: found on the PATH"),
  })
  .describe('Settings of rag-report for this repository; command-line options override them.');

export type ConfigFile = z.infer<typeof configFileSchema>;
