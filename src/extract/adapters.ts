import type { SiteAdapter } from './site-adapter';
import { ashby } from './sites/ashby';
import { glassdoor } from './sites/glassdoor';
import { greenhouse } from './sites/greenhouse';
import { icims } from './sites/icims';
import { indeed } from './sites/indeed';
import { lever } from './sites/lever';
import { linkedin } from './sites/linkedin';
import { smartrecruiters } from './sites/smartrecruiters';
import { stackoverflow } from './sites/stackoverflow';
import { workday } from './sites/workday';

/** Every site adapter; tests/meta/sites.test.ts checks each file in sites/ is listed here and has a fixture. */
export const adapters: readonly SiteAdapter[] = [linkedin, indeed, greenhouse, lever, workday, ashby, glassdoor, smartrecruiters, icims, stackoverflow];
